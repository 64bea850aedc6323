import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-eighth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (ah028–ah040), written blind and labelled by hand. */
export const TWENTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ah028',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: "Um, so the main thing with this one is the tail. The median got faster, great, but the rare queries with lots of filters weren't in the benchmark, so that's where I'd look. Before we start I'd want us to agree the lines: p99 latency on queries with three or more filters no more than 250 ms above the old index, and search errors no more than 0.5 % above it. Those get fixed up front, not adjusted later. Then we go 1 %, 10 %, 50 %, 100 % of queries, and we sit at each step for a full day — a weekday, because that's when researchers run the heavy filtered searches — and only move on if the p99 stayed under the line the whole time. And if it goes over, whoever's on call just points the alias back at the old index, which takes a couple of minutes, no meeting needed. I think that covers it, really.",
  },
  {
    id: 'ah029',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: "hey — quick thoughts on the assistant model swap before tomorrow's review. the bit that's mine is who sees it first and what we watch; platform can sort out the routing however they like. order I'd go with: our own payroll ops team on the internal tenant, then the early-access customers, and the big enterprise payroll accounts at the very end, because a wrong answer about someone's payslip there turns into an escalation with their CFO. for watching, errors and latency won't tell us much with a model — I want the eval harness scoring groundedness on live conversations, thumbs-down and handoff-to-human rates, p95 because the longer context will slow things down, and cost per conversation since Finance is literally asking. haven't worked out exact numbers or the ramp yet, will bring something tomorrow",
  },
  {
    id: 'ah030',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: "Subject: Pricing service rollout — who decides what\n\nHi Marta,\n\nBefore we plan stages, I want us to be clear on roles, because the 2 a.m. question is the one that worries me. Trips peak at night at the weekend, and the pricing service shares the batch window with billing, so if something goes wrong it will probably go wrong when you and I are both asleep.\n\nSplit as I see it: your team owns the new pricing service, the routing and the runbook. I own the decision to go further, and we don't move to a bigger share of riders without both of us signing off in the rollout ticket — every step, no exceptions, no silent promotions by the pipeline.\n\nRollback is different. Whoever is on call that night may switch fares back to the old pricing service on their own authority, at any hour, without paging either of us first; it's the routing flag, so it should be done in two or three minutes. I'd much rather they roll back on a false alarm and tell us in the morning than wait for a phone call. Can you make sure the on-call rota for the first two weeks is people who have actually flipped that flag in staging?\n\nLet's pick the stages and the numbers on Thursday.\n\nThanks,\nDev",
  },
  {
    id: 'ah031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly, it's a pricing page with a nicer table, so I wouldn't overthink it. I'd put it out to a small group first, check that everything looks right on mobile and desktop, and then open it up before marketing's Friday campaign. If something's broken we'd fix it quickly. Design and marketing should both be happy with how it looks before it goes out, and I'd double-check that the campaign links point at the right page so nobody lands on the old one.",
  },
  {
    id: 'ah032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "The new prompt sounds much friendlier, which I think users will like. I'd roll it out gradually, maybe starting small, and see how it goes. Since some users write in German, it might be worth having someone who speaks German look at a few examples, because a casual tone might not translate perfectly. If people don't like it we can always tweak the prompt again — that's the nice thing about prompts, they're cheap to change. Overall I'd trust the team who wrote it and keep the rollout simple.",
  },
  {
    id: 'ah033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Image resizer canary: 1 % / 5 % / 25 % / 100 %. Memory, RSS, heap growth, p99 resize latency +200 ms, 5xx 0.5 %. Sellers, buyers, listing pages, staff cohort, beta sellers. 24 h holds, gates, sign-off, PM, eng lead, on-call, rollback under 5 minutes, config flag. Thursday deadline, 20 % faster benchmark, restarts only on deploy, new photo format. Thresholds pre-committed, baseline, control. Canary vs A/B, safety, randomised. Leak over a day, restart masks it, 48 h soak, dashboards, alerts, pager.',
  },
  {
    id: 'ah034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Summariser model swap — cheaper, faster — canary — eval harness 1 in 200 — hallucination rate — thumbs-down, sparse — vet edits — p95 latency 4 s — tokens per summary, cost per summary −30 % — in-house vets, design-partner clinics, new clinics — 1, 5, 25, 50, 100 — holds, 500 graded summaries — pre-committed thresholds, +1 point — sign-off PM + eng lead — rollback, gateway alias, 2 minutes, any hour — A/B test, randomised, safe vs better.',
  },
  {
    id: 'ah035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I'll be honest, I don't buy most of the usual canary ceremony for a product-page change like this. I wouldn't write rollback thresholds in advance — you can't know the right numbers before you've seen real traffic. I wouldn't put staff first either; they browse all day and never buy, so why bother. I don't see the point of a slow 1-5-25-50 ramp with holds at every step for bigger photos and a size guide; that's weeks of process for a cosmetic change. I also wouldn't set up sign-offs for each step or a special on-call rollback path — if it's broken, engineering will notice and fix forward. And I wouldn't say the PM owns any of this. It's a deploy; it belongs to engineering.",
  },
  {
    id: 'ah036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Let me push back on the textbook plan a bit. I'm not going to pre-agree rollback numbers with the team — we'll know a bad recommendation model when we see one. I don't want a separate on-call in Singapore, or a rule that someone there can roll back without Berlin; that's how you get people flipping things at 6 a.m. on a hunch. I'm also not going to chase model-quality metrics like basket add rate or compute per request during the rollout. No staged ramp with holds either — the feature stores either cope or they don't, and I'd rather find out in one go. And no A/B test afterwards; that's a quarter of analysis for a model the data science team already validated offline.",
  },
  {
    id: 'ah037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: "As PM I'd own the rollout decisions — who gets the new product page and when we go wider — while the web team owns the flag and the deploy. Order: our own staff first, then customers in the beta programme, then the general shop, with first-time visitors from ads last, since they have the least patience for a page that feels off.\n\nThe nice thing is that the canary doubles as our experiment. Leadership wants to know the reviews-above-the-fold layout works, and if the canary group converts at least as well as the shop did last week, that's our proof the new page is better, so we can skip a separate A/B test and get it out this week.\n\nOn thresholds, I'd rather not lock numbers in before we launch. Traffic after a sale is odd, so we'll look at the dashboards for the first day or so and decide then what counts as a real problem.\n\nIf something does look like a problem, the on-call engineer can turn the flag off at any hour without waiting for me; it's a config switch and takes a couple of minutes.",
  },
  {
    id: 'ah038',
    scenario: 'model',
    class: 'misconception',
    points: points('T H R'),
    text: "For a model swap I'd keep the guardrails simple, because a model is just another service: if errors and latency are fine, the answers are fine. The offline evals already told us quality went up three points. So before launch we fix two lines — error rate more than 0.5 % above the old model, or p99 latency more than 800 ms worse — and if either is crossed we roll back. Those are written down in advance and don't move.\n\nI'd start with our biggest enterprise payroll customers, since they're the most valuable and have dedicated success managers who will tell us quickly if anything's off; smaller tenants follow once the big ones are happy.\n\nRamp 2 %, 10 %, 50 %, 100 %, holding each for 24 hours and advancing only if both lines stayed green the whole time. If either is crossed, on-call switches the gateway back to the old model straight away — it's one config value, a few minutes, and they don't need anyone's permission.",
  },
  {
    id: 'ah039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before anything ships I'd want to understand why guests drop off in the first place. I'd pull session recordings of people using the current date picker, especially on phones, and sit in on five or six interviews with guests who searched but didn't book. My hunch is the problem isn't the form length at all, but that couples compare homes over an evening and lose their shortlist. So I'd look at a save-and-share feature that lets two people look at the same shortlist, and I'd check the new date picker against accessibility guidelines — keyboard navigation, screen readers, clear messages for impossible date ranges. Then I'd work with design on a roadmap for the quarter.",
  },
  {
    id: 'ah040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real question here is voice and tone, not technology. German has a clear split between du and Sie, and people writing business email in German generally expect the formal form unless they've agreed otherwise. So I'd write a tone guide for each language: warm but formal in German, relaxed in English. I'd hire a native German copywriter to rewrite the examples in the prompt, and ask the localisation team whether Austrian and Swiss users differ. Longer term, I'd let each user pick a tone — formal, neutral or casual — in settings, and remember it per recipient, so a note to a colleague can be casual while an email to a client stays formal.",
  },
];
