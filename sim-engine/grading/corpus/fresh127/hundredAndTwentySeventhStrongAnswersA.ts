import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-seventh fresh set, author A: strong answers (ec001–ec007), four on
 * model scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: a Lingala (Kinshasa) English register in speech with Lingala and French words, the PM of
 * Lisanga Couture, a Kinshasa pagne (wax-print) tailoring shop whose language model suggests fabric,
 * cut and size; every answer a karate referee's match card, bout by bout, with one point withdrawn
 * on the video.
 */
export const HUNDRED_AND_TWENTY_SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Mbote! Match card for Lisanga Couture, our pagne shop by the Zando: the fabric adviser against the bigger model with the long memory. I am the shushin on this one, the head tailor is my kansa. Allez.',
      '',
      "Bout 1, who owns what. I own the order of clients, the limits and the holds. Patrick's engineers own the routing, the deploy and the flag. Yuko.",
      '',
      'Bout 2, the order. The first cut panel is our own twelve tailors and apprentices, who ask the adviser all day long. Then the charcoal iron: clients who signed the early-access sheet at the counter. Then the regulars of Lingwala and Kasa-Vubu, three years buying and more. Last, the new buyers and the wedding parties of Gombe: a new client forgives nothing, and a wedding is our biggest bill. Yuko.',
      '',
      'Bout 3, point withdrawn on the video: I first said we would watch the dashboard and feel it. Te! Withdrawn. The limits are written before one question moves: errors more than 0.5 % above today, p95 more than 800 ms slower, invented fabrics or sizes in the eval harness up more than 2 points, client thumbs-down up more than 3 points, cost per conversation more than 40 % above today. Finance asked about cost, so cost is a limit, not a surprise. Cross any one and we fold the bolts away.',
      '',
      'Bout 4, the holds. Cut panel at 5 %, four days. Charcoal iron at 20 %, right through the 30 June independence week, when every family orders a new outfit and the long conversations come; the longer memory is exactly what we must see there. The whole Zando at 50 %, then 100 %, each step after 1,500 conversations and three clean days. Before every step Mama Ngalula, the head tailor, and I both tug the first seam hard: our two names sign each advance. Yuko.',
      '',
      'Bout 5, rollback. Whoever is on call, midnight or noon, pins the old shirts back on the doorway mannequins: one flag, under five minutes, no redeploy, and nobody waits to ring me first. Yuko.',
      '',
      "Bout 6. The evals went up three points on short questions, d'accord, but this card only says the big model is safe. Whether it sells better, a randomised A/B test afterwards, clients split by the coin. Matondo!",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Match card: the warm prompt against the mamans. Mbote.',
      "Bout 1. Mine: order, limits, holds. Patrick's engineers: routing, flag, deploy.",
      'Bout 2. Order: our tailors, then the early-access sheet, then Lingala and English writers of Bandal, and last the French writers, the mamans of Gombe. A quarter of our clients, and the most fragile to a wrong tone: they want "vous", not "mon petit".',
      'Bout 3, point withdrawn on the video: "French is like English, skip it." Te. French gets its own gate.',
      'Bout 4. Limits written before day one, per language: thumbs-down up 2 points over today; tailors rewriting the suggestion up 5 points; eval-harness formal-address failures above 1 %; errors up 0.5 %; p95 up 600 ms. One crossed, bolts folded away.',
      'Bout 5. Holds: cut panel 5 %, four days; charcoal iron 25 %, until 600 French conversations; then the whole Zando. At each step Mama Ngalula the head tailor and I both tug the first seam: our sign-off.',
      'Bout 6. On call, any hour: pins the old shirts back. Prompt flag, two minutes, no redeploy, no waiting for my yes.',
      'Bout 7. This shows safe only. "Warmer sells better" waits for a randomised A/B test. Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Mbote, ndeko. Match card for the cheaper, faster adviser. Our shop is small: a few hundred suggestions a minute on a Saturday, and few mamans press the little star. So this card is counted in orders, not in days.',
      "1. Bout 1, the split. Mine: who goes first, the limits, how long we hold. Engineering's: the routing, the flag, the deploy. Yuko.",
      '2. Bout 2, the order. The first cut panel is our own tailors and apprentices; then the charcoal iron, clients who asked for early access at the counter; then the regulars of Kalamu and Lingwala, three years buying and more; last, first-time buyers and bridal parties. A first order cut wrong is a client lost, and a bride is our biggest bill. Yuko.',
      '3. Bout 3, the limits, signed before the first suggestion moves: invented fabrics or sizes in the eval harness more than 1.5 points above today; tailors rewriting the suggestion more than 4 points above; one-star marks more than 2 points above; errors more than 0.5 % above; p95 more than 500 ms slower. Past any one, the bolts are folded away. Yuko.',
      '4. Bout 4, point withdrawn on the video: I said "the harness grades one suggestion in two hundred, that is enough". Te! With so few ratings we would see nothing at 5 %. Withdrawn. For the canary, engineering turns the harness up to one in ten on canary traffic only.',
      '5. Bout 5, holds by count. The cut panel holds until 400 graded suggestions; the charcoal iron, at 20 %, until 1,000 graded and 150 star marks; the whole Zando at 50 % right through the 30 June independence week, then 100 %. Before each step Mama Ngalula the head tailor and I both tug the first seam: that is our signature on the advance. Yuko.',
      '6. Bout 6, rollback. Whoever is on call, two in the afternoon or two in the morning, pins the old shirts back on the doorway mannequins: one flag, under five minutes, no redeploy, and nobody rings me for permission. Yuko.',
      '7. Bout 7. Cheaper and faster is a fact; better for the client is not. This card says safe. For better, a randomised A/B test afterwards. Matondo mingi.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ec004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Ee, mbote, so here is the match card in one breath, for the new suggestion model that ' +
      'reads more about each client from the regional feature stores, the Kinshasa store and ' +
      'the store for our diaspora clients in Montréal, whose lunch hour lands at seven in the ' +
      'evening here when our team in Gombe has gone home: Bout 1, I hold the order of clients, ' +
      "the limits and the holds, and Patrick's engineers hold the routing, the flag and the " +
      'deploy, yuko; Bout 2, the first cut panel is our own tailors, then the charcoal iron of ' +
      'early-access clients from both cities, then the regulars of Limete and Ngiri-Ngiri with ' +
      'five years buying and the Montréal regulars, and last the new buyers and the wedding ' +
      'orders, because a new client or a bride forgives nothing, yuko; Bout 3, the limits ' +
      'written down before a single request moves, per city and never averaged: feature-store ' +
      'read time at p95 more than 150 ms above today, errors more than 0.5 % above, clients ' +
      'taking the suggested bolt down more than 3 points, tailors overruling the suggested cut ' +
      'up more than 4 points, eval-harness wrong-size answers above 2 %, and any one crossed in ' +
      'either city means we fold the bolts away, yuko; Bout 4, point withdrawn on the video, I ' +
      'had said two quiet days in Kinshasa were enough to advance, te, the video shows the ' +
      'Montréal store never saw its lunch, withdrawn, so each stage, the cut panel at 5 %, the ' +
      'charcoal iron at 20 %, the whole Zando at 50 % then 100 %, holds at least four days and ' +
      "must pass three Montréal lunch peaks clean with someone awake on Montréal's hour, and " +
      'before each step Mama Ngalula the head tailor and I both tug the first seam, our two ' +
      'signatures on it; Bout 5, whoever is on call, Kinshasa or Montréal, any hour of the ' +
      'night, pins the old shirts back on the doorway mannequins with the flag, under five ' +
      'minutes, no redeploy, and nobody waits for my yes, yuko; Bout 6, and malembe here, this ' +
      'card only says the model is safe, not that it sells more bolts, so for better we run a ' +
      'randomised A/B test afterwards, matondo.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ec005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Match card · Lisanga Couture · the one-page checkout · mbote!',
      '',
      'Bout | Call | Score',
      '1 | Who owns what | I own the order of clients, the limits and the holds; engineering owns the routing, the flag and the deploy. | Yuko',
      '2 | Order | Our tailors and counter staff order their own cloth through it first; then the clients on the early-access sheet; then the regulars of Kintambo and Bandal, four years buying; first-time buyers last. The independence-week campaign brings them in, and a page that fills in saved addresses and Airtel numbers is built for people we already know, not for them. | Yuko',
      "3 | Limits, fixed before traffic moves | Checkout errors more than 0.5 % above the old page; p99 more than 300 ms slower; first-order completion more than 2 % below the old checkout's clients in the same days; returning clients' completion more than 2 % below. Cross one and the bolts are folded away. | Yuko",
      '4 | Point withdrawn on the video | I had written "first-timers at 5 %, to learn fast". Te, they go last. | Withdrawn',
      '5 | Holds | First cut panel, 5 %: three days and 300 orders. Charcoal iron, 25 %: five days and 1,500 orders, enough for the completion numbers to mean something. The whole Zando: 50 %, then 100 % before the 30 June week begins, or we wait and the campaign runs on the old page. Before every step Mama Ngalula the head tailor and I both tug the first seam: that is the sign-off. | Yuko',
      '6 | Rollback | Whoever is on call, any hour, pins the old shirts back on the doorway mannequins: the flag back to the three-step checkout, two minutes, no redeploy, no asking me. | Yuko',
      '7 | Safe or better | The canary says safe. "Does one page sell more?" is for a randomised A/B test afterwards. | Yuko',
      '',
      "Final score: six yuko, one withdrawn. Matondo, d'accord?",
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ec006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Mbote. Match card: the new mobile-money SDK, with wallets.',
      "1. Mine: order, limits, holds. Engineering's: routing, flag, deploy.",
      '2. Order: our tailors paying for their own cloth; early-access clients; iPhone and web regulars of Gombe; Android last. Most of our clients are on Android, and that is where the bursts hide.',
      '3. Limits, before traffic: payment failures up 0.3 % over the old SDK in any ten-minute window; p99 up 400 ms; paid-order rate down 2 %. One crossed, bolts folded away.',
      '4. Bout 4, point withdrawn on the video: "daily averages are enough". Te, a burst hides inside a day. Ten-minute windows.',
      '5. Holds: first cut panel 5 %, two days; charcoal iron 25 %, through one Saturday fitting rush; then the whole Zando. Mama Ngalula the head tailor and I tug the first seam before each step: sign-off.',
      '6. On call, any hour: pins the old shirts back. Provider flag, under five minutes, no redeploy, no waiting for me.',
      '7. Safe, not better. Do wallets sell more? A randomised A/B test later. Matondo.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ec007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Mbote na bino. This match card is about the 2 a.m. bout, so I score that one first.',
      '',
      'Bout 1, the night. Our delivery quotes, what the moto-taxi charges to bring a finished outfit to Matete or Ngaliema, move to a new pricing service, and it shares the nightly batch window with billing. If it breaks at 2 a.m. on a Saturday, whoever is on call that night pins the old shirts back on the doorway mannequins: the routing flag back to the old quote service, under five minutes, no redeploy. They do not wake me and they do not wait for the head tailor; the limits below are their permission. Yuko.',
      '',
      'Bout 2, who owns what. I own the order of clients, the limits and the holds. Engineering owns the routing, the flag, the deploy and the batch schedule. Yuko.',
      '',
      'Bout 3, point withdrawn on the video: I said "start on Tuesday evening, the quiet night, and go on Wednesday". The video shows the batch window opens at one; a quiet Tuesday tells us nothing about it. Withdrawn. The first stage lives through two batch nights before anything advances.',
      '',
      'Bout 4, the limits, agreed and written before any quote moves: quote errors more than 0.5 % above the old service; p99 more than 250 ms slower; more than 1 % of quotes differing from the old price by over 5 %; the billing batch running more than 20 minutes longer. Any one crossed, and we fold the bolts away. Yuko.',
      '',
      "Bout 5, the order. Our own tailors and drivers booking deliveries first; then the early-access clients; then the regulars of Lemba and Kalamu, three years buying; last, the new clients and the wedding deliveries. A wrong fare on a bride's dress on a Saturday night is not forgiven. Yuko.",
      '',
      'Bout 6, the holds. First cut panel, 5 %: two batch nights and one weekend night. Charcoal iron, 25 %: a whole weekend, Friday to Sunday. The whole Zando: 50 % for three days, then 100 %. At each gate Mama Ngalula the head tailor and I both tug the first seam; unsigned, it does not advance. Yuko.',
      '',
      'Bout 7. The canary tells us the new pricing is safe. Whether it earns more is another fight: a randomised A/B test afterwards. Matondo, ee.',
    ].join('\n'),
  },
];
