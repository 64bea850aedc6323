import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-ninth fresh held-out set, author A: middling, weak, salad, negated,
 * misconception-led and off-topic answers (dk008–dk020).
 * Voice: a Sardinian (Cagliari) English register in writing, plain, proud and a little stern
 * ("eja", "ajò", "ite", "cumpà"); the PM of a cork workshop whose language model, the cork helper,
 * suggests which cork board, tile or stopper size suits a buyer's wall, floor or bottles. Every
 * answer is a logbook of timed entries with exactly one entry struck and re-entered.
 * Labelled by hand when written, before anything else; the labels are final.
 */
export const HUNDRED_AND_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dk008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Log — the payment SDK, food-delivery app.',
      '',
      "1700 — Eja, payments. The app moves to the provider's new SDK, with wallets. The provider's certification is their paper, not ours.",
      '1710 — Limits, set before a single order pays through it. Android payment failures more than 0.5 % worse than now in any ten minutes, and we put the knives down. p99 payment time more than 400 ms worse than now, the same. Orders completed per checkout more than 1.5 % worse than now, the same.',
      "1720 — Who first: staff and the couriers' office, my cutters. Then opted-in customers by Cagliari quarter, Castello and Marina first, then Stampace, Villanova, Is Mirrionis. Then by years ordering. New customers and the big office lunch accounts last; a failed payment loses them for good.",
      '1730 — Entry struck. Re-entered: Android and iPhone counted apart; bursts on one hide in the average of both.',
      '1740 — Stages: the first strip, 2 %, for 3,000 paid orders. The drying yard, 25 %, through one full Friday dinner. Then the whole island.',
      '1750 — Then we see how the wallets go.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk009',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      '1. 0900 — The cork helper gets the bigger model. Before anything else I say who holds which rope: I decide the stages, how long we hold, what we watch and when we stop; engineering decides how the traffic is split and how the model is deployed.',
      '2. 0910 — What I watch, beside errors and latency: the wrong-size rate from the eval harness, the thumbs-down from buyers, and the cost per conversation, because finance asked and I want the answer in euros.',
      "3. 0920 — Stages. The first strip, 5 % of conversations, held until 1,000 conversations are through. The drying yard, 25 %, held a full week of Sant'Efisio. Then the whole island.",
      '4. 0930 — Entry struck. Re-entered: the harness also reads the long conversations, the ones with a photo of the wall, where the longer memory should matter.',
      '5. 0940 — Buyers: a random 5 %, whoever comes through the door.',
      '6. 0950 — Ite, cumpà, that is the plan.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dk010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Log — the new index for the paper search.',
      '',
      '1400 — Limits, written today, before the first query moves:',
      'p99 for queries with three or more filters more than 300 ms worse than now, and we put the knives down.',
      'Errors more than 0.3 % worse than now, the same.',
      'Searches that end in a download more than 2 % worse than now, the same.',
      '',
      '1410 — Entry struck.',
      'Re-entered: p99.9 too, more than 800 ms worse than now; the slowness hides in the tail, even past p99.',
      '',
      '1420 — A random 5 % of searches first.',
      'Then we widen it when it looks fine.',
      '',
      '1430 — Whoever is on watch puts the old cork back on the racks, no need to call me.',
      'Midnight, Sunday, no difference.',
      'Reads flip back to the old index by a config switch, under five minutes.',
      "No redeploy, nobody's permission.",
      '',
      '1440 — This only says the new layout is safe.',
      'Whether it is better for readers (cheaper is not better) is a randomised A/B test afterwards. Eja.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Log of the new prompt.',
      '',
      '0800 — The cork helper gets a warmer voice. Good, our buyers like warmth.',
      '0815 — We let it out to some buyers and see how it goes.',
      '0830 — Entry struck. Re-entered: we let it out to some buyers, in both languages, and see how it goes.',
      '0845 — If buyers complain, we go back.',
      '0900 — The engineers know the flag better than me; I leave it to them. Ajò.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dk012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Log — the new pricing page.',
      '',
      '0900 — A clearer table on the pricing page. Cumpà, it is a page, not a new press.',
      "0910 — Put it out on Wednesday, so it is ready for Friday's campaign.",
      '0920 — Look at the numbers every morning.',
      '0930 — Entry struck. Re-entered: look at the numbers every morning and every evening.',
      '0940 — If something is wrong, marketing tells us and we fix it.',
      '0950 — Friday, the campaign. Eja.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dk013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '0600 — canary 1 % 5 % 25 % 100 %, p99, p95, 200 ms, 0.5 %, memory, restart, flag.',
      '0610 — cohort, staff, cutters, Castello, Marina, Stampace, years, high-value, new format, 20 % faster.',
      '0620 — rollback, routing, config, minutes, on watch, racks, A/B, randomised, sign-off, stamp, bale.',
      '0630 — Entry struck. Re-entered: hold, gate, drying yard, whole island, Thursday, deploys, heap, leak, 24 h.',
      '0640 — thresholds, baseline, control, listing pages, sellers, photos, eja, ajò.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dk014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Log.',
      '0700 — cheaper model, faster model, cost per suggestion, tokens, 5 %, 1 in 200, harness.',
      '0705 — thumbs, ratings, sparse, a few hundred an hour, confidence interval, 95 %, p-value.',
      '0710 — wrong-size rate, stopper 24 mm, tile 6 mm, board 10 mm, hallucination, eval, drift.',
      "0715 — Entry struck. Re-entered: first strip, drying yard, whole island, Sant'Efisio, 1,000, 5,000.",
      '0720 — Giovanna, Bachisio, stamp, bale, on watch, flag, five minutes, knives down.',
      '0725 — safe, better, A/B, canary, ite, eja.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dk015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Log of the new suggestion model, the one that reads more from the regional feature stores.',
      '',
      '0600 — No staff first and no cutters first. I will not put opted-in buyers ahead of anyone, nor keep new buyers or the hotels for last. No order of buyers at all.',
      '',
      '0610 — No limits written before traffic: not on accepted suggestions, not on the harness, not on latency.',
      '',
      '0620 — No stages with holds. Not the first strip, not the drying yard; no waiting through a Tokyo lunch hour.',
      '',
      '0630 — Entry struck. Re-entered: no stamps at the gates either; neither Giovanna nor I will sign anything before the model moves.',
      '',
      '0640 — Nobody on watch may put the old cork back on the racks alone, and there is no flag to flip in minutes.',
      '',
      "0650 — I will not split my part from engineering's, and I will not run an A/B test afterwards to see if it is better, nor say the canary only shows it is safe.",
      '',
      '0700 — Ite? The model goes to everybody in one morning.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dk016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      '1. 1300 — I will not choose who goes first: no staff, no opted-in guests by quarter, no first-time guests held back.',
      '2. 1310 — I will not write down limits before traffic, not for bookings and not for errors on the date picker.',
      '3. 1320 — I will not name stages or hold at any of them; no waiting the hours a family needs to talk it over before it books.',
      '4. 1330 — Entry struck. Re-entered: I will not ask the master corker, or anybody, to stamp the first bale before we widen.',
      '5. 1340 — I will not say who may roll back at night, and I will not keep a switch for it.',
      "6. 1350 — I will not split my part from engineering's. I will not run an A/B test after, nor say the canary only shows it is safe.",
      '7. 1400 — The team wants it at 100 % this afternoon. Eja, this afternoon.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T M'),
    text: [
      'Log — the warm prompt.',
      '',
      '1000 — The canary proves the warm prompt is better than the stiff one, so the canary is our A/B test. When it ends we have our answer, and no second test is needed.',
      "1010 — Mine: which buyers go first, the limits, how long we stay. Engineering's: the prompt flag and the routing.",
      '1020 — Limits, before traffic, split by language. Thumbs-down more than 2 points worse than now, and we put the knives down. Formality check in the eval harness more than 1 % worse than now, the same. Conversations left without a suggestion more than 3 points worse than now, the same.',
      '1030 — Buyers: staff and the cutters first, then opted-in buyers by Cagliari quarter, Castello, Marina, Stampace, Villanova, Is Mirrionis, then by years buying. The old wineries and new buyers last; the first are proud, the second have no patience.',
      '1040 — Entry struck. Re-entered: buyers who write in Italian are in every cohort, a quarter of each.',
      '1050 — Whichever prompt gets more thumbs-up in the canary wins, and everybody gets it. Eja.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dk018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Logbook — the new product page, the outdoor-gear shop.',
      '',
      '0800 — Limits we do not write today. We decide them while we watch: when we see the numbers from the first strip, Bachisio and I will know what is too much. Numbers written before traffic are guesses.',
      '',
      '0815 — Order: staff and the cutters first, they live on these pages. Then opted-in customers by Cagliari quarter: Castello, Marina, Stampace, Villanova, Is Mirrionis. Then by years buying. New customers and the big club accounts last, because they judge the shop on one visit.',
      '',
      "0830 — Stages: the first strip, 5 %, held for 20,000 page loads; the drying yard, 25 %, held a full week of Sant'Efisio; then the whole island.",
      '',
      "0845 — Entry struck. Re-entered: the drying yard is compared with this week's old page, not with the sale week.",
      '',
      '0900 — At each gate Bachisio Mura, the master corker, here the web lead, and I both stamp the first bale.',
      '',
      "0915 — Whoever is on watch puts the old cork back on the racks, no need to call me. Any hour of the night. The flag goes back to the old page in two minutes; no redeploy, nobody's permission. Ajò.",
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dk019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Log — photographs.',
      '',
      '0700 — Bachisio brings the new tiles into the yard. The light in Cagliari at this hour is the best, flat and white.',
      '0715 — Larger photos: we shoot each board on the wall of the old shop in Marina, so the buyer sees the grain.',
      '0730 — The size guide: stoppers by bottle neck, 24 mm for most wine, 22 for the small bottles; tiles by room.',
      '0745 — Entry struck. Re-entered: the size guide starts with floors, not with stoppers; floors bring more money.',
      '0800 — Ite? The staff want the new photos on the website by Friday. Eja, they will have them.',
      '0815 — Coffee at the bar in Stampace.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Log — a morning of questions.',
      '',
      '0900 — Finance asks what the bigger model costs per conversation. I answer what I know: more tokens, a longer memory, more euros.',
      '0915 — A short lesson for the new intern: the cork oak is stripped every nine years, never sooner. The first strip is rough and goes to boards; the later ones make stoppers.',
      '0930 — Entry struck. Re-entered: every nine to twelve years, as the tree and the rain decide.',
      '0945 — The offline evals rose three points on short questions. Our buyers do not ask short questions; they send a photo of a cellar and a story about their grandfather.',
      '1000 — Lunch. Malloreddus. Ajò.',
    ].join('\n'),
  },
];
