import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-seventh fresh set, author B: strong answers (ec021–ec027), four on model
 * scenarios and three on service scenarios, each covering every point of its kind. Written blind
 * (no grader, no other answers) and labelled by hand before anything else (README-b.md,
 * LABEL-NOTES-b.md). The voice: an Ilocano (Vigan, Philippines) English register in writing with
 * Ilocano words ("naimbag nga aldaw", "agyamanak", "wen", "saan", "ay apo"), the PM of a Vigan
 * inabel blanket weaving shop whose language model suggests which blanket, pattern and size suit
 * a home, a gift and a budget; every answer a figure-skating technical panel's protocol sheet,
 * element by element and skater by skater, with one jump downgraded on the replay.
 */
export const HUNDRED_AND_TWENTY_SEVENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Naimbag nga aldaw. This is the technical panel's protocol sheet for the larger model behind our inabel suggestions, the assistant that tells a buyer which blanket, pattern and size suit her sala, her gift and her budget. The prompt is unchanged, offline evals went up three points on short questions, and the till asks what each conversation will cost.

Skater 1, the PM, that is me. Element 1: I own the order of buyers, the rollback limits and the holds. Engineering owns the routing, the deploy and the model flag.

Skater 2, the buyers. Element 2: our weavers and shop staff go first, because they ask the assistant every day and tell me plainly when it is wrong. Then buyers on our early-look list, Barangay Tamag and Pantay Daya first. Then regulars of three years buying and more. First-time buyers and the Bulala hotel accounts come last, wen, because one wrong suggestion loses a first order, and a hotel order is forty blankets.

Element 3, limits agreed before any traffic moves: errors more than 0.5 % worse than now, p99 latency more than 200 ms worse, thumbs-down rate more than 3 points worse, hallucinated patterns or sizes in the eval harness more than 1 point worse, cost per conversation more than 25 % worse than now, and we drape the frames.

Element 4, jump downgraded on the replay: I had written one day at the bamboo frame. On the replay, one day carries too few long questions, and long questions are where the bigger context matters. So: the first inabel thread (staff and weavers, held three days), the bamboo frame (early-look and regulars, about 10 %, held five days or 3,000 conversations, whichever is later), then the whole Calle Crisologo stalls. Each gate opens only when every limit held.

Element 5: at every gate the eldest inabel weaver and I both fold the first blanket corner to corner. That is the sign-off; without both of us it does not advance.

Skater 3, on call. Element 6: whoever is on call stacks the old blankets back on the counter, no need to call me. In plain words, the on-call engineer, at any hour, flips the model flag back to the old model in under five minutes, no redeploy, nobody's approval.

Element 7: the canary shows the new model is safe, saan that it is better. Whether it sells more blankets we learn afterwards, in a randomised A/B test. Agyamanak.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Protocol sheet, the warmer prompt. Reviewed only in English; a quarter of our buyers write in Ilocano, where respectful address matters.
1. Skater 1, the PM (me): I own cohort order, limits and holds. Engineering owns routing, deploy, the prompt flag.
2. Order: weavers and staff, then early-look buyers from Tamag who write Ilocano (they tell us first if it sounds rude to an elder), then regulars of 3+ years, first-time buyers last: no second chance.
3. Limits, fixed before traffic: errors +0.5 %, p99 +200 ms, Ilocano thumbs-down +2 points, eval-harness tone failures (casual address to an elder) +1 point. Worse than that, and we drape the frames.
4. Element 4, jump downgraded on the replay: one limit for everyone hid the Ilocano share in the average. Now split by language.
5. Stages: the first inabel thread (staff, 3 days), the bamboo frame (15 %, 4 days or 600 Ilocano chats, whichever is later), the whole Calle Crisologo stalls.
6. Sign-off, each gate: the eldest inabel weaver and I both fold the first blanket corner to corner.
7. Whoever is on call stacks the old blankets back on the counter, no need to call me: any hour, prompt flag back, under 5 minutes, no approval.
8. Canary = safe. Better = randomised A/B test afterwards.
Agyamanak.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Naimbag nga aldaw. The panel's protocol sheet, written as a table. The change: the short note that explains each blanket suggestion moves to a cheaper, faster model. Traffic is modest, a few hundred notes an hour at the festival peak; few buyers rate a note; the eval harness grades one note in two hundred.

