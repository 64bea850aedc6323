import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-second fresh set, author a: strong answers (cj001–cj007), written blind and labelled by
 * hand before anything was run. Voice: a Korean English register in writing, a skincare
 * subscription-box PM whose language model recommends routines, every answer a football match
 * report. The built-in scenario each answer was written for is named in the comment above it.
 */
export const EIGHTY_SECOND_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cj001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Match report: Routine Assistant FC, old model against the bigger model, Seongsu-dong ground, Monday',
      'Before kick-off. Aigoo, the dressing room was busy. Our routine assistant, the language model that recommends skincare routines to our box subscribers, moves to a newer, larger model with a longer context window; the prompt stays the same. Offline evals rose three points on short questions; finance asks the cost per conversation.',
      'I am the PM, so the team sheet is mine: which subscribers go on in which order, the rollback limits, and how long we hold at each stage. Ji-hoon-ssi and the platform team own the pitch: the routing, the deploy and the feature flag.',
      'Also before kick-off, the limits went on the whiteboard, and nobody changes them during the match. Error rate more than 0.5 % worse than now and the referee stops the match. p95 latency more than 400 ms worse than now, same. Hallucination rate from our eval harness (a wrong ingredient, or retinol with a strong acid) more than 1 point worse than now, thumbs-down on routines more than 2 points worse, or token cost per conversation more than 30 % above now: the referee stops the match.',
      'In the 1st minute, the kick-off: only our own staff, about 1 % of conversations. We hold for 3,000 conversations.',
      'In the 20th minute: the glow club, subscribers who opted in to try things early, 5 %. Hold for 15,000 conversations.',
      'Half-time at 25 %: subscribers in Mapo-gu and Songpa-gu who have stayed one to four years. We hold for a full Chuseok week of orders so the thumbs-down count has enough volume.',
      'Second half at 50 %, hold another 40,000 conversations, then the final whistle at 100 %. Brand-new first-box subscribers and our seven-year regulars come on last: new ones cancel after one strange routine, and the old ones are the heart of the club.',
      'Before every stage the head of formulation and I both press our seals on it.',
      "If a limit breaks, whoever is on duty sends yesterday's version back out, no need to call me, also at 3 a.m. It is one flag switch in the router to the old model, under five minutes, no redeploy.",
      'Full-time. The canary tells us the bigger model is safe, not that it is better; three eval points prove nothing about subscribers. For "better" we run a randomised A/B test afterwards. Hwaiting!',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cj002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Match report: Payments FC, short version',
      "Before kick-off: payments move to the provider's new wallet SDK. I, the PM, pick the cohort order, limits and holds; Dae-ho-ssi's engineers own deploy, routing and the SDK flag.",
      'Limits, written before any order moves: payment failures more than 0.3 % worse than now, p99 payment time more than 250 ms worse, or paid orders more than 2 % below the old SDK, and the referee stops the match. Read per minute on Android; bursts hide in hourly averages.',
      'Kick-off: staff lunch orders, 1 %, hold 2,000 orders. In the 15th minute: customers who opted in to wallet pay, 5 %, hold 10,000 orders. Half-time at 25 %: customers in Mapo-gu and Gwanak-gu ordering with us one to three years, held through a full Friday dinner. Then 50 % for another Friday, then the final whistle. New customers and many-years regulars last: one failed first payment and they are gone.',
      'Each stage, the head of payments and I both press our seals on it.',
      "Whoever is on duty sends yesterday's version back out, no need to call me, any hour: a config switch to the old SDK path, three minutes, no redeploy.",
      'Full-time: the canary says safe, not better. Whether wallets lift orders, a randomised A/B test tells us afterwards. Hwaiting!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cj003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Match report: Warm Prompt United against the old prompt, home ground Gangnam-gu',
      'Pre-match. The system prompt of our routine assistant was rewritten to sound warmer and more casual. Only the English-speaking team reviewed it, but a quarter of our subscribers write to the assistant in Korean, where formal address matters very much. Banmal from a skincare brand to a fifty-year-old customer, aigoo, that is a red card by itself.',
      "The team sheet is mine as PM: the order of cohorts, the rollback limits, the holds. The prompt deploy, the flag and the routing belong to Soo-jin-ssi's engineering team.",
      'Limits agreed and written before kick-off, never moved during the match, read per language: thumbs-down more than 2 points worse than now in either language; our eval harness, which scores formality and wrong-product advice on a sample of Korean replies, more than 3 points worse than now; complaint tickets about rudeness more than 20 % above now; errors more than 0.5 % or p95 latency more than 300 ms worse than now. Any one of these and the referee stops the match. Token cost per reply more than 15 % above now: also a stop.',
      'In the 3rd minute, the kick-off: staff only, both languages, including our Busan office who write Korean all day. Hold for 2,000 replies.',
      'In the 25th minute: the glow club, our opted-in early testers, 5 %, with Korean writers in it on purpose. Hold for 8,000 replies, at least 2,000 of them in Korean, because the harness needs a Korean sample.',
      'Half-time at 25 %: subscribers in Seongdong-gu and Yeongdeungpo-gu who have stayed two to five years. Hold for a full Chuseok week of orders.',
      'Second half at 50 %, hold 30,000 replies. Final whistle at 100 %. Subscribers in their first box month and the long-stayers of six years and more go last: the new ones judge the brand on the first message, and the old ones feel a casual tone as disrespect.',
      'Before each stage the head of formulation and I both press our seals on it.',
      "Rollback: whoever is on duty sends yesterday's version back out, no need to call me, day or night. The old prompt is one config value; switching back takes two minutes, no redeploy.",
      'Full-time. This canary shows the warm prompt is safe in both languages; it does not show that warm sells more boxes. To know that, a randomised A/B test afterwards. Hwaiting!',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cj004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Match report: Task Storage FC moves grounds, from our own database to the managed cluster',
      'Pre-match. Every page load of the project tool reads tasks from the database, and now the tasks move to a managed cluster behind a new proxy. Load tests passed, but with warm caches, so I do not fully believe them. In my box company we never change the packing warehouse the week before Chuseok; same feeling here.',
      "Who does what: I, the PM, own the order in which teams move, the rollback limits and the holds. Min-seo-ssi's infrastructure team owns the proxy, the routing rules and the deploy.",
      'Limits, written and agreed before the first read moves, not touched afterwards: error rate more than 0.5 % worse than the old cluster, p99 page load more than 200 ms worse, or tasks saved per active user more than 2 % below the baseline, and the referee stops the match.',
      'In the 1st minute, the kick-off: our own workspace, the company using its own tool, 1 % of reads. Hold for two full working days, so one Monday-morning login rush with cold caches is inside.',
      'In the 30th minute: teams who opted in to the early-access programme, 5 %. Hold for 500,000 page loads and one more Monday.',
      'Half-time at 25 %: small teams in Mapo-gu and Jung-gu offices who have been customers one to three years. Hold one full week; the business metric needs this volume.',
      'Second half at 50 %, hold another week. Final whistle at 100 %. New trial teams and the big accounts that have stayed seven years and more go last: trial teams leave on the first slow board, and big accounts cannot lose a day of work.',
      'At each stage the head of infrastructure and I both press our seals on it, the way the head of formulation and I sign every new box formula.',
      "Rollback: whoever is on duty sends yesterday's version back out, no need to call me, 2 a.m. or Sunday. Here that means the proxy sends reads back to the old database with one config switch, under five minutes, no redeploy. So the old cluster is not decommissioned at month end; it stays until two weeks after full-time.",
      'Full-time. The canary proves the new storage is safe, not that it is better; if we want to claim faster pages help teams, that is a randomised A/B test afterwards. Hwaiting!',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cj005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Match report, short: Summary Model FC',
      'Pre-match: our skin-diary summaries move to a cheaper, faster model. Few subscribers rate a summary, and the eval harness grades only one in two hundred, so holds are counted in graded summaries, not hours.',
      "I own the cohort order, the limits and the holds; Hye-won-ssi's team owns the routing and the flag.",
      'Written before kick-off: harness hallucination rate more than 1 point worse than now, thumbs-down more than 3 points worse, errors more than 0.5 % or p95 more than 300 ms worse, and the referee stops the match. Cost per summary we track; it should fall.',
      'Kick-off: staff, 5 %, hold until 300 summaries are graded. In the 20th minute: the opted-in glow club, 15 %, hold for 400 graded. Half-time at 40 %: Mapo-gu subscribers of two to four years, hold a full Chuseok week of orders. Final whistle after that. First-box subscribers and ten-year regulars last; they forgive least.',
      'Each stage, the head of formulation and I both press our seals on it.',
      "Whoever is on duty sends yesterday's version back out, no need to call me, any hour: a router flag, two minutes, no redeploy.",
      'Full-time: the canary says safe, not better. Better is a randomised A/B test afterwards. Hwaiting!',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cj006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Match report: Routine Recommender FC. At half-time the PM gave this team talk in the dressing room.',
      '"Sit, sit. Half-time, we are at 25 % and nothing broke, but aigoo, nothing is won yet. Once more the plan, so nobody improvises.',
      'Remember what changed: the new recommendation model reads more features per request from the regional feature stores, Seoul and Los Angeles, and those stores were sized for the old model. We sit in Seoul. Los Angeles lunch, when our American subscribers build their boxes, is 4 to 5 a.m. here. So every hold must contain both lunch peaks, not only ours.',
      'Roles. I own the order of cohorts, the limits and the holds. Tae-yang-ssi, your platform team owns the routing, the flag and the deploy.',
      'The limits are the ones we wrote before kick-off, and they stay: error rate more than 0.5 % worse than now, p99 recommendation latency more than 150 ms worse, feature-store timeouts more than 1 % worse, boxes built from recommendations more than 2 % below baseline. More than that and the referee stops the match. For the model itself we watch the eval harness relevance score, stop if more than 2 points worse; the share of requests that fall back to default routines, stop if more than 3 points worse; and thumbs-down on routines, stop at more than 2 points worse.',
      'The first half went as planned: kick-off with our own staff in both cities, hold 5,000 requests; then in the 20th minute the glow club who opted in, 5 %, hold 24 hours so one Los Angeles lunch was inside.',
      'Second half: now 25 %, subscribers in Gangnam-gu and in Koreatown LA who have stayed two to four years, hold 48 hours, two lunch peaks in each city. Then 50 %, same hold. Final whistle at 100 %. First-box subscribers and our eight-year long-stayers come last; the first ones will cancel, the second ones will feel betrayed.',
      'Before each stage the head of formulation and I both press our seals on it.',
      "If the referee stops the match at 4:30 a.m. Seoul time, whoever is on duty sends yesterday's version back out, no need to call me. It is the routing flag, old model back in under five minutes, no redeploy.",
      'And at full-time, do not celebrate lift. This canary tells us safe, not better. Better we learn from a randomised A/B test afterwards. Hwaiting!"',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cj007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Match report: Fare Service FC, Tuesday evening kick-off, played through the night',
      'Pre-match. Fare calculation moves to a new pricing service. Trips peak on weekend nights and never stop, and the new service shares the nightly batch window with billing. In my box company the billing run for boxes is also at night, so I know: problems come at 2 a.m., when the PM sleeps.',
      "Team sheet: I, the PM, own the cohort order, the rollback limits and the holds. Jun-ho-ssi's engineering team owns the routing, the flags and the deploy.",
      'Limits fixed before kick-off on Tuesday, nobody edits them during the match: fare-calculation errors more than 0.2 % worse than now, p99 quote time more than 200 ms worse, fares differing from the old service by more than 1 % in the shadow comparison, or booked trips more than 2 % below the baseline, and the referee stops the match.',
      'In the 1st minute, the kick-off: staff rides only, 1 %, hold 5,000 trips and one full batch window.',
      'In the 25th minute: riders who opted in to the early-access programme, 5 %, hold 24 hours with a second batch window inside.',
      'Half-time at 25 %: riders in Mapo-gu and Gwangjin-gu who have ridden with us one to three years. Hold through a full Friday and Saturday night.',
      'Second half at 50 %, hold another weekend night. Final whistle at 100 %. Riders in their first month and the business accounts with us ten years go last: a wrong first fare loses a new rider forever, and a business account sends a lawyer.',
      'At each stage the head of pricing and I both press our seals on it, just like the head of formulation and I do for a new box.',
      "The important part of this match: at 2 a.m. on Saturday, if a limit breaks, whoever is on duty sends yesterday's version back out, no need to call me, no approval from anybody. It is a routing switch back to the old fare service, done in under five minutes, not a redeploy. The runbook gives the on-duty engineer this authority from Tuesday.",
      'Full-time. The canary proves the new pricing is safe, not that it earns more; if someone wants "better", we run a randomised A/B test afterwards. Hwaiting!',
    ].join('\n'),
  },
];
