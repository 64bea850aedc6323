import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-second fresh set, author a: strong answers ab001–ab007, written blind and labelled by hand. */
export const TWENTY_SECOND_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'ab001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "So the change is the support assistant moving to the bigger model, prompt untouched. I'll lay out the plan and then take the pushback I'd expect from you.",
      'The split first: engineering owns the model routing, the serving capacity and the flag itself. I own the decisions about who sees it, what would make us pull it, how long we sit at each stage and when we move on.',
      "Who goes first? Our own HR and payroll staff, because they ask the assistant about their own payslips and will tell us the moment an answer is wrong. Then customers in the early-access programme. Then small-business accounts, and the big enterprise payroll customers last, because a wrong answer about someone's pay or leave at a 5,000-person company turns into an escalation and a difficult renewal.",
      '"Why not just a random 5 %?" A random slice puts enterprise admins in on day one. I want the forgiving users to carry the early risk.',
      '"Aren\'t errors and latency enough?" Not for this. A bigger model mostly fails by being confidently wrong, not by timing out. So on top of error rate and p95 latency I track the hallucination rate from our eval harness, run on a sample of live payslip and leave conversations, the thumbs-down rate, and tokens per conversation, since Finance already asked what it costs.',
      '"So what are the numbers?" Written down and agreed with the eng lead before any traffic moves: we roll back if errors rise more than 0.5 points over the old model, p95 gets more than 400 ms worse, graded hallucinations go above 2 % of sampled answers, thumbs-down rises more than 3 points, cost per conversation passes 1.5 times today\'s, or hand-offs to a human agent go up more than 2 % against the control group.',
      '"How fast?" 1 %, 5 %, 25 %, 50 %, 100 %. At least 24 hours at each stage, and we only advance once every guard has stayed inside its limit for that whole window. The eng lead and I both sign off each step; if either of us says no, we stay where we are.',
      '"And at 3 a.m.?" The on-call engineer flips the model flag back without asking me. Config change, live in a couple of minutes, no redeploy; they tell me in the morning.',
      "\"Then you'll know it's better.\" No, and that's the one I'd push back on. The canary tells me it's safe to run. Whether it resolves more questions is for a randomised A/B test once it's stable; the three offline points don't answer that either.",
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'ab002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'change — system prompt only, rewritten to sound warmer. reviewed in english only; a quarter of users write in german, where du/sie matters.',
      'who decides — me: the order people get it, the rollback limits, how long each step holds, when we move. eng (assistant platform): the prompt flag, routing, dashboards.',
      "order — our own staff first, both languages; i'll ask the german speakers in the munich office to draft real mail with it for a few days. then opted-in early-access users, english and german. then general english users, then general german users. business-plan customers last in each language, because an over-familiar email to someone's client is the mistake we can least afford.",
      'limits, agreed before day one — per language, never blended: thumbs-down on drafts up more than 2 points vs the old prompt; discarded or heavily rewritten drafts up more than 3 points; eval-harness register check (german drafts using du where the user wrote sie) above 1 % of sampled drafts; errors +0.5 points; p95 draft time +300 ms; tokens per draft up more than 15 %.',
      "steps — 1 % → 5 % → 25 % → 50 % → 100 %. each held at least 48 h and until each language has a few thousand rated drafts. german can sit a step behind english if its volume isn't there yet.",
      'sign-off — me and the assistant eng lead at every step. before german goes past 5 %, a native speaker also reads 50 sampled german drafts and signs.',
      "rollback — on-call eng, any hour, doesn't need to find me. flip the prompt flag back to the old version, live in under two minutes. one language can go back on its own.",
      "what it doesn't tell us — whether warmer is better. the canary says it's safe to ship; whether people send more drafts unchanged is a separate randomised a/b test afterwards, per language.",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'ab003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Release week, new basket-recommendation model. All times Berlin.',
      'MONDAY',
      '09:30 Kick-off with the ML eng lead. Split agreed: ML eng owns serving, feature-store capacity and the kill switch; I own the cohort order, the limits, the holds and every go/no-go.',
      '10:30 Limits written into the release doc and signed by both of us before anything ships, read separately for Europe and Asia: error rate more than 0.5 points above control; p95 recommendation latency more than 150 ms above control; feature-store timeouts above 1 %; home screen falling back to default baskets on more than 2 % of loads; add-to-basket rate down more than 2 % vs control; offline eval score on the replayed traffic sample down more than 1 point; compute per 1,000 requests up more than 20 %.',
      "14:00 Staff accounts on, both regions, Singapore office included. Staff first because they'll tell us when a basket is odd, and nobody misses a weekly shop over it.",
      'TUESDAY',
      '06:00 Singapore lunch peak. Singapore on-call is watching and can roll back without phoning Berlin.',
      '09:00 Eng lead and I review the first Asian peak. Clean: we both sign for 1 % of opted-in beta customers in each region.',
      'WEDNESDAY',
      '06:00 Second Asian peak, now at 1 %. This is the hour I care about most; the feature stores were sized for the old model.',
      '12:30 European lunch peak at 1 %.',
      '15:00 Both sign for 5 %. New customers and big weekly-basket regulars stay out until the last stage.',
      'THURSDAY–FRIDAY',
      'Hold at 5 % through two more peaks per region, then 25 % if every limit held. 25 % is where add-to-basket has enough volume to read.',
      'NEXT WEEK',
      'Mon 50 %, Wed 100 %, each only after two clean lunch peaks per region and both signatures.',
      'ANY HOUR',
      'Whoever is on call, Berlin or Singapore, flips the model flag back to the old model. Config switch, under five minutes, no approval needed; they page me afterwards.',
      "NOT THIS WEEK'S QUESTION",
      'Whether the new model sells more. The canary only says it\'s safe. "Better" is a randomised A/B test later, split by customer, on basket value.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'ab004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Righto, so we're moving the visit-note summaries over to the cheaper, faster model. Here's how I'd run it.",
      'First up, who owns what. The ML engineers own the plumbing: routing, the flag, serving. I own the calls: which clinics go first, what numbers pull it, how long we sit at each step and when we move on.',
      "Order: our own team first, plus the handful of clinics on our advisory panel. They read every summary and they'll ring us the minute something's off. Then clinics that signed up for early access. Then the rest of the small clinics, and dead last the multi-vet practices and anyone who joined in the past month, because a dodgy summary in someone's first week is how we lose them.",
      "The catch with this one is volume. A few hundred summaries a minute at peak, hardly any vets bother with the rating button, and the eval harness only grades one summary in two hundred. At 5 % that's next to nothing to go on. So for the canary I'd get engineering to have the harness grade every canary summary at 1 % and 5 %, and one in ten after that. At this traffic it's not going to break the bank.",
      "Numbers, locked in before we flip anything: graded hallucination or omission rate (a drug, a dose or a finding that's missing or made up) more than 1 point above the old model; vets editing the summary more than 3 points above control; errors up more than 0.5 points; p95 over 4 seconds. I'd track cost per summary as well, since that's the whole reason for the swap. If it's not at least 30 % cheaper, there's no point going further.",
      "Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. We hold each step until there are at least 2,000 graded summaries at that step, and never less than three working days, so a clinic's weekly rhythm shows up. The ML lead and I both sign off before each step, in writing in the release channel.",
      "Rollback: whoever's on call can flip it back to the old model on their own say-so, day or night, no ringing me first. It's a config flag, back in a couple of minutes.",
      "And fair warning, none of this tells us the new model's better. The canary's there to show it's safe. If we reckon vets like the new summaries more, that's an A/B test afterwards, done properly.",
    ].join('\n\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'ab005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Let me tell it as the first day, because that's where most of the decisions get made.",
      "It's a Monday, 9 a.m. I deliberately didn't start on a Friday: Friday dinner is our busiest hour, and a brand-new payment path shouldn't meet it until it's had a quiet week. Before anyone touches the rollout, the payments eng lead and I go through the release doc. She owns the SDK integration, the flag and the routing; I own who gets it, when it moves, and the numbers that stop it. We write those numbers in and both sign: payment failures more than 0.5 points above the old SDK, measured per platform and per five-minute window rather than as a daily average, so a burst can't hide inside a good day; p99 payment confirmation more than 300 ms slower; completed orders per checkout down more than 2 % against the control group. Android and iOS each have to pass on their own.",
      "At 10 the flag goes on for staff. Half the company orders lunch through the app, so by 2 p.m. we've seen a few hundred real payments on both kinds of phone. Then, with both our names in the release channel, 1 % of customers who joined the beta programme. First-order customers and the big corporate-catering accounts stay out until the end: a failed first payment loses that customer for good, and a corporate order failing at lunch is an angry call from an office manager.",
      "All afternoon I'm not staring at graphs hoping. The limits are alerts. The on-call engineer knows that if one fires she switches the flag back; the old integration stays deployed behind it, so it's a routing change that's done in about two minutes. No app release, no asking me. If it happens at 11 p.m., she does it and I read about it over breakfast.",
      'From there: 1 % for two days, 5 % for two days, 25 % held through a full Friday dinner, then 50 % and 100 %, each step only after every limit stayed green for the whole hold and both of us signed.',
      "And if someone asks at the end of day one whether wallets lift orders, the honest answer is the canary can't say. It only tells us whether the new SDK is safe. What wallets do for conversion needs a proper A/B test later.",
    ].join('\n\n'),
  },
  // storage-migration-under-load
  {
    id: 'ab006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'MEMO\nTo: Head of Engineering; Platform lead; Support lead\nFrom: Product Manager, Tasks\nSubject: Canary release of the task-storage migration',
      '1. Purpose. This memo sets out how the move of task storage from our self-hosted database to the managed cluster behind the new proxy will be released, and who decides what.',
      '2. Responsibilities. The platform team owns the migration itself, the proxy, data synchronisation and the routing of reads and writes. I own the release decisions: the order in which workspaces move, the rollback limits, the length of each hold and the decision to advance.',
      "3. Order of exposure. (a) Our own workspaces, which carry the whole company's daily task traffic; (b) customer workspaces enrolled in the beta programme; (c) small free and team workspaces; (d) last, large paying workspaces and any created in the past 30 days. Large workspaces go last because they run the heaviest queries and an outage costs them most; new ones because a slow first week loses them.",
      '4. Limits. These are agreed and signed before any traffic moves and will not be changed during the rollout: (a) task-read errors more than 0.5 percentage points above workspaces still on the old database; (b) p99 page-load time more than 200 ms above the same control; (c) tasks created per active user down more than 2 % against control; (d) proxy connection pool above 80 % utilisation for ten minutes.',
      '5. Ramp. Traffic moves at 1 %, 5 %, 25 %, 50 % and 100 %. Each stage holds for at least 48 hours and must include a weekday morning peak with cold caches, since the load tests ran warm. A stage advances only when every limit has held for the full period.',
      '6. Sign-off. Each advance requires written approval from me and the platform lead in the release ticket. Either of us may withhold it.',
      '7. Rollback. Any on-call engineer may roll back at any hour without further approval. The proxy routes the affected workspaces back to the old database, which keeps receiving every write throughout; this takes under five minutes. For that reason the old cluster will not be decommissioned until 14 days after we reach 100 %, even if that runs past the end of the month.',
      '8. Limits of the canary. The canary establishes that the new storage is safe to run on. It does not show that the product is better or faster for customers; any such claim requires a separate randomised A/B test.',
    ].join('\n\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'ab007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "OK, fare calculation moving to the new pricing service. I'll go through it roughly in order.",
      "What's mine and what's engineering's: the pricing team builds and runs the service and the routing between old and new. I decide which riders and cities see it, what numbers trigger a rollback and how long we hold each step, and I sign each step together with the eng lead.",
      "Order: employees' rides first. We all take the app home, and we'll notice a strange fare. Then beta-programme riders in one mid-sized city, then the rest of that city, then the other cities. Business accounts and first-time riders last: a wrong fare on someone's first trip or on a company's expense report is the expensive kind of wrong.",
      "Thresholds, fixed before Tuesday: fare-quote errors more than 0.5 points above the old service, p99 quote latency more than 200 ms worse, bookings after a quote down more than 2 % against the control riders, and more than 0.1 % of trips priced over 5 % away from the old service's shadow calculation.",
      'Ramp: 1 %, 5 %, 25 %, 50 %, 100 %, and every step holds through at least one full night including the billing batch window, so nothing moves in under 24 hours, and 25 % has to include a Friday or Saturday night.',
      "Rollback. Since we start Tuesday evening, I'd be on call myself that first night and make the call if anything breaches. Actually, no, scrap that, that's the wrong version. If a limit breaches at 2 a.m. in the middle of the billing batch, the last thing you want is an engineer waiting for a PM to wake up. So the version that stands is: the on-call engineer rolls back on their own authority, any hour, no approval, and tells me afterwards. It's a routing switch back to the old fare service, which keeps running the whole time, done in about three minutes. No redeploy.",
      'Advancing is the opposite: never automatic and never at night. Each step needs me and the pricing eng lead, in office hours.',
      "Last thing: this canary tells us the new service is safe. It doesn't tell us the new fares are better for the business; if anyone wants that answered, it's an A/B test afterwards.",
    ].join('\n\n'),
  },
];
