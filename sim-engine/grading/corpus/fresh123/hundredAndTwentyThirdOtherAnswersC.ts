import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-third fresh set, author C: the other answers (dy048–dy060), three
 * middling, two weak, two keyword salad, two negated, two misconception-led and two off-topic,
 * six on model scenarios and seven on service scenarios, each labelled by hand with the points it
 * commits to as part of its own plan. The voice: a Tajik (Dushanbe) English register in speech
 * with Tajik and Russian words (warm, hospitable, teasing; "salom", "rahmat", "ha", "ne", "khub",
 * "jon", "davay"), a PM at a Pamiri hand-knitted socks (jurab) workshop whose language model
 * suggests which socks, pattern and wool suit a wearer, a gift and a budget. Every answer is a
 * field-hockey umpire's calls, quarter by quarter and circle entry by circle entry, with one
 * penalty corner reversed on the video referral; stages, sign-off, holds, limits, cohorts and
 * rollback worded as in the strong answers (hundredAndTwentyThirdStrongAnswersC.ts, README-c.md).
 * Drafted only in a private folder, without reading the grader.
 */
export const HUNDRED_AND_TWENTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dy048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Salom! Our three-step checkout becomes one page, with saved addresses and cards filled in. I call it like a hockey match.',
      'Quarter 1, circle entry 1: the first toe is our knitters and their cousins buying on the new page. ' +
        'Circle entry 2, the heel turn: returning buyers who joined the first-look list, five years buying, in Sino. ' +
        'Last, every stall in Korvon, with first-time buyers at the very end: a returning buyer has everything saved, ' +
        'but a first-timer with nothing saved is exactly who a new page can confuse, and first orders peak before the winter gifts.',
      'Quarter 2: before any buyer sees it we write down checkout errors more than 0.5 % worse than now, first-order completion more than 2 % worse, page time more than 300 ms worse. ' +
        'More than that worse, and we wind the wool back into balls.',
      'Quarter 3, penalty corner reversed on referral: I said three days at each stage. ' +
        'Reversed to first toe five days, heel turn a full week of Mehrgon, then 30 % until 2,000 first orders, then all. ' +
        'Each stage holds until its count is in.',
      'Quarter 4: if it goes bad, we go back to the old checkout and look again. Khub?',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dy049',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Salom, jon. Umpire's notes on the bigger model for our jurab assistant.",
      "Quarter 1: what is mine is the limits and when we go wider. The routing, the model deploy and the flag are engineering's; I don't touch them.",
      'Quarter 1, circle entry: a random 5 % of buyers get the bigger model.',
      'Quarter 2: the card, written before the 5 % starts: cost per conversation more than 25 % worse than now, ' +
        'wrong-wool or wrong-size suggestions on the eval harness more than 2 points worse, thumbs-down more than 1.5 points worse, error rate more than 0.5 % worse. ' +
        'More than that worse than now, and we wind the wool back into balls.',
      'Quarter 3, penalty corner reversed on referral: I had only the error rate on the card; the replay says a model can be wrong without a single error. So the quality lines stay.',
      'Quarter 4: when the charts look fine for a while we go to half, then everyone. If something smells bad, we go back. Davay.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dy050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Salom. The new photo resizer for our sock listings, now with the phone photo format. My calls:',
      '1. Quarter 1, circle entry 1, the first toe: 5 % of photo traffic for two full days, because a service that restarts only on deploys can be quick in the morning and slow by night. ' +
        'Nothing moves before 48 hours.',
      '2. Quarter 2, circle entry 2, the heel turn: 25 % for three more days.',
      "3. Quarter 3: every stall in Korvon, 100 %, only after the heel turn's three days.",
      "4. Quarter 3, penalty corner reversed on referral: the team's Thursday deadline. Ne, reversed; the holds win over Thursday.",
      '5. Each advance: the eldest knitter and I both count the stitches on the first pair; nobody else moves it.',
      '6. What we watch: memory and listing page time. Which numbers look wrong, we will see when we are there.',
      '7. Quarter 4: at any hour, whoever is on call pegs the old socks back up at the stall, no need to call me. ' +
        'The old resizer keeps running; a routing switch, two minutes, no redeploy.',
      'Khub, rahmat.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dy051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Salom, jon! Quarter 1: the new warm prompt for our jurab assistant is lovely, I read it myself, it sounds like my auntie in Khorog. ' +
      'Quarter 2, circle entry: we give it to some buyers and see how they like it. ' +
      'Quarter 3, penalty corner reversed on referral: somebody said German buyers may not like being called du; the replay is not clear, so we leave it. ' +
      'Quarter 4: if buyers complain, we go back. ' +
      'Engineering knows the rest, they are clever boys and girls. Rahmat!',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dy052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Salom. Umpire's whistle for moving our orders database to the managed cluster:",
      'Quarter 1: the load tests passed, so the match is already half won.',
      'Quarter 2: we move some of the shop over, then more, then the rest.',
      'Quarter 3, penalty corner reversed on referral: I wanted to wait for a cold-cache test; the old cluster goes at the end of the month, so ne, no time.',
      'Quarter 4: we keep an eye on page speed, and if the knitters shout, we think again.',
      'Engineering will tell me when it is done. Khub.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dy053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Salom jon, Q1 circle entry canary 1 % 5 % 25 % 100 % first toe heel turn Korvon, cheaper model faster, thumbs-down eval harness 1/200, ' +
      'p95 p99 200 ms 0.5 %, cohort Sino Firdavsi 3 years buying, Mehrgon hold gate sign-off eldest knitter, rollback flag router on-call 3 minutes, ' +
      'Q3 penalty corner reversed on referral, A/B randomised safe better, hallucination cost per suggestion returns, wool needles jurab, ' +
      'khub ha ne davay, Q4 full time, rahmat.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dy054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Quarter 1. Circle entry. Reviews above the fold, lazy-load gallery.',
      'Sale week, 20 % off, baseline, last week, Sunday midnight.',
      'Conversion -2 %, errors 0.5 %, p99 200 ms.',
      'First toe, heel turn, every stall in Korvon.',
      'Cohort Shohmansur, Ismoili Somoni, 5 years buying.',
      'Hold 7 days, gate, sign-off, eldest knitter, stitches.',
      'Quarter 3, penalty corner reversed on referral.',
      'Rollback, flag, on-call, 3 minutes, any hour.',
      'Canary, A/B, randomised, lift, safe, better.',
      'Ha, ne, khub, jon.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dy055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Salom, jon. The new suggestion model for the jurab home page, the one that reads more from the regional feature stores. ' +
        'You want the textbook? I call it the other way.',
      'Quarter 1: no, I will not split who owns what. Engineering and I just do it together, no lines painted on the pitch.',
      'Quarter 1, circle entry: ne, no knitters first, no first-look list, no careful order of districts; staff and early lists are a lost week.',
      'Quarter 2: we will not write limits before we start. ' +
        'No 0.5 %, no p99 number, and I will not watch feature-store timeouts, returns of suggested pairs or thumbs-down either.',
      "Quarter 3: no first toe, no heel turn, no holding through each region's peak; waiting for the American evening is too slow.",
      'Quarter 3, penalty corner reversed on referral: I had written that the eldest knitter and I sign each step. Reversed; nobody signs.',
      'Quarter 4: no rollback switch kept ready, no on-call with the right to pull it at night.',
      'Full time: and no A/B test afterwards either. Ne, ne, ne.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dy056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Salom! Our made-to-order page gets a new size picker and a shorter form, and the chosen sizes live in a new store in the browser. ' +
      'Quarter by quarter, but honestly, I would skip most of the whistle. ' +
      'Quarter 1: I would not bother with a cohort order; no staff first, no opted-in buyers, no keeping first-time buyers for last. ' +
      'Circle entry 1: I would not fix rollback limits up front; a number like 2 % fewer orders is not something I would promise before we see the page. ' +
      'Quarter 2: no stages with holds, no first toe, no heel turn, no waiting half a day for the evening orders of families who talk it over at home; ' +
      'the team wants 100 % this afternoon and I would not stand in the way. ' +
      'Quarter 3, penalty corner reversed on referral: the on-call asked for the right to switch it back at night without me; ' +
      'reversed, I would not give it, and I would not keep a config switch ready either. ' +
      'Quarter 4: nobody signs off, and I would not run an A/B test later. Ha, that is my match.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dy057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R'),
    text: [
      'Salom, jon, sit. The bigger model for our jurab assistant.',
      'Quarter 1, the big idea: the canary is our A/B test. ' +
        'The 5 % who get the bigger model against the 95 % who do not: if the canary buyers order more socks, that proves the new model is better, and that is the whole point of a canary. ' +
        'No separate A/B test after; we read the lift straight from the canary.',
      'Quarter 1, circle entry 1: the first toe is our own knitters, who know the socks and will tell me when it suggests rubbish. ' +
        'Circle entry 2, the heel turn: buyers who opted in to first looks. ' +
        'Then every stall in Korvon, with first-year buyers last, because they leave after one bad pair.',
      'Quarter 2: limits written before anything moves: errors more than 0.5 % worse than now, p95 more than 400 ms worse. ' +
        'More than that worse, and we wind the wool back into balls.',
      'Quarter 3: first toe three days, heel turn a full week of Mehrgon, then 50 % for 3,000 conversations, then all.',
      "Quarter 3, penalty corner reversed on referral: I had 'roll back only after I agree'. " +
        'Reversed: whoever is on call pegs the old socks back up at the stall at any hour, no need to call me; one flag, two minutes, no redeploy.',
      "Full time: when the canary's orders beat the rest by 3 %, that is our proof the bigger model is better, and I tell finance. Davay.",
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dy058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      "Salom, jon. Our sock pages get bigger photos and a size guide. My umpire's card:",
      '- Pre-match: I own the order of buyers, when we stop and how long we hold; engineering owns the deploy, the routing and the flag.',
      '- Limits: we decide them while we watch. ' +
        'Staff browse all day and never buy, so any number written in advance is wrong anyway. ' +
        'I look at the charts at each stage and decide there what is too bad.',
      '- Q1, circle entry 1, first toe: our knitters and shop staff; they open pages a hundred times a day and find a broken photo fast.',
      '- Q1, circle entry 2, heel turn: opted-in first-look buyers, two years buying or more, Sino and Firdavsi.',
      '- Q2, circle entry 3: every stall in Korvon last, first-time buyers at the very end; the size guide is for them and they forgive nothing.',
      '- Holds: first toe three days, heel turn a full week of Mehrgon, 50 % for 2,000 orders, then all.',
      '- Q3, penalty corner reversed on referral: I had a one-day heel turn; reversed to the full week, weekend buyers count.',
      '- Each advance: the eldest knitter and I both count the stitches on the first pair.',
      '- Q4: at any hour, whoever is on call pegs the old socks back up at the stall, no need to call me; a flag switch, two minutes, no redeploy.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dy059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'Salom, jon! Quarter 1: first you must understand Pamiri jurab. ' +
      "Every pattern means something, the ram's horn for strength, the almond for luck, and the grandmothers in the Bartang valley knit with five needles at once. " +
      "Quarter 2, circle entry: our assistant's new prompt should talk like such a grandmother, warm, a little teasing, jon at the end. " +
      'In German, I am told, you say Sie to a stranger, as we say shumo and not tu to an elder, so the prompt must know that too. ' +
      'Quarter 3, penalty corner reversed on referral: I wanted the assistant to tell the story of each pattern; reversed, buyers want sizes, not stories. ' +
      'Quarter 4: wool from Khorog sheep is the warmest, and goat down from Murghab is the softest. Khub, drink your tea.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dy060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Salom!',
      'Quarter 1: the new pricing page. Three columns: one pair, a gift set of three, a winter family box.',
      'Circle entry 1: the family box sits in the middle; people pick the middle.',
      'Circle entry 2: prices ending in 9 somoni? Ne. In Dushanbe we round, 90, 150, 240; it looks honest.',
      "Quarter 2: Friday's campaign shows photos of the knitters in Khorog, not models.",
      'Quarter 3, penalty corner reversed on referral: I wanted a discount banner; reversed, the comparison table is enough.',
      'Quarter 4: after the campaign we ask buyers which column they liked.',
      'Ha, that is the match. Rahmat.',
    ].join('\n'),
  },
];
