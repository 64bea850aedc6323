import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eighteenth fresh held-out set, author B: strong answers (dt021–dt027), four on
 * model scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: a Sorbian (Bautzen, Lusatia) English register in writing with Sorbian and German words
 * (careful, quiet, dry; "dobry dźeń", "dźakuju so", "haj", "ně", "also", "gut"), the PM of an
 * Easter-egg painting workshop whose language model suggests which egg, pattern and gift box suit
 * a buyer, a family and a budget. Every answer is a sheepdog-trial judge's scoresheet, run by run
 * (outrun, lift, fetch, drive, pen), with one run's points deducted again after the judges
 * compared notes; stages named after the egg (the first wax line, the colour pot, the Bautzen
 * Easter market); sign-off as "the master painter and I both hang the first egg on the Easter
 * tree"; thresholds as "… and we put the lid on the wax tin"; cohorts by village and years buying;
 * rollback as "whoever is on call puts the old eggs back in the straw, no need to call me"
 * (README-b.md says which given phrases were changed, and why). Labelled by hand as each answer
 * was written (LABEL-NOTES-b.md); held out entirely, graded once by a grader tuned without it.
 */
export const HUNDRED_AND_EIGHTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dobry dźeń. A sheepdog-trial scoresheet, run by run. Our egg adviser moves to a bigger model with a longer context; same prompt. Offline evals rose three points on short questions; our treasurer asks what a conversation will cost.',
      'Run 1, outrun (20 of 20). As PM I own the order of buyers, the limits that send it back and the holds. Our two engineers own the routing, the model flag and the deploy.',
      'Run 2, lift (18 of 20). Our own painters first, because they see a wrong egg at a glance. Then the buyers who opted in to the early pattern list, mostly Crostwitz people of ten years and more. Then ordinary buyers. New buyers and the parish orders from Bautzen last: a new buyer given a silly box does not come back, and a parish order is our biggest money.',
      'Run 3, fetch (19 of 20). Limits, signed before one conversation moves: errors more than 0.5 % worse than now, p95 latency more than 400 ms worse, orders per hundred conversations more than 2 worse than now. Any one, and we put the lid on the wax tin.',
      'Run 4, drive (19 of 20). The model itself, watched and gated: suggestions the eval harness marks wrong (egg over budget, pattern nobody asked for) no more than 1 point worse than now; thumbs-down no more than 1.5 points worse; cost per conversation no more than 30 % above now.',
      'Run 5, pen (16 of 20). The first wax line 2 %, the colour pot 20 %, the Bautzen Easter market 100 %. Each stage holds 5 days and 3,000 conversations; we go on only when every limit is clean. Before each advance the master painter and I sign off together: we both hang the first egg on the Easter tree.',
      'Run 5, points deducted again: the judges compared notes. Five days is short for the colour pot, where the order count needs volume. There it is a full week, from the Easter riders to the White Sunday.',
      'Run 6, shed. Whoever is on call puts the old eggs back in the straw, no need to call me: any hour, one model flag in the config, back in under five minutes, no redeploy, no waiting for my yes.',
      'Last word. The canary says the bigger model is safe, not that it is better; for that, a randomised A/B test afterwards. Dźakuju so.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dt022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Judge\'s notes. Adviser prompt made warmer, reviewed in English only; a quarter of buyers write German or Sorbian, where "Sie" matters.',
      'Run 1, outrun: mine = order, limits, holds. Engineering = routing, prompt flag, deploy.',
      'Run 2, lift: painters first; early-pattern-list volunteers next; English writers; German and Sorbian writers last, because the warm tone can offend there.',
      'Run 3, fetch: fixed before any traffic. Errors +0.5 %, p95 +300 ms, thumbs-down +2 points, eval-marked wrong address (du for Sie) +1 point, orders per 100 chats −2. Any one, and we put the lid on the wax tin. Thumbs and address read per language.',
      'Run 4, drive: the first wax line 5 %, the colour pot 25 %, the Bautzen Easter market 100 %. Hold 4 days at each, gate on the limits.',
      'Run 4, points deducted again, judges compared notes: hold is 4 days or 1,500 German chats, whichever is later.',
      'Run 5, pen: each advance signed off by the master painter and me, both hanging the first egg on the Easter tree.',
      'Rollback: whoever is on call puts the old eggs back in the straw, no need to call me. Any hour, old prompt by flag, two minutes, no redeploy.',
      'Canary = safe, not better. Better = randomised A/B test afterwards. Haj.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Trial scoresheet: the egg adviser moves to a cheaper, faster model. Few buyers rate a suggestion, and the eval harness grades one in two hundred, so a small slice shows us almost nothing.',
      '',
      '1. Run 1, outrun. I own who goes first, the limits and how long we hold. Engineering owns the routing, the model flag and the deploy.',
      '2. Run 2, lift. Our painters and shop staff first; then the buyers on the early pattern list, who said yes to trying things; then buyers of one to ten years from the villages around Kamenz; new buyers and the Bautzen buyers of twenty years last, because those we cannot afford to lose over a wrong box.',
      '3. Run 3, fetch. Limits written down and agreed before traffic moves: errors more than 0.5 % worse than now; p95 latency more than 300 ms worse; eval-graded wrong suggestions more than 2 points worse; thumbs-down more than 2 points worse; gift-box orders per 100 suggestions more than 3 worse. Any one, and we put the lid on the wax tin.',
      "4. Run 4, drive. During the canary the harness grades one in ten of the new model's suggestions, not one in two hundred, and every fifth buyer is asked for a thumb. Otherwise the limits of run 3 guard nothing.",
      '5. Run 5, pen. The first wax line 5 %, the colour pot 30 %, the Bautzen Easter market 100 %. At each we hold until 400 graded suggestions and 300 thumbs are in, and at least 3 days, and we advance only with every limit clean.',
      '6. Run 5, points deducted again: the judges compared notes. At 5 % the thumbs take weeks to come. The first wax line is 10 %.',
      '7. Run 6, sign-off. Before each advance the master painter and I both sign it, and hang the first egg on the Easter tree.',
      "8. Run 7, rollback. Whoever is on call puts the old eggs back in the straw, no need to call me: any hour, the model flag back in the config, under five minutes, no redeploy, nobody's approval.",
      '9. Run 8, what it shows. The canary says the cheaper model is safe. Whether it is better we learn from a randomised A/B test afterwards. Dźakuju so.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Judge's scoresheet, as a table in text. A new suggestion model reads more features per request from regional feature stores sized for the old one. We sell in Lusatia and to Wendish families in Texas; the Texas evening is our night in Bautzen.",
      '',
      'Run · phase · what we commit to · points of 20',
      'Run 1 · outrun · I own the order of buyers, the limits and the holds; engineering owns the routing, the feature stores, the deploy and the flags · 20',
      'Run 2 · lift · our painters first; then early-pattern-list buyers who opted in, in both regions; then buyers of five years and more, by village in Lusatia and by town in Texas (Serbin, Giddings); new buyers and the gift-box buyers of Easter week last, because a wrong first suggestion loses a new buyer and Easter week is our money · 18',
      'Run 3 · fetch · limits per region, signed before traffic moves: errors more than 0.5 % worse than now, p99 more than 250 ms worse, feature-store timeouts more than 0.2 % worse, gift-box orders per 100 suggestions more than 2 worse; any one, and we put the lid on the wax tin · 19',
      'Run 4 · drive · model signals, watched and gated per region: suggestions the eval harness marks wrong more than 1.5 points worse, thumbs-down more than 2 points worse, suggestions served by the fallback for missing features more than 1 point worse · 19',
      'Run 5 · pen · the first wax line 5 %, the colour pot 25 %, the Bautzen Easter market 100 %; hold 2 days at each; advance only when both regions are clean · 14',
      'Run 5, points deducted again · the judges compared notes: two days is two Texas evenings, too few; the hold is 4 days and must contain a Saturday evening in Texas · 17',
      'Run 6 · sign-off · the master painter and I sign off each advance; we both hang the first egg on the Easter tree · 20',
      'Run 7 · rollback · whoever is on call puts the old eggs back in the straw, no need to call me; at 2 a.m. Bautzen time too, model flag in the config, under five minutes, no redeploy, no waiting for anybody · 20',
      'Run 8 · last word · the canary says safe in both regions, not better; better is a randomised A/B test afterwards · 20',
      '',
      'Total 167 of 180. Gut.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dt025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Scoresheet. Order book to a managed cluster behind a new proxy.',
      'Load tests had warm caches.',
      "Old cluster gone at month's end.",
      '',
      'Run 1, outrun.',
      'Mine: order, limits, holds.',
      "Engineering's: proxy, routing, deploy.",
      '',
      'Run 2, lift.',
      "The painters' own order screens first.",
      'Then the early pattern list, who opted in.',
      'Then buyers by village and years buying.',
      'Parish orders last: biggest, least patient.',
      '',
      'Run 3, fetch. Written before traffic moves:',
      'errors more than 0.3 % worse than now,',
      'p99 more than 150 ms worse,',
      'orders per hour more than 3 % worse,',
      'and we put the lid on the wax tin.',
      '',
      'Run 4, drive.',
      'The first wax line 2 %, caches cold on purpose.',
      'The colour pot 20 %.',
      'The Bautzen Easter market 100 %.',
      'Hold 3 days at each, one a Saturday; advance only clean.',
      '',
      'Run 4, points deducted again, notes compared:',
      'the old cluster stays until a full week at 100 %.',
      '',
      'Run 5, pen.',
      'The master painter and I sign off each advance; both hang the first egg on the Easter tree.',
      'Whoever is on call puts the old eggs back in the straw, no need to call me:',
      'any hour, proxy route flipped back in minutes, no redeploy.',
      '',
      'Safe, not better.',
      'Better: a randomised A/B test afterwards.',
      'Haj.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dt026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Dobry dźeń, here is the scoresheet in one breath, as the judge says it into the wind: run one, the outrun, is who owns what, and as PM I own the order of buyers, the rollback limits and the holds, while engineering owns the new payment SDK, the routing, the flags and the deploy; ' +
      'run two, the lift, is the order, our painters paying with their own cards in the shop app first, then the buyers on the early pattern list who opted in, then buyers of many years from the villages, Android and iPhone both, and new buyers with a first order last, because a failed first payment is a buyer we never see again; ' +
      'run three, the fetch, is the limits, agreed and written before one payment moves: payment failures more than 0.3 % worse than now on either platform, counted per five minutes because this SDK fails in bursts and a daily average hides them, p99 payment time more than 800 ms worse, completed orders more than 2 % worse than now, and we put the lid on the wax tin; ' +
      'run four, the drive, is the stages, the first wax line 2 %, the colour pot 20 %, the Bautzen Easter market 100 %, each held two days, advanced only when every limit is clean; ' +
      'run four, points deducted again, because the judges compared notes: two days need not include a Saturday morning, our busiest hour, so each hold now runs until it has one Saturday morning in it; ' +
      'run five, the pen, is sign-off and rollback, the master painter and I both sign off each advance and hang the first egg on the Easter tree, and whoever is on call puts the old eggs back in the straw, no need to call me, at any hour, the old SDK path switched back by a remote flag in a few minutes, no new app release, no waiting for anyone; ' +
      'and the last word, this canary shows the new SDK is safe, not that wallet payments sell more eggs, which only a randomised A/B test afterwards can tell. Dźakuju so.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dt027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Dobry dźeń. The judge's scoresheet for the new pricing service, run by run. Prices for our eggs and gift boxes move from the shop into a new pricing service. The rollout starts on Tuesday evening; orders never stop, because Texas and Australia buy while Bautzen sleeps; and the pricing service shares the nightly batch window with billing.",
      "Run 1, outrun. My ground: which buyers go first, the limits that send it back, how long we hold. The engineers' ground: the new service, the routing, the flags, the deploy.",
      'Run 2, lift. New prices shown to our painters and shop staff first, then to the buyers on the early pattern list who opted in, then to buyers of five years and more from Crostwitz, Radibor and Serbin in Texas. New buyers and the parish orders last: a wrong price on a first order, or on a parish order of two hundred eggs, costs trust we do not get back.',
      'Run 3, fetch. Written and agreed on Monday, before any order moves: pricing errors more than 0.2 % worse than now, p99 price time more than 200 ms worse, prices differing from the old service on more than 0.1 % of compared orders, paid orders more than 2 % worse than now. Any one, and we put the lid on the wax tin.',
      'Run 4, drive. The first wax line 1 %, the colour pot 20 %, the Bautzen Easter market 100 %. Each stage holds 3 days and must include two batch windows; we advance only with every limit clean.',
      'Run 4, points deducted again: the judges compared notes. A Tuesday evening start puts the first batch window a few hours in, on a cold service. The first wax line starts Wednesday morning instead.',
      'Run 5, pen. Before each advance the master painter and I sign off together; we both hang the first egg on the Easter tree. Rollback is not mine to approve: whoever is on call puts the old eggs back in the straw, no need to call me. At 2 a.m. or any hour, one routing switch back to the old pricing, done in under five minutes, no redeploy.',
      'Last word. The canary says the new prices are computed safely. Whether the new service sells more is not its question; a randomised A/B test would tell, afterwards. Dźakuju so.',
    ].join('\n\n'),
  },
];
