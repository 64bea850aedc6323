import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-second fresh set, author B: the other answers (dx028–dx040): middling,
 * weak, salad, negated, misconception-led and off-topic, labelled by hand before any grading.
 * Voice: a Catalan (Girona) English register in writing with Catalan words; an espadrille-making
 * workshop whose language model suggests espadrille, sole and colour; every answer a castellers
 * judge's record, round by round, with one round declared nul·la after the judges saw the footage.
 */
export const HUNDRED_AND_TWENTY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dx028',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Judge's record, storage diada. The orders and the workshop's task board move from our own database to a managed cluster behind a new proxy. The load tests ran with warm caches, which, home, is like judging a tower on the practice night.",
      '',
      'Round one, descarregat. I own the rollback limits and the pace; engineering owns the proxy, the migration and the routing between the two clusters.',
      '',
      'Round two, descarregat. The limits, fixed before any read goes to the new cluster: read errors more than 0.5 % worse than now, p99 page load more than 300 ms worse. Cross either, and we tie the jute bales shut.',
      '',
      'Round three, nul·la after the footage. I had written that the old cluster goes at the end of the month whatever happens. Struck: it stays switched on until the new one has carried all nine days of the Fires.',
      '',
      'Round four, descarregat. Whoever is on call can send the reads back to the old cluster with a proxy switch in a couple of minutes, day or night, without waking me to ask.',
      '',
      'After that we move everything over bit by bit and see how it goes.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx029',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Judge's notes, bigger-model diada.",
      '- R1, descarregat: workshop staff first, then the customers who opted in to early access, then regulars of Santa Eugènia and Montilivi; the newest buyers last, they have not yet learned to forgive us.',
      '- R2, descarregat: stages, the first jute braid (5 %), the sewing bench (25 %), the whole Girona autumn fair. Each one held five days before the next opens.',
      '- R3, nul·la after the footage: "we watch the error rate". On its own it says nothing about a suggestion of a sole we do not sell.',
      "- R3 again: next to errors and latency we watch the eval harness's rate of invented products, the thumbs-down rate and the cost per conversation.",
      '- R4: if it goes badly, we go back. Sí, that simple.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dx030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      "Judge's record, photo diada.",
      '1. The resizer for the espadrille photos is rewritten for the new format; the benchmarks say 20 % faster. Fresh from a restart, everything is fast.',
      "2. Limits, fixed before the first photo moves, against the old resizer: p99 resize time more than 150 ms worse than now, errors more than 0.5 % worse, memory per instance more than 30 % above the old one's after twelve hours. Past any of them, we tie the jute bales shut.",
      '3. Nul·la after the footage: "everywhere by Thursday". Annulled; the footage of the last rewrite shows it slowing on the second day.',
      '4. Stages: the first jute braid (5 %), the sewing bench (25 %), the whole Girona autumn fair. Each holds 48 hours without a restart before the next.',
      '5. At each gate the master espadrille-maker and I both knot the vetes of the first espadrilles; no knot, no next stage.',
      "6. Which listings go first, I leave to engineering. D'acord.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Judge's record, suggestion diada. Bon dia. We move the suggestions to the cheaper model, which is also faster, gràcies to whoever made it. Round one: we try it on some customers. Round two: we look at what they think; few rate, but the ones who do are honest. Round three, nul·la after the footage: I said we would ask everybody to rate; no, too much. Round four: if people like it, everyone gets it, and if not, we go back to the old one. Home, an espadrille is not a cathedral.",
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dx032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "The judge's record for the price page. The new page shows the espadrilles side by side in a clearer table; the checkout behind it does not change. Marketing launches the Fires campaign on Friday and links to it.",
      'First round: descarregat, it is only a page.',
      'Second round: we put it live for part of the visitors and keep an eye on the numbers.',
      'Third round, nul·la after the footage: someone wanted a committee. Annulled.',
      "Fourth round: all visitors by Friday. If something goes wrong, engineering will fix it. D'acord?",
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dx033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Ronda 1 3 de 7 descarregat p99 p50 index layout cohort 1 % 5 % 25 % 100 % rollback threshold 0.5 % 200 ms canary baseline control Barri Vell Montilivi years buying sign-off gate hold flag routing config switch on-call 24/7 A/B randomised safe better. Ronda 2 pilar de 5 nul·la footage tail latency filters rare queries free tier licences cohort order thresholds holds sign-off rollback canary A/B jute braid sewing bench Girona autumn fair Fires de Sant Narcís 9 days 600 orders master espadrille-maker vetes knot. Ronda 3 carregat error rate conversion −2 % p99 +200 ms 5 minutes redeploy routing flag deploy PM engineering cohorts limits holds.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: "Judge's record: ronda, castell, enxaneta, aleta, descarregat, carregat. Prompt warm casual vous tu French Catalan thumbs-down rate eval harness hallucination token cost per conversation p95 latency 0.5 % 2 % 300 ms. Cohorts workshop early-access opted-in regulars wholesale Perpignan Ceret. Stages first jute braid sewing bench whole Girona autumn fair 1 % 10 % 40 % 100 %. Hold gate sign-off master espadrille-maker vetes. Rollback on-call any hour config switch 2 minutes no redeploy. Canary safe A/B better randomised. Nul·la footage. Jute bales shut. Sí, no, d'acord, home.",
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dx035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Judge's record of what we will not be doing at the recommendations diada, so nobody is surprised.",
      "Ronda 1: no list of what is mine and what is engineering's. We are nine people, home.",
      'Ronda 2: no order of customers. Not the workshop first, not early access next, not new buyers or the Osaka shop last. The new model goes to whoever opens the page.',
      "Ronda 3: no limits written beforehand. Not 0.5 % on errors, not 250 ms on p99, not the add-to-basket rate, not the eval harness's score on recommended sets.",
      'Ronda 4, nul·la after the footage: somebody proposed stages, the first jute braid, the sewing bench, the whole Girona autumn fair, each holding across three Tokyo lunches. Annulled. No stages, no holds.',
      'Ronda 5: no sign-off. The master espadrille-maker will not be knotting any vetes for this.',
      'Ronda 6: the person on call does not get to switch the routing back at five in the morning on their own, and we are not building a quick switch for it.',
      'Ronda 7: and no randomised A/B test afterwards either. Gràcies.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dx036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Judge's record, made-to-measure diada. The order page for made-to-measure espadrilles gets a new date picker and a shorter form, and the chosen dates live in a new store in the browser. Customers talk it over at home before they pay, sometimes for a day.",
      '',
      'First round, and I say it plainly: I will not split what I own from what engineering owns, and I will not choose who goes first, neither the workshop nor the early-access list, nor keep new customers for last.',
      '',
      'Second round: we will not fix limits before it goes out. Not 2 % on completed orders, not 200 ms, nothing written in advance.',
      '',
      'Third round, nul·la after the footage: the proposal to hold each stage a full day because orders arrive hours later. Annulled; there will be no stages to hold.',
      '',
      'Fourth round: no sign-off by the master espadrille-maker or by me; no rollback by the on-call person at night without asking, and no config switch kept ready for one; and no randomised A/B test afterwards, home. It goes to 100 % this afternoon, as asked.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R M'),
    text: [
      "Judge's record, bigger-model diada. Bon dia. Let me say first what this canary is for: it proves the bigger model is better than the old one, so it is our A/B test. When the canary customers buy more espadrilles than the rest, we have our answer, and we skip a separate test.",
      'Ronda 1, descarregat: workshop staff first, then customers who opted in to early access, then regulars by years buying; first-year buyers and the Perpignan wholesale shops last, because they forgive least and pay most.',
      'Ronda 2, descarregat: fixed before any conversation moves, against the old model: errors more than 0.5 % worse than now, p95 more than 400 ms worse, invented products in the eval harness above 2 %, thumbs-down rate more than 3 points worse, cost per conversation more than 25 % worse. Past any one, we tie the jute bales shut.',
      'Ronda 3, nul·la after the footage: I had left cost out. Back in, as above.',
      'Ronda 4, descarregat: whoever is on call, at any hour, switches the routing back to the old model in under five minutes, no redeploy, without asking me.',
      "Ronda 5, carregat: and when the canary customers' sales are up, that is the lift we report to Montse and to the bank. Gràcies.",
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dx038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      "Judge's record, photo-and-size-guide diada. The espadrille pages get bigger photos and a size guide. The workshop sees it first, and we browse the shop all day and never buy through it.",
      '',
      "Round one, descarregat. What is mine: the order of customers, the limits, the holds. The routing, the flag and the deploy are engineering's.",
      '',
      'Round two, descarregat. The workshop first, then customers who opted in to early access, then regulars of Palau and Montilivi by years buying; first-time buyers last, because a size guide that confuses them costs us their first order.',
      '',
      'Round three, and this is the heart of it: the limits we decide while we watch. Writing them down before is guesswork. Once the staff numbers are on the screen we will see what normal looks like and draw the line then; if conversion looks something like 3 % down, we will talk about it.',
      '',
      'Round four, nul·la after the footage. I had said the workshop stage would hold one day; the footage shows a day of staff browsing tells us nothing. It holds three.',
      '',
      'Round five, descarregat. The stages: the first jute braid (the workshop), the sewing bench (early access, 10 %), 50 %, then the whole Girona autumn fair, each holding three days.',
      '',
      'Round six, descarregat. Before each step, the master espadrille-maker and I both knot the vetes of the first espadrilles.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Judge's record, and I will be honest: this diada is about something else.",
      'Ronda 1, descarregat. The warmer prompt. In Catalan we say "vostè" to an older customer and "tu" to a cousin; in French the shopkeepers of Ceret expect "vous" until the third order, maybe the fourth. A prompt that says "tu" to everyone is a prompt written by someone who has never sold anything in Ceret.',
      'Ronda 2, descarregat. So the prompt should say: address the customer formally in French unless they write informally first; in Catalan, follow the customer. Mireille, who answers our French mail, should read it before anyone else, and so should someone from the German side of the shop, if we ever have one.',
      'Ronda 3, nul·la after the footage. The enxaneta never raised her hand; the tower was built but never crowned. Like this prompt: warm in the review, cold in Perpignan.',
      'Ronda 4, carregat. And jute is braided wet, by the way, or it cracks. Sí, I checked.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dx040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Judge's record, the week after the sale.",
      '',
      'Round one. The autumn sale ended on Sunday at midnight, 20 % off every espadrille in the shop, and this week the shop is quiet, as it always is.',
      '',
      'Round two. The product page now shows the reviews above the photos, and the photos load as you scroll. A good change. People in Girona read reviews before they buy, even for a pair of espadrilles at thirty euros.',
      '',
      "Round three, nul·la after the footage. The enxaneta's hand was hidden behind a banner on the balcony; the judges watched it twice and annulled the tower. Nobody argued. That is castells: you do not argue with the footage.",
      '',
      'Round four. Espadrilles are older than most towers. The jute sole is braided, coiled and sewn, then the canvas upper is stitched on by hand, and the vetes go round the ankle. A good pair lasts a summer on the Rambla and two on a farm.',
      '',
      "Round five. Next year the sale should start a week earlier, before the Fires. D'acord.",
    ].join('\n'),
  },
];
