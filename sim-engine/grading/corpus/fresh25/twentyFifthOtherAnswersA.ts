import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-fifth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (ae008–ae020), written blind and labelled by hand. */
export const TWENTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ae008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "Okay, so for the one-page checkout I'd be really careful about who sees it first. The lab only tested returning customers, and first-time buyers are exactly the people who don't have a saved address or card, so that's where it can break. I'd start with staff, then returning customers on our beta list, then the rest of the returning customers, and first-time buyers last. Before we start I'd write down the numbers that mean we stop: checkout errors more than 0.5 % above the old flow, and first-order conversion down more than 2 % against the three-step checkout. And I'd go in steps, 5 % then 20 % then 50 % then everyone, waiting a couple of days at each one so we actually collect enough first orders to see something.",
  },
  {
    id: 'ae009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: 'Notes for the model switch (bigger model in the support assistant)\n\nGuardrails, set before we start:\n- hallucination rate on the eval-harness sample: roll back above 2 %\n- thumbs-down on answers: roll back if 1.5 points worse than the current model\n- p95 response time: roll back above 5 s (longer context = slower)\n- cost per conversation: roll back above €0.10, which is what finance said they can live with\n\nRollback: on-call switches the assistant back to the old model by config, any hour, no approval needed. Takes a minute or two.\n\nRollout: start small, go up from there when things look fine.',
  },
  {
    id: 'ae010',
    scenario: 'service',
    class: 'middling',
    points: points('P S A'),
    text: "Hi Tom,\n\nQuick note on how I see the split for the SDK rollout. Your team owns the integration, the release train and the dashboards. I own the product calls: when we go to the next percentage and whether we stop. Every time we want to go up a step, you and I both sign off in the rollout doc — neither of us moves it alone.\n\nOne thing I want to set expectations on with leadership: wallet payments will look great in the early numbers, but the canary is only there to show the new SDK doesn't break payments. If we want to say wallets lift conversion, that's a proper A/B test after the rollout, not something we read off the canary.\n\nI'll send the rest of the plan by Wednesday.\n\nCheers,\nMaya",
  },
  {
    id: 'ae011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly, for a pricing page this is pretty low risk, the checkout behind it doesn't change. I'd put the new page out to some of the traffic first, keep an eye on the dashboards, and if nothing looks off by Friday just turn it on for everyone before the campaign goes out. If something goes wrong we can always revert it. I wouldn't overthink this one; the team has shipped plenty of page changes like this, and marketing needs the page live on Friday more than it needs a long process around it.",
  },
  {
    id: 'ae012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: 'A canary release means you release the new prompt to a small group of users first, so that if something is wrong only a few people see it. For the writing assistant I would do that with the warmer prompt, because tone is subjective and some users might not like it. We would watch how it goes and listen to what people say, and once we are comfortable we expand it. Communication is key here, and I would make sure engineering, design and marketing are all aligned before launch.',
  },
  {
    id: 'ae013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: "Image resizer canary: p99, memory, 1 % 5 % 25 % 100 %, thresholds, rollback under five minutes, on-call, staff cohort, sellers, new photo format, benchmarks 20 % faster, holds, gates, sign-off, PM owns, A/B, baseline, Thursday, restarts, errors 0.5 %, latency 200 ms, canary vs control, segments, high-value last, 24 h, 48 h, memory growth per hour, restarts only on deploy, listing-page load, p95, 2 %, cohorts, flag, gate type metric-based, engineering owns routing, sellers' uploads, new format share, rollback, Thursday.",
  },
  {
    id: 'ae014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Vet summaries / cheaper model — canary. Eval harness 1 in 200. Thumbs-down. Hallucination. p95. Tokens per summary, cost. Cohorts: internal, pilot clinics, small clinics. 5 % … 25 % … 100 %. Thresholds 2 %, 1.5 points, 6 s. Holds 48 h. Sign-off PM + ML lead. Rollback on-call, flag, 2 min. Safety not lift, A/B later. Sparse feedback, sampling, volume, gates. Clinics: single-vet, multi-branch, new. Cost down 40 %? Latency, errors 0.5 %, control, baseline, 400 graded, 24 h, on-call 24/7.',
  },
  {
    id: 'ae015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook answer is internal users first, then opted-in users, then everyone else, but I wouldn't bother with an order here; search is search. I also wouldn't fix rollback numbers up front — setting a p99 limit before we've seen the new index in production is just guessing. Staged holds of a day or two at each percentage don't make sense to me for a cheaper index either; it's a hosting change, not a feature. I don't see the point of a named sign-off at each step, and I wouldn't give the on-call engineer the right to roll back on their own at night. And no A/B test afterwards. The infra team can run it end to end; I don't think the PM needs to own anything here.",
  },
  {
    id: 'ae016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: 'What we\'re NOT doing for the recommendations rollout, so nobody spends time on it:\n- no staff → beta → everyone sequence; a home-screen widget doesn\'t need a cohort order\n- no limits agreed in advance for errors, p95 or basket rate\n- no eval-harness runs, no tracking of "not for me" taps, no cost-per-request dashboard\n- no waiting for the Singapore lunch peak before moving on, and no stage holds in general\n- no sign-off per stage\n- no "on-call may roll back without asking" rule\n- no follow-up A/B test\n- no PM-vs-engineering split; this is an engineering release',
  },
  {
    id: 'ae017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "The way I'd split it: engineering owns the mechanics, the flag and the image CDN for the bigger photos; I own who sees it, how fast we go and when we stop. I'd actually start with our VIP loyalty customers rather than staff. They buy the most, so they give us the fastest read on whether the size guide helps, and staff never buy anything anyway. For limits, I'd rather not fix numbers in advance. I'd watch the conversion and bounce dashboards during the first stage and decide what counts as a problem once I can see how the numbers behave. Stages would be 5 %, 25 %, 50 %, 100 %, with at least two full days at each before moving up, because weekday and weekend shoppers behave differently. If something does go badly, the on-call engineer can switch the flag off at any hour without waiting for me, and the old page is back within a couple of minutes.",
  },
  {
    id: 'ae018',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "Our canary is effectively the A/B test for the bigger model: we put it on a slice of users, compare their ticket-deflection rate with everyone else's, and if the canary group does better, that's our proof the upgrade is worth the extra cost. Order would be our own HR team first, then the customers in the early-access programme, then small companies, with the large payroll customers last because a wrong payslip answer costs us most there. For health I'd watch error rate and latency; if those two are fine, the model is fine — the evals already showed it's three points better. Every step up needs sign-off from me and the ML lead together. On-call can revert to the old model with a config switch at any time of day without asking anyone; it takes about two minutes.",
  },
  {
    id: 'ae019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Moving reviews above the fold is a good call, but I'd push on the reviews themselves first. Half of our reviews are two words long, and a lot of the recent ones come from the spring sale, so they say \"great price\" instead of anything about the tent. I'd add a prompt a week after delivery with specific questions — fit, weight, how it held up in rain — and show a short summary at the top of the page. For the gallery, lazy loading is fine, but I'd also ask whether we need eight photos per product when most people only look at the first two. Longer term I'd like a side-by-side comparison of two jackets, since that's what people already do in separate tabs.",
  },
  {
    id: 'ae020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real issue here is that we don't have a German voice guide at all. Before anyone touches the prompt again I'd hire a German-speaking content designer, write down when we use \"Sie\" and when \"du\", and build a small glossary of business terms. Then I'd do the same for every language we add next year; French is on the roadmap and has the same formal and informal split. I'd also set up a monthly session where marketing, support and the content designer read a sample of real drafts together. It's cheap, and it catches tone drift before customers do.",
  },
];
