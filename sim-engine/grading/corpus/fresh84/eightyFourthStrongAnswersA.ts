import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fourth fresh set, author a: strong answers (cl001–cl007), written blind and labelled by
 * hand before anything was run. Voice: an Orkney puffin-trip booking PM calling the plan as a
 * bingo caller's patter.
 */
export const EIGHTY_FOURTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cl001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Eyes down, buddo, here's how I'd call this one.",
      "The model that answers our visitors' wildlife questions goes to a bigger one with a longer memory; the prompt stays as it is. Offline it scored three points better on short questions, and finance wants to know what each chat will cost.",
      "Kelly's eye, number one — what's mine and what isn't. Mine is the order folk get it in, the limits that stop the game and how long we hold at each line. The engineers own the routing, the deploy and the flags, ken.",
      "Cup of tea, number three — the order. The crew and the booking office go first; they'll ask it daft questions about fulmars and tell us straight. Then the peedie list of regulars who ticked 'try new things first'. Then Westray and Papa Westray bookers with three summers or more behind them, who'll forgive a slow answer. First-summer bookers and the Kirkwall cruise agents come last: a new visitor given a wrong answer never books again, and the agents fill half our boats.",
      'Legs eleven — the limits, written on the card before one question moves. Errors more than 0.5 per cent worse than now and we stop calling. p95 more than 300 milliseconds worse and we stop calling. Wrong answers caught by the eval harness more than 2 per cent worse than now, thumbs-down more than 1 per cent worse, or cost per chat more than 20 per cent over the old model, and we stop calling.',
      'Me and you, number two — the first line is 2 per cent of chats, held until 5,000 chats have gone through. Two lines is 25 per cent, held a full week of the St Magnus Festival, when the questions come thickest. Full house is everyone.',
      'Before each new line the skipper and I both shout house, or nobody moves.',
      "Two little ducks, 22 — if a limit trips, whoever has the phone that night puts the old version back. It's a switch in the routing, under five minutes, no new build, and no need to ring me.",
      "Top of the shop, 90 — this canary tells us the bigger model is safe, not that it's better. Whether it answers better, and earns its cost, is for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cl002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, buddo, eyes down for the prompt game. The change is a warmer, chattier system prompt for the model that answers our visitors' wildlife questions. Only English speakers read it over, and a quarter of the folk asking us about puffins write in German, where you don't say du to a stranger.",
      'Cup of tea, number three — three things are mine: the order folk get it in, the limits and the holds. The engineers own the flags, the routing and the deploy.',
      "Duck and dive, 25 — the first line is 25 per cent... no. Eyes up, I've miscounted, that's the two-lines card in my hand. Start again.",
      "Kelly's eye, number one — the first line is 1 per cent of questions: the crew and the booking office, Anke our German guide among them, who'll tell us fast if it's talking to visitors like a pal in the pub. It holds for 3,000 answers.",
      'Knock at the door, number four — after the first line come the opted-in early testers, English and German both, because they asked to see new things and they write back. Then regulars on Mainland and the South Isles with three summers or more booked. First-summer bookers and the German tour groups come last: they are new to us, or they are the ones this prompt is likeliest to offend.',
      "Duck and dive, 25 — now it's right: two lines is 25 per cent, held a full week of the St Magnus Festival, thumbs counted by language, never lumped together. Full house is everyone.",
      'Legs eleven — the card is written before the first line. Thumbs-down in German more than 2 points worse than now and we stop calling; the same in English. Formal address missing from more than 1 per cent of German answers on the eval harness, or wrong bird facts more than 1 per cent worse than now, and we stop calling. Errors more than 0.5 per cent worse, or p95 more than 300 milliseconds worse, same again.',
      'At every line the skipper and I both shout house before anyone moves up.',
      'Two little ducks, 22 — whoever has the phone that night puts the old prompt back with the config switch, two minutes, no need to ring me.',
      'Top of the shop, 90 — the canary shows the new prompt is safe. Whether warmer wins more bookings is a randomised A/B test once it is.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cl003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Eyes down. A cheaper, faster model takes the wildlife answers; few folk rate one, and the harness grades one in two hundred.',
      "Kelly's eye, number one — I own the order, the limits and the holds; the engineers own routing, deploy and flags.",
      'Cup of tea, number three — the crew play a practice card first, then the opted-in testers, then bookers with three summers or more; first-summer bookers last, being new and easily put off.',
      'Legs eleven — on the card before we start: harness wrong answers more than 1 per cent worse than now, thumbs-down more than 2 points worse, errors more than 0.5 per cent worse, or p95 more than 300 milliseconds worse, and we stop calling. Meanwhile the harness grades one in ten.',
      'One score, 20 — the first line is 20 per cent, not a peedie 5, held for 2,000 graded answers. Two lines is 50 per cent, held a full week of the St Magnus Festival. Then full house. The skipper and I both shout house before each line.',
      'Two little ducks, 22 — whoever has the phone that night puts the old model back with the routing switch, minutes, no need to ring me.',
      'Top of the shop, 90 — this proves safe, not better; better needs a randomised A/B test.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cl004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Eyes down for the recommendations game, buddo. The home screen's 'trips you might like' gets a new model that reads more from the regional feature stores, and those stores were sized for the old one. The team's all in Kirkwall, but the Singapore folk who book ahead do it at their lunch, which is the early morning here while we're still in our beds.",
      "Kelly's eye, number one — mine: the order, the limits, the holds. The engineers own the routing, the deploy and the flags.",
      'Me and you, number two — the crew and the office first; then the opted-in early testers, in Europe and in Asia; then bookers with three summers or more, island by island, Mainland before the North Isles; first-summer bookers and the big Asian tour agents last, because they are new to us or they bring the most bookings.',
      'Legs eleven — the card is written before any traffic moves. Errors more than 0.5 per cent worse than now, or p99 more than 200 milliseconds worse, in either region, and we stop calling. Click-through on the recommended trips more than 3 per cent worse than now, bookings from the home screen more than 2 per cent worse, or feature-store timeouts that fall back to the old popular-trips list more than 1 per cent worse, and we stop calling. Each region is read on its own, never averaged.',
      'Man alive, number five — the first line is 5 per cent, held until it has seen a Singapore lunch hour on three working days. Two lines is 25 per cent, held 40,000 recommendations and a full week of both lunch peaks. Full house is everyone. At each line the skipper and I both shout house, and not before the Asian peak has been through.',
      'Two little ducks, 22 — whoever has the phone that night, the early-morning phone included, puts the old model back with the routing switch in minutes, no need to ring me.',
      "Top of the shop, 90 — the canary tells us it's safe; whether it recommends better trips is for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cl005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Eyes down, buddo. I sell puffin trips, but a payment change is a payment change: you don't take a new boat out in a gale before she's been round the harbour. Here the app's payments move to the provider's new SDK, wallets and all, and Friday dinner is the busiest hour of the week.",
      "Kelly's eye, number one — what's mine: the order, the limits and the holds. The engineers own the routing, the deploy and the flags, and they ship both SDKs in the app behind a remote flag.",
      "Cup of tea, number three — the order. Staff first, paying for their own dinners on the app. Then the opted-in beta folk. Then customers who've ordered for three years or more, town by town. New customers and anyone on a first order come last, because a failed first payment is a customer gone. Android and iPhone are each counted on their own.",
      'Legs eleven — the card is written before the first payment moves. Payment failures more than 0.5 per cent worse than now, in any five-minute window, on either platform, and we stop calling. Checkout p99 more than 200 milliseconds worse, or completed orders more than 2 per cent worse than the customers still on the old SDK, and we stop calling. Five-minute windows, because this thing fails in bursts and an hourly average would smooth them away.',
      'Man alive, number five — the first line is 5 per cent, held for 20,000 payments and never started on a Friday. Two lines is 25 per cent, held through a full Friday dinner. Full house is everyone.',
      "Before each line the skipper — that's the payments lead — and I both shout house, or we keep calling the same line.",
      'Two little ducks, 22 — whoever has the phone that night flips the flag back to the old SDK, a few minutes, no new app release, no need to ring me, Friday or not.',
      'Top of the shop, 90 — this tells us the new SDK is safe. Whether wallets make more folk order is for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cl006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Eyes down. Fares move to a new pricing service, tested hardest at night. Like a night crossing: settle who may turn back before leaving the pier.',
      "Kelly's eye, number one — I own the order, the limits and the holds; the engineers own routing, deploy and flags.",
      "Cup of tea, number three — staff rides first, then opted-in beta riders, then riders with three years or more; new riders and the airport runs last, as new folk don't return and airport fares are dearest.",
      'Legs eleven — on the card before Tuesday: fare errors more than 0.5 per cent worse than now, p99 more than 200 milliseconds worse, or completed trips more than 2 per cent worse, and we stop calling.',
      'Man alive, number five — the first line is 5 per cent, held two nights, billing batch window included. Two lines is 25 per cent, held a full weekend of nights. Then full house. The skipper, our pricing lead, and I both shout house before each line.',
      'Two little ducks, 22 — whoever has the phone that night, 2 a.m. included, puts the old pricing service back with the routing switch in minutes, no need to ring me.',
      'Top of the shop, 90 — the canary says safe; a randomised A/B test says better.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cl007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Eyes down, buddo. Tasks move from our own database to a managed cluster behind a new proxy. The load tests ran with warm caches, and the old cluster's due to go at the end of the month. On the boats we never sell the old boat till the new one has done a season, and the same goes here.",
      "Kelly's eye, number one — mine: the order, the limits, the holds, and saying no to the month-end date if the card isn't full. The engineers own the routing, the proxy, the deploy and the flags.",
      'Cup of tea, number three — our own team workspaces first; then the opted-in early-access teams; then teams who have been with us three years or more; new teams in their first month, and the biggest paying accounts, last, because one slow morning loses a trial and a big account has the most to lose.',
      "Legs eleven — the card is written before the first page load moves: errors more than 0.5 per cent worse than now, p99 page load more than 200 milliseconds worse, or tasks saved per active user more than 2 per cent worse than the teams still on the old database, and we stop calling. We read the first cold hour of each line on its own, because that's where the warm caches lied.",
      'Man alive, number five — the first line is 5 per cent of teams, held for three working days, a Monday morning among them. Two lines is 25 per cent, held a full week with the busiest morning of the month in it. Full house is everyone, and the old cluster stays switched on and in sync for a week after that.',
      'At each line the skipper — the platform lead — and I both shout house before anybody moves.',
      'Two little ducks, 22 — whoever has the phone that night points the proxy back at the old cluster, a config change, minutes, no need to ring me.',
      "Top of the shop, 90 — the canary shows the new storage is safe; if anyone wants to claim it's faster for folk, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
