import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-third fresh set, author B: the other thirteen answers (dy028–dy040):
 * middling (dy028–dy030), weak (dy031–dy032), keyword salad (dy033–dy034), negated
 * (dy035–dy036), misconception-led (dy037–dy038) and off-topic (dy039–dy040), seven on service
 * scenarios and six on model scenarios. The voice, as in the strong answers: a Croatian (Split)
 * English register in writing with Croatian words ("dobar dan", "hvala", "da", "ne", "polako",
 * "ajme"), a Hvar lavender-oil distillery whose language model suggests which oil, sachet and
 * bottle size suit a home, a gift and a budget, every answer a basketball referee's game report
 * with one basket waved off on the instant replay. Labels set by hand when each answer was
 * written, as a strict interviewer hears it (LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_TWENTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dy028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Dobar dan. A short report; the referee was tired after the harvest.',
      'First quarter. The adviser moves to the bigger model with the longer memory, and the ' +
        'prompt stays. I would let our own people at the distillery use it first, then the ' +
        'customers on the early-tasting list who opted in, and only at the end the first-time ' +
        'buyers and the hotel accounts, because a bad suggestion costs us most there.',
      'Second quarter. Before anyone moves, we write the limits down: hallucinated products above ' +
        '1 %, thumbs-down more than 2 points worse than now, cost per conversation more than 30 % ' +
        'above today, errors more than 0.5 % worse. Any one of them, and we unhook the condenser.',
      'Third quarter, basket waved off on replay: I wanted to skip the staff, since they only ' +
        'write shop emails. Ne, they stay in.',
      'Fourth quarter. We widen it when it looks fine, and if it goes wrong we go back to the old ' +
        'model; engineering will know how. Hvala.',
    ].join('\n\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dy029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      'Game report, numbered, because the referee likes order.',
      '1. Who calls what. The release decisions are mine: who gets it when, when we stop, how ' +
        "long we wait. Lucija's engineers own the SDK integration, the routing, the deploy and " +
        'the flag.',
      "2. Tip-off. A random 5 % of app users get the provider's new payment SDK, wallets included.",
      '3. Second quarter, basket waved off on replay: "start on Friday evening, to see it under ' +
        'the dinner load". Ne, not for the first possession.',
      '4. We watch payment failures on the dashboard, and if they look high, maybe 1 %, maybe ' +
        '2 %, we sit down and discuss it.',
      '5. Every step up needs a sign-off from Lucija, our engineering lead, and from me: both of ' +
        'us a drop from the first bottle on the back of the hand, both names in the log.',
      '6. Rollback. Whoever is on call, at any hour, Friday night included, switches the payment ' +
        'flag back to the old SDK: two minutes, no redeploy, no need to ask anyone first. Whoever ' +
        'is on call brings the old sachets out under the awning again, no need to call me.',
      '7. Then more users, until everyone has it. Hvala.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dy030',
    scenario: 'model',
    class: 'middling',
    points: points('H S A'),
    text: [
      "Dobar dan. The warmer prompt for the adviser, the referee's report.",
      'First quarter. The biggest customers go first, the Bačvice hotels and the shops in ' +
        'Zagreb, because their opinion matters and they will tell us quickly.',
      'Second quarter. Stages with names and a hold at each. The first sheaf, 5 %, held four ' +
        'days; the alembic, 30 %, held a full week of Splitsko ljeto; then the whole Split riva ' +
        'market. We do not move from one to the next until the hold is over and the gate is ' +
        'passed.',
      'Third quarter, basket waved off on replay: the idea that we translate the prompt into ' +
        'German ourselves, over a weekend. Ne, not in this game.',
      'Every move to the next stage is signed off by Lucija, our engineering lead, and by me: a ' +
        'drop from the first bottle on the back of the hand, both names in the log.',
      'Fourth quarter. We watch errors and latency, and if something looks bad, we talk and ' +
        'decide what to do.',
      'Final whistle. The canary only shows that the warmer prompt is safe to have; whether ' +
        'customers like it better is for a randomised A/B test afterwards.',
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dy031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Dobar dan. A short game. The pricing page for the monthly sachet box gets a clearer ' +
      'comparison table, and nothing behind it changes, so honestly the referee is here mostly ' +
      'for the coffee. First quarter: we put the new table out to some people. Third quarter, ' +
      "basket waved off on replay: a long freeze before Friday's campaign. Ne, it is only a " +
      'table. Fourth quarter: we look at the numbers, and if people seem to like it, everyone ' +
      'gets it before Friday. If something breaks, we go back. Polako.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dy032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ajme, the Germans. Game report.',
      'First quarter: the new prompt makes the adviser sound warm and friendly, like my aunt in ' +
        'Varoš, and in English it reads very nicely.',
      'Second quarter: we would release it slowly to a few people and keep an eye on it.',
      'Third quarter, basket waved off on replay: asking Jana to read every German answer ' +
        'herself. Ne, she has the harvest.',
      'Fourth quarter: if the German customers complain that it is too familiar, we go back to ' +
        'the old prompt and think again. A canary is simply a small group that notices problems ' +
        'before everybody else does. Hvala.',
    ].join('\n\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dy033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Game report. First quarter: canary, new index layout, smaller, cheaper, p50, p99, p99.9, ' +
      '200 ms, 0.5 %, filters, rare queries, tail, Varoš, Meje, five years, cohort, first sheaf, ' +
      'alembic, whole Split riva market. Second quarter: hold, gate, 1 %, 5 %, 25 %, 50 %, 100 %, ' +
      'Splitsko ljeto, sign-off, Lucija, drop on the hand. Third quarter, basket waved off on ' +
      'replay: benchmark, median, tail latency, many filters, cache. Fourth quarter: rollback, ' +
      'flag, on-call, two minutes, sachets, awning, condenser, A/B, randomised, baseline, ' +
      'threshold, tail, tail, p99. Final whistle: lavender, search, index, safe, better, polako, ' +
      'hvala.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dy034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Dobar dan.',
      'First quarter: recommendation model, feature store, features per request, Tokyo lunch, ' +
        '5 a.m. Split, gift sets, oil, sachet, bottle.',
      'Second quarter: hallucination rate 1 %, thumbs-down 2 points, eval harness, tokens per ' +
        'query, click-through, add-to-basket, p95 300 ms, errors 0.5 %.',
      'Third quarter, basket waved off on replay: Varoš, Spinut, Tokyo department store, ' +
        'early-tasting list, staff, first-time buyers.',
      'Fourth quarter: first sheaf 2 %, alembic 20 %, Split riva market 100 %, Splitsko ljeto, ' +
        'gate, hold, sign-off, Lucija, on-call, flag, two minutes, condenser, awning.',
      'Overtime: canary, A/B, randomised, safe, better, baseline, region, rota. Ajme.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dy035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Dobar dan. The bigger model for the adviser, and the referee will be honest about what we ' +
        'will not do.',
      'First quarter. I will not draw a line between what I own and what engineering owns; we ' +
        'are nine people, we do not need a chart.',
      'Second quarter. Ne, no order of cohorts: not staff first, not the early-tasting list next, ' +
        'not the first-time buyers kept for last.',
      'Third quarter, basket waved off on replay: writing limits down before we start. Not for ' +
        'us. No numbers for errors, latency, hallucinated products or cost per conversation, and ' +
        'we will not watch thumbs-down or the eval harness either. No stages with holds, no first ' +
        'sheaf, no alembic, no week of Splitsko ljeto, and nobody signs off an advance.',
      "Fourth quarter. A rollback would not be the on-call's to make at night, and not by " +
        'flipping a flag; nobody touches anything without me.',
      'Final whistle. And no A/B test afterwards: we will not separate "safe" from "better". ' +
        'Polako.',
    ].join('\n\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dy036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Game report, short lines.',
      'The photo resizer is rewritten for the new format. Twenty per cent faster, they say.',
      'First quarter.',
      'No cohorts in any order. Not staff first, not the early-tasting list, not the hotels last.',
      'No limits written before we start. Not for errors, not for p99, not for memory.',
      'Second quarter.',
      'No holds. Not a day at the first sheaf, not a week at the alembic.',
      'Nobody signs off a stage, not Lucija, not me.',
      'Third quarter, basket waved off on replay: a rollback switch the on-call may flip at ' +
        'night, in minutes, without asking. Ne.',
      'No flag, no on-call rota for it.',
      'Fourth quarter.',
      'I will not say who owns what between me and engineering.',
      'And I will not call the canary "safe, not better"; no A/B test after it.',
      'Thursday, everywhere, the team says. Polako.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dy037',
    scenario: 'service',
    class: 'misconception',
    points: points('P T R'),
    text: [
      'Dobar dan. Game report on the new product pages: bigger photos of the lavender fields and ' +
        'a guide to bottle sizes.',
      'First quarter. Mine are the decisions: who sees it, which numbers stop it, when we widen. ' +
        "Lucija's engineers own the flag, the routing and the deploy.",
      'Second quarter. The canary proves the new page is better, so it is our A/B test: we ' +
        'compare conversion in the canary group with everyone else, and when it is higher we have ' +
        'our proof and roll out. Staff go first, then a random half of the customers.',
      "Third quarter, basket waved off on replay: I wanted to read the staff's conversion as the " +
        'first result. On replay, the staff browse all day and never buy through the site, so ' +
        'their numbers say nothing. We wait for the random half.',
      'Limits, written before anything moves: page errors more than 0.5 % worse than now, p99 ' +
        'more than 200 ms worse, conversion more than 2 % below the baseline, and we unhook the ' +
        'condenser.',
      'Fourth quarter. Whoever is on call, day or night, flips the flag back: two minutes, no ' +
        'redeploy, no one to ask. Whoever is on call brings the old sachets out under the awning ' +
        'again, no need to call me. Hvala.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dy038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'Game report, notes.',
      'Change: the adviser moves to a cheaper, faster model. A few hundred suggestions an hour at ' +
        'peak; few thumbs; the harness grades one in two hundred.',
      '1st quarter, order: distillery staff → early-tasting list (opted in) → Meje and Lučac ' +
        'buyers, 5+ years → new customers and hotel buyers last; a bad match costs the most there.',
      '2nd quarter, watched at every stage: harness-graded wrong matches, thumbs-down share, ' +
        'suggestions naming products we do not sell, cost per suggestion.',
      'Limits: we decide them while we watch. You cannot know the right number before you see ' +
        'the model live, so Lucija and I look at the curves each evening and agree where the line ' +
        'is.',
      '3rd quarter, basket waved off on replay: "5 % for an afternoon". Ne, too quiet.',
      'Stages: the first sheaf, 5 %, held until 400 graded suggestions; the alembic, 25 %, held a ' +
        'full week of Splitsko ljeto; the whole Split riva market. A gate at each.',
      'Sign-off: Lucija, engineering lead, and I, a drop from the first bottle on the back of the ' +
        'hand, before every advance.',
      '4th quarter: if it goes bad, we go back. Hvala.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dy039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Dobar dan. Game report from the product page.',
      'First quarter. Reviews above the fold: da, finally. A customer from Meje wrote last summer ' +
        'that our oil calmed her dog during the fireworks, and she deserves to be seen before the ' +
        'photos.',
      'Second quarter. The photo gallery now loads lazily, which means the July fields of Hvar ' +
        'appear only when you scroll to them, a little like the fields themselves on the ferry ' +
        'from Split.',
      'Third quarter, basket waved off on replay: our record week. On replay it was the spring ' +
        'sale, twenty per cent off everything; we sold more rollers and sachets than in any week ' +
        'of last year, and the referee suspects half of them were gifts for mothers-in-law.',
      "Fourth quarter. Barba Ante would like a photo of his grandfather's first alembic back on " +
        'the page; I would like the size guide to say plainly that ten millilitres lasts a season.',
      'Final whistle. A nice page. Polako, hvala.',
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dy040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Game report, numbered.',
      '1. Tip-off. Guests book a visit to the distillery on Hvar on the booking page, usually ' +
        'after talking it over at home with the family.',
      '2. The new date picker shows the harvest weeks in purple, which barba Ante finds very ' +
        'modern.',
      '3. The form is shorter: name, number of guests, a date, and whether anyone is allergic to ' +
        'bees.',
      '4. The chosen dates now live in the browser, so a guest can close the page, argue with her ' +
        'husband and come back.',
      '5. Third quarter, basket waved off on replay: a field for "favourite smell". Ne, we are a ' +
        'distillery, not a psychologist.',
      '6. The tour: the fields at seven, the alembic at nine, bread and oil tasting at ten, and ' +
        'the ferry back to Split at noon.',
      '7. Final whistle. Book early in June, polako in September. Hvala.',
    ].join('\n'),
  },
];
