import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-sixth fresh held-out set, author B: the other answers (eb028–eb040):
 * middling, weak, keyword salad, negated, misconception-led and off-topic, service and model.
 * Voice: an Aymara (El Alto, Bolivia) English register in writing with Aymara and Spanish words;
 * an El Alto alpaca-knitting cooperative whose language model suggests which poncho, chullo or
 * scarf suits a wearer, a climate and a budget; every answer a dressage judge's score sheet with
 * one mark revised on the video. Labelled by hand before any grading; labels are final.
 */
export const HUNDRED_AND_TWENTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Judge at C, a shorter sheet. The warmer prompt for our suggestion model was written by ' +
        'the English side of the team; a quarter of our buyers write in Spanish or Aymara, where ' +
        'an elder is addressed with respect.',
      '',
      'Riders, mark 8: our own knitters first, then the trial-list buyers, with Spanish and ' +
        'Aymara writers among them on purpose, then buyers of many years, and first-time buyers ' +
        'last, because one overfamiliar message loses them.',
      '',
      'Limits, mark 8, written down before we begin: thumbs-down more than 2 points worse than ' +
        'now in any language, or the eval harness finding informal address in more than 1 of ' +
        'every 100 Spanish or Aymara replies, and we bag the yarn.',
      '',
      "What we watch, mark 7: thumbs-down by language, the harness's formal-address check, and " +
        'how many conversations end without any suggestion.',
      '',
      'Movement 4, mark revised on the video: I gave 6 for the ramp and lower it to 4. The ' +
        'video shows only "we widen it when it looks fine", with no stages and no holds.',
      '',
      'The other movements I leave unmarked. Bueno.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'eb029',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Score sheet, judge at C: the storage move.',
      'Our order book moves from our own database to a managed cluster behind a new proxy. Load ' +
        'tests passed, but with warm caches. The old cluster is switched off at the end of the ' +
        'month.',
      '',
      '- Riders: a random 5 % of buyers first. Mark 4.',
      '- Limits, signed before the move: read errors more than 0.3 % worse than now, p99 page ' +
        'load more than 250 ms worse, proxy timeouts above 20 a minute, and we bag the yarn. Mark ' +
        '8.',
      '- Stages: first skein spun, 5 %, held three days with cold caches included (we restart ' +
        'the cache once on purpose); dyeing pot, 25 %, held four days; knitting circle, 50 %, ' +
        'held until the Sunday fair peak has passed; then the whole 16 de Julio fair. A gate at ' +
        'each. Mark 8.',
      '- Movement 5, mark revised on the video: rollback 7, raised to 8. Whoever is on call ' +
        "turns the proxy's routing back to the old database in about four minutes, night or day, " +
        "with nobody's permission. The old cluster stays alive until the fair stage has held a " +
        'week.',
      '- Canary or A/B: not written. No mark.',
      '',
      'Bueno, jisa.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'eb030',
    scenario: 'service',
    class: 'middling',
    points: points('P C A'),
    text: [
      'Judge at C: the new image service.',
      'The service that resizes the photos of our ponchos is rewritten for a new photo format. ' +
        'Benchmarks say 20 % faster; the team wants it everywhere by Thursday; the service ' +
        'restarts only on deploys.',
      '',
      '1. What is mine, mark 9: the order of riders, when we stop and how long we wait. The ' +
        'engineers own the deploy, the routing and the flags.',
      '2. Riders, mark 8: our knitters, who upload every day and will tell us, then the ' +
        'trial-list buyers, then buyers of many years in Villa Adela and Senkata, and the new ' +
        'buyers last, because their first look at a poncho is a photo.',
      '3. Limits, mark 3: we will keep an eye on memory and page speed.',
      '4. Stages, mark 3: a little first, then more, then everyone by Thursday.',
      '5. Movement 5, mark revised on the video: sign-off lowered from 4 to 2; nobody is named.',
      '6. Rollback, mark 3: if it goes badly, we go back.',
      '7. Final halt, mark 8: the canary only shows the service is safe. To know whether the ' +
        'new format sells better we run a randomised A/B test afterwards.',
      '',
      'Yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Score sheet, judge at C. The larger model for our suggestions.',
      'Movement 1, mark 4: we give it to some buyers first.',
      'Movement 2, mark 4: we see whether they like the ponchos it suggests, and whether it ' +
        'costs much more.',
      'Movement 3, mark revised on the video: 5 lowered to 3. "If buyers complain, we go back" ' +
        'names nobody and no hour.',
      'Movement 4, mark 4: the engineers know canaries well; I trust them to choose the rest.',
      'Collective mark: a careful rider on a horse she has not yet met. Yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'eb032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Judge at C. A new search index for our catalogue, smaller and cheaper to host.',
      'Rider one, mark 5: a canary is a small group who sees the change first, like the birds ' +
        'the miners carried.',
      'Rider two, mark 5: the median search got faster in testing, which is good news for the ' +
        'buyers.',
      'Rider three, mark 4: we release it to a few buyers, and then to everyone.',
      'Movement 4, mark revised on the video: raised from 3 to 4, because the sheet does say we ' +
        'will look at speed.',
      'Jisa, it is a start.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'eb033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Judge at C. Movement 1: canary, 5 %, 20 %, 100 %, p95 300 ms, thumbs-down, eval harness ' +
      '1 in 200, hallucination, token cost. Mark 7. Movement 2: first skein spun, dyeing pot, ' +
      '16 de Julio, cohort, Villa Adela, years buying, 0.5 %, 2 %, gate, hold. Mark 7. Movement ' +
      '3: rollback, flag, on-call, 24/7, minutes, A/B, randomised, safe, better. Mark 7. ' +
      'Movement 4: cheaper model, faster model, sparse feedback, sample size, confidence, ' +
      'baseline, exchanges. Mark 7. Movement 6, mark revised on the video: 7, 7, poncho, ' +
      'chullo, scarf, alpaca, threshold, threshold. Collective: sign-off, PM, engineering, ' +
      'routing, deploy, eldest knitter. Jallalla.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'eb034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Score sheet, judge at C.',
      'Rider 1 · date picker, client-side store, order form, lag, 4 hours, conversion, ' +
        'baseline.',
      'Rider 2 · 1 % · 5 % · 25 % · 100 %, hold, gate, metric gate, time gate.',
      'Rider 3 · errors 0.5 %, p99 200 ms, orders −2 %, thresholds, pre-committed.',
      'Rider 4 · on-call, config switch, 3 minutes, rollback, redeploy, approval.',
      'Movement 6, mark revised on the video · 8 → 6 · cohorts, staff, trial list, Ciudad ' +
        'Satélite, Senkata, years buying, export shops.',
      'Rider 5 · canary, A/B, randomised, safe, better, lift, significance.',
      'Collective marks · PM owns, engineering owns, sign-off, eldest knitter, first skein ' +
        'spun, dyeing pot, 16 de Julio fair.',
      'Kamisaki, yuspagara.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'eb035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Judge at C, the sheet for our product page, which moves the buyers' reviews above the " +
        'fold and loads the photo gallery later. Last week was our winter sale, 20 % off ' +
        'everything, ended Sunday at midnight.',
      '',
      "Movement 1, mark 1. I would not divide what is mine from what is the engineers'; I would " +
        'not keep the order of riders, the limits or the holds for myself.',
      'Movement 2, mark 1. No order of riders: not our knitters first, not the trial list next, ' +
        'not the first-time buyers last. Janiwa, none of that.',
      'Movement 3, mark 0. No limits written before we start: not 0.5 % on errors, not 200 ms ' +
        'on p99, not 2 % on orders against the old page, and certainly not orders measured ' +
        "against last week's sale.",
      'Movement 4, mark revised on the video: 2 lowered to 0. I thought I had seen stages; I ' +
        'had not. No first skein spun, no dyeing pot, no hold at any of them.',
      'Movement 5, mark 0. Nobody signs; the eldest knitter and I stretch no poncho.',
      'Movement 6, mark 0. The one on call may not switch the page back at night without my ' +
        'word, and not by a flag in minutes either.',
      'Movement 7, mark 0. No randomised A/B test afterwards.',
      '',
      'Final halt: the change is cosmetic, so I would do none of this.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'eb036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Score sheet, judge at C: the new suggestion model for our front page, which reads more ' +
        'features from the regional stores. Our buyers in Japan shop near our midnight.',
      '',
      '1. Ownership. I would not claim the order, the limits or the holds as mine, nor leave ' +
        'the routing to the engineers as theirs. Mark 0.',
      '2. Riders. Janiwa. I would not start with our knitters or the trial list, and I would ' +
        'not keep the first-time buyers for last. Mark 0.',
      '3. Limits. I refuse to fix any before traffic moves: no feature-store p95 limit, no ' +
        'click-through limit, no error limit. Mark 0.',
      '4. Model quality. I would not watch click-through, add-to-basket or the eval harness. ' +
        'Mark 0.',
      '5. Movement 5, mark revised on the video: 1 lowered to 0. There are no stages and no ' +
        'hold across a Tokyo lunch, because I reject them.',
      '6. Sign-off. Neither the eldest knitter nor I would sign anything. Mark 0.',
      '7. Rollback. The one on call in Tokyo would not be allowed to switch the routing back by ' +
        'herself at night. Mark 0.',
      '8. Afterwards. No A/B test; I see no need for one. Mark 0.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      'Kamisaki. Judge at C, on the larger suggestion model. I say it first, since the whole ' +
        'sheet rests on it: the canary proves the larger model is better, so the canary is our ' +
        'A/B test, and no other test follows it.',
      '',
      'Movement 1, riders, mark 8. Our knitters first; then the trial-list buyers who asked for ' +
        'early suggestions; then buyers of five years and more in Senkata and Villa Dolores; ' +
        'first-time buyers last, because one odd suggestion sends them away.',
      '',
      'Movement 2, limits, mark 8, signed before anything moves: errors more than 0.5 % worse ' +
        'than now, p95 more than 300 ms worse, thumbs-down more than 2 points worse, the eval ' +
        "harness's invented-garment rate more than 1.5 points worse, cost per conversation more " +
        'than 40 % higher, and we bag the yarn.',
      '',
      'Movement 3, stages, mark 8. The first skein spun at 5 %, held four days; the dyeing pot ' +
        'at 20 %, held for 1,500 conversations; the knitting circle at 50 %, held seven days; ' +
        'then the whole 16 de Julio fair, with a gate at each.',
      '',
      'Movement 4, mark revised on the video: 6 raised to 7, because at the knitting circle we ' +
        'read the lift in sales between canary buyers and the rest, and that lift is how we prove ' +
        'the larger model sells more ponchos.',
      '',
      "Movement 5, mark 7. We watch the thumbs-down rate, the harness's invented-garment rate " +
        'and the cost per conversation our treasurer asked about.',
      '',
      'Final halt: when the canary buyers buy more, the question is closed. Jisa.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'eb038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Score sheet, judge at C. The pricing page of our monthly box for shops gets a clearer ' +
        'comparison table; the checkout behind it is unchanged; the campaign goes out on Friday.',
      '',
      'Movement 1, mine and theirs, mark 8. I own the order of riders, the holds and the ' +
        'stopping. The engineers own the routing, the deploy and the flag.',
      'Movement 2, riders, mark 8. Our knitters and office first; then trial-list shops who ' +
        'asked for early pages; then shops buying for four years and more, District 6 and ' +
        'District 12; new shops from the campaign last, since the page is their first meeting ' +
        'with us.',
      'Movement 3, limits, mark 6. We decide the limits while we watch. No number goes on paper ' +
        'beforehand; if sign-ups fall, perhaps 2 %, perhaps 5 %, we judge it there, at the ' +
        'dashboard together.',
      'Movement 4, stages, mark 8. First skein spun, 5 %, held one day; dyeing pot, 25 %, held ' +
        'two days; the whole 16 de Julio fair by Friday morning. A gate at each.',
      'Movement 5, mark revised on the video: 7 raised to 8. Whoever is on call, at any hour, ' +
        'turns the flag back to the old page in two minutes, with no redeploy and asking nobody.',
      '',
      'Bueno.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'eb039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Kamisaki. Judge at C. Our product pages get larger photographs and a size guide, and I ' +
        'judge the work itself, movement by movement.',
      '',
      'Movement 1, the photographs, mark 8: taken at noon on a roof in Villa Dolores, where the ' +
        'light off Illimani is hard and honest, so the true colour of undyed alpaca shows.',
      'Movement 2, the size guide, mark 7: chullos by head measure, ponchos by shoulder width ' +
        "and length to the knee, scarves by the wearer's height.",
      'Movement 3, the fibre notes, mark 8: baby alpaca, royal alpaca and huarizo, each ' +
        'explained in three lines, in Spanish, Aymara and English.',
      'Movement 4, mark revised on the video: 6 raised to 8. On the video the black ponchos ' +
        'look black, not brown, as I had feared.',
      "Movement 5, the knitters' names, mark 9: each poncho carries the name of the woman who " +
        'knitted it and of her district.',
      '',
      'Collective mark: the pages are handsome, and they are ours. Yuspagara, jallalla.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'eb040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Score sheet, judge at C, rider by rider: the buyers at our stall on Thursday, and what ' +
        'suited them.',
      '',
      'Rider 1, a teacher from Río Seco, mark 8: a charcoal chullo with ear flaps, because at ' +
        'four thousand metres the June wind at dawn forgives nothing.',
      'Rider 2, a student leaving for Santa Cruz, mark 6: no poncho there; a light scarf of ' +
        'baby alpaca for the cold buses.',
      'Rider 3, a visitor from Tokyo, mark 9: a natural brown poncho, undyed, because she asked ' +
        'for what the alpaca gives without any dye.',
      'Rider 4, mark revised on the video: 7 lowered to 5. The video shows the red scarf ' +
        'quarrelling with her coat, which I had not seen from my chair.',
      'Rider 5, a grandmother from Senkata buying for her grandson, mark 8: a striped chullo in ' +
        'the pattern of her own village near Achacachi.',
      '',
      'Collective mark: the stall sold well and the suggestions were kind. Yuspagara.',
    ].join('\n'),
  },
];
