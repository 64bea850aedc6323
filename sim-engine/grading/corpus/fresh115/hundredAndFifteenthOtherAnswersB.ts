import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fifteenth set, author B: middling (dq028–dq030), weak (dq031–dq032), salad
 * (dq033–dq034), negated (dq035–dq036), misconception-led (dq037–dq038) and off-topic
 * (dq039–dq040) answers.
 * Voice: an Asturian (Oviedo) English register in writing with Asturian and Spanish words, a
 * madreñas (wooden clog) workshop whose language model suggests which clog, wood and size suit a
 * foot, a farm and a budget; every answer a snooker referee's calls, frame by frame, with one
 * frame's score corrected on review.
 */
export const HUNDRED_AND_FIFTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Hola. Frame calls, short ones.',
      '',
      'Frame 1. The bigger model goes to the workshop first, the six of us asking it about our own feet, then to the early-pairs list who opted in, then to ordinary buyers. First-year buyers and the cooperatives go last; they have the least patience for a wrong size.',
      '',
      "Frame 2. We watch the harness's wrong-size rate, the thumbs-down rate and the cost of each conversation, because Marisa asked about cost and the harness is where a wrong wood shows up.",
      '',
      'Frame 3. Stages: the first billet, the shaping horse, the whole feria. Each holds three days, and we move on only when those signals sit where they sat with the old model.',
      '',
      'Frame 4, score corrected: I said three days. On review, a full week of the San Mateo fiestas at each stage; three days is too few conversations.',
      '',
      'Frame 5. If something looks wrong, we talk it over and go back. Vale.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dq029',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Referee's sheet, hola.",
      'The change: the three-step checkout in our web shop becomes one page, with saved addresses and cards filled in. Returning buyers loved it in the lab. We want it live before the spring feria orders, when first orders peak.',
      '1. Frame 1: I own the limits and the call to stop; the engineers own the deploy, the flag and the routing.',
      '2. Frame 2: before anything moves we write down: checkout errors more than 0.5 points worse than now, p99 checkout time more than 300 ms worse, first orders completed more than 5 % worse than now, and we hang up the gouges.',
      '3. Frame 3: it goes out to a random 10 % of buyers, and then to everyone when it looks fine.',
      '4. Frame 4, score corrected: I had the first-order limit at 5 %. On review 2 %; first orders are exactly what this change can break.',
      '5. Frame 5: whoever is on call sets the old clogs back by the door, no need to call me. Any hour, a flag switch that takes two minutes, nobody asks permission.',
      'Gracies.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dq030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Frames, as the referee calls them. Ho, it's a short match.",
      'Change: the service that resizes our clog photos is rewritten for a new photo format. Benchmarks say 20 % faster; the team wants it everywhere by Thursday; it restarts only on deploys.',
      'Frame 1: workshop staff browsing the catalogue first, then the opted-in early-pairs list, then buyers barrio by barrio from Pumarín to Colloto, and the shops that resell our pairs last, since their listings carry the most sales.',
      'Frame 2: the first billet, the shaping horse, the whole feria. Each stage holds at least 24 hours without a restart before it moves on, since a slow leak only shows after a day.',
      'Frame 3, score corrected: I had 24 hours. On review 48. Thursday can wait.',
      'Frame 4: the master madreñero and I both stamp the first pair on the workshop floor before each stage.',
      'Frame 5: we keep memory and image load times on the big screen in the workshop.',
      'Vale.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Hola. Frame 1: the cheaper model is cheaper and faster, so ye good news for the workshop. Frame 2: we put it out to some buyers for a while and see. Frame 3, score corrected: I said a few buyers; on review a few more, the traffic is quiet anyway. Frame 4: we check how it goes, and buyers can tell us when a suggestion is wrong. Frame 5: if it goes badly we go back to the old one. Frame and match. Gracies.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dq032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Referee here, hola.',
      'Frame 1. The new price table is clearer. Ye only a page.',
      "Frame 2. Marketing wants it for Friday's campaign.",
      'Frame 3. So it goes to everyone on Friday morning.',
      'Frame 4, score corrected: I wrote Thursday; on review, Friday morning.',
      'Frame 5. If somebody complains about the table, we fix it.',
      'Frame and match, vale.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dq033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Frame 1: canary, p99, p50, tail latency, 1 % 5 % 25 % 100 %, index layout, shards, cohort, barrio, Cimadevilla, thresholds 0.5 % 200 ms, gate gate hold. Frame 2: rollback, flag, routing, on call, 24/7, A/B, randomised, sign-off, madreñero, gouges. Frame 3: filters, rare queries, free tier, licences, SLO, error budget, 99.9, 300 ms, hold 48 h, the first billet, the shaping horse, the whole feria. Frame 4, score corrected: 0.3 % not 0.5 %, p95 not p99, cohort cohort cohort. Frame 5: metrics, baseline, control, dashboard, alert, pager, canary canary, San Mateo, ho, vale, gracies.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dq034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Hola.',
      'Frame 1 — prompt, system prompt, tú, usted, Asturian, Spanish, tone, warmth, thumbs-down 2 %, eval harness, LLM judge, hallucination.',
      'Frame 2 — 5 %, 25 %, 100 %, staff, early pairs, barrio, Teatinos, years buying 10+, p95 400 ms, tokens, cost per conversation.',
      'Frame 3, score corrected — thumbs-down 1.5 %, not 2 %; register, locale, formal address.',
      'Frame 4 — rollback, flag, config, minutes, on call, master madreñero, stamp, workshop floor, sign-off.',
      'Frame 5 — canary, A/B, randomised, significance, lift, safe, better, gouges, feria.',
      'Gracies, vale.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dq035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Hola. From the chair, frame by frame, and I will be plain about what we are not doing.',
      '',
      "Frame 1: I won't split who owns what. No line between my decisions and engineering's switches; we all just push it out.",
      '',
      'Frame 2: no order of buyers. Not staff first, not the early-pairs list, not first-year buyers last. Everyone at once, in Oviedo and in Buenos Aires.',
      '',
      "Frame 3: we won't write down limits before the traffic moves. No error limit, no p95 limit, no limit on basket acceptance, nothing from the eval harness, and we won't watch the feature stores either.",
      '',
      "Frame 4, score corrected: I said we'd skip the first billet. On review we skip the shaping horse too. No stages, no holds, no gates.",
      '',
      'Frame 5: nobody stamps anything. Neither the master madreñero nor I sign off.',
      '',
      'Frame 6: no on-call rollback at night. Nobody sets the old clogs back by the door without me.',
      '',
      "Frame 7: and we won't run an A/B test afterwards, nor pretend to tell safe from better.",
      '',
      'Vale.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dq036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Referee's sheet, ho.",
      'The change: the fitting page, where buyers book a time to have their feet traced at the workshop, gets a new date picker and a shorter form; chosen dates sit in a new client-side store. The team wants it at 100 % this afternoon.',
      "1. Frame 1: we won't set rollback limits in advance. Not 0.5 points, not any number.",
      "2. Frame 2: we won't send it to staff first, nor to the opted-in list, and there is no barrio order.",
      '3. Frame 3: no holds. Not a day, not a full week of the San Mateo fiestas, not a count of bookings.',
      "4. Frame 4, score corrected: I said we'd skip the master madreñero's sign-off. On review I skip mine too. Nobody stamps the first pair.",
      "5. Frame 5: there is no on-call rollback switch, and we won't build one.",
      "6. Frame 6: we won't read the canary as safe-versus-better, and there's no A/B test afterwards.",
      "7. Frame 7: I don't claim the release decisions as mine; whoever deploys decides.",
      'Frame and match, vale.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dq037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Hola. Frame by frame, as the referee calls it.',
      '',
      'Frame 1. What I own: which buyers see the bigger model first, how long each group runs and when we stop. Engineering owns the routing, the deploy and the flag.',
      '',
      'Frame 2. The canary proves the new model is better, so it is our A/B test. We put the bigger model against the old one and whichever group buys more pairs wins. No need for a separate test afterwards.',
      '',
      'Frame 3. Order: the workshop staff first, then the early-pairs list who opted in, then ordinary buyers; first-year buyers and the big cooperatives last, because a wrong size loses them.',
      '',
      'Frame 4, score corrected: I wrote that the canary group wins if it buys 3 % more. On review 5 % more, to be sure it is better.',
      '',
      'Frame 5. Whoever is on call sets the old clogs back by the door, no need to call me: at any hour, a flag switch back to the old model in under five minutes, without waiting for my approval.',
      '',
      'Frame 6. Once the staff group shows more pairs sold, that is our proof, and we go to everyone.',
      '',
      'Gracies.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dq038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Referee's chair, hola.",
      'The change: product pages on the workshop site get bigger photos of each pair and a size guide. Staff go first, and the madreñeros browse the site all day but buy their own clogs at cost, never through it.',
      'Frame 1. Order: workshop staff, then the early-pairs list who opted in, then buyers barrio by barrio; first-year buyers last, because a confusing size guide hits them hardest.',
      'Frame 2. Limits: we decide them while we watch. There is no sense fixing numbers before we see the staff figures; when the dashboard shows us what normal looks like, we draw the line there.',
      'Frame 3. Stages: the first billet, the shaping horse, the whole feria, each holding four days before it moves on.',
      'Frame 4, score corrected: I had two days at the first billet. On review four, like the rest.',
      'Frame 5. The master madreñero and I both stamp the first pair on the workshop floor before each stage.',
      'Frame 6. Whoever is on call sets the old clogs back by the door, no need to call me: any hour, a flag back in under five minutes, no approval.',
      'Vale.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dq039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Hola. Frame by frame, like my uncle refereed on Sundays at the club.',
      '',
      'Frame 1: last week was the spring sale, 20 % off every pair, and the workshop floor was chaos. We sold more escarpines for guajes than in the whole winter.',
      '',
      'Frame 2: how a madreña is made. A beech log is split, the shape roughed out with the axe, hollowed with the gouge from the heel forward, then dried over smoke for weeks so it does not crack.',
      '',
      'Frame 3: the best beech comes from the forests of Redes, cut in the waning moon, or so the old masters swear.',
      '',
      'Frame 4, score corrected: I said two weeks of smoke. On review, three; Xuan corrected me.',
      '',
      'Frame 5: a good pair lasts a farmer five winters if he keeps the tacos nailed.',
      '',
      'Frame and match. Gracies, ho.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dq040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hola.',
      "Referee's calls, for the record.",
      'Frame 1. Our assistant learns feet from the tracings in the ledger.',
      "Frame 2. Forty years of tracings, in pencil, some in my grandfather's hand.",
      "Frame 3. A farmer's foot widens with the years; the model must know that.",
      'Frame 4, score corrected: I said thirty years of ledgers. On review, forty.',
      'Frame 5. Birch is lighter, beech lasts longer, chestnut is for show.',
      'Frame 6. Vets in Llanera buy our clogs too, for the mud of the cuadras.',
      'Frame and match. Ye lo que hay. Gracies.',
    ].join('\n'),
  },
];
