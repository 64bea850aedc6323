import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninth blind set, author A — middling (r008–r010), weak (r011–r012), salad (r013–r014),
 * negated (r015–r016), misconception-led (r017–r018) and off-topic (r019–r020) answers,
 * written without sight of the grader. The built-in scenario each answer was written for is
 * named in a comment; see LABEL-NOTES-a.md for the judgement calls.
 */
export const NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // search-tail-latency; plain prose. Order, limits, rollback; no owner, holds, sign-off or A/B.
    id: 'r008',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text:
      "I'd start with employees, then the Labs users, then the heavy researchers, because they " +
      'run exactly the long multi-filter queries the benchmark left out, then ordinary readers, ' +
      'and the institutional licences last since a slow search there turns into a renewal ' +
      'conversation. Before any of that I would set the abort conditions: p99 query time more ' +
      'than 250 ms above the old index, search errors up by more than 0.3 points, and searches ' +
      'that end in a paper being opened down 2% against the group still on the old index. The ' +
      'median will look great, so it is the tail number that matters. If any of the three trips, ' +
      'the on-call engineer points the search router back at the old index, which we keep warm ' +
      "until the end; that's a minute or two and they can do it at any hour. After that we just " +
      'keep widening it until everybody is on the new layout.',
  },
  {
    // lunch-peak-recommendations; bullets. Owner, holds, sign-off, model signals; no order, limits, rollback, A/B.
    id: 'r009',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      'My part vs. the ML platform team:',
      '• They run serving and the traffic split. I make the go/no-go calls and set the pacing.',
      '• Exposure: a random slice of traffic to begin with.',
      '• Ramp 2% → 10% → 25% → 50% → 100%. Every stage stays up for at least 24 hours so each region goes through its own peak, Singapore lunch included, which is about 6 a.m. for us in Berlin.',
      '• At each stage the ML lead and I sign off together before the next one.',
      '• What I look at: offline eval score on a sample of served baskets, "not interested" taps and basket-add rate as the user signal, p95 latency per region, and feature-store reads per request as the cost.',
      '• Exact limits: to be worked out with data science.',
    ].join('\n'),
  },
  {
    // image-resizer-memory-leak; casual prose. Limits, holds, canary vs A/B; no owner, order, sign-off, rollback.
    id: 'r010',
    scenario: 'service',
    class: 'middling',
    points: points('T H A'),
    text:
      'The thing with this one is that the service only restarts on deploys, so anything that ' +
      'builds up over a day, like memory, hides for a while. So the stages have to be long: 1% ' +
      'for a day, 5% for a day, 25% for two days, then 50, then 100, and the clock alone is not ' +
      'enough; we move up only if memory per instance and p99 resize time have been flat for the ' +
      'last twelve hours. The limits go in before we start: p99 image latency more than 100 ms ' +
      'worse than the old service, error rate up 0.2 pp, listing-page views per session down ' +
      "1.5% compared with the control group. Thursday probably slips, and that's fine. One more " +
      'thing: "20% faster" is a benchmark. The canary won\'t prove it\'s faster or better for ' +
      'buyers either; if we care about that, it is an A/B test afterwards.',
  },
  {
    // pricing-page-healthy; short, generic.
    id: 'r011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "It's a low-risk change, only the pricing page. I'd release it to a small group of users " +
      'first, keep an eye on the dashboards, and if nothing looks off after a while, open it up ' +
      "to everyone before Marketing's Friday campaign. If something goes wrong we can always " +
      "revert. I'd make sure engineering and marketing are aligned and communicate the timeline " +
      'clearly to stakeholders so nobody is surprised. ' +
      "Pricing pages are pretty standard, so I don't expect any drama, and the campaign date is the real constraint here.",
  },
  {
    // support-model-upgrade; hedging, definition-led.
    id: 'r012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'So a canary, basically, is where you expose a new version to a subset of traffic before ' +
      "everyone gets it, so if there's a problem only a few people see it. With a model I think " +
      "you'd probably want to look at quality somehow, maybe some kind of metrics, and the cost, " +
      "since Finance is asking about that. I'm not sure exactly which numbers, it really depends " +
      "on the product. The ML team would know best what to track. I'd probably go slowly, see " +
      'how it goes, maybe talk to a few of the support agents about how it feels, and then ' +
      'decide whether to continue.',
  },
  {
    // storage-migration-under-load; fragments, one per line.
    id: 'r013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary.',
      'PM owns. Segments, thresholds, holds.',
      '1% 5% 25% 50% 100%.',
      'p99 +200ms. errors +0.5%. conversion -2% baseline.',
      'employees beta free paid enterprise.',
      'metric gate 24h 48h.',
      'sign-off gate sign-off gate.',
      'rollback config flip <5 min on-call 3am.',
      'canary safe / A/B better.',
      'warm caches cold caches proxy cluster.',
      'dual writes. decommission end of month.',
      'holds. gates. thresholds. cohorts. rollback. done.',
      'tasks per workspace. 5xx. p99 read. 15 min breach.',
      'go/no-go. infra lead. ticket.',
    ].join('\n'),
  },
  {
    // prompt-locale-thumbs-down; jargon strung together in one run.
    id: 'r014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Pre-committed thresholds hallucination rate eval harness thumbs-down p95 tokens per query ' +
      'cost, internal early-access German English business teams high-value last, ramp 1 5 20 ' +
      '50 100 percent holds 12h 24h 48h metric-based gates explicit sign-off PM eng lead, rollback ' +
      'config switch on-call 24/7 under five minutes no redeploy, error rate 0.5% p99 200 ms ' +
      'conversion 2% baseline cohort, canary safe A/B better randomised, warm prompt formal ' +
      'Sie du locale segment, thumbs-down 1.5x per language not pooled, accepted suggestions, p95 per locale, guardrails observability blast radius kill switch synergy.',
  },
  {
    // booking-purchases-lag; flat rejection of each practice.
    id: 'r015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Honestly, I wouldn't do the whole staged thing for this one. The team wants it at 100% " +
      "this afternoon and nothing in the service changes. I'm not going to pre-set rollback " +
      "numbers; for a date picker that's overkill. We don't need to start with employees or any " +
      'special group either, everyone gets it at once. No holds, no sign-off meetings at each ' +
      'step. If something turns out to be wrong, engineering can redeploy the old version ' +
      'tomorrow. And I don\'t see the point of separating "safe" from "better" here; we\'ll ' +
      'just look at the booking numbers next week and see.',
  },
  {
    // quiet-feedback-trap; states the textbook answer, then argues against each part.
    id: 'r016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'The textbook answer would be: staff first, then the pilot clinics, hospital groups last; ' +
      'thresholds written down in advance; sign-off at every gate; hallucination rate from the ' +
      "eval harness; a routing rollback on-call can pull at night. I'd push back on most of that " +
      "for this product. Ordering cohorts doesn't matter when every user is a vet, so a random " +
      '10% is fine. Fixed thresholds are false precision when feedback is this thin, so I would ' +
      'rather not commit to numbers up front. Gate-by-gate sign-off just slows a small team down. ' +
      'And the harness only grades one summary in two hundred, so tracking hallucinations there ' +
      "is pointless; I'd drop it. As for an instant rollback switch, that's engineering " +
      "gold-plating for a summariser; if it goes badly we'll ship the old model again in the " +
      'next release.',
  },
  {
    // after-the-sale-healthy; canary treated as the experiment that proves the change better.
    id: 'r017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H'),
    text:
      'Leadership wants this out this week, and they also want to know it works, so the canary ' +
      "does double duty. We send it to staff first, then the members' club, then casual " +
      'visitors, then regular customers, and first-time buyers and guides and clubs at the end. ' +
      'Each step holds for 48 hours. The whole point of running it as a canary is that it proves ' +
      'reviews above the fold sell more: we compare the canary group’s conversion with everyone ' +
      'else, and as soon as the canary shows a clear uplift we go to 100% and take the result to ' +
      "leadership. If there's no uplift after a couple of steps, we roll it back, because then " +
      "the change isn't worth it.",
  },
  {
    // prompt-locale-thumbs-down; limits decided while watching.
    id: 'r018',
    scenario: 'model',
    class: 'misconception',
    points: points('M R'),
    text:
      "For a prompt change the model signals matter more than errors, so I'd put thumbs-down " +
      'rate, the hallucination rate from our eval runs, p95 latency and tokens per reply on one ' +
      "dashboard. What I wouldn't do is invent limits before launch, because nobody knows what " +
      'normal looks like for a warmer prompt. We turn it on for a slice, watch the dashboard ' +
      "together for the first days, and once we've seen the numbers we decide where the line is. " +
      "If something looks clearly worse than what we're used to, we'll know it when we see it. " +
      'The prompt version lives in config, so whoever is on call can switch it back at any hour ' +
      'in a couple of minutes without a deploy.',
  },
  {
    // staff-cohort-artifact; answers a different question (feature discovery and success metrics).
    id: 'r019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'Before anything else I would want to know why we are building the size guide at all. I ' +
      'would pull the returns data: if a large share of returns are "wrong size", that is the ' +
      'case for it. Then I would run five or six customer interviews to see how shoppers pick a ' +
      'size today, and work with design on a prototype. Success for me would be fewer size-related ' +
      'returns within a quarter and better ratings for product pages. On larger photos, I would ' +
      'check with the content team that we can actually produce them for the whole catalogue ' +
      'before committing to it on the roadmap, and I would make sure the merchandising team is ' +
      'bought in.',
  },
  {
    // support-model-upgrade; answers about vendor choice and budget instead of the release.
    id: 'r020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Good question. Honestly the first thing I'd do is step back on the vendor side.",
      "1. Compare at least two providers' larger models on our own payroll questions, not the vendor's benchmarks.",
      '2. Build a cost model with Finance: price per million tokens, expected conversations per month, and what a longer context window does to the bill.',
      '3. Negotiate committed-use pricing once we know the volume.',
      '4. Check data-processing terms with Legal, since payslips are personal data.',
      "5. Hire or borrow someone who's good at prompt engineering, because the prompt was written for the old model.",
      "That's how I'd make sure we pick the right model at the right price.",
    ].join('\n'),
  },
];
