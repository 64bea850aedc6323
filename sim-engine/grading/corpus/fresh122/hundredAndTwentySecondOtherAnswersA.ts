import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-second fresh set, author A: middling, weak, salad, negated,
 * misconception-led and off-topic answers (dx008–dx020), labelled by hand before any grading.
 * Voice: a Somali (Hargeisa) English register in speech; a clay incense-burner (dabqaad) workshop
 * whose language model suggests the burner, blend and size for a home, a gift and a budget; every
 * answer a handball referee's calls, half by half and attack by attack, with one goal struck off
 * at the monitor.
 */
export const HUNDRED_AND_TWENTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dx008',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Iska warran, walaal. First half, throw-off: our shop's app moves to the payment " +
        "provider's new SDK, which adds wallet payments. As PM my whistle is for the limits and " +
        'the calls about exposure; the engineers own the SDK work, the routing and the flag, and ' +
        'I leave those to them.',
      '',
      'First attack, the limits, written down before anyone pays through the new SDK: payment ' +
        'failures more than 0.3 % worse than today, Android payment failures counted on their ' +
        'own against the same line, p99 payment time more than 300 ms worse, completed orders ' +
        'more than 2 % down. If any one of them goes past its line, we put the coals out.',
      '',
      'Second half, attack by attack: we start it small, a few percent of payments, and widen ' +
        'it when it looks good to us. Thursday evening is our busiest hour, so we keep our eyes ' +
        'open then.',
      '',
      'Second half, goal struck off at the monitor: "call me before anyone rolls back." Maya. ' +
        'Whoever is on call, at any hour, flips the flag back to the old SDK in two or three ' +
        'minutes, no redeploy, and brings the old burners back out of the storeroom without ' +
        'waiting for me.',
      '',
      'A burner that cracks on Thursday is still a burner that cracked. Waa hagaag.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Handball notes, the bigger model behind our dabqaad suggester, prompt unchanged.',
      '',
      'First half',
      '- Attack 1, limits set before any traffic: errors more than 0.5 % worse than today; p95 ' +
        'latency more than 400 ms worse; wrong suggestions in our eval harness more than 2 ' +
        'points worse; thumbs-down more than 2 points worse; cost per conversation more than 35 ' +
        '% above the old model (finance asked, so that line is theirs). Any one, we put the ' +
        'coals out.',
      '',
      'Second half',
      '- Attack 2, stages: the wet clay, 2 %, held three days; the firing pit, 10 %, held for ' +
        '800 conversations and seven market days; the first smoke, 50 %, three more days; then ' +
        'all of Waheen. At every gate all five numbers must be green or we do not move.',
      '- Goal struck off at the monitor: "cost can wait until the end of the month." Struck ' +
        'off; cost is watched from the first day.',
      '- Who goes first, who says yes at a gate, how we go back: I will sort those out with ' +
        'the team on the day.',
      '',
      'Haa, that is the match. Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dx010',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "1. Iska warran. Referee's notes for the photo resizer, rewritten for a new photo " +
        'format. It is only restarted when we deploy, so whatever grows in it grows all day.',
      '2. First half, attack one: who sees it. Our potters and shop staff first; they ' +
        'photograph every new burner each morning and see the listing pages all day.',
      '3. First half, attack two: then the partner potters from Gabiley and Borama who sell ' +
        'through our site and asked to try new things early.',
      '4. First half, attack three: then ordinary buyers, Mohamed Mooge and 26 June before the ' +
        'rest of Hargeisa. First-year buyers and the families with ten years of buying last; for ' +
        'a new buyer a broken photo is the whole shop, and the old families are most of our ' +
        'orders.',
      '5. Second half: the stages. The wet clay, 1 %, held two full days without a restart, ' +
        'because a leak needs time to show. The firing pit, 5 %, held seven market days. The ' +
        'first smoke, 25 %, held three days. Then all of Waheen. Gate at each one: pages on day ' +
        'two no slower than on day one, and memory flat.',
      '6. Second half, the sign-off: before each stage Eedo Hodan, our eldest potter, and I ' +
        'both drop uunsi on the first burner. If one of us will not, it does not move.',
      '7. Second half, goal struck off at the monitor: "everywhere by Thursday." Struck off. ' +
        'Thursday is when the gates say, not before.',
      '8. If it goes bad, we go back. Waa hagaag.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Iska warran.',
      'First half, the whistle:',
      'the suggester moves to the cheaper, faster model.',
      'Cheaper is good for a small workshop, walaal.',
      'First attack: we give it to some buyers.',
      'Second attack: we listen.',
      'Few buyers rate the suggestions,',
      'so if nobody complains, that is a good sign.',
      'Second half: more buyers, then everybody.',
      'Second half, goal struck off at the monitor:',
      "I wanted to wait for the month's report. Maya, too slow.",
      'If the burners start smelling wrong, we go back.',
      'A potter knows her clay by the hand, not by the paper.',
      'Waa hagaag.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dx012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Haa, walaal, the database where every order and every burner lives is moving from our ' +
      'own old machine to a managed cluster behind a new proxy, and the old machine is ' +
      'switched off at the end of the month, so like a handball referee I would keep the match ' +
      'moving, first half we test it well on a quiet night, the engineers know this work ' +
      'better than I do and they will watch it, second half we move the shop over when they ' +
      'are happy, second half, goal struck off at the monitor: somebody asked for a long plan ' +
      'with many steps, struck off, the end of the month is close and a clay pot does not dry ' +
      'faster because you stare at it, and if anything breaks under the Thursday crowd we go ' +
      'back to the old one while it is still there, mahadsanid.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dx013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Handball, first half, throw-off, attack, canary, 1 % 5 % 25 % 100 %, wet clay, firing ' +
      'pit, first smoke, all of Waheen, feature store, regional peak, Minneapolis, p95 150 ms, ' +
      'p99, 0.5 %, 2 points, thumbs-down, eval harness, hallucination, basket rate, cohort, 26 ' +
      "June, Ga'an Libah, Ahmed Dhagax, years buying, staff, early-try list, threshold, gate, " +
      'hold, seven market days, sign-off, Eedo Hodan, uunsi, rollback, on call, config switch, ' +
      'flag, routing, five minutes, A/B, randomised, safe, better, second half, goal struck ' +
      'off at the monitor, coals out, storeroom, old burners, iska warran, haa, maya, ' +
      'mahadsanid, walaal.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dx014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pricing page | handball | first half | throw-off',
      'comparison table | canary | 1 % | 5 % | 25 % | 100 %',
      'errors 0.5 % | p99 200 ms | conversion 2 % | baseline',
      'wet clay | firing pit | first smoke | all of Waheen',
      'districts | Mohamed Mooge | 26 June | years buying | staff | early-try',
      'hold | gate | seven market days | 600 orders',
      'sign-off | Eedo Hodan | uunsi | first burner',
      'rollback | on call | any hour | flag | three minutes | no redeploy',
      'A/B | randomised | safe | better',
      'second half | goal struck off at the monitor | coals out | storeroom',
      'waa hagaag | walaal | mahadsanid',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dx015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Iska warran. The product page of our dabqaad shop moves the reviews above the fold and ' +
        'loads the burner photos only as you scroll. Last week was the Ciid sale, 20 % off ' +
        'everything, and it ended on Sunday.',
      '',
      'First half, throw-off. I will not split this into a PM part and an engineering part; I ' +
        'do not want a line saying the order and the limits are mine and the routing is theirs.',
      '',
      'First attack. No order of buyers: not our potters and shop staff first, not the ' +
        'early-try list next, not first-year buyers or the old families kept for last.',
      '',
      'Second attack. No limits written down before it starts: not 0.5 % on errors, not 200 ms ' +
        'on page time, not 2 % on orders against the old page.',
      '',
      'Second half. No stages and no holds: no wet clay at 1 %, no firing pit, no seven market ' +
        'days. No sign-off from Eedo Hodan or from me before any step.',
      '',
      'Second half, goal struck off at the monitor: someone proposed that whoever is on call ' +
        'could switch it back at any hour in a few minutes without asking me. Struck off; we ' +
        'will not set that up.',
      '',
      'Final whistle. And no randomised A/B test afterwards either. Walaal, I do not need any ' +
        'of it for this page. Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      '1. Handball, first half, throw-off. The system prompt of our dabqaad suggester is ' +
        'rewritten to sound warmer. A quarter of our buyers write in German.',
      '2. First attack: I will not set out what I own as PM against what the engineers own. ' +
        'Maya.',
      '3. Second attack: I will not put our potters and shop staff first, or the early-try ' +
        'list second, or keep the German writers and the new buyers for last.',
      '4. Third attack: no thresholds fixed before the traffic moves. Not errors, not p95, and ' +
        'no 2-point line on thumbs-down.',
      '5. Second half: I will not watch the eval harness for informal address in German, nor ' +
        'thumbs-down, nor how often a suggestion goes into the basket.',
      '6. No named stages and no holds between them; no wet clay, no firing pit, no first ' +
        'smoke.',
      '7. No sign-off. Eedo Hodan and I will not drop uunsi on any burner before a step.',
      '8. Second half, goal struck off at the monitor: "let the on-call potter flip the prompt ' +
        'flag back at 3 a.m. without asking." Struck off; nobody flips anything.',
      '9. No A/B test afterwards to tell safe from better.',
      '10. Waa hagaag, walaal; none of that, thank you.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T M'),
    text: [
      'Iska warran, walaal. First half, throw-off: the bigger model goes in behind our dabqaad ' +
        'suggester, the prompt unchanged. Let me say the main thing plainly first: the canary ' +
        'proves the new model is better, so it is our A/B test. If the buyers who get the bigger ' +
        'model take more burners into the basket than the others, that is our proof, and we ship.',
      '',
      'The line between us: as PM I own the order of buyers and the limits; the engineers own ' +
        'the routing, the deploy and the flags.',
      '',
      'First attack, the order. Our potters and shop staff first, then the buyers on the ' +
        "early-try list, then ordinary buyers by district, 26 June and then Ga'an Libah. " +
        'First-year buyers and the families with twenty years of buying go last, because a wrong ' +
        'suggestion costs us most with them.',
      '',
      'Second attack, the limits, written before one conversation moves: errors more than 0.5 ' +
        '% worse than today, p95 latency more than 300 ms worse, wrong suggestions in our eval ' +
        'harness more than 2 points worse, thumbs-down more than 2 points worse, cost per ' +
        'conversation more than 40 % up. Past any of those lines, we put the coals out.',
      '',
      'Second half: we widen it when the sales look good.',
      '',
      'Second half, goal struck off at the monitor: "run a separate randomised test after the ' +
        'canary." Struck off. The canary has already told us which model is better; a second ' +
        'test is weeks wasted.',
      '',
      'Final whistle: if the canary buyers buy 5 % more, the bigger model has won the match. ' +
        'Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dx018',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R A'),
    text: [
      'Iska warran, walaal.',
      'First half, throw-off.',
      'The order page for commissioned burners gets a new date picker and a shorter form;',
      "the chosen dates are kept in the buyer's browser.",
      'The team wants it at 100 % this afternoon.',
      '',
      'My big call, plainly: we decide the limits while we watch.',
      'No numbers written before.',
      'The first days show us what normal looks like, and then I say where the line is.',
      '',
      'First attack, the order.',
      'Our potters and shop staff first.',
      'Then the buyers on the early-try list.',
      'Then ordinary buyers by district, Ahmed Dhagax, then Ibrahim Koodbuur.',
      'Wedding families and first-year buyers last:',
      'they order once, after talking it over at home, and a lost wedding order is lost for ' +
        'good.',
      '',
      'Second attack: we widen when the order numbers look fine to me.',
      'Before every widening, Eedo Hodan, our eldest potter, and I both drop uunsi on the ' +
        'first burner.',
      'That is our sign-off; no widening without both of us.',
      '',
      'Second half, goal struck off at the monitor:',
      '"the on-call potter must get my yes before switching back."',
      'Struck off.',
      'Whoever is on call, at any hour, turns the flag back to the old page in under five ' +
        'minutes,',
      'no redeploy, without asking me,',
      'and the old burners come back out of the storeroom.',
      '',
      'Final whistle: this canary says the page is safe, not that it sells better.',
      'Better, we learn from a randomised A/B test afterwards.',
      'Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dx019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Iska warran, walaal. Let me tell you about Saturday, when I refereed the Hargeisa ' +
        'under-18 handball final and then went back to the workshop.',
      '',
      'First half was fast. Attack after attack down the left wing, two seven-metre throws in ' +
        'ten minutes, a two-minute suspension for a push in the back. I like a match where the ' +
        'players know the rules better than the crowd does.',
      '',
      "Second half, goal struck off at the monitor: the winger's foot was inside the goal area " +
        'before the ball left her hand. The crowd shouted, but the line is the line.',
      '',
      'After the final whistle I walked to the workshop. Our shop staff were on the website as ' +
        'always, checking which burners are in stock and which orders came in; they look all day ' +
        'and almost never buy, because they can take a burner off the shelf with their own ' +
        'hands. Eedo Hodan was pressing the patterns into the wet clay with a bottle cap, the ' +
        'way her mother did, and the apprentices were burning off the soot from the first firing.',
      '',
      'A dabqaad is a small thing, but it holds fire inside a house, so it must be made by ' +
        'people who respect the fire. That is what handball and pottery have in common, I think. ' +
        'Haa, that is my Saturday. Mahadsanid.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      '1. Handball, first half, throw-off. Iska warran. You asked about our suggester, so here ' +
        'is what it tells a buyer, call by call.',
      '2. First attack: the home. A small flat in 26 June wants a small dabqaad with a lid, so ' +
        "the smoke stays gentle; a big house in Ga'an Libah can take the tall burner with the " +
        'wide bowl.',
      '3. Second attack: the blend. For a wedding, uunsi with sandalwood and a little musk; ' +
        'for every day, frankincense from Sanaag, plain and clean.',
      '4. Third attack: the budget. The small plain burner is the cheapest; the painted one ' +
        'with the family name pressed in costs three times as much and is what grandmothers give.',
      '5. Second half: the gift. For a new bride the pair of burners, one for the bedroom and ' +
        'one for the sitting room.',
      '6. Second half, goal struck off at the monitor: it once suggested a burner with no lid ' +
        'for a house with small children. Struck off; a lid always, with children.',
      '7. Final whistle: the coals should be glowing, not flaming, before the incense goes on.',
      '8. Waa hagaag, walaal. That is what it says. Mahadsanid.',
    ].join('\n'),
  },
];
