import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-fourth fresh set, author b: middling (bh028–bh030), weak (bh031–bh032), salad (bh033–bh034),
 * negated (bh035–bh036), misconception-led (bh037–bh038) and off-topic (bh039–bh040) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts: durations given as business days
  {
    id: 'bh028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "I'd put the new SDK out in stages. Start with employees paying for their own lunch orders in the app, then iOS customers, since the wallet payment is newer on Android and I'd want the more predictable platform first, then Android users, with our highest-order-value restaurants last, since a failed payment costs most there.",
      "Before the first payment goes through the new SDK, we agree the limits: payment failure rate more than 0.3 % above the old SDK, measured in five-minute windows so a burst doesn't get averaged away, or checkout latency 300 ms worse at p99. Either one and we go back.",
      'The ramp is 1 %, 5 %, 20 %, 50 % and 100 %. Each stage holds for three business days, and no hold may end before the stage has lived through a Friday dinner rush, so a stage that starts on a Monday waits for Friday before we look at the gate. A stage only advances if the numbers stayed under the limits for the whole hold.',
      "I'd expect the whole thing to take around fifteen business days.",
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a pharmacy refill service
  {
    id: 'bh029',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      "At my pharmacy refill service we swapped the model behind our medication-questions bot last year, and the lesson was that the numbers matter more than the schedule. So for this payroll assistant I'd start by fixing the limits before it takes a single question: hallucination rate on the eval harness's payroll set must stay within 1 point of the current model, thumbs-down rate within 2 points, p95 response time no more than 500 ms slower, and cost per conversation no more than 40 % higher, which is also the number I'd give Finance. If any of those is crossed, the new model doesn't stay.",
      "Traffic I'd move over gradually, keeping an eye on those four things.",
      "And I'd be honest with Finance and leadership about what the canary proves: that the bigger model doesn't break anything. The three-point eval gain on short questions doesn't mean it helps real users; to show that, we'd run a randomised A/B test afterwards on resolution rate.",
    ].join('\n'),
  },
  // search-tail-latency: roles always named by team, never by title
  {
    id: 'bh030',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'The search team owns the new index and the traffic switch; product owns the rollout decisions: how much traffic, when to move on, when to stop. That split matters because the search team will want it out for the hosting savings.',
      "Each time we widen the exposure, product and the search team's on-call sign it off together in the release log; nobody widens it alone.",
      "If the tail gets slow, the search team's on-call can flip queries back to the old index on their own, at any time of day, without waiting for product. It's a routing switch that takes a couple of minutes, and the old index stays warm until the rollout is finished.",
      "We'd watch latency, especially on the rare multi-filter queries, and errors as it goes out, and decide from there how far to go.",
    ].join('\n'),
  },
  // quiet-feedback-trap: Vanuatu English register, spoken
  {
    id: 'bh031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Okay, so for the summary tool, I think we go slow-slow. We give the new model to some clinics first, small number, and we watch how it goes.',
      'If the vets are not happy, they will tell us, and then we can change it back.',
      'The cheaper model is good for the business, true, but we must be careful because it is medical notes for the animals, that one is important tumas.',
      'So slowly, slowly, and we keep watching the numbers, and when everything looks okay we give it to everybody.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a closing sentence on what success looks like at 100 %
  {
    id: 'bh032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I'd be careful with this one even though the benchmarks look good.",
      "I'd roll it out gradually rather than all at once, keep a close eye on the dashboards, and make sure the team is ready to act if something looks off.",
      "Communication with the sellers matters too, so I'd let support know the change is happening.",
      "I wouldn't rush it just because of the Thursday target.",
      'Success at 100 % would look like photos loading as fast as before for every seller, with nobody noticing anything changed.',
    ].join('\n'),
  },
  // after-the-sale-healthy: invented: headline fragments, no verbs
  {
    id: 'bh033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Reviews above the fold, lazy gallery, canary.',
      'Spring sale baseline, Sunday midnight, noise.',
      'Internal, beta, general, high-value, 0.5 %.',
      'Thresholds p99 200 ms conversion 2 % control.',
      'Ramp holds gates 1 5 25 50 100.',
      'Sign-off PM engineering on-call.',
      'Rollback config flag five minutes any hour.',
      'Safety improvement randomised A/B.',
      'False alarm, calibration, last week, this week.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: durations given as business days (as bare fragments)
  {
    id: 'bh034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'New recommendation model, feature stores, regional, Berlin, Singapore lunch.',
      'Two business days, four business days, ten business days.',
      'Staff, beta, Europe, Asia, 2 %, 10 %, 25 %, 50 %.',
      'Error rate, p95, 150 ms, 0.5 %, basket add-rate, compute cost 25 %, eval replay set.',
      'Hallucination, thumbs-down, tokens.',
      'Holds, gates, sign-off, engineering lead, PM.',
      'On-call, config flag, under five minutes, rollback.',
      'Canary versus randomised A/B, safe versus better.',
      'Ownership, decisions, routing, capacity.',
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a pharmacy refill service
  {
    id: 'bh035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "At the pharmacy refill service I work for, we've learned not to over-engineer rollouts, and I'd bring the same attitude here.",
      "I wouldn't bother fixing rollback thresholds in advance; numbers written before launch never fit what actually happens.",
      "I also wouldn't pick a special order of users. Staff first, beta users next, that sort of thing is ceremony.",
      "No staged ramp with holds at each step either: the team wants it at 100 % this afternoon, and a date picker doesn't need 1 %, 5 %, 25 %.",
      "I don't see the point of sign-offs at each stage, and I wouldn't set up a special on-call rollback path.",
      "I wouldn't split what I decide from what engineering decides; we're one team.",
      "And I'd skip any follow-up A/B test; a canary-versus-A/B distinction is more process than a form change deserves.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: roles always named by team, never by title
  {
    id: 'bh036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "The assistant team and product don't need separate responsibilities for a prompt tweak, so I wouldn't draw that line.",
      "I wouldn't have staff go first or German users go last either; there's no reason to order anyone.",
      "The assistant team shouldn't be asked to commit to thresholds up front: not a thumbs-down limit, not a latency limit, not an eval-harness score, not a token budget.",
      "We wouldn't hold at 5 % or 25 %, and nobody from product or the assistant team needs to sign off a step.",
      "Rollback doesn't need its own rules or its own people.",
      'Nor would I spend any time on a follow-up A/B test.',
    ].join('\n'),
  },
  // support-model-upgrade: a closing sentence on what success looks like at 100 %
  {
    id: 'bh037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R M'),
    text: [
      "The whole reason to canary this model is to prove to Finance it's worth the extra cost, so I'd treat the canary as our A/B test: if the canary group resolves more payslip questions than everyone else, the bigger model is better and we have our answer.",
      'Employees go first, since they use the payroll product themselves and will report wrong answers; then beta customers who opted in; the big employers last, because a wrong answer about their pay hurts most.',
      'The limits are fixed before we start: hallucination rate on the eval harness more than 1 point above the current model, p95 latency more than 400 ms slower, cost per conversation more than 35 % higher, or error rate more than 0.5 % above control. Any of those and we roll back.',
      'We go through 5 %, 20 %, 50 % and 100 %, holding 48 hours at each and only advancing when every limit stayed green.',
      "The on-call engineer can flip back to the old model at any hour without waiting for anyone; it's a config switch and takes a few minutes.",
      "When the canary group's resolution rate beats the control group's by a couple of points, that's the lift we report to Finance as the reason to pay for it.",
      "Success at 100 % looks like every customer on the better model, with the canary's lift number in Finance's slide deck.",
    ].join('\n'),
  },
  // checkout-first-order: durations given as business days
  {
    id: 'bh038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'I own the decisions on this release: who sees it, how fast it grows, when it stops. Engineering owns the flag and the deploy.',
      'Staff see it first, then returning customers from the early-access list, and first-time buyers last, because the spring campaign brings lots of them and the lab never tested a checkout without saved details.',
      'The stages are staff, 5 %, 25 %, 50 %, 100 %, holding three business days at each, and I sign off every advance with the checkout tech lead.',
      "I wouldn't set thresholds in advance. Every release behaves differently, so I'd watch the conversion and error dashboards each morning and decide in the moment what counts as bad enough; experience tells you when a number looks wrong.",
      "And rollback is my call alone. If engineering sees something, they page me first, I look at the numbers and I decide whether we roll back. Even at night, nobody flips the flag until I've agreed, because a release this visible to Growth needs one person accountable.",
      "With that, we'd be at 100 % in about fifteen business days, before the campaign.",
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a pharmacy refill service
  {
    id: 'bh039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Let me answer with how I'd launch something, using the refill-reminder feature we launched at my pharmacy service.",
      'The launch starts six weeks out with positioning: who the reminders are for (people on three or more repeat prescriptions) and the one sentence they should remember.',
      'Marketing writes the landing page, and I review it with the pharmacists so nothing overpromises.',
      'Two weeks out, we brief the customer-care team with a script and the ten most likely questions.',
      'On launch day, we send the email to existing customers in the morning and post on social media at lunchtime.',
      'Then we track sign-ups per day, the share of reminders that lead to a refill, and unsubscribes.',
      'After a month we hold a retrospective and decide what goes into the next version, such as text-message reminders.',
      "That's a launch plan I'd reuse for anything customer-facing.",
    ].join('\n'),
  },
  // quiet-feedback-trap: structured around three failure stories (hiring failures)
  {
    id: 'bh040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd frame this around three hiring failures I've seen, because building the team is the real problem here.",
      'The first: a startup hired four ML researchers before anyone who could put a model into production, and a year later nothing had shipped. So the first hire is a machine-learning engineer who has run models in production.',
      "The second: a team hired a brilliant engineer whose interviews were all whiteboard puzzles, and who couldn't explain anything to vets or to product. So every interview loop includes a session where the candidate explains a model's trade-offs to a non-technical panel.",
      "The third: a company tried to fill every role at once and its onboarding fell apart. So we hire one person per quarter, each with a mentor and a thirty-day plan, and we don't open the next role until the last hire is shipping on their own.",
      'By the end of the year that gives us a small team of three who can own the summariser end to end.',
    ].join('\n'),
  },
];
