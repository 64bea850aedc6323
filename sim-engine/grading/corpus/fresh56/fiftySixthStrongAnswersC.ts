import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-sixth fresh set, author c: strong answers (bj041–bj047), written blind, labelled by hand. */
export const FIFTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // prompt-locale-thumbs-down: a PM at a language-learning chatbot
  {
    id: 'bj041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I run product for a chatbot that helps adults practise Spanish and German, so a warmer prompt that gets formal address wrong is a failure I have shipped myself. Here is how I would release this one.',
      'First, the split of work. Engineering owns the prompt deployment and the flag that routes a share of sessions to the new prompt. I own the release decisions: which users see it in what order, the limits that stop it, how long each stage holds, and when it moves on.',
      'Our own staff who write in German go first, because they will notice a "du" where a "Sie" belongs within an hour. Then users who opted into the beta programme, in both languages. Then English-language users in general. German-language business accounts go last: an over-familiar email to a client embarrasses them most, and they are a quarter of our users.',
      "Before any session moves, the rollback limits go into the release doc and I agree them with the engineering lead. Thumbs-down rate on drafts no more than 1.5 percentage points above the old prompt, measured per language. The eval harness's formality check failing on no more than 2 % of sampled German drafts. p95 latency no more than 300 ms above the old prompt. Tokens per draft no more than 15 % above it, since a chattier prompt costs more. An error rate more than 0.5 % above control also stops it.",
      "The stages are 5 %, 10 %, 25 %, 50 % and 100 %. The first holds 24 hours, the second 48 hours so that German feedback has time to build up, the rest 24 hours each, and each advance needs my sign-off and the engineering lead's in the release channel, given only when every limit stayed inside for the whole hold.",
      'If a limit is breached, the on-call engineer flips the flag back to the old prompt at once, day or night, without asking me; nothing is redeployed, so it takes about two minutes.',
      'And the canary only tells us the warmer prompt is safe in both languages. Whether users like it better is a separate question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // storage-migration-under-load: a sequence of gates, each with a "passes if" line
  {
    id: 'bj042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Division of labour first: the platform team owns the proxy, the routing and the data sync; I own the gate criteria below, the order of tenants, and the call to hold or advance. Every limit here is written into the plan and agreed with the platform lead before the first read goes to the new cluster.',
      'Gate 1, our own workspaces. Our teams use the tool all day, so their task reads move first; a slow page hurts us, not customers.',
      'Passes if: over 24 hours, read errors stay within 0.2 percentage points of the old cluster, p99 page load is no more than 150 ms above it, and the nightly comparison finds no mismatched tasks.',
      'Gate 2, 5 % of reads, from free-tier teams on the early-access list. They opted in and their projects are small.',
      'Passes if: the same limits hold for 48 hours, including a Monday-morning peak with cold caches after a restart.',
      'Gate 3, 25 % of reads, every plan except enterprise.',
      'Passes if: the same limits hold for three days, and tasks created per active team stay no more than 2 % below the old-cluster group.',
      'Gate 4, 50 % of reads.',
      'Passes if: the same limits hold for three more days.',
      'Gate 5, enterprise teams and 100 %. They go last because they hold our largest contracts and tolerate a slow board least.',
      'Passes if: the limits hold for a week; only then may the old cluster be decommissioned.',
      "Each gate needs my sign-off and the platform lead's before traffic moves on. Between gates, the on-call SRE may send reads back to the old cluster by changing the proxy weight, at any hour and without approval; it completes in under three minutes. That is also why the old cluster is not switched off at the end of the month if we are not through Gate 5.",
      'The canary tells us the new store is safe under real load, cold caches included. It cannot tell us the tool got better; that would take a randomised A/B test, and for a migration it is not a question we need answered.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: thresholds relative to the previous week's baseline
  {
    id: 'bj043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Last week was ordinary in both regions, with no campaign and no holiday, so I would use it as the yardstick: every limit is set against the same hour of the same weekday last week, in each region separately, and checked against the control group on the old model as well.',
      'The ML platform team deploys the model and runs the traffic split per region. I own the order of exposure, the limits, the holds and the decision to advance.',
      'These limits are agreed with the ML lead and written down before any traffic moves. Breaching any one of them in either region rolls the model back.',
      "- Feature-store read errors may rise at most 0.3 percentage points over last week's rate for that hour and region.",
      "- p95 recommendation latency may be at most 20 % above last week's same hour.",
      "- Add-to-cart from recommended baskets may fall at most 3 % below last week's same hour.",
      '- The eval score on the replay set may be at most 1 point below the current model.',
      '- Compute cost per thousand requests may be at most 25 % above last week.',
      'Staff accounts in Berlin go first, then beta users who opted in, in both regions, then general customers in Europe. South-East Asia comes after Europe, not because it matters less but because its feature stores were sized for the old model and the Singapore lunch peak is the load we fear most, so we arrive there with evidence from European peaks. In each region the highest-spending subscribers come last.',
      'The stages are 1 %, 5 %, 20 %, 50 % and 100 %. Each holds at least 48 hours, so that it spans two Singapore lunch peaks, and advances only when every limit held in both regions. The ML lead and I both sign off each advance.',
      'The on-call engineer, in Berlin by day and in Singapore during the Asian lunch peak, routes traffic back to the old model with the config switch, without approval, in under five minutes.',
      'This is a safety check and nothing more. Even a higher add-to-cart rate in the canary would not show the model is better; that needs a randomised A/B test after the rollout.',
    ].join('\n'),
  },
  // support-model-upgrade: a Marshallese English register, written
  {
    id: 'bj044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Iokwe.',
      'My job as PM is deciding: who get the new model first, what numbers make us stop, how long we wait at each step. The engineering team, they do the routing and the deploy, that is their part.',
      'First group is our own HR and payroll staff, they know the right answer. After that the customers who join the beta. After that small companies. Big employers with many payslip questions go last, because wrong answer about pay hurt them most.',
      'Before we move any traffic we write down the limits together with engineering lead: errors more than 0.5 % over the old model, p95 slower by more than 800 ms, hallucination on eval harness more than 2 %, thumbs-down more than 1 point over old model, cost per conversation more than 30 % above old one. Any one, we go back.',
      'Steps are 5 %, 20 %, 50 %, 100 %. Each one we hold two days, and engineering lead and me both sign before next step. On-call engineer can switch back to old model by the flag, any time of night, no need to ask me, it take few minutes.',
      'Canary only tell us it is safe. If it answer better, that one we check later with randomised A/B test.',
      'Kommol tata.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a paragraph on what the canary cannot tell the team
  {
    id: 'bj045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'The payments engineers own the SDK integration, the app build and the remote flag that decides which sessions use the new SDK. What I own as PM is the shape of the release: who gets it in which order, the numbers that stop it, how long we sit at each stage, and the sign-off to move on.',
      "The cohorts are built around the riskiest piece, which is Android. Employees' phones go first, Android and iOS alike, since they order through the app anyway. Next come customers in the in-app beta programme. Then ordinary customers in one mid-sized city with plenty of Android volume. Our biggest cities and corporate accounts come last, because a failed payment at Friday dinner in the capital is the most expensive failure we can have.",
      'The stopping rules are settled and signed before the first session switches, and none of them is a daily average. Payment failures over any 5-minute window more than 0.5 percentage points above the old SDK on the same platform. p99 payment confirmation time more than 400 ms above the old SDK. Completed orders per session more than 2 % below the control cohort. Android and iOS are measured separately, so that a burst on Android cannot be diluted by iOS in a blended number.',
      'The stages are 1 %, 5 %, 25 %, 50 % and 100 % of app sessions. Each holds at least 24 hours, and the 25 % stage must include a full Friday dinner peak before we go further. Advancing needs both the payments engineering lead and me to sign off in the release log, and either of us may say no.',
      'Rollback does not wait for either of us. The on-call engineer flips the remote flag back to the old SDK the moment a limit trips, at any hour, without asking, and the apps pick it up within about two minutes. No app-store update is involved, which is why the flag is a condition of shipping at all.',
      'It is worth saying out loud what the canary cannot tell the team. It cannot tell us whether wallet payments lift conversion: the early cohorts are staff and enthusiasts, chosen on purpose, not a random sample of customers. It says little about rare bursts while we sit at 1 % on a quiet weekday. And it cannot vouch for phones that nobody in the early cohorts owns. The canary answers one question, whether it is safe to keep going; whether wallets are worth it is for a randomised A/B test after the rollout.',
    ].join('\n'),
  },
  // quiet-feedback-trap: terse bullets, each opening on a count
  {
    id: 'bj046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'How I would release the cheaper summary model:',
      '- 2 owners: I decide order, limits, holds and advances; ML engineers run deploy and routing.',
      '- 3 cohorts in order: our clinic-support staff first, then pilot clinics that volunteered for early access, then everyone else, busiest multi-vet clinics last because a bad summary costs them most.',
      "- 5 limits, written down and signed before any traffic moves: hallucination on the eval harness above 2 %; errors above control by 0.5 %; p95 generation latency above control by 500 ms; thumbs-down share above control by 2 points; cost per summary not below the old model's, the reason we are switching.",
      '- 1 summary in 20 graded by the eval harness during the canary instead of 1 in 200, because the usual rate is too thin to read a 2 % limit.',
      '- 4 stages: 5 %, 25 %, 50 %, 100 %, each held 48 hours and until the harness has graded 1,000 canary summaries.',
      "- 2 signatures per advance: mine and the ML lead's.",
      '- 1 flag flip to roll back: the on-call engineer does it alone, at any hour, done in under 5 minutes.',
      '- 0 claims of improvement: the canary shows the cheaper model is safe; a randomised A/B test decides whether vets prefer it.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a former SRE turned PM, with a closing sentence on what they would do differently on a second release
  {
    id: 'bj047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I spent six years on call before product, so I start from the 2 a.m. page. The pricing team owns the new service, the deploy and the routing. I own the plan: the rider order, the limits, the holds and the advances.',
      'Limits, fixed in the release doc before Tuesday evening: fare-calculation errors more than 0.3 % above the old service, p99 quote latency more than 250 ms above it, completed trips per request more than 2 % below the control group. Any of them means rollback.',
      'Employees ride first, then riders in the beta programme, then one small city, with the busiest weekend-night markets last, because a wrong fare at peak hurts the most riders.',
      'Stages of 2 %, 10 %, 30 %, 60 % and 100 %, each held at least a day and a night; the 10 % stage also spans the nightly billing batch. The pricing lead and I sign off each step.',
      'At 2 a.m. the on-call engineer rolls back by switching the route to the old service, alone, without waking anyone; it takes under three minutes.',
      'This shows the service is safe, not that fares are better; that needs an A/B test with random assignment.',
      'On a second release I would rehearse the 2 a.m. rollback before the first stage, not after it.',
    ].join('\n'),
  },
];
