import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-seventh fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic
 * answers (aq028–aq040), written blind and labelled by hand; the built-in scenario id is noted above each entry.
 */
export const THIRTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'aq028',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: "hey, quick thoughts on the checkout rollout before standup. I'd go staff accounts first, then the people on our early-access list, then returning customers with saved cards since that's who the lab tested. First-time buyers last. They're the ones I'm worried about (nothing saved, so the autofill does nothing for them) and they're the whole point of the spring campaign. Stages 1 / 5 / 25 / 50 / 100, each held for two full days so we catch weekend shoppers too, and nobody moves to the next stage until Jonas and I both give a thumbs-up in #checkout-release. We'll keep an eye on conversion and errors throughout. Let's aim to be done a week before the campaign 👍",
  },
  // support-model-upgrade
  {
    id: 'aq029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: "So, um, I think the key thing for a PM here is being clear on what you own. The ML team owns the infrastructure, the model serving, all of that. I own the criteria for whether this is good enough to stay. And I'd set those before we begin, not after. For this one: hallucination rate on our eval set of payslip and leave questions, if it goes over 2 %, we stop. Thumbs-down rate, if it goes up more than 3 points over the current model, we stop. p95 response time, no more than 5 seconds. And because Finance asked, cost per conversation: I'd cap it at, let's say, 8 cents, because the longer context window is going to eat tokens. Then we'd roll it out gradually and see how it goes.",
  },
  // image-resizer-memory-leak
  {
    id: 'aq030',
    scenario: 'service',
    class: 'middling',
    points: points('T H R A'),
    text: [
      'Resizer rewrite: rollout notes',
      '• 5 % of image requests, picked at random by the load balancer, then 25, 50, 100.',
      "• Each stage held a full 24 h minimum. The service only restarts on deploy, so anything that creeps (memory, latency) needs a day to show. No advance until the whole day's graph is flat.",
      '• Roll back if: p99 resize latency > +150 ms vs old service, 5xx > +0.3 %, memory per pod up more than 10 % over the hold. Numbers fixed before the first request.',
      '• On-call rolls back on their own judgement: LB weight back to 0, about 2 min, no approval.',
      "• Thursday is not a deadline if the 24 h holds aren't done.",
      '• Note: the canary says "doesn\'t break". Whether the new format helps sellers sell is a separate A/B test.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'aq031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this is a low-risk one. It's just a comparison table on the pricing page and the checkout doesn't change. I'd put it out to a small percentage of visitors early in the week, check that nothing looks broken, and then switch it on for everyone before marketing's campaign goes live on Friday. If something goes wrong we can always revert it. I'd also make sure marketing and design are happy with how the table looks on mobile, because that's where most of the campaign traffic will land.",
  },
  // quiet-feedback-trap
  {
    id: 'aq032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Hi all, for the summariser switch I think we're in good shape. The new model is cheaper and faster, and the vendor's benchmarks look solid. I'd roll it out to a few clinics first, ask them to tell us if anything looks off, and then expand to everyone over the next couple of weeks. Vets are busy so we probably won't hear much, but if nobody complains that's a good sign. The engineers will handle the technical side and let me know if there are problems. Happy to discuss on Thursday's call.",
  },
  // staff-cohort-artifact
  {
    id: 'aq033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'canary, staff cohort, employees, dogfood, beta, early access, 1 % 5 % 25 % 50 % 100 %, error rate 0.5 %, p99 200 ms, conversion −2 %, baseline, control, cohort artifact, staff browse ≠ buy, larger photos, size guide, LCP, add-to-cart, bounce rate, hold 24 h, metric-based gate vs time-based gate, sign-off PM + eng lead, rollback < 5 min, config not redeploy, on-call 24/7, randomised A/B, statistical significance, safe vs better, PM owns segments / thresholds / holds, pre-committed, blast radius, feature flag, LaunchDarkly, SLO, error budget, owner, playbook, war room, dashboards, Grafana, segment artifact.',
  },
  // prompt-locale-thumbs-down
  {
    id: 'aq034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Prompt canary: warmer tone / casual register → German du vs Sie, formality, locale split en/de. Eval harness, LLM-as-judge, hallucination rate, tone rubric, thumbs-down +15 %, p95 +300 ms, tokens per query +10 %, cost. Staff → beta → free → business. 1 → 5 → 25 → 50 → 100, 48 h holds, gates, sign-off. Rollback: flag, < 5 min, on-call, any hour. PM vs engineering ownership. Canary ≠ A/B, randomisation, engagement lift, significance. Baseline, control, guardrails, prompt versioning, system prompt diff, reviewers EN only, 25 % German users, formal address, tone drift, regression, dashboards, owner, escalation, war room.',
  },
  // after-the-sale-healthy
  {
    id: 'aq035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I'll be honest: for a cosmetic change I wouldn't run the full ceremony. I wouldn't bother picking a careful order of segments, staff first, then beta users, then everyone else; that's for risky backend work, not for moving reviews up a page. I wouldn't fix rollback thresholds in advance either. With last week's sale skewing every number, any line I wrote down now would be wrong, so there's no point pre-committing to 2 % or 200 ms. No staged holds at 5 and 25 % either: leadership wants it this week, and holding a day at each step just burns the week. I don't see the need for a named sign-off at every step, or for an on-call rollback plan; if it's bad, we'll see it and fix forward. And I wouldn't follow it with an A/B test. Ship it to everyone on Monday and compare this week's purchases with last week's.",
  },
  // lunch-peak-recommendations
  {
    id: 'aq036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Do we really need all that? My take: no eval-harness gate. The offline replay already passed, so running it on live traffic tells us nothing new. No tracking of dismissals or thumbs either, people don't rate baskets. I'm not going to ramp 1, 5, 25 and hold a day at each step, because the feature stores were fine in staging and a day per step is a week gone. I'm also against giving the Singapore on-call the power to roll back on their own; any rollback goes through me during Berlin hours, so we don't flap. And I don't want to pre-agree numbers like p95 plus 150 ms or compute cost plus 20 %. We'll judge when we see the dashboards. Starting with staff is pointless too, staff don't order groceries the way customers do. So: switch it on for all of Europe on Monday, Asia on Tuesday, done.",
  },
  // booking-purchases-lag
  {
    id: 'aq037',
    scenario: 'service',
    class: 'misconception',
    points: points('P T R'),
    text: [
      "The way I see it, the canary is our experiment. Design is sure the shorter form and the new date picker will lift bookings, and the canary is how we prove it: put 10 % of guests on the new page, compare their booking rate with the other 90 %, and if the canary group books more, that's our proof and we go to 100 %. It's the A/B test and the safety check in one.",
      '',
      "On roles: engineering owns the flag and the deploy; I own the decision about what counts as failure. I'd write that down before we start. If JavaScript errors on the booking page go up more than 0.5 %, or the page's p99 load time gets 300 ms worse, or bookings per search fall more than 3 % below the control group over a day, we roll back. Rollback is the on-call engineer switching the flag off; it takes a minute and they don't need to ask me first.",
      '',
      'So not 100 % this afternoon, but as soon as the canary shows the lift, we go.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'aq038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "For a model swap I treat it like any other service change: it either errors or it's slow, and those are the two things I watch. Ratings are far too sparse here to mean anything, and the eval harness only grades one summary in two hundred, so I'd leave quality signals out of the canary entirely and stick to error rate and latency, which we get on every single request.",
      '',
      "Who goes first matters more. Our in-house vet and the pilot clinics that volunteered come first, because they know the old summaries well and will tell us quickly. Then small single-vet clinics. The large group practices go last; they're our biggest contracts and the least patient with hiccups.",
      '',
      "Stages would be 2 %, 10 %, 30 %, 60 %, then everyone, and because traffic is low we'd hold each one for three working days before deciding. The clinical lead and I both have to approve before each step, and we record that approval in the release log.",
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'aq039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: 'I think the bigger question with this change is the business model. The new index is cheaper to host, and that gives us room to rethink the free tier. Right now institutional licences carry the whole product and the free tier is basically a marketing cost. With lower hosting costs I\'d look at a ladder: a free tier with saved searches capped at ten, a personal plan for independent researchers at around eight dollars a month, and the institutional licence with single sign-on and usage reports for librarians. I\'d interview a dozen librarians first to understand how renewals get decided, because it\'s usually a budget committee in spring. Then I\'d work with marketing on positioning. "Faster search" is a weak message; "find the paper your supervisor meant" is a better one.',
  },
  // support-model-upgrade
  {
    id: 'aq040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "What I'd focus on is the assistant's scope. HR and payroll questions are sensitive, so before anything else I'd map the top fifty questions people ask (payslip deductions, leave balances, how to change a bank account) and decide which ones the assistant should answer and which should go straight to a person. Then I'd work with legal on the wording of the disclaimer, and with design on how the assistant hands over to a support agent in the middle of a conversation. Longer term I'd like a small team that owns the help articles the assistant draws on, because most bad answers come from outdated articles rather than from the model. And I'd want it to remember the user's country, since leave rules differ so much from one country to the next.",
  },
];
