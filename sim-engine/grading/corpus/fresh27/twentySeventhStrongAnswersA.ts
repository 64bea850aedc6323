import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-seventh fresh set, author a: strong answers ag001–ag007 (four model or prompt, three service), written blind and labelled by hand. */
export const TWENTY_SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ag001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Slide 1 — The change\n' +
      'Five minutes, one question: how do we put the bigger support model in front of people ' +
      'asking about their payslips without hurting any of them? Offline evals are up three ' +
      "points on short questions. Encouraging, and it's also all we know. Long questions, the " +
      'longer context, the cost: nobody has measured those on real traffic.\n' +
      '\n' +
      'Slide 2 — Who decides what\n' +
      'Engineering owns the routing, serving and dashboards. I own the calls: who sees it, ' +
      'which numbers send it back, how long we wait, and when we move. And Finance gets a cost ' +
      'figure from me, not a guess.\n' +
      '\n' +
      'Slide 3 — Who goes first\n' +
      "Our own HR and payroll team first. They know the answers and they'll tell us the minute " +
      'it gets leave rules wrong. Then the customers in the early-access programme. Then small ' +
      'companies on the standard plan. Large payroll customers go last, and nobody new joins in ' +
      'payroll week, because a wrong answer about pay that week turns into an escalation.\n' +
      '\n' +
      'Slide 4 — The lines we draw today\n' +
      'Agreed and written down before a single conversation moves. We go back if errors rise ' +
      'more than 0.5 % over the control group, if p95 response time gets more than 800 ms ' +
      'worse, if hallucinations flagged by the eval harness (run on 5 % of live conversations, ' +
      'long ones included) pass 2 %, if thumbs-down rises more than 2 points, or if hand-offs ' +
      'to a human agent go up more than 2 % against baseline. Cost: if tokens per conversation ' +
      'land more than 40 % above the figure we gave Finance, we stop there.\n' +
      '\n' +
      'Slide 5 — The ramp\n' +
      '1 %, 5 %, 25 %, 50 %, 100 %. At least 24 hours at each step, and we only move when every ' +
      'line on slide 4 has held with enough conversations behind it. 25 % stays up for three ' +
      "days, because that's where the hand-off rate becomes readable. Every step up needs two " +
      "names on it: mine and the ML lead's.\n" +
      '\n' +
      'Slide 6 — Pulling it\n' +
      'The on-call engineer can send everything back to the old model at any hour. No meeting, ' +
      "no call to me first. It's a flag on the router and it takes effect in under two minutes. " +
      'We rehearse it on day one.\n' +
      '\n' +
      "Slide 7 — What this won't prove\n" +
      "If it stays green, we've learned the bigger model is safe to run. Not that it's better: " +
      "the canary is our own staff and our friendliest customers. For 'better', and for whether " +
      'the extra cost pays for itself, we run a proper randomised A/B test afterwards.\n' +
      '\n' +
      'Slide 8 — Questions?',
  },
  {
    id: 'ag002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Kia ora. Right, so the new prompt's meant to sound warmer, but it's only been read by " +
      'the English-speaking team, and a quarter of our users write in German, where being too ' +
      "casual comes across as rude. That's the bit I'd be heaps more nervous about than the " +
      'English side, eh.\n' +
      '\n' +
      'First, who does what. The engineers own shipping the prompt and the flag that splits the ' +
      'traffic. My job as PM is the decisions around it: who sees it first, the numbers that ' +
      'send it back, how long we sit at each step, and who says go.\n' +
      '\n' +
      "Order: our own staff first, and I'd make sure the German speakers in the team are " +
      "actually in that group, not just the English lot. Then the early-access users who've " +
      'opted in, German and English both, so the German signal turns up early instead of at the ' +
      'very end. Then a slice of everyday English users, then everyday German users, and the ' +
      "big business accounts last, because they're the ones who'd be properly offended by a " +
      "'Hey there!' in a work email.\n" +
      '\n' +
      'Before anything ships we agree the thresholds and write them down. Thumbs-down up more ' +
      'than 1.5 points on the old prompt, measured for German and English separately so a ' +
      "German problem doesn't get averaged away. On the eval harness, wrong-register or made-up " +
      'content above 3 % of sampled drafts, and we add German formal-address cases to the ' +
      'harness before we start. Errors up more than 0.5 %, p95 latency up more than 300 ms, ' +
      'tokens per draft up more than 15 %. And drafts accepted by users down more than 2 % ' +
      'against the baseline group.\n' +
      '\n' +
      "The ramp's 1, 5, 25, 50, then 100 per cent, a full day at each stage at least, and we " +
      "don't move on until every number's sat inside its line for the whole day. The eng lead " +
      "and I both sign off each step; if either of us isn't happy, it stays put.\n" +
      '\n' +
      "Rollback's a flag flip back to the old prompt, a couple of minutes tops. Whoever's on " +
      "call can pull it at any hour without ringing me first. No 'she'll be right, we'll look " +
      "in the morning'.\n" +
      '\n' +
      'And to be clear, none of this tells us the warmer tone is actually better. It tells us ' +
      "it's not doing harm. If we want to know whether people prefer it, that's a proper A/B " +
      'test afterwards.',
  },
  {
    id: 'ag003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Canary agreement: visit-note summaries on the cheaper model\n' +
      '\n' +
      'Why: the new model is cheaper and faster, but vets rarely rate a summary and the harness ' +
      "grades only one in two hundred, so at 5 % we'd see almost nothing about quality. Each " +
      'side commits to the following before any clinic gets a summary from it.\n' +
      '\n' +
      '1. PM agrees to own the release decisions: the order clinics are exposed in, the stop ' +
      'lines, how long each stage lasts, and the go or no-go at each step. Eng agrees to own ' +
      'the routing, the model serving and the monitoring, and to flag before launch any number ' +
      "below that can't be measured.\n" +
      '\n' +
      '2. PM agrees to this order: our in-house vet advisers and the support team first; then ' +
      'the clinics in the early-access group that have agreed to rate summaries; then small ' +
      'single-vet clinics. Multi-site practices and clinics that joined in the last 90 days go ' +
      "last: the first have most at stake, the second don't trust us yet.\n" +
      '\n' +
      '3. Eng agrees to grade one canary summary in ten with the harness instead of one in two ' +
      'hundred, throughout the canary, with missed medications and doses checked by name. PM ' +
      'agrees to ask early-access clinics to rate every summary.\n' +
      '\n' +
      '4. Both agree these lines now, not while watching: harness score down more than 3 points ' +
      'against the old model, or a missed medication or dose in more than 1 % of graded ' +
      'summaries; thumbs-down share up more than 3 points; errors up more than 0.5 % against ' +
      'control; p95 latency up more than 500 ms; summaries that vets rewrite by hand up more ' +
      'than 2 points on the baseline clinics. Cost per summary must come in at least 30 % below ' +
      "today's, since that's the reason for the change; if it doesn't, we pause and revisit.\n" +
      '\n' +
      '5. Eng agrees to move through 1 %, 5 %, 25 %, 50 % and 100 %, and not to leave a stage ' +
      'until 300 graded summaries have come in and 24 hours have passed, whichever is later. PM ' +
      'and the Eng lead both sign each advance in the release channel. No two signatures, no ' +
      'advance.\n' +
      '\n' +
      '6. Eng agrees that the on-call engineer may switch clinics back to the old model at any ' +
      'hour, without asking PM, by flipping the routing flag; it completes in under five ' +
      'minutes. PM agrees never to question a rollback on a breached line.\n' +
      '\n' +
      '7. Both agree that a clean canary means only that the cheaper model is safe for clinics. ' +
      'Whether vets find its summaries as good or better is for a randomised A/B test after ' +
      'rollout, and nobody quotes canary figures as a win.',
  },
  {
    id: 'ag004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'OK so, the recommendation model. The thing that jumps out at me straight away is the ' +
      'feature stores. It reads more features per request, the stores were sized for the old ' +
      'model, and the Singapore lunch hour lands at something like six in the morning in ' +
      "Berlin, when, well, the whole team's asleep. So I'd build the plan around that.\n" +
      '\n' +
      "Let me start with who owns what, because that's the part I'd actually answer for. " +
      'Engineering runs the mechanics: the flag, the serving, scaling the feature stores. I own ' +
      'the decisions: which customers go first, where the rollback lines are, how long we wait, ' +
      'and who says go.\n' +
      '\n' +
      "First cohort's employees in both regions. We've got people in Singapore, so they hit the " +
      "Asian feature store at their own lunch. Then customers who've opted into early features. " +
      'Then ordinary customers in a smaller European market, then ordinary customers in ' +
      "Singapore, because that's the peak I'm scared of and I'd rather meet it at a low " +
      'percentage than at fifty. Our heaviest weekly shoppers, the subscription people, go ' +
      'last.\n' +
      '\n' +
      "And the thresholds, we'd, actually, sorry, I skipped something. Cost. A model that reads " +
      "more features costs more per request, and I think that's where the feature store " +
      "pressure really comes from, and there's a whole question about whether the stores " +
      "should... hm. I'm getting ahead of myself. Back to thresholds.\n" +
      '\n' +
      'Written down and agreed before we start: errors up more than 0.5 % over control in ' +
      'either region; p95 latency up more than 150 ms, per region and not blended, otherwise a ' +
      'Singapore spike vanishes into the European average; add-to-cart on recommended baskets ' +
      'down more than 2 % against the baseline cohort. For the model itself: its score on the ' +
      "offline eval, replayed daily on live requests, can't drop more than 2 points; 'not " +
      "interested' taps can't rise more than 1 point; and compute per request can't come in " +
      'more than 25 % above today.\n' +
      '\n' +
      "Ramp's 1, 5, 25, 50, 100. Every stage holds at least 24 hours, so it always covers one " +
      'Singapore lunch and one European evening, and it only moves if every metric stayed ' +
      'inside its line for that window. The ML lead and I both sign each step.\n' +
      '\n' +
      "Rollback: the on-call engineer, and we'd put someone on call who's awake for Singapore's " +
      'lunch, can flip the flag back to the old model without waking me. Takes about a minute.\n' +
      '\n' +
      "Last thing. All this tells us it's safe. Whether the new baskets actually sell more is " +
      "an A/B test afterwards, not something I'd read off the canary.",
  },
  {
    id: 'ag005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'I think about a release like this the way an airline thinks about bringing a new engine ' +
      'into service, so let me use that and map it back as I go.\n' +
      '\n' +
      'Crew and dispatch. On an airline the crew fly the aircraft and operations decides ' +
      'whether it goes. Here engineering flies it: they ship the new SDK, run the traffic ' +
      "split, watch the instruments. I'm dispatch. I own who is on the early flights, the " +
      'limits, how long we hold, and who clears each step.\n' +
      '\n' +
      "Who's on the early flights. Test flights carry crew, not the public. So our own " +
      'employees paying for their orders go first, then customers in the beta programme who ' +
      'opted in, then ordinary customers in a couple of quieter cities. New customers and our ' +
      'heaviest repeat orderers go last: a failed first payment loses a customer for good, and ' +
      "the regulars are most of the revenue. I'd also read Android and iOS on separate " +
      'instruments, because a mobile SDK can behave differently on each.\n' +
      '\n' +
      'Minimums. A pilot sets decision height before the approach, never on the way down. Ours, ' +
      'agreed before launch: payment success down more than 1 % against control on either ' +
      "platform, checked per minute as well as per hour so short bursts don't get averaged " +
      'away; errors up more than 0.5 %; p99 payment latency up more than 300 ms; completed ' +
      'orders per session down more than 2 % against the baseline cohort.\n' +
      '\n' +
      'Step climb. We climb 1 %, 5 %, 25 %, 50 %, 100 % and level off at each for at least 24 ' +
      "hours, and the first Friday dinner happens at 5 % or less, because that's the worst " +
      'turbulence of the week. We only climb when every instrument stayed inside its limits for ' +
      'the whole hold, and clearance comes from two people: me and the payments engineering ' +
      'lead.\n' +
      '\n' +
      'Go-around. Any pilot can call a go-around without permission and nobody second-guesses ' +
      'it on the ground. Same here: the on-call engineer can send payments back to the old ' +
      'integration at any hour with a server-side flag, inside three minutes, and tells me ' +
      "afterwards. That means the new SDK path ships behind that flag; we can't wait on an app " +
      'store review to get out.\n' +
      '\n' +
      "What the metaphor doesn't cover. A clean test flight proves the engine is safe, not that " +
      'passengers prefer the airline. Whether wallet payments lift conversion is an A/B test ' +
      'after the canary, not a number read off our friendliest cohort.',
  },
  {
    id: 'ag006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Let me go through what I'd worry about with this one, and what the plan does about each.\n" +
      '\n' +
      "Nobody's sure who is making which call. So: engineering owns the new pricing service, " +
      'the routing and the dashboards. As PM I own the exposure order, the rollback numbers, ' +
      "the hold lengths and the sign-off, and they're in the release doc before Tuesday " +
      'evening.\n' +
      '\n' +
      'Riders get a wrong fare and we hear about it from app reviews. So the first trips priced ' +
      'by the new service are our own staff riding on their own accounts, then riders in the ' +
      'beta group who opted in, then ordinary riders in one mid-sized city. Business accounts ' +
      'and riders in their first month go last. A strange fare on your first ride is the end of ' +
      'that customer.\n' +
      '\n' +
      "We argue about what 'bad' means while it's happening. So before any trip moves we agree, " +
      'in writing: quote errors up more than 0.5 % against control; p99 quote latency up more ' +
      "than 250 ms; the new fare differing from the old service's fare, which we keep computing " +
      'alongside, by more than 2 % on more than 1 % of trips; quote-to-booking conversion down ' +
      'more than 2 % against the baseline cohort.\n' +
      '\n' +
      'We move too fast. The ramp is 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds at least 24 ' +
      "hours and has to include one nightly batch window, since that's when pricing and billing " +
      'compete for the same resources, and 25 % has to include a weekend night. We only advance ' +
      'when every metric held for the whole stage, and each advance needs my sign-off and the ' +
      "pricing engineering lead's.\n" +
      '\n' +
      'It breaks at 2 a.m. and the one person allowed to roll back is asleep. This is the one ' +
      "I'd spend the most time on. Whoever holds the pager that night is authorised to roll " +
      'back on their own, at any hour, the moment a line is crossed, without waiting for me or ' +
      "a manager. It's a routing switch back to the old fare calculation, it finishes in under " +
      'five minutes, and we test it before Tuesday. The runbook describes what the batch window ' +
      'normally looks like so on-call can tell it apart from a real problem.\n' +
      '\n' +
      "Someone reads the canary as proof the new service is better. It isn't. The canary tells " +
      "us it's safe to run. Any claim about fares or conversion needs a randomised A/B test " +
      'afterwards.',
  },
  {
    id: 'ag007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Can I push back on the framing first? You said the load tests passed and it's a back-end " +
      "change, so the canary is mostly an engineering formality. I don't think either half " +
      'holds. The load tests ran with warm caches, and a fresh cluster behind a new proxy ' +
      'starts cold. And every page load reads tasks, so customers feel this migration on every ' +
      'click. That makes it very much a product release.\n' +
      '\n' +
      'So, the split. The platform team owns the proxy, the data sync and the switch itself. I ' +
      'own which workspaces move first, the numbers that stop us, how long we hold, and who ' +
      'approves each step.\n' +
      '\n' +
      'Order: our own workspace first, since we run the company on this tool. Then teams on the ' +
      'early-access programme. Then small teams on the free plan. Paid teams after that, and ' +
      'the biggest enterprise workspaces last: they have the most tasks per page, so cold ' +
      'caches hurt them most, and they have the most to lose.\n' +
      '\n' +
      'Lines we fix before any workspace moves: read or write errors up more than 0.5 % against ' +
      'workspaces still on the old database; p99 page load up more than 200 ms; any mismatch in ' +
      'a dual-read comparison above 0.01 % of reads; tasks created per active user down more ' +
      'than 2 % against the baseline group.\n' +
      '\n' +
      'Ramp by workspace: 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds 48 hours and has to ' +
      'include a Monday morning, when everyone opens the tool at once and caches are at their ' +
      'coldest. We advance only when nothing crossed a line for the whole hold, and the ' +
      "database lead and I both sign off. The decommission date doesn't get to skip a hold; if " +
      'we run out of month, the old cluster stays up longer.\n' +
      '\n' +
      'Rollback: the on-call engineer can point the proxy back at the old database at any hour, ' +
      'on their own, in under five minutes. That only works if writes keep going to both ' +
      "clusters during the canary, so that's a precondition, not a nice-to-have.\n" +
      '\n' +
      "And one thing the canary won't tell us is whether the managed cluster makes the product " +
      "faster. It tells us the move is safe. If we want to claim speed, that's a randomised A/B " +
      'comparison later, not a reading from a cohort we picked for being friendly.',
  },
];
