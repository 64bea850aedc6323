import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-second fresh set, author c: strong answers (bp041–bp047), written blind and labelled
 * by hand before any grading.
 */
export const SIXTY_SECOND_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · "Decision — Choice — Why" lines; hospital shift-scheduling PM; cohorts by department, emergency departments last; thresholds against the same weekday last week; one assumption checked with engineering
  {
    id: 'bp041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'm the PM on a shift-scheduling app for hospitals, and our nurses ask payroll assistants like this one about overtime and leave, so I'll answer as I'd run it there.",
      'Decision — Choice — Why',
      'Who owns what — I own the cohort order, the rollback limits, the hold lengths and the go or no-go at each stage; engineering owns the model routing, the deploy and the flag — exposure and risk are product calls; the plumbing is theirs.',
      'Cohort order — our own HR and payroll staff first, then customers who opted into the assistant preview, then everyone else by department: back office, then clinical wards, emergency departments last — staff know the answers cold, preview customers asked for it, and ED staff ask about pay at 3 a.m. between patients, where a wrong answer costs most.',
      'Rollback limits, written before any traffic moves, against the same weekday last week, same hour — error rate more than 0.5 points higher; p99 latency more than 300 ms higher; questions resolved without a ticket down more than 2 points; cost per conversation more than 40 % higher — payroll questions spike on pay day and Mondays, so only a weekday comparison is fair; the cost line answers finance.',
      'Model signals, gated at every stage — a hallucination rate above 2 % from the eval harness on sampled live conversations rolls back; thumbs-down rate, p95 latency and tokens per conversation are reviewed at each gate — error rate stays flat even when a model invents a leave policy.',
      'Ramp — 1 % (internal), 5 % (preview), 25 %, 50 %, 100 %, holding at least 24 hours at each and through one pay day at 25 % — volume for the business metric, and pay day brings the hardest questions.',
      'Sign-off — I sign off each advance with the support-operations lead — someone who reads transcripts, not only dashboards.',
      "Rollback — the on-call engineer switches routing back to the old model at any hour without asking me; it's a config flag, under five minutes — waiting for approval at 3 a.m. is how a bad answer reaches a whole ward.",
      'What it proves — the canary shows the bigger model is safe to run, not that it is better; the three-point eval gain gets a randomised A/B test afterwards — hand-picked cohorts make any lift biased.',
      'Check with engineering first — that the old model stays deployed and warm behind the flag throughout — otherwise the rollback line is fiction.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Kittitian English register in writing; short; thresholds per language against the same weekday last week
  {
    id: 'bp042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Me as the PM, I does own three things here: which users see the new prompt first, the limits that pull it back, and how long we hold at each step. The engineers dem own the prompt routing and the flag.',
      'Order: we own staff first, English and German speakers both, then the users who opt in to early features, and the German-writing public last, because is there the casual tone go bite us.',
      'Limits, wrote down before one user move, per language, against the same weekday last week: thumbs-down rate not more than 1 point higher; suggestions accepted not more than 2 points lower; errors not up more than 0.5 %; p95 latency not more than 200 ms worse. The eval harness formality score for German must not drop under what the old prompt get, and we watch tokens per reply too.',
      'Stages: 1 %, 5 %, 20 %, 50 %, then everybody, holding two days at each. The localisation lead and me sign off every step.',
      'If any limit break, the on-call engineer flip the prompt flag back, day or night, no need to call me; two minutes and done.',
      'Mind you, the canary only tell we it safe. If the warmer tone really better, that is a proper randomised A/B test after.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Kittitian English register in writing; prose paragraphs; thresholds against the same weekday last week; one assumption checked with engineering
  {
    id: 'bp043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Before I say one word about percentages, let me say who does what, for in a small outfit it does get mix up. As the PM I decide the order the clinics go in, the rollback limits, how long each stage sit, and I say go or no go. The engineers own the model routing, the deploy and the flag that pick which model a clinic get.',
      'Order. Our own team and the two clinics we does work closest with go first, for they read every summary and will tell you straight when a dose come out wrong. Next the clinics that sign up for early features. Then the rest of the small clinics, and the busy multi-vet practices last, because they send the most notes and a bad summary there touch the most animals.',
      "Limits, set and wrote down before the first clinic move, all against the same weekday last week at the same hour, since Monday morning in a vet clinic is nothing like Thursday afternoon: error rate not more than 0.5 points higher; p95 latency not more than 250 ms worse; summaries the vet have to edit before saving not up more than 3 points. On top of that, hallucination rate from the eval harness must stay under 1 % on the canary. Cost per summary we watch too; it should drop, and if it don't, something wrong.",
      'The feedback thin, so the holds must be long. Stages at 2 %, 10 %, 25 %, 50 %, then 100 %, and we sit at each one till the eval harness grade at least 300 canary summaries, and at 25 % a full week so the edit rate have volume. For the canary we turn the harness up from one in two hundred to one in twenty. Me and our clinical lead, a vet on staff, sign off each step before it go further.',
      'Rollback is the on-call engineer job, any hour, no permission needed from me or nobody: flip the routing flag back to the old model, under five minutes.',
      'One thing I would check with engineering before we start: that the harness can really sample one in twenty on the canary without slowing the summaries down.',
      'And the canary only show the cheaper model safe. Whether it better for the vets is for a randomised A/B test after.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · hospital shift-scheduling PM drawing on night shifts; prose; thresholds per region against the same weekday last week; one assumption checked with engineering
  {
    id: 'bp044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I run releases for a hospital shift-scheduling app, and the rule I learned there is that nothing counts as tested until it has been through a night shift and a Monday morning. The grocery version: nothing counts until it has been through both regions' lunch peaks.",
      'Ownership first. I own the order of cohorts, the rollback limits, how long we hold and the go decision. The platform engineers own model serving, the traffic split and the feature-store capacity.',
      "Cohorts: Berlin staff accounts first, then customers in both regions who opted into the beta, then regular European customers, then regular South-East Asian customers, and first-time customers last in both regions. South-East Asia comes after Europe because its feature store is the one I'm least sure was sized for the extra reads, and the Berlin team is asleep at its lunch peak; new customers go last because a bad home screen on day one loses them for good.",
      "Limits, agreed before any traffic moves, per region and against the same weekday last week at the same local hour: recommendation errors no more than 0.3 points above; p99 latency no more than 150 ms above; baskets added from the home screen no more than 2 % below. We also gate on two model signals: the share of recommended baskets customers dismiss must stay within 3 points of last week's, and compute cost per request within 25 % of the old model's, with p95 latency of the feature reads on the same panel.",
      'Ramp: 1 %, 5 %, 20 %, 50 %, 100 %, and each stage holds at least 24 hours so it covers the Singapore lunch peak, early morning in Berlin, and the European evening. I sign off each advance with the ML lead.',
      'Rollback: the on-call engineer, in whichever region is awake, can switch recommendations back to the old model with the routing config at any hour, without waiting for me or anyone; it takes a couple of minutes.',
      "The one assumption I'd check with engineering before starting: that the old model goes back to its old read rate on the feature stores the moment traffic returns to it, so rolling back actually relieves the store.",
      'Last, this canary tells us the new model is safe to serve, not that it sells more. Whether it is better is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority · hospital shift-scheduling PM (night shifts); short; rollback first; thresholds against last Tuesday evening
  {
    id: 'bp045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Night shifts are my day job: I'm PM on a hospital shift-scheduling app, and our worst incidents have all been at 2 a.m. So I start with rollback.",
      "The on-call engineer may roll fare calculation back to the old pricing service at any hour, without phoning me or anyone: it's a routing switch, under five minutes. We rehearse it on Tuesday afternoon.",
      'Who owns what: I own the cohort order, the limits, the holds and the go decisions; engineering owns the routing, the deploy and the flag.',
      'Order: staff trips first, then riders in the opted-in beta, then regular riders, with new riders and corporate accounts last, since a wrong fare there costs us the account.',
      'Limits, fixed before Tuesday evening and measured against the same weekday last week at the same hour: fare errors above 0.3 %, p99 quote latency up more than 200 ms, completed trips down more than 2 %. Any one of them triggers the rollback.',
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %, each held through one full night including the billing batch window. The night duty manager and I both sign off each advance.',
      "This proves the new service is safe, not better; if we want to know it prices better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load · Kittitian English register in writing laid out as "Decision — Choice — Why" lines; thresholds against the same weekday last week; one assumption checked with engineering
  {
    id: 'bp046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Decision — Choice — Why, the way I would put it on the board:',
      'Who own what — I own the order teams go in, the limits, the holds and the go or no-go; the platform engineers dem own the proxy, the routing and the migration itself — the risk is product I deciding; the wires is theirs.',
      'Order — our own company workspace first, then teams that sign up for early access, then small teams, and the large teams with heavy boards last — we staff does live in the tool all day and will shout quick; the big accounts put the most load on the new cluster and pay the most.',
      'Limits, fix before one request move — page errors not more than 0.5 points over the same weekday last week at the same hour; p99 task-load latency not more than 250 ms over; tasks created per active user not down more than 2 % — a Tuesday in a project tool is nothing like a Sunday, so we compare like with like.',
      'Stages — 1 %, 5 %, 25 %, 50 %, 100 %, each one hold at least 24 hours and through one weekday morning peak, and 25 % hold through a Monday morning with the caches cold — the load tests run warm; I want to see it cold under real peak.',
      'Who say go — me and the database lead sign off every step, in the release channel — one from product and one who know the cluster.',
      'Rollback — the on-call engineer switch the proxy back to the old cluster, any hour, no need to ask nobody, under five minutes — whoever see the breach first must be able to act.',
      'Old cluster — not decommissioned till two weeks after 100 % — otherwise there is nothing to roll back to.',
      "What it prove — the canary only tell we the new storage safe; it don't say it better. If we want to know whether users get on better with it, that is a randomised A/B test after — different question, different tool.",
      "Check with engineering first — that writes land in both clusters during the ramp, so switching back don't lose a task somebody just create — if that not so, the rollback line is no good.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · hospital shift-scheduling PM in prose; thresholds per platform against the same weekday last week; one assumption checked with engineering
  {
    id: 'bp047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Quick context: I'm the PM for a shift-scheduling app used by hospital wards, so I'm used to releases where one bad hour matters more than a bad day. Friday dinner here is our 7 a.m. shift change.",
      "What's mine and what's engineering's: I decide who gets the new SDK in what order, which numbers roll it back, how long we hold, and I make the call to advance. Payments engineering owns the SDK integration, the app release, the remote flag and the routing.",
      "Order: employees ordering on their own phones first; then customers in the opted-in beta programme; then regular customers; first-time customers and our highest-spending regulars last, because a failed first payment loses a customer before they've started and the regulars are most of the revenue. Within each stage Android and iOS are reported separately; the burst risk is an Android one and would be averaged away otherwise.",
      'Limits, written before the flag moves and compared per platform with the same weekday last week at the same hour: payment failure rate no more than 0.5 points higher; p99 payment-confirmation latency no more than 400 ms slower; orders completed per session no more than 2 % lower. Any one of them breached for ten minutes means rollback. Because failures come in bursts, we read them in five-minute windows, not as a daily average.',
      'Ramp: 1 %, 5 %, 20 %, 50 %, 100 %. Each stage holds at least 48 hours and none advances until it has been through a dinner peak; the 20 % stage must hold through a Friday dinner before we go to 50 %. The head of payments and I sign off each step on a call, and it goes in the release log.',
      'Rollback: the on-call engineer turns the remote flag off and the app falls back to the old SDK path, at any hour, with no need to ask anyone; a few minutes, no app-store release.',
      "The assumption I'd check with engineering before starting: that the old SDK still ships in the app and the flag really switches at runtime. If switching back needs a new build, we're not ready to start.",
      "Finally, the canary is for safety only. Whether wallet payments lift conversion is a separate randomised A/B test once we're at 100 %.",
    ].join('\n'),
  },
];
