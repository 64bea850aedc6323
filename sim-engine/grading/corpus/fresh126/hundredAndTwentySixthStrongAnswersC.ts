import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-sixth fresh set, author C: strong answers (eb041–eb047), every point of
 * their scenario's kind, written and labelled by hand without sight of the grader.
 * Voice: an Afrikaans (Stellenbosch) English register in speech; a Stellenbosch ceramics studio whose
 * language model suggests bowl, glaze and set size; every answer a hurling referee's match notes,
 * half by half and puck-out by puck-out, with one white flag withdrawn after the replay.
 */
export const HUNDRED_AND_TWENTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'eb041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Referee's match notes, Eikestad Klei v. the bigger model. Goeie môre. Our assistant " +
      'suggests which bowl, glaze and set size suit a kitchen, a gift and a budget. The change ' +
      'swaps it for a newer, larger model with a longer context window, prompt unchanged. ' +
      'Offline evals went up three points on short questions, and finance wants to know what ' +
      'one conversation will cost.\n\n' +
      'First half, throw-in. What is mine and what is not: as PM I own the order of cohorts, ' +
      'the rollback limits and how long we hold at each stage. Engineering owns the routing, ' +
      "the deploy and the flag. I don't touch the switch, they don't pick the customers.\n\n" +
      'Puck-out one, the order. The first thrown bowl is our own staff and the potters, because ' +
      'they forgive and they tell us. Then the seconds table: the preview list who opted in for ' +
      'early access, mostly Die Boord and Dalsig regulars with five years or more of buying. ' +
      'Then everyone else. First-year buyers and the restaurant trade go last: a new customer ' +
      'who gets a daft suggestion never comes back, and a restaurant order is thirty bowls at ' +
      'once.\n\n' +
      'Puck-out two, the limits, agreed before a single chat moves: errors more than 0.5 % ' +
      "worse than now, p95 reply time more than 800 ms worse, the eval harness's wrong-stock " +
      "rate (a glaze or bowl we don't make) more than 2 points worse, thumbs-down on " +
      'suggestions more than 3 points worse, cost per conversation more than R1.50 worse. Cross ' +
      'any one and the clay goes back in the reclaim bucket.\n\n' +
      'Second half. Stages: the first thrown bowl at 1 %, the seconds table at 5 %, the Dorp ' +
      'Street Friday stall at 25 %, then the whole Saturday Oude Libertas market. We hold a ' +
      'full week of the Woordfees at the seconds table and four days at each stage after it, ' +
      'and no stage goes up until the head potter and I both drink a rooibos from the first ' +
      'bowl. That is the sign-off.\n\n' +
      'Second half, white flag withdrawn after the replay: I had the harness grading long ' +
      "questions only. Nee, short ones too; that's where the three points came from.\n\n" +
      'Rollback: any hour, whoever is on call brings the old bowls back out onto the yellowwood ' +
      'table, no need to call me. A config switch on the model route, three minutes, no ' +
      "redeploy, nobody's approval.\n\n" +
      'Full time: the canary says the bigger model is safe, not that it is better. Better needs ' +
      'a randomised A/B test afterwards. Dankie.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'eb042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Referee's notes. Warmer prompt v. the German tourists.\n" +
      "- Throw-in: the glaze helper's prompt gets warmer. A quarter of our buyers write German, " +
      'where "Sie" matters.\n' +
      "- Mine (PM): cohort order, limits, holds. Engineering's: routing, flag, deploy.\n" +
      '- Order: studio staff → opted-in preview list (Paradyskloof, Brandwacht, 3+ years ' +
      'buying) → English buyers → German speakers and first-year buyers last; most fragile.\n' +
      '- Limits, fixed before the first chat moves: thumbs-down more than 2 points worse than ' +
      'now (German read alone); eval-harness formality score 5 % worse; human-potter ' +
      'escalations 1 point worse; errors +0.5 %; p95 +300 ms. Any one: the clay goes back in ' +
      'the reclaim bucket.\n' +
      '- Puck-outs: first thrown bowl 1 % → seconds table 5 % → Dorp Street stall 25 % → whole ' +
      'Saturday Oude Libertas market. Each holds 4 days or 2,000 German chats, whichever is ' +
      'later.\n' +
      '- Each advance: the head potter and I both drink a rooibos from the first bowl.\n' +
      '- Second half, white flag withdrawn after the replay: German gated at the market only? ' +
      'Nee, every stage.\n' +
      "- Rollback: whoever's on call, any hour, brings the old bowls back onto the yellowwood " +
      'table. Flag to the old prompt, two minutes, no need to call me.\n' +
      '- Full time: canary = safe, not better. Better? Randomised A/B afterwards.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'eb043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Hurling referee's notes, numbered. Eikestad Klei v. the cheap model.\n" +
      '1. Throw-in. The suggestions (which bowl, which glaze, how many in the set) move to a ' +
      'cheaper, faster model. We are small: a few hundred suggestions a minute on a market ' +
      'Saturday, few buyers rate one, and the eval harness grades one in two hundred.\n' +
      '2. Who owns what. Me, the PM: the cohort order, the rollback limits, the holds and what ' +
      'counts as enough evidence. Engineering: the routing, the deploy, the flag, and turning ' +
      'the harness up to one in twenty for the canary, which I ask for and they build.\n' +
      '3. Order. Staff and the potters first, because they rate everything, bless them. Then ' +
      'the opted-in preview list from Mostertsdrift and Uniepark, three years or more of ' +
      'buying. Then everyone. First-year buyers and the wedding-list customers last: one wrong ' +
      'set for a wedding and we hear about it for years.\n' +
      '4. Limits, signed before traffic moves: harness quality score more than 4 points worse ' +
      'than now; thumbs-down rate more than 3 points worse; added to basket after a suggestion ' +
      'more than 2 % worse; errors more than 0.5 % worse; p95 more than 400 ms worse. Any one, ' +
      'and the clay goes back in the reclaim bucket.\n' +
      '5. Stages and holds. First thrown bowl 2 %, seconds table 10 %, Dorp Street stall 30 %, ' +
      'then the whole Saturday Oude Libertas market. At 5 % the feedback is too thin to read, ' +
      'so each hold is a count, not a clock: 400 harness-graded suggestions and 150 ratings per ' +
      'stage, however many days that takes.\n' +
      '6. Second half, white flag withdrawn after the replay: I had the first stage at 1 %. At ' +
      'our traffic that is a month of waiting for ratings. Nee, 2 %, and the count still rules.\n' +
      '7. Sign-off. Before every stage goes up, the head potter and I both drink a rooibos from ' +
      'the first bowl.\n' +
      '8. Rollback. Any hour, whoever is on call brings the old bowls back out onto the ' +
      'yellowwood table, no need to call me: the model route switched back, under five minutes, ' +
      'no redeploy.\n' +
      '9. Full time. The canary says the cheap model is safe, not that it is as good or better. ' +
      'For that, a randomised A/B test afterwards, with the harness grading properly. Ja-nee, ' +
      'cheap is only lekker if it holds.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'eb044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Goeie môre, the referee's notes in one breath because the match was quick: the set " +
      'recommender on our home page, which picks a bowl, a glaze and a set size for buyers in ' +
      'Europe and in South-East Asia, gets a new model that reads more features per request ' +
      'from the regional feature stores, and those stores were sized for the old one, so first ' +
      'half, throw-in, I own the order, the limits and the holds while engineering owns the ' +
      'routing, the deploy and the flags, and the order is staff first, then the opted-in ' +
      'preview customers in Die Boord and Karindal who have bought from us four years or more, ' +
      'then ordinary European buyers, then Singapore and the rest of Asia last because their ' +
      'lunch is six in the morning here and nobody in Stellenbosch is awake to watch a feature ' +
      'store choke, with first-year buyers last inside every region because a bad first ' +
      'recommendation loses them; the limits are written before a single request moves: errors ' +
      'more than 0.5 % worse than now, p99 more than 250 ms worse, fallback or empty ' +
      "recommendations more than 3 points worse, the eval harness's relevance score on a daily " +
      'replay sample more than 3 points worse, add-to-basket from a recommendation more than 2 ' +
      '% worse, and any one of them and the clay goes back in the reclaim bucket; the puck-outs ' +
      "are the first thrown bowl at 1 %, the seconds table at 5 %, Asia's own seconds table at " +
      '5 % of Asian traffic, then 25 %, then the whole Saturday Oude Libertas market, each held ' +
      "three full days so every stage sees Singapore's lunch peak three times, and second half, " +
      "white flag withdrawn after the replay: I had Asia's hold as one day, ag, one lunch is " +
      'one sample, three it is; before every stage goes up the head potter and I both drink a ' +
      'rooibos from the first bowl; whoever is on call, any hour, Singapore lunch included, ' +
      'brings the old bowls back out onto the yellowwood table, a routing switch back to the ' +
      'old model in under five minutes, no need to call me and no waiting for anyone; and at ' +
      'full time I tell the room that this canary shows the new model is safe to run, not that ' +
      'it recommends better sets, which is for a randomised A/B test afterwards, dankie.',
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'eb045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Hurling referee, short lines.\n' +
      'Match: new payment SDK in the studio app, with wallet payments.\n' +
      'Saturday morning is busiest.\n\n' +
      'Throw-in.\n' +
      'I own: who goes first, the limits, the holds.\n' +
      'Engineering owns: the flag, the routing, the deploy.\n\n' +
      'Order.\n' +
      'Staff phones first.\n' +
      'Then the opted-in preview list: Idas Valley, Onder-Papegaaiberg, two years buying or ' +
      'more.\n' +
      'Then iPhone buyers, then Android.\n' +
      'First-year buyers last: a failed first payment is a lost customer.\n\n' +
      'Limits, agreed before a rand moves.\n' +
      'Payment failures more than 0.5 % worse than now, per platform, any 5-minute window.\n' +
      'Payment p99 more than 300 ms worse.\n' +
      'Completed orders more than 2 % worse.\n' +
      'Any one: the clay goes back in the reclaim bucket.\n\n' +
      'Puck-outs.\n' +
      'First thrown bowl 1 %, seconds table 5 %, 25 %, whole Saturday Oude Libertas market.\n' +
      'Hold 48 hours at each, with a Saturday morning before the 25 %.\n' +
      'Each step: the head potter and I both drink a rooibos from the first bowl.\n\n' +
      'Second half, white flag withdrawn after the replay:\n' +
      "I'd watched the daily average. Bursts hide there. Five-minute windows.\n\n" +
      'Rollback.\n' +
      'Whoever is on call, any hour, brings the old bowls back out onto the yellowwood table.\n' +
      'Flag back to the old SDK, two minutes, no need to call me.\n\n' +
      'Full time.\n' +
      'Canary: safe. Better? A randomised A/B test afterwards.',
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'eb046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Hurling referee's match card, written as a table (columns split by |).\n\n" +
      'Throw-in: delivery fees move to a new pricing service. Orders never stop: Europe and the ' +
      'States buy while Stellenbosch sleeps. We start Tuesday evening, and the pricing service ' +
      'shares the 01:00–03:00 batch window with billing.\n\n' +
      'Who owns what: me, the PM, the cohort order, the limits and the holds; engineering, the ' +
      'routing, the deploy, the flags and the batch schedule.\n\n' +
      'Limits, fixed before the first quote moves (more than N worse than now, and the clay ' +
      'goes back in the reclaim bucket):\n' +
      'metric | now | roll back if\n' +
      'quote errors | 0.2 % | more than 0.5 % worse\n' +
      'quote p99 | 350 ms | more than 200 ms worse\n' +
      'fee differs from the old service | 0 | on more than 0.1 % of quotes\n' +
      "checkout completion | this month's baseline | more than 2 % worse\n\n" +
      'Stages:\n' +
      'stage | who | traffic | hold before the next\n' +
      'first thrown bowl | studio staff and potters (they forgive, they report) | 1 % | two ' +
      'nights, both through the batch window\n' +
      'seconds table | opted-in preview list, Brandwacht and Paradyskloof, 3+ years buying | 5 ' +
      '% | three nights\n' +
      'Dorp Street stall | everyone else in South Africa | 25 % | four days, one weekend night ' +
      'in them\n' +
      'whole Saturday Oude Libertas market | overseas buyers, first-year buyers and the hotel ' +
      'trade, last because they are new or big | 100 % | none\n\n' +
      'Sign-off at every gate: the head potter and I both drink a rooibos from the first bowl.\n\n' +
      'Second half, white flag withdrawn after the replay: I had the first hold as 24 hours. ' +
      'Nee; it must cross the batch window twice.\n\n' +
      'Rollback:\n' +
      'who | when | how\n' +
      'whoever is on call | any hour, 2 a.m. included | brings the old bowls back out onto the ' +
      'yellowwood table: routing switch to the old pricing service, under five minutes, no ' +
      'redeploy, no need to call me or anyone\n\n' +
      'Full time: the canary shows the new pricing service is safe, not that its fees earn us ' +
      'more; better is a randomised A/B test afterwards. Lekker.',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'eb047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Match notes, the storage migration. Goeie môre. Every page of the studio's shop and the " +
      "potters' order board reads orders from the database. The change moves that storage from " +
      'our own box to a managed cluster behind a new proxy. Load tests passed at the expected ' +
      'peak, with warm caches, and the old cluster is switched off at month end.\n\n' +
      'First half. My job is the order of who goes over, the limits and the holds. Engineering ' +
      'owns the proxy, the routing, the data sync and the deploy. One thing I ask of them: the ' +
      'old cluster stays up until the last stage has held, month end or not.\n\n' +
      "Puck-out one: the potters' order board first, because staff forgive and they read every " +
      'order. Then the preview list who opted in, Mostertsdrift and Die Boord, four years of ' +
      'buying and more. Then the rest, with first-year buyers and the wholesale restaurant ' +
      'accounts last, because they are new or big.\n\n' +
      'Puck-out two, limits written before any read moves, each against the old cluster: errors ' +
      'more than 0.5 % worse than now, p99 page load more than 200 ms worse, proxy timeouts ' +
      'more than 0.2 % worse, completed checkouts more than 2 % worse. Past any one, the clay ' +
      'goes back in the reclaim bucket.\n\n' +
      'Second half: first thrown bowl 1 %, seconds table 5 %, 25 %, 50 %, then the whole ' +
      'Saturday Oude Libertas market. We hold a full week of the Woordfees at 25 % so it meets ' +
      'a cold-cache Monday and a Saturday peak, two days at the others. Before each one the ' +
      'head potter and I both drink a rooibos from the first bowl; no rooibos, no next stage.\n\n' +
      'Second half, white flag withdrawn after the replay: I\'d written "flush the caches before ' +
      "5 %\". That's engineering's call, not mine. Scratched.\n\n" +
      'Rollback: any hour, whoever is on call brings the old bowls back out onto the yellowwood ' +
      'table. The proxy routes back to the old cluster in minutes, no redeploy, no need to call ' +
      'me.\n\n' +
      'Full time: the canary proves the new storage is safe, not that it is better. Better ' +
      "needs a randomised A/B test afterwards, and for storage we likely won't bother. Ag, safe " +
      'is plenty.',
  },
];
