import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-second fresh set, author a: middling (al008–al010), weak (al011–al012), salad
 * (al013–al014), negated (al015–al016), misconception-led (al017–al018) and off-topic
 * (al019–al020) answers, written blind, labelled by hand.
 */
export const THIRTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order: interview speech with fillers.
    id: 'al008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Um, so I think the main thing with the one-page checkout is who gets it first. I'd start with employees, then returning customers who've opted in to try new things, and I'd keep first-time buyers out until the very end, since they're the ones who bounce if autofill does something odd and they've got no saved address to fill in.",
      "Before we launch I'd lock the numbers that make us stop: checkout completion down more than 2% against the old checkout, payment errors up more than half a point, page load p99 more than 300 milliseconds worse.",
      "Then we'd go 1, 5, 25, 50, 100, staying at least two days at each step, and we don't go to 100 until first-time buyers have been at 50 for a couple of days without tripping anything. Yeah, that's roughly it.",
    ].join(' '),
  },
  {
    // image-resizer-memory-leak: a Slack message to the team.
    id: 'al009',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'hey all, quick note on the resizer rollout since people keep asking who decides what.',
      'engineering owns the deploy, the routing and the restarts. I own when we move up a step and what counts as bad enough to stop.',
      'every step up needs both me and Tomas (resizer tech lead) to say yes in #resizer-release, no silent bumps.',
      "if anything looks off, whoever's on call sends traffic back to the old resizer straight away, day or night, no need to find me first. it's a load balancer weight change, couple of minutes.",
      "we'll sort the exact steps and numbers tomorrow. also fyi the 20% faster benchmark was a fresh process so I wouldn't lean on it",
    ].join('\n'),
  },
  {
    // support-model-upgrade: an email to the finance partner.
    id: 'al010',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      'Hi Priya,',
      '',
      "You asked how we'll know the bigger model is OK before everyone gets it, and what it will cost. Before we move any traffic we're fixing the numbers that would make us switch back: cost per conversation more than 40% above today's (about 3 cents now), wrong answers on our payslip and leave eval set up by more than 1 point, \"not helpful\" ratings up by more than a fifth, p95 response time over 6 seconds, or errors more than 0.5% above the old model. You'll get cost per conversation in a daily report.",
      '',
      "One thing I want to set expectations on: this rollout tells us the model is safe to run, not that it's better. The three points from the offline evals won't be proven here. For that we'll run a randomised A/B test afterwards and compare resolution rates properly.",
      '',
      'Happy to walk you through it.',
      'Jonas',
    ].join('\n'),
  },
  {
    // search-tail-latency: a short, generic exam-style answer.
    id: 'al011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I'd roll the new index out gradually rather than all at once. First a small portion of searches goes to the new layout and we keep an eye on the dashboards, especially search speed, since that's the part they changed.",
      'If everything looks normal we keep increasing it, and if there are problems we can go back to the old index.',
      "I'd also talk to the engineers about the filter-heavy queries they didn't test, and maybe add some to the benchmark before launch.",
    ].join(' '),
  },
  {
    // prompt-locale-thumbs-down: casual and vague.
    id: 'al012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Honestly I'd just be careful with it. Ship the new prompt to a slice of users, watch what people say, and if the German folks don't like it we tweak the German version.",
      'Maybe get someone German to read through some outputs first, and ask support if German users have complained about tone before. The warmer tone is probably a good idea overall, people like friendly tools.',
      "I'd check in with the team every few days, see how it's going, and expand when we feel good about it.",
    ].join(' '),
  },
  {
    // pricing-page-healthy: keyword salad, run-on.
    id: 'al013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pricing page canary staff beta cohorts segments 1 5 25 50 100 percent thresholds p99 200 ms error rate 0.5 conversion 2 baseline control.',
      'Video editor subscription monthly annual plans churn upgrade trial 24 h 48 h 72 h volume peak weekend.',
      'Holds gates sign-off PM engineering on-call rollback five minutes config routing traffic split.',
      'A/B randomised significance comparison table Friday campaign checkout unchanged time-based metric-based go/no-go owner dashboard.',
      'Low risk surface change, marketing, landing, bounce rate, scroll depth, 3 %, 10 %, enterprise last, internal first, alerting, pager, runbook.',
    ].join(' '),
  },
  {
    // quiet-feedback-trap: keyword salad in fragments.
    id: 'al014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Cheaper faster model, summaries, vets, clinics.',
      'Eval harness 1/200, hallucination, thumbs-down, p95, tokens, cost per summary.',
      'Canary 2 %, 10 %, 25 %, holds, gates, sign-off, on-call, two minutes.',
      'Internal, early access, new clinics, pre-committed, 1 point, 25 %, 4 s.',
      'A/B, randomised, safe, better. PM, engineering, ownership.',
      'Volume, sparse, quiet, few hundred per minute, peak.',
      'Gateway, routing, config switch, prompt, context, latency budget, 800 ms, 1,000 graded, 3,000 graded.',
      'Medication, invented findings, clinic days, vet advisers, CS, release channel, rollback drill, next quarter.',
    ].join('\n'),
  },
  {
    // booking-purchases-lag: rejects every good practice it names.
    id: 'al015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Look, I know the textbook answer and I don't think it fits here.",
      "I wouldn't write rollback thresholds up front. Bookings land hours after people look, so any number we pick today is made up.",
      "I also wouldn't bother sending staff or a beta group first; our employees don't book holiday homes on our own site, so it tells us nothing.",
      'Holding for days at 5% and then 25% is overkill for a date picker and a shorter form. The team wants it at 100% this afternoon and nothing in the service changes.',
      "I'm not going to set up a sign-off for each step either, that's process for the sake of process.",
      "Nor do I see the need for someone on call ready to roll back overnight, and I don't see the point of a separate A/B test afterwards.",
    ].join(' '),
  },
  {
    // lunch-peak-recommendations: a team lead listing what they will not do.
    id: 'al016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll tell you what we're not doing, because I've watched this get over-engineered before.",
      "We're not doing the employees-then-beta-then-customers sequence. We're not agreeing rollback numbers in advance either; the feature stores behave differently by region and I don't want to be boxed in by a figure someone guessed in a meeting.",
      'No fixed holds at each percentage. No sign-off chain; the ML lead and I do not both need to approve every bump.',
      'I\'m not tracking eval scores, "not interested" taps or compute cost separately during the rollout.',
      "I won't give the Singapore on-call the authority to switch models back on their own.",
      "And no A/B test afterwards: it's a recommendation model, not a pricing experiment.",
    ].join(' '),
  },
  {
    // after-the-sale-healthy: a confident consultant, built on the canary-as-experiment idea.
    id: 'al017',
    scenario: 'service',
    class: 'misconception',
    points: points('T H R'),
    text: [
      "The nice thing about a canary here is that it doubles as our experiment. We put the new product page on 5% of traffic, and the conversion of that 5% against everyone else tells us whether moving reviews above the fold actually sells more. So we don't need a separate A/B test, and leadership gets its answer this week. I'd fill the canary group with our loyal repeat buyers, since they browse the most and give the cleanest read on lift.",
      '',
      "Before we start I'd fix the stop rules with engineering: page errors more than 0.5 points over the old page, p99 load time up more than 250 ms (the lazy gallery is the risk), add-to-cart down more than 3% against the control group. Those don't move once we've started.",
      '',
      "Ramp is 5%, 25%, 50%, 100%, with a 48-hour hold at each step, and nothing moves while any of the three is red or hasn't had a full day of traffic.",
      '',
      'If a stop rule trips, the on-call engineer flips the feature flag back to the old page on the spot, any time of day, without waiting for me. That takes a minute or two.',
      '',
      "At the end, if the canary group converted better than last week's numbers, we've got our win to report.",
    ].join('\n'),
  },
  {
    // support-model-upgrade: a release memo, built on "a model is just another service".
    id: 'al018',
    scenario: 'model',
    class: 'misconception',
    points: points('P S R'),
    text: [
      'Release note: support assistant model switch',
      '',
      'Ownership. I decide when we widen exposure and when we stop. The ML platform team owns the gateway route and the model configuration, and performs the switch.',
      '',
      "Monitoring. A model swap is an infrastructure change like any other, so we watch what we'd watch for any service: error rate and latency. If the new model errors or times out we will see it; if it answers, it's working. Offline evals already went up three points, so quality is covered, and I don't plan to track answer quality, ratings or cost during the rollout. Cost is a finance question for after launch.",
      '',
      'Approval. Each widening requires written approval from me and the ML platform lead in the release ticket.',
      '',
      'Rollback. The on-call engineer may revert the gateway to the previous model at any time, day or night, without asking anyone. It is a configuration change and completes within five minutes.',
      '',
      'Exposure. We widen in steps as confidence grows.',
    ].join('\n'),
  },
  {
    // staff-cohort-artifact: spoken, about the size guide instead of the release.
    id: 'al019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "What I'd really focus on is the size guide itself. Fashion returns are mostly about fit, so the guide has to be specific to each brand, not a generic chart: measurements per garment, a fits small, true to size or fits large line fed from return reasons, and the model's height and size next to every photo.",
      "The larger photos should show fabric close-ups and the back of the garment, because that's what people ask support about. I'd also check them on slow mobile connections, since bigger images cost page speed.",
      "Longer term I'd like to try a fit quiz, the kind where you enter a brand you already own. And the measure of success for all of this is the return rate more than conversion.",
    ].join(' '),
  },
  {
    // lunch-peak-recommendations: written, about the model's features instead of the release.
    id: 'al020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start by asking what the new model's extra features are buying us. Recommended baskets in grocery live or die on freshness and repeat purchases, so I'd want the features to weight a customer's last three orders, local promotions and what is actually in stock at the nearest hub.",
      '',
      "In South-East Asia the basket mix is very different, with rice in bulk and more fresh produce bought daily, so I'd push for separate regional models rather than one global model with regional features.",
      '',
      'On the product side I\'d add a "why am I seeing this" line under each basket; it builds trust and gives us better labels. And I\'d interview a handful of customers in Singapore and in Berlin about how they plan their weekly shop.',
    ].join('\n'),
  },
];
