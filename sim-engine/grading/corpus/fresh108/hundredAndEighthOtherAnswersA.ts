import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-eighth fresh set, author A: the other answers (dj008–dj020): middling, weak,
 * keyword salad, negated, misconception-led and off-topic.
 * Voice: a Kerala (Kochi) English register in writing, the PM of a coir mat maker whose language
 * model, the mat helper, suggests mat size, weave and pattern; every answer a surveyor's
 * inspection report with one item re-inspected and amended.
 */
export const HUNDRED_AND_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dj008',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: `Inspection report — the rewritten image-resizing service.

Item 1 — Who decides. Observed: engineering will deploy it and split the traffic. Recommendation: I own the limits and the holds; the deploy and the routing stay with engineering itself.

Item 2 — Limits. Recommendation: fixed before any image moves: resize errors more than 0.5 % worse than now, and we stop the ratt; p99 image time more than 150 ms worse than now, and we stop the ratt; memory per instance more than 20 % above the old service, the same.

Item 3 — Stages. Recommendation: the first husk at 5 % of listing pages, picked at random, then the retting pond at 25 %, then the whole godown. Each stage holds for 24 hours, with the limits clean before we go further.

Item 3 re-inspected. Amended: the service is restarted only on deploys, so a slow leak shows late in the day only; each hold is now 36 hours, with no deploy inside it.

Item 4 — Thursday. Observed: the team wants it everywhere by Thursday. Recommendation: Thursday is a wish only; the holds decide.

Item 5 — If it goes wrong. Recommendation: we go back to the old resizer and look again.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dj009',
    scenario: 'model',
    class: 'middling',
    points: points('C S M'),
    text: `Namaskaram. Inspection of the mat helper's upgrade to the larger model.

Item 1 — Who sees it first. Observed: the larger model was judged only on short questions in the offline evals. Recommendation: staff and weavers first, because they know every weave and size by heart; then buyers who opted in, Fort Kochi and Mattancherry first, then Ernakulam; then regular buyers by years buying, oldest first; new buyers and the resort accounts last, since a wrong size on a first order is the last order only.

Item 2 — What we watch. Recommendation: besides errors, the thumbs-down rate on suggestions, the wrong-size rate graded by the eval harness, and the cost per conversation that Finance has asked about. These three are watched at every step.

Item 3 — Widening. Observed: no fixed plan yet. Recommendation: we widen it when it looks fine on those numbers.

Item 3 re-inspected. Amended: before each widening, Divya Nair, our ML lead, and I both sign the inspection slip.

Item 4 — Close. Recommendation: kindly keep the old model handy, chetta.`,
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dj010',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: `Inspection report on the new search index.

1. Item 1 — Tail latency.
Observed: the median got faster; rare queries with many filters were never benchmarked.
Recommendation: limits written before traffic: p99 query time more than 250 ms worse than now, and we stop the ratt; p99.9 more than 800 ms worse than now, the same; search errors more than 0.3 % worse, the same.

2. Item 2 — Who gets it.
Recommendation: a random 5 % of queries to start.

3. Item 3 — Widening.
Recommendation: we widen it when it looks fine.

4. Item 4 — Rollback.
Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me: any hour of the night, one routing switch back to the old index, done in about two minutes, with no approval asked.

5. Item 1 re-inspected.
Amended: zero-result searches join the limits, more than 1 point worse than now, the same.

6. Item 5 — What it proves.
Observed: smaller and cheaper is the aim.
Recommendation: the canary shows the new index is safe only; whether searchers find papers better is a randomised A/B test afterwards.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dj011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `Inspection report, cheaper model for the mat helper.

Item 1 — The new model. Observed: it is cheaper and faster. Recommendation: we give it to some buyers slowly and watch it closely.
Item 2 — Feedback. Observed: few buyers rate the suggestions. Recommendation: ask the weavers to try it at home.
Item 2 re-inspected. Amended: ask the weavers and a few friends from Mattancherry also.
Item 3 — Trouble. Recommendation: if buyers complain, we go back to the old one. Sheri, that is all only.`,
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dj012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Inspection report on the new pricing page.

