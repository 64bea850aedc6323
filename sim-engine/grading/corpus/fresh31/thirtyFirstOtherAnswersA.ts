import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-first fresh set, author a: middling (ak008–ak010), weak (ak011–ak012), salad
 * (ak013–ak014), negated (ak015–ak016), misconception-led (ak017–ak018) and off-topic
 * (ak019–ak020) answers, written blind, labelled by hand.
 */
export const THIRTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ak008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `hey — re the one-page checkout, my take on the canary before spring:

who first: staff, then returning customers from the beta list, then returning customers in general. first-time buyers last, on purpose. the lab only tested returning customers with saved addresses and cards, so first-timers are exactly the people nobody has watched use this, and they're the whole point of the spring campaign.

limits, let's put them in the doc before we start: first-order conversion down more than 2% vs the old checkout, checkout errors up 0.5%, p99 up 300ms. hit any of them and it stops.

stages 1/5/25/50/100. it has to sit at 25% for at least 4 days because first orders are a small number and take a while to read. 24h at the other stages.

we'd need to start this week to be at 100 before the campaign. thoughts?`,
  },
  {
    id: 'ak009',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: `So, um, the first thing I'd say is that as PM I'm not the one moving traffic around — the ML engineers own the serving and the routing. What I own is the definition of "is this okay": what we measure and whether we go ahead. For a model swap that's the interesting part, because the model can be up and fast and still tell someone the wrong thing about their payslip. So I'd want the eval harness running on real payroll and leave questions to catch hallucinations, the thumbs-down rate from users, p95 latency — a longer context window usually means slower answers — and cost per conversation, because Finance has already asked and that's fair for a bigger model. I'd roll it out gradually and keep an eye on all of that. And, um, I'd be careful not to oversell what the canary tells us. Offline evals went up three points on short questions, which is nice, but neither that nor the canary says it's better for users; the canary just says it isn't breaking anything. If we want to claim it's better, that's a proper randomised A/B test, measured on something like questions resolved without a ticket.`,
  },
  {
    id: 'ak010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: `Notes for the resizer rollout

- Thursday isn't realistic if we want to know what this does after a day of uptime. The service only restarts on deploys, so a fresh process at 9 a.m. tells us nothing about 9 p.m.
- Stages 2 % → 10 % → 50 % → 100 %. Each held at least 36 hours with no redeploys during the hold, so one process runs through a full day and night. Move on only when memory per instance has levelled off and image latency at the end of the hold looks like it did at the start.
- Every move signed off by me and Tomás (service owner) in the release ticket.
- Rollback: on-call routes traffic back to the old resizer whenever they see trouble, no permission needed. Load-balancer weight change, about two minutes. The old service stays deployed and warm until we're done.
- Benchmarks say 20 % faster, which is encouraging, but they were short runs.`,
  },
  {
    id: 'ak011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `Honestly, for a pricing page I don't think it needs much. It's a comparison table, nothing changes in the backend, and marketing needs it live on Friday. I'd put it out to a small part of the traffic on Wednesday, check that the page loads and nothing odd comes in from support, and then open it up to everyone on Thursday so it's ready for the campaign. If something looks off we can always change it back. The main thing is making sure marketing and engineering are talking to each other.`,
  },
  {
    id: 'ak012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `Hi both,

For the summaries change I think we should go step by step. The new model is cheaper and faster, which is great, and I trust the ML team's evaluation. I'd turn it on for some clinics first and see how it goes, keeping an eye on quality and on whether anyone complains. Vets don't give much feedback, so no news is probably good news. If the summaries look fine after a while, we can move everyone over.

Let me know if you need anything from me.

Thanks!`,
  },
  {
    id: 'ak013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary plan — index layout v2. Cohorts: internal, beta, free tier, institutional licences. 1 % / 5 % / 25 % / 50 % / 100 %. p50, p95, p99, 200 ms, 0.5 %, 2 %. Thresholds, baseline, control. Holds 24 h, gates, metric-based, sign-off, PM, eng lead. Rollback: on-call, routing, config, under 5 minutes, any hour. Filters, rare queries, tail latency, long tail. Cost per query, hosting savings. Safety vs lift, A/B test, randomised. Owner: PM decisions, engineering routing. Dashboards, alerts, timeouts. Institutional customers, free users, query volume, index size, shards, 48 h, weekend.`,
  },
  {
    id: 'ak014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `Recommendations model canary — key areas: feature stores / regional capacity / Singapore lunch / Berlin team / on-call. Staff → beta → Europe → SEA → new customers, high value. Eval harness, replay, relevance, add-to-basket, not-interested taps, p95 latency 150 ms, compute cost per request +25 %, errors 0.5 %. Ramp 1-5-25-50-100, holds, 24 h, metric gates, sign-off PM + eng lead. Rollback, config flag, <5 min, any hour. Canary vs A/B, randomised, lift. PM owns / engineering owns. Timezones, capacity planning, thresholds pre-committed, dashboards, alerts. Basket size, feature reads per request, 05:00 Berlin, 24/7, regional split, volume.`,
  },
  {
    id: 'ak015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `I'll be honest, I don't buy much of the canary ceremony for a change like this. People will tell you to write rollback thresholds down before you start; I wouldn't. You can't know in advance what a normal booking dip looks like for a date picker, so I'm not committing to numbers. Same with choosing cohorts — staff first, then beta users, new guests last — I don't see the point here; a date picker is a date picker. I'm also not going to stage it at 1, 5 and 25 % with holds at each step. The team wants it at 100 % this afternoon and nothing in the service changes. I wouldn't set up a sign-off at every stage either; that just turns the PM into a bottleneck. And I'm not going to arrange in advance who may roll back at night. If bookings drop, we'll get together and decide whether to revert, and that's a redeploy anyway. Some people would also say a canary isn't an A/B test and you need a randomised test to know it's better. I don't think we need a separate test; the design reviews were glowing. So: ship it, keep an eye on things, talk if something looks off.`,
  },
  {
    id: 'ak016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `On the prompt change: my view is that we shouldn't treat this like a model launch. I don't think we need an eval harness run or a hallucination check; the model hasn't changed, only the wording. I wouldn't split feedback by language either — German users are a quarter of the base, they'll show up in the totals. I'm not in favour of pre-set rollback limits, or a ramp with holds and sign-offs, for a prompt; that's a lot of process for a text change. Nor would I start with staff and beta users, since internal people aren't typical. There's no need for a separate on-call rollback arrangement: if something is wrong, the team that wrote the prompt can fix it in the next release. And I don't think a follow-up A/B test is worth running; if the canary looks fine, the warmer tone is an improvement. So I'd switch it on for everyone and tweak the wording if people complain.`,
  },
  {
    id: 'ak017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: `I'd split it like this: I decide who gets it and when we move on; the web team owns the flag and the deploy. Leadership wants it out this week and the team expects it to help, so I'd put it in front of our best customers first — the loyalty members who spend the most — because they look at product pages more than anyone and theirs is the reaction that matters. If their conversion goes up compared with everyone else, that's our proof that reviews above the fold work. The canary doubles as the experiment, so we don't need a separate A/B test afterwards. Stages would be 5 %, 25 %, 50 % and 100 %, holding a full day at each and only moving on once page errors and load times have been flat for that whole day. If something goes wrong, the on-call developer switches the flag off straight away; they don't need to find me first, and it takes effect in about a minute.`,
  },
  {
    id: 'ak018',
    scenario: 'model',
    class: 'misconception',
    points: points('C T S'),
    text: `1. From a release point of view a model swap is a deploy like any other, so the canary watches what canaries always watch: error rate and latency on the summary endpoint. Quality is the eval team's job before launch, and with ratings this sparse there's nothing to read anyway, so I wouldn't hold anything up waiting for feedback or harness scores.
2. Order: our own staff vets on the internal test clinic first, then the clinics who signed up for early access, then single-vet practices. The multi-clinic groups go last because they're the biggest accounts and a bad week costs most there.
3. Limits, written in the release ticket before we begin: error rate more than 0.5 % above the old model, or p99 latency more than 400 ms worse. Either one stops the rollout.
4. Every increase in traffic needs sign-off from me and the ML lead in that ticket.
5. Cheaper and faster is the goal; if errors and latency stay flat, the swap is done.`,
  },
  {
    id: 'ak019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `What I'd really want to talk about is the size guide itself. Returns are the biggest cost in fashion e-commerce and most of them come down to fit, so the size guide is the part of this change that can actually move the business. I'd build it from our own return reasons: which products run small, which brands are inconsistent. I'd also push for model measurements next to the larger photos — "model is 1.78 m and wears a size M" does more than any chart. Then I'd run a small research round with five or six customers who returned something recently, to check whether they'd have read a guide at all. Longer term, a fit recommendation that learns from returns would be the real win.`,
  },
  {
    id: 'ak020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `Hi Anna,

Thanks for the question. Before we get into the rollout, I think the bigger issue is how the team works across two regions. Everyone is in Berlin, our Asian customers shop on their own clock, and we end up learning about Singapore from dashboards the next morning. I'd propose hiring one or two people in Singapore next year, even just a product analyst, so someone is close to those customers. In the meantime we could set up a monthly call with the Singapore ops team and rotate the meeting time so it isn't always their evening. I'd also like to do a few customer interviews there about how people build their baskets; I suspect the home screen assumes a European weekly shop.

Happy to write this up properly.

Best,
Jan`,
  },
];
