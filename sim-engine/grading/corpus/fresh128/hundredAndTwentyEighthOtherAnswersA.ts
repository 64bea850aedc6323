import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-eighth fresh set, author A: the other thirteen answers (ed008–ed020):
 * middling (ed008–ed010), weak (ed011–ed012), keyword salad (ed013–ed014), negated (ed015–ed016),
 * misconception-led (ed017–ed018) and off-topic (ed019–ed020), each labelled by hand before
 * anything else was done with it.
 *
 * Voice: a Javanese (Yogyakarta) English register in speech with Javanese and Indonesian words
 * ("sugeng enjing", "matur nuwun", "nggih", "mboten", "monggo", "lho"); the product is a Kotagede
 * silver filigree workshop whose language model suggests which brooch, ring or pendant, and which
 * size, suit a wearer, a gift and a budget. Every answer is a water-polo referee's game sheet,
 * quarter by quarter and attack by attack, with one goal overturned on the video. See README-a.md
 * and LABEL-NOTES-a.md.
 */
export const HUNDRED_AND_TWENTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ed008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Sugeng siang. My game sheet for the one-page checkout, nggih: saved address and card fill themselves in. Returning buyers loved it when we tried it in the front room, and Mbak Sari wants it live before the wedding-season campaign, when first orders peak.',
      '',
      'Quarter 1, attack 1: limits written down before any buyer sees it. Checkout completion more than 2 % worse than now, and we bank the charcoal. First-order completion more than 3 % worse than now, the same. Payment errors more than 0.5 % worse, the same.',
      '',
      'Quarter 1, attack 2: order. Our own staff first, then opted-in buyers from Prenggan with three years buying and more, and first-time buyers last, because they have no saved card and the front-room test never had one of them in it, lho.',
      '',
      'Quarter 2: the first twisted wire, 5 %, held for 500 orders; the soldering bench, 25 %, held four days; then the whole Kotagede market street.',
      '',
      'Quarter 3, goal overturned on the video: I wanted to finish before the campaign at any price. Overturned; if the holds run past it, the campaign waits a week.',
      '',
      'Quarter 4: after that, we see how it goes. Matur nuwun.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed009',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      'Monggo, a short game sheet for the bigger model behind our suggestions.',
      'Quarter 1, attack 1: before any traffic moves we write the limits down.',
      'Wrong-size suggestions in the eval harness more than 2 points worse than now, and we bank the charcoal.',
      'Thumbs-down on suggestions more than 1 point worse than now, the same.',
      'Cost per conversation more than 40 % above now, the same, so Bu Sri in finance has her answer.',
      "Quarter 1, attack 2: we also watch suggestions over the customer's budget, and how many rings come back for resizing.",
      'Quarter 2: we start small and open it wider while the numbers stay quiet.',
      'Quarter 3, goal overturned on the video: "offline evals went up three points, so the canary will show it is better". Overturned.',
      'The canary only tells us the model is safe; better comes from a randomised A/B test afterwards.',
      'Quarter 4: if something breaks, the engineers sort it out with us in the morning.',
      'Matur nuwun, nggih.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ed010',
    scenario: 'service',
    class: 'middling',
    points: points('P R'),
    text: [
      "Referee's sheet: the rewritten photo resizer for our brooch and ring pictures (new photo format, 20 % faster in benchmarks, the team wants it everywhere by Thursday).",
      "- Swim-off: I own which buyers see it, the limits and the holds. Mas Joko's engineers own the service, the deploy, the routing and the flag.",
      '- Q1, attack 1: a random 5 % of listing pages first.',
      '- Q2, attack 1: we widen it when it looks fine, by Thursday if we can.',
      '- Q3, goal overturned on the video: "rollback means redeploying the old resizer". Overturned: whoever is on call pins the old brooches back onto the velvet board, routing flipped back to the old resizer, two minutes, any hour, no need to call me.',
      '- Q4: the eldest filigree maker looks at the photos too, lho; she knows when a spiral looks soft.',
      'Nggih, matur nuwun.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Sugeng enjing. The game sheet is short today. Quarter 1: the new prompt is warmer, and our buyers will like that, nggih. ' +
      'Quarter 2: we give it to some users first and see how it goes. ' +
      'Quarter 3, goal overturned on the video: I said German buyers are the same as English buyers; overturned, Germans are more formal, so we should be careful with them. ' +
      'Quarter 4: if it goes wrong, we can always go back. ' +
      'A canary release is when a small group tries the new thing first, like the bird the miners carried, lho. Matur nuwun.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ed012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Monggo. Game sheet for the new pricing page, the one with the clearer table comparing our silver grades and engraving options.',
      '',
      'Quarter 1: it is only a page; the checkout behind it does not change, so the risk is small, lho.',
      '',
      "Quarter 2: we put it live for some people before Friday's campaign.",
      '',
      'Quarter 3, goal overturned on the video: I wanted no canary at all. Overturned; a small canary anyway, it costs little.',
      '',
      'Quarter 4: marketing watches the subscriptions to our ring club and we go from there. Nggih, that is the whole match.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ed013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Quarter 1 attack 1 canary 10 % 30 % 100 % twisted wire soldering bench market street, eval harness 1/200 1/10, ' +
      'thumbs-down p95 300 ms hallucination tokens cost per suggestion, nggih; ' +
      'quarter 2 attack 2 cohort Purbayan Prenggan three years, hold gate sign-off rollback flag switch velvet board, A/B randomised, 0.5 % 2 points 3 %; ' +
      'quarter 3 goal overturned on the video cheaper model faster model lho, Sekaten seven days, 200 ratings 300 ratings; ' +
      'quarter 4 charcoal thumbnail spiral on-call any hour two minutes, matur nuwun.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ed014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Game sheet, search.',
      'Q1: index layout, shards, p50 p95 p99, 120 ms 400 ms 1.2 s, filters, rare queries, silver grade, ring size.',
      'Q2: cohorts, kampung, Kotagede Jagalan Basen, 1 % 5 % 25 %, hold, gate, sign-off.',
      'Q3: goal overturned on the video, tail latency, cache hit 92 %, cost per query Rp 40.',
      'Q4: rollback, flag, on-call, charcoal, velvet board, A/B, canary, safe, better.',
      'Monggo, lho, nggih.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ed015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Sugeng siang. My game sheet for the new commission form, the one with the date picker for when a custom piece is ready and the shorter form, nggih. Honestly, it is a sheet of things we will mboten do.',
      '',
      'Quarter 1, attack 1: I would not write rollback limits before we start; no numbers for lost commissions, no numbers for errors. Quarter 1, attack 2: I do not see a need for an order of buyers either: no staff first, no opted-in group, nobody kept for last.',
      '',
      'Quarter 2: no stages and no holds. The team wants it at 100 % this afternoon, and I would not stand in front of them.',
      '',
      'Quarter 3, goal overturned on the video: somebody proposed that the eldest filigree maker and I sign off each step. Overturned; nobody signs anything.',
      '',
      'Quarter 4: no on-call person with the right to switch it back at night, and no quick switch to do it with. And no A/B test afterwards, lho; we will not bother. Matur nuwun.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ed016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Game sheet for the new recommendation model, monggo:',
      '1. Quarter 1, attack 1: we will not split the work between me and the engineers; nobody owns the limits.',
      '2. Quarter 1, attack 2: no limits fixed in advance, no numbers per region or per hour.',
      '3. Quarter 2, attack 1: mboten staff first, mboten opted-in collectors; no order of buyers at all.',
      '4. Quarter 2, attack 2: no first twisted wire, no soldering bench, no holds between them.',
      '5. Quarter 3, goal overturned on the video: the idea of watching wrong-size suggestions and over-budget suggestions. Overturned; we will not watch either.',
      '6. Quarter 3, attack 2: no sign-off by the eldest filigree maker, none by me.',
      '7. Quarter 4: nobody on call to switch the old model back at 2 a.m., and no flag to switch.',
      '8. Match over: no randomised A/B test afterwards either. Nggih, lho.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ed017',
    scenario: 'model',
    class: 'misconception',
    points: points('C R'),
    text:
      'Sugeng enjing. Game sheet for the bigger model, nggih. ' +
      'Quarter 1, attack 1: this canary is really our A/B test; if the canary buyers buy more pendants than everyone else, that proves the bigger model is better, and Bu Sri in finance can see the extra cost pays for itself. ' +
      'Quarter 1, attack 2: who goes first: our filigree makers and their families, then opted-in buyers from Prenggan with three years buying and more, and first-time and wedding-ring buyers last, because a bride whose ring will not go on does not come back, lho. ' +
      'Quarter 2: we read the lift after a few days and widen when sales look higher. ' +
      'Quarter 3, goal overturned on the video: I wrote "call me before any rollback". Overturned: whoever is on call pins the old brooches back onto the velvet board, a flag switch, two minutes, any hour, no need to call me. ' +
      'Quarter 4: when the canary shows more sales, we announce that the new model wins. Matur nuwun.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ed018',
    scenario: 'service',
    class: 'misconception',
    points: points('P S'),
    text: [
      'Monggo, the game sheet for the product page: reviews above the fold, the photo gallery loading lazily. Last week was our 20 % sale; it ended on Sunday at midnight.',
      '',
      "Swim-off: I own the order of buyers, the limits and the holds; Mas Tono's engineers own the flag and the routing.",
      '',
      'Quarter 1, attack 1: the limits we decide while we watch, lho. We open the dashboard, see where sales sit, and pick a number that feels right on the day.',
      '',
      'Quarter 2: we widen it when it looks fine.',
      '',
      'Quarter 3, goal overturned on the video: I wanted leadership to sign. Overturned; each widening is signed off by the eldest filigree maker and me, and we both run a thumbnail along the first spiral.',
      '',
      'Quarter 4: if sales look lower than last week, we roll back, because the sale week is the fair comparison. Nggih, matur nuwun.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ed019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Sugeng enjing. Before the game sheet, let me tell you how a brooch is made, because that is what the bigger photos and the new size guide will show.',
      '',
      'Quarter 1: we draw the silver into wire as thin as hair and twist two strands together, so the light catches the twist.',
      '',
      'Quarter 2: at the soldering bench the twisted wire is bent into spirals and laid inside a frame, one by one, like the referee counting caps back in the water.',
      '',
      'Quarter 3, goal overturned on the video: I said the size guide should give rings in millimetres. Overturned; our old buyers know sizes by the numbers the Kotagede makers have always used, so both go on the page.',
      '',
      'Quarter 4: our staff look at the site all day to check stock, but they never buy; they make. Matur nuwun, nggih.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ed020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Monggo. Game sheet, but today the match is about manners, not machines.',
      '1. Quarter 1, attack 1: in Javanese we have ngoko for friends and younger people, and krama for elders and guests. A shop that speaks ngoko to a grandmother buying a wedding brooch will not see her again, lho.',
      '2. Quarter 1, attack 2: German has du and Sie; it is the same trap with fewer levels.',
      '3. Quarter 2: my grandmother could switch between them in the middle of a sentence, depending on who walked into the workshop.',
      '4. Quarter 3, goal overturned on the video: I thought warmth means dropping the krama. Overturned; warmth in Yogya is krama spoken with a smile.',
      '5. Quarter 4: so the best prompt is like a good shopkeeper on the Kotagede street: polite first, friendly after the customer laughs. Matur nuwun, nggih.',
    ].join('\n'),
  },
];
