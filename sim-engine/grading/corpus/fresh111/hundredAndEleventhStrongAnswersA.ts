import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eleventh fresh set, author A: strong answers (dm001–dm007), four on model
 * scenarios and three on service scenarios, written blind (neither the grader nor any other
 * answers read) and labelled by hand before anything else. The voice: a Corsican (Ajaccio)
 * English register in writing (terse, proud, dry; "bonghjornu", "va bè", "o sì", "eccu"), a
 * knife-maker's workshop whose language model suggests which knife, blade and handle suit a
 * buyer's use, hand and budget; every answer laid out as a herbarium's specimen sheets (label,
 * where found, a note) with one specimen re-identified; stages named after the knife (the first
 * blank, the grinding wheel, the whole rack); sign-off as "the master cutler and I both test the
 * first edge on paper"; holds as a week of the Santa di u Niolu fair or a count of days or
 * orders; thresholds as "more than N worse than now, and we quench the forge"; cohorts by Ajaccio
 * quarter and years buying; rollback as the on-call putting the old knives back in their sheaths,
 * no need to call me (README-a.md, LABEL-NOTES-a.md).
 */
export const HUNDRED_AND_ELEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dm001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bonghjornu. Bigger model.',
      '',
      'Specimen 1. Label: owners. Found: my bench. Note: I own order of buyers, limits, holds; engineers own routing, deploy, flags.',
      '',
      'Specimen 2. Label: order. Found: customer book. Note: apprentices and counter staff first, they know every blade; then buyers who asked to go early; then Saint-Jean and Les Cannes; buyers of fifteen years and first-time buyers last, a wrong knife costs most there.',
      '',
      'Specimen 3. Label: limits, signed before traffic moves. Note: errors more than 0.5 % worse than now, p95 more than 300 ms, accepted suggestions more than 3 %, invented steels in the eval harness more than 1 %, cost per conversation more than 20 %, and we quench the forge.',
      '',
      'Specimen 4, re-identified: filed as a time hold, it is a gate. The first blank (2 %), the grinding wheel (20 %), the whole rack; each holds three days and 500 conversations, no advance while a limit is red.',
      '',
      'Specimen 5. Sign-off: the master cutler and I both test the first edge on paper before each advance.',
      '',
      'Specimen 6. Way back: whoever is on call, any hour, flips the model flag in two minutes, no redeploy: old knives back in their sheaths. No need to call me.',
      '',
      'Specimen 7. Canary says safe; better needs a randomised A/B test afterwards. Va bè.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dm002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The warmer prompt for the knife suggestions, pressed on seven sheets. A quarter of our buyers write in French, where "vous" matters, and the prompt was read only in English. So.',
      '',
      'Specimen 1, the division of labour. Found at the Monday meeting with the engineers. The routing, the deploy and the prompt flag are theirs. The order in which buyers meet the warmer prompt, the limits that stop it and how long each stage holds are mine, written down before anything moves.',
      '',
      'Specimen 2, the order of buyers. Found in the customer book, sorted by Ajaccio quarter and years buying. First the workshop itself, apprentices and counter staff, in English and in French. Then the buyers who ticked "show me new things first" on the order form. Then the Vieille Ville and Borgu, French writers and English writers together, so French is in every stage and not saved for the end. Last, buyers of more than ten years and anyone on a first order: the old ones notice a "tu" they never invited, the new ones simply leave.',
      '',
      "Specimen 3, the limits. Found in the note signed before the first blank. Thumbs-down on suggestions more than 2 points worse than now, French and English counted apart; the eval harness's formality check on French replies more than 1 % worse; accepted suggestions more than 3 % worse; errors more than 0.5 % worse; p95 latency more than 250 ms worse. Any one of them, and we quench the forge.",
      '',
      'Specimen 4, re-identified. First filed as "two days per stage". It is a gate with a floor: the first blank (5 %), the grinding wheel (25 %), the whole rack (100 %), each held at least four days and 300 French conversations, whichever comes later, and no advance while a limit is red.',
      '',
      'Specimen 5, sign-off. Found at the bench. The master cutler and I both test the first edge on paper before every advance. One of us alone is not enough.',
      '',
      'Specimen 6, the way back. Found on the on-call rota. Whoever is on call, day or night, switches the prompt flag back to the old prompt: three minutes, no redeploy, no ticket, the old knives back in their sheaths. No need to call me.',
      '',
      'Specimen 7, what the canary tells us. That the warmer prompt is safe for French and English buyers. Not that it sells more knives; for that, a randomised A/B test after the whole rack. O sì, that one takes longer.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dm003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Herbarium sheets: the cheaper, faster model for knife suggestions. Few buyers rate a suggestion, and the eval harness grades one in two hundred, so this canary is a quiet one. Va bè, we make it speak.',
      '',
      '1. Specimen: ownership. Found: the release note. Note: engineering owns routing, the deploy and the model flag. I own who goes first, the limits and the holds.',
      '',
      '2. Specimen: the order of buyers. Found: the customer book, by quarter and years buying. Note: apprentices and counter staff first, because they will say plainly when a suggestion is wrong. Then buyers who joined the early-edge list. Then Casone and Les Salines. Buyers of more than twelve years and first orders last; they are the ones we cannot afford to disappoint.',
      '',
      '3. Specimen: the signals. Found: nowhere yet, so we make them. Note: during the canary the harness grades one suggestion in ten, not one in two hundred; we also count suggestions the buyer accepts and knives returned as "wrong for my hand".',
      '',
      '4. Specimen: the limits, signed before the first blank. Note: harness failures (invented steels, wrong handle sizes) more than 1.5 % worse than now; accepted suggestions more than 3 % worse; returns more than 1 % worse; errors more than 0.5 % worse; p95 latency more than 300 ms worse. Any one, and we quench the forge.',
      '',
      '5. Specimen 5, re-identified: filed as "hold two days"; it is a count. At 5 % two days give perhaps 40 ratings, which tells us nothing. So: the first blank (5 %) holds until 600 graded suggestions, the grinding wheel (25 %) for a full week of the Santa di u Niolu fair, the whole rack (100 %) after that. No advance while a limit is red.',
      '',
      '6. Specimen: sign-off. Note: the master cutler and I both test the first edge on paper before each stage moves.',
      '',
      '7. Specimen: the way back. Found: the on-call rota. Note: whoever is on call, at any hour, switches the model flag back in under five minutes, no redeploy, and puts the old knives back in their sheaths. No need to call me.',
      '',
      '8. Specimen: what it proves. Note: that the cheap model is safe to keep. Whether it is better is a randomised A/B test afterwards. O sì.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dm004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bonghjornu. The new suggestion model reads more features per request from the feature stores, and the Montréal store was sized for the old one. Our Québec buyers order at their lunch, which is our evening in Ajaccio. Specimen sheets, as a table.',
      '',
      'No. | Specimen | Found | Note',
      '1 | Who owns what | the meeting with engineering | Engineers: routing, deploy, flags, feature-store capacity. Me: order of buyers, limits, holds.',
      "2 | Order of buyers | customer book, by quarter and years buying | Apprentices and counter staff first (they read suggestions with a cutler's eye); then buyers on the early-edge list; then Aspretto and Mezzavia in Ajaccio and the Québec early-edge buyers together, so Montréal carries load from the first days; buyers of ten years or more and first orders last (a bad suggestion loses them).",
      '3 | Limits | the note signed before the first blank | More than 0.5 % worse errors than now, p95 more than 250 ms worse, feature-store timeouts more than 1 % worse, accepted suggestions more than 3 % worse, harness checks of handle fit more than 2 % worse, and we quench the forge. Each region measured on its own.',
      '4, re-identified | Holds | the calendar | First filed as "one day per stage". Re-identified as a gate that must cross the Québec lunch: the first blank (2 %) holds three days including three Québec lunch peaks; the grinding wheel (20 %) holds five days including a Saturday; the whole rack after. No advance while a limit is red.',
      '5 | Sign-off | the bench | The master cutler and I both test the first edge on paper before each advance.',
      '6 | Way back | the on-call rota, Ajaccio and Montréal | Whoever is on call, at any hour of either clock, flips the model flag back in three minutes, no redeploy, and the old knives go back in their sheaths. No need to call me.',
      '7 | What it proves | | Safe to keep, not better. Better is a randomised A/B test afterwards.',
      '',
      'Va bè. The table is short; the Québec lunch is not.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dm005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Va bè, one sheet after another without lifting the pen, because the order book is moving from our own database to a managed cluster behind a new proxy and the load tests ran with warm caches: ' +
      'specimen one, labelled ownership, found in the release plan, note that the engineers own the proxy, the routing, the deploy and the flags while I own which buyers go first, the limits and the holds; ' +
      "specimen two, labelled order, found in the customer book by Ajaccio quarter and years buying, note that the workshop's own tablets go first because apprentices open the order book all day, then the buyers who signed up for the early-edge list, then Saint-Jean and Pietralba, and buyers of ten years or more with open commissions last, since a lost commission for a wedding knife is the worst thing this shop can do; " +
      'specimen three, labelled limits, found on the note signed before the first blank, note that errors more than 0.3 % worse than now, p99 page load more than 200 ms worse, or completed orders more than 2 % below the buyers still on the old database, and we quench the forge; ' +
      'specimen four, re-identified, first filed as a fixed two-day hold, now a gate with a cold start in it: the first blank (1 %) holds three days and must include a morning after the caches are flushed on purpose, the grinding wheel (10 %, then 50 %) holds five days each and must cross a Saturday, the busiest morning, and the whole rack follows only when no limit has been red; ' +
      'specimen five, labelled sign-off, found at the bench, note that the master cutler and I both test the first edge on paper before each advance; ' +
      'specimen six, labelled the way back, found in the on-call rota, note that whoever is on call, any hour, points the proxy back at the old database with one config switch in under five minutes, no redeploy and no approval, the old knives back in their sheaths, no need to call me, which is why the old cluster stays switched on until the whole rack has held a week, whatever the end of the month says; ' +
      'specimen seven, labelled what it shows, note that the canary says the new storage is safe, not that it is better, and if we want to know better, a randomised A/B test afterwards. O sì.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dm006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Bonghjornu. New payment SDK, wallets added.',
      'Specimen sheets, short.',
      '',
      'Specimen 1: ownership.',
      'Found: the release plan.',
      'Engineers own routing, deploy, flags.',
      'I own order, limits, holds.',
      '',
      'Specimen 2: order.',
      'Found: customer book.',
      'Apprentices paying on their own phones first.',
      'Then the early-edge list.',
      'Then Les Cannes, iPhone and Android both.',
      'Buyers of ten years and first orders last.',
      'A failed payment loses them for good.',
      '',
      'Specimen 3: limits, before any traffic.',
      'Payment failures more than 0.5 % worse than now.',
      'Android failures in any 10-minute window more than 1 % worse.',
      'p99 checkout more than 300 ms worse.',
      'Any one, and we quench the forge.',
      '',
      'Specimen 4, re-identified.',
      'Filed as a one-day hold.',
      'It is a gate through Saturday morning, our busiest hour.',
      'The first blank, 2 %, 400 orders.',
      'The grinding wheel, 20 %, a Saturday and 2,000 orders.',
      'The whole rack after.',
      'No advance while a limit is red.',
      '',
      'Specimen 5: sign-off.',
      'Before each advance, the master cutler and I both test the first edge on paper.',
      '',
      'Specimen 6: way back.',
      'Whoever is on call, any hour.',
      'Flag switch to the old SDK, three minutes.',
      'No redeploy.',
      'Old knives back in their sheaths.',
      'No need to call me.',
      '',
      'Specimen 7.',
      'Canary says safe, not better.',
      'Better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dm007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Quotes for engraving and sharpening move to a new pricing service. It shares the night batch with billing, the rollout starts Tuesday evening, and orders never stop: Montréal buys while Ajaccio sleeps. The question is 2 a.m. Here are the sheets.',
      '',
      'SPECIMEN 1',
      'Label: who owns what.',
      'Locality: the release plan.',
      'Note: the engineers own the routing, the deploy, the flags and the batch window. I own the order of buyers, the rollback limits and the holds, and I write them before Tuesday.',
      '',
      'SPECIMEN 2',
      'Label: order of buyers.',
      'Locality: the customer book, by quarter and years buying.',
      'Note: apprentices and counter staff first, they know what an engraving costs and will spot a wrong quote in a second. Then buyers on the early-edge list. Then Borgu and Les Salines. Buyers of fifteen years and first-time buyers last: one wrong price and the old ones feel cheated, the new ones never return.',
      '',
      'SPECIMEN 3',
      'Label: limits.',
      'Locality: the note the master cutler and I signed before the first blank.',
      "Note: quote errors more than 0.5 % worse than now; p99 quote time more than 200 ms worse; quotes differing from the old service by more than 1 % on the shadow check; paid orders more than 2 % below the old service's buyers. Any one, and we quench the forge.",
      '',
      'SPECIMEN 4, RE-IDENTIFIED',
      'First filed as "hold until Thursday". Re-identified as a gate across the night: the first blank (2 %) holds two nights including the billing batch; the grinding wheel (25 %) holds a full weekend, Friday and Saturday nights; the whole rack only after. No advance while a limit is red.',
      '',
      'SPECIMEN 5',
      'Label: sign-off.',
      'Note: before each advance the master cutler and I both test the first edge on paper. Never at night.',
      '',
      'SPECIMEN 6',
      'Label: the way back.',
      'Locality: the on-call rota, nights included.',
      'Note: at 2 a.m. whoever is on call may roll back, alone, with a routing switch back to the old pricing service that takes two minutes. No redeploy, no approval: the old knives back in their sheaths. No need to call me; I would only slow it down.',
      '',
      'SPECIMEN 7',
      'Label: what the canary proves.',
      'Note: that the new pricing is safe. Whether it earns more is a randomised A/B test afterwards. Eccu.',
    ].join('\n'),
  },
];
