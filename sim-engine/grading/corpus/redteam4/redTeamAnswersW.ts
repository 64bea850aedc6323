import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Red-team set W, written blind (without seeing the grader) as a held-out probe.
 * w001–w012: tricks that use every point's words and numbers but commit to no plan for this
 * change, so a strict interviewer credits nothing. w013–w020: committed strong answers in forms
 * that are easy to mis-grade. The built-in scenario each answer was written on is named in the
 * comment above it; README.md beside this file says why each label is what it is.
 */
export const RED_TEAM_W_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load: minutes of a review where nothing was agreed.
  {
    id: 'w001',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Release review, task storage to the managed cluster. These are the notes I took on Monday.',
      'Attendees: Ines (platform), Kofi (SRE), Lale (enterprise success), me.',
      '- Order: Kofi wants employees, then the beta programme, then free workspaces, paid teams, enterprise tenants last. Ines argued free workspaces create exactly the cold-cache load we need to test, so they belong earlier. Left open.',
      '- Thresholds: Kofi proposed errors 0.5 % over control and p99 no worse than +250 ms. Ines thinks p99 is the wrong signal behind a proxy and wants pool saturation instead. Lale asked for a task-save guard at −2 % against baseline. Not settled.',
      '- Ramp: 1 / 5 / 25 / 50 / 100 was on the whiteboard; holds anywhere from 4 to 24 hours depending on who you ask. Kofi wants metric gates for an infrastructure change.',
      '- Sign-off: whether the PM or the platform lead owns the go/no-go and signs each gate is "to confirm with the director".',
      '- Rollback: proxy route flip back to the self-hosted database, about 3 minutes, on-call 24/7. But the old cluster is decommissioned at month end, and Ines asked whether any rollback path exists after the 31st. Open.',
      '- A/B: Lale asked for an A/B test of page speed afterwards; Kofi said the canary already answers that. Not discussed further.',
      'Next meeting: Thursday.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a sales pitch for a rollout tool.
  {
    id: 'w002',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Honestly, this is exactly the kind of change RampWise was built for, and I say that having ' +
      'sold it to forty payment teams. You connect it to your payment service in an afternoon. Out ' +
      'of the box it exposes cohorts in the order you drag them: employees, beta testers, then the ' +
      'Android app, the iPhone app and the web shop, loyalty members last if you like. It ships ' +
      'with guardrail presets (payment errors 0.5 % over control, p99 latency 200 ms worse, order ' +
      'conversion 2 % below the baseline cohort) and holds each stage, 1 %, 5 %, 25 %, 50 %, for ' +
      'as long as you set; six hours is the popular choice. Nothing advances until a named approver ' +
      'clicks sign-off, so the PM stays the one who owns the go or no-go. Rollback is a routing flip ' +
      'any on-call engineer can hit at 3 a.m., done in under two minutes. And because it keeps the ' +
      'safety canary apart from the experiment, you can launch a proper randomised A/B test on ' +
      'wallet payments straight afterwards. Friday dinner? RampWise customers sleep through Friday ' +
      'dinner. Happy to set up a trial for your team.',
  },
  // night-breach-rollback-authority: every decision handed to whoever holds the pager.
  {
    id: 'w003',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'The pricing service belongs to the fares on-call rotation, and on a change like this the ' +
      "PM's job is to make sure that rotation has what it needs. Which riders go first (employees, " +
      "beta riders, ordinary riders or business accounts) is the on-call engineer's call on the " +
      'evening, based on what they see. The thresholds, whether that ends up as 0.5 % extra fare ' +
      'errors, p99 200 ms worse or a 2 % drop in completed bookings against baseline, are theirs to ' +
      'set in the tool; they know the noise better than anyone. How fast to ramp, 1, 5, 25, 50, ' +
      '100 %, and how long each stage holds, six hours or overnight, the on-call picks. Sign-off at ' +
      'each gate is whoever holds the pager that hour. Whether a breach is rolled back by flipping ' +
      'the route, a few minutes, or by a redeploy, forty, and whether a night rollback needs a ' +
      'manager, the rotation agrees among themselves. If anyone later wants to know whether the new ' +
      'fares convert better, analytics can run a randomised A/B test; that is their call too. I ' +
      'would be around to support them.',
  },
  // image-resizer-memory-leak: a screenplay for an onboarding video, lines of a character.
  {
    id: 'w004',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'This is the cold open I wrote for our onboarding video; actors read it next week.',
      'INT. MARKETPLACE OFFICE, MONDAY MORNING.',
      "NADIA (PM, coffee in hand): We're not shipping the new resizer everywhere by Thursday. Employees first, then beta sellers, hobby sellers, professional sellers, brand stores last.",
      'OLU (engineer): And if it slows down?',
      "NADIA: It's my call, not the deploy team's. Then it rolls back. Errors half a percent over control, p99 image latency 150 ms worse, listing views down 2 % against baseline. I wrote those down before we started.",
      'OLU: How long do we sit at each step?',
      'NADIA: One, five, twenty-five, fifty, a hundred. Twenty-four hours a stage, long enough to watch a leak grow. I sign off each gate with you.',
      "OLU: It's 3 a.m. and p99 is climbing.",
      "NADIA: You flip the route back. You don't call me. Three minutes.",
      'OLU (grinning): And the 20 % faster benchmark?',
      "NADIA: The canary says it's safe. An A/B test says it's faster.",
      'SMASH CUT TO: title card.',
      'Nadia is a composite. The director wanted the lines punchy, so a couple of the numbers are made up for rhythm.',
    ].join('\n'),
  },
  // search-tail-latency: a stakeholder map with the tensions, no decision.
  {
    id: 'w005',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Stakeholder map for the index move, as it stands after my interviews this week.',
      '• Institutional licence managers: want their users exposed last and not before two weeks in; they quote a 0.5 % error ceiling from their contracts.',
      '• SRE: wants employees and Labs users first, p99 no worse than +300 ms against control, rollback by index alias swap (two minutes) with on-call authority 24×7.',
      '• Community manager, for the heavy researchers: wants them early because they run the filter-heavy queries. "They\'ll tell us within an hour."',
      '• Finance: wants 100 % by quarter end for the hosting saving; fine with 1 / 5 / 25 / 50 / 100 if no hold is longer than six hours.',
      "• Search quality lead: wants a randomised A/B test of result clicks afterwards and worries the canary's search-success rate (−2 % vs baseline) will be read as lift.",
      '• Engineering manager: wants to sign off each gate herself; the director thinks the PM should.',
      'Tensions: heavy researchers early or late; six-hour holds against a tail that needs volume to show; who signs, and who owns the release decisions at all.',
    ].join('\n'),
  },
  // checkout-first-order: a bet on what the release team will decide.
  {
    id: 'w006',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Office prediction pool, one-page checkout: my twenty euros say the release team goes employees, Insiders programme, coupon browsers, returning customers, first-time buyers, wholesale last; errors +0.5 %, p99 +200 ms, conversion −2 % vs the baseline cohort; 1 / 5 / 25 / 50 / 100 with twelve-hour holds; Growth's PM owning the call and signing each gate with the tech lead; on-call flag flip, a minute, day or night; an A/B test after 100 %. Payout after the spring campaign.",
  },
  // support-model-upgrade: a prompt handing the plan to an AI agent, with ranges to choose from.
  {
    id: 'w007',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Here's the prompt I'd give our planning agent. It drafts these for every release and it is better at the details than I am.",
      '"You are the release planner for the support assistant of an HR and payroll product. The assistant moves to a larger model with a longer context window; the prompt is unchanged. Write the canary plan. Choose the exposure order from: support agents, preview programme, workspace admins, members, trial accounts, enterprise customers. Set rollback thresholds for error rate (somewhere between +0.2 % and +1 % vs control), p99 latency (+100 to +400 ms) and resolution rate vs baseline. For the model, pick limits for hallucination rate from the eval harness, thumbs-down rate, p95 latency and tokens per query; Finance cares about cost per conversation. Propose a ramp (for example 1 → 5 → 25 → 50 → 100 %) and hold lengths, name a sign-off role per gate, say who may roll back at night and how (config switch or redeploy), and say whether a randomised A/B test should follow. State who owns each decision."',
      'Then I read what it writes.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a back-of-envelope calculation that never turns into a decision.
  {
    id: 'w008',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Let me work the numbers, because they're the whole story here. Peak is a few hundred " +
      "summaries a minute; call it 300. At a 5 % stage that's 15 a minute, 900 an hour. The eval " +
      'harness grades one in two hundred, so four or five graded summaries an hour. If the baseline ' +
      'hallucination rate is 2 % and the worry is a rise to 3 %, you need roughly 1,500 graded ' +
      'summaries per arm for a fair chance of seeing it, which at 5 % is about two weeks. Thumbs-down ' +
      'is worse: if 1 % of vets rate, nine ratings an hour. At 25 % it is 75 a minute and twenty-odd ' +
      'graded summaries an hour, so the same check takes about three days; at 50 %, a day and a ' +
      'half. Error rate and p95 latency are easy, thousands of requests an hour even at 1 %, so ' +
      '+0.5 % errors or +300 ms would show within hours, and tokens per query is visible in the ' +
      'first hundred calls. So a 1 → 5 → 25 → 50 → 100 ramp with twelve-hour holds would pass ' +
      'every quality gate on no data at all. Whoever owns and signs those gates, PM or clinical lead, and ' +
      'whoever holds a config-flip rollback that takes minutes, would be signing blind. Hospital ' +
      'groups or pilot clinics first makes no difference to that arithmetic. And the canary ' +
      "couldn't tell you whether the summaries are better anyway; that's an A/B question.",
  },
  // lunch-peak-recommendations: the design of a game-day exercise for the team.
  {
    id: 'w009',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I'd make this a game day for the team. Here is the exercise sheet.",
      'Setup: players are the Berlin team; the facilitator holds the hidden script. Roles: a PM who owns the go/no-go, an on-call SRE, a data scientist.',
      'Inject 0 (09:00 Berlin): "Plan your rollout." Players get the cohort list (employees, preview programme, Singapore and Kuala Lumpur, Germany and Austria, Plus subscribers) and must write thresholds before any traffic moves: error rate vs control, p99 latency, basket conversion vs baseline, and the model guards: hallucinated (unavailable or irrelevant) item rate from the eval harness, thumbs-down on baskets, p95 latency, feature reads (tokens) per query.',
      'Inject 1 (day 2, 05:40 Berlin, 12:40 Singapore): p99 for Singapore and Kuala Lumpur jumps by 600 ms; feature-store timeouts. Who is awake? Who may roll back, and is it a config flip (2 minutes) or a redeploy (40)?',
      'Inject 2: the data scientist reports canary conversion up 3 %: "ship it". Facilitator asks: is that an A/B result?',
      "Inject 3: the Plus subscribers' account manager asks why they were in the 25 % stage.",
      "Debrief: compare the players' ramp (1/5/25/50/100?), holds and sign-offs with what the script revealed. Scoring is on the facilitator sheet.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a committed plan, but for the speaker's own product and change.
  {
    id: 'w010',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "I'm in the middle of exactly this right now. At Ledgerly we're rewriting the system prompt " +
      "of our invoice assistant to be shorter and more direct, and here's how I'm running it. I " +
      'own the exposure order, the thresholds and the hold lengths; engineering owns the routing. ' +
      'Order: our own finance team, then the forty design-partner accounts, then self-serve ' +
      'customers in English, then French-speaking customers, accountancy firms last because they ' +
      'are the ones who churn over one bad invoice. Thresholds, written down before launch: error ' +
      'rate +0.5 % over control, p99 +250 ms, invoice-sent rate −2 % against baseline; for the ' +
      'prompt itself, hallucinated line items from our eval harness above 1.5 %, thumbs-down up by ' +
      'two points, p95 above 4 seconds, tokens per query up more than 15 %. Ramp 1, 5, 25, 50, 100 ' +
      'with 24-hour metric holds; I sign each gate with the ML lead. On-call can revert the prompt ' +
      'version by config at any hour, in under two minutes. Once it is out, a randomised A/B test ' +
      "tells us whether shorter actually gets more invoices paid; the canary only says it's safe.",
  },
  // support-model-upgrade: an extended analogy (a new hire on a help desk) never mapped back.
  {
    id: 'w011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Think of it as hiring a senior advisor onto a payroll help desk. A good help-desk manager ' +
      'does not put a new hire on the enterprise hotline on day one. The new advisor first answers ' +
      'colleagues, then the friendly customers who volunteered to try the new desk, then the admins ' +
      'who know the product, then ordinary members and trials, and only in the second month the ' +
      'enterprise accounts. The manager decides in advance what gets them pulled off the phones: ' +
      'more than 0.5 % of calls dropped, waits twenty seconds longer than the old team at the 99th ' +
      "percentile, resolutions down 2 %. Made-up answers, the desk's hallucination rate as a " +
      'supervisor hears it on a sample of recorded calls, above 2 %; thumbs-down on the follow-up ' +
      'survey up 3 points; p95 call length; and what each call costs in billed minutes, because a ' +
      'senior advisor is paid more per conversation. They go up a shift at a time, 1 %, 5 %, a ' +
      'quarter, half, all, with a week at each, the team lead signing each step, and any supervisor ' +
      'can send them back to training in a minute, night shift included. Nobody mistakes a quiet ' +
      "first week for proof they're better than the old team; comparing two matched teams is what " +
      'tells you that.',
  },
  // quiet-feedback-trap: the announcement plan, dressed in rollout words.
  {
    id: 'w012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "The part I'd own is how clinics hear about it, because vets hate surprises in their records. " +
      'Wave one: our employees get the internal memo on Monday. Wave two: the pilot clinics get a ' +
      'personal email from me on Tuesday. Wave three goes to all clinics, with the hospital groups ' +
      'last, through their account managers, since they need the most notice. Each wave is held 48 ' +
      'hours so support can answer replies before the next goes out, and the clinical lead and ' +
      "marketing sign off each wave's copy. The email leads with the numbers: summaries arrive with " +
      'a p95 latency under 3 seconds instead of 7, token cost per query down 40 %, and the eval ' +
      "harness shows a hallucination rate of 1.2 % against the old model's 1.4 %. We invite " +
      'thumbs-down feedback with a one-click button. If the announcement draws complaints, say more ' +
      'than 0.5 % of recipients reply angrily or unsubscribes rise 2 % above a normal send, we pull ' +
      'the remaining waves within the hour, and the support on-call can do that alone. We also A/B ' +
      'test two subject lines on the first 1 % of clinics to see which gets opened.',
  },
  // pricing-page-healthy: terse bullets, not one pronoun.
  {
    id: 'w013',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Pricing-page canary',
      '- Decisions (order, thresholds, holds): PM. Deploy and traffic split: web platform team.',
      '- Order: employees → Labs opt-in → free plan → paying creators → studios last.',
      '- Rollback triggers, fixed before launch: errors +0.5 % vs control; p99 +200 ms vs control; checkout starts −2 % vs baseline cohort.',
      '- Ramp: 1 → 5 → 25 → 50 → 100 %, time-based, 4 h per stage; 25 % held over one evening peak.',
      '- Gate sign-off: PM + web lead, every stage.',
      '- Rollback: on-call web engineer, any hour, no approval needed; feature-flag flip, ~1 min.',
      "- 100 % by Thursday night, ahead of Friday's campaign.",
      '- Canary = safe only. Randomised A/B test of the comparison table afterwards = better or not.',
    ].join('\n'),
  },
  // booking-purchases-lag: passive voice throughout, one honest conditional that still commits.
  {
    id: 'w014',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The decisions on this release (which guests are exposed when, what stops it, how long each ' +
      'step is held) are owned by the PM, which here means me; the deploy and the traffic split are ' +
      'handled by the web team. Employees are exposed first, then hosts browsing as guests, then ' +
      'guests; first-time guests are kept until last, since a confusing date picker costs them the ' +
      'most and they are the least likely to come back. Before any traffic is moved, the rollback ' +
      'triggers are written down: client errors more than 0.5 % above control, p99 page latency ' +
      'more than 200 ms worse, and completed bookings more than 2 % below the baseline cohort. ' +
      'Because bookings are often made hours after a search, booking conversion is compared only ' +
      'on sessions at least 24 hours old. The ramp is 1, 5, 25, 50 and 100 %, and each stage is ' +
      'held 24 hours, a full day-and-evening cycle, so the delayed bookings are counted; 100 % is ' +
      'therefore not reached this afternoon, and the team is told why. Each gate is signed off by ' +
      'the PM and the web lead together. A rollback may be called by the on-call engineer at any ' +
      'hour without asking anyone, and is done with the feature flag in about a minute; the date ' +
      'store is cleared on the flip so no half-saved dates are left behind. If the 25 % stage ' +
      'still cannot separate a 2 % drop from noise after 24 hours, it is extended by another 24 ' +
      'hours rather than advanced. Whether the new page books more is settled afterwards by a ' +
      'randomised A/B test, not read off the canary.',
  },
  // night-breach-rollback-authority: a quoted document that the speaker says is their own plan.
  {
    id: 'w015',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll read you the rollout note I wrote for this change and filed with it last week; it is the plan I'm running, word for word.",
      '"Fare calculation to the new pricing service. Owner of release decisions: Product (me). Owner of routing: fares platform.',
      'Order: employees, beta riders, riders, business accounts last (contract penalties on wrong invoices).',
      'Rollback triggers, fixed now and not during the run: fare-quote errors above control + 0.5 %; p99 quote latency above control + 200 ms; trip-booking conversion more than 2 % below the baseline cohort.',
      'Ramp: 1 / 5 / 25 / 50 / 100 %; metric-based gates, at least 6 h stable, give up after 24 h. No stage advances into the 01:00–04:00 billing batch window.',
      'Sign-off per gate: me plus the fares tech lead; outside business hours the stage waits for us.',
      'Rollback: any on-call fares engineer, 24×7, no approval; a 2 a.m. breach does not wait for me. Mechanism: routing switch back to the old service, under three minutes.',
      'Follow-up: the canary tells us it is safe. Whether the new fares earn more is a randomised A/B test after 100 %."',
      "That's still my plan; I wouldn't change a line.",
    ].join('\n'),
  },
  // staff-cohort-artifact: a past failure and two rejected alternatives before the commitment.
  {
    id: 'w016',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "A mistake I've made before is exactly what this scenario sets up, so let me start there. At a previous job, a fashion marketplace, we shipped a redesigned product page to staff first, which was sensible, and then compared the staff cohort's conversion with the whole site's. Staff browse all day to check stock and almost never buy, so conversion in the canary looked as if it had fallen off a cliff: 0.4 % against 3 %. Nobody stopped to ask who was in the canary. The on-call rolled back a perfectly healthy release on a Tuesday night, we spent two days hunting a bug that did not exist, and the release lost a week.",
      "So two things I will not do here. I will not compare the employee cohort's conversion with all customers, and I will not start with a random 5 % slice just to dodge the staff problem; random exposure puts new customers and Plus members into the first hour, and they are the people a broken size guide hurts most.",
      "Here is what I'll do instead. I own the order, the thresholds and the hold lengths; engineering runs the deploy and the traffic split. Employees go first, guarded on errors and latency only, because their conversion tells us nothing. Then the insider programme, then shoppers; new customers and Plus members last.",
      "Thresholds, fixed before launch and not touched while watching the dashboard: errors +0.5 % vs control, p99 page latency +200 ms vs control (larger photos are the obvious risk to speed), and conversion −2 %, measured against the same segments' control, never against all traffic. That last clause is the whole lesson of my story.",
      "Ramp 1, 5, 25, 50, 100 %, six-hour holds, each stage covering at least one evening peak. The conversion guard counts from the 25 % stage, where shoppers give it enough volume to see a 2 % drop; before that, a conversion difference is noise or a segment artifact, and I'll say so in the gate note.",
      'The merchandising lead and I sign off each gate, and the gate note records which metrics were guarded at that stage, so nobody re-reads staff conversion as a failure later.',
      "The on-call engineer can roll back at any hour without asking me, by flag flip, in about a minute. They don't need me awake; they need the thresholds, and those are written down.",
      "And I won't read the larger photos' lift off the canary. Whether they sell more is a question for a randomised A/B test afterwards, 50/50 across shoppers, once the canary has told us the release is safe.",
    ].join('\n\n'),
  },
  // support-model-upgrade: the plan given as answers to the follow-ups the interviewer will ask.
  {
    id: 'w017',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me take the questions you're going to ask anyway, in order.",
      'Who decides? Me: I own the exposure order, the thresholds and the holds; the ML platform team owns routing.',
      'Who goes first? Support agents, then the preview programme, then workspace admins; members and trial accounts after; enterprise customers last.',
      'What triggers a rollback? Written before launch: errors +0.5 % vs control, p99 +300 ms (a bigger model is slower, so the guard is on the difference), resolved-without-ticket rate −2 % vs baseline.',
      "It's a model change, what else? Hallucination rate from the eval harness on payslip and leave questions, fail above 2 %; thumbs-down up more than 1.5 points; p95 latency +400 ms; tokens per query, which gives Finance its cost per conversation, and I roll back if that is more than 30 % over plan.",
      'How long do you hold? 1, 5, 25, 50, 100 %, metric-based, at least 24 h stable per stage, because long-context questions are rare.',
      'Who signs? The ML lead and I, at every gate.',
      'A breach at 2 a.m.? On-call rolls back alone, any hour; a config switch back to the old model, under five minutes.',
      "How is this different from an A/B test? The canary says it's safe; whether it's better than the old model is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: imperative runbook steps, no first person.
  {
    id: 'w018',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Runbook: recommendation model v2 canary',
      '1. Record the owner of release decisions: the product manager. Owner of routing: recommendations platform.',
      '2. Expose in this order: employees, preview programme, Germany and Austria, Singapore and Kuala Lumpur, Plus subscribers last.',
      '3. Before the first request moves, set rollback triggers against control: errors +0.5 %; p99 +200 ms; basket add-to-cart −2 % vs baseline cohort. Model guards: eval-harness hallucination rate (baskets with unavailable or irrelevant items) above 3 %; thumbs-down on baskets +2 points; p95 latency +150 ms; feature reads (tokens) per query +25 %.',
      '4. Ramp 1 → 5 → 25 → 50 → 100 %. Metric-based gates; each stage stays stable for 24 h so that it covers one Singapore lunch peak (05:00–07:00 Berlin); give up after 48 h.',
      '5. At every gate, obtain sign-off from the PM and the Singapore-hours on-call lead; never advance without both.',
      '6. Roll back on any breach: the on-call engineer in either region may do it at any hour without approval; config switch to v1, under five minutes.',
      '7. Do not read uplift from the canary. After 100 %, run a randomised A/B test to decide whether v2 recommends better.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a past plan explicitly reused for this change, with its changes.
  {
    id: 'w019',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I ran almost this exact release last year: a tone rewrite of the reply-suggestion prompt in a helpdesk tool, English and Dutch. I'm reusing that plan here, with two changes for German.",
      'What carries over as it is: I own the order, the thresholds and the holds; engineering owns routing. Ramp 1, 5, 25, 50, 100 %, metric gates, 24 hours minimum per stage. Sign-off at each gate by me and the applied-ML lead. Rollback: on-call may revert the prompt version at any hour; it is a config switch, under two minutes. Thresholds fixed before launch: errors +0.5 % vs control, p99 +200 ms, suggestion acceptance −2 % vs baseline cohort; hallucination rate from the eval harness above 2 %, thumbs-down up 2 points, p95 latency +300 ms, tokens per query up 10 %. Afterwards, a randomised A/B test for whether warmer is better; the canary only says it is safe.',
      'What changes for this one: the order becomes employees, early-access writers, English-language users, then German-language users as a stage of their own, business teams last. And thumbs-down and the eval are guarded per language, because last time the Dutch problem hid in the average for two days: a German rise of 5 points disappears inside a total that is three-quarters English.',
    ].join('\n\n'),
  },
  // quiet-feedback-trap: a hesitant spoken register with "ideally" and a conditional, committed.
  {
    id: 'w020',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Okay, so, honestly, what worries me is that at 5 % we'd basically be blind. Ideally the " +
      "eval harness would grade more than one summary in two hundred, so the first thing I'd do, " +
      'as the PM who owns this rollout, is ask the ML team to grade one in ten on canary traffic ' +
      "for these two weeks. If they can't, I lengthen the holds rather than lower the bar. Order: " +
      'our employees, then the pilot clinics, then clinics generally, hospital groups last. ' +
      "Thresholds I'd write down before we start: errors +0.5 % over control, p99 +300 ms, " +
      'summary-accepted rate −2 % vs baseline; hallucination rate from the harness above 2 %, ' +
      'thumbs-down up 1 point, p95 latency no worse than control since it should improve, and ' +
      "tokens per query must drop; if they don't, something's off and we stop. Ramp: 1, 5, 25, " +
      '50, 100, metric-based holds, at least 48 hours at 5 % and at 25 %, or 72 if the sampling ' +
      'stays at one in two hundred. The clinical lead and I sign off each gate. Rollback is a ' +
      'config switch, a couple of minutes, and on-call can pull it at any hour without waking me. ' +
      "And, um, the canary won't tell us whether vets like the cheaper summaries better; an A/B " +
      'test afterwards does.',
  },
];
