import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fifteenth fresh held-out set, author C: the other thirteen answers (dq048–dq060):
 * middling (dq048–dq050), weak (dq051–dq052), keyword salad (dq053–dq054), negated (dq055–dq056),
 * misconception-led (dq057–dq058) and off-topic (dq059–dq060), written blind (neither the grader
 * nor the other answers read). Voice: a Jeju (South Korea) English register in writing with
 * Korean and Jeju words ("honjeopsseoye", "gamsahamnida", "ne", "aigo", "-nim"); the PM of an
 * onggi (earthenware jar) pottery whose language model suggests which jar, glaze and size suit a
 * kitchen, a gift and a budget; every answer a gymnastics judge's scoresheet, apparatus by
 * apparatus, with one score amended after an inquiry. Labels were set by hand as each answer was
 * written and only name points the answer commits to as its own plan (LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_FIFTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dq048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Scoresheet for the rewritten photo resizer behind our jar listings.',
      '',
      'Pommel horse, 8.6. Listing pages seen by our own staff go first, then the early tasters who opted in, then buyers in Daejeong and Hallim with three years buying or more, and first-year buyers last, because a slow page loses them before they know us.',
      '',
      'Still rings, 8.4. Limits, written before anything moves: image errors more than 0.5 % worse than now, p95 image load more than 300 ms worse, memory per instance more than 20 % above the old service after a day without a restart. More than that worse than now, and we leave the clay to rest.',
      '',
      'Vault, 8.2. The first coil, 5 %, holds three days, because the old service only slowed after a day without restarts; the paddle bench, 25 %, holds another three days; then the whole courtyard. Thursday is not a date I can promise.',
      '',
      'Parallel bars, 6.0. If anything goes wrong, we go back.',
      '',
      'Inquiry on the pommel horse, score amended: 8.6 to 8.9, the early tasters get a note before their photos change. Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Scoresheet, bigger model for the jar adviser. Ne, only the apparatus I am sure of.',
      '',
      'Still rings, 9.0 — limits set before we send it anything: errors more than 0.5 % worse than now; p95 more than 400 ms worse; hallucination rate from the eval harness more than 1 point worse; thumbs-down rate more than 2 points worse; cost per conversation more than 25 % above today. Any one of them, and we leave the clay to rest.',
      'Parallel bars, 9.2 — whoever is on call, any hour, carries the old jars back out to the jangdokdae: the model flag goes back in under five minutes, no redeploy, and nobody has to ring me first.',
      'Vault, 6.5 — a random 10 % of conversations gets the new model; we widen it when it looks fine.',
      'Floor, 6.0 — engineering and I will work the rest out together.',
      '',
      'Inquiry on the vault, score amended: 6.5 to 6.0, because "looks fine" is not much of a plan. Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dq050',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      'Scoresheet for the new catalogue search index, the one that is smaller and cheaper to host.',
      '',
      'Floor, 9.0. I own the release decisions: which stages, how long each one holds, who signs the step forward. Engineering owns the index build, the routing and the flag; I do not touch those.',
      '',
      'Vault, 8.5. Three stages. The first coil, 5 % of searches, holds four days. The paddle bench, 30 %, holds until 20,000 searches have passed through it. Then the whole courtyard.',
      '',
      'Parallel bars, 8.8. Before each step forward the master potter and I both run our palms round the rim of the first jar, and the head of engineering, Ko Min-jun-nim, says ne as well. Without the three of us, we stay where we are.',
      '',
      'Pommel horse, 6.0. The searches are picked at random, a random 5 %.',
      '',
      'High bar, 5.5. If it goes badly, we go back.',
      '',
      'Inquiry on the vault, score amended: 8.5 to 8.9, the paddle bench also holds through a full week of the Jeju Fire Festival. Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Scoresheet, aigo, the cheaper model for jar suggestions.',
      'Floor, 7.0: we should be careful with it.',
      'Pommel horse, 6.5: some buyers get it first, then more buyers.',
      'Still rings, 6.0: we watch how it goes and listen to what buyers say.',
      'Vault, 6.0: slowly, slowly, step by step.',
      'Parallel bars, 5.5: if buyers complain, we go back.',
      'High bar, 6.0: the cheaper model saves money, which the master potter will like.',
      'Inquiry on the still rings, score amended: 6.0 to 6.5, we also read the reviews.',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dq052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Honjeopsseoye. My scoresheet for the new price-list page. Floor, 7.5: a canary release means sending a new version to a small part of the customers first, like tasting one jar of kimchi before opening the rest, so that problems show up early. ' +
      'Pommel horse, 7.0: the page is only a clearer comparison table and the checkout behind it does not change, so the risk is small. ' +
      'Vault, 6.5: we put it out for some buyers before the Friday campaign, and then for everyone. ' +
      'Still rings, 6.0: we keep an eye on things. ' +
      'Inquiry on the floor, score amended: 7.5 to 7.0, a definition is not yet a plan. Gamsahamnida.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Scoresheet. Floor 9.8 canary cohort rollback p99 250 ms feature store Osaka Los Angeles Jeju. ' +
      'Pommel horse 9.6 threshold 0.5 % hallucination thumbs-down eval harness tokens 1 % 5 % 25 % 100 %. ' +
      'Still rings 9.7 first coil paddle bench whole courtyard hold gate sign-off master potter palms rim. ' +
      'Vault 9.5 flag routing config switch five minutes on-call jangdokdae A/B randomised baseline lift. ' +
      'Parallel bars 9.9 Daejeong Hallim Aewol Seogwipo years buying early tasters staff. ' +
      'High bar 9.4 p95 click-through cost per conversation 4 a.m. lunch peak capacity 70 %. ' +
      'Inquiry on the vault, score amended 9.5 to 9.9 canary safe better A/B. Gamsahamnida, ne.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dq054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Scoresheet, payment SDK, wallet.',
      'Floor — SDK wallet Android iOS bursts Friday evening 7 p.m. 0.5 % 200 ms p99 error budget.',
      'Pommel horse — cohort staff early tasters Hamdeok Jocheon 3 years 5 years first-year restaurant.',
      'Still rings — 1 % 5 % 25 % 50 % 100 % hold gate 48 h 2,000 orders Jeju Fire Festival week.',
      'Vault — rollback flag routing on-call 24/7 under 5 min no redeploy jangdokdae.',
      'Parallel bars — PM engineering ownership sign-off master potter palms rim first jar.',
      'High bar — canary safe A/B randomised better conversion −2 % baseline certification.',
      'Inquiry on the still rings, score amended: 8.9 → 9.3, bursts, retries, timeouts, 0.3 %.',
      'Aigo.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dq055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Scoresheet for the larger jar photos and the size guide. Ne, I judge only what we will not do.',
      'Floor, 5.0: I will not split ownership; I do not draw a line between what the PM decides and what engineering decides.',
      'Pommel horse, 4.5: no staff first, no early tasters, no order of towns, no years buying kept for later.',
      'Still rings, 4.0: we will not write limits before we start; no error limit, no latency limit, no orders limit.',
      'Vault, 4.0: no first coil, no paddle bench, no holds between stages, and nobody signs a step off, not the master potter and not me.',
      'Parallel bars, 3.5: no rollback switch for the on-call person, and no one on call at night.',
      'High bar, 3.5: no A/B test afterwards either.',
      'Inquiry on the vault, score amended: 4.0 to 3.5, and no count of orders either.',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Scoresheet for the warmer prompt, judged in the negative, ne.',
      '',
      '1. Floor, 4.0: I would not say the PM owns the order, the limits or the holds.',
      '2. Pommel horse, 4.0: we would not start with the staff potters or the early tasters, and we would not keep the Korean-writing buyers or the first-year buyers for later.',
      '3. Still rings, 3.5: we would not fix limits before traffic moves — no thumbs-down limit, no eval-harness limit on casual speech, no error or latency numbers.',
      '4. Vault, 3.5: we would not name stages or hold at them, and nobody, not the master potter and not me, would sign off a step.',
      '5. Parallel bars, 3.0: we would not give whoever is on call a switch to roll back at night.',
      '6. High bar, 3.0: we would not follow it with a randomised A/B test.',
      '',
      'Inquiry on the pommel horse, score amended: 4.0 to 3.0. Aigo. Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dq057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Honjeopsseoye. Scoresheet for the jar page with the reviews moved to the top and the photos loading lazily.',
      '',
      "Floor, 9.0 — the idea. The canary proves the new page is better, so it is our A/B test: we compare orders in the canary towns with last week's and with the other towns, and that lift tells us whether to keep it. No separate A/B test is needed.",
      '',
      'Pommel horse, 8.8 — order. Staff first, then the early tasters who opted in, then Hallim and Daejeong buyers of four years and more, and first-year buyers last, because they decide about us from a single page.',
      '',
      'Vault, 8.5 — stages. The first coil at 5 % holds three days; the paddle bench at 30 % holds 1,500 orders; then the whole courtyard.',
      '',
      'Parallel bars, 9.2 — whoever is on call, any hour, carries the old jars back out to the jangdokdae: a flag switch in under five minutes, no redeploy, and nobody has to ring me first.',
      '',
      "Inquiry on the floor, score amended: 9.0 to 9.4. Last week's sale makes the lift look small, so we add the 20 % back before we compare.",
      '',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq058',
    scenario: 'model',
    class: 'misconception',
    points: points('P S M'),
    text: [
      'Scoresheet, cheaper model for jar suggestions, numbered.',
      '',
      '1. Floor, 9.0: I own the decisions about who sees it and when we stop; engineering owns the routing, the deploy and the model flag.',
      '2. Still rings, 8.0: we decide limits while we watch. Numbers chosen in advance are guesses; once we see the dashboards, we will know what worse looks like and draw the line then.',
      '3. Pommel horse, 8.6: what we watch, every day: hallucination rate from the eval harness, thumbs-down rate, cost per suggestion, and how often a suggestion turns into an order.',
      '4. Vault, 8.8: before any widening, the master potter, Kang Mi-ok-nim, and I both run our palms round the rim of the first jar; that is our sign-off.',
      '5. Parallel bars, 6.0: if it looks wrong, we go back.',
      '',
      'Inquiry on the still rings, score amended: 8.0 to 8.5, because the dashboards are clearer than any number I could guess today.',
      '',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dq059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Honjeopsseoye. My scoresheet for the new booking page for our pottery classes, judged as design.',
      'Floor, 9.0: the date picker is lovely; a visitor sees the whole month at once, and Fire Festival week is coloured red.',
      'Pommel horse, 8.5: the form is shorter now, only name, phone and number of guests.',
      'Still rings, 8.0: the dates are kept in the browser, so a family can close the page, talk it over at dinner and come back.',
      'Vault, 7.5: the photos of the coiling class could be larger; people book what they can see.',
      'Parallel bars, 8.8: the Korean and English labels are both polite, ne.',
      'High bar, 9.0: our master potter says guests who book the wheel class also buy a small jar at the end.',
      'Inquiry on the vault, score amended: 7.5 to 8.2, the photos were changed yesterday.',
      'Gamsahamnida.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Scoresheet: which jar for which kitchen. Ne, this is what our suggestion model should learn.',
      'Floor — a one-person flat in Jeju City: a small 3-litre jar for gochujang. 9.0.',
      'Pommel horse — a family in Seogwipo making kimchi for winter: two 20-litre jars with the dark ash glaze. 9.3.',
      'Still rings — a restaurant in Osaka: six matching jars; the clay breathes, so the kimchi ripens slowly. 8.7.',
      'Vault — a wedding gift in Los Angeles: a small lidded jar, shipped in straw. 9.1.',
      'Parallel bars — a balcony in Seoul with afternoon sun: keep the jar in the shade. 8.4.',
      'High bar — a budget under 50,000 won: a seconds jar from the yard, fine for soy sauce. 8.9.',
      'Inquiry on the parallel bars, score amended: 8.4 to 8.8, a north-facing balcony is better still.',
      'Aigo, so many jars. Gamsahamnida.',
    ].join('\n'),
  },
];
