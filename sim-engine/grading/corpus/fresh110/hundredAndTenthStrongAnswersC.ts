import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-tenth fresh held-out set, author C: strong answers (dl041–dl047), four on
 * model scenarios and three on service scenarios, each covering every point of its kind.
 *
 * Voice: an Okinawan (Naha) English register in writing with Okinawan and Japanese words
 * ("haisai", "mensoore", "nifee deebiru", "nankurunaisa", "-san"); the PM of a bingata
 * stencil-dyeing workshop whose language model suggests which pattern, colours and cloth suit a
 * customer and an occasion. Every answer is a caddie's yardage book read hole by hole, with one
 * hole's note rewritten ("Hole 4, rewritten: …"). Stages: the first katagami, the drying poles,
 * the full length; sign-off: "the head dyer and I both press our hanko on the first cloth";
 * holds: a full week of the Naha Great Tug-of-War or a count of days or orders; thresholds: "more
 * than N worse than now, and we lift the katagami off the cloth"; cohorts by Naha neighbourhood
 * and years buying; rollback: "whoever is on call hangs the old cloths back on the bamboo poles,
 * no need to call me". Written blind (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_TENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dl041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Haisai. Our pattern assistant, which tells a customer which bingata pattern, colours and cloth suit her occasion, moves to a newer, larger model; the prompt stays. Here is my yardage book, hole by hole, written the evening before.

Hole 1, who carries which club. Distance: the whole release. Note: as the PM I own the order of cohorts, the rollback limits and the holds. Engineering owns the routing, the deploy and the flags.

Hole 2, the order of the walk. Distance: four groups. Note: first our own dyers and counter staff in Tsuboya, who tell us plainly when a suggestion is wrong. Next, customers who opted in to our early-cloth list. Then ordinary customers in Makishi and Asato who have bought for one to five years. Last, new customers and the families who have ordered wedding cloth for ten years or more, because a wrong suggestion costs them most.

Hole 3, the limits. Distance: five numbers, written and agreed with engineering before the first conversation moves. Errors more than 0.5 % above the old model; p95 latency more than 300 ms worse; hallucination rate from the eval harness (a pattern or colour we do not dye) more than 1 point worse; thumbs-down rate on suggestions more than 2 points worse; cost per conversation more than 40 yen above now. More than any of these worse than now, and we lift the katagami off the cloth.

Hole 4, rewritten: I first pencilled one day at 2 %, but one day gives the harness too few graded answers. Now the first katagami is 2 % for 72 hours and at least 500 conversations; the drying poles are 25 % for a full week of the Naha Great Tug-of-War; the full length is 100 %. No stage widens before its hold is complete and every limit is inside.

Hole 5, the hanko. Note: before every advance, Chinen-san, our head dyer, and I both press our hanko on the first cloth.

Hole 6, the way back. Note: whoever is on call, at any hour, hangs the old cloths back on the bamboo poles, no need to call me. In plain words, one switch in the flag console sends every conversation back to the old model in under five minutes; no redeploy, no approval.

Hole 7, what the book cannot tell. The canary tells us the bigger model is safe, not that it is better. Whether customers choose better cloth we learn afterwards from a randomised A/B test.

