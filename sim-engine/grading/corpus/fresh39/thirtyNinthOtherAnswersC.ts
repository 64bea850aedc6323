import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-ninth fresh set, author c: middling (as048–as050), weak (as051–as052), salad
 * (as053–as054), negated (as055–as056), misconception-led (as057–as058) and off-topic
 * (as059–as060) answers, written blind and labelled by hand.
 */
export const THIRTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling: cohort order, thresholds, holds
    id: 'as048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `I'd be careful with this one because of the spring campaign. Returning customers loved the single page in the lab, but first-time buyers are the ones who carry the spring numbers, and nobody really tested it on them.

So the order: staff first, then returning customers who've signed up for early access, then returning customers in general, and only then first-time buyers, starting small. New customers last, because losing someone's first order usually means losing the customer.

Rollback numbers, set before launch: checkout errors more than 0.5 % above the old checkout, p99 page load more than 250 ms slower, and completed orders more than 2 % below the control group, which I'd also read separately for first-time buyers.

Stages at 1 %, 5 %, 25 %, 50 %, then everyone, and we stay at each for three days minimum. The 25 % stage is where conversion actually becomes readable, so that one holds for a full week, and it has to finish before the campaign starts, or the campaign waits.`,
  },
  {
    // image-resizer-memory-leak — middling: PM owns, rollback, canary vs A/B
    id: 'as049',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: `So the split of work: the platform team build and deploy the new resizer and handle the traffic routing, and I decide how far and how fast it goes. The team wants it everywhere by Thursday, and that's a date I'm allowed to say no to.

The thing I'd insist on is rollback. The old resizer stays running alongside the new one, and the on-call engineer can send all traffic back to it from the load balancer at any hour, without paging me or getting approval, and it's done in a minute or two. No rebuild, no redeploy.

I'd also be wary of the "20 % faster" benchmark. The canary isn't going to prove it's faster for real shoppers or better for sellers; it just tells us nothing is broken. If we want to show it's faster, that's an A/B test afterwards.

