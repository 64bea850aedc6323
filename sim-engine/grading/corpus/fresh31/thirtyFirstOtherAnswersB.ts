import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-first fresh set, author b: middling, weak, salad, negated, misconception-led and
 * off-topic answers ak028–ak040, written blind and labelled by hand before any grading.
 * The built-in scenario each answer was written for is noted above it.
 */
export const THIRTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order — middling, spoken and casual
  {
    id: 'ak028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `Okay, so for the one-page checkout I'd be really careful about who sees it first. Staff first, obviously. Then returning customers, since they're who it was designed for and they loved it in the lab. First-time buyers last, because they have no saved address or card, and a single long page is exactly where they might get lost, and with the spring campaign coming that's the group we can't afford to lose. We'd agree up front that if checkout completion in any group drops more than 2 % against the old flow, or payment errors go up by half a percent, we pull it. I'd go 5 %, 25 %, 50 %, 100 % and sit at each one for three or four days so there are enough orders to actually see conversion. After that I'd hand it to engineering to run.`,
  },
  // storage-migration-under-load — middling, an email to the engineering lead
  {
    id: 'ak029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: `Hi Tom,

Quick thoughts on the storage move before Thursday's review.

I see my job here as owning the release decisions (how far we go, and when), while your team owns the proxy, the managed cluster and the cut-over mechanics. Every step forward gets a written go from me and from you, or whoever is covering the database side that week; nothing moves on a nod in standup.

On rollback: the proxy can point reads back at the self-hosted database with a config change, so whoever is on call should do that the moment page loads look wrong, day or night, without checking with either of us. It's a couple of minutes. Let's not switch the old cluster off until we're completely done.

I haven't worked out the rest yet, happy to sit down on it this week.

Cheers,
Ana`,
  },
  // support-model-upgrade — middling, bullet notes
  {
    id: 'ak030',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: `Notes for the model switch:
- Bigger model, so watch more than errors: hallucination rate from the eval harness on payslip and leave questions, thumbs-down on answers, p95 response time, and cost per conversation since finance is asking.
- Lines we agree now, before rollout: hallucinations up more than 1 pt, thumbs-down up more than 2 pts, p95 more than 1 s slower, cost per conversation more than 50 % higher → we stop.
- The +3 on offline evals won't necessarily carry over. The canary only tells us it isn't doing harm; whether it actually answers better in real use is a question for an A/B test afterwards.
- Rollout: gradually, engineering to sort out the percentages.`,
  },
  // image-resizer-memory-leak — weak, short and confident
  {
    id: 'ak031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Since the benchmarks show it's 20 % faster I don't see a lot of risk here. I'd deploy it to a few servers first, check that the dashboards look OK, and then roll it out everywhere by Thursday like the team wants. If something looks off we can always revert. The old service has been running fine for years and the new one is basically a rewrite of the same thing, so I'm not expecting surprises. Engineering can decide how many servers to start with.`,
  },
  // quiet-feedback-trap — weak, chatty
  {
    id: 'ak032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I think the main thing is to be careful, since it's sort of medical. I'd roll out the cheaper model to some of the clinics first, talk to a few vets about how it's going, and then expand once people seem happy with it. If vets are unhappy we just switch back. Cheaper and faster is good for everyone, so honestly I'd expect it to go fine. I'd also mention the change in the clinic newsletter so nobody is surprised when the summaries read a bit differently.`,
  },
  // staff-cohort-artifact — keyword salad
  {
    id: 'ak033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary: staff cohort / employees / internal, beta, then 1 % 5 % 25 % 50 % 100 %. Conversion vs baseline cohort, p99 200 ms, error rate 0.5 %, add-to-basket 2 %. Size guide, bigger photos. Rollback flag < 5 min on-call, sign-off PM + eng lead, gates, holds 24 h, metric-based. Pre-committed thresholds. PM owns, engineering owns routing. A/B test, randomised, safety vs better. High-value customers last. Staff browse-only artefact, conversion noise, LCP 2.5 s, time-based vs metric-based, 48 h, opt-in beta, SRE.`,
  },
  // lunch-peak-recommendations — keyword salad
  {
    id: 'ak034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Recommendation model v2, feature stores EU + SEA, Singapore lunch 05:00 Berlin, p95 150 ms, hallucination rate, eval harness, thumbs-down, token cost, compute per request, 1/5/25/50/100, holds 24 h, gates, sign-off PM and ML lead, rollback under 5 min config, internal → beta → low-risk → high-value, thresholds 0.5 % errors 2 % conversion, canary vs A/B randomised, SLO, on-call, follow-the-sun. Feature-store QPS, regional capacity, recall@10, add-to-cart 3 %, Berlin night, SG lunch, RB. Cohorts by region, p99, eval 1 in 10, PM vs eng ownership, go/no-go.`,
  },
  // booking-purchases-lag — negated, blunt spoken
  {
    id: 'ak035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Honestly I wouldn't bother with staged cohorts for a date picker: no staff-first group, no beta group, it's a front-end change. I'm not going to write rollback thresholds up front either. I don't see the point of holding at 5 % for hours waiting on bookings that come in the next day, not when the team wants it at 100 % this afternoon. I wouldn't set up a sign-off at each step, and I don't think the on-call engineer needs the authority to roll back on their own; they can ask me. And a separate A/B test afterwards to see whether it's actually better? Not needed.`,
  },
  // prompt-locale-thumbs-down — negated, formal
  {
    id: 'ak036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `I would not treat this as a staged release with cohorts; it is a prompt change, not a code change. Nor do I see the need to track thumbs-down rates, hallucinations, p95 latency or token cost, since the model itself is unchanged. I would not fix rollback thresholds in advance, I would not hold at intermediate stages, and I would not ask anyone to sign off between them. I also would not give the on-call engineer the authority to revert the prompt without the product team. Finally, I am not planning an A/B test afterwards: the English-speaking reviewers have already approved the tone, and the PM does not need to own anything beyond that approval.`,
  },
  // after-the-sale-healthy — misconception-led: the canary as the experiment that proves lift
  {
    id: 'ak037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: `The nice thing about a canary here is that it doubles as our experiment. We put the new product page in front of a slice of customers, and if their conversion beats everyone else's we've proven that reviews above the fold sell more. No separate A/B test needed, and leadership gets its answer this week. Order: staff first, then customers in our opt-in preview group, then regular shoppers, with loyalty-club members last because they buy the most and we don't want to annoy them. Stages of 5 %, 25 %, 50 % and 100 %, and we sit at each for two days before moving on. If page errors spike, the on-call engineer turns the flag off straight away without waiting for me; it takes about a minute. By Friday we'll know how much the new layout lifts sales.`,
  },
  // support-model-upgrade — misconception-led: errors and latency are enough for a model
  {
    id: 'ak038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C S'),
    text: `For a model swap, the only things that really matter during rollout are whether it throws errors and whether it's slow. If the assistant answers, and answers fast, it's working. Quality was settled by the offline evals, which went up three points, so I wouldn't spend time tracking answer quality or cost while we roll out. What I own as PM is the rollout plan and the decision to move forward; the ML engineers own the serving and the switch itself. The order would be our internal HR team first, since they know payroll inside out, then customers in the early-access programme, then small companies, with the big enterprise payroll customers at the very end because they have the most at stake. Before each step up, the ML lead and I sign off together. We'd watch error rate and latency on a dashboard and take it from there.`,
  },
  // pricing-page-healthy — off-topic: page design and the campaign
  {
    id: 'ak039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `The comparison table should lead with the plan most people end up buying, probably the middle tier, and highlight it visually. I'd cut the number of rows: nobody compares eleven features, they compare export resolution, watermark and storage. Annual pricing should show the monthly equivalent with the saving spelled out. For Friday's campaign, the ad copy needs to match the page headline word for word, otherwise people bounce. I'd also add an FAQ under the table about cancelling, because that's the question support gets most.`,
  },
  // prompt-locale-thumbs-down — off-topic: localisation of the tone
  {
    id: 'ak040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The real problem is that the prompt was written by English speakers. In German you can't just be "warm and casual": whether to use Sie or du depends on who you're writing to, and getting it wrong with a client or an authority looks rude, not friendly. I'd have a native German writer rewrite the German instructions from scratch rather than translate them, and add a rule that the assistant mirrors the form of address in the email it's replying to. We should also write a short tone guide for both languages, with examples of good and bad openings, and get it reviewed by a couple of our German customers.`,
  },
];
