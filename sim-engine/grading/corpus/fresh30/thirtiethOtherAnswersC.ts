import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirtieth fresh set, author c: middling (aj048–aj050), weak (aj051–aj052), salad (aj053–aj054),
 * negated (aj055–aj056), misconception-led (aj057–aj058) and off-topic (aj059–aj060) answers,
 * written blind and labelled by hand.
 */
export const THIRTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order; middling, email to a manager
    id: 'aj048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: `Hi Sam,

Quick note on the one-page checkout before Thursday's review.

I see my job here as deciding the release plan; engineering will handle the flag and the rollout mechanics. What worries me is that the usability sessions were all with returning customers, and the new page leans on saved addresses and cards that first-time buyers simply don't have. So I want returning customers in early and first-time buyers last: staff first, then returning customers with saved details, then returning customers without them, and first-time buyers only at the very end. The spring campaign shouldn't be the first time a new buyer sees this page.

Before we start I'll put the rollback limits in the plan: checkout errors no more than 0.5 points above the old flow, p99 page load no more than 300 ms slower, and first-order conversion no more than 2 % below the baseline. If any of those break, we stop.

After that we'd go up gradually and keep an eye on things. Happy to talk it through.

Thanks,
Alex`,
  },
  {
    // support-model-upgrade; middling, terse working notes
    id: 'aj049',
    scenario: 'model',
    class: 'middling',
    points: points('H R M'),
    text: `notes for the model swap (support assistant):
- traffic 1% → 10% → 30% → 60% → 100%, sit at each step two days minimum, don't move until the dashboards have been flat the whole time
- watch beyond 5xx + latency: eval-harness hallucination score on sampled live convos (payslip / leave answers esp.), thumbs-down rate, p95 time to answer, cost per conversation (Finance wants it anyway)
- users: random slice, whoever the router picks
- if it goes bad: on-call flips the gateway back to the old model, config change, ~3 min, no need to ask anyone first
- exact limits for each metric: TBD with eng this week`,
  },
  {
    // image-resizer-memory-leak; middling, spoken interview answer
    id: 'aj050',
    scenario: 'service',
    class: 'middling',
    points: points('S A'),
    text: `Honestly the main thing for me with the resizer is being clear about what the canary can and can't tell us. The benchmark says 20 % faster, and people will want to point at the canary and go "see, faster, ship it". But the canary isn't set up to prove it's faster or better for sellers; the traffic isn't randomly split and it's too short. It's there to catch it breaking. If we want to claim the speed-up helps listings, that's a randomised A/B test once it's fully out.

