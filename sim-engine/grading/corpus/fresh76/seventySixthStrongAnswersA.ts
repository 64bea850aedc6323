import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-sixth fresh set, author a: strong answers (cd001–cd007), written blind, labelled by hand
 * before anything was run. Voice: a Baltimore crab-house reservation app PM (README-a.md).
 */
export const SEVENTY_SIXTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Bawlmer speech, crab-feast tables, spoken monologue
  {
    id: 'cd001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Okay hon, I run the reservations app for a crab house down by Fells Point, so my stages are named after the tables at a crab feast.',
      "First, what's mine and what ain't. Mine as the PM: who gets the bigger model and in what order, the numbers that make us pull it, and how long each table sits before we move. Engineering's: the routing, the deploy, the flag itself.",
      "The order. The first table is our own people, the HR and payroll folks inside the company who'll tell us straight when a payslip answer is wrong. The long table is customers who opted into early access, the ones with the most summers on our books first, because they know what a right answer looks like. The whole deck is everybody else, and companies in their first year and the big payroll accounts sit down last, because a new customer who gets a wrong answer about leave don't give you a second chance.",
      "The limits, written down and agreed before one conversation moves. If errors are more than half a percent worse than today, hon, it comes off. If p95 latency is more than 400 milliseconds worse than today, it comes off; the context window's longer, so I expect some. If the hallucination rate on payslip questions from the eval harness is more than a point worse than the old model, or thumbs-down is more than two points worse than the baseline group, or questions resolved without a ticket drop more than 2 percent against that group, it comes off. Cost per conversation more than 30 percent over today's is a stop too, since Finance asked.",
      'Holds: the first table sits a full week, the long table sits for 5,000 conversations, and the whole deck goes to 25 percent for another week before everybody. Before each move, Denise who runs support operations and Marcus the eng lead both stamp the order pad. No stamps, no next table.',
      "Rollback: whoever's got the pager puts Tuesday's build back. Here that's flipping the flag to the old model, a couple minutes, no redeploy, at two in the morning same as two in the afternoon, and they don't wait on me or anybody to say yes.",
      "Last thing. The canary tells me the bigger model is safe. It don't tell me it's better. Those offline evals went up three points; whether real people are better served is a randomized A/B test afterward.",
    ].join('\n'),
  },
  // checkout-first-order · crab-house specials board (short), Bawlmer asides
  {
    id: 'cd002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "TONIGHT'S BOARD: the one-page checkout",
      "Who's cooking what: I'm the PM, so the seating order, the limits and the holds are mine. Engineering runs the flag, the routing and the deploy.",
      'The first table: our own staff, buying on the live shop.',
      'The long table: customers who opted into early access, returning ones with a few springs of orders.',
      "The whole deck: everybody else, first-time buyers last, since they're who this could lose and the spring campaign brings the most of them.",
      'Holds: first table two days; long table 3,000 orders; whole deck at 25 percent for a full weekend, then 100.',
      'Comes off if, written before a single order moves: errors more than 0.3 % worse than today, p99 checkout time more than 250 ms worse, or first-order conversion more than 2 % worse than the baseline group. More than that worse than today, hon, it comes off.',
      'Order pad: Tina from growth and Lou the eng lead both stamp it before every table.',
      "Pager: whoever's got it puts Tuesday's build back by flipping the flag. Two minutes, any hour, nobody asks permission.",
      "Small print: the canary says it's safe. Whether one page sells better is a randomized A/B test after.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Bawlmer speech, the summer storm story first
  {
    id: 'cd003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Lemme start with a story, hon. Two summers back a storm came up the Bay on a Saturday in July, right after we'd pushed new confirmation texts. Half our guests got a cheery 'see you soon!' for a deck that was under water, and nobody had written down what bad looked like, so we stood there arguing while the phones rang. Never again. So for the warmer email prompt:",
      "What's mine: the order people get it in, the limits, and how long each table holds. Engineering's: the prompt flag, the routing, the deploy.",
      "The order, with reasons. The first table is our own staff, English and German both; we've got people in the Berlin office, so get them in. The long table is users who opted into the beta, split by language so the German ones are a slice I can read on their own, old-timers with a few summers on us first, since they'll say what's off. The whole deck is everybody else, and the German business accounts, the ones writing to clients where Sie or du really matters, sit down last.",
      'Limits, agreed before a single draft uses the new prompt, and checked per language. If thumbs-down is more than 2 points worse than today, hon, it comes off. If the eval harness finds informal address in more than 1 percent of German drafts, or the hallucination rate is more than half a point worse, it comes off. Errors more than 0.5 percent over, p95 latency more than 300 milliseconds over, or the share of drafts people actually send more than 3 percent down against the baseline group: it comes off.',
      'Holds: the first table gets a full weekend of Orioles home games, three days. The long table sits till we have 2,000 German drafts and 2,000 English ones. Then the whole deck at 25 percent for a week before everybody.',
      'Before each table, Klaus who leads German localisation and me both stamp the order pad.',
      "Whoever's got the pager, middle of the night or not, puts Tuesday's prompt back. It's a config switch, takes a minute, and they don't ask anybody first.",
      "And hon, the canary says the warmer prompt is safe. It don't say people like it better. That's a randomized A/B test after.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · a voicemail left for the ride-hailing team, Bawlmer speech
  {
    id: 'cd004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Hey hon, it's Dolores. You asked me to walk through the pricing-service canary before Tuesday, so here's the whole thing on your machine. Call me back if I lose ya.",
      'Split of jobs first. Me, the PM: which riders get the new fares in what order, the numbers that pull it, how long each stage holds. Youse in engineering: the routing, the deploy, the flags.',
      "Tuesday evening is the first table: our own staff and the driver-ops people riding on their own accounts, in one quiet neighbourhood, the suburbs and not downtown. The long table: riders who opted into early access, the ones with two or more summers riding with us first, since they'll report a weird fare. The whole deck: everybody, with airport runs and business accounts last because a wrong fare there costs the most, and brand-new riders last too.",
      'Numbers, signed before anything moves. Fare-calculation errors more than 0.2 percent worse than today, p99 quote time more than 200 milliseconds worse, or completed trips per fare request more than 1.5 percent worse than the baseline riders, and, hon, it comes off. It shares the nightly window with billing, so more than 10 billing mismatches in a night and it comes off.',
      'Holds: the first table runs a full weekend, because we need the Friday and Saturday night peaks. The long table holds for 20,000 trips. The whole deck goes to 25 percent for another weekend before 100. Ravi on the platform team and me both stamp the order pad before each one.',
      "Now the part you're worried about, 2 a.m. Whoever's got the pager puts Tuesday's build back, the pricing service we ran before this started. They don't call me, they don't call Ravi, they don't wait for morning. It's the routing switch back to the old service, under five minutes, no redeploy. A limit's crossed, they pull it, and we talk it over coffee.",
      "And the canary only tells us the new fares are safe. If anybody says the new service earns more, that's a randomized A/B test after. Okay. Call me back.",
    ].join('\n'),
  },
  // quiet-feedback-trap · short spoken answer, Bawlmer, counts of graded summaries as holds
  {
    id: 'cd005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Quick version, hon. Mine: the order, the limits, the holds. Engineering's: the model routing and the flag.",
      'Order: our own vet-tech staff first; then clinics who opted into early access, the ones booked with us three summers or more; new clinics and the busy multi-vet practices last, since a bad summary hurts most there.',
      'Limits, fixed before the first summary moves: errors more than half a percent worse than today, p95 more than 300 ms worse, the eval-harness failure rate on graded summaries more than 2 points worse, or vets editing or thumbing down more than 3 points more often than the baseline clinics. Worse than that, hon, it comes off.',
      "Holds count graded summaries, not days: the harness grades one in two hundred, so I'd turn its sampling up for the canary, and each table holds till 300 canary summaries are graded. The first table, the long table at 20 percent, then the whole deck.",
      'Dr. Patel, our clinical lead, and Joe the eng lead both stamp the order pad before every table.',
      "Whoever's got the pager puts Tuesday's model back with a config switch: minutes, any hour, no permission.",
      'Cheaper is safe, not better. Better is a randomized A/B test after.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts · an Orioles radio play-by-play of the plan, Bawlmer
  {
    id: 'cd006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Alright, I'm gonna call this like the O's radio guys, 'cause that's how my head works. Ain't the beer cold.",
      "Pregame, who plays what. I'm the PM: I set the batting order of who gets the new SDK, the limits that pull it, and how long each inning lasts. Engineering handles the flag, the routing and the deploy.",
      "Leading off, the first table: our own staff ordering dinner on Android and iPhone, plus the delivery team's test phones. Batting second, the long table: customers who opted into early access, the ones who've ordered with us three summers or more, spread over a few neighbourhoods, Canton, Hampden, Towson, so one block's bad signal don't fool us. Cleanup, the whole deck: everybody else, with first-time customers and the big Friday-dinner restaurants last, because a failed payment on somebody's first order and they're gone.",
      "Ground rules, set before the first pitch. If Android payment failures are more than 0.3 percent worse than today, counted per five minutes so the bursts can't hide in a daily average, hon, it comes off. If p99 payment time is more than 400 milliseconds worse, it comes off. If completed orders per checkout are more than 1 percent worse than the baseline group, it comes off.",
      'Innings: the first table holds for 2,000 paid orders. The long table holds a full weekend of Orioles home games, a Friday dinner included. The whole deck goes 25, then 50, then 100 percent, a Friday dinner at each. Between innings Gina from payments ops and Bernie the mobile lead both stamp the order pad, or we stay put.',
      "Rain delay: whoever's got the pager puts Tuesday's build back. The SDK sits behind a server-side flag, so it's a flip to the old payment path in a couple minutes, no app-store release, any hour, and they don't ask me.",
      "Postgame: the canary tells us the new SDK is safe. Wallet payments selling more? That's a randomized A/B test after.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · the plan written as a crab-house order pad, Bawlmer asides
  {
    id: 'cd007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "ORDER PAD: the new basket-recommendation model (I'm a crab-house PM from Bawlmer, hon, so the stages are tables)",
      'Whose job: I own who sits at which table and in what order, the limits, and how long each table holds. Engineering owns the routing, the flag, the deploy and the feature-store sizing.',
      'Limits, written on this pad and agreed before one basket moves. If any of these is more than this much worse than today, hon, it comes off:',
      '- errors on the home screen: 0.5 %',
      '- p95 recommendation time, per region: 150 ms',
      '- p99 feature-store read time in Singapore and in Frankfurt: 100 ms',
      '- baskets added from recommendations, against the baseline group: 2 %',
      '- replay score from the eval harness: 1 point',
      '- compute cost per request: 25 %',
      "- 'not for me' dismissals on recommended baskets: 3 points",
      "THE FIRST TABLE: staff in Berlin and Singapore on their own accounts, 1 % of traffic. Holds through three Singapore lunch peaks, which is early morning in Berlin, so somebody's up for it. Anke, the Berlin eng lead, and Wei Ling, who runs Singapore ops, both stamp the order pad before we move.",
      'THE LONG TABLE: customers who opted into early access, neighbourhood by neighbourhood in both regions, those with two or more summers of orders first because they know what their basket should look like; 10 % of traffic. Holds a full week, both lunch peaks every day. Same two stamps.',
      'THE WHOLE DECK: everyone, 50 % then 100 %, brand-new customers and the big family households last, since a bad first basket loses them. 50 % holds a full week including the Saturday peak. Same two stamps before 100.',
      "Pager: whoever's got it, Berlin at 5 a.m. during Singapore lunch included, puts Tuesday's build back. The flag sends requests to the old model in two minutes, no redeploy, nobody's permission.",
      'After: the canary says the model is safe to serve. Whether it sells more baskets is a randomized A/B test once the whole deck is done.',
    ].join('\n'),
  },
];
