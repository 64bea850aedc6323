import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fourth fresh set, author b: strong answers (cv021–cv027), written blind and labelled by
 * hand. Voice: a Santiago (Chilean) English speaker, a stargazing-tour booking PM in the Atacama,
 * every answer narrated as a hushed nature documentary.
 */
export const NINETY_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cv021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '[Hushed, close to the microphone.]',
      "And here, as the sun sets over the desert, the product manager (that's me, po) settles in beside the control room. Tonight the sky assistant, the little model that tells our visitors how clear the night will be, is to be replaced by a newer, larger one with a longer memory for the conversation. The offline evals went up three points on short questions, bacán, but finance wants to know what each conversation will cost.",
      'Watch how she divides the territory. The order in which visitors arrive, the limits that send the old model back, how long each stage waits: those are hers. The traffic routing, the deploy and the flag itself belong to the engineers, and she leaves them alone.',
      'Before a single question reaches the new model, she writes the limits on the whiteboard, and nobody rubs them out once the night begins. Errors more than half a percent worse than now and we close the dome. Answer time at the ninety-fifth percentile more than four hundred milliseconds worse than now and we close the dome. Thumbs-down on answers more than two points worse than now and we close the dome. The hallucination rate from the eval harness more than one point worse than now, or cost per conversation more than thirty percent worse than now, and, cachai, we close the dome.',
      'The order of arrival is deliberate. First our own guides and the office in San Pedro, who will forgive a cloudy answer and tell us exactly what went wrong. Then the visitors who signed up for early access. Then people who have toured with us three years or more, region by region, Antofagasta before Santiago. Last of all, the first-timers from abroad: one bad forecast on their only night and they never come back.',
      'The stages are named for the night. Dusk, at two percent. The Milky Way rising, at twenty-five. First light, everyone. At each one she holds for forty tours, and nothing advances until the head astronomer and I both look through the eyepiece.',
      "And should a line be crossed at three in the morning? Whoever's on call points the old version back at the sky, no need to call me. It is a routing switch in the config, al tiro, three minutes, no redeploy.",
      'The narrator whispers one last thing: this canary only shows the bigger model is safe. Whether it is better is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'And here, at dusk, the sky assistant gets a new prompt: warmer, casual, reviewed only in English. A quarter of our visitors write in Spanish, where usted matters, po.',
      'The product manager keeps the order, the limits and the holds; engineering keeps the flag and the routing.',
      'Before the first message moves, the limits go on the wall: errors more than 0.5 % worse than now and we close the dome; p95 more than 300 ms worse than now and we close the dome; thumbs-down more than 2 points worse than now, in either language, and we close the dome; eval-harness hallucinations more than 1 point worse than now and we close the dome.',
      'Guides first, then the early-access list, then Spanish-speaking regulars of five years or more, who will notice a rude tone, and new visitors last, who judge us on one night.',
      'Dusk at 2 %, the Milky Way rising at 20 %, first light at 100 %. Each stage holds for thirty tours and moves only when the head astronomer and I both look through the eyepiece.',
      "At any hour, whoever's on call points the old version back at the sky, no need to call me: a config switch, two minutes.",
      'Safe, not better, cachai? Better waits for a randomised A/B test, afterwards.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Episode four: The Quiet Ones.',
      '[Whispered.] And here, in the blue hour above the salt flats, the product manager prepares to move the nightly forecast, the short paragraph that tells every booked guest how clear their sky will be, to a cheaper, faster model. It is a shy animal, this traffic: a few hundred forecasts a minute at the peak, and hardly anyone rates one. The eval harness grades only one forecast in two hundred.',
      "She stakes out her ground first. Which guests go first, the limits and the holds are hers; the routing, the deploy and the flag are the engineers', and she leaves them to it.",
      "Now watch. The first night's charts glow on the screen, and she studies them, deciding only now what should count as too bad—",
      'Cut. Take two.',
      "Watch again. Before a single forecast crosses over, the limits are already in the logbook, signed and dated the week before. Errors more than 0.5 % worse than now and we close the dome. p95 latency more than 500 ms worse than now and we close the dome. Forecast accuracy against the all-sky camera more than three points worse than now and we close the dome. Invented details, a moon that isn't up, a cloud layer nobody measured, more than one point worse than now in the harness and we close the dome. Because feedback is so scarce, she has the engineers grade one forecast in ten for the canary guests, not one in two hundred, cachai?",
      'The procession: our own guides first, then the early-access volunteers, then guests who have toured with us four years or more from the Norte Grande, and last the first-timers and the school groups, new and fragile, who get one night to believe us.',
      'Dusk, at five percent. The Milky Way rising, at twenty-five. First light, all. The holds are long because the signal is thin: at dusk, a full week of Fiestas Patrias; at the Milky Way rising, sixty graded tours. Nothing moves on until the head astronomer and I both look through the eyepiece.',
      "At two in the morning? Whoever's on call points the old version back at the sky, no need to call me. It's a flag flip in the routing, a few minutes, al tiro, not a redeploy.",
      'And remember, po: this canary proves the cheaper model is safe. If we want to know it is as good or better, that is a randomised A/B test, afterwards.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '[Wide shot: the dome at sunset. Music low.]',
      'NARRATOR (hushed): And here, as the sun sets over the desert, the product manager begins the most delicate migration of her year. The recommendations on our home screen, which tour and which night, will come from a new model that reads many more features per request from the regional feature stores, one in Chile and one in Europe. The stores were sized for the old model, po.',
      '[Close-up: her notebook.]',
      'NARRATOR: Her territory is clear. She decides who sees it first, the limits, and how long each stage waits. The engineers own the routing, the deploy and the flags.',
      "NARRATOR: In the notebook, written before the first request moves: error rate more than 0.5 % worse than now and we close the dome; p99 latency more than 250 ms worse than now, in any single region, and we close the dome; bookings per home-screen visit more than 2 % worse than now and we close the dome. Two of the model's own signals are gated too: click-through on recommended tours more than 3 % worse than now and we close the dome, and the share of requests where the model falls back to its default list for lack of features more than 1 point worse than now and we close the dome.",
      '[Slow pan across a map of two continents.]',
      'NARRATOR: The herd moves in a deliberate order. Guides and office staff first, who will notice a silly suggestion al tiro. Then the early-access list. Then regulars of three years or more, one region at a time, Chile and then Europe, so each feature store meets its own peak alone. New visitors last, because a bad first suggestion is a booking we never get.',
      "NARRATOR: Dusk: 2 %. The Milky Way rising: 25 %. First light: 100 %. Each stage holds at least twenty-four hours, so Europe's lunch peak, early morning here while the team sleeps after the tours, has been crossed before she moves. And she moves only when the head astronomer and I both look through the eyepiece.",
      "NARRATOR: And if the European store gasps at five in the morning? Whoever's on call points the old version back at the sky, no need to call me. A routing switch, under five minutes, no redeploy, cachai?",
      '[Fade to stars.]',
      'NARRATOR: A canary tells her the model is safe. Whether it sells more tours is for a randomised A/B test, later. Bacán.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cv025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'And here, as the desert cools, the product manager folds our three-step booking into a single page, saved cards filled in. Returning guests loved it in the lab; first-time bookers are another species, po, and winter brings them in flocks.',
      'She owns the order, the limits and the holds; engineering owns the flag and the routing.',
      'Logged before the first booking moves, like an observing plan before the dome opens: errors more than 0.5 % worse than now and we close the dome; p99 more than 200 ms worse than now and we close the dome; first bookings completed more than 2 % worse than now and we close the dome.',
      "Staff first, then the early-access list, then guests of two years or more, region by region; first-time bookers last, because the lab never saw them and they are the season's whole harvest.",
      'Dusk at 5 %, the Milky Way rising at 25 %, first light at 100 %. Each holds for fifty booked tours and advances only when the head astronomer and I both look through the eyepiece.',
      "At any hour, whoever's on call points the old version back at the sky, no need to call me: a routing switch, minutes, cachai?",
      'A canary says safe. Better needs a randomised A/B test after, bacán.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cv026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'And here, in the last orange light over Licancabur, a migration begins. Every booking and every guest list for every tour is about to move from our own old database to a managed cluster behind a new proxy. The load tests passed, bacán, but with warm caches, and a cold cache, like a cold mirror, behaves differently, cachai?',
      'The product manager knows her part. She chooses which guests move first, sets the limits that send it back and decides how long each stage waits. The engineers own the proxy, the routing, the deploy and the decommissioning; she asks them for one thing only: the old cluster stays alive until first light has held.',
      'She writes the limits in the observing log before the first read goes across: errors more than 0.3 % worse than now and we close the dome; p99 page load more than 200 ms worse than now and we close the dome; bookings completed more than 2 % worse than now and we close the dome.',
      'The order is deliberate. Our own guides and the office first, who read the rosters all day and will shout al tiro. Then the early-access list. Then guests of three years or more, one region at a time: Atacama, then Santiago, then abroad. The agencies that resell our nights go last, because they are few, valuable and unforgiving.',
      'Dusk: 1 %, with the cache cold on purpose. The Milky Way rising: 20 %, held across two evening booking peaks. First light: 100 %, held for a full week of Fiestas Patrias, when half of Santiago books a night with us, before the old cluster is switched off. Between stages there is a gate, and it opens only when the head astronomer and I both look through the eyepiece.',
      "And if the proxy chokes at midnight, mid-tour? Whoever's on call points the old version back at the sky, no need to call me. One config switch sends the reads back to the old cluster in under five minutes; nobody redeploys anything.",
      "She knows the canary's limits, too. It tells us the new cluster is safe. Whether it is better for guests in any way that matters is a randomised A/B test, for another season, po.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cv027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Night one, Tuesday. [Hushed, close to the microphone.]',
      "And here, as the sun sets over the desert, the product manager prepares to hand our tour prices to a new pricing service. Our bookings never sleep, po: people book tonight's tour from the van, from the hostel, at midnight. And at two in the morning the pricing service shares its batch window with billing.",
      "First, the division of the territory. The order of guests, the limits and the holds are hers. The routing, the deploy and the flag are the engineers'.",
      "The limits, written and agreed on Monday, before any traffic: price-quote errors more than 0.5 % worse than now and we close the dome; p99 quote time more than 300 ms worse than now and we close the dome; quotes differing from the old service's price by more than 1 % on more than 0.1 % of bookings and we close the dome; bookings completed more than 2 % worse than now and we close the dome.",
      'The order: guides and office first, because a wrong price on a staff booking costs nothing. Then the early-access list. Then guests of five years or more from the Antofagasta region. Last, the agencies in Santiago and abroad that book whole groups, because one wrong price on a group of forty is the costliest mistake we can make, cachai?',
      "Dusk: 2 %, from Tuesday evening, held through the first two o'clock batch window. The Milky Way rising: 25 %, held for eighty tours and a second batch night. First light: 100 %. A stage only advances when the head astronomer and I both look through the eyepiece, in daylight, rested.",
      "And now the scene this episode is really about: the breach at two in the morning. Whoever's on call points the old version back at the sky, no need to call me. No approval, no waiting for morning. They flip the pricing route back to the old service in the config, two minutes, al tiro, and leave me a note for breakfast. A redeploy at that hour would take forty minutes we do not have.",
      'A last word, whispered: this canary proves the new service prices safely. Whether it prices better, more bookings, fairer fares, is a randomised A/B test after first light. Bacán.',
    ].join('\n'),
  },
];
