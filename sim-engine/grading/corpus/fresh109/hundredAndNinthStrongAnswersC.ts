import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-ninth fresh held-out set, author C: strong answers (dk041–dk047).
 * Voice: a Nepali (Kathmandu) English register in writing, the PM of a singing-bowl workshop in
 * Patan whose language model, the bowl helper, suggests bowl size, metal mix and tone; every answer
 * a lab notebook of numbered, dated entries with one measurement struck through and re-recorded.
 * Labelled by hand before anything else; written without reading the grader.
 */
export const HUNDRED_AND_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Namaste, hajur. My lab notebook for this release.

Entry 1, 2 Kartik — Observation: the bowl helper moves to a newer, larger model with a longer context window; the prompt is unchanged. Offline evals rose three points on short questions, and Ramesh-dai in finance asks what a conversation costs.

Entry 2, 2 Kartik — As PM I own the order of buyers, the rollback limits and how long each stage holds. Engineering owns the routing, the deploy and the flag that splits conversations.

Entry 3, 3 Kartik — Limits, agreed before a single conversation moves: errors more than 0.5 % worse than now, and we bank the forge; p95 reply time more than 800 ms worse than now, and we bank the forge; wrong-bowl advice graded by the eval harness more than 2 points worse than now, and we bank the forge; thumbs-down from buyers more than 1.5 points worse than now, and we bank the forge; cost per conversation more than 30 % above now, and we bank the forge.

Entry 4, 3 Kartik — Order: staff and the smiths first, because they know every bowl and will say plainly when the helper is wrong. Then opted-in buyers by town: Patan, Thamel, Boudha, Bhaktapur, Kirtipur. Then buyers by years buying, oldest first. New buyers and sound-therapy studios ordering whole sets come last: one wrong first suggestion loses a new buyer, and a studio's wrong order is forty bowls.

Entry 5, 4 Kartik — Stages: the first hammering (2 %), the tuning bench (25 %), the whole courtyard (100 %). Holds: first hammering 1,000 conversations, tuning bench 3,000.
Struck through — re-recorded: the tuning bench holds for a full week of Dashain and 3,000 conversations, because festival buyers ask about gift bowls. Written into the plan before any traffic. We advance from each stage only when every limit is green.

Entry 6, 4 Kartik — Before each advance, Sarita Maharjan, our ML lead, and I both strike the first bowl.

Entry 7, 4 Kartik — Whoever is on call sets the old bowls back on the shelf, no need to call me. At two in the night or at noon, the on-call engineer flips the routing flag to the old model; done in under five minutes, no redeploy, no approval.

Entry 8, 5 Kartik — The canary tells us the bigger model is safe, not that it is better. Better, and worth its cost, we learn afterwards from a randomised A/B test. Dhanyabad.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Lab notebook, bowl helper, warmer prompt. Namaste.

Entry 1, 9 Poush — Obs: system prompt rewritten warmer, more casual. Reviewed by English speakers only. A quarter of buyers write to the helper in German; "Sie" matters there, and a casual "du" to a stranger reads as rude.

Entry 2, 9 Poush — Mine as PM: order of buyers, rollback limits, holds. Engineering's: routing, deploy, the prompt flag.

Entry 3, 10 Poush — Limits, fixed before any traffic, English and German read apart:
- errors more than 0.5 % worse than now, and we bank the forge
- p95 reply more than 300 ms worse than now, and we bank the forge
- thumbs-down more than 2 points worse than now, in either language, and we bank the forge
- eval harness, German replies missing formal address: more than 1 % worse than now, and we bank the forge
- bowl orders after a helper chat more than 2 % worse than now, and we bank the forge

Entry 4, 10 Poush — Cohorts: staff and the smiths, incl. German-speaking staff at the Thamel counter → opted-in buyers by town (Patan, Thamel, Boudha, Bhaktapur, Kirtipur) → buyers by years buying → new and high-value buyers last (a first impression cannot be taken back; a hotel ordering bowls for a whole hall cannot be un-offended).

Entry 5, 10 Poush — Obs: Thamel opted-in group = 240 buyers, English writers only.
Struck through — re-recorded: Thamel opted-in group = 240 English writers plus 90 German writers, German read as its own slice. Into the plan before traffic.

Entry 6, 11 Poush — Stages: first hammering 2 % → tuning bench 20 % → whole courtyard 100 %. Hold at each: 4,000 conversations, at least 1,000 in German. Gate: every limit green.

Entry 7, 11 Poush — Each advance signed off: Sarita Maharjan, ML lead, and I both strike the first bowl.

Entry 8, 11 Poush — Rollback: whoever is on call sets the old bowls back on the shelf, no need to call me. Any hour, day or night. Config switch back to the old prompt, live in two minutes. No redeploy, no approval.

