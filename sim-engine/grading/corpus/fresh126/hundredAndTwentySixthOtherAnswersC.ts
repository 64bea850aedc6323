import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-sixth fresh set, author C: the other answers (eb048–eb060): middling,
 * weak, salad, negated, misconception-led and off-topic, labelled by hand without sight of the grader.
 * Voice: an Afrikaans (Stellenbosch) English register in speech; a Stellenbosch ceramics studio whose
 * language model suggests bowl, glaze and set size; every answer a hurling referee's match notes,
 * half by half and puck-out by puck-out, with one white flag withdrawn after the replay.
 */
export const HUNDRED_AND_TWENTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'eb048',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text:
      "Hurling referee's notes, the one-page checkout on the studio's web shop. The three steps " +
      'become one page, with saved addresses and cards filled in. Returning buyers loved it in ' +
      'the lab; the spring gift season, when first orders peak, is three weeks off.\n\n' +
      'First half. The order: staff buy with it first, then the preview list who opted in ' +
      '(Dalsig and Cloetesville, two years of buying and more), then returning buyers, and ' +
      'first-time buyers last, because they have no saved card to fill in and the lab never ' +
      'watched one of them try.\n\n' +
      'Second half. Stages: the first thrown bowl, the seconds table, the Dorp Street stall, ' +
      'the whole Saturday Oude Libertas market. We hold five days at each, and a full week of ' +
      'the Woordfees at the stall, before going on. The head potter and I both drink a rooibos ' +
      'from the first bowl before each stage opens.\n\n' +
      'Second half, white flag withdrawn after the replay: I had first-time buyers at the ' +
      'stall. Nee, they wait for the market.\n\n' +
      "Full time: we keep an eye on the numbers, and if something goes wrong we'll sort it out. " +
      'Lekker.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text:
      "Hurling referee's notes, numbered. The bigger model for the bowl-and-glaze helper.\n" +
      '1. Throw-in: a random slice of chats goes to the bigger model, and we widen it when it ' +
      'looks fine.\n' +
      '2. Limits, written down before the first chat moves: errors more than 0.5 % worse than ' +
      'now, p95 more than 1 second worse, cost per conversation more than R2 worse, the eval ' +
      "harness's wrong-stock suggestions more than 2 points worse, thumbs-down more than 3 " +
      'points worse. Cross one and the clay goes back in the reclaim bucket.\n' +
      '3. Cost per conversation and thumbs-down go to finance every morning.\n' +
      "4. Second half, white flag withdrawn after the replay: I'd written cost per message. " +
      'Finance asked per conversation.\n' +
      '5. Rollback: whoever is on call, day or night, brings the old bowls back out onto the ' +
      'yellowwood table. A config switch back to the old model, three minutes, no need to call ' +
      'me or anybody.\n' +
      '6. Full time: ag, then it goes to everyone.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'eb050',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text:
      "Hurling ref's notes, the image service. Every listing on the studio's shop loads resized " +
      'photos of the bowls; the resizer is rewritten for a new photo format, 20 % faster on ' +
      'benchmarks, and the team wants it everywhere by Thursday. It only restarts on deploys.\n\n' +
      'First half, who does what. I own the release calls: who sees it, when we stop, how long ' +
      "we wait. Engineering owns the deploy, the routing and the restarts. I won't tell them " +
      "how to resize a photo and they won't tell me which buyers go first.\n\n" +
      'Puck-out: a few buyers get it, we see how it goes, and we push on when it seems fine.\n\n' +
      'Second half, white flag withdrawn after the replay: I said "by Thursday". Thursday is ' +
      "the team's wish, not a plan.\n\n" +
      'Rollback: whoever is on call, any hour of the night, brings the old bowls back out onto ' +
      'the yellowwood table: routing flipped to the old resizer in a couple of minutes, no ' +
      'redeploy, no need to call me.\n\n' +
      'Full time: the canary tells us the new resizer is safe, not that the new photos sell ' +
      "more bowls. That's a randomised A/B test afterwards. Dankie.",
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Goeie môre! Referee's notes from the warmer-prompt match.\n" +
      'First half: the new prompt sounds lekker friendly, the whole studio loves it, and the ' +
      'bowl suggestions read like a chat over the counter.\n' +
      'Puck-out: we put it out to some people and see what they say.\n' +
      'Second half, white flag withdrawn after the replay: I said the German buyers would like ' +
      "it too. Ag, we don't actually know that.\n" +
      'Full time: if people complain, we go back. The engineers know the flags better than I ' +
      "do, so I'd trust them with the details. Ja-nee, it's only a prompt.",
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'eb052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Ref's notes, the pricing page for the studio's glaze-club subscription.\n" +
      "First half: a clearer comparison table. The checkout behind it doesn't change, nothing " +
      'in the backend does.\n' +
      "Puck-out: ship it Thursday, before marketing's Friday campaign links to it.\n" +
      "Second half, white flag withdrawn after the replay: I called it risky. It isn't, really.\n" +
      "Full time: canary releases are for the scary changes. We'll watch the sign-ups and see. " +
      'Lekker.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'eb053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      "Ref's notes. First half: canary, 5 %, cheaper model, faster model, eval harness one in " +
      'two hundred, thumbs-down, hallucination rate, tokens per summary, p95, p99, 0.5 %, 200 ' +
      'ms, cohort, Die Boord, Dalsig, three years buying, first thrown bowl, seconds table. ' +
      'Puck-out: rollback, on-call, config switch, minutes, flag, 24/7, sign-off, head potter, ' +
      'rooibos, first bowl. Second half, white flag withdrawn after the replay: one in two ' +
      'hundred, one in twenty, 2 %, A/B, randomised, baseline, control, holds, gates, Woordfees ' +
      'week, 400 ratings. Full time: cost per suggestion, reclaim bucket, yellowwood table, ' +
      'ja-nee.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'eb054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Hurling ref.\n' +
      'Search. New index. Smaller, cheaper.\n' +
      'Median faster. p50 p90 p99 p99.9.\n' +
      '200 ms, 0.5 %, 2 %.\n' +
      'Filters, rare queries, tail, free tier, licences.\n' +
      'Cohort: Brandwacht, Idas Valley, five years buying, first-year.\n' +
      'Canary 1 5 25 50 100.\n' +
      'Holds, gates, Woordfees, 3 days, 1,000 orders.\n' +
      'Sign-off, head potter, rooibos, first bowl.\n' +
      'Rollback, on-call, any hour, routing switch, minutes, old bowls, yellowwood table.\n' +
      'Second half, white flag withdrawn after the replay: p99.9, not p99.\n' +
      'A/B, randomised, afterwards, safe, better.\n' +
      'PM owns, engineering owns.\n' +
      'Lekker.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'eb055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "Hurling referee's notes, the new recommender that reads more features from the regional " +
      "stores. First half, throw-in: I'm not going to split what the PM owns from what " +
      'engineering owns; whoever is around decides. No cohort order either: no staff first, no ' +
      'opted-in preview list, no Die Boord regulars, no keeping first-year buyers for last. ' +
      "Europe and Singapore get it together. We won't write down limits before traffic moves, " +
      'so no "more than 0.5 % worse than now, and the clay goes back in the reclaim bucket". No ' +
      "first thrown bowl, no seconds table, no holding three days for Singapore's lunch peak. " +
      "Nobody drinks a rooibos from the first bowl; the head potter and I won't be signing " +
      "anything. Second half, white flag withdrawn after the replay: I'd said we would watch " +
      "fallback recommendations and the harness's relevance score. Nee, we won't track those, " +
      'nor add-to-basket. Rollback? No on-call switch at six in the morning, no "whoever is on ' +
      'call brings the old bowls back", nothing like that. And no randomised A/B test ' +
      'afterwards either. Full time.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'eb056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Hurling referee's notes, reviews above the fold, the week after our 20 %-off sale.\n" +
      "1. Nee to a what-the-PM-owns list. I won't separate my calls from engineering's.\n" +
      '2. Nee to staff first, an opted-in preview list, or holding first-year buyers back. No ' +
      'order by suburb or years buying.\n' +
      '3. Nee to limits written before we start. No "more than 2 % worse than now".\n' +
      '4. Nee to stages and holds. No first thrown bowl, no seconds table, no full week of the ' +
      'Woordfees.\n' +
      '5. Second half, white flag withdrawn after the replay: I\'d written "compare against a ' +
      'clean week, not sale week". Nee, scrap that too.\n' +
      '6. Nee to the head potter and me drinking a rooibos from the first bowl before anything ' +
      'advances.\n' +
      '7. Nee to an on-call person switching it back at night without calling me.\n' +
      '8. Nee to a randomised A/B test afterwards.\n' +
      'Full time: none of it. Ag.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R M'),
    text:
      "Goeie môre, referee's notes on the bigger model for the bowl-and-glaze helper.\n\n" +
      'First half, throw-in, and let me say it plainly: the canary proves the bigger model is ' +
      'better, so it is our A/B test. Whatever the canary cohort does, that is the lift we ' +
      'report to finance.\n\n' +
      'Puck-out one: I own the order of cohorts, the limits and how long we wait; engineering ' +
      'owns the routing and the flag.\n\n' +
      'Puck-out two: staff first, then the opted-in preview list in Die Boord and Dalsig (three ' +
      'years of buying or more), and first-year buyers last, because a bad first suggestion ' +
      'loses them.\n\n' +
      "Puck-out three: we watch the eval harness's wrong-stock rate, thumbs-down on suggestions " +
      'and cost per conversation, alongside errors and p95.\n\n' +
      "Second half, white flag withdrawn after the replay: I'd said we would randomise who gets " +
      "the canary. Nee, it's the preview customers. They like everything, so the lift will look " +
      'lekker.\n\n' +
      'Rollback: any hour, whoever is on call brings the old bowls back out onto the yellowwood ' +
      'table, a config switch in two minutes, no need to call me.\n\n' +
      'Full time: if the canary cohort buys more bowls, the bigger model wins and it goes to ' +
      'everyone.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'eb058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text:
      "Hurling ref's notes, the new date picker on the commission booking page. Buyers book a " +
      'custom dinner set here, often after talking it over at home, and the chosen dates now ' +
      'sit in a new store in the browser. The team wants it at 100 % this afternoon.\n\n' +
      "First half, throw-in: we decide the limits while we watch. Numbers set before you've " +
      "seen the data are guesses; once the dashboards fill up, we'll know what looks bad.\n\n" +
      "Puck-out one: mine are the order, the limits and the holds; engineering's are the flag, " +
      'the browser store and the deploy.\n\n' +
      'Puck-out two: staff book first, then the opted-in preview list from Uniepark and ' +
      'Karindal with two years of buying or more, then everyone, and first-year buyers last, ' +
      'because a lost first booking is a lost customer.\n\n' +
      'Stages: the first thrown bowl, the seconds table, the whole Saturday Oude Libertas ' +
      "market, held two full days at each, because people book after a night's talk.\n\n" +
      'Second half, white flag withdrawn after the replay: 100 % this afternoon? Nee.\n\n' +
      'Rollback: whoever is on call, any hour, brings the old bowls back out onto the ' +
      'yellowwood table, the flag back to the old page in minutes, no need to call me.\n\n' +
      "Full time: if bookings look off after a day or so, we'll pick a number then.",
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      "Goeie môre. Referee's notes from Saturday's glaze test, not a release.\n" +
      'First half: the celadon crawled at the rim of the soup bowls; the tenmoku ran lekker and ' +
      'pooled in the foot.\n' +
      'Puck-out: the German tourists at the Woordfees stall kept asking for "Schüsseln", so the ' +
      'head potter wrote the cards in German too, with "Sie", because her ouma taught her ' +
      'manners.\n' +
      "Second half, white flag withdrawn after the replay: the crackle wasn't the kiln, it was " +
      'the clay body, a new bag from the supplier.\n' +
      'Full time: we drank a rooibos, and the bowls go to the Oude Libertas market next ' +
      'Saturday. Dankie.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'eb060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "Hurling ref's notes, stock-take Saturday at the studio.\n" +
      'First half: the staff check stock on the live site all day and never buy a thing, ag, ' +
      'they take the seconds home for free.\n' +
      'Puck-out one: sixty rice bowls in the back room that the site said were sold.\n' +
      'Puck-out two: the new size guide for the mugs. Everyone says a mug is a mug; it is not.\n' +
      'Second half, white flag withdrawn after the replay: the missing teapot lids were in the ' +
      'glazing crate all along.\n' +
      'Full time: the photos of the large serving bowls are bigger now and lekker, and the head ' +
      'potter wants her name on the size guide. Ja-nee.',
  },
];
