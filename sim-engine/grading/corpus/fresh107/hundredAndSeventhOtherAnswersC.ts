import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventh fresh set, author c: middling (di048–di050), weak (di051–di052), keyword
 * salad (di053–di054), negated (di055–di056), misconception-led (di057–di058) and off-topic
 * (di059–di060) answers, written blind and labelled by hand. A museum tour guide's script in a
 * Thimphu English register, by the PM of a handmade-paper workshop (see README-c.md,
 * LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'di048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Kuzuzangpo la. Our paper assistant moves to a newer, larger model with a longer memory; the prompt stays, and the offline evals went up three points on short questions.',
      'In this first room, the order of buyers. Workshop staff first; then the buyers who opted into early suggestions in Babesa and Kawajangsa; then buyers by years buying; the monasteries and new buyers last, since a wrong weight for a prayer book is a serious matter and a new buyer gives us one chance only.',
      'If you follow me to the next case, the stages: the first pulp for a full week of the Thimphu Tshechu, then the drying wall for 2,000 suggestions, then the whole workshop, and at each one we stop and look before going on. Forgive me, la, that was the wrong case. This one: the drying wall waits for 3,000 suggestions, not 2,000, because long conversations are rarer.',
      "In the last case, what we watch besides errors: the thumbs-down rate, the eval harness's wrong-sheet rate on the suggestions it grades, and the cost per conversation that Aum Pema, our bookkeeper, asked about. These are read at every stage.",
      'That is the tour, la. If something looks wrong along the way, we will talk it over with the team. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'di049',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Tashi delek, la. The home-and-garden shop's three-step checkout becomes a single page, with saved addresses and cards filled in automatically.",
      'In this first room: what is mine as PM and what is not. The order of customers, the limits and the holds are mine to decide; the engineers own the flag, the routing and the deploy.',
      'If you follow me to this case: before any traffic moves I write the limits on its glass. First-order conversion more than 2 % worse than now, checkout errors more than 0.5 % worse than now, and we still the water wheel.',
      'This next case shows the returning customers from the usability lab, who loved it. Forgive me, la, that was the wrong case. This one: the first-time buyers, whom the lab never met and who arrive in numbers with the spring campaign.',
      "The last room: whoever's on call brings back the old sheets, no need to call me. The old checkout returns by flag, day or night, in a few minutes.",
      'We will put it out to a slice of customers first and widen it when it looks good. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'di050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "Kuzuzangpo la. The marketplace's image resizer is rewritten for a new photo format; the benchmarks say 20 % faster, and the team wants it everywhere by Thursday.",
      'In this first room, the stages: the first pulp, the drying wall, half the workshop, the whole workshop. At each one we hold for at least a full day without a restart, because our old vat-keeper taught me that pulp turns sour by evening, not at noon, and a service restarted only on deploys can sour the same way. Forgive me, la, that was the wrong case. This one: each stage holds for two full days without a restart, so Thursday will slip, and I will tell the team why.',
      'If you follow me to the next case: at each of those gates the paper master, their lead engineer Dechen, and I both hold the first sheet to the light before anything moves on.',
      'In the last case, a note visitors often miss. The canary tells us the new resizer is safe, not that sellers do better with it; that we would learn from a randomised A/B test afterwards.',
      'We will keep an eye on the graphs between the rooms. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'di051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Kuzuzangpo la, welcome. Our paper assistant is moving to a cheaper, faster model.',
      'In this first room you see the old model, which has served us well for three seasons. If you follow me to the next case, the new one, which is faster and costs less. Forgive me, la, that was the wrong case. This one: the new model is cheaper first, and faster second.',
      'We would let some buyers try it and see how it goes. If buyers seem unhappy we can always go back. Karma and the engineers know this work well, and I trust them to choose the right way.',
      'That is the whole tour, la. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'di052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Tashi delek, la. In this first room hangs the story of the canary: miners carried a small bird underground, and when it stopped singing they climbed out. If you follow me to the next case: a canary release is the same idea, a new version shown to a large share of users before the rest. Forgive me, la, that was the wrong case. This one: a canary release shows the new version to a small share of users first, and then to everyone. For the video editor's new pricing table I would do that before Friday's campaign, because it is good practice and lowers risk, as we dry one sheet before a whole batch. Kadrinchey la.",
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'di053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Kuzuzangpo la. In this first room: canary, cohorts, thresholds, holds, gates, sign-off, rollback, guardrails, observability, blast radius, the first pulp, the drying wall.',
      'If you follow me to the next case: prompt, tone, warmth, locale, Dzongkha, zhesa, thumbs-down, eval harness, feedback loop, hallucination, tokens, p95 latency, dashboards, alerts.',
      'Forgive me, la, that was the wrong case. This one: data-driven, risk-aware, progressive delivery, feature flags, ramp, baseline, control, A/B, safe, better, stakeholders, paper master, first sheet, the light, the water wheel.',
      'The last room: iterate, learn, align, ship, the whole workshop. Tashi delek, kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'di054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Tashi delek la, this way please, in this room the search index and the canary and the tail latency and the p99 and the filters and the cohorts and the institutional licences and the free tier and the thresholds and the holds and the rollback and the routing and the flags and the sign-off and the paper master, and if you follow me to the next case the observability and the SLOs and the error budgets and the dashboards and the blast radius and the gates and the ramp and the whole workshop. Forgive me, la, that was the wrong case. This one: best practice and alignment and velocity and safety and cost savings and the first pulp and the drying wall and the water wheel and the old sheets and the first sheet held to the light, kadrinchey la.',
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'di055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Kuzuzangpo la. The change is a new suggestion model for the bundles on our shop's home screen, reading more from the Bhutan and America feature stores. Today every case in the tour is empty: these are the things we will not do.",
      "In this first room there is no line between my part and the engineers'. I will not claim the order, the limits or the holds as mine.",
      'If you follow me to the next case: no order of buyers. We will not put staff first, nor opted-in buyers next, nor keep new buyers and the stationers for last.',
      'This case has no limits in it. We will not write numbers down before traffic, nor say "more than this worse than now, and we still the water wheel".',
      'Forgive me, la, that was the wrong case. This one: no stages. No first pulp, no drying wall, no hold through an American lunch at eleven at night, no count of suggestions before moving on.',
      'In this room nobody holds the first sheet to the light; no paper master signs anything.',
      'There is no night bell either. The on-call will not bring back the old sheets by a flag, and we will not watch add-to-cart, complaints or the eval harness beside the errors.',
      'At the door, la: we will not follow it with a randomised A/B test, and we will not say the canary shows it safe rather than better. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'di056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Tashi delek, la. The holiday-rental site's booking page gets a new date picker and a shorter form, and the team wants it at 100 % this afternoon.",
      'In this first room visitors ask whether I, as PM, own the order of guests and the limits. No, la; I will not take those on.',
      'At the next case they ask whether staff and opted-in guests go first and repeat guests last. No, la; we will not choose an order.',
      'Here they ask about limits written beforehand, bookings so much worse than now and we still the water wheel. No, la; we will set none, and we will not wait the hours a family takes to talk a booking over at home.',
      'Forgive me, la, that was the wrong case. This one: they ask about stages, the first pulp and the drying wall, and a hold at each. No, la; there will be no stages and no holds.',
      'In the next room they ask who signs. No one, la; the paper master and I will not hold any sheet to the light.',
      "In the last room they ask whether whoever's on call can bring back the old page by a switch at night. No, la; we will not arrange that.",
      'At the door they ask about a randomised A/B test afterwards. No, la, none. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'di057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "Kuzuzangpo la. Our paper assistant's prompt is rewritten to sound warmer and more casual. Our English-speaking staff reviewed it, and a quarter of our buyers write in Dzongkha.",
      'In this first room, the plain purpose of the tour: the canary is how we prove the warmer prompt is better than the old one. If the canary buyers give more thumbs-up than everyone else, that is our proof, and we announce it.',
      'If you follow me to the next case, the order: staff first; then buyers who opted into early suggestions, from Changzamtog and Taba; then buyers by years buying; the monasteries and new buyers last, because a careless word to a lama or a first-time buyer is hard to take back.',
      'This case holds the limits, written before the first suggestion: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse than now, orders per day more than 3 % below now, and we still the water wheel.',
      'The stage room: the first pulp, staff, for 300 suggestions; the drying wall, 10 %, for a full week of the Thimphu Tshechu. Forgive me, la, that was the wrong case. This one: the drying wall is 10 % for 2,000 suggestions; then half the workshop for 5,000; then the whole workshop, waiting at each until its count is reached.',
      'At the door: when the whole workshop is done, the thumbs-up tally is our verdict that the warmer prompt wins. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'di058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H'),
    text: [
      "Tashi delek, la. The fashion shop's product pages get larger photos and a size guide. The release goes to employees first, who browse all day and almost never buy.",
      'In this first room, the division: as PM I own the order of shoppers and how long each stage waits; their engineers own the flag, the routing and the deploy.',
      'If you follow me to the next case, the order: employees first, knowing their numbers will show plenty of browsing and no buying; then shoppers who opted into previews; then shoppers by years buying; first-time shoppers and the best-spending customers last, because a size guide that misleads them costs the most.',
      'The stage room: the first pulp, employees, for a full week of the Thimphu Tshechu. Forgive me, la, that was the wrong case. This one: employees for two days, judged on page errors, not on purchases; the drying wall for 20,000 page views from real shoppers; half the workshop for a week; then the whole workshop.',
      'The last room, and I say it plainly: rolling back means a redeploy of the old build, and only after the head of e-commerce and I approve it at the morning meeting. Nobody reverts on their own, at night or otherwise, whatever the graphs show. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'di059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Kuzuzangpo la, and welcome to our workshop. In this first room the daphne bark, stripped from shrubs on the hills above Thimphu, soaks in the stream for a night. If you follow me to the next case, the bark is boiled with wood ash until it softens, then washed and picked clean by hand, every dark fleck lifted out with a fingernail.',
      'Forgive me, la, that was the wrong case. This one: the bark is boiled first and soaked after, so that the ash washes out in the stream.',
      'In the next room the fibres are beaten on a flat stone with wooden mallets until they are as fine as cotton, then stirred into the vat. The paper master dips the frame, shakes it once from east to west and once from north to south, and lifts a single wet sheet.',
      'The sheets are stacked, pressed under stones overnight, and brushed one by one onto the warm wall to dry. In the last room you may buy a few; they are good for prayer books and for wrapping. Kadrinchey la.',
    ].join('\n\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'di060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Kuzuzangpo la. Since you ask about the paper assistant, let me show you what it tells our buyers, room by room.',
      'In this first room, prayer books: a heavy sheet, about 80 grams, cut long and narrow for the loose-leaf pecha, and the assistant asks how many folios the text has before it suggests a count.',
      'If you follow me to the next case, wrapping: a thin sheet, 25 grams, soft enough to fold around a gift, sold by the hundred. Forgive me, la, that was the wrong case. This one: wrapping is 30 grams, not 25; the thinner sheet tears at the corners.',
      'Restoration: the thinnest tissue we make, about 12 grams, for mending old manuscripts. The assistant always suggests a few extra sheets, because restorers practise first.',
      'Cards: a medium sheet with flower petals pressed in, sold in tens, with envelopes of the same paper.',
      'In the last room, the newer model: it will remember more of a long conversation, so a buyer who describes a whole monastery library need not repeat herself. Kadrinchey la.',
    ].join('\n\n'),
  },
];
