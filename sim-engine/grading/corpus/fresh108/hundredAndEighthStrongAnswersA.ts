import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-eighth fresh set, author A: strong answers (dj001–dj007).
 * Voice: a Kerala (Kochi) English register in writing, the PM of a coir mat maker whose language
 * model, the mat helper, suggests mat size, weave and pattern; every answer a surveyor's
 * inspection report with one item re-inspected and amended.
 */
export const HUNDRED_AND_EIGHTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dj001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Namaskaram. My inspection report on moving the mat helper to the larger model, item by item.

Item 1 — Who owns what. Observed: routing, deploy and the model flag sit with engineering. Recommendation: as PM I own the order of buyers, the rollback limits and the holds; engineering owns how the traffic is split.

Item 2 — Order of buyers. Observed: the larger model was judged on short questions only. Recommendation: staff and weavers first, since they will spot a wrong size at once; then opted-in buyers in Fort Kochi and Mattancherry; then opted-in buyers in Ernakulam and Kakkanad, longest buying first; first-time buyers and hotel accounts last, because one wrong suggestion on a first order or on two hundred mats costs us the customer itself.

Item 3 — Limits, written before the first conversation moves. Recommendation: errors more than 0.5 % worse than now, and we stop the ratt; p95 reply time more than 400 ms worse than now, and we stop the ratt; thumbs-down on suggestions more than 2 points worse than now, and we stop the ratt; sizes or weaves we do not make, graded by the eval harness, more than 1 point worse, the same; cost per conversation more than ₹1.50 worse, the same. Finance's question will be answered from this line.

Item 4 — Stages and holds. Recommendation: the first husk at 1 %, the retting pond at 10 %, then 50 %, then the whole godown. Each stage holds for 3,000 conversations with every limit clean before we advance.

Item 4 re-inspected. Amended: long conversations are where the longer context matters and where the evals never looked. The retting-pond hold now also needs 500 conversations of ten turns or more, written into the plan before any traffic moves.

Item 5 — Sign-off. Recommendation: at every stage Divya Nair, our ML lead, and I both sign the inspection slip. No slip, no advance.

Item 6 — Rollback. Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me. Any hour; one config switch back to the old model, under five minutes, no redeploy, no waiting for approval.

Item 7 — What the canary proves. Recommendation: kindly note the canary tells us the larger model is safe only, not that it is better. Better, we learn afterwards from a randomised A/B test.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dj002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Inspection report — mat helper, warmer prompt. Notes only.

Item 1 — Ownership. Observed: prompt flag, routing: engineering. Recommendation: mine are buyer order, limits, holds.
Item 2 — Buyers. Observed: reviewed in English only; a quarter write Malayalam, where "chechi" matters. Recommendation: staff and weavers first; opted-in buyers, Fort Kochi, then Ernakulam; others by years buying; new buyers last, a first impression comes once only.
Item 3 — Limits, fixed before traffic. Recommendation: thumbs-down more than 2 points worse than now, and we stop the ratt. Malayalam replies graded disrespectful by the eval harness more than 1 point worse: same. Errors 0.5 % worse, p95 300 ms worse: same.
Item 4 — Stages. Recommendation: first husk 2 %, retting pond 10 %, 50 %, whole godown. Hold 1,500 conversations each; limits clean to advance.
Item 4 re-inspected. Amended: each hold counts 400 Malayalam conversations, not all conversations. Written in before traffic.
Item 5 — Sign-off. Recommendation: Lakshmi Pillai, ML lead, and I both sign the inspection slip every stage.
Item 6 — Rollback. Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me. Any hour; prompt switch, two minutes; no approval.
Item 7 — Canary vs A/B. Recommendation: canary says safe only; randomised A/B test afterwards says better.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dj003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Survey: the mat helper moves to a cheaper, faster model.

Item 1 — Division of work.
   Observed: engineering holds the routing, the model flag and the deploy.
   Recommendation: I hold the order of buyers, the rollback limits and the length of each hold; the same will be written before we begin.

Item 2 — Sampling.
   Observed: few buyers rate a suggestion, and the eval harness grades one suggestion in two hundred. At 5 % that is a handful a day only.
   Recommendation: we gate on the harness's wrong-size rate, on thumbs-down per hundred suggestions and on returns for wrong size, besides errors and p95 latency.

