import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventy-fourth fresh set, author c: strong answers (cb041–cb047), written blind, labelled by hand. */
export const SEVENTY_FOURTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Cajun speech, charter-chatbot PM, running talk, dock board, water stages, lagniappe
  {
    id: 'cb041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Mais, cher, I've done this very thing with the booking chatbot at a fishing-charter outfit out of Cocodrie, so let me tell you how I'd bring the bigger model onto the payroll assistant.",
      "What's mine and what's not: me, I own who sees it in what order, the numbers that pull it, how long we sit at each stage and who says go. Engineering owns the deploy, the routing and the flag, and I leave that to them.",
      'Who goes first: our own HR and payroll staff, because they know a right payslip answer when they see one. Then the customers who opted into early access. Then the regular accounts. Last come the biggest payroll customers and anybody brand new still setting up, because a wrong answer about leave or pay hurts them worst.',
      "Before one conversation moves, we write the limits on the dock board, that's what we call the release board. Error rate more than 0.5 % worse than today, it comes out. p95 latency more than 400 ms worse than today, it comes out. Hallucination rate on the eval harness more than 1 point worse than today, it comes out. Thumbs-down more than 2 points worse, it comes out. Finance asked about money, so cost per conversation more than 25 % worse than today, it comes out too. And questions resolved without a support ticket more than 2 % worse than the baseline, same thing.",
      'Stages I name after the water on the way out. The bayou is staff at 1 %, the bay is early access at 5 %, the pass is 25 % and the Gulf is everybody. We sit in the bay a full week of Saturday charters, Saturday to Saturday, so we ride through a payday, and at least two days at every other stage. Before we leave each one, the support lead and me both mark it "good to go" on the dock board. No two marks, the boat stays tied up.',
      "Rollback: whoever's on call puts the old chatbot back, day or night, without asking me first. It's a switch in the router, done in under five minutes, no redeploy.",
      "And hear me: this tells us the bigger model is safe, not that it's better. To know better, we run a randomised A/B test after.",
      'Lagniappe: have finance look at the token bill that first Monday. A longer context window eats tokens quiet-like.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · Cajun register, what gets chalked on the dock board: short lines, arrows between water stages, lagniappe
  {
    id: 'cb042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "What I'd chalk on the dock board for the new payment SDK, cher:",
      "Mine: who goes when, the numbers that pull it, how long we sit, who says go. Engineering's: the SDK build, the routing, the flag.",
      'Who rides first: staff paying for their own supper, then beta folks signed up early for wallets, then iPhone customers. Android customers and first-time orderers go last, because the new SDK is least proven there and a failed payment at dinner loses a real order.',
      'Written before we start, against today: payment errors more than 0.3 % worse than today, it comes out. p99 payment time more than 250 ms worse, it comes out. Completed orders more than 1.5 % worse than the baseline, it comes out. Counted per five minutes, not per day.',
      'The bayou 2 % → the bay 10 % → the pass 30 % → the Gulf 100 %. Each water holds through one Friday dinner rush before we move.',
      'The ops lead and me both mark it "good to go" before we go further out.',
      "Whoever's on call puts the old SDK back: a config switch, two minutes, any hour, nobody's permission.",
      "This shows it's safe. Whether wallets sell more is an A/B test afterwards.",
      'Lagniappe: split Android by app version; bursts hide in one.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · Cajun speech, the release told as a boat trip from the dock out to the Gulf, lagniappe
  {
    id: 'cb043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me take you out on the boat, cher, because that's how I think about a prompt change.",
      'Before we leave the dock, we settle who does what. Engineering owns the prompt deploy, the flag and how traffic gets split. Me, I own the order folks come aboard, the numbers that send us home, how long we stay out at each water and who says we go further.',
      "Also before we leave the dock, the limits go on the board, against today's prompt. Thumbs-down rate more than 1.5 points worse than today, in either language, it comes out. The eval harness score on tone and correct formal address more than 3 points worse, it comes out. Errors more than 0.5 % worse or p95 latency more than 300 ms worse, it comes out. Tokens per reply more than 15 % worse, it comes out, because warmer usually means wordier. Emails actually sent from a draft more than 2 % below the baseline, it comes out.",
      'The bayou: our own people, English and German speakers both, about 1 %, for three days. The bay: users who opted into early features, still both languages, 5 %, for a full week of Saturday charters, so we see a real week of mail. The pass: 25 % of English users. The Gulf: everybody, and German users come aboard last, because the German side is where a casual "du" to a client\'s boss does the damage and nobody on the review team reads German.',
      'We don\'t leave any water till the localisation lead and me both mark it "good to go" on the dock board.',
      "If a line gets crossed, whoever's on call puts the old prompt back. It's a config value, two minutes, three in the morning or three in the afternoon, and they don't call me first. I'd rather apologise for a false alarm than for a week of rude German email.",
      "The canary only tells us the warm prompt is safe to keep. Whether it's better, whether people like it more, that's a randomised A/B test afterwards, German and English measured on their own.",
      'Lagniappe: put a German speaker on the eval rubric before the bayou, not after.',
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · Cajun speech opening on a hurricane story (Ida, a 2 a.m. failure nobody could pull), then the plan, lagniappe
  {
    id: 'cb044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Let me start with a hurricane, cher, because it's why I care who can roll back at two in the morning.",
      'When Ida came through, our charter booking system got a change pushed the evening before landfall, and at two a.m. it started double-charging cancellations. The one person allowed to pull it was evacuating to Baton Rouge with no signal. We sat there four hours watching refunds pile up. Never again.',
      "So for the fare service: whoever's on call that night puts the old pricing service back on their own say-so. No approval, no waking me up first, they tell us in the morning. And it's a routing switch in the gateway, back in under five minutes, not a redeploy, which we test on Tuesday afternoon before any rider sees the new fares.",
      "What's mine: the order riders come in, the limits, the holds and who signs. Engineering owns the service, the gateway routing and the flag.",
      'The limits, written on the dock board Tuesday before the rollout starts, every one against today: fare errors more than 0.2 % worse than today, it comes out. p99 fare quote more than 150 ms worse, it comes out. Completed trips more than 1 % worse than the baseline, it comes out. Billing mismatches from the nightly batch more than 0.1 % above today, it comes out.',
      'Order: staff riding on the company account first; then riders in the beta program; then weekday riders in one small city; busy weekend-night cities and new riders last, because a bad fare on a first trip loses that rider for good.',
      'Stages: the bayou is staff, the bay is 5 %, the pass is 25 %, the Gulf is everybody. We hold every stage through at least one nightly batch window with billing, and the pass holds through a full weekend of nights before the Gulf, since that\'s when trips peak. Before each move, the duty SRE lead and me both mark it "good to go" on the dock board.',
      'This canary tells us the new pricing service is safe, not that the new fares earn more. For better, we run a randomised A/B test afterwards.',
      "Lagniappe: put the on-call's name on the dock board next to the switch, so nobody at 2 a.m. wonders whose call it is.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Cajun register, clipped short answer, holds as counts of graded summaries ("count trips"), lagniappe
  {
    id: 'cb045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Short version, cher. Engineering runs the model swap and the routing; I own the order, the limits, the holds and who signs.',
      'Order: our in-house vet advisers first, then clinics that asked for early access, then the rest. Busy multi-vet practices go last; they lean on summaries hardest.',
      "Traffic's thin, so we count trips, not hours. The eval harness grades one summary in two hundred, too few, so for the canary we grade one in ten. The bayou holds until 1,500 summaries are graded, the bay until 3,000, then the pass, then the Gulf.",
      'Fixed before we start, against today: hallucinated findings more than 1 point worse than today, it comes out. Vets editing a summary more than 3 points above the baseline, it comes out. Errors more than 0.5 % worse or p95 more than 300 ms worse, it comes out. Cost per summary we watch, expecting it to fall.',
      'The clinical lead and me both mark each stage "good to go" on the dock board.',
      "Whoever's on call puts the old model back, a flag flip, under five minutes, any hour, no asking.",
      'Safe is all this proves. Whether vets prefer it: an A/B test after.',
      'Lagniappe: thumbs are sparse, so read the edits.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Cajun speech built on "making groceries", water stages, dock board, lagniappe
  {
    id: 'cb046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Mais, this one's about folks making groceries, so I'll talk like I'm making groceries too.",
      'Who owns what: engineering owns the model deploy, the feature stores and the traffic split. I own which shoppers see it first, the numbers that send it home, how long each stage sits and who signs the next step.',
      "Shoppers, in order: Berlin staff first, because they'll tell us quick if the baskets look crazy. Then the customers in both regions who opted into trying new features. Then regular European shoppers. Singapore and the rest of South-East Asia come last, because those feature stores are the ones sized for the old model and their lunch rush is the hard test.",
      "Limits go on the dock board before the first basket is recommended, all against today's model. p95 home-screen latency more than 200 ms worse than today, it comes out. Feature-store timeouts more than 0.5 % worse, it comes out. Add-to-cart from a recommended basket more than 2 % below the baseline, it comes out. Shoppers dismissing a suggested basket more than 3 points worse, it comes out. Compute cost per recommendation more than 20 % worse, it comes out. And if the offline replay eval on last week's baskets scores more than 2 points below the old model, it doesn't even leave the dock.",
      'Stages: the bayou is staff, the bay is opted-in shoppers at 5 %, the pass is 25 % with both regions in it, the Gulf is everybody. Each stage holds through at least three Singapore lunch peaks, and somebody in Berlin watches at six in the morning their time when that peak lands. The pass holds a full week of Saturday charters so a whole weekly cycle is in it.',
      'The data-science lead and me both mark each step "good to go" on the dock board.',
      "Whoever's on call, the Berlin on-call or the Singapore on-call, puts the old model back with the routing switch in a few minutes, any hour, no waiting on me.",
      "Last thing: this shows it's safe to run, not that it sells more baskets. Better is a randomised A/B test after the Gulf.",
      'Lagniappe: ask for a feature-store load alarm at 70 %, so you hear it from the alarm before you hear it from a timeout.',
    ].join('\n'),
  },
  // storage-migration-under-load (service) · Cajun speech with "save the dishes" (keep the old cluster), water stages, dock board, lagniappe
  {
    id: 'cb047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Cher, the first thing I'd say in the room: that old cluster stays alive till this is done, end of the month or not. You don't throw out the old pot before supper's eaten and the dishes are saved.",
      'Who owns what: engineering owns the managed cluster, the proxy, the data copy and the routing. I own which teams move in what order, the limits, the holds and who says go.',
      "Order: our own workspaces first, because we live in the tool all day and we'll feel slowness before any customer. Then customer teams who opted into the early-access program. Then small teams. The biggest accounts go last, because they're the heaviest load and a slow board at nine on a Monday costs us the renewal.",
      'Limits, written on the dock board before a single page reads from the new cluster, against today: error rate on task reads more than 0.3 % worse than today, it comes out. p99 page load more than 250 ms worse, it comes out. Tasks created per active user more than 2 % below the baseline, it comes out.',
      'Stages: the bayou is our workspaces, the bay is early access at 5 %, the pass is 25 %, the Gulf is everybody. Those load tests ran warm, so each stage holds across at least one Monday-morning peak from a cold start, and the pass holds for a full week of Saturday charters, two Mondays in it. The engineering lead and me both mark it "good to go" on the dock board before we move further out.',
      "Rollback: whoever's on call points the proxy back at the old cluster, on their own call, any hour, in about two minutes. That only works because the old cluster is still there and writes go to both, so that's my condition for the whole plan.",
      "And the canary tells us the new cluster is safe, not that it's better. If anyone wants to claim it's faster for users, that's a randomised A/B test afterwards.",
      "Lagniappe: ask for one cold-cache restart on purpose while we're in the bay.",
    ].join('\n'),
  },
];
