import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twelfth fresh set, author A: the other thirteen answers (dn008–dn020):
 * middling (dn008–dn010), weak (dn011–dn012), keyword salad (dn013–dn014), negated
 * (dn015–dn016), misconception-led (dn017–dn018) and off-topic (dn019–dn020). Voice: a Senegalese
 * (Dakar) English register in speech with Wolof and French words, a sabar drum maker whose
 * language model suggests which drum, skin and size suit a player, a troupe and an occasion;
 * every answer is a controller at Dakar Tower issuing clearances to the flights in turn (call
 * signs, clearances, readbacks), with one clearance amended. Labelled by hand before any grading:
 * only points the answer commits to as its own plan; the labels are final.
 */
export const HUNDRED_AND_TWELFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dn008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Nanga def. Dakar Tower, clearing the one-page checkout for our drum shop.',
      '',
      'Nder One, cleared for the first skin: workshop staff buying their own skins and pegs; then players from the Médina who opted in to try new things and have bought from us five years or more; then everyone, with first-time buyers last, because the lab only tested returning customers and a first order is exactly where one long page can lose someone. Readback: "Staff, opted-in regulars, first-timers last."',
      '',
      'Lambe Two, limits written today, before anything moves: first orders completed more than 2 % worse than now, and we slacken the skins; checkout errors more than 0.5 % worse; p99 page load more than 200 ms worse. Readback: "Three limits, fixed."',
      '',
      "Gorong Three, the first skin at 5 % for four days, the tuning pegs at 25 % for a full week of the Dakar Biennale, then the whole troupe. We climb only when Lambe Two's limits held through the whole stage.",
      '',
      'Amend clearance: Gorong Three, the tuning pegs must include the first three days of the spring drum campaign, when first orders peak.',
      '',
      'If something goes wrong, we go back. Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn009',
    scenario: 'model',
    class: 'middling',
    points: points('T S M'),
    text: [
      'Waaw, quick clearances for the bigger model.',
      '',
      'Sabar One: a random 5 % of players get the new model first. Readback: "random five."',
      'Lambe Two: limits fixed before we start: thumbs-down on suggestions more than 2 points worse than now, and we slacken the skins; drums or skins the model invents, on the eval harness, above 1 %; cost per conversation more than 30 % above now; errors more than 0.5 % worse.',
      'Amend clearance: Lambe Two, the harness gets long conversations too, since the evals only went up on short ones.',
      'Gorong Three: we widen it when it looks fine.',
      'Tama Four: each time we widen, the master drummer, Ndèye, our ML lead, and I both strike the first skin. No strike, no widening. Readback: "two strikes."',
      '',
      'Jërëjëf, Dakar Tower out.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dn010',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text:
      "Dakar Tower, nanga def. Sabar One, that's me: cleared to own the decisions (which players go " +
      "first, the rollback limits, how long each stage holds) while Babacar's engineering team owns " +
      'the new index, the routing and the deploy. Readback correct. Nder Two, we start with some ' +
      'traffic and watch the tail, not the median, because the rare searches with many filters, ' +
      'goatskin, dimb wood, a 70 cm nder, were never benchmarked. Talmbat Three, rollback: whoever ' +
      'is on call rolls the old drums back into the workshop, no need to call me; any hour, one ' +
      "routing switch back to the old index in under five minutes, no redeploy, nobody's approval. " +
      'Readback: "any hour, switch, five minutes." Amend clearance: Talmbat Three, the old index ' +
      'stays warm until the end, or the switch is a lie. Col Four, and the canary only tells us the ' +
      'new index is safe; whether it finds better drums is a randomised A/B test afterwards. Jërëjëf.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Nanga def! Dakar Tower here.',
      '',
      'Bon, the new warmer prompt for our drum assistant. Sabar One, cleared to release it to some players. Readback: "some players."',
      'Nder Two, watch the dashboards closely and see how people feel about it.',
      'Amend clearance: Nder Two, also ask the French-speaking players what they think.',
      '',
      "If the elders don't like the tu, we go back. The engineers know this well, they'll pick how. Jërëjëf.",
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dn012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Waaw, Dakar Tower. The new photo-resizing service for the drum listings is 20 % faster, so: ' +
      'Sabar One, cleared to go to our largest customers first, the big troupes, they have the most ' +
      'photos. Readback: "largest first." Nder Two, then everyone by Thursday. Amend clearance: Nder ' +
      'Two, Friday if Thursday is busy. We keep an eye on it and restart it if it gets slow. If there ' +
      'is a problem, we go back. Jërëjëf.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Dakar Tower, Sabar One, Nder Two, the first skin 5 % 25 % 100 %, the tuning pegs, eval ' +
      'harness 1 in 200, thumbs-down, hallucination rate, p95 250 ms, 0.5 %, cohort, Ouakam, Ngor, ' +
      'four years buying, canary, A/B, randomised, rollback, flag, on call, master drummer, strike, ' +
      'gate, hold, a full week of the Dakar Biennale, 400 suggestions, slacken the skins, token cost, ' +
      'cheaper model, faster model, basket adds, readback, amend clearance, Lambe Three, Gorong Four, ' +
      'sign-off, threshold, baseline, control, nanga def, jërëjëf, waaw.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dn014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Nanga def. Pricing page, comparison table, Dakar Tower, call sign Sabar One, readback, ' +
      'clearance, amend clearance, Nder Two, Lambe Three, canary 1 5 25 50 100, errors 0.5 %, p99 ' +
      '200 ms, conversion 2 %, Médina, Plateau, Sicap, years buying 3 5 10, cohort order, thresholds, ' +
      'holds, gates, the first skin, the tuning pegs, the whole troupe, master drummer, sign-off, ' +
      'rollback, routing switch, five minutes, on call, any hour, A/B, safe, better, Friday campaign, ' +
      'dégg nga, waaw, bon, jërëjëf.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Bon, Dakar Tower, nanga def. I'll be honest about what we will not clear.",
      '',
      "1. Sabar One: no, I won't split what I own from what engineering owns.",
      '2. Nder Two: no order of players; no apprentices first, no opted-in Médina regulars next, no first-time buyers held back to the end.',
      '3. Lambe Three: we will not write limits before traffic moves; no 0.5 %, no 200 ms, nothing fixed in advance.',
      '4. Gorong Four: no first skin, no tuning pegs, no holds through the New York evenings.',
      "5. Amend clearance: Gorong Four, not even a day's hold.",
      "6. Tama Five: the master drummer and I won't strike any skin; no sign-off at any gate.",
      "7. Talmbat Six: we won't give whoever is on call a switch to roll back at any hour.",
      '8. Col Seven: no randomised A/B test afterwards, and no feature-store timeouts, harness scores or basket adds watched either.',
      '',
      'Readback: "nothing cleared." Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dn016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Nanga def, Dakar Tower.',
      "Sabar One, negative: I am not taking the order, the limits or the holds off engineering's hands.",
      'Nder Two, negative: no workshop staff first, no opted-in Sicap regulars after, no saving first-time buyers for last.',
      'Lambe Three, negative: no limit written down before we start; not 2 % on bookings, not 0.5 % on errors.',
      'Gorong Four, negative: no first skin, no tuning pegs, no waiting hours for the bookings that come in late.',
      'Amend clearance: Gorong Four, negative on a count of orders too.',
      'Tama Five, negative: no master drummer striking any skin before a climb.',
      "Talmbat Six, negative: we won't have whoever is on call switch back to the old booking page in minutes, at any hour.",
      "Col Seven, negative: no A/B test after, and I won't say the canary is only about safety.",
      'Readback: "all negative." Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T R'),
    text: [
      'Nanga def! Dakar Tower.',
      '',
      'Sabar One, that is me as PM: cleared to own the player order, the limits and the holds; engineering owns the model flag and the routing. Readback good.',
      '',
      'Nder Two: the first skin is workshop staff, then opted-in players from Mermoz and Sacré-Cœur with four years buying, then first-time buyers last, because they judge us on one suggestion.',
      '',
      'Lambe Three: written before any conversation moves: errors more than 0.5 % worse than now, and we slacken the skins; p95 more than 300 ms worse.',
      '',
      'Gorong Four, listen well: the canary proves the bigger model is better. Whatever the canary players buy more of, that is our A/B test; no need for another one afterwards. If baskets go up in the canary, the new model wins.',
      '',
      'Amend clearance: Gorong Four, finance gets its answer from the canary too: if canary players buy more, the cost per conversation is justified.',
      '',
      'Talmbat Five: whoever is on call rolls the old drums back into the workshop, no need to call me; any hour, a flag switch to the old model, under five minutes, no redeploy, no approval. Readback: "flag, five minutes."',
      '',
      'Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dn018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Dakar Tower, nanga def.',
      '',
      'Sabar One, the PM: I own the order, the holds and when we climb; engineering owns the flag and the deploy. Readback.',
      '',
      'Nder Two: the first skin is workshop staff. They browse all day and buy nothing, so their orders are no verdict. Then opted-in players from Fann and Point E, five years buying; first-time buyers last, they are who a size guide is for and who we lose fastest.',
      '',
      "Lambe Three: limits? We decide them while we watch. Once the first skin's numbers come in, we see what normal looks like and pick a line then; no point fixing numbers before we know.",
      '',
      'Gorong Four: the first skin 3 days, the tuning pegs at 25 % for a full week of the Dakar Biennale, then the whole troupe; no climb before the hold ends.',
      'Amend clearance: Gorong Four, the first skin is 5 days, staff traffic at weekends is thin.',
      '',
      'Tama Five: at each climb the master drummer, Khadija, our engineering lead, and I both strike the first skin. Readback: "two strikes."',
      '',
      'Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Nanga def! Dakar Tower, but today the flights are about sabar, not software.',
      '',
      'Sabar One, cleared to hear how we make a drum: the shell is carved from dimb or caïlcédrat, the goatskin is soaked, stretched wet and held by pegs and cord. Readback: "wood, skin, pegs."',
      'Nder Two: the nder leads, the mbëng-mbëng keeps the ground, the talmbat answers. A troupe is a conversation.',
      'Amend clearance: Nder Two, in Wolof we say a drum speaks, so a griot hears a badly tuned one from across the street.',
      '',
      'About the new prompt: the French-speaking elders expect vous and the warm prompt says tu. Honestly the prompt just needs a French speaker to read it before anyone else does, that is all. Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dn020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Waaw, Dakar Tower, nanga def.',
      '',
      'Sabar One: last week\'s sale, 20 % off everything, was our best week since the Biennale. Readback: "best week."',
      'Nder Two: the reviews now sit above the photos on the drum pages, and the gallery loads later. The players like reading what the griots wrote first.',
      'Amend clearance: Nder Two, we should run another sale for Korité, and a smaller one before the wedding season.',
      'Lambe Three: leadership wants it out this week; it is only cosmetic, so bon, it goes out.',
      '',
      'Dégg nga? Jërëjëf.',
    ].join('\n'),
  },
];
