import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-first fresh set, author a: middling (be008–be010), weak (be011–be012), salad (be013–be014),
 * negated (be015–be016), misconception-led (be017–be018) and off-topic (be019–be020) answers,
 * written blind and labelled by hand before any grading.
 */
export const FIFTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: shares written as decimals; a cost-first opening
  {
    id: 'be008',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Finance has asked what the bigger model costs per conversation, so cost is something I watch from the first day.',
      '',
      "I'd expose the new model first to our own HR and payroll staff, who know the right answers to payslip questions and will spot a wrong one; then to the customers in our beta group; and to the large payroll clients only at the end, since a wrong answer about salary reaches their whole workforce.",
      '',
      "Before switching anyone, I'd write down the limits that send us back to the old model: a hallucination rate on the eval harness above 0.02 of answers, thumbs-down on more than 0.1 of rated conversations, cost per conversation more than 0.3 above today's, and errors more than 0.005 above the old model. Those numbers don't move once we start.",
      '',
      "From there we'd widen it step by step until everyone has it.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: every sentence under twelve words
  {
    id: 'be009',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Friday dinner is the danger here. So is Android.',
      '',
      'The new SDK goes out behind a flag. Stages are 1, 5, 25, 50 and 100 % of orders. Every stage holds through at least one dinner peak. The 25 % stage also holds through a Friday dinner. We advance only when the stage stayed inside the limits.',
      '',
      'The limits are written down before the first order moves. Payment failures may not exceed control by more than 0.5 %. We check that per platform, Android on its own. Checkout p99 may not rise more than 300 ms. A burst counts, even if the hour averages fine.',
      '',
      'Any on-call engineer may turn the flag off. No approval is needed, day or night. The old SDK path is back within two minutes.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a closing list of three numbers to remember
  {
    id: 'be010',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "The warmer prompt is a product decision, so the release decisions are mine: who gets it first, what we watch, and when we widen it. The engineers handle the prompt switch and the traffic routing, and I don't second-guess that part.",
      '',
      "I'd start with our own staff, English and German speakers both, because they'll tell us straight away if the tone feels off. Next come the users who opted into the beta. German-speaking business customers go last: they are the ones for whom an overly casual draft to a client is embarrassing.",
      '',
      'What I watch, split by language: thumbs-down on suggested drafts, how often users rewrite a draft before sending it, and a formality check that the eval harness runs on German outputs. A blended number would hide the German problem entirely.',
      '',
      'Three numbers to remember:',
      '• 25 % of users write in German',
      '• 3 groups before everyone else',
      '• 2 languages, always reported separately',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a PM at a car-rental app
  {
    id: 'be011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At the car-rental app where I'm a PM, this is the kind of change we ship all the time, and honestly it's mostly about being careful. I'd roll the new resizer out slowly rather than everywhere by Thursday, keep an eye on the dashboards, and make sure the team is ready to do something if pictures start loading badly. The benchmark looks good, so I'm optimistic, but you never know with production. I'd also keep sellers in the loop so nobody is surprised. If it all looks healthy after a while, we go to everyone.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: an eager new graduate with exclamation marks
  {
    id: 'be012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Great question! Recommendations are super important for a grocery app, so I'd be really careful here. I'd start small with some users and monitor everything closely: engagement, errors, anything that looks weird. The team should definitely talk to both regions so everyone is aligned! If the numbers look good we keep going, and if they don't we pause and figure it out together. Communication is key. In the end I think the new model will be a big win for customers!",
    ].join('\n'),
  },
  // quiet-feedback-trap: shares written as decimals; bare fragments
  {
    id: 'be013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, summariser, cheaper faster model, clinics, vets. 0.01 0.05 0.25 0.5 1.0. Hallucination, eval harness, one in two hundred, thumbs-down, sparse ratings, p95, tokens, compute cost, error rate, latency. Internal, beta, early access, multi-site, segments, cohort. Thresholds 0.005 0.02 0.08 four seconds. Holds, gates, 48 hours, 400 graded. PM, ML lead, engineering, sign-off, ownership. Rollback, on-call, config flip, minutes, any hour. Safety, improvement, randomised A/B test. Blast radius, observability, guardrails, alignment, stakeholders.',
    ].join('\n'),
  },
  // search-tail-latency: corporate strategy-speak
  {
    id: 'be014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Our canary strategy is a holistic framework around thresholds, holds, sign-off and rollback, with ownership across PM and engineering and a cohort-aware segment philosophy. Numbers like 1 %, 5 %, 25 %, 0.5 %, 200 ms and p99 are very much part of the conversation, as are institutional licences, the free tier, tail latency, filters and the new index layout. Safety versus improvement and the randomised A/B test sit in the same space as gates, holds and on-call rollback in minutes. Ultimately it is all about alignment, visibility and the right metrics at the right stage for the right stakeholders across the search journey.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a letter to the candidate's future self
  {
    id: 'be015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Dear future me,',
      '',
      "When the next release like the size-guide one comes round, remember how little ceremony it needed. I'm writing this so you don't talk yourself back into process.",
      '',
      "We won't split ownership into PM decisions and engineering decisions; whoever is around decides. We won't order cohorts either: no staff first, no beta group, no saving the big spenders for the end. We won't bother writing thresholds down before traffic moves, nor pinning numbers on errors, latency or conversion. No stages, no holds, no gates, and nobody signs off an advance, because there are no advances. I won't hand the on-call engineer rollback authority or a five-minute switch either. And I won't pretend a canary and an A/B test answer different questions.",
      '',
      "It's larger photos and a size guide. Ship it.",
      '',
      'Love, me',
    ].join('\n'),
  },
  // support-model-upgrade: a blunt sceptic, one rejected ritual per paragraph
  {
    id: 'be016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'd skip most of the canary ritual for this one.",
      '',
      "I don't see the PM owning release decisions separately from engineering. The platform team already decides routing, and I wouldn't carve out the order or the limits as mine.",
      '',
      "I wouldn't pick an order of users either. Staff first, beta next, big payroll clients last: that sequencing is not something we'd do here.",
      '',
      "We wouldn't commit rollback numbers for errors, latency or anything else ahead of time.",
      '',
      'No named stages with holds between them, and no one signing off each step. No special rollback authority for on-call, and no promise about how fast it happens.',
      '',
      "I also wouldn't separate safe from better, or plan an A/B test afterwards. And I wouldn't add model-specific checks: no hallucination evals, no thumbs-down tracking, no watch on token cost.",
      '',
      'We switch everyone over on Monday.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Rwandan English register, written
  {
    id: 'be017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      'Let me say from the beginning that a prompt is only text. The model is the same, hence the risk is technical only, and the technical signals are enough: error rate and latency. I shall not put in place extra measures for tone or feedback; these are subjective and they will only slow us.',
      '',
      'As PM, I take the decisions of the release, meaning the order of users, the limits and the holds; the engineers take care of the deployment of the prompt and the routing.',
      '',
      'Concerning the order, we begin with our internal team, since they are the ones who reviewed the prompt and can report quickly, then the users who accepted the beta, then the rest, and lastly the big business accounts, because for them any incident is more serious.',
      '',
      'The limits are fixed in a document before we start: if the error rate of the assistant goes 0.5 % above the old prompt, or p95 latency increases by more than 200 ms, we stop and the old prompt comes back. Only these two, as earlier said.',
      '',
      'We go 5 %, 25 %, 50 % and 100 %, holding 24 hours at each level and advancing only when the two limits were respected during the whole hold. I sign every advance together with the engineering lead.',
    ].join('\n'),
  },
  // after-the-sale-healthy: conditions with "provided that"
  {
    id: 'be018',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H R'),
    text: [
      "The reason to canary this one is to prove that reviews above the fold sell more, and the canary gives us that proof for free: the canary group against everyone else is our A/B test, so we won't need a separate one afterwards.",
      '',
      'We show it first to staff and to customers in the early-access club, because they forgive a rough page, then to everyone else, with the high-value regulars last because they buy the most.',
      '',
      'We roll back provided that any of these limits, written down before launch, is breached: page errors more than 0.5 % above control, p99 page load more than 300 ms slower, or add-to-basket rate more than 2 % below control.',
      '',
      'The stages are 5 %, 25 %, 50 % and 100 %, and we move up provided that the stage has held for 24 hours inside the limits. The on-call engineer may switch the flag off at any hour without asking me, provided that a limit is breached, and it takes effect within a minute.',
      '',
      'Provided that the canary group buys at least 3 % more than control at 50 %, we report the change to leadership as a conversion win and call it done.',
    ].join('\n'),
  },
  // pricing-page-healthy: a marketing lead's campaign plan (a product launch)
  {
    id: 'be019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "For Friday's campaign I'd focus on the message first. The new comparison table makes the plans easier to understand, so the campaign should lead with that: see exactly what you get before you pay. I'd prepare three ad designs for social, one email to lapsed trial users, and a short video showing the table next to the editor's timeline. Our partner creators get the copy on Wednesday so their posts go out on Friday morning. Customer support needs a one-page note on plan differences, since questions about the Pro and Team plans will spike. After the weekend we'd look at reach, click-through and new trials, and write up what worked for the next campaign.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a head of product laying out a hiring plan
  {
    id: 'be020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Before anything else, I'd hire. The summariser serves small veterinary clinics, and nobody on the team has worked in one. I'd open two roles this quarter: a veterinary nurse as a clinical content specialist, part-time at first, and a customer success manager who has sold to independent practices. The interviews would include a practical exercise: the nurse talks through five anonymised visit notes and explains what a vet needs from them, and the customer success candidate runs a mock onboarding call with a two-vet clinic. I'd budget for a recruiter who knows the veterinary sector, aim to have offers out within six weeks, and pair each new hire with an engineer for their first month.",
    ].join('\n'),
  },
];
