import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eighteenth fresh held-out set, author B: the other answers (dt028–dt040):
 * middling (dt028–dt030), weak (dt031–dt032), keyword salad (dt033–dt034), negated
 * (dt035–dt036), misconception-led (dt037–dt038) and off-topic (dt039–dt040), six on model
 * scenarios and seven on service scenarios.
 *
 * Voice: a Sorbian (Bautzen, Lusatia) English register in writing with Sorbian and German words
 * (careful, quiet, dry; "dobry dźeń", "dźakuju so", "haj", "ně", "also", "gut"), the PM of an
 * Easter-egg painting workshop whose language model suggests which egg, pattern and gift box suit
 * a buyer, a family and a budget; every answer a sheepdog-trial judge's scoresheet, run by run
 * (outrun, lift, fetch, drive, pen), with one run's points deducted again after the judges
 * compared notes. Labelled by hand as each answer was written, with the strict interviewer's rule
 * (LABEL-NOTES-b.md, README-b.md): a practice named only to be rejected is not covered, salad
 * earns nothing, and a misconception's own point is never labelled. Held out entirely, graded
 * once by a grader tuned without it.
 */
export const HUNDRED_AND_EIGHTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dt028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Scoresheet for the one-page checkout in our egg shop. Returning buyers liked it in the lab; the spring campaign before Easter brings the most first orders.',
      'Run 1, outrun. Painters and shop staff order through it first, then the early pattern list who opted in, then returning buyers by village and years buying. First-time buyers last, because the lab never saw them and the campaign is theirs.',
      'Run 2, lift. Limits, agreed before any buyer sees it: checkout errors more than 0.5 % worse than now, first orders completed more than 3 % worse than now, and we put the lid on the wax tin.',
      'Run 3, drive. The first wax line 5 %, the colour pot 25 %, the Bautzen Easter market 100 %, each held 4 days and at least 500 orders, going on only when the limits are clean.',
      'Run 3, points deducted again: the judges compared notes. First-time buyers come last, so the colour pot also needs 300 first orders of its own before we go on.',
      'Run 4, pen. The rest the engineers know better than I do. Also, gut.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt029',
    scenario: 'model',
    class: 'middling',
    points: points('S R M'),
    text: [
      'Scoresheet, bigger model for the egg adviser, notes only.',
      'Run 1, outrun: newer model, longer context, same prompt. Offline evals up three points, on short questions only.',
      'Run 2, lift: we switch it on for some buyers and look.',
      'Run 3, fetch: beside errors we watch three things: suggestions the eval harness marks wrong, thumbs-down from buyers, and cost per conversation, which the treasurer wants. These three decide whether we go on.',
      'Run 4, drive: each time we widen it, the master painter and I sign it off; both hang the first egg on the Easter tree.',
      'Run 5, pen: whoever is on call puts the old eggs back in the straw, no need to call me. Any hour, the model flag back, five minutes, no redeploy.',
      'Run 5, points deducted again: the judges compared notes; I did not say how big each widening is. Ně, I do not know it yet.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dt030',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Dobry dźeń. Scoresheet for the new pattern search index: smaller, cheaper, faster in the median. Rare searches with many filters were never benchmarked.',
      'Run 1, outrun. The split first. I decide who sees it, when we stop and how long we wait; the engineers own the index, the routing and the flags.',
      'Run 2, lift. We put it out to a random 5 % of searches.',
      'Run 3, fetch. We look at the slow searches, the ones with many filters (village, colour, technique, year), not only the median.',
      'Run 4, drive. If it looks fine after a while, we widen it.',
      'Run 4, points deducted again: the judges compared notes, and "a while" is not a number. Haj, I leave it so.',
      'Run 5, pen. Whoever is on call puts the old index back in the straw, no need to call me: at any hour, one routing switch, done in minutes, no redeploy.',
      'Last word. The canary shows only that the index is safe. Whether it is better for buyers is a question for a randomised A/B test later.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Scoresheet, short, and I mark myself low. Run 1, outrun: the cheaper model for the egg adviser is good, the tests say so. Run 2, lift: we give it to some buyers first. Run 3, fetch: we see whether it works. Run 4, drive: if buyers are unhappy, we go back. Run 4, points deducted again, after the judges compared notes: I should say more, also. Run 5, pen: then everybody gets it. Haj.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dt032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Scoresheet for the new photo resizer.',
      'Run 1, outrun: the engineers say it is 20 % faster, and I trust them.',
      'Run 2, lift: we put it out slowly, a bit more each day.',
      'Run 3, fetch: everybody has it by Thursday, as the team wants.',
      'Run 3, points deducted again: the judges compared notes. Maybe Friday. Also.',
      'Run 4, drive: we keep an eye on the egg photos.',
      'Run 5, pen: if something breaks, the engineers fix it. Gut.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dt033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Scoresheet: outrun lift fetch drive pen. Canary 1 % 5 % 25 % 100 %. Feature store, feature store, Texas evening 02:00 Bautzen, p95 p99 0.5 % 250 ms, thumbs-down, eval harness, hallucination, tokens per suggestion, cohort Crostwitz ten years, cohort Serbin twenty years, threshold gate hold sign-off, master painter, Easter tree, wax tin, straw, rollback flag config, A/B randomised, safe better. Run 5, points deducted again: 3 % 2 % 1.5 points, gate gate hold, the first wax line the colour pot the Bautzen Easter market. Haj, gut, dźakuju so.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dt034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Run 1 outrun: pricing page, comparison table, campaign Friday, 1 %, 10 %, 50 %, 100 %.',
      'Run 2 lift: conversion, bounce, p99 200 ms, errors 0.5 %, baseline, control.',
      'Run 3 fetch: cohort, village, years buying, early pattern list, painters, staff.',
      'Run 4 drive: hold, gate, 3 days, 500 orders, sign-off, master painter.',
      'Run 4, points deducted again: rollback, on-call, straw, minutes, config, flag.',
      'Run 5 pen: A/B, safe, better, canary, canary, canary. Haj.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dt035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Scoresheet for the new course booking page, with the new date picker and the shorter form. I mark myself low, on purpose.',
      "Run 1, outrun. I would not split what is mine from what is the engineers'; ně, in a workshop of five that is paperwork.",
      'Run 2, lift. I would not choose an order of buyers: not painters first, not the early pattern list next, not the new families last.',
      'Run 3, fetch. I would not write down any rollback limits before traffic moves, no error rate, no bookings number.',
      'Run 4, drive. No stages, no first wax line, no colour pot, and no hold at any of them.',
      'Run 4, points deducted again: the judges compared notes, and still I would not have anybody sign off an advance, not the master painter, not me.',
      'Run 5, pen. I would not keep the on-call ready to put the old page back, not at night, not by a switch.',
      'Last word. And I would not follow it with a randomised A/B test either. Also, ně.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dt036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Judge's notes, warmer adviser prompt, German and Sorbian buyers included.",
      "Run 1, outrun: no line between my part and engineering's. Not needed.",
      'Run 2, lift: no order of buyers; not painters first, not German writers last.',
      'Run 3, fetch: no limits written before, no numbers at all.',
      'Run 4, drive: not watching thumbs-down per language, not the eval harness, not cost per chat.',
      'Run 4, points deducted again, notes compared: still no stages and no holds.',
      'Run 5, pen: nobody signs off; the master painter and I hang no egg on any tree.',
      'Rollback: no on-call switch, no straw.',
      'A/B test afterwards: ně.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dt037',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: [
      'Scoresheet for the bigger egg adviser, run by run.',
      'Run 1, outrun. Our painters in the workshop first, then the early pattern list who opted in, then buyers by village and years buying; the newest buyers last, because one bad first suggestion and they are gone.',
      'Run 2, lift. We watch the suggestions the eval harness marks wrong, the thumbs-down rate and the cost per conversation, and we stop when they go bad.',
      'Run 3, fetch, the heart of it. The canary proves the new model is better, so it is our A/B test. When the canary buyers order more gift boxes than the others, that is the proof the bigger model wins, and no separate test is needed afterwards.',
      'Run 3, points deducted again: the judges compared notes, because I first wrote that the canary only shows it is safe. Ně, it shows better too; the order numbers say so.',
      'Run 4, drive. We widen it as the gift-box numbers climb.',
      'Run 5, pen. Whoever is on call puts the old eggs back in the straw, no need to call me: at any hour, the model flag back in the config, a few minutes, no redeploy. Dźakuju so.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dt038',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      'Dobry dźeń. Scoresheet for the egg pages with larger photos and a size guide (hen, duck, goose).',
      'Run 1, outrun. Painters and shop staff first, though they look at the pages all day and almost never buy; then the early pattern list who opted in; then buyers by village and years buying; new buyers last, because they are the ones a confusing page loses.',
      'Run 2, lift. The limits we decide while we watch. Nobody knows before how staff traffic looks, so numbers written down first are guessing; at the dashboard we see what is normal and draw the line there.',
      'Run 2, points deducted again: the judges compared notes and said limits belong on paper before. Ně, I keep it; the dashboard tells us.',
      'Run 3, drive. The master painter and I sign off each widening; we both hang the first egg on the Easter tree.',
      'Run 4, pen. Whoever is on call puts the old pages back in the straw, no need to call me: at any hour, a flag switched back in a few minutes, no redeploy, no waiting for me. Gut.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dt039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: 'Scoresheet, though not the one you asked for. Run 1, outrun: the egg is blown empty through two small holes and washed. Run 2, lift: with a goose quill we lay the first wax line, dot and stroke, the old Lusatian way. Run 3, fetch: into the colour, then more wax, then the next colour, darker each time. Run 4, drive: the wax melts off by the candle, and the pattern stands white on red. Run 4, points deducted again, after the judges compared notes: the red was too weak; onion skins, not beetroot. Run 5, pen: at the Easter market a family takes three home for their tree. Dźakuju so.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dt040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Scoresheet of the week after our Easter sale.',
      '',
      'Run 1, outrun. The sale ended Sunday at midnight; twenty per cent off everything, and the shelves are half empty.',
      'Run 2, lift. Monday the painters sleep long. Gut, they earned it.',
      'Run 3, fetch. We count the quills and the wax, and order goose eggs from the farm in Radibor.',
      'Run 4, drive. The master painter teaches two new apprentices the scratching technique.',
      'Run 4, points deducted again: the judges compared notes. It is three apprentices, not two; the third comes from Wittichenau.',
      'Run 5, pen. Saturday is the sheepdog trial behind the church, and the whole workshop goes to watch. Haj.',
    ].join('\n'),
  },
];
