import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-second fresh set, author b: strong answers (al021–al027), written blind and labelled by hand. */
export const THIRTY_SECOND_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'al021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, so the first thing I'd say, isn't it, is what's mine and what's not. The serving of the new model and the traffic split, that's engineering's, and I wouldn't go near it. What I own is who sees it first, the numbers that bring it back, how long we sit at each step and whether we go on.",
      "Going first would be our own people. We've got HR and payroll folk in the building using the assistant every day, and they'll tell you straight when an answer about leave is wrong, mind. Then the customers in the beta programme who put their hands up for it. Then the small firms, twenty staff or so, where one daft answer is a bit of embarrassment and not a whole payroll paid wrong. The big payroll accounts go last, and not in the last week of the month when the payslips go out, because that's when they're asking the hard questions.",
      "Before a single conversation moves, we write the limits down, and nobody's changing them once we're watching. Errors more than half a point above the old model, back it comes. p95 more than a second slower, same. It's a bigger model so I'm expecting a bit, but not that. Hallucination rate from the eval harness, graded on sampled payslip and leave answers, more than one point over the current model, back it comes. Thumbs-down up more than two points, same again. And cost per conversation, because Finance asked, fair play to them: over 25p against the 15 or so we pay now, that's a stop. Handoffs to a human agent more than 3 % up on the control group, that's the business one.",
      "Steps of 1, 5, 25, 50 and then everyone, and we sit at least two days on each, longer if the harness hasn't graded five hundred conversations at that step yet. If it's all tidy, me and the ML lead sign off the next step, proper, in writing, every time.",
      "Rolling back is the on-call engineer's call, any hour, no ringing me first. It's a flag that sends the traffic back to the old model, done in under five minutes.",
      "And I'll be honest with you, three points on an offline eval doesn't mean it's better for our users. The canary tells us it's safe, that's all it tells us. Whether it's actually better, that's an A/B test afterwards, on resolution rate.",
    ].join('\n\n'),
  },
  // storage-migration-under-load
  {
    id: 'al022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'RUNBOOK: task storage move to the managed cluster (canary)',
      'Who owns what\n1. Product (me) owns the cohort order, the rollback limits below, how long each stage holds, and the go/no-go. The platform team owns the proxy, the routing weights and the dual-write. On-call owns the rollback. You do not need product to use it.',
      "Before stage 1\n2. Check dual-write is on: every task write goes to both the old database and the managed cluster, so going back loses nothing.\n3. Check the routing rule sends reads back to the old database in one config change. Rehearse it once on staging; it must finish in under 3 minutes.\n4. Flush the new cluster's caches before stage 1. The load test ran warm. We want to see it cold.",
      'Stages (do not skip, do not shorten)\n5. Stage 1: our own workspace only, about 1 % of reads. Hold 24 h, including the Monday 09:00 peak.\n6. Stage 2: free-tier teams in the early-access programme, 5 %. Hold 24 h.\n7. Stage 3: small paid teams (under 20 seats), 25 %. Hold 48 h.\n8. Stage 4: 50 %, everyone except enterprise tenants. Hold 48 h.\n9. Stage 5: enterprise tenants last, 100 %. The old cluster stays up and dual-written for 7 days after this, whatever the decommission date says.\n10. Before each advance the DB lead and I sign off in #task-storage-release. No sign-off, no advance, even if every dashboard is green.',
      'Roll back straight away, without asking anyone, if any of these holds for 10 minutes against the control group still on the old database:\n11. Read error rate more than 0.3 percentage points above control.\n12. p99 task-read latency more than 250 ms above control.\n13. Proxy connection errors above 0.1 % of requests.\n14. Task pages loaded per active user more than 3 % below control.\nThese limits were agreed before stage 1. Do not loosen them mid-incident; raise it afterwards.',
      'How to roll back\n15. Set tasks.read_backend=legacy in the routing config. Traffic is back within about 2 minutes. Any hour, any day, no approval needed. Post in the channel after, not before.',
      'What this canary does not tell us\n16. A clean canary means the cluster is safe to carry our traffic. It does not show it is faster or better for users. If anyone wants to claim that, it needs a proper randomised A/B comparison, not these dashboards.',
    ].join('\n\n'),
  },
  // booking-purchases-lag
  {
    id: 'al023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'd plan it around one guest's week, because that's the real shape of a booking here. Say Marta: she searches on Monday at lunch, shortlists two flats, talks it over with her partner on Wednesday evening and books on Saturday morning on her laptop. If the new date picker loses her dates, we don't find out on Monday. We find out on Saturday, when she doesn't book. So 100 % this afternoon is a no from me.",
      "Monday. Staff only. Engineering owns the flag and the traffic split; I own who gets it, in what order, the limits and whether we move on. Before anything goes out, the limits are written down and shared: JS errors on the booking page more than 0.5 points over control; time until the form is usable more than 300 ms worse at p95; saved dates failing to come back from the new store on more than 1 % of return visits; and bookings, counted over 72 hours from a guest's first date selection, more than 3 % below the control cohort. Any one of those and it comes back.",
      'Tuesday. Guests who opted into our beta, 5 %. Bookings lag, so nothing gets judged on the day.',
      "Thursday. If Monday's and Tuesday's guests have had their 72 hours and every limit holds, the lead engineer and I sign off and we go to 25 %: returning guests on short, cheaper stays. New guests and the long, expensive summer stays are still on the old page.",
      "Saturday and Sunday. We hold at 25 % through the weekend, because that's when families actually book. That's the week's real test.",
      'The following Monday. We sign off again and go to 50 %, then to 100 % on Wednesday after another two-day hold and another sign-off, with new guests and the big-ticket bookings in that last step.',
      "Any day of that week, at any hour, the on-call engineer can switch the flag back without asking me. The old page simply ignores the new store, so we're back in a couple of minutes, no redeploy.",
      "And once it's out I won't tell anyone the shorter form wins more bookings because the canary was fine. The canary only tells me it didn't lose Marta's booking. Whether it wins more is an A/B test, run over at least two full weeks.",
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'al024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "You suggested sending it to a random 10 % and watching whether thumbs-up goes up. I'd push back on both halves of that.",
      "The random part first. A quarter of our users write in German, and the prompt was only read by the English team. A random slice lets German users in by accident, and their bad experience gets averaged away by the English majority. I'd rather go after the risk on purpose. So: English-speaking staff first, then our German-speaking colleagues in Munich and Vienna, who will tell us within a day if the assistant starts saying 'du' to somebody's bank. Then beta users who opted in, in both languages, then general English users, then general German users, and business accounts last in each language, because an overly chummy email to a client is their reputation, not ours.",
      "The thumbs-up part. A canary can't tell us the warmer tone is better. It tells us the new prompt isn't hurting anyone. If we want to know whether people like it more, that's a proper A/B test once it's safely out.",
      "So, who does what. Engineering owns the prompt config and the routing. I own the order, the limits, the holds and the go decision. The limits go in the release doc before we start, split by language: thumbs-down more than 1.5 points above control in either language; in the eval harness, informal address in replies to formal German emails on more than 2 % of graded drafts, or any rise in invented facts over the current prompt; errors more than 0.5 points above control; p95 latency more than 300 ms worse; tokens per draft more than 15 % higher, since a chattier prompt writes longer. Stages of 1, 5, 25, 50 and 100 %, holding 48 hours at each and not moving until at least 2,000 German drafts have been graded at that stage. The German content lead and the eng lead sign off each step with me. Rolling back is the on-call engineer's right at any hour, no sign-off needed: they flip the prompt version back in config and it takes effect in about a minute.",
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'al025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The routing is owned by engineering. The order of exposure, the rollback limits, the length of each hold and the decision to advance are owned by product, which in this case means me.',
      'The first cohort is made up of our own staff vets and the two partner clinics the tool was built with. They are followed by clinics from the beta programme that have been asked, and have been signed up, to rate every summary for the fortnight. After them, small single-vet clinics are added; the large multi-site groups, and any clinic onboarded in the last month, are left until the end.',
      'Because feedback is sparse, the holds are sized by count, not by the clock. Eval sampling is raised for canary traffic from one summary in two hundred to one in twenty, and no stage is left until 300 canary summaries have been graded. Stages of 1 %, 5 %, 25 %, 50 % and 100 % are used, and at a few hundred summaries a minute each stage is expected to be held for two to three days.',
      "The limits are written down and agreed before the first summary is routed. An invented drug or dose found by the harness, even once, is treated as a stop. The hallucination rate is not allowed to rise more than 1 point above the current model's. Thumbs-down from the rating clinics is not tolerated above 1.5 times the control rate. p95 latency is capped at 4 seconds, and errors are held to no more than 0.5 points above control. The share of summaries heavily edited by vets is expected to be kept within 5 points of the baseline. Cost per summary is tracked as well, since the savings are the reason for the change.",
      'Each advance is signed off by me and by our clinical lead, a practising vet. A rollback may be triggered by the on-call engineer at any hour, without my approval being sought; the previous model is restored through a config switch within three minutes.',
      'Finally, a clean canary is not taken as proof that the cheaper model is as good as the old one. That question is answered by an A/B test afterwards.',
    ].join('\n\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'al026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "As PM I own which riders go first, the rollback limits, the holds and the go/no-go at each step, while the pricing team owns the new service and the routing. Staff rides go first, then our opted-in beta riders, then one quiet city, with the big cities, airport runs and corporate accounts last, and nothing reaches a weekend night until it has come through a weekday night and the 2 a.m. billing batch. The limits are fixed in the release doc before Tuesday and not touched once we're live: quote errors 0.2 points above the old service, p99 quote latency 300 ms worse, fares off from the old calculation on more than 0.5 % of trips, or completed trips per request down 2 % against control. We go 1, 5, 25, 50 and 100 %, holding each stage at least 24 hours across a batch window, and the pricing lead and I sign off each advance in the morning, never at 2 a.m. If a limit breaks at night the on-call engineer rolls back without calling anyone, by pointing fares back at the old service in under three minutes, and even a clean canary only tells us the new service is safe; whether it prices better is for an A/B test afterwards.",
  },
  // lunch-peak-recommendations
  {
    id: 'al027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: "I'd probably start by splitting ownership: engineering runs the serving and the feature stores, and I'd own the order, the limits and the go/no-go. Most likely staff accounts in both regions go first, then opted-in beta users in Europe, then a small slice of Singapore customers, on purpose, since their lunch peak is what the feature stores weren't sized for. Our biggest-basket customers would come last. Before we start I'd want limits agreed in writing, something like: feature-store timeouts or fallbacks over 1 % of requests, p95 more than 150 ms above control, compute cost per request up over 25 %, errors 0.5 points over control, add-to-basket from recommendations down more than 3 %, and dismissals of suggested baskets up more than 2 points. I'd likely go 1, 5, 25, 50, 100 %, holding each for at least a full day so both lunch peaks pass (Singapore's is around 6 a.m. in Berlin), with the ML lead and me signing off each step. On-call in either region should be able to roll back at any hour without asking, by a flag flip, a couple of minutes. And this only shows it's safe; whether the baskets are better is an A/B test.",
  },
];
