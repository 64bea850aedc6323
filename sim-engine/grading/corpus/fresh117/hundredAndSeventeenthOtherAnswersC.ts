import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-seventeenth fresh set, author C: the other answers ds048–ds060 (three
 * middling, two weak, two keyword salad, two negated, two misconception-led, two off-topic; six
 * on model scenarios, seven on service scenarios), each labelled by hand before anything else.
 * The voice, the same as in the strong answers: an Igbo (Enugu) English register in writing with
 * Igbo words ("ndewo", "daalụ", "ee", "mba", "biko", "ọ dị mma"), a workshop of carved wooden
 * masks and stools whose language model suggests which piece, wood and size suit a room, a gift
 * and a budget; every answer a badminton umpire's score sheet, rally by rally, with one line call
 * reversed on challenge (README-c.md, LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_SEVENTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ds048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `Umpire's sheet, short hand. Payments in our app move to the provider's new SDK, with wallets.
R1 (1–0): ndewo. Apprentices' phones first, Android and iPhone both. Then buyers who opted in to early features. Then Uwani and Abakpa buyers of one or two years. First-time buyers and the Independence Layout collectors last: a failed payment on a first order or a big commission costs the most.
R2 (2–0): limits written before anyone moves. Android payment failures more than 0.5 % worse than now in any 10 minutes; wallet errors above 1 %; p99 payment time more than 300 ms worse. Cross one, and the adzes rest.
R3 (3–0): the iroko log 2 %, the carving mat 10 %, the Ogbete market stall 50 % then 100 %.
R4, line call reversed on challenge (3–1): I had called one day per stage. Reversed: the bursts come at Friday dinner, so each stage holds until it has crossed one full Friday evening.
R5 (4–1): if it breaks, we go back to the old SDK.
Ee, that is the game. Daalụ.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ds049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: `Score sheet.
The bigger model for the suggestion desk.
Ndewo.

Rally 1.
A random 5 % of buyers first.

Rally 2.
Limits, fixed before the 5 % starts:
thumbs-down more than 2 points worse than now,
eval-harness rate of suggestions for pieces we do not carve more than 1 point worse,
cost per conversation more than 30 % above now,
p95 more than 300 ms worse.
Cross one and the adzes rest.

Rally 3.
The iroko log at 5 %,
the carving mat at 25 %,
the Ogbete market stall at 100 %.
Each holds a full week of the New Yam festival.

Rally 4, line call reversed on challenge:
I had left out cost.
Finance asked, so cost is back in, as above.

Rally 5.
If it goes wrong, we go back to the old model.

Biko, that is my sheet. Daalụ.`,
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ds050',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: `The umpire's score sheet for the rewritten photo service, the one that resizes the pictures of our masks and stools for every listing. Ndewo.

Game. Rally 1: the split of the racket. The engineers own the service, the routing and the deploy; I own the decisions of the release, who sees it when, what stops it and when it widens, and I will not let "it is 20 % faster" make those decisions for us. One–love.

Rally 2: we start with a random 5 % of listing pages, and we widen it when it looks fine, hoping for everywhere by Thursday. Two–love.

Rally 3, line call reversed on challenge: I had written that a rollback needs the head of engineering to approve it. Reversed. Whoever is on call returns the old masks to their pegs, at any hour of day or night, by turning the routing back to the old service in the config, three or four minutes, no need to call me or anyone. Two–one.

Rally 4: and understand what the canary is for. It tells us the new service is safe to keep. It does not tell us it is better for sellers; for that, a randomised A/B test afterwards. Three–one.

Mba, I have no more rallies in my sheet. Daalụ.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `Ndewo. Score sheet for the warmer prompt.

Rally 1: the new prompt is friendlier, and our buyers like a friendly workshop. Point to us.

Rally 2: we give it to some buyers first and keep an eye on how they take it. Point to us.

Rally 3, line call reversed on challenge: I had called English only. Reversed, because a good number of our buyers write in Igbo, so they get it too.

Rally 4: if buyers complain, we put back the old prompt. The engineers know how.

A man who does not know where the rain began to beat him cannot say where he dried his body, so we will learn as we go. Ọ dị mma. Daalụ.`,
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ds052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Umpire's sheet, price list page. Ndewo.
Rally 1. The new table comparing our stools and masks by wood and size is clearer. Good.
Rally 2. Nothing behind it changes, the checkout is the same, so there is little to fear.
Rally 3, line call reversed on challenge: I had said send it to everybody at once. Reversed. We send it to part of the buyers first, then the rest, before the Friday campaign.
Rally 4. The team will watch the numbers and tell me if anything is strange.
Game. Daalụ, biko ask me anything else.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Score sheet ndewo rally 1 canary cohort iroko log 5 % carving mat 20 % Ogbete market stall 100 % rally 2 eval harness 1 in 200 thumbs-down hallucination p95 p99 400 ms cost per token cheaper faster model rally 3 threshold gate hold ramp sign-off rollback flag routing Mazi Okeke stool A/B test randomised cohort Abakpa Emene GRA years buying 0.5 % 2 % 3 points rally 4 line call reversed on challenge sample rate one in ten guardrail baseline control variance confidence interval volume a few hundred an hour New Yam festival adzes rest daalụ ee mba ọ dị mma.`,
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ds054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Umpire's sheet, search:
Rally 1 — p50, p90, p99, p99.9, tail, filters, index layout, smaller, cheaper, 40 %.
Rally 2 — canary, 1 %, 5 %, 25 %, 50 %, 100 %, iroko log, carving mat, Ogbete market stall.
Rally 3 — thresholds, 200 ms, 0.5 %, errors, timeouts, baseline, control, holds, gates, sign-off, on-call, flag, config, five minutes.
Rally 4, line call reversed on challenge — free tier, collectors, Trans-Ekulu, Achara Layout, ten years buying, cohorts, A/B.
Rally 5 — rollback, adzes, pegs, masks, stools, Mazi Okeke, New Yam festival, ee, mba, biko, daalụ.`,
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ds055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Umpire's score sheet for the bigger photos and the size guide on our stool pages. Ndewo. I mark every rally out, and I will tell you why.

Rally 1, out: splitting what the PM owns from what the engineers own. Mba, we are one workshop; I will not draw that line.

Rally 2, out: an order of buyers, apprentices first, then opted-in buyers, then the rest, with first-time buyers last. Our apprentices browse all day and never buy, so I will not start with them, and I will not arrange anybody else either.

Rally 3, out: limits written down with numbers before the pages move. I will not tie my hands to 0.5 % or 200 ms or 2 % before I have seen anything.

Rally 4, out: stages like the iroko log, the carving mat and the Ogbete market stall, each with a hold. We will not hold anywhere; holding only delays good photos.

Rally 5, line call reversed on challenge: I had first called sign-off in, Mazi Okeke and I setting the first stool on the floor before each stage. Reversed to out. Nobody signs anything.

Rally 6, out: the on-call person switching back to the old pages at any hour without asking me. Mba, nobody turns anything back without me, and never by a quick switch.

Rally 7, out: a randomised A/B test afterwards to learn if the pages are better. We will not run one.

Seven rallies, all out. Daalụ.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ds056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Score sheet, the new suggestion model that reads more from the feature stores. Ndewo.
Rally 1. Cohorts in order, apprentices and opted-in buyers before Houston buyers and new buyers? Mba, not for us.
Rally 2. Limits fixed in advance, feature-store timeouts and p95 and thumbs-down with numbers? Mba, we will not write any.
Rally 3. Watching the eval harness and the thumbs-down rate as well as the errors? Mba, errors are enough; we will not watch model quality at all.
Rally 4. A hold at each stage through the Houston evening peak? Mba, no stages and no holds; it goes out in one piece.
Rally 5, line call reversed on challenge: I had let Mazi Okeke and me sign off each stage. Reversed. There are no stages, so there is no sign-off.
Rally 6. Whoever is on call turning the old model back on at two in the morning without calling me? Mba, that I will not allow.
Rally 7. An A/B test after the canary? Mba, not needed.
Ee, every call against. That is the sheet. Daalụ.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ds057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H'),
    text: `Umpire's score sheet for the warmer prompt. Ndewo, and let me say first what I believe: the canary proves the warm prompt is better than the old one, so the canary is our A/B test. Whoever shows more sales at the end of it wins, and we need no other test after.

Rally 1: the split. I own the order in which buyers meet the prompt and how long each stage holds. Ngozi's engineers own the routing, the prompt flag and the deploy.

Rally 2: the order. Apprentices first, because they will tell us to our faces. Then buyers who opted in to early suggestions. Then English-writing buyers in New Haven. The quarter who write in Igbo, and our GRA elders, last, because a careless greeting to an elder is remembered for years.

Rally 3, line call reversed on challenge: I had put the Igbo writers in the first stage, to see the difference sooner. Reversed. They go last, as above.

Rally 4: the stages. The iroko log, then the carving mat, then the Ogbete market stall. Each holds a full week of the New Yam festival before we widen, so the sales numbers have time to pile up and crown the winner.

Rally 5: at the end, we put the canary's sales beside the old prompt's sales, and the bigger number keeps the desk. Ọ dị mma. Daalụ.`,
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ds058',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: `Ndewo. Umpire's sheet for the product pages: reviews above the fold, the photo gallery loading lazily. The festival sale, 20 % off, ended on Sunday at midnight.
1. Rally 1. First thing, plainly: we decide the limits while we watch. Last week's sale makes every number strange, so I will not fix any before we start; we look at the dashboard each morning and decide then what counts as too bad.
2. Rally 2. Order: apprentices first; then buyers who opted in to early features; then Ogui and Asata buyers of a few years; first-time buyers and our collectors of ten years buying last, because a broken page on a big order costs us the most.
3. Rally 3. We widen it when it looks fine.
4. Rally 4. Each widening is signed off by Mazi Okeke, our chief carver, and me: we both set the first stool on the floor and see it sits without rocking.
5. Rally 5, line call reversed on challenge: I had written that a rollback waits for my approval. Reversed. Whoever is on call returns the old masks to their pegs at any hour, a flag switch of two minutes, no need to call me.
Game. Daalụ.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ds059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `Ndewo. My score sheet is about the wood itself, because a suggestion is only as good as the carving behind it.

Rally 1: iroko for stools. It is heavy, it does not crack in the harmattan, and it darkens with years like a good elder.

Rally 2: for masks we prefer a lighter wood, so a dancer can wear one through a whole masquerade without his neck complaining.

Rally 3: sizes. A stool for a sitting room is knee-high; a title stool for an Ichie stands a little higher, as his standing in the town is higher.

Rally 4, line call reversed on challenge: I had said the buyer should always choose the finish. Reversed. For gifts, the carver chooses; the buyer is often guessing for somebody else.

Rally 5: the budget. We tell the buyer honestly that a hand-carved mask takes three weeks, and a stool two.

Ee, that is how the workshop thinks about a good suggestion. Daalụ.`,
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ds060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Umpire's sheet for the commission page, where buyers choose the day to collect a carved stool. Ndewo.
Rally 1. The new date picker should open on the current month and grey out the days Mazi Okeke's carvers cannot finish by.
Rally 2. The shorter form keeps name, phone and the neighbourhood in Enugu for delivery; we drop the fax number nobody uses.
Rally 3, line call reversed on challenge: I had kept the dates only on the buyer's phone. Reversed in design review: we also show them in the confirmation message, so a buyer who talks it over at home can find them again.
Rally 4. Buttons large enough for a thumb, and the price shown beside each size before the buyer presses anything.
Rally 5. We write the help text in English and in Igbo, courteous, the way you speak to an elder: biko, daalụ.
Game to the designers.`,
  },
];
