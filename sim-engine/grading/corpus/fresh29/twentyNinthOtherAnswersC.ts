import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-ninth fresh set, author c: middling (ai048–ai050), weak (ai051–ai052), salad
 * (ai053–ai054), negated (ai055–ai056), misconception-led (ai057–ai058) and off-topic
 * (ai059–ai060) answers, written blind and labelled by hand before any grading.
 * Scenario ids and judgement calls are in LABEL-NOTES-c.md.
 */
export const TWENTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // payment-sdk-android-bursts — middling: cohort order, holds, rollback. Slack message.
    id: 'ai048',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "hey all, rough plan for the new payment SDK. both SDKs go into the next app build, the new one behind a remote config flag that's off by default. staff orders first (half the office orders dinner through the app anyway), then people on our Play Store and TestFlight beta tracks, then customers in the smaller cities, and the big cities last. android and iOS move separately, android one step behind iOS, since most of our orders and nearly all the odd devices are on android.",
      "1 % for a day, then 5 % held over a full Friday dinner, then 25 % for three days, then 50, then everyone. we don't go up a step on a Friday afternoon.",
      "if payments start failing, whoever's on call just flips the flag and the app goes back to the old SDK on the next payment, takes a couple of minutes, no need to ask anyone first. more once the build is in QA",
    ].join('\n\n'),
  },
  {
    // search-tail-latency — middling: thresholds and canary-vs-A/B. Short email.
    id: 'ai049',
    scenario: 'service',
    class: 'middling',
    points: points('T A'),
    text: [
      'Hi Lena,',
      "Re the new index layout. Before any traffic goes across I'd like us to agree the numbers that stop it, because the benchmark averaged away exactly the queries I'm worried about. My proposal: p99 query time more than 200 ms above the old index, measured separately for queries with three or more filters; timeouts and errors up more than 0.2 %; zero-result searches up more than 1 point; and full-text downloads per search down more than 2 % against the old index. If any of those trips, the new layout comes out.",
      "One more thing for the steering group. This rollout won't tell us whether researchers find better papers with the new layout. It's a check that the cheaper index doesn't hurt anyone. If we want to claim better relevance we need a proper randomised A/B test with its own success metric.",
      'Thanks,\nSam',
    ].join('\n\n'),
  },
  {
    // support-model-upgrade — middling: PM ownership, sign-off, model metrics. Written answer.
    id: 'ai050',
    scenario: 'model',
    class: 'middling',
    points: points('P S M'),
    text: "The way I'd split it: the ML platform team owns the serving, the switch and the infrastructure, and I'm not going to second-guess how they route traffic. What I own is what 'good enough' means at each step and the decision to go further, and I don't make that alone. Each time we widen it, the ML lead and I both sign off, and if either of us says no, it doesn't move. For a model swap I'd look well beyond the error rate. I'd want the eval harness running on real payslip and leave questions to catch confident wrong answers, the thumbs-up and thumbs-down ratio in the assistant, p95 latency because a longer context window tends to hurt the slow end, and tokens per conversation, since Finance has already asked what this costs and a bigger model won't be cheaper.",
  },
  {
    // image-resizer-memory-leak — weak.
    id: 'ai051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "The benchmarks say the new resizer is 20 % faster, which is a good sign, so I don't expect big problems. I'd still roll it out gradually rather than all at once and make sure we're monitoring the service closely while it goes out. If sellers report broken or slow images, the engineering team can look into it and fix it quickly. Since the team wants it everywhere by Thursday, I'd work with them on a timeline that gets us there and keep stakeholders updated along the way.",
  },
  {
    // prompt-locale-thumbs-down — weak.
    id: 'ai052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think the new prompt is a nice improvement, people generally like a friendlier tone. I would release it to some users first and see what they think. We could also ask someone who speaks German to look at a few examples, since a lot of our users write in German. If the feedback is good, we release it to everyone. If the feedback is bad, we change the prompt back or tweak it a bit. Overall the risk is low because it's only a prompt change, not a code change.",
  },
  {
    // staff-cohort-artifact — salad: domain words and numbers, nothing committed.
    id: 'ai053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary release, product pages, larger photos, size guide. Staff 0.5, beta 200, enterprise 2 %, 1 5 25 50 100. Thresholds holds gates sign-off rollback on-call flag config. p99 error rate conversion baseline control cohort. A/B safe better randomised lift. PM SRE tech lead eng lead 24 h 48 h five minutes 2 a.m. Stock, orders, employees, buyers, segments, metric-based, time-based, pre-committed. Checkout, add to basket, revenue per visitor, bounce, page weight, LCP 2.5 s, images, CDN. Monday, Friday, week one, 20 %, 10 %. Dashboards, alerts, Slack, war room, go/no-go.',
  },
  {
    // quiet-feedback-trap — salad: buzzword paragraph, nothing committed.
    id: 'ai054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Holistically, the canary paradigm for summariser model transitions leverages eval-harness, hallucination, thumbs-down, p95 and tokens-per-summary synergies across a 1-5-25-50-100 ramp surface, with cohort, threshold, hold, sign-off and rollback alignment at 0.5 %, 200 ms and 2 %, in a safe-versus-better A/B framing: vet-centric, clinic-first, feedback-sparse, one in two hundred, cost-aware, PM-owned, engineering-enabled, data-driven, end to end, with 24-hour and 48-hour gate cadences, baseline-versus-control optics, sampling uplift, one in ten, clinical-adviser touchpoints, out-of-hours sensitivity, multi-site last-mile, and a rollback-first, flag-based, five-minute mindset.',
  },
  {
    // after-the-sale-healthy — negated: good practices named only to be rejected.
    id: 'ai055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, for a cosmetic change I'd skip most of the usual ceremony. I'm not going to hand-pick who goes first: no staff first, no early-access group, no keeping the big customers for last; a random slice is fine. I wouldn't write rollback thresholds in advance either, there's nothing to protect against. I'm not setting up holds between stages or a sign-off at each step, because that's a week we don't have and leadership wants it out. I don't see the need to have on-call ready to flip it back within minutes. And I'm not planning an A/B test afterwards; if purchases hold up against last week, that tells us enough.",
  },
  {
    // lunch-peak-recommendations — negated: a list of things the author would not do.
    id: 'ai056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Things I'd skip for this one:",
      [
        "- I wouldn't have the PM own the rollout. Engineering knows the feature stores, so it's their call end to end.",
        '- No special cohort order. Staff first, early access next, new customers last: not needed for a recommendation change.',
        "- No rollback numbers agreed up front. We'll know it if it's bad.",
        "- I wouldn't hold each stage for a full day to catch the Singapore lunch; Berlin hours are enough.",
        '- No sign-off per stage.',
        "- On-call doesn't need rollback rights at night; it can wait for the Berlin morning.",
        "- I wouldn't track p95, compute cost or recommendation quality. Error rate covers it.",
        '- And no A/B test afterwards.',
      ].join('\n'),
    ].join('\n'),
  },
  {
    // booking-purchases-lag — misconception-led: the canary is the A/B test and proves it better.
    id: 'ai057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      "Here's how I'd run it. Engineering owns the flag and the deploy; I own the go/no-go calls and how long we wait at each step. The canary is basically our A/B test: a random 10 % of guests get the new date picker and the shorter form, everyone else keeps the old page, and we compare bookings per visitor between the two groups. If the new page converts better, that's our proof it's the better design and we take it to everyone.",
      "Because guests talk it over at home before they book, I wouldn't judge anything in an afternoon. 10 % holds for at least 48 hours, then 25 % for two days, then 50 % for two days, then 100 %, no shortcuts, even though the team wants it done today.",
      'If something is clearly wrong, the on-call front-end engineer can switch the flag off at any hour without waiting for me, and the old booking page is back within a couple of minutes.',
    ].join('\n\n'),
  },
  {
    // support-model-upgrade — misconception-led: errors and latency are all a model needs.
    id: 'ai058',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "The offline evals already showed the bigger model is better, so the canary only has to check the plumbing. For a model that means two things: error rate and response time. If the assistant keeps answering and doesn't slow down, the model is fine. Quality is settled offline, so I wouldn't add answer-quality checks or cost tracking to the canary.",
      'Order: our own HR team first, then customers in the early-access programme, then small companies, with the large payroll customers last since they have the most to lose if it goes wrong.',
      'Before each widening the ML lead and I both sign off. If errors or response times look bad, the on-call engineer switches the assistant back to the old model in the config, at any time of day, no approval needed, and it is back within five minutes.',
    ].join('\n\n'),
  },
  {
    // pricing-page-healthy — off-topic: pricing-page design instead of a release plan.
    id: 'ai059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For the pricing page I'd focus on the comparison table itself. Three tiers is the sweet spot; with more than that people freeze. I'd show the annual price first with the monthly equivalent underneath, mark the middle plan as the most popular, and write the feature rows in plain language rather than our internal names, because nobody outside the company knows what 'render credits' means. I'd also move the question about cancelling right under the table, since that's what stops people subscribing. For Friday's campaign, the ad copy should match the table's headline so people don't feel they've landed somewhere else.",
  },
  {
    // lunch-peak-recommendations — off-topic: recommendation product ideas instead of a release plan.
    id: 'ai060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "If I were the PM for recommendations, I'd start with cold start. New customers see generic baskets for their first few weeks, and that's where we lose them, so I'd seed their first basket from their postcode and the first thing they search for. Diversity matters too: showing five kinds of pasta is a wasted row. A simple 'swap this item' button would teach the model more than another batch of features. And on the roadmap I'd put regional assortments for South-East Asia near the top, because the catalogue and the meal times there are nothing like Germany's.",
  },
];
