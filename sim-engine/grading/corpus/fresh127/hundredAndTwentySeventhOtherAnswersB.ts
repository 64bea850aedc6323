import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-seventh fresh set, author B: the thirteen answers that are not strong
 * (ec028–ec040): middling (ec028–ec030), weak (ec031–ec032), keyword salad (ec033–ec034),
 * negated (ec035–ec036), misconception-led (ec037–ec038) and off-topic (ec039–ec040), seven on
 * service scenarios and six on model scenarios. Written blind (no grader, no other answers) and
 * labelled by hand before anything else (README-b.md, LABEL-NOTES-b.md). The voice: an Ilocano
 * (Vigan, Philippines) English register in writing with Ilocano words ("naimbag nga aldaw",
 * "agyamanak", "wen", "saan", "ay apo"), the PM of a Vigan inabel blanket weaving shop whose
 * language model suggests which blanket, pattern and size suit a home, a gift and a budget; every
 * answer a figure-skating technical panel's protocol sheet, element by element and skater by
 * skater, with one jump downgraded on the replay.
 */
export const HUNDRED_AND_TWENTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ec028',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: `Naimbag nga aldaw.
Protocol sheet, the one-page checkout.

Skater 1, me, the PM:
I own who goes first and the limits.
Engineering owns the flag and the deploy.

Element 1, the order:
staff and weavers first,
then early-look buyers from Tamag and Paoa,
then regulars of three years buying and more.
First-time buyers last, wen,
because a saved address and card
are exactly what a first-time buyer does not have,
and the festival is when first orders peak.

Element 2, the limits, written before any traffic moves:
checkout errors more than 0.5 % worse than now,
first orders per checkout started more than 2 % worse than now,
and we drape the frames.

Element 3, jump downgraded on the replay:
I had one conversion number for everyone.
On the replay, returning buyers hid the first-timers.
Now first-time buyers have their own line.

Element 4:
after that we widen it when it looks fine,
and if something breaks we go back to the old checkout.

Agyamanak.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ec029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: `Naimbag nga aldaw. Protocol sheet, the bigger model for the blanket assistant.
1. Element 1, who: a random 5 % of buyers, whoever the router picks.
2. Element 2, the limits, agreed before the first conversation moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse, thumbs-down more than 3 points worse, eval-harness hallucinations (blankets or sizes we do not weave) more than 1 point worse, cost per conversation more than 30 % worse, and we drape the frames.
3. Element 3, the stages: the first inabel thread (5 %), held four days; the bamboo frame (25 %), held five days or 2,000 conversations, whichever is later; then the whole Calle Crisologo stalls. We move on only when every limit held through the hold.
4. Element 4, jump downgraded on the replay: I had the first hold at two days; long questions come on weekends, so the replay said four.
5. Element 5, if it goes wrong: we go back to the old model.
6. Element 6: engineering will handle the details.
Agyamanak.`,
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ec030',
    scenario: 'service',
    class: 'middling',
    points: points('C S R'),
    text: `Naimbag nga aldaw. On the protocol sheet for the new search index, Skater 1 is the buyers, and Element 1 is their order: our weavers and shop staff search first, because they use every filter every day; then the early-look buyers from Paoa and Pantay Daya who asked to try new things; then regulars of four years buying and more; last the first-time buyers and the hotel buyers, who search with many filters at once and will not come back if the page hangs. Element 2: at every step the eldest inabel weaver and I both fold the first blanket corner to corner, and nothing widens until we have both signed off. Element 3, jump downgraded on the replay: I had written that the tech lead rolls back, but on the replay the tech lead sleeps at night, so now whoever is on call stacks the old blankets back on the counter, no need to call me: the on-call engineer, at any hour, switches search back to the old index with the config flag in about two minutes, no redeploy and nobody's approval. How fast the search must be, engineering knows better than me. Agyamanak.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `Naimbag nga aldaw. Protocol sheet, the cheaper model for the blanket notes.
