import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-sixth fresh set, author c: strong answers (cn041–cn047), written blind and labelled by
 * hand. Every answer is a filled-in census form in the voice of an Oklahoma custom wheat-harvest
 * crew booking PM. Model answers cover P C T H S R A M; service answers cover P C T H S R A.
 */
export const EIGHTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cn041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CANARY CENSUS, FORM 1. Household: the harvest booking outfit, Enid office.',
      'Q1. What is changing on your place? Our field-ready estimator moves to a bigger model with a longer memory; the prompt stays put. Evals came up three points; the money folks ask what each estimate costs.',
      'Q2. Who decides what in this household? I own the order folks get it in, the limits that send it home and how long we sit at each stop. Engineering owns the flag, the routing and the deploy.',
      "Q3. Who goes first, and why? Our own crew: drivers and office hands book test fields every spring and holler the minute something's off. Then the early-look list, who asked to try new things. Then regulars by county, Kingfisher and Garfield first, where we've cut longest. Last come first-season bookers and the big-acre Panhandle outfits: a bad estimate costs them most, and they've no reason yet to forgive us.",
      'Q4. What sends it home? Written down and signed before one booking moves: errors more than 0.5 % worse than now and we shut the combines down; p95 answer time more than 300 ms worse than now, same; completed bookings more than 2 % worse than the crowd still on the old model, same; cost per estimate more than 40 % over now, same.',
      'Q5. What else do you count on a model? Besides errors and speed: days the estimate misses the real cut date once the scale ticket comes back, the made-up answer rate from our eval harness, thumbs-down from farmers, and tokens per estimate. A miss more than one day worse than now, or made-up answers over 1 %, shut the combines down too.',
      'Q6. Name your stops. The first field at 2 %, the county line at 10 %, the grain elevator at 40 %, then the whole run. Each holds for 400 bookings or three days, whichever comes later.',
      'Q7. Who says go? The crew boss, Dale, who leads engineering, and I both sign the scale ticket at every stop.',
      "Q8. Who pulls it back? Whoever's on call pulls the old version back into the field, no need to call me. Any hour, weekends too. It's a flag flip that's done in under five minutes, not a redeploy.",
      "Q9. Does this prove the bigger model's better? No sir, just that it's safe to run. Better or not, a randomised A/B test afterward tells us, and I've already booked it.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CANARY CENSUS, FORM 2 (SHORT). Field-ready estimator.',
      'Q1. Change: a cheaper, quicker estimator model. Ratings are sparse; the harness grades one in two hundred.',
      "Q2. Whose call? Mine: who gets it when, limits, holds. Engineering's: flag and routing.",
      "Q3. Order: our own crew, then early-look sign-ups, then ten-season regulars in Alfalfa and Grant counties. First-season bookers last; they'd not forgive a bad call.",
      'Q4. Limits, signed before any booking moves: errors more than 0.5 % worse than now and we shut the combines down. p95 more than 250 ms worse, same. Bookings more than 2 % worse, same. Estimate miss more than one day worse, same.',
      "Q5. Model signals: estimate miss against scale tickets, eval-harness made-up answers, thumbs-down, cost per estimate. Feedback's thin as a dry creek, so the harness grades one in twenty during the canary.",
      'Q6. Stops: the first field 5 %, the county line 20 %, the grain elevator 50 %. Each holds till 2,000 estimates are graded, however long that takes.',
      'Q7. Go: the crew boss and I both sign the scale ticket at each stop.',
      "Q8. Back: whoever's on call pulls the old version back into the field, no need to call me. A switch, minutes, any hour.",
      'Q9. Better? Canary says safe, nothing more; better takes a randomised A/B test afterward.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CANARY CENSUS, FORM 3. Questions printed, answers wrote in by hand. One answer crossed out, see Q4.',
      "Q1. What changed? The estimator's prompt got rewrote to sound warmer and more neighborly. Our English speakers checked it. About a quarter of our farmers book in Spanish, mostly down in Texas and over thataway toward the valley, and with them usted and tú ain't the same thing at all.",
      "Q2. Whose decisions are whose? Mine: the order, the limits, how long we sit at each stop. Engineering's: the prompt flag, the routing, the deploy.",
      'Q3. When do the limits get set? Before a single booking sees the new prompt, on paper, signed.',
      "Q4. Who goes first? [crossed out: a random 5 % of everybody] [wrote in again: our own crew first, English and Spanish speakers both, since they'll tell us straight. Then the early-look list. Then regulars with five or more seasons booked, Kingfisher and Kay counties first. Spanish-speaking bookers come in only after their own small slice has held clean, and first-season customers go last, because a too-familiar estimate in the wrong address loses them for good.]",
      "Q5. What shuts it down? Errors more than 0.5 % worse than now and we shut the combines down. p95 more than 200 ms worse than now, same. Thumbs-down more than 2 points worse than now in either language, same. Bookings more than 2 % worse than the old prompt's crowd, same.",
      'Q6. Model signals, beyond errors and latency? Thumbs-down split by language, the formality slip rate the eval harness grades on Spanish answers, and the days the estimate misses the cut. Each one gated, each one read per language, not blended.',
      'Q7. Stops and holds? The first field at 5 %, the county line at 25 %, the grain elevator at 50 %, then the whole run. Each stop holds a full week of wheat harvest, so enough Spanish bookings come through to read.',
      'Q8. Who signs? The crew boss and I both sign the scale ticket before each stop opens.',
      "Q9. Who pulls it back? Whoever's on call pulls the old version back into the field, no need to call me. The old prompt stays behind a flag; switching back takes a couple minutes at any hour.",
      "Q10. Is it better? The canary just tells us it's safe. Whether warmer books more, a randomised A/B test afterward settles that.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'CANARY CENSUS, FORM 4. Household: the field-ready estimator. Answer every question in ink.',
      "Q1. What's new? A model that pulls more facts per estimate from each region's weather store: rain gauges, soil moisture, the test cuttings. Those stores were sized for the old model. The office is in Enid, but the northern farmers, a fur piece up thataway, book at daybreak, when nobody's at a desk.",
      'Q2. Who owns what? I own who sees it in what order, the numbers that stop it, and the holds. Engineering owns the routing, the flag and the stores themselves.',
      "Q3. Order of households? First our own crew's test bookings. Next the early-look farmers who asked to try things. Then counties close to home, Grant and Alfalfa, where customers of eight seasons or more will shrug off a slow morning. The Dakotas and Montana come in by region only after the southern slice has held, since theirs is the smallest store; first-season bookers and the big-acre outfits go last, they've the most to lose.",
      "Q4. What stops it? Signed before anything moves, per region: errors more than 0.5 % worse than now and we shut the combines down; p95 more than 250 ms worse than now, same; bookings more than 2 % worse than the old model's crowd, same.",
      "Q5. Model signals? Estimate miss in days against the scale tickets, the eval harness's made-up-answer rate, thumbs-down, and cost per estimate. Estimate miss and thumbs-down are gated alongside errors, not just looked at.",
      "Q6. Stops? The first field at 1 %, the county line at 10 %, the grain elevator at 50 %. Every stop holds a full week of wheat harvest, so each region's daybreak rush comes through at least five times before we roll on.",
      'Q7. Who okays the move? The crew boss and I both sign the scale ticket, every stop.',
      "Q8. Rollback? Whoever's on call pulls the old version back into the field, no need to call me. Five in the morning included. It's a routing switch, a few minutes, no redeploy.",
      "Q9. Does the canary say it's better? Nope. It says it's safe. If we want to know whether it books more, we run a randomised A/B test after we're all the way out.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cn045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'CANARY CENSUS, FORM 5. Filled out by a PM who ran a custom wheat crew for twelve summers, so pardon the farm talk.',
      "Q1. What's changing? Payments in the delivery app move to the provider's new SDK, which adds wallet payments. It passed the provider's certification. Friday dinner is the busiest hour of the week.",
      'Q2. Who owns what? I own the order of customers, the limits and the holds. Engineering owns the SDK flag, the routing and the app release. Same as harvest: the crew boss runs the machines, I decide which field we cut.',
      "Q3. Who pays with it first? Our own staff ordering lunch. Then the beta list that opted in. Then long-time customers city by city, the ones with three or more years ordering, iOS and Android both, split so we can see each. First-time customers and the big office accounts go last: one failed first payment and they're gone.",
      'Q4. What sends it home? Written before the first order, signed: payment failures more than 0.5 % worse than now on either platform and we shut the combines down; p99 payment time more than 200 ms worse than now, same; completed orders more than 2 % worse than the group on the old SDK, same. We read it in five-minute windows, since a failure that comes in bursts hides in an hourly average.',
      "Q5. Stops? The first field at 1 %, the county line at 10 %, the grain elevator at 50 %, then everybody. Each holds for at least 20,000 payments and one full Friday dinner before it rolls on. We don't open a new stop on a Friday afternoon, same as you might oughta not start a new field with a storm coming.",
      'Q6. Who says go? The crew boss, our engineering lead, and I both sign the scale ticket at each stop.',
      "Q7. Who pulls it back? Whoever's on call pulls the old version back into the field, no need to call me. Midnight or dinner rush. The old SDK stays behind a server-side switch; flipping it takes about two minutes and no app store release.",
      "Q8. Will this show wallets sell more? No. The canary shows it's safe to take money with. Whether wallets lift orders is a randomised A/B test after it's out.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cn046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'CANARY CENSUS, FORM 6, the short one.',
      'Q1. Change: task storage moves off our own database onto a managed cluster behind a new proxy. Load tests only ran with warm caches.',
      "Q2. My part: order, limits, holds. Engineering's part: proxy, routing, deploy.",
      "Q3. Order: our own teams, then the beta workspaces that opted in, then small teams with several years on the tool, region by region. Big paying customers and brand-new signups last; they've the least patience.",
      'Q4. Limits, signed before one read moves: errors more than 0.5 % worse than now and we shut the combines down; p99 page load more than 200 ms worse, same; tasks saved more than 2 % worse, same.',
      'Q5. Stops: the first field 1 %, the county line 10 %, the grain elevator 50 %. Each holds through a Monday-morning peak, cold caches and all.',
      'Q6. Go: the crew boss and I both sign the scale ticket at each stop.',
      "Q7. Back: whoever's on call pulls the old version back into the field, no need to call me. Proxy switch, minutes, any hour. The old cluster stays up till we're done; I reckon you don't sell the old combine mid-harvest.",
      "Q8. Better? A canary says safe. Better takes a randomised A/B test after, and we'll run one.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cn047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'CANARY CENSUS, FORM 7. The PM answering cut wheat for a living before this, so the stops have harvest names.',
      "Q1. What's moving? Fare calculation moves to a new pricing service. Rollout starts Tuesday evening. That service shares the nightly batch window with billing, and trips never stop, they just peak on weekend nights.",
      'Q2. Who decides what? I decide the order riders see it in, the limits, the holds, and who can pull it. Engineering owns the routing, the service and the deploy.',
      "Q3. What order? Our own staff's rides first. Then the riders who opted into the beta. Then cities in order of how long we've run there, older markets and riders of three or more years ahead. New cities, first-ride customers and the airport routes, where one wrong fare makes the news, go last.",
      "Q4. What stops it? Agreed and signed Tuesday afternoon, before one fare moves: pricing errors more than 0.5 % worse than now and we shut the combines down; p99 quote time more than 200 ms worse than now, same; fares off from the old service's figure by more than 1 % on more than 0.1 % of trips, same; trips booked more than 2 % worse than riders on the old service, same. Read through the batch window too, not just daytime.",
      "Q5. Stops and holds? The first field at 1 %, the county line at 10 %, the grain elevator at 50 %, then all. Each holds at least two nights, one of them through the batch window, and the last one through a weekend night. It's a fur piece slower than the team wanted, and that's on purpose.",
      'Q6. Who signs? The crew boss, our engineering lead, and I both sign the scale ticket at each stop, in daylight.',
      "Q7. Who may roll back at 2 a.m.? Whoever's on call pulls the old version back into the field, no need to call me. Nobody needs my say-so or the crew boss's at any hour. The old pricing service stays warm behind a routing switch; flipping it takes under five minutes, no redeploy. We drill it once on Tuesday before launch.",
      "Q8. Does this tell us the new fares are better? No. It tells us they're safe and right. Better is a randomised A/B test, later.",
    ].join('\n'),
  },
];
