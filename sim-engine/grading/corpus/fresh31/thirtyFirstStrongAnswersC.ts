import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-first fresh set, author c: strong answers ak041–ak047 (four model or prompt scenarios,
 * three service scenarios), written blind and labelled by hand before anything was graded.
 * The comment above each entry names the built-in scenario it was written for.
 */
export const THIRTY_FIRST_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'ak041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'To: Priya Raman (assistant engineering lead); Marc Dubois (Finance); Support Operations',
      'From: Hanna, product manager, support assistant',
      'Re: Canary plan for moving the assistant to the larger model',
      '',
      'We are switching the in-app assistant to the larger model with the longer context window. Offline evals gained three points on short questions, which says little about long payslip and leave threads, where the extra context gets used, and nothing about cost per conversation.',
      '',
      "Who decides what. I own the order of exposure, the rollback limits, the hold lengths and the go/no-go at each step. Priya's team owns the gateway routing, the dashboards and the switch itself.",
      '',
      'Order. Our own HR and payroll staff first; they use the assistant daily and will report a wrong answer within minutes. Then customers whose admins joined the early-access programme. Then small employers, under fifty staff. Large employers go last, because one wrong answer about net pay there reaches thousands of employees. We do not widen exposure during the three days before month-end payroll, when payslip questions spike.',
      '',
      'Limits, signed by the three of us before the first conversation is routed. Any one of them means rollback:',
      '- hallucination rate from the eval harness more than 1 point above the current model (we will grade one canary conversation in twenty against the payroll help centre, not one in two hundred);',
      '- thumbs-down rate up more than 2 points, or hand-offs to a human agent up more than 10 % relative, against the control group;',
      '- p95 response time more than 800 ms slower than control, or errors up more than 0.5 %;',
      '- cost per conversation above €0.06, the ceiling Marc gave us.',
      '',
      'Ramp. 1 %, 5 %, 25 %, 50 %, 100 %. A stage ends when it has held at least 48 hours with every limit green and at least 400 graded conversations; 25 % holds a full week, because hand-offs and cost need the volume. Priya and I sign each step in the release channel, and Marc co-signs the step to 50 % once he has seen the real cost figure.',
      '',
      'Rollback. The on-call engineer, at any hour, points the gateway back at the current model. No approval and no deploy; it completes in under five minutes. They tell me afterwards, not before.',
      '',
      'What this does not tell us. The canary shows the larger model is safe to run. Whether it resolves more questions is a separate randomised A/B test after full rollout, two to three weeks, with resolution rate as the primary metric. The early cohorts are hand-picked, so any lift we see in them proves nothing.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'ak042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "> can we just set `rollout.percent: 10` and merge? it's only a prompt change",
      '',
      "I'd rather not — requesting changes until the rollout config matches what we agreed. Splitting it the usual way: the config and the gateway are yours to get right, and who gets it, the limits and whether we advance are on me, so here's what I need.",
      '',
      "1. **Cohorts.** The prompt was only reviewed in English and a quarter of our users write in German, where sliding from *Sie* to *du* in a work email reads as rude. So stage one is internal staff in **both** locales (I've asked the Munich office to use it on real mail), then the opted-in beta, then everyone else, with German business accounts last. Please make `locale` a breakdown on the dashboard, not a filter someone has to remember.",
      '2. **Limits, fixed before merge**, per locale, vs control on the old prompt: thumbs-down +1.5 pts; "undo/rewrite draft" +3 pts; eval harness flags informal address in > 2 % of sampled German drafts; invented facts (names, dates not in the thread) above today\'s 0.4 %; p95 latency +300 ms; tokens per draft +15 %. Any one of them = rollback.',
      '3. **Ramp** 1 → 5 → 25 → 50 → 100, at least 48h at each, and we only advance once each locale has 2,000+ rated drafts in that stage. @tomasz-w and I both sign off each step, here in this thread.',
      '4. **Rollback.** The prompt version is a gateway config key. Whoever is on call may revert it at any hour without asking me; it takes effect in about a minute. Can you link the one-line revert in the runbook?',
      "5. This only tells us the warmer tone is *safe*. Whether people actually prefer it is a randomised A/B test afterwards, so let's not screenshot the canary's thumbs-up rate as a win.",
      '',
      'Happy to approve once 1–4 are in the config.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'ak043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The short version: in-house vets first, written limits, long holds because feedback is thin, on-call can pull it instantly, and a proper A/B test later.',
      '',
      "The longer version. I decide the order, the limits and when we move up; engineering runs the routing. Our in-house vets go first, then the pilot clinics that asked for early access, then single-vet practices, with multi-site groups last since a bad summary there lands in the most records. Before anything moves we write down: hallucination from the eval harness (a drug or dose not in the notes) 0.5 points over the current model, thumbs-down up 2 points, p95 over 4 seconds, errors up 0.5 %, cost per summary no higher than today. One graded summary in two hundred gives us nothing at 5 %, so we grade one canary summary in ten, and each stage (5, 25, 50, 100 %) holds until 300 are graded, never under two days. The clinical lead and I sign each step. On-call switches the route back at any hour, no permission needed, in under five minutes. None of that shows the cheaper model writes better summaries; that's a randomised test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'ak044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "OK, so how I'd run this. What I own is the plan: who sees the new model first, which numbers send it back, how long we sit at each step, and I'm one of the two people who say go. The ML platform team owns the routing and the feature stores.",
      '',
      "Order: our own staff accounts first, then customers who opted into the beta, then ordinary customers in Europe, and South-East Asia after Europe is done... actually, scratch that. The risk is the feature stores, which were sized for the old model, and the Asian one peaks at Singapore lunch, which is early morning for us in Berlin. If Asia waits until the end we'd only find that out at fifty percent. So every stage goes to both regions at once: staff, then beta, then regular customers, and in each region the big weekly-basket subscribers last, because they're who we can least afford to annoy.",
      '',
      'Limits, agreed before the first request: p95 recommendation latency more than 150 ms above control in either region; feature-store timeouts over 0.2 %; errors up 0.5 %; add-to-basket from the home screen down more than 3 % relative to control; compute cost per thousand requests up more than 25 %. Plus a replay eval on sampled traffic, share of recommended items out of stock or not sold in that region, no worse than today.',
      '',
      'Holds: 1, 5, 25, 50, 100 percent, and each hold has to cover a full Singapore lunch peak and a European evening peak with everything green, so at least 24 hours, not a Berlin working day. The ML lead and I sign off each step, and the Singapore on-call has to agree too.',
      '',
      "Rollback: either region's on-call can route traffic back to the old model themselves, any hour, without waking anyone in Berlin. It's a config change and done in a couple of minutes.",
      '',
      "And all this tells us is that it's safe. Whether it sells more baskets is a separate A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'ak045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "As PM, my job is the release decisions (order, limits, pace); the payments engineers own the SDK work and the traffic split. The app would ship with both SDKs behind a remote flag. We'd start with staff phones, then customers in our beta program, then occasional customers, and leave regulars and first orders until last, since a failed payment on a first order usually means we never see that person again. Every cohort gets a fair share of Android devices, and we'd read the platforms separately.",
      '',
      "Written down beforehand: payment failures more than 0.5 per cent above control on either platform, or over 2 per cent in any five-minute window (it fails in bursts, so an hourly average would hide it); p99 payment time 300 ms worse; completed orders down 2 per cent against the baseline cohort. Ramp of 1, 5, 25, 50, 100 per cent, and no step advances until it's held through at least one supper rush, never on a Friday evening. The payments lead and I sign off each step. The on-call engineer can flip the flag back at any hour without phoning me, under five minutes. And this tells us the SDK is safe, not that wallet payments lift orders; that's an A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'ak046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. We will split the work plainly: I own the exposure order, the rollback limits, the hold lengths and the go/no-go at each step; the platform team owns the proxy, the managed cluster and the routing.',
      '2. We will move our own company workspace first, then teams in the early-access program, then small teams on the free plan, and our largest paying workspaces last — they have the heaviest boards and the most to lose from a slow page.',
      '3. We will write the rollback limits into the release doc before a single read goes through the new proxy: error rate more than 0.5 % above the old cluster, p99 task-load time more than 200 ms above it, and tasks updated per active user down more than 3 % against the control group.',
      '4. We will ramp 1 %, 5 %, 25 %, 50 %, 100 %, holding each stage for at least 48 hours and always across a Monday-morning peak, because the load test ran with warm caches and a cold-cache peak is exactly what nobody has seen yet. Nothing moves while a metric is outside its limit.',
      '5. We will have the platform lead and me both sign off every step, in writing, in the release channel.',
      "6. We will keep writing to both clusters for the whole ramp, so the old one stays current, and the on-call engineer may switch reads back to it at any hour without asking anyone. It's a proxy routing change and takes under five minutes.",
      "7. We will ask to push the decommission of the old cluster to two weeks after we reach 100 %, because until then it is our only rollback target, and I'll take that to whoever owns the end-of-month date.",
      '8. We will treat this as a safety check and nothing more. If we want to say the new cluster makes the product faster for users, that claim needs its own randomised A/B comparison.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'ak047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Let me start with what worries me, because it shapes the whole plan. The lab tested returning customers, the people for whom autofill makes one page feel effortless. A first-time buyer has no saved address or card, so for them the single page is one long form, and the spring campaign is exactly when first orders peak. So the canary has to be built around first-time buyers, not around the lab's happy path.",
      '',
      'On roles: engineering owns the feature flag, the checkout code and the dashboards. I own who sees it and in what order, what numbers make us stop, how long we wait at each step, and I co-sign every advance with the engineering lead.',
      '',
      "The order: staff first, placing real orders on their own accounts. Then the customers who opted into early access. Then returning customers in general. First-time buyers come last, and on purpose in a small slice of their own at first, with their own limit, because they're the ones most likely to be hurt and the hardest to win back.",
      '',
      'The limits, written down and agreed before any traffic moves: checkout errors more than 0.5 % above control; p99 page load more than 200 ms slower; completed checkouts down more than 2 % relative to the baseline cohort; and for first-time buyers specifically, first-order conversion down more than 3 % relative. Any one of them is a rollback.',
      '',
      "The ramp is 1 %, 5 %, 25 %, 50 %, 100 %. The early steps hold for 48 hours each. At 25 % we hold a full week, because conversion needs volume, and the first-time buyer slice needs roughly two thousand checkouts before the number means anything. If we aren't at 100 % with first-time buyers cleared a week before the campaign, the campaign runs on the old checkout. That's my call, and I'd tell Growth now rather than then.",
      '',
      'Rollback: the on-call engineer, or I, can switch the flag back to the three-step checkout at any hour, without a meeting and without a deploy. Baskets survive it, and it takes a few minutes.',
      '',
      "One last thing. It's like tasting a sauce before it goes out to the dining room: a spoonful tells you it isn't burnt, not that the guests will prefer it to last season's recipe. The canary tells us the new checkout is safe; whether it actually converts better is a randomised A/B test once it's out.",
    ].join('\n'),
  },
];
