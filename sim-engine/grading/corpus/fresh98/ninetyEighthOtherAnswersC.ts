import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-eighth fresh set, author c: the other thirteen answers (cz048–cz060), written blind and
 * labelled by hand before anything was run: middling (cz048–cz050), weak (cz051–cz052), keyword
 * salad (cz053–cz054), negated (cz055–cz056), misconception-led (cz057–cz058) and off-topic
 * (cz059–cz060). Every answer is a dictionary entry read aloud with one sense marked "obs.:".
 * Misconception-led answers are labelled only with the points they genuinely commit to, never the
 * one the misconception sits on. The built-in scenario is named in the comment above each answer.
 */
export const NINETY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cz048',
    scenario: 'model',
    class: 'middling',
    points: points('P C H'),
    text: [
      'Bigger, adjective, as in a bigger model. Jan, I read it short.',
      'Sense 1. Our pattern adviser moves to a bigger model with a longer memory; the prompt stays. Example: "The bigger adviser remembers the whole room."',
      'Sense 2. What I decide: who sees it first and how long each stage waits. Engineering decides the routing, the flags and when to deploy.',
      'Sense 3. The warp: our weavers and shop staff, for a full week of Vardavar. The knots: customers who asked for early features, held for 600 orders. The fringe: everyone else, with the first-time buyers from Nor Nork and the old families who have bought from us twenty years kept for the very end, because they are the ones who leave over a bad colour.',
      'Sense 4. We watch the error rate. If thumbs-down climbs, maybe five points or so, we will talk about it.',
      'Sense 5, obs.: bigger, meaning better. Che, bigger is only bigger.',
      'Usage note: if it goes bad, ha, we go back.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cz049',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'Tail, noun, as in the tail of latency, jan.',
      'Sense 1. Your academic search moves to a new, smaller index layout. The median got faster in testing; rare queries with many filters never ran. Example: "Fast in the middle, slow at the tail."',
      'Sense 2. Before a single query moves we write the limits: p99 for queries with three or more filters more than 200 ms worse than now and we cut the thread; search errors more than 0.5 % worse than now and we cut the thread; searches that end in a download more than 2 % worse than now and we cut the thread.',
      'Sense 3. We send a random 5 % of searches, then more when it looks calm.',
      "Sense 4. Whoever's on call lays the old index back on the loom, no need to call me, any hour: a routing switch, about three minutes, no redeploy.",
      'Sense 5, obs.: tail, meaning the end of a carpet nobody looks at. Che, here the tail is where the slowness lives.',
      'Usage note: vay, a median lies like a carpet seller at the Vernissage on Saturday, ha.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cz050',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Cheaper, adjective. Read aloud, jan, from the shop dictionary.',
      'Sense 1. The change: our pattern adviser moves to a cheaper, faster model. Few customers rate a suggestion; the eval harness grades one in two hundred.',
      'Sense 2. The division: I decide who goes first, the limits and how long we wait; engineering does the routing, the flags and the deploy.',
      'Sense 3. What we watch, every day of the canary: the harness grade, the share of thumbs-down and the cost per suggestion, next to errors and latency. Example: "Harness, thumbs, cost, every morning."',
      'Sense 4. We give it to a random ten percent and go up when it feels fine.',
      'Sense 5, obs.: cheaper, meaning worse. Che, not always.',
      'Sense 6. The canary shows it is safe, not that it is better; to know better we run a randomised A/B test afterwards.',
      'Usage note: ha, if something breaks, we go back. Lav.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cz051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Canary release, noun. Jan, this one I know from school.',
      'Sense 1. A release given to a small number of users first, then to everybody. Example: "The new one-page checkout went out as a canary."',
      'Sense 2. From the birds in the mines, ha: the bird stops singing and the miners run.',
      'Sense 3, obs.: a yellow carpet colour my grandmother called canary. Nobody orders it now, vay.',
      'Usage note: big companies do it, and it lowers the risk compared with giving it to everyone at once. For the checkout I would do it like this, slowly, and watch, and if people complain we go back. Lav.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cz052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Casual, adjective, of a prompt. Jan, a short entry.',
      'Sense 1. Our pattern adviser gets a warmer, more casual prompt. Example: "Barev, friend!" instead of "Dear customer."',
      'Sense 2. We test it well, then give it slowly to some customers and see how they feel.',
      'Sense 3, obs.: casual, meaning careless. Che, here it means friendly.',
      'Sense 4. If customers complain, ha, we go back; the engineers know how.',
      'Usage note: I trust the team, they will tell me. Lav.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cz053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, noun. Jan.',
      'Sense 1. Canary cohort threshold rollback hold gate sign-off warp knots fringe. Example: "canary gate knot."',
      'Sense 2. Feature store p95 p99 hallucination thumbs-down token cost eval harness A/B randomised.',
      'Sense 3. Staff early access Kentron Arabkir Glendale lunch Vardavar master weaver last knot.',
      'Sense 4, obs.: cut thread loom on-call config switch minutes 0.5 % 200 ms 2 %.',
      'Sense 5. Recommendation model features regional stores ramp 1 5 25 50 100 safe better baseline control.',
      'Usage note: canary threshold rollback hold gate sign-off, ha, lav, aprés.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cz054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Resizer, noun. Vay, jan.',
      'Sense 1. Memory leak restart deploy canary cohort staff beta regulars years districts.',
      'Sense 2. Thresholds 0.5 % errors 200 ms p99 2 % conversion baseline pre-committed written.',
      'Sense 3. Warp knots fringe hold gate Vardavar orders sign-off master weaver knot. Example: "leak knot fringe."',
      'Sense 4. Rollback on-call routing switch config flag minutes any hour loom.',
      'Sense 5, obs.: A/B randomised better safe canary Thursday everywhere twenty percent faster.',
      'Usage note: PM owns engineering owns routing flags deploy, ha, che, lav.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cz055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Patience, noun, of a release. Jan, I read this entry because we will not have any.',
      'Sense 1. The change: the booking page gets a new date picker and a shorter form, and the chosen dates sit in a new store in the browser. The team wants it at 100 % this afternoon. Example: "This afternoon, all of it."',
      'Sense 2. A warp of staff first, opted-in guests next, new guests last: che, not this time; we will not put anyone in any order.',
      'Sense 3. Limits written before traffic moves: we would not write any; no numbers for errors, none for bookings.',
      'Sense 4. Stages with a hold at each: no warp, no knots, no fringe; no waiting for a count of bookings or a full week of Vardavar.',
      'Sense 5. Sign-off: the master weaver and I will not tie any knot; nobody signs.',
      "Sense 6, obs.: rollback by whoever's on call, at any hour, with a switch. We would not set that up either.",
      'Sense 7. A randomised A/B test afterwards to learn whether it is better: che, we will not run one.',
      'Usage note: ha, and who owns what between me and engineering, we do not split that; everyone owns everything. Vay.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cz056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Guard, noun, as in a guard on a model. Jan.',
      'Sense 1. The change: a bigger model for our pattern adviser, the same prompt. Example: "Bigger, same words."',
      'Sense 2. Hallucination rate from the eval harness, thumbs-down, token cost per conversation: che, we would not watch those; they are not for us.',
      'Sense 3. Thresholds fixed before traffic: no, we would not pre-commit any numbers.',
      'Sense 4. Staff first, opted-in customers next, the twenty-year families last: not for this one; no order.',
      'Sense 5. A hold at the warp, the knots, the fringe: we would not hold anywhere.',
      'Sense 6. The master weaver and I both tie the last knot: che, no one signs off.',
      "Sense 7, obs.: whoever's on call lays the old version back on the loom without calling me. Not in our plan; that is not how we would do it.",
      'Sense 8. Canary for safe, A/B test for better: no, we would not run an A/B test afterwards.',
      "Usage note: and the line between my decisions and engineering's, we would not draw it either. Ha.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cz057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      'Warm, adjective, of a prompt. Jan, I read the entry the way I believe it.',
      'Sense 1. The change: the system prompt of our pattern adviser is rewritten warmer and more casual; a quarter of our customers write in Armenian, where formal address matters.',
      'Sense 2. What the canary is for: the canary is our A/B test. It proves the warm prompt is better; when the knots buy more carpets than the rest, that lift is the answer and we need no other test. Example: "The knots bought more, so warm wins."',
      'Sense 3. The order: shop staff first, because they forgive; then customers who opted in to early features; then Kentron and Arabkir customers of a few years; the old families of twenty years, who write to us formally in Armenian, last, because they take offence first.',
      'Sense 4. Written before any conversation moves: thumbs-down more than 3 points worse than now and we cut the thread; replies the eval harness marks as wrong address in Armenian on more than 2 % and we cut the thread; errors more than 0.5 % worse than now and we cut the thread.',
      'Sense 5. The warp is held for 300 conversations, the knots for a full week of Vardavar, the fringe at half of everyone for 2,000 orders before it is all.',
      'Sense 6, obs.: prompt, meaning something only engineers touch. Che.',
      "Sense 7. We watch thumbs-down and the harness's address check by language, and the token cost.",
      'Usage note: ha, the lift in the knots is the proof; if it is up, the warm prompt wins. Vay, lav.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cz058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Eyeball, verb. Jan, I read it because it is how I work.',
      'Sense 1. The change: product pages in the fashion shop get larger photos and a size guide; it goes to employees first.',
      'Sense 2. The limits: I do not write numbers in advance. I would rather eyeball the dashboard, and when I see the staff numbers I decide what is too much; a number written before is a guess. Example: "I look, I feel, I decide."',
      'Sense 3. The order: staff first, because they are on the site every day and tell us fast; then customers who opted in to early features; then buyers of two to five years from Arabkir and Kentron; first-time buyers and the fifteen-year regulars last, because a confusing size guide costs us them the most.',
      'Sense 4. The warp is held for 1,000 page views, the knots for a full week of Vardavar, the fringe for 3,000 orders before everyone.',
      "Sense 5. Whoever's on call lays the old pages back on the loom, no need to call me, any hour: a flag switch, two minutes, no redeploy.",
      'Sense 6, obs.: eyeball, meaning to look at a carpet without touching it. Che, in the shop we touch.',
      'Usage note: ha, trust your eye, lav.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cz059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Knot, noun. Jan, you asked about the pricing page, but first let me tell you about knots, ha.',
      'Sense 1. The single unit of a hand-woven carpet: a loop of wool tied around warp threads and cut. Example: "Turn the carpet over and count the knots."',
      'Sense 2. A measure of value: more knots, a finer picture, a higher price. Example: "She paid for the knots, not for the size."',
      'Sense 3. The symmetric knot, tied around two threads, the one our grandmothers used; the other kind wraps one thread only. Example: "A symmetric knot holds through a hundred winters."',
      "Sense 4, obs.: a knot as the measure of a weaver's day's pay. Nobody is paid like this now, vay.",
      'Usage note: when you buy, turn it over and look at the back; the back does not lie. Lav, aprés.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cz060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Vardavar, noun. Jan, before the recommendation model, let me explain the word I use everywhere.',
      'Sense 1. The summer feast, fourteen weeks after Easter, when everyone in Yerevan throws water at everyone. Example: "Do not wear your good shirt on Vardavar."',
      'Sense 2. In our shop, the week of the year when nobody buys carpets, because the whole city is wet or at the lake. Example: "We close the showroom for Vardavar and mend the old looms."',
      'Sense 3. From vard, a rose; the feast was once about roses. Example: "Grandmother weaves a vard in every corner."',
      'Sense 4, obs.: the pagan feast of the goddess Astghik. Ha, now it belongs to the church and to the children.',
      'Usage note: if a customer from Glendale calls on Vardavar, answer wet. Lav.',
    ].join('\n'),
  },
];
