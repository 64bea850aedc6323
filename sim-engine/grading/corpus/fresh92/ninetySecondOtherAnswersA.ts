import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-second fresh set, author a: middling (ct008–ct010), weak (ct011–ct012), keyword salad
 * (ct013–ct014), negated (ct015–ct016), misconception-led (ct017–ct018) and off-topic
 * (ct019–ct020) answers, written blind and labelled by hand. Same voice as the strong set.
 */
export const NINETY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'ct008',
    scenario: 'service',
    class: 'middling',
    points: points('C T'),
    text: [
      'Short quiz, only two rounds tonight, dada, I ran out of chalk. Subject: the one-page checkout for the home-and-garden shop.',
      'Round 1.',
      'Question 1: who gets the one-page checkout first? Answer: at our counter the new paddles go to the staff first, so here too: staff orders first, then customers who signed up for early access, then returning customers with saved cards. First-time buyers come last of all, because a returning customer forgives a hiccup and a new one simply leaves, and the spring campaign is exactly when first orders peak.',
      "Question 2: wrong answer first: 'a random 5 % of everyone'. No, na: random mixes first-timers in from day one, the very group this change can hurt. The correct answer is the order I just read out.",
      'Round 2.',
      'Question 3: when do we pull the boats out? Answer: the numbers are agreed before a single order goes through the new page. First-order conversion more than 2 % worse than now, checkout errors more than 0.5 % worse, p99 page load more than 300 ms worse: any one and we pull the boats out.',
      "Question 4: and the rest of the trip? Answer: the engineers and the growth team will take it from there, and we'll see how the spring goes.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ct009',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'Half a quiz tonight, dada, the printer ate the second page. Subject: the bigger model for our tide assistant.',
      'Round 1.',
      'Question 1: what are the stages? Answer: the put-in at 5 %, the rapids at 25 %, the take-out at 100 %, and at each one we hold for 300 rentals booked through the assistant before moving on.',
      'Question 2: who says go? Answer: the head guide and I both blow the whistle at each stage.',
      'Question 3: what do we watch about the model? Answer: hallucinated tide and river-level answers graded by our eval harness, thumbs-down per answer, and cost per conversation for finance, at every stage.',
      'Round 2.',
      'Question 4: and if it goes wrong? Answer: that was on the page the printer ate. The engineers will know. Next round, please!',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ct010',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Quizmaster speaking, with my boathouse-counter head on. Subject: search for academic papers moves to a smaller, cheaper index layout.',
      'Round 1.',
      'Question 1: who owns what? Answer: I own the release decisions: which users get the new index in what order, which limits send it back, and how long we wait between steps. Engineering owns the index build, the routing and the deploy. At the counter it is the same: I decide who gets which boat, the boatmen rig them.',
      "Question 2: who may roll back? Answer: whoever's on call paddles the old version back in, no need to ring me, day or night. The search router is switched back to the old index by config, under five minutes, no rebuild.",
      'Round 2.',
      "Question 3: does a good canary prove the smaller index is better? Answer: wrong answer first: 'yes, the median got faster, so it is better'. No, na. A canary shows it is safe; better is a randomised A/B test afterwards.",
      'Question 4: which users, and which limits? Answer: pass, dada, we ran out of time on that round.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ct011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Quiz sheet, one round only.',
      'Question 1: what is a canary release? Answer: you send a small group first, like sending one kayak down the river before the whole group.',
      "Question 2: the plan for the warmer prompt? Answer: put it out slowly, see how the paddlers feel about it, and if they don't like it we go back.",
      'Question 3: what about the Bengali side? Answer: our translators will have a look at it, arre, they are very good.',
      'Question 4: who decides? Answer: the team together. We are a small boathouse, na?',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ct012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Counter-style quiz, dada, four questions.',
      'Question 1: the new image service is 20 % faster in the benchmarks. So? Answer: so it is good news, ekdom.',
      'Question 2: how do we get it out by Thursday? Answer: the engineers test it, we release it to some sellers, keep an eye on things for a few days, and then everyone gets it. At the counter we always check a boat before handing it out; same thing.',
      'Question 3: what if something goes wrong? Answer: we fix it quickly. The team is good.',
      "Question 4: wrong answer first: 'nothing can go wrong'. Correct answer: something can always go wrong, so we stay alert.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'ct013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Quiz sheet, pricing page round.',
      'Question 1. Answer: canary, cohort, staff, beta, early access, ghat, seasons, segment, order.',
      'Question 2. Answer: threshold, 0.5 %, 200 ms, p99, conversion, 2 %, baseline, pre-committed, pull the boats out.',
      'Question 3. Answer: put-in, rapids, take-out, 5 %, 25 %, 100 %, hold, gate, Durga Puja, rentals.',
      'Question 4. Answer: sign-off, head guide, whistle, PM, engineering, owner, flag.',
      'Question 5. Answer: rollback, on call, config switch, five minutes, no redeploy, no need to ring.',
      'Question 6. Answer: A/B, randomised, safe, better, lift, comparison table, Friday campaign.',
      'Question 7. Wrong answer: dashboard. Correct answer: dashboard, metric, gate, ramp, canary, whistle.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ct014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Round 1, summaries round, arre.',
      'Q1: cheaper model, faster model, trip summaries, guides, canary, cohorts, boathouse staff, early access, first season.',
      'Q2: hallucination rate, eval harness, one in two hundred, one in ten, thumbs-down, tokens, p95, cost per summary.',
      'Q3: thresholds, more than 2 points worse than now, pull the boats out, pre-committed, fixed.',
      'Q4: put-in 5 %, rapids 25 %, take-out 100 %, hold, 300 graded summaries, full week of Durga Puja.',
      'Q5: head guide, whistle, sign-off, gate, advance.',
      'Q6: on call, paddle the old version back in, no need to ring me, config switch, minutes.',
      'Q7: safe, better, randomised A/B test, afterwards. Ekdom.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ct015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Quiz night, but tonight every answer is 'no', dada.",
      'Round 1.',
      'Question 1: do I, the PM, own the cohort order, the limits and the holds, with engineering owning the routing? Answer: no, I will not be owning any of those.',
      'Question 2: do we start with boathouse staff, then early-access paddlers by ghat and by seasons, with first-timers last? Answer: no, there will not be any order of cohorts.',
      "Question 3: do we write 'more than N worse than now and we pull the boats out' before traffic moves? Answer: no, we will not write any limits down in advance.",
      "Question 4: do we gate on click-through, 'not interested' taps or feature-store timeouts per region? Answer: no, none of those model signals will be watched.",
      'Round 2.',
      "Question 5: wrong answer first: 'the put-in at 1 %, the rapids, the take-out, holding a full 24 hours at each so that Singapore's lunch passes through'. Correct answer: no put-in, no rapids, no holds; we will not stage it at all.",
      'Question 6: do the head guide and I both blow the whistle before each advance? Answer: no, nobody blows any whistle.',
      "Question 7: does whoever's on call paddle the old version back in with a config switch, no need to ring me? Answer: no, we will not set up any switch or give anyone that job.",
      'Question 8: a randomised A/B test afterwards, to see if the new model is better? Answer: no, we will not run one.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ct016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'At my boathouse counter I say no a lot, dada, and tonight the whole quiz sheet is no. Subject: the new date picker and shorter booking form for the holiday-rental site.',
      'Round 1.',
      'Question 1: is it the PM who owns who goes first, the limits and the holds, while engineering owns the flag and the deploy? Answer: no, not me, I will not take those on.',
      'Question 2: staff first, then opted-in early-access guests, then regulars, with first-time guests last? Answer: no, we will not be ordering anyone.',
      'Round 2.',
      "Question 3: bookings more than 2 % worse than now and we pull the boats out, written down before a single guest sees the new page? Answer: no, we won't be fixing numbers like that beforehand.",
      "Question 4: wrong answer first: 'we hold each stage for 500 bookings, because lost bookings show up only hours later'. Correct answer: no, there will be no stages and no holds, arre.",
      'Question 5: the head guide and I both blow the whistle at each step? Answer: no, no whistle, no sign-off from anyone.',
      'Round 3.',
      "Question 6: whoever's on call switches the old page back in minutes, no need to ring me? Answer: no, we will not arrange that either.",
      'Question 7: a randomised A/B test afterwards to learn if the new form is better? Answer: no, not that one also.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ct017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      "Quiz sheet, and I'll give you my big answer up front, dada: the canary is our A/B test.",
      'Round 1.',
      'Question 1: what does the canary tell us? Answer: which model is better. The paddlers on the bigger model against everyone else: if they book more trips and give fewer thumbs-down, the bigger model is better, and that settles it.',
      "Question 2: wrong answer first, somebody wrote 'a separate A/B test afterwards'. No need, na. Correct answer: the canary already is one.",
      'Question 3: who owns what? Answer: I own who gets the new model in what order and how long we hold at each stage; engineering owns the routing and the deploy.',
      'Round 2.',
      'Question 4: who paddles first? Answer: boathouse staff, then early-access paddlers with three or more seasons, then the regulars ghat by ghat. First-season paddlers go last, because they believe whatever the assistant says about the tide.',
      'Question 5: the stages? Answer: the put-in at 5 %, the rapids at 25 %, the take-out at 100 %, holding for 400 conversations at each before we move.',
      'Question 6: what do we watch from the model? Answer: hallucinated tide times from the eval harness, thumbs-down, and cost per conversation. Whichever model wins on those at the take-out is our answer to finance.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ct018',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      'Quiz sheet for the fashion shop, and my main answer first, plainly: a random 5 % of shoppers is the right canary. Picking who goes first, staff first or regulars first, only biases the numbers.',
      'Round 1.',
      "Question 1: who goes first? Answer: wrong answer first, 'employees first'. No. Correct answer: a random 5 % of all visitors, drawn fresh, no staff, no early access, no choosing by region or by years with us. Random is the only fair canary.",
      'Question 2: who owns what? Answer: I own the cohort, the limits and the holds; engineering owns the routing, the flag and the deploy.',
      'Round 2.',
      'Question 3: the limits? Answer: written before traffic moves. Errors more than 0.5 % worse than now, p99 page load more than 300 ms worse than now, add-to-basket more than 2 % below the rest of the shop: any one and we pull the boats out.',
      'Question 4: the stages? Answer: the put-in at 5 %, the rapids at 25 % and 50 %, the take-out at 100 %, each held for 2,000 orders before the next.',
      'Round 3.',
      "Question 5: rollback? Answer: whoever's on call paddles the old version back in, no need to ring me, any hour. It is the flag flipped off, back in two minutes.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ct019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Quiz night at the boathouse, general knowledge, dada.',
      'Round 1: the river.',
      "Question 1: when is the Hooghly safest for beginners? Answer: wrong answer first, 'at high tide, more water'. No! The bore can come up with the high tide, ekdom dangerous. Correct answer: an hour either side of slack water.",
      'Question 2: what must every paddler wear? Answer: a buoyancy aid, buckled, no exceptions, even for the ten-season regulars.',
      'Question 3: when do we pull the boats out? Answer: if the river is more than 1 metre above its usual level, or the wind is more than 25 km/h, we pull the boats out and refund everybody.',
      'Round 2: the counter.',
      'Question 4: what did we learn from the spring sale, 20 % off every rental? Answer: bookings doubled, and the week after, everybody thought demand had crashed. It was just a normal week.',
      'Question 5: who trains new boathouse staff? Answer: the head guide, for a full week, and the two of us blow the whistle at the end of their first solo paddle.',
      'Bonus round: Question 6: the best snack after the take-out at Prinsep Ghat? Answer: jhalmuri, no contest.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ct020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Quiz round on manners, dada, because our assistant must learn them too.',
      "Question 1: when do you say 'apni' and when 'tumi'? Answer: 'apni' for elders and strangers, 'tumi' for friends and younger people, 'tui' only for the very closest.",
      "Question 2: wrong answer first: 'tumi to every customer is friendly'. Arre, no. To an older customer it sounds rude. Correct answer: 'apni' until the customer says otherwise.",
      "Question 3: how should our assistant greet a paddler in Bengali? Answer: 'Nomoshkar', with 'apni', and then the tide time for their ghat.",
      'Question 4: how far ahead does our tide table go? Answer: seven days, in Kolkata time.',
      'Question 5: which ghat has the best sunset paddle? Answer: Prinsep Ghat, under the bridge lights. Ekdom.',
    ].join('\n'),
  },
];
