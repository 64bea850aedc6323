import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirteenth fresh set, author A: the other answers (do008–do020): middling,
 * weak, keyword salad, negated, misconception-led and off-topic. Voice: a Galician (Vigo) English
 * register in speech with Galician and Spanish words ("bos días", "moi ben", "xa", "graciñas",
 * "vale", "home"), a gaita (Galician bagpipe) maker whose language model suggests which gaita,
 * drone and reed suit a player, a band and an occasion; every answer a rally co-driver's pace
 * notes read out stage by stage, with one note corrected. Labelled by hand when written, before
 * anything else; final.
 */
export const HUNDRED_AND_THIRTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'do008',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Boas. Pace notes for the bigger model in the gaita assistant.',
      'Note 1. Limits before we start, written in the book: wrong-fit suggestions from the eval ' +
        'harness more than 1 point worse than now, and we pull the reeds; thumbs-down more than 2 ' +
        'points worse than now, and we pull the reeds; cost per conversation more than 5 cents ' +
        'worse than now, the same.',
      'Note 2. We take a random 5 % of conversations for the first reed and hold it four days.',
      'Note 2, corrected: four days or 500 conversations, whichever is longer.',
      'Note 3. The turning lathe, 30 %, held a full week of the Festa do Marisco, then the whole ' +
        'band.',
      'Note 4. If something goes badly we go back to the old model; engineering knows how.',
      'That is the stage. Xa está.',
    ].join('\n\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'do009',
    scenario: 'service',
    class: 'middling',
    points: points('C S R'),
    text: [
      'Pace notes, one-page checkout. Quick ones.',
      '- Note 1: order. Workshop staff first, they buy their own reeds here. Then the ' +
        'early-access players in Teis who asked for it. New buyers last: first orders are the ' +
        "spring campaign's whole point and the most fragile thing we have.",
      '- Note 2: watch conversion and errors as we go, and set the numbers once we see how it ' +
        'behaves.',
      '- Note 2, corrected: watch first-order conversion apart from the returning buyers, because ' +
        'saved cards make the returning side look great.',
      '- Note 3: open it up when it looks fine.',
      '- Note 4: at each step the master piper (Marta, head of the shop team) and I both blow the ' +
        'first note.',
      '- Note 5: the ditch. Whoever is on call lays the old chanters back in the drawer, no need ' +
        'to call me: the old checkout sits behind a flag, two minutes, day or night.',
      'Vale.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'do010',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Pace notes, the new basket model.',
      'Note 1: who drives. I own the order of players, the limits and how long we hold; ' +
        'engineering owns the routing, the feature stores and the flag.',
      'Note 2: what we watch the whole road: wrong-fit rate from the eval harness, take-up of ' +
        'suggested baskets, and thumbs-down on suggestions, next to errors and latency.',
      'Note 3: we start small and grow it as the numbers allow.',
      'Note 3, corrected: small means 5 %, then we see.',
      'Note 4: if it runs off the road, we go back.',
      'Note 5: the finish line is not a prize. The canary says it is safe; whether it sells more ' +
        'gaitas is a randomised A/B test afterwards.',
      'Ai, and the Buenos Aires bands, we keep an eye on them too. Moi ben.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'do011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Bos días. Pace notes for the new search index on the reed and sheet-music catalogue.',
      'Note 1: it is smaller and cheaper. Good.',
      'Note 2: we put it out to some players and see how search feels.',
      'Note 2, corrected: some players, and the teachers too, they search a lot.',
      'Note 3: if it feels slow, we go back to the old one.',
      'Note 4: then everyone. Finish. Xa.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'do012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Home, pace notes? For a cheaper model the road is short. Note 1: the cheaper model ' +
      'suggests reeds faster, and that is nice for the players. Note 2: we switch it on and keep ' +
      'an eye on the ratings. Note 3: few players rate, so we ask the workshop what they think. ' +
      'Note 3, corrected: we ask the workshop and a couple of teachers. Note 4: if they are ' +
      'happy, everybody gets it. Graciñas.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'do013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Pace notes. Note 1: canary 1 % 5 % 25 % 100 %, managed cluster, proxy, p99 200 ms, error ' +
      'rate 0.5 %. Note 2: cohort, staff, beta, Teis, Bouzas, 5 years, rollback flag, config, ' +
      'minutes. Note 3: hold, gate, sign-off, master piper, first note, first reed, turning ' +
      'lathe, whole band. Note 3, corrected: warm cache, cold cache, read replica, failover, 30 ' +
      'days, decommission. Note 4: thresholds, A/B, safe, better, Festa do Marisco, on call, ' +
      'drawer, chanters. Vale, moi ben.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'do014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Pace notes, warmer prompt.',
      '1: prompt, tone, Sie, du, 25 % German.',
      '2: thumbs-down 2 %, eval harness, 1 in 100, p95 300 ms, tokens.',
      '3: first reed 3 %, turning lathe 25 %, whole band 100 %, 5 days, 7 days.',
      '4: sign-off, master piper, pull the reeds, more than 2 worse.',
      'Note 4, corrected: on call, chanters, drawer, config flag, 3 minutes.',
      '5: canary, A/B, randomised, safe, better, cohorts, Alcabre, Navia, 10 years.',
      'Bos días, graciñas.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'do015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Pace notes for the reviews-above-the-fold page, and, home, most of these notes say what we ' +
        'will not do.',
      'Note 1: I will not split it into what I own and what engineering owns; it is cosmetic, ' +
        'everyone owns it.',
      'Note 2: no order of players: not staff first, not early access, nobody held back for the ' +
        'new buyers.',
      'Note 3: we will not write limits before the start; no numbers.',
      'Note 4: no stages and no holds, no first reed and no turning lathe.',
      "Note 4, corrected: no hold at all, not even a day to let last week's sale wash out.",
      'Note 5: nobody signs each step off; no master piper blowing any first note.',
      'Note 6: no on-call rollback switch either.',
      'Note 7: and no A/B test afterwards to see whether it sells.',
      'That is the whole stage. Vale.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'do016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'Bos días. Pace notes for the basket model, though I would skip most of the road book. ' +
      'Note 1: I would not fix limits on the feature-store timeouts before we start, and I would ' +
      "not gate on take-up or on the harness's wrong-fit rate. Note 2: I would not order the " +
      'players either: no workshop first, no early-access Vigo players, no holding back the ' +
      'Buenos Aires bands or the first-year pipers. Note 3: there will not be named stages or ' +
      'holds, no first reed and no week of the Festa do Marisco. Note 3, corrected: not even a ' +
      'hold through the Buenos Aires evening peak. Note 4: nobody signs off the advance, not me ' +
      'and not the master piper. Note 5: I will not give the on-call engineer a switch to roll ' +
      'back at night without asking me, and I do not separate what I own from what engineering ' +
      'owns. Note 6: no A/B test afterwards either. Moi ben, that is it.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'do017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: [
      '1. Bos días. Pace notes for the warmer prompt. Straight to it: the canary proves the warmer ' +
        'prompt is better, so it is our A/B test. No test afterwards; this is the test.',
      '2. Order: workshop staff first, then the early-access players in Coia who asked for it, ' +
        'then the players writing in English, and the German-writing quarter last, because formal ' +
        'address is where the new tone can offend.',
      '3. The first reed: 5 %, held five days.',
      'Note 3, corrected: eight days, so two weekends of band orders count.',
      '4. The turning lathe: 30 %, held a full week of the Festa do Marisco.',
      '5. The whole band: everyone.',
      '6. At each stage the master piper (Antía, the model lead) and I both blow the first note ' +
        'before it moves.',
      '7. When thumbs-up in the canary beats the old prompt, that is our proof it is better, and ' +
        'we take it to everyone. Vale.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'do018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Pace notes for the new date picker on the fitting-booking page.',
      'Note 1: the road book is mine: who goes first, when we stop. Engineering drives: the ' +
        'client-side store, the deploy, the flag.',
      'Note 2: limits? We decide limits while we watch. You cannot know the right number for a ' +
        'booking page until you see it live, so I read the dashboard and say where the line is.',
      'Note 3: order. Workshop staff book test fittings first; then the early-access players from ' +
        'Navia and Sárdoma who asked for it; then the rest; first-time bookers last, they have no ' +
        'habit to fall back on.',
      'Note 4: we widen it when it looks fine.',
      'Note 4, corrected: when it looks fine after lunch, not before.',
      'Note 5: whoever is on call lays the old chanters back in the drawer, no need to call me. ' +
        'The old picker is a flag away, three minutes, any hour.',
      'Xa.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'do019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'Bos días! You asked about the pricing page, but let me give you the pace notes for fitting ' +
      "a first gaita; it is the better story. Note 1: the player's hands first; small hands, a " +
      'gaita in Do with a shorter chanter. Note 2: the drones: one ronco is plenty for a ' +
      'beginner; the ronqueta and the chillón can wait. Note 3: the reed: a soft palleta for the ' +
      'first year, cane and not plastic. Note 3, corrected: a medium palleta if they already ' +
      'play another wind instrument. Note 4: the bag, leather or synthetic; Vigo is wet, so ' +
      'synthetic. Note 5: for a wedding in Cangas, a gaita in Si bemol sits nicely with the ' +
      'tamboril. Graciñas.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'do020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Pace notes for the photo shoot, since the change is bigger photos.',
      'Note 1: daylight off the Ría, ten in the morning, never a flash on boxwood, it goes orange.',
      'Note 2: the chanter laid on the diagonal, the drones fanned to the left.',
      'Note 2, corrected: fanned to the right; the ronco reads better on the right.',
      'Note 3: the size guide: chanter length in centimetres, bag sizes S, M and L, measured on ' +
        "Uxía's arm.",
      'Note 4: the staff love checking the photos on the live site; they will be on it all day.',
      'Note 5: ninety photos, one afternoon, then lunch down at O Berbés.',
      'Moi ben, home.',
    ].join('\n'),
  },
];
