import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Eighteenth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers i008–i020, written blind and labelled by hand. */
export const EIGHTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'i008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "I'd start with employees and the insiders programme, but I wouldn't stop there, because the people most likely to be hurt by a one-page form are first-time buyers, who have no saved address and will see every field at once. So after staff and insiders come the coupon browsers, then a deliberate slice of first-time buyers, before returning customers, and wholesale accounts last since each of their orders is worth many times a normal one. Before we switch anything on I'd write the lines down: errors more than 0.5 points above control, p99 more than 200 ms slower, and conversion more than 2 % below the old checkout, read separately for first-time buyers. Then stages of 1, 5, 25, 50 and 100 %, holding a full day at each and only moving once a whole day of conversion data (it lags half an hour) has come in clean.",
  },
  {
    id: 'i009',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: "First, the split of jobs: I'm accountable for whether and when this rollout moves and what counts as failure; the imaging team owns the service, the deploy and the traffic routing. Every time we widen exposure, the imaging lead and I both say yes in the release channel. No silent advances, and \"the team wants it by Thursday\" isn't a reason on its own. If anything looks wrong, the on-call engineer puts routing back on the old resizer straight away, day or night, without asking me; it's a load-balancer weight change that takes two or three minutes, not a redeploy. I'd also ask them to keep the old pool running all week so that switch stays instant.",
  },
  {
    id: 'i010',
    scenario: 'model',
    class: 'middling',
    points: points('C M A'),
    text: "Who sees it first matters most to me. Our support agents use the assistant all day and can tell a wrong payslip answer at a glance, so they go first, then the preview programme, then workspace admins, then members; trial accounts and enterprise customers last, trials because one bad answer ends the trial, enterprise because a payroll mistake there becomes an escalation. What I'd watch goes beyond errors: a sample of live conversations run through the eval harness for made-up policies or figures, thumbs-down and \"talk to a person\" rates, p95 latency because the longer context window will be slower, and tokens per conversation, since that's exactly what Finance asked. And I'd be careful about what we conclude: a quiet canary means the bigger model is safe to roll out, and the three-point eval gain only becomes a product claim after a randomised A/B test.",
  },
  {
    id: 'i011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Since it's only a pricing page, I'd keep it simple. Put the new page live for a small group first, check that nothing looks broken, and if people seem to like it, open it to everyone before marketing's Friday campaign. We'd keep an eye on the analytics and talk to the team if anything odd comes up. Worst case we can switch back to the old page. I'd make sure design and marketing are both happy with it before launch, and that the campaign links work.",
  },
  {
    id: 'i012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I'd roll out the new summariser gradually to the clinics and see how it goes. Because it's cheaper and faster it should be good for the business, but we still need to be careful since this is medical information. I'd ask the team to monitor it and to collect feedback from the vets. If the feedback is bad we'd pause and look into it, and over a few weeks we'd get it to everyone. Communication with the clinics is important too, so they know what's changing.",
  },
  {
    id: 'i013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary release, index layout, tail latency, p99, p50, rare queries, filters. Staff, labs users, heavy researchers, readers, institutional licences. Thresholds, baseline, control. 1 %, 5 %, 25 %, 50 %, 100 %. 0.5, 300 ms, 2 %, 24 hours, five minutes. Holds, gates, metric-based, time-based. Sign-off, PM, engineering lead, SRE. Rollback, config, routing, on-call, 2 a.m. A/B test, randomised, lift, safety. Hosting cost, cheaper, smaller index. Percentiles, dashboards, alerts, volume, noise, confidence. Free tier, licences, renewals. Blast radius, exposure, segments, cohorts, deliberate.',
  },
  {
    id: 'i014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'new reco model / regional feature stores / singapore lunch / berlin early morning / canary canary / rollback thresholds / p95 p99 / eval harness hallucination / thumbs-down / token cost compute / 1 5 25 50 100 / 24h 48h / staff preview asia europe plus / sign-off / on-call / 5 min / A/B / pre-committed / per region / baseline / gates gates / 0.5 150 2 20 / feature reads per request / timeouts / capacity / kuala lumpur / germany austria / home screen baskets / add-to-basket / metric gate time gate / blast radius',
  },
  {
    id: 'i015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Plenty of people would tell you to write rollback thresholds down before the release starts. I wouldn't: staff browse all day and never buy, so any number fixed in advance would be wrong, and I'd rather not commit to one. I also don't see the point of a deliberate order here, staff first, then insiders, shoppers, and Plus members last; the photos are cosmetic, so a random slice is as good as any. Holding each stage for a day with someone signing off every step would only slow a harmless change down, so there won't be holds or sign-offs. I wouldn't give the on-call engineer the power to roll back at any hour on their own either, and a follow-up A/B test would be overkill.",
  },
  {
    id: 'i016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "What I would not do for a prompt rewrite:\n- No separate German-language cohort and no careful order of who goes first; it's one prompt for everyone.\n- No eval-harness runs, thumbs-down tracking or token-cost checks; it's a change of tone, not a new model.\n- No rollback numbers agreed in advance, and no staged ramp with holds.\n- No named person signing off each step, and no on-call authority to switch the prompt back on their own.\n- No A/B test afterwards either; if it ships without noise, that's enough for me.\nI'd push the new prompt to everyone and let support tell us if something's off.",
  },
  {
    id: 'i017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The point of this canary, as I see it, is to prove that reviews above the fold sell more. Leadership wants it out this week, and the canary doubles as our A/B test: if the canary cohort converts better than everyone else, we've shown the redesign works and I can report the lift. Order: staff, then the members' club, casual visitors and regular customers, with first-time buyers and guides and clubs last, because first-timers are still deciding whether to trust us and the clubs place the big orders. Stages of 2, 10, 25, 50 and 100 %, with a full 24-hour hold at each before moving on, so every stage sees a whole day of traffic. For rollback, the on-call engineer can turn the new product page off with the feature flag at any hour without checking with me, and the old page is back within a couple of minutes. By Friday the canary numbers will show how much the change lifted purchases, and that's what I'll present.",
  },
  {
    id: 'i018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C S R'),
    text: "A model swap is, in the end, a backend change, and I'd treat it like one: the only things that tell you whether a model is healthy are its error rate and its latency. Eval scores and thumbs-down belong to the data scientists' offline work, not to a release. I own the call on who gets it and when it moves; the ML platform team owns the serving and the switch. Support agents first, since they'll spot a broken answer instantly, then the preview programme, then admins and members, with trial accounts and enterprise customers last: trials because first impressions decide whether they buy, enterprise because they have the most at stake. At every widening the ML lead and I both approve in the release channel, and nothing moves without both. If errors or latency go bad, the on-call engineer switches routing back to the old model straight away, at any hour, without waiting for me; it's a config switch, done in a few minutes.",
  },
  {
    id: 'i019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before anything else I'd want to understand why guests abandon bookings today. I'd run five or six moderated usability sessions with guests who book for families, because they juggle the most dates, and watch session recordings of the current date picker to see where people hesitate. The shorter form is a good idea, but I'd check which fields hosts actually rely on, like phone number, number of guests and arrival time, before we cut any. Then I'd write a short design brief with the hosts' team, agree a success metric with growth, and plan next quarter's roadmap around what we learn.",
  },
  {
    id: 'i020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Honestly the bigger issue here is localisation, not the release. The prompt was written by an English-speaking team, and German has the du/Sie distinction that English simply doesn't. I'd hire or contract a German copywriter to write a style guide for the assistant: when to use Sie, how formal a business email should be, which English idioms don't carry over. I'd also run a tone-of-voice workshop with marketing in both markets, and in the longer term set up a localisation process so every prompt change is reviewed by native speakers before it's merged.",
  },
];
