import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-first fresh set, author b: strong answers (dc021–dc027), written blind and labelled
 * by hand. One voice: a Kazakh (Almaty) English register in speech, the PM of a Green Bazaar
 * dried-fruit and nut delivery, every answer a marathon race-day briefing.
 */
export const HUNDRED_AND_FIRST_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dc021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Runners, good morning, come to the start line, bauyrym. Our gift-box assistant at Green Bazaar, the one that says what goes in a box for a wedding, moves to the newer, bigger model with the longer memory, and the prompt stays the same. Offline evals went up three points on short requests, jaqsy, but finance asks what one suggestion costs now.',
      'Start line: who carries what. I am the PM, I own the order of customers, the limits and how long we hold at every stage. The engineers own the routing, the deploy and the flag.',
      "Station 1, kilometre 5: the limits, written on the board here at the start before one suggestion goes to the new model. Error rate more than 0.5 % worse than now, and we pull the shutters down. p95 latency more than 300 ms worse than now, and we pull the shutters down. Cost per suggestion more than 20 % worse than now, the same. Hallucinated products on the eval harness, pistachios we don't even sell, more than 1 point worse than now, the same. Thumbs-down on suggested boxes more than 2 points worse than now, the same.",
      "Station 2, kilometre 12: who goes first. Our own packers and office people, they forgive and tell us loudly. Then the customers who opted in to try new things, from Medeu and Bostandyk. Then everybody else. Customers buying from us over five years, and brand-new ones, go last: one strange wedding box and they don't come back.",
      'Station 3, kilometre 21: the stages. The first stall is 1 %, and we hold there for 2,000 suggestions. The dried-fruit row is 10 %, and we hold a full week of Nauryz. The whole bazaar is 100 %. Nobody advances a step until the bazaar elder and I both weigh the first box; the bazaar elder on this race is Yerlan, our ML lead.',
      'Station 4 is moved, it is now: kilometre 30, it was at 35, too late. Whoever is on call carts the old version back to the stall, no need to call me, day or night, three in the morning also: one flag in the router, the old model serves again in under five minutes, no redeploy.',
      'Finish: rakhmet, runners. Remember, the canary tells us the bigger model is safe, joq, it does not tell us it is better. For better we run a randomised A/B test afterwards. Kettik.',
    ].join('\n\n'),
  },
  // storage-migration-under-load
  {
    id: 'dc022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Start line, runners, short briefing.',
      'Tasks move from our own database to the managed cluster behind the new proxy. Load tests had warm caches; cold I do not trust, joq.',
      'Start line: I own the order, the limits and the holds. The bazaar elder, Daniyar, our lead engineer, owns proxy, routing and deploy.',
      'Station 1, kilometre 5: limits fixed now, before any page load moves. Errors more than 0.3 % worse than now, p99 more than 250 ms worse than now, and we pull the shutters down.',
      'Station 2, kilometre 10: our own workspaces first, then opted-in early-access teams, then the rest; teams with us over three years and big paying ones last, they lose most.',
      'Station 3, kilometre 21: the first stall 1 %, hold 200,000 cold-cache page loads; the dried-fruit row 20 %, hold a Monday-morning peak; then the whole bazaar. The bazaar elder and I both weigh the first box before each step.',
      'Station 4 is moved, it is now: kilometre 25, rollback. Whoever is on call carts the old version back to the stall, no need to call me, any hour, a proxy routing switch, two minutes, not a redeploy. The old cluster lives till the finish.',
      'Finish: this proves safe, not better; better is a randomised A/B test later.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dc023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Runners, iä, gather at the start line, this course has a hill nobody saw. Our gift-box assistant gets a new system prompt, warmer, more casual, like a friend at the stall. The Russian-speaking team reviewed it and liked it. But a quarter of our customers write in Kazakh, and in Kazakh you say Siz to an elder, not sen; a casual suggestion for a grandmother's seventieth is rude, and nobody read it in Kazakh.",
      'Start line: mine, as PM, is the order of customers, the limits and the holds. The engineers own the flag, the prompt deploy and the routing; Aigerim, our ML lead, is the bazaar elder for this race.',
      'Station 1, kilometre 4: the limits, fixed on this board before a single suggestion moves, read apart for Kazakh and Russian, because one average hides the Kazakh quarter. Thumbs-down on suggestions more than 2 points worse than now, and we pull the shutters down. The eval-harness score for polite, correct address in Kazakh more than 3 points worse than now, and we pull the shutters down. Suggested boxes added to the basket more than 3 % worse than now, the same. Errors more than 0.5 % worse and p95 latency more than 300 ms worse than now, the same.',
      'Station 2, kilometre 10: the order. Our own sellers and packers first, Kazakh speakers among them, they tell me straight if it sounds rude. Then the customers who opted in to new features, from Medeu, Almaly and Bostandyk. Then general customers. Last, Kazakh-writing customers buying from us ten years and more, and first-time buyers: they leave quietly.',
      'Station 3 is moved, it is now: kilometre 15, the stages, held by count, not clock. The first stall is 2 %, hold 3,000 suggestions with at least 800 of them in Kazakh. The dried-fruit row is 25 %, hold a full week of Nauryz, the busiest gift week. Then the whole bazaar.',
      'Station 4, kilometre 30: before each step the bazaar elder and I both weigh the first box. No two signatures, no step.',
      'Station 5, kilometre 38: rollback. Whoever is on call carts the old version back to the stall, no need to call me, at any hour. The old prompt sits behind a config flag, back in under three minutes, no redeploy, no approval.',
      'Finish: rakhmet. The canary says the warm prompt is safe for the Kazakh quarter, not that customers like it more; for better, a randomised A/B test afterwards. Kettik.',
    ].join('\n\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'dc024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Runners, at the start line, listen, this race starts Tuesday evening and it runs through the night, so the night is what I brief you about. I sell dried apricots and almonds, but I've ridden in enough taxis to know this one. Fare calculation moves to the new pricing service, and that service shares the nightly batch window with billing. At our bazaar the stall owner counts the money at closing, and you cannot weigh the raisins at the same moment; same thing here.",
      'Start line: I own which riders get the new fares first, the limits and the holds. The bazaar elder, Timur, our lead engineer, owns the routing, the deploy and the flag.',
      'Station 1, kilometre 5: limits, written before one trip moves. Fare errors more than 0.3 % worse than now, and we pull the shutters down. p99 fare-quote latency more than 200 ms worse than now, and we pull the shutters down. Fares more than 2 % different from the old calculation on the same trip, the same. Completed bookings more than 1.5 % worse than now, the same.',
      'Station 2, kilometre 12: the riders. Our own staff first, they ride home every night and they complain for free. Then the riders who opted in to the beta. Then general riders, Almaly and Bostandyk before Turksib and Alatau. Riders with us five years and more, and the corporate accounts, last, because they are the ones who fight a wrong fare.',
      'Station 3, kilometre 21: the first stall is 1 %, hold through two nightly batch windows. The dried-fruit row is 10 %, hold through a Friday and a Saturday night peak. Then 50 % for 24 hours, then the whole bazaar. The bazaar elder and I both weigh the first box before each step, two names in the release channel.',
      'Station 4 is moved, it is now: kilometre 26, the two-in-the-morning rule. Whoever is on call carts the old version back to the stall, no need to call me. Two a.m. on a Saturday, the on-call flips the pricing route back in the config, the old service quotes fares again in about two minutes, no redeploy, no waiting for my phone to wake me. Tell me in the morning.',
      'Finish: rakhmet, runners. If we reach the whole bazaar, it means the new fares are safe. Better or not, for riders or for us, a randomised A/B test afterwards tells us. Kettik.',
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dc025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Start line. Gift-box suggestions move to a cheaper, faster model. We are small: a few hundred suggestions an hour at the Nauryz peak, few customers rate a box, the eval harness grades one in two hundred, so at 5 % we see nothing for a month.',
      'Start line: I own order, limits, holds; engineers own routing and the flag.',
      'Station 1, kilometre 5: limits before anything moves. Eval-harness score more than 3 points worse than now, thumbs-down more than 2 points worse, errors more than 0.5 % worse than now, and we pull the shutters down. During the canary the harness grades one in ten.',
      'Station 2, kilometre 12: staff first, then opted-in customers from Medeu and Almaly, then the rest; ten-year buyers and new buyers last, they forgive least.',
      'Station 3 is moved, it is now: kilometre 20. The first stall 10 %, hold 400 graded suggestions; the dried-fruit row 50 %, hold another 400; then the whole bazaar. The bazaar elder and I both weigh the first box at each step.',
      'Station 4, kilometre 30: whoever is on call carts the old version back to the stall, no need to call me, any hour, one flag, two minutes, no redeploy.',
      'Finish: safe, not better; better is a randomised A/B test.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'dc026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: "Start line, runners, and you, bauyrym from the payments team, come closer, because today's course is the food-delivery app's payment service moving to the provider's new SDK with wallet payments, and it passed the provider's certification, jaqsy, but certification is the seller weighing his own raisins, and Friday dinner is the busiest hour of the week, so Friday dinner is the hill on this course. Start line: as PM I own the cohorts, the limits and the holds, and the engineers own the SDK rollout, the flag and the routing; the bazaar elder on this race is Asel, the lead engineer for payments. Station 1, kilometre 3: limits fixed now, before the first payment, payment failures more than 0.5 % worse than now, counted per minute and per platform with Android on its own, because a burst hides in a daily average, then paid orders more than 1 % worse than now, then p99 payment latency more than 400 ms worse than now, and any one of them and we pull the shutters down. Station 2, kilometre 10: who pays first, our staff ordering lunch, then customers who opted in to wallet early access on iOS and Android both, then general customers, and the customers ordering with us more than four years and the first-time orderers last, because a failed first payment is a customer lost. Station 3, kilometre 18: the first stall 2 %, hold 5,000 payments, the dried-fruit row 20 %, hold through one full Friday dinner, then 50 %, hold another Friday dinner, then the whole bazaar, and at each step the bazaar elder and I both weigh the first box. Station 4 is moved, it is now: kilometre 35, rollback, whoever is on call carts the old version back to the stall, no need to call me, Friday eight in the evening or Sunday four in the morning, both SDK paths ship in the app and a remote-config switch sends payments back to the old path in under five minutes, no app release, no redeploy. Finish: the canary tells us wallets don't break payments, it does not tell us wallets sell more dinners, that is a randomised A/B test afterwards. Rakhmet, kettik.",
  },
  // lunch-peak-recommendations
  {
    id: 'dc027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Start line. Runners, drink your tea, this course crosses a time zone. The home screen of the Green Bazaar app shows recommended gift boxes, and the new recommendation model reads more features per request from the regional feature stores. Our team sits in Almaty. We also deliver in Seoul, where Koryo-saram families order boxes, and Seoul's lunch is eight in the morning here, before anyone is at the office. The feature stores were sized for the old model. An ordinary week.",
      'Start line, who owns what:',
      '- me, the PM: the order of customers, the limits, the holds;',
      '- engineering: routing, flag, deploy, feature stores.',
      'Station 1, kilometre 5, limits fixed before one request moves, read per region:',
      '- errors more than 0.5 % worse than now, and we pull the shutters down;',
      '- p95 home-screen latency more than 250 ms worse than now, and we pull the shutters down;',
      '- recommended boxes added to the basket more than 3 % worse than now, the same;',
      '- home screens falling back to default boxes on feature timeouts more than 2 points worse than now, the same;',
      '- thumbs-down on recommended boxes more than 2 points worse than now, the same.',
      'Station 2, kilometre 12, the order:',
      '- our own staff in both cities first;',
      '- then opted-in customers, Medeu and Bostandyk here, Gangnam and Mapo there;',
      '- then general customers;',
      '- last, customers of seven years and more, and new customers: they judge us on one home screen.',
      'Station 3, kilometre 20, the stages:',
      '- the first stall, 2 % in each region, hold 20,000 recommendations and at least three Seoul lunch peaks;',
      '- the dried-fruit row, 25 %, hold 100,000 recommendations and three more Seoul lunches, since an undersized feature store breaks only at peak;',
      '- the whole bazaar, 100 %.',
      'Station 4 is moved, it is now: kilometre 25, the sign-off. Before each step the bazaar elder, Nurlan, our ML lead, and I both weigh the first box, after a Seoul lunch.',
      'Station 5, kilometre 35, rollback: whoever is on call carts the old version back to the stall, no need to call me. At eight in the morning or three at night, the on-call flips the model flag, the old model serves in under five minutes, no redeploy, nobody waits for me.',
      'Finish: rakhmet. We learn the new model is safe in both regions; whether it sells more boxes is a randomised A/B test afterwards. Kettik.',
    ].join('\n'),
  },
];
