import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-first fresh held-out set, author C: strong answers (dw041–dw047), four
 * on model scenarios and three on service scenarios, each covering every point of its kind.
 * Voice: a Kyrgyz (Bishkek) English register in speech with Kyrgyz words (hearty, direct,
 * teasing; "salamatsyzby", "rakhmat", "ooba", "jok", "makul"), a yurt-making workshop whose
 * language model suggests which yurt, lattice and size suit a family, a guesthouse and a budget;
 * every answer a water-polo referee's calls, quarter by quarter and possession by possession, with
 * one exclusion lifted on the monitor. Stages: the first lattice wall, the roof ring, the whole
 * Osh bazaar; sign-off as "the old usta and I both set the first tunduk on its poles"; holds as a
 * full week of the World Nomad Games or a count of days or orders; thresholds as "more than N
 * worse than now, and we unlace the felt covers"; cohorts by Bishkek district and years buying;
 * rollback as "whoever is on call pitches the old yurts again, no need to call me" (README-c.md
 * says which given wordings were changed to keep clear of earlier voices). Labelled by hand when
 * written (LABEL-NOTES-c.md); held out entirely.
 */
export const HUNDRED_AND_TWENTY_FIRST_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salamatsyzby! I answer like I referee at the pool: calls, quarter by quarter.',
      'Quarter 1, possession 1. Our yurt advisor moves to the newer, bigger model with the longer context; same prompt. As PM I own the order of customers, the rollback limits and how long we hold at each stage. The engineers own the routing, the deploy and the flags. Makul.',
      'Quarter 1, possession 2. The cohorts, in this order. First our own workshop staff and the felt-makers, who ask the advisor every day and will tell me loudly when it suggests a twelve-wall yurt for a family of three. Then the customers who opted in to early tries, mostly families buying from us five years and more in Oktyabrsky and Sverdlovsky districts. Then ordinary buyers. Last, first-year customers and the guesthouse owners at Issyk-Kul: a wrong size costs them a whole season.',
      "Quarter 1, possession 3. The limits, written and signed before one conversation moves. Errors more than 0.5 % worse than now, and we unlace the felt covers. p95 latency more than 300 ms worse than now, the same. Cost per conversation more than 20 % above finance's quote, the same. And model quality: the hallucination rate our eval harness scores on a daily sample more than 1 point worse than now, or the thumbs-down rate more than 2 points worse than now, and the felt covers come unlaced.",
      'Quarter 2, possession 1. Stages with holds. The first lattice wall is staff plus opted-in, about 2 %, held four days. The roof ring is 25 %, held a full week of the World Nomad Games, because long answers need volume. Then the whole Osh bazaar. Nothing advances while a limit is red.',
      'Quarter 2, exclusion lifted on the monitor: I had excluded the guesthouse owners from the whole canary. On the second look, jok: they must be in before 100 %, just last.',
      'Quarter 3, possession 1. Sign-off. Before each stage widens, the old usta and I both set the first tunduk on its poles: he reads the suggestions, I read the numbers, both of us say ooba or it waits.',
      'Quarter 3, possession 2. Rollback. Whoever is on call pitches the old yurts again, no need to call me: any hour, a routing switch back to the old model, under five minutes, no approval.',
      'Quarter 4. The canary tells us the bigger model is safe, not that it is better. Better we learn from a randomised A/B test afterwards. Rakhmat!',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salamatsyzby. Referee notes, short.',
      'Q1, poss. 1: owner. Me, the PM: cohort order, limits, holds. Engineers: routing, deploy, the prompt flag.',
      "Q1, poss. 2: order. Workshop staff who write in Kyrgyz and Russian → opted-in customers buying 5+ years, Leninsky and Pervomaisky → everyone → new buyers who write in Russian or Kyrgyz last, because a casual 'ty' instead of 'Siz' insults an elder.",
      'Q1, poss. 3: limits, fixed before any traffic. Thumbs-down more than 3 points worse than now in any language, and we unlace the felt covers. Eval-harness score for respectful address more than 5 % worse than now, same. Errors more than 0.5 % worse, p95 more than 200 ms worse, same.',
      'Q2, exclusion lifted on the monitor: I had excluded Kyrgyz conversations from the limits, too few. Jok. Every language gets its own line.',
      'Q2, poss. 1: stages. First lattice wall 1 %, 3 days. Roof ring 20 %, held until 300 Russian-language conversations. Whole Osh bazaar.',
      'Q2, poss. 2: each advance, the old usta and I both set the first tunduk on its poles.',
      'Q3: rollback. Whoever is on call pitches the old yurts again, no need to call me. Any hour, prompt flag back, two minutes.',
      'Q4: canary = safe only. Warmer = better? A randomised A/B test afterwards. Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salamatsyzby, ooba, I do this like a match sheet. Numbered calls.',
      '1. Quarter 1, possession 1. The change: our suggestions of yurt, lattice and size move to a cheaper, faster model. My part as PM is the order of customers, the limits and the holds; the engineers own routing, deploy and the flag. They touch the pipes, I touch the decisions.',
      '2. Quarter 1, possession 2. Order: our own staff and the felt-makers first; then customers who opted in to early tries and have bought from us three years or more, Sverdlovsky and Leninsky first because they write back; then everyone; first-year families and guesthouse owners last, because one wrong-sized yurt costs them most and they forgive least.',
      '3. Quarter 1, possession 3. The trap: few people rate a suggestion, and the eval harness grades one in two hundred. At 5 % I would be reading noise. So for the canary, engineering raises the harness sample to one in ten on canary traffic, and we count graded suggestions, not days.',
      '4. Quarter 2, possession 1. Limits, agreed in writing before the first suggestion moves: harness quality score more than 3 points worse than now, and we unlace the felt covers; wrong-size rate (a suggestion the yurt-maker must correct at measuring) more than 2 points worse than now, the same; thumbs-down more than 4 points worse, once we have at least 150 ratings; errors more than 0.5 % worse; p95 more than 250 ms worse.',
      '5. Quarter 2, exclusion lifted on the monitor: I had ruled the thumbs-down signal out, too sparse. Second look: it stays, but only as a limit once 150 ratings exist.',
      '6. Quarter 2, possession 2. Stages: the first lattice wall, 5 %, held until 400 graded suggestions; the roof ring, 30 %, held until 1,500 graded suggestions and at least a full week of the World Nomad Games; then the whole Osh bazaar.',
      '7. Quarter 3, possession 1. At every gate the old usta and I both set the first tunduk on its poles. No tunduk, no wider.',
      '8. Quarter 3, possession 2. Rollback: whoever is on call pitches the old yurts again, no need to call me. Daytime or 3 a.m., one config switch back to the old model, five minutes, nobody asks permission.',
      '9. Quarter 4. This canary says the cheaper model is safe enough. Whether it is better for customers we learn afterwards, with a randomised A/B test.',
      'Rakhmat, match over.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Salamatsyzby! A table, like the match sheet I hand the secretary after a match.',
      'QUARTER | POSSESSION | CALL',
      '1 | 1 | Change: the yurt sets suggested on our home screen come from a new model that reads more features per request from the regional feature stores. Owner of the decisions: me, the PM (cohort order, limits, holds). Owner of the pipes: engineering (routing, deploy, flags, the stores).',
      '1 | 2 | Order: workshop staff in Bishkek; then opted-in customers who have bought from us 4+ years, Oktyabrsky and Pervomaisky first; then the rest of Bishkek; then our buyers in California; first-year customers and guesthouse owners last. Why California late and on its own: their lunch is 1 a.m. here, their feature store was sized for the old model, and nobody in Bishkek is awake to see it.',
      '1 | 3 | Limits, fixed before traffic: feature-store read p99 more than 150 ms worse than now, and we unlace the felt covers; errors more than 0.5 % worse; click-through on suggested sets more than 3 points worse than now; share of empty or fallback suggestions more than 2 points worse than now. Each limit per region, per hour, never a daily average.',
      "2 | exclusion lifted on the monitor | I had excluded the night hours from the gate: nobody buys then. Second look, jok, that is exactly California's lunch. Night hours count.",
      '2 | 1 | Stages: the first lattice wall (staff and opted-in, 2 %, 3 days); the roof ring (25 %, both regions, a full week of the World Nomad Games, so every lunch peak is seen seven times); the whole Osh bazaar.',
      '3 | 1 | Sign-off: before each stage, the old usta and I both set the first tunduk on its poles.',
      '3 | 2 | Rollback: whoever is on call pitches the old yurts again, no need to call me. Any hour, the flag back to the old model in minutes, one region or both, no approval.',
      '4 | 1 | The canary shows the new model is safe at the peak. Better? A randomised A/B test afterwards.',
      'End of match. Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dw045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: 'Salamatsyzby, I talk like I referee, so here it comes in one breath: quarter one, possession one, the change is that our orders and lattice plans move from our own database to a managed cluster behind a new proxy, and my part as PM is the order of who goes, the limits and the holds, while engineering owns the proxy, the routing and the deploy, makul; possession two, the order: our own workshop accounts first because the yurt-makers open every plan all day and will shout, then customers who opted in to early access and have bought from us three years or more in Leninsky and Sverdlovsky districts, then everyone, and last the guesthouse owners with big open orders and the first-year buyers, because a lost plan for them is a lost season and lost trust; possession three, the limits, written down before any read moves: errors more than 0.3 % worse than now and we unlace the felt covers, p99 page load more than 200 ms worse than now, the same, proxy connection errors above 0.1 %, the same, and because the load tests ran with warm caches we watch all of them at cold start and at the Monday morning peak; quarter two, exclusion lifted on the monitor: I had excluded the end-of-month decommission from my plan, but on the second look, jok, the old cluster stays alive until the whole Osh bazaar has held two weeks, otherwise there is nothing to go back to; quarter two, possession one, the stages: the first lattice wall at 2 % for three days, the roof ring at 25 % for a full week of the World Nomad Games, which covers a Monday peak, then the whole Osh bazaar, and each stage opens only when the old usta and I both set the first tunduk on its poles; quarter three, rollback: whoever is on call pitches the old yurts again, no need to call me, at any hour, one switch on the proxy sends reads back to the old cluster in under five minutes, no approval needed; quarter four, this canary tells us the new storage is safe, not that it is better, and if we want better we run a randomised A/B test afterwards; rakhmat, that is the match.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dw046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Salamatsyzby. Referee's calls.",
      'Quarter 1.',
      'Possession 1: I am the PM. I own order, limits, holds.',
      'Engineering owns the SDK flag, routing, deploy.',
      'Possession 2: the order.',
      'Our staff phones first, Android and iPhone both.',
      'Then opted-in early buyers, five years and more with us, Pervomaisky first.',
      'Then everyone.',
      'New buyers and guesthouse deposits last: a failed first payment loses them.',
      'Possession 3: limits, written before traffic moves.',
      'Payment failures more than 0.5 % worse than now, and we unlace the felt covers.',
      'Any one-minute burst over 3 % failures on Android, the same.',
      'p99 payment time more than 300 ms worse, the same.',
      'Quarter 2, exclusion lifted on the monitor:',
      'I had left Android out of the early stages. Jok. The bursts hide there.',
      'Android is in from the first lattice wall.',
      'Quarter 2, possession 1.',
      'Stages: first lattice wall, 2 %, 3 days.',
      'Roof ring, 20 %, three Saturday evenings.',
      'Whole Osh bazaar.',
      'Each advance: the old usta and I both set the first tunduk on its poles.',
      'Quarter 3.',
      'Rollback: whoever is on call pitches the old yurts again, no need to call me.',
      'Any hour. Remote flag back to the old SDK. Two minutes.',
      'Quarter 4.',
      'Canary = safe. Better wallet conversion? A randomised A/B test afterwards.',
      'Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dw047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Salamatsyzby, this one is my favourite, because it is about 2 a.m. Referee's calls.",
      'Quarter 1, possession 1. The change: the price for renting and delivering a yurt for a toi is calculated by a new pricing service. Bookings peak at weekend nights and never stop. As PM I own who sees it first, the rollback limits and the holds. Engineering owns the service, the routing and the deploy.',
      'Quarter 1, possession 2. Order: staff bookings first; then customers who opted in to early access and have rented from us three years or more, Oktyabrsky and Leninsky; then everyone in Bishkek; then the regions; wedding planners and first-time renters last, because a wrong price on a wedding is a wrong price in front of three hundred guests.',
      'Quarter 1, possession 3. Limits fixed before Tuesday: quote errors more than 0.5 % worse than now, and we unlace the felt covers; quotes that differ from the old service by more than 5 % on more than 1 % of bookings, the same; p99 quote time more than 200 ms worse, the same; the billing batch finishing more than 20 minutes later than now, the same.',
      'Quarter 2, exclusion lifted on the monitor. I first wanted to exclude the nightly batch window from the canary, to be safe. On the second look: jok. The batch window is where the breach will come, so the canary must live through it, watched.',
      'Quarter 2, possession 1. Stages: the first lattice wall, 2 % from Tuesday evening, held three nights including the batch window; the roof ring, 25 %, held a full week of the World Nomad Games, so it crosses one weekend night peak; then the whole Osh bazaar. Before every stage the old usta and I both set the first tunduk on its poles.',
      'Quarter 3, possession 1, the 2 a.m. call. Whoever is on call pitches the old yurts again, no need to call me. No waiting for me, for the usta, for anyone: at any hour they flip the routing back to the old pricing service, it takes under five minutes, and in the morning we read what happened. I write this in the runbook before Tuesday.',
      'Quarter 4. The canary tells us the new pricing service is safe. Whether its prices are better for us is a randomised A/B test afterwards, not this.',
      'Rakhmat, game over.',
    ].join('\n\n'),
  },
];
