import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-sixteenth fresh held-out set, author B: middling (dr028–dr030), weak
 * (dr031–dr032), salad (dr033–dr034), negated (dr035–dr036), misconception-led (dr037–dr038) and
 * off-topic (dr039–dr040) answers. Voice: a Romansh (Chur, Graubünden) English register in
 * writing with Romansh and Swiss German words (reserved, exact, quietly dry), a cowbell forge
 * whose language model suggests which bell, strap and size suit a herd, a gift and a budget;
 * every answer a ski-jumping judge's style marks, jump by jump (flight, landing, outrun), with one
 * distance re-measured. Labelled by hand when written, before anything else; labels final
 * (README-b.md, LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_SIXTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr028',
    scenario: 'model',
    class: 'middling',
    points: points('T S M'),
    text: [
      'Allegra. The bell advisor moves to a bigger model with a longer context window; the prompt stays the same. My marks.',
      '',
      'Jump 1. Flight 17.0, landing 16.5, outrun 16.5. Before we start, the limits go on paper: errors more than 0.5 points worse than now, or p95 more than 600 ms worse than now, and we let the forge go cold. Cost per conversation more than 25 % worse than now, the same.',
      '',
      'Jump 2. Flight 17.5, landing 17.0, outrun 17.0. For the model itself we gate on two more, also written before the start: wrong-size suggestions graded by the eval harness more than 2 points worse than now, and thumbs-down on suggestions more than 1.5 points worse than now.',
      '',
      'Jump 2, distance re-measured: I first wrote the thumbs-down limit as "somewhat worse". Na. 1.5 points, as above.',
      '',
      'Jump 3. Flight 15.5, landing 15.0, outrun 15.0. A random 10 % of conversations get the new model first, and we widen it when it looks fine.',
      '',
      'Jump 4. Flight 17.0, landing 16.5, outrun 16.5. Each widening needs the master smith, our head of engineering, and me: we both ring the first bell, or nothing moves.',
      '',
      'Jump 5. Flight 14.5, landing 14.0, outrun 14.0. If something goes wrong, we go back to the old model. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dr029',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'Allegra. The service that resizes the photos of our bells is rewritten for a new photo format. Benchmarks say 20 % faster; the team wants it everywhere by Thursday. It restarts only on deploys, so I mark the jumps for time, not speed.',
      'Jump 1, flight 17.5, landing 17.5, outrun 17.0: our own forge listings first, then the listings of customers on the trial list who opted in, then the Prättigau sellers with more than five years buying, and the big Alp cooperative listings last, because their pages bring the largest orders.',
      'Jump 2, flight 17.5, landing 17.0, outrun 17.0: three stages, the first hammer blow at 5 %, the tuning anvil at 30 %, the whole Alpabzug at 100 %, and each holds three full days without a restart before it advances, because a slow leak needs days to show.',
      'Jump 2, distance re-measured: Thursday is too early. Three days per stage means next Wednesday, and the marks say so.',
      'Jump 3, flight 18.5, landing 18.0, outrun 18.0: at any hour, whoever is on call hangs the old bells back on the beam, no need to call me; it is a routing switch back to the old service, done in about two minutes, no redeploy.',
      'Jump 4, flight 15.0, landing 14.5, outrun 14.5: the photos look sharper in the new format, and the smiths like them. Gea.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dr030',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: [
      'Allegra. The page of each bell moves the reviews above the fold and loads the photo gallery later. Cosmetic, schon, and leadership wants it out this week. Last week was our spring sale, 20 % off everything, ended Sunday at midnight.',
      '',
      "Jump 1 — flight 18.0, landing 17.5, outrun 17.5. My part is the order of customers, the rollback limits and how long we hold; engineering's part is the routing, the deploy and the flag.",
      '',
      'Jump 2 — flight 17.5, landing 17.5, outrun 17.0. The limits are written before any traffic moves and measured against customers still on the old page this week, never against the sale: errors more than 0.5 % worse than now, p99 more than 200 ms worse than now, orders more than 2 % worse than the old page, and we let the forge go cold.',
      '',
      'Jump 2, distance re-measured: "now" means the old page in the same days, not last week\'s sale numbers.',
      '',
      'Jump 3 — flight 17.0, landing 17.0, outrun 16.5. The canary answers whether the new page is safe. Whether reviews on top sell more bells is another question, for a randomised A/B test after the rollout.',
      '',
      'Jump 4 — flight 13.0, landing 13.0, outrun 12.5. The rest we take as it comes. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Allegra. The advisor's prompt gets warmer. Jump 1, flight 15.0, landing 14.5, outrun 14.0: we let a few customers try it first and see how they like it. Jump 2, flight 14.0, landing 13.5, outrun 13.5: the smiths keep an eye on things and tell me if the German customers seem unhappy. Jump 2, distance re-measured: a little shorter than hoped. Jump 3, flight 13.0, landing 13.0, outrun 12.5: if it goes badly, we can always go back to the old prompt. Most of the time these things go fine. Tschau.",
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dr032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Allegra. The search in our bell shop moves to a new index, smaller and cheaper to host.',
      '',
      'Jump 1, flight 14.5, landing 14.0, outrun 14.0. A canary release sends a new version to a small share of users before everyone. The name comes from the birds the miners carried underground.',
      '',
      'Jump 2, flight 14.0, landing 14.0, outrun 13.5. It lowers risk compared with switching everything at once, which is why the large companies use it.',
      '',
      'Jump 3, distance re-measured: the median search got faster in testing, gea, so I expect good marks.',
      '',
      'Jump 4, flight 13.5, landing 13.0, outrun 13.0. We would monitor it and move on when it is ready. Grazia.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dr033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Jump 1 flight 17.5 landing 17.0 outrun 17.0. Canary, cohort, 10 %, 30 %, 100 %, thresholds, p95, 300 ms, eval harness, 1 in 200, thumbs-down, hallucination rate, token cost, cheaper model, faster model, rollback, flag, on call, sign-off, master smith, first bell. Jump 2 distance re-measured 0.5 %, 2 %, 3 pts, A/B, randomised, baseline, control, Surselva, Engiadina, years buying, trial list, first hammer blow, tuning anvil, whole Alpabzug, Chalandamarz, forge cold, old bells, beam, gate, hold, ramp, guardrail, summary, latency, gea, na, allegra, schon, tschau.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dr034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Allegra.',
      'Engraved-bell order page · date picker · shorter form · client-side store · orders lag hours.',
      'Jump 1 · flight 16.0 · landing 15.5 · outrun 15.0 · canary · 1 % · 10 % · 50 % · 100 % · hold 24 h · lag · conversion −2 % · p99 +200 ms · errors +0.5 %.',
      'Jump 2 · Prättigau · Domleschg · first-year buyers · staff · trial list · master smith · first bell · on call · old bells · beam · flag · 5 minutes.',
      'Jump 3, distance re-measured · A/B · randomised · safe · better · baseline · cohort · Chalandamarz · forge cold · dashboard · PM · engineering · routing.',
      'Gea. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dr035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Allegra. The new recommendation model for our shop's front page reads more features from the regional stores, near Zurich and in Singapore. My marks, jump by jump.",
      '',
      'Jump 1, flight 12.0, landing 12.0, outrun 11.5: I will not split what I own from what engineering owns; na, that only makes meetings.',
      '',
      'Jump 2, flight 11.5, landing 11.0, outrun 11.0: we do not start with forge staff, nor with customers who opted into a trial list, and we do not keep the Singapore hotels or the first-year buyers for last.',
      '',
      'Jump 3, flight 11.0, landing 11.0, outrun 10.5: no limits written down before the start, no "more than N worse than now, and we let the forge go cold".',
      '',
      'Jump 3, distance re-measured: and no wrong-suggestion rate from the eval harness, no fallback rate, no thumbs-down rate. We will not watch or gate on any of them.',
      '',
      'Jump 4, flight 11.0, landing 10.5, outrun 10.5: no first hammer blow, no tuning anvil, no hold over a Singapore lunch peak; not a week of Chalandamarz, not a count of days.',
      '',
      'Jump 5, flight 10.5, landing 10.5, outrun 10.0: the master smith and I will not both ring the first bell before anything moves.',
      '',
      'Jump 6, flight 10.0, landing 10.0, outrun 10.0: the person on call does not hang the old bells back on the beam at night without asking me, and there will be no flag to do it in minutes.',
      '',
      'Jump 7, flight 10.0, landing 9.5, outrun 9.5: and we will not run a randomised A/B test afterwards. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dr036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Allegra. A clearer comparison table on the price page for engraved bells; the checkout behind it stays. Marketing links to it on Friday.',
      'Jump 1. Flight 12.5, landing 12.0, outrun 12.0.',
      'Me owning the order of customers, the limits and the holds, with engineering owning the routing? Na.',
      'Jump 2. Flight 12.0, landing 11.5, outrun 11.5.',
      'Staff first, then the trial list, then long-time customers of the Surselva, first-time buyers last: we are not doing that.',
      'Jump 3. Flight 11.5, landing 11.5, outrun 11.0.',
      'Errors more than 0.5 % worse than now, orders more than 2 % worse than now, fixed before Friday: not for this page.',
      'Jump 3, distance re-measured: not even loosely. No numbers at all.',
      'Jump 4. Flight 11.0, landing 11.0, outrun 10.5.',
      "A first hammer blow and a tuning anvil with two days' hold each? Na.",
      'Jump 5. Flight 11.0, landing 10.5, outrun 10.5.',
      'The master smith and I both ringing the first bell before each step? We skip it.',
      'Jump 6. Flight 10.5, landing 10.5, outrun 10.0.',
      'A flag that lets whoever is on call hang the old bells back on the beam in three minutes, at any hour? We will not build it.',
      'Jump 7. Flight 10.0, landing 10.0, outrun 10.0.',
      'A randomised A/B test afterwards to see whether the table sells better? Also no. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Allegra. The advisor moves to the bigger model. Offline evals went up three points, and the canary will prove the rest: the canary shows the new model is better than the old one, so it is our A/B test, and we need no other.',
      '',
      'Jump 1, flight 17.0, landing 16.5, outrun 16.5. I own the order of customers and when we move; engineering owns the routing, the deploy and the flag.',
      '',
      'Jump 2, flight 17.5, landing 17.0, outrun 17.0. Forge staff go first, they know a wrong bell at once; then the customers who opted into our trial list; then Engiadina customers with more than five years buying; first-year buyers and the Alp cooperatives last, because they are the least forgiving and the largest.',
      '',
      'Jump 3, flight 13.0, landing 12.5, outrun 12.5. At each step we compare how many suggested bells the canary customers buy against everyone else, and when the new model sells more, that is our proof it is better and the test is done.',
      '',
      "Jump 3, distance re-measured: even further. If canary customers buy 3 % more, we report that lift to the bookkeeper as the new model's result.",
      '',
      'Jump 4, flight 18.0, landing 18.0, outrun 17.5. Any hour, whoever is on call hangs the old bells back on the beam, no need to call me: a flag switch to the old model, under five minutes, no redeploy. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dr038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Allegra. The page of each bell gets larger photos and a size guide. Staff see it first.',
      '1. Jump 1 — flight 17.5, landing 17.0, outrun 17.0. Order: our smiths and shop staff first, then the trial-list customers who opted in, then Domleschg customers with more than five years buying, first-time buyers last, because a confusing size guide costs them their first order.',
      '2. Jump 2 — flight 12.5, landing 12.0, outrun 12.0. Limits: we decide them while we watch. No numbers before the start; once staff are on it, we look at the dashboard and agree then what counts as too bad.',
      '3. Jump 2, distance re-measured: the staff hardly buy, so we will see what their numbers say and set the limit from there.',
      '4. Jump 3 — flight 17.5, landing 17.0, outrun 17.0. Stages: the first hammer blow (staff and trial list), the tuning anvil (25 %), the whole Alpabzug (100 %); each held four days before the next.',
      '5. Jump 4 — flight 18.0, landing 18.0, outrun 17.5. Rollback: at any hour, whoever is on call hangs the old bells back on the beam, no need to call me; a flag, two minutes, no redeploy. Tschau.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: 'Allegra. Jump 1, flight 18.0, landing 17.5, outrun 17.5: a Treichel is forged from sheet iron, folded and brazed with brass, and it sounds deeper than a cast bell of the same size. Jump 2, flight 17.5, landing 17.5, outrun 17.0: the strap matters as much as the bell, embroidered leather for the Alpabzug and plain for the summer on the alp. Jump 3, distance re-measured: the lead cow carries the largest bell, not the loudest cow. Jump 4, flight 17.0, landing 17.0, outrun 16.5: our German-writing customers like to be addressed properly, and my grandmother in Chur answered every letter in Romansh first, then in German. Jump 5, flight 16.5, landing 16.5, outrun 16.0: the master smith tunes by ear, never by machine. Grazia fitg, tschau.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dr040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Allegra.',
      'Jump 1 — flight 17.0, landing 17.0, outrun 16.5.',
      "The forge was my grandfather's,",
      'on the road from Chur up to the Lenzerheide.',
      'Jump 2 — flight 16.5, landing 16.5, outrun 16.0.',
      'Our web shop sells the bells,',
      'but most first orders still begin with a telephone call.',
      'Jump 3, distance re-measured:',
      'forty-one years, not forty, since the first bell left the forge.',
      'Jump 4 — flight 16.0, landing 16.0, outrun 15.5.',
      'This spring we take a second apprentice.',
      'The best smith I know is a woman from the Val Lumnezia.',
      'Jump 5 — flight 15.5, landing 15.0, outrun 15.0.',
      'Before a bell leaves, it is struck once in the yard,',
      'and everyone stops talking.',
      'Grazia fitg.',
    ].join('\n'),
  },
];