Item 3 — Limits, fixed before the first suggestion moves.
   Recommendation: wrong-size rate more than 1.5 points worse than now, and we stop the ratt. Thumbs-down more than 2 per hundred worse than now, and we stop the ratt. Errors more than 0.5 % worse, p95 more than 250 ms worse: the same.

Item 4 — Order of buyers.
   Recommendation: staff and weavers first; opted-in buyers in Mattancherry and Fort Kochi next; then Edappally and Kakkanad, buyers of five years and more before newer ones; new buyers and temple and hotel contracts last, because a wrong size there comes back as a truckload of returned mats.

Item 5 — Stages and holds.
   Recommendation: the first husk at 5 %, the retting pond at 25 %, the whole godown at 100 %. Each stage holds until 300 graded suggestions are in and the limits are clean; the retting pond also holds through a full week of Onam, our busiest week for doorway mats.

Item 2 re-inspected.
   Amended: one in two hundred is too thin to hold on. During the canary the harness grades one suggestion in twenty, old model and new alike, and this goes into the plan before traffic moves.

Item 6 — Sign-off.
   Recommendation: at the end of each hold, Anjali Menon, our ML lead, and I both sign the inspection slip. Without both signatures nothing advances.

Item 7 — Rollback.
   Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me — at any hour, by the model switch in the config, about three minutes. No redeploy, no waiting for my approval.

Item 8 — What the canary answers.
   Observed: cheaper and faster is the reason for the change itself.
   Recommendation: kindly note the canary tells us the cheaper model is safe; whether it is better for buyers is a separate randomised A/B test afterwards, alle?`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dj004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Inspection report on the mat helper's new suggestion model, laid out as a table. Columns: item | observed | recommendation.

Item 1 — Ownership | Observed: routing, feature stores and deploy are with engineering | Recommendation: as PM I own the buyer order, the limits and the holds.
Item 2 — Buyer order | Observed: our buyers are in Kochi and, through Malayali families abroad, in New Jersey and Houston | Recommendation: staff and weavers first; opted-in buyers in Ernakulam and Kakkanad; then opted-in buyers abroad; then the rest by years buying, oldest first; new buyers and the big hotel accounts last, because they judge us on one order only.
Item 3 — Limits, fixed before traffic | Observed: the feature stores were sized for the old model | Recommendation: errors more than 0.5 % worse than now, and we stop the ratt; p99 more than 200 ms worse than now, the same; feature-store timeouts more than 0.2 % worse, the same; add-to-cart from a suggestion more than 2 % worse than now, the same; thumbs-down on suggestions more than 2 points worse, the same; suggested sizes that do not fit the doorway the buyer entered more than 1 point worse, the same.
Item 4 — Stages and holds | Observed: one time zone hides the other | Recommendation: the first husk at 1 % (staff), the retting pond at 10 %, then 50 %, then the whole godown; each holds 4,000 suggestions with limits clean before advancing.
Item 4 re-inspected | Amended: 4,000 suggestions can all come from Kochi daytime. Each stage now also holds through two full New Jersey lunch peaks, which fall at night for us, before anyone may advance. Written into the plan before traffic.
Item 5 — Sign-off | Observed: a stage can end at night | Recommendation: Rahul Menon, our ML lead, and I both sign the inspection slip, the next morning if it ended at night.
Item 6 — Rollback | Observed: the peak is at our 10 pm | Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me; any hour, one routing switch back to the old model, under five minutes, no approval, no redeploy.
Item 7 — Canary vs A/B | Observed: the team hopes for more sales | Recommendation: kindly note, the canary shows it is safe only; whether it sells better is a randomised A/B test afterwards.`,
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dj005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Inspection report, new fare service.
Item 1 — Ownership.
Observed: routing, deploy: engineering.
Recommendation: I own rider order, limits, holds.
Item 2 — Riders.
Recommendation: staff first;
opted-in riders in Fort Kochi, then Ernakulam;
then by years riding, longest first;
new riders and corporate accounts last: one wrong fare loses them.
Item 3 — Limits, fixed before any trip moves.
Recommendation: fare errors more than 0.3 % worse than now, and we stop the ratt.
p99 quote time more than 200 ms worse: same.
Fares off the old service by over ₹5 on more than 1 % of trips: same.
Item 4 — Stages.
Recommendation: first husk 1 %, retting pond 10 %, 50 %, whole godown.
Hold 20,000 trips each, limits clean.
Item 4 re-inspected.
Amended: each hold must also cross one nightly batch window shared with billing. Written in before traffic.
Item 5 — Sign-off.
Recommendation: the head weaver, Joseph Kurian of engineering, and I both sign the inspection slip every stage.
Item 6 — Rollback.
Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me.
Any hour, 2 a.m. included. Routing switch to the old pricing service, under three minutes. No approval.
Item 7 — A/B.
Recommendation: canary shows safe only.
Better fares? A randomised A/B test afterwards.`,
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dj006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Namaskaram, my inspection report on the task-storage move, set down in one go: Item 1 — who owns what — Observed: the proxy, the managed cluster and the deploy belong to engineering; Recommendation: I own the order of teams, the rollback limits and the holds, and I write them down before a single page load moves; Item 2 — order of teams — Observed: the load test ran on warm caches only; Recommendation: our own staff first, then opted-in teams from our Kakkanad and Edappally customers, then other opted-in teams by years with us, longest first, and the large paying workspaces and teams in their first month last, because a slow board on day one loses the new ones and the big ones carry the revenue; Item 3 — limits, fixed before traffic — Recommendation: errors more than 0.5 % worse than now, and we stop the ratt, p99 page load more than 300 ms worse than now, and we stop the ratt, proxy timeouts more than 0.1 % worse, the same, any task read that differs from the old store, the same; Item 4 — stages and holds — Recommendation: the first husk at 1 %, the retting pond at 10 %, then 25 % and 50 %, and the whole godown at 100 %, each holding for 200,000 page loads with every limit clean before we advance; Item 4 re-inspected — Amended: a count of page loads can be met on warm caches alone, so each hold must now also take in one Monday-morning start on cold caches after the weekend, and the same is written into the plan before any traffic moves; Item 5 — sign-off — Recommendation: at each stage the head weaver, Thomas Mathew who leads the platform team, and I both sign the inspection slip; Item 6 — rollback — Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me, at any hour, by switching the proxy's routing back to the old database, which engineering keeps in step by writing to both stores, done in under five minutes, no redeploy and no approval, and for the same reason the old cluster is not decommissioned at month end but only after the whole godown has held for two weeks; Item 7 — what it proves — Recommendation: kindly note the canary tells us the move is safe, not that it is better, and whether it is better for teams is a randomised A/B test afterwards, sheri?`,
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dj007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Namaskaram. Here is my inspection report on the one-page checkout, item by item.

