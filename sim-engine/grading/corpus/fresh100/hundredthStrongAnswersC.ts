import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Hundredth fresh set, author c: strong answers (db041–db047), written blind and labelled by hand. Each is the liner notes of an album read track by track, in a Mongolian English register, by a cashmere shop PM. */
export const HUNDREDTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'db041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Liner notes, "Bigger Model, Same Wool": our size-and-colour helper moves to a bigger model.',
      "Track 1 — Who Plays What (1:10). Credits: za, me on the running order, the stop lines and the holds; Batbayar's engineers on routing, deploy and the flag.",
      'Track 2 — Lines Before the Music (2:05). Written before one buyer hears it: errors more than 0.5 % worse than now, p95 300 ms worse, eval-harness wrong sizes 1 point worse, thumbs-down 2 points worse, cost per conversation 40 % worse, and we stop the combing.',
      'Track 3 — Who Hears It First (1:40). Shop staff; then preview buyers who opted in; then Chingeltei regulars of five years and more; first-time buyers last, because one wrong size loses them.',
      'Track 4 withdrawn; bonus track: Three Stages (2:30). The first comb 2 %, the yarn 20 %, the sweater 50 %, then everyone, each held 3,000 orders. Before each advance the master herder (Batbayar, engineering lead) and I both tie the blue khadag.',
      "Track 5 — The Ride Home (1:15). Any hour, whoever's on call rides the old version back to the ger, no need to call me: one flag, under five minutes, no redeploy.",
      'Track 6 — Safe Is Not Better (1:00). The canary says safe; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'db042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Album: "Cheap Wool, Same Warmth". Liner notes, read track by track.',
      'Track 1 — Intro: The Cheaper Model (0:45). Za. The helper in our cashmere shop that suggests sizes and colours moves to a cheaper, faster model. Few buyers press the thumbs, and the eval harness grades one answer in two hundred, so this album is slow on purpose.',
      "Track 2 — Credits (1:20). Mine: which buyers go first, the stop numbers, how long each stage holds, when we advance. Engineering's: the routing, the deploy, the feature flag. Tiim, they play the instruments; I choose the order of the songs.",
      'Track 3 — The Numbers Written Down (2:40). Signed on Monday, before any traffic moves: error rate more than 0.5 % worse than now, p95 latency more than 250 ms worse, wrong-size or wrong-colour answers in the harness more than 2 points worse, thumbs-down more than 3 points worse, returns for wrong size more than 1 point worse than the buyers still on the old model. Any one of them, and we stop the combing. For the canary we raise the harness to one answer in twenty, or the wrong-size number is only noise.',
      'Track 4 — Running Order of the Buyers (2:10). First our own shop girls and the herder cooperative; they tell us straight. Then buyers who ticked "try new things first". Then Sükhbaatar and Khan-Uul regulars of three years or more. Last the first-time buyers and big hotel gift orders, because a wrong size there costs most.',
      'Track 5 — The First Comb (3:00). 5 % of suggestions, held until 2,000 graded answers, not a clock, because at our traffic one day is too thin to read.',
      'Track 6 withdrawn (it said half a day at each stage); bonus track: The Yarn and the Sweater (3:30). The yarn at 25 %, the sweater at 50 %, each held for a full week of Naadam or 4,000 orders, whichever is longer; then everyone. Before every next stage the master herder, Ganbold who leads engineering, and I both tie the blue khadag.',
      "Track 7 — The Ride Back (1:30). Daytime or 3 a.m., whoever's on call rides the old version back to the ger, no need to call me. One routing flag, the old model back in about two minutes; nobody redeploys.",
      'Track 8 — Outro: Safe, Not Better (1:10). This album only shows the cheaper model is safe. Whether buyers like its suggestions more is a question for a randomised A/B test afterwards. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'db043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Liner notes, "Warm Words", read aloud track by track.',
      'Track 1 — What Changed (0:50). Za, the system prompt of our size-and-colour helper was rewritten to sound warm and casual. Only English speakers reviewed it, and a quarter of our buyers write in Mongolian, where an older customer expects the polite "Ta", not "chi".',
      "Track 2 — Credits (1:05). Produced by me: the running order of buyers, the stop numbers, the holds, the go or no-go. Engineered by Oyunaa's team: prompt routing, deploy, flags.",
      'Track 3 — Written Before We Play (2:20). Fixed and signed before the first buyer: thumbs-down more than 2 points worse than now in either language, the eval harness grade for tone and correct sizes more than 3 points worse, errors more than 0.5 % worse, p95 latency more than 200 ms worse, orders per suggestion more than 2 % worse than the baseline buyers. Any one, in either language, and we stop the combing. We read Mongolian and English apart, never as one average.',
      'Track 4 — Who Hears It (2:00). Our own staff first, in both languages; then buyers who opted into the preview; then Bayangol and Chingeltei buyers of five years and more, who forgive a strange sentence. Elder buyers writing in Mongolian and brand-new buyers go last, since the casual voice can offend them most.',
      'Track 5 — The First Comb (2:30). 2 % of conversations, held until we have 1,500 Mongolian conversations, not only a count overall.',
      'Track 6 withdrawn; bonus track: The Yarn, the Sweater (3:10). The yarn at 20 %, held a full week of Naadam; the sweater at 50 %, held 5,000 orders; then all. At every gate the master herder, our head of engineering, and I both tie the blue khadag; no khadag, no next stage.',
      "Track 7 — Riding Back (1:20). Whoever's on call rides the old version back to the ger, no need to call me, at midnight or at noon: the old prompt is one config switch, about a minute, no redeploy.",
      'Track 8 — Safe Is Not Better (1:00). If it passes, we know the warm prompt is safe. Whether warm sells more is for a randomised A/B test afterwards, not for this canary. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'db044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Liner notes: "Two Clocks", read track by track.',
      'Track 1 — Overture (0:40). Za. The new model that suggests sizes and colours on our home screen reads more features per request from our two feature stores, Ulaanbaatar and Frankfurt, and both were sized for the old model. Our team sleeps while Europe shops.',
      'Track 2 — Credits (1:00). Me: who goes first, the stop limits, the holds. Engineering, under Tuvshin: routing, deploys, flags and the capacity of the feature stores.',
      'Track 3 — Stop Lines (2:30). Written before any traffic, per region: errors more than 0.5 % worse than now, p95 more than 150 ms worse, feature-store timeouts above 1 %, suggestion-accepted rate more than 3 points worse, wrong-size flags from the eval harness more than 2 points worse, baskets per suggestion more than 2 % worse than the baseline buyers. More than any of these worse than now and we stop the combing.',
      'Track 4 — Running Order (2:00). Shop staff in Ulaanbaatar and Frankfurt first; then buyers who opted into previews; then Khan-Uul and Bayanzürkh regulars of four years and more, and long-time European buyers; new buyers and the wholesale boutiques last, because they are worth the most and forgive the least.',
      "Track 5 — The First Comb (2:10). 1 % in each region, held across each region's own peak, Ulaanbaatar's lunch and Europe's evening, which is 3 a.m. here: at least two peaks each.",
      'Track 6 withdrawn (a single hold timed on our own working day); bonus track: The Yarn and the Sweater (3:00). The yarn at 10 %, the sweater at 50 %, each held 3,000 orders and two peaks per region, then everyone. At each gate the master herder, Tuvshin, and I both tie the blue khadag.',
      "Track 7 — Night Ride (1:30). At any hour, 3 a.m. in Ulaanbaatar included, whoever's on call rides the old version back to the ger, no need to call me: a routing flag, the old model back in under five minutes.",
      'Track 8 — Closing (1:00). This tells us the model is safe under both peaks. Whether the new suggestions sell better, a randomised A/B test tells us after. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'db045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Liner notes, EP "One Page": our three-step checkout becomes one page, saved cards filled in, before the Tsagaan Sar gift rush.',
      'Track 1 — Credits (0:50). Za: I own the running order of buyers, the stop lines and the holds; engineering owns routing, deploy and flag.',
      'Track 2 — Stop Lines (1:40). Signed before any buyer sees it: errors more than 0.5 % worse than now, p99 200 ms worse, first-order conversion 2 % worse than the old checkout, and we stop the combing.',
      'Track 3 — Running Order (1:30). Staff; then preview buyers who opted in; then Sükhbaatar regulars of five years and more; first-time buyers last, because only returning buyers tried it in the lab.',
      'Track 4 withdrawn; bonus track: Three Stages (2:00). The first comb 2 %, the yarn 20 %, the sweater 50 %, each held 1,000 orders, then first-time buyers held 500 first orders, then all. The master herder, our tech lead Enkhjin, and I both tie the blue khadag before each.',
      "Track 5 — Ride Home (0:50). Any hour, whoever's on call rides the old version back to the ger, no need to call me: a flag flip, under five minutes.",
      'Track 6 — Coda (0:40). Safe, not better: a randomised A/B test afterwards says if it sells more.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'db046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Liner notes: "New Wallet", read aloud track by track.',
      "Track 1 — Intro (0:40). Za. Payments in our iPhone and Android apps move to the provider's new SDK, which adds wallet payments. It passed the provider's certification; that is their test, not ours.",
      "Track 2 — Credits (1:10). Mine: the running order of buyers, the stop lines, the holds, who signs. Engineering's, under Saraa: the routing, the app release, the remote flag that picks the SDK.",
      'Track 3 — Stop Lines (2:40). Written and signed before the first payment: payment failures more than 0.5 % worse than now, counted per platform and per five minutes, not as a daily average, because a burst hides in averages; p99 payment time more than 300 ms worse; paid orders per checkout more than 2 % worse than the baseline buyers. Any one, on Android or iPhone alone, and we stop the combing.',
      'Track 4 — Running Order (2:00). Staff phones first, Android and iPhone both; then buyers in the preview group; then Bayangol and Songinokhairkhan buyers of three years and more, who come back if a payment fails once. First-time buyers and orders over a million tögrög last: a failed first payment is a buyer lost.',
      'Track 5 withdrawn (it started on Friday evening to "see real load"); bonus track: The First Comb (2:30). Tuesday morning, 1 % of payments, held for 2,000 payments and at least one evening peak.',
      'Track 6 — The Yarn, the Sweater (3:00). The yarn at 10 %, held through a full Friday evening, our busiest hour; the sweater at 50 %, held 10,000 payments; then everyone. At each gate the master herder, Saraa, and I both tie the blue khadag before we go on.',
      "Track 7 — Ride Back (1:20). Any hour, whoever's on call rides the old version back to the ger, no need to call me: the remote flag sends payments back to the old SDK in about two minutes, no app-store release.",
      'Track 8 — Last Track (0:50). This proves the new SDK is safe. Whether wallets make people buy more, a randomised A/B test after the canary will say. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'db047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Liner notes: "Moving House", read track by track.',
      'Track 1 — The Move (0:50). Za. Every page of our cashmere shop reads stock and orders from the database, and that database moves to a managed cluster behind a new proxy. Load tests passed, but with warm caches. The old cluster is switched off at the end of the month; that date does not set our pace.',
      "Track 2 — Credits (1:00). Me: the running order of buyers, the stop lines, the holds, the sign-off. Engineering, Temuulen's team: the proxy, the routing, the migration scripts.",
      'Track 3 — Stop Lines (2:20). Fixed before traffic moves: errors more than 0.3 % worse than now, p99 page time more than 250 ms worse, proxy connection errors above 0.1 %, orders per visit more than 2 % worse than the baseline buyers. Any one and we stop the combing.',
      "Track 4 — Running Order (1:50). Our staff's stock screens first; then preview buyers who opted in; then Chingeltei and Khan-Uul buyers of six years and more; new buyers and the wholesale boutiques last, because a slow stock page costs us most there.",
      'Track 5 — The First Comb (2:10). 2 % of reads, cold caches on purpose, held through one full evening peak and 3,000 orders.',
      'Track 6 withdrawn (one day at each stage, peak or no peak); bonus track: The Yarn and the Sweater (3:20). The yarn at 20 %, held through two evening peaks; the sweater at 50 %, held a full week of Naadam, because load doubles then; then all. Before each next stage the master herder, Temuulen, and I both tie the blue khadag.',
      "Track 7 — Ride Back (1:10). At any hour, whoever's on call rides the old version back to the ger, no need to call me: the proxy routes back to the old cluster in under five minutes, and writes go to both clusters until the sweater is done, so nothing is lost.",
      'Track 8 — Coda (0:50). The canary says the move is safe, not that faster pages sell more; if we want that answer, a randomised A/B test afterwards gives it. Bayarlalaa.',
    ].join('\n'),
  },
];
