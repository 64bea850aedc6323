import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-seventh fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (ag028–ag040), written blind and labelled by hand. */
export const TWENTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // built-in scenario: checkout-first-order
    id: 'ag028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "hey, quick thoughts on the one-page checkout before tomorrow. the lab only had returning customers, so I'm nervous about first-time buyers, who won't have any saved address or card to fill in. so I'd put staff on it first, then returning customers who opted into the beta, and only after that let first-time buyers in, and keep the spring campaign traffic on the old checkout until we've seen how they do. we agree the rollback numbers tonight, not once it's live: first-order conversion more than 3% under the old checkout, or payment errors above 0.4%. if either one trips, on-call turns the flag off straight away, any time of day, no need to ping anyone, it's a two minute switch. rest we can figure out tomorrow",
  },
  {
    // built-in scenario: support-model-upgrade
    id: 'ag029',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: "OK so, for the bigger model... I think the main thing is not to go from zero to everyone in one go. I'd go two percent, then ten, then thirty, then the rest, and we'd sit at each one for at least two days, and only move on if the numbers have been steady that whole time. Um, and each move needs a yes from both me and the engineering lead, actually written down in the channel, not a thumbs-up in passing. What would I look at? Not just errors. For a model you want the hallucination rate from the eval set, how many thumbs-down the answers get, the p95 response time, because a bigger model is slower, and the cost per conversation, since finance is already asking. Yeah. I think that's the core of it.",
  },
  {
    // built-in scenario: search-tail-latency
    id: 'ag030',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: "Hi Tomás,\n\nSplitting this up so we don't step on each other: the rollout plan and its stop conditions are on me, the index build and the traffic routing are on your team.\n\nStop conditions, fixed now so nobody argues about them halfway through: p99 search latency more than 400 ms over the old index, measured on queries with three or more filters separately from the rest; zero-result rate up more than 1 point; or search errors up more than 0.5 points. The median will look great, and that's not what we're watching.\n\nAnd a heads-up for the steering meeting: this rollout tells us the new index is safe to run. It doesn't tell us researchers find papers faster. If leadership wants to make that claim, we'll need a proper randomized A/B test afterwards.\n\nCheers,\nAline",
  },
  {
    // built-in scenario: image-resizer-memory-leak
    id: 'ag031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Benchmarks already show the new resizer is 20% faster, so honestly I don't see much risk here. I'd ship it to some of the traffic first, keep an eye on the dashboards and on seller complaints, and if everything looks normal we push it to everyone by Thursday like the team wants. If something goes wrong, engineering can always revert. I'd also post in the seller forum that the new photo format is coming, since sellers have been asking for it for a while.",
  },
  {
    // built-in scenario: quiet-feedback-trap
    id: 'ag032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "The cheaper model scored fine in the evals and vets are busy people, so I wouldn't overthink this one. Roll it out gradually over a week or so and see what comes in. If the summaries got noticeably worse, the clinics would tell us; they're not shy about calling support. The savings are real, and the summary is only a starting point the vet edits anyway, so the downside is limited. I'd keep the old model around for a while just in case.",
  },
  {
    // built-in scenario: booking-purchases-lag
    id: 'ag033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Booking page canary. Date picker, shorter form, client-side store. Staff 200 ms gate, beta 0.5 % rollback, sign-off 1 % cohort, A/B 25 % hold, on-call 2 % baseline, p99 50 % conversion. Bookings hours later, evening, lag, 24 h, 48 h. Thresholds holds segments. Config flag 5 minutes eng lead PM. Safety, randomised, better, 100 % this afternoon. Conversion after dinner, guests, homes, form length, picker, control, rollback rehearsal, staging, go/no-go, 1 % 5 % 25 %, weekday, Sunday evening, bookings per search.',
  },
  {
    // built-in scenario: prompt-locale-thumbs-down
    id: 'ag034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Canary releases for a prompt are all about thumbs-down, Sie and du, eval harness, hallucination rate, p95, token cost per draft, cohorts and segments, staff, beta, enterprise, thresholds and holds, two percent, five percent, three hundred milliseconds, half a point, twenty-four hours, gates and sign-off, on-call and rollback, config and routing, canary versus A/B, randomised, warmth, formality, English, German, PM, engineering, Vienna, law firms, customer trust, drafts, tone, casual, formal, latency budget, 1 %, 25 %, 100 %, weekly, thumbs-up, reviewers.',
  },
  {
    // built-in scenario: pricing-page-healthy
    id: 'ag035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "It's a pricing page with a clearer table and the checkout behind it doesn't change, so I wouldn't run a formal canary at all. I don't see the point of deciding which segments go first, staff, beta, whoever; it's the same page for everyone. I'm not going to write rollback thresholds in advance for a static page, and I wouldn't hold it at 5 % or 25 % waiting on gates either; that would just push us past Friday's campaign. Nobody needs to sign off stages, because there won't be stages. And I wouldn't bother setting up an on-call rollback or an A/B test afterwards. We publish Thursday, marketing links to it Friday, done.",
  },
  {
    // built-in scenario: lunch-peak-recommendations
    id: 'ag036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "People will tell you to start with staff and opted-in users, but for recommendations I don't think an order makes sense, so no cohort plan. Fixed rollback thresholds? I wouldn't set any up front; recommendation metrics are noisy, and a number written on Monday means nothing by Thursday. Holding each stage through the Singapore lunch peak isn't something I'd do either, it drags a one-day rollout into a week. I also wouldn't track evals, feedback or compute cost, since it's a ranking model, not a chatbot. And I wouldn't give the Singapore on-call authority to roll back on their own. As for an A/B test afterwards, we don't need one.",
  },
  {
    // built-in scenario: after-the-sale-healthy
    id: 'ag037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "Leadership wants this out this week, and the nice thing is that the canary also gives us the proof that reviews above the fold sell more, so we can skip a separate A/B test. Here's how I'd do it. Staff first for a day to catch anything obviously broken, then the customers in our early-access club, then everyone else, with our loyalty-card regulars, the people who buy the most, last. We go 10 %, 25 %, 50 %, 100 % and hold each step for a full day before moving on. If anything breaks, the on-call switches the flag off at any hour without waiting for me; that takes about a minute. At the end we compare conversion in the canary group with last week's numbers, and that uplift is our evidence for the next round of product page work.",
  },
  {
    // built-in scenario: support-model-upgrade
    id: 'ag038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T S'),
    text: "Three parts to how I'd run it.\n\nFirst, roles. I own the rollout: the order, the stop numbers and the go/no-go. Engineering owns the routing and the deploy.\n\nSecond, the order. Our own HR staff first, then admins at customers in the early-access program, then small accounts, and the large payroll customers last.\n\nThird, what we watch. For a model swap, the honest answer is that the offline evals already settled quality, it went up three points, so during the canary the only thing that matters is whether it stays up and stays fast. I'll commit the limits before we start: error rate above 1 % or p99 latency above 4 seconds and we stop. I wouldn't add thumbs-down, hallucination checks or cost per conversation to the canary; at this stage that's noise. Each time we widen it, the ML lead and I both sign off.",
  },
  {
    // built-in scenario: staff-cohort-artifact
    id: 'ag039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "On the size guide itself: I'd put it right under the size selector rather than in a pop-up, because most returns in fashion come from people guessing between two sizes, and the guide only helps if they see it at that moment. Measurements should be in both centimetres and inches, and for each item we should say how tall the model in the photo is and which size they're wearing. The larger photos are great, but we should check they don't push the add-to-bag button below the fold on small phones. Longer term I'd like to tie the guide to return reasons, so we learn which products run small.",
  },
  {
    // built-in scenario: lunch-peak-recommendations
    id: 'ag040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Honestly, the bigger problem I see here is how the team is set up. Everyone's in Berlin, but a big share of our customers are in South-East Asia, so nobody on the team ever uses the app the way someone in Singapore does at lunchtime. I'd push to hire two or three engineers in Singapore over the next couple of quarters, even contractors to start with, and I'd move weekly planning to a slot that works for both, say nine in the morning Berlin time. I'd also bring the Asia market manager into the product reviews, because the baskets people build there look nothing like the German ones. That's where I'd spend my energy.",
  },
];
