import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fifth fresh set, author c: strong answers (cc041–cc047), written blind and labelled by
 * hand before any grading (README-c.md, LABEL-NOTES-c.md).
 */
export const SEVENTY_FIFTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Montreal speech, chalet-chatbot PM, ski-run stages, "c'est bon" pair, long-weekend holds, self-correction
  {
    id: 'cc041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'm the PM for the booking chatbot at a chalet rental company up in the Laurentians, so I do this kind of model swap every winter.",
      'First, who owns what. Engineering owns the routing, the deploy and the flag that decides which model a conversation goes to. Me, as PM, I own the order people get the new model in, the limits that make us stop, and how long we sit at each stage before going further.',
      "The order. Our own employees go first, because they ask the assistant about their own payslips and they'll tell us on Slack the minute an answer is weird. Then the customers who signed up for early access; they asked for new things, they forgive a bit. Then the general base. The payroll admins at our biggest clients go last, and never during their pay run, because a wrong payslip answer there is a ticket and a trust problem at the same time.",
      "I name the stages like ski runs: the green circle is staff only, the blue square is 5 % with the early-access group, the black diamond is 25 %, then 50 and everybody. We hold a full long weekend on each run. No, wait, on the green circle a long weekend is overkill, there it's 500 conversations; the long weekend is for the blue square and the black diamond, so we also catch a Monday-morning rush of leave questions.",
      "The limits we write down before anything moves, and they don't move after. If errors are more than 0.5 % worse than today, we close it. If p95 latency is more than 800 ms worse than today, we close it. If the eval harness says wrong payslip answers are more than 1 point worse than today, or thumbs-down is more than 2 points worse, or hand-offs to a human agent are more than 2 % worse, we close it. And cost per conversation, since finance asked: more than 30 % over budget, we close it.",
      'To go to the next run, the support lead and me both have to say "c\'est bon". Both of us, or it waits.',
      "Rollback: whoever is on call puts the old version back. It's a flag flip, two minutes, any hour, and they don't call me first; they tell me after.",
      "Last thing. The canary tells me the bigger model is safe to run. It doesn't tell me it's better; those three eval points, we check them afterwards with a proper randomised A/B test.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Montreal speech (tu/vous), short, ski-run stages, "c'est bon" pair, "we close it" limits
  {
    id: 'cc042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bon, in Montreal we live between tu and vous, and German has du and Sie, so a "warmer" prompt can be rude in German and fine in English.',
      "What's mine: who gets the new prompt when, the limits, the holds. The platform team owns the prompt flag and the routing.",
      'Order: our own staff first, in both languages; then users who opted into early access; German business accounts last, where a casual du offends.',
      'Runs: the green circle is staff, the blue square is 5 %, the black diamond is 25 %, then everybody. Each run holds 2,000 German conversations or a full long weekend, whichever is longer.',
      'Written before we start, per language: if thumbs-down is more than 2 points worse than today, or the eval harness finds informal address in more than 1 % of German replies, or drafts sent as suggested are more than 3 % worse than today, or errors 0.5 % worse, or p95 300 ms worse, we close it.',
      'The German support lead and me both say "c\'est bon" before each run.',
      'Whoever is on call puts the old version back: one config switch, under five minutes, day or night, nobody to ask.',
      "This shows the prompt is safe, not that warmer is better; that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Montreal speech, ice-storm story, ski-run stages, holds by count, self-correction
  {
    id: 'cc043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me start with a story, because it's the trap here. The ice storm a few winters back, half the chalets in the Eastern Townships had no power, nobody was booking, and our chatbot dashboard looked perfect for four days. Perfect because nothing was happening. A quiet dashboard is not a healthy one, and with so few vets rating summaries, that's this scenario.",
      'So, the split first. Engineering owns the model routing and the deploy. I own which clinics see the cheaper model in what order, the limits, and how long we stay at each stage.',
      "Order: our own staff vets first, we have a few on the clinical team and they'll read every summary. Then clinics in the early-access program, because they opted in and they talk to us. Then the general clinics. Clinics in their first month with us go last; if their first summaries are bad, they leave.",
      "Runs: the green circle is staff, the blue square is the early-access clinics, about 5 % of traffic, the black diamond is 25 %, then everybody. Holds are by count, not by clock. At one summary graded in two hundred we'd wait forever, so we ask the eval team to grade 1 in 20 of the new model's summaries during the canary. We stay on each run until the harness has graded 300 of them. At the blue square that's 60,000 summaries, no, wait, at 1 in 20 it's 6,000 summaries, a few hours, so it's 300 graded and a full long weekend, whichever comes last.",
      "Limits, written before a single summary moves: if the harness's hallucination rate is more than 1 point worse than today, we close it. If the share of summaries vets edit before saving is more than 3 points worse than today, we close it. Errors more than 0.5 % worse, or p95 more than 500 ms worse, same thing. Cost per summary we watch too; it should go down, that's the point of the change.",
      "The clinical lead and me both say \"c'est bon\" before the next run. Whoever is on call puts the old version back; it's a routing switch, a couple of minutes, at any hour, and they don't need my okay.",
      "And this proves the cheaper model is safe. If someone wants to say vets prefer it, that's a randomised A/B test after.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · Montreal speech (metro rush analogy), chalet-chatbot PM, ski-run stages, holds by count of peaks, self-correction
  {
    id: 'cc044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "This one is a metro problem. You can test the orange line at two in the afternoon all you want; it's at eight in the morning at Berri-UQAM that it falls over. Here the rush is the Singapore lunch, and it happens while Berlin is asleep.",
      "I'm the PM for a chalet booking chatbot in Montreal, so I'll say how I'd run it. Engineering owns the routing, the model deploy and the feature stores. I own the order, the limits and the holds, and I make sure the plan covers the hours when the Berlin team is in bed.",
      'Order, per region: our own staff in Berlin and Singapore first, they shop on the app too. Then customers who opted into the beta. Then the general base. New customers and the big weekly-basket households go last, because a bad home screen costs us the first order or the biggest one.',
      "Runs: green circle staff, blue square 5 % in each region, black diamond 25 %, then all. Each run holds at least two Singapore lunch peaks, no, wait, three, because the first peak after a switch always runs on cold feature caches. And the black diamond holds a full long weekend, because that's where the feature stores see real load.",
      'Before traffic moves, we write it down: if home-screen errors are more than 0.5 % worse than today, we close it. If p99 home-screen latency or feature-store timeouts are more than 200 ms or 1 % worse than today, we close it. If baskets added from recommendations are more than 2 % worse than today, we close it. For the model itself we gate on the eval harness score against last week\'s baskets, the "not for me" taps, p95 latency and the compute cost per request from the extra feature reads.',
      'The ops lead in Singapore and me both say "c\'est bon" before the next run.',
      "Whoever is on call puts the old version back, and for this one the rota has somebody awake in Singapore: it's a routing flag, two minutes, any hour, without waking me to ask.",
      'This tells us the model is safe at that lunch peak. Whether it sells more baskets is a randomised A/B test afterwards, not something I read off the canary.',
    ].join('\n'),
  },
  // storage-migration-under-load · Montreal speech, ice-storm story (cold cache), ski-run stages, counted weekday mornings, self-correction
  {
    id: 'cc045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Bon. A small story first. At the chalet rental company where I'm PM, the morning after an ice storm everybody cancels at once, and one year our booking database fell over at seven a.m., not because of the volume, because the cache was cold after a restart. That's this migration: load tests with warm caches.",
      "The split. Engineering owns the proxy, the managed cluster, the routing and the deploy. As PM I own which teams move in what order, the limits, how long we hold, and one more thing: I ask that the old cluster isn't decommissioned at the end of the month unless we're done, because it's our way back.",
      'Order: our own workspaces first, we use the tool all day. Then the teams in the beta program who opted in. Then small teams on the free plan. The biggest paying workspaces and teams in their first month go last, because a slow Monday for them is a cancelled contract.',
      "Runs: the green circle is our own workspaces, the blue square is 5 % of teams, the black diamond is 25 %, then 50, then everybody. Each run holds through a full long weekend and the Monday morning after. No, wait, a long weekend is the wrong unit for this tool, teams don't work weekends; it's five weekday mornings on each run, counted, with at least one after a proxy restart.",
      'The limits we agree before the first task moves: if errors are more than 0.5 % worse than today, we close it. If p99 page load is more than 200 ms worse than today, we close it. If tasks saved per active user drop more than 2 % compared with the teams still on the old database, we close it.',
      'The database lead and me both say "c\'est bon" before the next run, not one of us alone.',
      "Rollback: whoever is on call puts the old version back. The proxy sends reads and writes back to the old cluster with a config change, about three minutes, at any hour, no approval; we keep writes mirrored to the old cluster so nothing is lost. If it needed a restore, we wouldn't be ready.",
      "And the canary only says the new storage is safe. If someone wants to claim it's faster for users, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · Montreal speech (metro closing), short, ski-run stages, long-weekend holds, on-call puts old version back
  {
    id: 'cc046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Quick version. Engineering owns the pricing-service routing and the deploy; I own the rider order, the limits and the holds.',
      'Order: staff rides first, then riders in our early-access program, then everyone, with brand-new riders and business accounts last, because a wrong fare loses those for good.',
      'Runs: green circle staff, blue square 5 %, black diamond 25 %, then 100. Each run holds through a full long weekend, Friday and Saturday nights when the metro closes and everybody calls a car, plus at least one nightly billing batch.',
      "Written down Monday, before Tuesday's start: if fare errors are more than 0.3 % worse than today, p99 quote time more than 250 ms worse, or completed trips per request more than 2 % worse than today, we close it.",
      'The ops lead and me both say "c\'est bon" before each run.',
      "The breach at 2 a.m.: whoever is on call puts the old version back, flipping the pricing route in config, three minutes, no phone call to me or anybody first. That's the whole point.",
      "And the canary tells us the new service is safe, not that its fares are better for the business; that's a randomised A/B test after.",
    ].join('\n'),
  },
  // booking-purchases-lag · Montreal speech, chalet-booking PM, French word, holds as a count of bookings, self-correction
  {
    id: 'cc047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay, this one is my life. I'm the PM for a chalet rental booking chatbot, and people don't book a chalet in one sitting. They look at lunch, they talk about it at supper, somebody texts the cousins, they book at eleven at night. So a broken booking page shows up the next day, not this afternoon. A hundred percent this afternoon, non.",
      "What's mine and what's engineering's: engineering owns the front-end flag, the deploy and the new client-side date store. I own the order guests see it in, the rollback limits and the holds.",
      "Order: our own staff first, to catch anything plainly broken, even if they don't book much. Then guests who opted into our early-access list. Then general traffic. Guests who already have dates saved from the old page, and the long, high-value stays, go last, because if the new store loses their dates, that's the booking we lose.",
      "Runs: green circle staff for a day, blue square 5 %, black diamond 25 %, then 50 and everybody. The hold at each run is counted in bookings, not hours: at least 400 completed bookings in the new group, and a full long weekend on the black diamond, because that's when families decide.",
      'Limits, written before anything moves: if front-end errors on the booking page are more than 0.5 % worse than today, we close it. If p99 time to show the date picker is more than 300 ms worse, we close it. If completed bookings per started search, counted 48 hours later, are more than 2 % worse than the group on the old page, we close it. No, wait, 48 hours is too slow to protect anybody at the blue square; we use the 48-hour number to advance, and the 24-hour bookings plus date-store errors to close it early.',
      'The head of guest experience and me both say "c\'est bon" before each next run.',
      "Whoever is on call puts the old version back: it's the front-end flag, under five minutes, at any hour, without asking me.",
      "And none of that tells us the new page is better. The canary says it's safe; a randomised A/B test afterwards says if it's better.",
    ].join('\n'),
  },
];
