import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-first fresh set, author a: strong answers (ci001–ci007), written blind and labelled by hand.
 * Voice: a Kentucky English register, a farm-equipment parts ordering app PM whose language model
 * answers mechanics' questions, the release called as a live horse race; ci004 is a voicemail.
 */
export const EIGHTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ci001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "And they're off, folks, calling this one from the rail. On the track today: the bigger model for our parts helper, the one that tells a mechanic which hydraulic filter fits an '09 combine. Same prompt, longer memory, and finance wants the price of every question.",
      "Before the gate opens, here's what's mine and what ain't. My end as PM is the running order of the field, the limits that pull us up, and how long we hold at each pole. The engineers own the routing, the flag and the deploy, and I don't touch any of that.",
      "Out of the starting gate it's our own parts-counter staff and the two dealer shops that test for us, about 2 % of questions, and they hold there for 1,500 questions. Into the backstretch at 10 %: farms in the three home counties that have ordered with us five seasons or more and signed up for the early look. They know a wrong part number and they'll tell us. Coming round the far turn at 25 %, the rest of the long-time farms. The home stretch at 50 % and then the wire bring in the first-season farms and the big custom-harvest outfits, last, because a bad answer on a first order loses a customer for good and the big outfits we can least afford to lose. From the backstretch on, every stage holds a full Derby week of orders before anybody moves the field forward.",
      'The limits were wrote down and agreed last Monday, before one question moved: errors more than 0.5 % worse than now and we pull up; p95 answer time more than 400 ms worse than now and we pull up; wrong-part answers on the eval harness more than 1 point worse than now and we pull up; thumbs-down more than 2 points worse than now and we pull up; cost per question more than 30 % higher than now and we pull up.',
      'At every pole the trainer, our engineering lead Darlene, and I both nod before the field goes on.',
      "If a limit trips at three in the morning, whoever's on call puts the old version back on the track, no need to holler for me. It's a flag flip, back in about two minutes, no redeploy.",
      'At the wire, all this race has proved is that the big model is safe. Whether it answers mechanics better is a different race: a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'ci002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "And they're off with the new payment SDK, wallet payments and all. Parts-counter rule: check the serial before you hand anything across.",
      'As PM I own the field order, the pull-up limits, the holds. Engineering owns the routing and the flag.',
      'Starting gate, 1 %: our own staff ordering dinner. Backstretch, 10 %: customers in two counties, three seasons or more with us, who opted into the beta. Home stretch, 50 %: the rest of the regulars. The wire: first-time customers, last, because a failed first payment is a customer gone. Each stage holds 3,000 orders and one Friday dinner before it advances.',
      'Limits set before the gate opens: payment failures more than 0.3 % worse than now and we pull up; checkout p99 more than 250 ms worse than now and we pull up; completed orders more than 2 % worse than now and we pull up. Android is read on its own, since it fails in bursts.',
      "The trainer, our payments engineering lead, and I both nod before each move. Whoever's on call puts the old version back on the track, no need to holler for me: a config switch, under five minutes, any hour.",
      "The canary says it's safe. Whether wallets sell more dinners is a randomised A/B test after.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ci003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Good afternoon from the rail, and the field's in the starting gate. Today it's the parts helper moving to a cheaper, faster model, and I'll tell you straight, this is a thin field: a few hundred mechanics' questions an hour at planting time, hardly anybody taps thumbs up or down, and the eval harness grades one answer in two hundred. Call this race by the clock and you call it blind.",
      "So, who holds what. I'm the PM, so I own the running order, the pull-up limits and how long we hold; the engineers own the routing switch and the deploy.",
      "And they're off. Out of the starting gate, our own counter staff and the service techs at our two dealer shops, holding till 800 questions, not a day count. Into the backstretch at 10 %: farms in Warren and Barren counties that have ordered eight seasons or more and signed up for early looks, patient folks who call us when an answer's wrong, holding till 2,000 questions. Coming round the turn at 25 % it's the rest of the regulars, and the home stretch at 50 % brings in the first-season farms and the big dealerships, last, because they're the least forgiving and the most to lose. Those two hold a full Derby week of orders each, and never fewer than 3,000 questions.",
      "Because the signal's thin, while the canary runs the harness grades one canary answer in ten, not one in two hundred. The limits were set before the gate opened: made-up or wrong part numbers on the harness more than 1.5 points worse than now and we pull up; thumbs-down share more than 3 points worse than now and we pull up; errors more than 0.5 % worse than now and we pull up; p95 answer time more than 300 ms worse than now and we pull up. Cost per question we watch too, to make sure the saving is real.",
      'At every pole, the trainer, our ML lead, Wendell, and I both nod, or the field stays put.',
      "If a limit trips, whoever's on call puts the old version back on the track, no need to holler for me, any hour of the night. It's a flag, not a rebuild: two minutes.",
      'And down the stretch they come. What this call can tell you is that the cheaper model is safe. Whether mechanics are better served by it is a separate race, a randomised A/B test run after.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'ci004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Hey Loretta, it's Dale. I'm fixin' to get on a plane, so here's the fare-service plan for Tuesday before I lose signal. Write this down if you might could.",
      "First off, what's mine and what's yours. I own the order we let riders in, the pull-up limits and the holds. You and the platform folks own the routing, the flags and the deploy. Don't let anybody tell you I'm picking weights on the load balancer.",
      "Order of the field. Starting gate Tuesday evening, 1 %: our own staff and drivers riding in Jefferson County. Backstretch, 10 %: riders in Fayette and Jefferson who've ridden with us three seasons or more and opted into the beta. Home stretch, 50 %: everybody else except airport runs, corporate accounts and brand-new riders. Those come in at the wire, last, 'cause a wrong fare on a company card is a month of phone calls, and a new rider who gets one bad fare is gone. Same as at the parts counter: you don't ring it up till you've matched the serial.",
      "Holds. Every stage holds 20,000 trips and has to sit through one nightly batch window with billing before we move, since that's where I'm worried it breaks. Nothing moves on a Friday or Saturday night.",
      'Limits, agreed Monday, before one trip moves: fare calculation errors more than 0.2 % worse than now and we pull up; pricing p99 more than 150 ms worse than now and we pull up; completed trips more than 1.5 % worse than now and we pull up; billing mismatches more than 0.1 % worse than now and we pull up.',
      "Sign-off: before each move the trainer, that's Marcus as eng lead, and I both nod. If I'm in the air, it's Marcus and you.",
      "Now the part I care about most. If a limit trips at two in the morning, whoever's on call puts the old version back on the track, no need to holler for me. They don't wait on anybody's say-so. It's the routing switch back to the old pricing service, under five minutes, no redeploy. Make sure whoever's on the rota Tuesday night has that switch and knows it's theirs.",
      "Last thing. This canary only tells us the new service is safe. If anybody wants to claim it prices better, that's a randomised A/B test after. Alright. Call me when they cross the wire.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ci005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "And they're off: the new parts-basket model, reading more from each region's feature store.",
      "I'm the PM, so I own the field order, the pull-up limits and the holds. Engineering owns the routing and flags.",
      'Starting gate, 2 %: our counter staff. Backstretch, 10 %: farms that have ordered ten seasons or more and joined the early look, in every region, so each feature store meets its own peak. Home stretch, 50 %, then the wire, first-season farms last: a bad first basket loses them.',
      'Each stage holds a full Derby week of orders before anybody advances.',
      'Written down before the gate opens: errors more than 0.5 % worse than now and we pull up; p95 more than 200 ms worse than now, region by region, and we pull up; basket add-rate more than 2 points worse and we pull up; wrong-fit returns more than 1 point worse and we pull up; eval-harness relevance more than 2 points worse and we pull up.',
      "The trainer, our ML lead, and I both nod before every move. Whoever's on call puts the old version back on the track, no need to holler for me, day or night: a flag flip, minutes.",
      "This shows it's safe; better takes a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ci006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "And they're off, with the new index layout breaking clean from the gate. Now folks, I came up at a parts counter, and at a parts counter the common filter sells itself; it's the odd part for a 1970s baler, three drawers deep, that takes you twenty minutes. Same here: the median query got faster, but the rare ones with a pile of filters never ran in the benchmark. So I call this race by the tail.",
      'My part as PM: the running order, the pull-up limits and how long each stage holds. Engineering owns the routing, the flag and the deploy.',
      'Out of the starting gate, 1 %: our own staff and the librarians at two partner schools who test for us, holding for 50,000 searches, with our saved filter-heavy searches replayed on purpose. Into the backstretch at 10 %: free-tier researchers who opted into early access. Coming round the turn at 25 %: the rest of the free tier. Home stretch at 50 % and on to the wire: the institutional licences, newest last, because a library in its first season with us is deciding whether to renew, and the long-licensed ones pay the bills. From the backstretch on, each stage holds a full Derby week of searches before it moves.',
      'The limits were written before the gate opened: errors more than 0.3 % worse than now and we pull up; p99 more than 200 ms worse than now and we pull up; p99 on searches with three or more filters more than 300 ms worse than now and we pull up; searches ending in a download more than 2 % worse than now and we pull up.',
      'At each pole, the trainer, which is our search engineering lead, and I both nod. No nod, the field waits.',
      "If one trips, whoever's on call puts the old version back on the track, no need to holler for me: any hour, a routing switch back to the old index, three minutes, no redeploy.",
      "And they hit the wire. What's proved is that it's safe. Whether the new layout is better for researchers waits on a randomised A/B test after.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ci007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Welcome to the track, y'all: today's field is the parts helper's new system prompt, rewrote to sound warmer and more casual. The English-speaking team loved it. But about a quarter of our mechanics ask in Spanish, and plenty expect usted, not tú. So I'm calling this race language by language.",
      "First, the silks: I'm the PM, and what I own is the order of the field, the pull-up limits and the holds. The engineers own the prompt flag, the routing and the deploy.",
      "And they're off! Out of the starting gate, 2 %: our counter staff, English and Spanish speakers both, and the bilingual techs at our dealer shop in Shelby County. They hold for 1,000 questions, at least 250 of them in Spanish. Into the backstretch at 10 %: farms that have ordered six seasons or more and signed up for the early look, in both languages. Coming round the turn at 25 %: the rest of the regulars. Home stretch at 50 %, and only then the wire: first-season farms and the big dealerships, last, because a first answer that talks down to somebody is the last one they read. From the backstretch on, each stage holds a full Derby week of orders and at least 1,500 Spanish questions before the field moves.",
      "Set before the gate opened, and measured for English and Spanish separately so the one can't hide the other: thumbs-down more than 2 points worse than now and we pull up; native-speaker review scores on a weekly sample of 200 answers more than 0.5 out of 5 worse than now and we pull up; wrong-part answers on the eval harness more than 1 point worse than now and we pull up; hand-offs to a human at the counter more than 10 % worse than now and we pull up; errors more than 0.5 % worse or p95 more than 300 ms worse than now, and we pull up.",
      'At every pole, the trainer, our AI lead, Rosa, and I both nod, and Rosa reads a sample of Spanish answers first.',
      "If any of that trips, whoever's on call puts the old version back on the track, no need to holler for me. The old prompt is a flag away, back in a minute, middle of the night or not.",
      "And as they cross the wire, remember what we've proved: the warm prompt is safe, in both languages. Whether it's better is a randomised A/B test afterwards, not this race.",
    ].join('\n'),
  },
];
