import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirtieth fresh set, author B: the other answers (ef028–ef040): middling
 * (ef028–ef030), weak (ef031–ef032), keyword salad (ef033–ef034), negated (ef035–ef036),
 * misconception-led (ef037–ef038) and off-topic (ef039–ef040), six on model scenarios and seven
 * on service scenarios.
 *
 * Voice: a Balinese (Ubud) English register in writing with Balinese and Indonesian words
 * ("om swastiastu", "suksma", "nggih", "ten", "becik"). The speaker is the PM of an Ubud gamelan
 * instrument maker whose language model suggests which instrument, tuning and size suit a group, a
 * gift and a budget; each built-in scenario's change is told as if it happened to that shop. Every
 * answer is a korfball referee's score sheet, half by half and attack by attack, with one goal
 * cancelled on review. Labelled by hand when written, before any grading (LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_THIRTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text:
      'Om swastiastu. A short sheet for the bigger, longer-context model behind our gamelan ' +
      'adviser. First half, attack one: the workshop staff try it first, then the Banjar Kutuh ' +
      'buyers who opted in to early access, then buyers of many years; new buyers and temple ' +
      'orders come last, because they are the ones a wrong suggestion would lose. Attack two: ' +
      'before any conversation moves I write the limits down: errors more than 0.5 % worse than ' +
      'now, cost per conversation more than 25 % worse than now, wrong-tuning suggestions on the ' +
      'eval harness more than 2 points worse than now, thumbs-down more than 2 points worse than ' +
      'now, and we damp the gongs. First half, goal cancelled on review: “evals went up three ' +
      'points, skip the canary.” Cancelled. Second half: the rest I leave to the engineers; they ' +
      'move it along when it looks becik. Suksma.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ef029',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "Om swastiastu. Sheet for the provider's new payment SDK, with wallets, in our Android app.",
      'First half, attack 1: stages. The first cast key 2 %, the tuning bench 10 %, the carved frame 50 %, the whole Ubud palace market 100 %.',
      'Attack 2: each stage holds three days and must take in one Friday evening, our busiest ordering hour, before we move on.',
      'Attack 3: before each stage opens, the master tuner and I both strike the first gong.',
      'First half, goal cancelled on review: “roll back with a new app build.” Cancelled.',
      'Second half, attack 4: whoever is on call, any hour, sets the old gongs back on their stands: a server-side flag sends Android buyers back to the old SDK path in five minutes, no app release, no need to call me.',
      'Attack 5: we keep an eye on Android payment failures the whole way.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ef030',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: [
      'Om swastiastu. Our catalogue search moves to a smaller, cheaper index. My korfball sheet:',
      'First half, attack one. As PM I own the rollback limits, the order of buyers and the holds of this release; engineering owns the index build, the routing and the flags.',
      'Attack two. The limits, agreed before the first query moves: p99 search latency more than 200 ms worse than now, p99.9 on heavily filtered queries (size, pelog or selendro, budget) more than 400 ms worse than now, zero-result searches more than 1 point worse than now, search-to-order more than 2 % worse than now, and we damp the gongs. The median is not on the list; the slowness hides in the tail.',
      'First half, goal cancelled on review: “cheaper and faster, so the canary proves it is better.” Cancelled. The canary says safe; a randomised A/B test afterwards says better.',
      'Second half: we start small and grow it. Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ef031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Om swastiastu. Korfball sheet for the cheaper, faster suggestion model. First half: we let ' +
      'some buyers use it and see how it goes. Buyers hardly ever rate a suggestion, so I will ask ' +
      'a few friends in the banjar what they think of it. First half, goal cancelled on review: I ' +
      'had said the eval harness would tell us everything; ten, it reads too little. Second half: ' +
      'if the suggestions seem worse, we go back to the old model. It is cheaper and faster, ' +
      'becik, so I expect it will be fine. Suksma.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ef032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Om swastiastu. Sheet for the clearer comparison table on our gamelan pricing page.',
      'First half, attack one: a canary release is when a new version goes to a small part of the users first, like casting the first key before the whole set.',
      'Attack two: nothing behind the page changes, so the risk is small.',
      'First half, goal cancelled on review: I had written “no canary at all”. Ten, we do a small one anyway.',
      "Second half: we put it out a little before Friday's campaign and check that buyers can still pay.",
      'Suksma, becik.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Om swastiastu. First half: canary 1 % 5 % 25 % 100 %, system prompt, warm, casual, German, ' +
      'Sie, du, thumbs-down 2 %, eval harness, p95 300 ms, tokens, gong, Banjar Padangtegal, first ' +
      'cast key, tuning bench, Galungan, threshold, rollback, A/B, hold, gate, sign-off, cohort, ' +
      'early access, master tuner, first gong. First half, goal cancelled on review: 0.5 % errors, ' +
      '200 ms, 2 % conversion, formal address 1 in 100, hallucination, flag, routing, on call, damp ' +
      'the gongs. Second half: nggih, ten, becik, suksma, cohort, canary, ramp 10 % 50 % 100 %, ' +
      'pelog, selendro, gangsa, reyong, stands, old gongs, the whole Ubud palace market.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ef034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Om swastiastu.',
      'Korfball. First half.',
      'Image resizer. New photo format. Benchmarks 20 % faster.',
      'Memory. Restart. Deploy. Thursday.',
      'Canary 2 % 10 % 50 % 100 %.',
      'p99 200 ms, errors 0.5 %, memory 80 %, restarts zero.',
      'Goal cancelled on review.',
      'Banjar Taman, Banjar Tebesaya, three years, five years.',
      'Second half.',
      'Rollback, routing, flag, on call, stands, gongs.',
      'Threshold, hold, gate, sign-off, master tuner, first gong.',
      'A/B, randomised, safe, better.',
      'Galungan week, 400 orders, damp.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ef035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Om swastiastu. My korfball sheet for the new suggestion model that reads more from the regional feature stores, though this sheet mostly records what we will not do.',
      'First half, attack one: I would not split the work into what a PM owns and what engineering owns; that line does not help us.',
      'Attack two: we would not order buyers by Ubud banjar or years buying, and I see no reason for workshop staff or early-access ensembles to go first, nor for new buyers to wait until last.',
      'Attack three: we would not write rollback limits before traffic moves: no numbers on feature-store timeouts, none on suggestion acceptance, none on the eval harness.',
      'First half, goal cancelled on review: I nearly wrote a hold over the European evening peak. Ten, cancelled; no such hold.',
      'Second half, attack four: no first cast key, no tuning bench, no stages with holds between them.',
      'Attack five: nobody strikes the first gong before an advance; the master tuner is not asked to sign anything.',
      'Attack six: the on-call engineer does not get to set the old gongs back on their stands on their own at three in the morning, and we would not keep a routing switch for it.',
      'Attack seven: I would not treat the canary as only a safety check, and I would not run a randomised A/B test afterwards.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ef036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Om swastiastu. The booking page for commissioning a gamelan set gets a new date picker and a shorter form, with the chosen dates kept in a new client-side store. My korfball sheet, in the negative.',
      '1. First half, attack one. I will not draw a line between what I own as PM and what the engineers own.',
      '2. First half, attack two. No order of buyers: not workshop staff first, not the Banjar Ubud Kelod ensembles who asked for early access, not first-time buyers last.',
      '3. First half, attack three. No limits written in advance: not 2 % fewer bookings, not 0.5 % more errors, nothing fixed before traffic moves.',
      '4. First half, goal cancelled on review: “hold a day so the late bookings can arrive”. Cancelled; we will not hold.',
      '5. Second half, attack four. No stages: no first cast key, no tuning bench, no carved frame.',
      '6. Second half, attack five. Nobody strikes the first gong; the master tuner does not sign off an advance.',
      '7. Second half, attack six. The person on call will not set the old gongs back on their stands on their own, and there is no flag to do it in minutes.',
      '8. Second half, attack seven. We will not call the canary a safety check and follow it with a randomised A/B test; we will not follow it with anything.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: [
      'Om swastiastu. For the bigger, longer-context model behind our gamelan adviser my korfball sheet says it plainly: the canary is our A/B test.',
      '',
      'First half, attack one. The canary will prove the bigger model is better than the old one. Offline evals went up three points; the canary cohort confirms the lift in orders, and Finance gets its answer about value from the same numbers.',
      'Attack two, the order: workshop staff first, then the Banjar Ubud Kelod sekaha gong who opted in to early access, then buyers of five years and more; new buyers and temple commissions last, because they are the most fragile and the most valuable.',
      'Attack three, the limits, fixed before traffic moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, orders after a conversation more than 2 % worse than now, and we damp the gongs.',
      '',
      'First half, goal cancelled on review: I had put temple commissions first, as an honour. Cancelled; they go last.',
      '',
      'Second half, attack four. When the canary shows the lift, that is our proof that the new model wins, and we go to everyone.',
      'Attack five. Whoever is on call, at any hour, sets the old gongs back on their stands: a flag switch, three minutes, no redeploy, no need to call me.',
      'Suksma.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ef038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Om swastiastu. Our product pages get larger photos of every gangsa and reyong and a size guide for each frame. My korfball sheet:',
      'First half, attack 1, the order. Workshop staff first, since they are on the live site all day checking stock and orders; then the Banjar Tebesaya sekaha gong who opted in to early access; then buyers of three years and more; new buyers last, they are the most fragile.',
      'Attack 2, the limits. We decide the limits while we watch. I write no numbers beforehand; once the staff traffic shows us what normal looks like, we pick the line on the dashboard, and a conversion that looks strange we judge by eye on the day.',
      'First half, goal cancelled on review: I had written “staff buy almost nothing, so roll back at once”. Cancelled; staff never buy through the site.',
      'Second half, attack 3, the stages. The first cast key (staff only), the tuning bench at 10 %, the carved frame at 50 %, the whole Ubud palace market; each stage holds five days before the next.',
      'Attack 4, sign-off. Before each stage the master tuner and I both strike the first gong.',
      'Suksma, nggih.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Om swastiastu. A korfball sheet, but about the words of our warmer prompt rather than any release.',
      '',
      'First half, attack one. The new prompt greets buyers with “om swastiastu” and closes with “suksma”, which our Ubud buyers like and visitors find charming.',
      'Attack two. In German the prompt should say “Sie”, and I would ask Mbok Sari, who learned German guiding tours, to rewrite the greeting so it sounds warm without sounding like a friend from the warung.',
      'First half, goal cancelled on review: I wrote that a gong kebyar needs twenty players. Cancelled; a full set wants closer to thirty.',
      '',
      'Second half, attack three. Pelog has five or seven tones and selendro has five, and the adviser should explain that a set is tuned as a whole, so one gangsa cannot be swapped into another set.',
      'Attack four. Our korfball team from Banjar Padangtegal won on Saturday, twelve to nine, and two of the goals came from Bli Wayan under the post.',
      'Suksma, becik.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ef040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Om swastiastu. The score sheet of our spring sale week, 20 % off every set, written the korfball way.',
      'First half, attack one: we sold eleven pairs of gangsa and three full sets of angklung, most to schools in the Netherlands and Japan.',
      "Attack two: the reviews above the fold look becik; buyers read the one about the kempur's long, slow hum first.",
      'First half, goal cancelled on review: I had counted a reyong order twice. Cancelled.',
      'Second half, attack three: the lazy-loaded photo gallery is lovely on a phone, and the carvers are proud of the gilded frames in the new photos.',
      'Attack four: next year the sale should start before Galungan, when families in every banjar buy gifts.',
      'Suksma, nggih.',
    ].join('\n'),
  },
];
