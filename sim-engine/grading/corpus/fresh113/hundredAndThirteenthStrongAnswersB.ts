import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirteenth fresh set, author B: strong answers (do021–do027), written blind
 * (neither the grader nor any other author's answers were read) and labelled by hand before
 * anything else. The voice: a Greenlandic (Nuuk) English register in speech with Kalaallisut and
 * Danish words (calm, dry, friendly; "aap", "naamik", "qujanaq", "ajunngilaq", "tak", "nå"), a
 * soapstone and bone carving workshop whose language model suggests which carving, stone and size
 * suit a buyer, a shelf and a budget, every answer a tennis umpire's calls, point by point and game
 * by game, with one call overruled after a challenge. Four model and three service answers, each
 * covering every point of its kind (README-b.md, LABEL-NOTES-b.md).
 */
export const HUNDRED_AND_THIRTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'do021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Quiet, please. Nå, point by point, from the high chair.',
      'Fifteen–love, to ownership. As PM I own three things: the order in which buyers meet the bigger model, the limits that send us back, and how long we hold at each stage. Engineering owns the routing, the deploy and the flag that points a buyer at one model or the other. Aap, that line is clean.',
      'Thirty–love, to the order. The carvers and shop staff get it first: they see at once when a suggestion puts a big musk-ox in soapstone on a shelf too small for it. Next the buyers who signed up for early access, mostly in Nuussuaq and Qinngorput. Then ordinary buyers, more years of buying first. Last the collectors with ten years and more of buying, and buyers placing their very first order, because those are the ones we cannot afford to disappoint.',
      "Forty–love, to the limits, written before one buyer moves: errors more than 0.5 % worse than now; p95 latency more than 300 ms worse than now; cost per conversation more than 40 % worse than now; wrong-fit suggestions in the carvers' eval harness (wrong stone, wrong size for the shelf, over the budget) more than 2 points worse than now; thumbs-down on suggestions more than 1.5 points worse than now. Any one of them, and we set the files down. The offline evals went up on short questions; the long ones, where the longer context matters, are the ones we read hardest.",
      'Game. The stages: the first chip at 2 %, the polishing bench at 20 %, then the whole gallery. At the first chip we hold four days; at the polishing bench a full week of the Nuuk Snow Festival, when buyers ask the long questions. We advance only when the hold is over and no limit has been crossed.',
      'Challenge, call overruled: I first called it that I sign each advance alone. Naamik. At every gate the old carver and I both turn the first piece in our hands, and only then does engineering widen it.',
      'New game, to the rollback. Whoever is on call sets the old carvings back on the shelf, no need to call me: day or night, one flag switch back to the old model, done in two or three minutes, no redeploy.',
      'Game and set. The canary tells us the bigger model is safe. It does not tell us it is better; that we learn afterwards from a randomised A/B test. Qujanaq.',
    ].join('\n\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'do022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Umpire's notes · one-page checkout for the workshop shop",
      "15–0 · Mine: cohort order, rollback limits, holds. Engineering's: routing, deploy, flag.",
      '30–0 · Order: workshop staff → early-access list (opted in) → returning buyers, three years and more of buying, Nuussuaq and Qinngorput first → first-time buyers last. First orders are the fragile ones, and they peak with the cruise season.',
      '40–0 · Limits, fixed before any traffic moves: checkout errors more than 0.5 % worse than now; p99 more than 200 ms worse than now; first-order conversion more than 2 % worse than now. Any one, and we set the files down.',
      'Game · Stages: the first chip 2 %, hold three days; the polishing bench 25 %, hold 400 first orders; then the whole gallery.',
      '15–0 · Each step up: the old carver and I both turn the first piece in our hands.',
      'Challenge, call overruled: I had first-time buyers at the first chip. Naamik, they go last.',
      '30–0 · Rollback: whoever is on call sets the old carvings back on the shelf, no need to call me. Any hour, config switch, under five minutes.',
      'Game, set · Canary = safe, not better. Better = a randomised A/B test, after. Tak.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'do023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Quiet, please. A cheaper, faster model writes the suggestions now; I call it in numbered points.',
      '1. Fifteen–love, ownership. I own the order of buyers, the limits and the holds. Engineering owns the routing, the deploy and the flags.',
      '2. Thirty–love, the thin feedback. We have a few hundred suggestions an hour at peak, few buyers press a thumb, and the harness grades one suggestion in two hundred. So for the canary engineering sets the harness to grade one in ten, on the new side and the old side both, and the carvers grade twenty a day by hand. Without that, 5 % tells us nothing.',
      '3. Forty–love, the order. The carvers and shop staff first; then the early-access buyers who opted in; then buyers in Quassussuup Tungaa and Nuuk centre with a year or two of buying; the long-standing collectors and first-time buyers last, since one bad suggestion loses them for good.',
      "4. Game, the limits, written before a single suggestion moves: wrong-fit rate from the harness more than 2 points worse than now; thumbs-down more than 1.5 points worse than now; suggestions over the buyer's budget more than 1 point worse than now; errors more than 0.5 % worse than now; p95 more than 300 ms worse than now. Any one, and we set the files down.",
      '5. Fifteen–love, the stages, held by count of graded suggestions, not by hours: the first chip at 5 %, hold until 400 are graded on each side; the polishing bench at 30 %, hold until 1,000, and never less than a full week of the Nuuk Snow Festival; then the whole gallery.',
      '6. Thirty–love, sign-off. At each gate the old carver and I both turn the first piece in our hands; no stage opens before that.',
      '7. Challenge, call overruled: I called the first chip at 1 %. Naamik, at 1 % we wait a month for 400 graded suggestions; 5 % it is.',
      '8. Forty–love, rollback. Whoever is on call sets the old carvings back on the shelf, no need to call me: any hour, one routing switch, about two minutes, no redeploy.',
      '9. Game and set. The canary says the cheaper model is safe enough. Whether it is better, we learn afterwards from a randomised A/B test. Ajunngilaq.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'do024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Quiet, please, players ready, and nå, this one I call in one breath like a long rally: fifteen–love to ownership, because I own the order of cohorts, the limits and the holds while engineering owns the proxy, the routing and the deploy of the new managed cluster; thirty–love to the order, the workshop's own order screens first since the staff read orders there all day, then the early-access buyers who opted in, then buyers in Myggedalen and Nuussuaq by years buying, and the newest accounts and the big collectors with long order histories last because a slow page costs us most there; " +
      'forty–love to the limits, fixed and written on the workshop board before the first read moves: p99 page load more than 200 ms worse than now, database errors more than 0.5 % worse than now, orders completed more than 2 % worse than now, any one and we set the files down; ' +
      'game to the stages, the first chip at 2 % held three days so the caches go cold at least once, the polishing bench at 25 % held a full week of the Nuuk Snow Festival because that is our peak and the load tests only ran with warm caches, then the whole gallery, and the old cluster stays switched on until the gallery has held ten days, whatever the month end says; ' +
      'challenge, call overruled: I called the hold at the first chip one day, the old carver pointed at the cold caches, and three days it is; fifteen–love in the next game to sign-off, since at each gate the old carver and I both turn the first piece in our hands before engineering moves any more weight; ' +
      'thirty–love to rollback, whoever is on call sets the old carvings back on the shelf, no need to call me, at any hour, a proxy switch back to the old cluster in under five minutes, no redeploy; and game, set and match to the last point, that the canary shows the move is safe and not that anything is better, which would need a randomised A/B test afterwards, qujanaq.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'do025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Quiet, please.',
      'A warmer, more casual prompt.',
      'A quarter of our buyers write in German.',
      'Fifteen–love: I own the order, the limits, the holds.',
      'Engineering owns routing and the flag.',
      'Thirty–love: the carvers first, they read German.',
      'Then early-access buyers who opted in, English and German.',
      'Then Nuuk buyers by neighbourhood and years buying.',
      'Long-standing German collectors last: they hear a wrong "du" first.',
      'Forty–love, written before traffic moves:',
      'thumbs-down more than 1.5 points worse than now, in each language;',
      'harness marking the tone wrong more than 2 points worse than now;',
      'errors more than 0.5 % worse; p95 more than 300 ms worse.',
      'Any one, and we set the files down.',
      'Game: the first chip 5 %, hold four days;',
      'the polishing bench 25 %, hold 300 German conversations;',
      'then the whole gallery.',
      'Each gate: the old carver and I both turn the first piece in our hands.',
      'Challenge, call overruled: I called thumbs-down for all buyers together.',
      'Naamik, per language.',
      'Rollback: whoever is on call sets the old carvings back on the shelf,',
      'no need to call me. Any hour. Flag switch, two minutes.',
      'Game, set: the canary says safe.',
      'Better needs a randomised A/B test, after.',
      'Tak.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'do026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Umpire's card · the new payment SDK in the workshop app, with wallet payments",
      'Score | Call | What it means',
      '15–0 | Ownership | I own the cohort order, the limits and the holds; engineering owns the SDK build, the routing and the flags.',
      '30–0 | Order | Staff phones first, Android and iPhone both; then early-access buyers who opted in; then buyers in Nuuk centre and Nuussuaq with years of buying; first-time buyers and the big collectors last, because a failed payment is where we lose them.',
      '40–0 | Limits, fixed before the first payment moves | payment failures more than 0.5 % worse than now in any five-minute window, Android and iPhone read apart; p99 payment time more than 300 ms worse than now; paid orders more than 2 % worse than now. Any one, and we set the files down.',
      'Game | Stages | the first chip at 2 %, hold 300 payments; the polishing bench at 20 %, hold two Fridays with the evening peak in each; then the whole gallery.',
      '15–0 | Sign-off | at each gate the old carver and I both turn the first piece in our hands.',
      'Challenge | Call overruled | I called the polishing bench hold at one Friday. Naamik: bursts need two.',
      '30–0 | Rollback | the app carries both SDKs and a server flag picks one. Whoever is on call sets the old carvings back on the shelf, no need to call me: any hour, flag flipped back, under five minutes, no app release.',
      '40–0 | Safe, not better | the canary shows the SDK is safe. Whether wallet payments sell more carvings is for a randomised A/B test afterwards.',
      "Game, set | Qujanaq | certification passed the provider's tests; this plan passes ours.",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'do027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Quiet, please. Nå, two regions on one court: buyers in Nuuk and Copenhagen, and collectors in Japan. The new suggestion model reads more features per request from each regional feature store, and the Tokyo lunch hour is one in the morning here in Nuuk.',
      "Game one. Fifteen–love: I own which buyers go first, the limits and the holds; engineering owns the routing, the feature stores and the deploy. Thirty–love: the carvers and shop staff first; then early-access buyers who opted in, in Nuuk and in Tokyo both, so that each feature store feels some load early; then ordinary buyers by Nuuk neighbourhood and years buying, and in Japan by years buying; long-standing collectors and first-time buyers last, because a poor suggestion costs us exactly them. Forty–love: the limits, written before any traffic moves and read per region, hour by hour: feature-store timeouts or errors more than 0.5 % worse than now; p95 more than 250 ms worse than now; wrong-fit suggestions in the carvers' eval harness more than 2 points worse than now; suggestions clicked more than 3 % worse than now; thumbs-down more than 1.5 points worse than now. Any one of them in either region, and we set the files down. Game.",
      'Game two. Fifteen–love: the first chip, 2 %, held four days, so each region passes its own lunch peak four times. Thirty–love: the polishing bench, 25 %, held a full week of the Nuuk Snow Festival, with seven Tokyo lunch peaks inside it. Then the whole gallery. Forty–love: at each gate the old carver and I both turn the first piece in our hands, and we read the Tokyo lunch hour first.',
      'Challenge, call overruled: I had called the gates on Nuuk daytime numbers. Naamik, the Tokyo lunch hour is where the feature store runs short, so each gate reads it on its own.',
      'Game three. Fifteen–love: whoever is on call sets the old carvings back on the shelf, no need to call me; at one in the morning or at noon, one routing switch back to the old model, three minutes, no redeploy. Thirty–love: the on-call rota follows the Tokyo lunch hour, not Nuuk office hours.',
      'Game and set. The canary tells us the new model is safe in both regions. Whether it suggests better pieces, a randomised A/B test after the canary tells us. Qujanaq.',
    ].join('\n\n'),
  },
];
