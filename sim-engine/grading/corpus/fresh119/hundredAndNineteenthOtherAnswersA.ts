import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-nineteenth fresh set, author A: middling (du008–du010), weak (du011–du012), salad (du013–du014),
 * negated (du015–du016), misconception-led (du017–du018) and off-topic (du019–du020) answers.
 * Voice: a Hawaiian (Hilo) English register in speech with Hawaiian and Pidgin words; a lei-making
 * workshop PM whose language model suggests lei, flower and length; every answer an outrigger-canoe
 * race official's calls, leg by leg and crew change by crew change, with one penalty rescinded.
 * Labelled by hand when each answer was written, before anything else; the labels are final.
 */
export const HUNDRED_AND_NINETEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'du008',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Aloha. Leg by leg, but I'll be honest, my race card for this one stay short.",
      '',
      "Start line: I'm the PM, so the limits and the holds are mine; engineering does the routing, the deploy and the flags for the bigger model. Before we start, the limits go on the sheet: errors more than 1 % worse than now, p95 more than 400 ms worse than now, cost per conversation more than 25 % worse than now, thumbs-down more than 2 points worse than now, and we close the stringing table. Wrong-flower suggestions from the eval harness, we watch those every day too.",
      '',
      'Leg 1: some customers, a small piece.',
      'Leg 2, penalty rescinded: we thought somebody pushed it wider too early; watched the change again, was fine.',
      'After that, we widen when it looks good and keep going till the whole Merrie Monarch fair.',
      '',
      'If something goes wrong, we go back to the old model. Pau.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'du009',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Calls from the race office, the storage move:',
      "1. Crew order. Workshop staff accounts go first; they read orders all day and will shout. Then the early-try regulars from Pi'ihonua and Kaūmana who said yes to new things. Buyers from the last year and the big hālau accounts go last, since a slow order page costs us them.",
      '2. Leg 1, the first blossom: 5 % of reads, held 3 days including one cold morning with empty caches.',
      '3. Leg 2, the stringing table: 25 %, held 4 days.',
      '4. Leg 2, penalty rescinded: we flagged the crew change for having no cold-cache morning; watched it again, there was one, Thursday 6 a.m.',
      '5. Leg 3, the whole Merrie Monarch fair: 100 %, well before the old database is switched off.',
      '6. At every crew change, the master lei-maker and I both lay the first lei over a shoulder; no move without both.',
      "7. We keep an eye on the dashboards, and if page loads get slow we'll talk with engineering about what to do.",
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du010',
    scenario: 'model',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Race notes, cheaper model.',
      '- Start sheet, written before the horn: errors more than 0.5 % worse than now, p95 more than 250 ms worse than now, and we close the stringing table.',
      '- Thumbs-down we glance at, but few buyers rate, so.',
      '- Legs: 5 %, then 20 %, then the whole fair. Move up when the numbers look okay.',
      '- Leg 2, penalty rescinded: the crew change looked early on the video, was on time.',
      '- Huli: whoever is on call hangs the old lei back on the hooks, no need to call me. Any hour, flag switch, under five minutes, no redeploy, nobody waits on approval.',
      '- This shows it is safe, not better. Better needs a randomised A/B test after.',
      'Pau, brah.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'du011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Aloha! Okay, race official here. The new payment kit for the lei shop app, the one with ' +
      'the wallet payments, I think we just paddle it out careful, small first then bigger. Leg ' +
      '1 some people, Leg 2 more people, then everybody. Leg 2, penalty rescinded: we thought ' +
      'someone cut the line, but no, all good. The provider certified it already, so the risk ' +
      'is small, and Friday night orders for Saturday parties are our busiest, so we just keep ' +
      'an eye on it. If people complain the payment no work, we fix it quick. Engineering knows ' +
      "the app better than me, so they'll tell us. Mahalo, brah.",
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du012',
    scenario: 'model',
    class: 'weak',
    points: points('P'),
    text:
      'Eh, so the warmer prompt. My part as PM is deciding the order of who gets it, the limits ' +
      'and how long we wait; engineering does the routing, the deploy and the flag. Race calls: ' +
      'Leg 1, we give it to some folks. Leg 2, more folks. Leg 3, penalty rescinded: thought ' +
      'the Japanese crew got cut off, watched the change again, they were fine. Then the whole ' +
      'Merrie Monarch fair. The English team read the prompt already and liked it, so I no ' +
      'expect much trouble. If Japanese customers say it sounds rude, we can fix the prompt. ' +
      'Pau.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'du013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Leg 1 canary 1 % 5 % 25 % 100 % p95 200 ms p99 error rate 0.5 % feature store Tokyo ' +
      'lunch peak cohort Keaukaha Waiākea hold gate sign-off master lei-maker rollback flag ' +
      'routing config five minutes eval harness thumbs-down hallucination tokens per query A/B ' +
      'randomised baseline control. Crew change. Leg 2, penalty rescinded: latency features ' +
      'regional store sizing cohort order thresholds holds. Leg 3 Merrie Monarch fair full week ' +
      '2,000 orders stringing table first blossom kuleana PM engineering on call hooks old lei. ' +
      'Brah, da kine, pau.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'du014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Race office: image resizer, new photo format, 20 % faster, Thursday. Crew change, crew ' +
      'change. Memory, leak, restart, deploy, p99, 300 ms, 0.5 %, 2 %, error budget, canary, ' +
      'blue-green, flags, routing, cohort, staff, early access, hālau, Waiākea, Kaūmana, hold, ' +
      'gate, 3 days, 5,000 orders, sign-off, rollback, on call, five minutes, A/B, randomised, ' +
      'safe, better. Leg 3, penalty rescinded: thresholds holds cohorts sign-off rollback. ' +
      "Mahalo, 'ae, pau.",
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'du015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Aloha. Race calls for the new lei pages with the big photos and the length guide, but honestly, this race I wouldn't run by the officials' rule book.",
      "Leg 1: I wouldn't start with our own stringers. They browse all day and never buy, so why bother putting them first.",
      'Leg 2: no early-try list either, and no order of crews; Keaukaha, Waiākea, new buyers, whoever, all the same to me.',
      "Leg 3, penalty rescinded: the penalty for writing no limits down beforehand, rescinded, 'cause we won't have any; no error number, no latency number, no orders number.",
      "No holds between legs; we don't wait for any count of days or orders.",
      "I wouldn't have the master lei-maker and me lay the first lei over a shoulder or sign anything; nobody signs off.",
      "And we wouldn't set up a quick switch back. Nobody on call hangs the old lei back on the hooks; if we ever went back, that's a full redeploy next week.",
      "It's not my kuleana versus engineering's either; I wouldn't split it.",
      'And no A/B test after. Pau.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'du016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Okay, brah, my calls for the bigger model, and I'll tell you up front what we're not doing.",
      "Leg 1, the first blossom: 'a'ole, we don't run staff first or an opt-in list before new buyers. No crew order.",
      "Leg 2: we won't fix limits before the start, not for errors, not p95, not cost per conversation, not thumbs-down.",
      "Leg 3, penalty rescinded: the penalty for skipping the eval harness, rescinded, 'cause we're not watching wrong-flower rates or any model-quality number at all.",
      'No holds, no named stages, no count of orders before moving.',
      "Aunty Pua and I won't lay any first lei over a shoulder; no sign-off.",
      "No on-call switch back to the old model; going back would need a redeploy, and I'd want to approve it.",
      'No A/B test afterwards either.',
      "And I'm not drawing a line between my part and engineering's. Pau.",
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'du017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R M'),
    text: [
      "Aloha! The whole point of this race, I'll say it plain: the canary proves the warm prompt is better than the old one, so the canary is our A/B test. Whoever wins the legs is our winner, no separate test after.",
      'Start sheet, before the horn: errors more than 0.5 % worse than now, p95 more than 250 ms worse than now, thumbs-down more than 2 points worse than now, polite-form misses in Japanese from the eval harness more than 1 point worse than now. Any one, and we close the stringing table.',
      "Crew order: our own counter aunties first, they speak Japanese and English both; then the opted-in early-try list; the Japanese buyers of ten-plus years last, 'cause they care most about polite address and we can't afford to lose them.",
      'Leg 1, 5 %; Leg 2, 25 %; then we move up when the lift looks good.',
      'Leg 2, penalty rescinded: looked like the early-try crew came in before staff; watched the change again, staff were first.',
      'Huli: whoever is on call hangs the old lei back on the hooks, no need to call me; any hour, prompt flag flip, two minutes, no redeploy, no waiting for approval.',
      "At the finish we read the thumbs-up lift from the canary crew, and that's our proof the new prompt wins. Pau.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'du018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Race office, the new pickup-date picker. Straight up: we decide limits while we watch. No numbers on the start sheet; you can't know what bad looks like till the dashboard shows you, so Aunty Pua and I eyeball it and draw the line when we see the curve.",
      "Crew order: our stringers first, they order for their own families and will tell us; then the Wainaku and Kaūmana early-try folks who opted in; new buyers and wedding parties last, 'cause a lost wedding order is a lost customer.",
      'Leg 1, the first blossom: 5 %, hold 2 days so the lost orders that show up hours later have time to show.',
      'Leg 2, the stringing table: 25 %, hold 3 days.',
      'Leg 2, penalty rescinded: watched the change again, the 3 days were done.',
      'Leg 3, the whole Merrie Monarch fair: 100 %, and not this afternoon.',
      "At each crew change the master lei-maker and I both lay the first lei over a shoulder; that's the sign-off.",
      'Huli: whoever is on call hangs the old lei back on the hooks, no need to call me; any hour, a flag switch, under five minutes, no redeploy, no waiting for approval.',
      'Mahalo.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'du019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "Aloha, brah! Before anything, let me call you last Saturday's race in Hilo Bay, 'cause " +
      'our workshop sponsored a crew. Leg 1, from the bayfront out past Moku Ola, our wāhine ' +
      'crew sat third, clean strokes. Crew change at the first escort boat: six fresh paddlers ' +
      'into the water, smooth. Leg 2 they caught the Keaukaha crew on the turn. Leg 3, penalty ' +
      'rescinded: the officials thought our steerer cut inside the buoy; they watched the ' +
      'change again on the escort boat video, and she was wide by a metre. Leg 4 they came home ' +
      'second. We put pīkake and maile lei on every one of them at the beach, and Aunty Pua ' +
      "strung the maile herself, two days' work. Next year we want first. Mahalo!",
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'du020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Race office calls, but today the race is how to pick a lei, since everybody asks.',
      'Leg 1: the occasion. Graduation, go big, plenty lei, stacked up to the ears. Funeral, quiet colours, maile or ti leaf.',
      'Crew change: the wearer. Hapai wāhine get open-ended maile, never closed, the aunties say.',
      "Leg 2: the flower. Pīkake for a wedding, 'ilima to honour somebody, plumeria for the visitors, lehua for Hilo pride.",
      'Leg 3, penalty rescinded: I used to say orchids were too plain for a hula dancer; watched the hālau dance again at Merrie Monarch, and orchids look beautiful under the lights. Penalty gone.',
      'Leg 4: the length. Shoulder to mid-chest for most, knee-length maile for the groom.',
      'Budget: a good plumeria lei is twenty, thirty dollars; a pakalana lei, you going pay.',
      'Our helper on the website does all this for you. Mahalo, brah, pau.',
    ].join('\n'),
  },
];
