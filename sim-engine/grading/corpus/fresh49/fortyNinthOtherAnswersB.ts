import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-ninth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (bc028–bc040), written blind and labelled by hand. */
export const FORTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: abbreviations (w/, accts, pics, GMV, pp, svc, RSS, b/c) used without explanation
  {
    id: 'bc028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "For the resizer I'd start w/ our internal seller test accts (we upload pics daily, we'll spot broken thumbnails), then opted-in beta sellers, then small sellers, top sellers by GMV last since a broken listing costs them most.",
      '',
      'Limits fixed pre-ramp: 5xx on resize > +0.5 pp vs old svc, p99 resize latency > +200 ms, RSS per pod > 1.5 GB.',
      '',
      "Ramp 1 % / 5 % / 25 % / 100 %, each stage held ≥ 24 h of uptime w/o a restart, b/c the svc only restarts on deploys and any creep needs a full day to show. Thurs. deadline doesn't fit those holds; I'd push back on it.",
      '',
      'If something trips we revert.',
    ].join('\n'),
  },
  // support-model-upgrade: instructions to the team mixed with "I" statements
  {
    id: 'bc029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Folks, a few things before we switch the assistant over to the bigger model.',
      '',
      "I've written the limits into the release doc, and they're fixed as of today, before anything moves: hallucination rate on the eval harness no more than one point above the current model, thumbs-down rate no more than two points above it, p95 response time no more than 700 ms slower, and cost per conversation no more than 30 % over today's.",
      '',
      'Support engineering, start it on 10 % of conversations and open it to everyone once it looks fine.',
      '',
      'On-call, if any of those limits trips, switch the model flag back yourselves, any hour, no need to ask me; it takes about a minute.',
      '',
      "I'll send Finance the cost per conversation once we're on full traffic.",
    ].join('\n'),
  },
  // checkout-first-order: the three main points previewed, then detailed
  {
    id: 'bc030',
    scenario: 'service',
    class: 'middling',
    points: points('C H A'),
    text: [
      "Three things matter here: who sees the new checkout first, how quickly we grow it, and what the canary can and can't tell us.",
      '',
      "Who first: staff buying with their own accounts, then returning customers who opted into early access, then returning customers generally. First-time buyers go last, because they're the people the usability lab never tested, and a first order we lose is a customer we never get back.",
      '',
      'How quickly: 2 %, 10 %, 25 %, 50 %, 100 %. We hold at each step for three full days, with a go/no-go review at the end of each hold before anything grows.',
      '',
      "What it tells us: the canary says whether the single page is safe, meaning no broken payments and no dead ends. It doesn't say the new page converts better. For that we'd run a randomised A/B test against the three-step checkout, with first-time buyers as their own segment.",
      '',
      "Throughout, we'll keep an eye on conversion and errors, and if things look off we'll pull it.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Canadian (Ontario) English register, spoken
  {
    id: 'bc031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Yeah so, honestly, I'd just ease into it, eh. Turn the new prompt on for a few people, see how it goes, keep an eye on the numbers and on what folks are saying. If the German side gets a bit weird we'd dial it back, for sure. The engineers know this stuff way better than me, so I'd lean on them for the details. I think the warmer tone's a good call overall; people like friendly, right? So slow and steady, and we'll be fine.",
    ].join('\n'),
  },
  // pricing-page-healthy: a lightning talk announcing its slides ("next slide")
  {
    id: 'bc032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Quick one, three slides.',
      '',
      'Slide one: the new pricing page is clearer, which is good news for everyone. Next slide.',
      '',
      "Slide two: we roll it out gradually before Friday's campaign and watch how it does. Next slide.",
      '',
      "Slide three: if anything looks wrong, we deal with it. That's the plan. Questions?",
    ].join('\n'),
  },
  // night-breach-rollback-authority: abbreviations, fragments only
  {
    id: 'bc033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Fare calc, new pricing svc. PM vs eng. Staff, beta riders, low-volume cities, Fri/Sat nights.',
      'Err +0.5 pp, p99 +200 ms, fare-quote failures, trips/hr -2 %, control, baseline.',
      '1 / 5 / 25 / 50 / 100. Holds, 24 h, gates, metric-based.',
      'Eng lead + PM, sign-off.',
      'On-call, 2 a.m., Tue eve, rollback, flag flip, < 5 min, approval.',
      'Nightly batch window, billing overlap.',
      'Canary vs A/B, safety vs lift, randomisation.',
    ].join('\n'),
  },
  // quiet-feedback-trap: title-case slide headings with no sentences (invented)
  {
    id: 'bc034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Summary Model Canary: Cheaper Model, Faster Model',
      'Vet Clinics, In-House Advisors, Beta Clinics, Multi-Site Practices',
      'Eval Harness, One Summary In Two Hundred, Hallucination Rate, Thumbs-Down Rate, Sparse Feedback, Five Percent',
      'p95 Latency, Error Rate, Token Cost Per Summary',
      'Thresholds, Plus One Point, Plus Two Points, 500 ms',
      'Ramp: 1 %, 5 %, 25 %, 50 %, 100 %',
      'Holds, Gates, Volume',
      'Sign-Off, ML Lead, Product Manager',
      'Rollback, On-Call, Flag, Two Minutes',
      'Safety Versus Improvement, Canary Versus Randomised A/B Test',
    ].join('\n'),
  },
  // lunch-peak-recommendations: instructions to the team mixed with "I" statements
  {
    id: 'bc035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Team, let's keep this one light.",
      '',
      "I'm not going to write thresholds down in advance, so please don't spend time on a limits doc. I don't want a staged ramp with holds either; skip the stages. Nobody needs to sign off at each step, and I won't be signing anything.",
      '',
      "Don't bother picking which shoppers go first; I'm not choosing an order of regions or segments. I won't be asking you for eval scores, feedback rates, p95 latency or compute cost, so don't build dashboards for them.",
      '',
      "On-call, please don't roll back on your own, and I'm not setting up a fast rollback path for this one. I'm also not splitting the decisions between me and engineering, and I won't draw a line between a safety check and an A/B test.",
    ].join('\n'),
  },
  // staff-cohort-artifact: the three main points previewed, then detailed
  {
    id: 'bc036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'There are three things I would deliberately leave out of this release: an order of cohorts, thresholds and holds, and rules for sign-off and rollback.',
      '',
      "On cohorts: I wouldn't send it to staff first, and I wouldn't pick any segment to go early or late. I don't see the point of deciding an order for bigger photos and a size guide.",
      '',
      "On thresholds and holds: we wouldn't write down rollback limits before the release, so no error limit, no latency limit and no conversion limit agreed in advance. And there'd be no stages to pause at: no 1 %, 5 %, 25 % ladder and no gate before each step.",
      '',
      "On sign-off and rollback: nobody would sign off an advance, not me and not an engineering lead. I wouldn't give the on-call engineer the right to roll back on their own, and I wouldn't set a time for how fast a rollback has to happen. I also wouldn't draw a line between what I decide and what engineering decides, and I wouldn't treat the canary as a safety check separate from an A/B test.",
    ].join('\n'),
  },
  // support-model-upgrade: a lightning talk announcing its slides ("next slide")
  {
    id: 'bc037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'Lightning talk, five slides, and my whole message fits on the first one: a model is just another service. Next slide.',
      '',
      'Slide two, who does what. Engineering owns the model endpoint, the routing and the deploy. I own the calls: the order, the limits and when we move up. Next slide.',
      '',
      'Slide three, the order. Our own HR staff first, because they use the assistant on their own payslips and will shout; then the early-access customers; enterprise payroll customers last, where a bad answer costs the most. Next slide.',
      '',
      "Slide four, the limits, and here's where I save us a lot of work. A bigger model either throws errors or it's slow; those are the only two ways a model fails in production. So we fix two numbers before launch: error rate no more than 0.5 % above the old model, p99 latency no more than 400 ms worse. Eval scores, thumbs-down, cost per conversation: that's offline research, not release metrics, and we don't track them in the canary. Next slide.",
      '',
      "Slide five, the ramp. 5 %, 25 %, 50 %, 100 %, holding a day at each, and we only advance when both numbers stay inside their limits. On-call can switch back to the old model at any time of night without asking me; it's one flag, done in a minute. That's it: errors and latency green, we ship. Thanks.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a PM at a food-delivery company
  {
    id: 'bc038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      "The way we run releases at the food-delivery company where I'm a PM, the canary is our A/B test, and I'd run this one exactly the same way.",
      '',
      'Engineering owns the deploy and the traffic split; I own which customers see it when, the limits, and the go decisions.',
      '',
      "Staff get it first, because they'll spot a layout bug in minutes, then customers in our beta programme, then everyone else, with the customers who bought during the sale last because they're the ones we most want back.",
      '',
      'Limits, fixed before we start: errors more than 0.5 % above control, p99 page load more than 250 ms worse, add-to-cart down more than 2 % against the control group. If any of them trips, we go back.',
      '',
      'Stages: 5 %, 25 %, 50 %, 100 %, two days at each, and I sign off each step with the front-end lead.',
      '',
      "The nice part is that the canary answers the business question for free. At my company we read the lift straight off the canary cohort: if the 5 % who see reviews above the fold buy more than last week's customers did, that's our proof the new page works, and I take that number to leadership. Reviews above the fold should beat last week anyway, so I'd expect the canary to show the page is better, and then we go to 100 %.",
    ].join('\n'),
  },
  // booking-purchases-lag: a refrain line repeated between sections (a hiring plan)
  {
    id: 'bc039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Hire slow, onboard fast.',
      '',
      "Before we think about the booking page, I'd fix the team. We're two front-end engineers short and nobody looks after the design system, which is why a date picker gets rebuilt from scratch every year.",
      '',
      'Hire slow, onboard fast.',
      '',
      "So I'd open two roles: a senior front-end engineer who has shipped forms on mobile, and a product designer who has worked on booking or checkout flows. Each candidate does a paid take-home, a pairing session with the team and a conversation with me about how they decide what not to build. We'd rather leave a seat empty for a month than fill it with the wrong person.",
      '',
      'Hire slow, onboard fast.',
      '',
      "Once someone says yes, their first week is planned before they arrive: a laptop that works, a buddy, a small bug to fix on day two, and an afternoon with the support team listening to guests who couldn't find the dates they wanted. By the end of the first month they look after one part of the booking flow end to end.",
      '',
      'Hire slow, onboard fast.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a sales pitch at a trade-show booth (invented; a product launch)
  {
    id: 'bc040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hi there, got a minute? Are you a vet? Great. Quick question: how long did your notes take last night?',
      '',
      "That's what we're fixing. We're launching our new summaries here at the show today. You talk through the visit, and by the time the next patient is on the table, the notes are written up in your clinic's own format. It's faster than before and it costs the clinic less: the launch price is ninety-nine a month per vet, and anyone who signs up at the booth this week gets the first three months free.",
      '',
      "We've got a demo running on the tablet right there, and one of our first clinics is giving a ten-minute talk at two o'clock on how it gave them their evenings back. Grab a tote bag, leave your card, and we'll get your clinic set up next week.",
    ].join('\n'),
  },
];
