import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fiftieth fresh set, author b: middling (bd028–bd030), weak (bd031–bd032), salad (bd033–bd034),
 * negated (bd035–bd036), misconception-led (bd037–bd038) and off-topic (bd039–bd040) answers,
 * written blind and labelled by hand.
 */
export const FIFTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: thinking aloud with self-corrections
  {
    id: 'bd028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Hmm, the resizer rewrite. It's 20 % faster in benchmarks, but the service only restarts on deploys, so anything that builds up over a day won't show in a benchmark. Let me think.",
      'The cohort first. Our own seller accounts and the internal listing pages go first; those are ours and nobody loses a sale. Then sellers in the beta programme. Then the long tail of small sellers, and the top sellers last, since their listings earn the most.',
      "Thresholds, fixed before we start: image error rate more than 0.5 % over the old service; p99 resize time more than 200 ms, no, for images let's say 300 ms, over the old service; and memory per instance growing by more than 10 % in any six hours, since a slow leak is my real fear here.",
      'Stages of 1 %, 5 %, 25 %, 50 %, then all. Each held at least 24 hours before moving on. Actually 36, so every instance has been up through one full daily traffic cycle without a restart.',
      "If any threshold trips, we stop and go back to the old resizer. And the Thursday target, honestly, I'd tell the team is unlikely.",
    ].join('\n'),
  },
  // support-model-upgrade: a closing list of who owns what
  {
    id: 'bd029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "The bigger model costs more and will be slower, so I'd frame this around limits. Before any traffic goes to it, we agree them: errors no more than 0.5 % above the current model, p95 latency no more than 700 ms above it, the hallucination rate on our payroll eval set no higher than today's 2 %, and cost per conversation no more than 40 % above the current figure, which is also the number Finance asked for. We also watch thumbs-down on answers about payslips and leave.",
      "We'd start with 5 % of conversations and widen as the numbers allow.",
      'Who owns what:',
      '- PM: the limits above, the order of exposure, and how fast we widen.',
      '- ML engineering: model serving, the routing split, the deploy.',
      '- Finance: gets the cost-per-conversation figure every week.',
    ].join('\n'),
  },
  // checkout-first-order: Liberian English register, spoken
  {
    id: 'bd030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S R'),
    text: [
      'Alright, the one-page checkout. The lab people loved it, but those were returning customers, ya. First-time buyers, nobody test them, and the spring campaign is when they come plenty.',
      'Our own staff buy through it first. Then the customers who join our early-access list. After that, returning customers, because they have saved address and card, the thing can work for them. First-time buyers we keep for last, because they the ones we can lose for good, and the campaign bringing them.',
      'The steps: 2 %, then 10 %, then 30 %, then everybody. At every step we sit down and wait at least two days, one weekend inside, before we move. No skipping, oh.',
      'Before we go from one step to the next, the head of checkout engineering and the growth lead sign, both of them, by name.',
      'If the thing going bad, the on-call engineer can switch the flag off self, no need to call anybody, any hour. The old three-step page come back in one or two minutes.',
      'And we will be watching how the first orders doing against the old page, small small.',
    ].join('\n'),
  },
  // pricing-page-healthy: a hurried, upbeat founder (invented)
  {
    id: 'bd031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly this is a low-risk one; the checkout behind the page doesn't change, it's just a clearer table. I'd get it out to a slice of visitors before the campaign, keep an eye on the numbers, and if anything looks off we'd pull it back. Marketing and engineering would sync on timing so Friday goes smoothly. Once we're comfortable, everyone gets it. I'd also make sure support knows the page is changing, in case customers ask.",
    ].join('\n'),
  },
  // quiet-feedback-trap: sentences that start with "So"
  {
    id: 'bd032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "So the new model is cheaper and faster, which is great. So I'd want to be careful, because vets rely on these summaries. So we'd roll it out gradually to some clinics and see how it goes. So we'd keep an eye on things as it goes. So if vets aren't happy, we'd go back to the old one. So the engineers would handle the technical side, and I'd keep stakeholders in the loop. So overall, slow and careful, and listen to the vets.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a walk through a dashboard, panel by panel
  {
    id: 'bd033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Dashboard, panel one: cohorts. Internal, beta, Europe, South-East Asia, high-value baskets, 1 %, 5 %, 25 %.',
      'Panel two: thresholds. Error rate, 0.5 %, p95, p99, 200 ms, feature store, CPU, 75 %, baseline, control.',
      'Panel three: model quality. Eval harness, hallucination, precision at ten, thumbs-down, token cost, compute per request.',
      'Panel four: ramp. Holds, gates, 24 hours, Singapore lunch, Berlin morning, metric gate, time gate.',
      'Panel five: sign-off. PM, ML lead, each stage.',
      'Panel six: rollback. On-call, any hour, routing flip, under five minutes, no approval.',
      'Panel seven: canary versus A/B. Safety, improvement, randomised, PM-owned decisions, engineering-owned routing.',
    ].join('\n'),
  },
  // search-tail-latency: the number placed at the end of its sentence
  {
    id: 'bd034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Error-rate delta versus control, 0.5.',
      'Tail latency, p99, rare queries with many filters, plus 200.',
      'Median query faster, benchmark coverage of filters, 0.',
      'Cohorts, internal, free tier, institutional licences last, stage 1.',
      'Ramp, holds, gates, stages 1, 5, 25, 50, 100.',
      'Sign-off, PM, search lead, names 2.',
      'Rollback, on-call, any hour, routing flip, minutes under 5.',
      'Canary, safety, A/B, randomised, better, lift 0.',
    ].join('\n'),
  },
  // booking-purchases-lag: a dry, contrarian veteran (invented)
  {
    id: 'bd035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I've been doing this long enough to skip the ceremony. I wouldn't carve the traffic into internal users, beta users and the rest; the date picker either works or it doesn't, and any ordering is theatre. I wouldn't write rollback thresholds down in advance either: nobody knows what a lost booking looks like until it shows up hours later, so fixing 0.5 % or 2 % today is guesswork. No staged ramp with holds at 1, 5 and 25 %, and no sign-off at each step; the team wants 100 % this afternoon and they know the code. I wouldn't bother separating what the PM decides from what engineering runs, and I'd not set up a special on-call rollback path with its own authority. Nor would I pretend a canary and an A/B test are different animals that need two phases.",
      'Ship it, then look at bookings tomorrow.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a formal academic register (invented)
  {
    id: 'bd036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'It would, in my view, be a mistake to impose the customary apparatus on a change of tone. I would not establish a sequence of cohorts, with staff first and German business accounts last, since the prompt affects every user identically. Nor would I commit to numerical rollback thresholds before exposure; limits on thumbs-down or on a German formality eval, fixed in advance, tend to be either arbitrary or ignored. I would not stage the ramp at 1 %, 5 % and 25 % with holds between them, and I see no case for a named signatory at each advance. The questions of who may revert the prompt, and how quickly, I would not settle beforehand, nor would I draw a line between what the product manager decides and what engineering executes. Monitoring of hallucination rates, p95 latency and token cost per suggestion I would likewise not undertake, since a prompt rewrite changes none of them in principle. Finally, I would not insist that the canary demonstrates safety rather than improvement; the distinction seems to me largely academic here.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a music-streaming service
  {
    id: 'bd037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      "At the music-streaming service where I'm a PM, every canary doubles as our experiment, and I'd run this one the same way: the canary is how we prove the bigger model is better than the old one, so we don't need a separate A/B test.",
      'I own the decisions, meaning the order of exposure, the limits, the holds and the success metric; the ML engineers own the model routing and the serving.',
      "We'd start with our own HR team using the assistant on their own payslips, then customers in the early-access programme, then small companies, and the large employers last, because a wrong answer about pay costs them the most.",
      "The limits are set before we move traffic: errors no more than 0.5 % above the old model, p95 latency no more than 800 ms above it, the hallucination rate on the payroll eval set no higher than 2 %, and cost per conversation no more than 40 % above today's.",
      "The stages are 1 %, 5 %, 25 %, 50 % and 100 %, each held for 48 hours. And here's the heart of it: at each stage we compare the canary cohort's resolution rate and thumbs-up rate against everyone else, and we only advance when the canary shows a lift. By 25 % we'll have the proof Finance wants: the lift in resolved conversations justifies the extra cost per conversation, and we can report that the three-point eval gain held up in production.",
      "That's exactly how we shipped our playlist model. The canary cohort streamed more, so we called it a win.",
    ].join('\n'),
  },
  // staff-cohort-artifact: a closing list of who owns what
  {
    id: 'bd038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      "Product pages get bigger photos and a size guide, and employees see it first. The trap is that staff browse all day and hardly ever buy, so conversion in the staff cohort will look terrible whatever we ship. I'd judge staff only on errors and load time, and read conversion from the customer stages.",
      'After employees come members of the loyalty programme who opted into previews, then general shoppers, and shoppers with open orders or high lifetime value last, since they are the ones we can least afford to annoy.',
      'The limits are set before traffic moves: page errors no more than 0.5 % above the old pages, p99 load no more than 300 ms slower, because the photos are heavier, and add-to-basket rate, customer cohorts only, no more than 2 % below control.',
      'The stages are staff, 5 %, 25 %, 50 % and 100 %, each held at least two days including a weekend day.',
      "The point I feel strongest about is rollback. A rollback is a product decision with revenue attached, so only I can make it. When a limit trips at night, on-call pages me first and waits; I look at the numbers, and if I agree, I give the go-ahead and they revert. Engineers shouldn't be pulling a release on their own because a graph twitched.",
      'Who owns what:',
      '- Me: the cohort order, the limits, the hold lengths, the sign-off for each advance, and the sole authority to roll back.',
      "- Engineering: the deploy, the routing, and carrying out a rollback once I've approved it.",
      '- On-call: watches the limits and pages me.',
    ].join('\n'),
  },
  // after-the-sale-healthy: sentences that start with "So"
  {
    id: 'bd039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "So the first thing I'd do is hire. So the team needs two more frontend engineers and a designer who knows e-commerce, and I'd open those roles this week. So I'd write the job descriptions with the engineering manager and hand them to the recruiter by Wednesday. So the interview loop would be a portfolio review, a pairing session and a values conversation, four hours at most. So we'd aim to have offers out within five weeks, with an onboarding buddy assigned before each person's first day. So the new people would start on small tickets around the product page, so they learn the codebase quickly. So that's how I'd build the capacity to keep shipping after the sale.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a walk through a dashboard, panel by panel
  {
    id: 'bd040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Let me walk through the launch dashboard for the summariser's spring campaign, panel by panel.",
      'The first panel is sign-ups: clinics that started a free trial this week, split by country, against a target of forty new clinics a week.',
      "The second is the funnel from landing page to trial to paid plan. Right now the drop is between trial and paid, so I'd add an onboarding call in each clinic's first week.",
      "The third panel is marketing channels: booths at veterinary conferences, the national vet association's newsletter and search ads, each with its cost per trial.",
      'The fourth is the sales pipeline of multi-site practices, which take longer to close but bring ten clinics at once.',
      "The last panel is churn after the first paid month, which I'd want under 5 %. If I had one more hire, it would be a customer-success person to work that panel.",
    ].join('\n'),
  },
];