Nifee deebiru.`,
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dl042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Mensoore. Yardage book, new payment SDK.

Hole 1 · roles. PM (me): cohort order, rollback limits, holds. Engineering: routing, deploy, flags.

Hole 2 · order · 4 groups. Our dyers' own phones first. Then opted-in early-cloth customers. Then buyers of 1–5 years in Oroku and Naminoue. New buyers and kimono houses last: one failed payment loses them.

Hole 3 · limits · fixed before any payment moves. Failures more than 0.5 % worse than now; any 5-minute Android burst above 2 % failed; p99 more than 200 ms worse; paid orders down over 2 % vs baseline. Past any, we lift the katagami off the cloth.

Hole 4, rewritten (was: skip Friday evenings). First katagami: 1 % for 48 h. Drying poles: 10 % held through one Friday-evening peak, then 50 % for 3 days. Full length: 100 %.

Hole 5 · hanko. Before each advance the head dyer and I both press our hanko on the first cloth.

Hole 6 · way back. Whoever is on call, any hour, hangs the old cloths back on the bamboo poles, no need to call me: flag flip to the old SDK, under 5 min, no redeploy, no approval.

Hole 7 · safe, not better. Canary shows it is safe; whether wallets sell more: randomised A/B test afterwards.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dl043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Haisai. Our pattern assistant's system prompt is rewritten to sound warmer and more casual. Only English-speaking staff reviewed it, and a quarter of our customers write in Japanese, where polite address matters very much. My yardage book:

1. Hole 1, who carries the bag. 0 yards. I own the order of cohorts, the rollback limits and the holds. Engineering owns the prompt routing, the deploy and the flags.

2. Hole 2, the order. 4 groups. First our own dyers and shop staff, in both languages, Japanese speakers included on purpose. Second, customers who opted in to the early-cloth list, again in both languages. Third, ordinary customers in Makishi, Tomari and Shuri with one to five years of buying. Last, new customers and the elders who have bought from us for twenty years: a casual word to them hurts most and costs most.

3. Hole 3, limits, fixed before the first conversation moves. Thumbs-down rate more than 2 points worse than now, counted separately for Japanese and English; the eval harness's politeness check (share of Japanese replies without proper keigo) more than 3 points worse; hallucination rate (a colour or pattern we do not make) more than 1 point worse; errors more than 0.5 % worse; p95 latency more than 250 ms worse. More than any of these worse than now, and we lift the katagami off the cloth.

4. Hole 4, rewritten: my first note said 5 % for one day, too few Japanese conversations to read. Now the first katagami is 5 % held for four days and at least 400 Japanese conversations; the drying poles are 30 % held for a full week of the Naha Great Tug-of-War; the full length is 100 %. We advance only when the hold is done and every limit is inside.

5. Hole 5, the hanko. Before each advance, Nakasone-san, the head dyer, and I both press our hanko on the first cloth.

6. Hole 6, the way back. Whoever is on call, any hour, hangs the old cloths back on the bamboo poles, no need to call me: a config switch returns the old prompt within five minutes, no redeploy and no waiting for anyone's approval.

7. Hole 7, the caddie's warning. The canary tells us the warm prompt is safe, not that it is better. If we want to know whether warmth sells more cloth, a randomised A/B test after the rollout answers that.

Nankurunaisa, but only with the book written first.`,
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dl044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Mensoore. The orders and pattern archive move from our own database to a managed cluster behind a new proxy. Load tests passed, but with warm caches, and the old cluster is to be switched off at the end of the month. My yardage book, written as a table:

Hole | Distance | Note
1 Roles | whole release | I, the PM, own the cohort order, the rollback limits and the holds; engineering owns the proxy routing, the deploy and the flags.
2 Order | 4 groups | Our dyers' and counter staff's accounts first; then customers who opted in to early access; then customers of two to eight years in Wakasa and Izumizaki; new customers and the ryokan that buy curtains by the hundred last, since a slow page loses a new buyer and a big order at once.
3 Limits | 4 numbers, signed before traffic moves | Errors more than 0.5 % above the old cluster; p99 page load more than 200 ms worse; cold-cache reads more than 400 ms worse; orders placed down more than 2 % against baseline. Past any, we lift the katagami off the cloth.
4, rewritten | 1 % → 10 % → 50 % → 100 % | Was "1 % for a day". Warm caches fooled the load test, so each stage now holds across one cache flush and one evening peak: first katagami 1 % for 2 days; drying poles 10 % for 3 days, then 50 % for 400 orders; full length 100 %.
5 Hanko | each advance | The head dyer and I both press our hanko on the first cloth before a stage widens.
6 Way back | under 5 minutes | Whoever is on call, any hour, hangs the old cloths back on the bamboo poles, no need to call me: the proxy route flips back to the old cluster, no redeploy, no approval. So the old cluster stays until the full length has held one week; I will ask to move the switch-off date.
7 Safe, not better | — | The canary says the new storage is safe. Anything about "better" needs a randomised A/B test later.

Nifee deebiru.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dl045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Haisai.
Cheaper, faster model for our pattern suggestions.
Few customers rate; the harness grades one in two hundred.

Hole 1. Owners.
Me: cohort order, limits, holds.
Engineering: routing, deploy, flags.

Hole 2. Order.
Our dyers first.
Then the opted-in early-cloth list.
Then Kokuba and Kumoji buyers of 1–5 years.
New customers and twenty-year families last; they trust us most.

Hole 3. Limits, fixed before traffic moves.
Harness hallucination rate: more than 1 point worse.
Thumbs-down rate: more than 2 points worse.
Errors more than 0.5 %, p95 more than 200 ms worse.
More than that worse than now, and we lift the katagami off the cloth.

