import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-sixteenth fresh held-out set, author A: the other answers (dr008–dr020):
 * middling, weak, keyword salad, negated, misconception-led and off-topic. Voice: a Yoruba
 * (Ibadan) English register in speech, an adire workshop PM whose language model suggests cloth,
 * pattern and length, every answer a cricket scorer calling the book over by over with one ball
 * corrected by the umpires. Labelled by hand before anything else, without seeing the grader
 * (LABEL-NOTES-a.md): only what each answer commits to as its own plan.
 */
export const HUNDRED_AND_SIXTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr008',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Ẹ káàárọ̀. Over 1, ball 1: the engineers own the switch to the bigger model, the routing and the deploy; I own the rollback limits and the calls on when we widen. Ball 2: before anything moves, I write the limits down with them. Errors more than 1 % worse than now, p95 more than 400 ms worse, wrong-pattern suggestions in the eval harness more than 2 points worse, thumbs-down more than 3 points worse, cost per conversation more than 25 % above now, and we draw every cloth out of the indigo.',
      'Over 2: we send a random 5 % of conversations to the new model. Whoever comes, comes: Ibadan, Lagos, the diaspora. We watch the harness, the thumbs-down and the cost per conversation every morning.',
      "Over 3, scorer's correction: the umpires make over 2 one run, not two. I said every morning; make it morning and evening.",
      'Over 4: when it looks fine we widen it, and if something goes bad we go back to the old model. Finance gets its cost number at the end. The eye that has seen the sea does not fear the lagoon, they say, but this is our first bigger model, so we go carefully. Ó dàbọ̀.',
    ].join('\n\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dr009',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "The scorer's book for the new cloth-photo resizer, the one that reads the new photo format.",
      '',
      "1. Over 1, ball 1: the workshop's own listings first, our dyers uploading their own wrappers, because they will tell us at once when an olokun looks blurred.",
      '2. Over 1, ball 2: then the traders on our early-access list who asked for the new format.',
      '3. Over 1, ball 3: then the stalls of Dugbe and Oje; the traders who have sold with us ten years and more go last, since their listings carry the most orders.',
      '4. Over 2: stages are the first dip, the drying line and the whole Oje market. At the first dip we hold three full days without a restart, because the service only restarts on deploys and a slow creep needs days to show; at the drying line, a full week of the Egungun festival.',
      '5. Over 3: before each step, the master dyer and I both wring out the first wrapper and sign it off.',
      "6. Over 4, scorer's correction: the umpires make over 2 a two, not a four. Three days without a restart becomes four.",
      "7. Over 5: the team wants it everywhere by Thursday. We keep an eye on how the pages feel, and if it's bad, we go back.",
      '',
      'Ẹ ṣé o.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dr010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Over 1, ball 1: new pattern-search index, smaller and cheaper to host.',
      'Ball 2: the median got faster; rare searches with many filters were never tested.',
      'Over 2, ball 1: limits, written before a single search moves:',
      'p99 search time more than 300 ms worse than now,',
      'p99.9 more than 800 ms worse,',
      'search errors more than 0.3 % worse,',
      'searches ending in an order more than 2 % worse.',
      'Ball 2: any one of those, and we draw every cloth out of the indigo.',
      "Over 3, scorer's correction: umpires make over 2, ball 1 three runs, not one. The p99 limit is 250 ms, not 300.",
      'Over 4: we start with the big trading houses at Gbagi, they search the most.',
      'Over 5: whoever is on call, any hour, folds the old wrappers back onto the trestle.',
      'That is the index switch back to the old layout: three minutes, no redeploy, no need to wake me.',
      'Over 6: then everyone, when the graph is calm.',
      'Over 7: a canary only says safe.',
      'Better needs a randomised A/B test later, abi?',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dr011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Ẹ káàárọ̀! Over 1, ball 1: the new prompt is warmer, and our buyers will like it, abi? We release it to some people first and see how it goes. ' +
      "Over 2, scorer's correction: the umpires make that ball a dot, not a single, because honestly nobody read the Yoruba side, so somebody should look at a few replies. " +
      'If buyers complain, we change it back. The engineers know the prompt better than I do, so I will let them decide the details. ' +
      'The child who says his mother will not sleep will not sleep either, so we will all watch it together. Ó dàbọ̀.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'dr012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Ẹ káàárọ̀.',
      'Over 1, ball 1: new delivery-fee service for our cloth deliveries.',
      'Ball 2: it goes out from Tuesday evening.',
      'Over 2: we watch the dashboards.',
      'If something breaks at night, the team sorts it out in the morning.',
      "Over 3, scorer's correction: umpires make over 2 a single, not a dot.",
      'Somebody should also tell billing.',
      'Over 4: slowly, slowly, we reach everybody.',
      'We will know when something is wrong.',
      'Ó dàbọ̀.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dr013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Over 1 ball 1 canary 1 % 5 % 25 % 100 % feature store p99 p95 hallucination thumbs-down eval harness Houston lunch Ibadan evening. ' +
      'Over 2 adire olokun eleko indigo 0.5 % 200 ms 2 % baseline control cohort ramp gate hold sign-off rollback flag. ' +
      "Over 3, scorer's correction: 4 not 2, 2 not 4. " +
      'Token cost per request, feature reads per request, regional store, quarter, Bodija Mokola Oje, years buying, first dip, drying line, Oje market, Egungun week, master dyer, wrapper, trestle, A/B, randomised, safe, better. Abi. O jare.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dr014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Pricing page, comparison table, canary, 1 % then 10 % then 50 % then 100 %, errors 0.5 %, p99 200 ms, conversion 2 %, control, baseline, staff, early access, quarters Agodi Sango Challenge, ten years buying, hold 48 hours, sign-off, master dyer, on call, flag, five minutes, no redeploy, A/B, randomised, Friday campaign, ' +
      "over 1 ball 1 one run, over 2 ball 3 four runs, over 4 scorer's correction two not four, " +
      'ẹ káàárọ̀, bẹ́ẹ̀ni, ẹ ṣé, adire, indigo, first dip, drying line, whole Oje market, Egungun festival, wring, fold, trestle.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dr015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Ẹ káàárọ̀. The scorer's book for the cheaper suggestion model, and this time every ball is a no-ball.",
      '',
      '1. Over 1, ball 1: I will not split the work into what I own and what engineering owns; we are one team and nobody owns anything alone.',
      "2. Over 1, ball 2: no staff first, no early-access list, no order of quarters or years buying. I don't want a cohort plan at all.",
      '3. Over 2, ball 1: we will not write limits down before traffic moves. No numbers for errors, latency or orders.',
      '4. Over 2, ball 2: we will not watch the eval harness, the thumbs-down rate or the cost per suggestion; none of them gates anything.',
      '5. Over 3: no first dip, no drying line, no holds, no count of graded suggestions to wait for.',
      '6. Over 4: the master dyer will not sign anything off, and neither will I.',
      "7. Over 5, scorer's correction: the umpires make over 4 a dot ball, not a single. There is also no on-call rollback switch; nobody flips a flag at night.",
      "8. Over 6: and I won't say the canary shows only safety, nor run a randomised A/B test afterwards.",
      '',
      'Ó dàbọ̀.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dr016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Ẹ káàárọ̀. Over 1, ball 1: the new date picker and the shorter form for booking a dyeing slot. I am not going to draw a line between what I own and what the engineers own; that would only slow us down.',
      "Over 1, ball 2: we won't start with the workshop staff or the early-access list, and I see no reason to keep the long-time buyers of Oje and Bodija for last. Over 2: I will not fix thresholds before we begin. No error limit, no latency limit, no booking-rate limit written anywhere.",
      "Over 3: there will be no stages and no holds; waiting for bookings that show up hours later is not something we will do. Over 4, scorer's correction: the umpires make over 3 a dot ball, not two runs. And no one signs off, not the master dyer, not me.",
      "Over 5: we won't keep a flag for going back, and nobody on call gets to roll back on their own. Over 6: I don't see the need to separate safe from better, or to run any A/B test later. 100 % this afternoon, as the team wants. Ó dàbọ̀.",
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dr017',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: [
      'Ẹ káàárọ̀. Let me say it plainly first: the canary proves the bigger model is better, so it is our A/B test. Whatever the early quarters buy, that is our lift, and we report it to Finance as the win.',
      'Over 1, ball 1: workshop staff first, because they know every pattern and will tell us the moment the model calls an olokun an eleko. Ball 2: then the early-access list, who opted in. Ball 3: then buyers in Mokola and Bodija. Ball 4: buyers of fifteen years and first-timers last, the ones we cannot afford to lose.',
      "Over 2: beside errors and latency, we watch the eval harness's wrong-pattern rate, thumbs-down per conversation and the cost per conversation, every day.",
      "Over 3, scorer's correction: the umpires make over 2 a four, not a two. Cost per conversation is the number Finance asked for, so we compare it daily, not weekly.",
      'Over 4: whoever is on call, at any hour, folds the old wrappers back onto the trestle: a model flag, about three minutes, no redeploy, no need to wake me.',
      'Over 5: when the staff quarters buy more cloth than the others, the new model has won, and we widen. Ó dàbọ̀.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dr018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H'),
    text: [
      "Scorer's notes: product pages with bigger photos and a size guide.",
      "- Ov 1, b1: mine = order of quarters, limits, holds. Engineers' = flags, routing, deploy.",
      '- Ov 1, b2: staff first (they live on the site checking stock); early-access list next (opted in); Oje and Agodi buyers; buyers of 10+ years last (they carry the orders).',
      '- Ov 2: limits? We decide them while we watch. No point guessing numbers before we see the graphs; the master dyer and I will know a bad number when we see one.',
      '- Ov 3: the first dip, the drying line, the whole Oje market. Hold 3 days at the first dip, a full week of the Egungun festival at the drying line.',
      "- Over 4, scorer's correction: umpires make ov 3 b1 a two, not a one. 4 days at the first dip.",
      '- Ov 5: staff hardly buy, so at the first dip we see how conversion looks and set the conversion line then.',
      'Ẹ ṣé, o jare.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dr019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Ẹ káàárọ̀! Over 1, ball 1: before anybody talks of models, let me tell you how adire eleko is made. The cassava starch paste goes on through a zinc stencil, or by hand with a chicken feather, and it dries in the sun.',
      'Ball 2: then the cloth goes into the indigo, again and again, twenty dips for the deep blue some buyers want. The pot that will eat pepper stew must first feel the fire, the elders say.',
      "Over 2, scorer's correction: the umpires make over 1, ball 2 a two, not a four. It is nearer twelve dips than twenty for most of our wrappers.",
      'Over 3: then the starch is scraped off and the pattern shows pale against the blue. Olokun for the sea goddess, Ibadandun for the sweetness of our city. Our cheapest two-yard wrapper is eight thousand naira; an agbada length costs much more.',
      'Over 4: and wash it cold, inside out, never in the sun. Bẹ́ẹ̀ni. Ó dàbọ̀.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dr020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Ẹ káàárọ̀.',
      'Over 1, ball 1: a single to fine leg.',
      'Ball 2: dot.',
      'Ball 3: four, through the covers.',
      'Over 2: rain at the ground in Ibadan, no play.',
      "Over 3, scorer's correction: umpires make over 1, ball 3 a two, not a four.",
      "Last week's sale at the Oje stall: twenty per cent off every wrapper.",
      'The buyers came from Sango, from Mokola, from Iwo Road.',
      'Our reviews are lovely; one woman said her gele was the talk of the party.',
      'This week we are resting.',
      'Ẹ ṣé. Ó dàbọ̀.',
    ].join('\n'),
  },
];
