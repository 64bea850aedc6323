import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fifth fresh set, author B: the other answers (ea028–ea040): middling
 * (ea028–ea030), weak (ea031–ea032), keyword salad (ea033–ea034), negated (ea035–ea036),
 * misconception-led (ea037–ea038) and off-topic (ea039–ea040); six on model scenarios, seven on
 * service scenarios.
 *
 * Voice: a Marathi (Pune) English register in writing with Marathi words ("namaskar", "ho",
 * "nahi", "barobar", "chala", "dhanyavaad"); a Paithani sari weaving house whose language model
 * suggests which sari, border and colour suit a wearer, an occasion and a budget; every answer a
 * kho-kho referee's match sheet, turn by turn and chase by chase, with one tag struck off at the
 * line. Stages, sign-off, holds, limits, cohorts and rollback as in the strong file's comment
 * (README-b.md). Labels were set when each answer was written and are final: a practice named
 * only to be rejected earns nothing, and a misconception's own point is never labelled.
 */
export const HUNDRED_AND_TWENTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ea028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Namaskar. Match sheet for the one-page checkout.',
      '',
      'Turn 1. Ownership. I decide who gets it first and what stops it; engineering builds the page, owns the flag and runs the rollout itself.',
      'Turn 2. Order of buyers. Shop staff first; then the early-access buyers who opted in, from Shaniwar peth and Narayan peth; then returning buyers, peth by peth; first-time buyers last, because they have no saved address or card, which is exactly where this page can hurt, and the wedding season brings them in crowds.',
      'Turn 2, tag struck off at the line: "first-time buyers first, since growth wants them". The referees checked the line; struck off.',
      'Turn 3. Limits, agreed before it goes out. More than these worse than now, and we lock the zari box: checkout errors more than 0.5 % worse; first orders more than 3 % below the old checkout; p99 page load more than 300 ms worse.',
      'Turn 4. After that, engineering takes it out to everyone over the following weeks, and we keep an eye on the numbers.',
      '',
      'Dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Match sheet for the bigger adviser model, turn by turn.',
      '',
      'Turn 1. Stages. The first tana at 5 %, hold four days; the pit loom at 30 %, hold a full week of Ganeshotsav; then the whole Laxmi Road shops. Each stage stays where it is until its hold is over inside the limits.',
      'Turn 2. Limits, written down before we start. More than these worse than now, and we lock the zari box: hallucinated borders or prices on the eval harness +1 point; thumbs-down on suggestions +2 points; cost per conversation +20 %; error rate +0.5 %; p95 latency +300 ms.',
      'Turn 2, tag struck off at the line: "skip the cost limit, accounts can look later". Struck off; accounts asked the question, so it is a limit.',
      'Turn 3. Who goes first: whoever the flag picks; a random slice is fine.',
      'Turn 4. If something goes wrong, we will go back to the old model.',
      '',
      'Ho, that is the sheet.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ea030',
    scenario: 'service',
    class: 'middling',
    points: points('S R A'),
    text: [
      'Namaskar. Match sheet for the new photo-resizing service behind our sari pages.',
      '',
      'Turn 1. We start with a random 5 % of buyers and widen it when the graphs look fine.',
      'Turn 2. We watch memory, speed and errors.',
      'Turn 2, tag struck off at the line: "engineering widens on its own when Thursday comes". The referees struck it off: every widening is signed off by the head vinkar, who leads the image team, and by me; we both count the peacocks on the first pallu before it moves.',
      'Turn 3. Rollback. Whoever is on call drapes the old saris back on the mannequins, no need to call me. At any hour, one routing switch sends images back to the old service in a few minutes, no redeploy, no approval.',
      'Turn 4. The benchmark says 20 % faster, but that is not something the canary proves. The canary tells us the service is safe to run; whether it makes the pages better for buyers is a randomised A/B test later.',
      '',
      'Dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ea031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Namaskar. Match sheet for the cheaper adviser model.',
      '',
      'Turn 1. The cheaper model is faster and costs less, so it is a good change for the house.',
      'Turn 2. We put it out to some buyers and see how it goes.',
      'Turn 2, tag struck off at the line: "wait for the ratings". Struck off; hardly anyone rates a suggestion anyway.',
      'Turn 3. If the suggestions start to look wrong, we go back.',
      'Turn 4. Engineering knows the details of models better than I do, so I trust them with the rest.',
      '',
      'Barobar, dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ea032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Match sheet for the new price-list page.',
      '',
      'Turn 1. Namaskar. It is only a clearer table of our sari grades; the checkout behind it does not change, so the risk is small.',
      'Turn 2. We release it on Thursday, so it is ready for the Friday campaign.',
      'Turn 2, tag struck off at the line: "release it on Friday morning". Struck off; too close to the campaign.',
      'Turn 3. We keep an eye on the page and ask the shop what buyers say about it.',
      'Turn 4. If something breaks, engineering fixes it.',
      '',
      'Chala, that is all.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ea033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Turn 1: canary, prompt, tumhi, tu, Marathi 25 %, English 75 %, thumbs-down, p95, 300 ms, zari box.',
      'Chase 1: first tana 5 % pit loom 25 % Laxmi Road 100 %, cohort, peth, Sadashiv, Kasba, years buying 10.',
      'Turn 2, tag struck off at the line: warm, casual, formal, aapan, 0.5 %, 2 %, eval harness, hallucination, tone.',
      'Turn 3: rollback flag on-call vinkar pallu peacocks A/B randomised baseline control Ganeshotsav threshold hold gate sign-off.',
      'Chase 2: namaskar ho nahi barobar, 1 % 5 % 25 % 50 % 100 %, p99 200 ms, dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ea034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Match sheet. Turn 1, chase 1: index layout p50 p99 p99.9 filters colour border motif budget 1 % 5 % 25 %. Chase 2: tail latency 200 ms 800 ms cheaper hosting 30 % smaller index. Turn 2, tag struck off at the line: median. Turn 3: cohort peth Narayan Shaniwar years buying 5 15 staff early access threshold hold gate. Turn 4: rollback config routing minutes on-call sign-off vinkar pallu mannequins. Turn 5: canary A/B safe better randomised control baseline zari box Ganeshotsav. Barobar. Dhanyavaad.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ea035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Namaskar. Match sheet for the new booking form for made-to-order saris. I will say plainly what we will not do.',
      '',
      'Turn 1. Nahi, I will not split ownership between me and engineering; it is one form, and engineering decides everything, including who sees it.',
      'Turn 2. We will not start with staff or with an early-access list, and nobody is kept back for last; peth and years buying do not matter here.',
      'Turn 3. We will not write limits before it goes out: no line for errors, no line for bookings, no zari box to lock.',
      'Turn 3, tag struck off at the line: "a first tana stage at 5 %". Struck off; there are no stages and no holds, and no week of Ganeshotsav to wait through.',
      'Turn 4. Nobody signs off; no head vinkar counting peacocks on any pallu.',
      'Turn 5. We will not keep a quick switch back, and the person on call will not roll back without asking me first.',
      'Turn 6. We will not run a randomised A/B test afterwards either.',
      '',
      'It goes to 100 % this afternoon. Dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ea036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Match sheet for the new recommendation model. Nahi to all the usual turns.',
      '',
      'Turn 1. No PM part and engineering part here; I will not separate them.',
      'Turn 2. No order of buyers: not staff first, not the opted-in list next, not the ten-year buyers last.',
      'Turn 3. No limits fixed beforehand: not on feature-store timeouts, not on p95, not on click-through, not on "not for me" dismissals.',
      'Turn 4, tag struck off at the line: "hold each stage through the New Jersey evening". Struck off; there will be no stages and no holds, no first tana and no pit loom.',
      'Turn 5. No sign-off from the head vinkar or from me.',
      'Turn 6. The on-call engineer will not switch back on their own at night, and there is no quick flag for it.',
      'Turn 7. No randomised A/B test afterwards either.',
      '',
      'Barobar, that is the sheet.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ea037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R M'),
    text: [
      'Namaskar. Match sheet for the cheaper adviser model. First, plainly: the canary proves the cheaper model is better, so the canary is our A/B test. When the canary buyers order more than the rest, that is our proof, and no separate test is needed.',
      '',
      'Turn 1. I own the order of buyers; engineering owns the flag, the routing and the deploy.',
      "Turn 2. Staff and weavers first, then opted-in early-access buyers from Budhwar and Kasba peth, then ordinary buyers; brides' families and ten-year buyers last, since they forgive least.",
      'Turn 3. Next to errors and latency we watch hallucinated borders and prices on the eval harness, the thumbs-down rate and the cost per suggestion.',
      'Turn 3, tag struck off at the line: "the harness grades one suggestion in two hundred, that is enough". Struck off; for the canary it grades one in ten.',
      'Turn 4. Whoever is on call drapes the old saris back on the mannequins, no need to call me: at any hour, one flag back to the old model, a few minutes, no approval.',
      "Turn 5. When the canary group's orders are up, the cheaper model has won, and we widen to the whole Laxmi Road shops.",
      '',
      'Dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ea038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Namaskar. Match sheet for putting reviews above the fold on the sari page.',
      '',
      'I say it first, plainly: we decide the limits while we watch. Numbers written before the release are only guesses; after the Padwa sale last week nobody knows what normal is, so we look at the graphs and decide then what is too bad.',
      '',
      'Turn 1. Order: staff first, then opted-in early-access buyers from Kothrud and Sadashiv peth, then other buyers peth by peth, and buyers of fifteen years last, because they notice every change on the page.',
      'Turn 2. Stages: the first tana at 5 %, hold three days; the pit loom at 25 %, hold a full week of Ganeshotsav; then the whole Laxmi Road shops. No stage widens before its hold is over.',
      'Turn 2, tag struck off at the line: "compare this week with last week". Struck off; a sale week is no baseline.',
      'Turn 3. Each widening: the head vinkar, our web lead, and I both count the peacocks on the first pallu, and both sign.',
      'Turn 4. Whoever is on call drapes the old saris back on the mannequins, no need to call me: at any hour, a flag back to the old page in minutes, no approval.',
      '',
      'Dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ea039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Namaskar. Match sheet for the new sari page: larger photos and a blouse size guide.',
      '',
      'Turn 1. The photos: shot in daylight at the Paithan workshop so the zari shows true; the pallu photographed flat, the border close up.',
      'Turn 2. The size guide: blouse measurements in inches and centimetres, with a drawing of where to measure.',
      'Turn 2, tag struck off at the line: "photos on a mannequin". Struck off; buyers told us draped photos hide the border.',
      'Turn 3. Captions in Marathi and English: the weave, the motif (asawali, narali, muniya) and the care notes.',
      'Turn 4. Our staff check stock on the site every day, so we asked them which photos help; they liked the close-ups best.',
      '',
      'Barobar. Dhanyavaad.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Namaskar. Match sheet of what our sari adviser should suggest, now that the bigger model can read a longer conversation.',
      '',
      'Turn 1. The wearer: complexion and height first; a dark wine or peacock green with a wide gold border for a tall wearer, a narrower border for a petite one.',
      'Turn 2. The occasion: a wedding wants an asawali or muniya pallu; a Ganeshotsav puja wants something lighter, a single-muniya border.',
      'Turn 2, tag struck off at the line: "always suggest the most expensive". Struck off; the budget comes first.',
      'Turn 3. The budget: under twenty thousand rupees a semi-Paithani, forty to eighty thousand a pure silk with silver zari, above that a handwoven bridal piece.',
      "Turn 4. With the longer context window it can remember the whole family's choices in one conversation: the bride, her mother, the aunts.",
      '',
      'Chala, dhanyavaad.',
    ].join('\n'),
  },
];
