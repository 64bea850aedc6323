import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-second fresh set, author c, other answers (dd048–dd060): middling (dd048–dd050),
 * weak (dd051–dd052), keyword salad (dd053–dd054), negated (dd055–dd056), misconception-led
 * (dd057–dd058) and off-topic (dd059–dd060), written blind and labelled by hand. Voice: a Taipei
 * bubble-tea stall PM recording an automated phone menu, one option changed in each answer.
 */
export const HUNDRED_AND_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'dd048',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Hó, checkout line. Recording.',
      'Welcome. At our home-and-garden shop the three-step checkout becomes one page, with saved addresses and cards filled in for you. Returning customers loved it in the lab. Growth wants it live before the spring campaign.',
      'Press 1 for who owns what. Me, the PM: the order of customers and the limits. Engineering: the flag, the routing, the deploy.',
      'Press 2 for the order. Our own staff first. Then the customers in the opted-in preview group. Then returning customers by years buying, the ten-year gardeners before the two-year ones, like my tea stalls serve regulars in Beitou first. First-time buyers go last: they have no saved address, the lab never tested them, and the spring campaign is full of them.',
      "Option 3 has changed. Press 3 now for: the limits, written before we start. It used to say 'we'll know bad when we see it'. Bù. Now: checkout errors more than 0.5 % worse than now, or first-order conversion more than 2 % worse than now, and we switch off the sealing machine.",
      'Press 4 for everything else. The tea master will tell you. Ai-yo, I ran out of tape.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'dd049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Duì, duì, recording.',
      'Drink-helper line, bigger-model edition. The helper that suggests tea, sweetness, ice and toppings goes to a larger model with a longer context. Offline evals are up three points on short questions, and finance asks the cost per suggestion.',
      'Press 1 for the stages. The first pearl: a random 5 % of customers, held for 20,000 suggestions. The shake: 30 %, held a full week of the Lantern Festival. The full cup: everyone. We move on only when the hold is over and every number is inside its limit.',
      'Press 2 for the limits, agreed on paper before the first pearl: error rate more than 0.5 % worse than now, or p95 more than 400 ms worse than now, and we switch off the sealing machine.',
      "Press 3 for model quality. Hallucinated toppings in the eval harness more than 1 point worse than now; thumbs-down on suggestions more than 2 points worse; cost per suggestion more than 30 % above finance's budget. Any one of them, sealing machine off.",
      'Option 4 has changed. Press 4 now for: if customers complain, we go back. It used to be the stall opening hours.',
      'To hear these options again, press 9. Xièxie.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'dd050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Ai-yo, the beep. Hó.',
      "Image line. The marketplace's resizing service is rewritten for a new photo format. Benchmarks say 20 % faster. The team wants it everywhere by Thursday, and the service restarts only on deploys, like our pearl pot, which goes sticky if nobody empties it all day.",
      'Press 1 for the stages. The first pearl: a few listing pages, held a full 24 hours without a restart, because trouble that grows over a day only shows after a day. The shake: half the listing pages, held two more full days. The full cup: everything, and not before those holds end, Thursday or no Thursday.',
      'Press 2 for who says go. At every stage, the tea master, Shu-Fen, our lead engineer, and I both seal the first cup.',
      "Option 3 has changed. Press 3 now for: rollback. Before, it was 'the next deploy will fix it'. Now: whoever's on call brews the old recipe again, no need to call me. Any hour of the night, one switch in the image router, old resizer back inside five minutes.",
      'Press 4 for the memory and speed charts. Engineering shows them at Monday standup.',
      'To hear these options again, press 9. Xièxie.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dd051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Hó, hello! This is the drink-helper line.',
      'We are changing the helper to a cheaper, faster model, very exciting, the stalls will save a lot.',
      'Press 1 to hear that we will release it slowly and carefully.',
      'Press 2 to hear that we will keep watching it.',
      "Press 3: if customers don't like the suggestions, ai-yo, we go back.",
      'Option 4 has changed. Press 4 now for: trust the engineers, they know what to do. It used to be our Lantern Festival hours.',
      'To hear these options again, press 9. Xièxie!',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'dd052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Duì, recording, pricing page.',
      "Thank you for calling. The video editor's pricing page gets a clearer comparison table; the checkout behind it does not change. Marketing starts a campaign on Friday.",
      'Press 1 for what a canary release is: a small group gets the new page first, then everybody, like a first pearl before the full cup.',
      'Press 2 for why: less risk than a big launch, and all the big companies do it.',
      'Press 3 for our plan: we put it out before Friday and keep an eye on it.',
      "Option 4 has changed. Press 4 now for: ask the tea master if something looks wrong. It used to say 'ask the PM'.",
      'To hear these options again, press 9. Hó, bye.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'dd053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Hó!',
      'Press 1 for canary cohort synergy, tail-latency observability, p99, first pearl, shake, full cup.',
      "Press 2 for threshold gating, rollback flag, blast radius, Da'an Xinyi cohort, progressive delivery best practice.",
      'Press 3 for index layout, cost efficiency, filters, SLO, error budget, golden signals, tea master.',
      'Option 4 has changed. Press 4 now for: sign-off, hold, gate, ramp, A/B, safe not better, sealing machine, on-call, rollback, no need to call me.',
      'Press 5 for data-driven, customer-centric, institutional licence, free tier, north-star alignment, duì.',
      'To hear these options again, press 9. Xièxie.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dd054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Ai-yo, okay.',
      'Press 1 for warm prompt, casual tone, friendly vibes, Japanese keigo, locale-aware thumbs-down, hallucination eval harness, token cost.',
      'Press 2 for canary, cohort, staff, opt-in, Beitou, Shilin, years buying, blast radius, guardrail.',
      'Option 3 has changed. Press 3 now for: thresholds, 0.5 %, 200 ms, 2 %, sealing machine, Lantern Festival, first pearl, the shake, the full cup.',
      'Press 4 for rollback, flag flip, on-call, tea master, sign-off, seal, A/B, safe versus better, synergy.',
      'Press 5 for prompt engineering, LLM ops, responsible AI, brand voice, hó, duì.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dd055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Bù, bù, we keep it simple. Recording.',
      'Drink-suggestion line, for the new model that reads more from the Taipei and Los Angeles feature stores.',
      "Press 1 if you think the PM should own the order and the limits while engineering owns the routing. Bù, I don't own any of that, and nobody splits it out.",
      "Press 2 if you want staff first, then opted-in tea-club members, with first-year buyers last. We won't order customers like that, not in Taipei, not in Los Angeles.",
      "Press 3 if you want limits written down before traffic moves, like more than 0.5 % worse than now and we switch off the sealing machine. We won't fix any limit in advance.",
      "Option 4 has changed. Press 4 now for: holds. It used to describe stages called the first pearl and the shake, with a hold in each. That option is gone; we won't hold anywhere, not even through the Los Angeles lunch.",
      'Press 5 if you want the tea master and me to seal the first cup at each gate. Nobody signs off anything.',
      "Press 6 if you want whoever's on call to flip the model flag at 3 a.m. without calling me. Bù, nobody gets that switch.",
      "Press 7 if you want hallucinations from an eval harness or the thumbs-down rate watched. We don't track either.",
      "Press 8 if you think an A/B test is needed afterwards to show it's better. We won't run one.",
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'dd056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Hó, short recording.',
      'Fashion-shop line: product pages with bigger photos and a size guide. Staff use the live site all day, but they almost never buy.',
      "Press 1: staff first, then opted-in shoppers, then regulars by district, new customers last? Bù, we don't put anyone in any order.",
      'Press 2: limits fixed before the first pearl, say conversion more than 2 % worse than now and we switch off the sealing machine? No. We are not setting numbers.',
      'Press 3: a hold at the first pearl, at the shake, at the full cup? Not doing holds either.',
      "Option 4 has changed. Press 4 now for: sign-off. It used to say 'the tea master and I both seal the first cup at every gate'. Retired; nobody signs.",
      'Press 5: on-call flips the flag back at any hour without calling me? Bù, no one gets that.',
      'Press 6: I own the order and the limits, engineering owns the routing? There is no such split here.',
      'Press 7: a canary for safe, then an A/B test for better? We are not running any A/B test.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'dd057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Hó, recording. This one I'm excited about.",
      'Gear-shop line. Reviews move above the fold and the photo gallery lazy-loads. Last week was the spring sale, 20 % off everything; it ended Sunday at midnight. Leadership wants the new page out this week.',
      'Press 1 for what this canary is for. Let me say it plainly: the canary is how we prove the new page is better. If the canary customers buy more than everyone else, that is our proof, and I take the number to leadership.',
      "Press 2 for the order. Staff first, they live on the site anyway. Then the customers who opted in to previews. Then regulars by years buying, the longest first, region by region the way my tea stalls open Beitou before Da'an. New customers last, because a broken first page loses them for good.",
      "Option 3 has changed. Press 3 now for: the stages. It used to be 'everyone on Monday'. Now: the first pearl, 5 %, held three full days. The shake, 25 %, held a full week. Then the full cup, and we never advance before a hold ends.",
      "Press 4 for rollback. Whoever's on call brews the old recipe again, no need to call me. Any hour, one flag in the config, old page back in two minutes.",
      'Press 5 for the good news. When the first pearl sells more than the rest, the canary has shown the new page wins. Duì!',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'dd058',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S M'),
    text: [
      'Hó, recording the bigger-model line.',
      'Our drink helper moves to a larger model with a longer context. Offline evals are up three points on short questions; finance asks the cost per suggestion.',
      'Press 1 for ownership. I own the order, the limits and the holds; engineering owns the routing and the flag.',
      "Press 2 for the limits. Ai-yo, here I am honest: we don't write numbers down beforehand. Nobody knows what a bigger model looks like until it runs. At the first pearl we sit with the dashboard and decide then what counts as too bad.",
      'Press 3 for what we watch: hallucinated toppings from the eval harness, the thumbs-down rate on suggestions, and token cost per suggestion for finance.',
      "Option 4 has changed. Press 4 now for: the stages. It used to be 'straight to the full cup'. Now: the first pearl, 5 %, held for 10,000 suggestions. The shake, 30 %, held a full week of the Lantern Festival. Then the full cup.",
      'Press 5 for sign-off. At each gate the tea master, A-Ming, our ML lead, and I both seal the first cup.',
      'To hear these options again, press 9. Xièxie.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dd059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hó, this is for the stall phone, not the release, but I record it now anyway.',
      'Welcome to our bubble-tea stalls! Our drink helper runs on a cheaper, faster model now, so suggestions come quicker at the counter.',
      "Press 1 for today's teas: oolong, jasmine green, roasted black, and the winter melon everyone loves.",
      'Press 2 for sweetness: full, less, half, a little, none. Ai-yo, most of Taipei orders half.',
      'Press 3 for ice: normal, less, none, or warm.',
      'Press 4 for toppings: pearls, pudding, grass jelly, taro balls.',
      'Option 5 has changed. Press 5 now for: Lantern Festival hours; the Shilin and Wanhua stalls stay open until two. It used to be our New Year hours.',
      'Press 6 to rate your last suggestion. Not many people press 6. Please press 6.',
      'To hear these options again, press 9. Xièxie, come again!',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'dd060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Duì, recording. Booking-page line.',
      'Our holiday-rental booking page gets a new date picker and a shorter form. Let me tell you why I love it.',
      "Press 1 for the date picker: two months side by side, weekends in a different colour, like the calendar on the wall of my Da'an stall.",
      'Press 2 for the shorter form: eleven fields down to six. We dropped the fax number. Ai-yo, who has a fax?',
      'Press 3 for the colours: the design team chose our tea brown for the Book button.',
      'Option 4 has changed. Press 4 now for: the new client-side store that keeps your chosen dates while you go back to compare homes. It used to be the help-centre link.',
      'Press 5 for what the design review said: glowing, clean, finally.',
      'To hear these options again, press 9. Xièxie.',
    ].join('\n'),
  },
];
