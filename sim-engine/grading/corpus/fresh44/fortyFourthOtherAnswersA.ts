import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-fourth fresh set, author a: middling (ax008–ax010), weak (ax011–ax012), salad (ax013–ax014),
 * negated (ax015–ax016), misconception-led (ax017–ax018) and off-topic (ax019–ax020) answers,
 * written blind, labelled by hand.
 */
export const FORTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: a PM who uses 'we' for the whole team throughout
  {
    id: 'ax008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'We would put the new resizer behind the load balancer for a slice of traffic and leave the old service serving the rest. The Thursday date is not something we would hold ourselves to; the leak risk matters more.',
      '',
      'We would write the limits down before we start: resize errors no more than 0.5 % above the old service, p99 resize latency no more than 150 ms worse, and memory per instance growing no more than 10 % over any six hours. We would go 5 %, 25 %, 50 %, then 100 %, and hold each stage for at least 24 hours without a restart, because a leak in a service that is only restarted on deploys shows itself over a day, not an hour. We would not advance unless all three limits stayed green for the whole hold.',
      '',
      'If any limit trips, whichever of us is on call sends the traffic back to the old resizer straight away, with no approval needed; it is a load-balancer weight change and takes about a minute.',
    ].join('\n'),
  },
  // support-model-upgrade: a hurried spoken answer with self-corrections
  {
    id: 'ax009',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "So, um, the bigger model, right. I'd start with — actually, first our own HR people who use the assistant internally, then, uh, the beta customers, then small companies, and the big enterprise payroll customers at the very end, because they — sorry — they're the ones who'd escalate a wrong payslip answer straight to their account manager. Stages, let's say 1, 5, 25, 50, 100 percent, and at each one we hold, I don't know, a day — no, at least a day — and we don't go to the next one until the numbers from that stage look fine. What I'd watch, apart from errors: hallucinations from the eval set, the thumbs-down rate, and the cost per conversation, because finance already asked about that. And if it goes bad at any point we just go back to the old model.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a dry, technical staff-engineer-turned-PM
  {
    id: 'ax010',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Cosmetic change, low risk, but last week's sale will make every conversion comparison look bad, so the measurement needs care.",
      '',
      'I own the decisions here: how far and how fast exposure grows, and the limits. The web platform team owns the flag, the CDN configuration and the deploy.',
      '',
      'Limits, written before exposure: JS error rate no more than 0.5 % above control, LCP p75 no more than 300 ms worse, add-to-cart rate no more than 3 % below a concurrent control cohort. Not against last week: against last week, everything looks down.',
      '',
      'Anyone on the on-call rotation can disable the flag without asking me; with the CDN purge that is under five minutes. Otherwise we go up in steps over a few days and see how it looks.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: terse list of imperatives addressed to the team
  {
    id: 'ax011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ship the new prompt to a few users first.',
      'Keep an eye on how people react.',
      'Check the German side as well.',
      'If it looks off, pull it back.',
      'Otherwise keep going until everyone has it.',
      'Tell me if anything feels wrong.',
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at an online-learning company
  {
    id: 'ax012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At my online-learning company we do this all the time with course landing pages: we put the new version out to some users, watch the dashboards, and roll it out to everyone once it looks fine. For the pricing page I'd do the same before Friday's campaign. It's a low-risk change with nothing in the backend, so I'd trust engineering to handle it and keep an eye on sign-ups myself.",
    ].join('\n'),
  },
  // search-tail-latency: a candidate who quantifies everything, as bare figures
  {
    id: 'ax013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Key figures: 0.5 %. 200 ms. 2 %. p50, p95, p99.',
      '1, 5, 25, 50, 100. 24 h, 48 h. < 5 min. 2 sign-offs. 3 cohorts. 1 A/B test.',
      'Index layout −30 % hosting. 4+ filters. Rare queries, tail.',
      'Free tier, institutional licences, internal, beta, early access.',
      'Thresholds, pre-committed, holds, gates, on-call, rollback, randomised, safety vs better, PM vs engineering.',
      'Canary. Canary. Canary.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: status update to stakeholders, future tense, corporate buzzwords
  {
    id: 'ax014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Hi all, quick update on the recommendation model.',
      '',
      'The release will be canary-driven, threshold-aware and gate-centric, leveraging cohort sequencing, holds, sign-offs and rollback readiness across Europe and South-East Asia. Model-quality signals (hallucination, evals, thumbs-down, p95, token and compute cost) will be in scope as part of a holistic guardrail posture, with canary-versus-A/B alignment front of mind.',
      '',
      'Numbers such as 0.5 %, 150 ms, 2 % and 1/5/25/50/100 will be socialised with stakeholders on an ongoing basis. Ownership between product and engineering will be aligned as appropriate, and the feature stores will be kept in the loop.',
      '',
      'More to follow.',
    ].join('\n'),
  },
  // booking-purchases-lag: a PM who uses 'we' for the whole team throughout
  {
    id: 'ax015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "We wouldn't bother with fixed rollback thresholds here; we never decide numbers in advance for a front-end change. We don't need to pick who goes first either, so no staff cohort, no beta group, nobody saved for last. We won't do ramp stages with holds: the team wants 100 % this afternoon and we'd give it that. We don't do sign-offs per step, and we don't keep an on-call rollback path for a date picker. We also wouldn't split what product decides from what engineering does, because we all just ship together. And we won't run an A/B test afterwards to separate \"safe\" from \"better\"; we don't see the difference.",
    ].join('\n'),
  },
  // quiet-feedback-trap: two-part answer: a one-line principle, then the detail, for each point
  {
    id: 'ax016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Ownership does not need splitting up.',
      "I wouldn't draw a line between what I decide and what engineering runs; it is one team and one release.",
      '',
      'Segment order is overthinking it.',
      "We wouldn't hand-pick clinics to go first: not our own advisers, not a beta group, and not the big practices last.",
      '',
      'No limits set in advance.',
      "I wouldn't commit to rollback numbers for the cheaper model before we have seen how it behaves.",
      '',
      'No staged holds.',
      "At a few hundred summaries a minute, ramp stages with gates make no sense, so we wouldn't have any.",
      '',
      'No sign-off per step.',
      'Nobody needs to approve an advance.',
      '',
      'No special rollback authority.',
      "I wouldn't set up a path for on-call to revert the model on their own.",
      '',
      'No A/B test.',
      "We wouldn't run a randomised test afterwards either.",
      '',
      'Model signals are not worth it here.',
      "With so few ratings and a harness that grades one summary in two hundred, I wouldn't track hallucination rates, feedback, p95 or cost.",
    ].join('\n'),
  },
  // support-model-upgrade: Malaysian English register, spoken
  {
    id: 'ax017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R'),
    text: [
      'For the bigger model ah, I will start with our own HR staff who use the assistant, then the beta customers, then the small companies, and the big enterprise payroll customers I keep for last, because if the bot answers their payslip question wrong, that one very serious.',
      '',
      'Before we start, we fix the limits already: error rate cannot go up more than half a percent, p99 latency cannot be more than four hundred milliseconds worse than the old model. Then five percent, twenty-five, fifty, one hundred, and each step we hold two days, only go next if the limits all okay.',
      '',
      'If got problem, the on-call engineer can switch back to the old model any time, no need to ask anybody, about two minutes only.',
      '',
      "The nice thing is the canary is also our A/B test lah. Canary group versus the old group: if the canary group resolves more questions without going to a human, that proves the bigger model is better, and then finance also can see the extra cost is worth it. So we don't need a separate test after, the canary already gives us the answer.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: status update to stakeholders, future tense
  {
    id: 'ax018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      'To the pricing-service working group:',
      '',
      'Here is how the fare-calculation rollout will run. Product will own the exposure order, the rollback limits and the holds; engineering will own the routing and the deployment of the new pricing service.',
      '',
      'Trips booked by employees will be priced by the new service first, then trips by riders in the beta programme, then our smaller cities. The large cities will come last, because their weekend nights carry most of our revenue and can least afford a mispriced fare.',
      '',
      'The limits will be fixed before the first fare is calculated: fare-calculation errors no more than 0.3 % above control, p99 quote latency no more than 150 ms worse, quote-to-booking conversion no more than 2 % below control, and fewer than 0.1 % of fares differing from the old service by more than a cent.',
      '',
      'The stages will be 1 %, 5 %, 25 %, 50 % and 100 %. Each will hold for at least 24 hours, including one nightly batch window shared with billing, and will advance only when every limit is green. Each advance will be signed off by me and by Tomás, the pricing engineering lead.',
      '',
      'Rollback will be a product decision. If a limit is breached, the on-call engineer will page me, and I will make the call once I have reviewed the dashboards; nobody else will roll back, at 2 a.m. or at any other hour.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a PM at an online-learning company
  {
    id: 'ax019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "At my online-learning company the launch I'm proudest of was our data-skills course bundle, so let me walk through how I'd approach it.",
      '',
      'We started with the audience: career changers who had already finished one free course with us. We priced the bundle at the cost of two single courses, wrote the landing-page copy around job outcomes rather than hours of video, and lined up three instructors for a launch webinar.',
      '',
      'The email sequence went to past learners first, then to the wider newsletter list, and we gave partner universities a discount code to share with their alumni. Sign-ups beat the target by a fifth, and the webinar recording became our best-performing page for months.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: terse list of imperatives addressed to the team
  {
    id: 'ax020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hiring plan for the recommendations team:',
      '- Write the job description for two ML engineers by the end of the month.',
      '- Ask for feature-store and online-serving experience; skip anyone who has only trained models offline.',
      '- Put someone from the Singapore office on every interview panel.',
      '- Run one technical interview, one take-home and one values conversation; no more rounds than that.',
      '- Send offers within a week of the last interview.',
      '- Pair each new hire with a buddy for their first month.',
    ].join('\n'),
  },
];
