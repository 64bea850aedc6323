import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighteenth fresh set, author b — middling, weak, salad, negated, misconception-led and
 * off-topic answers (i028–i040), written blind and labelled by hand.
 * `scenario` is the fixture kind; the built-in scenario each answer was written for is in LABEL-NOTES-b.md.
 */
export const EIGHTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // ── middling ────────────────────────────────────────────────────────────────
  {
    // checkout-first-order — plain prose
    id: 'i028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `I'd start with employees and the Insiders programme, then coupon browsers, then returning customers. First-time buyers and wholesale accounts go last: first-timers are the ones who face the full form instead of saved details, and a wholesale order is worth far more than anything else. The reason for that order is that returning customers will make the new page look great, so I don't want to declare victory before the people who fill everything in from scratch have had it.

Before we begin I'd agree the stop lines: conversion down more than 2 % against customers on the old checkout, errors up more than 0.3 points, p99 more than 200 ms slower. I'd check conversion separately for first-time buyers, because a blended number would hide them.

The stages would be 1 %, 5 %, 25 %, 50 % and then everyone, holding each for at least a day, and the 25 % stage for two, because purchases trickle in and conversion needs volume. I'd want this finished well before the spring campaign rather than during it.`,
  },
  {
    // support-model-upgrade — informal note
    id: 'i029',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: `Quick thoughts on the bigger model. Split of work first: ML platform handles the routing between the two models and keeps the eval harness running; I'm on the hook for the release decisions and for explaining the cost to Finance. What I'd watch, beyond whether it errors or slows down: the hallucination rate the eval harness reports on payslip and leave questions, thumbs-down and hand-offs to a human agent, p95 response time since a longer context tends to mean longer answers, and tokens per conversation, because that is literally Finance's question. If any of that looks bad, the on-call engineer switches the gateway back to the current model — a config change, done in a few minutes — and they don't need to find me first, day or night. Otherwise I'd let it out to more people gradually and see how it goes.`,
  },
  {
    // search-tail-latency — plain prose
    id: 'i030',
    scenario: 'service',
    class: 'middling',
    points: points('T A'),
    text: `The risk is right there in the brief: the median got faster, but nobody benchmarked the rare queries with lots of filters. So the numbers I'd lock in before any traffic moves are mostly about the tail. Against the old index: p99 latency no more than 150 ms worse, with filtered queries broken out on their own; errors no more than 0.2 points up; searches that end with a paper being opened down no more than 2 %. If any of those is crossed, we stop. I'd also be clear with whoever sponsored this that the canary is a safety check. It can tell us the smaller index doesn't hurt anyone; it can't tell us researchers get better results. If that matters, it's an A/B test with random assignment.`,
  },
  // ── weak ────────────────────────────────────────────────────────────────────
  {
    // pricing-page-healthy — plain prose
    id: 'i031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `For the pricing page I'd keep it simple, since it's only a new comparison table and nothing behind it changes. We'd switch it on for a portion of visitors a few days before Friday, keep an eye on the dashboards, and ask marketing whether the page looks right. If everything seems fine we'd turn it on for everybody ahead of the campaign. If something looked wrong we'd talk to the team and decide what to do then. Pricing pages are low risk, so I wouldn't overthink it.`,
  },
  {
    // prompt-locale-thumbs-down — plain prose
    id: 'i032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I think the warmer prompt is a nice idea and I'd want to get it in front of real users soon. I'd turn it on for some people, see whether they like it, and keep an eye on any complaints that come in. Because a quarter of our users write in German, I'd also ask someone who speaks German to read a few outputs before we go much further. If people seem happy after a while, we roll it out to everyone. Engineering can handle the technical side of switching prompts.`,
  },
  // ── salad ───────────────────────────────────────────────────────────────────
  {
    // image-resizer-memory-leak — run-on fragments
    id: 'i033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Image resizer canary. 1 % 5 % 25 % 50 % 100 %. Staff, beta sellers, hobby sellers, professional sellers, brand stores. p99 latency 200 ms, error rate 0.3 pp, memory, restart, 24 h hold, gate, sign-off PM eng lead, rollback on-call 5 minutes config flag, A/B randomized, thresholds pre-committed, baseline control, conversion −2 %, Thursday deadline, new photo format, benchmarks 20 % faster, cohort order, metric gate, time gate, dashboards, SRE, routing, no redeploy. Canary safe, A/B better. Leak over a day, long hold, soak, alerting, p95, listing pages, CDN.`,
  },
  {
    // quiet-feedback-trap — bullet fragments
    id: 'i034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `- summariser canary: cheaper / faster model
- eval harness 1/200 → sampling, hallucination 4 %, thumbs-down 10 %, p95 2.2 s, tokens 2,000
- staff / pilot clinics / clinics / hospital groups
- 2 % → 10 % → 30 % → 60 % → 100 %
- thresholds, pre-commit, baseline, control, noise
- hold, metric gate, 500 samples, 3 days
- sign-off: PM, clinical lead, eng
- rollback: on-call, gateway config, < 5 min, 24/7
- canary vs A/B, randomized, safe vs better
- cost per summary, vets, sparse ratings, statistical power
- hospital groups last?, medication names, invented findings, clinic days, peak 250 per minute
- p95 +500 ms, errors +0.5 pp, tokens 2,500, A/B later`,
  },
  // ── negated ─────────────────────────────────────────────────────────────────
  {
    // staff-cohort-artifact — conversational prose
    id: 'i035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Honestly, most of the ceremony people attach to canaries doesn't fit a change this small. I wouldn't write rollback thresholds up front — nobody knows in advance what a normal wobble in conversion looks like, so any number would be made up. I also wouldn't bother with a careful order of segments; a random 10 % of visitors is as good as anything. I don't see the value in holding at 1 %, 5 % and 25 % for a day each either, it just delays bigger photos that customers obviously want. No formal sign-off at each step, that's bureaucracy. And I'm not going to give the on-call engineer authority to roll back on their own — if something looks off they can message me and I'll decide. Nor would I run an A/B test afterwards; the new photos and size guide are plainly an improvement.`,
  },
  {
    // lunch-peak-recommendations — "what I would not do" bullets
    id: 'i036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `What I would not do for the recommendation model:
- No cohort sequencing. Staff, preview, Plus, Asia, Europe — for a recommender it doesn't matter who goes first.
- No pre-agreed rollback numbers.
- No eval harness, no dismissal or thumbs-down tracking, no token or compute cost check. Those are for chatbots; recommendations either load or they don't.
- No stepwise ramp with holds between stages.
- No separate go/no-go sign-off at each step.
- No standing permission for the on-call engineer to roll back at night; a model change is a product decision and I want to be the one making it.
- No follow-up A/B test. I don't see why we'd need a second experiment.`,
  },
  // ── misconception-led ───────────────────────────────────────────────────────
  {
    // after-the-sale-healthy — short plan in prose; canary read as proof of lift, baseline = last week, thresholds set while watching
    id: 'i037',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: `My plan for moving reviews above the fold:

Employees first, then the members' club, then casual visitors, then regular customers; first-time buyers and guides and clubs go last, because a broken gallery costs us the most with people deciding whether to trust us and with the clubs that buy in bulk.

At each step, the front-end lead and I both have to say yes before we go further. The on-call engineer can turn the flag off at any time, night or day, without asking me; it's a config switch, and the old page is back in two or three minutes.

The main thing this canary gives us is the answer to whether the new layout sells more. We'll compare conversion in the canary cohort against last week, and if it's higher, that's our evidence that reviews above the fold drive purchases, so we won't need a separate experiment. I'll decide what size of drop counts as a problem once I've seen the first day's numbers, since it's hard to guess in advance.`,
  },
  {
    // support-model-upgrade — plain prose; a model is watched on errors and latency only
    id: 'i038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: `The way I see it, a model swap is an infrastructure change like any other: if it answers without errors and at an acceptable speed, it's working. So the only things I'd watch during the canary are the error rate and response latency. Hallucinations and thumbs-down are a research concern the offline evals already covered — they went up three points — and token cost is Finance's problem after launch, not a rollout signal.

What I own is the release decisions; the ML platform team owns the gateway that splits traffic between the models. I'd expose our support agents first, since they know the right answers, then the preview programme and workspace admins, then members, and leave trial accounts and enterprise customers for the end, because trials are still judging us and enterprise contracts are the most exposed.

If errors or latency go bad, the on-call engineer switches the routing back to the old model straight away, at any hour, without waiting for me. That's a couple of minutes in the gateway config.`,
  },
  // ── off-topic ───────────────────────────────────────────────────────────────
  {
    // booking-purchases-lag — answers a UX-research question instead
    id: 'i039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Before anything else I'd want to understand why guests abandon bookings at all. I'd run a round of moderated usability sessions — eight or ten guests, a mix of first-timers and people who've stayed with us before — and watch how they pick dates on a phone versus a laptop. Flexible-date searches are common for holiday rentals, so I'd test whether the new picker makes "a weekend in June" easy or forces exact dates. I'd also check whether the shorter form drops anything hosts rely on, like the number of guests or arrival time. Then I'd write up the findings with design, prioritise the top three issues, and plan the next iteration of the booking flow around them, maybe showing the price per night inside the calendar itself.`,
  },
  {
    // prompt-locale-thumbs-down — answers a localisation-process question instead
    id: 'i040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The real problem is that the prompt was written in English and then assumed to work everywhere. I'd set up a proper localisation process: a native German writer reviews every system prompt change, and we keep a style guide per language covering formal and informal address, greetings and sign-offs. In German business email "Sie" is the default, and switching to "du" uninvited comes across as rude, so the prompt should read the register of the user's own text and mirror it. I'd also build a small glossary of phrases that sound warm in English but odd in German, and find a part-time reviewer for Austria and Switzerland, where conventions differ again. Longer term we should consider separate prompts per language instead of one shared one.`,
  },
];
