import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-third fresh set, author a: the other answers (ck008–ck020), written blind and labelled
 * by hand: middling (ck008–ck010), weak (ck011–ck012), keyword salad (ck013–ck014), negated
 * (ck015–ck016), misconception-led (ck017–ck018) and off-topic (ck019–ck020).
 * Voice: Icelandic English in writing, a geothermal lagoon booking PM, every answer an annotated
 * chess game. See README-a.md and LABEL-NOTES-a.md.
 */
export const EIGHTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'ck008',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'Jæja, a quick game for the bigger support model.',
      'Who plays which pieces: as PM I own the order in which people meet the new model; the engineers own the routing and the deploy, and they are good at it.',
      'The opening',
      '1. e4 — staff go first, because our payroll people know at once when an answer about a payslip is wrong.',
      '1... e5 — customers who opted in to early access next; they asked for it and forgive a rough edge.',
      '2. Nf3 — customers in their first winter with us go last; one wrong answer about their leave and they are gone.',
      'The middlegame I play by feel: we widen it when the board looks quiet.',
      'What I keep my eye on the whole game: the hallucination rate from the eval harness, the thumbs-down rate on answers, and the cost per conversation that Finance asked about.',
      'If it goes badly, we go back. Þetta reddast.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'ck009',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Post-game analysis, written the morning after, of the last time we changed a booking form at the lagoon, and what I will play now with the holiday-rental date picker.',
      'The game we lost',
      '1. e4 — we shipped the new lagoon booking form to everyone after lunch.',
      '1... e5 — the dashboards were green all afternoon.',
      "2. Nf3?? — we called it a win at five o'clock. The lost bookings showed up the next morning: guests pick a slot, talk it over at dinner and come back to book. We judged the game before the moves were made.",
      'What I play this time',
      'Before move 1, written down: completed bookings more than 3 % worse than the old page and we resign the game; booking-page errors more than 0.5 % worse than now, resign; chosen dates lost between visits on more than 0.2 % of returning sessions, resign.',
      'The opening: 5 %, held until 1,500 bookings are completed and a full day and night have passed, so the guests who book after dinner are counted.',
      'The middlegame: 25 %, held for a full week of northern-lights tours; here the booking numbers finally have volume.',
      'The endgame: 50 %, then 100 %.',
      'Between every stage the head of bookings and I both shake hands over the board; if either of us keeps a hand in a pocket, we stay where we are.',
      'So not 100 % this afternoon. Þetta reddast, just not by this afternoon.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'ck010',
    scenario: 'service',
    class: 'middling',
    points: points('C R'),
    text: [
      'Jæja, the image game. White: the rewritten resizer.',
      "1. e4 — our own staff's listings go first; they sit in the office and see a broken photo before anyone else.",
      '1... e5 — sellers who opted in to the beta next; they asked for the new photo format.',
      '2. Nf3 — then sellers region by region, the way I fill the lagoon, and sellers in their first winter on the marketplace last: a new shop full of grey boxes does not come back.',
      '2... Nc6 — we will be everywhere by Thursday, as the team wants, keeping an eye on memory and speed as we go.',
      '3. Bb5! — the takeback: whoever is on call takes the move back and restores the old version, no need to wake me. Any hour, no approval: a routing switch sends resizing back to the old service in under five minutes, no redeploy.',
      'Þetta reddast.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'ck011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Jæja, a quick game.',
      '1. e4 — we put the cheaper model out to some clinics.',
      '1... e5 — the vets use it and we see what they think.',
      '2. Nf3 — if it seems fine, we give it to more clinics; a summary is a summary.',
      '2... Nc6 — if something looks wrong we can always go back.',
      'The engineers know this part better than me, so I trust them with the board. Þetta reddast, this will all work out.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'ck012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'An opening I like.',
      '1. d4 — the new one-page checkout goes to a small group.',
      '1... d5 — we look at the numbers.',
      '2. c4 — then a bigger group, then everyone before the spring campaign, because Growth wants it.',
      'Returning customers loved it in the lab, so I expect a clean game. If anything breaks, the team fixes it. Takk.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'ck013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '1. e4 canary cohort staff beta region winters threshold resign 0.5 % p95 150 ms hold gate !',
      '1... e5 sign-off handshake board lagoon manager rollback on call flag five minutes !!',
      '2. Nf3 hallucination eval harness click-through thumbs-down tokens recommendation feature store Singapore lunch ?!',
      '2... Nc6 opening middlegame endgame 1 5 25 50 100 % northern-lights week baskets',
      '3. Bc4 A/B randomised safe better PM owns engineering routing deploy flags',
      'Þetta reddast takk jæja',
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'ck014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '1. e4 — opening: staff cohort, opted-in, region, winters, order, first, last.',
      '2. d4 — middlegame: hold, hold, gate, 1 %, 5 %, 25 %, full week northern-lights tours, 4,000 bookings.',
      '3. Nf3 — endgame: 100 %.',
      '4. Bc4 — thresholds, resign, 0.5 % errors, p99 200 ms, conversion 2 %, baseline.',
      '5. O-O — sign-off, handshake, lagoon manager, board.',
      '6. Re1 — rollback, on call, takeback, old version, config switch, minutes, no redeploy.',
      '7. h3 — canary safe, A/B better, randomised. PM owns cohorts limits holds, engineering owns routing.',
      '8. Qe2 — managed cluster, proxy, warm caches, decommission. ! ?! !! Jæja, takk.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'ck015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Jæja, an annotated game in which I decline every book move.',
      '1. e4?! — the book says staff go first, then opted-in customers, with new and valuable customers last. I would not order anyone; it is a pricing table.',
      '1... e5 — the book says write the rollback limits down before traffic moves. I would not write any; there is nothing here to resign over.',
      '2. Nf3 — the book says hold at each stage for a full week of northern-lights tours or a count of bookings. No stages and no holds for this page.',
      '2... Nc6 — the book says the lagoon manager and I both shake hands over the board before each advance. Nobody signs anything off.',
      '3. Bb5 — the book says whoever is on call may take the move back at any hour, with a flag, in minutes. I would not set that up, and nobody rolls back without me.',
      '3... a6 — the book says I own the order, the limits and the holds while engineering owns the routing. I would not split it that way.',
      '4. Ba4 — the book says the canary shows safety and an A/B test afterwards shows better. I would not run that A/B test either.',
      'Þetta reddast.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'ck016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Jæja, a game where I refuse the usual moves.',
      '1. e4 — no staff first, no opted-in users next, no new accounts saved for last; I would not order the cohorts at all.',
      "1... e5 — I would not pre-commit any limits; nothing like 'more than N worse than now and we resign the game' gets written down before we start.",
      '2. Nf3 — no opening, middlegame and endgame either: no stages and no holds, not a week of northern-lights tours, not a count of drafts.',
      '2... Nc6 — nobody shakes hands over the board; I will not have a sign-off at any step.',
      "3. Bc4 — I would not watch thumbs-down per language, formal-address mistakes or the eval harness's hallucination rate.",
      '3... Bc5 — the on-call engineer does not take the move back at night without asking me, and there is no switch ready for it.',
      '4. O-O — I would not say the PM owns the order and engineering owns the routing.',
      '4... Nf6 — and I would not run an A/B test afterwards, or separate safe from better.',
      'Takk.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'ck017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Jæja, the idea behind the game first: the canary is our A/B test. The cohort on the bigger model against everyone else tells us whether the bigger model is better; if the canary cohort resolves more questions, that proves it, and Finance gets its answer from the same numbers.',
      'The opening',
      '1. e4 — staff go first, because they know payroll and notice a wrong answer.',
      '1... e5 — customers who opted in to early access next; they forgive rough edges.',
      '2. Nf3 — customers in their first winter with us go last; a wrong leave answer to a new customer loses them.',
      'The middlegame',
      '3. Bc4 — 5 %, held for a full week of northern-lights tours; then 25 %, held for 20,000 conversations; then 50 %, held two days.',
      'The endgame',
      '4. O-O — 100 %, once the canary cohort has shown the lift.',
      'Watched the whole way: hallucination rate from the eval harness, thumbs-down rate and tokens per conversation.',
      'Þetta reddast.',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'ck018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Jæja. The idea first, plainly: nobody can know the right rollback limits before the game starts. I watch the first day on the dashboard and set the numbers from what looks normal then; if conversion on the new page sits near last week's, good, and if it looks very low, we decide what to do.",
      'Pieces: as PM I own the cohort order and when we stop; engineering owns the routing and the flags.',
      'The opening',
      '1. e4 — staff first; they use the product pages every day and spot a broken gallery.',
      '1... e5 — customers who opted in to early access next.',
      '2. Nf3 — then country by country, customers in their first winter with us last, because a broken page on a first visit loses them.',
      '2... Nc6 — any night, whoever is on call takes the move back and restores the old version, no need to wake me: one flag, back in under five minutes, no redeploy, no approval.',
      'The endgame: everyone this week, as leadership wants. Takk.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'ck019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Jæja, I will annotate it as a game, but honestly my mind goes to our own photo pages.',
      '1. e4 — bigger photos sell swimwear rentals at the lagoon; we doubled ours last winter.',
      '1... e5 — a size guide matters more than people think: Icelanders and tourists size differently, and a guest in a robe two sizes too small writes a review.',
      '2. Nf3 — use photos of real guests, not models; steam in a photo looks better than sunshine.',
      '2... Nc6 — put the size guide next to the button, not behind a link.',
      '3. Bb5 — staff browse our site all day too; they check the slot calendar more than guests do.',
      'Takk, that is my game.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'ck020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'An annotated game about tone, since tone is what this change is.',
      "1. e4 — warm is good; our lagoon assistant says 'velkomin' and guests smile.",
      "1... e5 — in Icelandic we hardly use formal address any more; everyone is 'þú', even the president.",
      "2. Nf3 — German is the opposite: 'Sie' until invited, and an email that says 'du' to a tax adviser is a faux pas.",
      '2... Nc6 — so I would write two style guides, one per language, and have a native speaker write the German prompt from scratch rather than translate it.',
      '3. Bc4 — examples in a prompt do more than adjectives: show it three warm but formal German openings.',
      "3... Bc5 — and read the prompt's drafts of real emails aloud before anyone argues about it again.",
      'Takk.',
    ].join('\n'),
  },
];