Entry 9, 11 Poush — Canary = safe, not better. "Warmer sells more" needs a randomised A/B test afterwards.

Ke garne, German buyers deserve their "Sie". Dhanyabad.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dk043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Namaste. My notebook for the cheaper bowl helper, kept as a table: entry | date | what is recorded.

1 | 14 Magh | Observation: the bowl helper moves to a cheaper, faster model. Traffic is modest, a few hundred suggestions an hour at the busiest. Few buyers rate a suggestion, and the eval harness grades one in two hundred.
2 | 14 Magh | Owners: I, the PM, own the order of buyers, the rollback limits and the holds. Engineering owns the routing, the deploy and the model flag.
3 | 15 Magh | Sampling: eval harness grades 1 suggestion in 200.
  | | Struck through — re-recorded: during the canary the harness grades 1 canary suggestion in 10, so the first hammering gathers graded suggestions in days, not months. Written into the plan before traffic.
4 | 15 Magh | Limits, agreed before any traffic: wrong-bowl advice in the eval harness more than 3 points worse than now, and we bank the forge. Thumbs-down share more than 4 points worse than now, and we bank the forge. Errors more than 0.5 % worse than now, and we bank the forge. p95 latency more than 400 ms worse than now, and we bank the forge. Orders after a suggestion more than 2 % worse than now, and we bank the forge.
5 | 15 Magh | Order: staff and the smiths first, who rate every suggestion when asked, so the thin feedback thickens. Opted-in buyers by town: Patan, Thamel, Boudha, Bhaktapur, Kirtipur. Then, ali ali, buyers by years buying. New buyers and monasteries ordering whole sets last, because one bad suggestion costs them most.
6 | 16 Magh | Stages: the first hammering 5 %, the tuning bench 25 %, the whole courtyard 100 %. Each holds until 300 graded suggestions and 150 buyer ratings; we advance only with every limit green.
7 | 16 Magh | Sign-off: at every advance Sarita Maharjan, ML lead, and I both strike the first bowl.
8 | 16 Magh | Rollback: whoever is on call sets the old bowls back on the shelf, no need to call me. Day or night, the on-call engineer switches the model flag back in under five minutes; no redeploy, no waiting for approval.
9 | 17 Magh | The canary shows the cheaper model is safe, not that it is better. Better we test afterwards with a randomised A/B test.

Dhanyabad, hajur.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dk044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Entry 1, 5 Falgun — Observation:
the new bowl helper reads more features per request
from regional stores sized for the old one.
Americans shop at our dawn.

Entry 2, 5 Falgun — I own order, limits, holds.
Engineering owns routing, deploy, flags.

Entry 3, 6 Falgun — Limits, fixed before traffic;
any one, and we bank the forge:
errors more than 0.5 % worse than now;
p99 latency more than 250 ms worse;
eval-harness wrong-size suggestions more than 2 points worse;
thumbs-down more than 2 points worse.

Entry 4, 6 Falgun — Staff and the smiths first;
opted-in buyers: Patan, Thamel, Boudha, Bhaktapur, Kirtipur;
then by years buying;
new and high-value buyers last: one bad first suggestion loses them.

Entry 5, 6 Falgun — First hammering 2 %, tuning bench 25 %, whole courtyard.
Hold each: 2,000 conversations per region.
Struck through — re-recorded: 2,000 per region plus two American evening peaks (our 4–8 a.m.).
Planned before traffic.

Entry 6, 7 Falgun — Each advance: Sarita Maharjan, ML lead, and I both strike the first bowl.

Entry 7, 7 Falgun — Whoever is on call sets the old bowls back on the shelf, no need to call me:
any hour, config switch, three minutes.

