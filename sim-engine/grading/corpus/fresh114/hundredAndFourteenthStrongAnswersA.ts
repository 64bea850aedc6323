import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fourteenth fresh set, author A: strong answers (dp001–dp007), each labelled by
 * hand when written, before anything else, with every point of its kind.
 *
 * Voice: a Northern Sámi (Kautokeino) English register in speech, quiet, dry and warm, with
 * Northern Sámi and Norwegian words ("buorre beaivi", "giitu", "juo", "ii", "ja vel"). The
 * product is a duodji workshop of pewter-thread bracelets whose language model suggests which
 * bracelet, thread and clasp suit a wrist, a gift and a budget. Every answer is a mountain guide's
 * route card read out pitch by pitch, each pitch with its grade and a note, one pitch re-graded.
 */
export const HUNDRED_AND_FOURTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Buorre beaivi. I read it like the route card my uncle wrote for walkers behind Kautokeino: pitch by pitch, grade and note.',
      '',
      'Pitch 1, grade II. Who carries what. I am the PM, so I carry the order of buyers, the limits for turning back and how long we rest at each stage. Engineering carries the routing, the deploy and the flag that sends a suggestion to the bigger model. We do not swap loads on the way.',
      '',
      'Pitch 2, grade II+. The order of buyers. First the workshop itself, my cousins at the plaiting tables, who ask the suggester every day. Then buyers in Kautokeino and Máze who have bought from us five years and more and said yes to trying new things early; they tell us straight when a clasp suggestion is foolish. Then Karasjok and Alta. First-time buyers and the wedding-gift orders from the south come last, because one wrong wrist size there and they do not come back.',
      '',
      'Pitch 3, grade III. Limits, written down before one suggestion moves. Errors more than 0.5 % worse than now, and we put the antler aside. p95 latency more than 300 ms worse than now, the same. The eval harness score on our wrist-and-clasp questions more than 2 points worse than now, the same. Thumbs-down on suggestions more than 1.5 points worse than now, the same. Cost per conversation more than 40 % above now, the same; the accountant asked, so it is a gate, not a curiosity.',
      '',
      'Pitch 4, re-graded: I had it as III, it is IV. The bigger model reads the whole conversation, so the long gift chats cost the most, and they come late in the ramp. Stages: the first twist at 2 %, the plaiting board at 20 %, the whole fair stall at 100 %. We hold four days at the first twist and 300 conversations at the plaiting board, and we move on only when every limit is quiet.',
      '',
      'Pitch 5, grade II. Before each step the master craftswoman and I both pull the first thread tight. Nobody else moves it.',
      '',
      'Pitch 6, grade II. Whoever is on call hangs the old bracelets back on the antler rack, no need to call me. It is the flag back to the old model: three minutes, night or day, no redeploy.',
      '',
      'Pitch 7, grade I. The canary says the bigger model is safe. It does not say it sells better. For that we run a randomised A/B test afterwards. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Route card, the warmer prompt. Read out pitch by pitch.',
      '',
      'Pitch 1 · grade I · who owns what',
      '- Me, the PM: the order of buyers, the limits, the holds.',
      '- Engineering: the routing, the prompt flag, the deploy.',
      '',
      'Pitch 2 · grade II · order of buyers',
      '- Workshop people first. We write in three languages, juo, and we hear the tone before anyone.',
      '- Then the German-speaking friends of the workshop: guests who come back every Easter and asked to try new things early. They will tell us if "du" sounds rude.',
      '- Then Kautokeino and Karasjok buyers of ten years and more, opted in.',
      '- Then everyone else. New German buyers last: formal address matters to them, and they have no reason yet to forgive us.',
      '',
      'Pitch 3 · grade III · limits, agreed before the first twist',
      '- Thumbs-down on German suggestions more than 2 points worse than now, and we put the antler aside.',
      '- Thumbs-down in English more than 1 point worse than now, the same.',
      '- Eval harness, formal-address check on German replies: pass rate more than 3 points worse than now, the same.',
      '- Basket adds after a suggestion more than 5 % worse than now, the same.',
      '- Errors more than 0.5 % worse, p95 more than 250 ms worse, the same.',
      '',
      'Pitch 4, re-graded: was II, now III. German is a quarter of the traffic, so a thin stage sees few of them. Longer holds.',
      '- The first twist: 5 %, held 7 days or 400 German conversations, whichever comes later.',
      '- The plaiting board: 25 %, held a full week of the Easter festival here in Guovdageaidnu, when the German guests are in town and writing to us.',
      '- The whole fair stall: 100 %.',
      '- We advance only when every limit is quiet, German read on its own.',
      '',
      'Pitch 5 · grade I · sign-off',
      '- The master craftswoman and I both pull the first thread tight before each stage.',
      '',
      'Pitch 6 · grade II · turning back',
      '- Whoever is on call hangs the old bracelets back on the antler rack, no need to call me.',
      '- It is the prompt flag: two minutes, any hour, no redeploy, no asking.',
      '',
      'Pitch 7 · grade I · what the canary does not say',
      '- Safe, juo. Better, ii. Whether warmer sells more bracelets we learn from a randomised A/B test afterwards.',
      '',
      'Ja vel.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Route card, the cheaper model. Short, juo.',
      'Pitch 1, grade I: I own the order, the limits, the holds. Engineering owns routing and the flag.',
      'Pitch 2, grade II: workshop people first, then Kautokeino buyers of ten years who opted in early, then other villages; first-time and gift buyers last, they forgive nothing.',
      'Pitch 3, grade III: limits set before anything moves. Errors more than 0.5 % worse than now, p95 more than 200 ms worse, eval harness fit score more than 3 points worse, wrong-size returns more than 1 point worse: any one, and we put the antler aside. Thumbs-down watched too.',
      'Pitch 4, re-graded: III to IV. Feedback is thin; the harness reads one in two hundred. So it reads one in ten for the canary, and we hold by count, not clock: 150 graded suggestions at the first twist (5 %), 400 at the plaiting board (30 %), then the whole fair stall.',
      'Pitch 5, grade I: the master craftswoman and I both pull the first thread tight at every step.',
      'Pitch 6, grade II: whoever is on call hangs the old bracelets back on the antler rack, no need to call me. Flag, three minutes, any hour, no redeploy.',
      'Pitch 7, grade I: safe is not better. Better waits for a randomised A/B test.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Buorre beaivi. This is the route card for the new suggester, the one that reads more from the regional stores. Seven pitches.',
      '',
      '1. Pitch 1, grade II. I own the order of buyers, the limits and the holds. Engineering owns the routing, the flag and the feature stores themselves.',
      '2. Pitch 2, grade II. The order: the workshop first; then buyers in Kautokeino and Máze of eight years and more who signed up to see new things early; then Tromsø and the southern towns; Japanese buyers after that, because their store is the one sized tightest; first-time buyers anywhere last, because they have no reason to come back after a bad suggestion.',
      '3. Pitch 3, grade III. Limits, written and agreed before traffic moves, read per region and never averaged: errors more than 0.5 % worse than now, and we put the antler aside; p99 latency more than 250 ms worse than now, the same; feature-store timeouts above 1 %, the same; suggestion acceptance (the buyer adds the suggested bracelet) more than 4 % worse than now, the same; eval harness fit score more than 2 points worse, the same.',
      "4. Pitch 4, re-graded: it was III, it is IV. From Kautokeino, Tokyo's lunch is at four in the morning, and nobody here is awake. So every hold covers at least three Tokyo lunch peaks, and we read the limits for that hour by region. The first twist: 3 % for 4 days. The plaiting board: 25 % for 5 days. The whole fair stall after that.",
      '5. Pitch 5, grade I. Before each stage the master craftswoman and I both pull the first thread tight.',
      '6. Pitch 6, grade II. Whoever is on call, in the small hours too, when Japan is busy, hangs the old bracelets back on the antler rack, no need to call me. The old model sits behind a flag: two minutes, not a redeploy.',
      '7. Pitch 7, grade I. The canary tells us the new model does not break. Whether it suggests better bracelets we learn from a randomised A/B test afterwards, not from these numbers.',
      '',
      'Giitu, that is the card.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dp005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'So, the one-page checkout, read as a route card, and I go straight through it without stopping: ' +
      'pitch 1, grade II, who carries what, and I carry the order of buyers, the limits and the holds, ' +
      'while engineering carries the routing, the deploy and the checkout flag; pitch 2, grade II+, the ' +
      'order, first the workshop and the family, who buy their own bracelets through the shop anyway, ' +
      'then buyers from Kautokeino and Máze of ten years and more who asked to try new things early, ' +
      'then returning buyers with saved addresses in the other villages, and first-time buyers last, ' +
      'because they have no saved card and no saved address, that is exactly what the lab never tried, ' +
      'and the Easter festival is when they come; pitch 3, grade III, limits fixed before anyone is ' +
      'sent through, checkout errors more than 0.5 % worse than now, and we put the antler aside, p99 ' +
      "more than 200 ms worse than now, first-order conversion more than 2 % worse than the old checkout's " +
      'first-timers, returning-buyer conversion more than 2 % worse, each of them the same; pitch 4, ' +
      're-graded: I graded it II and it is III, because first-time buyers are few outside the festival, ' +
      'so the holds must wait for them, the first twist at 5 % for four days, the plaiting board at 25 % ' +
      'until 300 first orders have gone through it, and only then the whole fair stall, which means we ' +
      'start two weeks before the festival, not in the middle of it; pitch 5, grade I, at each step the ' +
      'master craftswoman and I both pull the first thread tight; pitch 6, grade II, whoever is on call ' +
      'hangs the old bracelets back on the antler rack, no need to call me, it is the checkout flag, back ' +
      'in three minutes, at any hour, no redeploy and nobody to ask; pitch 7, grade I, and this is the ' +
      'last, the canary tells us the new checkout does not lose buyers, it does not tell us it wins more ' +
      'of them, and for that we run a randomised A/B test afterwards, ja vel.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dp006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Route card, the new pricing service, from Tuesday evening. Pitch | grade | note.',
      '',
      'Pitch 1 | I | I own the order, the limits, the holds; engineering owns routing and deploy.',
      'Pitch 2 | II | workshop first, then Kautokeino buyers of ten years who opted in early, then other villages; overseas night buyers and first-time buyers last, a wrong price loses them.',
      'Pitch 3 | III | fixed before traffic: price errors more than 0.3 % worse than now, and we put the antler aside; p99 more than 200 ms worse; orders per hour more than 3 % worse than now.',
      'Pitch 4, re-graded | IV | was III. Invoicing shares the 02:00 batch window, so every hold crosses two of those nights: the first twist 5 % for 2 nights, the plaiting board 25 % for 3 nights, then the whole fair stall.',
      'Pitch 5 | I | the master craftswoman and I both pull the first thread tight at each step.',
      'Pitch 6 | II | at 2 a.m. whoever is on call hangs the old bracelets back on the antler rack, no need to call me. Routing switch, two minutes, no redeploy, no waiting for a yes.',
      'Pitch 7 | I | safe, not better; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dp007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Giitu for asking. I say it like a route card, pitch by pitch, because that is how my father taught me to plan anything.',
      '',
      'Pitch 1, grade II. The division of the load. I decide the order of buyers, the limits and how long we wait at each stage. Engineering decides the proxy, the routing and the deploy, and they move the reads.',
      '',
      'Pitch 2, grade II. Who goes first. The workshop itself, because we look at stock fifty times a day. Then buyers in Kautokeino of ten years and more who opted into early things. Then Karasjok, Alta and the other villages. New buyers and the wholesale shops in Oslo last: a slow page there costs us a shop.',
      '',
      'Pitch 3, grade III. Limits agreed on paper before one read goes to the new cluster: errors more than 0.5 % worse than now, and we put the antler aside; p99 page load more than 250 ms worse than now, the same; completed orders more than 2 % worse than now, the same.',
      '',
      'Pitch 4, re-graded: this was a III on my first card, I give it IV now. The load test had warm caches, and ii, that is not our Monday morning. So each stage holds through a cold start: the first twist, 2 % for three days with one cache flush on purpose; the plaiting board, 20 % for four days including a Monday; the whole fair stall only after that. And the old cluster stays until the whole fair stall has held seven days with no limit touched; I ask for the switch-off date to move.',
      '',
      'Pitch 5, grade I. Before each stage the master craftswoman and I both pull the first thread tight.',
      '',
      'Pitch 6, grade II. Whoever is on call hangs the old bracelets back on the antler rack, no need to call me. The proxy routes back to the old cluster in two minutes, night or day, no redeploy.',
      '',
      'Pitch 7, grade I. This canary says the new storage is safe under our load. It says nothing about better; if we ever want that, it is a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
