import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twelfth fresh set, author A: strong answers (dn001–dn007), every point of the
 * scenario's kind (model answers also M). Voice: a Senegalese (Dakar) English register in speech
 * with Wolof and French words, a sabar drum maker whose language model suggests which drum, skin
 * and size suit a player, a troupe and an occasion; every answer is a controller at Dakar Tower
 * issuing clearances to the flights in turn (call signs, clearances, readbacks), with one
 * clearance amended. Labelled by hand before any grading; the labels are final.
 */
export const HUNDRED_AND_TWELFTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dn001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Nanga def! Bon, I tell it the way I like best: like a controller at Dakar Tower clearing the flights one by one, with readbacks, because a canary is exactly that. Nobody climbs until they are cleared.',
      '',
      'Sabar One, that is me, the PM. You are cleared to own the order of players, the rollback limits and the holds. The routing, the deploy and the model flag belong to Awa\'s engineering team; they fly the plane, I write the clearances. Readback: "Sabar One owns order, limits, holds; engineering owns routing and flags." Correct.',
      '',
      'Nder Two, cleared for the first skin: our own apprentices and the drummers of the workshop troupe, because they play our drums every day and they shout when a suggestion is wrong. Then the tuning pegs: players in the Médina and Grand Yoff who opted in to the early list and have bought from us five years or more. The whole troupe last, and inside it the first-time buyers and the big wedding troupes ordering from Plateau go at the very end, because one bad suggestion there loses a customer for good. Readback correct.',
      '',
      'Lambe Three, your limits are written today, before one conversation moves: errors more than 0.5 % worse than now, and we slacken the skins; p95 latency more than 300 ms worse, same; thumbs-down on suggestions more than 2 points worse than the old model; hallucinations on the eval harness, a drum or a skin we do not even make, above 1 %; cost per conversation more than 40 % above now, because finance asked and the longer context eats tokens. Dégg nga?',
      '',
      'Gorong Four, the first skin is 5 % for three days. Amend clearance: Gorong Four, the first skin is three days and at least 500 conversations, long ones included, because the offline evals only went up on short questions. Then the tuning pegs at 25 %, held a full week of the Dakar Biennale, then the whole troupe. At each gate the master drummer, Awa, and I both strike the first skin; no strike, no climb.',
      '',
      "Talmbat Five, rollback: whoever is on call rolls the old drums back into the workshop, no need to call me. Any hour, day or night, it is one flag switch back to the old model, done in under five minutes, no redeploy and nobody's permission.",
      '',
      'Mbëng Six, last: this canary only tells us the bigger model is safe. Whether it suggests better drums is a randomised A/B test afterwards. Jërëjëf!',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dn002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Waaw, short:',
      '',
      '1. Sabar One (me, PM): cleared to own cohort order, limits and holds. Engineering owns the prompt flag and routing.',
      '2. Nder Two: the first skin is workshop staff; the tuning pegs are French-writing players from Sicap and Point E who opted in, buying 3+ years; first-time buyers and French-speaking troupes last, because vous matters to them and tu insults an elder.',
      '3. Lambe Three, written before launch: thumbs-down in French more than 2 points worse than now, and we slacken the skins; formal-address misses on the eval harness above 1 %; errors more than 0.5 % worse; p95 more than 200 ms worse.',
      '4. Gorong Four: hold 2 days. Amend clearance: Gorong Four, 3 days and 300 French conversations on the first skin, a full week of the Dakar Biennale on the tuning pegs at 25 %, then the whole troupe.',
      '5. Tama Five: the master drummer (Ibou, ML lead) and I both strike the first skin at each gate.',
      '6. Talmbat Six: whoever is on call rolls the old drums back into the workshop, no need to call me. Any hour, prompt flag back, under 5 minutes, no redeploy, no approval. Readback: "Flag, five minutes."',
      '7. Col Seven: canary means safe, not "warmer is better"; better is a randomised A/B test afterwards.',
      '',
      'Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dn003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Nanga def. Dakar Tower, clearance board, read across: call sign | clearance | readback.',
      '',
      'Sabar 01 | PM cleared for: cohort order, rollback limits, holds, the call to climb. Engineering (Cheikh\'s team) cleared for: routing, deploy, model flag. | "01 holds the decisions, engineering holds the controls."',
      'Nder 02 | Order: the first skin is workshop apprentices and our own troupe; the tuning pegs are opted-in players from Ouakam and Ngor, four years buying or more; the whole troupe last, with first-time buyers and the griot families ordering for baptisms at the very end, fewest second chances there. | "Staff, opted-in regulars, new and big last."',
      'Lambe 03 | Limits fixed before the first suggestion moves: errors more than 0.5 % worse than now, and we slacken the skins; p95 more than 250 ms worse; harness quality score more than 3 points worse; suggestions added to the basket more than 2 points worse; drums returned as "wrong size" more than 1 point worse. | "Five limits, written, signed."',
      'Gorong 04 | Harness sampling stays at 1 in 200. | "1 in 200."',
      'Amend clearance: Gorong 04 | Sampling amended to 1 in 10 for canary traffic, because at 1 in 200 the first skin gives us three graded suggestions a day, nothing to read. Few players press thumbs, so basket adds and returns carry the player side. | "1 in 10 during the canary, thumbs not trusted alone."',
      'Tama 05 | Holds by count, not by clock: the first skin at 5 % until 400 graded suggestions; the tuning pegs at 25 % until 2,000 graded and a full week of the Dakar Biennale; then the whole troupe. No climb while a limit is broken. | "Counts before dates."',
      'Col 06 | At each gate the master drummer (Cheikh, ML lead) and I both strike the first skin. | "Two strikes, then climb."',
      'Talmbat 07 | Whoever is on call rolls the old drums back into the workshop, no need to call me: any hour, flag back to the old model, under five minutes, no redeploy, no approval asked. | "Any hour, flag, five minutes."',
      'Mbëng 08 | The canary says safe, not better; "cheaper and just as good" is a randomised A/B test afterwards. | "Safe here, better later."',
      '',
      'Jërëjëf, board closed.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dn004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Nanga def, bon, Dakar Tower here and I clear them one after the other without stopping for breath: ' +
      'Sabar One, that is me, cleared to own the order of players, the limits and the holds, while ' +
      "Fatou's engineering team owns the routing, the deploy and the feature-store flags, readback correct; " +
      'Nder Two, the first skin is our own apprentices and troupe in Dakar plus our two agents in Harlem, ' +
      'then the tuning pegs are opted-in players from the Médina and Pikine in Dakar and the Bronx troupes ' +
      'in New York who have bought from us three years or more, and the whole troupe comes last with ' +
      'first-time buyers at the very end in both regions, because a wrong basket suggested to a newcomer ' +
      'is a customer lost; Lambe Three, written before any traffic moves, per region and never averaged: ' +
      'errors more than 0.5 % worse than now and we slacken the skins, p99 more than 200 ms worse, ' +
      'feature-store read timeouts above 0.2 %, suggested baskets added to the cart more than 2 points ' +
      'worse, thumbs-down on suggestions more than 2 points worse, the eval harness relevance score more ' +
      'than 3 points worse, readback "six limits, per region"; Gorong Four, the first skin at 5 % for two ' +
      'days, and amend clearance: Gorong Four, the first skin holds three days so it covers three New York ' +
      'evenings, which are Dakar nights, because the feature stores were sized for the old model and the ' +
      'peak in one region is the quiet hour in the other, and the tuning pegs at 25 % hold a full week of ' +
      'the Dakar Biennale, gated on every limit, then the whole troupe; Tama Five, before each climb the ' +
      'master drummer, Fatou, and I both strike the first skin, no strike no climb; Talmbat Six, whoever ' +
      'is on call rolls the old drums back into the workshop, no need to call me, at any hour, one flag ' +
      'back to the old model in under five minutes, no redeploy and no approval, and the on-call in Dakar ' +
      'is awake for the New York evening, dégg nga; Col Seven, this canary tells us the new model is safe, ' +
      'not that it recommends better, and for better we run a randomised A/B test afterwards, jërëjëf.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dn005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dakar Tower, notes. Nanga def.',
      '',
      '- Sabar 1 / PM: cleared for order, limits, holds. Eng (Modou): proxy, routing, deploy. Readback ok.',
      '- Nder 2 / order: workshop staff first; then opted-in carvers and resellers, Rufisque and Thiaroye, 5+ years buying; new buyers and troupe leaders with Biennale orders last, most to lose.',
      '- Lambe 3 / limits, fixed before traffic: errors more than 0.5 % worse than now, and we slacken the skins; p99 task read +200 ms; orders placed -2 %.',
      '- Gorong 4 / holds: first skin 2 %, 2 days. Amend clearance: Gorong 4, first skin 3 days incl. cold-cache mornings; tuning pegs 25 %, a full week of the Dakar Biennale peak; then whole troupe. Gate on limits.',
      '- Old cluster stays up until whole troupe has held 7 days; decommission date moves.',
      '- Tama 5 / sign-off: the master drummer (Modou) and I both strike the first skin at every gate.',
      '- Talmbat 6 / rollback: whoever is on call rolls the old drums back into the workshop, no need to call me. Any hour, proxy route flip, < 5 min, no redeploy, no approval. Readback: "flip, five."',
      '- Col 7: canary = safe, not better; better = randomised A/B test after.',
      '',
      'Jërëjëf.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dn006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Nanga def.',
      'Dakar Tower, night shift.',
      'Clearances, one by one.',
      '',
      'Sabar One, the PM.',
      'Cleared to own the order of players,',
      'the limits, the holds.',
      'Engineering owns the pricing route and the deploy.',
      'Readback: correct.',
      '',
      'Nder Two.',
      'The first skin: workshop staff pricing their own orders.',
      'The tuning pegs: opted-in players from Yoff and Ngor,',
      'three years buying or more.',
      'The whole troupe last,',
      'first-time buyers at the very end:',
      'a wrong price on a first drum, they never come back.',
      '',
      'Lambe Three.',
      'Written Tuesday noon, before anything moves:',
      'errors more than 0.5 % worse than now, and we slacken the skins.',
      'p99 price quote more than 200 ms worse, same.',
      'Prices differing from the old service on more than 1 % of quotes, same.',
      'Orders completed more than 2 % worse, same.',
      '',
      'Gorong Four.',
      'The first skin: 2 %, four days,',
      'through one weekend night after the tànnëbéer',
      'and four batch windows.',
      'The tuning pegs: 25 %, a full week of the Dakar Biennale,',
      'two weekend nights, seven batch windows.',
      'Then the whole troupe.',
      "Each climb gated on Lambe Three's limits.",
      '',
      'Tama Five.',
      'At every gate the master drummer, Aïda, our engineering lead, and I',
      'both strike the first skin.',
      'No strike, no climb.',
      '',
      'Talmbat Six.',
      'It is 2 a.m. on Saturday, a limit breaks.',
      'Whoever is on call rolls the old drums back into the workshop,',
      'no need to call me.',
      'Any hour.',
      'One routing switch back to the old pricing service,',
      'under five minutes,',
      "no redeploy, no waiting for anybody's yes.",
      '',
      'Amend clearance: Talmbat Six,',
      'the batch window is shared with billing,',
      "so the same switch also pauses the new service's batch job.",
      'Readback: "switch, batch paused, under five."',
      '',
      'Col Seven.',
      'This canary says the new pricing is safe.',
      'It does not say it is better.',
      'Better is a randomised A/B test afterwards.',
      '',
      'Jërëjëf, good night.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dn007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dakar Tower: Sabar One, nanga def. You are the PM. Cleared to own the order of players, the limits and the holds.',
      "Sabar One: Owning order, limits, holds; Lamine's engineering team owns the SDK flag, the routing and the app release. Sabar One.",
      '',
      'Dakar Tower: Nder Two, cleared for the first skin: workshop staff paying for their own orders on Android and iPhone. Then the tuning pegs: opted-in players in Parcelles Assainies and Guédiawaye, two years buying or more, Android first, since that is where the bursts hide. Then the whole troupe, with first-time buyers and troupe leaders paying wedding-season deposits last, because a failed payment there is a lost order and a lost name.',
      'Nder Two: Staff, opted-in regulars, new and big last. Nder Two.',
      '',
      'Dakar Tower: Lambe Three, limits fixed now, before a single payment moves: payment success more than 1 point worse than now in any ten-minute window, per platform, and we slacken the skins; errors more than 0.5 % worse; p99 checkout more than 300 ms worse; Wave and Orange Money wallet failures above 2 %.',
      'Lambe Three: Ten-minute windows, per platform, four limits. Lambe Three.',
      '',
      'Dakar Tower: Gorong Four, the first skin at 2 % for three days, the tuning pegs at 25 % held through two Friday evenings or a full week of the Dakar Biennale, whichever is longer, then the whole troupe. No climb with a limit broken.',
      'Dakar Tower: Amend clearance: Gorong Four, the first skin must also hold through one Friday evening, our busiest hour, before it climbs.',
      'Gorong Four: First skin holds through a Friday evening. Gorong Four.',
      '',
      'Dakar Tower: Tama Five, at each climb the master drummer, Lamine, and I both strike the first skin.',
      'Tama Five: Two strikes per climb. Tama Five.',
      '',
      'Dakar Tower: Talmbat Six, whoever is on call rolls the old drums back into the workshop, no need to call me. Any hour, the remote-config switch sends payments back to the old SDK path in under five minutes, no app redeploy, no approval.',
      'Talmbat Six: Any hour, config switch, five minutes. Talmbat Six.',
      '',
      'Dakar Tower: Col Seven, remember: the canary says safe, not better. Whether wallets sell more drums is a randomised A/B test afterwards. Jërëjëf.',
    ].join('\n'),
  },
];
