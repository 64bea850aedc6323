import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-ninth fresh held-out set, author A: strong answers (dk001–dk007).
 * Voice: a Sardinian (Cagliari) English register in writing, plain, proud and a little stern
 * ("eja", "ajò", "ite", "cumpà"); the PM of a cork workshop whose language model, the cork helper,
 * suggests which cork board, tile or stopper size suits a buyer's wall, floor or bottles. Every
 * answer is a logbook of timed entries with exactly one entry struck and re-entered; in these
 * strong answers the re-entered line changes a hold, a cohort or the sampling before traffic.
 * Labelled by hand when written, before anything else; the labels are final.
 */
export const HUNDRED_AND_NINTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Logbook of the cork helper, the day of the bigger model. The helper tells a buyer which board, tile or stopper size suits the wall, the floor or the bottles. Today it moves to a newer, larger model with a longer memory; the prompt stays as it is.',
      '',
      '0600 — Who holds what. I own the order of buyers, the limits and the holds. Engineering, Tonino Melis and his people, own the routing flag and the deploy. Eja, this is how the workshop works.',
      '',
      '0615 — Limits, written before one conversation moves. Wrong-size suggestions graded by the eval harness more than 2 points worse than now, and we put the knives down. Thumbs-down more than 1.5 points worse than now, the same. Cost per conversation more than 30 % worse than now, the same. Errors more than 0.5 % worse than now, p95 latency more than 400 ms worse than now: the same.',
      '',
      '0630 — Order of buyers. Staff and the cutters first: they know a stopper from a tile and they will tell me when the helper talks nonsense. Then opted-in buyers by Cagliari quarter: Castello, Marina, Stampace, Villanova, Is Mirrionis. Then buyers by years buying, the oldest first. New buyers and the big wineries last: a new buyer who gets a wrong size does not come back, and a winery ordering forty thousand stoppers cannot carry our mistake.',
      '',
      '0645 — Stages. The first strip, 2 % of conversations. The drying yard, 25 %. The whole island, 100 %. The first strip holds for 500 conversations.',
      '',
      "0700 — Entry struck. Re-entered: the drying yard holds a full week of Sant'Efisio and at least 5,000 conversations, not two days; cost per conversation and thumbs-down need that much to speak. Written before traffic.",
      '',
      '0715 — At each gate Giovanna Pinna, our ML lead, and I both stamp the first bale. No stamp, no step forward.',
      '',
      "0730 — Rollback. Whoever is on watch puts the old cork back on the racks, no need to call me. Any hour, three in the night too. It is the routing flag back to the old model: under five minutes, no redeploy, no waiting for anybody's blessing.",
      '',
      '0745 — What this proves: that the bigger model is safe for our buyers. It does not prove it is better. Three points on offline evals is a promise, not a fact; better we learn afterwards, with a randomised A/B test. Ajò.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dk002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Log — one-page checkout, the home and garden shop. Another product, the workshop's habits.",
      '',
      "0600 — Mine: order of customers, limits, holds. Engineering's: flag, routing, deploy.",
      '0610 — Limits, before traffic. Checkout errors more than 0.5 % worse than now, and we put the knives down. p99 more than 300 ms worse than now, same. First-order conversion more than 2 % worse than now, same.',
      '0620 — Order: staff and the warehouse pickers, my cutters, first. Opted-in customers by Cagliari quarter, Castello to Is Mirrionis. Then returning customers by years buying.',
      '0630 — Entry struck. Re-entered: first-time buyers go last, at the whole island, not in the drying yard; they are the ones this page may lose, and spring is when they come. Before traffic.',
      '0640 — Stages: the first strip, 2 %, 3,000 checkouts. The drying yard, 25 %, 20,000 checkouts. Then the whole island.',
      '0650 — Gate: the master corker, here Grazia Serra, checkout tech lead, and I both stamp the first bale. No stamp, no step.',
      '0700 — Rollback: whoever is on watch puts the old cork back on the racks, no need to call me. Any hour. Flag flip, under four minutes, no redeploy.',
      '0710 — The canary says safe. Better is a randomised A/B test after. Eja, cumpà.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dk003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. 0600 — The change: the cork helper moves to a cheaper, faster model. Buyers ask it a few hundred times an hour in the busy season, few of them press the thumb, and the eval harness grades one suggestion in two hundred. At 5 % that is nothing to read.',
      "2. 0610 — Mine: who goes first, the limits, how long we hold. Engineering's, Gavino Sanna's team: the routing, the flag, the deploy.",
      '3. 0620 — Limits, fixed today, before one suggestion moves. Wrong-size rate graded by the harness more than 3 points worse than now, and we put the knives down. Buyers asking again in the same conversation more than 5 points worse than now, the same. Thumbs-down more than 2 points worse than now, read once there are 200 ratings, the same. Errors more than 0.5 % worse than now, p95 more than 300 ms worse than now: the same.',
      '4. 0630 — Entry struck. Re-entered: during the canary the harness grades one suggestion in ten from the new model, and as many from the old, not one in two hundred; otherwise the wrong-size limit never has enough to speak. Written before traffic.',
      "5. 0640 — Order. Staff and the cutters first: they ask the hard questions, stoppers for a magnum of Cannonau, tiles for a bathroom floor. Then opted-in buyers by Cagliari quarter, Castello and Marina, then Stampace, Villanova, Is Mirrionis. Then by years buying. New buyers and the architects' studios last: the new ones judge us on the first answer, the studios order whole floors.",
      "6. 0650 — Stages and holds. The first strip, 10 %, until the harness has graded 300 suggestions from it. The drying yard, 40 %, a full week of Sant'Efisio and at least 1,000 graded. Then the whole island. Small traffic, so wider strips and longer holds, not 1 % for an afternoon.",
      '7. 0700 — At each gate Giovanna Pinna, ML lead, and I both stamp the first bale. Without both stamps we stay where we are.',
      '8. 0710 — Rollback. Whoever is on watch puts the old cork back on the racks, no need to call me, at any hour. The flag sends every suggestion back to the old model in under five minutes; no redeploy, no approval.',
      '9. 0720 — The canary tells us the cheaper model is safe to keep. It does not tell us it is better; that, if we want it, is a randomised A/B test afterwards. Eja.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dk004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Log — fares move to the new pricing service.',
      "Ride-hailing, not cork. The workshop's habits all the same.",
      '',
      '1800 — My part: the order of riders, the limits, the holds.',
      "Engineering's part: the routing, the flag, the deploy.",
      "Nobody borrows the other's tools.",
      '',
      '1810 — Limits, agreed now, before one fare moves:',
      'fare errors more than 0.3 % worse than now, and we put the knives down;',
      'p99 on fare quotes more than 250 ms worse than now, the same;',
      'trips completed per request more than 2 % worse than now, the same;',
      "fares more than 1 % away from the old service's on the same trip, the same.",
      '',
      '1820 — Riders, in order.',
      "Staff and the drivers' support desk, my cutters, first.",
      'Opted-in riders by Cagliari quarter: Castello, Marina, Stampace, Villanova, Is Mirrionis.',
      'Then riders by years riding, the oldest first.',
      'New riders and business accounts last: a wrong fare loses a new rider for good, and a business account reads every invoice.',
      '',
      '1830 — Stages.',
      'The first strip: 2 %, held for 2,000 trips.',
      'The drying yard: 25 %.',
      'The whole island: 100 %.',
      '',
      '1840 — Entry struck.',
      'Re-entered: the drying yard holds through one full Friday and Saturday night and two nightly batch windows with billing, not 24 hours from Tuesday evening.',
      'Nights are our peak, and the batch window is where it will break.',
      'Written before traffic.',
      '',
      '1850 — At every gate the master corker, Salvatore Deiana, the pricing tech lead, and I both stamp the first bale.',
      '',
      '1900 — Rollback.',
      'Whoever is on watch puts the old cork back on the racks, no need to call me.',
      'Two in the morning on a Saturday, the same.',
      'The flag sends fares back to the old service: three minutes, no redeploy, no approval.',
      'I read it in the log in the morning. Eja.',
      '',
      '1910 — What the canary tells us: safe, not better.',
      'If we want to know the new fares are better for riders, a randomised A/B test after. Ajò.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Logbook — the warmer prompt for the cork helper',
      '',
      'Time | Entry | Whose',
      '0600 | The cork helper gets a warmer, more casual prompt. The English team read it; nobody read it in Italian, and a quarter of our buyers write in Italian, where an old client expects "Lei", not "tu". | —',
      "0610 | The order of buyers, the limits and the holds are mine. The prompt flag, the routing and the deploy are engineering's. | me / Tonino Melis",
      '0620 | Limits, before traffic, counted per language: thumbs-down more than 2 points worse than now, and we put the knives down; buyers leaving without a suggestion more than 3 points worse than now, the same; eval-harness check of the register (informal words to a buyer who wrote formally) more than 1 in 100 worse than now, the same; errors more than 0.5 % worse, p95 more than 300 ms worse, the same. | me',
      '0630 | Order: staff and the cutters first, in both languages. Then opted-in buyers by Cagliari quarter: Castello, Marina, Stampace, Villanova, Is Mirrionis. Then by years buying. New buyers and the old wineries last: the new judge us on the first sentence, the wineries are the most offended by a "ciao". | me',
      '0640 | Entry struck. Re-entered: the first strip must hold opted-in buyers who write in Italian, at least a quarter of it, not only English writers; otherwise it tells us nothing about the risk we have. Before traffic. | me',
      "0650 | Stages: the first strip, 5 %, until 1,000 conversations, at least 250 of them in Italian; the drying yard, 25 %, a full week of Sant'Efisio; then the whole island. | me",
      '0700 | At each gate Giovanna Pinna, ML lead, and I both stamp the first bale. | Giovanna / me',
      '0710 | Rollback: whoever is on watch puts the old cork back on the racks, no need to call me. Any hour. The prompt flag goes back in two minutes; no redeploy, no approval. | on watch',
      '0720 | The canary says the warm prompt is safe in both languages, not that buyers like it more. That is a randomised A/B test, later. Ite, it is only a prompt? Eja, and a prompt can still offend. | me',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dk006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      '0600 — I own the order, the limits and the holds, engineering owns the flag and the routing; ' +
      '0605 — limits before traffic, per region: suggestions the buyer accepts more than 3 points worse than now, and we put the knives down, ' +
      'wrong-size rate from the eval harness more than 2 points worse than now, the same, ' +
      'p99 more than 300 ms worse or feature-store timeouts more than 0.5 % worse, the same; ' +
      '0610 — staff and the cutters first, then opted-in buyers by Cagliari quarter, Castello, Marina, Stampace, Villanova, Is Mirrionis, ' +
      'with our opted-in resellers in Tokyo, then by years buying, new buyers and the hotel fit-outs last because one bad floor costs us both; ' +
      '0615 — the first strip 5 % and the drying yard 25 %, each held for 2,000 requests, then the whole island; ' +
      '0620 — Entry struck. Re-entered: both stages also hold through three Tokyo lunch hours, our early morning; that is when the Asian store strains; ' +
      '0625 — Giovanna Pinna, ML lead, and I both stamp the first bale at each gate; ' +
      '0630 — whoever is on watch puts the old cork back on the racks, no need to call me, any hour, flag flip, under five minutes, no redeploy; ' +
      '0635 — this proves safe, not better: a randomised A/B test afterwards, cumpà.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dk007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Logbook — task storage moves to the managed cluster, behind the new proxy. A project tool, not a cork shop, but I run it the way the workshop runs a new press.',
      '',
      "0600 — What is mine: the order of teams, the limits, the holds. What is engineering's: the proxy, the routing, the migration jobs, the flag. Sergio Piras's team moves the data; I decide when more of it moves.",
      '',
      '0615 — Limits, agreed before one page load reads from the new cluster. Task-read errors more than 0.3 % worse than now, and we put the knives down. p99 page load more than 250 ms worse than now, the same. Proxy timeouts more than 0.1 % worse than now, the same. Tasks created per active team more than 2 % worse than now, the same.',
      '',
      '0630 — Order. Staff first, and our own cutters, the support people who live in the tool all day. Then teams who opted in to early access, by Cagliari quarter as we keep our accounts: Castello, Marina, Stampace, Villanova, Is Mirrionis. Then teams by years with us, the oldest first. New teams and the large accounts last: the new ones are still deciding whether to trust us, the large ones carry thousands of tasks and cannot lose a morning.',
      '',
      '0645 — Stages: the first strip, 2 % of page loads; the drying yard, 25 %; the whole island, 100 %. The first strip holds for 50,000 page loads.',
      '',
      '0700 — Entry struck. Re-entered: the drying yard holds over two Monday morning peaks with the caches cold, emptied on purpose the night before, not one warm afternoon. The load test never saw a cold cache; we will. Written before traffic.',
      '',
      '0715 — At every gate the master corker, Lucia Atzeni, our database lead, and I both stamp the first bale. The old cluster stays alive until the whole island has run a full week; the end of the month can wait.',
      '',
      '0730 — Rollback. Whoever is on watch puts the old cork back on the racks, no need to call me, at any hour. The proxy route goes back to the old cluster by config in four minutes; no redeploy, no approval from anybody.',
      '',
      '0745 — This tells us the new storage is safe. It does not tell us it is better; better is a randomised A/B test afterwards. Eja.',
    ].join('\n'),
  },
];
