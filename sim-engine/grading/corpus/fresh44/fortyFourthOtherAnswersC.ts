import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-fourth fresh set, author c: middling (ax048–ax050), weak (ax051–ax052), salad (ax053–ax054),
 * negated (ax055–ax056), misconception-led (ax057–ax058) and off-topic (ax059–ax060) answers,
 * written blind, labelled by hand.
 */
export const FORTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: plain conversational prose, a candidate in a hurry
  {
    id: 'ax048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'For the one-page checkout I would be careful about who sees it first. Returning customers loved it in the lab, but the risk is first-time buyers, and the spring campaign is exactly when they show up. So staff first, then returning customers on our early-access list, then returning customers generally, and first-time buyers last, once it has held up everywhere else.',
      '',
      'I would agree the stop numbers with the team up front: checkout errors more than 0.5 % above the old checkout, p99 page load more than 300 ms slower, and checkout completion down more than 2 % against the old flow, measured for first-time buyers on their own, because that is the group I am worried about.',
      '',
      'Then 5 %, 20 %, 50 %, 100 %, holding each for three days so there are enough first orders to read completion, and only moving on if all three numbers stayed inside their limits. I would want to start as early as we can so it is settled before the campaign.',
    ].join('\n'),
  },
  // support-model-upgrade: table-of-contents-style outline with indented sub-points
  {
    id: 'ax049',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      'Outline of the rollout',
      '1  Roles',
      '    1.1  The PM decides the order of the rollout, when we hold and when we go further',
      '    1.2  Engineering does the model switch and the routing',
      '2  Stages',
      '    2.1  5 % of conversations, held for two days',
      '    2.2  25 %, held for three days',
      '    2.3  50 %, held for three days',
      '    2.4  everyone',
      "    2.5  at the end of each stage we check the signals in section 3 and move on only if they are at least as good as the old model's",
      '3  Signals',
      '    3.1  answer quality from the eval harness, run every day on a sample of real payslip and leave questions',
      '    3.2  thumbs-down rate on answers',
      '    3.3  p95 response time, since a bigger model with a longer context will be slower',
      '    3.4  cost per conversation, which Finance has asked about',
      '4  Open items',
      '    4.1  exact limits for slowness and cost still to be set with engineering and Finance',
    ].join('\n'),
  },
  // image-resizer-memory-leak: names the people by first name and role
  {
    id: 'ax050',
    scenario: 'service',
    class: 'middling',
    points: points('T S R'),
    text: [
      'We put the new resizer on a slice of listing traffic next to the old one. Rosa, who leads the image team, wrote the limits with me last week and they are fixed: resize errors more than 0.3 % above the old service, p99 image time more than 150 ms slower, and memory per instance growing more than 10 % over twelve hours, because a service that is only restarted on deploys can leak slowly without a single error showing. Each time we widen the slice, Dara, the engineering manager, signs it off in the release doc; nobody widens it without her name there. If any limit is crossed, Lukas or whoever is on call in SRE moves traffic back to the old resizer straight away, at any hour, without checking with me or Dara; it is a load-balancer weight change and it is done in a couple of minutes. Everywhere by Thursday is a wish, not a plan.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Trinidadian English register, spoken
  {
    id: 'ax051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Well, for the prompt, what I would do is just roll it out slow, yuh know, a little bit at a time, and keep an eye on how people feeling about it. The English team did review it already, so I not too worried there. If the German users start to complain, we go look into it and tweak the prompt, eh. Main thing is to watch the metrics and talk to the team regular, and if it looking bad we go pull it back. Is only a prompt, not a big thing, so we could move fairly quick once it settle down.',
    ].join('\n'),
  },
  // pricing-page-healthy: PM at a hospital-scheduling company, careful about patient safety
  {
    id: 'ax052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Where I work we schedule operating theatres and clinic slots, so I am used to being cautious about anything that ends up in front of patients. A pricing page is lower stakes, but I would still bring some of that caution. I would release it gradually rather than all at once, keep a close eye on how things look, and make sure the team knows to raise anything unusual. Because the campaign starts on Friday, I would want it in a good state before then. If something went wrong we would put the old page back. Mainly I would want everyone aligned and communicating well throughout.',
    ].join('\n'),
  },
  // search-tail-latency: dashes instead of bullets, lower case throughout
  {
    id: 'ax053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '- canary, index layout, new vs old',
      '- p99, p999, 200 ms, 0.5 %, errors, 2 % searches per session',
      '- staff, early access, free tier, institutional licences last',
      '- 1 %, 5 %, 25 %, 50 %, 100 %, holds, gates, 24 h',
      '- sign-off, pm, eng lead, sre',
      '- rollback, on-call, flag, under 5 min, any hour',
      '- safety not improvement, a/b test, randomised',
      '- thresholds pre-committed, rare queries, many filters, tail',
    ].join('\n'),
  },
  // quiet-feedback-trap: table-of-contents-style outline with indented sub-points
  {
    id: 'ax054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Contents',
      '1  Ownership: PM, engineering, routing, decisions',
      '    1.1  order, limits, holds',
      '2  Cohorts: internal, pilot clinics, single-vet practices, emergency clinics',
      '3  Thresholds: 0.5 %, 2 points, p95 4 s, hallucination 1 %, pre-committed',
      '4  Ramp: 2 %, 5 %, 20 %, 50 %, 100 %; holds; metric gates; 1,000 graded summaries',
      '5  Sign-off: clinical lead, PM',
      '6  Rollback: on-call, config flag, under 5 minutes, no approval',
      '7  Canary vs A/B: safety, improvement, randomised',
      '8  Model signals: eval harness, 1 in 200, 1 in 10, thumbs-down, p95, cost per summary',
    ].join('\n'),
  },
  // lunch-peak-recommendations: names the people by first name and role
  {
    id: 'ax055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Honestly, I would not over-engineer this. I would not split hairs about what I own versus what Farah's ML team owns; we are one team and Farah can make the calls. I would not bother choosing which customers go first; there is no reason to put staff or Europe ahead of anyone. I would not fix rollback thresholds in advance either, because pre-committed numbers only make people nervous. No stages and no holds: one switch for everybody. I do not need Jonas, the SRE lead, or anyone else signing off each step, and I would not give the on-call engineer the right to roll back on their own. I would not set up an eval harness, thumbs-down tracking, p95 alerts or cost per recommendation for this. And I would not spend interview time on the difference between a canary and an A/B test.",
    ].join('\n'),
  },
  // booking-purchases-lag: sceptical veteran PM, dismissive of process
  {
    id: 'ax056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'I have run enough of these to be sceptical of the ceremony. For a date picker and a shorter form, I would not sit down and write a segment order; staff first and beta first tell you little about guests who book after talking it over at home. I would not set rollback numbers in advance either, since bookings lag by hours and any threshold picked this morning is a guess. I am not going to schedule ramp stages with holds, and I am not going to ask anyone to sign off each step; the team wants it at 100 % this afternoon and for a front-end change that is not unreasonable. I do not see the point of deciding who may roll back or how fast, and I would not carve up decisions between product and engineering. Nor would I frame the canary as safety with an A/B test for improvement; that is a distinction for a slide deck.',
    ].join('\n'),
  },
  // support-model-upgrade: PM contrasting a bad plan with a good one, line by line
  {
    id: 'ax057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R M'),
    text: [
      'I will set a weak plan beside mine, line by line.',
      '',
      'A weak plan hands everything to engineering. Mine keeps the order, the limits and the holds with me, and leaves the model routing and the deploy to the ML engineers.',
      'A weak plan picks a random slice. Mine starts with our own HR team, then payroll admins in the early-access group, then small customers, with large employers in the middle of a pay run last, because a wrong payslip answer there hurts most.',
      'A weak plan sets limits after launch. Mine fixes them first: errors more than 0.5 % above control, p95 more than 700 ms worse, hallucination rate from the eval harness more than one point worse, cost per conversation more than 25 % over the budget Finance agreed.',
      'A weak plan switches everyone in one go. Mine goes 5 %, 25 %, 50 %, 100 %, holding 48 hours at each and advancing only when every limit held.',
      'A weak plan advances when someone feels good about it. Mine needs the ML lead and me to sign each step.',
      'A weak plan waits for a meeting to roll back. Mine lets the on-call engineer switch back to the old model by flag in minutes, any hour, without asking.',
      'A weak plan runs a separate A/B test for weeks afterwards. Mine does not need one: the canary cohort is already our test group against everyone still on the old model, so if answer ratings in the canary beat the rest, that proves the bigger model is better and worth its cost. One experiment, not two.',
    ].join('\n'),
  },
  // after-the-sale-healthy: dashes instead of bullets, lower case throughout
  {
    id: 'ax058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S A'),
    text: [
      '- i own the order, the limits and the holds; engineering owns the flag and the deploy',
      '- staff first, then the early-access list, then shoppers in our smaller markets; our biggest markets last, since a broken product page costs most there',
      "- limits fixed before anything moves, measured against a control group this week and not against last week's sale: product-page errors more than 0.5 % above control, p99 load more than 250 ms slower, add-to-basket down more than 2 % against control",
      '- stages of 5 %, 25 %, 50 % and 100 %, each held 24 hours and passed only if every limit held',
      '- i sign off each advance together with the front-end lead',
      '- rollback is mine alone: if a limit trips, on-call pages me first and waits, and nothing is reverted until i have looked and said so, because only the pm should decide to undo a release',
      '- the canary tells us it is safe; whether reviews above the fold sell more is for a randomised a/b test later',
    ].join('\n'),
  },
  // pricing-page-healthy: very short answer with dense numbers
  {
    id: 'ax059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Friday's campaign: €40k budget, 60 % paid social, 25 % search, 15 % creator partnerships. 3 ad sets, 2 headlines each, 6 variants in total. Email to 180,000 free-tier users at 10:00 CET, a second send 72 h later to non-openers. Targets are 4 % click-through, 9,000 trials in 14 days and 12 % trial-to-paid. The landing page is the new pricing page, with copy approved on Wednesday. Retro the Friday after.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: names the people by first name and role
  {
    id: 'ax060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'A quarter of our users write in German, so the real gap is people, and here is the hiring plan. Lena, our head of content design, opens a role for a German-speaking content designer this month; Markus, the recruiter, sources through his Berlin and Vienna networks. Sophie, the localisation lead, writes the take-home task: rewrite five assistant replies in formal and in informal address. The interviews are a portfolio review with Lena, a pairing session with Sophie and a conversation about values with me. We want an offer out within six weeks, and a second hire, a German-speaking linguist on contract, by the end of the quarter. Anja in finance has already approved the budget.',
    ].join('\n'),
  },
];
