import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-second fresh set, author c, strong answers (dd041–dd047): every point of the
 * scenario, written blind and labelled by hand. Voice: a Taipei bubble-tea stall PM recording
 * an automated phone menu, one option changed in each answer.
 */
export const HUNDRED_AND_SECOND_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dd041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hó, recording now.',
      'Welcome to the release line of Ah-Bao Bubble Tea, the PM speaking. Our drink helper, the little model that suggests tea, sweetness, ice and toppings, is moving to a bigger model with a longer memory, same prompt. Offline evals rose three points on short questions; finance asks the cost per suggestion.',
      'Press 1 for who decides what. I own the order of customers, the rollback limits and how long we hold at each stage. Engineering owns the routing, the deploy and the flags. Duì: their pipes, my recipe.',
      "Press 2 for who tastes first. Our stall staff first, because they forgive a strange suggestion and tell us why. Next, tea-club members who opted in to try new drinks early. Then ordinary customers, Beitou and Shilin before Da'an and Xinyi. First-year buyers and the big Xinyi office orders go last: a bad first cup loses a new customer, and the office orders are worth the most.",
      'Press 3 for the limits, agreed before a single suggestion moves: error rate more than 0.5 % worse than now, p95 latency more than 300 ms worse than now, or drinks ordered from suggestions more than 2 % worse than now, and we switch off the sealing machine.',
      "Press 4 for the model signals: hallucination rate from our eval harness (toppings we don't sell), thumbs-down rate, and token cost per suggestion. Hallucinations more than 1 point worse than now, or cost more than 40 % over budget, and again we switch off the sealing machine.",
      'Option 5 has changed. Press 5 now for: the stages. It used to be our opening hours. The first pearl is 1 % of suggestions, held for 20,000 suggestions. The shake is 25 %, held a full week of the Lantern Festival. The full cup is 100 %. We move only when every limit is green at the end of the hold.',
      'Press 6 for who says go. At every gate, the tea master, Ah-Wei, our ML lead, and I both seal the first cup.',
      "Press 7 for rollback. Whoever's on call brews the old recipe again, no need to call me. Any hour, 3 a.m. also: one flag in the routing config, old model back in under five minutes, no redeploy.",
      'Press 8: bù, the canary does not prove the bigger model is better, only that it is safe. Better, we learn afterwards from a randomised A/B test.',
      'To hear these options again, press 9. Xièxie!',
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'dd042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ai-yo, the beep already? Hó, starting.',
      'This is the release line for the task database move. Tasks leave our self-hosted database for a managed cluster behind a new proxy. At my night-market tea stalls we learned this the hard way: pearls tested in a warm pot lie to you. The load tests here ran with warm caches, so our options are built for a cold pot.',
      'Press 1 for who owns what. I, the PM, own which customers go in which order, the rollback limits and the holds. The tea master, Mei-Ling, our lead engineer, and her team own the proxy, the routing and the deploy.',
      "Press 2 for the order. Our own company's workspaces first; we live in task pages and complain loudly. Then customers who opted in to the beta programme. Then paying teams, small ones first, the way my stalls open in Beitou before Xinyi, and teams with five or more years before first-year teams. The largest enterprise accounts and newest sign-ups go last: most to lose.",
      'Press 3 for the limits, fixed before the first page load moves: error rate more than 0.5 % worse than now, p99 page load more than 200 ms worse than now, or task saves more than 1 % worse than now, and we switch off the sealing machine.',
      "Option 4 has changed. Press 4 now for: the stages. It used to be 'wait for the load-test report'; that report had warm caches, so it is retired. Now: the first pearl, 2 % of workspaces, starting with cold caches and held for 500,000 page loads. The shake, 25 %, held one full working week with every morning peak in it. The full cup, 100 %. Gates open on numbers, not the calendar.",
      'Press 5 for sign-off. At each gate, the tea master and I both seal the first cup.',
      "Press 6 for rollback. Whoever's on call brews the old recipe again, no need to call me. Any hour, weekends too: one config switch in the proxy sends reads back to the old database in under five minutes. Writes go to both clusters until the full cup, so the old recipe is never stale, and the old cluster is not decommissioned until the full cup has held a week.",
      'Press 7: this canary shows the move is safe, not that anything is better. To claim faster pages, we run a randomised A/B test afterwards.',
      'To hear these options again, press 9. Xièxie.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dd043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hó, this one is the prompt change. Recording in three, two...',
      'You have reached the drink-helper release line.',
      "Our helper's system prompt was rewritten to sound warmer and more casual: 'Hey friend, go brown sugar!' Our Mandarin team reviewed it. But a quarter of our customers order in Japanese, the tourists in Ximending and the families in Tianmu, and in Japanese the polite form matters a lot. Casual there is rude, not warm.",
      'Press 1: who owns what. I, the PM, own the cohort order, the limits and the holds. Engineering owns the prompt flag and the routing.',
      'Press 2: the order. First our own staff, including the Japanese-speaking staff at the Zhongshan stall, because they will hear the rudeness at once. Second, tea-club members who opted in, in Mandarin and in Japanese. Third, ordinary Mandarin customers, Wanhua and Beitou first. Last, Japanese-speaking customers in general and anyone in their first year buying, because one rude first suggestion and they never come back.',
      'Press 3: the limits, written before the first pearl and not touched after. Checked per language, never blended: thumbs-down rate more than 2 points worse than now, error rate more than 0.5 % worse than now, or orders from suggestions more than 2 % worse than now, and we switch off the sealing machine.',
      'Press 4: the model signals. Thumbs-down rate per language. The eval harness scoring politeness, with Japanese answers checked by a native reviewer. Complaints per thousand suggestions. A politeness score more than 5 % worse than now in Japanese, and the same: sealing machine off.',
      "Option 5 has changed. Press 5 now for: stages with a hold in each language. It used to say 'one blended number for all customers'. Bù. Now: the first pearl, 5 %, held until 3,000 Japanese suggestions and 10,000 Mandarin ones. The shake, 25 %, held a full week of the Lantern Festival. The full cup, 100 %.",
      'Press 6: sign-off. At each gate, the tea master, Jia-Hao, our ML lead, and I both seal the first cup.',
      "Press 7: rollback. Whoever's on call brews the old recipe again, no need to call me. Day or night, the prompt flag flips back in two minutes. No redeploy, no meeting.",
      'Press 8: safe is not better. This canary tells us only that the warm prompt does no harm. Whether customers like it more, we learn later from a randomised A/B test.',
      'To hear these options again, press 9. Duì, xièxie.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'dd044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '(Note for the sound guy: keep the music soft, hó?)',
      "Welcome to the payments line of our food-delivery app. This is the PM. I also run a chain of night-market bubble-tea stalls, so I know the feeling when the card reader dies in the dinner rush. Payments move to the provider's new SDK, which adds wallet payments. It passed the provider's certification. Certification is not Friday dinner.",
      'Press 1 to hear who owns what. I own who pays through the new SDK first, the limits and the holds. The tea master, Kuan-Yu, our lead engineer, and his team own the SDK integration, the remote-config flag and the release.',
      "Press 2 for the order of customers. Staff ordering their own lunches first. Then the customers in the early-access programme. Then ordinary customers, quieter districts first: Beitou and Shilin, then Wanhua, then Da'an. First-time orderers and customers in their first year of buying go last, because a failed first payment is a lost customer.",
      'Press 3 for the limits, signed before any payment moves. Payment failures more than 0.3 % worse than now, counted every five minutes so a burst is not averaged away; payment p99 more than 200 ms worse than now; or completed orders more than 2 % worse than now, and we switch off the sealing machine. Android and iOS are checked each on their own; one breach on either is enough.',
      "Option 4 has changed. Press 4 now for: the stages. It used to be 'everyone before Friday'. Now: the first pearl, 1 % of payments, held for 20,000 payments. The shake, 20 %, held through one full Friday dinner rush and 150,000 payments. The full cup, 100 %. No gate opens before its hold is done.",
      'Press 5 for sign-off. At every stage, the tea master and I both seal the first cup.',
      "Press 6 for rollback. Whoever's on call brews the old recipe again, no need to call me. 8 p.m. on Friday, or 2 a.m. on Sunday, same. The old payment path stays in the app; on-call flips the remote-config flag and payments return to it within five minutes. No app release, no approval.",
      'Press 7. The canary tells us the new SDK is safe. It does not tell us wallets make people order more; for that, a randomised A/B test afterwards.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dd045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hó.',
      'Drink helper, moving to a cheaper, faster model. Peak is a few hundred suggestions a minute; few customers rate; the harness grades one in two hundred.',
      'Press 1: I own the order, limits and holds. Engineering owns routing and flags.',
      "Press 2: stall staff first, then opted-in tea-club members, then regulars, Beitou before Da'an; first-year buyers last, they are the most fragile.",
      'Press 3: fixed before we start. Errors more than 0.5 % worse than now, p95 more than 300 ms worse, thumbs-down more than 2 points worse than now, and we switch off the sealing machine.',
      'Press 4: we watch eval-harness hallucination rate, thumbs-down rate, cost per suggestion.',
      "Option 5 has changed. Press 5 now for: holds by count. It used to be 'one hour at 5 %'. The first pearl, 10 %, holds for 300 harness grades. The shake, 50 %, holds a full week of the Lantern Festival. Then the full cup.",
      'Press 6: at each gate the tea master, our ML lead, and I both seal the first cup.',
      "Press 7: whoever's on call brews the old recipe again, no need to call me. Any hour, a config switch, back in minutes.",
      'Press 8: safe, not better; better needs a randomised A/B test.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'dd046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Duì. Fares.',
      'Fares move to a new pricing service from Tuesday evening. Trips peak weekend nights, never stop; pricing shares a nightly batch window with billing.',
      'Press 1: I, the PM, own rider order, limits and holds. Po-Han, lead engineer and our tea master, owns routing and deploy.',
      'Press 2: staff first, then opted-in beta riders, then riders by district, Beitou before Xinyi. First-year riders and business accounts last; a wrong fare hurts them most.',
      'Press 3: fixed before launch. Fare errors more than 0.5 % worse than now, p99 more than 200 ms worse, completed trips more than 2 % worse than now, and we switch off the sealing machine.',
      'Press 4: the first pearl, 2 %, holds across a nightly batch window. The shake, 25 %, holds through a weekend night. Then the full cup.',
      'Press 5: at each stage the tea master and I both seal the first cup.',
      "Option 6 has changed. Press 6 now for: rollback. It used to say 'wake the PM'. Now whoever's on call brews the old recipe again, no need to call me. 2 a.m. too: one routing switch, old pricing back in minutes.",
      'Press 7: safe, not better; better needs a randomised A/B test.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dd047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ai-yo, the long one. Hó.',
      "You have reached the release line for drink suggestions on our app's home screen. Our stalls are in Taipei and, since last year, Los Angeles. The new suggestion model reads more features per request from each region's feature store, and those stores were sized for the old model. The team sits in Taipei; Los Angeles lunch is three or four in the morning here. An ordinary week, no festival.",
      'Press 1 for roles. I own the customer order, the limits and the holds. Engineering owns the feature stores, the routing and the flags.',
      "Press 2 for the order. Staff in both cities first; they order daily. Then opted-in tea-club members in both. Then regular customers: in Taipei, Beitou and Shilin before Da'an and Xinyi; in Los Angeles, the quiet stalls before the busy ones. First-year buyers last everywhere, because the home screen is where they decide if we are any good.",
      'Press 3 for the limits, set per region before any traffic: error rate more than 0.5 % worse than now, p99 more than 200 ms worse than now, feature-store timeouts more than 1 % worse than now, or orders from suggestions more than 2 % worse than now, and we switch off the sealing machine. Per region, so a Los Angeles breach cannot hide inside a calm Taipei average.',
      "Press 4 for model signals: how often a customer taps a suggested drink, the thumbs-down rate, and the eval harness's rate of suggesting drinks the stall has sold out of.",
      "Option 5 has changed. Press 5 now for: stages with both lunch peaks inside every hold. It used to say 'hold four hours, Taipei office time'. Now: the first pearl, 2 %, held 24 hours and at least 30,000 suggestions, so both lunches are in it. The shake, 25 %, held seven days. The full cup, 100 %.",
      'Press 6 for sign-off. At every gate, the tea master, Yi-Ting, our ML lead, and I both seal the first cup.',
      "Press 7 for rollback. Whoever's on call brews the old recipe again, no need to call me. This week an engineer is on call through the Taipei night for the Los Angeles lunch; at 3 a.m. she flips the model flag in the routing config and the old model is back in two minutes. No redeploy, no asking.",
      'Press 8: the canary tells us safe, not better; better needs a randomised A/B test afterwards.',
      'To hear these options again, press 9.',
    ].join('\n'),
  },
];