Item 1 — The page. Observed: the comparison table is clearer and nothing in the backend changes. Recommendation: put it live before Friday, when marketing's campaign starts, and keep an eye on sign-ups.
Item 2 — Checking. Observed: it is a page only. Recommendation: marketing checks it on a few phones.
Item 2 re-inspected. Amended: marketing and design both check it, on phones and laptops.
Item 3 — Problems. Recommendation: engineering will handle whatever comes. Kindly note I do not expect any.`,
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dj013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Inspection report: payment SDK, Android.

Item 1 — canary, SDK, wallet, Android, bursts, 1 %, 5 %, 25 %, 100 %. Observed: p99, 200 ms, 0.5 %, error budget, Friday dinner, certification, provider. Recommendation: thresholds, holds, gates, sign-off, cohorts, flags, routing.
Item 2 — the first husk, the retting pond, the whole godown, staff, Fort Kochi, Kakkanad, years buying. Observed: baseline, control, p95, 2 %, 0.3 %, orders, conversion. Recommendation: on-call, verandah, config switch, minutes, inspection slip, head weaver.
Item 2 re-inspected. Amended: 10,000 orders, 3 minutes, 0.1 %, A/B, randomised, safe, better, rollback, ratt.
Item 3 — SDK, wallet, Android, iOS, payment success rate, 99.5 %, retries, timeouts, 1 %, 5 %, 25 %, 100 %.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dj014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Inspection report — mat helper, recommendation model.

Item 1 — feature store, features per request, New Jersey lunch peak, Houston, 10 pm Kochi, p99, 200 ms, timeouts, 0.2 %.
Observed: thumbs-down, hallucination, eval harness, add-to-cart, doorway fit, tokens per query, ₹1.50.
Recommendation: first husk 1 %, retting pond 10 %, 50 %, whole godown, ML lead, inspection slip, ratt.
Item 1 re-inspected. Amended: 4,000 suggestions, two lunch peaks, staff, weavers, Ernakulam, Edappally, hotel accounts, years buying.
Item 2 — canary, A/B, randomised, control, safe, better, rollback, on-call, verandah, routing switch, five minutes, limits, holds, gates.`,
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dj015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Inspection report on the new date picker. Kindly note, it is short.

Item 1 — Ownership. Observed: some teams split release duties between the PM and engineering. Recommendation: I will not draw any line between what I own and what engineering owns; not needed for a form.
Item 2 — Order of guests. Recommendation: no staff first, no opted-in guests next, no keeping new guests for last; we do not order anyone.
Item 3 — Limits. Recommendation: we will not write rollback numbers before traffic, not 2 % on bookings, not 0.5 % on errors.
Item 4 — Stages. Recommendation: no first husk, no retting pond, no holds of any count; it goes to the whole godown this afternoon, as the team wants.
Item 4 re-inspected. Amended: still no holds, not even a few hours for late bookings to show.
Item 5 — Sign-off. Recommendation: nobody signs an inspection slip, not the head weaver, not me.
Item 6 — Rollback. Recommendation: no on-call switch and no rollback at night; if at all, a redeploy next week.
Item 7 — A/B. Recommendation: no randomised A/B test afterwards either.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dj016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Namaskaram. Inspection report on the warmer prompt for the mat helper, Malayalam and English.

Item 1 — Who owns it. Observed: it is a prompt change only. Recommendation: I am not taking cohorts, limits or holds as my part; nor is engineering asked to keep the routing separate from that.

Item 2 — Buyers. Observed: a quarter of buyers write in Malayalam. Recommendation: we will not start with staff and weavers, and we will not hold the Malayalam writers or new buyers back for the end. No order at all.

Item 3 — Limits. Recommendation: no thumbs-down limit, no eval-harness check on respectful address, no error or latency numbers fixed in advance. Not one.

Item 3 re-inspected. Amended: not even a thumbs-down limit for Malayalam replies alone.

Item 4 — Stages. Recommendation: we are not doing a first husk or a retting pond, and there is no hold at any stage.

