import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Nineteenth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (l008–l020), written blind and labelled by hand. */
export const NINETEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'l008',
    scenario: 'service',
    class: 'middling',
    points: points('C T'),
    text: "Quick thoughts on the checkout canary. Who goes first matters most here. Staff, then the Insiders programme, then coupon browsers, since a lost sale from them is cheap. Returning customers after that; they loved it in the lab anyway. First-time buyers are the group I'm most nervous about, because without a saved address the single page throws every field at them, so they go late, and wholesale accounts go last of all given what each of their orders is worth. The limits I'd set before we start: conversion more than 2 % below the baseline cohort, errors up more than 0.5 points, p99 up more than 200 ms, and I'd read first-time buyers' conversion on its own once they're in. How fast to move through it I'd leave to the team, as long as we're live before the spring campaign.",
  },
  {
    id: 'l009',
    scenario: 'model',
    class: 'middling',
    points: points('P M A'),
    text: "My part is defining what \"working\" means for the assistant; the ML engineers handle the serving and the traffic split. For a model like this, error rate and latency aren't the story. I'd have the eval harness scoring a sample of live answers for made-up payroll figures, watch the thumbs-down rate, keep an eye on p95 response time, and track tokens per conversation, because finance wants the cost and a bigger model that reads the whole history will cost more. I'd roll it out gradually and keep watching those. I'd also be careful with the three-point eval gain: the canary only tells us the new model isn't hurting anyone. If we want to say it helps customers more, that's a randomised A/B test after the rollout.",
  },
  {
    id: 'l010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: '- Stages: 1 % → 5 % → 25 % → 50 % → 100 %.\n- Hold each stage at least 24 hours. The service is only restarted on deploys, so anything that creeps up over a day needs a full day to show.\n- Advance only with sign-off from me and the image-platform lead, recorded in the ticket.\n- Rollback: on-call engineer, any hour, no approval needed. Traffic flips back to the old resizer, under 5 minutes.\n- Watch the dashboards for anything unusual and flag it in the channel.\n- Which sellers get it first: whoever on the sellers team has time can pick.\n- Thursday is a wish, not a deadline.',
  },
  {
    id: 'l011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only a pricing page, so honestly I'd keep it simple. Put it out to a small group of people, check nothing looks broken, and then open it up to everyone in time for marketing's campaign on Friday. If something goes wrong we can always switch it back. The new table is obviously clearer than the old one, so I'm not too worried about it. Canary releases are mostly about reducing risk, and this one is about as low risk as it gets, so I wouldn't overthink it.",
  },
  {
    id: 'l012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "The new model is cheaper and faster, which is great news for the business, and I assume the vendor has tested it properly. I'd start small with a few clinics, see how it goes, and ramp up if the vets seem happy with the summaries. Engineering would monitor things and let me know if there are any problems. Vets are busy people, so if it saves them time they'll probably like it. After a week or so I'd expect us to be fully on the new model.",
  },
  {
    id: 'l013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. Index layout v2. 1 % / 5 % / 25 % / 50 % / 100 %.\np99 200 ms, p50, tail latency, many-filter queries, errors 0.5 pp, conversion −2 %, baseline cohort, control.\nEmployees, Labs users, heavy researchers, readers, institutional licences.\nSign-off, gate, hold 6 h, metric-based, time-based, on-call, config flag, rollback under 5 minutes, 24/7.\nPM owns, engineering owns, SRE.\nA/B test, randomised, safe vs better.\nHosting cost −30 %, benchmark, rare queries, free tier, SLA.\nInstitutional licences last? Heavy researchers 5 %. Metric gate 12 h. Eng lead + PM. Redeploy no. Dashboard, alert, pager, 2 a.m.',
  },
  {
    id: 'l014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Recommendation model v2 — feature store — connection pool — Singapore/Kuala Lumpur lunch 11:30–14:00 — Berlin 04:30–07:00 — employees, preview programme, Germany and Austria, Plus subscribers — 1 %, 5 %, 25 %, 50 %, 100 % — 24 h hold, metric gate, six hours stable — error rate +0.5 pp, p99 +200 ms, p95, conversion −2 % vs baseline cohort — eval harness, hallucination, thumbs-down, tokens, compute cost per request +20 % — PM, eng lead, sign-off — on-call, follow-the-sun, rollback config under 5 min — canary safety vs A/B lift — regional peak, clock offset +7 h.',
  },
  {
    id: 'l015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "People will tell you to send it to employees first, then the insider programme, then shoppers, with Plus members last. I wouldn't do that; I don't see why the order matters for bigger photos. Nor would I write rollback limits down in advance, conversion down 2 % or p99 up 200 ms or whatever; I'm not a fan of committing to numbers before there's any data. I also wouldn't hold at 5 % and 25 % with a gate in between, and I wouldn't have anyone formally sign off each step. A rollback that's a config switch in under five minutes, owned by on-call? Not something I'd spend planning time on. And I wouldn't run a separate A/B test afterwards either.",
  },
  {
    id: 'l016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I know the textbook answer for a prompt change is to watch the eval harness for hallucinations, the thumbs-down rate and tokens per request, not just errors. I don't buy it; none of that is something I'd track here. I also wouldn't give German-language users their own stage or keep business teams until last. Pre-agreed limits, a ramp with holds of a working day, the ML lead and me signing each step, on-call free to revert the prompt without asking me: honestly, none of it, it's a few sentences of prompt text. And I'm not going to say the canary is only a safety check that needs an A/B test behind it. The PM-versus-engineering split of who owns what isn't a distinction I'd make either.",
  },
  {
    id: 'l017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "I'd treat this canary as our experiment. If the canary group converts better than control at 25 %, that's our proof the reviews-above-the-fold layout sells more, and that's the number I'd take to leadership, so we don't need a separate test afterwards.\n\nI'd start with Guides and clubs, our highest-value customers, because their reaction is what matters most to the business, then regular customers, then everyone else.\n\nAs the PM I own the plan (the order, the holds and what we report), and engineering owns the deploy and the feature flag. The ramp is 1 %, 5 %, 25 %, 50 %, 100 %, with a 12-hour hold at each step before we move on. The on-call engineer may flip the flag back at any hour without asking me, and it's done in under five minutes.",
  },
  {
    id: 'l018',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "For a model swap I'd keep the monitoring simple: error rate and latency tell you whether a model is healthy, and if those two are flat, the model is fine. I wouldn't pin limits down up front either. We'll see what normal looks like in the first few hours and decide what counts as bad while we watch the dashboard. The order: support agents first, since they use the assistant all day, then the preview programme, then workspace admins, members and trial accounts, with enterprise customers last because a mistake costs most there. Every time we go up a stage, the engineering lead and I both sign off in the release doc. If anything looks off, on-call switches back to the old model through config, at any hour and without waiting for me; it takes a couple of minutes.",
  },
  {
    id: 'l019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before anything else I'd want to understand why guests abandon bookings in the first place. I'd run a handful of interviews with guests who compared homes and didn't book, and with hosts about which questions they get asked most. My guess is that price transparency matters more than the date picker: cleaning fees that appear at the last step are a known trust killer in holiday rentals. I'd also look at how competitors show total price up front, and whether a flexible-dates search would widen the funnel. Then I'd write a short PRD with success metrics the whole team agrees on.",
  },
  {
    id: 'l020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The interesting question for me is commercial. Small veterinary clinics are price-sensitive, so a cheaper model is a chance to rethink packaging: maybe a lower tier for single-vet practices, with hospital groups on an annual contract that includes integrations with their practice-management software. I'd talk to five or six clinic managers about what they'd pay for summaries and whether they'd rather have them faster or more detailed. There's also a story for marketing here about giving vets their evenings back, which could help with the pilot-to-paid conversion we've been struggling with.",
  },
];
