import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-second fresh set, author b: strong answers (bf021–bf027), written blind, labelled by hand. */
export const FIFTY_SECOND_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: roles written as job titles in capitals (PM, ENG LEAD, ON-CALL ENGINEER, FINANCE)
  {
    id: 'bf021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The PM owns the release decisions: who sees the larger model and in what order, the limits that pull it back, and how long each step holds. The ENG LEAD owns routing and the deploy.',
      'Our own HR and payroll staff go first; they will spot a wrong payslip answer at once. Assistant beta customers come next. Payroll administrators at the largest accounts come last, since a wrong answer about pay costs most there.',
      'The PM and ENG LEAD agree the limits in writing before any traffic moves: errors at most 0.5 % above the old model, p95 latency at most 300 ms worse, eval-harness hallucination rate on payslip and leave questions at most 2 %, thumbs-down at most 1 point above control, and cost per conversation at most 40 % above today. FINANCE sees the cost limit first.',
      'The ramp runs 2 %, 10 %, 25 %, 50 %, 100 %, holding each step at least 24 hours with every limit green. The PM and ENG LEAD both sign off each advance.',
      'The ON-CALL ENGINEER rolls back at any hour without asking the PM, by flipping the model flag; the old model serves again within five minutes.',
      'This canary shows the bigger model is safe. Whether it is better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Belizean English register, spoken
  {
    id: 'bf022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Alright, so da how I would run this one. First thing, the part weh da fi me as the PM: I decide who gets the new prompt first, what numbers mek we pull it back, and how long we sit at each step. The engineers, dem own the routing and the deploy; I noh touch that.',
      "Now who goes first. Our own staff, English and German both, because dem will tell we straight if the tone sound off. And I want the German-speaking colleagues in there from day one, you know, because a quarter of the users write in German and the team that reviewed the prompt only read English. After staff, the beta users who opted in. German business customers, the ones who write formal mail to their clients all day, dem go last, because the casual 'du' is exactly where this thing can embarrass somebody.",
      'Before one single request move, we write down the limits. Thumbs-down rate, per language, no more than 1 point above the old prompt. The eval harness checks German replies for the wrong form of address, and if more than 2 % get it wrong, we pull it. Error rate up 0.5 % or p95 latency up 200 ms, same thing. Tokens per reply not more than 15 % above today.',
      'Steps: 1 %, 5 %, 20 %, 50 %, then everybody. We hold each one at least two days, so the German traffic get enough volume fi read the thumbs properly. Me and the eng lead sign off together before every step up; nobody else moves it.',
      'If anything breach, the on-call engineer flip the prompt flag back, any hour, no phone call to me first. That takes about two minutes.',
      'And one more thing, eh: this canary only tell we it safe. If marketing wahn know if the warmer tone actually better, that da a proper randomised A/B test after, not the canary numbers.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a colleague's objection answered mid-answer
  {
    id: 'bf023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'My job on this one is the release decisions: the order in which clinics get the cheaper model, the rollback limits, and the holds between stages. The platform engineers own the routing and the deploy itself.',
      "I'd start with our own staff vets, who use the tool on the in-house clinic's notes, then the dozen clinics in our early-access programme who have said they'll rate summaries when asked. Busy single-vet practices that lean on the summary for their records go last; a wrong dosage in a summary hurts them most and they have no one to catch it.",
      "The catch in this scenario is that at 5 % we'd see almost no ratings, and the harness grades one summary in two hundred. So before anything moves, I'd ask engineering to raise eval sampling for canary summaries to one in ten, and I'd set the limits now: hallucinated or omitted medication on graded canary summaries no more than 1 point above the old model; thumbs-down rate no more than 2 points above control, read only once there are at least 200 ratings; p95 latency no more than 500 ms worse; errors no more than 0.5 % above control. We expect cost per summary to fall, and we'd still watch it.",
      'A colleague pushed back on this when we discussed it: "Why fix numbers now? With so little feedback, let\'s just look at the dashboard each morning and decide." I understand the impulse, but if we set the bar while looking at the data we\'ll talk ourselves past whatever we see. Sparse data is a reason to hold longer, not to drop the numbers.',
      'So the stages are 5 %, 20 %, 50 %, 100 %, and each one holds until it has at least 400 graded summaries and 200 ratings, or three days, whichever comes later. The clinical lead and I both sign off every advance.',
      "Any on-call engineer can roll back at any time without checking with me. It's a model-routing flag, and the old model is back within a couple of minutes.",
      "Last thing: this canary tells us the cheaper model is safe enough. If we want to claim the summaries are as good or better, that's a randomised A/B test with blind grading, run separately.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: an answer given while sketching on a napkin
  {
    id: 'bf024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me draw it. Here's a box: that's the new recommendation model. Here's an arrow out of it into three smaller boxes: staff accounts, the beta shoppers, then everybody else. Staff go first because our own people in Berlin and Singapore will complain loudly and usefully. Beta shoppers next, because they signed up for early changes. Big-basket regulars in both regions go in the last box, because a bad home screen costs us the most there.",
      "Over here, down the side of the napkin, I'm writing the limits, and I'm writing them before we route a single request: home-screen errors no more than 0.5 % above control; p95 feature-store read latency no more than 80 ms worse than today, per region; 'not for me' dismissals of recommended baskets no more than 1 point above control; compute cost per request no more than 25 % above the old model; and add-to-cart from the home screen not down more than 2 % against the control cohort.",
      "Under that, a line with tick marks: 1 %, 5 %, 25 %, 50 %, 100 %. Each tick gets a little circle, and that circle is a hold. The circle isn't 'a day': a stage holds until it has lived through both lunch peaks, Berlin's and Singapore's, and for Singapore that's early morning here. I circle the Singapore one twice, because that's when the feature stores will hurt.",
      "Next to each circle, two sets of initials: mine and the eng lead's. Nobody moves past a circle without both.",
      'Who can draw the arrow back? A big arrow pointing left: the on-call engineer in either region, at any hour, with no call to me, flips the model flag and the old model is serving in under five minutes. That matters because the Singapore peak happens while Berlin is asleep.',
      'Across the top of the napkin, who does what: I own what goes in the boxes and in what order, the limits and the circles; engineering owns the arrows, meaning the routing, the deploy and the feature-store capacity.',
      "And a note in the corner: this tells us the model is safe, not that it sells more baskets. For 'better' we run a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  // checkout-first-order: "Once that's clean," introducing each stage
  {
    id: 'bf025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'As PM I own the order, the limits and the holds; engineering owns the flag and the routing.',
      'Before anything moves we agree the limits: checkout errors no more than 0.5 % above the old flow, p99 page latency no more than 200 ms worse, and first-order conversion not down more than 2 % against the control cohort, measured apart from returning customers, since the lab only saw returning ones.',
      "Staff accounts get the single page first, for a day. Once that's clean, returning customers who opted into early access, 5 %, held two days. Once that's clean, returning customers at 25 %, held three days so conversion has volume. Once that's clean, first-time buyers join at 25 %; they go last because they have no saved card and they're who the spring campaign brings. Once that's clean, 50 %, then 100 % before the campaign starts.",
      'The eng lead and I sign off each step together. The on-call engineer may switch the flag back at any hour without asking me; the old checkout returns in under five minutes.',
      'This shows the page is safe. Whether it converts better is a randomised A/B test after launch.',
    ].join('\n'),
  },
  // storage-migration-under-load: a PM at a photo-printing service
  {
    id: 'bf026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I run releases at a photo-printing service, where people upload holiday pictures and order prints and albums, and we moved our order database last year, so this one is close to home.',
      "The split I'd insist on first: engineering owns the proxy, the managed cluster and the routing of reads and writes; I own which workspaces go first, the numbers that send us back, and how long we sit at each stage.",
      'Our own workspace goes first, since the company plans its work in the tool. Then free-tier teams who opted into early features. Then small paid teams. The big enterprise workspaces, where a slow task list means hundreds of people staring at a spinner, go last.',
      "The limits are signed before a single workspace moves: p99 task-read latency no more than 150 ms above the old database, error rate no more than 0.3 % above control, and proxy connection-pool use under 80 %. Warm caches fooled us at the print shop too (the load test looked lovely and the first Monday morning did not), so the holds are built around cold starts. The stages are 2 %, 10 %, 30 %, 60 %, 100 %, and each holds at least 24 hours and through one weekday morning peak after a cache flush. The eng lead and I sign off each advance, and the SRE on call can delay it; if she's unsure, we wait.",
      "The on-call SRE can send traffic back to the old cluster at any hour without asking me. It's a proxy config change that takes about three minutes. That's also why the old cluster is not decommissioned at month-end unless we've been at 100 % for a full week; otherwise there is nothing to roll back to.",
      "And I'd keep expectations honest: this canary shows the managed cluster is safe under real load, not that it makes the tool better for users. If we want that claim, it's a randomised A/B test later.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a final line listing what the candidate would cut if time ran out
  {
    id: 'bf027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll start with who decides what, because it matters on a payments change. Engineering, meaning the payments team and SRE, owns the SDK integration, the app release and the server-side flag that chooses which payment path a user gets. I own the release decisions: the order users get it, the rollback limits, how long each stage holds and when we advance.",
      "Employees go first, on both iOS and Android, paying for their own lunches; they'll report a strange wallet screen within minutes. Then users enrolled in the app's beta channel, who signed up for this. Then occasional customers on iOS, where the provider's SDK has more mileage. Heavy Android users go last. It isn't a random 5 %: a random sample would hide exactly the Android bursts we're worried about.",
      'The limits are fixed in the release doc before the first user moves: payment failure rate no more than 0.5 % above the old SDK, measured per platform over 5-minute windows rather than daily averages, because the failures come in bursts; p99 payment authorisation latency no more than 300 ms worse; and completed orders per session not down more than 2 % against the control cohort. Any one breached means rollback.',
      'The ramp is 1 %, 5 %, 20 %, 50 %, 100 %. Each stage holds at least 48 hours and must include a weekday dinner peak; we never advance on a Friday, and no stage starts its first hours across Friday dinner. At each gate the payments eng lead and I sign off, in writing, in the release channel.',
      "The on-call engineer may flip the flag back to the old SDK at any hour, without waking me or asking anyone, and it takes effect within two minutes for new payments. If rolling back needed an app-store release, we wouldn't be ready to start.",
      "This canary tells us the new SDK is safe to put in front of everyone. It doesn't tell us wallet payments lift conversion; if anyone wants to claim that, we run a randomised A/B test with wallets switched on and off once everyone is on the new SDK.",
      "If time ran out, I'd cut: the iOS-before-Android ordering inside the third cohort, the 50 % stage, and the summary I'd post after each gate.",
    ].join('\n'),
  },
];
