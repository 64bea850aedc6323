import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-tenth fresh held-out set, author C: the other answers (dl048–dl060): middling
 * (dl048–dl050), weak (dl051–dl052), keyword salad (dl053–dl054), negated (dl055–dl056),
 * misconception-led (dl057–dl058) and off-topic (dl059–dl060); seven on service scenarios and six
 * on model scenarios.
 *
 * Voice: an Okinawan (Naha) English register in writing with Okinawan and Japanese words
 * ("haisai", "mensoore", "nifee deebiru", "nankurunaisa", "-san"); the PM of a bingata
 * stencil-dyeing workshop whose language model suggests which pattern, colours and cloth suit a
 * customer and an occasion. Every answer is a caddie's yardage book read hole by hole, with one
 * hole's note rewritten. Labels are the points a strict interviewer would say each answer commits
 * to as its own plan: a practice named only to be rejected earns nothing, salad earns nothing, and
 * a misconception never earns the point it sits on. Written blind (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_TENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dl048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: `Haisai. The three-step checkout of our cloth shop becomes one page, with saved addresses and cards filled in. Returning customers loved it in the lab; first orders peak before the Naha summer season. My yardage book has only three holes written so far.

Hole 1 — the bag. I own the order of cohorts and the rollback limits; engineering owns the routing, the deploy and the flag for the new page.

Hole 2 — the order. Our shop staff buying their own tenugui first. Then customers who opted in to early access. Then returning customers in Tsuboya and Makishi with two to six years of buying. First-time buyers last, because they have no saved card to fill in and they are exactly who the lab never saw.

Hole 3, rewritten: I first wrote "conversion must not fall". Now, before any customer sees the page: first orders completed more than 2 % worse than now, checkout errors more than 0.5 % worse, p99 more than 250 ms worse. Past any, and we lift the katagami off the cloth.

After that we open it wider as it looks fine. Nankurunaisa.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dl049',
    scenario: 'model',
    class: 'middling',
    points: points('T H S M'),
    text: `Mensoore. Bigger model for our pattern assistant; offline evals up three points on short questions, and the owner asks what each conversation will cost. My yardage book:

- Hole 1 · limits · written before the switch: hallucination rate from the eval harness more than 1 point worse than now; thumbs-down on suggestions more than 2 points worse; cost per conversation more than 30 yen above now; p95 latency more than 300 ms worse. More than that, and we lift the katagami off the cloth.
- Hole 2 · who sees it · a random 5 % of customers, whoever they are.
- Hole 3, rewritten · stages · (was: 5 % then everyone) first katagami 5 % held 4 days and 500 graded conversations; drying poles 30 % held a full week of the Naha Great Tug-of-War; full length 100 %. No stage moves while a hold is running.
- Hole 4 · hanko · Kinjo-san, the head dyer, and I both press our hanko on the first cloth before every advance.
- Hole 5 · trouble · if something looks wrong, we go back.

Nifee deebiru.`,
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dl050',
    scenario: 'service',
    class: 'middling',
    points: points('R A'),
    text: `Haisai. Search in our pattern archive moves to a new, smaller index. The median search got faster; the rare searches with many filters (pattern, colour, cloth, era) were never in the benchmark. My yardage book, three holes:

Hole 1. We start small and look at the dashboard every morning, and widen when it feels calm.

Hole 2, rewritten: I had "engineering will roll back if needed". Now: whoever is on call, any hour, hangs the old cloths back on the bamboo poles, no need to call me. That is a routing switch back to the old index, done in under five minutes, no redeploy, and no one's approval.

Hole 3. The canary only tells us the new index is safe. It does not tell us customers find better cloth; for that we run a randomised A/B test after the rollout.

Nankurunaisa.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dl051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `Haisai! The new warmer prompt for the pattern assistant, in my little yardage book:

Hole 1: let some customers try it and see how they feel.
Hole 2: keep an eye on the Japanese side, because politeness matters there.
Hole 3, rewritten: I wrote "ask the English staff", but they already liked it. Now: ask a few Japanese customers too.
Hole 4: if people are unhappy, we change it back.
Hole 5: if everyone is happy, everyone gets it.

Nankurunaisa, it will come right. Nifee deebiru.`,
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dl052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Mensoore. A canary release, as I understand it, means giving the new image-resizing service to a few customers before everyone, so that the photos of our cloth are tested by real people. My yardage book is short.

Hole 1. Put the new resizer out to a small part of the shop.
Hole 2. Watch that the bingata photos still look sharp, because colour is everything for us.
Hole 3, rewritten: I first wrote "Thursday for everyone" because the team wants it by then. Now: when it has been fine for a while, everyone.
Hole 4. If the pages become slow, engineering will know what to do.

It is twenty percent faster in the benchmark, so I am hopeful. Nifee deebiru.`,
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dl053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Haisai. Yardage book, pricing page.

Hole 1 · canary · 1 % 5 % 25 % 100 % · PM · engineering · flags · routing · cohort.
Hole 2 · Tsuboya · Makishi · Shuri · 3 years · 10 years · staff · early access · segment.
Hole 3, rewritten · 0.5 % · 200 ms · p99 · 2 % · baseline · control · conversion · threshold.
Hole 4 · first katagami · drying poles · full length · hold · gate · 48 h · Tug-of-War week.
Hole 5 · hanko · head dyer · sign-off · first cloth.
Hole 6 · rollback · on call · bamboo poles · 5 minutes · config · switch · any hour.
Hole 7 · A/B · randomised · safe · better · lift · significance.

Comparison table, campaign Friday, checkout unchanged, nankurunaisa, nifee deebiru.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dl054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Mensoore, mensoore: cheaper model, faster model, eval harness one in two hundred, one in ten, thumbs-down, hallucination rate, token cost, p95, 250 ms, 0.5 %, 2 points, 1 point, Hole 1 owners PM engineering, Hole 2 dyers early-cloth list Kumoji Oroku five years twenty years, Hole 3 limits before traffic, Hole 4, rewritten: 5 % 25 % 100 % first katagami drying poles full length Naha Great Tug-of-War 600 graded suggestions, Hole 5 hanko head dyer first cloth, Hole 6 on call bamboo poles flag five minutes no redeploy, Hole 7 canary safe A/B better randomised, hallucination, thumbs-down, cost, p95, katagami, cloth, gate, hold, ramp, nankurunaisa.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dl055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Haisai. The new recommendation model for our home-page bundles, reading more from the regional feature stores. My yardage book, honestly kept:

Hole 1. I would not split what I own from what engineering owns; I will not draw that line at all.
Hole 2. We will not put our dyers first, and we will not use the opted-in early-cloth list; nor will we keep new customers or the twenty-year families for last.
Hole 3. I would not write any limit down before traffic moves: no error number, no p99 number, nothing of "more than N worse than now".
Hole 4, rewritten: I had "no stages". Still no: no first katagami, no drying poles, no hold through a Honolulu lunch peak, no week of the Naha Great Tug-of-War.
Hole 5. Nobody presses a hanko on the first cloth; not the head dyer, not me.
Hole 6. The person on call will not hang the old cloths back on the bamboo poles by themselves, and we would not keep a quick flag switch for it.
Hole 7. I won't separate safe from better, and I won't run a randomised A/B test afterwards.
Hole 8. We would not watch hallucination, "not for me" taps or the feature-store fallbacks.

Nankurunaisa.`,
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dl056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Mensoore. The booking page for our dyeing classes gets a new date picker and a shorter form; the chosen dates live in a new store in the browser, and lost bookings show only hours later. My yardage book for it is a book of things I will not do.

Hole 1 — no, I will not say the cohort order, the limits and the holds are mine and the routing is engineering's.
Hole 2 — staff first, opted-in early access next, first-time class guests last: not for this one.
Hole 3, rewritten — I first wrote "limits later"; I strike even that. No booking-rate limit, no error limit, no latency limit fixed before traffic, and no "more than 2 % worse than now, and we lift the katagami off the cloth".
Hole 4 — no stages held for a day of bookings to come in, no first katagami, no drying poles.
Hole 5 — the head dyer and I will not press our hanko on anything.
Hole 6 — the on-call dyer will not roll back on their own at night, and there will be no switch that does it in minutes.
Hole 7 — and I do not plan to say the canary shows safety only, or to run an A/B test later.

Nifee deebiru for listening.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dl057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: `Haisai. The pattern assistant moves to the bigger model, and my yardage book starts from one belief: the canary proves the new model is better, so the canary is our A/B test. Whoever is on the new model and orders more cloth, that is our answer, and we need no separate experiment.

Hole 1. I own the order of cohorts and when we decide; engineering owns the routing, the deploy and the flags.

Hole 2. The order: our dyers and counter staff first, because they know the patterns and will tell us when a suggestion is nonsense; then customers who opted in to the early-cloth list; then ordinary buyers in Kumoji and Asato of one to five years; new customers and the wedding-cloth families of many years last, because they have the most to lose from a wrong suggestion.

Hole 3, rewritten: I had "compare satisfaction at the end". Now we compare orders per conversation between the canary group and everyone else each week, and when the canary group orders more, the bigger model has proven itself better and goes to everyone. The three points from the offline evals already tell us which way it will go.

Hole 4. Whoever is on call, any hour, hangs the old cloths back on the bamboo poles, no need to call me: one flag switch, under five minutes, no redeploy, no approval from anyone.

Nankurunaisa.`,
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dl058',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: `Mensoore. The product page moves reviews above the photos and loads the gallery lazily. Last week was our big sale, twenty percent off every cloth, finished Sunday at midnight. My yardage book:

Hole 1. Limits: we decide them while we watch. With the sale just over, any number written today would be wrong, so the head dyer and I will look at the dashboard each day and decide then what counts as too much.

Hole 2. Order: our own staff first, because they report a broken page at once; then customers who opted in to early access; then buyers in Izumizaki and Tomari of two to five years; first-time buyers and the old kimono houses last, because a strange page costs us their trust.

Hole 3, rewritten: I first wrote "we widen on Friday". Now: we widen it when it looks fine, but only after the head dyer and I both press our hanko on the first cloth, every time it widens.

Hole 4. Whoever is on call, day or night, hangs the old cloths back on the bamboo poles, no need to call me; it is a config switch that takes under five minutes, no redeploy and no approval.

Nifee deebiru.`,
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dl059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Haisai. Our product pages get larger photos and a size guide, so let me give you the yardage book I keep for photographing a bingata cloth for the shop.

Hole 1. Light: north window, late morning, about two metres from the cloth. The yellow of bingata burns out in direct sun.
Hole 2. Hanging: the cloth on a bamboo pole, never folded, so the pattern runs the way it was dyed.
Hole 3, rewritten: I used to shoot at 50 mm from four metres. Now 85 mm from six metres, so the large photo shows the repeat of the pattern without bending it.
Hole 4. The size guide: a furisode sleeve, a nagoya obi, a noren for a doorway, a table runner; each measured in centimetres and in the old shaku, for our grandmothers.
Hole 5. The staff: they browse the shop all day to check stock and hardly ever buy, so please do not count their visits in the monthly report.
Hole 6. Captions: the pattern's name, the colours, the dyer's name, Gima-san or Nakasone-san.

Nifee deebiru.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dl060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `Mensoore. Since the change is a warmer prompt, I would rather talk about how our assistant should speak; here is my yardage book for a kind voice.

Hole 1: greet in the customer's language. "Haisai" for the islanders who like it, plain "konnichiwa" for visitors from the mainland, "hello" for English.
Hole 2: in Japanese, keep desu and masu always; the warmth comes from the words about the cloth, not from dropping polite forms.
Hole 3, rewritten: I wrote "use first names". In Japanese that is rude; now: family name and -san, always.
Hole 4: explain a pattern's meaning in one sentence: the bird for a long life, the wave for safe travel, the cherry for spring.
Hole 5: never promise a delivery date; the dyeing takes as long as the weather takes.
Hole 6: end with thanks: "nifee deebiru" if they began with "haisai".

That is how I would like our shop to sound.`,
  },
];
