import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Red-team set Z (z001–z020), written blind to the grader. z001–z012 are tricks: every point's
 * vocabulary and numbers, but no plan this candidate commits to for this change, so no points.
 * z013–z020 are controls: committed strong answers in forms that are easy to mis-grade.
 * Why each is labelled as it is: ./README.md.
 */
export const RED_TEAM_Z_CORPUS: readonly LabelledAnswer[] = [
  {
    // storage-migration-under-load: spot-the-planted-errors puzzle
    id: 'z001',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'This is the exercise I give every new PM on my team, and it happens to be built on a ' +
      'migration just like yours. Read it as the PM\'s plan: "I own the release decisions and ' +
      'the platform team owns the proxy. Employees go first, then the beta programme, then ' +
      'free workspaces and paid teams, with enterprise tenants last. Thresholds, written down ' +
      'before the first query moves: error rate 0.5 % above control, p99 page latency 200 ms ' +
      'worse, tasks created per session down 2 % against the baseline cohort. The ramp is 1, ' +
      '5, 25, 50 and 100 %, with a metric-based hold of at least 12 hours per stage, and I ' +
      'sign each gate off with the database lead. On-call may roll back at any hour by ' +
      'switching the proxy route back, which takes about three minutes. Afterwards we read ' +
      'the canary cohort\'s numbers as our A/B result, since the split is random anyway." ' +
      "Three sentences in there are planted errors. A PM who can't find all three shouldn't " +
      "be trusted with the cutover, so I'll leave them with you; that's how I learned it.",
  },
  {
    // payment-sdk-android-bursts: log of simulator practice attempts, none chosen
    id: 'z002',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I've practised this one a lot in Canary Coach, so let me walk you through my log.",
      'Attempt 1: staff, beta testers, then the iPhone, Android and web traffic together, loyalty members last. I owned the gates; payments platform owned the routing. Thresholds of 0.5 % on payment errors against control, 200 ms on p99, 2 % on completed orders against the baseline. 1-5-25-50-100 with six-hour holds and my sign-off. Rollback by the on-call engineer through the payment router, about two minutes. A/B test on the wallet button afterwards, because the canary only shows safety. Score 64: the Android bursts slipped through at 25 %.',
      'Attempt 2: same order but Android ahead of iPhone, thresholds tightened to 0.3 % and 150 ms, metric-based holds of 12 hours that had to cover a Friday dinner. Score 71, but a false rollback on Thursday lunch.',
      'Attempt 3: back to time-based 24-hour holds, the tech lead signing instead of me, the flag flip instead of the router. Score 58.',
      "Attempt 4 I ran at four times speed and didn't write down.",
      "So that's where I am with this one: four runs, four different plans, and the scores all over the place.",
    ].join('\n'),
  },
  {
    // image-resizer-memory-leak: diff between two drafts of the resizer team's doc, neither the speaker's, no merge decision
    id: 'z003',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'The resizer team has two drafts of the rollout doc in review, v3 and v4, and the cleanest way to show you the decisions is the diff between them:',
      '- Owner of stage decisions: the PM',
      '+ Owner of stage decisions: the SRE lead, PM consulted',
      '- Order: employees → beta sellers → hobby sellers → professional sellers → brand stores last',
      '+ Order: random 5 % slice of all sellers, brand stores excluded until 50 %',
      '- Thresholds: errors +0.5 % vs control, p99 +200 ms, listing-page conversion −2 % vs baseline cohort',
      '+ Thresholds: errors +1 % vs control, p99 +300 ms, conversion −3 % vs last week',
      '- Ramp: 1 / 5 / 25 / 50 / 100 %, 24 h hold per stage to cover a full day of memory growth',
      '+ Ramp: 1 / 5 / 25 / 100 %, metric-based holds of 6 h',
      '- Sign-off: PM and resizer tech lead at each gate',
      '+ Sign-off: on-call engineer at each gate',
      '- Rollback: on-call, any hour, route flip back to the old resizer, about 3 minutes',
      '+ Rollback: business hours, redeploy of the old build, about 25 minutes',
      '- Follow-up: randomised A/B test on the new photo format',
      "+ Follow-up: read the format's uplift from the canary sellers",
      "Thursday's review picks one of the two.",
    ].join('\n'),
  },
  {
    // night-breach-rollback-authority: forecast of how the pricing team will run it, speaker on the sidelines
    id: 'z004',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "I've sat next to three pricing teams at ride-hailing companies, so I can tell you " +
      'fairly precisely how Tuesday evening will go. Their PM will own the calls on order and ' +
      'thresholds and leave the routing to SRE. Employees will get the new fares first, then ' +
      'beta riders, then riders at large, and business accounts will come last because ' +
      "finance will insist on it. They'll write down error rate 0.5 % over control, p99 at " +
      "+200 ms and completed trips down 2 % against the baseline, and they'll ramp 1, 5, 25, " +
      '50, 100 with four-hour holds that the pricing lead signs at each gate. The on-call ' +
      'engineer will hold rollback authority through the night, and the rollback will be a ' +
      "routing change of a couple of minutes. Once it's out, someone from growth will propose " +
      "an A/B test to see whether the new fares actually earn more — they always do. That's " +
      "my forecast, and it's usually right. The nightly batch window is the part I'll be " +
      'watching with most interest.',
  },
  {
    // search-tail-latency: results of a poll of other PMs, distribution reported, nothing adopted
    id: 'z005',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "I actually put this scenario to a PM community I'm in last month — the new index " +
      'layout, free tier and institutional licences — and 43 people answered. Ownership: 81 % ' +
      'said the PM owns the stage decisions and SRE owns the routing. Order: 30 of 43 put ' +
      'employees first and labs users second, nine put heavy researchers ahead of labs users, ' +
      'and almost everyone put institutional licences last. Thresholds: the median answer was ' +
      'errors +0.5 % over control, p99 +200 ms, and searches ending in a download −2 % ' +
      'against the baseline cohort, though a third wanted p99.9 for the filtered queries. ' +
      'Ramp: 1/5/25/50/100 was the most common, holds between 4 and 24 hours with a median of ' +
      '12, and 70 % named a sign-off at each gate. Rollback: 88 % said on-call, around the ' +
      'clock, through a routing switch in under five minutes. And 91 % said the canary shows ' +
      'safety, not improvement, so a randomised A/B test follows. The spread on the tail ' +
      'threshold was the most interesting part; I can send you the sheet.',
  },
  {
    // checkout-first-order: true-or-false quiz for the interviewer, no key (harder reuse of "questions only": every item is a declarative)
    id: 'z006',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Quick true-or-false round on the one-page checkout:',
      '1. The PM owns order, thresholds and holds; engineering owns the split.',
      '2. Employees, then Insiders, then coupon browsers; first-time buyers and wholesale last.',
      '3. Roll back at errors +0.5 % vs control, p99 +200 ms, conversion −2 % vs the baseline cohort, fixed before launch.',
      '4. 1, 5, 25, 50, 100 %, 24-hour holds.',
      '5. PM and checkout lead sign each gate.',
      '6. On-call flips the flag back any hour, in a minute.',
      "7. The Insiders' conversion proves it's better, so no A/B test.",
      'Your seven answers first, then mine.',
    ].join('\n'),
  },
  {
    // support-model-upgrade: priced Bronze/Silver/Gold menu, the interviewer is asked to buy one
    id: 'z007',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Let me lay out what I can offer, and you tell me which one fits the budget Finance has in mind.',
      'Bronze, about 3 engineer-days: the PM owns order and limits; support agents, then the preview programme, then everyone at once. Rollback at eval-harness hallucination +1 point or thumbs-down +20 %. 1 → 10 → 100 % with 12-hour holds signed off by the support lead; rollback by on-call in business hours through the gateway.',
      'Silver, about 6 engineer-days: adds workspace admins before members and trials, enterprise customers last; thresholds add p95 latency +300 ms, token cost per conversation +30 %, errors +0.5 % vs control and ticket deflection −2 % vs baseline; 1/5/25/50/100 % with 24-hour metric holds; sign-off by the PM and the ML lead; 24×7 on-call rollback through the model router in under five minutes.',
      'Gold, about 10 engineer-days: Silver plus a randomised A/B test after the canary, because the canary only shows the bigger model is safe, not better, and a per-tenant cost dashboard for Finance.',
      'Each one is a real plan; the price difference is mostly the eval harness and the night on-call. Which are we buying?',
    ].join('\n'),
  },
  {
    // prompt-locale-thumbs-down: the script the speaker wrote for a mentee's interview at her company
    id: 'z008',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'My mentee Priya has this exact question in her loop on Thursday — friendlier prompt, ' +
      'German users — so we rehearsed it last night. This is the answer we scripted for her, ' +
      "word for word, built around her company's tooling (they already run a formality eval; " +
      'I don\'t know what you have): "As the PM I own which users go first, the thresholds and ' +
      "the holds; the platform team owns the gateway. I'd start with employees, then " +
      'early-access writers, then English-language users, then German-language users, with ' +
      "business teams last. I'd roll back on thumbs-down up 15 % relative in either language, " +
      'eval-harness hallucination or formality failures above 2 %, p95 latency up 300 ms, ' +
      "tokens per reply up 20 %, and errors 0.5 % over control. I'd ramp 1, 5, 25, 50, 100 " +
      'with 24-hour metric-based holds and sign each gate with the applied-AI lead. On-call ' +
      "can switch the prompt version back at any hour; it's a config change, under five " +
      "minutes. And the canary only tells me it's safe; whether warmer is better is an A/B " +
      'test." She tends to forget the German split under pressure, so we drilled that part ' +
      'twice.',
  },
  {
    // quiet-feedback-trap: requirements list for choosing a rollout vendor (harder reuse of "sales pitch for a rollout tool": the buyer's spec, in "must" voice, with e.g. values)
    id: 'z009',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "We're choosing a rollout platform for the summariser this quarter, so the most useful thing I can share is the requirements list I drafted for the vendors.",
      "R1. The PM, not the vendor's support team, owns cohort order, thresholds and hold lengths in the console.",
      'R2. Cohorts in any order, e.g. employees, then pilot clinics, then clinics, with hospital groups last.',
      'R3. Per-metric thresholds against control, e.g. errors +0.5 %, p95 latency +250 ms, eval-harness hallucination +1 point, thumbs-down +25 % relative, token cost per summary +15 %.',
      'R4. Stages such as 1, 5, 25, 50, 100 %, with metric-based holds of up to 72 hours, since our harness grades only one summary in 200.',
      'R5. A named sign-off on every gate.',
      'R6. Rollback by on-call at any hour through a config flip in under five minutes.',
      'R7. Hand-off to a randomised A/B experiment once the canary is clean, because the canary says safe, not better.',
      'Two vendors meet all seven; the third fails R4. We decide in January.',
    ].join('\n'),
  },
  {
    // lunch-peak-recommendations: the speaker's interview feedback form on another candidate's answer
    id: 'z010',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Funnily enough I was on the other side of this question last week — we use it in our own loops — so here are my notes on that candidate, roughly as I submitted them.',
      'Candidate J., senior PM loop. Q: canary plan for the new recommendation model.',
      '- Ownership: PM owns order, thresholds, holds; ML platform owns routing. Good.',
      '- Cohorts: employees → preview programme → Germany/Austria → Singapore/KL → Plus subscribers. Good, but no reason given for Singapore after Germany.',
      '- Thresholds: errors +0.5 % vs control, p95 +150 ms, basket add-rate −2 % vs baseline, feature-fetch cost per request +20 %, eval-harness hallucinated items +1 pt, thumbs-down +25 %. Good.',
      '- Ramp/holds: 1/5/25/50/100, 24 h metric holds to cover both lunch peaks; sign-off PM + ML lead. Good.',
      '- Rollback: on-call in Berlin and Singapore, config switch, under 5 min. Good.',
      '- Canary vs A/B: clear that the canary is safety, the A/B test is lift.',
      'Overall: lean hire. Missed that the feature stores were sized for the old model.',
    ].join('\n'),
  },
  {
    // support-model-upgrade: playback of the interviewer's own team process, asked to confirm before answering
    id: 'z011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Before I answer, let me play back what you told me earlier about how your team ships ' +
      "assistant changes, because I'd rather build on it than reinvent it. Your PMs own the " +
      'exposure order and the limits; the ML platform team owns the gateway. You route ' +
      'support agents first, then the preview programme, then workspace admins, members and ' +
      'trials, with enterprise customers last. Your standing limits are eval-harness ' +
      'hallucination up more than 1 point, thumbs-down up 20 %, p95 latency plus 400 ms, cost ' +
      'per conversation plus 25 %, and errors half a percent over control. You step 1, 5, 25, ' +
      '50, 100 with 24-hour holds, and the support director signs each gate. Your on-call can ' +
      'flip the model version back around the clock — a config change of a couple of minutes ' +
      "— and you run an A/B test afterwards for the question of whether it's actually better. " +
      'Have I got that right? If so, the interesting part for a bigger model is the cost per ' +
      "conversation, and that's where I'd want to start.",
  },
  {
    // quiet-feedback-trap: weighted decision matrix of two plans ending in an exact tie (harder reuse of "two opposite plans and a coin flip")
    id: 'z012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'I scored the two rollout plans our team is weighing for the summariser.',
      'Plan A: PM owns the gates; employees → pilot clinics → clinics → hospital groups; rollback at errors +0.5 % vs control, p95 +200 ms, eval hallucination +1 pt, thumbs-down +30 %, cost per summary +10 %; 1/5/25/50/100 with 48-hour metric holds; the clinical lead signs each gate; on-call rollback 24×7 by config, about 2 minutes; A/B test afterwards for quality.',
      'Plan B: same owners; pilot clinics first, employees skipped because staff never write visit notes; limits relaxed to hallucination +2 pt and thumbs-down +50 % because the signal is sparse; harness sampling raised from 1 in 200 to 1 in 20; 5/50/100 with 72-hour holds; the PM signs; rollback by flag flip in business hours; A/B test afterwards.',
      'Criteria (weight): safety (0.35) A 8, B 7; speed (0.2) A 5, B 8; detection power (0.25) A 6, B 7; cost (0.1) A 9, B 6; clinic trust (0.1) A 8, B 6.',
      'Weighted totals: A 7.00, B 7.00.',
      'A dead heat, which is honestly where the team is too.',
    ].join('\n'),
  },
  {
    // payment-sdk-android-bursts: terse verbless bullets, no pronoun at all
    id: 'z013',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Wallet-payments SDK canary',
      '• Order, limits, holds: PM. Routing: payments platform.',
      '• Employees → beta testers → web shop → iPhone → Android → loyalty members last',
      '• Rollback limits, fixed beforehand: payment errors +0.5 % vs control; p99 +200 ms; completed orders −2 % vs baseline cohort',
      '• 1 / 5 / 25 / 50 / 100 %, metric-based holds ≥ 6 h, each spanning a dinner peak',
      '• Gate sign-off: PM + payments lead',
      '• Rollback: on-call, 24×7, router flip to the old SDK, ~2 min',
      '• Then a randomised A/B test on wallet uptake; canary = safe, not better',
    ].join('\n'),
  },
  {
    // storage-migration-under-load: a past job's plan explicitly reused for this change, with one addition
    id: 'z014',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I've done almost exactly this: at my last company we moved our ticket store to a managed cluster behind a new proxy, and I'd reuse that plan here nearly line for line, because it caught a cold-cache problem like the one your load test hid. I own the release decisions — order, thresholds, holds — and the platform team owns the proxy and the routing. Employees first, then the beta programme, then free workspaces, then paid teams, with enterprise tenants last. Rollback triggers, signed before any read goes to the new cluster: error rate 0.5 % over control, p99 page latency 200 ms worse, and tasks created per session down 2 % against the baseline cohort. The ramp is 1, 5, 25, 50, 100 %, with metric-based holds of at least 12 hours each, and the 25 % and 50 % stages must include a Monday-morning peak, because that is where pool exhaustion shows. The database lead and I sign off every gate. Rollback is the proxy route flipped back to the self-hosted database by whoever is on call, day or night, in about two minutes — which is why the old cluster stays up until we have been at 100 % for a week, end of month or not. The one addition to last time: a deliberate cold-cache test at the 5 % stage. And the canary only says the managed cluster is safe; afterwards we run a randomised A/B comparison on page-load time to learn whether it is better.",
      "Why those numbers, since you'll ask: 0.5 % on errors because a task page that fails to load is the one failure teams notice within minutes and escalate; 200 ms on p99 because the proxy adds a hop and I want the tail, not the median, to tell me when the connection pool starts queueing; and 2 % on tasks created because that is the business signal that moves when pages are slow but not broken, and at 25 % a day of traffic is enough to see it against the baseline. The Monday peak matters more than any load test: last time the old warm-cache numbers looked perfect for three days and the pool ran dry at 09:10 on the first Monday, at 25 %, which is exactly what a rollback in two minutes is for. Enterprise tenants stay out until 50 % has held through that peak.",
    ].join('\n'),
  },
  {
    // image-resizer-memory-leak: imperative runbook, first person only in the title
    id: 'z015',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Runbook: resizer v2 rollout (my plan; I'm the PM who owns the gates, the image-platform team runs the routing)",
      '1. Before anything moves, record the rollback limits: error rate +0.5 % vs control, p99 image latency +200 ms vs control, listing-page conversion −2 % vs the baseline cohort. Chart resizer memory next to them.',
      '2. Route employees first, then beta sellers, then hobby sellers, then professional sellers; brand stores last.',
      '3. Step 1 → 5 → 25 → 50 → 100 %. Hold each step at least 24 h, metric-based: advance only when every limit has held for a full day, since the service restarts only on deploys and a leak needs a day to show.',
      '4. Get sign-off at every gate from the PM and the image-platform lead.',
      '5. On any breach, on-call rolls back at once, any hour, by switching the route to the old resizer: under five minutes, no redeploy.',
      '6. Do not restart pods to "fix" latency mid-stage; it hides the leak.',
      '7. After the canary, run a randomised A/B test on the new photo format; the canary proves safe, not better.',
      'Thursday slips if the holds need it.',
    ].join('\n'),
  },
  {
    // night-breach-rollback-authority: plan given as answers to the interviewer's expected follow-ups
    id: 'z016',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Let me answer the follow-ups you're about to ask, in order.",
      '"Who owns this?" I do, as PM: the cohort order, the limits and the holds. The platform team owns the routing to the new pricing service.',
      '"Who goes first?" Employees, then beta riders, then riders generally; business accounts last.',
      '"What triggers a rollback?" Fare-calculation errors 0.5 % above control, p99 200 ms above control, and completed bookings 2 % below the baseline cohort, written down and agreed before Tuesday 18:00.',
      '"How long do you hold?" 1, 5, 25, 50, 100 %, each a metric-based hold of at least six hours, and every stage has to cross the nightly batch window once before it advances.',
      '"Who signs the gates?" The pricing tech lead and I, in daytime hours; nothing advances at night.',
      '"And at 2 a.m.?" The on-call engineer rolls back alone, without waking me, by flipping the route back to the old fare calculation. About two minutes.',
      '"Is this your A/B test?" No. This tells us the new service is safe. We run a randomised A/B test afterwards to learn whether it prices better.',
    ].join('\n'),
  },
  {
    // support-model-upgrade: a quoted one-pager the speaker says is their own, for this change
    id: 'z017',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Here is the rollout one-pager I'd put in front of the team on day one. I wrote it for this change and I'd sign it as it stands:",
      '"Support assistant, larger model. Release decisions: the PM (me); ML platform runs the gateway. Exposure: support agents, then the preview programme, then workspace admins, members and trial accounts; enterprise customers last. Roll back if, against control: hallucination rate from the eval harness on payroll questions up more than 1 point; thumbs-down or explicit corrections up more than 20 %; p95 latency up more than 500 ms; token cost per conversation up more than 30 % (Finance\'s ceiling); error rate up more than 0.5 %. Ramp: 1, 5, 25, 50, 100 %, metric-based holds of 24 h (48 h at 5 %, since long payslip threads are rare). Every gate: sign-off by the PM and the support lead. Rollback: on-call, 24×7, switch the model version in the gateway config, under five minutes. After the canary: a randomised A/B test on resolution rate, because the canary says safe, not better."',
      'That is my plan.',
    ].join('\n'),
  },
  {
    // prompt-locale-thumbs-down: a past failure story first, then a committed plan
    id: 'z018',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Two years ago I shipped a "friendlier" onboarding email to all our Dutch users at ' +
      "once, and we spent a month apologising. So this is a release I'd be careful with, and " +
      "here is how I'll run it. I own the order, the limits and the holds; the platform team " +
      'owns the prompt routing. Employees first, including our German-speaking staff, then ' +
      'early-access writers, then English-language users, then German-language users, with ' +
      "business teams last. Before it starts I'll write down the rollback limits, per " +
      'language: thumbs-down or rewrite rate up 15 % relative to control, eval-harness tone ' +
      'failures (wrong du/Sie) or hallucinated facts above 2 % of graded drafts, p95 latency ' +
      'up 300 ms, tokens per draft up 20 %, errors up 0.5 %. The ramp is 1, 5, 25, 50, 100 % ' +
      'with metric-based holds of 24 hours, and the German cohort holds 48 hours at its first ' +
      'stage. The applied-AI lead and I sign each gate. On-call can revert the prompt version ' +
      "at any hour; it's a config change, done in two minutes. We'll run a randomised A/B " +
      "test afterwards to learn whether warmer is actually better; the canary only says it's " +
      'safe.',
  },
  {
    // quiet-feedback-trap: argues against the usual plan, then commits, with one honest conditional
    id: 'z019',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "The usual move, 5 % for a day, watch thumbs-down, then go, doesn't work here: at a few " +
      'hundred summaries a minute, with the harness grading one in 200, a 5 % canary yields a ' +
      "handful of graded summaries an hour. So I'd run it differently. I own the gates and " +
      'the limits; ML platform owns the routing. Order: employees (plumbing only), then pilot ' +
      'clinics, then clinics, with hospital groups last. For the canary we raise harness ' +
      'sampling to 1 in 10. Rollback limits, agreed before the first summary: hallucinated ' +
      'findings in graded summaries up more than 1 point over control, thumbs-down up 30 % ' +
      'relative, p95 latency up 300 ms, cost per summary up 10 % (it should fall), errors ' +
      '+0.5 % vs control. Ramp 1, 5, 25, 50, 100 % on metric-based holds: advance only once ' +
      'at least 400 graded summaries per arm show every limit inside, 72 hours at most per ' +
      "stage. If the harness can't take 1 in 10 by launch, the 5 % hold runs to its 72-hour " +
      'maximum rather than advancing early. The clinical lead and I sign each gate. On-call ' +
      'may roll back 24×7 by switching the model in the gateway config, under five minutes. ' +
      'Then we run a randomised A/B test on how often vets edit the summaries, because the ' +
      'canary shows safe, not as good.',
  },
  {
    // lunch-peak-recommendations: passive voice, no first person, one conditional that still commits
    id: 'z020',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'The plan for the recommendation model. Release decisions (order, limits, hold lengths) ' +
      'are owned by the PM; routing is run by the ML platform team. Exposure is given to ' +
      'employees first, then the preview programme, then Germany and Austria, then Singapore ' +
      'and Kuala Lumpur, with Plus subscribers last. Rollback limits are fixed before launch, ' +
      'against control: errors +0.5 %, p95 latency +150 ms, feature-store timeouts +0.5 %, ' +
      'basket add rate −2 % against the baseline cohort, eval-harness rate of hallucinated or ' +
      'unavailable items +1 point, thumbs-down on baskets +25 %, compute cost per request +20 ' +
      '%. Stages are 1, 5, 25, 50 and 100 %; each hold is metric-based, at least 24 hours, ' +
      'and must include a Singapore lunch peak (early morning in Berlin). Each gate is signed ' +
      'off by the PM and the recommendations lead. A rollback may be triggered by the on-call ' +
      'engineer in Berlin or Singapore at any hour; it is a config switch, completed in under ' +
      'five minutes. If the Singapore feature store has not been resized by the 25 % stage, ' +
      'that stage is held until it is. Whether the model sells more is measured afterwards in ' +
      'a randomised A/B test; the canary is not read for lift.',
  },
];
