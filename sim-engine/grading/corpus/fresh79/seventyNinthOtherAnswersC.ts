import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-ninth fresh set, author c: middling (cg048–cg050), weak (cg051–cg052), keyword salad
 * (cg053–cg054), negated (cg055–cg056), misconception-led (cg057–cg058) and off-topic
 * (cg059–cg060) answers, written blind and labelled by hand. Voice: a Greek-Cypriot winery
 * tasting-room booking PM lecturing a class of new PMs.
 */
export const SEVENTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cg048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Class, this is how I would talk about it to finance, so listen to the money part.',
      'The support assistant moves to a bigger model; the prompt stays the same.',
      'Who owns what? I decide the rollback numbers and what we watch. Engineering owns the routing, the deploy and the flags, and they choose how to split the traffic.',
      'Before we move anyone, we write the limits down: if cost per conversation is more than 25 % above now, we pour it away; if the thumbs-down rate is more than 2 points worse than now, we pour it away; if errors are more than 0.5 % worse than now, we pour it away.',
      'What do we watch besides errors? The thumbs-down rate, the cost per conversation finance asked about, and how many conversations end in a ticket to a human.',
      'Then we give it to some of the users and, if the numbers are fine, to everybody. If something goes wrong, we go back to the old one. My cousin changed the tractor at the vineyard the same way, shiftiko, no drama.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cg049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Ela, class. The shop's three-step checkout becomes one page, with saved addresses and cards filled in automatically. Returning customers loved it in the lab, and growth wants it before the spring campaign.",
      'Who tastes first? Our own staff, because they buy our garden chairs anyway and they will tell us. Then customers who opted into early access. Then returning customers who have shopped with us for many harvests. First-time buyers last, because they never sat in the lab and they have no saved card, so the new page is hardest for them, and spring is exactly when they come.',
      'The stages, like a tasting: the white, a small slice, held for a full weekend of orders; the red, a quarter of traffic, held for a full week so we see enough first orders; the dessert wine, everybody. Before each stage the head sommelier, Andreas, our checkout lead, and I both raise a glass.',
      'What do we look at along the way? Orders and the support inbox, and the engineers keep an eye on their dashboards. My mother will also test it from Paphos, she tests everything.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cg050',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text: [
      'Students, three things only today; the rest is in the handbook.',
      'The grocery app gets a new recommendation model that reads more features from the regional feature stores.',
      'One: what do we watch beyond errors and slowness? Whether people add the recommended basket to the cart, and how often they swipe the recommendations away. Those tell me whether the model recommends well; errors alone tell me nothing about taste.',
      "Two: who rolls back? Whoever is on call puts yesterday's model back, no waiting for me. Berlin or Singapore, any hour; it is a flag, two minutes, no new deploy.",
      "Three: when the canary is clean, what have we learned? That it is safe. Not that it sells more. For 'better' we run a randomised A/B test afterwards, properly, with a control group.",
      'How much traffic, and when? We start small and grow it over the week; the engineers pick the percentages.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cg051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Ela, the task storage moves to a managed cluster behind a new proxy, and it passed the load tests. I mostly trust load tests, but a canary is a good idea anyway. It's like opening a new bottle: you taste a little before you serve the table.",
      "So we send a small part of the traffic to the new cluster and watch carefully. If it's fine, we send more. If it's not fine, we go back. The old cluster is switched off at the end of the month, so we should hurry a bit. That's it, re, simple like that.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cg052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'The vet summaries move to a cheaper, faster model. Honestly, class, cheaper and faster, what is there to worry about?',
      'We check that the eval harness looks okay, then we put it out to some clinics, then to the rest. We keep an eye on it. If the vets complain, we change it back.',
      'My brother-in-law is a vet in Larnaca and he says he never reads the summary anyway.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cg053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary, ela. Cohort, threshold, hold, gate.',
      'Rollback, sign-off, p99, tail latency, index layout.',
      'Staff, beta, village, harvest, the white, the red, the dessert wine.',
      'Baseline, control, A/B, randomised, safe, better.',
      'On-call, flag, routing, minutes, pour it away, yesterday’s version.',
      'Errors 0.5 %, latency 200 ms, conversion 2 %.',
      'Canary cohort threshold hold gate rollback sign-off, head sommelier, raise a glass.',
      'Filters, rare queries, institutional licences, free tier, canary canary canary, re.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cg054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Prompt warm casual German Sie du thumbs-down rate hallucination eval harness token cost p95.',
      'Staff first beta second villages harvests, white red dessert wine hold gate, head sommelier raise a glass sign-off, thresholds pre-committed more than N worse pour it away, on-call yesterday’s version flag config switch minutes, canary safe A/B better randomised.',
      'Locale locale locale cohort cohort. Ela re endaxi tasting flight rollback sign-off thresholds holds.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cg055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Class, today I tell you what I would not do, and honestly I'd do none of it. The holiday-rental booking page gets a new date picker and a shorter form, and design loved it.",
      'Staff first, then opted-in users, then the rest? No, I would not bother ordering anyone; every guest is the same guest.',
      "Writing down rollback numbers before we start? I wouldn't do that either, re. I wouldn't fix any limits at all.",
      'Stages with holds, a white and a red and a dessert wine? Not for a date picker. There will be no stages and no holding.',
      'A head sommelier and me raising a glass before each step? No sign-off from anybody; nobody needs to approve anything.',
      "An on-call who can put yesterday's version back at night without asking me? No, I won't set that up, and there is no switch prepared.",
      'And an A/B test afterwards to see whether it is better? No, we will not run one.',
      'So: 100 % this afternoon, as the team wants.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cg056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Let me be clear with you, new PMs: I would not run this canary the way the books say.',
      'I would not decide who goes first: not staff, not early-access customers, and nobody goes last.',
      "I would not agree thresholds before traffic moves; there is no 'more than N worse, we pour it away' in my plan.",
      'I would not hold at any stage, and there are no stages to name.',
      'No one signs off. Not the head sommelier, not me, not the engineering lead.',
      'I would not give the on-call the right to roll back alone, and there is no flag to flip.',
      'I would not watch thumbs-down rates, hallucination rates from the eval harness or cost per conversation; I would not track any of that.',
      'I would not say the canary only shows safety, and I would not run an A/B test after it.',
      'The bigger model goes to everyone on Monday. Ela, that is it.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cg057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H'),
    text: [
      'Class, I say this plainly so you remember it: the canary is our A/B test. The clinics on the cheaper model are the test group, the rest are the control, and when the canary is clean it proves the cheaper model is as good as the old one, better even, since it is faster. We need no other experiment afterwards.',
      'What do I own? The order of clinics, the length of each stage and the decision to go on. The platform team owns the routing and the flag.',
      'Order: our own veterinary staff first, because they read every summary and will tell us; then the clinics that opted into early access; then the rest village by village; clinics in their first harvest with us last, because a bad summary is their first impression of us.',
      'Stages: the white at 10 %, held until we have 2,000 rated or graded summaries; the red at 40 %, held a full week; the dessert wine, everyone.',
      'At the end of the red we compare the two groups, and if the cheaper model rates about the same, it wins. That is the A/B result, re, and it comes free, shiftiko extra.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cg058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "New PMs, I'll be honest with you: I don't write rollback numbers before the launch. Numbers written in advance are guesses. I'd rather eyeball the dashboard during each stage and decide there, like my yiayia tasting the must; she never had a number, she knew.",
      "The change: the video editor's pricing page gets a clearer comparison table, the checkout behind it is unchanged, and marketing's campaign goes out on Friday.",
      'Who sees it first? Our own staff, then users who opted into early access, then general visitors, and new visitors from the campaign last, because they have never met us and they should meet a page we already trust.',
      'Stages: the white, 5 %, held for two full days; the red, 25 %, held until Thursday evening; the dessert wine, 100 % before the Friday campaign.',
      "Rollback: whoever is on call puts yesterday's version back, no waiting for me. Any hour; it's a flag, under two minutes, no redeploy.",
      'When the numbers look wrong to me, we stop. When they look fine, we go on. Ela, experience, re.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cg059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Ela, class, photos. Everybody underestimates photos. The fashion shop's product pages get larger photos and a size guide, so let us talk about how to make a size guide people trust.",
      'At the winery we learned this with the tasting-room booking page: when we put up big photos of the terrace at sunset, bookings for the sunset slot went up, because people could see where they would sit.',
      "For the size guide: measure the garments yourself, don't copy the supplier's chart; show the model's height and the size she wears; add a 'runs small' or 'runs large' line from the returns data. And please, shoot in daylight.",
      'My sister Chrystalla does our photos with her phone, and honestly they are better than the agency’s. Questions? No? Good, coffee.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cg060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Class, a question: what does a Singaporean eat for lunch? Ela, nobody in Berlin knows, and that is the real problem with this recommendation model.',
      'The team in Berlin builds features from Berlin habits: a big weekly shop on Saturday. In Singapore people order small and often, lunch at the office, groceries for dinner at seven. So the features should include the local time of day, the weather, because rain in Singapore changes everything, and whether it is a public holiday there.',
      'I would also hire a data scientist in Singapore, or at least send one of ours there for a month.',
      'When my family opened a tasting room in Limassol for cruise-ship visitors, we learned they wanted the sweet commandaria first, not last, and the whole menu changed. Same here: learn the customer, then build the model.',
    ].join('\n'),
  },
];
