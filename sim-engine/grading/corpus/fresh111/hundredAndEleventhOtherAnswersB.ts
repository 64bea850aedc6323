import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-eleventh fresh set, author B: the other answers (dm028–dm040): middling, weak,
 * keyword salad, negated, misconception-led and off-topic, seven on service scenarios and six on
 * model scenarios, each labelled by hand before it was written. Voice: a Cape Verdean (Mindelo)
 * English register in speech with Kriolu and Portuguese words ("sabe", "nha", "morabeza",
 * "tá bom", "oi"); the PM of a grogue distillery whose language model suggests which grogue, age
 * and bottle suit a gift, a table and a budget; every answer a horse-race commentator calling the
 * race, with one placing corrected after the photo finish. Written blind: the author read neither
 * the grader nor any other set (README-b.md).
 */
export const HUNDRED_AND_ELEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dm028',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      "And they're away, oi! Our order and stock tables leave the old database in the back room for a managed cluster behind a new proxy. Load tests passed, but with warm caches, and the old cluster goes at the end of the month, so this one has a deadline snapping at its heels.",
      'Who runs first? A random 5 % of buyers, whoever the proxy picks. Sabe, a slice is a slice.',
      'Before the first read moves, the limits go on paper: page loads more than 300 ms worse than now at p99, database errors more than 0.3 % worse than now, orders completed more than 2 % worse than now. Any one, and we shut the still.',
      'The first cane: 5 %, held three days, so the caches go cold at least once. The copper still: 30 %, held a full week of the Baía das Gatas festival, our heaviest nights. Then the whole cellar. Nothing advances until the master distiller and I both hold the first glass up to the light, a signature from each of us at every step.',
      'If it goes wrong, we go back to the old cluster while we still have it.',
      'Photo finish on the last call: the copper still is 25 %, not 30. Tá bom.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dm029',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'Calling it quick from the rail, nha genti:',
      '- The runner: a bigger, newer model behind our grogue suggestions. Same prompt, longer context, evals three points up on short questions.',
      "- My part as PM: which buyers see it in what order, and when we stop. The routing, the deploy and the flags are the engineers' part.",
      '- The field: tasting-room staff first; then the friends of the still who opted in; then regular buyers, the long-time Monte Sossego crowd before the rest; new buyers and the restaurant accounts last, because they are the ones we cannot afford to disappoint.',
      '- What we watch besides errors: how often it suggests a grogue or an age we do not make, from the eval harness; the thumbs-down rate; and what each conversation costs, since finance is asking.',
      '- Limits: we will see what looks normal in the first days and agree them with the engineers then.',
      '- We widen it when it looks fine.',
      '- If something goes wrong, we go back.',
      'Photo finish on the last call: the hotel accounts, not the restaurants, are the last of all. Sabe.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dm030',
    scenario: 'service',
    class: 'middling',
    points: points('C R A'),
    text: [
      'Oi, the search race, called in five:',
      "1. They're off: catalogue search moves to a new index layout, smaller and cheaper to host. The median query is faster, sabe, but the rare searches with many filters (age, cask, price, size of bottle) never ran in the benchmark.",
      '2. Order of the field: distillery staff first, since they search the catalogue all day; then the friends of the still who opted in; then buyers by years buying, Fonte Filipe and Lazareto first; the restaurant and hotel buyers who filter hardest go last, because a slow search at their order desk loses a standing order.',
      '3. We keep an eye on the slow tail and widen it when it looks fine.',
      '4. Rollback: whoever is on call, any hour, flips search back to the old index in a couple of minutes, a config switch, no redeploy, and does not wait for me. They put the old bottles back behind the bar, no need to call me.',
      '5. A canary says the new index is safe, not that buyers like it better. For better, a randomised A/B test afterwards.',
      'Photo finish on the last call: number 2, the hotels go last, the restaurants just ahead of them. Tá bom.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dm031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Oi, and they're off with the warmer prompt! The team rewrote it to sound friendly, like a chat at the bar with morabeza, and it reads well in English. Some of our buyers write in German, sabe, and maybe it sounds a little too casual for them.",
      'So I would let it run for some people first and keep an eye on how it goes. If the German buyers do not like it, we can change it back, or ask someone who speaks German to read it over. The engineers know how to switch prompts, so I trust them with that part.',
      'Photo finish on the last call: it was not some buyers, it was most of them who write in English. Tá bom, nha amigo, it will be fine.',
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dm032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "And they're away! A canary release, nha amigo, is when a new version goes out to a small group first, like the first horse out of the stalls, and if it runs well everybody follows. Our pricing page for the grogue club gets a clearer comparison table, the checkout behind it stays the same, and the campaign goes out on Friday. It is a pretty small change, sabe, so I would put it out to some buyers, look at the page, and if nothing strange happens, let it go to everybody before the campaign.",
      'Photo finish on the last call: the campaign is Friday morning, not Friday evening. Morabeza all round.',
    ].join('\n\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dm033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Oi oi oi, the field: canary, image resizer, new format, 20 % faster, restart, memory, leak, Thursday, p99 200 ms, 0.5 %, 1 %, 5 %, 25 %, 100 %, cohort, Monte Sossego, Ribeira Bote, years buying, threshold, hold, gate, sign-off, rollback, five minutes, flag, routing, deploy, on call, the first cane, the copper still, the whole cellar, master distiller, first glass, light, baseline, control, A/B, randomised, safe, better, conversion, listing page, photo, bottle photo, resize, heap, RSS, 24 hours, Baía das Gatas, morabeza, sabe, shut the still, old bottles, behind the bar. Photo finish on the last call: leak, memory, restart, p95, 2 %, 50 %, gate, hold, cohort, rollback. Tá bom.',
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dm034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "And they're away:",
      'cheaper model, faster model, summaries, suggestions, grogue, age, bottle, budget',
      'eval harness 1 in 200, thumbs-down, thumbs-up, hallucination rate, token cost, p95, p99',
      '1 %, 5 %, 20 %, 50 %, 100 %, 300 a minute, 24 hours, 7 days, 1,000 ratings',
      'cohort staff, friends of the still, Chã de Alecrim, Bela Vista, Laginha, five years buying',
      'threshold 0.5 %, 200 ms, 2 points, hold, gate, ramp, first cane, copper still, whole cellar',
      'sign-off master distiller, first glass, light, rollback, on call, flag, routing, minutes',
      'canary safe better A/B randomised baseline control cost per suggestion',
      'Photo finish on the last call: 1 in 20, 3 points, 400 ms, sabe, nha, morabeza, tá bom.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dm035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Oi, and they're away, but I call this race the other way round, sabe. The new suggestion model reads more features per request from the feature stores, ours in Mindelo and the one for the New England diaspora, and I would not dress it up with a plan.",
      'Would I say what I own as PM and what the engineers own? No. I would not split it up like that; whoever is nearest the switch decides.',
      'A field in order, staff first, then the friends of the still who opted in, the new buyers and the restaurants last? Not for me. I would not pick anybody; I would let it reach whoever it reaches.',
      'Limits with numbers written down before traffic moves, errors 0.5 % worse than now, baskets accepted 3 points worse than now, and we shut the still? I would not write any. I do not commit to numbers for the suggestions or the feature-store reads before, during or after.',
      'Stages with a hold, the first cane, the copper still, a full week of the Baía das Gatas festival? No stages and no holds from me. The whole cellar gets it on the first day.',
      'The master distiller and I both holding the first glass up to the light before each advance? No, I would not ask anybody to sign anything.',
      'Whoever is on call putting the old bottles back behind the bar at any hour, in five minutes, without calling me? I would not give them that. Nobody rolls anything back unless I say so.',
      'A randomised A/B test afterwards to find out whether it is better? I would not run one either.',
      'Photo finish on the last call: I said no stages; I would not even tell the New England side it was coming. Tá bom.',
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dm036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "And they're away, nha amigo, with the new date picker for distillery tour bookings.",
      'Shorter form, dates kept in a new store in the browser.',
      'Design loved it; the team wants it at 100 % this afternoon.',
      "Me, saying what I own and what engineering owns? I won't.",
      "Staff first, then opted-in friends of the still, new bookers last? I won't order anyone.",
      "Bookings per visit 2 % worse than now, written before, and we shut the still? I won't fix a number.",
      "The first cane, the copper still, a hold at each? I won't hold anywhere.",
      "The master distiller and I both holding the first glass up to the light? I won't sign.",
      "On call putting the old bottles back behind the bar at 3 a.m., no need to call me? I won't allow it without my yes.",
      "A canary for safe, an A/B test for better? I won't separate them, I won't run the test.",
      "Photo finish on the last call: I won't even wait the hours a booking takes to arrive.",
      'Tá bom.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dm037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "Oi, and they're away! The bigger model goes out behind our grogue suggestions, same prompt, longer context, three points up on the offline evals.",
      'Let me say it plainly, nha amigo: the canary proves the bigger model is better, so the canary is our A/B test. If the buyers in the first cane buy more than the rest, we have our answer, and no separate test afterwards.',
      'The field runs in order: tasting-room staff first, then the friends of the still who opted in, then regular buyers by years buying, Monte Sossego and Bela Vista ahead; new buyers and the hotel accounts last, because they are the least forgiving when a suggestion misses.',
      'The stages: the first cane at 5 %, held four days; the copper still at 25 %, held a full week of the Baía das Gatas festival; then the whole cellar. We do not advance a stage before its hold is done.',
      "While it runs we watch, on top of errors, the eval harness's rate of suggestions naming a grogue or an age we do not make, the thumbs-down rate, and the cost per conversation finance asked about. Those three tell us the lead it has over the old model, sabe.",
      'If something goes badly, we go back.',
      'Photo finish on the last call: the first cane holds five days, not four, so a weekend falls inside it. Tá bom.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dm038',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "And they're away: product pages with bigger bottle photos and a size guide, from the miniature to the five-litre garrafão. Our own staff get it first, and they browse the shop all day to check stock and orders, sabe, though they almost never buy through it.",
      'The field, in order: distillery staff; then the friends of the still who opted in; then buyers by years buying, the Ribeira Bote and Alto Mira-Mar regulars first; the new buyers and the bar accounts last, because a page that puts them off costs us the first order or the big one.',
      'The limits? We decide them while we watch. Numbers written down before the release are guesses, oi; once the staff and the first buyers are on it, the dashboard tells us what normal is, and we set the line there.',
      'Each advance needs the master distiller and me: we both hold the first glass up to the light, and nothing moves without both of us.',
      'If it breaks, whoever is on call puts the old bottles back behind the bar, no need to call me: any hour, a flag switch, two minutes, no redeploy.',
      'Photo finish on the last call: the bar accounts go last of all, behind the new buyers, not beside them. Tá bom.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dm039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Oi, and they're away, but forgive me, nha genti, today I call a different race: the spring sale we ran last week, 20 % off every bottle, ended Sunday at midnight. What a run, sabe! The ten-year grogue came from nowhere, the honey punch led most of the way, and the aged reserve in the clay bottle sold out by Thursday. The tourists off the cruise ships at the Porto Grande bought miniatures by the crate, and the Rua de Lisboa bars stocked up as if the Baía das Gatas festival started tomorrow.",
      'Next year I want the sale a week longer, a stand on the Laginha with free tastings, and a new label with a morna singer drawn on it, blue and gold, with the Monte Cara behind her. The master distiller wants a smaller bottle for the cruise-ship crowd, and I think she is right.',
      'Photo finish on the last call: it was the honey punch, not the ten-year, that sold the most bottles. Morabeza, and tá bom.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dm040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "And they're away with the new words for our grogue suggester. I would write them like this, for the buyers in English:",
      '"Oi! Come in, sit down. Tell me who the bottle is for, how many at the table, and how much you want to spend, and I will find you a grogue with morabeza."',
      'And for the German buyers, a little more formal:',
      '"Guten Tag. Sagen Sie mir, für wen die Flasche ist, und ich empfehle Ihnen einen Grogue."',
      'Then the story of the grogue itself, which the suggester should tell when someone asks: the cane cut in Santo Antão, pressed in the trapiche, the juice left to ferment, then run through the copper pot, and the old ones rested in wood. Sabe, a good suggestion is a little story and a little pour.',
      'Photo finish on the last call: the cane comes from Santo Antão and from Ribeira da Torre, not only from Santo Antão. Tá bom, nha amigo.',
    ].join('\n'),
  },
];
