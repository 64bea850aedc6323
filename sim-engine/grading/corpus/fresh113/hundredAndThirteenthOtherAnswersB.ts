import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirteenth fresh set, author B: the other answers (do028–do040): middling,
 * weak, keyword salad, negated, misconception-led and off-topic, written blind (neither the grader
 * nor any other author's answers were read) and labelled by hand before anything else. The voice:
 * a Greenlandic (Nuuk) English register in speech with Kalaallisut and Danish words (calm, dry,
 * friendly; "aap", "naamik", "qujanaq", "ajunngilaq", "tak", "nå"), a soapstone and bone carving
 * workshop whose language model suggests which carving, stone and size suit a buyer, a shelf and a
 * budget, every answer a tennis umpire's calls, point by point and game by game, with one call
 * overruled after a challenge (README-b.md, LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_THIRTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'do028',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Quiet, please. The price of a carving, with shipping and duty, moves to a new pricing service, and the rollout starts Tuesday evening.',
      'Fifteen–love: who owns what. I own the limits and the question of who may pull it back; engineering owns the new pricing service, the routing and the deploy.',
      "Thirty–love: the limits, written on Tuesday afternoon, before the new service prices a single order: prices that differ from the old service's by more than 1 % on more than 0.2 % of orders; pricing errors more than 0.5 % worse than now; p99 more than 200 ms worse than now. Any one, and we set the files down.",
      'Forty–love: the night. Orders never stop, because collectors in Copenhagen and Tokyo buy while Nuuk sleeps, and the batch window shared with billing opens at two. So whoever is on call sets the old carvings back on the shelf, no need to call me: at any hour, two in the morning too, they switch the routing back to the old pricing service, about three minutes, without asking anybody.',
      "Challenge, call overruled: I called the batch window billing's problem. Naamik, the on-call reads the limits through it too.",
      'Game. After that we widen it step by step. Qujanaq.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'do029',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Umpire's notes · the bigger model for the suggestions",
      '15–0 · Who first: the carvers and shop staff, who catch a wrong stone at a glance. Then the early-access buyers who asked for it. Then buyers in Nuuk centre and Qinngorput with a few years of buying. First-time buyers and the old collectors last: those we cannot lose.',
      '30–0 · Stages: the first chip, 3 %, hold five days. The polishing bench, 25 %, hold a full week of the Nuuk Snow Festival. Then the whole gallery. No stage opens before its hold is done and the numbers below look as before.',
      "40–0 · What we watch on the model: the carvers' eval harness on long questions (wrong-fit suggestions), thumbs-down on suggestions, and cost per conversation for finance.",
      'Challenge, call overruled: I called cost per conversation a finance matter only. Naamik, it sits on the board with the others.',
      'Game · The rest engineering knows. Tak.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'do030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      '1. Quiet, please. The catalogue search moves to a new index layout, smaller and cheaper to host.',
      '2. Fifteen–love, the limits, fixed before the first query moves: p99 search time more than 200 ms worse than now, and p99.9 more than 500 ms worse than now, read apart for searches with three filters or more (stone, animal, size, carver, price); search errors more than 0.5 % worse than now; searches ending in an order more than 2 % worse than now. Any one, and we set the files down.',
      '3. Thirty–love, the stages: the first chip at 5 %, hold four days; the polishing bench at 30 %, hold 20,000 filtered searches; then the whole gallery.',
      '4. Forty–love, each advance: the old carver and I both turn the first piece in our hands.',
      '5. Challenge, call overruled: I called the median the number to watch. Naamik, the median got faster; the slowness hides in the tail.',
      '6. Game. If something goes wrong, we go back. Ajunngilaq.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'do031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Quiet, please. Fifteen–love: the cheaper model goes out to some buyers first. Thirty–love: we watch how it does. Forty–love: if buyers don't like the suggestions, they will tell us, and we go back. " +
      'Challenge, call overruled: I said we would wait for the ratings. Nå, few buyers rate anything, so we ask the carvers what they think of it now and then. Game: engineering does the rest; they are good at this. Qujanaq.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'do032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Quiet, please.',
      'Fifteen–love: it is only the pricing page for commissions.',
      'Thirty–love: the table is clearer, and nothing behind it changes.',
      'Forty–love: the campaign links to it on Friday.',
      'Challenge, call overruled: I called Friday morning for the release.',
      'Naamik, Thursday, so it is not new on campaign day.',
      'Game: we put it out on Thursday and look at the numbers on Friday.',
      'If they look bad, we change it back.',
      'Ajunngilaq.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'do033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Quiet, please. Fifteen–love: canary, 1 %, 5 %, 25 %, 100 %. Thirty–love: thumbs-down, German, du, Sie, p95, 300 ms, tokens, eval harness, prompt, warmer. Forty–love: Nuussuaq, Qinngorput, ten years buying, early access, cohort, cohort, cohort. ' +
      'Deuce: rollback, flag, on-call, two minutes, 0.5 %, 2 %, sign-off, hold, gate. Challenge, call overruled: A/B, randomised, safe, better, hallucination, first chip, polishing bench, whole gallery. Advantage: Snow Festival, files, shelf, old carver, thresholds. Game: aap, naamik, tak.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'do034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Score | Call',
      '15–0 | resizer, memory, 20 % faster, new photo format, restart, Thursday',
      '30–0 | p99, 200 ms, errors, 0.5 %, heap, hours, restarts',
      '40–0 | canary 2 % 10 % 50 % 100 %, Myggedalen, Kolonihavnen, years buying',
      'Deuce | thresholds, thresholds, rollback, holds, sign-off',
      'Challenge, call overruled | A/B, safe, better, cohorts, limits, config switch, minutes',
      'Advantage | on-call, any hour, old carvings, shelf',
      'Game | first chip, polishing bench, whole gallery, qujanaq',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'do035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Quiet, please. Larger photos and a size guide on the carving pages, and the staff browse those pages all day without buying. Fifteen–love: I will not sort buyers into an order; no staff first, no early-access list, no collectors kept for last. ' +
      'Thirty–love: we write no limits beforehand, not for errors, not for page time, not for orders. Forty–love: no stages, no first chip, no polishing bench, no hold of days or of orders. Deuce: nobody signs off an advance, not the old carver, not me. ' +
      'Advantage: I would not put anyone on call to switch it back, not at night and not in minutes. Challenge, call overruled: I nearly called for an A/B test afterwards. Naamik, we will not run one, and we will not say what the canary shows either. Game: none of that. Tak.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'do036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Umpire's notes · the new suggestion model, Nuuk and Tokyo",
      '15–0 · No order of buyers: not the carvers first, not the early-access list next, not the collectors last.',
      '30–0 · No limits written before: not for feature-store timeouts, not for p95, not for thumbs-down, not for the harness.',
      '40–0 · No stages and no holds: no first chip, no polishing bench, no week of the Snow Festival.',
      'Deuce · No sign-off at any gate; the old carver and I turn nothing in our hands.',
      'Advantage · No on-call switch back at one in the morning, no rollback in minutes.',
      'Challenge, call overruled: I began to call the eval harness and the thumbs-down as things to watch. Naamik, we watch neither.',
      'Game · And no A/B test afterwards. Nå.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'do037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T'),
    text: [
      'Quiet, please. The bigger model for the suggestions.',
      'Fifteen–love: I own the order of buyers, the limits and the holds; engineering owns the routing, the deploy and the model flag.',
      'Thirty–love: the carvers and shop staff first, because they spot a wrong stone at once; early-access buyers who opted in next; ordinary buyers by neighbourhood and years buying after that; first-time buyers and old collectors last, since they are the ones we can least afford to lose.',
      'Forty–love: the limits, written before any buyer moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, and we set the files down.',
      'Game, and here is the main point: the canary is our A/B test. If the buyers on the bigger model buy more carvings than the rest, that proves the bigger model is better, and finance has its answer on cost per conversation too. We need no separate test afterwards.',
      'Challenge, call overruled: I called the cohorts random at first. Naamik, they go in the order above.',
      'Game, set. Ajunngilaq.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'do038',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text: [
      '1. Quiet, please. Reviews move above the fold and the photo gallery loads lazily. Last week was the spring sale, 20 % off everything.',
      '2. Fifteen–love, the order: workshop staff first; early-access buyers who opted in next; buyers in Nuuk centre and Nuussuaq with years of buying after; first-time buyers last, because a page that confuses them loses them.',
      '3. Thirty–love, the limits: we do not write them down beforehand; we decide them while we watch. When the graphs come in we see what looks normal for this week and draw the line there.',
      '4. Forty–love, the widening: we widen it when it looks fine.',
      "5. Challenge, call overruled: I called last week's sale numbers our baseline. Naamik, a sale week is no baseline for anything.",
      '6. Game, the rollback: whoever is on call sets the old carvings back on the shelf, no need to call me: any hour, a config switch, two minutes, no redeploy.',
      '7. Tak.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'do039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Quiet, please. Nå, let me call the workshop's year instead.",
      'Fifteen–love, to the stone. The soapstone comes by boat in the summer, grey and green, soft enough to cut with a knife while it is fresh from the ground.',
      'Thirty–love, to the bone and antler: reindeer antler from the hunters up the fjord, and musk-ox horn when we can get it.',
      'Forty–love, to the carvers: three of them, and the old carver forty years at the bench.',
      'Game, to the tupilaq, the small fierce figures the visitors love.',
      'Challenge, call overruled: I called the tupilaq an old toy. Naamik, it was a spirit figure, made to send harm; the ones for sale came much later, for visitors.',
      'Game, set: in winter we open the workshop to schoolchildren on Thursday afternoons, and they go home with stone dust in their hair. Qujanaq.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'do040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Umpire's notes · the shop window for the Snow Festival",
      '15–0 · The big bear in grey soapstone goes in the middle.',
      "30–0 · Small pieces at children's eye height.",
      '40–0 · Warm lamps, not blue ones.',
      'Game · Prices on handwritten cards, in Kalaallisut, Danish and English.',
      '15–0 · The cruise season is over; the window is for Nuuk people now.',
      'Challenge, call overruled: I called the drum-dancer mask for the corner. Naamik, the old carver wants it by the door.',
      '30–0 · We change the window every second Sunday.',
      'Game, set · Qujanaq.',
    ].join('\n'),
  },
];
