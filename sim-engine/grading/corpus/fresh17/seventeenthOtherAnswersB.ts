import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventeenth fresh set, author b: middling (b028–b030), weak (b031–b032), salad (b033–b034),
 * negated (b035–b036), misconception-led (b037–b038) and off-topic (b039–b040) answers,
 * written blind and labelled by hand.
 */
export const SEVENTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'b028',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: "I'd start with employees and the beta sellers, then hobby sellers, who can live with a slow thumbnail for a while, then professional sellers, and brand stores last because their listings are where the money is. The thing to know about this service is that it only restarts on deploys, so anything that builds up over a day won't show in the first hour. So each stage, 1 %, 5 %, 25 % and 50 %, stays up for at least 48 hours without a restart, and we only move on if image load times at the end of the second day look like they did at the start. If anything looks off, the on-call engineer sends the traffic back to the old resizer straight away. It's a load-balancer weight, a couple of minutes, and they don't need to wait for a meeting. Thursday isn't realistic and I'd tell the team that now.",
  },
  {
    id: 'b029',
    scenario: 'service',
    class: 'middling',
    points: points('T A'),
    text: "The risk here is in the tail, so the median is no help. Before we start we agree the numbers that stop it: p99 query latency more than 300 ms above the old index, p99.9 more than a full second worse, or search errors more than 0.3 % above control. Those stay fixed for the whole rollout, whatever the dashboard looks like on the day. Then we roll it out gradually and keep an eye on them. One thing I'd be careful about: the canary tells us the new layout doesn't hurt anyone, not that researchers prefer it. If we want to say it's better, that's an A/B test on search success afterwards. The hosting savings we can read off the bill.",
  },
  {
    id: 'b030',
    scenario: 'service',
    class: 'middling',
    points: points('P C H S'),
    text: "As PM I'd own the rollout decisions, meaning who goes first, how long we wait and when we move, and leave the flag and the deploy to the front-end team. Order: staff, then the members' club, then casual visitors; regular customers after that, and first-time buyers and the guides and clubs accounts last, since those are the ones we can least afford to annoy. Stages of 5 %, 25 %, 50 % and 100 %, with a day at each and two at 25 %. Before each step the front-end lead and I both sign off in the release ticket. One warning: purchases will look down against last week because of the sale, so we compare with people still on the old page this week, not with last week's figures. Leadership wants it out this week and this gets there by Saturday.",
  },
  {
    id: 'b031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only the pricing page, so I wouldn't overthink it. I'd ask engineering to put the new table behind a flag, release it to some users first, check that nothing looks broken and that people are still signing up, and then switch it on for everybody before the campaign goes out on Friday. If something does go wrong we can fix it quickly, since the checkout behind it isn't changing. Honestly, most of the value here is in the campaign itself, so I'd spend my time making sure marketing's links and copy are right.",
  },
  {
    id: 'b032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Prompt changes are low risk compared with swapping the model, so I'd keep this light. Ship the warmer prompt to a portion of users, read through some of the replies it writes, and look at the feedback after a few days. If people seem to like the friendlier tone, roll it out to everyone; if they don't, we tweak the wording and try again. We should probably also get someone who speaks German to have a look at it at some point, since a lot of our users write in German.",
  },
  {
    id: 'b033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary release. Booking page, date picker, shorter form, client-side store. Staff 2 %, hosts 5 %, guests 73 %, first-stay 20 %. Error rate, p99, conversion, 0.5 %, 200 ms, 2 %, 100 % this afternoon. Holds, gates, sign-off, rollback, on-call, feature flag, 5 minutes, 24/7. Baseline, control, cohort, segments. 1 %, 50 %, 25 %. A/B test, lift, safety. Lag, hours, bookings, lost bookings, talked over at home. PM owns, engineering, SRE. Metrics, dashboards, alerting, kill switch, thresholds, pre-committed, time-based, metric-based, design review, glowing.',
  },
  {
    id: 'b034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Bigger model, longer context window, prompt unchanged. Eval harness, hallucination rate, thumbs-down, p95, tokens per conversation, cost per query, finance. Agents 4 %, members 50 %, enterprise 10 %, preview 8 %, trials 10 %, admins 18 %. 24 h, 48 h, 100 %, 5 %. Thresholds +0.5 %, +200 ms, -2 %. Sign-off, PM, ML lead, ramp. Rollback, config, minutes, on-call, night. Canary vs A/B, safety vs lift, randomised. Offline evals +3 points, short questions. Payslips, leave, settings, HR, payroll, support assistant, gates, holds, cohorts.',
  },
  {
    id: 'b035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I don't think this needs the full canary treatment; it's bigger photos and a size guide. I wouldn't bother choosing an order of cohorts, with employees first and new customers and Plus members held back to the end; everyone can get it at the same time. I also wouldn't pin down rollback numbers in advance, like half a percent on errors or two percent on conversion. I don't see the PM owning any of this either; it's a front-end release and the web team can run it. No staged ramp with holds at 5 % and 25 %, no sign-off at each step, and no on-call person with authority to pull it at night. And I'd skip a follow-up A/B test as well.",
  },
  {
    id: 'b036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Most of the usual canary ritual doesn't fit a recommendation model, in my view. I would not go staff first and Plus subscribers last; I don't see what that order buys us. I'm not going to fix rollback limits before we start, and I won't be tracking an offline relevance eval, feedback taps or compute cost per request for this. No day-long holds between stages and no sign-off meeting at each one. I don't want the PM deciding release mechanics, and I don't think we need an on-call rota in Asian hours who can switch the model back on their own. Nor would I plan an A/B test after the canary.",
  },
  {
    id: 'b037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The nice thing about a canary is that it doubles as our experiment. We'll send the one-page checkout to employees first, then the insiders programme, then coupon browsers, then returning customers, and keep first-time buyers and wholesale accounts for the end, since they matter most. Each stage, 1 %, 5 %, 25 % and 50 %, holds for a full day before we move on. At every stage we compare conversion in the canary cohort with everyone else, and that gap is the uplift we report to growth; by 25 % we'll have proven the single page sells more, so there's no need for a separate A/B test before the spring campaign. If checkout breaks, the on-call engineer switches the flag off on the spot, at any hour, without waiting for me, and the old checkout is back within a couple of minutes.",
  },
  {
    id: 'b038',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S'),
    text: "I own the release decisions here; the ML team owns serving and the traffic split. For a model swap, the things that actually break are errors and speed, so those are the only two things we gate on. Before we start we agree that a server error rate more than 0.5 % above the old model, or p99 response time more than 300 ms worse, stops the rollout, and nobody moves those lines once we're live. Eval scores and vet ratings are too sparse in this product to mean anything, and cost will go down anyway, so I'd leave all three off the release checklist. The new model is cheaper and faster by design, so if errors and latency are flat, the summaries are fine. Each step up needs written sign-off from me and from the ML lead.",
  },
  {
    id: 'b039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Moving to a managed cluster is mostly a cost and staffing decision. I'd start by comparing the vendor's pricing tiers with what we spend on the self-hosted machines today, including the engineer time that goes into patching, backups and upgrades. Then I'd look hard at the support contract: response times, who we can call at three in the morning, and what credits we get for downtime. Data residency matters to our enterprise tenants, so I'd confirm which regions the cluster runs in and get that in writing for their security questionnaires. Finally I'd make sure the team has time to learn the new tooling before the old cluster is switched off at the end of the month.",
  },
  {
    id: 'b040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "German business writing expects Sie rather than du unless you know the person well, and a warmer English tone doesn't carry over by swapping words. I'd write a style guide for each language: greetings, sign-offs, how much small talk is acceptable, and when informal address is fine. For German I'd bring in a native copywriter to draft example emails, and keep a glossary so product terms stay consistent across the app. Longer term we'll probably add French and Spanish, which means building the prompt from per-language pieces rather than one English string with translations bolted on afterwards.",
  },
];
