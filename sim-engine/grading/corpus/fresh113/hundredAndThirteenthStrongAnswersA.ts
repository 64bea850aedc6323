import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirteenth fresh set, author A: strong answers (do001–do007), every point of
 * the scenario's kind (model answers also M). Voice: a Galician (Vigo) English register in speech
 * with Galician and Spanish words ("bos días", "moi ben", "xa", "graciñas", "vale", "home"), a
 * gaita (Galician bagpipe) maker whose language model suggests which gaita, drone and reed suit a
 * player, a band and an occasion; every answer a rally co-driver's pace notes read out stage by
 * stage, with one note corrected. Labelled by hand when written, before anything else; final.
 */
export const HUNDRED_AND_THIRTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'do001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bos días. Pace notes for the bigger model in our gaita assistant, read out stage by stage, ' +
        'short, the way Uxía reads them to me from the right-hand seat.',
      'Note 1, before the start line: who drives what. I own the road book: the order of players, ' +
        'the limits, how long we hold each stage. Engineering owns the car: the routing, the ' +
        'deploy, the model flag. Vale.',
      'Note 2, limits, written and signed before one conversation moves, each against the old ' +
        'model in the same days: wrong-fit rate from the eval harness (a drone or reed suggested ' +
        'that does not fit the chanter) more than 1 point worse than now, and we pull the reeds. ' +
        'Thumbs-down on suggestions more than 2 points worse than now, and we pull the reeds. ' +
        'Cost per conversation more than 4 cents worse than now (finance asked, so it is a limit, ' +
        'not a curiosity), and we pull the reeds. p95 reply time more than 800 ms worse, or ' +
        'errors more than 0.5 % worse, the same.',
      'Note 3, the order. First the workshop itself and the teachers at the Casco Vello school, ' +
        'because they know a bad reed on sight. Then the players who ticked early access, mostly ' +
        'Teis and Bouzas, five years buying or more. Then the rest of Vigo by neighbourhood. ' +
        'Last, the players in their first year and the bands ordering full sets, because a wrong ' +
        'suggestion costs them most.',
      'Note 4, the first reed: 2 % for four days. Caution, long context means long bills: watch ' +
        'cost from hour one.',
      'Note 4, corrected: four days or 400 graded conversations, whichever comes later; the ' +
        'harness needs the volume.',
      'Note 5, the turning lathe: 20 % for a full week of the Festa do Marisco, when bands ask ' +
        'for whole sets and the long questions arrive.',
      'Note 6, the whole band: 100 %, only after the lathe holds clean.',
      'Note 7, every advance: the master piper (Uxía, our ML lead) and I both blow the first ' +
        'note, or the car stays on the line.',
      'Note 8, the ditch: whoever is on call lays the old chanters back in the drawer, no need ' +
        'to call me. One routing switch, under five minutes, at three in the morning as at noon.',
      'Note 9, the finish: this canary tells us the bigger model does not crack the chanter. It ' +
        'does not tell us it plays sweeter. For that, a randomised A/B test afterwards. Graciñas.',
    ].join('\n\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'do002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Pace notes, new pricing service for custom gaita quotes. Home, listen.',
      '1. I call the road: who goes first, the limits, the holds. Engineering drives: routing, ' +
        'deploy, flags.',
      '2. Limits, signed on Tuesday afternoon before the start: quote errors more than 0.3 % ' +
        'worse than now, and we pull the reeds; p99 quote time more than 250 ms worse, and we ' +
        'pull the reeds; any invoice failing in the nightly batch that does not fail now, and we ' +
        'pull the reeds.',
      '3. Order: workshop staff, then early-access players from Coia and Navia, then the rest; ' +
        'first-year buyers and bands with standing orders last, they pay most and forgive least.',
      '4. The first reed: 5 %, two nights, one batch window inside.',
      '5. The turning lathe: 25 %, Friday and Saturday night.',
      'Note 5, corrected: three nights, not two, so the Sunday batch is seen too.',
      '6. The whole band: 100 %.',
      '7. Each stage moves only when the master piper (Brais, head of engineering) and I both ' +
        'blow the first note.',
      '8. Ollo, 2 a.m.: whoever is on call lays the old chanters back in the drawer, no need to ' +
        'call me. Routing flag, two minutes, no approval.',
      '9. Safe is not better; better is a randomised A/B test later.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'do003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Bos días, moi ben. The warmer prompt, as pace notes. I read, engineering drives: the ' +
        'routing, the deploy and the prompt flag are theirs; the order of players, the limits and ' +
        'the holds are mine.',
      '',
      'Note 1, before the start, limits fixed and signed before a single reply changes, each ' +
        'against the old prompt on the same days:',
      'German thumbs-down more than 2 points worse than now, and we pull the reeds.',
      'Tone failures in the eval harness (du where Sie is due, a joke to a band director) more ' +
        'than 1 in 100 worse than now, and we pull the reeds.',
      'Suggestion take-up (the player adds the suggested reed or drone to the basket) more than ' +
        '3 points worse than now, and we pull the reeds.',
      'Errors more than 0.5 % worse, p95 more than 300 ms worse, the same.',
      '',
      'Note 2, the order of players: our own workshop and the teachers first, then the ' +
        'early-access players in Bouzas and Alcabre who asked for it, then everyone writing in ' +
        'English; the German-writing quarter only after the English side holds, and inside each, ' +
        'players of ten years and more before players in their first year, because a new piper ' +
        'greeted like a drinking mate never comes back.',
      '',
      'Note 3, the road, as a table:',
      'stage | traffic | hold | caution',
      'the first reed | workshop and early access, about 3 % | 5 days | German replies read by a ' +
        'native speaker every day',
      'the turning lathe | 25 %, German included | a full week of the Festa do Marisco | formal ' +
        'register, tight left',
      'the whole band | 100 % | none | none',
      '',
      'Note 3, corrected: the turning lathe opens German at 10 % first, for 300 German ' +
        'conversations, before it goes to 25 %.',
      '',
      'Note 4, the gate: no stage advances until the master piper (Antía, who leads the model ' +
        'team) and I both blow the first note.',
      '',
      'Note 5, the ditch: whoever is on call lays the old chanters back in the drawer, no need to ' +
        'call me. The old prompt is one config switch away, back in a few minutes, any hour, no ' +
        'approval.',
      '',
      'Note 6, the finish: the canary says the new tone does no harm. Whether warmer sells more ' +
        'reeds is a randomised A/B test, afterwards. Graciñas.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'do004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Vale, pace notes for the new payment SDK, read straight through the way Xurxo reads them ' +
      "to me on a stage above the Ría, no breath: note 1, the car is engineering's, the SDK, the " +
      'deploy, the routing and the flag that turns wallets on, and the road book is mine, which ' +
      'players go first, what the limits are and how long each stage holds; note 2, limits signed ' +
      'on Monday before the first payment moves, against the old SDK in the same hours: Android ' +
      'payment failures more than 0.4 points worse than now, and we pull the reeds, any ' +
      'five-minute burst of failures above 3 %, and we pull the reeds, p99 payment time more than ' +
      '300 ms worse, and we pull the reeds, orders per hour more than 2 % worse than the old path ' +
      "at the same hour, and we pull the reeds; note 3, the order: the workshop's own phones " +
      'first, then the early-access players in Teis and Lavadores who asked for wallets, then ' +
      'iPhone before Android because the bursts are an Android story, and last the first-year ' +
      'buyers and the bands paying for a full set of gaitas, because a failed payment loses them ' +
      'for good; note 4, the first reed, 2 % for three days including one Friday evening, ollo, ' +
      'bursts, so watch minute by minute and not the daily mean; note 4, corrected, make that two ' +
      'Friday evenings, because Friday evening is when bands order reeds for the weekend festas ' +
      'and one is not enough to trust; note 5, the turning lathe, 20 % with Android in it, held a ' +
      'full week of the Festa do Marisco; note 6, the whole band, 100 %; note 7, no stage moves ' +
      'until the master piper, Brais from payments engineering, and I both blow the first note; ' +
      'note 8, if it bursts at any hour, whoever is on call lays the old chanters back in the ' +
      'drawer, no need to call me, a config switch back to the old SDK that takes about four ' +
      'minutes, no redeploy, nobody to wake; note 9, this shows the SDK is safe, not that wallets ' +
      'sell more gaitas, and that question goes to a randomised A/B test afterwards, home, ' +
      'graciñas.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'do005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Pace notes, cheaper reed-suggestion model. Quiet road.',
      "N1. Mine: order, limits, holds. Engineering's: routing, deploy, model flag.",
      'N2. Limits, signed before traffic moves: eval-harness bad-fit rate more than 1 point worse ' +
        'than now, we pull the reeds. Thumbs-down more than 3 points worse, we pull the reeds. ' +
        'Errors +0.5 %, p95 +300 ms, same.',
      'N3. Harness grades 1 in 200: raise it to 1 in 10 for the canary, or 5 % never says ' +
        'anything.',
      'N4. Order: workshop and teachers, then early-access players (Castrelos, Navia, 5+ years ' +
        "buying), then the rest; first-year pipers and band orders last, they can't tell a bad " +
        'reed yet.',
      'N5. The first reed: 5 %, held until 400 graded suggestions, about 6 days.',
      'Note 5, corrected: 10 %, not 5 %: at 5 % the 400 take a fortnight.',
      'N6. The turning lathe: 40 %, a full week of the Festa do Marisco.',
      'N7. The whole band: 100 %.',
      'N8. Each advance: the master piper (Iria, ML lead) and I both blow the first note.',
      'N9. Whoever is on call lays the old chanters back in the drawer, no need to call me. Flag ' +
        'flip, three minutes, any hour.',
      'N10. Safe, not better. Better = randomised A/B test later.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'do006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Bos días. Pace notes for the rewritten photo resizer on our second-hand gaita market, ' +
        'where players sell old instruments and every listing loads the resized photos. Read as I ' +
        'would read them from the right-hand seat.',
      'Before the start. Engineering drives: the new service, the deploy, the routing between old ' +
        'and new. I hold the road book: who sees it first, the limits, how long each stage runs. ' +
        'Thursday is their wish; the road decides.',
      'Note 1, limits, written down and agreed before the first photo goes through the new ' +
        'resizer, each against the old service at the same hour: resize errors more than 0.3 % ' +
        "worse than now, and we pull the reeds; p99 time for a listing's photos more than 200 ms " +
        'worse, and we pull the reeds; memory per instance climbing more than 10 % over any six ' +
        'hours without coming down, and we pull the reeds; listing views to messages sent more ' +
        'than 2 % worse, and we pull the reeds.',
      "Note 2, the order: our own workshop's listings and staff browsing first, then the " +
        'early-access sellers, old hands from Matamá and O Calvario with ten years buying from us, ' +
        'then everyone; the new sellers in their first month and the luthiers who sell through us ' +
        'last, because a broken photo on a first listing is a seller we never see again.',
      'Note 3, the first reed: 5 % of image traffic for 48 hours with no restart. Caution, long ' +
        'bend: a leak shows at hour 20, not at minute 20, and the service restarts only on ' +
        'deploys, so nobody redeploys during the hold.',
      "Note 3, corrected: 72 hours, not 48, so it crosses a full weekend's upload peak without a " +
        'restart.',
      'Note 4, the turning lathe: 30 % for another three days, again no restart.',
      'Note 5, the whole band: 100 %. So not Thursday; the Tuesday after. I will tell them why.',
      'Note 6, the gate: each stage advances only when the master piper (Xoán, who leads the ' +
        'platform team) and I both blow the first note.',
      'Note 7, the ditch: whoever is on call lays the old chanters back in the drawer, no need to ' +
        'call me; the old resizer stays warm and the router flips back in about two minutes, day ' +
        'or night, no approval needed.',
      'Note 8, the finish: faster in the benchmark and safe in the canary still is not better for ' +
        'sellers; that is a randomised A/B test afterwards, if anyone wants to claim it.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'do007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Bos días. Pace notes for the new basket-suggestion model, the one that reads more ' +
        'features from the regional stores. Two regions: Galicia, and the diaspora bands in ' +
        'Buenos Aires and Montevideo, who order while Vigo sleeps.',
      '2. Roles: engineering owns the routing, the feature stores, the deploy and the model flag. ' +
        'I own the order, the limits and the holds.',
      '3. Limits, written before the first suggestion moves, per region, against the old model in ' +
        'the same hour: feature-store timeouts more than 0.5 % worse than now, and we pull the ' +
        'reeds; p95 suggestion time more than 250 ms worse, and we pull the reeds; suggestion ' +
        'take-up (the player adds the suggested reed or drone) more than 2 points worse, and we ' +
        'pull the reeds; wrong-fit rate from the eval harness (a reed that does not fit the ' +
        'chanter) more than 1 point worse, and we pull the reeds.',
      '4. Order: the workshop first, then early-access players in Vigo (Bouzas, Coia) who asked ' +
        'for it, then the rest of Galicia, then the early-access players over the ocean, then ' +
        'their bands; first-year players and full-set band orders last everywhere, because a ' +
        'wrong set costs them a season.',
      '5. The first reed: 5 % in Galicia, three days.',
      'Note 5, corrected: the first reed opens in both regions at once, 5 % each, and must cross ' +
        'three Buenos Aires evening peaks, which land at 1 to 3 a.m. in Vigo; a Galicia-only reed ' +
        'would never load the American store.',
      '6. The turning lathe: 25 %, both regions, held a full week of the Festa do Marisco, so each ' +
        "region's peak is seen seven times.",
      '7. The whole band: 100 %.',
      '8. Advance only when the master piper (Sabela, the ML lead) and I both blow the first ' +
        "note, after reading each region's numbers at its own peak.",
      '9. Ollo, nobody in Vigo is awake for that peak: whoever is on call, on either side of the ' +
        'ocean, lays the old chanters back in the drawer, no need to call me. A flag, under five ' +
        'minutes, at any hour.',
      '10. The canary tells us the model is safe in both regions. Whether it sells more is a ' +
        'randomised A/B test afterwards. Moi ben.',
    ].join('\n'),
  },
];
