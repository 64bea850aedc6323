import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventeenth fresh set, author C: strong answers ds041–ds047 (four on model
 * scenarios, three on service scenarios), each labelled by hand before anything else.
 * The voice: an Igbo (Enugu) English register in writing with Igbo words (proud, proverbial,
 * courteous; "ndewo", "daalụ", "ee", "mba", "biko", "ọ dị mma"), a workshop of carved wooden masks
 * and stools whose language model suggests which piece, wood and size suit a room, a gift and a
 * budget; every answer a badminton umpire's score sheet, rally by rally, with one line call
 * reversed on challenge; stages named after the wood (the iroko log, the carving mat, the Ogbete
 * market stall); sign-off as "Mazi Okeke, our chief carver, and I both set the first stool on the
 * floor and see it sits without rocking"; holds as a full week of the New Yam festival or a count
 * of days or orders; thresholds as "more than N worse than now, and the adzes rest"; cohorts by
 * Enugu neighbourhood and years buying; rollback as "whoever is on call returns the old masks to
 * their pegs, no need to call me" (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_SEVENTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Score sheet. Match: a bigger model behind our suggestion desk.
Rally 1. Ndewo. Mine: the order of buyers, the limits, the holds. Engineering's: routing, deploy, flags.
Rally 2. Order: apprentices; then buyers who opted in early; then Ogui buyers of one to three years; first-time buyers and Independence Layout collectors of ten years last, because a wrong suggestion costs most there.
Rally 3. Limits, signed before one conversation moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse, thumbs-down more than 2 points worse, eval-harness rate of invented pieces more than 1 point worse, cost per conversation more than 25 % above now, and the adzes rest.
Rally 4. Stages: the iroko log (1 %), the carving mat (10 %), the Ogbete market stall (50 %, then 100 %). Each holds four days and 2,000 conversations.
Rally 5. Before each stage, Mazi Okeke, our chief carver, and I both set the first stool down and see it sits without rocking.
Rally 6, line call reversed on challenge: I had written "call me first". Reversed: whoever is on call returns the old masks to their pegs, any hour, a three-minute routing switch, no need to call me.
Rally 7. Canary says safe, not better; a randomised A/B test afterwards says better.
Daalụ.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Umpire's score sheet, Enugu, for the warmer prompt on our suggestion desk. Ndewo to the panel.

First game. Rally 1: I say plainly what is mine. I own who sees the warm prompt and in what order, the numbers that stop it, and how long each stage holds. Ngozi's engineering team owns the routing, the deploy and the prompt flag. One–love.

Rally 2: the order. Our apprentices first, in English and in Igbo, because they will tell us to our faces. Then the buyers who opted in to try new suggestions early. Then English-writing buyers in Trans-Ekulu with a few years buying. Last, the quarter of our buyers who write in Igbo, and our elders of fifteen years buying in GRA, because a casual "hey there" to a Mazi is an insult, and an insult at the door loses the whole house. Two–love.

Rally 3: before a single conversation moves, we write the limits and sign them. Thumbs-down rate more than 1.5 points worse than now, counted apart for Igbo and for English, and the adzes rest. The eval harness grades every twentieth Igbo reply for respectful address; more than 3 points worse than now, the adzes rest. Errors more than 0.5 % worse, p95 more than 250 ms worse, the same. Three–love.

Rally 4: the stages. The iroko log, 2 % of conversations; the carving mat, 15 %; the Ogbete market stall, 50 % and then 100 %. Each holds a full week of the New Yam festival or 1,500 Igbo conversations, whichever comes later, because the harm would hide in the Igbo share. Four–love.

Change of ends. Second game.

Rally 5: no stage opens until Mazi Okeke, our chief carver, and I both set the first stool on the floor and see that it sits without rocking. That is our sign-off, every time. Five–love.

Rally 6, line call reversed on challenge: I had ruled that a rollback waits for my word. The engineering lead challenged, and rightly. Reversed: whoever is on call returns the old masks to their pegs, noon or midnight, by turning the prompt flag back, two minutes, no need to call me. Six–love.

