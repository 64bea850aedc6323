import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-first fresh held-out set, author C: the thirteen answers that are not
 * strong (dw048–dw060): three middling, two weak, two keyword salad, two negated, two
 * misconception-led and two off-topic, seven on service scenarios and six on model scenarios.
 * Voice: a Kyrgyz (Bishkek) English register in speech with Kyrgyz words (hearty, direct,
 * teasing; "salamatsyzby", "rakhmat", "ooba", "jok", "makul"), a yurt-making workshop whose
 * language model suggests which yurt, lattice and size suit a family, a guesthouse and a budget;
 * every answer a water-polo referee's calls, quarter by quarter and possession by possession, with
 * one exclusion lifted on the monitor. Stages: the first lattice wall, the roof ring, the whole
 * Osh bazaar; sign-off as "the old usta and I both set the first tunduk on its poles"; holds as a
 * full week of the World Nomad Games or a count of days or orders; thresholds as "more than N
 * worse than now, and we unlace the felt covers"; cohorts by Bishkek district and years buying;
 * rollback as "whoever is on call pitches the old yurts again, no need to call me". Labelled by
 * hand when written (LABEL-NOTES-c.md): only the points each answer commits to as its own plan;
 * held out entirely.
 */
export const HUNDRED_AND_TWENTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dw048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Salamatsyzby. Quarter 1, possession 1: the checkout on our yurt shop goes from three steps to one page, saved addresses and cards filled in by themselves. Who owns what: I, the PM, own which customers go first and the limits; the engineers own the flag and the deploy.',
      'Quarter 1, possession 2: the order. Workshop staff first, then the families who opted in to early access and have bought from us for years, then everyone, and first-time buyers last, because they have no saved address, and the Nooruz campaign brings exactly them.',
      'Quarter 2, exclusion lifted on the monitor: I had excluded first-time buyers completely. Second look: they come in, last.',
      'Quarter 2, possession 1: limits, set before any traffic moves. First-order conversion more than 2 % worse than now, and we unlace the felt covers; checkout errors more than 0.5 % worse than now, the same.',
      'Quarter 3: then we roll it out bit by bit and watch. Makul, that is my match.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Salamatsyzby. Calls from the pool.',
      '- Quarter 1: a bigger model for our yurt advisor, longer context. We start with a random 5 % of customers and widen it when it looks fine.',
      '- Quarter 1, possession 2: limits, written before we start. Hallucination rate from the eval harness more than 1 point worse than now, and we unlace the felt covers; cost per conversation more than 25 % above now, the same; thumbs-down more than 2 points worse, the same; errors more than 0.5 % worse, the same.',
      '- Quarter 2, exclusion lifted on the monitor: I had excluded cost from the limits. Finance asked, so it is back in.',
      '- Quarter 3: rollback. Whoever is on call pitches the old yurts again, no need to call me: any hour, a config switch, about three minutes.',
      "- Quarter 4: after that, everyone. Ooba, that's it.",
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dw050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'Salamatsyzby! Numbered, like my notes for the federation.',
      '1. Quarter 1, possession 1: our catalogue search (yurts, lattices, felt) moves to a smaller, cheaper index.',
      '2. Quarter 1, possession 2: stages. The first lattice wall, 5 %, held four days; the roof ring, 30 %, held a full week of the World Nomad Games; then the whole Osh bazaar. We move on only when the gate is green.',
      '3. Quarter 2, exclusion lifted on the monitor: I had excluded filter-heavy searches from the first stage. Second look: they go in from the start, that is where the slowness lives.',
      '4. Quarter 2, possession 2: at each gate the old usta and I both set the first tunduk on its poles.',
      '5. Quarter 3: if it looks slow, we sit down together and decide what to do.',
      '6. Quarter 4: the canary says the index is safe, not that it is better. A randomised A/B test afterwards says whether customers find their yurt better.',
      'Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Salamatsyzby! Quarter 1: a new, cheaper model for our yurt suggestions. Good news for the budget, ooba. Quarter 2, exclusion lifted on the monitor: I said no canary at all, then I looked again and said fine, a small canary. We put it out to some customers, watch how it goes, and if people complain we go back. Quarter 3: the engineers know this business well, I trust them. Quarter 4: then everyone gets it. Rakhmat.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dw052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Salamatsyzby. Quarter 1, possession 1: a new comparison table on our yurt price page. Quarter 1, possession 2: marketing wants it for Friday's campaign. Quarter 2, exclusion lifted on the monitor: I wanted to skip the canary, it is only a page; the team said do it anyway, makul. So we show it to some people, then more people, then everyone, and keep an eye on it. If something is wrong, we fix it. Rakhmat.",
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Quarter 1 possession 1 canary prompt warmer tone Siz ty Russian Kyrgyz 25 % thumbs-down eval harness p95 200 ms 0.5 % error rate first lattice wall roof ring whole Osh bazaar cohort Leninsky Oktyabrsky years buying 3 years 5 years threshold hold gate sign-off usta tunduk rollback flag on call A/B randomised hallucination tokens cost per conversation. Quarter 2 exclusion lifted on the monitor. Felt covers 1 % 5 % 25 % 100 % World Nomad Games guardrail metric baseline control cohort. Ooba makul rakhmat.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dw054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Salamatsyzby. Resizer, new photo format, memory, 20 % faster, Thursday, restart, deploy. Quarter 1: p99, p50, errors 0.5 %, memory 80 %, heap, lattice wall, roof ring, whole Osh bazaar. Possession 2: cohort, district, Pervomaisky, Sverdlovsky, years buying, staff, early access, hold, gate, 24 h, 72 h, sign-off, usta. Quarter 2, exclusion lifted on the monitor: rollback, routing, flag, five minutes, on call, felt covers, World Nomad Games. Quarter 3: canary, A/B, safe, better. Jok. Ooba.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dw055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Salamatsyzby. Quarter 1, possession 1: reviews go above the fold and the photo gallery lazy-loads, the week after our spring sale. Cosmetic. So my calls are mostly 'no foul'.",
      'Quarter 1, possession 2: staff first, then opted-in families, then the rest? Jok, no order of customers, not for a page like this.',
      'Quarter 1, possession 3: limits written in advance, like orders more than 2 % worse than now and we unlace the felt covers? Jok, I will not write those down.',
      'Quarter 2, exclusion lifted on the monitor: I had excluded myself from the release meeting. Second look, fine, I come, but only to say jok.',
      'Quarter 2, possession 1: stages, the first lattice wall, the roof ring, the whole Osh bazaar, with holds between? No stages, no holds.',
      'Quarter 3: the old usta and I setting the first tunduk before each step? No sign-off, not needed.',
      'Quarter 3, possession 2: someone on call who switches back at 3 a.m. without me? No, nobody switches anything without me.',
      'Quarter 4: and a randomised A/B test afterwards to see if it is better? No, we will not run one.',
      'Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Salamatsyzby, quarter by quarter, and all my calls go against.',
      'Quarter 1: a PM owning the cohort order and the limits while engineering owns the routing? Jok, I leave all of it to engineering.',
      'Quarter 1, possession 2: staff and opted-in customers first, California buyers and guesthouse owners last? Jok, I am not doing an order.',
      'Quarter 1, possession 3: numbers before traffic, feature-store p99 more than 150 ms worse and we unlace the felt covers? Jok.',
      'Quarter 2, exclusion lifted on the monitor: I had excluded the night hours from watching. Lifted, because I do not watch any hours anyway.',
      'Quarter 2, possession 1: stages with holds, a full week of the World Nomad Games at the roof ring? Jok, no holds.',
      'Quarter 2, possession 2: the old usta and I setting the first tunduk at each gate? Jok.',
      'Quarter 3: whoever is on call switching back at 1 a.m. without asking? Jok, I would not allow it.',
      'Quarter 3, possession 2: watching click-through and empty suggestions, not only errors? Jok, errors are enough. Actually, not even errors.',
      'Quarter 4: a canary for safe and a randomised A/B test for better? Jok to both.',
      'Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H'),
    text: [
      "Salamatsyzby! Referee's calls.",
      'Quarter 1, possession 1: the warm new prompt for our yurt advisor. My part as PM is the order of customers and the stages; engineering owns the routing and the prompt flag.',
      'Quarter 1, possession 2: here is the main thing. The canary proves the warm prompt is better than the old one, so the canary is our A/B test: if the canary customers order more yurts, warm wins and we ship.',
      "Quarter 1, possession 3: the order. Workshop staff first, then opted-in customers who have bought from us five years and more in Sverdlovsky, then everyone, and the newcomers who write in Russian or Kyrgyz last, because the casual 'ty' can offend them before they trust us.",
      'Quarter 2, exclusion lifted on the monitor: I had excluded Kyrgyz writers entirely. Second look, they come in, last.',
      'Quarter 2, possession 1: stages. The first lattice wall, 2 %, held four days; the roof ring, 25 %, held a full week of the World Nomad Games; then the whole Osh bazaar.',
      'Quarter 3: at the end we compare order rates between the canary and the rest, and that is our proof of better. Rakhmat.',
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dw058',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      'Salamatsyzby. Quarter 1, possession 1: a new date picker and a shorter form on our yurt order page. Families choose the assembly day, talk it over at home, and order later.',
      'Quarter 1, possession 2: limits. We do not fix numbers before; we decide the limits while we watch. You see the dashboard, you know what is bad. Writing a number in advance is guessing.',
      'Quarter 1, possession 3: the order. Workshop staff first, then opted-in families who have bought from us three years and more in Pervomaisky and Leninsky, then everyone, and first-time buyers last, because they are the most likely to give up on a strange form.',
      'Quarter 2, exclusion lifted on the monitor: I had excluded mobile browsers. Second look, they come in with everyone.',
      'Quarter 2, possession 1: before we go wider, the old usta and I both set the first tunduk on its poles, each time.',
      'Quarter 3: rollback. Whoever is on call pitches the old yurts again, no need to call me: any hour, the flag back to the old page in two minutes.',
      'Quarter 4: 100 % this afternoon? Jok, we widen when it looks fine. Rakhmat.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dw059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: 'Salamatsyzby! Before any canary, let me tell you how a yurt goes up, because nobody in interviews knows. Quarter 1, possession 1: the lattice walls, the kerege, open like an accordion and are tied into a circle. Possession 2: the door frame goes in, facing the sunrise. Quarter 2, exclusion lifted on the monitor: I said the roof poles go in before the door; my grandfather watched it again and said jok, door first. Quarter 2, possession 1: the strongest nephew lifts the tunduk on a pole, and the uuk poles go in one by one. Quarter 3: the felt covers, then the reed screen, then the woven bands. Quarter 4: tea, boorsok, and everyone sits down. Two hours for a family yurt, ooba. Rakhmat.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Salamatsyzby. You asked about the canary, but first Saturday's match, it is the same thing in my head.",
      'Quarter 1, possession 1: the sprint, the home centre-forward wins it.',
      'Possession 2: ordinary foul, free throw, shot clock at thirty.',
      "Quarter 2, exclusion lifted on the monitor: I excluded the visitors' number 7 for holding; on the monitor it was the home player's arm, so he swims back in.",
      'Quarter 3: penalty, five metres, goal.',
      'Quarter 4: timeout, the coach shouts in Russian, I pretend not to hear. Nine-eight.',
      'The cheaper model for our yurt suggestions, that the engineers decide. Makul, rakhmat.',
    ].join('\n'),
  },
];
