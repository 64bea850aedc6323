import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-sixth fresh set, author c: the other answers (cn048–cn060), written blind and labelled
 * by hand: middling (cn048–cn050), weak (cn051–cn052), keyword salad (cn053–cn054), negated
 * (cn055–cn056), misconception-led (cn057–cn058) and off-topic (cn059–cn060). Every answer is a
 * filled-in census form in the voice of an Oklahoma custom wheat-harvest crew booking PM.
 */
export const EIGHTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: search-tail-latency
  {
    id: 'cn048',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      'CANARY CENSUS, FORM 8. New search index.',
      'Q1. Change: search moves to a new index layout, smaller and cheaper to host. The median got faster in testing; the rare queries with lots of filters never got tried.',
      'Q2. Whose is what? The PM owns the limits and the stops. Engineering owns the index, the routing and the deploy.',
      'Q3. Limits, set before anything moves? Yes, wrote down the day before: p99 search time more than 300 ms worse than now and we shut the combines down; p99 on queries with five or more filters more than 500 ms worse, same; errors more than 0.5 % worse than now, same.',
      'Q4. Stops? The first field at 2 %, the county line at 20 %, the grain elevator at 50 %, then the whole run. We hold each one a full week of wheat harvest, so the odd filter-heavy searches from the library folks come through.',
      "Q5. Who gets it? A slice of everybody, however the router hands it out. I ain't particular about which users.",
      "Q6. If it goes bad? We'd go back.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cn049',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'CANARY CENSUS, FORM 9. Field-ready estimator, bigger model.',
      "Q1. Who goes first? Our own crew, since they know a ready field when they see one and they'll say so. Then the early-look farmers who asked in. Then the regulars who've booked five seasons or better, county by county starting in Kingfisher. First-season customers last, because a bad estimate on their first booking loses them.",
      'Q2. How does it widen? The first field at 5 %, hold a full week of wheat harvest. The county line at 25 %, another full week. The grain elevator at 60 %, another. Then all of it, and nobody skips a week.',
      'Q3. What do you watch besides errors? The days the estimate misses the real cut date, checked against the scale tickets, and the thumbs-down rate from farmers. Also the made-up-answer count from the eval harness.',
      'Q4. Who pulls it back, and how? Engineering handles that side of things.',
      'Q5. Cost? Finance is asking. Engineering will have a figure for them over thataway.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cn050',
    scenario: 'service',
    class: 'middling',
    points: points('S R A'),
    text: [
      'CANARY CENSUS, FORM 10. One-page checkout.',
      "Q1. What's changing? The three-step checkout becomes one page, with saved addresses and cards filled in. Growth wants it out before the spring campaign.",
      "Q2. Who says when it widens? Each time we open it to more shoppers, the crew boss, that's our engineering lead, and I both sign the scale ticket. No signatures, no widening.",
      "Q3. Who can pull it? Whoever's on call pulls the old version back into the field, no need to call me, middle of the night or not. It's a flag; off in two minutes, no redeploy.",
      "Q4. Will this show the one page sells better? It won't, and I'd tell Growth that plain. The canary shows it's safe. Whether first-time buyers finish more often on one page is a randomised A/B test after.",
      'Q5. Who goes first? Whoever the flag picks.',
      "Q6. Limits? Engineering's got their alerts.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cn051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'CANARY CENSUS, FORM 11.',
      "Q1. What's a canary release? Putting the new thing out to a few folks before everybody, like cutting a test strip before you bring the whole crew into a field.",
      "Q2. How would you run it for the new image resizer? Put it out slow, keep an eye on it, and go back if it acts up. It's 20 % faster in the benchmarks, so I reckon it'll be fine.",
      'Q3. Who handles the details? Engineering. They know their business better than I do.',
      "Q4. When's it everywhere? Thursday, like the team wants.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'CANARY CENSUS, FORM 12. Cheaper estimator model.',
      'Q1. Plan? Try the cheaper model on some farmers first and see what they say.',
      "Q2. How will you know if it's good? If the farmers are happy with it. Folks out here will tell you.",
      "Q3. Anything else? Test it good beforehand. It's a fur piece cheaper, so finance'll be tickled.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'CANARY CENSUS, FORM 13.',
      'Q1. Canary. Canary cohort ramp, canary hold gate, threshold rollback threshold.',
      'Q2. Cohort order staff beta county seasons, county line grain elevator first field, hold gate hold.',
      'Q3. p95 p99 0.5 % 200 ms 2 % baseline control, thresholds pre-committed thresholds.',
      'Q4. Hallucination eval harness thumbs-down tokens per query feature store region peak.',
      'Q5. Sign-off scale ticket crew boss, on-call rollback flag switch minutes, A/B randomised safe better.',
      'Q6. Canary ramp hold gate cohort threshold rollback sign-off, combines, wheat harvest.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cn054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'CANARY CENSUS, FORM 14.',
      'Q1. Release: canary / ramp / 1 5 25 50 100 / hold / gate / gate / hold.',
      'Q2. Cohort: internal / opted-in / county / seasons / enterprise last / first field / county line / grain elevator.',
      'Q3. Limits: errors latency conversion lag bookings baseline / 0.5 % / 200 ms / 2 %.',
      'Q4. People: PM owns / engineering owns / crew boss / scale ticket / sign-off.',
      'Q5. Back: rollback / on-call / config switch / minutes / any hour / no redeploy.',
      'Q6. After: A/B / randomised / safe not better / date picker / client-side store.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'CANARY CENSUS, FORM 15. The warmer prompt.',
      "Q1. Who owns which part? I'm not going to split it up between me and engineering; nobody owns anything special.",
      "Q2. Who goes first? We won't put our own crew first, won't use an early-look list, and won't hold the Spanish-speaking bookers back for later. No order at all.",
      "Q3. Limits before it starts? We won't write down any numbers ahead of time, not for errors, not for speed, not for thumbs-down.",
      "Q4. Stops and holds? No first field, no county line, no grain elevator. We won't hold anywhere.",
      'Q5. Who signs? Nobody signs any scale ticket.',
      "Q6. Who pulls it back? We won't give the on-call anything to switch back with, and we won't keep the old prompt around.",
      "Q7. Model signals? We won't count thumbs-down by language, and we won't run the eval harness on it either.",
      "Q8. A/B test afterward? No, we won't run one of those neither.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cn056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'CANARY CENSUS, FORM 16. Bigger product photos and a size guide.',
      "Q1. The PM's part versus engineering's? Not something I'd draw a line on.",
      'Q2. Staff first, then the opted-in beta, new shoppers last? Not doing that. No order.',
      'Q3. Numbers fixed beforehand for errors, page speed and purchases? Not doing that either.',
      'Q4. Stages with a hold at each? Not doing stages. No holds, no gates.',
      'Q5. Someone signing off each step? No sign-off from anybody, not the crew boss, not me.',
      'Q6. On-call free to roll back at any hour with a switch? No, not setting that up.',
      "Q7. A randomised A/B test later to see if it's better? Not running one.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cn057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      'CANARY CENSUS, FORM 17. Bigger estimator model.',
      "Q1. What's the canary for? It's our A/B test. If the farmers on the bigger model book more than everybody else, that proves it's the better model, and that's what moves us along.",
      "Q2. Who goes first? Our own crew, since they know a ready field. Then the early-look list. Then ten-season regulars in Garfield and Grant. First-season customers last, they'd not give us a second chance.",
      'Q3. What stops it? Set before we start: errors more than 0.5 % worse than now and we shut the combines down; p95 more than 300 ms worse than now, same.',
      'Q4. Stops? The first field at 5 %, the county line at 25 %, the grain elevator at 50 %, each held a full week of wheat harvest, and at each one we read off the booking lift to show the bigger model is winning.',
      'Q5. Model signals? Estimate miss against the scale tickets and thumbs-down from farmers, both watched every day.',
      "Q6. When do we call it? When the canary slice out-books the rest, that's our proof, and we go to everybody. No need for a separate A/B test after.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cn058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C S R'),
    text: [
      'CANARY CENSUS, FORM 18. New pricing page with the comparison table.',
      'Q1. Who owns what? I own the order, the holds and when we stop; engineering owns the flag and the deploy.',
      "Q2. Who sees it first? Our own staff, then the customers who opted into the beta, then subscribers of two or more years. Brand-new visitors from the Friday campaign come last, because they've never seen us before.",
      "Q3. Limits? I'd rather not pin numbers down ahead of time. We'll eyeball the dashboard the first morning and decide then what counts as too much; maybe signups down 3 %, maybe 5 %, we'll see how it looks.",
      'Q4. Who signs each widening? The crew boss, our engineering lead, and I both sign the scale ticket.',
      "Q5. Who pulls it back? Whoever's on call pulls the old version back into the field, no need to call me; it's a flag, a minute or two, any hour.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cn059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'CANARY CENSUS, FORM 19.',
      'Q1. How many on your crew this year? Fourteen: six combine drivers, four truck drivers, two grain-cart hands, a cook and me.',
      'Q2. Where does the run start? Down around Vernon, Texas in late May, then up through Altus and Kingfisher and over thataway into Kansas by the Fourth.',
      "Q3. What do you look for in a hand? Somebody who'll grease the header before breakfast without being told. It's a fur piece from home for three months, so they'd better get along.",
      'Q4. Hardest part of the season? Rain. A wet week and every farmer in the county wants you on his place the same morning.',
      'Q5. Anything else? Might oughta mention we feed the crew better than anybody on the run.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'CANARY CENSUS, FORM 20.',
      "Q1. What does your model do? Reads a farmer's booking note, the county's rain and the heat units, and guesses the day the wheat'll test dry enough to cut.",
      "Q2. Where'd the training come from? Eleven seasons of our own scale tickets, moisture readings and the co-op's test weights.",
      "Q3. What's it worst at? Late freezes. A May freeze in Alfalfa County throws it a fur piece off.",
      "Q4. Favourite feature? It talks plain; farmers don't want a weather lecture.",
      "Q5. What's next for it? Adding the Canadian prairies next year, if the crew heads that far north.",
    ].join('\n'),
  },
];
