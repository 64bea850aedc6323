import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fifth fresh set, author C: the other thirteen answers (ea048–ea060):
 * middling (ea048–ea050), weak (ea051–ea052), keyword salad (ea053–ea054), negated (ea055–ea056),
 * misconception-led (ea057–ea058) and off-topic (ea059–ea060), seven on service scenarios and six
 * on model scenarios. Voice: a Northern Sámi (Kautokeino) English register in speech, the PM of a
 * reindeer-hide and duodji shop whose language model suggests boots, mittens and a belt; every
 * answer is a biathlon range judge's sheet, bout by bout and shot by shot, with one miss turned to
 * a hit on the target camera. Labelled by hand before anything else; see LABEL-NOTES-c.md and
 * README-c.md.
 */
export const HUNDRED_AND_TWENTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Hei, the sheet for the bigger model in the boot helper.',
      '',
      'Bout 1. Who first. Our own workshop people, they ask it silly things all day. Then the siida families who signed up to try new things. Then ordinary buyers. The old customers of many winters and the first-time buyers at the very end, because those are the ones who walk away after one wrong pair of boots.',
      '',
      'Bout 2. What we watch, besides errors: the share of wrong-size suggestions on the eval set, with long questions graded apart from short ones, thumbs-down from buyers, and what one conversation costs now that the model is bigger. Finance asked, so that one goes on the wall.',
      '',
      'Bout 3, miss turned to hit on the target camera: I thought the offline three points settled quality. Camera says they were short questions only. So the long questions get their own line on the wall.',
      '',
      'Bout 4. Stages: the first calf marked for five days, the autumn corral for a full week and 2,000 conversations, then the whole spring migration. No stage moves before its days are done.',
      '',
      'That is the sheet. Ja vel.',
    ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ea049',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'Bout 1, shot 1: new payment kit in the phone app, wallets added.',
      'Bout 1, shot 2: the provider certified it. A certificate is not a Friday evening.',
      'Bout 2, shot 1: limits on the sheet before anyone pays through it. Android payment failures more than 0.5 % worse than now, counted per five minutes so bursts show. iPhone the same. Payment p99 more than 300 ms worse. Paid orders per checkout more than 2 % worse. Any one, and we turn the herd back to the winter pasture.',
      'Bout 2, shot 2, miss turned to hit on the target camera: I had the failures counted per day. Camera says a burst hides in a day. Per five minutes it is.',
      'Bout 3: whoever is on call loads the old boots on the sledge again. Any hour, Friday evening included, the flag sends payments back to the old kit in two or three minutes, no redeploy, and no need to ring me first.',
      'Bout 4: the rest we see as we go. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ea050',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: [
      'Ja vel. The search in our shop moves to the new index, smaller and cheaper. The median got faster. The searches with many filters, reindeer leg-skin boots, size 38, dark sole, for a child, nobody tested those.',
      '',
      "Bout 1, shot 1. My shots and theirs. I decide which buyers go first and when we go wider. Ánde's people build the index, do the routing and the deploy. I do not touch the index.",
      '',
      'Bout 1, shot 2. The order. The workshop first, we search with ten filters all day. Then the buyers on the early-try list. Then the ordinary ones. Last the duodji collectors and the families who have bought from us many winters, because they are the ones who search with every filter there is, and the tail is where this change can hurt.',
      '',
      'Bout 2, miss turned to hit on the target camera. I wrote "watch the median". Camera: the median was never the worry. We watch the slowest searches, the filtered ones.',
      '',
      'Bout 3. We widen a few times. Before each widening, Ánde as eldest herder and I both wind the band round the first boot. He does not widen without me, I do not widen without him.',
      '',
      'Bout 4. If it goes wrong, we go back. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ea051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Hei. Short sheet today.',
      'Bout 1: the cheaper model writes the boot suggestions now. It is faster, that is nice.',
      'Bout 2: we give it to some buyers first and see how it goes.',
      'Bout 3, miss turned to hit on the target camera: I thought nobody reads the suggestions. They do, a little.',
      'Bout 4: if buyers are unhappy, we go back to the old one. The engineers know how.',
      'Bout 5: then everyone gets it. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ea052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Buorre beaivi. So, the new image service, the one that makes the small pictures of our boots and mittens, now it takes the new photo format too. Bout one, I would say a canary is when you let a small group see it first, like the miners with the bird. Bout two, it is twenty percent faster in the benchmark, so I am not so worried, and the team wants it out by Thursday. Bout three, miss turned to hit on the target camera: I first said we skip the canary, but ii, a careful shop does one, so we do one. Bout four, we keep an eye on it for a while and if the pictures look strange we ask the engineers to fix it. Then it goes everywhere. That is it, giitu.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ea053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Bout 1, shot 1: canary, kit model, feature store, Europe, Japan, p99, 150 ms, 04:00.',
      'Bout 1, shot 2: siida, early-try, staff, cohort, winters buying, 2 %, 25 %, 100 %.',
      'Bout 2, shot 1: thumbs-down, eval harness, wrong size, wrong warmth, token cost, 30 %, 0.5 %.',
      'Bout 2, shot 2: first calf marked, autumn corral, whole spring migration, gate, hold, three days.',
      'Bout 3, miss turned to hit on the target camera: Tokyo lunch, feature-store latency, regional p99, hit.',
      'Bout 4: eldest herder, band, first boot, sign-off, gate, gate, gate.',
      'Bout 5: on call, flag, routing, sledge, old boots, minutes, winter pasture.',
      'Bout 6: A/B, randomised, safe, better, canary, canary.',
      'Juo, giitu.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ea054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Ja vel, pricing page range sheet: comparison table, boot-care subscription, Friday campaign, canary 1 % 10 % 50 % 100 %, bout one staff siida early-try ordinary first-time, shot one errors 0.5 % p99 200 ms conversion 2 %, shot two thresholds pre-committed baseline control, bout two holds gates time-based metric-based 24 hours 48 hours 500 orders, bout three, miss turned to hit on the target camera, checkout unchanged backend unchanged comparison table, bout four sign-off eldest herder band first boot, bout five rollback on-call flag config minutes any hour sledge, bout six canary safe A/B better randomised, winter pasture, corral, migration, calf, giitu.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ea055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Hei. Bigger photos and a size guide on the boot pages. I read the sheet, but mostly I strike things off it.',
      '',
      'Bout 1, shot 1: split what I own from what engineering owns? Ii. We will not draw that line; whoever is nearest decides.',
      'Bout 1, shot 2: staff first, then the early-try siida families, then the old buyers last? Ii. We will not order anyone. Our people browse all day and never buy, and I will not have them first or anywhere.',
      'Bout 2, shot 1: limits with numbers, written before traffic moves? Ii, we will not write any. Numbers on paper only tie the hands.',
      'Bout 2, shot 2, miss turned to hit on the target camera: I had marked "no stages" as a miss. The camera says it hits: we will not have a first calf marked or an autumn corral, and no stage waits anywhere for days.',
      'Bout 3: the eldest herder and I winding the band round the first boot at each gate? Ii, nobody signs anything. There are no gates.',
      'Bout 4: someone on call who may switch it back at night without asking? Ii. We do not set that up; going back is not in the plan.',
      'Bout 5: a randomised A/B test afterwards to see if bigger photos sell more? Ii, we will not run one either.',
      'Ja vel. Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ea056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: 'Ja vel, the warmer prompt for the boot helper, and the range sheet reads mostly as misses, on purpose. Bout 1, shot 1: I am not going to say which parts are mine and which are the engineers\'; that is a meeting we will not have. Bout 1, shot 2: no order of buyers either, not the workshop first, not the Sámi and Norwegian writers last; I will not sort people by siida or by winters buying. Bout 2, shot 1: we would not fix any thumbs-down limit or error limit before the start, and we would not watch the eval harness for tone or for wrong sizes, nor the cost per chat; those are not signals I want on a wall. Bout 2, shot 2, miss turned to hit on the target camera: I had scored "skip the holds" as a miss, the camera says hit, so there will be no first calf marked, no autumn corral, no days of waiting between. Bout 3: no sign-off, the eldest herder and I will not wind any band round any boot. Bout 4: no on-call person loading the old boots on the sledge at night; nobody gets that switch. Bout 5: and no randomised A/B test after, ii. Giitu.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ea057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T'),
    text: [
      'Hei. Range sheet for the bigger model in the boot helper.',
      '',
      'Bout 1, shot 1. The canary is our A/B test. The buyers in the canary against the buyers on the old model: if the canary buys more boots, that proves the bigger model is better, and finance gets its answer on the cost too.',
      '',
      'Bout 1, shot 2. Who goes in: our own workshop first, then the siida families who signed up to try new things early, then ordinary buyers, and the buyers of many winters and the first-time buyers last, because one wrong pair of boots and they go elsewhere.',
      '',
      'Bout 2. The limits, fixed before any chat moves: errors more than 0.5 % worse than now, p99 more than 300 ms worse. Past either, we turn the herd back to the winter pasture.',
      '',
      'Bout 3, miss turned to hit on the target camera. I had the canary group counted as too small to show "better". Camera says it is enough: orders per chat in the canary tell us which model wins, no separate test needed.',
      '',
      "Bout 4. When the canary's orders are higher, that is the proof, and we give the bigger model to everyone. Juo.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ea058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Range sheet, the new order page for made-to-measure boots: a date picker for the fitting, a shorter form, the dates kept in the browser.',
      'Bout 1, shot 1: order of buyers. Workshop people first. Then the early-try siida families who asked for it. Then ordinary buyers. Buyers of many winters and first-time buyers last, because a lost order from them is a lost customer.',
      'Bout 1, shot 2: limits. We decide them while we watch. Nobody knows today what a bad number looks like for this page, so we look at the dashboard each evening and set the line where it feels right.',
      'Bout 2, shot 1: the first calf marked holds two full days and 150 orders. The autumn corral holds five days, a weekend inside. Then the whole spring migration. No stage moves before its days are over, whatever the team wants this afternoon.',
      'Bout 2, shot 2, miss turned to hit on the target camera: I said a day was enough. Camera: buyers talk it over at home and order hours later, so the two days stand.',
      'Bout 3: whoever is on call loads the old boots on the sledge again, any hour, the flag back to the old page in a few minutes, without asking anyone.',
      'Giitu.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ea059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Buorre beaivi. Before the question, a sheet from last week, because last week was the spring sale, twenty percent off everything, and what a week.',
      'Bout 1, shot 1: Monday, the mittens went first. Grandmothers from three siida bought for every grandchild.',
      'Bout 1, shot 2: Tuesday, the belts. The beaded ones sold out by noon, the plain leather stayed.',
      'Bout 2: Wednesday we ran out of the big boot sizes, 44 and up. My cousin sewed through the night, juo.',
      'Bout 3, miss turned to hit on the target camera: I wrote Thursday down as our worst day. Counting the receipts again, it was our second best.',
      'Bout 4: Sunday at midnight the sale ended, and Monday the shop was quiet as the tundra in March.',
      'Bout 5: Now the reviews go higher on the boot page and the photos load later. People like reading what the old buyers say about the warmth. I like it too.',
      'That is my week. Ja vel.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ea060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Hei. I will tell it the way a range judge writes the sheet, but about the shop, because that is what I know.',
      '',
      'Bout 1, shot 1. My grandmother started the workshop with one sewing table and the hides from our own herd. Boots first, then mittens, then the belts.',
      "Bout 1, shot 2. The hide for the boots comes from the reindeer's legs, it is the strongest. The sole is from the forehead. Sedge grass goes inside instead of socks, it keeps the foot dry at minus forty.",
      'Bout 2, shot 1. Japanese buyers found us six winters ago, from one television programme. They like the small sizes and the red and blue bands.',
      'Bout 2, shot 2, miss turned to hit on the target camera. I always said they buy in the evening. The receipts say they buy at their lunch, which is our early morning, so the orders are waiting when we open.',
      'Bout 3. Now the front page shows a kit for each buyer, boots, mittens and a belt, and it thinks harder about each one than before.',
      'Bout 4. In spring we move with the herd to the coast, and the shop goes quiet for some weeks.',
      '',
      'Giitu for listening.',
    ].join('\n'),
  },
];
