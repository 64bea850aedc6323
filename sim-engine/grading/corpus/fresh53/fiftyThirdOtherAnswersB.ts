import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-third fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (bg028–bg040), written blind and labelled by hand. */
export const FIFTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a short list of what the candidate would ask engineering before starting
  {
    id: 'bg028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "What I'd want to know from engineering first:",
      '- Can we target the new checkout by customer segment, or only by a random percentage?',
      '- Do we record which checkout version each order went through?',
      '- How soon can analytics show conversion for first-time buyers on their own?',
      'Then the plan. Returning customers with saved addresses and cards go first, since the lab showed the single page works for them and autofill has something to fill. First-time buyers go last, because they have nothing saved and they are exactly the people the spring campaign is paying to bring in.',
      'The limits are set before we start: checkout conversion in any segment down more than 2 % against the old checkout, payment errors up more than 0.3 percentage points, or p99 page load more than 400 ms slower, and we roll back.',
      'The ramp is 5 % of returning customers, then 25 %, then all returning customers, then first-time buyers at 10 % and 50 % before everyone. Each step holds three days, and the first-time-buyer steps hold a full week, because their orders are rarer and the conversion number needs volume before it means anything. Nothing moves on until every limit has held.',
      "The campaign date I'd raise with Growth rather than trade it against the holds.",
    ].join('\n'),
  },
  // support-model-upgrade: the answer given to a sceptical finance director, cost first
  {
    id: 'bg029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Finance has asked the right question, so let me answer it first. The larger model costs more per token and its longer context window invites longer prompts, so I'd expect cost per conversation to rise by something like half. We'll measure it on real traffic rather than guess: cost per conversation is one of the limits for this release.",
      "My job as PM is to set those limits and decide when exposure grows; the ML engineers own the model switch and the routing. The limits we agree with them before any conversation reaches the new model: cost per conversation no more than 60 % above today's, p95 response time no more than one second slower, hallucination rate on the payslip eval set no higher than the current model's, thumbs-down no more than one point above the old model's, and errors no more than 0.5 points above. If any one is breached, the new model comes out.",
      "We'll send a small share of conversations to the new model first and increase it as the numbers allow, and you'll get a weekly cost report throughout.",
      "If cost comes in above the limit while quality holds, that's a business decision about whether three eval points are worth the money, and I'd bring it back to you with the figures rather than settle it inside the release.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: thresholds written as multiples of the baseline
  {
    id: 'bg030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      "The benchmark says 20 % faster, but it measured a fresh process, and this service restarts only on deploys, so anything that grows over a day won't show in the first hour. The plan is built around that.",
      "Before we start I'd write down the limits: roll back if p99 resize time reaches 1.5 times the old service's, if the error rate reaches twice the baseline, or if memory per instance passes 1.3 times what the old service uses at the same uptime. Those numbers don't change once traffic moves.",
      'The stages are 5 %, 25 %, 50 % and 100 % of listing-page image requests. Each one holds for at least 36 hours without a restart, so we see the service at the age it will really reach, and we advance only when every limit held for the whole hold. The engineering lead for the image service and I sign off each advance together.',
      "Thursday isn't realistic with 36-hour holds, and I'd tell the team so early; we'd reach 100 % the following week.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a language-learning app
  {
    id: 'bg031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "At my language-learning app we change tutor prompts all the time, and honestly the main thing is not to rush. I'd roll the warmer prompt out gradually, keep an eye on how people react, especially in German, and listen to what our colleagues in Germany think. If the feedback looks bad we'd pull back and rework the tone. Prompts are cheap to change, so I wouldn't over-engineer the process; good communication between product and the people writing the prompt matters more than any framework.",
    ].join('\n'),
  },
  // search-tail-latency: a Namibian English register, spoken
  {
    id: 'bg032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Okay, ja, so for the new index I would say we go slowly, neh. Put it out to some users first, see how the search is behaving, and if things look fine we give it to more people. The team knows the index better than me, so I would ask them to keep an eye on the speed, especially those long searches with many filters. If something is not nice we go back to the old one. And we must tell the universities, because they are paying for the licences. That is more or less how I would do it.',
    ].join('\n'),
  },
  // pricing-page-healthy: invented: slash-separated word cloud
  {
    id: 'bg033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'pricing page / canary / comparison table / Friday campaign / PM / engineering / routing / ownership',
      'internal / beta / enterprise / cohort / segment / last / first / 200 ms / 2 % / 0.5 %',
      'thresholds / pre-committed / baseline / control / 1 5 25 50 100 / 24 h / holds / gates',
      'sign-off / tech lead / on-call / rollback / flag / 5 minutes / safety / improvement / A/B / randomised',
    ].join('\n'),
  },
  // quiet-feedback-trap: thresholds written as multiples of the baseline
  {
    id: 'bg034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Baseline. Twice the baseline. One and a half times baseline. 1.2 x baseline.',
      'Hallucination, eval harness, thumbs-down, p95, cost per summary, one in two hundred.',
      'Staff clinics, volunteers, multi-vet practices. Ten, thirty, sixty, a hundred.',
      'Ramp, hold, gate, sign-off, ML lead, on-call, flag, rollback, five minutes, three hundred.',
      'Safety. Superiority. A/B. Randomised. Cheaper, faster, quieter.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: the answer given to a sceptical finance director, cost first
  {
    id: 'bg035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Let me start with cost, since that's what you care about. A staged canary for a recommendation model is expensive: two models served side by side, engineers on call in two time zones, eval runs to pay for. I wouldn't spend that money here.",
      "We won't split the rollout into stages with holds between them; the model goes on for everyone on one day. I don't see the value in a special order of customers, employees first or anything like that. I'm not going to pre-agree rollback numbers for latency or dismissed baskets, and I wouldn't pay for an eval harness or track the new model's cost per request separately.",
      "There'll be no sign-off at each step because there are no steps, and no rota deciding who may roll back at night. Nor would we run an A/B test afterwards to see whether it's better; the offline results are good enough for me. The budget goes into the feature stores instead.",
    ].join('\n'),
  },
  // booking-purchases-lag: each decision followed by whether it is fixed or flexible
  {
    id: 'bg036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "How I'd handle the new date picker, each call marked fixed or flexible.",
      "No pre-set rollback numbers; we'd judge the bookings graph as it comes in. Flexible.",
      'No staged ramp and no holds between stages; it goes to 100 % this afternoon, as the team wants. Fixed.',
      'No particular order of guests; employees-first or beta-first adds nothing for a front-end change. Flexible.',
      "No sign-off at each step, since there's only one step. Fixed.",
      'No rota for who may roll back; if something looks off, someone will sort it. Flexible.',
      "No A/B test afterwards; the design reviews already told us it's better. Fixed.",
      'No separate PM role in the release; engineering owns it end to end. Fixed.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a language-learning app
  {
    id: 'bg037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      "I've run plenty of these at the language-learning app where I'm a PM, and the way I see it, the canary is our chance to prove the bigger model is worth it. Offline evals went up three points; the canary is where we show the same lift on real users. I'd treat the canary cohort as our treatment group and compare its resolution rate with everyone else's. If it resolves more questions, that's the proof finance wants, and we don't need a separate A/B test.",
      "I own the order of cohorts, the limits and the holds; the ML engineers own the routing and the model switch. Our own payroll team goes first, because they'd spot a wrong payslip answer straight away, then beta customers, with the biggest payroll accounts last.",
      "The limits are agreed before launch: hallucination rate on our payslip eval set no higher than today's, thumbs-down no more than one point above the old model's, p95 latency no more than 800 ms slower, cost per conversation no more than 50 % higher. Any breach ends the canary.",
      "We'd go 5 %, 20 %, 50 %, 100 %, holding three days at each stage and moving on only when every limit has held. By 50 % the lift in resolution rate should be clear enough to present as the result.",
    ].join('\n'),
  },
  // staff-cohort-artifact: a short list of what the candidate would ask engineering before starting
  {
    id: 'bg038',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      "Three things I'd ask engineering before starting: can we target staff accounts separately from customers, does the size guide load with the product page or from another service, and how fast do the larger photos render on mobile data?",
      "Then the plan. Staff go first, since they use the live site all day and will spot a broken size guide quickly; then customers in our early-access club; then everyone else, with first-time visitors from paid campaigns last, because they're the ones we lose for good if the page is slow. Staff hardly ever buy, so for them I'd judge page errors and load time only, and start judging purchases from the early-access stage.",
      'The limits are fixed before any page changes: page errors more than 0.3 percentage points above control, p75 product-page load more than 500 ms slower, or add-to-basket rate down more than 3 % against control in the customer stages.',
      'After staff, customers get 5 %, 25 %, 50 % and 100 %, each held 48 hours and advanced only when every limit held; the web lead and I sign off each advance.',
      "Rollback is where I'm strict: only I can roll back. Any breach pages me first, whatever the hour, and I make the call, because pulling a page customers can see is a product decision, not an engineering one. Engineers shouldn't revert on their own.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: a Namibian English register, spoken
  {
    id: 'bg039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Okay, so for this one I think the real issue is the team, ja. Before anything else I would want to hire two more engineers for the pricing side, because right now the same people are doing pricing and billing and they are tired. So my plan: first we write a proper job description, then we look at the university graduates in Windhoek and also remote people, because good backend people are hard to find here. Interviews, maybe three rounds: one technical, one with the team, one with me. Then onboarding, we give each of them a buddy for the first month and let them sit with the billing team to understand the systems. Once we have the people, everything becomes easier, the releases and everything. That is what I would do first, honestly.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the answer given to a sceptical finance director, cost first
  {
    id: 'bg040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Cost first, as always with you. The German market launch needs about €180,000 for the first quarter: €90,000 on paid search, €50,000 on two trade fairs, and the rest on a local agency to translate the website and the onboarding emails. I'd expect payback within eleven months, based on our English-market acquisition cost and a slightly lower conversion rate while the brand is unknown there. If first-quarter sign-ups come in under 60 % of forecast, we'd drop the trade fairs in the second quarter and move that budget into search. The one cost I wouldn't cut is a German-speaking customer success manager, because the first month is where we lose people.",
    ].join('\n'),
  },
];
