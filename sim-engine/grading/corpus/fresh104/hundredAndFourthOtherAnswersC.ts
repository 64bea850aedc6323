import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fourth fresh set, author c: middling (df048–df050), weak (df051–df052), keyword
 * salad (df053–df054), negated (df055–df056), misconception-led (df057–df058) and off-topic
 * (df059–df060) answers, written blind and labelled by hand before any grading, in the same voice
 * as the strong answers (see README-c.md).
 */
export const HUNDRED_AND_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'df048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "¡Bienvenidos al coliseo! Tonight's card: the home-and-garden shop's three-step checkout becomes one page, with saved addresses and cards filled in for you. Growth wants it live before the spring campaign, when first orders peak. In the red corner, the single page; in the blue corner, the three steps.",
      'Bout 1: my corner of the ring. I decide who sees it first and what counts as a loss. The engineers handle the flag and the deploy, not me.',
      'Bout 2: the order. Staff first, then the customers who joined the beta list, then returning customers with two years or more, because the usability lab tested exactly them and their saved cards fill in by themselves. First-time buyers go last: no saved address, no saved card, and the spring campaign is made of them. In my kitchen the new customer is the one who never comes back after a cold salteña, ¿no ve?',
      "Bout 3 is off! It was “we'll see how conversion looks”. In its place: before launch we write down that first-order conversion more than 2 % worse than now, checkout errors more than 0.5 % worse, or p99 page time more than 300 ms worse, and we shut the oven.",
      'Main event: we ship it, caserita, and watch the spring campaign come in. Ya pues.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'df049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Cholitas to the ring! The salteña assistant gets the bigger model, the one with the long memory. In the red corner, the big model; in the blue corner, the small one.',
      'Bout 1: a random 5 % of orders get it, whoever walks in.',
      'Bout 2: the limits, fixed before we start: errors more than 0.5 % worse than now, p95 reply time more than 300 ms worse, and we shut the oven.',
      'Bout 3 is off! It was going straight from 5 % to everyone. In its place: three stages, the first bite at 5 %, the tray at 25 %, then the whole counter, and each one holds for 3,000 suggestions before we move.',
      'Bout 4: the model numbers. The thumbs-down rate on suggestions, the wrong fillings the eval harness catches, and the tokens each conversation burns, so the contadora gets her cost per conversation.',
      'Main event: if it goes badly, we go back to the small model. ¡Jallalla!',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'df050',
    scenario: 'service',
    class: 'middling',
    points: points('C S R'),
    text: [
      "¡Silencio en el coliseo! The paper search engine moves to a smaller, cheaper index. The median got faster; the rare queries with many filters never got tested. In my kitchen the salteña that breaks is never the one everybody orders, it's the odd one with double picante and no peas. Same with search, caserita.",
      'In the red corner, the new index; in the blue corner, the old one.',
      'Bout 1: the order. Our own staff searching for papers first, then the free-tier researchers who opted into the beta, then the rest of the free tier, longest users first. The institutional licences go last: they pay, and their librarians call the dean when a search hangs.',
      "Bout 2 is off! It was me approving every rollback. In its place: whoever's on call bakes the old dough again, no need to call me. The index flag points back to the old layout in a couple of minutes, day or night.",
      'Bout 3: before each widening, the filling master, our lead engineer, and I both taste the jigote and decide together.',
      'Main event: we watch the slow queries and open it to everybody.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'df051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: '¡Lucha libre, señores! The salteña helper gets a cheaper model. In the red corner, cheap; in the blue corner, expensive. Bout 1: we put it on for some customers. Bout 2 is off! In its place: we put it on for a few more. Main event: if the caseritas like it, everybody gets it; if they complain, we go back. Simple, ¿no ve? Cheaper is cheaper.',
  },
  // image-resizer-memory-leak
  {
    id: 'df052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "¡Arriba las cholitas! The marketplace's image resizer is rewritten for the new photo format, and the benchmarks say 20 % faster. In the red corner, the new resizer; in the blue corner, the old one.",
      'Bout 1: the team tests it well.',
      'Bout 2: it goes out to the sellers, some first and then the rest, so we make Thursday.',
      'Bout 3 is off! It was a launch party for the sellers. In its place: we keep an eye on the listing pages.',
      "Main event: if something looks strange, the engineers fix it quickly. Benchmarks don't lie much, caserita. Ya pues, to the salteñas.",
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'df053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '¡Cholitas, al ring! Pricing page night! In the red corner: agile, roadmap, table! In the blue corner: campaign, page, KPI!',
      'Bout 1: canary, cohorts, thresholds, holds, sign-off, rollback, jigote.',
      'Bout 2: comparison table, first bite, tray, whole counter, synergy, Friday campaign.',
      'Bout 3 is off! In its place: A/B, canary, safe, better, gate, ramp, metric, baseline, funnel.',
      'Bout 4: filling master, taste, oven, on-call, old dough, dashboards, observability, velocity, guardrails.',
      'Main event: stakeholders, alignment, data-driven, customer-centric, Alasitas, yapa, ¡jallalla!',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'df054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'In the red corner, recommendation model feature stores regional La Paz Madrid! In the blue corner, p95 hallucination thumbs-down tokens acceptance fallback! Bout 1, cohorts zones Sopocachi Calacoto El Alto years ordering early tasters! Bout 2, thresholds more than worse than now shut the oven baseline control! Bout 3 is off! In its place, first bite tray whole counter ramp hold gate Madrid rush five in the morning! Bout 4, filling master ML lead taste the jigote sign-off! Main event, on call old dough rollback flag minutes canary safe A/B better yapa, ¡jallalla!',
  },
  // prompt-locale-thumbs-down
  {
    id: 'df055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "¡Damas y caballeros! Tonight's card: the warmer, more casual prompt for the salteña assistant, reviewed in English while a quarter of our caseritas write in Spanish. And I'll be honest with you, caserita: this card has no bouts worth the ticket.",
      'Bout 1: the kitchen staff going first, then the early tasters, the elders last? No, no order of customers for this one.',
      "Bout 2: limits written down before anything moves, more than N worse than now and we shut the oven? We won't write any.",
      'Bout 3 is off! In its place: nothing. We are not holding at the first bite, at the tray or anywhere else.',
      'Bout 4: the filling master and I tasting the jigote before each step? Not going to happen.',
      'Bout 5: thumbs-down split by language, or the harness checking the Spanish replies for usted? Not for a prompt change.',
      "Main event: whoever's on call baking the old dough again without calling me? No.",
      'After the bell: an A/B test afterwards to see whether warmer is better? Not that either.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'df056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "¡Buenas noches, coliseo! The fashion shop's product pages get bigger photos and a size guide, and the employees who browse all day but never buy would see it first. In the red corner, the new page; in the blue corner, the old one. Here is what tonight's card leaves out, caserita, one bout at a time.",
      "Bout 1 is not me owning the order and the limits while engineering owns the flag; I'm not splitting it like that.",
      'Bout 2 is not a cohort order either: not staff first, not opted-in shoppers next, not new customers last.',
      'Bout 3 is off! In its place: no limits. No conversion figure, no error figure, nothing written before the photos go out.',
      'Bout 4 is not stages with holds; there is no first bite, no tray, no whole counter.',
      'Bout 5 is not the filling master and me tasting the jigote at each step.',
      "Main event: not whoever's on call baking the old dough again. Nobody has that switch.",
      "And no A/B test afterwards to ask whether the size guide sells more. Ya pues, that's the card.",
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'df057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      '¡Buenas noches, coliseo! The salteña helper moves to a cheaper, faster model. Few customers rate a suggestion, and the eval harness grades one in two hundred.',
      "Let me say it straight, caserita: this canary is our proof that the cheaper model is the better one. If the canary customers order more salteñas, we have our winner, and we don't need a separate A/B test for that.",
      'In the red corner, the cheap model; in the blue corner, the old one.',
      'Bout 1: the engineers run the flag and the routing; I decide who goes first and how long we wait at each stage.',
      "Bout 2: kitchen staff first, then the tasters who opted in, then caseritas with three years or more in Achumani and Obrajes. New customers go last, because one bad first suggestion and they don't come back.",
      'Bout 3 is off! It was a 5 % first stage, where nobody rates anything. In its place: the first bite at 20 %, then the tray at 50 %, then the whole counter, each one holding until we have 500 graded suggestions.',
      "Bout 4: at every stage we watch the harness's wrong-filling rate and the thumbs-down rate.",
      "Main event: the canary customers' orders go up, and that crowns the cheap model champion of the night. ¡Jallalla!",
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'df058',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      '¡Atención, coliseo! The holiday-rental booking page gets a new date picker and a shorter form; the chosen dates live in a new client-side store. The team wants it at 100 % this afternoon.',
      'My big belief, ya pues: nobody knows the right limit before seeing the numbers. So we write no limits in advance. The filling master and I decide them while watching the dashboard, once we see what normal looks like that day.',
      'In the red corner, the new page; in the blue corner, the old one.',
      'Bout 1: the order. Staff first, then guests in the opted-in beta, then returning guests with two years or more. First-time guests and big family bookings go last: that is where a lost date costs somebody a holiday.',
      'Bout 2 is off! It was 100 % this afternoon. In its place: we widen step by step.',
      'Bout 3: at each widening, the filling master, our lead engineer, and I both taste the jigote.',
      "Main event: whoever's on call bakes the old dough again, no need to call me. The date-picker flag goes off in two minutes, at any hour, no approval.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'df059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      '¡Damas y caballeros! You asked about the warmer prompt, but first, caserita, the card of how we greet customers at the counter, because that is what warm means in La Paz.',
      'In the red corner: “buenos días, caserita, ¿qué va a llevar?” In the blue corner: a grunt and a paper bag.',
      'Bout 1: usted for the señora from San Pedro, always. She has bought from us since before the new oven.',
      'Bout 2: the yapa. One small salteña extra for a dozen, or a napkin at least.',
      'Bout 3 is off! It was teaching the tourists to eat the salteña with a fork. In its place: we teach them to bite the corner and drink the juice first, without staining the shirt.',
      'Bout 4: pollo on Tuesdays, carne every day, the picante only when they ask.',
      'Main event: the last tray at noon, when the salteñas run out and everybody goes home. ¡Jallalla!',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'df060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      '¡Cholitas al ring! Before the reviews and the photo gallery, let me tell you what a real Sunday in El Alto looks like, caserita.',
      'In the red corner, in her pink pollera and bowler hat: Doña Repulgue! In the blue corner, in her green shawl: La Picante!',
      'Bout 1: the parade around the ring, braids flying, the crowd throwing orange peel.',
      'Bout 2: the tag team, two sisters from Villa Fátima against two cousins from Achumani.',
      'Bout 3 is off! The masked wrestler hurt her ankle at Alasitas, buying a tiny house for luck. In its place: the young one from Obrajes, first fight of her life.',
      'Bout 4: the comedy bout, the referee ends up in the third row with the tourists.',
      'Main event: Doña Repulgue against La Picante, two out of three falls, and a tray of salteñas for whoever wins. Ya pues, see you Sunday.',
    ].join('\n'),
  },
];