Element | Skater | Call
1 | PM (me) | I own the cohort order, the rollback limits and the holds. Engineering owns routing, deploy and the model flag.
2 | Buyers | Weavers and shop staff first; then early-look buyers from Pantay Daya and Ayusan Norte, who rate notes more than anyone; then regulars of four years buying and more; gift buyers and first-time buyers last, because a wrong size in a gift note comes back as a return and a lost buyer.
3 | PM and tech lead | Limits agreed before the first note moves: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse, hallucinated sizes or patterns in graded notes more than 1 point worse, thumbs-down more than 3 points worse, and we drape the frames. Cost per note is watched too; it must fall, that is the reason for the change.
4 | Panel | Element 4, jump downgraded on the replay: I first held each stage two days. On the replay, two days at 5 % gives maybe six ratings and three graded notes, nothing to read. Now the eval harness grades one note in ten during the canary, and each stage holds until 400 graded notes and 150 ratings, three days at least.
5 | Stages | The first inabel thread (staff, then 5 %), the bamboo frame (25 %), the whole Calle Crisologo stalls. We advance only when the counts are in and every limit held.
6 | Sign-off | At each gate the eldest inabel weaver and I both fold the first blanket corner to corner; she reads twenty notes herself first.
7 | On call | Whoever is on call stacks the old blankets back on the counter, no need to call me: the on-call engineer, any hour, turns the model flag back, done in about three minutes, no redeploy, no approval.
8 | After | The canary says the cheaper model is safe, saan that it is better. Better is for a randomised A/B test afterwards.

Agyamanak.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ec024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Naimbag nga aldaw.
Protocol sheet: the new recommendation model.
It reads more features per request
from the regional feature stores,
which were sized for the old model.
Our buyers in Honolulu shop on Saturday morning,
two to four a.m. here in Vigan.

Skater 1, the PM.
Element 1: I own the order, the limits, the holds.
Engineering owns routing, deploy, the model flag.

Skater 2, the buyers.
Element 2: weavers and staff first, they use it daily.
Then early-look buyers from Tamag and Paoa,
and the Honolulu buyers who opted in.
Then regulars, five years buying and more.
New buyers and Honolulu wedding-gift orders last:
big baskets, first impressions, least forgiving.

Element 3, limits set before any traffic moves,
per region, never averaged:
errors more than 0.5 % worse than now,
p99 more than 200 ms worse,
feature-store timeouts more than 1 % worse,
add-to-cart from suggestions more than 2 % worse,
thumbs-down on suggestions more than 2 points worse,
patterns we no longer weave, caught by the eval harness, more than 1 point worse,
and we drape the frames.

Element 4, jump downgraded on the replay:
I had each hold at one Vigan working day.
On the replay, a Vigan day never sees a Honolulu Saturday.
Now every stage holds through one Honolulu Saturday morning
and four days at least.

Element 5, the stages:
the first inabel thread, 2 %;
the bamboo frame, 20 %;
the whole Calle Crisologo stalls.
Gate at each: every limit held, per region.

Element 6: the eldest inabel weaver and I
both fold the first blanket corner to corner
before each advance. That is the sign-off.

Skater 3, on call.
Element 7: whoever is on call, 3 a.m. included,
stacks the old blankets back on the counter, no need to call me.
It is a flag back to the old model, under five minutes,
no redeploy, nobody's approval.

Element 8: the canary tells us safe, saan better.
Better is a randomised A/B test, afterwards.

Agyamanak.`,
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ec025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Naimbag nga aldaw, the protocol sheet in one breath: Skater 1 is me, the PM, and Element 1 is that I own the cohort order, the rollback limits and the holds, while engineering owns routing, deploy and the flag of the new pricing service; Element 2 puts staff first, then early-look buyers from Capangpangan, then regulars of three years and more, and first-time and overseas night buyers last, since a wrong 2 a.m. quote loses them; Element 3, written before Tuesday evening: quote errors more than 0.5 % worse than now, p99 more than 200 ms worse, paid orders more than 2 % worse, and we drape the frames; Element 4, jump downgraded on the replay: one evening per stage missed the 1 a.m. billing batch, so the first inabel thread (staff) and the bamboo frame (15 %) each hold three nights, batch included, before the whole Calle Crisologo stalls; Element 5, the eldest inabel weaver and I sign off every gate by both folding the first blanket corner to corner; Element 6, whoever is on call, any hour, stacks the old blankets back on the counter, no need to call me, a routing switch under five minutes, no approval; Element 7, the canary says safe, not better, and a randomised A/B test afterwards says better, agyamanak.`,
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ec026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Protocol sheet, technical panel, notes only.
Change: app payments move to the provider's new SDK (adds wallet payments). Certified by the provider. Busiest hours: Sunday evenings after the last Mass.

