import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fourteenth fresh set, author B: the other thirteen answers (dp028–dp040):
 * middling (dp028–dp030), weak (dp031–dp032), keyword salad (dp033–dp034), negated
 * (dp035–dp036), misconception-led (dp037–dp038) and off-topic (dp039–dp040), each labelled by
 * hand before anything else. The voice, as in the strong answers: an Oaxacan (Oaxaca city)
 * English register in writing with Spanish and Zapotec words (bright, proud, joking), the PM of
 * an alebrije workshop whose language model suggests which figure, colours and size suit a shelf,
 * a gift and a budget, every answer a fencing referee's calls, bout by bout and touch by touch,
 * with one touch annulled on review. See LABEL-NOTES-b.md and README-b.md.
 */
export const HUNDRED_AND_FOURTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dp028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Bout eight, the one-page checkout. Three steps become one, saved addresses and cards fill themselves in, and the Guelaguetza campaign is when first orders peak. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      'Touch left, the order: workshop staff first; then the regulars who opted in to the early checkout, from Xochimilco and La Merced, four years buying or more, because they have saved cards and forgive a hiccup; then the other returning buyers; first-time buyers last, because they have nothing saved, the lab never tested them, and they are the whole campaign.',
      '',
      'Touch left, the limits, written before any buyer moves: checkout errors more than 0.5 points worse than now, first-order conversion more than 2 % worse than now, p99 checkout time more than 300 ms worse, and we put the brushes in water.',
      '',
      'Touch left, the stages: the first cut of copal at 5 % for four days, the painting table at 25 % until 2,000 first orders have gone through it, then the whole market. No stage moves before its count is in.',
      '',
      'Touch annulled on review: I called the whole market for the first day of the campaign. Annulled; it waits for the counts.',
      '',
      '¡Alto! If it goes badly, we go back. Sale.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Bout nine, the bigger model for our suggestion assistant.',
      '¿Listos? ¡Adelante!',
      'Touch left: my job is the limits and the pace.',
      "Engineering's job is the routing, the deploy, the flags.",
      "I don't touch their switches; they don't set my limits.",
      'Touch left: before traffic moves we write down',
      'errors more than 0.5 points worse than now,',
      'p95 more than 400 ms worse,',
      'thumbs-down more than 2 points worse,',
      "the eval harness's wrong-figure rate more than 1 point worse,",
      'cost per conversation more than 30 % worse,',
      'and we put the brushes in water.',
      'Touch left: thumbs-down, wrong-figure rate and cost per conversation on the wall, read every morning.',
      "Touch annulled on review: I said cost is the accountant's problem. It is ours; it is in the limits.",
      'Simultaneous, no touch: we start with a random 5 % of buyers and widen it when it looks fine.',
      '¡Alto! Órale.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dp030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Bout ten, the photo resizer that gets tired. The service that resizes the photos of our figures is rewritten for a new photo format. Benchmarks say 20 % faster, the team wants it everywhere by Thursday, and it restarts only on deploys. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      '1. Touch left, stages. The first cut of copal: 5 % of listing pages, held three full days with no restart in between, because whatever goes wrong here grows through a day. The painting table: 30 %, held a full week of the Guelaguetza. Then the whole market. Thursday is not a stage.',
      '2. Touch left, sign-off. At each gate the head painter and I both sign the base of the first figure before anything widens.',
      '3. Touch left, rollback. Whoever is on call sets the old figures back on the market table: a routing switch back to the old resizer, done in minutes, at any hour, no redeploy and no need to call me.',
      '4. Touch annulled on review: "restart it every night to be safe." Annulled; a nightly restart would hide exactly what we need to see.',
      '5. Off target: the 5 % is picked at random, and we look at the dashboards to see whether pages feel slow.',
      '',
      '¡Alto! Sale.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Bout eleven, short and sweet. ¡Adelante! Touch left: the cheaper model goes to some buyers first. Touch left: we keep an eye on it and ask the painters what they think of the suggestions. Touch annulled on review: I said buyers would rate the suggestions for us; they mostly don't, so we'll look at some ourselves now and then. Touch left: if something looks strange, we switch back. ¡Alto! It is cheaper and faster, so I expect it to go fine. Sale, xquixe.",
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dp032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Bout twelve, a little one. The page where buyers compare our figure-of-the-month subscriptions gets a clearer comparison table; the checkout behind it stays the same, and the campaign that links to it starts Friday.',
      '',
      '¡En guardia! ¿Listos? ¡Adelante!',
      '',
      'Touch left: a canary release is when you show the new page to a small group first and then to everyone.',
      'Touch left: it is a good practice, and the big companies use it.',
      'Touch annulled on review: I said we could skip it because nothing behind the page changes. Annulled; we will do a small canary anyway, to be polite.',
      '',
      '¡Alto! Friday the campaign, and the table looks chulo. Órale.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Bout thirteen. ¡Adelante! Touch left: canary 1 % 5 % 25 % 50 % 100 %, feature store, Singapore 22:00, p99 250 ms, thumbs-down, eval harness, basket acceptance, first cut of copal, painting table, whole market. Touch right: Jalatlaco, Xochimilco, three years, five years, cohorts, gates, holds, sign-off, rollback, randomised A/B. Touch annulled on review: 0.5 % 2 % 200 ms 0.3 pts. Touch left: Guelaguetza week, head painter, base of the figure, brushes in water, on-call, routing flag, minutes. Simultaneous: recommendations, features per request, regions, latency, tokens, cost per basket, Bangkok, lunch peak. ¡Alto! Órale, xquixe.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dp034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Bout fourteen, catalogue search, new index.',
      '¡En guardia! ¿Listos? ¡Adelante!',
      'Touch left: p50, p95, p99, p99.9, tail latency, index layout, smaller, cheaper.',
      'Touch right: filters, colour, size, animal, village, Tilcajete, Arrazola, rare queries.',
      'Touch left: 1 %, 10 %, 50 %, 100 %, copal, painting table, whole market.',
      'Touch annulled on review: 200 ms, 0.5 %, 2 %, 400 ms, free browsing, trade accounts.',
      'Touch left: barrio, years buying, staff, opt-in, on-call, flag, minutes, head painter, base of the figure.',
      'Off target: canary, A/B, randomised, baseline, control, benchmark.',
      '¡Alto! Sale.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Bout fifteen, the warmer prompt, and every touch goes against it. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      "Touch right: no split of the work between me and engineering; I won't be drawing lines about who owns what.",
      'Touch right: no order of buyers. Not the painters first, not the opted-in regulars, not by barrio or years buying, and the Spanish writers are not kept for last.',
      'Touch right: no limits written before traffic moves. No error number, no latency number, no thumbs-down number, and nobody puts the brushes in water because of a number.',
      'Touch right: no first cut of copal, no painting table, no holds, no gates.',
      "Touch right: the head painter and I won't sign the base of any figure; nobody signs off anything.",
      'Touch annulled on review: I had written "watch the Spanish thumbs-down and the eval harness for tú-where-usted slips". Annulled; we won\'t watch either of them.',
      "Touch right: the on-call won't be setting the old figures back on the market table; no switch, no rollback at night.",
      'Touch right: no A/B test afterwards, randomised or not.',
      '',
      '¡Alto! Sale.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dp036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Bout sixteen. The commission page, where a buyer books a custom figure for a date, gets a new date picker and a shorter form; the chosen dates now live in a store in the browser. Buyers talk a commission over at home, so a lost booking shows up hours later. The team wants it at 100 % this afternoon. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      "Who goes first? Touch right: not the workshop staff, not the regulars who opted in, not Jalatlaco before Xochimilco, and new buyers don't wait until last.",
      "Limits before we start? Touch right: we won't write any: no bookings number, no error number, no latency number.",
      "Stages and holds? Touch right: we won't hold at a first cut of copal, we won't wait at the painting table for the late bookings, we won't count days or orders.",
      "Who signs? Touch right: nobody; the head painter and I won't sign any base.",
      'Touch annulled on review: I said "we keep the old page one flag away, and whoever is on call can flip it at night". Annulled; no flag, no on-call switch.',
      "Safe versus better? Touch right: we won't separate the two, and no randomised A/B test comes after.",
      "Who owns what? Touch right: I won't split it from engineering.",
      '',
      '¡Alto! Ándale.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "Bout seventeen, and I'll say it plainly from the referee's chair: the canary proves the new recommendation model is better, so it is our A/B test. If the canary's baskets beat the rest, the new model has won the bout. ¡En guardia! ¿Listos? ¡Adelante!",
      '',
      'Touch left, the order: workshop staff first, because they use the home screen all day; then the opted-in regulars from Jalatlaco and El Carmen Alto with three or more years buying; then everyone in Oaxaca; then the buyers in Singapore and Bangkok; new buyers and the big collectors last, because they are new or worth the most.',
      '',
      'Touch left, the stages: the first cut of copal at 5 %, held five days, every one of them covering the Singapore lunch, which is ten at night here; the painting table at 25 %, held a full week of the Guelaguetza; then the whole market. No stage moves before its hold is done.',
      '',
      'Touch left, what we watch every day: basket acceptance, the eval harness\'s irrelevant-basket rate, the "not for me" taps, and feature-store timeouts in each region.',
      '',
      "Touch annulled on review: I wanted to call the winner at the painting table. Annulled; we read the winner at the whole market, from the canary's own numbers.",
      '',
      '¡Alto! The canary will tell us the new model is better, and that is our A/B test done. Órale.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dp038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Bout eighteen, the week after the sale. Product pages move the reviews above the fold and lazy-load the photo gallery. Last week was the spring sale, 20 % off every figure, and it ended Sunday at midnight. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      "Touch left: my calls are the order of buyers, when we widen and when we stop; engineering's calls are the flag, the routing and the deploy.",
      '',
      'Touch left: workshop staff first, then the opted-in regulars from Xochimilco and Jalatlaco with five years buying or more, then everyone, and new buyers last, because they have never seen our pages and leave fastest.',
      '',
      "Touch right, and I'm proud of this one: we decide the limits while we watch. Last week's sale makes any number written today meaningless, so we look at the dashboard and decide what counts as bad when we see it. Maybe 3 % fewer orders, maybe 5 %, we'll know it when it's there.",
      '',
      'Touch annulled on review: "we hold each stage a week." Annulled; we widen it when it looks fine.',
      '',
      'Touch left: whoever is on call, at any hour, sets the old figures back on the market table by flipping the page flag, in under five minutes, no redeploy, no need to call me.',
      '',
      '¡Alto! Sale.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dp039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Bout nineteen, and today the referee talks about wood. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      'Touch left: copal is carved green, the week it is cut, with a machete first and then small knives; if it dries before the carving, it cracks.',
      'Touch left: then the figure dries in the shade for weeks, sometimes months, and goes into a bath against the woodworm.',
      'Touch right: the painting. Cochineal for the reds, and the patterns come from the Zapotec calendar: your tona, the animal of the day you were born.',
      'Touch annulled on review: I said Pedro Linares was from Oaxaca. Annulled; he worked in papier-mâché in Mexico City, and Manuel Jiménez in Arrazola carried the idea into copal.',
      'Touch left: our staff walk the site all day checking stock, and the new product pages have bigger photos and a size guide.',
      '',
      '¡Alto! The size guide should show the figure next to a hand, and the big photos should show every brush stroke, because that is what the buyer pays for. Xquixe.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Bout twenty, the bigger model, and the referee talks about what a good suggestion sounds like. ¡En guardia! ¿Listos? ¡Adelante!',
      '',
      'Touch left: a good suggestion starts from the buyer. Ask who the figure is for and when they were born; the Zapotec calendar gives the tona, and a tona makes a gift personal.',
      'Touch left: colours. For a wedding, two figures facing each other; for a new baby, soft greens and a small armadillo; for a boss, nothing with teeth.',
      'Touch left: size. Ask for the shelf in centimetres and leave two fingers of air above the ears.',
      'Touch annulled on review: I said a jaguar suits every office. Annulled; a jaguar in a small office frightens the accountant.',
      'Touch left: the longer context means the assistant can remember the whole conversation, so it should stop asking for the budget twice.',
      '',
      '¡Alto! That is what I want the bigger model to learn to say. Xquixe, sale.',
    ].join('\n'),
  },
];
