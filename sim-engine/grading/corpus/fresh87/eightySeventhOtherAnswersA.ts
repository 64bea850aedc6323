import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-seventh fresh set, author a: middling (co008–co010), weak (co011–co012), keyword salad
 * (co013–co014), negated (co015–co016), misconception-led (co017–co018) and off-topic
 * (co019–co020) answers, written blind and labelled by hand. Every answer is a game-show script in
 * an East Tennessee register, spoken by the PM of a fiddle-and-banjo lesson booking app.
 */
export const EIGHTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: storage-migration-under-load
  {
    id: 'co008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "HOST: Tonight on MOVING DAY: a project-management tool moves task storage from its own database to a managed cluster behind a new proxy. Load tests passed, but with warm caches. The old cluster goes away at the month's end.",
      'HOST: One hundred points: who does what?',
      'CONTESTANT: The PM decides the order folks move in and how long each round holds. Engineering handles the proxy, the routing and the cutover itself.',
      'HOST: Who goes first?',
      "CONTESTANT: Our own team's workspaces, since we'll complain loudest and soonest. Then customers who signed up for early access. Then small teams that have been with us three years or more. The biggest paying teams go last, because a slow task board costs them a right smart of money.",
      'HOST: Name the rounds!',
      'CONTESTANT: The first round, our own workspaces, held two days so the caches go cold at least once. The second round, early access, held a week. The lightning round, the small teams, held another week. The final question, everyone, and well before the old cluster is switched off.',
      'HOST: And if it goes bad?',
      "CONTESTANT: We'll watch the page loads and go back if they look off, I reckon.",
      "HOST: Time's up!",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'co009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'HOST: It is TUNE-UP TUESDAY! Our tunings helper goes to the bigger model with the longer memory.',
      'HOST: One hundred points: what ends the game?',
      "CONTESTANT: Before any student gets the new model, we write the card. Wrong tunings in the eval harness more than 2 points worse than now and the game's over. Thumbs-down more than 1 point worse than now, game's over. Cost per conversation more than 25 % above now, game's over. p95 more than 400 milliseconds slower, over.",
      'HOST: Two hundred points: who gets it?',
      'CONTESTANT: A random 10 % of students, whoever the dice pick, and then everybody once it looks fine.',
      'HOST: Three hundred: who can stop it?',
      "CONTESTANT: Whoever's on call puts the old version back in the game, no need to call me. It's a router setting, two minutes, any hour, might near as quick as retuning a string.",
      'HOST: And afterwards?',
      'CONTESTANT: If it holds up, we keep it.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'co010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'HOST: Welcome to SEARCH PARTY! A search engine for academic papers moves to a new index layout that is smaller and cheaper to host. Median queries got faster; rare queries with a heap of filters were never benchmarked.',
      'HOST: One hundred points: how does it roll out?',
      "CONTESTANT: In rounds. The first round is 2 % of queries, held three days. The second round, 10 %, held a full week of the fiddlers' convention, so the rare, filter-heavy queries have time to turn up. The lightning round, 30 %, held another week. The final question, everybody.",
      'HOST: Who says move on?',
      "CONTESTANT: The search lead, the head teacher as we'd say at my school, and I both hold up our scorecards at the end of each round. No scorecards, no next round.",
      'HOST: What are you watching?',
      'CONTESTANT: p99, the slow tail of the filtered queries, and the error rate.',
      'HOST: Does the canary prove the new index is better?',
      "CONTESTANT: I'd not claim that. The canary only says it's safe; better is a randomised A/B test on search success afterwards.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'co011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'HOST: Tonight the tunings helper switches to a cheaper, faster model. For one hundred points: how do you release it?',
      "CONTESTANT: Slow and careful! We'd put it out to some of the students first and see what they think of it.",
      'HOST: And how will you know?',
      "CONTESTANT: The ratings, I reckon. If folks don't like it, we go back.",
      'HOST: Anything else?',
      "CONTESTANT: Engineering knows the nuts and bolts, so I'd let them handle the rest and tell me how it's going.",
      "HOST: A right short answer, but the buzzer's gone.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'co012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'HOST: For one hundred points: what is a canary release?',
      'CONTESTANT: It is when you put a new version out to a small bit of the users before everybody gets it, like the birds they carried down the mines!',
      'HOST: Correct! For two hundred: how would you do it for the rewritten image-resizing service?',
      "CONTESTANT: Same way. Send it out a little at a time, keep an eye on things, and if the pictures look wrong we'd fix them. The benchmarks say it's faster, so I'd not worry much.",
      'HOST: Thank you for playing.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'co013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'HOST: Lightning round, the pricing page!',
      "CONTESTANT: Canary! Cohort order thresholds rollback! Holds gates sign-off head teacher scorecards! Baseline control p99 errors conversion 0.5 % 200 ms 2 %! Ramp 1 5 25 50 100! On call flag config switch minutes! A/B randomised safe better! PM owns engineering owns! Fiddlers' convention week lessons county years! Game over, game over!",
      'HOST: Is that an answer?',
      'CONTESTANT: Canary cohort threshold hold sign-off rollback A/B, first round lightning round final question, scorecards, scorecards, old version back in the game!',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'co014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'HOST: Bonus buzzer round: the recommendation model!',
      'CONTESTANT: Feature store! Singapore lunch! Eval harness hallucination thumbs-down tokens per query p95! Teachers early-access first-years last! Thresholds pre-committed rollback on call no redeploy! Holds first round lightning round final question! Head teacher scorecards! Canary safe A/B better! Knox County Blount County five years lessons! Model metrics guardrails cohort ramp gate!',
      'HOST: Say that again, slower?',
      "CONTESTANT: Ramp gate hold threshold rollback sign-off model metric cohort, game's over, game's over, old version back in the game, airish, might near!",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'co015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "HOST: Tonight the tunings helper gets a warmer, more casual prompt, and a quarter of our students write in German. For one hundred points: will you split what's yours from what's engineering's?",
      "CONTESTANT: No, I'd not draw any such line. Nobody owns any part of it in particular.",
      'HOST: Will our teachers go first, then the early-access list, and first-year students last?',
      "CONTESTANT: No, we'd not order anybody. No teachers first, no early-access list, no counties, no years of lessons.",
      'HOST: Will you write the game-over numbers down before anyone moves?',
      "CONTESTANT: No, there'll be no numbers on any card, before or after.",
      'HOST: Rounds, with a hold at each one?',
      "CONTESTANT: No rounds and no holds, not a week of the fiddlers' convention, not a single lesson.",
      'HOST: Will the head teacher and you hold up scorecards?',
      'CONTESTANT: No scorecards from anybody.',
      "HOST: Can whoever's on call put the old version back in the game without calling you?",
      "CONTESTANT: No, the on-call won't be putting anything back.",
      'HOST: Will you watch thumbs-down in German, or have the harness grade the form of address?',
      "CONTESTANT: Neither one. And I'd not run an A/B test afterwards either.",
      "HOST: Well, I'll be.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'co016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'HOST: A holiday-rental booking page gets a new date picker and a shorter form, and the chosen dates live in a new client-side store. The team wants it at 100 % this afternoon. Contestant: will the PM own the order and the limits while engineering owns the flag?',
      "CONTESTANT: I'd not claim any of it. Ownership isn't something we'd split up.",
      'HOST: Staff first, opted-in guests next, new guests last?',
      "CONTESTANT: We won't be sorting guests by county or by years of booking, and we won't start with staff.",
      "HOST: Bookings more than 2 % worse than now and the game's over, written before it starts?",
      "CONTESTANT: I'd write no such line. There won't be a threshold.",
      'HOST: Rounds, held long enough for the lost bookings to show up hours later?',
      'CONTESTANT: Never. No first round, no lightning round, no waiting a single lesson.',
      'HOST: Scorecards up from the head teacher and you?',
      'CONTESTANT: Nobody signs anything.',
      "HOST: A flag flip back by whoever's on call?",
      "CONTESTANT: Not that either; there'll be no switch back.",
      'HOST: An A/B test afterwards, to see if the shorter form books more?',
      'CONTESTANT: No A/B test. None of it, not a bit.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'co017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R M'),
    text: [
      'HOST: Welcome to BIGGER AND BETTER! Our tunings helper is getting the newer, larger model with the longer memory.',
      "HOST: The first question, for the whole game: what's this canary for?",
      'CONTESTANT: The canary is our A/B test. If the students on the new model give more thumbs-up than the ones on the old, that proves the bigger model is better, and we ship it. No separate A/B test needed after.',
      'HOST: Who goes first?',
      "CONTESTANT: Our own teachers, since they know every tuning cold. Then the early-access list. Then Hamblen and Greene County students with four or more years of lessons. First-year students last, because they can't tell a wrong answer from a right one.",
      "HOST: When's the game over? Card written before anybody moves.",
      "CONTESTANT: Wrong tunings in the eval harness more than 2 points worse than now and the game's over. Thumbs-down more than 1 point worse than now, game's over. Cost per conversation more than 30 % above now, game's over.",
      'HOST: And if it goes wrong in the night?',
      "CONTESTANT: Whoever's on call puts the old version back in the game, no need to call me. A router switch, two minutes, any hour.",
      'HOST: How do we pick the winner?',
      "CONTESTANT: Whichever group gives more thumbs-up by the end of the fiddlers' convention week wins, and that's the version everybody gets.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'co018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      "HOST: Welcome to WHAT'S IT WORTH! An outdoor-gear shop moves reviews above the fold and lazy-loads the photo gallery. Cosmetic, they say. Leadership wants it out this week. Last week was the spring sale, 20 % off everything, and it ended Sunday at midnight.",
      'HOST: One hundred points: who owns what?',
      'CONTESTANT: I own the order, the holds and the go-aheads; engineering owns the flag, the routing and the deploy.',
      'HOST: Who goes first?',
      'CONTESTANT: Staff, then customers on the early-preview list, then customers with three or more years of orders, and first-time visitors last, since a broken page on a first visit loses a customer for good.',
      "HOST: When's the game over?",
      "CONTESTANT: I'd not write numbers down ahead of time. Limits set before you've seen the data are only guesses. We'll watch the dashboard through each round and decide what's too bad when we see it.",
      'HOST: Name the rounds!',
      'CONTESTANT: The first round, staff, held a day. The second round, early preview at 5 %, held two days. The lightning round, 25 %, held till Sunday. The final question, everybody.',
      'HOST: Who waves us on?',
      "CONTESTANT: The web lead, the head teacher as I'd call her at the school, and I both hold up our scorecards at every round.",
      'HOST: Time!',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'co019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'HOST: Welcome back to NAME THAT TUNING! We were meant to talk about moving the helper to a cheaper model tonight, but first, trivia. Hands on buzzers. For one hundred points: a fiddle tuned A-E-A-E is called what?',
      'CONTESTANT 1: Cross A! Good for Cluck Old Hen.',
      'HOST: Two hundred: the banjo tuning g-D-G-B-D?',
      'CONTESTANT 2: Open G, the one most folks learn on.',
      "HOST: Three hundred: what's D-D-A-D on the fiddle good for?",
      "CONTESTANT 1: Bonaparte's Retreat!",
      'HOST: Lightning round: how do you book a lesson in our app?',
      'CONTESTANT 2: Pick your teacher, pick the Tuesday slot, pay, and the helper sends a reminder of which tuning to bring.',
      'HOST: And why does a banjo go out of tune on an airish morning?',
      'CONTESTANT 1: Cold and damp work on the head and the strings. Let it sit in the room a spell before you tune.',
      "HOST: That's our game!",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'co020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "HOST: Tonight's topic: the web shop's product pages are getting bigger photos and a size guide. So, for one hundred points: what sizes do fiddles come in?",
      'CONTESTANT: Full size, seven-eighths, three-quarter, half, quarter, eighth, and a sixteenth for the littlest ones.',
      'HOST: Two hundred: how do you size a child for a fiddle?',
      'CONTESTANT: Hold the arm straight out, palm up. The scroll should sit in the palm with the fingers able to curl round it.',
      'HOST: Three hundred: what makes a good instrument photo?',
      'CONTESTANT: Daylight from a window, the front and the back both, and the scroll up close so folks can see the carving. A shop ought to show its size guide right next to the photo.',
      'HOST: Final question: why do staff browse a shop so much?',
      "CONTESTANT: Checking stock, I'd reckon, same as our teachers checking who's booked on a Saturday.",
      'HOST: That is all the time we have.',
    ].join('\n'),
  },
];
