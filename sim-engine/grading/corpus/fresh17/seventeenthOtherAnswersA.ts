import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventeenth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers b008–b020, written blind and labelled by hand. */
export const SEVENTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // scenario: image-resizer-memory-leak
    id: 'b008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: "The rewrite itself is engineering's; my part is deciding who gets it and how fast. I'd put it on staff listings first, then beta sellers, then hobby sellers, and keep professional sellers and brand stores until the end, since their listings are where the sales happen. I'd go 1 %, 5 %, 25 %, 50 %, 100 %, and hold each step for at least a full day, because the service is only restarted on deploys and anything that builds up over hours won't show in the first afternoon. That probably rules out Thursday, and I'd tell the team so. Beyond that we'd watch the dashboards and pull it back if things look off.",
  },
  {
    // scenario: search-tail-latency
    id: 'b009',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: "Q: What would make you stop?\nA: Three numbers, agreed before any traffic moves: errors up more than 0.5 % over the old index, p99 query latency more than 300 ms worse (the median already looks fine, so the tail is where I expect trouble), and searches that end with a paper opened down more than 2 % against the control cohort.\n\nQ: And if one of them trips?\nA: The on-call engineer points the search router back at the old index, any hour, without needing to find me. It should take a couple of minutes; the old index stays up until we're finished.\n\nQ: Will the canary show the new index is better?\nA: No, it'll show it's safe. If someone wants to claim better relevance or speed, that's an A/B test afterwards.\n\nQ: Order and pace?\nA: We'd ramp it up gradually over a few days and see how it goes.",
  },
  {
    // scenario: prompt-locale-thumbs-down
    id: 'b010',
    scenario: 'model',
    class: 'middling',
    points: points('C S M'),
    text: "Quick thoughts on the prompt rollout.\n\nStaff first, then the early-access writers, then English-language users. German-language users come after that, and only once a native speaker has read a batch of real outputs: the prompt was only reviewed in English and formal address matters in German, so they are the group most likely to be put off. Business teams last.\n\nBeyond errors I'd watch the thumbs-down rate split by language, an eval run on a German sample scored for tone and formality, p95 latency, and tokens per reply, since a warmer prompt tends to be wordier.\n\nBefore each widening, the eng lead and I sign off together in the release channel. I haven't worked out the percentages or how long each step lasts yet.",
  },
  {
    // scenario: pricing-page-healthy
    id: 'b011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's just a pricing page, so honestly I'd keep it light. Put it live a bit before Friday so the marketing campaign lands on the new version, keep an eye on things, and if something goes wrong the developers can fix it. A canary is basically releasing to a small group first and then to everyone, so I'd do that: small group, then everyone. The main thing is making sure the table looks right on mobile and that the prices match what's in checkout.",
  },
  {
    // scenario: support-model-upgrade
    id: 'b012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Three points up on the offline evals is a good sign, so I'm fairly comfortable with this one. I'd roll it out to some users first, monitor how it goes, and then expand to everyone. Finance's question about cost is fair, and I'd ask engineering for an estimate before launch. If anything goes wrong we can switch back. Communication is key here: I'd let the support team know ahead of time so they can answer questions, and write a short note for customers about the improved assistant.",
  },
  {
    // scenario: staff-cohort-artifact
    id: 'b013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary release, product pages, larger photos, size guide. Cohorts: staff, insiders, shoppers, newcomers, Plus. 1 % 5 % 25 % 50 % 100 %. Error rate, p99, 200 ms, conversion, baseline, control, 0.5 %, 2 %. Holds, gates, sign-off, rollback, on-call, config flag, five minutes. PM ownership versus engineering ownership. A/B test, significance, lift, safety. Staff browse but do not buy: artefact, bias, segment mix, denominator. Page weight, image CDN, LCP. Pre-committed thresholds, metric-based gates, time-based gates, 24 hours, 48 hours. Blast radius, observability, kill switch. Weekend traffic, Monday, dashboards, feature flag, percentage rollout.',
  },
  {
    // scenario: quiet-feedback-trap
    id: 'b014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Model canary for the summariser:\n\n- eval harness / hallucination rate / omission rate / 1 in 200 sampling\n\n- thumbs-down, vet feedback, sparse ratings, statistical power, confidence intervals\n\n- p95, p99, tokens per summary, cost per summary, cheaper + faster\n\n- staff, pilot clinics, clinics, hospital groups\n\n- 1 % / 5 % / 25 % / 50 % / 100 %, holds, gates, 24h, sample size\n\n- thresholds 0.5 % · 200 ms · 2 %\n\n- sign-off, rollback, on-call, config switch, < 5 min\n\n- PM owns vs engineering owns\n\n- canary = safety, A/B = better, randomised\n\n- dosage errors, drift, guardrails, dashboards, alerting, SLOs, error budget\n\n- modest traffic, few hundred a minute, peak hours, weekly review',
  },
  {
    // scenario: after-the-sale-healthy
    id: 'b015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "It's a cosmetic change and leadership wants it out this week, so I'd skip most of the canary ceremony.\n\nI don't see this as something the PM needs to own separately from engineering; they can decide how to ship it. I wouldn't pick a careful order of segments either (staff, then the members' club, first-time buyers last); that's overkill for moving reviews up the page. I also wouldn't fix rollback thresholds like 0.5 % on errors or a 2 % drop in conversion ahead of time.\n\nNo ramp of 1, 5, 25 and 50 per cent with a hold at each step, and no sign-off before each advance; that's days we don't have. We don't need an on-call engineer with authority to roll back within five minutes, it's a layout change. And I wouldn't run an A/B test afterwards either.\n\nShip it to everyone on Wednesday.",
  },
  {
    // scenario: lunch-peak-recommendations
    id: 'b016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "The model passed offline testing, so I'm keeping this simple. Things I'm deliberately not doing:\n\n- not making it a PM decision; the ML team owns the rollout end to end\n\n- not ordering segments, no staff → preview → regions → Plus sequence\n\n- not writing thresholds in advance, no '+0.5 % errors' or '+150 ms p99' triggers\n\n- not adding model checks: no eval harness sampling, no tracking of 'not interested' taps, no p95 on feature lookups, no compute cost per request\n\n- not staging 1 / 5 / 25 / 50 with holds through a Singapore lunch peak, and no sign-off per step\n\n- not setting up an on-call rotation for Asian hours with authority to flip back to the old model\n\n- not running an A/B test afterwards to check whether it really sells more\n\nTurn it on for both regions on Monday.",
  },
  {
    // scenario: booking-purchases-lag
    id: 'b017',
    scenario: 'service',
    class: 'misconception',
    points: points('P R'),
    text: "The design reviews were glowing, so the canary is really our chance to prove the new date picker books better. I'd run the canary as the A/B test: half of guests on the new page, half on the old, and if bookings on the new side come out ahead by the end of the day, that's our proof and we go to 100 %. I'd put first-time guests in from the start, since they're the segment we most want to win over.\n\nAs PM I own the go decision and the success metric; engineering owns the flag and the client-side store. The on-call engineer can switch the flag off at any hour without asking me, and it takes effect in about two minutes because the old page is still deployed.\n\nI'd keep it at 50 % until bookings have had a full evening to come in, since people book after talking it over at home.",
  },
  {
    // scenario: prompt-locale-thumbs-down
    id: 'b018',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: "A prompt change can only fail in two ways that matter, errors and latency, so those are the two things I'd watch; tone isn't something you can measure, and user ratings are too noisy to act on.\n\nOrder: staff, then early-access writers, then English-language users, then German-language users, with business teams last because they're the accounts we'd hate to annoy.\n\nBefore launch we agree the rollback limits: error rate more than 0.5 % above the old prompt, or p99 response time more than 200 ms slower. If either trips, the on-call engineer reverts to the old prompt straight away, at any hour, without waiting for approval; it's a config change and takes a minute or two.\n\nSince it's only a prompt, I'd expect it to pass within a day.",
  },
  {
    // scenario: night-breach-rollback-authority
    id: 'b019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For a new pricing service in ride-hailing, the real question is the pricing model itself. I'd look first at how elastic demand is at night and at weekends, because that is where surge multipliers earn most and where riders are most sensitive. I'd segment by trip type, airport runs, late-night leisure trips and commuting, and set a different base fare and per-minute rate for each. Drivers matter as much as riders: if the new fares cut driver earnings at 2 a.m., supply drops exactly when demand peaks. So I'd model driver earnings per hour under the new fares, talk to a handful of drivers, and make sure the incentive scheme keeps the night shift attractive. Finally I'd align with finance on how the new fares show up in billing and in revenue reporting.",
  },
  {
    // scenario: support-model-upgrade
    id: 'b020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Before changing the model, I'd look hard at the prompt. Most support assistants fail because the prompt doesn't tell them what they must never do, for example quote a specific payslip figure without checking the user's own data. I'd rewrite it with a clear persona, a short list of things it must refuse, and three or four worked examples of good answers about leave and settings. Then I'd build a small library of help-centre articles for it to cite, and add a button to hand the conversation to a human agent. On the team side, I'd train support agents to review a sample of conversations each week and feed the bad ones back into the examples. A larger context window helps, but only if the content behind it is good.",
  },
];
