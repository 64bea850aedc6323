import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-ninth fresh held-out set, author b: strong answers (bw021–bw027). Written blind (neither
 * the grader nor any other answer file was read) and labelled by hand before anything was run.
 * Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SIXTY_NINTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // lunch-peak-recommendations · student-accommodation search-ranking PM, Monday to-do list, rungs, rent days, campus/year cohorts
  {
    id: 'bw021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Monday morning, my list for the new ranking model. (I run search ranking for a student-accommodation site, so I'll answer it as I'd run it there; our new model also reads more features per request.)",
      "1. Settle who owns what. Mine: the order the campuses get it in, the rollback ceilings, and how long each rung holds. Engineering's: the routing, the flag and the deploy.",
      '2. Write the ceilings onto the release sheet today, before a single search goes through the new model: a ceiling of 0.5 % on search errors over the old model; a ceiling of 150 ms on p99 latency over the old p99, the one that bites if the feature stores are undersized; and viewing requests per search no more than 2 % under the baseline cohort.',
      "3. Model ceilings too, since errors and latency won't show a bad ranking: students reporting a listing as ranked wrongly, a ceiling of 10 % over today's rate; letting agents overruling the ranking on their own listings, a ceiling of one and a half times what they do now. Compute cost per thousand searches watched against the figure finance gave us.",
      "4. Cohort order, with the reasons: our own staff and the student ambassadors first, they'll tell us straight out; then the students who opted into the beta; then the smaller campuses; the big city campuses after that; and first years last of all, because they're new and a daft ranking in August loses them for good.",
      '5. Rungs: 1 %, 5 %, 25 %, 50 %, 100 %. The first two hold until 3,000 viewings have been booked through them; from 25 % up each rung holds two full rent days, so it sees the Friday rush when half the city refreshes at once. Nothing goes up a rung unless the ceilings are clean.',
      '6. Every step up needs both names on the release sheet: the lettings lead and the ranking engineering lead. No names, no next rung.',
      "7. Rollback: the on-call engineer flips the flag back to the old model, day or night, in about two minutes, and doesn't ring anyone first. They tell us after.",
      "8. Remind the room this shows the model is safe, not that it ranks better. Better is a randomised A/B test once we're at 100 %, on viewings and signed leases.",
      '9. What it costs: both models running side by side for about five weeks, a third more compute. Cheap next to a September where the ranking falls over.',
    ].join('\n'),
  },
  // support-model-upgrade · Dublin English register in writing, rungs, "a ceiling of", both names on the release sheet (short)
  {
    id: 'bw022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Right so, the bigger model for the payroll assistant. My job: I decide who gets it when, what the limits are and how long we sit on each rung; the platform lads own the routing, the flag and the deploy.',
      "Order: our own HR and support staff first, they'll give out about a bad answer fast; then customers who signed up for early features; small companies after that; the big payroll accounts last, where a wrong payslip answer costs most.",
      'Limits, agreed before anything moves: errors a ceiling of 0.5 % over the old model, p95 latency no more than 300 ms worse, hand-offs to a human agent no more than 2 % up on the baseline. Model side, the eval harness wrong-answer rate stays at or under the old model, thumbs-down no more than 10 % up, and cost per conversation under the figure finance gave us.',
      'Rungs of 1, 5, 25, 50 and 100 %, each held two full working days, and every step up needs both names on the release sheet: the payroll support lead and the engineering lead.',
      'On-call can switch back to the old model any hour, no permission, in a couple of minutes.',
      "And sure, the canary says it's safe, not better. A randomised A/B test afterwards does that.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Dublin English register in writing, holds as a count, release sheet, what the canary costs
  {
    id: 'bw023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'll be honest, the trap in this one is that you can't read anything at 5 %: a few hundred summaries a minute, hardly any vets rating them, and the harness grading one in two hundred. So I'd build the whole plan around getting enough to look at.",
      "What I own as PM: which clinics go in which order, the limits we roll back on, and how long we sit at each stage. Engineering own the routing, the model endpoint and the flag, and I'd leave them to it.",
      "Before one summary goes to the cheaper model I'd have the limits agreed and written on the release sheet. Errors and timeouts, a ceiling of 0.5 % over the current model. p95 latency no more than 1.5 seconds over today. The harness's hallucination rate, made-up drugs or doses basically, no more than 1 point over the old model's. Thumbs-down no more than 20 % up on the baseline. And vets editing a summary before they save it, no more than 3 points over the baseline clinics; that's the business number.",
      "Order: our own vet advisers and the clinics in our pilot first, because they'll actually ring us; then clinics that ticked the early-access box; then the general run of small clinics; new sign-ups and the bigger multi-site practices last, since a bad first week loses them.",
      "Stages are 5 %, 25 %, 50 % and 100 %, and at each one we hold until the harness has graded at least 400 canary summaries. I'd ask engineering to turn the sampling up to one in twenty for the canary so that's a day, not a fortnight. Nothing advances on the calendar alone.",
      "Each advance has both names on the release sheet: mine and the clinical lead's.",
      "Rollback is the on-call engineer's call, any hour, no one to ring first. It's a config switch back to the old model and it's done in a few minutes.",
      'What it costs: the extra grading is real money, a few hundred euro over the fortnight, which is grand next to one vet finding an invented dose in a summary.',
      "And none of this tells us the cheaper model is as good. The canary only tells us it's safe to leave on; a randomised A/B test afterwards, on the edit rate, answers whether it's better.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · to-do list for Monday morning, "a ceiling of", both names on the release sheet, what the canary costs
  {
    id: 'bw024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Monday, first thing, for the warmer prompt:',
      "- Tell the team in one line what's mine and what's theirs. I set the cohort order, the rollback limits and the holds; engineering own the prompt flag, the routing and the deploy.",
      "- Get the limits agreed and on the release sheet before anyone sees the new prompt: errors a ceiling of 0.5 % over the old prompt; p95 latency no more than 200 ms worse; drafts sent with light edits no more than 2 % below the baseline group, which is the business number. Model side: thumbs-down a ceiling of 15 % over the old prompt, counted for each language on its own, and the eval harness's formality check on the German set (du where Sie belongs) no more than 2 points worse. Token cost per draft watched too, since warmer may well mean wordier.",
      "- Order: our English- and German-speaking staff first, because they'll know what formal German should sound like; then users who opted into early access; then English users in general; German users last, because that's where the prompt is fragile and nobody on the team checked it.",
      '- Stages: a staff rung, an early-access rung, 25 % of English users, 25 % of German users, then everyone. Each holds two full working days, and the German rung holds until at least 3,000 German drafts have been through the harness. A gate at the end of every hold; a quiet English dashboard is no reason to advance.',
      "- Each step up: both names on the release sheet, mine and the German market lead's.",
      '- Rollback: whoever is on call flips the prompt flag back, any hour, in a couple of minutes, with no approval needed.',
      "- Remind everyone the canary shows it's safe, not that it's warmer or better. A randomised A/B test after 100 % answers that.",
      '- Cost: about two weeks and a bit of eval spend. Cheaper than an apology letter to a quarter of our users.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Dublin English register in writing, rungs, "a ceiling of", both names on the release sheet (short)
  {
    id: 'bw025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Grand, so payments move to the new SDK. I own the order, the limits and the holds; the mobile and platform engineers own the flag, the routing and the release itself.',
      'Order: staff phones first; then the beta testers who opted in; then iOS before Android, since bursts would show on Android; Android after that, and first-time customers last of all, because a failed first payment loses them for good.',
      "Limits on the release sheet before any order goes through it: payment failures a ceiling of 0.5 % over the old SDK, measured in five-minute windows so a burst isn't averaged away; p99 payment time no more than 800 ms worse; completed orders no more than 2 % under the baseline.",
      'Rungs at 1, 5, 25, 50 and 100 %, each held at least two days, and the 25 % rung held over a Friday dinner before anything goes higher.',
      "Each step up needs both names on the release sheet: mine and the payments engineering lead's.",
      "Both SDKs ship in the app, so whoever's on call switches back to the old one through remote config, any hour, in about two minutes, and they don't ask anyone.",
      "The canary tells us the SDK is safe, not that wallets sell more; that's a randomised A/B test after.",
    ].join('\n'),
  },
  // storage-migration-under-load · student-accommodation PM on own listings database, Dublin register, rungs, viewings and rent days, campus/year cohorts, release sheet, cost
  {
    id: 'bw026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll do this one on my own patch, because it's the same shape: our listings and viewings data moving off our own database onto a managed cluster behind a new proxy, load tests run on warm caches, old cluster off at month end.",
      "First, the split. I'm the PM, so the exposure decisions are mine: which campuses and which students go when, the limits we'd roll back on, and how long each rung holds. The platform team own the proxy, the routing, the migration jobs and the deploy. I don't tell them how to route; they don't pick the cohorts.",
      'The limits go on the release sheet before a single read touches the new cluster: a ceiling of 0.3 % on failed page loads above the old cluster; p99 read latency no more than 250 ms over today, cold caches included; and viewings booked per search session no more than 2 % below the baseline campuses. Agreed, signed, and nobody moves them once we are watching.',
      "Cohort order: our own staff and the lettings team first, they're in it all day and they'll give out straight away; then the student reps who opted in to try things early; then the smaller campuses, Maynooth and Carlow say, where there's less going on; then the big city campuses; and first-year students last, because they're new, they're searching blind, and a listing page that hangs is the end of us with them.",
      'Rungs: 1 %, 10 %, 25 %, 50 %, 100 %. The first two rungs hold until 5,000 viewings have been booked through them; from 25 % up, each rung holds two full rent days, so we see the Friday evening rush with the caches cold. There is a metric gate at the end of each rung; a quiet calendar is not enough to go up.',
      'Every advance needs both names on the release sheet: the lettings lead and the platform lead.',
      "Rollback: the on-call engineer switches the proxy back to the old cluster, a routing change of a few minutes, at any hour, without asking me or anyone. Which is also why I'd push the decommission back a fortnight: no old cluster, no rollback.",
      'What it costs: a fortnight of paying for both clusters, call it a few thousand. Fair enough.',
      "And I'd say it in the room: this tells us the new cluster is safe. It doesn't tell us it's any better for anyone; if we want that claim, it's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // booking-purchases-lag · Dublin English register in writing, rungs, "a ceiling of", both names on the release sheet, what the canary costs
  {
    id: 'bw027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "The team want it at 100 % this afternoon, and I'd be the one saying hold on, because the thing that would go wrong, bookings lost in the new date store, won't show till that evening, when people have talked it over at home and come back. It's the same in student lettings, where nobody pays a deposit till the parents have had a look.",
      'So, my end of it as PM: the order of who sees it, the limits, and how long each rung lasts. Engineering have the flag, the routing and the deploy, and that is theirs.',
      'Limits, fixed and written on the release sheet before any guest gets the new page: errors a ceiling of 0.5 % over the old page; p99 page load no more than 200 ms worse; and bookings completed within 48 hours of a search no more than 2 % below the baseline group. One early warning on top: guests coming back to find their dates gone, a ceiling of 1 in 200 returning visits. Nobody tunes them on the day.',
      "Order: staff and our host-support team first, because they'll book test stays and report back; then guests who opted in to try new features; then returning guests; new guests and anyone on a long, dear booking last, because losing them is what hurts.",
      'Rungs: 1 %, 5 %, 25 %, 50 %, 100 %. Each rung holds at least two full days, and never less than 48 hours after the last guest entered it, so the slow bookings have come in; the gate at the end of each is on the numbers, not the clock.',
      "Each time we go up a rung it needs both names on the release sheet: mine and the head of guest support's.",
      "Rollback: the on-call engineer turns the flag back to the old page at any hour, it takes a couple of minutes, and they don't wait for me to agree.",
      'The canary tells us the new picker does not lose bookings; whether it wins more of them is a job for a randomised A/B test afterwards.',
      "Cost of doing it this way is about ten days instead of an afternoon. That's the price, and I'd say it plainly to the team.",
    ].join('\n'),
  },
];
