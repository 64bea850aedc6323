import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-sixth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (af008–af020), written blind and labelled by hand.
 */
export const TWENTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'af008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "OK, so the thing that worries me with this one is first-time buyers. The lab sessions were with returning customers, and returning customers have saved addresses and cards, so of course a single page felt quicker to them. A first-time buyer has nothing saved and now faces one long page. So I'd run the order deliberately: employees first, then returning customers who have saved details, and first-time buyers in the last group, not the first, even though they're exactly who Growth is chasing for spring.",
      '',
      "I'd set the limits before we start, not after: first-order conversion more than 2 % below the current checkout, checkout errors half a percent over control, page load p99 no more than 200 ms worse. And I'd go 5, 20, 50, 100, sitting at each step for three days, with the 20 % step left running until a few thousand first orders have gone through it, because that's the number we can't read at 5 %.",
      '',
      "If that means we miss the start of the campaign, I'd rather miss it than lose a spring's worth of first orders.",
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'af009',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      "Hi Jonas, quick thoughts on the bigger model before Thursday's review.",
      '',
      "Split of work: I'll take the product side (what we judge it on and whether it's good enough to keep), and your team takes the serving and the switch.",
      '',
      "What I want on the dashboard beyond the usual errors and latency: the eval harness's hallucination score on payslip and leave questions, the thumbs-down rate in the assistant, p95 response time (the longer context will show up there first), and tokens per conversation, priced, because Finance asked and I'd like to give them a real number rather than a guess.",
      '',
      "One thing I want to get ahead of: the three-point eval gain will tempt people to call the canary a win if it looks good. It won't tell us that. The canary tells us it's safe; whether it actually answers better for our users needs a proper A/B test afterwards.",
      '',
      'Cheers,',
      'Mara',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'af010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "1. Ramp 1, 10, 50, 100 %, and never two steps on the same day. The service is only restarted on deploys, so anything that creeps up over hours won't show in the first afternoon. Each step holds for at least 36 hours, through two daily upload peaks, and moves on only if memory per instance and resize times stayed flat across the whole hold, not just at the end.",
      "2. Every advance needs two names on it: mine and the image-platform lead's.",
      "3. Rollback belongs to whoever is on call, at any hour, with no need to find me. It's a weight change on the load balancer back to the old resizer; we keep the old fleet running until we've had a week at 100 %, and we check before day one that the switch takes under five minutes.",
      "4. Thursday isn't happening. I'll explain that to the team myself.",
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'af011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this is a low-risk one. It's just the pricing page, and the checkout behind it doesn't change at all. I'd get it live a bit before Friday so the marketing campaign lands on the new version, keep an eye on the numbers over the weekend, and if anything looks strange we can always put the old page back. I'd also run the new table past a few people in sales first, to make sure it reads well and the plan names match what they tell customers.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'af012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "For a prompt change I'd keep it simple. Prompts are cheap to change, so the risk is low compared with a model swap. I'd ship the warmer prompt to a small percentage of users, see how they react, and gradually roll it out to everyone over a couple of weeks. The German side might need a look, so I'd ask someone on the team to check a few German outputs along the way. If people don't like it, we tweak the prompt and try again. The main thing is to move fast and learn.",
  },
  // night-breach-rollback-authority
  {
    id: 'af013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, fare calculation, new pricing service. Cohorts: internal, beta, low-risk, high-value last. Thresholds 0.5 % errors, 200 ms p99, 2 % conversion vs baseline. Ramp 1 / 5 / 25 / 50 / 100. Holds, gates, sign-off, PM ownership, on-call, 2 a.m., rollback under 5 min, config not redeploy. Nightly batch window, billing. A/B afterwards. Stakeholders, SRE, dashboards, alerting, runbook. Tuesday evening, weekend night peak, trips never stop. Surge multiplier, fare accuracy, p95, 24/7 rota, escalation, incident channel, postmortem, driver app.',
  },
  // quiet-feedback-trap
  {
    id: 'af014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Summariser model swap: cheaper, faster. Small veterinary clinics, a few hundred summaries a minute. Eval harness 1/200, sampling rate, hallucination, sparse thumbs-down, p95, tokens per summary, cost per clinic. 5 % → 25 % → 100 %, 48 h, one week. Staff, early access, multi-site groups. Error rate +0.5 %, latency +500 ms. PM vs ML engineering, ownership, sign-off, on-call, flag flip. Safety check vs randomised A/B test. Volume, statistical power, confidence intervals, dashboards. Edit distance, vet satisfaction, clinic churn, 200 summaries/min.',
  },
  // staff-cohort-artifact
  {
    id: 'af015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook says start with employees, but I wouldn't here, and frankly I wouldn't bother with most of the textbook for a product-page change. I'm not going to write rollback thresholds in advance; for a size guide and bigger photos there's nothing sensible to set them against. I wouldn't hold at each percentage either: holds make sense for infrastructure, not photos. I don't see the point of someone signing off every step, that's process for its own sake. And I wouldn't plan an A/B test afterwards; nobody needs to prove a size guide is better. We'd switch it on for everyone on Tuesday morning and move on to the next thing.",
  },
  // lunch-peak-recommendations
  {
    id: 'af016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Notes from the rollout discussion, recommendations model v2:',
      '- Considered ramping Europe and South-East Asia as separate cohorts; decided against it. One global ramp is simpler.',
      "- Not running the canary's recommendations through the eval harness during rollout; the offline results were good enough.",
      '- No per-stage holds through the Singapore lunch peak. Nobody can watch dashboards at 6 a.m. Berlin time anyway.',
      '- Not giving on-call the authority to roll back without a PM; any rollback waits for the product review the next morning.',
      '- Not tracking compute cost or feature-store load per request during the canary; infra will see it on the monthly bill.',
      '- Decided against fixed stop thresholds written in advance.',
      '- Goes live Monday for all users in both regions.',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'af017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      "The way I see it, the canary is our experiment. We put reviews above the fold for a slice of shoppers, and if that slice buys more than everyone else, we've shown the change works and we can tell leadership it's a win. That's the whole point of going gradually.",
      '',
      "My part is the product call, whether we go wider or stop, while the web team owns the flag and the deploy. We'd go 10 %, then 30 %, then 60 %, then 100 %, giving each step two full days before we decide on the next.",
      '',
      "I wouldn't fix the stop numbers up front. Last week's sale makes any baseline meaningless, so we'll look at the first couple of days and decide what bad looks like once we can see how the canary is trending.",
      '',
      'If it does go wrong, the on-call developer can switch the flag off at any time of day without waiting for me; that takes a couple of minutes.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'af018',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text: [
      "Who goes first: our largest enterprise payroll customers. They ask the most complex questions, so they'll get the most out of the longer context window, and their feedback carries the most weight with us.",
      '',
      "What we watch: it's a model change, but in production a model is just another service, so error rate and latency are what tell us whether it's healthy. The stop limits are fixed before launch: errors more than 0.5 % above the old model, or p99 more than 400 ms slower. Quality was already settled offline by the three-point eval gain, so I wouldn't add anything else to the dashboard.",
      '',
      "Who decides: each widening needs my sign-off and the ML lead's.",
      '',
      'Rollback: on-call switches the model flag back, at any hour, no approval needed, done in a few minutes.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'af019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before talking about the rollout, I'd want to understand why the current form loses people at all. I'd pull session recordings of the booking page, look at where guests drop off, and run five or six moderated usability sessions with people booking a real holiday, ideally couples, since a lot of bookings get talked over at home. The date picker is the piece I'd test hardest: people searching flexible dates behave very differently from people with fixed ones. Then I'd write up the findings, walk design through them, and agree on two or three success criteria for the redesign with the team. Good discovery now saves a lot of rework later.",
  },
  // quiet-feedback-trap
  {
    id: 'af020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The interesting question to me is the business case. If the cheaper model cuts our inference bill by, say, 60 %, does that go into margin or into price? Small vet clinics are price-sensitive, so I'd be tempted to pass some of it on and use it to win clinics away from the big practice-management suites. I'd model three scenarios with finance (keep the saving, split it, pass all of it on) and look at expected churn in each. I'd also talk to a handful of clinic managers about whether a lower price or more features would matter more to them. That would shape the roadmap for the next two quarters.",
  },
];
