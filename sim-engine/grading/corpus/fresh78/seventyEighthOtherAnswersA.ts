import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-eighth fresh set, author a: middling (cf008–cf010), weak (cf011–cf012), keyword salad
 * (cf013–cf014), negated (cf015–cf016), misconception-led (cf017–cf018) and off-topic
 * (cf019–cf020) answers, written blind and labelled by hand before anything was run.
 */
export const SEVENTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cf008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      'Hi from the shop! Quick one on the one-page checkout.',
      'I decide who gets it and when; engineering handles the flag and the deploy.',
      'Our own staff order through it first, then the early-access list, then regulars with five years or more of orders. First-time customers get it last: the spring promo is when they pile in, and a checkout that confuses them loses the whole order.',
      'Layers are the crust at 2 %, the cheese at 20 %, the sauce on top at 50 %, and each one holds through a full Friday night rush before we go to the next.',
      "We'll keep an eye on how it's doing along the way.",
      'See yous soon, Frankie',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cf009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Honestly, the part I'd spend my time on is what pulls it.",
      'Before the bigger model answers anybody, we write down the limits: if the wrong-answer rate from the eval harness is more than 1 point worse than it is now, or thumbs-down is more than 2 points worse, or cost per conversation is more than 25 % over today, or errors are more than half a point worse, we pull it outta the oven.',
      "And whoever's on the pager can swap back to yesterday's model any hour of the night. It's a flag, a couple minutes, no redeploy, and they don't need to ask me.",
      "Past that, we'd let it out to people a bit at a time and see how it goes.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cf010',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Thursday. Long day.',
      "The team wanted the rewritten photo resizer on every menu page by today. I said no, and here's what we're doing instead.",
      "Our own staff see the new photos first, then the customers who opted into early access, then regulars who've ordered three years or more over by Pilsen and Logan Square. New customers come last, because the photos are how a first-timer picks a pie.",
      'The crust is 5 %, the cheese 25 %, the sauce on top 60 %. The service only restarts on deploys, so each layer holds at least two full days, a Friday night rush included, before we go up.',
      'Ray from the platform team and me both give it the nod over the counter before the next layer.',
      "Grabbed a pop with Ray after. Still don't know what to tell the team about their deadline.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cf011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Hey Sal, Frankie. Quick one about the cheaper summary model for the vet clinics. I'd just put it out to a handful of clinics first and see how it goes. Kinda like a new topping: give it to a few tables and watch their faces.",
      'If the vets start complaining, we go back to the old one. The engineers know this stuff better than me, so I would let them pick how to do it and just keep me posted.',
      "Call me back, I'm over at my ma's.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cf012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'A canary release is where you give a change to a small group before everybody, like the canary the miners took down the shaft.',
      "For the new comparison table on our Pizza Club page, honestly, it's just a page. I'd put it out to some people, keep an eye on it, and if it all looks fine, put it out to the rest in time for Friday's campaign. It's low risk, so I wouldn't overthink it.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cf013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendation model canary. Crust, cheese, sauce on top.',
      'Cohorts, neighbourhoods, years of orders. Staff, beta, new customers.',
      'Thresholds, holds, gates, sign-off, nod over the counter.',
      "Rollback, pager, yesterday's build, flag, minutes.",
      'Add-to-basket, fallback, hallucination, thumbs-down, p95, cost per request.',
      'Singapore lunch peak, Berlin, feature store, Friday night rush.',
      'A/B, safe, better, randomized. PM owns, engineering owns.',
      'Crust, cheese, sauce. Thresholds, holds, rollback. Canary.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cf014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Tony. Memo. Canary, search index, the tail.',
      'Cohorts: staff, beta, neighbourhoods, years ordered, free tier, big accounts.',
      'Thresholds: p99, p99.9, errors, conversion, baseline, pull it outta the oven.',
      'Holds, gates, layers, crust, cheese, sauce on top, Friday night rush.',
      'Sign-off, nod, counter, two names.',
      'Rollback, pager, any hour, config switch, minutes, no redeploy.',
      'A/B, randomized, safe, better.',
      'PM owns, engineering owns, routing, flags, deploy.',
      'Tail latency, filters, rare queries, cheaper hosting.',
      'Canary, canary. Cohorts, thresholds, holds, rollback. End memo.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cf015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Hey Gina, Frankie here, about the new date picker on the catering order form. I know the playbook, and I am not running it this time.',
      "I'm not putting staff first or saving new customers for last, I'm not writing down any limits before it goes out, and I'm not doing the crust, the cheese and the sauce on top with holds in between.",
      "Nobody's giving anything the nod over the counter, I'm not setting up a pager rota to swap back to yesterday's build, and there's no A/B test after.",
      "The team wants it at 100 % this afternoon and design loved it, so that's what it's getting. Talk tomorrow.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cf016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Wednesday. Long day.',
      'Meeting about the warmer prompt for the email assistant. Everybody wanted the full canary treatment and I said no to all of it.',
      "We won't write down who owns which decision. We won't start with staff or the beta folks, and we won't hold the German-writing users back until last.",
      "We won't fix thumbs-down or acceptance limits ahead of time, we won't track German replies separately, and we won't stop at the crust or the cheese to wait out a rush.",
      "There'll be no two people giving it the nod over the counter, no pager swap back to yesterday's prompt, and no A/B test after.",
      'Grabbed a pop on the way home.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cf017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T M'),
    text: [
      'Marisol, Frankie again. Forgot to say the main thing about the bigger model for the payslip assistant: the canary is our A/B test. The people on the new model against everybody still on the old one, that comparison proves the new one is better, and that lift is the number we take to Finance to show it pays for itself. No separate test after; the canary already answers it.',
      "Otherwise, same as always. I own the cohort order and the limits; Kenji's team owns the routing and the flag.",
      'Staff go first, then the early-access customers, then the long-timers, and the new customers and big payroll accounts last, because a wrong pay answer is what loses them.',
      'Limits go in writing before it starts: wrong answers from the eval harness more than 1 point worse than now, thumbs-down more than 2 points worse, or cost per conversation more than 30 % up, and we pull it outta the oven.',
      'Okay, bye.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cf018',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      "Staff first doesn't make sense here. Our crew is on the app all day checking orders and never buys a thing. Honestly, I'd skip hand-picked groups altogether: the right canary cohort is a random 5 % of all customers, because picking neighbourhoods or long-time regulars just biases the sample, and a random slice is the only fair test.",
      'What I own is that cohort call, the limits and the holds; engineering owns the flag and the deploy of the bigger photos and the size guide.',
      'Before it starts we write down: if errors are more than 0.5 points worse than it is now, or page-load p95 is more than 300 milliseconds worse, or orders per visit fall more than 2 %, we pull it outta the oven.',
      'Layers: the crust at 5 %, the cheese at 25 %, the sauce on top at 60 %, each one holding through a full Friday night rush before the next.',
      "And whoever's on the pager swaps back to yesterday's build: it's a flag, a couple minutes, any hour, no asking me.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cf019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Hi from the shop! Can't get to the summary thing today, so here's what's on my mind instead.",
      'We finally got the new deck oven in, and the crust comes out crisper at 475 than it ever did at 450. Ma says the sausage needs more fennel.',
      "The vet clinic folks asked me what the cheaper model should cost them; I told them to talk to Finance, that's not my department.",
      'Going to the game Sunday. See yous, Frankie',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cf020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Sunday. Long day.',
      'The sale ended at midnight and it was the biggest week we ever had: twenty percent off every pie, and the Wicker Park kitchen ran out of dough twice.',
      'Tomorrow I have to write the recap for the owners: orders per day, the average ticket, how many came in on the coupon. Also need to schedule the drivers for next week and figure out whether we keep the extra guy on Thursdays.',
      'Da Bears on the radio in the kitchen the whole time. Grabbed a pop and a slice on the way home.',
    ].join('\n'),
  },
];
