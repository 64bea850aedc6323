import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-second fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (al028–al040), written blind and labelled by hand. */
export const THIRTY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'al028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Okay, so the risk I see is first-time buyers. The lab tested returning customers, who have saved addresses and cards, and that's exactly who this page is built for. Someone buying for the first time has nothing saved, so they get the whole single page at once. So I'd order it: staff first, then returning customers who opted into early access, then returning customers generally, and first-time buyers last, since they're the ones it's most likely to lose and the spring campaign is all first orders.",
      "For limits, I'd write them down before day one: checkout errors more than half a point above the old checkout, p99 on the payment step up more than 250 ms, and first-order conversion more than 2 % below control, which is the one I really care about. We'd step through 2 %, 10 %, 25 %, 50 %, then everybody, and stay at each step at least two days, and at 25 % longer, until we've seen a few thousand first orders, because that's the number that needs volume.",
      "Honestly, I'd also want it finished before the campaign rather than during it.",
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'al029',
    scenario: 'model',
    class: 'middling',
    points: points('P S M'),
    text: [
      'hey, my take on the assistant model swap, quickly before the sync:',
      "- split: eng/ML own the serving and the switch itself. I own the rollout decisions and I'm the one accountable if it goes wrong for customers\n- every time we widen exposure it needs two sign-offs, mine and Priya's (ML lead). nobody widens it on a Friday because the dashboards look fine\n- what we watch isn't just errors and latency. bigger model means we need hallucinations on payroll answers (eval harness on sampled convos), thumbs-down and 'talk to a human' clicks, p95 response time (long context will be slower) and cost per conversation, since finance asked\n- I'll put proposed stages and numbers in the doc later this week",
      'happy to talk it through',
    ].join('\n\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'al030',
    scenario: 'service',
    class: 'middling',
    points: points('R A'),
    text: "Two things I'd insist on. First, rollback has to be cheap and needs nobody's permission: whoever's on call can send image traffic back to the old resizer at any hour, straight away, through the load balancer config, and it's back in about two minutes. No redeploy, no waiting for me to wake up. Second, I wouldn't let anyone read the canary as proof the rewrite is better. The 20 % from the benchmarks is a claim; the canary just tells us the new service doesn't break listings. If we want to say it's faster for sellers and buyers, we measure that afterwards with a proper A/B test. Beyond that I'd trust the team on the rollout itself. They know the service and they want it out by Thursday, so I'd let them set the pace.",
  },
  // pricing-page-healthy
  {
    id: 'al031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Since it's only the pricing page and the checkout doesn't change, I don't think this is very risky. I'd put it live for a small share of visitors, keep an eye on the numbers and make sure nothing looks strange, then open it up to everyone before marketing's campaign goes out on Friday. If something does look off we can always switch back to the old page. I'd also check with marketing that the campaign links point to the right URL, and ask design to double-check the comparison table on mobile.",
  },
  // quiet-feedback-trap
  {
    id: 'al032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "A cheaper, faster model is good news for small clinics, so I'd want to get it to them. I'd start with a small group, watch how the summaries look and whether vets complain, and roll it out further once we're comfortable. Vets don't give much feedback, so I'd probably reach out to a few clinics and ask them how it's going. The ML team would handle the technical side and tell me if anything goes wrong. If the summaries are clearly worse, we'd go back to the old model.",
  },
  // search-tail-latency
  {
    id: 'al033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'canary release new index layout staff beta free tier institutional licences first last random p99 p95 p50 tail latency thresholds baseline control cohort rollback sign-off holds gates metric-based 1 % 5 % 25 % 50 % 100 % 24 hours 48 hours 0.5 % 200 ms 2 % on-call config flag minutes redeploy A/B test canary safety engineering product owner rare queries many filters benchmark cost per query hosting cost error rate zero results click-through librarians SLO dashboards alerting shards facets citations journals index size query mix synthetic benchmark 10 minutes 3 % downloads universities weekly report',
  },
  // prompt-locale-thumbs-down
  {
    id: 'al034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Thumbs-down, Sie, du, 1.5, eval harness, beta, 48 hours, German, warmer prompt, p95, enterprise, 300 ms, tokens per draft, staff, rollback, sign-off, A/B, 2 %, canary, English, config, on-call, 25 %, hallucination, PM, engineering, cost, formal, casual, holds, 5 %, gates, thresholds, baseline, 100 %, minutes, locale, tone, email client, reviewers, 15 %, control, cohort, safety, lift, 0.5, harness, drafts, 2,000, opt-in, Munich, formality, reply drafts, 1 minute, 10 %, random, release doc, content lead, weekly, risk, Vienna, banks, clients, tone check, 0.5 points, sampling, release channel, business accounts.',
  },
  // payment-sdk-android-bursts
  {
    id: 'al035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, I wouldn't over-engineer this one. The provider certified the SDK, and that's their whole business. I wouldn't bother with a careful cohort order, staff first, beta next, big spenders last, because our staff hardly order food through the app anyway and it would only slow us down. I also don't see the point of writing rollback limits down in advance. A ramp with holds at 1, 5 and 25 per cent is overkill for a vendor library, so no holds. Sign-off at every stage? No, that's process for its own sake. And giving the on-call engineer the power to roll back on their own at 3 a.m. isn't something I'd do. I'm not planning an A/B test afterwards either. Ship it on a quiet weekday, both app stores at once, well before Friday dinner.",
  },
  // lunch-peak-recommendations
  {
    id: 'al036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I'll be upfront: I don't think this model change needs the full canary playbook. We won't be putting staff and beta users first; the model already beat the old one offline, so the ordering exercise doesn't buy us much. I wouldn't set rollback thresholds before launch either, nor would I hold at each stage waiting for Singapore's lunch hour to come round. The team is in Berlin and I'm not asking anyone to sit up for 6 a.m. I don't plan to track an eval harness, dismissals of recommended baskets, p95 or compute cost per request for this; those are research metrics, not launch metrics. Nobody signs off on steps, because there aren't any steps, and I wouldn't hand the on-call engineer authority to flip the flag back on their own. There won't be an A/B test after, either. It goes to both regions on Monday.",
  },
  // staff-cohort-artifact
  {
    id: 'al037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "The nice thing about this release is that the canary doubles as our A/B test. We send the bigger photos and the size guide to a slice of traffic, compare conversion against everyone else, and if the canary cohort converts higher, that's our proof it works and we can tell merchandising the size guide sells.",
      "The order I'd use: employees first, because they're on the site all day and will spot broken images before anyone; then customers in our early-access club; then the general public; and our top-tier loyalty members last, since they're the ones we can least afford to annoy.",
      'Ramp 1 %, 10 %, 50 %, 100 %, staying at least a full day on each step and not moving on until page-load times and errors look the same as on the old pages.',
      'If anything breaks, the on-call engineer flips the feature flag back. No need to find me first, day or night, and it takes a couple of minutes.',
      "And with staff as the first cohort we'll already get a good read on whether the new pages lift conversion, so by the 10 % step we should know if it's a winner.",
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'al038',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S'),
    text: "For a prompt change I'd keep the monitoring simple: error rate and latency. A prompt doesn't change the model, so if the assistant isn't erroring and isn't slower, it's doing its job; thumbs-down and eval scores are noisy, and tone is subjective anyway. On ownership, the ML engineers own the prompt deployment and the traffic split, and I own the rollout plan and the call to go wider. We'd go 5 %, 20 %, 50 %, 100 %, pausing three days at each step and only moving on when error rate and latency sit inside the normal SLO. Before each step the engineering lead and I both sign off in the release ticket. Honestly, I think the German concern is overblown. Warm is warm in any language.",
  },
  // after-the-sale-healthy
  {
    id: 'al039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The first thing I'd do is a proper retrospective on the spring sale. Twenty per cent off everything is a blunt tool: I'd want to know how much of last week's revenue was pulled forward from this month, how many of the buyers were new, and whether they came back at full price. I'd break it down by category, because tents and sleeping bags behave very differently from socks, and by country, because a discount in Norway lands differently from one in Portugal. Then I'd sit down with marketing and plan the autumn sale differently: targeted codes for lapsed customers instead of a site-wide discount, and a shorter window so we don't train people to wait. That's where the real money is this quarter.",
  },
  // support-model-upgrade
  {
    id: 'al040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Finance's question is the right one, so I'd answer it first. A larger model with a longer context window costs more per token and uses more tokens, since every conversation carries more history. I'd take last month's conversations, count the average turns and tokens, and price them at the new model's rates. My guess is two to three times the cost per conversation. Then I'd set that against what a support ticket costs us when the assistant fails and a human agent picks it up. If the new model deflects even a few more tickets a month, it pays for itself. I'd also ask the vendor about volume discounts, and look at whether a smaller model could take the simple payslip questions, with the big one kept for the hard cases. That routing alone could halve the bill.",
  },
];
