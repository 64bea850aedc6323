import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-sixth fresh set, author b: strong answers (dh021–dh027), written blind and
 * labelled by hand: every point of the scenario, in a Palermo best man's voice.
 */
export const HUNDRED_AND_SIXTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dh021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Mizzica! I'm Ciccio, the best man, PM of the granita kiosks, and the groom, Totò, is our ML lead, the granita master. Our kiosk screens have a little assistant that suggests the flavour, the size and the brioche for a customer and an hour. We're moving it to a newer, bigger model with a longer memory, same prompt. Offline evals went up three points on short questions, and Pina, our bookkeeper, asks the cost per conversation. So, one story for each table.",
      "For the groom's mother: when Totò and I split the work, he took the routing, the deploy and the flags, and I took the order of the customers, the limits and the holds.",
      'For the cousins from Mondello: who tastes first? Our own kiosk staff, then the tasters who signed up for early access in Kalsa and the Vucciria, then regulars by years buying. New customers and the hotel bars that buy by the crate come last, because a silly suggestion costs most there.',
      "For Zia Concetta, talè: before the first spoon moves, we wrote the limits on a napkin and both signed it. Errors more than 0.5 % worse than now, and we pull down the shutter. p95 latency more than 300 ms worse than now, shutter. Accepted suggestions more than 2 % worse than now, shutter. Cost per conversation more than 30 % over Pina's budget, shutter.",
      'For the ones still eating: the first spoon was 1 % for an afternoon. Scratch that story, my aunt is here. The real one: the first spoon is 1 % held for 3,000 suggestions, the glass is 10 % held for 20,000, half the kiosk is 50 % held a full week of the Festino di Santa Rosalia, then the whole kiosk. Before every step, the granita master and I both dip the first brioche.',
      "For the night shift: whoever's on call puts the lemon granita back on the counter, no need to call me. A config switch back to the old model, any hour, under five minutes.",
      "For the groom's professor: errors aren't enough for a model. We watch thumbs-down on suggestions, the eval harness grading live suggestions for flavours we don't sell, and long conversations apart, because the evals only tried short ones.",
      "For the bride, amunì: the canary tells us the big model is safe, not that it's better. Whether it sells more granita we learn afterwards, with a randomised A/B test. Bedda, cut the cake.",
    ].join('\n\n'),
  },
  // checkout-first-order
  {
    id: 'dh022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Mizzica, a short speech, bedda.',
      "Story one, for the bride: I'm the PM. I own who goes first, the limits and the holds; their engineers own the routing, the deploy and the flags.",
      'Story two, for the cousins: staff first, then opted-in beta customers, then returning customers by years buying. First-time buyers last: the lab never met them, and spring brings most.',
      'Story three, for Zia Concetta: limits fixed before the first spoon moves. Errors more than 0.5 % worse than now, and we pull down the shutter. p99 more than 200 ms worse than now, shutter. First-order conversion more than 2 % worse than now, shutter.',
      'Story four: first spoon 1 %, held for 2,000 checkouts; the glass 10 %, held for 20,000; half the kiosk 50 %, one evening. Scratch that story, my aunt is here. The real one: half the kiosk is 25 %, held until 1,500 first orders, then the whole kiosk.',
      'Story five: at each step the granita master, their lead engineer, and I both dip the first brioche.',
      "Story six: whoever's on call puts the lemon granita back on the counter, no need to call me. A flag flip, any hour, under five minutes.",
      'Story seven: the canary says safe, not better; a randomised A/B test afterwards says better.',
      'Amunì!',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dh023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Talè, talè, everybody sit. I'm the best man, and my cousin Nino marries Rosalia today, so you'll get stories, one per table, like the antipasti.",
      "The change first, for the tourists: we rewrote the prompt of our flavour assistant, the one that suggests a granita, a size and a brioche for each customer and hour, to sound warmer and more casual. Our English-speaking tourist desk reviewed it. But a quarter of our customers write in Italian, and a signora from the Kalsa expects Lei, or vossia if she's old Palermo, never tu. Mizzica.",
      "Story one, to the bride's table. Nino is the ML lead, our granita master; he owns the routing, the deploy and the flags. I'm the PM; I own the order of customers, the limits and how long each stage holds.",
      'Story two, to the aunts. Kiosk staff go first, and half of them write in Italian. Then opted-in tasters from Politeama and Libertà, both languages. Then regulars by years buying. Last come the elders of the Kalsa and the Zisa who write in Italian, and new customers: the most fragile, where one tu costs a friend.',
      'Story three, to the uncles who play cards. The limits, written the day before the first spoon: errors more than 0.5 % worse than now, and we pull down the shutter. Thumbs-down more than 2 points worse than now in either language, shutter. Harness-graded informal address on Italian suggestions above 1 %, shutter. Accepted suggestions more than 2 % worse than now, shutter.',
      'Story four, to the children. The first spoon is 2 % of customers, held for 2,000 suggestions. Scratch that story, my aunt is here. The real one: the first spoon is 1 %, held until 1,000 Italian suggestions have been graded; the glass is 10 %, held a full week of the Festino di Santa Rosalia; then half the kiosk, 50 %, held 30,000 suggestions; then the whole kiosk. At each step the granita master and I both dip the first brioche, or nobody moves.',
      "Story five, to the night waiters. Whoever's on call puts the lemon granita back on the counter, no need to call me: a config flag brings the old prompt back in two minutes, any hour.",
      'Story six, to the groom. This canary tells us the warm prompt is safe, not that it sells more. For that, a randomised A/B test afterwards. Amunì, music!',
    ].join('\n\n'),
  },
  // storage-migration-under-load
  {
    id: 'dh024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Signori, signore, a little quiet. I'm Ciccio, PM of the granita kiosks and best man, and the groom, Salvo, leads the engineers of this project tool, so today he's the granita master. Their task storage moves from their own database to a managed cluster behind a new proxy; the load tests passed with warm caches, and the old cluster is switched off at the end of the month.",
      "First story, for Salvo's mother. At the kiosk we never trust a new machine on a cool morning; we trust it at three in the afternoon in August, with the sirocco blowing and the ice gone soft. Caches are the same. So I, the PM, own the order of teams, the limits and the holds; Salvo's people own the proxy, the routing and the deploy. And I ask for the switch-off date to move until the whole kiosk has held.",
      'Second story, for the bridesmaids. Their own staff workspaces first, then the beta teams who opted in, then small teams by years with us. The big paying teams go last, because a slow Monday costs them most.',
      'Third story, for Zia Concetta, who likes numbers. Fixed before anything moves: errors more than 0.5 % worse than now, and we pull down the shutter; p99 page load more than 200 ms worse than now, shutter; cold-cache p99 more than 400 ms worse, shutter.',
      'Fourth story, for the band. The first spoon is 1 % for a day. Scratch that story, my aunt is here. The real one: the first spoon is 1 %, held through a Monday morning peak with cold caches; the glass is 10 %, held for 200,000 page loads; half the kiosk is 50 %, held a full week; then the whole kiosk. Before each, the granita master and I both dip the first brioche.',
      "Fifth story, for the night owls. Whoever's on call puts the lemon granita back on the counter, no need to call me: the proxy routes back to the old cluster in three minutes, any hour.",
      "Last, mizzica: this canary tells us the cluster is safe, not that it's better. Better needs a randomised A/B test later. Amunì, eat.",
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dh025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Mizzica, quick stories:',
      '',
      '1. Our flavour assistant moves to a cheaper, faster model. Few customers rate a suggestion; the harness grades one in two hundred.',
      "2. For the groom: I'm the PM; I own the order, the limits, the holds. Totò, ML lead and granita master, owns routing and flags.",
      '3. For the cousins: kiosk staff, then opted-in tasters from Zisa, then regulars by years buying; new customers and café accounts last, they forgive least.',
      '4. For Zia Concetta, fixed before the first spoon: harness-graded bad suggestions more than 1 point worse than now, and we pull down the shutter; thumbs-down more than 2 points worse, shutter; errors more than 0.5 % worse, shutter; p95 more than 200 ms worse, shutter.',
      '5. Holds: each stage waits for 500 graded suggestions. Scratch that story, my aunt is here. The real one: the harness grades one in twenty, and each stage waits for 1,000 graded suggestions and 300 ratings. First spoon 5 %, the glass 25 %, the whole kiosk.',
      '6. Before each, the granita master and I both dip the first brioche.',
      "7. Whoever's on call puts the lemon granita back on the counter, no need to call me: config switch, any hour, two minutes.",
      '8. Canary says safe; a randomised A/B test later says better. Amunì!',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dh026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Amunì, phones down, I'm talking. I'm the best man and the PM of the granita kiosks, in Palermo and at two franchise kiosks in Singapore. The groom, Totò, is our ML lead, so on this job he's the granita master. His new suggestion model, the one that picks flavour, size and brioche for each customer and hour, reads more features per request from the regional feature stores, and those stores were sized for the old model. We sit in Palermo; the Singapore lunch rush is six in the morning for us. Stories, one per guest.",
      "Compare Peppe, you asked what I do all day. I decide the order of customers, the limits and the holds. Totò's team owns the routing, the deploy and the flags.",
      "Comare Lina, the order. Our own staff in both cities first, then the tasters who opted in, in Kalsa and in Tanjong Pagar, then regulars by years buying. New customers and the office accounts that order forty granite at once come last, because they'd feel it first and forgive it last.",
      "Zia Concetta, the limits, decided the week before, when nobody is looking at a dashboard. Per region: errors more than 0.5 % worse than now, and we pull down the shutter; p95 more than 250 ms worse than now, shutter; feature-store reads timing out more than 1 % worse than now, shutter; accepted suggestions more than 2 % worse than now, shutter; thumbs-down more than 2 points worse than now, shutter; harness-graded suggestions of flavours we don't stock more than 1 point worse, shutter.",
      'Cousin Gianni, the stages. The first spoon is 1 % for a morning. Scratch that story, my aunt is here. The real one: the first spoon is 1 %, held until it has lived through three Singapore lunch rushes and three Palermo evenings; the glass is 10 %, held the same; half the kiosk is 50 %, held for 40,000 suggestions including a Singapore Friday; then the whole kiosk. Before each step, the granita master and I both dip the first brioche.',
      "Night waiters, this one's yours. Six in the morning is your hour: whoever's on call puts the lemon granita back on the counter, no need to call me. A routing switch back to the old model, any hour, under five minutes.",
      "And Giusy, bedda, the bride: the canary says the model is safe, not that it's better. Better, we learn from a randomised A/B test afterwards. Mizzica, that's it.",
    ].join('\n\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'dh027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Mizzica, I start from the end, like every good Palermo story. I'm the best man; the bride, Marta, is the lead engineer of this ride-hailing app, so tonight she's the granita master. Fares move to a new pricing service. The rollout starts Tuesday evening, trips peak on weekend nights and never stop, and the pricing service shares a nightly batch window with billing.",
      "The last story first, for the night drivers at the back. At two in the morning, whoever's on call puts the lemon granita back on the counter, no need to call me. The router sends fares back to the old pricing service in under five minutes, and nobody waits for an approval, not Marta's, not mine.",
      "Now from the start, for Marta's father. I'm the PM of a granita kiosk chain, and on this release I own the order of riders, the limits and the holds; Marta's team owns the routing, the deploy and the flags.",
      'For the cousins: staff rides first, then riders who opted into the beta, then riders by years riding. Corporate accounts and new riders come last; a wrong fare loses them for good.',
      "For Zia Concetta: written down on Monday, before Tuesday's first spoon. Pricing errors more than 0.5 % worse than now, and we pull down the shutter. p99 fare quote more than 200 ms worse than now, shutter. Completed trips more than 2 % worse than now, shutter. Fare mismatches against billing above 0.1 %, shutter.",
      'For the band: the first spoon is 1 %, held one evening. Scratch that story, my aunt is here. The real one: the first spoon is 1 %, held through two nightly batch windows; the glass is 10 %, held through a Friday and a Saturday night; half the kiosk is 50 %, held for 100,000 trips; then the whole kiosk. At each gate, the granita master and I both dip the first brioche.',
      "And for the groom, amunì: the canary tells us the new service is safe, not that it's better. Better, we'd test with a randomised A/B test afterwards. Bedda, your turn.",
    ].join('\n\n'),
  },
];
