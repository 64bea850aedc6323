import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-eighth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (bb008–bb020). Written blind and labelled by hand before any grading; labels
 * are final.
 */
export const FORTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: shares as "x out of y"; plain paragraphs
  {
    id: 'bb008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'I would start the one-page checkout with returning customers who have saved cards, since that is who the lab tested. First-time buyers go last: they are the most likely to get lost on a single page, and spring is when most of them arrive, so I want the most evidence before they see it.',
      '',
      'Before starting, the team writes down the limits: checkout errors higher than on the old checkout by more than 1 out of 200 attempts, and completed checkouts down by more than 2 out of 100 compared with the control group. Hitting either means we go back to three steps.',
      '',
      'Stages: 1 out of 50 returning customers, then 1 out of 10, then half, then all returning customers, and only then first-time buyers, starting at 1 out of 10 and moving up. Each stage holds for two full days before we look at the numbers and decide to move.',
      '',
      'I would want it all at 100 % before the campaign if the numbers allow.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a mortgage lender; plain paragraphs
  {
    id: 'bb009',
    scenario: 'model',
    class: 'middling',
    points: points('P S M'),
    text: [
      'At the mortgage lender where I am a PM, our borrower chatbot runs on a large model too, and the split I insist on there is the one I would insist on here. Engineering owns the model swap, the serving and the traffic routing. I own the go and no-go calls: how far it goes, when it stops, and when it moves on.',
      '',
      'Beyond errors and response time, I would watch four things throughout: the hallucination rate from the eval harness on payslip and leave questions, since a confident wrong answer about pay is worse than no answer; the thumbs-down rate and the share of conversations handed to a human agent; p95 latency, because a longer context window will slow the tail; and token cost per conversation, which is the number finance asked for.',
      '',
      'Each time we want to widen it, the support operations lead and I both sign off, looking at those signals together. I would also keep finance in the loop on cost as exposure grows.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: metric names in backticks; bullets for limits
  {
    id: 'bb010',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'We start with a slice of listing traffic on the new resizer, chosen at random by the load balancer.',
      '',
      'Limits set before the first request moves:',
      '- Errors: `resize_error_rate` more than 0.5 % above the old service.',
      '- Latency: `resize_latency_p99` more than 200 ms above the old service.',
      '- Memory: `resizer_memory_rss` growing by more than 10 % per six hours on any instance.',
      '',
      'Stages at 1 %, 10 %, 50 %, 100 %. Each stage holds at least 36 hours, so the service runs for more than a full day without a restart, since the benchmark never ran that long and a slow leak would only show late. We advance only when all three stayed inside.',
      '',
      'Any on-call engineer can roll back at any time without approval by shifting the load balancer weights back to the old resizer, which takes about two minutes. Thursday is not a deadline worth breaking that for.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a note to the support team; chatty
  {
    id: 'bb011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Hi support team, a quick heads-up.',
      '',
      'We are moving the visit summaries over to a newer model that is quicker and cheaper to run. We will be doing it gradually, so some clinics will get it before others, and we will keep an eye on how it goes. If vets mention that their summaries look a bit different, that is probably why.',
      '',
      'If anything seems wrong, let us know and we will look into it, and we can always switch back if we need to. Thanks for your help as always!',
    ].join('\n'),
  },
  // pricing-page-healthy: Zambian English register, written; one short paragraph
  {
    id: 'bb012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'For this one, I think the risk is small since it is only the pricing page and the checkout is the same. What we shall do is to put the new page to some of the users first and see how it is going. We shall be watching the numbers, like the visits and the sign-ups, and if they are okay then we move it to more people. If there is a problem, we shall just go back to the old page. The marketing campaign is on Friday, so we need to be done by then, obviously. I would also talk to engineering so that they are ready.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: metric names in backticks; noun-phrase fragments
  {
    id: 'bb013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Payment SDK canary: PM decisions, engineering routing, ownership.',
      'Segments: staff, beta, iOS, Android, wallet users, high-value last.',
      '`payment_error_rate` 0.5 %, `payment_latency_p99` 200 ms, `orders_completed` 2 %, baseline, control, pre-committed.',
      'Ramp 1 %, 5 %, 25 %, 50 %, 100 %; holds, gates, metric-based, 24 hours.',
      'Sign-off: PM, engineering lead, each gate.',
      'Rollback: on-call, any hour, config flag, under five minutes, no approval.',
      'Canary: safety. A/B: randomised, improvement.',
      'Certification, bursts, Friday, dinner, wallet.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: shares as "x out of y"; run-on term list
  {
    id: 'bb014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendation model canary considerations: 1 out of 100, 5 out of 100, 1 out of 4, 1 out of 2, all. Regions, Europe, South-East Asia. Singapore lunch, Berlin morning. Feature stores, capacity, timeouts. Errors, latency, p95, p99, eval harness, hallucination, user feedback, compute cost, token cost. Thresholds 1 out of 200, 150 ms, 2 out of 100. Internal first, beta, high-value last. PM, engineering, ownership, sign-off, gates, holds, rollback, on-call, config, minutes. Canary safety, A/B test, randomised, better.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: each paragraph opens on its reason ("Because ..., we ...")
  {
    id: 'bb015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Because the prompt is only a wording change, we would not treat the rollout as a product decision at all; I would not split ownership between me and engineering, and the team can simply ship it.',
      '',
      'Because every user writes emails, we would not bother picking an order of segments, and we certainly would not hold German users back to the end.',
      '',
      'Because tone is subjective, we would not set rollback numbers in advance, and we would not gate on thumbs-down, eval scores, latency or token cost either.',
      '',
      'Because staged ramps slow everything down, we would not go through 1 %, 5 % and 25 %, and we would skip the holds and the gates.',
      '',
      'Because nobody needs to approve a prompt, we would not have anyone sign off the steps, and we would not set up a special rollback path or on-call authority for it.',
      '',
      'Because we are not claiming anything, we would not run an A/B test afterwards either.',
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a mortgage lender; short paragraphs of refusals
  {
    id: 'bb016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'At the mortgage lender where I am a PM we have learned not to over-engineer front-end releases, and I would take the same line here. I would not carve out who owns what between product and engineering; that kind of split just adds meetings.',
      '',
      'I would not choose a cohort order either: no staff first, no early-access group, no holding back the big-spending guests. I would not write down rollback thresholds before we start, no error or latency limits, no booking-rate floor. I would not stage it through 1 %, 5 % and 25 % with holds between them, and I would not ask anyone to sign off the steps. I would not arrange for on-call to roll back without asking, and I would not plan an A/B test to ask whether it is better.',
      '',
      'Nothing in the service changes, design loved it, and the team wants it at 100 % this afternoon, so that is what I would give them.',
    ].join('\n'),
  },
  // support-model-upgrade: abbreviations spelled out on first use
  {
    id: 'bb017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S M'),
    text: [
      'The point of this canary, as I see it, is to prove the bigger model is better than the one we have. The offline evaluations (evals) went up three points; the canary is our A/B test in production, and it will show whether that lift holds for real users.',
      '',
      'As product manager (PM) I own the decisions on order, limits and when to advance; the machine learning (ML) engineering team owns serving and the traffic split.',
      '',
      'Internal HR and payroll staff go first, then customers in the early-access programme, with large enterprise payroll customers last because they are the least forgiving.',
      '',
      'Before we start, we fix the rollback limits: error rate up more than 0.5 % against the old model, 95th-percentile (p95) latency up more than 700 ms, hallucination rate from the eval harness above 2 %, cost per conversation up more than 30 %.',
      '',
      "Stages are 5 %, 20 %, 50 % and 100 %, each held for 48 hours. At each gate the head of support and I sign off, and we advance when the canary cohort's resolution rate beats control, since that is the evidence the new model is better. Once we reach 100 %, the canary results are our answer to finance too: if resolution went up, the extra cost per conversation is justified.",
    ].join('\n'),
  },
  // after-the-sale-healthy: Zambian English register, written
  {
    id: 'bb018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      'Myself as PM, I own the decisions for this release: the order of customers, how long we stay on each step and when we move. The web team is the one doing the deployment and the traffic split.',
      '',
      'We shall start with our own staff, then the customers on the early-access list, and the big spenders who buy the expensive tents and jackets come last, since if the page misbehaves for them we lose more.',
      '',
      'On the issue of limits, I do not believe in writing numbers before we start, especially this week. Last week was the sale, so every number is going to look funny. What I will do is to sit with the dashboard during the first day, see where the error rate and conversion are settling, and then decide what is a normal level and what is a problem. The right numbers come from watching, not from guessing in advance.',
      '',
      'The steps are 1 %, 5 %, 25 %, 50 % and 100 %, holding each one for 24 hours before moving. The engineering lead and myself sign off each step.',
      '',
      'If something goes wrong, the on-call engineer can put back the old product page at any hour without asking me; it is a feature flag and it takes a few minutes.',
    ].join('\n'),
  },
  // staff-cohort-artifact: each paragraph opens on its reason ("Because ..., we ..."); a studio hiring plan
  {
    id: 'bb019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Because the new product pages need larger photos, we will have to hire two more product photographers before the autumn collection arrives. Because the current studio only fits one shoot at a time, we would rent a second space near the warehouse.',
      '',
      "Because staff will review the photos internally, we would set aside time each Monday for the merchandising team to approve the week's shots.",
      '',
      'Because the size guide needs measurements for every garment, we would bring in a part-time garment technician for three months and train someone from the stock team to take over afterwards.',
      '',
      'Because budgets are tight this year, we would cap freelance spend at 10 % of the studio budget and review it at the end of the quarter.',
    ].join('\n'),
  },
  // quiet-feedback-trap: abbreviations spelled out on first use; a trade-show launch plan
  {
    id: 'bb020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'For the launch of the summariser to new clinics, I would focus on the British Small Animal Veterinary Association (BSAVA) Congress in the spring, where most of our target clinics send at least one vet. We would have a stand with a live demonstration on a tablet, and a one-page handout on how the tool saves time on clinical notes.',
      '',
      'Before the congress we would email existing customers a customer satisfaction (CSAT) survey, so we have fresh quotes for the stand. After it, the sales team follows up every lead within 48 hours, and we track cost per acquisition (CPA) against the budget agreed with finance.',
      '',
      'The message stays simple: less typing after each consult, more time with the animals. We would avoid claims about accuracy in the handout until legal has reviewed them.',
    ].join('\n'),
  },
];
