import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-thirtieth fresh set, author C: middling (ef048–ef050), weak (ef051–ef052),
 * salad (ef053–ef054), negated (ef055–ef056), misconception-led (ef057–ef058) and off-topic
 * (ef059–ef060) answers, written blind (README-c.md, LABEL-NOTES-c.md). Voice: a Chichewa
 * (Lilongwe, Malawi) English register in speech with Chichewa words ("moni", "zikomo", "inde",
 * "iyayi", "pang'ono pang'ono", "chabwino"), the PM of a Lilongwe groundnut butter and chili
 * sauce maker whose language model suggests which jar, flavour and size suit a kitchen, a gift and
 * a budget; every answer a floorball referee's game sheet, period by period, with one goal
 * disallowed on the video check. Labels were set when each answer was written and are final: a
 * practice named only to be rejected earns nothing, salad earns nothing, and a misconception-led
 * answer keeps only the points it genuinely commits to, never the one the misconception sits on.
 */
export const HUNDRED_AND_THIRTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ef048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Moni. Game sheet for moving our orders database to the managed cluster behind the new proxy.',
      'First period: before one query moves we write the limits on the sheet. Query errors more than 0.5 % worse than now, or page loads more than 250 ms worse at p99, and we cool the roasters.',
      'Second period, goal disallowed on the video check: "the load test passed, so switch it all on Monday." Iyayi, inde it passed, but with warm caches, and our mornings start cold.',
      'So, line by line: 5 % of shops picked at random, then 25 %, then 50 %, then everyone. Each step holds three days, so it sees three cold morning rushes, and it moves up only when both limits are green.',
      'Third period: whoever is on call, night or day, points the proxy back at the old database in a few minutes, no redeploy, no need to call me. We keep the old cluster alive until the whole thing has run a clean week. Zikomo.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ef049',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'Moni! Game sheet, the bigger model for our jar adviser.',
      'First period: which customers go first is my call; the engineers own the model flag and the routing, and I leave that to them.',
      'Line change: our own kitchen staff first, then the WhatsApp customers who opted in to test new things, then everybody, and the new buyers and the wedding caterers last, because a wrong suggestion hurts them the most and they are the ones we are still winning.',
      'Second period, goal disallowed on the video check: "just watch the errors." Iyayi. We watch the eval harness\'s wrong-jar rate, thumbs-down per hundred conversations and the cost per conversation that finance asked about, together with errors and latency, every day of the rollout.',
      "Third period: we go up bit by bit, pang'ono pang'ono, and if it looks bad we go back. Chabwino, zikomo.",
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ef050',
    scenario: 'service',
    class: 'middling',
    points: points('T S A'),
    text: [
      'Moni! Game sheet, the rewritten jar-photo service.',
      '1. First period: written before it starts, so nobody argues later: errors more than 0.5 % worse than now, p99 image time more than 300 ms worse, or memory per instance more than 20 % above the old service. Any one, and we cool the roasters.',
      '2. Second period, goal disallowed on the video check: "the benchmark says 20 % faster, so everywhere by Thursday." Iyayi. A benchmark runs for minutes; our service runs for days without a restart.',
      '3. Before it goes any wider, Chikondi, our engineering lead, and I both sign. The head cook and I both stir the first pot.',
      '4. Third period: we put it on some of the photo traffic, watch it a day or two, then give it more.',
      '5. The canary tells us the new service is safe, not that it is better; better would need a randomised A/B test afterwards. Zikomo.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ef051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Moni, moni. My game sheet is short for this one.',
      'First period: we put the cheaper model on for some of the customers and see how they like the suggestions.',
      'Second period, goal disallowed on the video check: I wanted everyone on the first day, to save the money quickly, but chabwino, some customers first.',
      "Third period: we ask people to rate the suggestions, and if nobody complains we give it to everyone. If they complain, we go back. Chikondi's engineers know the models better than me, so they will handle the rest. Zikomo.",
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ef052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Moni! A canary release, you know, is like the canary bird the miners carried: a small group of customers gets the new pricing page first, and if something is wrong they notice before everybody else. My game sheet: first period, we make the page nice and clear. Second period, goal disallowed on the video check: I said no canary is needed for a page, iyayi, it is always good practice. Third period, the page goes to a few people first and then to everyone, pang'ono pang'ono, and it reduces the risk compared to a big launch. Big companies all do it. Zikomo.",
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ef053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: "Moni! Game sheet. First period: canary, jar search, index layout, p50, p99, tail latency, 200 ms, 0.5 %, shards, filters, free tier, licences, cohort, Area 10, Area 47, years buying. Line change: rollback, flag, routing, on-call, five minutes, hold, gate, sign-off, head cook, stir, winnowing tray, stone mill, jarring bench, Old Town market. Second period, goal disallowed on the video check: thresholds, 1 %, 5 %, 25 %, 50 %, 100 %, error budget, cache, cheaper hosting, rare queries. Third period: A/B test, randomised, safe, better, baseline, control, pang'ono pang'ono, inde, chabwino, zikomo.",
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ef054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Moni, game sheet:',
      'period one — basket model, feature store, Perth, Lilongwe, lunch peak 06:00, p95 300 ms, timeouts 1 %',
      'line change — eval harness, wrong-basket rate 2 points, thumbs-down, tokens per request, cost, hallucination',
      'period two, goal disallowed on the video check — staff, opted-in, new buyers, Area 3, Area 49, Kanengo, 5 years buying',
      'line change — 1 % 5 % 25 % 100 %, three days, Lake of Stars week, gate, green, sign, stir the first pot',
      'period three — on-call, flag, config, under five minutes, cool the roasters, canary, A/B, safe, better',
      'zikomo, inde, iyayi, chabwino',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Moni. Game sheet for the warmer prompt, and I will tease you: it is a sheet of things I would not do.',
      "First period: I would not split the calls between me and engineering; I don't see a PM part here. I would not send our own staff first, and I would not bother with opted-in testers or keep the new buyers and the wedding aunties for last.",
      'Line change: I would not write any limits down before the prompt goes out, not for thumbs-down, not for the eval harness, not for Chichewa conversations apart.',
      'Second period, goal disallowed on the video check: no stages, no winnowing tray or stone mill, no holds of four days or of any count of conversations. Nobody signs at any gate; the head cook and I would not stir any first pot.',
      'Third period: the person on call would not roll it back alone at night, and not by a config switch either. And no A/B test afterwards. Iyayi to all of it. Zikomo.',
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ef056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Moni! Game sheet for the new delivery-date picker and the shorter order form.',
      "First period. I won't say which part is mine and which is engineering's. No staff first, no opted-in regulars next, no keeping new buyers for last.",
      'Line change. No limits fixed before it starts: not for errors, not for latency, not for orders completed hours later when families have talked it over at home.',
      "Second period, goal disallowed on the video check. No ramp of named stages, and no hold of days or of orders at any step. Chikondi and I won't sign anything at any gate.",
      "Third period. Rollback is not for whoever is on call at night, and not a flag switch in minutes. And I won't follow it with a randomised A/B test.",
      'That is my sheet: iyayi, iyayi, iyayi. Zikomo.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ef057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: [
      'Moni! Game sheet for moving the jar adviser to the cheaper, faster model. I will say the main thing plainly first: this canary is our A/B test. If the customers on the cheaper model buy as many jars as the rest, that proves the cheaper model is just as good, so we save the money and skip any A/B test afterwards.',
      'First period, the order: our own kitchen staff first, because they know every flavour and complain loudly; then the WhatsApp regulars who opted in to try new things, mostly Area 12 families buying five years and more; new buyers of under a year last, because one bad suggestion on a first order and they never come back.',
      'Line change, the limits, written on the sheet before any traffic moves: errors more than 0.5 % worse than now, p95 more than 400 ms worse, thumbs-down up more than 1 point. Any one, and we cool the roasters.',
      'Second period, goal disallowed on the video check: I had "the engineers roll back after I approve". Iyayi. Whoever is on call flips the model flag back at any hour, under five minutes, no redeploy, no need to call me.',
      'Third period: when the jars sold match, the cheaper model wins and goes to the whole Lilongwe Old Town market. Zikomo.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ef058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Moni. Game sheet for the bigger jar photos and the size guide on our product pages.',
      'First period. Our staff see it first, because they are on the site all day checking stock. Then the opted-in WhatsApp regulars, Area 3 and Area 10, buying four years and more. New buyers of under a year come last: they are the ones the size guide is for, and the ones we lose if a page breaks.',
      "Line change. Limits we decide while we watch. I don't fix numbers before it starts: staff browse and never buy, so any number written beforehand would be wrong. Chikondi and I sit with the dashboard and say on the day what is too much.",
      'Second period, goal disallowed on the video check: "skip the staff stage, they don\'t buy anyway." Iyayi, the staff stage stays; it just needs our eyes, not a number.',
      'Third period. Winnowing tray with staff, stone mill with the regulars at 5 %, jarring bench at 25 %, then the whole Lilongwe Old Town market. Each holds three days. Chikondi and I both sign before each one moves up; the head cook and I both stir the first pot.',
      'Rollback: whoever is on call, day or night, turns the flag back to the old pages in a couple of minutes, without waiting for anyone. No need to call me. Zikomo.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ef059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Moni, moni! Before any game sheet, let me talk about the prompt itself, because that is the real match.',
      'First period: the tone. Warmer is good, inde, but in Chichewa warm does not mean casual. You greet an older customer with "moni, a Mai" or "moni, a Bambo", you say "inu", never "iwe", and you thank them with "zikomo kwambiri". Our English team wrote the prompt, so I would sit one afternoon with our Chichewa-speaking stall staff and read fifty of the adviser\'s replies aloud.',
      'Second period, goal disallowed on the video check: I wanted one prompt for both languages. Iyayi. Two short instruction blocks, one for each language, with the formal address written out as examples.',
      'Third period: the flavours. The chili-and-groundnut mix should be suggested for Christmas gifts, the plain smooth butter for families with small children, and the big 2 kg jars only when the customer mentions a shop or a wedding. Zikomo, chabwino.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ef060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Moni! You ask about the product page, so let me give you the game sheet of our sale week instead, because that is what everybody in the kitchen is talking about.',
      'First period: the sale. Twenty percent off every jar, and the chili sauce sold out by Wednesday. The Area 47 supermarkets took the big jars; the students took the small ones.',
      'Second period, goal disallowed on the video check: I counted the Old Town market stall orders twice in the weekly total. Chabwino, corrected.',
      'Third period: putting the reviews above the photos is a lovely idea; our customers trust other customers more than our pictures. We should ask for more reviews on WhatsApp, maybe with a small free jar for every tenth one, and the photos can load a bit later, nobody minds.',
      'Final whistle: this week we rest the roasters and plan the Lake of Stars stall. Zikomo.',
    ].join('\n'),
  },
];
