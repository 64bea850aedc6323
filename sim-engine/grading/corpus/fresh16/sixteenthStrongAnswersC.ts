import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixteenth fresh set, author c: strong answers d041–d047, written blind and labelled by hand (4 service, 3 model). */
export const SIXTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'd041',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    // scenario: storage-migration-under-load
    text:
      'Last year I ran almost exactly this move: our invoices table went from a box we hosted ' +
      'ourselves to a managed cluster, and what saved us was deciding everything before the ' +
      'first request moved. So here is what I did then and would do again. I kept for myself ' +
      "the calls engineering shouldn't have to make alone: who gets the new path first, which " +
      'numbers force us back, how long we sit at each step. The platform team owned the proxy, ' +
      'the routing and the migration scripts. Our own staff went first, then the beta ' +
      'programme, then free workspaces, then paid teams; enterprise tenants came last, because ' +
      'a frozen task board in a 5,000-seat tenant is the phone call nobody wants. Before we ' +
      'flipped anything we wrote the rollback triggers into the release doc, and the eng lead ' +
      'and I both signed it: error rate more than 0.5 percentage points above the old cluster, ' +
      'p99 more than 200 ms worse, and tasks opened per session down more than 2 % against the ' +
      "cohort's own baseline. We watched p99 rather than the average, because a connection " +
      'problem hits a few percent of requests very hard and leaves the mean alone. The load ' +
      "tests here ran on warm caches, so I wouldn't trust the small stages to tell me much. We " +
      'went 1 %, 5 %, 25 %, 50 %, then everyone, and at 25 % and 50 % we stayed until the ' +
      'metrics had been flat for a full working day, including the 14:00 peak, rather than for ' +
      'a fixed number of hours. Nobody moved to the next step unless the eng lead and I agreed ' +
      'in the release channel, with the dashboard attached. The on-call SRE could send traffic ' +
      "back to the old cluster at any hour on their own say-so. It was a change in the proxy's " +
      'routing that took under three minutes, and we rehearsed it before day one; that matters ' +
      'here, because the old cluster stays alive until the end of the month precisely so we can ' +
      'fall back to it. The last thing I told the team then, and would say again: a clean ' +
      'canary means the new storage is safe to run, nothing more. If anyone wants to claim it ' +
      'is faster for users, that takes a randomised A/B comparison afterwards.',
  },
  {
    id: 'd042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    // scenario: support-model-upgrade
    text: [
      'To: Head of Product. Re: rolling out the larger support model.',
      'Recommendation: ship it through a staged canary, under the rules below, agreed before any traffic moves.',
      '1. Ownership. Product (me) owns the exposure order, the rollback criteria and the stage gates. ML platform owns the gateway split and the model endpoint.',
      '2. Exposure order. Support agents first: cheap to expose, but their questions are short, so a clean run from them proves the plumbing and little else. Then the preview programme, then workspace admins (they paste payroll tables and they tell us when something is wrong), then members, then trial accounts; enterprise customers last.',
      '3. Rollback criteria, fixed in advance, measured against a control on the current model: error rate +0.5 pp; p95 latency +300 ms; hallucination rate from the eval harness +1 pp (we raise the graded sample from 3 % to 10 % for the canary); thumbs-down rate +20 % relative; tokens per conversation +15 %. Any single breach means rollback.',
      '4. Stages. 1 % for two hours; 5 % until six stable hours; 25 % and 50 % each until twelve stable hours that include the 11:00 peak; then 100 %. Long-thread hallucinations need the 25 % stage to collect enough graded answers.',
      '5. Gates. The eng lead approves 1 % to 5 %; I approve every later step, in writing, with the metrics attached.',
      '6. Rollback. The on-call SRE or I may revert without asking anyone, at any hour. It is a gateway routing change back to the old model and completes in under five minutes.',
      "7. What this will not tell us. A clean canary says the new model is safe to run. Whether customers are better off (the 'evals up three points' claim) is for a randomised A/B test afterwards, with resolved conversations as the primary metric.",
      'Note for Finance: the token line in point 3 is their number, and it is visible from the first hour.',
    ].join('\n'),
  },
  {
    id: 'd043',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    // scenario: checkout-first-order
    text:
      "People will tell you to put it on a random 1 % and see. I don't buy that. A random slice " +
      'here is mostly returning customers with saved addresses, who never touch the part of the ' +
      'page that changed most for a newcomer, so it tells you nothing about the people the ' +
      "spring campaign is about to bring in. Nor do I buy 'watch the dashboard and use " +
      "judgement': whatever you decide while staring at a dip, you will talk yourself into. So, " +
      'my plan. I own the order, the triggers and the gates; engineering owns the flag and the ' +
      'deploy. The order is employees, the insiders programme, coupon browsers, returning ' +
      'customers, then first-time buyers, with wholesale accounts last, because a broken order ' +
      'for a wholesale account turns into a sales call. First-time buyers go late on purpose, ' +
      'since they are the risk, but they go in before the campaign, at a stage where only part ' +
      'of them see it. The triggers are written down and signed before launch: errors more than ' +
      '0.5 points above control, p99 more than 200 ms worse, and checkout conversion more than ' +
      "2 % below each cohort's own baseline, never a pooled figure that employees' near-zero " +
      'buying would drag around. Stages go 1, 5, 25, 60 and 100 %, and each is held until ' +
      'conversion has had twelve quiet hours including an evening peak, because orders land ' +
      'with a delay. Someone will say time-based holds are fine for a surface change. Usually, ' +
      'yes; not when the harm only shows up in a purchase number. I sign off each step myself, ' +
      'and the eng lead countersigns the first one. Rollback: the on-call engineer or I flip ' +
      'the flag back, at any hour, no meeting, done in two minutes. And if Growth asks whether ' +
      'the canary shows the new page converts better: no. It shows nothing broke. Better is a ' +
      'randomised A/B test with a held-back control, run after the canary.',
  },
  {
    id: 'd044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    // scenario: prompt-locale-thumbs-down
    text:
      "I think the first thing is that I'd probably own the what and the when, and the ML " +
      "engineers would own the how: they'd set up the prompt routing, and I'd decide who sees " +
      "it, what makes us roll back and when we move on. I'd probably start with employees, then " +
      "the early-access writers, and then, and I think this matters, I'd bring in a slice of " +
      'the German-language users deliberately early rather than last, because the prompt was ' +
      "only reviewed in English and that's where I'd expect trouble. Business teams I'd keep " +
      "until the end, since they're the most likely to be put off by a casual tone and they pay " +
      "the most. Before we start I'd write down the rollback numbers, maybe something like: " +
      'thumbs-down rate more than 20 % above control, per language and not pooled, otherwise ' +
      'the English users hide the German ones; the rate of drafts that get rewritten up more ' +
      'than 15 %; the eval harness score for following instructions down more than a point; p95 ' +
      "latency more than 300 ms worse; and tokens per draft up more than 10 %. I'd also keep " +
      'the error rate within 0.5 points, though I doubt a prompt change moves it. Stages would ' +
      "probably be 1 %, 5 %, 25 %, 50 %, 100 %, and I think I'd hold each one until there's at " +
      'least a full working day of German feedback, since business users mostly write in the ' +
      "morning. I'd sign off each step myself with the ML lead, in the release channel. If any " +
      'number trips, I think the on-call engineer should be able to roll back straight away ' +
      "without finding me first; it's just switching the prompt version back in config, a " +
      "couple of minutes. And I'd probably tell the team clearly that a clean canary only means " +
      "the warmer prompt isn't hurting anyone. If we want to know it's actually better, that's " +
      'an A/B test afterwards.',
  },
  {
    id: 'd045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    // scenario: payment-sdk-android-bursts
    text: [
      'ok so for the payment sdk swap',
      '- eng owns the sdk integration + the traffic split. i own who goes first, the kill numbers, and when we step up',
      "- order: employees → beta testers → web shop → iphone → android → loyalty members last. android after iphone on purpose, the sdk does its own session handling on android and that's where i'd expect surprises. loyalty last bc they order the most and they churn if a payment fails",
      "- kill numbers, agreed before any traffic moves: payment failures >0.5pp over control, p99 on the payment call >200ms worse, completed orders per checkout attempt down >2% vs the cohort's own baseline. split by platform so android can't hide in the average",
      '- steps 1% → 5% → 25% → 50% → 100%. each step sits at least 6h, long enough that a 4-hourly token refresh happens inside it. no new step on a friday before dinner',
      '- every step needs me + the payments eng lead saying go in #release',
      '- rollback: on-call flips routing back to the old sdk whenever they want, no approval, ~2 min. we test the flip before we start',
      "- and this is a safety check only. it does NOT tell us wallet payments lift conversion, that's a proper randomised a/b test afterwards",
    ].join('\n'),
  },
  {
    id: 'd046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    // scenario: quiet-feedback-trap
    text:
      'I should begin by separating what I, as product manager, answer for from what belongs to ' +
      'engineering: the routing of summaries between the two models, the gateway configuration ' +
      "and the evaluation pipeline are the engineers' to build, whereas the order in which " +
      'clinics are exposed, the conditions under which we retreat, the length of each stage and ' +
      'the decision to proceed are mine, and I would want that division written into the ' +
      'release plan so that nobody is uncertain at three in the morning. Employees would see ' +
      'the cheaper model first, though I should take little comfort from them, since our ' +
      'internal test notes are short and seldom list more than one medication; the pilot ' +
      'clinics would follow, as they have agreed to tolerate imperfection and speak to us ' +
      'regularly, then the general body of clinics, with the hospital groups held back until ' +
      'the very end, both because their notes are the longest and because a wrong dosage in ' +
      'their records would do us the most harm. Before a single summary is routed, I would have ' +
      'the following agreed in writing with the engineering lead: we roll back if the eval ' +
      'harness shows invented or omitted dosages rising by more than one percentage point ' +
      'against the current model, if the share of summaries that vets edit or discard rises by ' +
      'more than twenty per cent, if p95 latency worsens by more than 300 ms, or if the error ' +
      'rate climbs by more than half a point; and because the harness grades only one summary ' +
      'in two hundred, I would ask that it grade one in twenty while the canary runs, or we ' +
      'shall wait days for a meaningful sample. I would also track cost per summary, which ' +
      'ought to fall. The ramp would proceed from 1 % to 5 %, 25 % and 50 % before reaching all ' +
      'clinics, holding at each stage until some four hundred graded multi-medication summaries ' +
      'have been reviewed without a breach, and I would sign each advance personally, with the ' +
      "engineering lead's concurrence. The on-call engineer would be entitled to revert to the " +
      'previous model at any hour without consulting me, by a routing change that takes effect ' +
      'within a few minutes. Finally, I would take care not to present a clean canary as ' +
      'evidence that the new model is better: it establishes only that it is safe, and whether ' +
      'vets prefer it is a question for a properly randomised A/B test afterwards.',
  },
  {
    id: 'd047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    // scenario: night-breach-rollback-authority
    text: [
      "I'd organise this around what could go wrong, because each risk gives me one part of the plan.",
      'Risk 1: we expose the wrong people first. A wrong fare on a business account becomes an invoice dispute. So employees ride first, then beta riders, then ordinary riders in growing slices, and business accounts only once everything else has been clean. I own that order, the triggers and the gates; the platform team owns the routing and the pricing service itself.',
      'Risk 2: we argue about whether a bump is real. So the triggers are fixed and signed before Tuesday evening: fare-quote failures more than 0.5 points above the old service, p99 quote time more than 200 ms slower, completed trips per quote request more than 2 % below the cohort baseline.',
      'Risk 3: the failure only shows at one hour of the night. The new service shares the 02:00 billing batch window, and we start in the evening. So every stage (1 %, 5 %, 25 %, 50 %) holds for at least 24 hours and must live through one batch window and one night peak before it can advance, and the weekend peak is crossed at 25 % or 50 %, never at 100 %.',
      'Risk 4: nobody decides to advance, or the wrong person does. I sign off each step together with the pricing eng lead, in the release ticket. No sign-off, no step.',
      'Risk 5: the breach happens at 2 a.m. and whoever is allowed to act is asleep. The on-call SRE may roll back on their own authority, at any hour, without paging me first. It is a routing switch back to the old pricing service, under five minutes, rehearsed before launch.',
      'Risk 6: we mistake a clean run for a win. The canary tells us the new service is safe. If we want to claim it prices better, that needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
