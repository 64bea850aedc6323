import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-sixth fresh set, author c: middling (ap048–ap050), weak (ap051–ap052), salad
 * (ap053–ap054), negated (ap055–ap056), misconception-led (ap057–ap058) and off-topic
 * (ap059–ap060) answers, written blind, labelled by hand.
 */
export const THIRTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ap048',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: "As the PM I wouldn't be touching the deploy, that's engineering's job, but who sees the new checkout and when is my call. What worries me in the brief is that the lab only tested returning customers, and the people who'll hit this during the spring campaign are first-time buyers with no saved address or card. So I'd go to staff first, then returning customers from the loyalty programme, and then bring in a slice of first-time buyers on purpose, before the campaign starts, rather than find out during it. Steps of 1 %, 10 %, 50 % and then everyone, staying at each for two full days and only going on if first orders look steady. I'd keep a close eye on first-order conversion the whole way and ask support to flag any complaints.",
  },
  {
    id: 'ap049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: `Notes for the model swap:
- Stop if: eval-harness accuracy on payroll and leave questions drops more than 2 points vs the current model, thumbs-down rate up more than 20 %, p95 response over 4 s, or cost per conversation more than 50 % above today's. Agreed with eng before launch, not changed mid-rollout.
- Whoever's on call can turn the new model off in the gateway, any time of day, takes a couple of minutes. No meeting needed.
- Roll out gradually and keep watching the dashboards.
- Finance gets a weekly cost-per-conversation report.`,
  },
  {
    id: 'ap050',
    scenario: 'service',
    class: 'middling',
    points: points('S A'),
    text: "The smaller index is mostly a cost play. The median got faster, but the rare multi-filter queries never went through the benchmark, so I'd take it carefully. We'd widen the rollout bit by bit, and each time we widen it, the search lead and I both have to sign off in the release ticket; nobody moves it on their own. I'd also be careful what we claim afterwards. If the canary looks fine, that tells us the new layout is safe to run, not that researchers find papers faster with it. For that we'd set up a randomised A/B test on search success once it's fully out. Beyond that I'd lean on the search team's judgement about what to monitor, since they know the index far better than I do.",
  },
  {
    id: 'ap051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only a pricing page, so honestly the risk is low. I'd put it live for a small group of visitors first, check that nothing looks broken and that people can still click through to checkout, and then turn it on for everybody before marketing's campaign goes out on Friday. If something odd shows up we can always revert it. I'd keep marketing and support in the loop so nobody is surprised, and maybe look at the page's numbers the week after to see how it did.",
  },
  {
    id: 'ap052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Prompt changes are pretty low-risk compared with code, so I'd keep this light. I'd get a few people on the team to try the new prompt in English and German, make sure the tone feels right, and then roll it out to users gradually. We'd keep an eye on feedback and on how people use the assistant. If German users don't like it, we can tweak the prompt for them or go back to the old one. The main thing is to move quickly and learn from real usage.",
  },
  {
    id: 'ap053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, pricing service, fare calculation. 1 % 5 % 25 % 100 %. Rollback on-call 2 a.m. five minutes config. Thresholds error rate 0.5 % p99 200 ms conversion 2 %. Cohorts: staff, beta, riders, drivers, weekend night peak. Sign-off, gates, holds 24 h. PM owns, engineering owns. Batch window, billing, Tuesday evening. A/B randomised, safe vs better. Dashboards, alerts, SLO, blast radius, error budget. Fare estimate vs final fare, surge multiplier, receipts, driver payouts. Stage 1 staff 24 h, stage 2 beta 48 h, 50 % weekend. Pager, escalation, runbook, 3 minutes. Control vs canary, baseline cohort, p95, p99.',
  },
  {
    id: 'ap054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'recommendation model v2 / regional feature stores / Singapore lunch 12:00 = Berlin 06:00 / eval harness hallucination thumbs-down p95 token cost compute per request / 1 5 25 50 100 / hold 24h gate sign-off PM ML lead / rollback <5 min on-call any hour config flag / staff beta low-value high-value / errors +0.5% latency +200ms basket -2% / canary A/B randomised / regional dashboards capacity autoscaling SLOs / relevance NDCG replay sample out-of-stock baskets / not-interested taps 15% / compute +30% / Singapore on-call / staff early-access low-spend high-spend / 24h both lunch peaks / Berlin team asleep / feature store sizing old model',
  },
  {
    id: 'ap055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "The team wants it at 100 % this afternoon and honestly I'd back them. I don't think a date picker needs a staged ramp with holds; 1 %, 5 %, 25 % is ceremony for a front-end change. I wouldn't bother choosing cohorts either. Staff first, then beta, then everyone is a lot of process, so it goes to all guests at once. Writing rollback thresholds down in advance isn't something I'd spend time on. I'm not setting up a sign-off at each stage, because there are no stages, and I wouldn't give the on-call engineer the right to pull it without asking; any rollback goes through me. I also don't see why the PM should own any of this rather than the front-end team. And an A/B test afterwards? No need.",
  },
  {
    id: 'ap056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: 'I would not run an elaborate canary here. Raising the eval sampling rate or tracking hallucinations on the new model is not, in my view, worth the engineering time, and I would not watch thumbs-down rates, p95 latency or cost per summary as rollback signals either. I would not pre-commit rollback numbers; with so little feedback, any number we wrote down would be arbitrary. I do not see the value of sending the clinic-support staff first and the large practices last; every clinic gets the cheaper model on the same day. Holding at each stage until enough summaries are graded would take weeks, so there will be no holds and no stage sign-offs. Nor would I plan a separate A/B test afterwards.',
  },
  {
    id: 'ap057',
    scenario: 'service',
    class: 'misconception',
    points: points('P T R'),
    text: "I'd treat this rollout as our experiment for the size guide. As PM I set the plan and the limits; the web team handles the deploy. I'd actually skip the staff stage, since staff don't buy and tell us nothing, and put our top-tier loyalty customers in first: they shop the most, so we'll get a conversion read from them fastest. Before anything goes out we agree the rollback limits: page errors more than 0.5 % above the old pages, p99 page load up more than 300 ms (bigger photos are the obvious risk), add-to-basket down more than 2 % against the baseline. If any of those is crossed, on-call switches the flag back straight away, day or night, without waiting for me; it takes a minute or two. And if conversion in the canary group comes out higher than everyone else's, that's our proof the new pages sell better, so we won't need a separate A/B test.",
  },
  {
    id: 'ap058',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: "For a model swap the infrastructure numbers tell you what you need: if the new model answers without errors and fast enough, it's working. So error rate and response time are all I'd watch. Hallucination checks and thumbs-downs are too noisy to act on, and the offline evals already went up three points. Exposure: our internal HR team first, then customers in the early-access programme, then small businesses, and the big payroll accounts last, because a wrong answer about a payslip hurts most there. Stages of 1, 5, 25, 50 and 100 %, at least two days at each, moving up only if the numbers held steady through the whole hold. Every step needs a sign-off from me and the engineering lead in the release channel. The cost per conversation finance asked about is something to work out after launch.",
  },
  {
    id: 'ap059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "What interests me most here is the reviews placement. Moving reviews above the fold is a bet that social proof matters more than the gallery when people buy outdoor gear, and I'd want to understand that better. I'd start with a round of interviews with hikers and climbers about how they shop for kit, look at heatmaps of the current page, and check which products have enough reviews to make the new layout work; a tent with two reviews above the fold may look worse than before. I'd also think about moderation and whether we show negative reviews prominently. Longer term I'd like to explore an AI summary of reviews.",
  },
  {
    id: 'ap060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Veterinary clinics are an underserved market, and I think the bigger opportunity is in how we package this. Small clinics care about time more than anything; a vet can spend an hour a day on notes. I'd reposition the summariser as a time-saver in our marketing, move to per-seat pricing, and partner with the practice-management systems clinics already use so summaries land straight in the patient record. I'd also talk to a dozen clinic managers about what they'd pay for next; appointment reminders and invoice drafting come up a lot. A cheaper model helps our margins, which gives us room to discount for multi-site groups.",
  },
];
