import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventy-fifth fresh set, author a: strong answers (cc001–cc007), written blind, labelled by hand. */
export const SEVENTY_FIFTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Minnesota speech, ice-house rental PM background, ice-thickness stages, bait-shop ledger
  {
    id: 'cc001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Well, you betcha, I've got a way I do these. Quick background: the last three winters I was the PM on a booking app for ice-fishing house rentals up north, so forgive me if I name things after lake ice. It's how my head works.",
      'First, who owns what. I own the order people get the bigger model in, the limits that send it back, and how long we sit at each stage. Engineering owns the model routing, the deploy and the flag.',
      "Order: our own payroll and HR support staff go first, because they know payslip answers cold and will tell us when it's wrong. Then the customers who opted into the beta program. Then small employers. The big employers, and anybody in the days right before a pay run, go last, because a wrong answer about somebody's net pay there turns into a real mess.",
      "Stages: the four-inch ice is staff only, the eight-inch ice is the beta group plus about 5 % of everyone else, the twelve-inch ice is 25 %, then everybody. We sit on each one for a full payroll cycle at least. At the ice-house shop we'd have said a full weekend of Saturday rentals, same idea: you wait for the busy day to actually come through. Before the next stage, Karen from support ops and I both sign the bait-shop ledger.",
      "The limits get written down before any traffic moves. If the error rate is half a point worse than what we see now, we're done. If p99 latency is 300 ms worse, we're done. If handoffs to a human agent go up more than 2 % against the customers still on the old model, we're done.",
      "Model stuff on top of that: the eval harness hallucination rate on payslip and leave questions, the thumbs-down rate in the chat, p95 latency since the context window is longer, and cost per conversation. Finance asked, so cost is a gate too: if it's 30 % worse than what we spend now, we're done until we've talked it through.",
      "Rollback: whoever's on call, two in the afternoon or two in the morning, puts last Monday's version back, meaning the old model. That's flipping the model route in config, a couple minutes, no redeploy, and nobody phones me first.",
      "Last thing: all this tells us the bigger model is safe. It doesn't tell us it's better. For better, we run a proper randomised A/B test afterwards. Uff da, that's the plan.",
    ].join('\n'),
  },
  // storage-migration-under-load · Minnesota speech, short answer (under 220 words), ice-thickness stages, bait-shop ledger
  {
    id: 'cc002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ope, short version. As PM I pick who moves to the new cluster and when, which numbers send us back, and how long we wait. The platform folks own the proxy, the routing and the migration itself.',
      "Who goes first: our own teams' workspaces, then customers who signed up for early access, then small teams, and the biggest accounts last, since an outage hurts them worst.",
      'Stages are four-inch ice at 2 %, eight-inch ice at 10 %, twelve-inch ice at 50 %, then everybody. Each one holds for two full weekday peaks, because the load test only ran with warm caches. Dave, the platform lead, and I both sign the bait-shop ledger before the next stage.',
      "Written down before we move anybody: if errors are 0.3 % worse than what we see now, we're done. If p99 page load is 250 ms worse, we're done. If tasks saved per active user drop 2 % against the teams still on the old database, we're done.",
      "Whoever's on call can put last Monday's setup back at any hour without asking: the proxy switches reads and writes back to the old cluster, a few minutes, no redeploy.",
      "The canary tells us it's safe, not that it's better. Claiming faster pages would need a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Minnesota speech, holds as a count of graded summaries, bait-shop ledger, last Monday's model
  {
    id: 'cc003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "So this one's sneaky, because the summaries get cheaper and faster and nobody complains, and quiet isn't the same as good. Here's how I'd run it.",
      "What's mine and what's engineering's: I decide which clinics go in what order, what numbers pull it back, and how long we wait at each step. Engineering owns the model routing, the flag and the deploy.",
      'Order: our own clinical team and the two vet clinics we work with as design partners go first; they read every summary anyhow. Then clinics that opted into early access. Then the regular small clinics. Clinics that are brand new to us go last, because a bad summary in their first month is the one they remember, and so do the busiest multi-vet practices.',
      "Stages, and I name them after lake ice out of habit from my ice-house rental days: four-inch ice is the partners, eight-inch ice is early access plus 5 %, twelve-inch ice is 25 %, then 100 %. Since only one summary in two hundred gets graded, I don't hold by the clock, I hold by count. We ask engineering to grade one in ten canary summaries during the ramp, and we don't leave a stage until the harness has graded 500 of them and vets have rated at least 200. At 5 % of a few hundred a minute that's most of a day, and that's fine.",
      "Before we route a single summary, we write the limits down. Hallucination rate in the eval harness, so made-up meds or doses: if it's one point worse than what we see now, we're done. Thumbs-down rate two points worse, we're done. Error rate 0.5 % worse or p95 latency 400 ms worse, done. Vet edits per summary 10 % worse than on the old model, done. Cost per summary we track too, since that's the whole reason for the change.",
      "Sign-off: Dr. Lindqvist, our clinical lead, and I both sign the bait-shop ledger before each step up. That's what we called the release log at the ice-house job. Oh for cute, she'll say, when she sees the name.",
      "Rollback: whoever's on call can put last Monday's model back, any hour, by switching the model setting in config. Two minutes, no redeploy, no waiting on me.",
      "And this canary shows the cheaper model is safe to run. It doesn't show it's as good or better for the vets. For that we'd run a randomised A/B test once it's through.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Minnesota speech opening on a blizzard story, holds as a full weekend of Saturday rentals
  {
    id: 'cc004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Let me start with a story, because it's why I care about this one. Two winters ago, at the ice-house rental app, a blizzard came through on a Friday, uff da, and half of Minnesota tried to move their Saturday rental at the same time. Our payment provider started failing in bursts: thirty seconds of declines, then fine, then declines again. The daily average looked okay. The folks stuck in the burst did not think it was okay. So with a new payment SDK and Friday dinner coming, I watch per-minute numbers, not daily averages.",
      'Who owns what: I own the order of cohorts, the rollback limits and the holds. Engineering owns the SDK integration, the app release and the server-side flag that picks the old or new payment path.',
      'Cohorts: employees first, they order dinner on the app anyway. Then people in our opted-in beta. Then regular customers, split by platform so Android gets its own read. Brand-new customers making a first order and our big corporate-lunch accounts come last, because a failed first payment loses somebody for good.',
      "Stages: four-inch ice is staff, eight-inch ice is the beta plus 5 % of Android and iOS, twelve-inch ice is 25 %, then everyone. Each stage holds through at least one Friday dinner peak. That's our full weekend of Saturday rentals, the busiest stretch, and you don't go out deeper until you've seen it. Priya from payments engineering and I both sign the bait-shop ledger, our release log, before going to the next stage.",
      "Limits, agreed before anybody's on the new SDK: payment failure rate, measured per minute, Android and iOS separately. If it's 0.5 % worse than what we see now, we're done. p99 payment latency 300 ms worse, we're done. Completed orders per checkout started down 1.5 % against the customers still on the old SDK, we're done.",
      "Rollback: whoever's on call, Friday at seven or Sunday at three in the morning, puts last Monday's version back by flipping the server flag to the old payment path. Takes a couple minutes, doesn't need an app store release, and doesn't need anybody's okay.",
      'Last: the canary says the new SDK is safe. Whether wallet payments actually lift orders is a randomised A/B test we run afterwards, not something I read off the canary.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Minnesota speech, short answer (under 220 words), ice-thickness stages, holds as a count of drafts
  {
    id: 'cc005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'You betcha, short and sweet. I own the cohort order, the limits and the holds; engineering owns the prompt config and the flag.',
      "Cohorts: our own staff first, English and German speakers both, then opted-in beta users in each language, then everyone, with German business accounts last, since a chummy du to a client is the kind of thing people don't forgive.",
      'Stages: four-inch ice (staff), eight-inch ice (beta plus 5 %), twelve-inch ice (25 %), then all. Each holds for at least 3,000 drafts per language. Jonas, our German-language lead, and I both sign the bait-shop ledger before the next one.',
      "Fixed before we start, split by locale: thumbs-down rate 2 points worse than what we see now, we're done. Eval harness score for formal address in German down 5 points, done. Errors 0.5 % worse or p95 latency 300 ms worse, done. Drafts accepted per session down 3 % against the old prompt, done. Token cost per draft gets watched too.",
      "Whoever's on call puts last Monday's prompt back, any time of night, no approval: it's a config switch, two minutes.",
      'The canary says safe, not better; whether warmer is better needs a randomised A/B test later.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · Minnesota speech, cohorts compared to lakes, holds over named peaks, bait-shop ledger
  {
    id: 'cc006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay so, for those who don't know me, I ran the booking app for ice-fishing house rentals, and we cut every rollout by lake and by how many winters somebody had rented with us. Same habit here, the lakes are just regions.",
      'What I own: the order, the limits that bring it back, and how long we sit at each stage. Engineering owns the model serving, the feature-store capacity and the traffic split.',
      "Order: employees in Berlin and Singapore first, since staff use the app for their own groceries. Then the customers who opted into early features. Then regular customers in Europe, then South-East Asia. New customers in their first few weeks, and the big weekly-basket households, go last: that's the first impression and that's the money.",
      "Stages: four-inch ice is staff, eight-inch ice is 5 %, twelve-inch ice is 25 %, then 100 %. Each one holds through at least three Singapore lunch peaks and three European evening peaks, because the feature stores were sized for the old model and that's where it'll crack. Think of it as our full weekend of Saturday rentals: the crowd has to actually show up before you trust the ice. Before moving, Mei Ling from the Singapore ops team and I both sign the bait-shop ledger.",
      "Limits, per region, agreed before day one: if recommendation errors or feature-store timeouts are 0.5 % worse than what we see now, we're done. p99 home-screen latency 200 ms worse, we're done. Add-to-cart from recommended baskets down 2 % against the control group, we're done.",
      "Model signals we gate on as well: the offline eval harness run on yesterday's baskets, the not-interested taps on a recommendation, p95 latency per region, and compute cost per request, which goes up when you read more features.",
      "Rollback: whoever's on call, and that means somebody covering early morning in Berlin, not just Berlin office hours, can put last Monday's model back without asking anyone. It's a config switch in the model router, a couple of minutes.",
      "And a canary proves safe, not better. If we want to say the new model sells more baskets, that's a randomised A/B test with a held-back control group, run afterwards.",
    ].join('\n'),
  },
  // booking-purchases-lag · Minnesota speech told as the ice-house rental app, cohorts by lake and by winters rented, hotdish
  {
    id: 'cc007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Honestly, this one is my old job. Our ice-fishing house rental app had exactly this: people look at three houses on Mille Lacs, go home, talk it over with the brother-in-law over hotdish, and book at nine at night. So the lost bookings show up hours late, and 100 % this afternoon is a no from me.',
      'The split: I own who sees the new date picker in what order, the numbers that pull it back, and how long each stage sits. Engineering owns the flag, the deploy and the new client-side store.',
      'Cohorts: staff and their families first. Then renters who opted into trying new features. Then returning renters by lake, the small lakes before the big ones, and folks with five or more winters before newer ones. First-winter renters go last, along with Lake of the Woods, where most of our revenue is; new folks have no reason to forgive a broken form.',
      'Stages: four-inch ice is staff, eight-inch ice is early access plus 5 %, twelve-inch ice is 25 %, then everyone. Each stage holds for a full weekend of Saturday rentals and at least 400 completed bookings on the new page, because a booking started Friday may finish Saturday night. Before we go out on the next ice, Gretchen, our eng lead, and I both sign the bait-shop ledger.',
      "Limits, written before any traffic moves: if bookings completed per search session, counted over a 24-hour window, are 2 % worse than what we see now, we're done. If front-end errors on the booking page are 0.5 % worse, we're done. If p99 page load is 300 ms worse, we're done. And if dates get lost between visits, the new client store's job, more than half a percent more often than now, we're done.",
      "Rollback: whoever's on call puts last Monday's version back, middle of the night too, without checking with me. It's flipping the feature flag, under five minutes, no redeploy.",
      "And the canary tells us the shorter form is safe. Whether it's better, more bookings, is a randomised A/B test afterwards; I'm not reading lift off a cohort of staff and early adopters.",
      'I know Design wants it out today. A weekend of refunds is worse.',
    ].join('\n'),
  },
];
