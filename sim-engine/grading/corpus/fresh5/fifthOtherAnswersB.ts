import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifth corpus, author B, the other classes (m028–m040): middling, weak, salad, negated,
 * misconception-led and off-topic answers, written blind to the grader.
 */
export const FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'm028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "The one-page checkout is my call to stage, and I'd treat the first-time buyers as the risk, not the returning ones the lab loved. So I'd decide the order: staff accounts first, then returning customers who already have saved cards and addresses, and first-time buyers only at the very end, since autofill gives them nothing and a confusing page costs us the first order. Before anyone sees it I'd lock three numbers with the team: checkout errors no more than 0.5% above the current flow, p99 page time no more than 200 ms worse, and first-order conversion not more than 2% below the control group. Engineering handles the flag and the deploy; those decisions are mine. Then I'd roll it out gradually before the spring campaign and keep an eye on those.",
    ].join('\n'),
  },
  {
    id: 'm029',
    scenario: 'model',
    class: 'middling',
    points: points('C H R M'),
    text: [
      '- internal support team → early-access customers → smaller tenants → enterprise last',
      '- ramp 1 / 5 / 25 / 50 / 100, at least a day at each, longer at 25 so ticket volume builds',
      '- watch: hallucination rate from evals, thumbs-down, p95 latency, cost per conversation (Finance wants it)',
      '- if it looks off: on-call reverts to the old model via config, any hour, a few minutes',
      '- bigger model, same prompt, so mostly worried about latency and cost',
    ].join('\n'),
  },
  {
    id: 'm030',
    scenario: 'service',
    class: 'middling',
    points: points('T H R A'),
    text: [
      "The resizer looks faster in benchmarks, but a leak would only show after hours because the service only restarts on deploys. So my gates would be time-based and long: 1% for 24 hours, 5% for 48 hours, then 25% and 50% each for 48 hours, and only then everyone. Thursday is not going to happen, and I'd say that early. The stop lines, agreed before we start: resize failures more than 0.5% over the old service, p99 image latency more than 200 ms over, and listing-page views per session down 2% versus the control. Also memory per instance trending up across the hold. If any of that trips we send traffic back to the old service with a routing change, which takes minutes, and the on-call engineer can do it day or night without waiting for me. And to be clear the canary is about safety; if we want to know whether the new format helps sellers, that's an A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'm031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly the pricing page is low risk, it's just a comparison table, so I wouldn't overthink it. I'd put it out to a small percentage of visitors first, check that nothing looks weird, and then open it up fully before marketing's Friday campaign. If something's off we can revert. I'd mostly want to make sure design and marketing are happy with the copy, and that the table renders fine on mobile, because a lot of the campaign traffic will come from social. After that it's really about watching how many people click through to the plans.",
    ].join('\n'),
  },
  {
    id: 'm032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "For the new recommendation model I would roll it out gradually, region by region, and monitor the dashboards. The data science team knows the model best so I would let them decide when it's ready for more traffic. If there are problems we can roll back. It's important to communicate with stakeholders in both Europe and Asia, and I'd make sure support knows the change is coming in case customers notice different baskets on the home screen.",
    ].join('\n'),
  },
  {
    id: 'm033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'canary. new index. smaller cheaper. median faster but. rare queries many filters?? 1% 5% 25% 50% 100%. p99. p99.9 maybe. filters heavy. tail latency. thresholds. rollback. sign-off. institutional licences last?? holds. gates metric. A/B after. errors 0.5. 200ms. conversion 2%. baseline. free tier first. on-call. config. minutes. dashboards, alerts, SLO, error budget. benchmark gap. institutions vs free. cost per query down. PM owns. eng owns routing. done.',
    ].join('\n'),
  },
  {
    id: 'm034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Prompt canary: warmth vs formality, locale segmentation, thumbs-down telemetry, eval harness, hallucination, token cost, p95, cohorts internal beta general, pre-committed thresholds guardrails, ramp staged gated holds sign-off, rollback config on-call 24/7 minutes, canary safe A/B better, German Sie du, PM owns decisions engineering owns routing, 1 5 25 50 100, half percent, two hundred milliseconds, two percent baseline.',
    ].join('\n'),
  },
  {
    id: 'm035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Everyone wants to make this complicated. I wouldn't bother sending it to staff first; they browse all day and never buy, so their numbers are useless anyway. I also wouldn't write thresholds up front, because with a cosmetic change like bigger photos you can't know in advance what normal looks like. No fixed ramp either, no holds, no sign-off ceremony at each step, that's process for its own sake. Rollback plans aren't needed for a photo size change, and there's no point in a separate A/B test later. We just release it to everyone on Monday and look at sales on Friday.",
    ].join('\n'),
  },
  {
    id: 'm036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I know the textbook says run an eval harness on the new summariser, but I'd skip that: it grades one summary in two hundred, so why pretend. Same with thumbs-down, vets don't rate, so it's not a signal we'll use. I'm not going to pre-commit stop numbers for a model this cheap, and I don't see a reason to stage it through internal users or volunteer clinics first when the old and new models are basically the same family. I'd rather not have on-call roll back without me either; a model swap is a product decision, so I'd want to be the one deciding, even if it takes until the morning. And I wouldn't hold at each percentage for a fixed time. Ship it to all clinics, save the money, and look at complaints at the end of the month.",
    ].join('\n'),
  },
  {
    id: 'm037',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text: [
      "The reviews-above-the-fold change is a good candidate for the canary because the canary is basically our experiment: we give it to 5% of shoppers and compare their purchases to everyone else, and if the canary group converts better, we've proven the layout works and we go to 100%. I'd pick the cohort carefully: employees first, then our newsletter beta list, then general shoppers, with repeat high-spend customers last. The nice thing is we don't need a separate A/B test afterwards, the canary result is the answer. I'd compare this week's canary conversion to last week's numbers for the whole site to see the lift.",
    ].join('\n'),
  },
  {
    id: 'm038',
    scenario: 'model',
    class: 'misconception',
    points: points('C R'),
    text: [
      "With the bigger support model I wouldn't set thresholds in advance, because we don't know yet how a larger model behaves with real payroll questions. I'd start with our internal HR team, then beta customers, then everyone else, and at each stage I'd sit with the team, watch the dashboards, and decide on the spot whether the latency and thumbs-down look acceptable. You calibrate the line by looking at the live data, that's more realistic than guessing numbers in a doc. If it looks clearly bad, on-call can switch back to the old model in config, anytime, in a few minutes. If it looks fine after a couple of days at each level, we keep going.",
    ].join('\n'),
  },
  {
    id: 'm039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "For the checkout I think the more important question is whether one page is the right bet at all. I'd start with discovery: interview ten first-time buyers, look at where they drop in the funnel today, and compare us against the three main competitors' checkouts. Then I'd write a one-pager for Growth on the opportunity size, align with design on the success metric, and make sure legal reviews the saved-card consent wording. The spring campaign is a hard deadline, so I'd also set up a weekly stakeholder sync.",
    ].join('\n'),
  },
  {
    id: 'm040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Before talking about release, I'd want to understand why the German output misfires. A warmer prompt probably tells the model to use \"du\", so I'd get a native German speaker to review the prompt, write a few-shot example in formal German, and maybe split the system prompt by locale. Long term I'd invest in a prompt-evaluation workflow where linguists from each market review prompt changes, and I'd add German speakers to the team that owns the writing assistant's tone guidelines.",
    ].join('\n'),
  },
];