Entry 8, 7 Falgun — Safe, not better: randomised A/B test afterwards. Dhanyabad.`,
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dk045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Namaste, hajur, I write this as I write the workshop's lab notebook, one long page: Entry 1, 18 Bhadra — Observation: fare calculation moves to the new pricing service, the rollout starts on Tuesday evening, our trips peak at weekend nights and never stop, and the pricing service shares its nightly batch window with billing; Entry 2, 18 Bhadra — as PM I own the order of riders, the rollback limits and the holds, and engineering owns the routing, the deploy and the fare flag; Entry 3, 19 Bhadra — the limits, agreed before any trip is priced by the new service, are fare errors more than 0.3 % worse than now, and we bank the forge, p99 quote time more than 200 ms worse than now, and we bank the forge, completed bookings more than 2 % worse than now, and we bank the forge, and billing mismatches above 0.1 % of trips, and we bank the forge; Entry 4, 19 Bhadra — the order is staff and our test drivers first, since they forgive a strange fare and report it, then opted-in riders by town, Patan, Thamel, Boudha, Bhaktapur, Kirtipur, then riders by years riding, and new riders and corporate accounts last, because a wrong first fare loses a new rider and a corporate invoice error reaches their finance team; Entry 5, 20 Bhadra — the stages are the first hammering at 2 % of trips, the tuning bench at 25 %, and the whole courtyard, and the first hammering holds 20,000 trips, Struck through — re-recorded: the first hammering holds 20,000 trips and two nightly billing batch windows, where a clash would show, written into the plan before traffic, and the tuning bench holds a full weekend of night peaks, with every limit green before we move; Entry 6, 20 Bhadra — at each advance Kiran Thapa, who leads the pricing service and is our master smith here, and I both strike the first bowl; Entry 7, 20 Bhadra — whoever is on call sets the old bowls back on the shelf, no need to call me, even at 2 a.m., by switching the fare flag back to the old service, under three minutes, no redeploy, nobody's approval; Entry 8, 21 Bhadra — the canary tells us the new service is safe, not that it is better, and whether its fares earn more is for a randomised A/B test afterwards, dhanyabad.`,
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dk046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Namaste. Lab notebook for the task-storage move.

1. Entry 1, 22 Shrawan — Observation: tasks move from our self-hosted database to a managed cluster behind a new proxy. Load tests passed at peak, but with warm caches. The old cluster is switched off at month end.

2. Entry 2, 22 Shrawan — I own, as PM: which teams go first, the rollback limits, the holds, and that the old cluster stays alive until the whole courtyard has held. Engineering owns the proxy, the routing, the deploy and the replication.

3. Entry 3, 23 Shrawan — Limits, agreed before one page load moves: page-load errors more than 0.2 % worse than now, and we bank the forge. p99 task read more than 300 ms worse than now, and we bank the forge. Tasks saved but missing on reload: any at all, and we bank the forge. Daily active teams more than 2 % worse than now, and we bank the forge.

4. Entry 4, 23 Shrawan — Order: staff workspaces and the smiths (our engineers) first; they use the tool all day and will shout. Then opted-in teams by town: Patan, Thamel, Boudha, Bhaktapur, Kirtipur. Then teams by years with us. New teams and the largest paying teams last: a new team that loses tasks in week one never returns, and a large one loses a department's work.

5. Entry 5, 24 Shrawan — Stages: the first hammering at 2 % of teams, the tuning bench at 25 %, the whole courtyard at 100 %. First hammering hold: 50,000 page loads.
Struck through — re-recorded: the first hammering holds 50,000 page loads and a full Monday-morning peak from cold caches, since warm caches are what the load test hid. Written into the plan before traffic. The tuning bench holds 500,000 page loads. No advance without every limit green.

6. Entry 6, 24 Shrawan — At each advance Bikash Shrestha, platform lead and our master smith here, and I both strike the first bowl.

7. Entry 7, 24 Shrawan — Whoever is on call sets the old bowls back on the shelf, no need to call me. At any hour the proxy's routing switch sends reads back to the old cluster within five minutes; no redeploy, no approval.

8. Entry 8, 25 Shrawan — The canary answers "is it safe", not "is it better". Whether teams find it better is for a randomised A/B test afterwards. Dhanyabad.`,
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dk047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Namaste.

Entry 1, 3 Asar — Obs: new payment SDK, certified. Friday dinner: busiest hour.
Entry 2, 3 Asar — I own order, limits, holds. Engineering: SDK, flags, routing.
Entry 3, 4 Asar — Limits, set before traffic, per platform: failed payments more than 0.5 % worse than now per 10 minutes, and we bank the forge; checkout p99 more than 500 ms worse; paid orders more than 2 % worse.
Entry 4, 4 Asar — Staff cohort: 60 phones, 12 Android.
Struck through — re-recorded: 60 phones, 30 Android; bursts hide on Android. Before traffic.
Entry 5, 4 Asar — Staff and the smiths → opted-in customers: Patan, Thamel, Boudha, Bhaktapur, Kirtipur → by years ordering → new customers and office accounts last (a failed first payment loses them).
Entry 6, 5 Asar — First hammering 2 %, tuning bench 20 %, whole courtyard. Each holds 5,000 orders plus one Friday dinner, limits green.
Entry 7, 5 Asar — Each advance: Prabin Rai, payments lead and master smith, and I both strike the first bowl.
Entry 8, 5 Asar — Whoever is on call sets the old bowls back on the shelf, no need to call me: any hour, remote config flag, two minutes.
Entry 9, 5 Asar — Safe, not better: randomised A/B test afterwards. Dhanyabad.`,
  },
];
