import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-first fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (au048–au060), written blind and labelled by hand. */
export const FORTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: spoken interview transcript with fillers
  {
    id: 'au048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Okay, so, um, what worries me here is first-time buyers, right, because the lab only had returning customers in it. So I'd go staff first, they order from us anyway and they'll flag anything weird, then returning customers who've opted into early features, and first-time buyers last, because that's exactly the group the lab never tested and it's the group the spring campaign brings in.",
      "Um, and before we start I'd pin the numbers down. Checkout errors can't go more than half a percent over the old flow, p99 page load no more than 300 milliseconds worse, and first-order conversion can't drop more than 2 % against the control group. Any of those and we pull it. And we agree those up front, not once we're staring at graphs.",
      "Then stages, like 1, 5, 25, 50, 100 percent, and we sit at each one for at least a day, with the 25 % stage held for three days so first-order conversion has enough volume before we go further. Yeah. And we'd want to be at 100 well before the campaign, so I'd start, like, now.",
    ].join('\n'),
  },
  // support-model-upgrade: Markdown table with pipes (Stage | Who | Gate | Limit)
  {
    id: 'au049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Here's the rollout I'd run for the bigger model. The limits are fixed in the plan before the first conversation is routed and carry forward from stage to stage; any breach sends us back to the old model.",
      '',
      '| Stage | Who | Gate | Limit |',
      '| --- | --- | --- | --- |',
      '| 2 % | a slice of all conversations | 24 h hold, all limits green | errors at most +0.5 % vs old model; p95 at most +700 ms |',
      '| 10 % | a larger slice | 24 h hold, limits green, eval sample reviewed | plus hallucination under 2 % in the eval harness |',
      '| 30 % | a larger slice again | 48 h hold, limits green | plus thumbs-down at most +1 point vs old model |',
      '| 100 % | everyone | limits green at 30 % | cost per conversation at most +35 % |',
      '',
      "The cost line is the one Finance asked about, so I'd share the measured cost per conversation from the 30 % stage with them.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: Indian English register, written
  {
    id: 'au050',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'See, for this one the main issue is that the team is wanting it everywhere by Thursday itself. My role as PM is to decide how fast we are increasing traffic and when we are stopping; the platform team is doing the actual deployment and the load balancer settings, that is their area and I will not be deciding those.',
      'We will increase the traffic in steps, and every increase has to be signed off by me and the tech lead of the image team, no exceptions, even if Thursday is coming.',
      'For rollback, the on-call engineer is having full authority. He need not call me or anybody; he shifts the traffic back to the old resizer from the load balancer and within five minutes it is done. The old service we will keep running for this purpose only.',
      'I will also be asking the team to keep an eye on the memory graphs and image load times, because the benchmark was a short run and this service is restarted only on deploys.',
    ].join('\n'),
  },
  // quiet-feedback-trap: very short sentences, one idea each
  {
    id: 'au051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "We'd switch to the cheaper model slowly.",
      'A few clinics first.',
      'Then more.',
      "We'd watch the metrics.",
      "We'd read what the vets say.",
      'If it looks bad, we go back.',
      'If it looks fine, we keep going.',
      'The team has done this before.',
      'Cheaper and faster is good news.',
      "I'd expect it to go smoothly.",
    ].join('\n'),
  },
  // pricing-page-healthy: one long paragraph with no breaks
  {
    id: 'au052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "I think for a pricing page like this one the risk is honestly pretty low, since nothing in the backend changes, so I'd probably roll it out gradually over a few days and keep an eye on the dashboards, see how people react to the new comparison table, check with marketing that they're happy with it before the campaign on Friday, and if something looks off we can always turn it back, but mostly I'd trust the team to handle the mechanics and flag anything unusual, and by Friday it should be out for everyone so the campaign lands on the new page.",
    ].join('\n'),
  },
  // after-the-sale-healthy: comma-separated tag cloud
  {
    id: 'au053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'canary, cohort, staff, beta, baseline, 0.5 %, p99, 200 ms, thresholds, pre-committed, sale week, 20 %, ramp, 1 %, 5 %, 25 %, 50 %, 100 %, holds, gates, metric-based, time-based, sign-off, eng lead, PM, ownership, routing, config flag, on-call, 24/7, rollback, under 5 min, conversion, −2 %, control, A/B, randomised, safety, improvement, reviews above the fold, lazy-loading, gallery, seasonality, last week, canary, thresholds, sign-off, ramp',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: whiteboard scrawl: fragments, dashes and question marks
  {
    id: 'au054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary — prompt — warmer??',
      'German / Sie / du / formality / register.',
      'Thumbs-down. Eval harness. Hallucination. p95. Tokens. Cost per reply.',
      '1 % — 5 % — 25 % — 100 %?',
      '0.5 % / +300 ms / 2 pts / 24 h.',
      'PM? ML eng? On-call? Sign-off?',
      'Rollback — flag — minutes.',
      'Staff, beta, enterprise, locale.',
      'A/B vs canary. Safety vs better.',
      'Holds. Gates. Baseline. Control.',
    ].join('\n'),
  },
  // booking-purchases-lag: Risks / Mitigations pairs (used to reject each practice)
  {
    id: 'au055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Risk: the team wants 100 % this afternoon and a staged rollout would hold that up.',
      "Mitigation: we wouldn't bother with stages or holds; it's a date picker, so it goes to everyone at once.",
      '',
      'Risk: someone asks for rollback thresholds.',
      "Mitigation: I wouldn't fix any numbers in advance, so there's nothing to argue about.",
      '',
      'Risk: choosing which guests go first turns into a debate.',
      "Mitigation: we won't pick segments at all; no staff-first group, no beta group.",
      '',
      'Risk: waiting on sign-offs.',
      "Mitigation: there's no sign-off step; nobody needs to approve an advance.",
      '',
      'Risk: arguments about who decides what.',
      "Mitigation: I don't see a PM-versus-engineering split here; there's nothing for anyone to own.",
      '',
      'Risk: rollback drills eat the afternoon.',
      "Mitigation: we won't set up a quick switch back, and we won't name anyone who can pull it.",
      '',
      'Risk: an A/B test afterwards delays the next project.',
      "Mitigation: we won't run one.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: Indian English register, written
  {
    id: 'au056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Honestly speaking, for a recommendation model I will not be doing all this staged business. We are not going to do 1 %, 5 %, 25 % and all that; no holds, no gates.',
      'Rollback thresholds also I will not be fixing in advance. Error rate, latency, these numbers we are not writing down anywhere.',
      'Hallucination evals, thumbs-down, cost per request, none of these we are planning to track for this release.',
      'No special order of customers: not staff first, not beta first, not any region first.',
      'Sign-off for every step is not required, and I am not going to give on-call any authority to roll back on their own.',
      'Who owns what between PM and engineering, that discussion also we are skipping.',
      'We will simply release the model to all regions on Monday morning, Berlin time.',
    ].join('\n'),
  },
  // support-model-upgrade: timeline (T-2 days, T+0, T+4h, Day 1 ...)
  {
    id: 'au057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S M'),
    text: [
      'T−2 days: cohorts agreed. Staff accounts first, then opted-in beta tenants, then small-business tenants, enterprise tenants last because payroll mistakes there escalate fastest.',
      'T−1 day: limits written into the plan and frozen. Errors at most 0.5 % above the old model. p95 at most 600 ms worse. Hallucination in the eval harness under 2 %. Thumbs-down at most 1.5 points above the old model. Cost per conversation at most 30 % higher.',
      'T+0: staff and beta tenants, about 5 % of conversations, move to the bigger model. This cohort is also our experiment group: the canary is how we prove the new model is better.',
      'T+4h: first read of the lift, resolution rate and satisfaction in the canary cohort against everyone else.',
      'Day 1: hold ends; gate review. The ML lead and I sign off the move to 20 %.',
      'Day 3: gate at 20 %, sign-off, move to 50 %. By now the canary should show the uplift, and that is the figure I take to Finance to justify the cost per conversation.',
      'Day 5: gate at 50 %, sign-off, 100 %.',
      'Day 6: write the canary up as our A/B result. No separate test needed.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: compliance-minded fintech PM
  {
    id: 'au058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S A'),
    text: [
      'Fare calculation is money, so I treat this like a regulated change. I own the release decisions, meaning the exposure order, the limits and the holds; engineering owns the pricing-service deployment and the routing.',
      'Order: staff rides first, because our own employees are tolerant of oddities and report them; then riders in the opted-in beta; then one mid-sized city; airport and corporate accounts last, because a fare dispute there becomes a contract issue.',
      'Limits, filed in the change record before any fare is calculated by the new service: fare-calculation errors more than 0.2 % above control, p99 quote latency more than 300 ms worse, completed trips per quote down more than 1.5 % against baseline.',
      'Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. Each stage is held for 24 hours and must include a weekend night and the nightly billing batch window. The pricing engineering lead and I sign each advance in the change ticket.',
      "Rollback: for audit reasons nobody rolls back on their own authority. On any breach the on-call engineer pages me first; I review the evidence, approve the rollback in the ticket, and only then do they switch traffic back. Yes, at 2 a.m. that means waking me, but a fare change reversed without the PM's approval is an unaudited change.",
      'And the canary only tells us the new service is safe. Whether the new fares are better for the business is a question for a randomised A/B test.',
    ].join('\n'),
  },
  // staff-cohort-artifact: timeline (T+0, Day 3, Day 10 ...), about a hiring plan
  {
    id: 'au059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'T+0: the job ad for two senior frontend engineers goes live on our careers page and two job boards.',
      'Day 3: recruiter screens the first applicants; anyone without production React experience is declined with a short, kind note.',
      "Day 10: take-home exercise sent to the shortlist, capped at three hours so we don't lose people with families.",
      'Day 17: panel interviews, one technical, one with the design lead, one with me about how they work with product.',
      'Day 21: debrief; the hiring manager makes the call the same afternoon.',
      'Day 24: offers out, with a four-day window.',
      'Day 60: start dates, each new hire paired with a buddy for their first month.',
    ].join('\n'),
  },
  // quiet-feedback-trap: Risks / Mitigations pairs, about a product launch
  {
    id: 'au060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Risk: small clinics never hear about the launch.',
      'Mitigation: a webinar with the regional veterinary association and a stand at the autumn vet conference.',
      '',
      'Risk: the pricing page confuses practice managers.',
      'Mitigation: one plan per clinic size, with the price per vet shown up front.',
      '',
      "Risk: sales promises features we haven't built.",
      'Mitigation: a one-page fact sheet that sales signs off before any call.',
      '',
      'Risk: clinics sign up and never use it.',
      'Mitigation: an onboarding call in the first week and a check-in email after a month.',
    ].join('\n'),
  },
];
