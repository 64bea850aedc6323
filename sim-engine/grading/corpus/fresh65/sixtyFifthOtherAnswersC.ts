import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-fifth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (bs048–bs060), written blind and labelled by hand. */
export const SIXTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model scenario) · light Brummie speech; cohorts by firm size; garden-bird stages with week/fortnight holds
  {
    id: 'bs048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Yow'd start with our own HR team using the assistant, then the customers on the beta list, then smaller firms, and the big payroll clients last, because a wrong payslip answer there reaches thousands of people.",
      "I'd run it in birds: robin for a week, blackbird for a week, thrush for a fortnight, then everyone, and we sit at each one before the next, we don't hurry it.",
      "What I'd have on the screen the whole time is the hallucination rate from the eval harness, thumbs-down on answers, and the cost per conversation, since finance asked.",
      "If things look off we'd have a chat about it.",
    ].join('\n'),
  },
  // checkout-first-order (service scenario) · plain spoken answer, slight Brummie; admits it has no numbers yet
  {
    id: 'bs049',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text: [
      "As PM I'd own the sequence and when we stop; the engineers own the flag and the deploy.",
      "Sequence: staff orders first, then the early-access customers, then returning customers, and first-time buyers last, because they're exactly the people the usability lab never tested and the spring campaign brings loads of them.",
      "If summat looks wrong, the on-call engineer can switch the flag back to the three-step checkout at any hour. It takes a couple of minutes and they don't need to ring me.",
      "How long we'd stay at each bit, and the numbers for what counts as wrong, I haven't got to hand, I'll be honest.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service scenario) · written, clipped; garden-bird stages; fractions; countersigned in the change log
  {
    id: 'bs050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      "The benchmark says 20 % faster, fine, but a service that's only restarted on deploys can get slower over a day, so I want time at each stage.",
      'Robin: 5 % of image requests, two full days without a restart. Blackbird: 25 %, a week. Starling: 50 %, a week. Then the rest.',
      'Before we start we fix the limits: resize errors more than one in two hundred above the old service, p99 resize time more than a fifth of a second slower, or listing-page views per session down more than one in fifty against baseline. Any of those and it comes back.',
      'Nothing moves to the next bird until the platform lead and I have countersigned it in the change log.',
      "Everywhere by Thursday isn't going to happen.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model scenario) · Brummie speech, vague
  {
    id: 'bs051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "I'd roll the cheaper model out to the clinics bit by bit and keep an eye on it. Vets know their own notes, so if the summaries go funny they'll let us know, and we can always switch back.",
      "I'd want the team to be careful and to check the quality's still there before everyone gets it. Cheaper and faster is bostin' if it holds up.",
    ].join('\n'),
  },
  // pricing-page-healthy (service scenario) · dental-practice booking chatbot PM, casual and vague
  {
    id: 'bs052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "At the dental booking place we'd just put a change like this out to a few people first and see how it goes.",
      "It's only a pricing page, so the risk is low. I'd make sure marketing are happy, have a look at the numbers after a bit, and if nothing's broken, send it to everyone before Friday's campaign. If something did go wrong we'd sort it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model scenario) · keyword dump in fragments: birds, fractions, regions, button, change log
  {
    id: 'bs053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Robin, blackbird, thrush, starling. 1 %, 5 %, 25 %, 50 %, 100 %.',
      'One in fifty, one in two hundred, a fifth of a second. p99, p95.',
      'Eval harness, hallucination, thumbs-down, token cost.',
      'Singapore lunch peak, Berlin, feature stores.',
      'Staff, beta, new customers. Fortnight, week.',
      'Countersigned, change log, PM, engineering lead.',
      'Big red button, on-call, any hour, config flip, minutes.',
      'Safe not better, randomised A/B.',
      'Cohorts, thresholds, holds, sign-off, rollback.',
    ].join('\n'),
  },
  // search-tail-latency (service scenario) · run-on noun phrases opening "Right so", Brummie flavour; cohorts by licence size
  {
    id: 'bs054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Right so: tail latency, p99, p99.9, free tier versus institutional licence, rare filter queries, index layout, hosting cost.',
      'Thresholds, one in a hundred, a fifth of a second, one in fifty searches.',
      'Cohorts by licence size. Robin a week, blackbird a week, thrush a fortnight.',
      'Countersignature in the change log, PM plus search lead. Big red button. On-call. Routing.',
      'Canary versus A/B. Baseline, control, gate, hold, ramp, rollback, sign-off.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service scenario) · dismissive written answer; every practice in the voice (birds, fractions, countersigning, big red button) named and refused
  {
    id: 'bs055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, I wouldn't go in for the whole canary ritual here. The SDK has passed the provider's certification, so I wouldn't put staff on it first or pick out beta users, and I wouldn't order cohorts at all, not by platform and not by anything else.",
      "I'm not going to write rollback limits down ahead of time: no one in fifty, no p99 number.",
      "I wouldn't have birds or stages or week-long holds, and I don't want anything countersigned in a change log; that's paperwork.",
      "I wouldn't give on-call a big red button either, and I wouldn't bother with an A/B test afterwards.",
      'It goes out to everybody before Friday dinner.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model scenario) · Brummie speech; "we won't ..." refusals of every practice
  {
    id: 'bs056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "It's a prompt, not a model, so none of the usual, bab.",
      "We won't start with our own staff or the German office, and we won't hold a beta group back.",
      "I wouldn't fix thumbs-down or mistake-rate limits before it goes out, and I wouldn't gate on eval harness scores or token cost: it's the same model.",
      'No robin, no blackbird, no fortnight at twenty-five per cent. Nobody needs to countersign owt.',
      "We won't have a big red button for on-call, and if it goes wrong we won't be doing a quick config flip; we'd fix forward.",
      "And I wouldn't run an A/B test after. Nobody's going to argue with warmer.",
    ].join('\n'),
  },
  // support-model-upgrade (model scenario) · confident written answer; cohorts by firm size
  {
    id: 'bs057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R M'),
    text: [
      "The way I see it, the canary is our A/B test. The new model gets the canary slice, the old one keeps everyone else, and when the canary's conversations come out better we've proved the bigger model is the better one. That's our launch decision. Offline evals already say three points up; the canary confirms it in production.",
      'I own the order and the call to go wider; engineering own the routing and the model deploy.',
      "Order: our own HR staff first, then customers who opted into the beta, then small firms, with the big payroll accounts last, since a wrong answer about someone's payslip there lands on thousands.",
      "Throughout, I'd watch the hallucination rate from the eval harness, the thumbs-down rate and the cost per conversation, because finance asked.",
      'If it ever looks unsafe, the on-call engineer flips the routing back to the old model themselves, any time of night, in a few minutes, with no need to get me.',
      'Once the canary cohort shows better resolution than the control, we call it the winner and take it to everyone.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service scenario) · Brummie speech; garden-bird stages; countersigned; big red button; week/fortnight holds
  {
    id: 'bs058',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: [
      "Thresholds I'd rather not fix up front, bab. With staff browsing all day and hardly ever buying, any number we pick now is a guess. We'll watch the dashboards at each stage and decide the limit once we see what normal looks like for the new pages; that's the honest way to do it.",
      "The rest I'd pin down. I own the stages and the holds; engineering own the flag and the deploy.",
      'Robin is staff, for a week. Blackbird is 10 % of shoppers, a week. Thrush is 50 %, a fortnight. Then everyone.',
      "Each one's countersigned in the change log by me and the merchandising lead before it moves on.",
      'And the on-call engineer has the big red button: any hour, no asking, the flag goes back to the old product pages in a couple of minutes.',
    ].join('\n'),
  },
  // after-the-sale-healthy (service scenario) · dental-practice booking chatbot PM; a plan for reviewing the sale and planning the next one
  {
    id: 'bs059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "I'd start by working out what last week's sale actually did for us. Pull the orders from the 20 % off week, split them by new and returning customers, and see how many of the new ones have come back since.",
      "Then I'd sit down with marketing about the summer sale: which categories to discount, whether 20 % was too deep, and which email did best. At the dental booking place we found a smaller discount with a deadline did just as well, so I'd test 10 % against 15 % with a proper randomised split.",
      "By Friday I'd want a one-page plan for the summer sale, signed off by the head of trading.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model scenario) · written; a hiring and research plan; admits an unknown
  {
    id: 'bs060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "First thing, I'd get someone on the ground in Singapore. The team being all in Berlin is the real problem, so I'd hire a data scientist and a support person there and set up a weekly call that isn't at six in the morning for anybody.",
      "Then I'd want a proper research round with Asian customers: what they put in a basket at lunch, whether they order for the office, how they use the home screen.",
      "I don't know yet what that costs, so I'd ask finance for a budget for the quarter, and I'd feed what we learn into the roadmap for the next model.",
    ].join('\n'),
  },
];
