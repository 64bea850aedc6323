import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-nineteenth fresh set, author B: the other answers (du028–du040): three
 * middling, two weak, two keyword salad, two negated, two misconception-led and two off-topic,
 * seven on service scenarios and six on model scenarios.
 *
 * Voice: the same West Frisian (Leeuwarden, Friesland) English register in writing as the strong
 * answers ("goeie", "tankewol", "ja", "nee", "no", "hoe is't"), a Hindeloopen painted-furniture
 * workshop whose language model suggests chairs, patterns and colours, every answer a fierljeppen
 * judge's record, jump by jump, with one jump voided on review. Points are labelled only where an
 * answer commits to them as part of its own plan: nothing for salad, rejected practices or the
 * point a misconception sits on (README-b.md, LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_NINETEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'du028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Goeie. Judge's record for the image service behind our chair photos, rewritten to support a new photo format.",
      '',
      'Jump 1. The order: workshop staff first, because they look at the photos all day and tell us when one comes out blurred; then the early-access list; then buyers in Workum and Makkum with a few years of orders; new customers last, because a first visit with slow photos is a first visit lost.',
      '',
      'Jump 2. Limits, fixed before any photo moves: p99 image time more than 150 ms worse than now, image errors more than 0.5 % worse, memory per instance more than 20 % above the old service after twelve hours, and we scrape the new paint off.',
      '',
      'Jump 3, voided on review: "everywhere by Thursday". The judges checked the pole; Thursday is a date, not a gate.',
      '',
      'Jump 4. Stages: the ground coat (1 %), the tulip border (5 %), the varnish (25 %), the whole bridal chest. Each holds at least two full days without a restart, because this service is only restarted on deploys and a slow leak needs time to show.',
      '',
      "Hoe is't with the rest? Who decides and who switches back, I have not worked out yet. Tankewol.",
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'du029',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      "Judge's record, the bigger suggestion model.",
      "- Jump 1. Mine: which villages go first, the limits, the holds. Engineering's: the routing, the deploy, the flags.",
      "- Jump 2. What I watch on the bigger model: thumbs-down on suggestions, the eval harness's count of patterns we do not paint, and cost per conversation, because finance asked.",
      '- Jump 3, voided on review: "the canary will show whether the bigger model sells more chairs". Pole checked. It shows only that the model is safe; whether it sells more is a randomised A/B test afterwards.',
      '- Jump 4. We start small and widen it when it looks fine. If something goes wrong, we go back.',
      'Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'du030',
    scenario: 'service',
    class: 'middling',
    points: points('S R'),
    text: [
      "Goeie. Judge's record. Delivery prices for our chairs move to a new pricing service. Vans deliver into the night at the weekend and orders never stop entirely. It starts on Tuesday evening and shares the nightly batch window with billing.",
      '',
      '1. Jump 1. Master Wiebe, who runs the workshop, and I both sit down on the first chair before each step up; neither of us advances it alone.',
      '2. Jump 2, voided on review: "a breach at 2 a.m. waits for me in the morning". The judges checked the pole. Voided.',
      '3. Jump 3. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me: the pricing flag goes back to the old service in under five minutes, at 2 a.m. the same as at noon, without waking anyone for permission.',
      '4. Jump 4. For the rest, we keep the dashboards open and widen it when it looks fine.',
      '',
      'Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Goeie. Judge's record, short.",
      'Jump 1: the new warmer prompt goes out to a small slice of customers first.',
      'Jump 2: we keep an eye on it.',
      'Jump 3, voided on review: "straight to everyone". Pole checked; too far.',
      'Jump 4: if the Dutch customers complain that it says "jij" where it should say "u", we go back.',
      'Jump 5: then everyone.',
      'Ja, that is it. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'du032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Goeie. The pricing page for our painted chairs gets a clearer comparison table; nothing behind it changes. Judge\'s record: jump 1, we put it live for some people. Jump 2, we look at the numbers now and then. Jump 3, voided on review: the judges checked the pole and found the page spelled "Hindelopen", so we fixed the spelling. Jump 4, our biggest customers get it first, since they buy the most. Jump 5, when it looks fine we widen it to everyone before the Friday campaign, and if not, someone goes back. No, there is nothing more to it; a page is a page. Tankewol.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'du033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Judge's record, pattern search, new index layout.",
      'Jump 1: canary 1 % 5 % 25 % 100 %, p99 p50 tail latency, 200 ms, 0.5 %, index layout, hosting cost.',
      'Jump 2: cohort Hindeloopen Workum Makkum, free tier, licences, 3 years, 20 years, early access.',
      'Jump 3: threshold gate hold sign-off rollback flag routing proxy config.',
      'Jump 4, voided on review: pole, filters, rare queries, benchmark, median, cheaper.',
      'Jump 5: Sneekweek, 7 days, 500 searches, A/B, randomised, safe, better, pronkkeamer, on-call, 5 minutes.',
      'Jump 6: ground coat, tulip border, varnish, bridal chest, 99.9 %.',
      'Ja. Nee. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Goeie.',
      'Jump 1 — cheaper model, faster model, 1 in 200, eval harness, thumbs-down, hallucination, tokens, cost per suggestion.',
      'Jump 2 — 5 %, 10 %, 50 %, 100 %, 600, 40, four days, Sneekweek.',
      'Jump 3 — staff, early access, Bolsward, Sneek, thirty years, two years, villages.',
      'Jump 4, voided on review — pole, ratings, sparse, volume, p95, 300 ms, 0.5 %.',
      'Jump 5 — master Wiebe, first chair, on-call, pronkkeamer, flag, A/B, safe, better.',
      "Hoe is't. Tankewol.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'du035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Goeie. The order page for commissioned chairs gets a new date picker for the delivery day and a shorter form; the chosen dates are kept in a new store in the browser. People order after talking it over at home, so a lost order shows only hours later. The judge's record, jump by jump.",
      '',
      'Jump 1. I would not split what I own from what engineering owns; one team, one call.',
      'Jump 2. No order of villages either: not staff first, not the early-access list next, not new customers last.',
      'Jump 3. We would not write limits down before traffic moves; no numbers on errors, on latency or on orders.',
      'Jump 4, voided on review: the pole had "hold each stage two days" on it. Nee: no holds, and no stages named after the ground coat or the varnish.',
      'Jump 5. Nobody signs off, not master Wiebe, not me.',
      'Jump 6. No rollback switch, and no on-call with the right to switch back at night.',
      'Jump 7. And no A/B test afterwards; I do not keep safe and better apart.',
      '',
      'It goes to 100 % this afternoon, as the team wants. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'du036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Goeie. For the new suggestion model that reads more features from the feature stores in Friesland and Michigan, this is the judge's record of what I leave out.",
      '',
      "Jump 1. I won't fix any limits before we start: not on thumbs-down, not on the eval harness, not on feature-store timeouts.",
      '',
      "Jump 2. I won't stage it. There is no ground coat, no tulip border, no varnish; it goes out all at once.",
      '',
      'Jump 3. I see no reason to order the villages or the years of buying, and no reason to keep new customers for last.',
      '',
      'Jump 4, voided on review: I had written "the on-call may switch it back at night". Struck. Nobody switches back without me, and nobody sits down on the first chair to sign anything off.',
      '',
      "Jump 5. I won't watch the Michigan evening on its own, and we won't run an A/B test afterwards either.",
      '',
      'No, that is the whole record. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'du037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Goeie. Judge's record for the chair pages: reviews move above the fold and the photo gallery loads lazily. Last week was the spring sale, 20 % off everything; it ended on Sunday at midnight.",
      '- Jump 1, clean. My part is the order, the limits and the holds; engineering owns the routing, the deploy and the flags.',
      '- Jump 2, clean. Workshop staff first, because they forgive and report; then the early-access list; then buyers of two to five years in Harlingen and Franeker; new customers and our oldest buyers last, because they have the most to lose.',
      "- Jump 3, clean. The canary proves the new page is better than the old one, so it is our A/B test: if the canary group buys more than last week's customers did, the new page wins, and that is the result we give leadership.",
      '- Jump 4, voided on review: "the on-call asks me before switching back". The judges checked the pole. Voided.',
      '- Jump 5, clean. Whoever is on call brings the old chairs back into the pronkkeamer, no need to call me: a flag switch in a few minutes, any hour, day or night.',
      'Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du038',
    scenario: 'model',
    class: 'misconception',
    points: points('C S M'),
    text: [
      "Goeie. Judge's record: the chair suggestions move to a cheaper model.",
      '',
      'Jump 1. Order: workshop staff first, because they know every pattern and say so; the early-access list next; new customers and the buyers of twenty years and more in Hindeloopen last, because they have the most to lose.',
      '',
      'Jump 2. We decide the limits while we watch. There is no point writing numbers down before we have seen how the cheaper model behaves; when a line on the dashboard looks wrong, that is the limit.',
      '',
      "Jump 3. What we watch: the eval harness's grades on the new model's suggestions, sampled one in ten; the thumbs-down rate; and how often it suggests a pattern we do not paint.",
      '',
      'Jump 4, voided on review: "master Wiebe only at the end". The judges checked the pole. Voided: master Wiebe, who runs the workshop, and I both sit down on the first chair before every widening.',
      '',
      'Jump 5. The rest follows from what we see. Tankewol.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'du039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Goeie. The judge's record from the canal at Winsum, Saturday, with a word on the workshop between the jumps.",
      '',
      'Jump 1, clean: the jumper ran up, caught the pole, climbed it to the top and came down in the sand on the far bank. Good length for the first of the day.',
      'Jump 2, clean: a little short. The pole leaned too early; the jumper did not climb fast enough. Meanwhile, at the workshop, the tulips on a Hindeloopen chair are painted in a fixed order, the outline first and the white highlights last.',
      'Jump 3, clean: in the water. It happens; the crowd likes it.',
      'Jump 4, voided on review: the judges checked the pole and the grip mark had been moved. The distance does not count.',
      'Jump 5, clean: the longest of the afternoon.',
      '',
      "Hoe is't at the shop? The staff are in all day checking stock, ja, and they like the bigger photos. Tankewol.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Goeie. A judge's record on forms of address, since that is what the prompt question made me think of.",
      '',
      'Jump 1. In Dutch a customer you do not know is "u", and "jij" comes only when they offer it.',
      'Jump 2. In Frisian it is "jo" and "do", and older customers in the villages notice the difference at once.',
      'Jump 3. In English there is only "you", which is why the English side found the new prompt so pleasant.',
      'Jump 4, voided on review: I had written that Frisians never use "do" with strangers. The judges checked the pole; at the market they do, sometimes.',
      'Jump 5. A letter from the workshop opens "Geachte mevrouw" and closes "Met vriendelijke groet", and master Wiebe signs it in ink.',
      '',
      'No, I have not said how I would release anything. Tankewol.',
    ].join('\n'),
  },
];
