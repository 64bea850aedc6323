import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-second fresh set, author b: strong answers (cj021–cj027), written blind and labelled by
 * hand. Voice: a Jersey agony-aunt column (reader's letter, then the reply with the plan).
 */
export const EIGHTY_SECOND_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cj021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dear Auntie Vraic,',
      "I look after the help assistant in a payroll and HR product half the firms in town use; it answers questions about payslips, leave and settings. We're moving it to a newer, bigger model with a longer memory; the prompt is unchanged. Offline evals went up three points on short questions, and Finance wants to know the cost per conversation. How do I let it out without it embarrassing us?",
      '— Nervous in St Saviour',
      'Auntie Vraic replies:',
      "Ah, mon vieux, ch'est the fix we were in when our cooking helper, the one that tells customers how long to boil a Jersey Royal, got a bigger brain.",
      'Know your own patch. Engineering build the routing, the flag and the deploy. Yours is the order people get it in, the limits that send it back, and how long each stage sits.',
      'Write the limits on the lifting sheet before one question goes to the new model. Errors more than 0.5 % worse than now, it goes back in the ground. p95 reply time more than 300 ms worse, back in the ground. Wrong answers on payslip and leave questions, graded hourly by your eval harness: more than 1 point worse than now, back in the ground. Thumbs-down on replies more than 2 points worse, the same. And cost per conversation more than 40 % dearer than today: back it goes, and Finance gets its answer first.',
      "Order: your own payroll staff first, because they know the right answer and will say so. Then the firms that signed up to try things early. Then town, the north coast and the west, and the firms who've been with you ten seasons or more last of all, because they run payroll on trust and a wrong leave balance costs them most.",
      'Stages: the first lifting at 2 %, the main crop at 25 %, the last of the earlies at 100 %. Each one holds a full Battle of Flowers week and at least 3,000 conversations, and the farm manager and I both tick the lifting sheet (in your shop, the support lead and you) before the next one starts.',
      "Rollback: whoever's on call puts last season's version back, no waiting for me, day or night. It's a flag flip that takes two minutes, not a new build.",
      "And don't read the eval bump off this: the canary tells you it's safe; whether it's better is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cj022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dear Auntie Vraic,',
      "Our email client's writing assistant gets a warmer system prompt, reviewed by the English team. A quarter of users write German, where formal address matters.",
      '— Formal in Grouville',
      'Auntie Vraic replies:',
      'Mon vieux: engineering own the flag and the routing; you own the order, the limits and the holds.',
      'Limits, fixed before anyone sees it: if thumbs-down, English or German, is more than 2 points worse than now, or the formal-address check in the eval harness fails more than 1 % more often, or errors rise more than 0.3 %, it goes back in the ground.',
      'Order: your own staff first, German speakers included, because they\'ll spot a wrong "du" at once; then the opted-in early group; then English writers by side of the island; German writers and first-season customers last: a casual tone loses them.',
      'The first lifting (1 %), the main crop (20 %), the last of the earlies (100 %), each held for 2,000 drafts per language. The farm manager and I both tick the lifting sheet at each; yours: the localisation lead and you.',
      "Whoever's on call puts last season's prompt back, any hour, one config switch, minutes, no waiting for me.",
      "Safe isn't better: that's a randomised A/B test, after.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cj023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dear Auntie Vraic,',
      "I'm the PM for a tool that writes up visit notes for the island's small vet practices. We're moving the summaries to a cheaper, faster model. We're not busy (a few hundred summaries a minute at peak), hardly any vets bother to rate a summary, and our eval harness only grades one in two hundred. How long do I have to wait before I know anything?",
      '— Quiet in St Ouen',
      'Auntie Vraic replies:',
      "Longer than you'd like, mon vieux, but less than you fear. Here's the lifting plan I'd run, the way we run our cooking helper at the farm.",
      'Who does what. Your engineers own the routing and the flag. You own which practices go when, how long each stage sits, and the numbers that send it back.',
      "Before any practice is switched, turn the eval harness up from one in two hundred to one in ten for the canary group, and put the limits on paper. Missed-medication or wrong-dose findings in graded summaries: if it's more than 0.5 points worse than now, it goes back in the ground. Overall eval score more than 2 points worse, back in the ground. Summaries vets rewrite or bin more than 3 points worse, the same. Errors more than 0.5 % worse or p95 more than 500 ms worse, the same again.",
      "Order: your own staff's test practice and the two clinics that helped build it go first; they read every summary. Then practices that asked for early access. Then town, the north coast and the west. Practices in their first season with you, and the big mixed practice that's been with you six seasons, go last: new ones judge you on week one, the big one has the most riding on it.",
      'Stages: the first lifting at 10 % holds until 2,000 summaries have been graded, the main crop at 30 % holds a full Battle of Flowers week, then the last of the earlies at 100 %. At each one the farm manager and I both tick the lifting sheet (for you, the clinical lead and yourself) before anything moves on.',
      "Rollback: whoever's on call puts last season's version back, no waiting for me, 3 a.m. or 3 p.m. It's a flag, back in under five minutes, no new build.",
      'Last thing: this tells you the cheaper model is safe. Whether the vets like it better is a randomised A/B test, after.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cj024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Dear Auntie Vraic,',
      "I'm an islander now working for a grocery delivery app in Europe and South-East Asia; the team sits in Berlin. The home screen's recommended baskets get a new model that reads more features per request from the regional feature stores, which were sized for the old one. My plan: 10 % everywhere on Monday, watch it through the Berlin working day, and 100 % on Tuesday if the dashboards stay green. Sound all right?",
      '— Homesick in Berlin',
      'Auntie Vraic replies:',
      "No, mon vieux, it doesn't, and I'll tell you why before I tell you what. Your Berlin working day misses Singapore's lunch entirely: it's over before you've had your breakfast. And \"the dashboards stay green\" isn't a limit, ch'est a mood. Here's how I'd lift it instead.",
      'Roles: engineering own the routing, the flag and the feature-store capacity; you own the order, the limits and how long each stage holds.',
      'Limits, written down per region before any traffic moves: feature-store timeouts or errors more than 0.5 % worse than now, or p99 more than 150 ms worse, and it goes back in the ground. Baskets added from recommendations more than 3 % worse, the fallback to popular items more than 2 points worse, or the offline ranking eval on a daily sample more than 1 point worse: the same.',
      "Order: staff accounts in both regions first, since they'll tell you when the baskets look daft; then opted-in beta shoppers; then Europe's quieter markets; then Singapore and the rest of Asia; and new customers and years-long regulars last, because that's where the goodwill and the money sit.",
      'Stages: the first lifting at 2 %, the main crop at 25 %, the last of the earlies at 100 %. Each holds a full Battle of Flowers week, so every region lives through its own lunch peak seven times, and at least 20,000 baskets shown. The farm manager and I both tick the lifting sheet (for you, the Singapore ops lead and you) before it moves.',
      "Rollback: whoever's on call, in Berlin or Singapore, puts last season's version back, no waiting for me, whatever the hour; it's a flag, two minutes.",
      "It's safe, not better: better is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cj025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dear Auntie Vraic,',
      "Our food-delivery app moves payments to the provider's new SDK, wallets and all; it passed certification. Friday dinner is our busiest hour.",
      '— Hungry in Gorey',
      'Auntie Vraic replies:',
      'Mon vieux: engineering own the SDK, flag and routing; you own who gets it, when, and what sends it back.',
      'Written down first: payment failures more than 0.5 % worse than now, Android and iPhone apart, or checkout p99 more than 300 ms worse, or completed orders more than 2 % worse, and it goes back in the ground.',
      "Order: staff phones first, as they'll shout, then the early-access lot, then town, the north coast, the west; first-season households and ten-season regulars last: a failed payment loses the new ones and stings the loyal.",
      'The first lifting at 2 %, the main crop at 25 %, the last of the earlies at 100 %, each held 5,000 payments and a Friday dinner; the farm manager and I both tick the lifting sheet (yours: the payments lead and you) before every step.',
      "Whoever's on call puts last season's version back, no waiting for me, any hour: a flag flip in minutes, no redeploy.",
      'This shows the SDK is safe, not better; better needs a randomised A/B test after.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cj026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dear Auntie Vraic,',
      "I'm PM for a project-management tool most of the island's building firms use; every page reads tasks from the database. We're moving task storage from our own database to a managed cluster behind a new proxy. Load tests passed at peak, but with warm caches. The old cluster is switched off at the end of the month.",
      '— Cornered at the Weighbridge',
      'Auntie Vraic replies:',
      "Mon vieux, a load test on warm caches is like weighing the potatoes after you've washed the soil off: it flatters you.",
      'Whose job. Engineering run the migration, the proxy, the routing of reads and writes and the flags. You decide the order of teams, how long each stage holds, and the numbers that stop it.',
      "The numbers, signed before one team moves: page-load errors more than 0.3 % worse than now, p99 task reads more than 250 ms worse, or proxy timeouts more than double today's, and it goes back in the ground. If tasks saved per active user drop more than 3 % against the teams still on the old cluster, the same.",
      "Order: your own staff's workspaces first, since you live in the tool all day and you'll shout. Then the customers who opted in to early access. Then small firms in town, then the north coast, then the west. The big builders and anyone in their first season with you go last: the big ones have the most at stake, and a new firm that loses its tasks on day three won't come back.",
      "Stages: the first lifting at 1 % of workspaces, cold caches on purpose; the main crop at 20 %; the last of the earlies at 100 %. Each holds a full Battle of Flowers week, Monday-morning peak included, which is why you start now. The farm manager and I both tick the lifting sheet before the next stage; in your shop that's the platform lead and you.",
      "Rollback: whoever's on call puts last season's version back, no waiting for me, at any hour: reads pointed back at the old cluster with a config switch in a few minutes. That's why the old cluster stays on until the last of the earlies has held its week.",
      "And the canary only tells you it's safe. If anyone wants to claim it's faster or better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cj027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dear Auntie Vraic,',
      "I run product for the island's ride-hailing app: busiest on Friday and Saturday nights, never quite quiet. Fare calculation moves to a new pricing service, starting Tuesday evening, and the new service shares a nightly batch window with billing. My real worry: if it goes wrong at 2 a.m., who's allowed to pull it?",
      '— Awake in St Brelade',
      'Auntie Vraic replies:',
      "Mon vieux, answer that worry first, because it's the one that bites.",
      "Rollback: whoever's on call puts last season's version back, no waiting for me. Two in the morning, a Sunday, Liberation Day, it doesn't matter: they flip the pricing flag back to the old service, it's done in under five minutes with no redeploy, and they tell me at breakfast. Put their names on the rota before Tuesday.",
      'The rest of who-does-what: engineering own the pricing service, the routing and the flag; you own the order riders get it in, the limits, and how long each stage holds.',
      "The limits, written on the sheet before Tuesday evening: fare errors more than 0.2 % worse than now; quoted-versus-charged mismatches more than 0.5 % worse; pricing p99 more than 200 ms worse; trips completed per request more than 2 % worse; or billing's batch finishing more than 15 minutes later than now. Any of those, it goes back in the ground.",
      "Order: drivers' and staff test accounts first, because they ride every day and know what a fare should be; then riders who opted into early features; then town, the north coast, the west; riders in their first season and the hotel and corporate accounts last, because new riders judge you by one fare and the accounts carry the money.",
      'Stages: the first lifting at 2 %, the main crop at 25 %, the last of the earlies at 100 %. Each holds through at least one Friday and Saturday night, two batch windows and 4,000 trips before it moves, and the farm manager and I both tick the lifting sheet (for you, the ops lead and yourself).',
      "And keep it honest: this proves the new pricing is safe, not that it earns more. That's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
