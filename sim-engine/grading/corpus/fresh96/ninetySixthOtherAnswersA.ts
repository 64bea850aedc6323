import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-sixth fresh set, author a: middling (cx008–cx010), weak (cx011–cx012), keyword salad
 * (cx013–cx014), negated (cx015–cx016), misconception-led (cx017–cx018) and off-topic
 * (cx019–cx020) answers, written blind and labelled by hand, in the same voice as the strong
 * ones: a board-game rulebook from a Budapest puppet theatre's ticketing PM.
 */
export const NINETY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: image-resizer-memory-leak
  {
    id: 'cx008',
    scenario: 'service',
    class: 'middling',
    points: points('C H'),
    text: [
      '"THE NEW PHOTO PRESS": short rules',
      'Components: the rewritten image-resizing service, a board of listing pages, some sellers.',
      'Setup: the new service is 20 % faster in the benchmarks. Hát, good. We still start it small.',
      "Turn order: our own staff's test shop first, because they upload all day; then sellers who asked to try the new photo format early; then ordinary sellers; the top sellers and brand-new sellers last, since the first earn the most and the second judge us on their first listing. The strings, then the first act, then the bow, and each one holds for two full days, because a service that is restarted only on deploys can go slow on the second afternoon.",
      'Scoring: we look at how the pages feel and what sellers say.',
      'End of the game: if it looks bad, we go back.',
      'House ruling: a player wants it everywhere by Thursday. The rulebook says Thursday is a wish, not a rule.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cx009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'A RULEBOOK FOR "THE LONGER MEMORY"',
      "Components. Jó: the parents' assistant gets a bigger model with a longer context window. Engineering handles the routing, the deploy and the flag; what I, the PM, own is the limits and the decision how far and when we go.",
      "Setup. Before any traffic moves, the limits are written down: answers graded wrong by the eval harness more than 1 point worse than now, parents' thumbs-down more than 2 points worse, cost per conversation more than 40 % higher than now (finance asked), errors more than 0.5 % worse, and we drop the curtain.",
      'Turn order. A random 10 % of parents get the new model, then later more.',
      'Scoring. Each day I read those four numbers against the old model.',
      'End of the game. When it looks fine, everybody gets it.',
      'House ruling: a player asks whether cost counts as quality. The house says yes; a correct answer we cannot pay for is still a lost show.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cx010',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Rules of the game "One Page"',
      '',
      'Components: a three-step checkout, a new one-page checkout that fills in saved addresses and cards, and the spring campaign coming.',
      'Setup: na, the usability lab loved it, but the lab had only returning customers. So the order of players is the whole game: staff first; then customers who joined early access; then returning customers; first-time buyers last, because they have no saved address to fill in and they are exactly who the spring campaign brings.',
      'Turn order: the strings, the first act, the second act, the bow. Each stage holds for a count of 3,000 orders, at least 300 of them first orders, before anything moves. The head puppeteer (Anna, the engineering lead) and I both pull the curtain cord to start each stage.',
      'Scoring: we watch conversion, and if it drops noticeably we stop.',
      'End of the game: everybody on one page before the campaign, if the game allows.',
      'House ruling: Growth says first-timers should play early "because that is the campaign". The house says: they play last, and the campaign waits if it must.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cx011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Rules for "The Cheap Model"',
      'Components: a new model, cheaper and faster. Parents. A dashboard.',
      'Setup: hát, we test it a bit on staging first.',
      'Turn order: some parents get it, later more.',
      'Scoring: if parents are unhappy we will hear it; they always tell the box office.',
      "End of the game: when nothing bad happens for a while, it's everybody's.",
      'House ruling: a player asks how long "a while" is. The house says: you will feel it.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cx012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      '"Canary": the rules in brief',
      'Components: a canary is a small bird. Miners took it underground, and when it stopped singing they left.',
      'Setup: the same idea with software, kérem: a new version goes to a few users first.',
      'Turn order: first a few, then more, then all.',
      'Scoring: if something breaks, we know early.',
      "End of the game: the new pricing table is live for everybody before Marketing's Friday campaign.",
      'House ruling: a player says a pricing page is too small for a canary. The house says every change gets the bird.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cx013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'RULEBOOK rulebook recommendation model canary',
      'Components: canary cohort threshold hold gate sign-off rollback A/B eval harness thumbs-down hallucination p95 feature store token cost',
      'Setup: thresholds 0.5 % 200 ms 2 % baseline control pre-committed cohort internal early access district season ticket',
      'Turn order: strings first act bow 1 5 25 50 100 hold gate gate hold sign-off head puppeteer curtain cord',
      'Scoring: hallucination rate thumbs-down cost per query p95 latency Singapore lunch peak feature store',
      'End of the game: rollback on call config switch minutes no redeploy A/B randomised safe better',
      'House ruling: jó jó, canary canary rollback threshold hold.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cx014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Components: search index, canary, canary, cohort, cohort, p99, p99, tail, tail',
      'Setup: thresholds errors latency conversion baseline; free tier institutional licences; District VI District XIII; season ticket ten years',
      'Turn order: ramp hold gate sign-off ramp hold gate sign-off; strings; first act; bow',
      'Scoring: p99 200 ms 0.5 % 2 % filters rare queries median tail p99 p99',
      'End of the game: rollback routing switch on call five minutes A/B test safe not better',
      'House ruling: hát, rollback, threshold, cohort, hold, sign-off, A/B.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cx015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'RULES OF "THE NEW DATE PICKER" (as the team wants to play it)',
      '',
      "Components: no cohort list, na. I won't decide an order of guests and I won't own the limits either; we won't put staff first or keep new guests for last. Everybody is one audience.",
      'Setup: we will not write rollback limits before the start. Nobody wants numbers on the box lid for a date picker.',
      "Turn order: no strings, no first act, no holds; it goes to 100 % this afternoon, as the team asked. Nobody pulls a curtain cord: I won't ask the head puppeteer to sign off anything.",
      "Scoring: we will not compare against a control group, and we won't run an A/B test later either; the design reviews were glowing.",
      "End of the game: there is no switch to thread the old version back onto its strings, and no on-call rota for it. We won't prepare one.",
      "House ruling: a player asks to hold until the evening, when guests book after talking it over at home. The house says no; we don't wait.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cx016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'The rules of "Warmer Words", the short version, kérem',
      "Components: no special roles. I won't split what the PM owns from what engineering owns.",
      'Setup: no limits fixed in advance: no thumbs-down threshold, no eval harness run on the German answers, no cost line.',
      "Turn order: we don't start with staff or with the opted-in parents, and we don't keep German-writing families for later. There are no stages either: no strings, no first act, no hold before the bow. Nobody signs off.",
      'Scoring: not per language, and not against a control group.',
      "End of the game: we don't keep the old prompt ready on a flag, and we don't follow with a randomised A/B test.",
      'House ruling: a player asks, "So what do we do?" The house says: we ship the warm prompt to everyone on Monday.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cx017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'RULEBOOK: "The Big Brain Contest"',
      'Components: the old model, the new bigger model, and our parents asking which show suits which age. Hát, the evals went up three points, so the question is which one wins.',
      'Setup: the canary IS our A/B test. Whatever the canary group does better than the rest is the proof that the bigger model is better, and that is the number I take to finance.',
      'Turn order: puppeteers and box-office staff first, since they know every show and will catch a wrong age; then the try-it-first parents who opted in; then families district by district; new families and our season-ticket holders of ten years and more last, because those are the ones we cannot lose. The strings at 2 %, the first act at 20 %, the bow at 100 %, and each stage holds a full week of the Busójárás carnival.',
      "Scoring: we watch wrong-age answers graded by the eval harness, parents' thumbs-down and cost per conversation, canary against everyone else. If the canary sells more tickets per conversation, the new model has won and we go to the bow.",
      'End of the game: the winner takes the whole theatre.',
      'House ruling: a player says a canary only shows that it is safe. The house says: if it sells more, it is better, and that is the contest.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cx018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Rules of "Bigger Photos"',
      'Components: product pages with larger photos and a size guide; the on-call engineer; me.',
      'Setup: no limits written in advance, kérem. The numbers on the night tell you what is normal, so the head puppeteer and I look at the dashboard during each stage and decide then whether it looks bad. That is how we do it in the theatre: we feel the audience.',
      'Turn order: staff first, since they use the live site all day and will tell us if a size guide is wrong; then shoppers who opted into previews; then everyone else, district by district; first-time shoppers last, because a broken product page on a first visit loses them. The strings (2 %), the first act (20 %), the bow (100 %); each holds for a count of 20,000 product-page views.',
      'Scoring: we read the dashboard as it comes.',
      "End of the game: whoever's on call, at any hour, threads the old version back onto its strings with the feature flag, a few minutes, no redeploy, no need to call me.",
      'House ruling: a player says staff barely buy, so the staff stage will look broken. The house says: then we will see it on the dashboard and judge it there.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cx019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'RULEBOOK: "Which Show for Which Child?" (the card game we sell in the foyer)',
      'Components: 40 show cards, 12 child cards (ages 2 to 12), one curtain token, one die.',
      'Setup: each player draws three child cards. Shuffle the show cards and lay five face up on the stage board. Szia, grandmothers go first.',
      'Turn order: on your turn, match one child card to a show card whose age line fits ("Ludas Matyi, 5+"). A mismatch goes back under the deck.',
      'Scoring: one point per correct match, two if the child is at the lower edge of the age line.',
      "End of the game: when the show cards run out, the player with the most points takes the curtain token and chooses Sunday's matinée.",
      'House ruling: a player says a brave four-year-old may see a 5+ show. House ruling: the card says 5+, so no; the age line is the age line.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cx020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Rules of the workshop game "String the Marionette"',
      'Components: one wooden marionette with a busó mask on its head, nine strings, one control bar, a spool of black thread.',
      'Setup: hát, lay the puppet face down. Tie the head strings first, then the shoulders, then the hands and knees, and the back string last.',
      'Turn order: players take turns tying one string each; the youngest player ties the first knot.',
      'Scoring: a point for each string that holds when the puppet walks across the table, minus one for every tangle.',
      'End of the game: when all nine strings hold, the puppet takes a bow and the table claps.',
      'House ruling: a player wants to tie the hands before the head. House ruling: never; the head carries the weight.',
    ].join('\n'),
  },
];
