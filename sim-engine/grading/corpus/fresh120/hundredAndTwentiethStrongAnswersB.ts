import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twentieth fresh set, author B: strong answers (dv021–dv027), every point of
 * the scenario's kind. Voice: a Shona (Harare) English register in writing with Shona words, a
 * serpentine stone-sculpture workshop whose language model suggests which sculpture, stone and
 * size suit a garden, a gift and a budget; every answer a rowing-regatta umpire's log, race by
 * race and lane by lane, with one result overturned on the photo. Labelled by hand when written,
 * before anything else, and final (LABEL-NOTES-b.md, README-b.md).
 */
export const HUNDRED_AND_TWENTIETH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dv021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Umpire's log: the suggestion assistant's bigger model. Mhoroi.",
      'Race 1, lane by lane, who owns what. Lane one is mine as PM: the order of buyers, the limits, the holds and who signs each advance. Lane two belongs to engineering: the routing, the deploy and the flag.',
      'Race 2, the draw. First the carvers and shop staff, who will tell us at once when the model talks nonsense. Next the buyers who opted into early access, mostly from Avondale and Mount Pleasant with three years or more of buying. Then ordinary returning buyers. Last the first-time buyers and the big commission clients from Borrowdale, because a wrong suggestion there costs us a new relationship or a large order.',
      'Race 3, the limits, written down before a single conversation moves. Errors more than 0.5 % worse than now, p95 latency more than 800 ms worse, hallucinations graded by the eval harness (a stone we do not carry, a size that will never fit) more than 1 point worse, thumbs-down on suggestions more than 2 points worse: any one, and we throw sacking over the stones. Cost per conversation is watched too; more than 30 % above the old model and we stop and take it to finance.',
      'Race 4, the stages. The first chisel mark at 2 %, the waxing fire at 20 %, the whole Mbare market at 100 %. Each stage holds until its count is in and every limit is green; the waxing fire holds a full week of the Harare arts festival, when gift questions peak. No advance until the head sculptor and I both wipe the first piece with a wet cloth: that is our sign-off, at every gate.',
      'Race 5, result overturned on the photo: I first wrote two days at the first chisel mark. But the evals rose only on short questions, and the longer context matters in long conversations, which are rarer. It now holds for 1,500 conversations or four days, whichever comes later.',
      'Race 6, the rescue boat. Whoever is on call, day or night, lifts the old sculptures back onto the plinths: a flag switch to the old model within five minutes, no redeploy. They do not wait for me or anyone else to approve.',
      'Race 7, the final result. The canary tells us the bigger model is safe, not that it is better. Whether it suggests better pieces is a randomised A/B test after full rollout. Zvakanaka.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dv022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Umpire's log, warmer system prompt for the suggestion assistant. Mhoroi. Race | lane | call.",
      '',
      'Race 1 | PM, myself | I own the order of buyers, the rollback limits, the holds, and who signs each advance.',
      'Race 1 | Engineering | They own the prompt routing, the flag and the deploy.',
      'Race 2 | Lane 1 | Workshop staff and carvers first, in English and in German (our two German-speaking guides read every reply).',
      'Race 2 | Lane 2 | Buyers who opted into early access: five years and more of buying, from Greendale and Highlands, and the collectors in Germany on the preview list.',
      'Race 2 | Lane 3 | Returning buyers who write in English.',
      'Race 2 | Lane 4 | German-speaking buyers at large and all first-time buyers last: formal address matters to them, nobody reviewed the German tone, and a new buyer put off by a careless "du" does not come back.',
      'Race 3 | Limits, fixed before launch | Thumbs-down rate more than 2 points worse than now; eval-harness tone failures (informal address in German) more than 1 point worse; hallucinated pieces or stones more than 0.5 points worse; errors more than 0.5 % worse; p95 latency more than 300 ms worse. Any one, and we throw sacking over the stones.',
      'Race 4 | Stages and holds | The first chisel mark at 5 % for 3 days; the waxing fire at 25 % for 5 days; the whole Mbare market at 100 %. No stage advances before its hold is over and its limits are green.',
      'Race 5, result overturned on the photo | Language | I had thumbs-down measured over all languages together. Overturned: a quarter of our buyers write German, so a German failure hides in the average. Every limit is read per language, and German must reach 400 rated replies at each stage before we advance.',
      'Race 6 | Sign-off | At every gate the head sculptor and I both wipe the first piece with a wet cloth: both of us sign, or nothing moves.',
      'Race 7 | Rescue | Whoever is on call, at any hour, sets the old prompt back by flag in under five minutes, the old sculptures back on the plinths, without asking me first.',
      'Race 8 | Podium | The canary says the warmer prompt is safe, not that buyers prefer it. "Better" is a randomised A/B test afterwards, per language.',
      '',
      'Ndatenda.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dv023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Umpire's log. Cheaper, faster model for the suggestions. Mhoroi.",
      'Race 1, lanes. Me (PM): cohort order, limits, holds. Engineering: routing, flag, deploy.',
      'Race 2, draw. Carvers and shop staff → opted-in early-access buyers (Avondale, 4+ years buying) → returning buyers → first-time buyers and commission clients last; least forgiving.',
      'Race 3, limits signed before launch. More than these worse than now, and we throw sacking over the stones: eval-harness hallucination +1 pt; thumbs-down +2 pts; errors +0.5 %; p95 +300 ms. Cost per suggestion watched.',
      'Race 4, stages: first chisel mark 5 %, waxing fire 25 %, whole Mbare market 100 %.',
      'Race 5, result overturned on the photo: holds in days, I wrote. Kwete. The harness grades one suggestion in 200 and few buyers rate. During the canary engineering grades one in 20, and each stage holds until 300 graded suggestions and 200 ratings, however many days.',
      'Race 6, sign-off at each advance: the head sculptor and I, both wiping the first piece with a wet cloth.',
      'Race 7, whoever is on call, any hour: flag back to the old model in 5 minutes. No redeploy, no asking me.',
      'Race 8. Canary = safe, not better. Better = randomised A/B test afterwards.',
      'Zvakanaka.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dv024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Umpire's log for the new suggestion model on the home screen. Mhoroi.",
      '',
      "1. Race 1, the lanes. Lane A is mine as PM: the order of buyers, the limits, the holds and the sign-off. Lane B is engineering's: the routing, the feature stores, the flags and the deploy.",
      "2. Race 2, the draw. Our staff and carvers first, on both regions' storefronts. Then early-access buyers who opted in: Harare regulars from Marlborough and Eastlea with three years or more of buying, and the Singapore and Kuala Lumpur collectors on the preview list. Then returning buyers in Europe, then in South-East Asia. New buyers and the hotel and corporate gift accounts go last, because they order big and judge us on the first visit.",
      '3. Race 3, the limits, agreed with engineering before any traffic moves and read per region. Errors more than 0.5 % worse than now; p95 latency more than 250 ms worse; feature-store timeouts more than 1 % worse; suggestions the eval harness marks as hallucinated (a piece out of stock, say) more than 1 point worse; click-through on suggested pieces more than 3 % worse; cost per request more than 25 % higher. Any one of them, and we throw sacking over the stones.',
      '4. Race 4, the stages. The first chisel mark at 5 %, the waxing fire at 25 %, the whole Mbare market at 100 %.',
      '5. Race 5, result overturned on the photo. I had written 24 hours at the first chisel mark. But the Singapore lunch hour is six in the morning here, and the feature stores were sized for the old model. Overturned: every stage holds through at least two full Singapore lunch peaks and two European evening peaks, three days at the least, and the waxing fire holds seven days.',
      '6. Race 6, sign-off. No advance until the head sculptor and I both wipe the first piece with a wet cloth: both of us sign, region by region.',
      '7. Race 7, the rescue launch. Whoever is on call, at any hour, six in the morning included, switches the flag back to the old model in under five minutes: the old sculptures back on the plinths, no redeploy, no waiting for me or anyone to approve.',
      '8. Race 8, the podium. This canary tells us the model is safe in both regions. It does not tell us it suggests better pieces; that is a randomised A/B test once we are at 100 %.',
      '',
      'Ndatenda.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dv025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Umpire's log, one long race card for the new one-page checkout on the workshop's web shop, mhoroi: " +
      'in race one I take my lane as PM, which is the order of buyers, the rollback limits, the holds and the sign-off, ' +
      'while engineering takes its own lane, the routing, the flag and the deploy; ' +
      'in race two the draw is workshop staff first, buying through the real checkout with their own cards, ' +
      'then the buyers who opted into early access (returning buyers from Belvedere and Hatfield with two years or more of buying, ' +
      'whose saved addresses are exactly what the new page fills in), then returning buyers in general, ' +
      'and first-time buyers last, because they have no saved address or card, the lab never tested them, ' +
      'and before the Harare arts festival they are the orders we can least afford to lose; ' +
      'in race three the limits are written before any buyer moves: payment errors more than 0.3 % worse than now, ' +
      'p99 page time more than 300 ms worse, first-order conversion more than 2 % worse against the old checkout, ' +
      'and we throw sacking over the stones; ' +
      'in race four the stages are the first chisel mark for staff and early access at 5 %, ' +
      'the waxing fire for returning buyers at 25 %, the whole Mbare market at 100 %, ' +
      'each holding for 600 orders and at least three days before the gate opens; ' +
      'race five, result overturned on the photo: I had first-time buyers arriving only with the whole market, ' +
      'so their first real test would be everyone at once, and the photo says no: ' +
      'there is now a half-market stage at 50 % where first-time buyers join and we hold for 300 first orders of their own, ' +
      'and if that misses the festival date, the date moves; ' +
      'race six, sign-off at each advance: the head sculptor and I both wipe the first piece with a wet cloth, both names on every gate; ' +
      'race seven, whoever is on call, at any hour, sends buyers back to the old three-step checkout with a config switch in under five minutes, ' +
      'no redeploy and no waiting to ask me; ' +
      'race eight, the canary shows the one-page checkout is safe, not that it sells more, ' +
      'so "better" is a randomised A/B test after rollout, ndatenda.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dv026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Umpire's log. The rewritten photo resizer.",
      'Mhoroi.',
      'Race 1: I own the order of buyers, the limits, the holds.',
      'Engineering owns the routing and the deploy.',
      "Race 2, the draw: our carvers' own listings first,",
      'then opted-in early-access buyers (Mabelreign, three years and more),',
      'then the rest,',
      'first-time buyers last: a broken photo loses them.',
      'Race 3, limits fixed before traffic moves:',
      'image errors more than 0.5 % worse than now,',
      'p99 load time more than 200 ms worse,',
      'memory growth over 24 hours more than 10 % above the old service,',
      'and we throw sacking over the stones.',
      'Race 4: the first chisel mark 5 %, the waxing fire 25 %, the whole Mbare market 100 %.',
      'Race 5, result overturned on the photo:',
      'one day per stage, I said.',
      'Kwete. The leak shows only after a day without a restart.',
      'Each stage now holds 72 hours, no deploys, no restarts.',
      'Thursday moves.',
      'Race 6, sign-off at each gate: the head sculptor and I both wipe the first piece with a wet cloth.',
      'Race 7: whoever is on call, any hour,',
      'flips the routing back to the old resizer in under five minutes,',
      'no redeploy, no waiting for me.',
      'Race 8: the canary says safe.',
      'Better? A randomised A/B test after.',
      'Zvakanaka.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dv027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Umpire's log: catalogue search moves to the new, smaller index. Mhoroi.",
      "Race 1, lanes. Lane one is mine as PM: which buyers see it first, the rollback limits, how long each stage holds, and the sign-off. Lane two is engineering's: the index build, the routing and the flag.",
      'Race 2, the draw. Workshop staff first. Then the opted-in early-access designers, a handful from Borrowdale and Chisipite with five years of buying, who use the heaviest filters (stone, height, weight, carver, price) and will tell us plainly. Then the free browsers. The trade accounts and galleries go last: they pay for their access, and their long filtered searches are exactly what the benchmark left out.',
      'Race 3, limits, written before a single search moves. p99 latency more than 200 ms worse than now, measured on its own for searches with three or more filters; errors more than 0.5 % worse; zero-result searches more than 1 point worse; searches ending in a listing visit down more than 3 % against the old index. Any one of them, and we throw sacking over the stones.',
      'Race 4, stages and holds. The first chisel mark, 2 %, held three days. The waxing fire, 20 %, held a full week of the Harare arts festival, when the galleries search hardest. The whole Mbare market, 100 %. Nothing advances until its hold is done and every limit is green.',
      'Race 5, result overturned on the photo. I judged latency over all searches together. The photo shows the median hiding the tail. Overturned: the gate is the filtered-search p99 alone, and no stage closes before 2,000 filtered searches, however long that takes.',
      'Race 6, sign-off. At each gate the head sculptor and I both wipe the first piece with a wet cloth; both of us sign, or the stage stays.',
      'Race 7, rescue. Whoever is on call, at any hour, lifts the old sculptures back onto the plinths: a routing switch back to the old index in under five minutes, no redeploy, and no need to reach me first.',
      'Race 8, podium. The canary shows the new index is safe. Whether it finds buyers better pieces is a randomised A/B test afterwards.',
      'Ndatenda.',
    ].join('\n\n'),
  },
];
