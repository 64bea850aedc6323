import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-eighth fresh set, author a: middling (ah008–ah010), weak (ah011–ah012), salad
 * (ah013–ah014), negated (ah015–ah016), misconception-led (ah017–ah018) and off-topic
 * (ah019–ah020) answers, written blind and labelled by hand before any grading.
 */
export const TWENTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // night-breach-rollback-authority — spoken interview answer, middling
    id: 'ah008',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: `So the main thing I'd worry about here is nights. The app never really sleeps, and the pricing service shares a batch window with billing, so if something goes wrong it's probably going to go wrong around 2 a.m.

I see my role as setting the rules of the release, and engineering runs it: they own the deployment and the traffic routing. The rules I'd set before we start: fare calculation errors more than 0.2 % above the old service, p99 fare-quote latency over 500 ms, and fares that differ from what the old service would have charged (we can shadow-compare) on more than 1 % of trips. If any of those trips, we go back.

And going back can't depend on me being awake. The on-call engineer has full authority to roll back at any hour. It's a routing switch back to the old pricing service, a couple of minutes. No phone tree.

Then we'd roll it out gradually and keep watching the dashboards.`,
  },
  {
    // support-model-upgrade — Slack message, middling
    id: 'ah009',
    scenario: 'model',
    class: 'middling',
    points: points('C M A'),
    text: `Few thoughts on the support-assistant model swap:

Who gets it: I'd start with our own people in payroll ops, since they can tell right away when an answer about leave or payslips is wrong. Then customers in the early-access programme, then smaller companies. The big enterprise payroll accounts last; one wrong answer about a payslip there turns into an escalation.

What to watch beyond errors: the eval harness's wrong-answer and hallucination rate on real questions, thumbs-down and "talk to a human" clicks, p95 response time (bigger model, more context, so it'll be slower), and cost per conversation. Finance already asked, so we should hand them a number every day.

And we should be careful what we claim. The +3 on offline evals and a clean canary together still don't show it's a better assistant. The canary says it's safe; for "better" we'd need an A/B test afterwards with resolution rate as the metric.

Haven't thought through the ramp itself yet, engineering can propose stages.`,
  },
  {
    // search-tail-latency — short email, middling
    id: 'ah010',
    scenario: 'service',
    class: 'middling',
    points: points('H S'),
    text: `Hi both,

On the index migration: I'd propose four stages, 2 %, 10 %, 30 % and then 100 % of queries, and we stay at each one for at least three days, including a weekday when the institutional users are most active. We only move on when the gate review passes, and that review is signed by me and by Anja for search infrastructure. If either of us hasn't signed, it doesn't advance, whatever the calendar says.

I'd also like us to keep an eye on the slow end of query times, not only the median, because that's where the testing was thin. Let's look at that together during each stage and decide whether it looks acceptable.

Thanks,
Mira`,
  },
  {
    // after-the-sale-healthy — casual, weak
    id: 'ah011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Since it's just moving the reviews up and lazy-loading the photos, this is pretty low risk. I'd ship it to a small group first, see how conversion looks compared to before, and if nothing's obviously wrong, roll it out to everybody by the end of the week like leadership wants. Engineering can handle the details of the rollout, they know the tooling better than I do. If there's a problem we can always revert. Honestly the bigger risk is missing the week, so I'd keep the process light.`,
  },
  {
    // prompt-locale-thumbs-down — hesitant spoken answer, weak
    id: 'ah012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I think I'd test the new prompt with some users first and look at the feedback. Maybe ask someone who speaks German to read through a few outputs as well, since the team that reviewed it was English-speaking. If the feedback is good we release it to everyone, and if it isn't we tweak the prompt and try again. It's a prompt change, so it's not like a big infrastructure change, it should be fairly easy to adjust as we go.`,
  },
  {
    // image-resizer-memory-leak — keyword salad
    id: 'ah013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary plan, image resizer. 1 % 5 % 25 % 100 %. Memory, heap, p99, restarts. Internal, beta sellers, general, top sellers. Thresholds 0.5 % errors, 200 ms p99, listing views vs baseline. Holds 24 h, metric gates, sign-off PM plus eng lead. Rollback flag, on-call 24/7, under 5 minutes. Canary safety vs A/B test better. New photo format, benchmark 20 % faster, Thursday, restart only on deploy, slow over a day. Memory growth per hour, 48 h soak, sellers upload peak.`,
  },
  {
    // quiet-feedback-trap — keyword salad, model
    id: 'ah014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Cheaper faster model canary, veterinary summaries: eval harness one in two hundred, hallucination rate, thumbs-down, sparse ratings, p95 latency, token cost per summary. Internal vets, beta clinics, general clinics, large groups last. 2 % 10 % 50 % 100 %. Pre-committed thresholds, holds, volume, gates, sign-off PM / ML lead, rollback minutes, on-call any hour, config switch. Safety check not A/B, randomised test later. PM owns decisions, engineering owns routing. A few hundred summaries a minute at peak. Cost per clinic, 48 h, 400 graded.`,
  },
  {
    // staff-cohort-artifact — negated, dismissive interview answer
    id: 'ah015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Honestly, I wouldn't run the full canary playbook here. I wouldn't pre-commit to rollback numbers: with staff on the site all day and hardly ever buying, any conversion limit would just fire for nothing, so I'd rather not set one at all. I also wouldn't stage it as staff, then beta, then everyone in some careful order; it's bigger photos and a size guide, not payments. No holds between stages either, and I don't see why anyone would need to sign off each step. If something's wrong, I'm not going to have on-call roll it back at 3 a.m.; it can wait for the next deploy. And I wouldn't bother with an A/B test afterwards. If the staff don't complain, that's good enough for me.`,
  },
  {
    // lunch-peak-recommendations — negated, model
    id: 'ah016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `For a recommendation model I don't think most of the usual ceremony applies. We won't write limits down ahead of time; the team will know a bad basket when they see one. We're not going to run an eval harness or track cost per request, that's for chatbots, not recommenders. I also don't want to hold each stage for a full day just to catch Singapore's lunch hour. The Berlin team is in the office during Berlin hours and that's when we'll look. Singapore on-call doesn't need rollback rights either; if it's bad overnight, Berlin can deal with it in the morning. And I don't see this as something the PM owns. Engineering built the model, engineering can decide when it's out.`,
  },
  {
    // booking-purchases-lag — misconception-led: canary as the A/B test, limits set while watching
    id: 'ah017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: `The way I'd run it: the 5 % who get the new booking page are effectively our experiment group, and everyone else is the control. If the canary group books more than the rest, that proves the new date picker and the shorter form are better, and we've got our case for rolling it out. So the canary is really doing the job of the A/B test for us.

I wouldn't fix rollback numbers up front. We don't know yet what normal looks like for this page, so I'd watch the first day's data and decide then what counts as bad enough to pull it.

What I would insist on: engineering owns the flag and the deploy, but when we move up is my call, not theirs. We go 5 %, 25 %, 50 %, 100 %, and we stay at each stage for at least 24 hours, because guests often book hours after they first look, so the afternoon's numbers aren't complete until the next day. That also means no 100 % this afternoon, whatever the team wants. And if the page is clearly broken, the on-call engineer can switch the flag off at any hour without waiting for me; it takes a minute or two.`,
  },
  {
    // support-model-upgrade — misconception-led: best customers first, only errors and latency
    id: 'ah018',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text: `I'd give the new model to our biggest enterprise payroll customers first. They ask the most questions and have dedicated account managers, so we'll get the richest feedback fastest, and they deserve the better model before anyone else.

For monitoring, a model is just another service, so I'd watch what we watch everywhere: error rate and latency. We'd agree the limits before launch, errors no more than 0.5 % above the old model and p99 latency no more than 800 ms above it, and if either is crossed we go back. I don't think we need hallucination evals or cost tracking on top of that; the offline evals already went up three points, so quality is covered.

At each step up, the ML lead and I both have to approve it in writing. And rolling back is a config switch the on-call engineer can flip at any time of day without asking anyone, done in a few minutes.`,
  },
  {
    // pricing-page-healthy — off-topic: pricing strategy instead of the release
    id: 'ah019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Before anything else I'd want to be sure the page is saying the right thing. A clearer comparison table is only worth it if the tiers themselves make sense, so I'd sit down with marketing and look at where people drop off between the free trial and the first paid month. If most people pick the middle plan, the table should make that the obvious default, and I'd want the annual discount shown as a monthly figure because that's how people compare. I'd also check the campaign copy matches the page wording exactly, so nobody clicks an ad about "Pro" and lands on a table that calls it "Creator". Friday's campaign is a good moment to get the story consistent across the ads, the page and the onboarding emails.`,
  },
  {
    // prompt-locale-thumbs-down — off-topic: localisation process instead of the release
    id: 'ah020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The real problem here is that the prompt was written for one language. I'd bring in a German copywriter, or at least a native-speaking colleague, and write a short tone guide for each language: in German the assistant should default to "Sie" unless the user writes informally first, and it should avoid the English habit of exclamation marks and first names. Longer term, I'd set up a localisation review step so that any change to the system prompt is read by someone for every language we support before it's merged, the same way UI strings go through translation. It's also worth asking German users directly what "warm" means to them; friendliness in a business email reads quite differently in Hamburg than in Chicago.`,
  },
];