Rally 7: Egbe bere, ugo bere. The canary only shows that the warm prompt does no harm. Whether it is better, whether warmer words sell more stools, we learn from a randomised A/B test afterwards. Ọ dị mma. Match, and daalụ.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `SCORE SHEET: the cheaper model for our suggestions. Umpire's hand.
1. Toss. Ndewo. I own the order of buyers, the stop limits and the holds. Emeka's engineering team owns the routing, the model flag and the deploy.
2. Rally 1. Few buyers press the thumbs, and the eval harness grades one suggestion in two hundred. At 5 % that is almost nothing to read. So engineering raises grading to one in ten for the canary, and my holds are counted in graded suggestions, not in hours.
3. Rally 2. Order: the apprentices and carvers first; then the buyers who opted in to early suggestions; then buyers in Abakpa Nike and Emene with two to five years buying; first-time buyers and our Independence Layout collectors last, because a wrong wood for a wedding gift loses them for good.
4. Rally 3. Limits, written and signed before traffic moves: harness score more than 3 points worse than now; suggestions naming a piece we do not carve more than 0.5 points worse; add-to-cart after a suggestion more than 2 points worse; thumbs-down more than 2 points worse once 300 ratings are in; errors more than 0.5 % worse; p95 more than 300 ms worse. Any one of them, and the adzes rest.
5. Rally 4. Stages: the iroko log at 5 %, the carving mat at 20 %, the Ogbete market stall at 50 % and then 100 %. Each holds until 400 graded suggestions and at least five days, whichever is later.
6. Rally 5. Before each stage, Mazi Okeke, our chief carver, and I both set the first stool on the floor and see it sits without rocking. No stage opens without both of us.
7. Rally 6, line call reversed on challenge: I had called cost per suggestion a gate. Reversed. Cheaper is the whole point of this change, so cost is watched and reported, not gated.
8. Rally 7. Rollback: whoever is on call returns the old masks to their pegs at any hour, one flag back to the old model, under five minutes, no need to call me.
9. Rally 8. The canary says the cheap model is safe. It does not say it is better; that is a randomised A/B test afterwards. Nwayọọ nwayọọ ka e ji aracha ofe dị ọkụ: slowly, slowly we lick the hot soup.
Game and match. Daalụ.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Umpire's score sheet, kept as a table. The new suggestion model reads more features per request from the regional feature stores; our buyers in Houston shop in their evening, which is the small hours here in Enugu.

Rally | Call | What is played | Who holds the racket
1 | in | Ndewo. The order of buyers, the stop limits, the holds and the sign-off are mine. | PM (me)
2 | in | Routing, deploy, the model flag, sizing the feature stores. | Obinna's engineering team
3 | in | Order: apprentices first; then buyers who opted in to early suggestions; then Enugu buyers in Uwani and Achara Layout with two to four years buying; then Houston buyers; first-time buyers and collectors of ten years buying last, since they forgive least. | PM
4 | in | Limits, fixed and signed before any traffic moves, per region: feature-store timeouts more than 0.3 % worse than now; p95 more than 250 ms worse; errors more than 0.5 % worse; add-to-basket on suggestions more than 2 points worse; eval-harness rate of a wrong size for the room more than 1 point worse; thumbs-down more than 1.5 points worse. Any one, and the adzes rest. | PM, with engineering
5 | in | Stages: the iroko log 2 %, the carving mat 10 %, the Ogbete market stall 50 % then 100 %. Each holds four days, and must include two full Houston evening peaks before it may widen. | PM
6 | in | Before each stage widens, Mazi Okeke, our chief carver, and I both set the first stool on the floor and see it sits without rocking. | Mazi Okeke and me
7, line call reversed on challenge | out | I had written that rollback is for the day shift, when I am awake. The challenge showed the Houston peak lands at two in the morning here. Reversed. | PM
7, as replayed | in | Whoever is on call returns the old masks to their pegs at any hour, a flag back to the old model, under four minutes, no need to call me. | whoever is on call
8 | in | The canary proves the new model is safe at the Houston peak, not that it is better. Better is a randomised A/B test afterwards. | PM

Onye aghala nwanne ya: leave no kin behind, not even those who shop while we sleep. Daalụ.`,
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ds045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Ndewo, the umpire's sheet in one breath: Rally 1, I own the order, the limits and the holds while Chinedu's engineers own the routing, the deploy and the flag; Rally 2, apprentices first, then buyers who opted in early, then returning buyers in Trans-Ekulu with three years or more, and first-time buyers last, because they have no saved card and the New Yam campaign brings exactly them; Rally 3, before one buyer moves we sign the limits, payment errors more than 0.5 % worse than now, p99 more than 200 ms worse, first-order conversion more than 2 % worse, and the adzes rest; Rally 4, the iroko log at 2 %, the carving mat at 10 %, the Ogbete market stall at 50 % then 100 %, each holding four days and 300 first orders; Rally 5, Mazi Okeke, our chief carver, and I both set the first stool down and see it sits without rocking before each stage; Rally 6, line call reversed on challenge, I had said a rollback needs my nod, reversed, whoever is on call returns the old checkout to its pegs at any hour with the flag, three minutes, no need to call me; Rally 7, the canary says safe, not better, and a randomised A/B test afterwards says better; game, daalụ.`,
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ds046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Umpire's score sheet.
Match: orders and commissions move
from the old server in the back room
to a managed cluster behind a new proxy.
Ndewo.

Game one.
Rally 1.
What I own: the order of buyers,
the stop limits, the holds.
What Ifeoma's engineers own:
the proxy, the routing, the deploy.

Rally 2.
The load test ran with warm caches.
A cold cache is where this breaks,
so every stage starts cold.

Rally 3.
Order:
apprentices and carvers first,
they live in the order pages all day;
then buyers who opted in early;
then Asata and Coal Camp buyers
with two to six years buying;
last, first-time buyers
and the GRA collectors with big commissions,
because a lost commission is a lost family.

Rally 4.
Limits, signed before a single read moves:
p99 page load more than 200 ms worse than now,
errors more than 0.5 % worse,
proxy timeouts more than 0.2 % worse,
orders per hour more than 2 % below last week's same hour.
Any one, and the adzes rest.

Game two.
Rally 5.
The iroko log: 2 % of reads.
The carving mat: 10 %, then 25 %.
The Ogbete market stall: 50 %, then 100 %.
Each holds three days,
and must cross one Saturday market peak before it widens.

Rally 6.
Mazi Okeke, our chief carver,
and I both set the first stool on the floor
and see it sits without rocking.
No sign-off from both of us, no next stage.

Rally 7, line call reversed on challenge:
I had let the old server be switched off at month end, as planned.
Reversed.
The old server stays warm until 100 % has held a full week of the New Yam festival,
or a rollback has nowhere to land.

Rally 8.
Whoever is on call returns the old masks to their pegs
at any hour,
one proxy route back to the old server,
under five minutes,
no need to call me.

Rally 9.
The canary tells us the new cluster is safe.
It does not tell us it is better.
If we want better, a randomised A/B test afterwards.

Nwayọọ nwayọọ. Game and match, daalụ.`,
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ds047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Game one, as the umpire writes it. Ndewo. Our delivery quotes move to a new pricing service. Orders never stop: Enugu buys by day, and our people in Houston and London buy while Enugu sleeps. We start on Tuesday evening, and the new service shares its nightly batch window with invoicing. Rally 1: I own the order of buyers, the stop limits and how long each stage holds; Uchenna's engineering team owns the pricing service, the routing and the deploy. Rally 2: apprentices first, who order small stools to test; then buyers who opted in to early features; then Enugu buyers in Uwani and Ogui with a year or more; then the diaspora night buyers; first-time buyers and our big commission clients of ten years last, because a wrong delivery price on a title-taking stool for an Ichie loses a client for life.

Game two. Rally 3: limits, written and signed before any quote moves. Quote errors more than 0.5 % worse than now; p99 quote time more than 200 ms worse; quotes more than 3 % away from the old service's price on the same order; checkout completion more than 2 % worse. Any one, and the adzes rest. Rally 4: the iroko log, 1 % of quotes; the carving mat, 10 %; the Ogbete market stall, 50 % and then 100 %. Each stage holds three days and must pass two nightly batch windows before it widens. Rally 5: Mazi Okeke, our chief carver, and I both set the first stool on the floor and see it sits without rocking before each stage widens.

Game three. Rally 6, line call reversed on challenge: I had written that a breach at 2 a.m. pages me and the on-call waits for my yes. The challenge: at 2 a.m. I sleep, and a wrong price runs on while I do. Reversed. Whoever is on call returns the old masks to their pegs at any hour, by flipping the pricing route back to the old service in the config, under five minutes, no need to call me. I read the note in the morning. Rally 7: the canary answers one question, is it safe. Whether the new prices sell better is for a randomised A/B test afterwards. Ọ dị mma. Daalụ.`,
  },
];
