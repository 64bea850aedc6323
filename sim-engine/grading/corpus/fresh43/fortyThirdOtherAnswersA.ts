import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-third fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (aw008–aw020), written blind and labelled by hand.
 */
export const FORTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: Kenyan English register, spoken
  {
    id: 'aw008',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Eeh, okay. For the bigger model, let me tell you how I would do it.',
      'First, who gets it. Our own HR people in the company, they are the first ones, because they know payslips and leave rules inside out and they will catch a wrong answer quickly. After them, the customers who joined our beta. Then the rest, and the big employers last, since a wrong answer to them about salary is a big problem for us.',
      'Then before we start, we agree on the limits and we write them down. Hallucination above two percent on the eval harness, we stop. Thumbs-down up more than one point compared to the old model, we stop. Cost per conversation more than thirty percent higher, we stop, because Finance is already asking. And errors, not more than half a percent above the old one.',
      "Then we increase it bit by bit and keep looking at those numbers. If something is wrong, we go back to the old model. That's it, basically; the engineers will handle the technical side.",
    ].join('\n'),
  },
  // checkout-first-order: short paragraphs each opening with a one-word label
  {
    id: 'aw009',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      'Ownership. I own the release calls on this one: how fast we move, where the limits sit and how long we hold. Engineering owns the flag, the routing and the deploy.',
      'Limits. Written before a single shopper sees the new page: checkout errors more than 0.5 % above the old checkout, p99 page load more than 200 ms worse, first-order conversion down more than 2 % against shoppers still on the three-step flow.',
      'Steps. 1 %, 5 %, 25 %, 50 %, 100 %, two days at each, with the next step only when all limits have held. The 25 % step stays for four days so first-order conversion has enough volume to read.',
      "Campaign. Growth wants it live for spring. If the steps don't finish in time, the campaign runs on the old checkout; I'd rather that than learn about first-time buyers during the peak.",
      'Rollback. If a limit trips, we turn it off.',
    ].join('\n'),
  },
  // quiet-feedback-trap: starts with what could go wrong, then the plan that guards against it
  {
    id: 'aw010',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'What worries me here is that nobody would notice. The harness grades one summary in two hundred and few vets ever rate one, so at 5 % a cheaper model could be getting doses or follow-up dates wrong for days before a single signal shows up. And a cheaper, faster model is exactly the kind that gets shorter and vaguer without ever throwing an error.',
      'So the plan is built around getting enough signal. During the rollout the eval harness grades one summary in ten, checking especially for invented findings; we track the thumbs-down rate from the vets who do rate; and we watch p95 latency and cost per summary, since cost is the reason for the change.',
      "Stages would be 5 %, 25 %, 50 % and 100 %. We don't move on from a stage until it has at least 3,000 graded summaries behind it, however many days that takes, and the ML lead signs off each move after going through the harness results.",
      "If the graded summaries look clearly worse than the old model's, we'd stop and talk it through.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: terse answer with numbers written as words
  {
    id: 'aw011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Ship it gradually. Maybe ten percent first, then more if it looks fine.',
      'Benchmarks say twenty percent faster, so no big worry.',
      'Team watches the dashboards. Anything odd, we look into it.',
      'Should be everywhere by Thursday as planned.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: hiring-manager's interview notes written up afterwards in the candidate's voice
  {
    id: 'aw012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'My write-up of the canary question, as I answered it.',
      "I said I'd release the warmer prompt carefully, to a small group of users first, and keep an eye on how they react. I mentioned that German might need some attention, given formal address, and that we'd want to hear from German users.",
      "I said that if people didn't like it we could always change it back, and that the engineers would know the best way to roll it out. When asked for specifics, I said I'd rely on the team for those.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: checklist with [x] and [ ] boxes
  {
    id: 'aw013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '[x] canary cohort internal beta enterprise p95 hallucination',
      '[ ] 0.5 % 200 ms 2 % 1 5 25 50 100',
      '[x] ramp hold gate sign-off rollback on-call',
      '[ ] PM engineering routing ownership thresholds',
      '[x] A/B randomised safety lift eval harness thumbs-down token cost',
      '[ ] feature store Singapore lunch Berlin p99 baseline',
    ].join('\n'),
  },
  // search-tail-latency: terse answer with numbers written as words
  {
    id: 'aw014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. Index. Cohorts, internal, beta, free tier, institutional.',
      'Half a percent. Two hundred milliseconds. Two percent. P ninety-nine, tail, filters.',
      'One, five, twenty-five, fifty, one hundred. Holds, gates, metric-based.',
      'Sign-off, PM, eng lead. Rollback, on-call, config, five minutes.',
      'Safety, lift, randomised A/B. Ownership, routing, thresholds, baseline.',
    ].join('\n'),
  },
  // pricing-page-healthy: starts with what could go wrong, then the plan that guards against it
  {
    id: 'aw015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "What could go wrong with a pricing page? Very little, in my view: the checkout behind it doesn't change and nothing in the backend moves. So I wouldn't dress this up as a formal canary.",
      "I wouldn't bother choosing which visitors see it first; ordering segments for a comparison table isn't worth the meeting. I wouldn't fix rollback thresholds in advance either, and I don't see a reason for staged percentages with holds between them. Nobody needs to sign off each step, because there won't be steps. I wouldn't split out who owns which decision, and I wouldn't set up a rollback rota or a time target for reverting. I also wouldn't plan a separate A/B test afterwards.",
      "Marketing's campaign goes out on Friday, and the page should be there for it.",
    ].join('\n'),
  },
  // support-model-upgrade: Kenyan English register, spoken
  {
    id: 'aw016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Now, for this one, I'll be honest with you. The offline evals went up three points, so I would not go and build a big canary process around it.",
      "I would not set thresholds beforehand; we don't know yet how the bigger model behaves. I wouldn't gate on hallucination rate from an eval harness, and I wouldn't watch thumbs-down or the p95 latency either. Cost per conversation, Finance can look at the bill at the end of the month; I'd not make it a gate.",
      "I'm not going to arrange which customers go first, no staged ramp with holds, and no sign-off at each step; that is too much bureaucracy for a model swap with the same prompt. I also wouldn't sit down to decide who may roll back and how fast. And an A/B test after? No, not needed, sawa.",
      'We switch it on and move on.',
    ].join('\n'),
  },
  // quiet-feedback-trap: former SRE turned PM, plain and confident
  {
    id: 'aw017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      "I spent six years as an SRE before moving into product, so I'll answer this the way I'd want a PM to answer me.",
      'The split of work is simple. I own the release decisions: which clinics move, in what order, what stops us and how long we hold. Engineering owns the model endpoint and the traffic split.',
      'Our two partner clinics that already test with us go first, then opted-in beta clinics, then small single-vet practices, and the large multi-site groups last because they lean hardest on the summaries.',
      "Here's the part people overcomplicate. A summariser that answers without errors and answers fast is doing its job. The harness only grades one summary in two hundred and vets barely rate anything, so those signals are noise at this traffic, and I'd leave them out of the gates entirely. Errors and latency tell us everything we need about whether the cheaper model is fit to serve.",
      'So the limits, fixed and written down before the first clinic moves, are just two: error rate more than 0.5 % above the old model, and p99 latency more than 300 ms worse.',
      'Stages are 5 %, 25 %, 50 % and 100 %, each held for 48 hours and advanced only if both limits stayed green. The ML lead and I sign off each advance.',
      "Any on-call engineer can switch back to the old model without asking anyone, day or night; it's a traffic-split change that completes in about two minutes.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: PM at a ride-hailing company
  {
    id: 'aw018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S A'),
    text: [
      'I run pricing releases at a ride-hailing company, and fare changes are the ones where I keep the most control.',
      'On this rollout I own the decisions: the order of cities, the limits, the holds and, above all, the rollback. Engineering owns the new pricing service, the deploy and the routing.',
      'Staff trips go first, since a wrong fare to a colleague is cheap to refund; then our opted-in beta riders in one mid-sized city; then quieter cities; airports and the two capitals last, where a bad Saturday fare costs the most.',
      'The limits are agreed and written before any fare is quoted by the new service: quote errors more than 0.3 % above the old service, p99 quote latency more than 150 ms worse, and completed trips per request down more than 2 % against the old-service group.',
      'We go 1 %, 5 %, 20 %, 50 %, 100 %, each stage held through a weekend night peak and a nightly batch window, advancing only when all limits stayed green. The pricing engineering lead and I both sign each advance.',
      "Rollback is where I'm strict. Fares are a business decision, so only I may roll back. If a limit breaches at 2 a.m., on-call pages me first, I look at the dashboards and I make the call; engineers don't revert pricing on their own, however clear the breach looks. I keep my phone loud during the rollout for exactly that reason.",
      'At the end, the canary tells us the service is safe. Whether the new fares are better is a randomised A/B test later.',
    ].join('\n'),
  },
  // staff-cohort-artifact: short paragraphs each opening with a one-word label
  {
    id: 'aw019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Roles. For the web shop next year I'd hire two frontend engineers, a product photographer and a content designer for size guidance, in that order.",
      'Why. The photo work is done by a single freelancer today, and the product pages are waiting on imagery more than on code.',
      'Interviews. Each candidate does a portfolio review, a paired exercise on our own product pages and a conversation with the store-operations lead, who knows what staff need when they check stock.',
      'Budget. The four roles fit within the headcount we were given in January if the photographer starts on a part-time contract.',
      'Onboarding. New starters spend their first week in a store, on the floor and in the stockroom, before they touch the site.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: enthusiastic growth marketer planning a launch
  {
    id: 'aw020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Love this one! For the new recommended baskets I'd make a proper moment of it in South-East Asia. We open with a pop-up kitchen in a Singapore office district at lunchtime, where people build a basket in the app and get it delivered to their desk within the hour. Three local food creators film their own lunch baskets, and we push those clips on short-video platforms the same week.",
      "In Europe we'd go quieter: a newsletter feature and a home-screen banner. Press gets a briefing pack with a couple of customer stories, and we measure the launch by app installs, newsletter clicks and mentions across the two regions.",
    ].join('\n'),
  },
];
