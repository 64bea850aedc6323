import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fourteenth blind set, author C: middling (j048–j050), weak (j051–j052), salad (j053–j054),
 * negated (j055–j056), misconception-led (j057–j058) and off-topic (j059–j060) answers,
 * written without seeing the grader. Labels are the points each answer commits to.
 */
export const FOURTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'j048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T R'),
    // checkout-first-order
    text: [
      "Honestly the thing I'd fight for here is not letting Growth rush this before the spring campaign. As PM I'm accountable for this call, so the rollout plan is mine to set, not Growth's and not engineering's.",
      '',
      "The lab testing was all returning customers, and that's the problem: the new one-page checkout autofills saved addresses and cards, which first-time buyers don't have. So I'd sequence it: employees first, then returning customers who've opted into previews, then returning customers in general, and first-time buyers only at the very end, since they're the group most likely to get hurt and the group the spring campaign is trying to win.",
      '',
      "I'd agree the stop criteria with engineering up front: checkout errors 0.5 percentage points over the old checkout, page load p99 300 ms slower, first-order completion rate down 3 % against people on the old flow. Any one of those and we pull it.",
      '',
      "Pulling it should be trivial — it's a flag, and whoever is on call can switch it off straight away, day or night, it takes a minute.",
      '',
      "Then we'd keep growing it over a couple of weeks until it's at everyone, hopefully before the campaign starts.",
    ].join('\n'),
  },
  {
    id: 'j049',
    scenario: 'model',
    class: 'middling',
    points: points('C H S M'),
    // lunch-peak-recommendations
    text: [
      '- Audience: Berlin office first, then beta testers in Europe, then rest of Europe, then SEA markets last — and within SEA, Singapore after the smaller markets, because that lunch peak hits feature stores hardest.',
      '- Stages 1 → 5 → 20 → 50 → 100, each held for at least 24 h so every region goes through its own lunch and dinner peak. Nothing moves forward on the calendar alone; the metrics have to look right through the whole window.',
      '- Every stage needs a go from me and the ML lead, signed in the launch doc.',
      '- Watch: recommendation latency p95 per region, feature-store timeouts, basket add rate, thumbs-down on recommended baskets, offline-eval score on a daily sample, serving cost per request.',
      '- Someone should be watching Singapore at Berlin early morning.',
    ].join('\n'),
  },
  {
    id: 'j050',
    scenario: 'service',
    class: 'middling',
    points: points('T H R A'),
    // image-resizer-memory-leak
    text: [
      "The main risk with the image service isn't in the benchmark — it's that it's only restarted on deploys, so anything that builds up over a day, like memory, won't show in the first hour. That shapes everything.",
      '',
      "Stop limits before we start: image request errors over 0.2 % above the old service, p99 resize time over 150 ms worse, and listing-page views to add-to-cart not down more than 1 % against the baseline. I'd also chart memory per instance, but that's more a warning light.",
      '',
      "Stages of 5 %, 25 %, 50 %, 100 %, and each one held for at least 36 hours — long enough for a leak to show — and only promoted when the metrics stayed under the limits for that whole window. Thursday is not happening, and I'd say so early.",
      '',
      'If anything trips, the on-call engineer flips the load balancer back to the old resizer, any time of day, a few minutes. We keep the old fleet warm until the end.',
      '',
      "And I'd remind the team that a \"20 % faster\" headline won't come from this; a canary just tells you it's safe to run. If they want to prove it's faster for users, that's an A/B test.",
    ].join('\n'),
  },
  {
    id: 'j051',
    scenario: 'service',
    class: 'weak',
    points: [],
    // pricing-page-healthy
    text: [
      "I would do a canary release for the pricing page. That means showing the new comparison table to a small group of visitors first and checking that everything looks fine, and then showing it to everyone. Since it's only a page and the checkout doesn't change, the risk is pretty low, so I wouldn't overthink it. I'd check with marketing that it's live by Friday for the campaign, and keep an eye on the dashboards over the weekend in case something looks off.",
    ].join('\n'),
  },
  {
    id: 'j052',
    scenario: 'model',
    class: 'weak',
    points: [],
    // support-model-upgrade
    text: [
      "So for the support assistant, I think the most important thing is communication. I'd make sure the support team knows the new model is coming, and I'd write a short note for Finance about the costs. Then we'd turn it on for some of the customers, see how the feedback is, and if people like it, turn it on for the rest. If there are problems, the engineers can revert it. The offline evals already went up three points, so I'm fairly confident it'll be fine.",
    ].join('\n'),
  },
  {
    id: 'j053',
    scenario: 'service',
    class: 'salad',
    points: [],
    // payment-sdk-android-bursts
    text: [
      'Canary. Payment SDK. 1% 5% 25% 100%. Android bursts — p99, error rate, conversion. Rollback. Hold. Gate. Friday dinner. Staff, beta, enterprise. Thresholds 0.5 % 200 ms 2 %. Sign-off. On-call. Routing flag. A/B later. Safe not better.',
      'Key terms:',
      '- cohorts / segments / blast radius',
      '- metrics: baseline, control, p99, pp, ms',
      '- gates: time-based, metric-based, 8h, 24h',
      '- rollback: flag, minutes, 24/7, authority',
      '- PM ownership, go/no-go, release doc',
      '- wallets, certification, provider, bursts, dinner peak',
      'Dashboards. Alerts. Observability. Guardrails.',
    ].join('\n'),
  },
  {
    id: 'j054',
    scenario: 'model',
    class: 'salad',
    points: [],
    // prompt-locale-thumbs-down
    text: [
      'model canary prompt locale German thumbs-down p95 latency token cost hallucination eval harness control cohort 1 5 25 50 100 percent hold gate sign-off PM owns rollback config switch minutes on-call 24/7 staff beta enterprise last A/B randomized safe better baseline threshold 2 pp 300 ms errors conversion feedback signals formal address Sie du warmer casual English German quarter of users review team rollout ramp staged exposure blast radius guardrail metrics acceptance rate drafts tokens per request eval sample 1 in 20 timeout error budget p99 5xx dashboards alerting kill switch flag 2 minutes',
    ].join('\n'),
  },
  {
    id: 'j055',
    scenario: 'service',
    class: 'negated',
    points: [],
    // after-the-sale-healthy
    text: [
      "Look, I know the textbook answer: staff first, then beta, then everyone, with rollback limits written down ahead of time. I don't think any of that fits a cosmetic change like moving reviews above the fold. We won't fix any error or conversion limits beforehand, because after last week's sale every number is going to look strange anyway and a pre-set limit would just fire on nothing. There's no need for holds between stages either, or for anyone to sign off a gate; leadership wants it out this week and it's a layout change. I also wouldn't bother arranging an on-call rollback — if it's really broken, we'll ship a fix on Monday. So: we put it live, we look at it next week, and we move on.",
    ].join('\n'),
  },
  {
    id: 'j056',
    scenario: 'model',
    class: 'negated',
    points: [],
    // support-model-upgrade
    text: [
      "A lot of people would tell you the PM should own the stop numbers and sign off every step. I'd push back on that — it's an ML change, the ML team should run it however they like, and I wouldn't want to put my name on gates I can't really judge.",
      '',
      "Other things I'd deliberately skip: tracking hallucination rate or token cost per query. The assistant already passed offline evals, measuring hallucinations live is expensive, and Finance can look at the invoice at the end of the month. Same with a slow ramp with long holds at each stage — I don't see the point when the prompt is unchanged and it's just a bigger model. And people always say \"follow up with an A/B test to see if it's actually better\", but we already know it's better, the evals went up three points, so no.",
      '',
      'What I would do is switch it over on a Monday morning so people are around.',
    ].join('\n'),
  },
  {
    id: 'j057',
    scenario: 'service',
    class: 'misconception',
    points: [],
    // booking-purchases-lag
    text: [
      "I'd treat the canary as our experiment. The design team thinks the new date picker and shorter form will increase bookings, so the canary is where we prove it: put 10 % of visitors on the new booking page, keep 90 % on the old one, and compare the booking rate. As soon as the canary group books more than the control group we have our evidence that the new page is better, and we go to 100 %.",
      '',
      "I'd start with the people most likely to book — returning guests and our high-value repeat customers — because that's where the signal will be clearest and we'll get a result fastest. If after the afternoon the new page is ahead, we ship it to everyone today, which is what the team wants anyway.",
      '',
      "For safety, I'd have engineering ready to redeploy the old page if the numbers look bad.",
    ].join('\n'),
  },
  {
    id: 'j058',
    scenario: 'model',
    class: 'misconception',
    points: points('C'),
    // lunch-peak-recommendations
    text: [
      "I'd keep the numbers open at the start. With a brand-new recommendation model you can't know what normal looks like until you see it, so I'd rather watch the dashboards for the first few hours and decide then what counts as bad. If latency or basket adds look worse than I'm comfortable with, I'll make the call to roll back; if they look fine, we keep going.",
      '',
      "For who gets it: the Berlin team first, then beta customers in Germany, then the rest of Europe, and the Asian markets last since we can't watch them during our day.",
      '',
      "I think setting hard limits in advance is a bit fake precision for ML — the model's behaviour is too different. The PM's judgement watching it live is the real safeguard. And I'd want the new model to show an uplift in basket adds during the canary, because that's the whole reason we're building it; if it does, that's our proof and we skip a separate A/B test.",
    ].join('\n'),
  },
  {
    id: 'j059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    // search-tail-latency
    text: [
      "For the search product I'd actually start from the users. Academic researchers have very particular workflows: they save searches, they export citations, they come back to the same query over months. So before I think about the index, I'd run interviews with maybe fifteen researchers across free and institutional tiers, map their jobs to be done, and look at which filters they really use. Then I'd prioritise the roadmap with RICE scoring, and probably push for a saved-search alerts feature, which institutions keep asking for in renewal calls. Pricing-wise, the institutional licence is where the revenue is, so I'd also want the account managers in the loop on anything that touches search quality. Success metric for the quarter: weekly active researchers, up 10 %.",
    ].join('\n'),
  },
  {
    id: 'j060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    // prompt-locale-thumbs-down
    text: [
      'Okay so for the German problem, I think the fix is really in the prompt itself. I\'d write separate instructions per language: in German, always use "Sie" unless the user writes with "du" first, and keep greetings formal — "Sehr geehrte Frau Müller" rather than "Hi Anna". I\'d add a few examples of good German emails to the prompt, a few-shot section, and maybe detect the language of the thread first and route to the right prompt variant. I\'d also get a native German speaker on the review team; the English team just couldn\'t have caught this. Longer term, I\'d build a small style guide for each locale we support, because French and Spanish will have the same formal/informal issue.',
    ].join('\n'),
  },
];
