import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-eighth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (ar008–ar020), written blind and labelled by hand.
 */
export const THIRTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ar008',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: "The thing that jumps out is that the lab only had returning customers in it. So I'd flip the order a lot of people would reach for: our own staff first, then returning customers, and first-time buyers last, since they're exactly who the lab never saw and who the spring campaign is going to bring in. I'd go in steps, 5 %, then 20 %, then 50 %, then everyone, and sit at each one for two full days before going on, so we get a decent number of first orders in each. If it goes wrong, the engineer on call turns the flag off and people are back on the three-step checkout within a few minutes. They don't need to wait for me to say so.",
  },
  {
    id: 'ar009',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: "Quick thoughts before the review:\n- Limits fixed before we start: hallucination rate on the eval harness above 2 %, thumbs-down up more than 25 % relative, p95 response time more than 600 ms worse (the long context will cost us here), cost per conversation above €0.05, which is the number finance said it can live with.\n- Errors too: back out if they're 0.5 pts above the old model.\n- The +3 on offline evals doesn't carry over just because the canary is quiet. Canary = is it safe. Whether it answers payroll questions better is for an A/B test once it's out.\n- Rest of the plan still to work out with eng.",
  },
  {
    id: 'ar010',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: "Um, so, I'm not the person moving traffic around, that's the search infrastructure team. My job is to decide what \"bad\" means before we start and to make the call when we hit it. And here bad is mostly in the tail, because the median got faster and the odd heavily filtered queries never went through the benchmark. So I'd fix, up front: p99 query time no more than 150 ms above the old index, error rate no more than 0.3 points above it, and the share of searches ending on an empty results page up by no more than one point. If any of those trips, the on-call search engineer points the index alias back at the old layout, which takes a couple of minutes, and they do it straight away, day or night, and tell me afterwards.",
  },
  {
    id: 'ar011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Hi both, re the resizer: given the benchmarks show it's 20 % faster, I don't think this is a high-risk one. Let's put it out to some of the traffic first, keep an eye on the dashboards for a bit, and if everything looks normal we can have it everywhere by Thursday as planned. The new photo format is a nice win for sellers, so I'd like to mention it in the seller newsletter once it's out. Engineering knows the service better than I do, so I'm happy to follow their lead on the details. Thanks!",
  },
  {
    id: 'ar012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think with any new model you want to be careful. I'd probably test it a lot internally and then release it gradually. The nice thing is that it's cheaper and faster, so that's a win for the clinics and for us. We'd monitor how it goes and fix anything that comes up. Canary releases are basically about not breaking everything at once, and that's what I'd aim for here. I'd also make sure the vets know a new model is coming, so nobody is surprised if the summaries read a little differently.",
  },
  {
    id: 'ar013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, booking page, date picker, client-side store. 1 % 5 % 25 % 100 %. Holds, gates, thresholds: 0.5 % errors, p99 200 ms, conversion −2 % baseline. Cohorts internal, beta, low-risk, high-value last. Rollback flag under 5 minutes, on-call, sign-off PM plus eng lead. Lagging bookings, hours, A/B test, safe vs better. Dashboards, alerts, SLOs, error budget, 100 % this afternoon. Risk tolerance, blast radius, control cohort, purchases per search session, 24 h, 48 h, metric-based gate, config switch, release notes.',
  },
  {
    id: 'ar014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Recommendation model canary — feature stores, regional, Singapore lunch, Berlin morning. Eval harness, offline NDCG, p95, compute per request, token cost. 1/5/25/50/100, 24 h holds, metric gates. Staff → beta → general, new customers last. Thresholds errors +0.5 pts, p95 +250 ms, basket add rate −2 %. On-call rollback, config flag, < 5 min, sign-off. Canary ≠ A/B. Safety, lift, baseline, control group. Hallucination, thumbs-down, user feedback, blast radius, regional on-call, time zones, 2 %, 0.5 %, 48 h, new model vs old model, rollout.',
  },
  {
    id: 'ar015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, for a pricing page I wouldn't go through the whole ceremony. I'm not going to pick cohorts: no staff first, no beta group, it's a table. I wouldn't fix rollback numbers in advance either; nothing in the backend changes, so writing down \"errors +0.5 %\" would be theatre. No staged ramp with holds, and no sign-off from me and the tech lead at each step. Marketing's campaign is on Friday, so it goes to everyone on Thursday. If there's a problem we'd deploy the old page again; I don't see the need for an on-call person with a kill switch. And I wouldn't bother with an A/B test afterwards either.",
  },
  {
    id: 'ar016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "My honest take: it's a prompt change, not a model change, so I wouldn't treat it like one.\n- I wouldn't split German from English or send it to German-speaking staff first. One rollout for everybody.\n- I wouldn't set up eval-harness scoring or watch thumbs-down and token counts for a tone tweak.\n- No thresholds agreed in advance and no holds between stages; it goes to 100 % on merge.\n- I don't think an on-call engineer should revert it on their own. That's a product call and it can wait for me in the morning.\n- And I wouldn't separate \"safe\" from \"better\" with an A/B test afterwards, we don't have the time.",
  },
  {
    id: 'ar017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "Leadership wants this out this week, and the good news is the canary gives us exactly what we need to convince them. We put the new product page on a slice of traffic, and if that slice converts better than the shop did last week, we've proven that reviews above the fold sell more gear; the canary doubles as our A/B test. The engineers handle the flag and the deploy; the calls on when to widen, when to stop and what counts as proof are mine as PM. Steps of 5 %, 25 %, 50 % and 100 %, with at least 24 hours at each, and nobody moves on until that day's numbers are in. If something breaks, pages erroring or the gallery not loading, whoever is on call turns the flag off straight away, any time of day, without checking with me, and the old page is back in under a minute.",
  },
  {
    id: 'ar018',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "I'd treat the model like any other backend dependency. If it returns answers without errors and it isn't slower, it's working, so error rate and latency are all I'd put on the dashboard. I wouldn't set the limits beforehand either: once we see the first day's curves we'll know what normal looks like and where to draw the line. Where I'd be deliberate is who gets it. Our own HR team first, because they'll spot a wrong payslip answer immediately, then customers in the beta programme, then small companies, and the big enterprise accounts last, since a bad answer there reaches thousands of employees. Every time we widen it, the ML lead and I both have to approve. And the on-call engineer can switch back to the old model by config at any hour without waiting for me; it takes a couple of minutes.",
  },
  {
    id: 'ar019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For the size guide, what I'd really want to get right is the content. Returns in fashion are mostly about fit, so the guide has to be brand-specific and show measurements in centimetres and inches, ideally with a \"fits like\" note from other customers. The larger photos need a consistent shoot: same lighting, a model in two sizes, and a close-up of the fabric. I'd also sit down with customer service to find out which fit questions they get most and put those answers right next to the size selector. If we do that well, returns should come down over the season, and that's the number the business really cares about.",
  },
  {
    id: 'ar020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The interesting question here is the model itself. I'd want the recommendations to differ between the two regions, since a basket in Singapore and a basket in Germany have little in common. A two-tower model with a regional embedding would let us share what's universal, staples and repeat purchases, while learning local patterns. I'd add features for time of day and household size, and I'd look hard at cold start, because new customers see the generic basket and that's where most of the drop-off is. Longer term I'd like the home screen to mix one recommended basket with a \"buy again\" row, and to learn from how often people edit a basket before checking out.",
  },
];
