import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-nineteenth fresh set, author A: strong answers (du001–du007), every point of their kind.
 * Voice: a Hawaiian (Hilo) English register in speech with Hawaiian and Pidgin words; a lei-making
 * workshop PM whose language model suggests lei, flower and length; every answer an outrigger-canoe
 * race official's calls, leg by leg and crew change by crew change, with one penalty rescinded.
 * Labelled by hand when each answer was written, before anything else; the labels are final.
 */
export const HUNDRED_AND_NINETEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'du001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Aloha, race office here, calling this one leg by leg for the bigger model in our lei helper.',
      '',
      'Start line. Before any canoe leaves the beach, the kuleana is split: me, the PM, I own the crew order, the limits and how long each hold lasts. Engineering owns the routing, the deploy and the flags. Nobody swaps those jobs mid-race.',
      '',
      'Limits go on the start sheet now, not out on the water: errors more than 0.5 % worse than now, p95 latency more than 300 ms worse than now, wrong-flower suggestions from the eval harness more than 2 points worse than now, thumbs-down on suggestions more than 1.5 points worse than now, cost per conversation more than 20 % worse than now. Cross any one, and we close the stringing table.',
      '',
      "Leg 1, the first blossom: 2 % of conversations, only our own workshop aunties and the stringers in back. They tell you straight when the helper suggests maile for a baby lū'au. Hold three days.",
      '',
      'Crew change: the Keaukaha and Waiākea regulars who signed up for early tries come in. Leg 2, the stringing table: 10 %, hold 2,000 conversations.',
      '',
      "Leg 3, penalty rescinded: we flagged the Kaūmana crew for jumping in early. Watched the change again: 'a'ole, they came in on time, after the early-try crews. Call stands clean. Leg 3 is 40 %, held a full week of Merrie Monarch.",
      '',
      'Last crew: first-time buyers, the big wedding and graduation orders, and customers buying ten years and more. They forgive the least, so they paddle last. Leg 4, the whole Merrie Monarch fair: 100 %.',
      '',
      'Between every leg the master lei-maker, Aunty Pua, and I both lay the first lei over a shoulder. That is the sign-off; no lei, no next leg.',
      '',
      'Huli? Whoever is on call hangs the old lei back on the hooks, no need to call me. Any hour, 3 a.m. too: one routing flag, back in under five minutes, no redeploy, no waiting for approval.',
      '',
      'Finish line: this race only says the bigger model is safe. If it is better, better suggestions worth the extra cost, that is a randomised A/B test afterwards, brah. Pau.',
    ].join('\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'du002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Race notes, one-page checkout. Short calls, brah.',
      '- Kuleana: I own crew order, limits, holds. Engineering owns routing, deploy, flags.',
      '- Crews: workshop staff first; then the Waiākea and Keaukaha regulars who opted into early tries; first-time buyers last, because graduation season is their first order and the lab only tested returning folks.',
      '- Limits, set before the start horn: checkout errors more than 0.5 % worse than now, p99 more than 200 ms worse than now, first-order conversion more than 2 % worse than the old-checkout crew, and we close the stringing table.',
      '- Leg 1, the first blossom: 5 %, hold 3 days. Leg 2, the stringing table: 25 %, hold 1,500 orders. Leg 3, the whole Merrie Monarch fair: 100 %.',
      '- Leg 2, penalty rescinded: looked like we moved before 1,500 orders; watched the change again, the count was 1,512. Clean.',
      '- Each crew change: the master lei-maker and I both lay the first lei over a shoulder, or nobody moves.',
      '- Huli: whoever is on call hangs the old lei back on the hooks, no need to call me. Any hour, flag switch, under five minutes, no redeploy.',
      '- Safe, not better: better is a randomised A/B test after. Pau.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Mahalo for asking. I call this like the official on the escort boat, numbered so nobody loses count.',
      '1. Who holds what. My kuleana as PM: which crews paddle in what order, the limits, the holds, and the sign-off. Engineering holds the routing, the deploy and the prompt flag.',
      '2. Start-line limits, fixed before one message gets the warm prompt: error rate more than 0.5 % worse than now; p95 latency more than 250 ms worse than now; thumbs-down more than 2 points worse than now, counted for English and Japanese separately; polite-form misses from the eval harness (it grades Japanese replies for keigo) more than 1 point worse than now; suggestions that end in an order more than 2 % worse than now. Any one, and we close the stringing table.',
      "3. Crew order. First our own stringers and the Japanese-speaking aunties at the counter, who catch a rude reply fast. Then the early-try list, the Wainaku and Pi'ihonua folks who opted in, English and Japanese both. Last, the Japanese-speaking buyers of ten-plus years and the wedding parties from Tokyo: most to lose, least forgiving.",
      '4. Leg 1, the first blossom: 2 %, hold 4 days and at least 300 Japanese conversations, because the Japanese signal is thin.',
      '5. Leg 2, the stringing table: 15 %, hold 5 days and 800 Japanese conversations.',
      '6. Leg 3, penalty rescinded: I flagged the crew change into Leg 3 as early. The officials watched it again: 5 days done, 800 Japanese chats passed, sign-off given. Clean change. Leg 3 is 50 %, held a full week of Merrie Monarch.',
      '7. Leg 4, the whole Merrie Monarch fair: 100 %.',
      '8. Sign-off: before every leg, the master lei-maker and I both lay the first lei over a shoulder. Both of us, or no move.',
      '9. Huli: whoever is on call hangs the old lei back on the hooks, no need to call me. Daytime or 2 a.m., it is the prompt flag back to the old prompt, about two minutes, no redeploy, nobody asks permission.',
      "10. Finish: this race tells us the warm prompt is safe in both languages. 'A'ole proof it is better. For better, a randomised A/B test after. Pau.",
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'du004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Okay brah, race office calling it straight through with no stopping for breath, 'cause " +
      'this pricing service goes out Tuesday evening and our lei orders never stop, mainland ' +
      'folks ordering at midnight our time for a morning graduation: my kuleana as PM is the ' +
      'crew order, the limits and the holds, and engineering owns the routing, the deploy and ' +
      'the flags, so before anybody leaves the beach I write the limits down, price errors more ' +
      'than 0.3 % worse than now, p99 quote time more than 200 ms worse than now, paid orders ' +
      'more than 2 % worse than the old-pricing crew, any billing mismatch above 0.1 % after ' +
      'the nightly batch, and we close the stringing table; then Leg 1, the first blossom, is ' +
      'our own workshop accounts only, 1 %, held two full nights so we cross the nightly batch ' +
      'window twice; crew change to the early-try list, the Keaukaha and Waiākea regulars who ' +
      'said yes to new things, Leg 2, the stringing table, 10 %, held three nights; Leg 3, ' +
      'penalty rescinded: we flagged Leg 3 for starting before the billing check, watched the ' +
      'change again, the billing check was done at 4 a.m. and signed, so the penalty goes, and ' +
      'Leg 3 is 50 %, held a full week of Merrie Monarch with the weekend nights in it; last ' +
      'crew is the new buyers and the hotels and hālau that order a hundred lei at a time, ' +
      "'cause they hurt most if a price comes out wrong, Leg 4, the whole Merrie Monarch fair, " +
      '100 %; at each crew change the master lei-maker and I both lay the first lei over a ' +
      'shoulder, that is the sign-off, no shoulder, no next leg; and the 2 a.m. question, the ' +
      'one that matters most here: whoever is on call hangs the old lei back on the hooks, no ' +
      'need to call me, any hour, Tuesday or Saturday, one routing switch back to the old ' +
      'pricing service, under five minutes, no redeploy, and nobody waits for my say-so; finish ' +
      'flag: the canary tells us the new pricing is safe, not that it is better, and better is ' +
      'a randomised A/B test after, pau.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Aloha! Race sheet for the cheaper model, written like the board at the finish tent.',
      '',
      'Leg | crew | share | hold until | who signs',
      'Start | nobody yet | 0 % | limits written | me',
      'Leg 1, the first blossom | workshop stringers and counter aunties | 5 % | 4 days and 150 graded suggestions | me + Aunty Pua',
      "Leg 2, the stringing table | early-try list: Kaūmana and Pana'ewa regulars who opted in | 25 % | 400 graded suggestions, about 8 days | me + Aunty Pua",
      'Leg 3 | buyers of 1 to 5 years, Waiākea and downtown | 50 % | a full week of Merrie Monarch | me + Aunty Pua',
      'Leg 4, the whole Merrie Monarch fair | first-time buyers, wedding and funeral orders | 100 % | pau | me + Aunty Pua',
      '',
      "Why that order: our own people first, they grumble loud; folks who asked for early tries next; new buyers and the funeral and wedding lei last, 'cause one wrong flower there and we lose them for good.",
      '',
      'Feedback is thin, so the holds are counts, not hours, and I ask engineering to have the eval harness grade 1 in 20 suggestions during the race instead of 1 in 200.',
      '',
      'Limits, fixed at the start line: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, wrong-flower rate from the harness more than 2 points worse than now, thumbs-down more than 3 points worse than now. Any one, and we close the stringing table. Cost per suggestion we watch too; it should drop.',
      '',
      'Sign-off at every crew change: the master lei-maker and I both lay the first lei over a shoulder.',
      '',
      'Leg 2, penalty rescinded: looked like Leg 3 started at 380 graded. Watched the change again: 412. Clean.',
      '',
      'Kuleana: I own the order, the limits, the holds; engineering owns routing, deploy, flags.',
      '',
      'Huli: whoever is on call hangs the old lei back on the hooks, no need to call me. Any hour, config switch, under five minutes, no redeploy, no waiting on approval.',
      '',
      "Canary says safe, 'a'ole better. Better means a randomised A/B test after. Pau.",
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'du006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Race office, short calls.',
      'My kuleana: crew order, limits, holds.',
      "Engineering's: routing, deploy, flags.",
      'Limits, set before the horn:',
      'search errors more than 0.5 % worse than now,',
      'p99 more than 200 ms worse than now, read on many-filter searches alone,',
      'orders from search more than 2 % worse than the old-index crew.',
      'Any one, we close the stringing table.',
      'Leg 1, the first blossom: our stringers, 2 %, hold 3 days.',
      'Leg 2, the stringing table: the opted-in early-try crew from Keaukaha and Wainaku, 15 %, hold 3,000 searches with filters.',
      'Leg 2, penalty rescinded: watched the change again, the 3,000 was reached. Clean.',
      'Leg 3: 50 %, a full week of Merrie Monarch.',
      'Last, the whole Merrie Monarch fair: new buyers and the hālau with big orders, who feel a slow search most.',
      'Every change: the master lei-maker and I both lay the first lei over a shoulder.',
      'Huli: whoever is on call hangs the old lei back on the hooks, no need call me.',
      'Any hour. Index switch, under five minutes, no redeploy, no asking.',
      'Safe, not better. Better is a randomised A/B test after. Pau.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'du007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Aloha, brah. I'll call this one like the official in the escort boat, leg by leg, crew change by crew change.",
      '',
      'Before the start. My kuleana as PM: the order the crews go in, the limits, the holds, who signs. Engineering owns the routing, the deploy, the feature-store sizing and the flags. The limits are written on the start sheet before one home screen sees the new model: errors more than 0.5 % worse than now; p95 latency more than 200 ms worse than now, read per region, Hilo and Tokyo separate; feature-store timeouts more than 0.2 % worse than now; add-to-cart on recommended lei more than 2 % worse than the old-model crew; thumbs-down on recommendations more than 2 points worse than now; off-occasion picks from the eval harness (a funeral lei for a graduation, da kine) more than 1 point worse than now. Cross one, and we close the stringing table.',
      '',
      'Leg 1, the first blossom. Our own workshop and counter crew, Hilo and the two Tokyo staff, 2 %. Hold 3 days, and the hold has to cover Tokyo lunch, which is 5 p.m. our time, when most of us are pau for the day.',
      '',
      'Crew change. The early-try list: Keaukaha and Waiākea regulars and the Tokyo buyers who opted in. Leg 2, the stringing table, 15 %, hold 5 days with five Tokyo lunch peaks in it.',
      '',
      "Leg 3, penalty rescinded. We flagged this change for moving on a quiet Hilo morning. Watched it again: the gate read Tokyo's lunch numbers from the evening before, all under the limits. Penalty gone. Leg 3 is 50 %, held a full week of Merrie Monarch.",
      '',
      'Last crew, Leg 4, the whole Merrie Monarch fair: new buyers, customers of ten years and more, and the Tokyo wedding planners. Most to lose, least patience.',
      '',
      'Sign-off at each change: the master lei-maker, Aunty Pua, and I both lay the first lei over a shoulder. Both, or we wait.',
      '',
      'Huli. Whoever is on call hangs the old lei back on the hooks, no need to call me. 5 p.m. or 3 a.m., Hilo or Tokyo time: a routing switch to the old model, under five minutes, no redeploy, no waiting for approval.',
      '',
      "Finish. This race tells us the new model is safe at every lunch peak. 'A'ole that it is better. Better is a randomised A/B test after. Mahalo.",
    ].join('\n'),
  },
];