Skater 1 — PM (me)
- Element 1: I own cohort order, rollback limits, holds. Eng owns routing, deploy, the SDK flag.

Skater 2 — buyers
- Element 2: staff phones → early-look buyers (Beddeng Laud, Salindeg) → regulars, 3+ years buying → first-time buyers and the hotel accounts last. Why: a failed first payment is a lost buyer; a failed hotel payment is forty blankets.
- iPhone and Android split at every stage; Android never hidden in the average.

Skater 3 — limits (written and agreed before traffic moves)
- Payment errors > 0.5 % worse than now, per platform, over any 5-minute window → we drape the frames.
- p99 payment time > 300 ms worse than now → drape the frames.
- Paid orders per checkout started > 2 % worse vs baseline → drape the frames.

Element 4, jump downgraded on the replay: I had daily error rates. Replay: the bursts last minutes and vanish in a daily average. Hence the 5-minute windows above.

Stages / holds
- The first inabel thread: staff, 2 days.
- The bamboo frame: 10 %, through one Sunday evening, 3 days minimum.
- The bamboo frame widened: 30 %, 3 days or 1,500 Android payments, whichever is later.
- The whole Calle Crisologo stalls.
- Gate between stages: every limit held on both platforms.

Sign-off
- Each gate: the eldest inabel weaver and I both fold the first blanket corner to corner. Eng lead present. No fold, no advance.

Skater 4 — on call
- Whoever is on call stacks the old blankets back on the counter, no need to call me.
- = on-call engineer, any hour, SDK flag back to the old SDK, < 5 min, no redeploy, no approval.

After
- Canary: safe, not better. Wallet "lift" → randomised A/B test afterwards.

Agyamanak.`,
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ec027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Naimbag nga aldaw. The technical panel's protocol sheet for moving our orders and stock records from our own old database server to the managed cluster behind the new proxy. Load tests passed, but with warm caches, and the old server is due off at the end of the month.

Skater 1, the PM. Element 1: my part is the order of buyers, the rollback limits, the holds and the date the old server goes off. Engineering owns the proxy, the routing, the data copy and the deploy. One request to them: the old database stays written to until the whole Calle Crisologo stalls have held, so going back is a switch, not a restore. Moving the switch-off date is my argument.

Skater 2, the buyers. Element 2: staff and weavers first, who check stock all day and will shout; then early-look buyers from Mindoro and Cabalangegan; then regulars of five years buying and more; last, first-time buyers and the hotel and parish accounts with open orders, who cannot afford a lost order.

Skater 3, the limits. Element 3, agreed before any traffic moves: errors more than 0.5 % worse than now, p99 page load more than 200 ms worse, p99 after a cold start more than 400 ms worse, completed orders more than 2 % worse than the baseline buyers, any order missing between the two databases, and we drape the frames.

Element 4, jump downgraded on the replay: I had the first inabel thread at one hour. The replay showed warm caches; an hour on warm caches proves nothing. So every stage now includes one cold start during its hold.

Element 5, the stages: the first inabel thread (staff, two days); the bamboo frame (10 %, then 30 %, each three days or 2,000 orders, whichever is later); the whole Calle Crisologo stalls for a full week of the Viva Vigan festival before the old server goes off. Each gate opens only on limits held.

Element 6: at each gate the eldest inabel weaver and I both fold the first blanket corner to corner, the database lead beside us. No fold, no advance.

Skater 4, on call. Element 7: whoever is on call stacks the old blankets back on the counter, no need to call me: the on-call engineer, at any hour, points the proxy back at the old database in five minutes, no redeploy, no approval.

Element 8: this canary shows the cluster is safe, not better; better needs a randomised A/B test afterwards. Agyamanak.`,
  },
];
