import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fourteenth fresh set, author A: the other answers (dp008–dp020): middling,
 * weak, keyword salad, negated, misconception-led and off-topic, each labelled by hand when
 * written, before anything else, with only the points it commits to as part of its own plan.
 *
 * Voice: a Northern Sámi (Kautokeino) English register in speech, quiet, dry and warm, with
 * Northern Sámi and Norwegian words ("buorre beaivi", "giitu", "juo", "ii", "ja vel"). The
 * product is a duodji workshop of pewter-thread bracelets whose language model suggests which
 * bracelet, thread and clasp suit a wrist, a gift and a budget. Every answer is a mountain guide's
 * route card read out pitch by pitch, each pitch with its grade and a note, one pitch re-graded.
 */
export const HUNDRED_AND_FOURTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp008',
    scenario: 'model',
    class: 'middling',
    points: points('P T H'),
    text: [
      'Route card, the bigger model. A quick one.',
      'Pitch 1, grade II. I own the limits and the holds. Engineering owns the flag and the routing.',
      'Pitch 2, grade II. Limits before we start: errors more than 1 % worse than now, and we put the antler aside; p95 more than 400 ms worse than now, the same.',
      'Pitch 3, grade III. Stages: the first twist at 5 %, held three days; the plaiting board at 30 %, held three days; then the whole fair stall.',
      'Pitch 4, re-graded: II to III. Who gets it first: a random 5 % of buyers, from all the villages. Simple.',
      'Pitch 5, grade I. If it goes bad, we go back to the old model.',
      'That is the card, juo.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dp009',
    scenario: 'service',
    class: 'middling',
    points: points('C S R'),
    text: [
      'Buorre beaivi. The new payment kit in the Android app, as a route card.',
      '',
      'Pitch 1, grade II. The order. Workshop phones first; we pay for our own thread through the app anyway. Then Kautokeino buyers of ten years and more who said yes to early things, because they will ring us, not leave us. Android buyers in the other villages after that. First-time buyers last: a failed payment on a first order and they are gone.',
      '',
      'Pitch 2, grade II. We watch the payments and widen it when it looks fine.',
      '',
      'Pitch 3, re-graded: I had it as I, it is II. The master craftswoman and I both pull the first thread tight before each widening; nobody widens it alone.',
      '',
      'Pitch 4, grade III. Whoever is on call hangs the old bracelets back on the antler rack, no need to call me. The old payment kit stays behind a remote switch, back in two minutes, at any hour, Friday night too.',
      '',
      'Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp010',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text: [
      '1. Pitch 1, grade II. Before the warmer prompt reaches anyone we write down the limits: thumbs-down on German replies more than 2 points worse than now, and we put the antler aside; the eval harness pass rate on formal address more than 3 points worse than now, the same; errors more than 0.5 % worse, the same.',
      '2. Pitch 2, grade II. We also watch the basket adds after a suggestion, and how long the replies get.',
      '3. Pitch 3, re-graded: it was I, now II. The prompt goes to some buyers and then to more; engineering will judge when.',
      '4. Pitch 4, grade I. The canary tells us whether the warmer tone is safe. It cannot tell us that warmer sells more bracelets; a randomised A/B test afterwards does that.',
      'Ja vel, that is it.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dp011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Route card for the new photo service, pitch by pitch, but it is a short walk.',
      'Pitch 1, grade I. It is 20 % faster, so the risk is small.',
      'Pitch 2, grade I. We put it out to some buyers first and look at the bracelet photos ourselves.',
      'Pitch 3, re-graded: I to II. If the pictures look wrong, we go back.',
      'Pitch 4, grade I. Everywhere by Thursday, juo.',
      'That is all.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Buorre beaivi. A small route card, the cheaper suggester.',
      '',
      'Pitch 1, grade I. Cheaper and faster; the accountant is happy already.',
      '',
      'Pitch 2, grade I. We turn it on for a part of the buyers and keep an eye on it. Not many people rate the suggestions, so mostly we wait and see if anyone writes to us.',
      '',
      'Pitch 3, re-graded: it was I, I make it II, only because it is the busy time before Easter.',
      '',
      'Pitch 4, grade I. Then everybody gets it. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dp013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Pitch 1, grade III: canary, p99, p50, index layout, cohort, Kautokeino, ten years, 0.5 %, 200 ms. ' +
      'Pitch 2, grade IV: rollback, antler rack, on call, flag, proxy, routing, hold, gate, 1, 5, 25, 100. ' +
      'Pitch 3, re-graded: thresholds, baseline, tail, filters, rare queries, free tier, licences, master ' +
      'craftswoman, thread, sign-off. Pitch 4, grade II: A/B, randomised, safe, better, hosting cost, ' +
      'smaller, cheaper, the first twist, the plaiting board, the whole fair stall. Giitu, juo.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Route card.',
      'Pitch 1, II: recommendation model, features, feature store, regional, Tokyo, lunch peak, 04:00.',
      'Pitch 2, III: eval harness, thumbs-down, acceptance, tokens, cost per suggestion, p95.',
      'Pitch 3, re-graded, IV: canary 2 % 10 % 50 % 100 %, hold, gate, antler, flag.',
      'Pitch 4, II: cohorts, village, years buying, Máze, Karasjok, opted in, internal.',
      'Pitch 5, I: PM, engineering, routing, rollback, minutes, on call, A/B.',
      'Ja vel.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dp015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Route card for the new comparison page. It is a flat walk, so most pitches I cross out.',
      '',
      'Pitch 1, grade I. A fixed order of buyers, workshop first, old Kautokeino buyers next: ii, we do not need that for a table of prices.',
      '',
      'Pitch 2, grade I. Limits with numbers written down before anything moves: I would not do it. Nothing behind the page changes.',
      '',
      'Pitch 3, grade I. Stages with holds, the first twist, the plaiting board: no, we skip them; the campaign goes out on Friday.',
      '',
      'Pitch 4, re-graded: I had it as II, the master craftswoman and I pulling the thread tight at each step. I grade it away. Nobody signs anything.',
      '',
      'Pitch 5, grade I. Somebody on call who can switch it back in minutes without asking: not for this page. If it is bad, we fix it on Monday.',
      '',
      'Pitch 6, grade I. A randomised A/B test afterwards to see whether it sells better: we will not bother.',
      '',
      'So it goes live before Friday. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Route card, the bigger model. Notes only.',
      '- Pitch 1, grade I: who owns what, PM or engineering: not splitting that, we all just watch.',
      '- Pitch 2, grade I: an order of buyers, workshop first, old buyers next, first-timers last: ii. Everyone at once.',
      '- Pitch 3, grade II: limits written down before we start: no. Offline evals went up three points; why pre-commit?',
      '- Pitch 4, re-graded: was III, now I. No first twist, no plaiting board, no holds.',
      '- Pitch 5, grade I: eval harness, thumbs-down, cost per conversation as gates: not gating on any of them.',
      '- Pitch 6, grade I: the master craftswoman signing off each step: not needed.',
      '- Pitch 7, grade I: the person on call switching the old model back without me: no, they call me first.',
      "- Pitch 8, grade I: an A/B test afterwards: no, we don't.",
      'Ja vel.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dp017',
    scenario: 'service',
    class: 'misconception',
    points: points('C T R'),
    text: [
      'Buorre beaivi. The new made-to-measure order form, as a route card. First I say what the whole card rests on: the canary is our A/B test. If the buyers on the new form order more than the ones on the old form, the canary has proved the new form is better, and we need no other test after it.',
      '',
      'Pitch 1, grade II. The order of buyers: the workshop first, then Kautokeino and Máze buyers of ten years and more who signed up to try early things, then the other villages, first-time buyers last, because a lost first order is a lost buyer.',
      '',
      'Pitch 2, grade III. Limits, written before anyone sees the form: form errors more than 0.5 % worse than now, and we put the antler aside; made-to-measure orders more than 3 % worse than the old form, read 24 hours later, the same, because people order after talking it over at home.',
      '',
      'Pitch 3, re-graded: I had II, it is III. Whoever is on call hangs the old bracelets back on the antler rack, no need to call me: the form flag, three minutes, night or day, no redeploy.',
      '',
      'Pitch 4, grade II. After a few days we read the lift in the canary group and call the new form the winner. Ja vel.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'Route card, the new suggester that reads from the regional stores. Before the pitches, what I believe: the limits we decide while we watch. Nobody knows in advance what normal looks like for Tokyo at lunch, so we look at the graphs on the day and decide there what is too much.',
      '',
      "Pitch 1, grade II. Mine: the order of buyers, the holds, and that call on the day. Engineering's: the routing, the flags, the feature stores.",
      '',
      'Pitch 2, grade II. The workshop first; then Kautokeino buyers of eight years and more who opted in early; then the other villages; Japanese buyers and first-time buyers last, because their store is the tightest and a new buyer does not forgive.',
      '',
      'Pitch 3, re-graded: it was II, now III. The first twist at 5 % for four days, the plaiting board at 25 % for five days, the whole fair stall after; each hold crosses several Tokyo lunches.',
      '',
      'Pitch 4, grade II. What we watch: suggestion acceptance, the eval harness fit score, thumbs-down on suggestions, and errors. How much is too much, we choose on the day, looking at them.',
      '',
      'Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dp019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Buorre beaivi. You ask about the release, but let me tell you how the size guide came to be, as a route card.',
      '1. Pitch 1, grade I. Measure the wrist over the bone with a strip of paper, not a tape; tapes stretch.',
      '2. Pitch 2, grade II. The tin thread is spun around cotton, and then plaited on the board, three strands or four.',
      '3. Pitch 3, grade III. The plait is sewn to reindeer leather, small stitches, close together, so it does not twist on the wrist.',
      '4. Pitch 4, re-graded: I had it as II, it is III. The clasp. An antler button or a pewter hook; buyers from the south like the hook, people here like the button.',
      "5. Pitch 5, grade I. Add a finger's width for a loose fit. That is what the new size guide says, next to the bigger photos. Giitu.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Route card for how the assistant should speak.',
      'Pitch 1, grade I: in Northern Sámi we say buorre beaivi and come to the point.',
      'Pitch 2, grade II: in Norwegian, "du" to everyone; that is normal here.',
      'Pitch 3, grade III: in German, "Sie" until the buyer says otherwise; the English team did not know that.',
      'Pitch 4, re-graded: II to III. In English, warm is fine, but not "hey there".',
      'Pitch 5, grade I: never call a bracelet "cute". My grandmother would not sell to that person.',
      'Giitu, juo.',
    ].join('\n'),
  },
];
