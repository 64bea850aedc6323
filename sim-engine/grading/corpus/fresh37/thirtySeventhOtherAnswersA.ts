import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-seventh fresh set, author a: middling (aq008–aq010), weak (aq011–aq012), salad
 * (aq013–aq014), negated (aq015–aq016), misconception-led (aq017–aq018) and off-topic
 * (aq019–aq020) answers, written blind and labelled by hand. Scenario ids are in LABEL-NOTES-a.md.
 */
export const THIRTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling, spoken interview answer
    id: 'aq008',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: `I'd be careful about who sees this first. The lab tested returning customers, but the risk is with first-time buyers: there's no saved address or card to fill in for them, so that's where a single page could fall over. So employees first, then returning customers who've opted into the beta, then the rest of the returning customers, and first-time buyers only once all of that looks clean, because they're the whole point of the spring campaign and we can't afford to lose them.

I'd agree the numbers with the team up front: if first-order conversion drops more than 2% against the baseline group, or checkout errors go up half a percent, or p99 gets 200 ms slower, we stop.

And one thing I'd push back on with Growth: a good canary doesn't tell you the one-page checkout converts better. If they want that, it's an A/B test with a random split once we know it's safe.`,
  },
  {
    // image-resizer-memory-leak — middling, Slack message
    id: 'aq009',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: `ok so for the resizer, I don't want it everywhere by Thursday just because the benchmarks look good. Benchmarks ran for minutes, and this thing only restarts on deploys, so anything that creeps up over a day won't show in a short window.

Plan: 5% of image traffic, then 25%, then 50%, then all of it. We sit at each step for at least 24 hours with no deploy in between, so we actually see a full day of uptime before going further. Moving up needs a thumbs-up from me and from Priya (she owns the service) in the release thread, every time.

If it looks wrong, on-call can shift traffic back to the old resizer right away. It's a load-balancer weight change, a couple of minutes, and they don't have to ask anyone first.

We'll keep an eye on memory and response times as it goes.`,
  },
  {
    // support-model-upgrade — middling, spoken, hedging
    id: 'aq010',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: `Right, so engineering will do the actual switch, the routing and all that. My piece as the PM is deciding who gets the bigger model and in what order, and what we watch, because error rates won't tell us much here. The old model rarely errors, it's just sometimes wrong.

Order-wise, I'd start with our internal HR team, since they use the assistant themselves and know the payroll answers cold. Then customers in our early-access group. Payroll admins at the big enterprise accounts go last, because a wrong answer about a payslip lands hardest on them.

What we watch: the hallucination rate from the eval harness, especially on long questions, since the evals only improved on short ones. Thumbs-down and talk-to-a-human clicks. p95 latency, since a bigger model with a longer context will be slower. And tokens per conversation, because Finance asked and because a longer context window can blow up cost quietly.

Then we just keep going up as long as things look fine.`,
  },
  {
    // pricing-page-healthy — weak
    id: 'aq011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Honestly, for a pricing page I wouldn't overthink it. Nothing in the backend changes, so the risk is low. I'd put the new table live for a portion of visitors a few days before Friday's campaign, check that the page loads and that people can still get through to checkout, and then turn it on for everyone. If something looks off, we'd fix it quickly or switch the old page back on. Marketing should be kept in the loop so the campaign links work.`,
  },
  {
    // prompt-locale-thumbs-down — weak
    id: 'aq012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I think the main thing is to test the new prompt properly before it goes out. I would ask some German colleagues to read through examples and say whether the tone works, because the English team can't really judge that. Then we release it, maybe to a small group first, and look at the feedback. Users are usually quite vocal if the assistant sounds strange, so we'd hear about it. If a lot of people don't like it, we can change the prompt back or tweak it for German.`,
  },
  {
    // search-tail-latency — salad, note fragments
    id: 'aq013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary plan, search: index layout v2, smaller, cheaper hosting. Median faster, p50 -30 ms; p99? p99.9? tail. Rare queries, many filters, benchmark gap. Free tier / institutional licences / staff / beta. 1% · 5% · 25% · 50% · 100%. 0.5% errors, +200 ms, -2% conversion, baseline cohort, control. Holds 24 h, 48 h, metric-based gates, time-based gates. Sign-off: PM, eng lead, SRE. Rollback: on-call, config flag, routing, under 5 min, 2 a.m. PM owns vs engineering owns. Canary vs A/B, safe vs better. Dashboards, alerts, SLOs, blast radius, go/no-go, kill switch.`,
  },
  {
    // quiet-feedback-trap — salad, one run-on list
    id: 'aq014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Model swap, cheaper faster model, summaries, vet clinics, eval harness 1/200, hallucination rate, thumbs-down, p95, token cost, cost per summary, few hundred per minute, 5% too sparse, statistical power, sample size, confidence interval, staff, beta clinics, small clinics, multi-site groups, thresholds pre-committed, +1 pt, +0.5%, 4 s, ramp 5/20/50/100, 48 h holds, clinical lead sign-off, on-call rollback, config switch, minutes, safety not superiority, A/B afterwards, PM vs ML platform, ownership, guardrails, monitoring, dashboards, alerting, blast radius, kill switch, go/no-go, rollout calendar, weekly review.`,
  },
  {
    // staff-cohort-artifact — negated, contrarian spoken answer
    id: 'aq015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `I know the textbook answer, and I'd skip most of it here. Bigger photos and a size guide aren't risky. I wouldn't bother with a cohort order: staff first is what everyone does, but our staff don't buy anything, so why start there? No segments at all, just everyone at once. I also wouldn't write rollback thresholds down in advance. Every launch is different, and numbers you pick on Monday mean nothing by Wednesday. A ramp with holds at each percentage is overkill for a page layout, and I don't see why a PM should sign off each step either; that's process for its own sake. We don't need an on-call rollback plan for photos. If something's wrong, the team ships a fix next sprint. And an A/B test afterwards would only slow us down.`,
  },
  {
    // lunch-peak-recommendations — negated, bullet list of what is left out
    id: 'aq016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `For the recommendation model I'd keep it simple, and I'm deliberately leaving out a few things people usually add:
- no staged cohorts: Europe and Asia together, same day, since the model was validated offline;
- no rollback numbers agreed beforehand, the team knows what normal looks like;
- no waiting period between percentages, and no sign-off meeting to move on;
- no special model metrics like eval scores, compute cost or basket feedback, we judge it like any other deploy;
- no on-call rota for it, whoever's around in Berlin handles issues;
- no separate A/B test afterwards.
Engineering ships it from Berlin on Tuesday morning and we watch.`,
  },
  {
    // after-the-sale-healthy — misconception-led (canary as the A/B test / proof of lift)
    id: 'aq017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: `The nice thing about this release is that the canary doubles as our experiment. Whoever gets reviews above the fold is the treatment, everyone else is control, and by the time we're at 50% we'll know whether the new layout sells more. That's the number I'd bring to leadership this week, and it saves us running a separate A/B test.

Order: staff first for a day to catch broken galleries, then the customers on our early-access list, then the smaller markets, with Germany and the UK, our biggest, last.

We go 5%, 25%, 50%, 100%, with a full day at each step before moving up, so every stage sees a whole weekday cycle.

If pages break or the gallery doesn't load, the on-call engineer turns the flag off on the spot. It's a flag flip, gone in a minute or two, and they don't wait for me.

If conversion in the canary beats the control group, that's our proof the change works, and we ship.`,
  },
  {
    // prompt-locale-thumbs-down — misconception-led (only errors and latency for a model)
    id: 'aq018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H S R'),
    text: `A prompt change is still a deploy, and I'd treat it like one. The ML engineers own shipping the new prompt version; I own the rollout decisions and the go/no-go.

What we measure is what we'd measure for any service: error rate and latency. Before we start we agree the limits, error rate more than 0.5% above the current prompt or p99 response time 300 ms worse, and those two are the whole story. Tone is subjective, thumbs-downs and eval scores are noise at this volume, and if the model answers without errors and on time it's doing its job, in German or in English.

Ramp 5%, 25%, 50%, 100%, holding a day at each. The ML lead and I sign off each step in the release channel. If either number crosses its limit, on-call reverts to the old prompt version through the config flag. A couple of minutes, no need to wake me.`,
  },
  {
    // booking-purchases-lag — off-topic (UX research on the booking page)
    id: 'aq019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Before anything else I'd want to understand why guests abandon the booking page today. I'd pull session recordings and run five or six interviews with people who booked in the last month, especially couples who talked it over at home before booking. The date picker should show the price per night right in the calendar and make flexible dates easy, and the shorter form should drop the phone-number field and only ask for what the host really needs. I'd also check accessibility, since keyboard navigation and screen readers on calendars are often overlooked. Then I'd write a one-pager with the design rationale and share it with the hosts' team so they know what guests will see.`,
  },
  {
    // support-model-upgrade — off-topic (help-centre content)
    id: 'aq020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The assistant is only as good as what it can look up, so I'd start with the help centre. Half our payslip articles are out of date since the last tax-year change, and leave policies differ per customer, so I'd spend the next sprint cleaning those up and tagging each article by country. I'd also add a clear hand-off to a human agent for anything about a specific employee's pay, and write a short guide for our customers' HR admins on what the assistant can and can't answer. A quarterly review with the support team would keep the content fresh.`,
  },
];
