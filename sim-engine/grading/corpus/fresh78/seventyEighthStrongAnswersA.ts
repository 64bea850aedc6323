import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-eighth fresh set, author a: strong answers (cf001–cf007), written blind and labelled
 * by hand before anything was run. Every point of the scenario's kind is covered.
 */
export const SEVENTY_EIGHTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cf001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Hey Marisol, it's Frankie. Leaving yous this from the platform at Clark and Lake, so if the L drowns me out, that's why. You asked how I'd run the canary for the bigger model on the payroll support assistant. Same way I ran new recipes at the pizza shop.",
      "What's mine and what isn't: I own the order people get it in, the numbers that pull it, how long each layer sits, and the call to move up. Kenji's engineers own the routing, the deploy and the model flag.",
      "The order: our own HR and support staff first, because they ask it payslip questions all day and they'll holler when it's wrong. Next, the customers who opted into early access. Then the accounts that have been with us three years or more. Last, the brand-new customers and the big payroll accounts, because a wrong answer about somebody's pay is exactly how you lose a first-year customer or a big contract.",
      'Before a single conversation moves, Kenji and me write the limits down and sign them. If errors are more than half a point worse than it is now, or p95 response time is more than 800 milliseconds worse, or hand-offs to a human agent are more than 3 points worse, we pull it outta the oven. Same on the model side: wrong answers graded by the eval harness more than 1 point worse, the thumbs-down rate more than 2 points worse, or cost per conversation more than 30 % over today, since Finance is asking, and it comes out.',
      "The layers: the crust is staff at 2 %, the cheese is early access at 10 % and then 25 %, the sauce on top is 50 %, then the whole pie. Each layer holds for 4,000 conversations and at least one payday, because payday is this product's Friday night rush. Before the next layer, Kenji and me both give it the nod over the counter. No nod, no next layer.",
      "Rollback: whoever's on the pager swaps back to yesterday's build. In practice that's the model flag flipping back to the old model, about two minutes, no redeploy, any hour of the night, and they don't call me first.",
      "Last thing: this tells us the bigger model is safe, not that it's better. Those three eval points don't prove it. If we want to know it's better for real customers, we run a randomized A/B test after the rollout.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cf002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'The new payment SDK in our pizza app. Me, I own the order people get it in, the numbers that pull it, the holds and the call to move up; engineering owns the flag and the deploy.',
      "Order: our own staff first, then the beta opt-ins, then regulars who've ordered five years or more over by Bridgeport, and brand-new customers last, since a failed first payment means they never come back.",
      'The limits get written down before a dollar moves: if failed payments are more than 0.3 points worse than they are now, Android counted on its own, or checkout p99 is more than 400 milliseconds worse, or completed orders drop more than 2 %, we pull it outta the oven.',
      'The crust is 1 %, the cheese 10 %, the sauce on top 50 %, then everybody, and every layer holds through a full Friday night rush, when the bursts show.',
      'Dana from payments and me both give it the nod over the counter before the next layer.',
      "Whoever's on the pager swaps back to yesterday's build, meaning the flag points back at the old SDK, couple minutes, no redeploy, any hour, no asking anybody.",
      "This proves it's safe, not better. Whether wallet payments sell more pies is a randomized A/B test afterward.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cf003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Tuesday. Long day.',
      'Spent the afternoon over by the vet-notes team planning the canary for the cheaper summary model. Writing it down before I forget any of it.',
      "Who owns what, said out loud in the room so nobody's confused later: mine are which clinics go first, the numbers that pull it, how long each layer sits, and whether we move up. Priya's engineers own the routing, the deploy and the model flag.",
      "The order we agreed: our own staff vets on the demo clinics first, then the clinics that opted into early access, then clinics that have been with us five years or more, and last the new clinics in their first year and the big multi-site groups, because a bad summary costs us the most trust there. Told Priya it's the pizza shop rule: the kitchen crew eats the new recipe before the regulars do, and you never test on a first-time customer.",
      "The catch is it's quiet. Hardly any vets rate a summary and the eval harness grades one in two hundred, so at 5 % we'd learn nothing for days. So during the canary the harness grades one summary in ten, and every hold is a count, not a clock: a layer holds until 600 summaries have been graded, and never less than a full week of clinic hours. Crust is staff plus early access at 5 %, cheese 25 %, sauce on top 60 %, then the whole pie.",
      "Limits, written today, before one summary moves: if the share the harness marks wrong (a missed drug, a wrong dose, the wrong animal) is more than 1 point worse than it is now, or the thumbs-down rate is more than 2 points worse, or errors are more than 0.5 points worse, or p95 is more than 1.5 seconds worse, we pull it outta the oven. Cost per summary we watch at every layer too; it's the reason for the change.",
      "Priya and me both give it the nod over the counter before each layer, and nobody else's say-so moves it up.",
      "Rollback: whoever's on the pager swaps back to yesterday's build. It's the model flag, two minutes, any hour, no permission from me or anyone.",
      "And I reminded everybody: this shows the cheap model is safe, not that it's better. Better is a randomized A/B test after.",
      'Grabbed a pop, caught the L home. Bed.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cf004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Tony, it's Frankie, voice memo from the Blue Line, so sorry about the screeching. You asked how I'd run the canary for moving order storage off our own database onto the managed cluster behind the new proxy. Here it is, so you've got it before standup.",
      'Split first. I own the order customers move in, the limits that pull it, how long we hold at each layer, and the go call. You and the platform crew own the proxy, the routing, the deploy and the data copy.',
      'Order: the staff accounts and the test kitchen first. Then the customers on the early-access list, who signed up to see stuff early. Then regulars who have ordered three years or more in the quieter neighbourhoods, Beverly, Rogers Park, over that way. Last go the new customers in their first year and the downtown lunch-catering accounts: a slow order page loses a new customer for good, and the catering accounts are our biggest tickets.',
      'The limits we write down and both sign before any order is read from the new cluster: if errors are more than 0.4 points worse than it is now, or p99 order-page load is more than 250 milliseconds worse, or completed orders fall more than 1.5 % against the customers still on the old database, we pull it outta the oven.',
      'Layers: the crust at 1 %, the cheese at 10 % and then 25 %, the sauce on top at 50 %, then the whole pie. The load tests ran on warm caches, so every layer holds through a full Friday night rush on cold caches, nobody pre-warms anything, and it never moves up on a quiet Tuesday. You and me both give it the nod over the counter before the next layer.',
      "Rollback: whoever's on the pager swaps back to yesterday's build, which here means the proxy sends reads and writes to the old database again. It's a config switch, under five minutes, no redeploy, any hour, and they don't wait for me or you. We keep writing to both clusters during the canary so going back loses no orders, and I'm asking for the old cluster to stay up until we've been at 100 % for two weeks, end of month or not.",
      "Last thing: this shows the move is safe. It doesn't show anything's better; if somebody wants to claim the new cluster sells more pies, that's a randomized A/B test after. Da Bears lost again, by the way.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cf005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Greetings from the Berlin office! The plan for the new basket-recommendation model, short as a postcard gets.',
      "Mine: cohort order, pull numbers, holds, the go call. Engineering's: routing, deploy, the flag.",
      'Order: staff accounts, then opted-in beta shoppers, then customers with three years or more of orders, and new customers and big weekly-basket households last, since they leave fastest when the home screen breaks.',
      'Written before traffic moves, for each region on its own: errors more than 0.5 points worse than now, p95 more than 150 ms worse, add-to-basket from recommendations more than 3 % worse, or home screens falling back to default baskets more than 2 points worse, and we pull it outta the oven.',
      'Crust 2 %, cheese 20 %, sauce on top 50 %, then 100. Each layer holds through a full lunch peak in Berlin and in Singapore, which is our Friday night rush at 5 a.m. our time.',
      'Jonas (eng lead) and Mei (Singapore ops) both give it the nod over the counter before each layer.',
      "Rollback: whoever's on the pager, Singapore hours included, swaps back to yesterday's model with the flag, minutes, no permission needed.",
      'Canary says safe, not better; a randomized A/B test afterward says better.',
      'Wish yous were here. Frankie',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cf006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Sure. I come from pizza delivery, but a prompt change runs the same as a new sauce: you don't pour it on every pie on a Friday night.",
      'What I own: who gets it in what order, the limits, the holds, and whether we move up. Engineering owns shipping the prompt as config, the routing and the flags.',
      "Order: our own staff first, and I'd make sure that includes the German speakers in the Munich office, since only the English team reviewed this. Then users who opted into the beta, both languages. Then long-time users, three years or more. German-writing users and brand-new accounts go last: formal address is where this prompt can go wrong, and a first email that sounds too chummy loses a new customer.",
      "The limits, fixed before anybody gets the new prompt and tracked per language: if thumbs-down is more than 2 points worse than it is now in either language, or drafts kept without edits drop more than 3 %, or the eval harness catches an informal 'du' where 'Sie' belongs more than 1 point more often, or errors are more than half a point worse, or p95 is more than 300 milliseconds worse, we pull it outta the oven.",
      'The layers: the crust is staff at 1 %, the cheese 10 %, the sauce on top 40 %, then everyone. Every layer holds for 5,000 conversations, at least 1,200 of them in German, and never less than two working days.',
      'Anke, our German-language lead, and me both give it the nod over the counter before each layer.',
      "Rollback: whoever's on the pager swaps back to yesterday's prompt. It's a config value, under two minutes, any hour, and they don't ask anybody.",
      "And the canary only tells us warmer is safe. If the claim is that warmer is better, that's a randomized A/B test after.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cf007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Monday. Long day.',
      "Tomorrow evening the delivery-fee calculation moves over to the new pricing service, and I spent most of today making sure the plan holds up at 2 a.m., since that's when it'll bite if it bites at all. Late-night slices never stop on a weekend, and the new service shares the nightly batch window with billing.",
      "Wrote out who owns what for the channel: I own the order customers get it in, the numbers that pull it, the holds and the go call. Marcus's team owns the routing, the deploy and the flag.",
      'Order: staff accounts Tuesday night, then the early-access folks who opted in, then regulars with five years of orders in the quiet neighbourhoods up north, and last the first-year customers and the big office-catering accounts, because a wrong fee on a first order or a forty-pie invoice is the one nobody forgives.',
      'Limits, agreed and written in the ticket before a single fee is calculated by the new service: if more than 0.2 % of fees differ from what the old calculation gives for the same order, or errors are more than 0.5 points worse, or p99 is more than 300 milliseconds worse, or completed orders drop more than 2 %, we pull it outta the oven.',
      'Layers: the crust at 1 % from Tuesday evening through the night, batch window included. The cheese at 10 % holds through a full Friday night rush and the weekend late nights after it. The sauce on top at 50 % holds through another weekend, then the whole pie. Marcus and me both give it the nod over the counter before each layer.',
      "The main thing, and the reason for today: whoever's on the pager swaps back to yesterday's build. That's the routing switch back to the old pricing service, three minutes, no redeploy. At 2 a.m. they don't wake me or Marcus or anybody to ask; they flip it and tell us at breakfast. I put that in writing so nobody on the rota hesitates.",
      "Also told the team: if this goes clean, that shows it's safe, not better. Anything about better fees or more orders is a randomized A/B test later.",
      'Grabbed a pop. Bed.',
    ].join('\n'),
  },
];
