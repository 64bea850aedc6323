import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirtieth fresh held-out set, author A: the other answers (ef008–ef020): middling,
 * weak, salad, negated, misconception-led and off-topic.
 * Author letter: A. Voice: a Bambara (Bamako, Mali) English register in speech with Bambara and
 * French words; a Bamako bogolan (mud-cloth) workshop whose language model suggests cloth, pattern
 * and size; every answer a futsal referee's match report with one goal cancelled after the Video
 * Support challenge.
 * Labels set by hand when each answer was written, before anything else, and final.
 */
export const HUNDRED_AND_THIRTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ef008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "Referee's report, short form. I ni ce.",
      '',
      'Match: our three-step checkout becomes one page, with saved addresses and mobile-money numbers filled in by themselves. Returning buyers loved it when we showed it at the workshop. The cousins in marketing want it live before the Tabaski campaign, when first orders peak.',
      '',
      'First half. The part I own as PM is the order of buyers and the limits; the engineers own how the traffic is split and the deploy. I do not ask them how, they do not ask me who.',
      '',
      'First half, the order. Our own dyers and shop staff buy through it first. Then buyers of three years and more in Commune III who joined the early-pattern list, because they know our old checkout and will tell us what is broken. First-time buyers come last, and this matters here: the saved-address magic does nothing for someone with nothing saved, and they are exactly the ones the Tabaski campaign brings.',
      '',
      "First half, the limits, written before anyone sees the page: checkout errors more than 0.5 % worse than now, first orders completed more than 3 % below the old checkout's cohort, payment time more than 2 seconds worse, and we rinse out the mud jars.",
      '',
      'Second half, goal cancelled after the Video Support challenge: I wanted the campaign buyers in from day one. Ayi. A guest who comes for the first time is served first at the mat, but he is not the one you ask to taste the new sauce.',
      '',
      'After that we open it to the rest when it looks fine, and if something goes badly we go back to the three steps. Awo, that is my match.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Futsal report, Palais des Sports, Saturday. Match: the cloth assistant moves to the bigger model with the longer context; same prompt, evals three points up on short questions, and the question from the books is the cost of one conversation.',
      '',
      'First half: the limits go on the board before a single conversation moves. More than these worse than now, and we rinse out the mud jars: errors +0.5 %, p95 latency +700 ms, wrong suggestions in the eval harness +2 points, thumbs-down on answers +3 points, cost per conversation +30 %.',
      '',
      'Second half, goal cancelled after the Video Support challenge: "one day at each step is enough." Ayi, the thumbs-down need more days to say anything.',
      '',
      'Second half, the stages. A random 5 % of buyers get the first mud-painted panel and it holds five days. The Niger riverbank is 25 %, held a full week of Tabaski, and it only moves on when every limit has stayed green. Then the whole Grand Marché.',
      '',
      'If something goes wrong, we go back to the old model. Bon, that is the match.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ef010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "Referee's report, attacks numbered. A ni ce.",
      'Match: on our market page, where the dyers and tailors of Bamako list their cloths, the service that resizes every uploaded photo is rewritten to take the new phone photo format. Benchmarks say 20 % faster. The team wants it everywhere by Thursday, and the service only restarts when we deploy.',
      '1. We start with the largest sellers, the ones who upload the most photos, so we see the most traffic fast.',
      '2. Stages: the first mud-painted panel at 5 %, held two full days without a restart, because a slow leak shows only after a day; the Niger riverbank at 30 %, held four days; then the whole Grand Marché. Thursday waits.',
      '3. While it runs we look at memory and page time, and if memory looks maybe 20 or 30 % higher than the old service we will talk about it.',
      '4. Second half, goal cancelled after the Video Support challenge: a restart every night to hide the leak. Ayi.',
      '5. At every stage, the eldest dyer and I both spread the first cloth out in the sun; nothing moves before that.',
      '6. Whoever is on call, at any hour, pegs the old cloths back up on the shop rope: a routing switch to the old resizer, under five minutes, no redeploy, no need to call me.',
      'Full time.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I ni ce. A short report from the referee's table.",
      '',
      'Match: the cloth assistant gets a new prompt that sounds warmer, more like the aunties at the shop. I like it very much. First half, I would put it out to some buyers and watch how they react to it. Second half, goal cancelled after the Video Support challenge: I thought we should translate the prompt into French ourselves, but the model already speaks French, so no need.',
      '',
      'If people complain, we go back to the old prompt, it is only text after all. The engineers know how to do it. Then slowly everyone gets it. Awo, a warm voice sells cloth, as our old people say: a kind word opens the gate of a house.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ef012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Referee's notes, pricing page match.",
      'The page for our monthly cloth club gets a clearer table comparing the three plans. Nothing behind it changes. The campaign on Friday sends people to it.',
      'First half: honestly, it is only a page. We put it on a random 5 % of visitors first and look at the dashboard.',
      'Second half, goal cancelled after the Video Support challenge: I had planned a long meeting about it. Ayi, not for a table.',
      'If it looks fine by Thursday, everybody gets it before the campaign. If not, we go back.',
      'Bon, full time, nothing to report.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ef013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Futsal report, summariser match. Canary 5 % 25 % 100 %, eval harness 1 in 200, thumbs-down, hallucination rate, p95, tokens per summary, cost, first mud-painted panel, Niger riverbank, whole Grand Marché, Tabaski, 300 summaries, 0.5 %, 2 points, dyers, Commune V, three years buying, rollback, rollback, config switch, A/B, randomised, sign-off, eldest dyer, sun, mud jars, gate, hold, ramp, threshold, baseline, control, cohort, first half, second half, Video Support, goal cancelled, ayi, awo, quiet feedback, sparse signal, confidence interval, 8 graded, 600 graded, 1 second, guardrail, metric, canary, canary, safe, better, i ni ce.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ef014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Referee's sheet, search match.",
      '1st half: index layout, smaller, cheaper, p50 faster, p99, p99.9, tail, filters x6, rare queries, cold cache, 200 ms, 0.5 %, 2 %.',
      'Cohorts: Commune I, Commune II, staff, early-pattern, 5 years buying, hotels, new buyers, random 1 %.',
      'Stages: first mud-painted panel, Niger riverbank, whole Grand Marché, 1-5-25-50-100, Tabaski week, 4 days, 10 days.',
      '2nd half: goal cancelled, Video Support, ayi.',
      'Rollback, on call, 5 minutes, routing, flag, redeploy, approval, eldest dyer, sun, shop rope, mud jars.',
      'Canary, A/B, safe, better, randomised, baseline, control, sign-off, gate, hold, PM, engineering.',
      'Full time. Bon.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ef015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Referee's report. I ni ce. Match: the booking page for our dyeing classes gets a new date picker and a shorter form, and the chosen dates are kept in the visitor's browser. The team wants it at 100 % this afternoon.",
      '',
      'First half: I would not split the work between me and the engineers; nobody needs to own the order or the limits. I would not start with our dyers, and I would not ask the early-pattern buyers of Commune II to go first; cohorts by commune or by years buying are not worth the trouble, and I would not keep new visitors for last either.',
      '',
      'First half, again: we do not write down any rollback limits before the page goes out, no error rate, no booking numbers against the old page. Ayi.',
      '',
      'Second half, goal cancelled after the Video Support challenge: a hold at the first mud-painted panel and another at the Niger riverbank. No, we will not hold anywhere, not for a full week of Tabaski, not for a day, and nobody, not the eldest dyer and not me, spreads any cloth in the sun to sign off a step.',
      '',
      'Second half: I would not give whoever is on call the right to peg the old cloths back on the shop rope at night without me; no routing switch either. And I do not see the need for a randomised A/B test afterwards.',
      '',
      'Full time.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ef016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Futsal report, recommendation match, in short lines.',
      'Match: the new model that fills our front page with suggested cloth bundles reads more features per request, from a Bamako store and an American store sized for the old model. Our New York buyers shop after midnight, Bamako time.',
      'First half.',
      'Ownership split between PM and engineers: not needed, ayi.',
      'Dyers and staff first: no. Early-pattern buyers of Commune VI next: no. New buyers and hotels last: no.',
      'Limits written before traffic: none, not for errors, not for p95, not for the feature stores.',
      'Eval-harness relevance, "hide this bundle" taps, cost per request: not watched, not gated.',
      'Second half, goal cancelled after the Video Support challenge: holds at the first mud-painted panel and the Niger riverbank. Cancelled, no holds at all.',
      'Sign-off by the eldest dyer and me at each step: no.',
      'On-call rollback at any hour with a routing switch: no, not without me.',
      'A randomised A/B test afterwards: no.',
      'Full time, bon.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T S'),
    text: [
      'I ni ce. My report, as for the league.',
      '',
      'Match: the cloth assistant moves to the bigger model with the longer context, same prompt, evals three points up on short questions.',
      '',
      'First half. As PM I own the order of buyers, the limits and the decision to widen; the engineers own the routing, the deploy and the flag.',
      '',
      'First half, the order: our own dyers and shop staff first, because they use the assistant all day and forgive it; then buyers of four years and more in Commune III who joined the early-pattern list; then everyone, with the hotel decorators and new buyers last, because a bad suggestion on fifty metres hurts them most.',
      '',
      'First half, the limits, written before any conversation moves: errors more than 0.5 % worse than now, p95 latency more than 800 ms worse, and we rinse out the mud jars.',
      '',
      'Second half, goal cancelled after the Video Support challenge: a separate A/B test after the rollout. Ayi, we do not need one. The canary proves the bigger model is better: if the canary buyers order more cloth than the others, that is our A/B test, and the three points of the evals are confirmed. We read the lift straight from the canary cohort and tell finance the cost is worth it.',
      '',
      'Each time we widen, Mamu Coulibaly, our eldest dyer, and I both spread the first cloth out in the sun. If the numbers go wrong we go back. Full time, a ni ce.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ef018',
    scenario: 'service',
    class: 'misconception',
    points: points('C R A'),
    text: [
      "Referee's report, product page match, short lines.",
      'Match: the cloth page moves the reviews above the fold and loads the photo gallery lazily. Cosmetic. The big family wants it out this week.',
      'Last week was the Tabaski sale, 20 % off everything, finished Sunday at midnight.',
      'First half, the order.',
      'Our dyers and shop staff first, they open these pages all day.',
      'Then early-pattern buyers of three years and more in Commune II, who asked to see new things first.',
      'Then everyone, and new buyers and the hotel accounts last, because they judge us on the first page they see.',
      'Second half, goal cancelled after the Video Support challenge: limits written down before we start.',
      'Ayi. We decide the limits while we watch. After a sale week nobody knows what normal looks like, so we look at the numbers as they come and decide then what is too bad.',
      'We widen it when it looks fine.',
      'Rollback: whoever is on call, at any hour, pegs the old cloths back up on the shop rope, a flag back to the old page, two minutes, no redeploy, no need to call me.',
      'Full time: this tells us the page is safe, not that it sells better. For better, a randomised A/B test afterwards, away from the sale.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ef019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I ni ce, all of you. Referee's report, Saturday evening, Palais des Sports, Bamako.",
      '',
      'Match: the dyers of our workshop against the tailors of Médina Coura, friendly, two halves of twenty minutes.',
      '',
      'First half. The tailors started fast; their number 7 scored in the fourth minute from a kick-in the dyers never cleared. The dyers answered in the eleventh through Issa, our youngest, a shot low under the keeper. Five accumulated fouls for the tailors before the break, so every foul after that meant a kick from the second penalty mark. One timeout each. 1–1 at the break.',
      '',
      "Second half, goal cancelled after the Video Support challenge: the dyers thought they led 2–1 in the twenty-sixth minute, but the tailors' bench showed the card, and the video showed Issa's hand on the ball before the shot. Ayi, no goal. The dyers were not happy, and the eldest dyer, who watches every match from the first row, said something I will not write in a report.",
      '',
      "The tailors then played with a flying goalkeeper for the last five minutes, and the dyers' captain won the ball and shot into the empty net. Final score 2–1 to the dyers.",
      '',
      'Conduct: good. Two yellow cards, both for dissent. The hall was full, and the aunties sold ginger juice at the door. A ni ce, and see you next Saturday.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Futsal report, but about words. I ni ce.',
      '',
      'Match: how our cloth assistant should greet a buyer who writes in French. First half: in Bamako we greet long, we ask after the family, the health, the work, and only then the cloth. A buyer from Paris who writes "Bonjour, je cherche un bogolan pour mon salon" wants vous, not tu; an older buyer in Commune IV wants "Madame" and "Monsieur" and a proper good day.',
      '',
      'Second half, goal cancelled after the Video Support challenge: I had told the assistant to say "salut" to everyone, because it sounds young. Ayi. "Salut" to a grandmother ordering a wedding cloth is a foul, and the eldest dyer agreed with the video.',
      '',
      'So my advice for the prompt: greet, then ask one question about the wall or the wearer, then suggest two cloths, never five; say the pattern\'s tɔgɔ, its name, and what it means to us; say the size in metres; finish with a blessing, "Ala ka hɛrɛ caya", may peace grow. A warm voice is good, but warm is not familiar; our old people say the respect you give is the respect you are given.',
      '',
      'Full time. Awo, that is how I would write it.',
    ].join('\n'),
  },
];
