import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Tenth corpus, author B, the other classes: middling (u028–u030), weak (u031–u032),
 * salad (u033–u034), negated (u035–u036), misconception-led (u037–u038), off-topic (u039–u040).
 */
export const TENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'u028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H R'),
    text:
      "The resizer rewrite is fast in benchmarks, but it's only restarted on deploys, so anything that builds up over a day won't show in an hour-long test. " +
      "I'd send it to our internal seller test shops first, then sellers in the beta programme, then small sellers, and keep the top-volume sellers for last. " +
      "We'd agree the limits up front: image error rate more than 0.5 % above the old service, p99 resize time more than 200 ms worse, and listing-page conversion down 2 % against the baseline. " +
      'Steps of 1, 5, 25, 50 and 100 %, each held at least 24 hours so we see the service after a full day without a restart, and we only step up if those limits are clean. ' +
      'If we breach, the on-call engineer switches the load balancer back to the old resizer, which takes a couple of minutes, any time of day. ' +
      'Thursday is ambitious, so I would tell the team now that it may slip.',
  },
  {
    id: 'u029',
    scenario: 'model',
    class: 'middling',
    points: points('P C M A'),
    text: [
      '* My role: I decide who gets the bigger model and when; engineering handles the switch itself.',
      '* Who first: HR staff internally, then preview customers, then smaller accounts; big payroll customers at the very end.',
      '* What I watch beyond errors: hallucinations via the eval harness, thumbs up/down from employees, p95 response time and token cost per conversation, since Finance asked.',
      "* Pace: we'd go slowly and see how it looks.",
      "* If it goes wrong: we'd redeploy the previous model version.",
      "* Not an experiment: the canary checks it's safe; whether it's better gets its own randomised A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'u030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S R'),
    text:
      "Honestly I'd just take a random one percent of searches to start, the users don't really matter for an index change. What matters is the numbers. " +
      'Before launch we commit to rolling back if query errors go 0.5 % over control, if p99 latency goes more than 300 ms over control (the tail is where the filter-heavy queries live, the median will look great), or if result clicks per search fall 2 % under the baseline cohort. ' +
      'Then 1 %, 5 %, 25 %, 50 %, 100 %, and we only move when the metrics are clean and at least a day has passed at each step. I sign off every step together with the search lead. ' +
      'Rollback is a config flag that points queries back at the old index, a few minutes, and on-call can do it any hour without asking.',
  },
  {
    id: 'u031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "I'd roll the one-page checkout out gradually to some customers first and keep an eye on things. The usability lab results were great, so I'm fairly confident, but you never know in production. " +
      "If conversion drops or people complain, we'd turn it off and fix it. We want to be done before the spring campaign, so I'd push to be at everyone within a week or so. " +
      "I'd also brief customer support so they know what changed and can send feedback to the team quickly, and I'd keep Growth updated on progress every day so nobody is surprised.",
  },
  {
    id: 'u032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'So a canary is basically shipping to a small slice first, like the canary in the coal mine. For the recommendation model I would do that, give it to a small part of the users, look at the dashboards, and if it looks okay, ramp up. ' +
      'The team in Berlin would monitor it. I would also make sure we have good alerting. That is the standard way to do it. ' +
      'Recommendations are not so risky anyway, worst case people see a basket they do not like and they scroll past it. After some time, when everybody has it, we can compare the numbers with before.',
  },
  {
    id: 'u033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'booking canary — staff 25% p99 / beta 0.5% sign-off',
      'VIP last rollback 24h lag baseline',
      '5% date picker client-side store -2% bookings',
      'on-call <5 min flag, A/B ≠ canary, gate 200ms 100%',
      'hours later. errors. hold. PM eng.',
      'internal → opt-in → ??? → 50%',
      'guests talk it over at home — bookings next day, 6h? 48h?',
      'control vs canary, dates store, form shorter, afternoon 100%',
    ].join('\n'),
  },
  {
    id: 'u034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Support assistant bigger model canary rollout PM ownership cohort employees beta enterprise last thresholds pre-committed error rate half percent p95 latency four hundred milliseconds hallucination rate eval harness thumbs-down token cost per conversation Finance ramp one five twenty-five fifty hundred holds twenty-four hours metric gates sign-off each gate rollback config switch on-call any hour minutes canary is not A/B randomised test afterwards context window prompt unchanged three points offline eval payslips leave settings escalation human agent baseline cohort control arm enterprise payroll HR department preview programme traffic split router model version.',
  },
  {
    id: 'u035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "It's a pricing page. Nothing in the backend changes, so I wouldn't go through the whole canary ritual. " +
      "No staff-first stage, no beta group, no careful ordering of customers; we'd show it to everyone on Thursday so it's settled before Friday's campaign. " +
      "I don't see the point in writing down error or latency thresholds in advance for a comparison table, and I wouldn't make anyone sign off anything. " +
      "If something looks off, the developers can redeploy the old page the next morning; that's fine for a static page. " +
      "And I wouldn't bother with an A/B test afterwards either; the new table is obviously clearer.",
  },
  {
    id: 'u036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Interviewer: How would you run the canary for the friendlier prompt?',
      "Candidate: The textbook answer is employees first, then beta, then everyone, with thresholds agreed in advance, a sign-off at each gate and an on-call engineer allowed to roll back at night. I know that answer. I just don't think it fits a prompt tweak.",
      'Interviewer: Why not?',
      "Candidate: Prompts are cheap to change. Fixed limits on thumbs-down or hallucination rate would only make us roll back on noise, so we won't set any. Ordering cohorts by language or risk is overthinking it; everyone gets it at once. And I'd never let on-call revert a product decision without me in the room, even at 2 a.m. We'd fix the prompt forward instead of rolling back.",
      'Interviewer: And tokens, latency?',
      'Candidate: Not worth tracking separately for a wording change.',
    ].join('\n'),
  },
  {
    id: 'u037',
    scenario: 'model',
    class: 'misconception',
    points: points('M R'),
    text:
      "I'd treat the canary as our experiment. We put a random 10 % of conversations on the bigger model, and after a week we compare resolution rate and satisfaction between the canary group and the rest. " +
      'If the canary group does better, that proves the new model is better and we can tell Finance the extra cost is justified; if it does worse we revert. ' +
      "I'd also watch hallucination rate from the eval harness, thumbs-down, p95 latency and tokens per conversation, since a longer context window can blow up cost. " +
      'If something breaks badly, on-call flips the router config back to the old model, which takes a minute, at any hour. ' +
      "The nice thing is we don't need a separate A/B test afterwards: the canary already is one.",
  },
  {
    id: 'u038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text:
      "Because last week was the sale, I don't want to fix any numbers in advance; anything we pick now would be calibrated on a week that doesn't look like this one. " +
      'So: staff first, then our early-access customers, then the rest, with loyalty-club members last. 1 %, 10 %, 50 %, 100 %, a day at each step. ' +
      'At each step I look at the dashboards with the team and we decide then what counts as a problem, given what the traffic looks like that day. ' +
      "Nothing moves to the next step until I've signed it off with the engineering lead. If conversion looks down we'd dig in and decide whether to roll back.",
  },
  {
    id: 'u039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "Before anything else I'd want to know why we are adding a size guide. I'd look at return reasons: if most returns are 'wrong size', the size guide is the headline and the bigger photos are secondary. " +
      "I'd run five or six interviews with frequent returners, sketch two layouts for the size guide, and test them in a clickable prototype. " +
      "I'd also talk to the merchandising team about photo production costs, since larger photos mean reshooting part of the catalogue. " +
      "Success for me is fewer size-related returns within a quarter, which I'd report monthly to the leadership team.",
  },
  {
    id: 'u040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "OK so for the vet summariser, my first question is whether cheaper is the right goal. Small clinics care about time. I'd go and shadow two or three clinics, see how long writing up a visit takes today, where the summary is actually read, by the vet or the nurse or the pet owner.",
      'Then pricing: if the new model halves our cost, do we pass it on as a lower tier? That might grow the number of clinics more than anything else.',
      "And long-term I'd push for fine-tuning on our own notes, with consent, since veterinary vocabulary is niche. That's my roadmap, roughly.",
    ].join('\n'),
  },
];
