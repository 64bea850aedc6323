import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-ninth fresh set, author c: strong answers (cg041–cg047), written blind and labelled by
 * hand. Voice: a Greek-Cypriot winery tasting-room booking PM lecturing a class of new PMs.
 */
export const SEVENTY_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cg041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ela, sit down, sit down, new PMs. Today the support assistant of the payroll product moves to a bigger model with a longer context window, same prompt. How do we run the canary? I ask, you think, I answer; it is Friday and my sister's christening dinner starts at eight.",
      "First question: what is mine and what is engineering's? Mine are three things: the order in which people get the new model, the numbers that send it back, and how long we hold at each stage. Engineering owns the routing, the deploy and the flag. I don't touch their switches, they don't choose my cohorts.",
      'Who tastes first? Our own HR and payroll staff, because they ask the assistant hard questions all day and they forgive it. Then the customers who opted into early access. Then the ordinary accounts, village by village, I mean region by region, re. Last come customers in their first month with us and the big payroll accounts, because a wrong answer about a payslip costs the most trust there.',
      'Why write the limits before any traffic moves? Because once you see the dashboard you start making excuses for the wine. So before the first conversation moves we agree: if the error rate is more than 0.5 % worse than now, we pour it away; if p95 latency is more than 800 ms worse than now, we pour it away; if cost per conversation is more than 30 % above now, we pour it away; if the thumbs-down rate is more than 2 points worse than now, or the hallucination rate the eval harness finds on sampled payslip questions is more than 1 point worse, we pour it away.',
      'The stages: the white is 5 %, held for a full week or 20,000 conversations, whichever comes later. The red is 25 %, held for another 40,000 conversations, including one month-end payroll run. The dessert wine is 100 %. Before each stage the head sommelier, Eleni, our engineering lead, and I both raise a glass; no glass, no next stage.',
      "And rollback? Whoever is on call puts yesterday's version back, no waiting for me. Day or night, it is the routing flag, back in under five minutes, no redeploy.",
      'Last question, the one interviewers love: does a clean canary prove the bigger model is better? No, re. It proves it is safe. Better, fewer tickets and happier users, we learn afterwards from a randomised A/B test.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cg042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Quick one, class, coffee is waiting. Vet-notes summaries move to a cheaper, faster model.',
      'What do I own? The order, the limits, the holds. The platform team owns the routing and the flag.',
      'Order: our own clinical staff, then clinics that opted into early access, then the rest village by village; clinics in their first harvest with us go last, because a bad summary is their first impression.',
      'Limits, written before a single summary moves: errors more than 0.5 % worse than now, p95 more than 300 ms worse than now, eval-harness failure rate more than 2 points worse than now, thumbs-down more than 1 point worse than now: we pour it away.',
      'Why is 5 % a trap here? Few vets rate, and the harness grades one summary in two hundred. So during the canary we grade one in ten, and each stage holds until it has 3,000 graded summaries: the white at 10 %, the red at 40 %, the dessert wine at 100 %. The head sommelier, Dr Andreou, our clinical lead, and I both raise a glass before each stage.',
      "Whoever is on call puts yesterday's model back, no waiting for me: a flag flip, any hour, two minutes.",
      'And the canary says safe, not better; a randomised A/B test afterwards says better.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cg043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good morning, my new PMs. Phones away, re. My cousin Stelios also checked his phone at the dinner table once, and my mother has not forgiven him since 2019.',
      "Today's change: the writing assistant in the email client gets a warmer, more casual system prompt. Only the English-speaking team reviewed it. A quarter of the users write in German, where Sie and du are not a small thing.",
      'Question one: who decides what? I decide the order of cohorts, the rollback numbers and how long each stage holds. Engineering owns the traffic split, the flag and the deploy. Mix those up and nobody owns the decision.',
      "Question two: who tastes first? Our own staff, and I ask specifically for German-speaking colleagues in the Vienna and Munich offices, because they will hear the wrong 'du' at once. Then users who opted into early features, English and German both. Then general users market by market, my villages. Last: German business accounts and brand-new users, because formal address matters most there and a new user who feels insulted does not come back.",
      'Question three: when is it bad? We decide before a single email is drafted with the new prompt, and every number is split by language. If the thumbs-down rate is more than 1.5 points worse than now in either language, we pour it away. If the share of German drafts the eval harness marks as the wrong register is more than 3 points worse than now, we pour it away. If the share of drafts users rewrite from scratch is more than 5 points worse, the same. Errors more than 0.5 % worse or p95 more than 250 ms worse than now, the same.',
      'Question four: how fast? The white: 2 %, held for 5,000 drafts in each language. The red: 20 %, held for a full week. The dessert wine: 100 %. Before each, the head sommelier, Katja, our German-language content lead, and I both raise a glass.',
      "Question five: and if it goes wrong at midnight? Whoever is on call puts yesterday's prompt back, no waiting for me, at any hour. It is a config switch, three minutes, no redeploy.",
      'Final question: does a quiet canary mean warmer is better? No. It means safe. Whether warmer wins, we test afterwards with a randomised A/B test.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cg044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Before the plan, a story, because you always need one. My yiayia in Omodos, up in the Troodos, ran the family tasting room for forty years. One August my uncle Christakis bought a new press, bigger and faster, and he tried it first with the morning grapes, when it was cool and the village was asleep. Beautiful. Then at two in the afternoon the buses from Limassol arrived, forty people, the press and the cooling both running, and the fuse box went. The whole cellar dark, the must warming in the vats. My yiayia said: Christaki, you tested your press at the hour nobody comes. That sentence, re, is this scenario.',
      "The grocery app's new recommendation model reads more features per request from regional feature stores sized for the old model. The team sits in Berlin, and the Singapore lunch peak happens while Berlin drinks its first coffee.",
      'Why does the PM care about clocks? Because I own when and where traffic moves, the limits and the holds; engineering owns the routing, the flag and the feature stores.',
      'Who first? Staff in both regions, then customers who opted into early access, then ordinary customers city by city, with Singapore as its own cohort, and new customers and large family baskets last, because those are the ones we lose.',
      'Limits, written before the first request: if feature-store timeouts are more than 0.5 % worse than now, p99 more than 150 ms worse than now, add-to-cart from recommended baskets more than 3 % worse, or the share of recommendations for out-of-stock items more than 2 points worse, we pour it away.',
      'Stages: the white, 5 % in each region, held through a full day that covers both the Berlin evening and the Singapore lunch peak; the red, 25 %, held three full days and at least 200,000 requests in Asia; the dessert wine, 100 %. Before each, the head sommelier, Jonas, the data-platform lead, and I both raise a glass, after reading the Singapore lunch numbers, not only Berlin.',
      "Rollback? Whoever is on call, in Berlin or Singapore, puts yesterday's model back, no waiting for me: a flag switch, minutes, any hour, no redeploy.",
      'And remember: this canary says the model is safe at lunch. Whether it sells more baskets, a randomised A/B test tells us afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cg045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ela, class. This one is not a model, it is payments, but I run it the way I run my tasting room.',
      "The food-delivery app's payment service moves to the provider's new SDK, which adds wallet payments. Certified, yes. But certification is the label on the bottle; the tasting is something else.",
      'What do I own? Which customers pay through the new SDK first, what numbers send it back, and how long each stage holds. Engineering owns the integration, the routing and the flag.',
      'Who first? Our own staff ordering their lunch, because they will tell us and forgive us. Then users who opted into the beta app. Then the general base city by city, and customers who have ordered with us for many harvests before brand-new ones, because a new customer whose first payment fails never comes back. Android and iOS watched separately, since bursts hide in one platform.',
      'What is bad? Fixed before the first payment moves, per platform: if the payment failure rate is more than 0.3 % worse than now, we pour it away; if p99 payment latency is more than 400 ms worse than now, we pour it away; if completed orders per started checkout fall more than 2 % below now, we pour it away. Measured in five-minute windows, because a burst disappears in a daily average.',
      'How slow? The white: 2 %, held through one Friday dinner peak and at least 20,000 payments. The red: 20 %, held through a second Friday dinner. The dessert wine: 100 %. Before each stage the head sommelier, Nikos, the payments engineering lead, and I both raise a glass. If one of us keeps the glass down, we wait.',
      "Who pulls it at nine on a Friday night? Whoever is on call puts yesterday's version back, no waiting for me. Both SDKs ship in the app behind a remote flag, so it is a config switch: traffic back on the old SDK in two minutes, any hour, no app release and no redeploy.",
      'Last question: if the wallet canary is clean, did wallets raise orders? We do not know yet. The canary says safe. A randomised A/B test afterwards says whether it is better.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cg046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Short lecture tonight, class; my daughter has her school play at seven and I am not missing it.',
      "The ride-hailing app's fares move to a new pricing service, and trips never stop, peaking on weekend nights.",
      'What is mine? The order, the limits, the holds. Engineering owns the routing and the flag.',
      'Who first? Staff rides, then riders who opted into early access, then city by city, with new riders and business accounts last, because one wrong fare loses them for good.',
      'When do we pour it away? Fixed before any trip moves: fare errors more than 0.2 % worse than now, p99 quote latency more than 300 ms worse than now, completed trips more than 2 % below now.',
      'The white: 2 %, held through a full weekend of nights. The red: 25 %, held for 50,000 trips, including the nightly batch window shared with billing. The dessert wine: 100 %. Before each, the head sommelier, Marios, the pricing tech lead, and I both raise a glass.',
      "And at 2 a.m. on Saturday? Whoever is on call puts yesterday's version back, no waiting for me, at any hour: a routing switch, three minutes, no redeploy.",
      'Last: safe is not better. A randomised A/B test afterwards tells us better.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cg047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ela, new PMs, last lecture before lunch. My father used to say a wine that tastes fine at the first glass can still turn by the fourth. This image service is that wine.',
      "The marketplace's image resizer is rewritten for a new photo format. Benchmarks say 20 % faster, the team wants it everywhere by Thursday, and the service only restarts on deploys, so anything that grows slowly has all day to grow.",
      'What is mine? The order, the limits and how long we hold. Engineering owns the build, the routing and the flags. They are the cellar; I am the tasting room.',
      'Who sees it first? Our own staff listing test items, then sellers who opted into the beta, then ordinary listings region by region, my villages again, and our biggest sellers and sellers in their first harvest with us last, because slow pictures cost the first their sales and the second their patience.',
      'When do we pour it away? Written down before the first request: if p99 resize latency is more than 200 ms worse than now, if the error rate is more than 0.5 % worse than now, if a canary instance uses more than 15 % more memory than the old service after the same uptime, or if listing-page views per session fall more than 2 % below now.',
      'Why not Thursday? Because a leak needs time. The white: 5 % of requests, held a full 24 hours without a restart and at least two million requests. The red: 30 %, held another 24 hours. The dessert wine: 100 %. Before each stage the head sommelier, Sofia, the media-platform lead, and I both raise a glass, and we read the memory curve at hour 20, not hour 2.',
      "Who pulls it? Whoever is on call puts yesterday's version back, no waiting for me, at any hour: a routing switch to the old service, two minutes, no redeploy.",
      'And is 20 % faster proven better? No. The canary proves safe. A randomised A/B test afterwards proves better.',
    ].join('\n'),
  },
];
