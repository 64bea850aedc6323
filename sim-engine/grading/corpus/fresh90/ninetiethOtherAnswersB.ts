import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninetieth fresh set, author b: middling (cr028–cr030), weak (cr031–cr032), salad (cr033–cr034),
 * negated (cr035–cr036), misconception-led (cr037–cr038) and off-topic (cr039–cr040) answers,
 * written blind and labelled by hand. Scenario named in the comment above each answer.
 */
export const NINETIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cr028',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Map's only half drawn, dude, but here's what's on it. The route suggester moves to the bigger model.",
      'Legend: the dashed line is the path, skulls are where we lower off.',
      'Path: the warm-up wall at 5 % for a full week of the climbing festival, then the crux at 30 % for another 5,000 sessions, then the top-out.',
      'Skulls, set before anything moves: thumbs-down more than 3 points worse than now and we lower off; made-up routes in the eval harness more than 1 point worse than now and we lower off; cost per conversation more than 25 % above now and we lower off.',
      'Who goes first? Honestly a random 5 % of bookings, whoever the router happens to pick.',
      'If it goes sideways we go back to the old model and figure it out Monday.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cr029',
    scenario: 'service',
    class: 'middling',
    points: points('C A'),
    text: [
      "Here's the front desk's treasure map for the one-page day-pass checkout.",
      'X marks where our own staff check out first. They buy day passes for friends all the time, so the flow gets real use.',
      'Next clue: members who opted into the beta board and have climbed with us three years or more, from Boulder and Jefferson counties.',
      "Last, past the dragons: first-time climbers and the El Paso County folks coming in on the spring campaign. Saved cards and waivers don't exist for them yet, so the one-page form is least tested on exactly them, and losing a first visit means losing a climber.",
      "We'll keep an eye on the numbers as we go and feel it out, moving along when it looks fine.",
      "And the treasure chest: the canary only tells us it's safe. Whether one page actually sells more day passes is a randomised A/B test after it's out.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cr030',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      'Legend, front-desk style: I keep the clipboard, engineering keeps the keys. I decide the order of walls and how long we wait at each; the platform folks handle the deploy and the routing for the new route-photo resizer.',
      "Path: the warm-up wall at 5 %, the crux at 25 %, then the top-out. At each wall we wait a full 48 hours before moving, because this thing only gets restarted on deploys and a slow leak won't show up in an afternoon. Thursday can wait, dude.",
      "Rope: whoever's on call belays the old version back in, no need to call me, any hour of the night. It's a routing switch, done in three or four minutes, nothing to rebuild.",
      "Who sees it first, what counts as bad and whether the new photo format is worth it, we'll sort out once the photos are flowing.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cr031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Treasure map for the new route suggester: start at the trailhead, walk till you see the big rock, dig.',
      "Basically we'd roll the new model out a little at a time, keep an eye on how it's doing at each gym, and if anything looks off we'd pull it back.",
      "The feature stores should be fine; the engineers said so. Bluebird day, dude, it'll be fine.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cr032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'X marks the spot, right? A canary is where you send a little traffic to the new search index first, like letting one climber test a new route before the whole gym gets on it.',
      "At the front desk we'd try it, watch the screens, and if people complain the route search is slow we'd switch back.",
      "It's smaller and cheaper, and it was faster in testing, so I'd expect it to go fine.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cr033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Legend: canary, cohort, staff, beta board, Boulder County, five years, threshold, 0.5 %, 200 ms, lower off, warm-up wall, crux, top-out, hold, gate, 400 sessions, sign-off, head setter, last draw, rollback, on call, belay, config switch, five minutes, A/B test, safe not better, hallucination rate, eval harness, thumbs-down, token cost, p95.',
      'Clues: cheaper model, faster model, sparse feedback, one in two hundred, harness sampling, canary cohort threshold hold sign-off rollback, belay crux top-out, X marks staff, bluebird, fourteener, dude.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cr034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Map legend X staff first X beta board X first-year last, skulls thresholds errors latency bookings lower off, walls warm-up crux top-out hold hold hold, head setter last draw sign-off sign-off, on-call belay rollback minutes any hour, canary safe A/B better.',
      'Clues date picker client-side store bookings hours later hold hold gate gate threshold threshold rollback rollback.',
      'X staff first X beta board X first-year last, skulls thresholds errors latency bookings lower off, walls warm-up crux top-out hold hold hold, head setter last draw sign-off sign-off.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cr035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "This map's got no X on it, dude, and that's on purpose. The change is cosmetic: the gear-shop page in our app moves reviews above the fold and lazy-loads the photos, the week after the spring sale.",
      "No staff-first wall, no beta-board members next, no saving first-year climbers for last: I'm not picking an order.",
      "I won't write any lower-off numbers down before we start, and we won't stop at a warm-up wall or camp at a crux.",
      "Nobody clips a last draw with me to sign anything off, and I'm not giving whoever's on call the say to flip it back at night.",
      "I'm not planning an A/B test afterwards either. We just ship it.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cr036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "The legend on this map is blank on purpose. It's just the route suggester's prompt getting warmer.",
      "We won't pick who goes first: no staff X, no beta-board crowd, no Spanish speakers held for last.",
      "We won't set limits on thumbs-down or on formality misses, and we won't watch the eval harness on the Spanish replies.",
      'No warm-up wall, no crux camp, no head setter signing off on anything.',
      'No on-call rollback switch either; nobody flips it back without a meeting.',
      'And no A/B test afterwards. Warm is warm in any language, dude.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cr037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      "Here's the map, and the treasure at the X is proof the bigger model is better.",
      "The canary is our A/B test: the members on the big model against everyone still on the old one. If they book more sessions and send more routes, that proves it's better and we go all the way.",
      "Order: staff first at all four gyms, then beta-board members from Boulder County with five-plus years with us, then everybody else, with first-year climbers last because they're the easiest to lose.",
      'Path: warm-up wall at 5 %, crux at 25 %, top-out at 100 %, camping a full week of the climbing festival at each.',
      "Along the way we watch the harness's made-up-route rate and the thumbs-down rate every day, on the canary crowd and the old crowd.",
      "Rope: whoever's on call belays the old version back in, no need to call me. It's a routing flag, flipped in two minutes at any hour.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cr038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      'Front-desk map for the bigger route photos and the new grade guide.',
      'Legend: I own who goes when and how long we wait; engineering owns the flag and the deploy.',
      "X marks where our own staff climb first, since they're in the app all day anyway. But staff climb free and never book a paid session, so their booking numbers would look dead even if everything's fine. After the X the trail goes to beta-board members from Larimer County with three-plus years with us, then the rest of the Front Range, with first-year climbers last since they're the ones deciding whether to come back.",
      'Walls: warm-up wall at 5 % for two days, the crux at 25 % for 3,000 sessions, top-out after. The head setter and I both clip the last draw before each move up.',
      "Whoever's on call belays the old version back in, no need to call me, any hour; it's a flag flip, done in a couple of minutes.",
      "Thresholds, though? I don't believe in writing them down ahead. Nobody knows what normal looks like for a new page, so I'd rather eyeball the dashboard at each wall and call it when something looks off.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cr039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Treasure map for the new pricing page, dude.',
      'Legend: the gold coins are the three ways to climb, and the dotted path is how your eye moves across the comparison table.',
      'Clue one: the day pass, the ten-punch card and the unlimited membership sit side by side, with gear rental as its own row.',
      "Clue two: the unlimited column gets the 'most popular' ribbon, because it is.",
      "Clue three: Friday's campaign email links straight to the table, with a photo of the cave on a bluebird day.",
      'Clue four: the Springs gym gets its own price column, since rent is cheaper down there.',
      'X marks a page people actually understand.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cr040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Here's the map of how the route suggester thinks.",
      "Legend: every pin is a feature. Red pins are about you: your last twenty sends, the grades you flashed, the walls you skip. Blue pins are about the gym: what got reset this week, how crowded the cave is, which setter's routes you like.",
      "Clue one: it ranks routes a letter grade either side of your recent sends, because that's where people have the most fun.",
      'Clue two: each gym keeps its own store of those pins, and the Springs store is the smallest, so it gets more memory before the new model reads from it.',
      "Clue three: a fourteener's worth of data isn't the point; fresh data is. Resets matter more than history.",
    ].join('\n'),
  },
];