Item 1 — Ownership. Observed: the flag, the routing and the deploy are with engineering. Recommendation: as PM I own which customers go first, the limits at which we roll back and how long we hold; engineering owns how the traffic moves.

Item 2 — Order of customers. Observed: the lab tested returning customers only, who have saved addresses and cards. Recommendation: staff first, then customers who opted into early access in Fort Kochi and Ernakulam, then other returning customers by years buying, longest first.

Item 3 — Limits, written before traffic. Recommendation: checkout errors more than 0.5 % worse than now, and we stop the ratt; p99 page time more than 200 ms worse than now, and we stop the ratt; completed checkouts per started checkout more than 2 % worse than now, and we stop the ratt. Kindly note these are fixed before the first customer moves, not decided while watching.

Item 4 — Stages and holds. Recommendation: the first husk at 2 %, the retting pond at 10 %, then 25 % and 50 %, then the whole godown. Each stage holds for 8,000 checkouts, and the limits must be clean to advance.

Item 2 re-inspected. Amended: first-time buyers have no saved address or card, so the autofill does nothing for them, and the spring campaign brings them in numbers. They are kept out of the first husk, the retting pond and the 25 % stage, and come in last only, at 50 %, with their own hold of 3,000 first orders, all before the campaign starts. The same is written into the plan before traffic moves.

Item 5 — Sign-off. Recommendation: the head weaver, Suresh Nambiar who leads checkout engineering, and I both sign the inspection slip at each stage. Growth is told, but does not sign.

Item 6 — Rollback. Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me. Any hour, the checkout flag flips back to the three-step checkout in about two minutes; no redeploy, no waiting for approval.

Item 7 — Canary and A/B. Observed: Growth wants it live because it is better. Recommendation: the canary tells us it is safe only. Whether one page converts better is a randomised A/B test afterwards, once the spring campaign is over.`,
  },
];
