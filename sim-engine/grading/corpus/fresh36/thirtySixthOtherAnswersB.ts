import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-sixth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (ap028–ap040), written blind and labelled by hand. */
export const THIRTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // built-in scenario: checkout-first-order; voice: Slack message, lowercase bullets
  {
    id: 'ap028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `quick thoughts on the one-page checkout rollout before tomorrow's sync:
- staff first, then returning customers with saved addresses and cards (that's who it was designed for), first-time buyers last, since they're who we'd lose if autofill misbehaves for someone with nothing saved
- kill criteria go in the doc before we flip anything: checkout errors > 0.4%, first-order conversion down more than 2% vs the old flow, p95 page load +300ms
- stages 5 / 20 / 50 / 100, at least 2 days each, and we don't go past 20 until we have a full weekend of first-order data
- has to be done before the spring campaign so realistically we start monday
happy to hear objections`,
  },
  // built-in scenario: image-resizer-memory-leak; voice: spoken interview answer, conversational
  {
    id: 'ap029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R A'),
    text: `So I think the first thing to get straight is what's mine and what isn't. The image team owns the rewrite, the deploy, the infrastructure. As PM I own the release decision itself: whether we go wider, and when. I wouldn't let the Thursday deadline make that call for us.

Every time we widen it, it needs a yes from me and from the image team's lead, and that's written in the channel, not a nod in the corridor.

Rollback I'd sort out before we start. The on-call engineer can send traffic back to the old resizer on their own say-so, at any hour. It's a load-balancer weight change, a couple of minutes, not a redeploy. I'd rather be told afterwards than be the bottleneck.

And I'd be careful about what we claim at the end. The benchmark says 20 % faster, but the canary doesn't prove that for sellers or buyers; it tells us the new service doesn't break listing pages. If we want to say it's faster where it matters, that's an A/B test on page load and listing views.`,
  },
  // built-in scenario: support-model-upgrade; voice: terse bullet notes
  {
    id: 'ap030',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: `Rough plan:
- Who first: internal payroll team → customers in the early-access programme → small businesses → large employers last (a payslip mistake at a big employer = hundreds of tickets)
- Stages: 2% / 10% / 30% / 100%. Hold each at least 3 days; don't leave 30% until a month-end payroll run has gone through on the new model
- Watch more than errors: hallucinations on a daily sample scored by the eval harness, thumbs up/down per answer, escalations to a human agent, p95 response time, tokens per conversation (also what finance asked for)
- Open question: longer context window may pull in more of the user's history, check with legal`,
  },
  // built-in scenario: pricing-page-healthy; voice: brief, breezy
  {
    id: 'ap031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `Honestly this one's low-risk: it's a pricing page and the checkout doesn't change. I'd get it out before Friday so marketing's campaign lands on the new version. Put it out to a small group of users first, make sure nothing looks wrong on mobile, then release it to everybody. If something goes wrong we'd just fix it quickly. I'd keep marketing in the loop throughout so there are no surprises. We've shipped plenty of page changes like this before and they've always been fine, and design has already approved the new comparison table.`,
  },
  // built-in scenario: quiet-feedback-trap; voice: earnest, vague paragraph
  {
    id: 'ap032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `I'd start by making sure the new model is well tested before anyone sees it. Vets are busy and they won't forgive sloppy summaries, so quality is everything. Once the ML team is happy, we'd release it gradually and keep a close eye on how it's doing. If things look good we keep going, and if not we can look at switching back. The savings from a cheaper, faster model are worth it in the long run, so I'd be fairly keen to get it done this quarter and share the results with the clinics.`,
  },
  // built-in scenario: search-tail-latency; voice: fragments and numbers
  {
    id: 'ap033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary. Index layout v2. p50, p99, p99.9. 1% 5% 25% 100%. Free tier, institutional licences, staff. Thresholds: errors, latency, tail, 300 ms, 0.5%. Holds 24h / 48h. Sign-off PM + eng lead. Rollback, on-call, flag, minutes. A/B test vs canary. Rare queries, many filters, benchmark, hosting cost savings. Baseline cohort, control, metric-based gates. Ramp, hold, gate, monitor, dashboard, alert. Index size −40 %, cost per query, searches per session −2 %, p99 +200 ms, errors +0.5 %. Config routing, 3 min, 24/7. Institutional licences, free tier, staff, beta.`,
  },
  // built-in scenario: lunch-peak-recommendations; voice: keyword dump with arrows
  {
    id: 'ap034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `Recommendation model canary — feature store, Singapore, Berlin, lunch peak 05:00 CET, regional, SEA/EU. Internal → beta → low-risk → high-value. Hallucination, thumbs-down, p95, token cost, eval harness, basket value, CTR. 1/5/25/50/100. Thresholds 0.5 %, +200 ms, −2 %. Holds, gates, sign-off, on-call, rollback < 5 min, config flag. Safe vs better, A/B. Capacity, QPS, feature fetch latency, timeouts, cache. Stages 24 h, 48 h, 72 h. Subscribers, occasional shoppers, staff, early access. Add-to-cart, recall@10, compute per 1k requests. PM, EM, SRE, Berlin on-call, Singapore on-call.`,
  },
  // built-in scenario: staff-cohort-artifact; voice: contrarian spoken answer
  {
    id: 'ap035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `People will tell you to write rollback thresholds down before you start. I wouldn't, not for a product-page change; I'm not going to commit to numbers up front. I also don't see the point of sending it to staff first, then an early-access group and so on. It's bigger photos and a size guide, and ordering segments is overkill. Nor would I hold at each stage or have anyone sign off before we widen it; that's process for its own sake. A separate A/B test afterwards? Not needed. And I wouldn't set up a special rollback path with on-call authority either. Ship it to everyone and fix forward if something looks off.`,
  },
  // built-in scenario: prompt-locale-thumbs-down; voice: meeting notes recording decisions against
  {
    id: 'ap036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `Notes from the release discussion, for the record:
- We will not stage the new prompt by cohort (staff, beta, then everyone). It's a prompt, not code.
- We will not fix rollback limits ahead of time. Nobody could agree on numbers, so we dropped the idea.
- No eval-harness run and no tracking of thumbs-down, p95 or tokens per draft; the English review covered tone.
- No holds between stages and no sign-off per stage.
- On-call will not be given authority to revert the prompt; any revert goes out with the next weekly release.
- No follow-up A/B test.`,
  },
  // built-in scenario: after-the-sale-healthy; voice: earnest first person, paragraphs
  {
    id: 'ap037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: `The way I see it, the canary is our experiment. We put the new product page in front of a slice of customers, compare their conversion with everyone else's, and if the canary group buys more, that's our proof that reviews above the fold work better. That's the number I'd take to leadership.

My part as PM is deciding when we widen it and telling that story; engineering owns the lazy-loading work, the flag and the deploy.

Ramp: 5 %, 25 %, 50 %, 100 %, with a 48-hour hold at each step, and nothing moves until I've signed it off.

I wouldn't pin down rollback numbers in advance. Last week's sale makes every baseline strange, so I'd look at the dashboards each morning and decide then what counts as a problem; you get a feel for it.

Rollback: the engineer on call can switch the flag off at any hour without waiting for me, and we're back on the old page within a couple of minutes.`,
  },
  // built-in scenario: lunch-peak-recommendations; voice: plain written answer
  {
    id: 'ap038',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text: `For the new recommendation model I'd put our best customers on it first, the subscribers with the biggest weekly baskets. They use the home screen the most, so we'd get signal fastest, and they deserve the better recommendations first.

For monitoring, a model is just another service: error rate and latency tell you everything. If it returns baskets quickly and without errors, it's working. Before the first request, we write down the limits: error rate above 1 % or p99 latency above 400 ms on the recommendation call means we roll back, no debate.

The recs engineering manager and I sign off each expansion together; neither of us can advance it alone.

Rollback is a flag in the config service. The on-call engineer, in Berlin or Singapore, can flip it at any hour without asking me, and it takes effect in a couple of minutes.

We'd go 10 %, 50 %, 100 %.`,
  },
  // built-in scenario: night-breach-rollback-authority; voice: product-strategy answer
  {
    id: 'ap039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `Fare calculation is where a ride-hailing product earns or loses trust, so the first thing I'd do is talk to riders. Late-night weekend riders are price-sensitive but have few alternatives, and surge pricing at 2 a.m. is where complaints cluster. I'd want the new pricing service to show the fare up front, explain surges in plain language, and cap them during emergencies. On the driver side, drivers need to see how their earnings are worked out, because a change in the formula reads as a pay cut unless it's explained. I'd work with marketing on a short in-app note and with support on a template for fare disputes. Success for me is fewer fare complaints per thousand trips and steady driver supply on Friday and Saturday nights.`,
  },
  // built-in scenario: support-model-upgrade; voice: discovery / roadmap answer
  {
    id: 'ap040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `Before touching the model, I'd look at what the assistant is actually being asked. In an HR and payroll product, questions cluster around a few moments: payslip day, leave requests before the holidays, and year-end tax forms. I'd pull a month of conversations, tag them by topic, and see where people end up contacting a human anyway. My bet is that many failures aren't the model at all but out-of-date help articles and settings pages nobody documented. So my roadmap would be: rewrite the top twenty articles, add a clear handoff to a person when someone asks about their own salary, and give payroll admins a view of what their employees are asking. A bigger model with a longer context window is nice, but it won't fix missing content.`,
  },
];
