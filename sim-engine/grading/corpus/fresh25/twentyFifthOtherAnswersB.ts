import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-fifth fresh set, author b: middling, weak, salad, negated, misconception-led and
 * off-topic answers (ae028–ae040), written blind and labelled by hand before any grading.
 * Built-in scenario of each answer: see LABEL-NOTES-b.md.
 */
export const TWENTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling: cohort order, thresholds, holds
    id: 'ae028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text:
      "I'd show the single-page checkout to returning customers with saved cards first, since they're who it was designed around and they're the ones who liked it in the lab. First-time buyers come last: they have no saved details, they're the most likely to stumble on an unfamiliar form, and there will be a lot of them once the spring campaign starts. " +
      'Before we start I want the stop limits agreed: checkout completion more than 2 % below the old flow, payment errors above 0.4 %, page p99 more than 300 ms slower. ' +
      'The ramp is 2 %, 10 %, 30 %, 100 %. We stay at each step for at least two days, and 30 % runs across a weekend so there are enough first orders to read conversion. I want all of it finished a week before the campaign.',
  },
  {
    // support-model-upgrade — middling: PM role, model metrics, canary vs A/B
    id: 'ae029',
    scenario: 'model',
    class: 'middling',
    points: points('P M A'),
    text:
      "As the PM I wouldn't touch the model serving; the ML team handles that. What I'd own is the call on what we measure and whether we're happy with it. For this change errors and latency aren't enough. I'd track wrong or made-up answers on payroll questions through the eval harness, the thumbs-down rate in the assistant, p95 response time, because a bigger model will be slower, and cost per conversation, so I have an answer for finance. " +
      "Then we'd put it out gradually and keep watching those. " +
      "One thing I'd be clear about with leadership: a clean canary means the bigger model didn't break anything, not that it's better. The three-point offline gain stays a hypothesis until we've run a randomised A/B test.",
  },
  {
    // image-resizer-memory-leak — middling: holds, sign-off, rollback
    id: 'ae030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text:
      "Let me focus on the mechanics. Stages: 1 %, 10 %, 50 %, 100 %. The service only restarts on deploys, so anything that builds up over time won't show in an hour; each stage holds at least 48 hours without a restart before we move. Thursday doesn't survive that, and I'd tell the team so now rather than on Wednesday. " +
      'Every step needs a yes from both me and the image-service lead. ' +
      "If anything looks wrong, the on-call engineer switches the load balancer back to the old resizer. That takes a minute or two, and they don't need anyone's permission, day or night.",
  },
  {
    // pricing-page-healthy — weak
    id: 'ae031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only the pricing page and nothing in the backend changes, so the risk is low. I'd let marketing have a look before Friday, push it out to some users, keep an eye on the numbers, and if everything seems fine, turn it on for everyone before the campaign goes out. If something breaks we can fix it quickly. Honestly, the bigger risk is the campaign copy not matching the page, so I'd spend most of my time making sure marketing and design agree on the wording and the plan names. The engineers know how to ship a page like this and I'd trust them to do it safely.",
  },
  {
    // prompt-locale-thumbs-down — weak
    id: 'ae032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: 'A canary release means trying the new prompt with a small group of users before everyone gets it. I would pick some users, turn the warmer prompt on for them and see how it goes. If nobody complains, we release it more widely. German might need a second look, since the reviewers only spoke English. Canaries are good because they limit the damage if something goes wrong, and most big tech companies use them for exactly this kind of change. I will keep the team informed along the way and make sure support knows the prompt has changed.',
  },
  {
    // search-tail-latency — salad
    id: 'ae033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, p99, tail latency, 1 % 5 % 25 % 100 %, new index layout, free tier vs institutional licences, rollback, thresholds 0.5 % errors 300 ms, holds, gates, sign-off, on-call, A/B test vs canary, cohorts internal beta, cheaper hosting, filters, rare queries, baseline, metrics, dashboards, PM owns engineering owns, median faster, benchmark, p50 vs p99, cost savings 30 %, latency budget, multi-filter queries, staged exposure, kill switch, error budget, alerting, 24 h, 48 h, control cohort, conversion, searches per session, librarians, universities.',
  },
  {
    // quiet-feedback-trap — salad
    id: 'ae034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'summariser model canary eval harness 1 in 200 hallucination rate thumbs-down p95 token cost cheaper faster model vets clinics internal early access rollback 5 minutes on-call thresholds 1 point 3 points 5 % 25 % 100 % 48 h sign-off PM ML lead A/B test holds gates sparse feedback volume statistical power baseline control quality monitoring patient notes summaries per minute few hundred cost per summary latency budget kill switch routing flag early adopters multi-site clinics single-vet practices confidence intervals',
  },
  {
    // booking-purchases-lag — negated
    id: 'ae035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook says to fix rollback thresholds in advance, but I wouldn't. We don't know what normal looks like for the new date picker yet, so I'd rather judge it as we go. Same with a staged ramp with holds: the change is front-end only and nothing in the service moves, so I don't see the point of sitting at 5 % for a day. I'd skip the staff-first ordering too, because our staff don't book holidays on our own site. And I wouldn't bother with a formal sign-off at each step or an on-call rollback rota. If bookings drop we'll notice, and the team can redeploy. The design reviews were glowing, so I'd take it to 100 % this afternoon as the team wants.",
  },
  {
    // lunch-peak-recommendations — negated
    id: 'ae036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Some people would insist on tracking hallucinations or user feedback for a recommendation model. I don't think that's needed here; it doesn't generate text. I also wouldn't split by region or order the cohorts: a random 5 % everywhere is fairer and simpler. Pre-agreed numeric thresholds mostly cause false alarms, so I'd set none and let the ML team tell us when something's off. I'm not a fan of a gated ramp either. Once 5 % looks okay overnight in Berlin, go to 100 %. And an A/B test afterwards seems redundant to me: if the canary looks fine, we've learned what we need to know.",
  },
  {
    // after-the-sale-healthy — misconception-led: canary as proof of lift, best customers first,
    // limits decided while watching; commits to PM role, holds, rollback
    id: 'ae037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text:
      "The point of this canary is to prove that reviews above the fold sell more. We put it on 10 % of traffic and compare their conversion with everyone else's; if the canary group converts better, that's our evidence and we tell leadership it's a win. " +
      "For the canary I'd pick the customers who spent the most in the spring sale, since they're the engaged ones and will give us the clearest read. I'll judge the limits as the data comes in rather than fix them now; last week was unusual anyway. " +
      'As PM I own the exposure and the go/no-go; the web team owns the deploy and the feature flag. The stages are 10 %, 30 %, 60 %, 100 %, with at least two full days at each before the next. ' +
      "If something does break, the on-call developer turns the flag off straight away. It takes a minute, and they don't wait for me.",
  },
  {
    // support-model-upgrade — misconception-led: errors and latency are enough for a model,
    // offline evals settle quality; commits to thresholds, sign-off, rollback
    id: 'ae038',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text:
      'For a model swap, what matters is whether it works, and that means error rate and latency. If the bigger model answers without errors and in time, it is doing its job; quality was settled by the offline evals, which went up three points. ' +
      "So before we start I'd write down two limits: error rate no more than 0.5 % above the current model, and p99 no more than 1.5 seconds slower. Breach either and we go back. " +
      'At every step the ML lead and I both sign off before it moves on. ' +
      'The on-call engineer can switch back to the old model in the router at any hour, without asking, in under five minutes. ' +
      "Cost per conversation I'd leave to finance to work out after launch.",
  },
  {
    // staff-cohort-artifact — off-topic
    id: 'ae039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The size guide is where I'd spend the time. Returns in fashion are mostly about fit, so I'd build the guide from our own return reasons rather than a generic chart: which brands run small, which cuts people size up in. The larger photos should show each garment on two or three body types, with the model's height and size printed underneath. I'd interview a handful of customers who returned something last month and show them the new page before we build the final version, and I'd ask the studio whether the current shoots are sharp enough at the bigger size or whether we need to reshoot the top 500 products.",
  },
  {
    // prompt-locale-thumbs-down — off-topic
    id: 'ae040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real issue is that 'warmer' isn't one thing across languages. In German, switching from Sie to du with someone you don't know well can come across as presumptuous, especially in business email, which is most of what our users write. I'd get a native German writer onto the prompt team, write separate tone guidelines for each locale, and maybe let users choose their register in settings. Longer term, every prompt should be reviewed by a speaker of each language we support, not just by the English team.",
  },
];
