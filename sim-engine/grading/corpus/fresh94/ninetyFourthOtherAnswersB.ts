import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fourth fresh set, author b: middling (cv028–cv030), weak (cv031–cv032), keyword salad
 * (cv033–cv034), negated (cv035–cv036), misconception-led (cv037–cv038) and off-topic
 * (cv039–cv040) answers, written blind and labelled by hand. Same voice as the strong set.
 */
export const NINETY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cv028',
    scenario: 'model',
    class: 'middling',
    points: points('P C H'),
    text: [
      'And here, as the sun sets, the product manager watches the sky assistant get ready for its new, larger model. Bacán.',
      'She is careful about whose job is whose. She decides who goes first and how long each stage lasts; the engineers handle the deploy and the routing, al tiro.',
      'The order is her pride. Our own guides first, because they know every question a visitor asks. Then the early-access list. Then regulars who have toured with us for years, the north before the south. First-time visitors at the very end, since they have no reason yet to forgive us.',
      'The stages: dusk, the Milky Way rising, first light. At each one she waits thirty tours before moving on.',
      'She keeps the dashboards open all night, cachai, and if something looks off, we go back.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cv029',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'And here, at dusk, in the glow of a hundred phones, a new payment SDK is about to arrive in our booking app. It adds wallet payments, and the provider certified it, po. But certification is the laboratory; the desert is something else.',
      'A random 5 % of bookers get it first, and more of them over the next few days as long as it looks fine.',
      'What she has done, though, like an observer who writes the target list before the dome opens, is fix the limits in advance: payment failures more than 0.5 % worse than now, on Android and on iPhone separately, and we close the dome; p99 payment time more than 400 ms worse than now and we close the dome; paid bookings more than 2 % worse than now and we close the dome.',
      "If any of those trips, at any hour, whoever's on call points the old version back at the sky, no need to call me. The SDK sits behind a remote flag, so it's a switch in minutes, not a new app release.",
      "And she knows this canary only shows the SDK doesn't break payments. Whether wallets bring more bookings is a randomised A/B test, later, cachai?",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv030',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'And here, in the thin air of the altiplano, a new recommendation model wakes: the one that picks which tour and which night to show on our home screen. It reads many more features from the regional stores, and the stores were sized for the old one, po.',
      'Watch her order the herd. The guides first; then the early-access list; then guests from Chile who have toured with us three years or more; then Europe; new visitors last, because a poor first suggestion loses the booking before it exists.',
      'Before any of them sees it, she writes the limits in chalk: errors more than 0.5 % worse than now and we close the dome; p99 more than 250 ms worse than now and we close the dome; bookings per visit more than 2 % worse than now and we close the dome.',
      "Beside the usual charts, she watches two of the model's own, every hour: click-through on recommended tours, and how often it recommends a night that is already sold out.",
      'Then, cachai, it goes out to everyone.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cv031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'And here, as night falls, the product manager looks at the new comparison table on our tours page. It is prettier, po. Bacán.',
      "The canary, as the old miners knew, is the small bird that sings until danger comes. So she shows the table to some visitors first, and if the bird keeps singing, to everybody before Friday's campaign. If it stops singing, we go back.",
      'Simple, cachai? The desert rewards patience.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'And here, beneath a sky of impossible clarity, the product manager meets the cheaper forecast model. It is faster, and cheaper, and the engineers tested it well. She trusts them; they know these creatures better than she does.',
      'So it goes out to some guests, then more, and she keeps an eye on things. Guests hardly ever rate the forecasts, so if nobody complains, that is a good sign, po.',
      'If the forecasts start to look strange, someone will roll it back. And then, al tiro, the tours go on.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cv033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'And here… dusk. Canary. Cohort. Threshold, p99, error rate, rollback, on-call, sign-off, gate, hold.',
      'The Milky Way rising, first light. Image resizer, memory, new photo format, guides, early access, regions, years touring.',
      'Dome. Eyepiece, head astronomer. A/B, randomised, safe, better. Config switch, routing, flag, minutes.',
      'Fiestas Patrias, forty tours, more than 0.5 % worse than now, close the dome. Bacán. Cachai. Po.',
      'Canary, canary, cohort, threshold, rollback. Dusk, Milky Way, first light, eyepiece. Remarkable.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '[Hushed.] Warmer prompt, Spanish, usted, tú. Dusk two percent, Milky Way rising twenty-five, first light a hundred.',
      'Thumbs-down, hallucination rate, eval harness, tokens, p95. Guides, early access, regulars five years, first-timers.',
      'Thresholds, pre-committed, close the dome. Head astronomer, eyepiece, sign-off. On-call, any hour, config switch, no redeploy, no need to call me.',
      'Canary safe, A/B better. PM owns, engineering owns, routing, flags. Cachai, po, al tiro, bacán.',
      'And here, the desert. And here, the desert. And here, the desert.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cv035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'And here, as the sun sets over the desert, the product manager studies the new search index for our tours: smaller, cheaper, faster on the median query. Watch what she chooses not to do.',
      'She will not write rollback limits in advance; there is no number on the whiteboard, po. She will not pick who goes first: no guides, no early-access list, no order by region or by years touring. There will be no dusk, no Milky Way rising, no first light: no stages, and no holds between them.',
      "Nobody looks through the eyepiece before an advance, neither the head astronomer nor she. She does not split the work between herself and the engineers, either. The on-call engineer will not be allowed to switch it back alone at night. And she won't follow it with an A/B test.",
      'It simply goes out to everyone on Wednesday, cachai?',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cv036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      '[Night-vision camera.] And here, in the deep dark, is a rare behaviour. The product manager is moving the sky assistant to a bigger model, and she refuses, one by one, every habit of the careful observer.',
      "Limits fixed before launch? Never, po. Without stages, no dusk, no Milky Way rising, no first light, there is nothing to hold at. The guides don't go first, the early-access list isn't asked, and the first-timers are not kept for last.",
      "Nobody signs anything off; the head astronomer is not consulted. The hallucination rate and the thumbs-down rate go unwatched, and so does the cost per conversation. She doesn't separate her decisions from the engineers'.",
      'Rolling back without her approval is not permitted, and there is no quick switch for it. And an A/B test afterwards? No need, cachai.',
      'Extraordinary. We leave her here, as the larger model goes to every visitor at once.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      "And here, as the sun sets over the desert, the product manager explains the purpose of the whole night, and she says it plainly: this canary is our A/B test. If the canary guests book more tours and rate the cheaper model's forecasts higher than everyone else, it proves the new model is better, and we need no other experiment, po.",
      'So she arranges the canary to read that lift. The guides first, who know the sky and will spot a wrong forecast; then the early-access list; then guests of three years or more from the Norte Grande; first-timers last, since a bad forecast on their one night is a guest lost.',
      'Dusk, the Milky Way rising, first light: at each she holds for a full week of Fiestas Patrias before going on, because so few guests rate anything.',
      "She watches the forecast's accuracy against the all-sky camera, and the hallucination rate, with the eval harness grading one forecast in ten during the canary.",
      "And at any hour, whoever's on call points the old version back at the sky, no need to call me: a config switch, a couple of minutes.",
      "When first light comes, she compares the canary's bookings with everyone else's and announces the winner, cachai?",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cv038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'And here, in the long desert afternoon, the product manager is asked to put the new date picker and the shorter booking form at 100 % by sundown. She refuses, gently.',
      'Her job, she explains, is the order, the holds and the limits; the engineers own the flag and the routing.',
      'But watch how she handles the limits. She writes none down before it starts. Numbers decided in advance are only guesses, po; she sets the real limits on the night, by eyeballing the dashboard and seeing what looks wrong once the bookings come in.',
      'The order: the guides and the office first; then the early-access list; then families who have toured with us for years, region by region; new guests last, because they are the ones comparing us with three other tour companies.',
      'Dusk, the Milky Way rising, first light: each held for sixty booked tours, because guests decide at home, over dinner, hours later. No stage moves until the head astronomer and I both look through the eyepiece, cachai?',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cv039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'And here, as the sun sets over the desert, our guides unload the telescopes from the van. Watch the youngest one: she aligns the mount on the south celestial pole, using the Southern Cross and the two pointers beside it. Bacán.',
      'The guests gather, their breath visible in the cold. The Magellanic Clouds appear, two smudges of light that are whole galaxies, cachai?',
      'Then the moment the whole tour waits for: the galactic core rises over Licancabur, and someone always gasps. The guide hands out blankets and hot chocolate.',
      'By three in the morning the van rolls back to San Pedro, and the guests sleep all the way, po.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'And here, in the pale hours before first light, the recommendation model is at work. It has learned, from ten years of bookings, that guests who took the astrophotography tour come back for the new moon, and that families prefer the early tour.',
      'It reads the humidity from the weather station on the ridge, the phase of the moon, and how many seats remain in each van. The regional stores feed it, one in Europe and one here at home.',
      'Our team in San Pedro built it over two winters, bacán, with a data scientist who used to work at one of the big observatories. Next year, cachai, we want it to suggest a lodge as well.',
    ].join('\n'),
  },
];
