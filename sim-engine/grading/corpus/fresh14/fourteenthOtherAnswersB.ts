import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fourteenth corpus, author B, other answers (j028–j040): middling, weak, salad, negated,
 * misconception-led and off-topic, in that order.
 */
export const FOURTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'j028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text:
      'For the one-page checkout I would be careful about who sees it. Returning customers loved it in the lab, but first-time buyers are a different story, so I would put it in front of staff first, then returning customers who are in our beta list, and keep first-time buyers out until the very end since they are where the spring campaign money is. ' +
      'Before starting I would agree on the numbers that make us back out: checkout errors up more than 0.5 % compared to the old checkout, page load at p99 more than 300 ms slower, and first-order conversion down 2 % against the control group. ' +
      'If any of these are crossed we switch the flag back to the three-step checkout, which takes a couple of minutes, and whoever is on call can do that on their own, weekend or night, without waiting for me. Then we look at what went wrong, fix it, and try again after the campaign if needed.',
  },
  {
    id: 'j029',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      'Bigger model for the payroll assistant, so my main worry is cost and whether it makes things up about payslips.',
      '',
      '- I own the rollout decisions; engineering owns the plumbing.',
      '- I would watch the hallucination rate from our eval harness, thumbs-down on answers, p95 latency (longer context means slower) and cost per conversation, which Finance already asked about.',
      '- Go in stages: 1%, 5%, 25%, 50%, 100%, and do not move on until each stage has a few thousand conversations to judge, at least two days at 25%.',
      '- The ML lead and I both approve before every step up.',
      '- If things look bad we pull it.',
    ].join('\n'),
  },
  {
    id: 'j030',
    scenario: 'service',
    class: 'middling',
    points: points('T H R A'),
    text:
      "The new image resizer is faster in benchmarks, but the service only restarts on deploys, so whatever goes wrong might only show after it's been running a while — memory, slowdowns. That's what I'd design around. " +
      'Thresholds first, fixed in the plan: 5xx on image requests above control by 0.3 %, p99 resize time more than 200 ms over control, listing-page views per session down 2 %. ' +
      "Then 2 % → 10 % → 50 % → 100 %, and I would not let any step be shorter than 36 hours, exactly because a leak needs time to build up; a two-hour hold would look perfect and then fall over on Thursday. I'd push back on the Thursday date if needed. " +
      'Rollback is routing traffic back to the old resizer pool, which we keep warm — a few minutes, and on-call can do it whenever. ' +
      "And to be clear with the team: the 20 % faster claim doesn't get proven by the canary. If we want to show sellers it's better, that's a proper A/B test.",
  },
  {
    id: 'j031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Honestly, with a friendlier prompt the risk is low. It's just text. I'd probably let the team ship it to a small group of people, ask around on Slack whether anyone noticed anything odd, and then turn it on for everyone. If German users don't like it they'll tell support and we can tweak the wording in the next sprint. I'd rather not over-engineer a prompt change. The engineers know the tooling better than I do, so I'd leave the details to them and focus on the launch announcement and the help-centre article.",
  },
  {
    id: 'j032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'A canary is a way to reduce risk. You give the new search index to some users before the others, and watch dashboards. Good monitoring is really important, and good communication with stakeholders too, so that everyone knows what is happening. If something is broken, the team fixes it. I think the main thing is to be careful and keep people informed. Academic users can be vocal, so I would also prepare a short note for the institutions in case they notice something different in their results.',
  },
  {
    id: 'j033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'payment SDK canary. android. 1% 5% 25% 100%. p99 p95 p50 latency errors 0.5% baseline control cohort. rollback rollback flag. on-call. thresholds pre-committed gates sign-off holds. staff beta enterprise last. A/B not canary. wallet friday dinner bursts 300ms. safe better. metrics metrics dashboard. conversion -2%. SLO error budget burn. monitoring alerting paging. certification passed. ramp ramp ramp.',
  },
  {
    id: 'j034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '- model: bigger / cheaper / eval +3',
      '- hallucination harness thumbs-down tokens cost p95 — guardrails',
      '- cohorts internal → early-access → GA → enterprise',
      '- thresholds holds gates sign-offs PM-owned',
      '- 1 / 5 / 25 / 50 / 100, 12h 24h 48h',
      '- rollback < 5 min config route on-call 24/7',
      '- canary ≠ A/B, safe vs better, randomised',
      '- KPIs KPIs KPIs, baseline, control, lift, drift, latency, SLO, error budget',
    ].join('\n'),
  },
  {
    id: 'j035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "People will tell you to write down rollback thresholds before you start. I don't think that's useful for a database migration — you can't know what normal looks like on a new cluster until you see it, so we wouldn't fix any numbers in advance. " +
      "I also wouldn't bother with an internal-first or beta-first order; staff traffic isn't representative, so we just take a random slice. " +
      'Holding each stage for a day sounds safe but it mostly slows things down, and the old cluster gets decommissioned at the end of the month anyway, so no long holds and no formal sign-off at each step either, just keep going if the graphs look okay. ' +
      "And keeping the old cluster routable for a quick flip back isn't something we'd plan for; if we really had to, we'd redeploy.",
  },
  {
    id: 'j036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Things I would NOT do for the summariser model swap, and why:',
      '1. No special hallucination tracking or eval harness gate — it is the same task, just a cheaper model, so normal error monitoring covers it.',
      '2. No staged cohorts of in-house vets or early adopters first; every clinic is the same to us.',
      '3. No numeric abort criteria set ahead of time, the team decides on the day.',
      '4. No multi-day holds waiting for feedback — feedback is too sparse to ever reach a number, so waiting for it is pointless.',
      '5. No PM sign-off per stage; the ML team knows when it is ready.',
      '6. No separate A/B test later either. We will see in the canary whether vets like it.',
    ].join('\n'),
  },
  {
    id: 'j037',
    scenario: 'model',
    class: 'misconception',
    points: points('C'),
    text:
      'The nice thing about a canary for the new recommendation model is that it doubles as our experiment. We put it on employees first, then on early-access customers, then on everyone else, and at each step we compare basket sizes between the canary group and everyone still on the old model. ' +
      'If the canary group buys more, that proves the new model is better and we can go to 100 % with confidence and put the uplift in the quarterly review. If the numbers are flat we keep ramping anyway, because flat means no harm. ' +
      'I would not run a separate A/B test afterwards; that would just repeat what the canary already told us.',
  },
  {
    id: 'j038',
    scenario: 'service',
    class: 'misconception',
    points: points('P R'),
    text:
      "As PM I'm the one who makes the call on this rollout. For the new booking page I'd rather not lock in thresholds ahead of time. I'd sit with the engineers and watch the dashboards as it goes out, and when we see how the numbers actually move we'll decide what's acceptable — you get a feel for what normal looks like once the data comes in. " +
      "If it looks worse than we're comfortable with, the on-call engineer flips the flag back to the old date picker, which takes about a minute, day or night. Since bookings only show up hours later, we'll just keep an eye on it through the afternoon and decide by the evening whether to stay at 100 %.",
  },
  {
    id: 'j039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "For the pricing page, the first thing I'd do is talk to marketing about the Friday campaign. The comparison table needs to make the annual plan look like the obvious choice, so I'd highlight it, add a 'most popular' badge and put the export features people actually use at the top of the table. I'd also run the copy past a couple of customers and check it works on mobile, since a lot of campaign clicks come from phones. Then we'd coordinate the launch email and the social posts so they all go out at the same time.",
  },
  {
    id: 'j040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: "Um, so, for the support assistant, I think the bigger question is whether we even need a chatbot for payroll. A lot of these questions — how many leave days do I have, when is payday — could just be shown on the dashboard. So I'd probably start with user research, maybe ten interviews with HR admins and employees, look at the top twenty questions in the logs, and see which ones we can answer with better UI instead. And for the pricing question from Finance, I'd look at bundling the assistant into the premium tier so it pays for itself.",
  },
];
