import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-seventh fresh set, author A: the other answers (ec008–ec020): middling,
 * weak, keyword salad, negated, misconception-led and off-topic.
 *
 * Voice: a Lingala (Kinshasa) English register in speech with Lingala and French words, the PM of
 * Lisanga Couture, a Kinshasa pagne (wax-print) tailoring shop whose language model suggests fabric,
 * cut and size; every answer a karate referee's match card, bout by bout, with one point withdrawn
 * on the video.
 */
export const HUNDRED_AND_TWENTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ec008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'mbote. match card: orders and measurements move to the managed cluster',
      'bout 1: me = order of clients, limits, holds. engineering = the proxy, routing, deploy, the cluster itself. yuko',
      "bout 2: our tailors' own orders first (they load the measurement pages all day), then the early-access clients, then the Bandal and Kintambo regulars, last the big wedding-party orders: one lost measurement there spoils twelve outfits. yuko",
      'bout 3: limits written before one page moves. errors +0.5 %, p99 page load +300 ms, proxy timeouts over 0.2 %. cross one, bolts folded away. yuko',
      'bout 4, point withdrawn on the video: "load tests passed, skip the small stage". te. withdrawn, the caches were warm',
      "bout 5: then we widen when it looks fine, before the old cluster goes at month's end",
      'bout 6: if it goes wrong, we go back. matondo',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec009',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'Mbote!',
      'Match card, the bigger adviser.',
      'Bout 1.',
      'A random 10 % of clients gets it.',
      'Bout 2.',
      'The first cut panel, 10 %, held seven days.',
      'The charcoal iron, 30 %, held right through the 30 June independence week.',
      'Then the whole Zando.',
      'Bout 3.',
      'Before each step, Mama Ngalula the head tailor and I both tug the first seam.',
      'No seam, no step.',
      'Bout 4, point withdrawn on the video:',
      '"we watch errors only". Te.',
      'We watch invented fabrics in the eval harness,',
      "the clients' thumbs-down,",
      'and the cost per conversation Finance asked about.',
      'Bout 5.',
      'If those look bad, we sit down and talk.',
      'Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ec010',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text:
      'Mbote. Match card for the new fabric-catalogue index, smaller and cheaper to host. Bout ' +
      '1: a random 5 % of searches go to the new index. Bout 2: before a single search moves we ' +
      'write the limits down: p99 search time more than 200 ms above the old index, p99.9 more ' +
      'than 500 ms above, errors more than 0.5 % above, and searches with three or more filters ' +
      '(wax, colour, price, yards) more than 300 ms slower at p99; any one crossed and we fold ' +
      'the bolts away. Bout 3, point withdrawn on the video: I said "the median got faster, so ' +
      'we are fine". Te, withdrawn; the median hides the tail. Bout 4: whoever is on call, day ' +
      'or night, pins the old shirts back on the doorway mannequins, the index flag back to the ' +
      'old layout, two minutes, no redeploy, and nobody asks me first. Bout 5: then we go wider ' +
      'when it looks good. Matondo.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Mbote, ee. A match card? A short one, then.',
      'Bout 1: the cheaper model is faster, and that is good for the shop.',
      'Bout 2: we give it to some clients and look at the stars they give.',
      'Bout 3, point withdrawn on the video: I said nobody rates anyway. Withdrawn, some mamans do rate.',
      'Bout 4: if the clients complain, we go back to the old one. The engineers know the rest. Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ec012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      'Mbote! The price-list page gets a clearer table and nothing behind it changes. A canary ' +
      'is when you show something to a few people before everybody, like the bird in the mine. ' +
      'So, my match card. Bout 1: we show the new table to some people. Bout 2: we see if they ' +
      "like it. Bout 3, point withdrawn on the video: I said we wait until after Friday's " +
      'campaign. Withdrawn, we just go. Bout 4: then everybody gets it. It is a small change, ' +
      'no need for malembe here. Matondo.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ec013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Mbote. Match card:',
      'canary, yuko, cohort, Gombe five years, 1 % 5 % 25 % 100 %',
      'p99 200 ms, memory, restart, new photo format, 20 % faster, Thursday',
      'rollback flag, bolts, first cut panel, charcoal iron, Zando',
      'thresholds 0.5 %, holds, gate, sign-off, head tailor, seam',
      'on-call, five minutes, A/B randomised, safe, better',
      'Bout 3 point withdrawn on the video',
      "p95, heap, hours, ee, malembe, canary canary, d'accord, matondo",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ec014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Ee mbote: recommendation model, feature stores, regional, Montréal lunch peak 19:00 ' +
      'Kinshasa, eval harness, hallucination, thumbs-down, tokens, p95, cohorts Limete Kalamu ' +
      'years buying, 5 % 20 % 50 % 100 %, gate, hold, sign-off, Bout 2 point withdrawn on the ' +
      'video, rollback flag five minutes on-call, A/B randomised safe better, bolts, seam, ' +
      'Zando, yuko yuko, matondo.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec015',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Mbote. Match card for the warm prompt, and I will be honest, I will not dress this one up.',
      'Bout 1: I will not split who owns what. The engineers and I are one team; nobody owns the order or the limits.',
      "Bout 2: we won't put our own tailors first, we won't wait for an early-access sheet, and the French-writing mamans will not go last. No special order at all.",
      'Bout 3, point withdrawn on the video: I had written limits, thumbs-down up 2 points, formal-address failures over 1 %. Withdrawn. We will not fix any number before it starts.',
      'Bout 4: no stages, no holds, no waiting through the independence week.',
      'Bout 5: the head tailor will not sign anything, and neither will I.',
      'Bout 6: no eval harness, no watching the thumbs-down, no counting the suggestions the tailors rewrite.',
      'Bout 7: no rollback switch for the on-call person either.',
      'Bout 8: and no A/B test afterwards.',
      'Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ec016',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Mbote, ndeko. Bigger photos and a size guide on the fabric pages. Here is my match card, and I will say plainly what I would not do.',
      '',
      'Bout 1. I would not start with our own tailors and counter staff, and I would not keep the new buyers or the wedding parties for last. Everyone at once, no order.',
      '',
      "Bout 2. I would not write limits down beforehand: no line for errors, no line for purchases against the old pages, and I would not take the staff's endless browsing out of the purchase figures.",
      '',
      'Bout 3, point withdrawn on the video: I had said "hold five days at the first cut panel, then the charcoal iron". Withdrawn. There will be no stages and no holds.',
      '',
      'Bout 4. Nobody signs off the steps, not the head tailor and not me.',
      '',
      'Bout 5. I would not give the on-call person a switch to put the old pages back. We would not go back at all; we would fix forward.',
      '',
      'Bout 6. And I would not run an A/B test after it, either.',
      '',
      'Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ec017',
    scenario: 'service',
    class: 'misconception',
    points: points('C T'),
    text: [
      'Mbote! Reviews above the fold and the photo gallery loading lazily on our fabric pages. My match card.',
      '',
      'Bout 1. Let me say it straight: the canary proves the new page is better, so it is our A/B test. If the canary clients buy more bolts than the others, the page wins and we keep it.',
      '',
      'Bout 2. The order: our tailors and the counter staff first, then the early-access sheet, then the regulars of Barumbu and Lingwala with three years buying, and the new buyers last, because a new client who meets a broken page never comes back.',
      '',
      "Bout 3. Limits written down before traffic moves: page errors more than 0.5 % above the old page, p99 load more than 300 ms slower, and add-to-basket more than 2 % below the old page's clients in the same days. Cross one and the bolts are folded away.",
      '',
      'Bout 4, point withdrawn on the video: I said "compare with last week". Te, withdrawn. Last week was the sale, 20 % off everything, and next to it any page looks broken.',
      '',
      'Bout 5. Leadership wants it out this week, so the moment the canary shows the lift, the question is answered and we are done. Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec018',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Mbote, ee. Match card for the bigger model behind the fabric adviser.',
      '',
      'Bout 1. The order: our tailors and apprentices first, the early-access clients second, then the Kasa-Vubu and Kalamu regulars, and the new buyers and the brides last, because they forgive nothing.',
      '',
      'Bout 2. The stages: the first cut panel at 5 %, held four days; the charcoal iron at 25 %, held seven days; then the whole Zando. Nothing moves before its hold is done.',
      '',
      'Bout 3. What we watch: invented fabrics in the eval harness, thumbs-down from clients, and how often the tailors rewrite the suggested cut, plus the cost per conversation for Finance.',
      '',
      'Bout 4, point withdrawn on the video: I had said "limits fixed before we start". Withdrawn. Honestly, we decide the limits while we watch: you only know what is too much once you see the curves, so I judge it on the day.',
      '',
      'Bout 5. If it goes bad, we go back. Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ec019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'Mbote na yo! The booking page for appointments, eh? Ah, let me tell you about the appointments themselves instead; that is what I know.',
      '',
      'Bout 1. A maman comes from Masina to be measured. We pin six yards of pagne on her, the print with the swallows, and she turns in front of the mirror while her sister laughs at her.',
      '',
      'Bout 2. The sleeves. In Kinshasa a sleeve says everything: puffed for a wedding, straight for the office, and never too long for the heat.',
      '',
      'Bout 3, point withdrawn on the video: I said the swallow print is only for weddings. Withdrawn; my aunt wore it to a funeral in Lemba and nobody said a word.',
      '',
      'Bout 4. Clients like Saturday mornings, before the heat and before the Zando gets loud. They come with cousins and they stay for tea.',
      '',
      'Bout 5. Kitoko, the day she collects: she pays, she dances a little, we wrap the outfit in newspaper. Matondo!',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Mbote! The warmer prompt, ah, let me talk about the tone, because the tone is the whole fight here.',
      'Bout 1. In French you say "vous" to a maman you do not know. Always. A prompt that says "tu" to her has lost before the bow.',
      'Bout 2. In Lingala the respect lives in "mama" and "tata", not in the verb, so warmth is easy there.',
      'Bout 3, point withdrawn on the video: I said English has no polite form. Withdrawn; English hides politeness in "would you like" and "perhaps".',
      'Bout 4. The prompt should greet first, ask the occasion second, and name a price last. Nobody in Kinshasa likes a price before a "mbote".',
      'Bout 5. Example line: "Madame, pour un mariage, je vous proposerais ce wax bleu." Warm and still formal. Kitoko.',
      'Matondo.',
    ].join('\n'),
  },
];
