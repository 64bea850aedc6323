import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-eighth fresh set, author c: strong answers (cz041–cz047), written blind and labelled by
 * hand before anything was run. Every answer is a dictionary entry read aloud (headword, part of
 * speech, numbered senses with examples, one sense marked "obs.:", a usage note) by a carpet-shop
 * PM from Yerevan. Model answers (4) cover P C T H S R A M; service answers (3) cover P C T H S R A.
 * The built-in scenario each answer was written for is named in the comment above it.
 */
export const NINETY_EIGHTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cz041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Canary, noun. Read aloud from our shop's dictionary, jan.",
      "Sense 1. The change being canaried: our pattern adviser, the language model that suggests patterns and colours for a customer's room, moves to a bigger model that reads the whole room description and the old orders at once. Same prompt, three points better offline, and our accountant asks what one conversation will cost.",
      'Sense 2. The division of the loom. I own the order of customers, the limits where we cut the thread and how long each stage holds; engineering owns the routing, the deploy and the flags.',
      'Sense 3. The warp: our own weavers and shop staff, held for a full week of Vardavar. The knots: customers who opted in to try new things early, then Arabkir and Kentron buyers who have been with us two to five years, held for 800 orders. The fringe: everyone else, and last the first-time buyers and the twenty-year families, because a wrong colour loses the new ones and offends the old ones.',
      'Sense 4. The cut, written and agreed before one customer moves: errors more than 0.5 % worse than now and we cut the thread; p95 more than 300 ms worse than now and we cut the thread; suggestions naming a dye we do not have, counted by our eval harness, more than 2 points worse than now and we cut the thread; thumbs-down on suggestions more than 3 points worse than now and we cut the thread; cost per conversation more than 40 % above now and we cut the thread.',
      'Sense 5. The advance. At the end of each stage the master weaver, Anahit, and I both tie the last knot; without both knots the next stage does not start. Example: "Anahit tied hers, I tied mine, the knots begin."',
      "Sense 6. The rollback. Whoever's on call lays the old version back on the loom, no need to call me, at any hour: one switch in the routing config, four minutes, no redeploy.",
      'Sense 7. What it proves. The canary shows the bigger adviser is safe, not that it is better. Whether it sells more carpets we learn afterwards, from a randomised A/B test.',
      "Sense 8, obs.: to canary, meaning to give it to a random five percent on a Friday and see. Che, jan; my uncle's shop did it, nobody does now.",
      'Usage note: vay, people hear "canary" and think only of a small percentage; the order, the numbers and who signs are the word itself. Aprés.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cz042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Canary, noun, jan; a carpet-shop entry for your food-delivery app.',
      '1. The split: I own the order of diners, the limits and the holds; engineering owns routing, deploy and flags.',
      '2. The warp: our staff paying on Android and iPhone, held for 300 orders. The knots: opted-in beta diners, then Kentron and Arabkir regulars of one to three years, held for 2,000 orders. The fringe: everyone, first-time payers and ten-year regulars last, because a failed first payment loses them. Example: "Never on a Friday dinner."',
      '3. Written before any order moves: payment errors more than 0.5 %, p99 payment time more than 200 ms or completed orders more than 2 % worse than now, and we cut the thread. Android read apart; bursts hide in averages.',
      '4. At each stage the payments lead, our master weaver here, and I both tie the last knot.',
      "5. Whoever's on call lays the old SDK back on the loom, no need to call me: a config switch, under five minutes, any hour.",
      '6. The canary shows the SDK is safe, not that wallets sell more; a randomised A/B test afterwards shows that.',
      "7. obs.: to trust the provider's certification and skip the canary. Che.",
      'Usage note: ha, Friday dinner is your Vardavar.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cz043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Warmth, noun, as in the warmth of a prompt. Jan, the whole canary hangs on this word.',
      'Sense 1. The change: the system prompt of our pattern adviser, the language model that suggests patterns and colours for a customer\'s room, is rewritten to sound warmer and more casual. It was reviewed only in English. A quarter of our customers write in Armenian, where the formal "duq" matters, and the older ones feel a casual "du" like a stranger patting their cheek.',
      'Sense 2. Ownership. I own which customers see it and in what order, the limits where we cut the thread, and the holds; engineering owns the routing, the deploy and the prompt flag.',
      'Sense 3. The warp: shop staff and our weavers, in both languages, held for 400 conversations. Example: "The Shengavit weavers write to it in Armenian, lav."',
      'Sense 4. The knots: customers who opted in to early features, English writers first, then Armenian writers from Kentron and Arabkir with under five years with us, held for a full week of Vardavar, because Armenian replies are where it breaks. The fringe: everyone; last of all the customers who have bought from us more than fifteen years, mostly Armenian writers, who notice the address first and forgive it least.',
      'Sense 5. The cut, fixed before traffic moves and read separately for each language: thumbs-down more than 3 points worse than now and we cut the thread; replies the eval harness marks as informal or wrong in address more than 2 % worse than now and we cut the thread; suggestions naming colours we cannot dye more than 1 point worse than now and we cut the thread; errors more than 0.5 % worse or p95 more than 250 ms worse than now and we cut the thread; tokens per conversation more than 20 % above now and we cut the thread.',
      'Sense 6. At each stage the master weaver, Anahit, and I both tie the last knot before the next stage begins.',
      "Sense 7. Whoever's on call lays the old prompt back on the loom, no need to call me: it is a flag, two minutes, day or night, no redeploy.",
      'Sense 8, obs.: to canary by the calendar, three days and widen whatever the numbers say. Che, not for a prompt.',
      'Usage note: the canary says the warm prompt is safe, not that customers like it more; for that, after the fringe, a randomised A/B test. Ha, and vay if somebody reads liking from the knots.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cz044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Rollback, noun. Read aloud from my shop's dictionary, jan, for a ride-hailing app whose fares move to a new pricing service.",
      'Sense 1. Who may do it: whoever\'s on call lays the old version back on the loom, no need to call me, and that means 2 a.m. on a Saturday too, when trips peak. It is a routing switch back to the old fare service, three minutes, no redeploy and no approval. Example: "Levon rolled it back at 2:10 and told me at breakfast."',
      'Sense 2. What triggers it, written and agreed before the first trip moves: fare errors more than 0.5 % worse than now and we cut the thread; p99 quote time more than 200 ms worse than now and we cut the thread; fares differing from the old service by more than 1 % on more than 1 trip in 1,000 and we cut the thread; completed bookings more than 2 % worse than now and we cut the thread.',
      'Sense 3. Whose it is. I own the order of riders, these limits and the holds; engineering owns the routing, the deploy, the flags and the billing batch.',
      'Sense 4. The stages. The warp: staff rides, held through two nights including one nightly batch window shared with billing. The knots: riders who opted in to the beta, then riders from Arabkir and Davtashen who have ridden with us one to three years, held for 20,000 trips and a weekend night. The fringe: everyone, and last the riders in their first month and the eight-year regulars, because a wrong fare loses a new rider and angers an old one. Starting on Tuesday evening is fine; widening before the first batch window has passed is not.',
      'Sense 5. The advance: at each stage the pricing tech lead, our master weaver for this, and I both tie the last knot.',
      'Sense 6, obs.: rollback, meaning to wake the product manager and wait for her yes. Che, jan, that belongs to the old days; at 2 a.m. the rider does not wait for me.',
      'Sense 7. What it is not: the canary shows the new pricing is safe, not that it is better. If someone wants to know whether the new fares earn more, that is a randomised A/B test afterwards.',
      'Usage note: ha, in the carpet shop we learned it the hard way: a loom must be easy to restring at night. Aprés to the on-call.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cz045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Sparse, adjective, jan, as in sparse feedback.',
      '1. The change: our pattern-and-colour adviser moves to a cheaper, faster model. Few customers rate; the eval harness grades one in two hundred.',
      "2. Mine: the order, the limits, the holds. Engineering's: routing, deploy, flags.",
      '3. The warp: staff, held until the harness has graded 50 suggestions, about 10,000 conversations. The knots: opted-in early customers, then Malatia and Nor Nork buyers of two to six years, held for 30,000 conversations, enough thumbs and grades to read. Example: "Fifty grades first." The fringe: everyone, first-time buyers and twenty-year families last, because they forgive least.',
      '4. Fixed before traffic: harness score more than 3 points worse than now, thumbs-down more than 2 points worse, errors more than 0.5 % or p95 more than 300 ms worse than now, and we cut the thread.',
      '5. At each stage the master weaver and I both tie the last knot.',
      "6. Whoever's on call lays the old model back on the loom, no need to call me: a config switch, minutes, any hour.",
      '7. obs.: sparse, meaning too few ratings to bother with. Che.',
      '8. The canary proves safe, not better; better is a randomised A/B test afterwards.',
      'Usage note: vay, at 5 % this is silence, ha.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cz046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Migration, noun, of data. I read it aloud like from the dictionary behind my counter, jan, but for your project tool whose tasks move to a managed cluster behind a new proxy.',
      'Sense 1. The owner\'s part. Mine: which teams move in what order, the limits, the holds. Engineering\'s: the proxy, the routing, the deploy, the flags and the copying of data. Example: "Gor moves the routing; I move the teams."',
      'Sense 2. The warp: our own teams, every page load through the new proxy, held three working days, because the load tests ran with warm caches and our own Monday morning is the first cold one.',
      'Sense 3. The knots: workspaces that opted in to early access, then small teams from Kentron and Ajapnyak who have used us one to four years, held until 200,000 page loads and one full Monday peak.',
      'Sense 4. The fringe, in three pulls of the thread, 25 %, 50 %, 100 %, each held a full day with a peak in it; the biggest workspaces and the ones that joined this month go last, because a slow board costs the first their week and the second their trust.',
      "Sense 5. The cut, written before one page load moves: errors more than 0.5 % worse than now and we cut the thread; p99 page load more than 200 ms worse than now and we cut the thread; tasks saved per active user more than 2 % worse than now and we cut the thread; the proxy's connection pool more than 80 % full and we cut the thread.",
      'Sense 6. The advance: at the end of each stage the database lead, our master weaver, and I both tie the last knot.',
      "Sense 7. The rollback: whoever's on call lays the old version back on the loom, no need to call me, at any hour; writes go to both clusters until the fringe is done, so going back is a proxy routing switch, three minutes, no redeploy.",
      'Sense 8, obs.: migration, the Saturday-night big move behind a maintenance page. Che.',
      'Sense 9. What it proves: the canary says the new storage is safe; if anyone claims it makes teams faster at their work, that is for a randomised A/B test afterwards.',
      "Usage note: ha, a weaver never burns the old loom before the new carpet is off it, so the old cluster is not switched off at the month's end until the fringe has held a full week of Vardavar. Lav.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cz047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Lunch, noun. Jan, I read it from our dictionary because lunch is the word this canary hangs on.',
      "Sense 1. The change: the home page of our shop suggests ready carpets for a customer's room, and the new recommendation model reads more features per request from the regional feature stores, in Yerevan and in Glendale. Those stores were sized for the old model. The team sits in Yerevan; Glendale's lunch is our 23:00.",
      'Sense 2. The owner. I own the order of customers, the limits and the holds; engineering owns the routing, the deploy, the flags and the feature stores.',
      'Sense 3. The warp: staff in both shops, held for two full days so both lunches, ours and Glendale\'s, pass through it. Example: "Ours at 13:00, theirs at 23:00."',
      'Sense 4. The knots: customers who opted in to early features, then Arabkir and Avan buyers with three to eight years with us and Glendale buyers of the same years, held for 5,000 home-page visits in each region and three Glendale lunches.',
      'Sense 5. The fringe: everyone, and last the first-year buyers and the families of twenty years and more, the ones we lose for ever with one bad suggestion.',
      "Sense 6. The cut, in writing before one visit moves, read per region and per hour: errors more than 0.5 % worse than now and we cut the thread; p95 more than 250 ms worse than now and we cut the thread; feature-store timeouts, which drop the model to its fallback suggestions, on more than 1 % of requests and we cut the thread; carpets saved to a room more than 3 % worse than now and we cut the thread; the eval harness's relevance grade more than 2 points worse than now and we cut the thread; thumbs-down on suggestions more than 2 points worse than now and we cut the thread.",
      'Sense 7. At each stage the master weaver and I both tie the last knot, and not before the Glendale lunch has been read.',
      "Sense 8. Whoever's on call lays the old version back on the loom, no need to call me, the 23:00 Glendale lunch included: a routing switch, under five minutes, no redeploy.",
      'Sense 9, obs.: to watch a canary from nine to six, Yerevan time, and call the day clean. Che, jan.',
      'Usage note: the canary tells us the new model is safe, not that it sells more; better is for a randomised A/B test afterwards. Vay, lav, aprés.',
    ].join('\n'),
  },
];
