import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-sixth fresh set, author c: middling (az048–az050), weak (az051–az052), salad (az053–az054),
 * negated (az055–az056), misconception-led (az057–az058) and off-topic (az059–az060) answers,
 * written blind, labelled by hand.
 */
export const FORTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load: spoken transcript with fillers
  {
    id: 'az048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Okay, so, the storage move. Um, the thing that worries me is the caches, right, the load test ran warm. So I'd put our own company's workspaces on the new cluster first, we're the ones who'll notice and we won't churn. Then small teams on the free plan, then paying teams, and the big enterprise workspaces last, because if their boards go slow that's a renewal conversation. The limits I'd have agreed before we move anyone: error rate on task reads more than half a percent above the old database, or p99 page load more than 300 milliseconds worse, and we stop. Stages would be 1, 5, 25, 50 and 100 percent, and at each one we hold at least a day, including a Monday morning when everyone opens their boards cold, and we don't move on unless it's inside those limits. Um, and the end-of-month decommission, I'd push to keep the old cluster around longer, I don't want that date driving the schedule.",
    ].join('\n'),
  },
  // support-model-upgrade: terse bullets, quantities first
  {
    id: 'az049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      '- 0.5 % error delta vs old model, 700 ms p95 delta, 2 pt hallucination delta on the eval set, 25 % cost-per-conversation ceiling: all four fixed before the switch; any one breached means back to the old model.',
      '- 1 % / 10 % / 50 % / 100 %, each stage held 48 h, gate = all four limits green.',
      '- Thumbs-down rate and hand-offs to a human agent tracked per stage next to the above.',
      '- Cost per conversation reported to Finance daily.',
      '- Longer context window: payslip questions with long histories added to the eval set.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: Bangladeshi English register, written
  {
    id: 'az050',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'Regarding this image service, my concern is the restart matter. The service is only restarting on deploy, so if memory is leaking slowly, one or two hours of testing will not show anything.',
      'In this release my job as PM is to take the go or no-go decisions and to decide how long we stay at each level; the platform team is doing the deployment and the load balancer routing. Before we increase the traffic at any point, the platform tech lead and myself will both sign off, and without both signatures it will not move.',
      'If anything looks bad, the on-call engineer has full authority to roll back on their own, at any hour, without waiting for me or the tech lead. It is only switching the load balancer back to the old service, so within five minutes all images are coming from the old one.',
      'Honestly, the Thursday deadline is very tight. I will tell the team we will go as fast as the service allows, not faster. We will keep watching memory and latency the whole time.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the release from a user's side, then the plan
  {
    id: 'az051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Imagine you're writing to your landlord in German and the assistant suddenly suggests something chatty and over-familiar. You'd be a bit embarrassed and probably switch the feature off. That's what we want to avoid.",
      "So I'd be careful with this one. We'd roll the new prompt out gradually, keep an eye on how people react in both languages, and listen to feedback. If things look off in German we'd slow down or pull it back and have the team look at the wording again. Getting a German speaker to read it before launch would be a good idea too.",
    ].join('\n'),
  },
  // pricing-page-healthy: PM at a public-sector benefits portal
  {
    id: 'az052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "In the public sector we are very careful with changes, because our users depend on the service and there is a lot of scrutiny. I would bring the same mindset here. The pricing page is a low-risk change, but it still deserves care, especially with a campaign pointing at it on Friday. I'd make sure everyone is aligned, release it to some users first, monitor the important metrics, and then expand once we're comfortable. Communication with marketing would matter a lot. If anything went wrong, we'd roll back.",
    ].join('\n'),
  },
  // search-tail-latency: ranked list of what matters most (terms only)
  {
    id: 'az053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Ranked:',
      '1. p99 tail latency 200 ms canary cohort free tier hold',
      '2. institutional licences sign-off 0.5 % rollback baseline',
      '3. ramp gate 25 % randomised A/B on-call 5 minutes',
      '4. PM engineering routing thresholds 2 % control',
      '5. internal users, index layout, filters, safe, better, 50 %, 100 %, no redeploy',
    ].join('\n'),
  },
  // quiet-feedback-trap: numbered decision log, entries by stage (terms only)
  {
    id: 'az054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Decision log.',
      'Entry 1: cheaper model, faster model, eval harness, one in two hundred, hallucination, thumbs-down, sparse.',
      'Entry 2: 5 %, 20 %, 50 %, 100 %, holds, gates, sign-off, clinical lead.',
      'Entry 3: thresholds 0.5 %, 3 points, p95 400 ms, cost per summary, token cost, baseline, control.',
      'Entry 4: internal vets, early access, small clinics, emergency clinics, order.',
      'Entry 5: rollback, on-call, config flag, 5 minutes, no approval, PM, engineering.',
      'Entry 6: canary, A/B, randomised, safety, improvement.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: commitments, each one refused
  {
    id: 'az055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I won't commit to much up front, and I think that's the honest answer. I'm not going to fix rollback numbers before we start; any limit I wrote down today would be a guess. I won't pick a special order of users either, no staff first and no big customers last. I'm not planning stages with a hold at each one, and I won't ask anyone to sign off an advance. I don't see the point of eval scores, user feedback or cost per request for a recommendation model, so I won't be watching any of them. I'm not going to draw a line between what I decide and what engineering decides, and I won't hand the on-call engineer the right to roll back on their own. Nor will I promise an A/B test afterwards.",
    ].join('\n'),
  },
  // after-the-sale-healthy: sceptical veteran, spoken
  {
    id: 'az056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, for a cosmetic change like this I wouldn't bother with most of the canary ceremony. We wouldn't set fixed rollback thresholds, because last week's sale would make every comparison look odd anyway. We wouldn't hold at each stage or wait for someone to sign off before moving on; leadership wants it out this week. I wouldn't spend time picking which customers go first, and I wouldn't carve out who owns which decision, the team can sort that out between them. There's no need to decide in advance who is allowed to roll back. And I wouldn't run an A/B test after it either.",
    ].join('\n'),
  },
  // support-model-upgrade: every number written in words
  {
    id: 'az057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      'The beauty of a canary here is that it settles the argument about the bigger model. Offline evals went up three points; the canary is our A/B test in production, and when the canary cohort resolves more questions than the people still on the old model, that proves the new model is better and we move everyone over.',
      'Order: our own payroll team first, then customers in the early-access programme, who expect rough edges, and our largest payroll clients last, because a wrong answer about pay costs them the most.',
      'Limits, agreed before anyone is moved: errors more than half a percent above the old model, or p ninety-nine latency more than eight hundred milliseconds worse, and we stop.',
      'Stages of one percent, then ten, fifty and one hundred, each held for two days, advancing only while inside those limits. The head of support and I sign off each step.',
      'At the end, the difference in resolution rate between the canary and the control group is the lift we report to leadership.',
    ].join('\n'),
  },
  // booking-purchases-lag: PM at a public-sector benefits portal
  {
    id: 'az058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      "Where I work now, a public benefits portal, nothing is reversed without the service owner's say-so, and I'd run this release the same way.",
      'I own the decisions: who sees the new date picker and when, the limits, and the holds. Engineering owns the client-side store, the deploy and the traffic split.',
      'Staff first, then guests from our beta list, then guests booking short weekend stays, and guests booking long holidays last, since those are the most valuable bookings and the least likely to come back if we lose them.',
      'Limits fixed before any guest is moved: booking errors 0.5 % above control, p99 page time 200 ms slower, and completed bookings down 2 % against the control group, counted over a 24-hour window because bookings land hours after the search.',
      'Stages at 1 %, 5 %, 25 %, 50 % and 100 %, each held for at least a day and passed only when every limit is met. I sign each advance, together with the engineering manager.',
      "Rollback is mine alone. If a limit is breached, on-call pages me, and nothing is switched back until I've looked at the numbers and approved it, even at night. One decision-maker avoids panicked reversals.",
    ].join('\n'),
  },
  // staff-cohort-artifact: ranked list of what matters most
  {
    id: 'az059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'What matters most in building the team for next year, ranked:',
      '1. A second designer. Product pages keep changing and one designer is a bottleneck.',
      '2. A data analyst who can own the weekly trading report, so the buyers stop asking engineers for numbers.',
      '3. Onboarding. New hires should ship something small in their first two weeks.',
      '4. A clear interview loop: one take-home, one pairing session, one conversation about values, with a decision within five working days.',
      '5. Keeping the people we have. Pay review before new hiring, not after.',
      '6. A diverse shortlist for every role, tracked per role.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: Bangladeshi English register, written
  {
    id: 'az060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'For the launch of our grocery app in Dhaka, the main matter is the launch event and the marketing. We will do one press event at a hotel in Gulshan, with food bloggers and some tech journalists invited. Before that, the Bangla translation of the app must be checked fully, and the delivery riders will get new uniforms with the logo. We will give a discount code of fifteen percent on the first order, valid for one month, and the social media team will run Facebook ads from one week before. Customer support will be available in Bangla and English from day one. After the launch, we will see the download numbers every day and report to management weekly.',
    ].join('\n'),
  },
];
