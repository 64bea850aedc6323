import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-ninth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers as008–as020, written blind and labelled by hand. */
export const THIRTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'as008',
    // scenario: checkout-first-order
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "With checkout I'd be careful about who sees it first. Staff go first — we can all place a real order on our own cards. Then returning customers, because they already have saved addresses and cards, and that's the path the lab tested. Then, on purpose, a small slice of first-time buyers, because they have nothing saved and they're the ones a long single page could lose. Only after that does everyone else get it.\n\nThe numbers I'd commit to up front: checkout errors no more than 0.5 % above the old flow, p99 page load no more than 300 ms slower, and first-order conversion no more than 2 % below the control group. If any of those is crossed, we stop.\n\nRamp: 2 %, 10 %, 25 %, 50 %, 100 %, each held at least 48 hours, with the 25 % stage held over a weekend, since that's when a lot of first orders come in. I'd want to be at 100 % a week before the spring campaign rather than launching into it.",
  },
  {
    id: 'as009',
    // scenario: support-model-upgrade
    scenario: 'model',
    class: 'middling',
    points: points('P M A'),
    text: "I see my role here as deciding what \"good enough to keep going\" means, while the ML team handles the mechanics of switching models and routing conversations. For a payroll support assistant the signals I care about go well past uptime. I'd have the eval harness score a sample of real conversations for made-up answers — a wrong figure about someone's payslip is worse than no answer at all — and I'd watch thumbs-down and \"talk to a human\" handoffs, p95 response time, since a bigger model with a longer context will be slower, and token cost per conversation, which is exactly what finance is asking about. I'd send finance that figure every week.\n\nI'd roll it out gradually and keep an eye on all of that.\n\nAlso worth saying: the three-point eval gain doesn't mean customers will be better served, and the canary won't tell us that either. It only tells us nothing is breaking. To know whether it's actually better, we'd follow up with an A/B test.",
  },
  {
    id: 'as010',
    // scenario: image-resizer-memory-leak
    scenario: 'service',
    class: 'middling',
    points: points('H R'),
    text: "What jumps out at me is that the service is only restarted on deploys, and the proof it's better is a benchmark. Benchmarks run for minutes. So I wouldn't trust a canary that moves on after an hour. I'd go 1 %, 5 %, 25 %, 50 %, 100 %, and each step has to run at least two full days without a restart before we go up — if something degrades over a day, we need to watch it for a whole day and then some. So Thursday isn't happening, and I'd tell the team that early.\n\nAnd if it goes wrong, the on-call engineer switches image traffic back to the old resizer at the load balancer. That's a couple of minutes, and they don't wait for me or anybody else to do it, including at 3 a.m.",
  },
  {
    id: 'as011',
    // scenario: pricing-page-healthy
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Since it's just the pricing page and nothing in the backend changes, I'd keep it simple. Put it live for a small group of visitors first, make sure the table looks right on different browsers and phones, and then open it up to everyone before the campaign on Friday. If something looks off we can always switch back to the old page. I'd also check with marketing that the campaign links point to the right URL, and ask design to look over the comparison table one last time on Thursday.",
  },
  {
    id: 'as012',
    // scenario: quiet-feedback-trap
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I would start by giving the new model to some clinics and asking the vets what they think of the summaries. Since not many vets rate them, maybe we could send a short survey or call a few of them. If they're happy, we keep going and give it to more clinics. The cheaper model should save a lot of money, which is great, but we need to make sure quality doesn't drop too much. The engineering team will know how to set up the rollout itself.",
  },
  {
    id: 'as013',
    // scenario: night-breach-rollback-authority
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. Pricing service, fare calculation. 1 % 5 % 25 % 50 % 100 %. Thresholds: error rate 0.5 %, p99 200 ms, conversion 2 %. Cohorts — internal, beta, low-risk, high-value last. Holds 24 h, gates, metric-based. Sign-off PM, eng lead. Rollback on-call 2 a.m., config flip, under 5 min. Batch window, billing, nightly. Weekend peak. Tuesday evening. PM owns vs engineering owns. Canary vs A/B test, randomised. Baseline cohort, control, SRE, routing layer, feature flag, kill switch. Fares, drivers, riders, surge, 3 a.m. Incident, pager, escalation, dashboard, p95, timeout, alert.',
  },
  {
    id: 'as014',
    // scenario: prompt-locale-thumbs-down
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Warm prompt, casual tone, German formal Sie/du. Eval harness, hallucination rate, thumbs-down, user feedback, p95 latency, tokens per query, cost. Internal → beta → general → enterprise. 0.5 %, 200 ms, 2 %. Ramp 1-5-25-50-100, holds, gates, sign-off, PM + tech lead. Rollback < 5 min, config, on-call, 24/7. Canary ≠ A/B. Locale: English, German, 25 %, reviewers. PM: thresholds, cohorts, holds. Safety, not better. Formality check, Vienna, Berlin, staff first, du vs Sie, reply rate, 1,000 suggestions, control, baseline, prompt version, kill switch, tone review, email client, suggestion acceptance, on-call.',
  },
  {
    id: 'as015',
    // scenario: booking-purchases-lag
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, for a date picker I don't think we need the full ceremony. I wouldn't write rollback thresholds in advance — we don't know what normal looks like for the new form yet, and fixed numbers just cause false alarms. I also wouldn't bother picking cohorts like staff first or beta users; staff don't book holiday homes through us anyway, so that's a wasted stage. No multi-day holds either: the team wants it at 100 % this afternoon and nothing in the service changes, so sitting at 5 % for a day buys us nothing. I'm not going to set up a sign-off chain for a front-end change, and I don't see the need for an on-call person with rollback rights. And I wouldn't split \"is it safe\" from \"is it better\" with a separate A/B test afterwards.",
  },
  {
    id: 'as016',
    // scenario: lunch-peak-recommendations
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I'd push back on a lot of the standard canary advice here. We won't be agreeing rollback numbers ahead of time; recommendation metrics are noisy day to day, and a fixed line would only trip on noise. I'm not planning an internal-first or region-by-region order either, and I wouldn't single Singapore out. Hallucination checks, eval harnesses, compute-cost tracking, p95 — none of that is relevant to a recommender, so we skip it. There won't be formal holds between stages, and nobody has to sign off before it moves up. I don't want an on-call person in Asia with the authority to flip it back without the Berlin team, either. And I don't see the point of an A/B test afterwards.",
  },
  {
    id: 'as017',
    // scenario: staff-cohort-artifact
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "The way I see it, the canary is our experiment. Bigger photos and a size guide should sell more, and the canary is how we prove it: if the people who get the new pages buy more than the ones who don't, we have our evidence and can show leadership the lift.\n\nMy side of it is the plan and the calls — who sees it when, how long we wait, whether we go forward. Engineering handles the flags and the routing.\n\nIt goes to staff first, as planned, then 5 %, 25 %, 50 % and everyone, sitting at each step for at least three days and not moving on until the numbers have settled. If conversion in the new group is higher at 25 %, that's the proof we need to go to 100 %.\n\nIf something breaks — pages erroring, images not loading — the on-call developer turns the flag off. It takes a minute or two, they don't need me to approve it, and that goes for any hour.\n\nAnd if staff conversion looks poor in the first stage, I'd take that seriously, since they're the first real users to see it.",
  },
  {
    id: 'as018',
    // scenario: support-model-upgrade
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "A model is a service like any other, so I'd guard it the same way: error rate and latency. If the new model answers without erroring and inside our response-time budget, it's doing its job. The offline evals already told us the answers are good — three points better — so quality isn't what the canary is for.\n\nThe order matters more. Our own HR and payroll staff use the new assistant first, because they'll spot a wrong leave calculation instantly. Then customers who opted into the beta. Then small companies, and the large payroll clients last, because one wrong payslip answer there turns into a contract conversation.\n\nBefore each step up, the ML lead and I both sign off in the release ticket; neither of us can move it alone.\n\nIf error rate or latency spikes, the on-call engineer switches the assistant back to the old model with the config flag. It's a couple of minutes, and they do it straight away, day or night, without waiting for me.\n\nAs for cost, finance will see it on the monthly invoice and we can deal with it then.",
  },
  {
    id: 'as019',
    // scenario: after-the-sale-healthy
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The first thing I'd look at is what last week's spring sale taught us. Twenty percent off everything brought in a lot of first-time customers, and I'd want to know how many of them come back now that the discount has ended — that's the real test of whether the sale paid off. I'd split the analysis by country, since customers across Europe react differently to discounts, and compare margin per order against a normal week.\n\nOn the product page itself, moving reviews above the fold is a good call; people trust other hikers more than our copy. I'd run a few usability sessions to check the gallery still feels quick, and ask the content team to pin the most helpful reviews at the top rather than just the newest.",
  },
  {
    id: 'as020',
    // scenario: quiet-feedback-trap
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Moving to a cheaper model is mostly a pricing opportunity. Small vet clinics are very price-sensitive, so I'd pass part of the saving on: a lower entry tier for single-vet practices, maybe priced per summary rather than per seat. I'd talk to ten clinic owners first to see what they'd pay, then model the margin with the new per-summary cost. On the vendor side, I'd negotiate a volume commitment now, while we're switching, and make sure the contract lets us change providers if prices go up. Longer term I'd like a small in-house model fine-tuned on veterinary notes, so we aren't tied to any one vendor.",
  },
];