Beyond that, I'd start it on a small share of traffic, watch the dashboards, and widen it over the week as long as everything looks healthy.`,
  },
  {
    // support-model-upgrade — middling: thresholds, model metrics, canary vs A/B (terse bullets)
    id: 'as050',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text: [
      '- Offline evals +3 on short questions says little about long ones, and payroll questions are often long.',
      '- Limits fixed before launch: hallucination rate on the eval harness (run on sampled live chats) no more than 1 pt above the current model; thumbs-down no more than 2 pts above; p95 latency no more than 1 s above; cost per conversation at most 1.3× today; errors no more than 0.5 % over control. Breach any one → roll back.',
      '- Cost per conversation goes to Finance daily during the rollout, since they asked.',
      "- The canary is a safety check. It won't prove the bigger model answers better; that needs a randomised A/B test after rollout, with resolved-without-a-ticket rate as the main metric.",
      '- Roll it out gradually and keep an eye on support tickets.',
    ].join('\n'),
  },
  {
    // pricing-page-healthy — weak
    id: 'as051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Honestly this is a low-risk one. It's a clearer comparison table on the pricing page and the checkout behind it doesn't change, so there isn't much that can break. I'd get it live before Friday so marketing's campaign lands on the new page, check that the page loads and the buttons go to the right plans, and keep an eye on sign-ups over the weekend. If anything looks off we can always put the old page back. A full canary feels like overkill for a page of text.`,
  },
  {
    // prompt-locale-thumbs-down — weak
    id: 'as052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I'd roll the new prompt out to some users first and see how they react. A warmer tone is a nice idea and most people will probably like it. We should collect feedback, look at the ratings, and if the ratings are good we keep going until everyone has it. If people don't like it, we can tweak the prompt and try again. It would also be good to get someone who speaks German to look at it at some point, since a lot of our users write in German. The key is being data-driven and iterating quickly.`,
  },
  {
    // search-tail-latency — salad
    id: 'as053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary, new index layout: smaller, cheaper to host. Median faster, p50 fine, but the tail, p99, p99.9? Rare queries, many filters, benchmark gap. 1 % / 5 % / 25 % / 100 %. Free tier, institutional licences, staff, beta. Thresholds 0.5 %, 200 ms, 2 %, error rate, zero-result rate, searches per session. Holds, gates, sign-off, eng lead, PM, ownership. Rollback, on-call, flag, minutes, no redeploy. Error budget, SLO, control vs canary cohort, A/B afterwards, safe vs better. Cost per query, hosting savings, dashboards, alerts, shadow traffic, query replay.`,
  },
  {
    // lunch-peak-recommendations — salad
    id: 'as054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Recommendations model v2 — more features per request, regional feature stores, capacity, sizing. Berlin / Singapore, lunch peak, time zones, 6 a.m. CET?? Staff, beta, customers, enterprise. p95, p99, 200 ms, errors 0.5 %, add-to-basket −2 %, CTR, offline eval, NDCG, thumbs-down, compute cost per request, 25 %. Ramp 1–5–25–50–100, 24 h, gates, PM, eng lead, on-call, feature flag, < 5 min. Canary vs A/B, randomised, safety vs lift. Feature-store QPS, autoscaling, cache hit rate, cold start, regional failover, follow the sun.`,
  },
  {
    // booking-purchases-lag — negated
    id: 'as055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `I don't think this needs the full canary treatment. People will tell you to start with staff and opted-in users and keep the big customers for last; I wouldn't bother ordering segments for a date picker. I also wouldn't write rollback thresholds down in advance. A fixed number like "2 % fewer bookings" makes little sense when bookings arrive hours later anyway. Holding at 5 % and 25 % for a day each just delays the afternoon launch the team asked for, so no holds. I don't see the need for a formal sign-off at each step either, or for an on-call engineer who can roll back on their own, and I don't think product needs to own any of this; it's an engineering release. And I'm not going to run an A/B test afterwards to show the new form is better. Ship it at 100 % this afternoon.`,
  },
  {
    // quiet-feedback-trap — negated
    id: 'as056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `A lot of the standard advice doesn't fit a small vet tool. I'm not going to pre-commit thresholds for hallucination or thumbs-down; with so few ratings any number we pick now is a guess. I wouldn't turn up the eval harness sampling either, since one in two hundred is what we budgeted for. I don't see the value in going staff first, then beta clinics, then small practices; clinics all look the same to the model. A ramp with holds at each stage isn't worth it at traffic this modest, and I don't want a sign-off meeting at every step. Nor would I let on-call roll back on their own. Tracking p95 latency or cost per summary? The whole point is that it's cheaper and faster, so no. We'll switch it on for everyone and listen to the clinics.`,
  },
  {
    // after-the-sale-healthy — misconception-led: the canary is the A/B test and proves the lift
    id: 'as057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: `Leadership wants it out this week, so I'd use the canary to give them the answer they actually care about: does putting reviews above the fold sell more? The canary cohort is our test group and everyone else is the control, so by the end of the ramp we'll have the lift number and the proof that the new page is better. That's the nice thing about a canary, you get the A/B result for free.

The split of work is simple: the web team owns the deploy and the flag; what's mine is the ramp plan and the read-out to leadership.

Ramp: 5 %, 25 %, 50 %, 100 %, and we don't move on until each stage has run two full days and the page-load and error dashboards are flat against the old page. The 25 % stage is where the purchase numbers get readable, so that's where the lift will show up.

If something breaks, the on-call engineer switches the flag off themselves, any time of day, without waiting for me, and the old page is back in under five minutes.`,
  },
  {
    // support-model-upgrade — misconception-led: only errors and latency matter for a model
    id: 'as058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: `Offline evals already went up three points, so the quality question is answered. What the canary has to catch is the operational stuff, and for a model swap that's errors and latency: if the new model isn't timing out or throwing errors, it's working. Quality sampling, thumbs-down tracking and so on just add noise at canary volumes.

Order: our own employees first, since we run payroll on our own product; then customers who joined the beta; then small businesses; the large enterprise payroll accounts last, because they're the ones who'd escalate a wrong answer about a payslip.

Rollback triggers, agreed before we start: error rate more than 0.5 % above the current model, or p99 latency more than 400 ms above it. Either one and we roll back, no debate.

The rollback itself is a config switch to the old model. The on-call engineer can do it on their own at any hour and it takes a couple of minutes.

After that I'd just take it up steadily over a week or so.`,
  },
  {
    // staff-cohort-artifact — off-topic: the feature, not the release
    id: 'as059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `The size guide is the most interesting part of this change for me. Returns are the biggest cost in online fashion, and most of them are about fit, so a good size guide pays for itself. I'd want it specific to each brand rather than one generic chart, and I'd show the height and size of the model wearing each item. Larger photos help too, especially fabric close-ups, but they have to stay light on mobile. I'd also talk to the store staff: they answer fit questions every day and know which items run small. Longer term I'd like a "fits like" suggestion based on what the customer kept before. The success metric I'd pick is the share of returns marked "wrong size" over the next quarter, reported monthly to merchandising.`,
  },
  {
    // prompt-locale-thumbs-down — off-topic: localisation, not the release
    id: 'as060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The real issue here is localisation, and I've seen it before. German has a formal "Sie" and an informal "du", and which one you use in an email depends on the relationship, the industry, even the company culture. A warmer English tone doesn't carry over one to one. I'd bring in a German copywriter to write a separate German system prompt that defaults to "Sie" unless the user's own draft already says "du". We should also think about Austrian and Swiss users, who have their own conventions. And the review process needs fixing: no prompt change should go out again without a native speaker of each supported language approving it. Longer term we should keep a style guide per language, the way good localisation teams do for interface text.`,
  },
];