On the process side, I'd put a small share of listing traffic on the new resizer and widen it a few times before Thursday. Every time we widen it, the image-platform lead and I both have to say yes in the release channel; neither of us can push it on our own. If something looks off we'd talk to the team about what to do.`,
  },
  {
    // search-tail-latency; weak, short and overconfident
    id: 'aj051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `I'd trust the testing here. The median query got faster and the new index is cheaper to host, which finance will love. I'd roll it out to a small group of users, make sure nobody complains, and then open it up to everyone over a few days. The engineers will be watching the servers, so if something goes wrong they'll notice and fix it. It's search, so people will tell us pretty quickly if it's broken. I don't think an index change needs anything more complicated than that.`,
  },
  {
    // prompt-locale-thumbs-down; weak, upbeat social-post tone
    id: 'aj052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `Love this change! A warmer tone is exactly what people want from an email assistant right now. I'd ship the new prompt to a small percentage of users first, see how people react, and go wider once we feel good about it. The team reviewed the prompt carefully, so I don't expect big surprises. If German users don't like it, we can tweak the German wording later. The key is to move fast, listen to users and iterate. Users always tell you what they think!`,
  },
  {
    // pricing-page-healthy; salad, terms and numbers without sentences
    id: 'aj053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Pricing page canary. 1 % / 5 % / 25 % / 100 %. Comparison table, checkout unchanged. Error rate 0.5 %, p99 200 ms, conversion −2 %, baseline cohort, control. Staff, beta, free trial, annual plans, enterprise. Hold, gate, 24 h, sign-off, PM, eng lead, marketing. Rollback < 5 min, on-call, flag, routing config. Friday campaign, traffic spike. Canary vs A/B test, randomised, safety, not lift. Metric gate, time gate. Threshold, threshold, rollback, pre-committed. Dashboards, alerts, p95, baseline week, noise.`,
  },
  {
    // quiet-feedback-trap; salad, arrows and fragments
    id: 'aj054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `cheaper faster model → summaries → vets → clinics. eval harness 1/200 → 1/10?? hallucination, dosage, omission, thumbs-down, p95, tokens per summary, cost per clinic. internal vets / early access / single-vet / multi-site. 2 % 10 % 30 % 60 % 100 %. hold 48h 72h, metric gate, 500 graded. PM + vet advisor + ML lead. on-call, gateway flag, < 5 min. canary ≠ A/B, randomised, blind review. thresholds +1 pt, +2 pts, +2 s. sparse feedback, volume, signal vs noise, peak a few hundred/min.`,
  },
  {
    // staff-cohort-artifact; negated, dismissive meeting talk
    id: 'aj055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `I know the textbook answer is staff first, then beta users, then everyone, but for a product-page change I wouldn't bother with a cohort order at all; staff don't even buy, so they tell us nothing. I also wouldn't write rollback thresholds down in advance. With bigger photos and a size guide we can't know what normal looks like, so I'd leave it to the team to look at the numbers and use their judgement. Staged holds at 1, 5 and 25 % aren't worth it for a cosmetic change either, and I don't see the need for a formal sign-off at each step; it just slows people down. Nor would I give on-call a standing right to roll back without checking with me first. And an A/B test afterwards isn't something I'd spend time on. We'd ship it to everyone on Tuesday and keep an eye on sales.`,
  },
  {
    // lunch-peak-recommendations; negated, written pushback on the playbook
    id: 'aj056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `Here's where I'd push back on the usual canary playbook for the recommendation model. There's no point sending it to staff or an early-access group first: none of them shop at Singapore lunchtime, so no cohort order would tell us anything. I'm not going to commit to rollback numbers before launch either; basket metrics swing by region and hour, and any number we fix now will be wrong. Watching eval scores, "not for me" taps or compute cost per request isn't something I'd do for a recommender. Holding a day at each stage wouldn't be my approach, and neither would gates. Nobody needs to sign off the steps. Rollback wouldn't be on-call's call at 6 a.m. Berlin time; it waits until the team is in. And I don't see why we'd follow it with an A/B test.`,
  },
  {
    // after-the-sale-healthy; misconception-led (canary as the A/B test, sale week as the
    // comparison), spoken
    id: 'aj057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: `The way I see it, the canary is our experiment: we put the new product page on a slice of traffic, compare purchases in that slice with everyone else, and if it converts better we've got our proof and we ship. No need for a separate A/B test afterwards.

Split of responsibilities: I own the plan and the success criteria; the web team owns the flag and the deploy.

Stages: 5 %, 20 %, 50 %, 100 %, each held for at least two full days, and we don't move to the next until the numbers have settled.

If it looks bad, the on-call developer can flip the flag back straight away, day or night, without waiting for me. It's a flag change and it's done in a couple of minutes.

And since it's the week after the sale, I'd compare the canary slice's conversion with last week's to see whether moving reviews up the page gave us a lift. If it's at least as good as sale week, that's a clear win.`,
  },
  {
    // support-model-upgrade; misconception-led (errors and latency are all a model canary needs)
    id: 'aj058',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R'),
    text: `Offline evals already showed the bigger model is three points better, so quality is settled; what the canary has to prove is that the bigger model doesn't fall over in production. That means I'd watch exactly two things, error rate and response latency, and nothing else. Hallucination checks and thumbs-down rates are noise once the evals are in, and cost per conversation is Finance's question, not a release one.

Order: our own HR team first, since they ask the assistant real questions every day; then customers who opted into the beta; then small companies on the standard plan; large enterprise tenants last, and nobody in their payroll-close week.

Ramp: 1 %, 10 %, 25 %, 50 %, 100 %, holding 24 hours at each and advancing only if errors and latency stayed flat for the whole hold.

Sign-off: the support-platform lead and I both approve each step in the release ticket.

Rollback: the on-call engineer switches the model route back in the gateway config whenever errors spike, at any hour, with no approval needed; it takes a few minutes.`,
  },
  {
    // booking-purchases-lag; off-topic, design critique instead of a release plan
    id: 'aj059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `Before anything else I'd question the date picker itself. Holiday-rental guests usually compare a few homes and talk it over with a partner, so the calendar needs to show flexible dates, the price per night on hover and a clear minimum-stay rule. I'd run five or six moderated usability sessions with couples planning a trip, watch where they hesitate, and check that the shorter form hasn't dropped the number-of-guests field, which hosts rely on. I'd also look at accessibility: keyboard navigation in the calendar, screen-reader labels, and contrast on the selected range. Then I'd write up the findings and share them with design.`,
  },
  {
    // quiet-feedback-trap; off-topic, engagement ideas instead of a release plan
    id: 'aj060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `Honestly the bigger problem here is that vets don't rate summaries, so I'd fix engagement first:
- a one-tap "looks right" button under each summary instead of the five-star widget
- a weekly email to clinic managers showing how much typing the summaries saved them
- a small prize draw each month for clinics that leave feedback
- interviews with ten vets about when in their day they read summaries (probably between appointments, on a phone)
- a short feedback prompt in onboarding for new clinics
Once more vets engage, we'll understand the product much better and the roadmap gets a lot easier.`,
  },
];