Element 1: the cheaper model goes to some buyers first.
Element 2: we watch how it goes.
Element 3, jump downgraded on the replay: I said all buyers on Monday; the replay said that is too fast, so some buyers first.
Element 4: if buyers complain, we go back.
The note is only three lines, ay apo, what can go wrong. Agyamanak.`,
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ec032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Naimbag nga aldaw. Skater 1 on the protocol sheet is our new price page, the one with the clearer table comparing single, double and king-size inabel. Nothing behind it changes, so the panel has little to call.

Element 1: we put it up for a small part of the buyers on Wednesday.

Element 2: we look at the page and at the orders, and if it seems fine by Friday we put it up for everyone before the festival promotion.

Element 3, jump downgraded on the replay: I had said Thursday; the replay showed the printer needs the festival flyers by Thursday, so Wednesday.

If something looks wrong we will talk it over with engineering. Agyamanak.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ec033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Protocol sheet. Skater 1 canary 1 % 5 % 25 % 100 % feature store Honolulu p99 200 ms p95 thumbs-down hallucination eval harness 0.5 % cohort barangay Tamag Paoa years buying 3+ 5+ rollback flag on call sign-off eldest inabel weaver first inabel thread bamboo frame whole Calle Crisologo stalls A/B randomised baseline control cost per request tokens. Element 4, jump downgraded on the replay: 2 %, 20 %, 48 hours, 0.5 %, 200 ms, drape the frames, stacks, counter, Viva Vigan. Lunch peak regional feature store timeouts 1 % recall precision guardrail gate hold ramp wen saan agyamanak.`,
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ec034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Skater: image resizer.
Element 1: memory, leak, heap, 20 % faster, new photo format, restarts, deploys.
Element 2: canary, 1 %, 10 %, 50 %, Thursday.
Element 3: p99, 200 ms, error rate 0.5 %, RSS, OOM, container, node.
Element 4, jump downgraded on the replay: inabel, binakol pattern, king size, thumbnails, CDN, cache.
Element 5: cohort, barangay, years buying, staff, early look, rollback, flag, on call, sign-off, gate, hold.
Element 6: A/B, randomised, baseline, control, safe, better.
Ay apo.`,
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ec035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Naimbag nga aldaw. I will be honest on the protocol sheet; the panel deserves it. The change is bigger blanket photos and a size guide on every product page.

Element 1: I would not start with our weavers and staff. They browse all day and never buy, and I see no reason for any order of buyers at all.

Element 2: I would not write rollback limits before we begin. Bigger photos cannot break anything.

Element 3: no stages, no holds, no bamboo frame; that is only waiting.

Element 4, jump downgraded on the replay: I had written that someone should sign off; on the replay, saan, no one needs to fold any blanket corner to corner for photos.

Element 5: I do not want the on-call engineer switching it back by himself at night; that waits for me in the morning.

Element 6: and I see no need for an A/B test later, nor for a line between what I own and what engineering owns. Agyamanak.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Protocol sheet, the warmer prompt, my honest calls.
1. Element 1: saan, no special order of buyers. Ilocano writers or not, everyone gets it the same day.
2. Element 2: no limits agreed beforehand, no hallucination or thumbs-down numbers. A prompt is only words.
3. Element 3: no first inabel thread, no bamboo frame, no holds of days or orders.
4. Element 4, jump downgraded on the replay: I had said the eldest inabel weaver signs off; on the replay I took that out too, she is busy.
5. Element 5: no quick switch back to the old prompt for whoever is on call; nobody touches it without a meeting.
6. Element 6: I would not separate what I own from what engineering owns, and I would not run a randomised A/B test afterwards.
Ay apo, simple is best.`,
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ec037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: `Naimbag nga aldaw. Protocol sheet for the new date picker and the shorter custom-order form; the chosen dates now live in a new store inside the browser.

Skater 1, the PM. Element 1: I own the order of buyers and the holds; engineering owns the browser store, the flag and the deploy.

Skater 2, the buyers. Element 2: weavers and staff first, then early-look buyers from Bulala and Tamag, then regulars of three years buying and more; the families ordering wedding blankets and the first-time buyers last, because a lost wedding order cannot be woven again in time.

Element 3, the limits: I do not set them beforehand. We decide the limits while we watch. Once the first inabel thread has run a day we see what normal looks like on the dashboard, and then we choose where the line goes. Writing numbers before seeing the data is only guessing.

Element 4, jump downgraded on the replay: I had each hold at one afternoon. On the replay, our buyers talk it over at home and order the next evening. So the first inabel thread (staff) holds three days, the bamboo frame (20 %) holds four days or 500 orders, whichever is later, and only then the whole Calle Crisologo stalls.

Skater 3, on call. Element 5: whoever is on call stacks the old blankets back on the counter, no need to call me: the on-call engineer, at any hour, turns the flag back to the old form in under five minutes, without a redeploy and without asking anyone.

Agyamanak.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ec038',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: `Naimbag nga aldaw. Protocol sheet, the cheaper model for the blanket notes.
Skater 1, the buyers. Element 1: weavers and staff first, then early-look buyers from Pantay Daya, then regulars of five years buying and more; first-time and gift buyers last, because a wrong size in a gift note is a return and a lost buyer.
Skater 2, the limits. Element 2, fixed before the first note moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse, thumbs-down more than 3 points worse, hallucinated sizes in the eval harness more than 1 point worse, and we drape the frames.
Skater 3, the stages. Element 3: the first inabel thread (5 %), the bamboo frame (25 %), the whole Calle Crisologo stalls, each held until 300 graded notes and four days at least, and advanced only if every limit held.
Element 4, jump downgraded on the replay: I had the eval harness grading one note in two hundred; the replay showed that reads nothing at 5 %, so one note in ten during the canary.
Element 5, the main one: the canary is our A/B test. If the notes at the bamboo frame sell more blankets than the old notes, the canary has proved the cheaper model is better, and we need no separate test afterwards. That is the beauty of a canary, ay apo.
Agyamanak.`,
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ec039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Naimbag nga aldaw. A protocol sheet, but let me tell the panel about last week's sale instead.
Element 1: twenty percent off every inabel, and the stalls on Calle Crisologo were full until midnight on Sunday.
Element 2: the binakol, the whirlpool pattern our grandmothers said keeps bad spirits away, sold out first.
Element 3: the king-size blankets in indigo sold out second.
Element 4, jump downgraded on the replay: I said the sale was our best week of the year; watching the stall video again, the Viva Vigan week in May was bigger.
Element 5: the kalesa drivers bring tourists to the shop every afternoon, and we give each driver a small towel.
Element 6: this week we rest the frames and wash the cotton.
Agyamanak.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ec040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `Protocol sheet, skater by skater, of how we greet buyers in the shop.
Skater 1, the elder buyer. Element 1: we say "naimbag nga aldaw, apo", never the first name.
Skater 2, the young buyer. Element 2: a smile and "naimbag nga aldaw" is enough.
Skater 3, the tourist. Element 3: English, and we show the bamboo frame where the blanket is woven.
Element 4, jump downgraded on the replay: I wrote that tourists never buy the big blankets; on the replay of last Saturday's stall video, two couples from Seoul bought king size.
Element 5: every blanket is wrapped in paper with the shop's stamp.
Element 6: "agyamanak" at the door, always. Wen, that is how the shop speaks.`,
  },
];
