import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-second fresh set, author c: strong answers (av041–av047), written blind, labelled by hand. */
export const FORTY_SECOND_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a ticket with fields
  {
    id: 'av041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Summary: Canary the larger support-assistant model (prompt unchanged) to show it is safe and affordable. It is not meant to show that it is better.',
      'Owner: Me (PM) for the release decisions: cohort order, rollback limits, hold lengths and the go/no-go at every stage. Platform engineering owns the model routing and the flag; the ML team runs the eval harness.',
      'Cohorts, in order: (1) our own payroll and HR colleagues who use the assistant every day and know the right answers; (2) customers enrolled in the early-access programme; (3) small-business accounts; (4) large enterprise payroll customers last, because a wrong answer about a payslip costs us most with them. No cohort is widened during payroll-run week.',
      'Stages: 1 % → 5 % → 25 % → 50 % → 100 %. Each stage is held for at least 24 hours and until the eval harness has graded 500 conversations from the new model; it advances only when every limit below is inside.',
      'Rollback limits, signed in this ticket before the flag is touched, measured against the old model: error rate more than 0.5 % higher; p95 latency more than 800 ms higher; hallucination rate above 2 % of harness-graded answers; thumbs-down rate more than 3 points higher; cost per conversation above €0.04, the ceiling Finance gave us.',
      'Acceptance criteria:',
      '- Every advance is signed off by me and the ML lead in this ticket before traffic moves.',
      '- The on-call engineer switches the flag back to the old model on any breached limit, at any hour, without asking me; the switch takes under two minutes.',
      '- Nobody reads the canary as proof of improvement. The three-point offline gain stays a hypothesis until a separate randomised A/B test on resolution rate answers it.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: an American Southern register, spoken
  {
    id: 'av042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Alright, so here's how I'd run this one. First off, I want to be real clear about who's holdin' what. The payments engineers own the deploy and the traffic split, that's their house. What I own as the PM is the calls: who goes first, what numbers make us turn around, and how long we sit at each stage before we go on.",
      "Now, who goes first. Our own staff, on both phones, orderin' their lunch on the company card. Then the folks who signed up for early builds. Then regular customers in the smaller cities, and the big-city Friday crowd comes last, 'cause that's where a failed payment costs somebody their dinner and costs us the most orders. Our people will forgive a hiccup and tell us about it; a hungry stranger won't.",
      "Numbers. We write 'em down Monday, before a single payment goes through the new SDK: payment failures more than half a percent over the old SDK, and I want Android counted on its own so a burst doesn't get averaged away with iPhone. p99 on the payment call more than 300 milliseconds slower. Completed orders down more than two percent against the control group. All of it checked in five-minute windows, since this thing fails in bursts.",
      "Ramp goes one percent, five, twenty-five, fifty, then everybody. Every stage sits at least a full day and has to get through one dinner peak inside those limits before it moves. And we don't start a new stage on a Friday, no sir.",
      'Every step up, me and the payments tech lead both put our names on it in the release log. Not one of us alone.',
      "Rollback: whoever's on call, any hour, Friday dinner included, flips the flag back to the old SDK the minute a limit's crossed. They don't call me first, they don't wait on anybody. It's a config switch, couple of minutes, no redeploy.",
      "One more thing. Somebody's gonna say wallet payments lifted conversion in the canary. The canary only tells us it's safe. If y'all want to know whether wallets sell more dinners, that's a proper randomized A/B test, later, on its own.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a terse ex-engineer turned PM, engineering shorthand
  {
    id: 'av043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ownership. Me: cohort order, limits, hold lengths, go/no-go. Eng: flag, routing, deploy.',
      'Cohorts: in-house vet advisers → clinics in early access → remaining single-vet clinics → multi-vet practices last (most summaries at stake, least patience).',
      'Limits, frozen before first request, all vs control: err +0.5 %; p95 +400 ms; harness fail rate > 3 % of graded summaries; thumbs-down +2 pts; cost per summary not below old model → stop, since cost is the reason for the change.',
      'Volume problem: harness grades 1 in 200 and vets rarely rate. So harness sampling on canary traffic goes to 1 in 20 for the rollout. Otherwise 5 % never says anything.',
      'Ramp: 5 → 25 → 50 → 100 %. Gate per stage, metric-based: ≥ 400 graded canary summaries AND ≥ 48 h AND all limits green. No graded volume, no advance.',
      'Sign-off per gate: me + ML lead, in the release ticket.',
      'Rollback: on-call SRE, 24/7, flips model flag back, < 2 min, no approval needed.',
      'Not an A/B. Canary = safe. Whether the cheap model is as good → randomised A/B afterwards.',
    ].join('\n'),
  },
  // booking-purchases-lag: questions the PM asks themselves, each answered in a line
  {
    id: 'av044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "What is mine here, and what isn't? Mine: who sees the new booking page in what order, the limits that send it back, how long each stage holds, and the call to advance. Engineering's: the flag, the new client-side store and the deploy.",
      'Who sees it first? Staff and the support team booking refundable test stays, then guests in our early-access panel, then returning guests, and first-time guests and long, high-value stays last, because a booking lost there is the costliest and the hardest to win back.',
      'Can it be at 100 % this afternoon? No. Guests book hours after they search, often after a talk at home, so every stage has to outlast that delay.',
      'What sends it back, and when is that decided? Written into the release doc before any guest sees it: booking-page errors more than 0.5 % above control, form-submit p99 more than 300 ms slower, bookings completed within 24 hours of a search down more than 2 % against the control cohort, and lost dates on return above 0.1 % of sessions.',
      'What are the stages and holds? 1 %, 5 %, 25 %, 50 %, 100 %. Each holds at least 36 hours so a full day of late bookings lands; 25 % holds until each arm has 2,000 searches. Nothing advances unless every limit is inside.',
      'Who says go? I sign each advance together with the front-end lead; nothing moves on one signature.',
      'Who can pull it back, and how fast? Any on-call engineer, day or night, switches the flag off without asking me; it takes effect on the next page load, within a minute.',
      'Will the canary tell me the shorter form books more? No. It tells me nothing broke. Whether it converts better is a randomised A/B test once it is safe.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: emoji bullets
  {
    id: 'av045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '🧭 Mine vs theirs: I own the order, the limits, the holds and the go/no-go. Engineering owns the prompt deploy and the traffic split.',
      '👥 Order: our own team, German speakers included so the formal-address risk is seen by people who forgive it → opted-in beta users → English-speaking customers → German-speaking customers last, because a casual tone in German is where we can offend.',
      '📏 Limits, agreed before day one and tracked per language against the old prompt: thumbs-down +2 points; eval harness flagging wrong formality or invented content in more than 1 % of sampled replies; errors +0.5 %; p95 latency +300 ms; tokens per reply +15 %.',
      '🚦 Stages: 2 % → 10 % → 25 % → 50 % → 100 %, each held 48 hours and gated on every limit staying green in German and in English separately.',
      '✍️ Sign-off at each gate: me and the writing-quality lead.',
      '🔙 Rollback: the on-call engineer switches back to the old prompt on any breach, any hour, without asking me. Config flag, under five minutes.',
      "🧪 The canary doesn't prove the warmer voice is liked more. That question gets a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: a PM at a parcel-delivery company
  {
    id: 'av046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I run releases for route planning at a parcel-delivery company, and one lesson carries straight over: the plan has to work at 2 a.m., when nobody senior is awake.',
      'Roles first. Engineering owns the new pricing service, the routing of fare requests and the deploy. I own the decisions around it: which riders get new fares in which order, the limits that trigger a rollback, how long each stage holds, and when we advance.',
      "Order: employee rides first, since plenty of staff ride home late; then riders in the early-access programme; then one mid-sized city; then the rest, with the big weekend-night markets and corporate accounts last. That's where a wrong fare hits the most trips and the angriest customers. We'd never pilot a new sorter in our biggest hub during peak season either.",
      "Limits, agreed in writing on Monday, before Tuesday evening's start: fare-quote errors more than 0.5 % above the old service; p99 quote latency more than 250 ms slower; more than 0.2 % of trips with a fare more than 1 % away from the old service's shadow calculation; completed trips down more than 2 % against the control group.",
      "Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each holds at least 24 hours and must pass one nightly batch window cleanly, because that's where pricing and billing collide. The 25 % stage also holds over a full weekend night before we go further.",
      "Every advance needs two signatures in the release log: mine and the pricing engineering lead's.",
      "Rollback is what this release is really about. The on-call engineer rolls back on any breached limit at any hour, without waking me or anyone else. A flag sends fare requests back to the old service within three minutes, and they tell us in the morning. If rollback needs a manager's yes, a 2 a.m. breach runs until breakfast. I watched exactly that happen with a depot scanner update.",
      "Last, this canary tells us the new service is safe, not that its fares earn more. If finance wants to know that, it's a randomised A/B test, run separately.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: options weighed (pros and cons), then the decision taken
  {
    id: 'av047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'There are three ways I could run this.',
      'Option 1: a random 5 % in both regions at once. Pro: fast and statistically tidy. Con: it puts our most valuable Singapore baskets in the first cohort, and the failure shows only at Singapore lunch, which is early morning in Berlin, when nobody on the team is watching.',
      'Option 2: Europe first all the way to 100 %, then Asia. Pro: the team is awake for it. Con: Europe never loads the Asian feature store at its peak, so we would declare victory in the wrong region.',
      "Option 3: staged by segment, each stage required to pass both regions' peaks, metric gates, and a rollback that doesn't depend on Berlin being awake. Pro: it catches what this change is most likely to break, feature-store load at one region's lunch. Con: slower, about ten days to 100 %.",
      'Decision: option 3. In practice:',
      'I own the order, the limits, the hold lengths and the go/no-go. Engineering owns model serving, feature-store capacity and the traffic split.',
      'Order: staff accounts in both regions, then opted-in beta shoppers, then light users in each region, with heavy weekly-basket customers and new sign-ups last, because they are the most valuable and the least forgiving of a bad home screen.',
      "Limits, fixed before any traffic moves and checked per region against the old model: errors +0.5 %; p95 latency +150 ms; feature-store read timeouts above 0.2 %; add-to-basket rate from the recommended baskets down more than 3 %; 'not interested' taps up more than 2 points; compute cost per 1,000 requests up more than 20 %.",
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %, each held 48 hours so it spans two Singapore lunch peaks and two European evenings, and advanced only if every limit held in both regions.',
      'Sign-off: the recommendations tech lead and I sign each stage in the release log.',
      "Rollback: I'm putting a Singapore-hours on-call rota in place; whichever on-call engineer is awake switches the flag back to the old model without asking anyone, in under five minutes.",
      "And the canary answers 'is it safe at peak', not 'does it recommend better baskets'. A randomised A/B test on basket value does that afterwards.",
    ].join('\n'),
  },
];
