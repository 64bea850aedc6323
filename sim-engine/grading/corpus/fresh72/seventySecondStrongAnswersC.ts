import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-second fresh held-out set, author c: strong answers (bz041–bz047). Written blind
 * (neither the grader nor any other answer file was read) and labelled by hand before anything
 * was run. Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SEVENTY_SECOND_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · voice: Suffolk English register in speech; numbered list of decisions; bells; harvest-supper week; "go you on"; swapping the old model back in
  {
    id: 'bz041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, I'll give it you as the decisions I'd make, in order.",
      "1. What's mine and what ent. I own who gets the bigger model when, where the lines are for pulling it, and how long we sit at each stage. The platform lot own the routing, the deploy and the flag. I dussn't touch those and they don't pick my cohorts.",
      "2. Who goes first. Our own payroll and HR staff get it first — they know a payslip backwards and they'll tell you straight when an answer's squit. Then the customers in the early-access programme, who opted in. Then the general run of admins. Last, the big multi-country accounts and anyone in their first month with us, because a wrong answer about leave or pay hurts them most and they've the least patience.",
      "3. The lines, written down and agreed afore a single conversation moves. Errors: anything more than 0.5 % off what we've got. p95 latency: anything more than 400 ms off. Resolution rate, meaning questions closed without a human ticket: anything more than 2 % off the baseline group. Cost per conversation: anything more than 30 % off what we've got now. Finance asked about cost, so that's a line.",
      '4. The model signals, beyond errors. Hallucination rate from the eval harness, run every day on a sample of live payslip and leave questions; the thumbs-down rate; p95 latency; and tokens per conversation, because that longer context window will eat tokens.',
      "5. The stages, named like the bells. The treble is 2 %, the middle bells are 10 % then 25 %, the tenor is 50 % and then everyone. We hold at each one for a full harvest-supper week — seven days, so a payday lands inside it — and we don't step on till every line is clean.",
      '6. Who says step on. Me and the support-operations lead, both on us. Neither moves it alone; we both say "go you on" or it stays where it is.',
      "7. Who pulls it. Whoever holds the on-call phone, any hour, day or night, without asking me first. That's swapping the old model back in with a config switch, done in under five minutes, not a redeploy.",
      "8. What it don't tell us. The canary says the bigger model is safe. That don't say it's better — that three-point eval bump wants a proper randomised A/B test afterwards, with cost per conversation in the readout.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice: Village-hall hire booking chatbot PM; numbered list of decisions; bells; "anything more than N off what we've got"; "go you on"
  {
    id: 'bz042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I look after a booking chatbot for village halls and we rewrote its prompt last year, so here are my decisions:',
      "1. Mine: the order, the rollback lines, the holds. Engineering's: the prompt flag and the routing.",
      '2. Order: our own staff in both languages first, then opted-in beta users, then English users at large; German users last, because formal address is exactly where a warmer tone offends and no German speaker reviewed it.',
      "3. Lines, fixed before launch and read per language: thumbs-down rate anything more than 1.5 points off what we've got; errors +0.5 %; p95 latency +300 ms; suggestions accepted down more than 2 % against the baseline.",
      '4. Model signals: thumbs-down by locale, the eval harness scoring formality on German samples, tokens per reply.',
      '5. Stages: treble 5 %, middle bells 25 %, tenor 100 %, each held three days and gated on those lines.',
      '6. Sign-off: the German-market lead and I both say "go you on" before each bell.',
      '7. Rollback: whoever holds the on-call phone swaps the old prompt back in — a flag flip, two minutes, any hour, no asking.',
      '8. The canary shows the warmer prompt is safe; whether it is better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: Village-hall hire booking chatbot PM; story about a power cut; bells; harvest-supper week; "go you on"; swapping the old model back in
  {
    id: 'bz043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me start with a power cut, if that's all right. Last winter a storm took the lines down across half the county on a Saturday, and our village-hall booking chatbot — I'm its PM — carried on cheerfully taking bookings for halls with no lights. Nobody rated a single reply that day. We found out on the Monday, from a parish clerk on the phone. What I took from it: when feedback is quiet, quiet doesn't mean fine. That's the whole worry with these vet summaries.",
      "So here's how I'd run it. I own the order of clinics, the rollback limits and how long we hold; the engineers own the model routing and the deploy.",
      'Clinics go in this order: our own in-house vets and the two partner practices who test for us, then clinics who ticked the early-access box, then the rest of the small clinics, and last the busiest multi-vet practices and anyone who joined this quarter — the ones a bad summary would hurt most and who trust us least.',
      "Because vets hardly rate anything and the eval harness only grades one summary in two hundred, I'd have it grade one in ten for canary traffic, so we get hundreds of graded summaries a day instead of a handful. The limits, agreed before any clinic moves: eval score anything more than 3 points off what we've got, invented findings or missed medications on more than 0.5 % of graded summaries, errors up more than 0.5 %, p95 latency up more than 800 ms, and vet edits per summary more than 10 % above the baseline group. Cost per summary we watch as well; that's the reason for the cheaper model.",
      'Stages: the treble at 5 %, the middle bells at 25 %, the tenor at 100 %. We hold each until the harness has graded at least 1,500 canary summaries and a full harvest-supper week of clinic days has gone by, then the clinical lead and I both have to say "go you on" before the next bell rings.',
      'Whoever holds the on-call phone can pull it at any hour without ringing me: swapping the old model back in is a routing switch, done in a couple of minutes.',
      "And the canary only tells us the cheaper model is safe enough. If we want to claim it's as good or better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: Bells as section leads; count of jumble sales for holds; "anything more than N off what we've got"; "go you on"; swapping the old model back in by whoever holds the phone
  {
    id: 'bz044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Before anything, what I own and what I don't. I decide who gets the new recommendation model, in what order, where the rollback lines sit and how long we wait at each bell. Engineering owns the routing, the deploy and the capacity of the feature stores.",
      "The treble — 2 %. Our own staff in Berlin and in the Singapore office, on their own grocery orders. They'll notice odd baskets and say so.",
      'The middle bells — 10 % then 25 %. Customers in the opted-in tester programme first, then ordinary customers in Europe.',
      "The tenor — 50 %, then everyone, with South-East Asia at the very end, because their lunch peak lands at Berlin's breakfast and hits regional feature stores that were sized for the old model. Customers in their first fortnight go last of all: a daft home screen on the first visit and they're gone.",
      "The lines are written down before the treble rings, per region: errors anything more than 0.3 % off what we've got, p99 home-screen latency anything more than 150 ms off, baskets added from recommendations down more than 2 % against the baseline cohort. For the model itself we gate on feature-store read latency at p95 and on how often requests time out and fall back to the default basket, and we watch compute cost per request and the offline eval score on a daily replay.",
      'Each bell holds for at least three full days, so it has lived through three Singapore lunch peaks. Count them like jumble sales: no moving on till three have gone by clean. After that the recommendations lead and I both say "go you on"; one of us alone can\'t.',
      "Rollback: whoever holds the phone that night — at 5 a.m. Berlin time, if that's when Singapore breaks — swaps the old model back in through the config switch. It takes about two minutes and nobody needs waking for permission.",
      "Last thing: this tells us the model is safe at peak. It doesn't tell us it sells more baskets; that needs a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · voice: Suffolk English register in speech; story about a power cut; bells; "go you on"; swapping the old build back in by whoever holds the phone
  {
    id: 'bz045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll tell you why I care who can pull the lever at two in the morning. Years back, at a booking firm, we had a power cut on a Saturday night and the one person allowed to roll back was sat in the dark with a flat phone. Two hours, that took. Never again, bor.",
      'So. I own the decisions: who rides on the new pricing service first, the lines we roll back at, how long we hold and who says go. Engineering own the routing, the deploy and the flag that points fares at the new service.',
      "Riders go in this order: staff rides first — there's a fair few on us use the app to get home — then riders and drivers in the beta programme who opted in, then ordinary riders in one quieter city, and last the airport runs and the corporate accounts, where a wrong fare costs us a contract.",
      "Lines, written down Tuesday afternoon afore a single fare moves: fare errors anything more than 0.2 % off what we've got, p99 quote time anything more than 250 ms off, fares more than 1 % away from the old service's shadow calculation on more than 0.5 % of trips, and completed trips per request down more than 2 % against the baseline.",
      'Stages: the treble at 1 %, the middle bells at 10 % and 25 %, the tenor at 100 %. Each one holds through a weekend night peak and one nightly billing batch — that shared window is what\'ll hurt — and the pricing lead and the on-call manager both say "go you on" before we ring the next bell.',
      "Rollback is the whole point of this one. Whoever holds the on-call phone at that hour, 2 a.m. included, rolls back without ringing me or anybody. That's a routing switch back to the old pricing service — swapping the old build back in — done in under five minutes. No redeploy. We rehearse it on Tuesday afternoon, afore the ramp.",
      "And a canary tells you the new service is safe to run. That don't tell you it's better for the business; that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · voice: Numbered list of decisions; count of jumble sales for holds; "anything more than N off what we've got"; "go you on"; light Suffolk
  {
    id: 'bz046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Decisions, in order:',
      '1. I own the order, the lines and the holds; engineering owns the SDK rollout, the remote config and the routing.',
      '2. Staff phones first, then opted-in beta testers, then general customers on both Android and iOS; big weekly-order regulars and brand-new customers last, because a failed payment is where we lose them.',
      "3. Lines agreed before anyone moves: payment failures anything more than 0.3 % off what we've got, read per minute as well as per day so bursts show; p99 payment confirmation anything more than 500 ms off; completed orders down 2 % against the baseline.",
      '4. Stages 1 %, 10 %, 50 %, 100 %, each held through at least one Friday dinner rush — count them like jumble sales, one clean one per stage.',
      '5. The payments lead and I both say "go you on" before each step.',
      '6. Both SDKs ship in the app behind a remote flag; the on-call engineer flips it back to the old one in under five minutes, any hour, without asking anyone.',
      "7. This proves the SDK is safe, not that wallets lift orders; that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · voice: Bells for stages; harvest-supper week hold; "anything more than N off what we've got"; "go you on"; light Suffolk in speech; prose
  {
    id: 'bz047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Two things shape this one: the load tests ran with warm caches, and the old cluster goes at the month's end. So I'd push to keep the old cluster alive until the tenor has held, and I'd say that out loud on day one.",
      'What I own: which teams move when, the lines that roll us back, how long each stage sits, and who says go. The platform engineers own the proxy, the migration, the dual writes and the routing.',
      "Order of teams: our own workspace first — we live in the tool all day — then customer teams on the early-access list, then small teams in general. Big enterprise workspaces go last: they've the heaviest boards, the most to lose, and they're the ones who'd cancel.",
      "The lines, agreed in writing before a single team moves: task-load errors anything more than 0.2 % off what we've got, p99 page load anything more than 300 ms off, and tasks created per active user no more than 2 % down against the teams still on the old database.",
      'The ramp, named after the bells: the treble is 1 % of teams, the middle bells are 10 % then 30 %, the tenor is 100 %. Every bell holds over at least one Monday-morning peak with cold caches — we flush them on purpose at the start of each stage — and the middle bells hold a full harvest-supper week, because the month-end reporting crush is what\'ll break it. The platform lead and I both say "go you on" before the next bell; one voice isn\'t enough.',
      "Rollback: whoever holds the on-call phone can switch the proxy back to the old database at any hour, without asking me. Writes go to both, so it's a config change done in about three minutes, no redeploy.",
      "Last: all this tells us the managed cluster is safe. It doesn't tell us anything is better for users; if we want that, it's a randomised A/B test afterwards, not this.",
    ].join('\n'),
  },
];
