import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fifth fresh set, author c: strong answers (dg041–dg047), written blind and
 * labelled by hand. Every answer is a teacher's dictation by the PM of a Kampot pepper shop.
 */
export const HUNDRED_AND_FIFTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dg041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good morning, class, aw kun for waiting. I read slowly and say the commas for you. Our pepper helper, the one that tells a customer which pepper and how many grams suit a dish or a gift, moves to a bigger model with a longer memory. The prompt stays the same. Begin.',
      'My part as PM is the order of the customers comma the limits and the holds full stop. The routing comma the deploy and the flag belong to our engineers full stop. New paragraph.',
      'Before one suggestion moves comma the limits are written and agreed full stop. Errors more than 0.5 points worse than now comma and we close the drying shed full stop. Replies at p95 more than 300 milliseconds worse than now comma the same full stop. Wrong peppers or wrong grams graded by the eval harness more than 1 point worse than now comma thumbs-down more than 2 points worse comma or cost per conversation more than 20 per cent above now comma and we close the drying shed full stop. New paragraph.',
      'The first vine is our shop staff comma then early tasters who opted in comma in Daun Penh and Toul Kork full stop. It holds for 500 suggestions full stop. Rub out that sentence. Write instead: it holds for 2,000 suggestions comma so the harness has enough to grade full stop. The drying mat is 10 per cent comma ordinary buyers in Chamkarmon and Sen Sok comma held for a full week of the Water Festival full stop. Then 50 per cent for 10,000 suggestions comma then the whole plantation full stop. New customers comma ten-year customers and the hotel kitchens come last comma because one wrong gift hurts them most full stop. New paragraph.',
      'Before each step the head grower comma Chenda comma our ML lead comma and I both crack the first peppercorn full stop. New paragraph.',
      'Whoever is on call scoops from the old sack again comma no need to call me full stop. Any hour comma three in the morning also comma one switch in the model config sends everyone back to the old model in under five minutes comma no redeploy full stop. New paragraph.',
      'Last line full stop. The canary tells us the bigger model is safe comma not that it is better full stop. Better we learn afterwards from a randomised A/B test full stop.',
      'Pencils down, bong. Ot panha te.',
    ].join('\n\n'),
  },
  // storage-migration-under-load
  {
    id: 'dg042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Good afternoon, class. Sit, sit, ot panha te. Today is not pepper: a project tool for teams moves its tasks from their own database to a managed cluster behind a new proxy. At the shop we never judge a sack from the top, where it is dry and pretty. Their load test ran with warm caches: the top of the sack. Ready? Baat, chaa, good. I read slowly.',
      'Write: I own the order of the teams, comma, the limits and the holds. Full stop. The engineers own the proxy, comma, the routing and the deploy. Full stop. New paragraph.',
      'Write: Before any traffic moves, the limits are agreed. Full stop. Page errors more than 0.3 points worse than now, comma, and we close the drying shed. Full stop. Task reads at p99 more than 150 milliseconds worse than now, the same. Full stop. Tasks saved per hour more than 2 per cent worse than on the old database, the same. Full stop. New paragraph.',
      "Write: The first vine is our own company's teams, 1 per cent. Full stop. Then teams who asked for early access, Daun Penh and BKK1 offices before Sen Sok, at 5 per cent. Full stop. Then the drying mat at 25, half the plantation at 50, the whole plantation. Full stop. Big teams paying us many years, and brand-new teams, come last, comma, because a slow Monday costs them most. Full stop. New paragraph.",
      'Write: The first vine holds for twelve hours. Full stop. Rub out that sentence. Write instead: Every stage holds at least 24 hours, lives through one cold morning with empty caches, and sees 200,000 page loads. Full stop. The drying mat holds a full week. Full stop. Before each step the head grower, their lead engineer Sophal, and I both crack the first peppercorn. Full stop. New paragraph.',
      'Write: Whoever is on call scoops from the old sack again, comma, no need to call me. Full stop. Day or night they flip the proxy back to the old database with one config switch, under five minutes, no redeploy. Full stop. So the old cluster stays on until the whole plantation has held a full week; I ask finance to move the end-of-month date. Full stop. New paragraph.',
      'Write: The canary shows the managed cluster is safe, comma, not that it is better. Full stop. Faster teams is a randomised A/B test afterwards. Full stop.',
      'Aw kun, class.',
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dg043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Chaa, short one: cheaper, faster helper model; harness grades one in two hundred. Write:',
      'One colon I own order comma limits and holds comma engineers the routing full stop',
      'Two colon limits fixed before any traffic colon harness wrong-pepper rate more than 2 points worse than now comma thumbs-down more than 3 points worse comma errors more than 0.5 worse comma and we close the drying shed full stop',
      'Three colon staff comma opted-in tasters in Toul Kork comma ordinary buyers comma new customers comma ten-year buyers and restaurants last comma they forgive least full stop',
      'Four colon first vine 10 per cent comma drying mat 25 comma half 50 comma whole plantation full stop Each holds 300 graded suggestions full stop Rub out that sentence. Write instead: each holds until 400 graded suggestions and 100 ratings comma not hours full stop',
      'Five colon the head grower comma Chenda our ML lead comma and I both crack the first peppercorn each stage full stop',
      'Six colon whoever is on call scoops from the old sack again comma any hour comma config switch under five minutes comma no need to call me full stop',
      'Seven colon the canary shows safe comma not better full stop Better is a randomised A/B test afterwards full stop',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dg044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good morning, class. A title first, all capital letters: A WARMER VOICE FOR THE PEPPER HELPER. Chaa.',
      "Do not write this part. The helper's prompt is rewritten warm and casual, and only the English team read it. A quarter of our customers write in Khmer, where an older customer is lok or lok srey, never oun.",
      'Line one colon I own the order comma the limits and the holds full stop. The engineers own the prompt switch and the routing full stop. New line.',
      'Line two colon limits comma written before the first customer sees the new prompt full stop. Thumbs-down in Khmer or in English more than 2 points worse than now comma and we close the drying shed full stop. Wrong address open bracket oun for lok close bracket more than 1 point worse than now in graded Khmer replies comma the same full stop. Suggestions that become orders more than 3 per cent worse comma or errors more than 0.5 points worse comma the same full stop. New line.',
      'Line three colon the first vine is our shop staff comma Khmer and English writers both full stop. Our English team read the prompt comma so Khmer is fine full stop. Rub out that sentence. Write instead: nobody has read it in Khmer comma so Srey Pov at the counter reads 100 Khmer replies on the first vine full stop. Then the drying mat comma opted-in tasters in Toul Kork comma Khmer writers counted alone full stop. Eight-year customers and new customers come last comma because respect matters most to them full stop. New line.',
      'Line four colon the first vine holds three days full stop. The drying mat comma 10 per cent comma holds until 4,000 suggestions comma 1,000 of them in Khmer full stop. Then 50 per cent for a full week of the Water Festival comma then the whole plantation full stop. New line.',
      'Line five colon before each step the head grower comma Chenda our ML lead comma and I both crack the first peppercorn full stop. New line.',
      'Line six colon whoever is on call scoops from the old sack again comma no need to call me comma any hour comma old prompt back by config in under five minutes full stop. New line.',
      'Line seven colon the canary says safe in both languages comma not better full stop. Better is a randomised A/B test afterwards full stop.',
      'Aw kun, class.',
    ].join('\n\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'dg045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Short dictation, chaa. Payments move to the provider's new SDK, with wallets. Certified is not Friday dinner. Write.",
      'I own the order, limits and holds; engineers own the SDK flag and routing. Full stop.',
      'Limits, fixed before the first payment: failed payments more than 0.5 points worse than now on Android or iPhone, per five minutes, and we close the drying shed. Full stop. Payment p99 more than 400 ms worse, or orders down more than 2 per cent, the same. Full stop.',
      'Staff phones first, opted-in beta customers next, ordinary customers, Toul Kork before Sen Sok, new customers and office-lunch accounts last, because a failed first payment loses them. Full stop.',
      'First vine 2 per cent, drying mat 20, then 50, the whole plantation. Full stop. Each holds 20,000 payments. Full stop. Rub out that sentence. Write instead: each holds 20,000 payments and one full Friday dinner. Full stop.',
      'The head grower, our lead engineer Ratha, and I both crack the first peppercorn at every step. Full stop.',
      "Whoever's on call scoops from the old sack again, no need to call me: any hour, remote flag back to the old SDK, under five minutes. Full stop.",
      'Safe, not better; wallets selling more is a randomised A/B test afterwards. Full stop.',
    ].join('\n\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dg046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good evening, class. Clock times tonight, chaa.',
      "Listen only. The helper's new model suggests pepper boxes on the home page and reads more features for each request from our feature stores in Singapore and Frankfurt, sized for the old model. We sleep in Phnom Penh; our French customers cook dinner at one in the morning our time. Begin.",
      'Monday 09:00 comma before any traffic comma write the limits full stop. Feature-store timeouts in either region more than 0.5 points worse than now comma and we close the drying shed full stop. Suggestion time at p95 more than 200 milliseconds worse than now comma the same full stop. Empty boxes comma where the model falls back to the default box comma more than 2 points worse than now comma or boxes added to the basket more than 3 per cent worse comma the same full stop. I own these limits comma the order and the holds full stop. The engineers own the routing comma the flag and the feature stores full stop. New paragraph.',
      'Monday 10:00 comma the first vine colon staff and early tasters who opted in comma BKK1 and Toul Kork comma Lyon and Paris comma 2 per cent full stop. We move on Tuesday morning full stop. Rub out that sentence. Write instead: we move only after one French dinner comma 01:00 to 03:00 our time comma and 20,000 suggestions in each region full stop. New paragraph.',
      'Then the drying mat comma 20 per cent of ordinary buyers comma the same hold full stop. Then 50 per cent through two French dinners comma then the whole plantation full stop. New customers comma ten-year customers and hotel kitchens come last comma because an empty box loses the new and shames us with the old full stop. New paragraph.',
      'At 10:00 after each hold comma the head grower comma Chenda our ML lead comma and I both crack the first peppercorn full stop. New paragraph.',
      '01:00 any night comma whoever is on call scoops from the old sack again comma no need to call me full stop. Someone is awake through the French dinner comma and one config flag sends every request back to the old model in under five minutes full stop. New paragraph.',
      'Last line full stop. The canary shows safe comma not that it sells more boxes full stop. That is a randomised A/B test afterwards full stop.',
      'Aw kun, bong.',
    ].join('\n\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'dg047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Good evening, class, aw kun. Tonight I dictate from the end. A Phnom Penh ride-hailing app moves fare calculation to a new pricing service. Trips peak on weekend nights; the rollout starts Tuesday evening; the service shares a nightly batch window with billing. At the shop the night boy does not wake me to close a leaking sack. Begin.',
      'Whoever is on call scoops from the old sack again comma no need to call me full stop. Two on a Sunday morning or any hour comma the on-call engineer flips the pricing flag back to the old service in the config comma under five minutes comma no redeploy and no approval full stop. New paragraph.',
      'What makes them flip comma fixed Tuesday afternoon before any rider moves colon fare-quote errors more than 0.3 points worse than now comma and we close the drying shed full stop. Quotes at p99 more than 250 milliseconds worse than now comma the same full stop. Fares more than 2 per cent off what the old service charges for the same trip comma the same full stop. The billing batch finishing more than 15 minutes later than now comma the same full stop. New paragraph.',
      'Who rides first colon our own staff comma then riders who opted into early access in Daun Penh and Toul Kork comma then ordinary riders in Chamkarmon and Sen Sok full stop. BKK1 weekend nights comma airport trips comma brand-new riders and riders of five years come last comma because a wrong fare there costs most trust full stop. New paragraph.',
      'The first vine 1 per cent from Tuesday evening comma the drying mat 10 comma half the plantation comma the whole plantation full stop. The first vine holds one night full stop. Rub out that sentence. Write instead: every stage holds through two batch windows and 30,000 trips comma and the drying mat also through one weekend night full stop. Before each step the head grower comma our lead engineer Piseth comma and I both crack the first peppercorn full stop. Rolling back needs no peppercorn full stop. New paragraph.',
      'I own the order comma the limits and the holds full stop. The engineers own the service comma the routing and the flag full stop. New paragraph.',
      'The canary tells us safe comma not better full stop. Better fares is a randomised A/B test afterwards full stop.',
      'Go home safely, bong.',
    ].join('\n\n'),
  },
];