Hole 4, rewritten.
Was: 5 % for a day. Too quiet to read.
Now the harness grades one in ten during the canary.
First katagami: 5 %, held until 600 graded suggestions.
Drying poles: 25 %, a full week of the Naha Great Tug-of-War.
Full length: 100 %.

Hole 5. Hanko.
Head dyer and I both press our hanko on the first cloth, each advance.

Hole 6. Way back.
Whoever is on call, any hour, hangs the old cloths back on the bamboo poles, no need to call me.
Flag switch, under five minutes, no redeploy, no approval.

Hole 7.
Canary shows safe, not better.
Better: a randomised A/B test afterwards.`,
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dl046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Haisai, here is my yardage book for moving the price calculation of made-to-order cloth to the new pricing service, all in one breath the way an old caddie reads his card aloud: hole 1, the owners, the whole release long, where I as PM own the order of cohorts, the rollback limits and the holds and engineering owns the routing, the deploy and the flags; hole 2, the order, four groups, our own dyers' test orders first, then customers who opted in to early access, then buyers of one to five years in Matsuyama and Kumoji, and last the new customers and the overseas families in Hawaii and Brazil who order at our night and have bought for decades, because a wrong price to them is both a lost order and a lost name; hole 3, the limits, written and agreed before one order moves, price errors more than 0.3 % worse than now, p99 more than 200 ms worse, orders paid down more than 2 % against baseline, any clash with the nightly billing batch at all, and past any of them we lift the katagami off the cloth; Hole 4, rewritten: I first wrote "start Tuesday evening and see", and now the first katagami is 2 % held for three nights so it crosses the billing batch three times, the drying poles are 25 % held for a full week of the Naha Great Tug-of-War, and the full length is 100 %, each stage held until its nights are done and every limit is inside; hole 5, the hanko, where before each advance the head dyer and I both press our hanko on the first cloth; hole 6, the way back, where whoever is on call, at 2 a.m. or any hour, hangs the old cloths back on the bamboo poles, no need to call me, which means one routing switch back to the old pricing service in under five minutes with no redeploy and no approval asked, so the night is covered without me; and hole 7, the caddie's last word, that the canary shows the new pricing is safe and not that it is better, since better would need a randomised A/B test afterwards; nifee deebiru.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dl047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Mensoore. The change: the home page of our web shop suggests cloth bundles, and a new recommendation model reads more features per request from the regional feature stores, which were sized for the old model. We sit in Naha; our customers in Hawaii shop at their lunch, which is seven in the morning here. My yardage book:

Hole 1: owners. Distance, the whole release. I own the order of cohorts, the rollback limits and the holds. Engineering owns the routing, the deploy and the flags.

Hole 2: the order. Distance, four groups in each region. Our own dyers and shop staff first, in Naha and at the Honolulu counter. Then customers who opted in to early access. Then buyers of one to five years, Tsuboya and Oroku here, Kaimuki over there. Last, new customers and the families who have bought for twenty years: a slow or strange home page loses a new customer and an old one's trust.

Hole 3: the limits, set and written before any request moves, and counted per region. Errors more than 0.5 % worse than now; p99 more than 200 ms worse; feature-store timeouts that fall back to the old bundles above 1 %; eval-harness mismatch rate (bundles in colours or patterns we do not make) more than 1 point worse; "not for me" taps more than 2 points worse; add-to-cart from the suggestions down more than 2 % against baseline. Past any one of them, we lift the katagami off the cloth.

Hole 4, rewritten: I had written "hold 24 hours, Naha daytime". That would never see the Honolulu lunch. Now the first katagami is 2 % held across three Honolulu lunch peaks and three Naha evening peaks; the drying poles are 25 % held for a full week of the Naha Great Tug-of-War; the full length is 100 %. Nothing widens until its peaks are crossed and every limit is inside.

Hole 5: the hanko. Before each advance, the head dyer, Higa-san, and I both press our hanko on the first cloth.

Hole 6: the way back. Whoever is on call, at any hour, hangs the old cloths back on the bamboo poles, no need to call me. It is a flag switch back to the old model, under five minutes, no redeploy, nobody's approval.

Hole 7: the last note. The canary shows the new model is safe, not that it sells better. Better is for a randomised A/B test afterwards.

Nifee deebiru.`,
  },
];