Item 5 — Sign-off. Recommendation: the ML lead and I will not sign any inspection slip.

Item 6 — Rollback. Recommendation: the on-call person will not switch the prompt back by themselves at night; that waits for my approval in the morning.

Item 7 — Canary and A/B. Recommendation: we will not run a randomised A/B test afterwards, alle, and we will not separate "safe" from "better".`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dj017',
    scenario: 'model',
    class: 'misconception',
    points: points('C R'),
    text: `Inspection report on the cheaper mat helper model, item by item.

Item 1 — Purpose. Observed: the change is a cheaper, faster model. Recommendation: the canary itself proves the new model is better, so it is our A/B test; if canary buyers order more mats than the rest, the same is our proof of lift, and we need no separate test.

Item 2 — Buyers. Recommendation: staff and weavers first, as they spot a wrong weave at once; then opted-in buyers in Fort Kochi and Ernakulam; then others by years buying, oldest first; new buyers and the hotel accounts last, as one bad first suggestion loses them for good.

Item 2 re-inspected. Amended: opted-in buyers in Kakkanad join Fort Kochi and Ernakulam.

Item 3 — Reading the result. Observed: few buyers rate suggestions. Recommendation: we compare canary orders with everyone else's at the end of the week and declare the winner.

Item 4 — Rollback. Recommendation: whoever is on call puts the old mats back on the verandah, no need to call me: any hour, a config switch back to the old model, about three minutes, no approval needed.`,
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dj018',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S'),
    text: `Inspection report, product page with reviews above the fold. Set out in short items.

Item 1 — Ownership.
Observed: the flag and the routing are with engineering.
Recommendation: as PM I own the order, the limits and the holds.

Item 2 — Limits.
Observed: last week's sale makes every number look strange.
Recommendation: we decide limits while we watch; once the dashboard has settled for a day, I pick the numbers that seem right at that time.

Item 3 — Stages.
Recommendation: the first husk at 5 %, the retting pond at 25 %, the whole godown at 100 %; each holds for 10,000 page loads before we move on.

Item 3 re-inspected.
Amended: each holds for 15,000 page loads, since the sale crowd has gone.

Item 4 — Sign-off.
Recommendation: at each stage the head weaver, Biju Varghese, and I both sign the inspection slip.

Item 5 — Who sees it.
Recommendation: a random 5 % of visitors, whoever comes.`,
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dj019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Namaskaram. My inspection report on the new product pages, with larger photos and a size guide.

Item 1 — Photos. Observed: the larger photos are lovely, but on a phone the first one fills the screen and the price goes below it. Recommendation: keep the price and the Add to bag button above the photo on small screens.

Item 2 — Size guide. Observed: the guide is in centimetres only. Recommendation: add inches, and a line on how the cut runs, small or large.

Item 2 re-inspected. Amended: add inches only for buyers outside India; centimetres stay first.

Item 3 — Image weight. Observed: each photo is close to 2 MB. Recommendation: ask design to export lighter files; the page itself should not feel heavy on a Kakkanad bus.

Item 4 — Wording. Observed: "size guide" sits in grey, hard to see. Recommendation: make it a proper link, kindly, in the same colour as the buttons.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dj020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `Inspection report on what the mat helper's suggestion model should read.

Item 1 — Doorway. Observed: buyers type the doorway width in feet, inches or "about one step". Recommendation: the model reads a width in any of these and rounds to our standard mat sizes.

Item 2 — Weather. Observed: a mat for a Kochi verandah in the monsoon is not a mat for a New Jersey porch in the snow. Recommendation: the model reads the buyer's city and season, and suggests the tighter weave for wet places.

Item 3 — Room. Observed: kitchen, pooja room and front door want different mats. Recommendation: ask which room, in one short question only.

Item 3 re-inspected. Amended: ask the room only when the doorway width alone cannot decide it.

Item 4 — Pattern. Observed: older buyers like the plain natural brown; younger ones ask for printed designs. Recommendation: show two patterns of each kind, chechi, and let the buyer choose.`,
  },
];
