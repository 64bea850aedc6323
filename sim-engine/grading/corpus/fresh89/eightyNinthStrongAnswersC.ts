import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-ninth fresh set, author c: strong answers (cq041–cq047), written blind and labelled by
 * hand. Voice: a Vermont sugarhouse tour booking PM calling a square dance (see README-c.md).
 */
export const EIGHTY_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cq041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Square up your sets, folks! (Our booking assistant tells visitors when the sap will run; it moves to a larger model with a longer context window, same prompt.)',
      'Honor your partner, honor your corner! (My part as PM is the figure: who comes onto the floor in what order, where the fiddler stops, how long each stage holds. The engineers own the sound system: the routing, the deploy, the feature flags.)',
      'Circle left with the crew down cellar! (Our own staff first, the boiling crew and the booking desk; they forgive a daft answer and say what was wrong.)',
      "Circle right with the old-timers! (Next, the regulars who opted into the early-tapping list and have toured with us five years or more. Then the rest of Vermont, county by county. First-year visitors and flatlander bus groups last: they're new, they book big, and one bad answer loses them for good.)",
      "Everybody read the chalkboard! (Written on the sugarhouse door before one visitor moves, not after: errors more than 0.5 % worse than now and the fiddler stops; p95 latency more than 300 ms worse than now and the fiddler stops; bookings more than 2 % below the old model's group and the fiddler stops.)",
      'Swing your partner through the model figure! (We gate on the hallucination rate from our eval harness, scored nightly on real questions: more than one point worse than now and the fiddler stops. We watch the thumbs-down rate. And we gate on tokens per conversation, since finance asked what the bigger model costs: more than 30 % dearer and the fiddler stops.)',
      'Promenade to the tapping! (2 % of conversations, holds for 400 tours.)',
      'Promenade to the boil! (20 %, holds a full week of mud season; bookings need that volume.)',
      'Promenade to the grading! (50 %, holds another 600 tours. Then everyone.)',
      "Stop and bow! (Before every advance, the head sugarmaker and I both bow to our partners. That's the sign-off: no bow from both, no promenade.)",
      "And if the fiddler stops? (Whoever's on call swings the old version back in, no need to call me. Any hour, two in the morning included; it's a routing switch in the model config, back in under five minutes, no redeploy.)",
      "Last call before the creemee stand! (The canary only tells us the bigger model is safe. Whether it's better, whether it books more tours, is for a randomised A/B test afterwards, not the canary crowd.)",
      "Thank your partners, you're all set.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Square your sets! (The guides' morning sap report moves to a cheaper, faster model.)",
      'Honor your partner! (I call the figure: order, limits, holds. Engineering runs routing and flags.)',
      "Circle left! (Crew down cellar first, then opted-in regulars who've toured with us five years and more, then county by county, Chittenden last, most bookings come from there; first-timers last of all, the fragile ones.)",
      'Read the board, chalked before the music! (Errors more than 0.5 % worse than now and the fiddler stops; p95 more than 150 ms worse, fiddler stops.)',
      'Swing the model figure! (The eval harness grades one report in two hundred, too quiet at 5 %, so in the canary it grades one in ten: made-up facts more than one point worse than now, fiddler stops. Thumbs-down rate watched, gated at 300 ratings.)',
      'Promenade! (The tapping, 5 %, holds 500 reports; the boil, 25 %, holds a full week of mud season; the grading, 60 %, holds 800 reports; then all.)',
      'Bow! (At each, the head sugarmaker and I both bow to our partners before moving on.)',
      "Fiddler stops? (Whoever's on call swings the old version back in, no need to call me: any hour, a config switch, under five minutes.)",
      'Promenade home! (Canary says safe, not better; better is a randomised A/B test afterwards.)',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cq043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Square 'em up, the evaporator's roaring down cellar. (The new sap-run model reads more per request, tap sensors, snowpack, weather stations, from the regional feature stores: one for our Vermont sugarhouses, one for the partner houses up in the Beauce, both sized for the old model.)",
      "Honor your partner! (I'm the caller, not the sound man: I own the order onto the floor, the limits where the fiddler stops, and every stage's hold. Engineering owns the routing, the deploy and the flags.)",
      "Bow to your corner! (Chalked on the sugarhouse door before a single request moves: errors more than 0.4 % worse than now and the fiddler stops; p99 more than 250 ms worse, the fiddler stops; feature-store timeouts above 1 %, the fiddler stops; tours booked more than 2 % below the old model's group, the fiddler stops.)",
      "Swing your partner, model style! (We gate on forecast miss, days between the predicted run and the buckets: more than half a day worse than now and the fiddler stops. And we watch the thumbs-down rate on the 'when should we come' answers.)",
      "Circle left! (Crew and booking desk first; they forgive anything. Then the opted-in early-tapping list, folks who've toured with us five years and more. Then county by county, Orleans and Caledonia before Chittenden, the Beauce houses in every stage so both stores carry load. First-year visitors and flatlander bus tours last: they book in blocks and never come back after a bad day.)",
      "Promenade to the tapping! (5 %, held through 300 tours and both regions' busy hours, including the Beauce bus operators booking at six in the morning our time.)",
      "Promenade to the boil! Whoa, hold your places: Earl heard 'promenade to them all' and he's halfway out the door. I said the BOIL. Calling it again: promenade to the boil! (25 %, a full week of mud season, nobody further.)",
      'Promenade to the grading! (60 %, held for 700 tours. Then everyone.)',
      'Bow to your partners! (At every stage the head sugarmaker and I both bow to our partners before the set moves on; one bow missing and we stay put.)',
      "And when the fiddler stops? (Whoever's on call swings the old version back in, no need to call me: any hour, six a.m. rush included, a routing switch back to the old model, under five minutes, no redeploy.)",
      "Allemande left and home! (The canary tells us it's safe, not better; whether it books more tours is a randomised A/B test afterwards.)",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cq044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Grab your partners, it's the friendlier prompt. (Our booking assistant's system prompt was rewritten to sound like a neighbour at the creemee window: warm, casual, first names. The English-speaking crew reviewed it, but a quarter of our visitors write in French, down from Quebec, where a breezy 'tu' to a stranger lands wrong.)",
      "Honor your partner! (The PM's part of this dance: the order groups come on, the limits, the holds. The engineers' part: the flag, the routing, the deploy. I call; they run the sound.)",
      'Circle left with the sugarhouse crew! (Staff first, and that means our two French-speaking guides too, so the French side is heard on day one.)',
      "Circle right with the old regulars! (Then the opted-in early-access list: visitors who've toured with us four years and more, in English and in French, from Franklin and Grand Isle counties on the border and from across it. Then the other counties. First-time visitors last, French-speaking first-timers last of all; they're the ones a wrong 'tu' loses.)",
      "Everybody read the board! (Set before the prompt touches anyone: thumbs-down rate more than 2 points worse than now in either language and the fiddler stops, French counted on its own; errors more than 0.5 % worse than now and the fiddler stops; p95 more than 200 ms worse and the fiddler stops; bookings through the assistant more than 2 % below the old prompt's group and the fiddler stops.)",
      "Swing through the model figure! (Beyond errors and speed, the eval harness runs a formality check on every sampled French answer: more than 3 % of them saying 'tu' to a stranger and the fiddler stops. It also scores made-up tour facts; more than one point worse than now, same again.)",
      'Promenade to the tapping! (2 %, held until 300 conversations in French alone.)',
      'Promenade to the boil! (20 %, held a full week of mud season.)',
      'Promenade to the grading! (50 %, held another 500 tours. Then all.)',
      'Bow to your partners! (At each advance the head sugarmaker and I both bow to our partners; that is the sign-off, and without it nobody promenades.)',
      "Fiddler stops? (Whoever's on call swings the old version back in, no need to call me: any hour, the old prompt is a config value, back in two minutes, no redeploy.)",
      'Thank your partners! (The canary tells us the warmer prompt is safe. Whether warmer sells more tours is for a randomised A/B test afterwards.)',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cq045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Take your places, folks, and mind the mud in the dooryard. (A backend dance: the price of every tour ticket, sugar-on-snow afternoons and overnight boils alike, moves to a new pricing service. In March we boil all night and overnight tours book around the clock, never stopping entirely. We start Tuesday evening, and the new service shares the nightly batch window with billing.)',
      'Honor your partner! (Farm-stand rule: whoever minds the stand decides what goes on the table and in what order, whoever built the stand keeps it standing. As PM I own the cohort order, the limits and the holds; engineering owns the routing, the deploy and the flags.)',
      "Circle left! (Staff first: the crew books their families' tickets through it. Then the opted-in regulars who've toured with us six years and more. Then county by county, Windsor and Orange before Rutland and Chittenden, where most of our volume comes from. First-timers and the flatlander bus groups last: new, the biggest bookings, the least forgiving.)",
      "Look at the chalkboard! (Chalked before the first ticket is priced by it, the way the farm stand prices go up before the first car pulls in: any price more than one cent off the old service in the side-by-side comparison and the fiddler stops; errors more than 0.3 % worse than now and the fiddler stops; p99 more than 150 ms worse than now and the fiddler stops; completed bookings more than 2 % below the old service's group and the fiddler stops; the billing batch finishing more than 20 minutes late and the fiddler stops.)",
      'Promenade to the tapping! (1 %, held through 200 tours and two nightly batch windows.)',
      'Promenade to the boil! (10 %, held a full week of mud season, weekend nights included.)',
      'Promenade to the grading! (50 %, held for 800 tours. Then everyone.)',
      'Stop and bow! (Before each promenade the head sugarmaker and I both bow to our partners: that is the sign-off for the next stage.)',
      "Now the two-in-the-morning call! (If the fiddler stops at 2 a.m. in the middle of the batch, whoever's on call swings the old version back in, no need to call me, no need to call anybody. It's the routing switch back to the old pricing service, under five minutes, no redeploy. I'd rather read about it over breakfast.)",
      "Promenade home! (All this shows the new pricing service is safe, not that it's better. Whether it sells more is a randomised A/B test afterwards.)",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cq046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Square up! (The farm stand's app sells syrup and tour tickets; payments move to the provider's new SDK, adding wallets. Saturday sugar-on-snow is our busiest hour.)",
      'Honor your partner! (I call order, limits and holds; engineering owns the SDK rollout, routing and flags.)',
      "Circle left! (Staff phones, then opted-in regulars touring with us three years and up, then county by county; first-time buyers last, they don't retry a failed payment.)",
      "Read the board, chalked before any money moves! (Payment failures more than 0.5 % worse than now on Android or on iPhone, counted in five-minute windows so a burst can't hide in a daily average, and the fiddler stops; checkout p99 more than 300 ms worse, fiddler stops; orders more than 2 % below the old-SDK group, fiddler stops.)",
      'Promenade! (The tapping, 2 %, holds 400 orders; the boil, 20 %, holds through a Saturday sugar-on-snow; the grading, 50 %, holds 1,500 orders; then all.)',
      'Bow! (At each, the head sugarmaker and I both bow to our partners, or nobody moves on.)',
      "Fiddler stops, any hour? (Whoever's on call swings the old version back in, no need to call me: a flag flip to the old SDK path, done in minutes, no redeploy.)",
      'Bow out! (Canary proves safe, not better; wallets selling more is a randomised A/B test afterwards.)',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cq047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Square your sets! (A backend dance this time. Our booking records, every tour and every guest list, live on a database server down cellar next to the sap tank. They move to a managed cluster behind a new proxy. The load tests passed at peak, but with warm caches, and the old server gets unplugged at the end of the month.)',
      'Honor your partner! (Farm-stand habit: I decide what goes on the table and in what order; the fellow who built the stand keeps the roof on. As PM I own the cohort order, the rollback limits and the holds. Engineering owns the proxy, the routing, the deploy and the migration itself.)',
      'Honor your corner! (Chalked up before the first read moves, not after: errors more than 0.2 % worse than now and the fiddler stops; p99 page loads more than 200 ms worse than now and the fiddler stops; proxy connection errors above 0.1 % and the fiddler stops; tours booked more than 2 % below the old-database group and the fiddler stops.)',
      "Circle left! (Our own crew first; the booking desk lives in this tool all day. Then the guides and regular visitors who opted into early access and have toured with us five years or more. Then county by county, Addison and Orleans first, Chittenden last, since that's where most of our group bookings come from. New partner sugarhouses and first-time group organisers go last of all.)",
      'Promenade to the tapping! (1 %, held for 300 tours and one cold start: engineering empties the cache once so we see it cold, the thing the load test never did.)',
      'Promenade to the boil! (20 %, held a full week of mud season, Saturday peak included.)',
      'Promenade to the grading! (50 %, held for 1,000 tours. Then everyone.)',
      'Stop and bow! (Before each promenade the head sugarmaker and I both bow to our partners; that is the sign-off, and no end-of-month date hurries a bow.)',
      "Fiddler stops? (Whoever's on call swings the old version back in, no need to call me, at any hour. The proxy sends traffic back to the old server in a couple of minutes, no redeploy. That's also why the old server stays plugged in down cellar until the grading's done, whatever the calendar says.)",
      "Allemande left and home! (The canary tells us the new cluster is safe. It doesn't tell us it's better; if we care whether it's faster for visitors, a randomised A/B test answers that afterwards.)",
    ].join('\n'),
  },
];
