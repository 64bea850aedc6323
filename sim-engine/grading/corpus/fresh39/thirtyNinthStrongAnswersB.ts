import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-ninth fresh set, author b: strong answers (as021–as027), written blind and labelled by
 * hand before any grading. Four model or prompt scenarios, three service scenarios, seven voices.
 */
export const THIRTY_NINTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — terse, slightly impatient candidate
    id: 'as021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Fine. Short version.',
      "I own the calls: who sees it first, what numbers kill it, how long we sit at each step. Platform owns the routing. Don't mix those up.",
      'Order: our own payroll support staff, who know the answers cold. Then beta customers who opted in. Then small accounts. Big payroll clients last; a wrong answer about a payslip there is a ticket storm.',
      'Kill numbers, written down before the first conversation routes: hallucination rate on the eval harness up more than 1 point; thumbs-down up 15 % relative; p95 reply time over 6 s; cost per conversation above 1.3× today. Errors up 0.5 points as a backstop.',
      'Steps: 2, 10, 25, 50, 100 %. Two days minimum each, and 25 % has to sit over a month-end payroll run. Nobody moves a step without me and the support eng lead both signing.',
      'Rollback: on-call flips the model flag back. No meeting, no asking me. Under five minutes.',
      "And no, this doesn't show the bigger model is better. The canary says it's safe. Better is an A/B test afterwards, with cost on the scorecard. That's where finance gets its answer.",
    ].join('\n\n'),
  },
  {
    // prompt-locale-thumbs-down — every paragraph opens with a verb
    id: 'as022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Split the ownership first. Engineering owns the prompt deployment and the percentage switch; I own who gets the new prompt when, the numbers that stop it, and the call to move forward. If nobody writes that split down, it gets decided in a chat thread at six in the evening.',
      "Start with our own people, and deliberately include the German speakers: the Munich support team and anyone internal who writes in German. The English team reviewed this prompt, so German is exactly where it hasn't been tested, and keeping German out of the early stages would only postpone the discovery. Go next to opted-in beta users in both languages, then the general free tier, and leave the paying business accounts, who send these emails to their own clients, until last.",
      "Write the stop numbers before anything ships and get them agreed in the launch doc: thumbs-down rate per locale more than 20 % above the old prompt's; 'undo' or 'rewrite' clicks on suggestions up more than 10 %; the eval harness's tone check, which we extend with a German formal-address set, failing on more than 3 % of sampled outputs; the harness's hallucination score no worse than today; p95 latency up no more than 300 ms; tokens per suggestion up no more than 15 %, because a warmer prompt tends to be a wordier one. Error rate gets a 0.5-point line too, though that one will never catch a tone problem.",
      'Ramp it 1 %, 5 %, 20 %, 50 %, 100 %, and hold each step for at least two full working days so every step sees a Monday-morning email rush in both locales. Read the numbers split by language, never blended: with three quarters of users writing English, a German problem vanishes in the average.',
      'Sign each advance jointly, the ML lead and me, in the launch channel, against the written numbers. No sign-off, no next step.',
      'Let on-call roll back without asking anyone. Reverting is a config change to the previous prompt version and is live in a couple of minutes; whoever sees a breach acts first and tells us afterwards.',
      "Remember what this does and doesn't prove. The canary shows the new prompt is safe to run. Whether 'warmer' actually gets more suggestions accepted is a different question, and it needs a proper randomised A/B test before anyone calls the new tone a win.",
    ].join('\n\n'),
  },
  {
    // quiet-feedback-trap — PM at a B2B analytics company
    id: 'as023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'll answer this the way I'd run it at my day job. I'm a PM at a company that sells analytics dashboards to logistics firms, so the first thing I ask about any rollout is whether it will even produce enough data to read.",
      "Here it won't, as set up. A few hundred summaries a minute at peak, a 5 % slice, one summary in two hundred graded by the eval harness: that's a handful of graded summaries an hour and almost no vet ratings. So step one, mine to ask for and the ML team's to build: for the canary cohort only, raise harness sampling to one in ten, and make the gates count graded summaries, not hours.",
      'What I own: the cohort order, the stop thresholds, the gate criteria and the go/no-go. Engineering owns the routing and the switch.',
      "Order: our in-house vet advisers first, reading real summaries from their own test clinic. Then the clinics in our design-partner programme, who've agreed to rate every summary for two weeks; that's where the feedback volume comes from. Then small single-vet clinics, and the multi-site groups last: they have the most patients, and a summary that drops a dosage there reaches the most animals.",
      "Thresholds, agreed in writing with the ML lead before launch: harness factual-error rate (a drug, dose or finding that isn't in the notes) above 1.5 %, or more than 0.5 points over the old model; critical findings omitted in more than 2 % of graded summaries; thumbs-down share among rating vets more than 5 points over baseline; p95 generation time over 4 s; errors up 0.5 points. Cost per summary should fall, but I still log tokens per summary so we can see the saving actually land.",
      'Ramp: 2 %, 10 %, 25 %, 50 %, 100 %. A gate opens only after at least 1,500 harness-graded summaries and 72 hours, whichever comes later. I sign each advance together with the ML lead; if either of us is unsure, we wait.',
      'Rollback: anyone on the on-call rota can switch the route back to the old model, day or night, with no approval, and it takes effect within minutes. The old model stays deployed until two weeks after 100 %.',
      'Last thing: this canary tells us the cheaper model is safe for clinics. It does not tell us vets prefer its summaries. If we want to claim that, we run a randomised A/B test with enough clinics to power it.',
    ].join('\n\n'),
  },
  {
    // lunch-peak-recommendations — numbered list of rules
    id: 'as024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Rule 1: I decide who, when and on what evidence: cohort order, stop numbers, hold lengths, whether we advance. The recommendations team owns the flag and the routing. That split goes in the launch doc before day one.',
      'Rule 2: Staff go first, in both regions: the Berlin office and the Singapore ops team do their real shopping in the app. Then opted-in beta customers, again in both regions. Then ordinary customers, small markets before big ones. Our highest-spending subscribers come last.',
      'Rule 3: Singapore is in every stage from the start. A canary that only runs in Europe learns nothing about the Asian feature store.',
      "Rule 4: The stop numbers are fixed before we start and nobody edits them mid-ramp. Feature-store read p99 over 80 ms in any region. Home-screen p95 up more than 250 ms. Fallback to the default basket over 2 % of requests. Add-to-basket from recommendations down more than 3 % against control in the same region. 'Not interested' taps up more than 10 %. Offline eval (recall@10 on last week's baskets) no lower than the old model's. Compute per request up no more than 20 %. Errors up 0.5 points as a backstop.",
      'Rule 5: Stages are 1, 5, 20, 50, 100 %. Each holds at least 48 hours, so every stage has lived through two Singapore lunch peaks and two European evenings. The gate is the numbers, not the clock running out.',
      "Rule 6: Advancing needs two signatures, mine and the rec-team lead's, at every stage.",
      'Rule 7: Rolling back needs none. The on-call engineer flips the flag back to the old model, about two minutes. And someone is on call in Singapore hours, because 5 a.m. in Berlin is exactly when this will break.',
      'Rule 8: A clean canary means the new model is safe at load. Whether it sells more baskets is a separate, properly randomised A/B test, not something we read off the canary cohort.',
    ].join('\n'),
  },
  {
    // payment-sdk-android-bursts — one imagined customer through the stages
    id: 'as025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Let me walk one customer through it. Call him Tomasz; he orders a curry most Fridays from his Android phone.',
      "Before Tomasz is anywhere near this, I've done my part as PM: decided who gets the new SDK in what order, which numbers send it back, how long each stage lasts and who says go. The payments engineers own the SDK integration and the server-side flag that picks old or new. The stop numbers are in the release doc, signed by the payments lead and me before launch: payment failures more than 0.3 points above the old SDK on the same platform, measured in 10-minute windows so a burst can't hide in a daily average; any single window above 2 % failures; payment-step p99 over 2.5 seconds; checkout completion down more than 1.5 % against control.",
      'Week one, Tomasz sees nothing. Our own staff order lunch on the new SDK, half of them on Android on purpose, including some cheap older phones from the test lab. Then it goes to the couple of thousand customers in the beta programme.',
      'Week two, Tomasz lands in the 5 %. We make sure Android is at least as well represented in each stage as it is overall, because certification says nothing about real devices. He pays with the new wallet on Tuesday. Fine. What matters is that this stage holds over a Friday dinner peak before anyone signs for the next one; bursty failures need the busiest hour to show themselves.',
      "Friday, 19:40, Android failures jump in one window. Tomasz's payment fails. The on-call engineer doesn't ring me or wait for a meeting: she is allowed, and expected, to flip the flag back. Two minutes later Tomasz retries and pays through the old SDK. He's annoyed for two minutes, not for an evening.",
      "Had Friday been clean, the payments lead and I would have signed the move to 25 %, then 50 %, then 100 %, each holding through another Friday. Corporate lunch accounts, where one failed payment is a whole office's order, come in last.",
      "And if wallet payments look popular in Tomasz's cohort, I still don't call it a win. The canary told us the SDK doesn't break payments. Whether wallets lift conversion is an A/B test we design separately.",
    ].join('\n\n'),
  },
  {
    // storage-migration-under-load — decision log with dates
    id: 'as026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Decision log: task storage migration',
      '',
      'Mon 3 Mar. Ownership. I (PM) own which workspaces move in what order, the stop thresholds, hold lengths and the go/no-go at each gate. Platform owns the proxy, the cluster and the routing switch. Agreed with Jonas (platform lead).',
      'Mon 3 Mar. Decommission date moved. The old cluster stays up until two weeks after we reach 100 %, not end of month. Writes go to both clusters throughout, so a rollback never loses a task. VP Eng approved.',
      'Tue 4 Mar. Stop thresholds, fixed before any traffic moves and not to be changed during the rollout:',
      "- task-read errors above 0.2 %, or double the old cluster's rate",
      '- p99 task-list load above 900 ms (today about 400 ms) for 15 minutes',
      '- proxy connection pool above 85 % saturated',
      '- any mismatch in the nightly dual-write comparison',
      'Signed by Jonas and me.',
      'Tue 4 Mar. Cohort order. (1) Our own workspaces; we live in this tool. (2) Customers in the early-access programme. (3) Small free-tier teams. (4) Paid teams by size, smallest first. (5) Enterprise workspaces last: the biggest task lists, the heaviest queries, the least patience. Routing is per workspace, so a team never flips between clusters mid-session.',
      'Wed 5 Mar. Ramp: 1 % → 5 % → 25 % → 50 % → 100 % of workspaces. Each stage holds through at least two weekday morning peaks (09:00 to 11:00 CET) and one cold-cache event; at 5 % we deliberately restart a proxy node during a peak, because the load test only ever saw warm caches. The gate is thresholds clean for the whole hold.',
      'Wed 5 Mar. Sign-off. Jonas and I each sign every advance in the release channel. If one of us is away, the stage waits.',
      'Wed 5 Mar. Rollback. Any on-call engineer may route a cohort back to the old cluster at any hour without asking. It is a proxy config change, timed in staging at 90 seconds. Post-mortem afterwards, not permission beforehand.',
      'Thu 6 Mar. Scope note. This rollout checks the migration is safe. It is not evidence that the managed cluster makes the product faster for users; if we want to claim that, it gets its own A/B comparison.',
    ].join('\n'),
  },
  {
    // night-breach-rollback-authority — Ghanaian English, spoken
    id: 'as027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'So please, as for me the PM, my work is the decisions: who gets the new pricing first, the numbers that make us stop, how long we stay at each stage. The engineers, they own the service and the switch.',
      'We start with our own staff and pilot drivers, then riders in the beta, then one smaller city before the big ones. Corporate accounts come last, because a wrong fare on a company bill is a big palaver.',
      'The thresholds, we write them before Tuesday evening and nobody touches them on the night: fare mismatch with the old service above 0.5 %, quote p99 above 800 milliseconds, pricing errors above 0.2 %, completed trips down 2 % against control.',
      'Then we go small small: 2 %, 10 %, 30 %, 60 %, 100 %. Every stage must hold through one full weekend night and one billing batch window. Me and the engineering lead, we both sign before we move.',
      "Now the 2 a.m. question. The on-call engineer rolls back, full stop. She doesn't wake me, she doesn't wait. It's a flag, back to the old pricing in two, three minutes.",
      'And the canary only tells us it is safe, oh. If we want to know the new fares are better, that one is an A/B test, separate.',
    ].join('\n\n'),
  },
];
