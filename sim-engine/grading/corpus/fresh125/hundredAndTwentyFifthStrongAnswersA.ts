import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fifth fresh set, author A: strong answers (ea001–ea007), written blind
 * (without the grader or any other corpus answers) and labelled by hand before anything else.
 * The voice: a Kikuyu (Nyeri, Kenya) English register in speech with Kikuyu and Swahili words, a
 * Nyeri beekeepers' cooperative shop whose language model suggests honey, jars and beeswax gifts,
 * every answer a pétanque umpire's card kept end by end and throw by throw, with one point
 * changing hands after a second measure with the tape. See README-a.md and LABEL-NOTES-a.md.
 */
export const HUNDRED_AND_TWENTY_FIFTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Wĩmwega. The bigger honey-adviser model:',
      'End 1, throw 1: mine as PM: cohort order, rollback limits, holds; our engineers own routing, flag, deploy.',
      'End 1, throw 2: staff and members first, then the tasting circle who opted in, then buyers of five years or more in Tetu; new buyers and the Nyeri Town hotels last, least forgiving.',
      'End 2, throw 1: fixed before traffic moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse, cost per conversation more than 20 % worse, and we light the smoker and step back.',
      "End 2, throw 2: also gated on: the eval harness's wrong-honey-fact rate, thumbs-down on suggestions, tokens per conversation.",
      'End 3: the lifted frame (1 %), the extractor drum (10 %), every stall in Karatina market; each held four days or 2,000 conversations; the eldest beekeeper and I both chew a corner of the comb to sign off each advance.',
      'End 4, measured twice, point changes hands: I had the hotels in the drum. Aca, last.',
      'End 5: whoever is on call puts the old honey back on the front shelf, no need to call me: any hour, a flag switch, under five minutes.',
      'End 6: the canary says safe, not better; better is a randomised A/B test afterwards. Nĩ ũguo.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ea002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Wĩmwega. Let me give it to you the way I keep score at the pétanque pitch behind the ' +
        'cooperative store in Nyeri, end by end, because in this change the jack is small and the ' +
        'trouble hides at the edge of the circle.',
      '',
      'End 1. First boule: what is mine. I am the PM, so I own the order in which buyers meet the ' +
        'warmer prompt, the rollback limits and how long we hold at each stage. Our engineers own ' +
        'the flag, the prompt routing and the deploy. Second boule: who goes first. Our own staff ' +
        'and the cooperative members, then the tasting circle, the buyers who opted in to early ' +
        'access, then buyers who write in English and have been with us more than three years. ' +
        'The Swahili and Kikuyu writers, and anyone in their first year, go last, because that is ' +
        'where a casual "hey buddy" to a mzee insults, and where a new buyer leaves without a word.',
      '',
      'End 2. The limits, written on the card before any traffic moves, and split by language so ' +
        'the English crowd cannot hide the others: thumbs-down on suggestions more than 1.5 points ' +
        "worse than now, the eval harness's rate of wrong or made-up honey facts more than 0.5 " +
        "points worse than now, the harness's respect check (elders addressed properly) more than " +
        '1 point worse, errors more than 0.3 % worse, p95 reply time more than 250 ms worse, and ' +
        'we light the smoker and step back.',
      '',
      'End 3. Stages: the lifted frame, 2 %, staff and circle; the extractor drum, 15 %, with ' +
        'Swahili and Kikuyu writers inside it; every stall in Karatina market, 100 %. At each one ' +
        'we hold a full week of the Nyeri agricultural show or 4,000 suggestions per language, ' +
        'whichever comes later, and the eldest beekeeper and I both chew a corner of the comb, ' +
        'which is our sign-off, before it moves on.',
      '',
      'End 4. Whoever is on call puts the old honey back on the front shelf, no need to call me. ' +
        'It is the old prompt behind a config switch: any hour, done in three minutes, no ' +
        'redeploy, no meeting.',
      '',
      'End 5, measured twice, point changes hands: I first wrote that if thumbs-up rose, we would ' +
        'know the warmer prompt is better. Aca. The canary only tells us it is safe. Whether ' +
        'warmer sells more honey, a randomised A/B test after the rollout tells us. Nĩ ũguo.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ea003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Umpire's card, cooperative pitch, Nyeri. The change: the honey adviser moves to a cheaper, faster model.",
      '',
      '1. End 1, throw 1. As PM I own three things: which buyers go first, the rollback limits, ' +
        'and how long each stage holds. The engineers own routing, the flag and the deploy itself.',
      '2. End 1, throw 2. Order: cooperative staff, then the tasting circle who asked for early ' +
        'access, then steady buyers of five years or more from Kieni and Mukurweini. Newcomers and ' +
        'the hotel kitchens of Nyeri Town come last: a newcomer who gets a bad suggestion does not ' +
        'come back, and a hotel buys by the case.',
      '3. End 2, throw 1. Our traffic is small, a few hundred suggestions an hour on market ' +
        'Saturday, and almost nobody rates one. So before anything moves, the engineers set the ' +
        'eval harness to grade one canary suggestion in ten, not one in two hundred, or at 5 % we ' +
        'would be blind.',
      '4. End 2, throw 2. Limits fixed now, not while we watch: harness-graded wrong-honey rate ' +
        'more than 1 point worse than now; thumbs-down more than 2 points worse; suggestions that ' +
        'ignore the budget (a 2,000-shilling comb gift for a 500-shilling buyer) more than 1 point ' +
        'worse; errors more than 0.5 % worse; p95 more than 200 ms worse. Cross any one and we ' +
        'light the smoker and step back.',
      '5. End 3, throw 1. Stages: the lifted frame at 5 %, the extractor drum at 25 %, every stall ' +
        'in Karatina market at 100 %. Each holds until 600 harness-graded suggestions have come ' +
        'in, and never less than six days.',
      '6. End 3, throw 2. Sign-off: the eldest beekeeper and I both chew a corner of the comb ' +
        'before each step up; without both of us it waits.',
      '7. End 4. Rollback: whoever is on call puts the old honey back on the front shelf, no need ' +
        'to call me, day or night. The old model stays warm behind the flag; the switch takes two ' +
        'minutes, no redeploy.',
      '8. End 5, measured twice, point changes hands: I had the hold at 300 graded suggestions. ' +
        'With the tape, at our volume that is too few to see a one-point change; 600 it is.',
      '9. End 6. Cheaper and faster is safe here, and that is all the canary says. If we want to ' +
        'know the new model suggests better honey, a randomised A/B test comes after. Haraka ' +
        'haraka haina baraka.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ea004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Umpire's card, Nyeri beekeepers' cooperative, the new gift-basket recommender. Ĩĩ, I " +
        'write it as a table, the way we keep it on the pitch.',
      '',
      'End · Throw · Call',
      '1 · 1 · Split of work: I own the cohort order, the rollback limits and the holds; ' +
        'engineering owns routing, feature-store capacity, the flag and the deploy.',
      '1 · 2 · Cohorts, by region and years buying: staff and members in Nyeri; then the tasting ' +
        'circle that opted in; then Tetu and Othaya buyers of four years or more; then the ' +
        'diaspora shop served from the US region; the newest buyers and the hotel accounts last, ' +
        'because they forgive least and are worth most.',
      '2 · 1 · Limits agreed before any traffic moves: errors more than 0.5 % worse than now, p99 ' +
        'feature-store read more than 150 ms worse than now, basket add-rate more than 2 % worse ' +
        'than now, and we light the smoker and step back. Every one per region, never blended.',
      "2 · 2 · Model guards, gated on: the share of baskets the eval harness marks wrong for the buyer's " +
        'kitchen or budget, thumbs-down on the basket card, and the rate of falling back to the ' +
        'default basket when features time out.',
      '3 · 1 · Stages: the lifted frame (2 %), the extractor drum (20 %), every stall in Karatina ' +
        "market (100 %). Each holds until it has crossed every region's lunch peak twice, Nyeri " +
        'noon and Dallas noon, which is our 8 p.m.; never under four days.',
      '3 · 2 · Sign-off at each stage: the eldest beekeeper and I both chew a corner of the comb, ' +
        'after the on-call engineer confirms the US feature store stayed under 70 % at its peak.',
      '4 · 1 · Rollback: whoever is on call puts the old honey back on the front shelf, no need to ' +
        'call me, at any hour, by switching the model flag; under five minutes, no redeploy, ' +
        'nobody waits for my phone.',
      '5 · 1 · Measured twice, point changes hands: I had written holds of 48 hours. With the ' +
        'tape, 48 hours from a morning start meets Dallas lunch only once. Twice means four days.',
      '6 · 1 · The canary says it is safe. Whether the new baskets sell more honey is a randomised ' +
        'A/B test afterwards.',
      '',
      'Nĩ ũguo. As the old people of Tetu say, the bee you do not see is the one that stings.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ea005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Wĩmwega. Umpire's card, one-page checkout.",
      'End 1.',
      'Mine: the order, the limits, the holds.',
      "The engineers': the flag, the routing, the deploy.",
      'End 2.',
      'Staff and members first.',
      'Then the tasting circle, who opted in.',
      'Then buyers of three years or more, Tetu and Othaya.',
      'First-time buyers last: no saved address, no saved M-Pesa number, most to lose.',
      'End 3.',
      'Written before traffic moves:',
      'first-order completion more than 2 % worse than now,',
      'payment errors more than 0.5 % worse,',
      'p99 page time more than 200 ms worse,',
      'and we light the smoker and step back.',
      'End 4.',
      'The lifted frame, 1 %. The extractor drum, 10 %. Then 50 %. Then every stall in Karatina market.',
      'Each held five days or 1,500 first orders.',
      'The eldest beekeeper and I both chew a corner of the comb to sign off each step.',
      'End 5, measured twice, point changes hands:',
      'I had first-time buyers in the drum. Aca. They wait for Karatina.',
      'End 6.',
      'Whoever is on call puts the old honey back on the front shelf, no need to call me.',
      'Any hour, a flag back to three steps, two minutes.',
      'End 7.',
      'The canary says the page is safe, not that it sells better.',
      'Better is a randomised A/B test afterwards.',
      'Haraka haraka haina baraka.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ea006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Wĩmwega, so I will keep this like the umpire's card at the pitch behind the store, end " +
      'after end without lifting the pencil: end one, first boule, I as PM own the order of ' +
      'buyers, the rollback limits and the holds, and our two engineers own the routing, the new ' +
      'delivery-fee service and its deploy, and second boule, the order is staff and members, ' +
      'then the tasting circle who opted in, then buyers of four years or more in Mathira and ' +
      'Mukurweini, and last the diaspora buyers and the hotels whose orders come in the night, ' +
      'because they are worth the most and forgive the least, and end two, before any traffic ' +
      "moves, the limits go on the card: fees that differ from the old service's more than 0.2 % " +
      'worse than now, checkout errors more than 0.5 % worse, p99 fee quote more than 250 ms ' +
      'worse, and we light the smoker and step back, and end three, the stages, the lifted frame ' +
      'at 2 %, the extractor drum at 20 %, every stall in Karatina market at 100 %, each held ' +
      'four days that include one weekend night and one run of the nightly M-Pesa ' +
      'reconciliation batch, with the eldest beekeeper and I both chewing a corner of the comb ' +
      'to sign off before each advance, and end four, the one that matters, because we start on ' +
      'Tuesday evening and the trouble comes at 2 a.m. while I sleep: whoever is on call puts ' +
      'the old honey back on the front shelf, no need to call me, no need to call anybody, they ' +
      'flip the fee route back to the old service in the config, three minutes, no redeploy, and ' +
      'nobody is scolded for a rollback that turns out unneeded, and end five, measured twice, ' +
      'point changes hands, I had the extractor drum opening on Friday evening, and with the ' +
      'tape, aca, it opens on Wednesday morning so its first hours come with everyone awake and ' +
      'it still meets a weekend night before it advances, and end six, the canary says only that ' +
      'the new fees are safe, not that they are better for the cooperative, which a randomised ' +
      'A/B test afterwards will tell us, and as my grandmother in Othaya said, the one who ' +
      'guards the hive at night eats the honey in the morning, nĩ ũguo.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ea007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Wĩmwega. An umpire never trusts a boule that only looks close; she takes out the tape. ' +
        'So, the card for the order book moving to the managed cluster.',
      '',
      'End 1. I own the release decisions: whose orders read from the new cluster first, the ' +
        'limits that send us back, and how long each stage holds. Our engineers own the proxy, the ' +
        'data copy, the routing and the deploy. I do not touch the proxy and they do not pick the ' +
        'cohorts.',
      '',
      "End 2. Cohorts by sub-county and years buying. The cooperative staff's own order pages " +
        'first, then the tasting circle who asked for early features, then loyal buyers of five ' +
        'years and more in Tetu and Kieni, and the Nyeri Town hotels and shops that order by the ' +
        'case last. A hotel that cannot see its order on Saturday morning is a hotel we lose.',
      '',
      'End 3. Limits on the card before traffic moves: page errors more than 0.3 % worse than ' +
        'now, p99 order-page load more than 200 ms worse than now, cold-cache p99 (measured after ' +
        'each cache flush) more than 400 ms worse, completed orders per hour more than 2 % worse ' +
        'than the same hour last week, and we light the smoker and step back.',
      '',
      'End 4. Stages: the lifted frame at 1 %, the extractor drum at 10 % then 30 %, every stall ' +
        'in Karatina market at 100 %. Each stage held through one market Saturday and one ' +
        'deliberate cache flush, at least five days, and the eldest beekeeper and I both chew a ' +
        'corner of the comb to sign off before it moves. No comb, no step.',
      '',
      'End 5, measured twice, point changes hands: I had 100 % by the 25th. With the tape, the ' +
        "old server is switched off at the month's end, and we need it warm for rollback until a " +
        'full week at 100 %. I ask for the decommission to move by two weeks; that ask is mine.',
      '',
      'End 6. Whoever is on call puts the old honey back on the front shelf, no need to call me: ' +
        'at any hour they switch the proxy route back to the old database, which stays in sync, ' +
        'in about two minutes. No redeploy.',
      '',
      'End 7. The canary shows the new cluster is safe. It does not show it is better; if we ' +
        'ever want to claim faster pages sell more honey, that is a randomised A/B test ' +
        'afterwards. Nĩ ũguo.',
    ].join('\n'),
  },
];
