import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-first fresh set, author b: middling, weak, salad, negated, misconception-led and
 * off-topic answers (be028–be040), written blind, labelled by hand.
 */
export const FIFTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // search-tail-latency: consequences joined with "which means"
  {
    id: 'be028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'The median got faster and the rare filtered queries were never tested, which means the canary has to watch the tail, not the average.',
      '',
      "I'd start with our own staff and the librarians at two partner universities who agreed to test, which means the first people to hit a slow filtered query can tell us exactly which one it was. Free-tier users come next, and institutional licence holders last, because they pay and they're the ones running the heavy filtered searches.",
      '',
      'The limits go in writing before the first query moves: p99 latency for queries with three or more filters no more than 300 ms above the old index, overall error rate no more than 0.5 % above control, and zero-result rate no more than 1 point above control. Writing them first means nobody can decide the tail is fine after seeing it.',
      '',
      'Stages are 2 %, 10 %, 30 %, 60 % and 100 %, with a 24-hour hold at each that has to include a weekday afternoon in Europe and one in North America, which means the heavy research hours land in every window. A stage advances only when all three limits held.',
      '',
      "If the tail breaks a limit we'd go back to the old index and look at which filters did it.",
    ].join('\n'),
  },
  // support-model-upgrade: a PM at an online-learning platform
  {
    id: 'be029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Where I work now, an online-learning platform, we swapped the model behind our course-help chatbot last spring, so this feels familiar.',
      '',
      "The part I own is the release decisions: who gets it, the limits, when we move on. The ML engineers own serving the model and the routing. I'd keep that split here.",
      '',
      "The limits I'd write down before any user sees the bigger model: answer error rate no more than 0.5 % above the current model, p95 latency no more than 1 second worse since the longer context will cost time, hallucination rate on our payslip and leave eval set no higher than today's, and cost per conversation no more than 20 % above today's, because Finance has already asked and I want a number to give them.",
      '',
      "Then we'd put it in front of some users, let it run for a while, and see how those numbers look. On the learning platform we also watched how often students asked the same question twice, and I'd want something like that here: repeat questions within a conversation as a sign an answer didn't land.",
      '',
      "If it looks good we'd keep going until everyone has it.",
    ].join('\n'),
  },
  // booking-purchases-lag: metric names in capital snake case, limits one per line
  {
    id: 'be030',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "Guests here often look at a home, go away and book that evening, so a broken date picker won't show in today's numbers. It won't go to 100 % this afternoon.",
      '',
      'Before the flag moves at all, these are the limits, each against the control group:',
      'JS_ERROR_RATE on the booking page no more than 0.3 % above control.',
      'DATE_STORE_WRITE_FAILURES no more than 0.1 % of sessions.',
      'BOOKING_COMPLETION_48H no more than 2 % below control, read on sessions at least 48 hours old.',
      'P99_PAGE_LOAD_MS no more than 200 ms above control.',
      '',
      'The ramp is 5 %, 20 %, 50 %, 100 %. Each stage holds at least 48 hours, because BOOKING_COMPLETION_48H needs two days to mean anything, and we only move up if all four stayed inside their limits for the full hold.',
      '',
      'The on-call engineer turns the flag off the moment any limit is breached, with no approval needed. The page falls back to the old picker within a couple of minutes, and the old page ignores the client-side store, so nothing needs cleaning up.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the answer summed up as a short social-media post at the end
  {
    id: 'be031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I think the warmer prompt is a good idea and most users will like it. I'd roll it out gradually to a small group first and keep an eye on the feedback, especially from German users, since that's where it might feel off.",
      '',
      "If people don't like it, we can tweak the wording or switch it back. The team that wrote the prompt should stay close to the numbers for the first while, and I'd check in with them regularly.",
      '',
      'As a post: "Shipping a friendlier writing assistant. Rolling out slowly, listening to users, ready to adjust. Small steps beat big bangs. #canary #PM"',
    ].join('\n'),
  },
  // after-the-sale-healthy: a question back to the interviewer first, then the answer
  {
    id: 'be032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Can I ask what "out this week" means to leadership: fully live by Friday, or just started?',
      '',
      "Either way my answer is much the same. This is a cosmetic change, so the risk is low. I'd release it to a small part of the traffic, look at how the product pages are doing, and open it up further as we get comfortable.",
      '',
      "Last week's sale will make the numbers look odd, so I'd be careful not to overreact to a drop in purchases. If something clearly breaks, we'd take it back out. I'd keep the team and leadership updated as it goes.",
    ].join('\n'),
  },
  // staff-cohort-artifact: metric names in capital snake case, fragments only
  {
    id: 'be033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. Staff cohort, CONVERSION_RATE, ADD_TO_CART_RATE, baseline vs control.',
      '1 % / 5 % / 25 % / 50 % / 100 %.',
      'Thresholds: 0.5 % ERROR_RATE, 200 ms P99_LATENCY_MS, 2 % CONVERSION_RATE.',
      'Holds, gates, 24 hours, sign-off, PM vs engineering, on-call rollback, under five minutes, feature flag.',
      'Internal first, beta, high-value last.',
      'Employees not buying, artifact, size guide, bigger photos, PAGE_VIEWS_PER_SESSION.',
      'A/B test, randomised, safety not improvement.',
      'Stakeholders, alignment, dashboards, go/no-go.',
    ].join('\n'),
  },
  // quiet-feedback-trap: noun-phrase clusters, no verbs
  {
    id: 'be034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Cheaper model, faster summaries, small vet clinics.',
      '',
      'Eval harness coverage: one in two hundred. Sparse thumbs, low volume, a few hundred a minute. Hallucination rate, p95 latency, token cost, compute per summary, user feedback.',
      '',
      'Internal clinics, beta clinics, large practices last. 2 %, 10 %, 50 %, 100 %. 48-hour holds, metric gates, named sign-off, PM versus ML platform, routing, on-call, rollback under five minutes, no redeploy.',
      '',
      'Pre-committed thresholds, 0.5 % errors, plus one point hallucination. Canary versus A/B, randomised, safety versus lift. Statistical power, sample size, confidence, minimum detectable effect.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: Guyanese English register, spoken
  {
    id: 'be035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Look, I gon be honest with you: I nuh like all dis ceremony. We nah going to sit down and write rollback numbers before we start, because nobody know wuh de right number is fuh a new model. Same ting with stages. I nuh see the point of doing 1 %, 5 %, 25 % and holding at each one; it only slow down de team.',
      '',
      'Staff first, beta users next, big customers last? Nah, me nuh bother with dat.',
      '',
      "And I nah go have some lead signing off every step, and I nah giving on-call the say to roll back on dem own at night either. I ain't splitting out wuh de PM own from wuh engineering own; we is one team.",
      '',
      'Eval scores, basket feedback, p95, compute cost per request: I nah tracking all dat for a recommendation model. And dis canary versus A/B test business, I nuh making no distinction between de two.',
    ].join('\n'),
  },
  // pricing-page-healthy: consequences joined with "which means"
  {
    id: 'be036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "It's a pricing page and the checkout behind it is unchanged, which means I wouldn't build a canary process around it at all.",
      '',
      "I'm not going to fix rollback thresholds with numbers in advance, which means there's nothing to argue about later. I wouldn't stage it at 1 %, 5 % and 25 % either, and I don't see a reason to hold at each step, which means Friday's campaign isn't waiting on a gate.",
      '',
      "I wouldn't put internal users first and big subscribers last; segment ordering isn't worth it for a table. I won't ask anyone to sign off advances, and I'm not going to separate what the PM owns from what engineering owns, which means nobody waits on a decision owner.",
      '',
      "I wouldn't hand on-call a right to roll back on their own within minutes, and I'm not planning a randomised A/B test afterwards or drawing a line between safety and improvement, which means we simply don't make that distinction here.",
    ].join('\n'),
  },
  // support-model-upgrade: a brief aside on a past mistake, one sentence
  {
    id: 'be037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S M'),
    text: [
      'Ownership: I decide the exposure order, the limits and the holds; the ML platform team handles the deployment and the routing.',
      '',
      'Internal HR staff go first, since they know the payroll answers cold, then customers in our early-access group; large employers and anyone in the middle of a payroll run go last, because a wrong payslip answer hurts most there.',
      '',
      "The limits are written before traffic moves: errors more than 0.5 % above control, p95 latency more than 1 s worse, hallucination rate from the eval harness above 2 %, cost per conversation more than 25 % above today's.",
      '',
      'Stages are 1 %, 5 %, 25 %, 50 %, 100 %, holding 24 hours at each and advancing only inside every limit. The support product lead and I sign off each step.',
      '',
      "Here's the core of it. Offline evals went up three points, and the canary is where we confirm that with real users. The canary cohort is effectively our A/B test: if resolution rate and satisfaction in the canary beat the control group, we've proven the new model is better, and Finance gets its answer on whether the cost is worth it, with no separate experiment needed. I once shipped a model on offline evals alone and spent a quarter explaining a drop in satisfaction, so this time the canary comparison is the proof.",
      '',
      'If anything breaches, we pull it back.',
    ].join('\n'),
  },
  // checkout-first-order: plain paragraphs summed up as a short social-media post at the end
  {
    id: 'be038',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H S R A'),
    text: [
      'I own the exposure decisions, the limits and the holds; the checkout engineers own the deploy and the traffic split.',
      '',
      "On who goes first, I'd be strict about fairness. The canary cohort should be a random 5 % of all shoppers, because any hand-picked group biases what we see. Staff, beta testers and loyal returning customers are all unrepresentative, and if we picked segments the first-time buyers would be under-sampled. A uniform random draw across everyone is the fairest and most honest cohort we can have, so that's where we start, and each later stage is simply a bigger random draw.",
      '',
      'Before the draw goes live we fix the limits: checkout errors more than 0.5 % above control, p99 page load more than 300 ms worse, completed orders down more than 2 % against control, and first-order completion down more than 3 % against control.',
      '',
      'Stages go 5 %, 20 %, 50 %, 100 %, with a 48-hour hold at each and an advance only if every limit held. The checkout engineering lead and I both sign off each step. The spring campaign waits until the 50 % stage has held.',
      '',
      'The on-call engineer can flip the checkout flag back to the three-step flow at any hour without asking me; it takes about two minutes.',
      '',
      'The canary tells us the new checkout is safe. Whether it converts better is for a randomised A/B test afterwards.',
      '',
      'Posted: "One-page checkout canary: random 5 % to keep it fair, limits fixed up front, 48h holds, two sign-offs, on-call can roll back anytime. #PM"',
    ].join('\n'),
  },
  // storage-migration-under-load: a hiring plan with a past-mistake aside
  {
    id: 'be039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Honestly, what worries me most about this migration is that nobody on the team has run a managed database cluster, so my plan starts with hiring.',
      '',
      "I'd open two roles this quarter: a senior database reliability engineer and a mid-level backend engineer who has worked with connection proxies. The senior role is the priority. I'd ask our recruiting partner for a shortlist within three weeks and keep the loop to four interviews: a systems-design session, a debugging exercise on a slow query, a conversation with the team, and one with me about how they like to work.",
      '',
      "In the job description I'd be specific about the stack rather than listing every database ever made, and I'd put the salary band in the ad, which in my experience doubles the number of serious applicants. I once let a role sit open for four months because we insisted on someone who had used our exact toolchain, and I wouldn't repeat that.",
      '',
      "While we hire, I'd bring in a contractor for eight weeks so the current team isn't stretched, paired with our most senior engineer so the knowledge stays with us. Onboarding gets a written plan for the first ninety days, and the new hire's first project is documenting how the current cluster is set up.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at an online-learning platform describing a product launch
  {
    id: 'be040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'll answer from what I know best. I'm a PM at an online-learning platform, and the launch I'm proudest of was our new course catalogue last autumn.",
      '',
      "We started six weeks out with a positioning doc: who the catalogue was for (working adults choosing a second course), what problem it solved (they couldn't find a next course after finishing one), and the single line we wanted people to repeat. Marketing built the campaign around that line: a landing page, two emails to learners who had finished a course in the past year, and short videos from three instructors.",
      '',
      'Sales got a one-page brief and a demo script two weeks before launch, and support got a list of the twenty questions we expected, with answers. We briefed two education journalists under embargo, and launch day was a Tuesday, because our learners open their email early in the week.',
      '',
      'Afterwards we tracked sign-ups from the emails, enrolments per visitor on the catalogue page and what people wrote in app-store reviews. Second-course enrolments rose noticeably by the end of term, and the instructor videos outperformed everything else we made.',
      '',
      "For this warmer writing assistant I'd do the same: a clear line about who it's for, materials for sales and support, and a launch day picked for when users actually read their email.",
    ].join('\n'),
  },
];
