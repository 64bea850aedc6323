import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-first fresh set, author B: the other answers (dw028–dw040), three
 * middling, two weak, two keyword salad, two negated, two misconception-led and two off-topic,
 * seven on service scenarios and six on model scenarios. The voice, as in the strong answers: a
 * Scottish Gaelic (Stornoway, Isle of Lewis) English register in writing with Gaelic words
 * ("halò", "tha", "chan eil", "glè mhath", "tapadh leat", "mar sin leat"), a Harris Tweed weaving
 * workshop whose language model suggests which tweed, pattern and length suit a jacket, a gift and
 * a budget, every answer a shinty referee's match report, half by half and hail by hail, with one
 * hail chalked off after a word with the goal judge (README-b.md, LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_TWENTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dw028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Halò. A short report from the payments match.',
      "The shop's app moves payments to the provider's new SDK, which adds wallet payments. It passed the provider's certification; certification is not a Friday evening.",
      'First half, hail: the order. Our own staff paying in the app first; then the customers who opted into early access; then buyers of three years and more from Stornoway and Ness, on iPhone and on Android; first-time buyers last, since a failed first payment is a customer we never see again.',
      'First half, hail: the limits, fixed before anyone moves. Payment failures more than 0.5 % worse than now, on Android taken by itself as well as overall; p99 payment time more than 300 ms worse than now. Either one, and we take our feet off the treadles.',
      'Second half, hail chalked off: I had Friday evening as the start. The goal judge reminded me it is the busiest hour of the week. Tuesday, then.',
      'Second half, hail: the stages. The first swatch at 5 %, held four days and through one Friday evening; the waulking board at 25 %, held a full week of the Hebridean Celtic Festival; then the whole mill shop on Cromwell Street. Each stage moves on only when the limits have held for the whole of it.',
      'Second half, hail: if it goes badly, we go back to the old SDK.',
      'Tapadh leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Halò. The bigger-model match, told quickly.',
      'First half, hail: ownership. I own the rollback limits, the choice of who sees it and how long we wait; engineering owns the routing, the flags and the deploy.',
      "First half, hail: the limits, written down before traffic moves. Errors more than 0.5 % worse than now; p95 more than 300 ms worse than now; hallucination rate in the eval harness (tweeds we never wove, lengths we cannot cut) more than 1 point worse; thumbs-down rate more than 2 points worse; cost per conversation more than 30 % above now. Any one, and we take our feet off the treadles. The mill's bookkeeper gets the cost figure every morning.",
      'Second half, hail chalked off: I had written "offline evals are up three points, so the canary can be short". The goal judge did not agree, and on reflection neither do I.',
      'Second half, hail: a random 10 % of conversations get the larger model, and we widen it when it looks fine.',
      'Second half, hail: if anything looks wrong, we go back.',
      'Mar sin leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dw030',
    scenario: 'service',
    class: 'middling',
    points: points('S R A'),
    text: [
      "Referee's report, the archive-search match. Halò.",
      'The search over our pattern archive (herringbone, weight, colour, decade, village of the weaver) moves to a new index layout that is smaller and cheaper to host. The median query got faster; the rare queries with many filters were never in the benchmark.',
      'First half, hail: a random 5 % of searches go to the new index to begin with.',
      'First half, hail: we watch the dashboards as it runs and settle on a latency figure, 300 ms perhaps, perhaps 500, once we see what is normal for the new index.',
      'Second half, hail chalked off: I had engineering signing off alone. After a word with the goal judge: the head darner and I both count the picks on the first bolt before every widening, the two of us signing off each advance.',
      'Second half, hail: whoever is on call, at any hour, flips search back to the old index with the routing switch, a couple of minutes, no redeploy, and without asking anyone: brings the old swatch book back out, no need to call me.',
      'Second half, hail: the canary tells us the new index is safe, not that customers find their tweed better with it; better is a randomised A/B test afterwards.',
      'Tapadh leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Halò. A short report; it was a short match.',
      'First half, hail: the cheaper model goes out to some of our customers, and we keep an eye on it.',
      'Second half, hail chalked off: I had said we would hardly need to watch it, since it is cheaper and faster. The goal judge frowned, so we will watch it.',
      'Second half, hail: if customers are unhappy with the suggestions, the team will sort it out, and in time everyone gets the new model. Engineering knows these things better than I do.',
      'Glè mhath. Mar sin leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dw032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Referee's report. Halò.",
      'First half, hail: the new photo-resizing service for our tweed swatches is 20 % faster in the benchmarks, which is a fine thing.',
      'First half, hail: we put it out to a bit of the traffic and see how it goes.',
      'Second half, hail chalked off: Thursday was the date for everything. The goal judge said that was quick. Friday, then.',
      'Second half, hail: if the photos look wrong we go back to the old service.',
      'It is a canary, named for the birds in the mines: a few see the trouble first. Tha, that is all there is to it.',
      'Tapadh leat.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Halò. Report: first half, hail, canary, warm prompt, German, Sie, du, 25 %, thumbs-down, eval harness, 0.5 %, p95, 200 ms, cohorts, Shawbost, Carloway, 3 years buying, 5 years buying. Hail: treadles, thresholds, holds, gates, sign-off, head darner, first bolt, picks. Second half, hail chalked off: goal judge, A/B, randomised, lift, 2 %. Hail: the first swatch, the waulking board, the whole mill shop on Cromwell Street, Hebridean Celtic Festival, 7 days, 1 % 5 % 25 % 100 %. Hail: on-call, routing, flag, 5 minutes, swatch book, rollback. Hallucination, tokens, cost, formal address, tone. Glè mhath. Mar sin leat.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dw034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Ref's card, pricing-page match.",
      'First half — hail — comparison table — campaign Friday — canary 1 / 5 / 25 / 50 / 100.',
      'Hail — errors 0.5 % — p99 200 ms — conversion 2 % — baseline — control.',
      'Hail — staff — early access — Ness — Back — Tong — 2 years — 6 years — new buyers.',
      'Second half — hail chalked off — goal judge — time gate — metric gate — hold — sign-off — darner — bolt — picks.',
      'Hail — on call — any hour — flag — config — minutes — old swatch book.',
      'Hail — safe — better — A/B — randomised — afterwards.',
      'Tha. Chan eil. Tapadh leat.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dw035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Halò. The referee's report from the fitting-booking match, where, I confess, very little was played.",
      'The booking page for made-to-measure fittings gets a new date picker and a shorter form, and the chosen dates are kept in a new store in the browser. Customers talk it over at home, so a lost booking shows only hours later. The team wants it at 100 % this afternoon.',
      'First half, hail: we will not split what I own from what engineering owns; nobody owns the order or the limits.',
      'First half, hail: no staff first, no early-access list, no keeping new customers back until last; everyone gets the new date picker at once.',
      'First half, hail: no rollback limits written down beforehand, no numbers for errors or for bookings.',
      "Second half, hail chalked off: I had a week's hold at a small stage. The goal judge asked me why, so: no stages, and no holds.",
      'Second half, hail: nobody signs off anything, not the head darner and not me.',
      'Second half, hail: no rollback switch for whoever is on call, and no one turns it back in the night without me.',
      'Second half, hail: and no A/B test afterwards; we will not be finding out whether it is better.',
      'Chan eil, chan eil, chan eil. Mar sin leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Match report, the recommendations match. Halò.',
      '1. First half, hail: I do not own the cohort order or the limits, and I would not ask engineering to leave them to me.',
      '2. Hail: no internal users first, no opted-in group, no holding back new buyers or the Tokyo wholesale accounts; every region at once.',
      '3. Hail: no thresholds fixed beforehand; no error or latency numbers, no feature-store timeout limit.',
      '4. Hail: no model-quality signals either; not click-through, not "not for me" dismissals, not an eval harness.',
      '5. Second half, hail chalked off: I had a stage held a full week of the Hebridean Celtic Festival. Chalked off; there will be no stages and no holds.',
      '6. Hail: no sign-off at any gate; the head darner does not count the picks and neither do I.',
      '7. Hail: no rollback by whoever is on call at 3 a.m.; nobody flips anything back without a meeting first.',
      '8. Hail: we will not follow it with a randomised A/B test.',
      'Chan eil. Tapadh leat.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "Halò. The referee's report from the warm-prompt match.",
      'First half, hail: the point of the whole match. The canary proves the warmer prompt is better, so it is our A/B test: when the canary cohort buys more tweed than everyone else, we have our answer and need no separate test.',
      'First half, hail: the order. Workshop staff first, because they forgive a strange suggestion; then the customers on the opted-in early-pattern list; then English-writing buyers of three years and more from Point and Tong; German-writing customers last, since formal address matters to them and the prompt was only reviewed in English.',
      'First half, hail: the limits, agreed before traffic moves. Errors more than 0.5 % worse than now; p95 more than 250 ms worse than now. Either one, and we take our feet off the treadles.',
      'Second half, hail chalked off: I had the stages at one day each. The goal judge wanted longer, and he was right.',
      'Second half, hail: the first swatch at 5 %, held four days; the waulking board at 25 %, held a full week of the Hebridean Celtic Festival; then the whole mill shop on Cromwell Street, each advance only if the limits held through the stage.',
      'Second half, hail: at the close we read the lift in orders from the canary cohort and announce that the warmer prompt has won.',
      'Mar sin leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dw038',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "Referee's report, the product-page match. Halò.",
      "The product page moves customer reviews above the fold and lazy-loads each tweed's photo gallery. Last week was the spring sale, 20 % off everything; it ended on Sunday at midnight.",
      'First half, hail: the order. Workshop staff first, who see the page all day; then the opted-in early-pattern customers; then buyers of four years and more from Uig and Ness; first-time buyers last, because the reviews matter most to someone who has never held our cloth.',
      'First half, hail: the limits. We decide them while we watch. There is no sense fixing a number before we see how the page behaves this week; once the graphs are up, the team and I will agree what counts as bad.',
      "Second half, hail chalked off: I had the sale week as the baseline. The goal judge pointed out that nobody pays full price in a sale week; fair, we compare with this week's old page instead.",
      'Second half, hail: before it reaches more people, the head darner and I both count the picks on the first bolt; the two of us sign off every widening.',
      'Second half, hail: whoever is on call, at any hour, flips the page flag back in a couple of minutes, no redeploy, no asking: brings the old swatch book back out, no need to call me.',
      'Tapadh leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dw039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Halò. You ask about the release; let me give you instead Saturday's match at the ground outside Stornoway, which I refereed, since half our shop staff were there.",
      'First half, first hail: a long ball straight off the throw-up, and the home forward had it in the net before the visitors had their camans up. Clean as a new bolt.',
      "First half, second hail: a scramble at the near post, three sticks and a boot, and in it went. I allowed it; the boot was a visitor's.",
      'Second half, hail chalked off: a shot from the edge that I first gave. The goal judge waved me over; the ball had come back off the post and never crossed the line. Chalked off, and the crowd let me hear about it.',
      'Second half, second hail: the visitors pulled one back late, a fine low drive.',
      'Final score two hails to one. The staff, who spend all week on the live site checking stock and orders and almost never buy through it, spent the evening in the clubhouse arguing about the post. The club blazers, I should say, are our tweed: a grey herringbone from the looms in Carloway.',
      'Tapadh leat, and mar sin leat.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Referee's report, of a sort. Halò.",
      'First half, first hail: the wool. Harris Tweed is dyed and spun in the Outer Hebrides and handwoven by islanders at their own homes; the Act of Parliament of 1993 says so, and the cloth is not Harris Tweed otherwise.',
      'First half, second hail: the Orb. Every length is inspected before it earns the mark, and a length with a fault goes back to the darners.',
      'Second half, hail chalked off: I claimed our suggestion model was the first to recommend herringbone for a shooting jacket. The goal judge noted that every tailor in Stornoway has said as much for a hundred years.',
      'Second half, first hail: the cheaper model writes a brisker sentence than the old one, and the weavers have started reading its suggestions aloud at tea, in the voice of a minister.',
      'Second half, second hail: the vets and the doctors of Lewis buy more tweed than anybody, and nobody has worked out why.',
      'Glè mhath. Mar sin leat.',
    ].join('\n'),
  },
];
