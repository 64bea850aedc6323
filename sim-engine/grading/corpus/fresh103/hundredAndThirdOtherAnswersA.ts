import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-third fresh set, author a: middling (de008–de010), weak (de011–de012), salad
 * (de013–de014), negated (de015–de016), misconception-led (de017–de018) and off-topic
 * (de019–de020) answers, written blind and labelled by hand, all as cave-tour seed packets.
 */
export const HUNDRED_AND_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak (service)
  {
    id: 'de008',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      'IMAGE RESIZER — the new photo format. Packet back, abbreviated.',
      '',
      "Who tends it: the limits and how long each stage waits are mine, as PM; the deploy and the routing are the engineers'.",
      '',
      'Before sowing: written down now, before any photo goes through the new service. Image p95 more than 150 ms worse than now, and we close the cave gate; resize errors more than 0.5 % worse than now, the same; memory per instance more than 20 % above now after 24 hours, the same. "20 % faster" was a benchmark of minutes; this service lives for days between deploys, so memory is the limit that matters.',
      '',
      'Germination: the entrance, 2 %: a full 48 hours without a restart, because it slows down over a day and a shorter hold sees nothing. The great hall, 20 %: three days. The deep gallery, 50 %: a full week. Thursday, ne, is not realistic; I will say so.',
      '',
      'Correction: the great hall waits four days, not three; the weekend is when sellers upload most.',
      '',
      'Water: the graphs, twice a day.',
    ].join('\n'),
  },
  // support-model-upgrade (model)
  {
    id: 'de009',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Bigger model for the tour helper — notes for the packet',
      '',
      'Sow: our own guides first, since they know when a suggestion is silly; then visitors who signed up for early access, mostly from Šiška and Bežigrad, booking with us for years; everybody else after; first-year customers and school groups last, because they forgive nothing.',
      '',
      'Germination: the entrance, about 1 %, until 2,000 suggestions; the great hall, about 10 %, through a full week of the Ljubljana summer festival; the deep gallery, 50 %, for another week; then the whole cave. We stop at each and look before going deeper.',
      '',
      "Water: what I watch besides errors — the eval harness's wrong-tour rate on a sample of conversations, thumbs-down on suggestions, and the cost per conversation, since finance asked and a longer context is not free.",
      '',
      'Correction: cost per conversation is watched per language, not in total; the Slovene conversations are longer.',
      '',
      'Harvest: when the whole cave has it, I write a short note to the team. No ja, that is all.',
    ].join('\n'),
  },
  // search-tail-latency (service)
  {
    id: 'de010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'NEW INDEX LAYOUT (smaller, cheaper) — on the back of the packet',
      '',
      'Before sowing. Limits fixed before any query moves: p99 search latency more than 250 ms worse than now, and we close the cave gate; p99.9 for queries with three or more filters more than 500 ms worse than now, and we close the cave gate; errors more than 0.3 % worse than now, the same. The median got faster in testing; ja, but the median is the corridor everyone walks, and the trouble is in the side passages.',
      '',
      "Thin out. Whoever's on call lights the old lamps again, no need to call me: the index alias points back to the old layout in a minute or two, day or night, no redeploy and no approval.",
      '',
      'Correction: the alias switch takes about five minutes with the cache warming, not one or two; still no redeploy.',
      '',
      'Harvest. The canary only says whether the new layout is safe; whether researchers find papers better with it is a randomised A/B test afterwards.',
      '',
      'Sow. We put it out gradually and see.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model)
  {
    id: 'de011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Cheaper model for suggestions — packet',
      '',
      'Sow: put the cheaper model out to some of the visitors.',
      "Water: look at it now and then. If visitors don't like it they will tell us, I suppose, or the guides will.",
      'Correction: not "some of the visitors" — a small part of them.',
      'Harvest: if it goes well, everyone gets it; no ja, if not, we go back. It is cheaper and faster, so I expect it to be fine.',
    ].join('\n'),
  },
  // checkout-first-order (service)
  {
    id: 'de012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'One-page checkout — seed packet',
      '',
      'A canary release is like a first planting: you sow a small patch before the whole field. Sow: a small share of shoppers gets the single page. Germination: we wait a bit and look at it. Correction: not "a bit"; some days. Harvest: before the spring campaign everyone has it, as Growth wants. Returning customers loved it in the lab, ja, so I am calm about it.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model)
  {
    id: 'de013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Sow: canary, cohorts, feature store, Seoul, the entrance, great hall, deep gallery, thresholds, gate.',
      'Germination: holds, p95, p99, hallucination, eval harness, thumbs-down, tokens, A/B, synergy.',
      'Correction: observability, guardrails, blast radius, kill switch.',
      "Thin out: old lamps, rollback, on-call, flags, cave keeper, visitors' log.",
      'Water: regions, latency, districts Šiška Bežigrad Vič, years booking, lunch peak, dashboards.',
      'Harvest: safe, better, randomised, data-driven, ja, hvala.',
    ].join('\n'),
  },
  // pricing-page-healthy (service)
  {
    id: 'de014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'PRICING PAGE · comparison table · packet back',
      'Sow — canary-first progressive delivery, feature-flag cohort segmentation, entrance great-hall deep-gallery staged ramp 1 5 25 100.',
      'Germination — golden signals, error budget, SLO, p99, conversion funnel, baseline, control, guardrails.',
      'Correction — blast radius, kill switch, shift-left, observability-driven, no ja.',
      "Thin out — rollback, close the cave gate, old lamps, on-call, visitors' log, sign-off, A/B, statistically significant.",
      'Harvest — campaign Friday, alignment, stakeholders, learnings, hvala.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service)
  {
    id: 'de015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Product pages with bigger photos and a size guide — packet',
      '',
      "Sow: I won't order the groups. No staff first, no early-access list, no keeping new customers for last; it's photos, ne.",
      'Before sowing: we are not writing limits down in advance; no "more than N worse than now, and we close the cave gate" on this one.',
      "Germination: no entrance, no great hall, no deep gallery; I don't see a reason to hold anywhere.",
      'Correction: also no count of page views to wait for.',
      "Signing: the cave keeper and I will not both sign the visitors' log; nobody signs anything for photos.",
      "Thin out: we won't keep a switch for whoever's on call to light the old lamps again; if something is wrong, we fix it forward.",
      "Harvest: and no A/B test afterwards either; I don't think we need to ask whether it is better.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model: prompt)
  {
    id: 'de016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Warmer prompt for the tour helper — notes on the packet',
      '',
      'Sow: ne, I would not go to our guides first, nor to an early-access group, nor keep the Slovene-speaking regulars from Bežigrad for last. Everyone at once.',
      'Before sowing: no limits written in advance. Not on thumbs-down, not on formal address, not on errors.',
      'Germination: no stages, no hold through a week of the Ljubljana summer festival, no counts of suggestions.',
      'Water: I would not watch the harness or the ratings separately for Slovene.',
      'Correction: I would not even split the ratings by language.',
      "Signing: no signatures in the visitors' log; the cave keeper doesn't sign and I don't sign.",
      'Thin out: nobody on call lighting the old lamps; no switch for it.',
      "Harvest: and no A/B test later; whether warm is better is not a question I'd ask.",
    ].join('\n'),
  },
  // support-model-upgrade (model)
  {
    id: 'de017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'BIGGER MODEL · tour helper · the packet as I would print it',
      '',
      'Why we sow: the canary is our proof that the larger model is better. If the canary group books more tours than the rest, that is the answer for finance as well: it pays for itself. No separate A/B test after; ne, the canary is that test.',
      '',
      "Sow: our guides first, they know every tour; then visitors who opted into early access, regulars from Šiška and Vič with five years of booking; everyone else after; first-year customers and school groups last, because after one odd suggestion they don't come back.",
      '',
      "Germination: the entrance, 1 %, holds 2,000 suggestions; the great hall, 10 %, holds a full week of the Ljubljana summer festival; the deep gallery, 50 %, another 10,000 suggestions. At each, before going deeper, the cave keeper (Nejc, ML lead) and I both sign the visitors' log.",
      '',
      "Water: the eval harness's wrong-tour rate on sampled conversations, thumbs-down on suggestions and cost per conversation; those three I look at daily.",
      '',
      "Correction: the great hall holds a week and a half, not a week; the festival's last weekend is the busiest.",
      '',
      "Harvest: when the canary group's bookings are higher, we have shown the bigger model wins, and we go to the whole cave.",
    ].join('\n'),
  },
  // booking-purchases-lag (service)
  {
    id: 'de018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'DATE PICKER AND SHORTER FORM — seed packet',
      '',
      'Before sowing: I don\'t fix limits beforehand. Honestly, you cannot know what "bad" looks like until you see it. We put it out, watch the bookings graph, and decide on the day what is too low; maybe 5 % down, maybe 10 %, we\'ll see what the day looks like.',
      '',
      'Sow: our own staff first (they book test stays); then guests who opted into early access, booking with us three years or more, from Šiška and Center; everyone else after; first-time guests last, because a lost first booking is a guest we never meet.',
      '',
      'Germination: the entrance, 5 %, holds 400 bookings. Bookings come hours after the search, when people have talked it over at home, so we hold by bookings, not by the clock. The great hall, 25 %, holds 1,500 bookings; the deep gallery, 50 %, a full week of the Ljubljana summer festival. 100 % this afternoon: ne.',
      '',
      'Correction: the entrance holds 600 bookings, not 400; the talking-over often takes a night.',
      '',
      "Before going deeper: the cave keeper (Jure, lead engineer) and I both sign the visitors' log at each stage.",
      '',
      "Thin out: whoever's on call lights the old lamps again, no need to call me: the booking-page flag back to the old picker and form, about a minute, any hour, no redeploy, nobody to ask.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model)
  {
    id: 'de019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'TOUR SUGGESTIONS — what the new model reads (packet back)',
      '',
      'Sow: the new model looks at more about a group before it suggests: the size of the group, the ages, the language, how far they drive, the weather in the karst that day, and whether they booked with us before. It takes these from the regional stores, one for Europe and one for Asia.',
      'Germination: for a Seoul operator the best suggestion is usually the two-hour tour with the deep gallery and the little train, at 10:00, because their buses come from Zagreb the night before.',
      'Water: inside the cave it is 10 degrees the whole year; we tell every group to bring a jacket, and the model now says so too.',
      'Correction: 12 degrees in the great hall, not 10; the guides measured it again.',
      "Harvest: at the end of the day the cave keeper and I both sign the visitors' log, as always, and count how many groups the helper sent to which tour. Ja, it is a good model; I like it.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service)
  {
    id: 'de020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'PRODUCT PAGE — reviews above the fold · packet',
      '',
      "Sow: reviews above the fold is an old idea, and a good one. In our cave shop the guides' comments hang next to the entrance, and visitors read those before the prices.",
      'Germination: the lazy-loaded gallery makes the first picture come quickly; the rest loads while you read the reviews. The photos of tents should show them in rain, ne, not only in sun.',
      'Correction: the photos should also show the tent packed, with its weight.',
      "Water: last week's spring sale, 20 % off everything, went well for the shop, I hear; after a sale people rest their wallets a little, it is normal, in Ljubljana too after the festival.",
      'Harvest: leadership wants it this week. I would tell them it is a nice change and thank the designers. Hvala.',
    ].join('\n'),
  },
];
