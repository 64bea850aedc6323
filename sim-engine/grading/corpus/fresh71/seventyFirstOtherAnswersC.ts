import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-first fresh held-out set, author c: middling (by048–by050), weak (by051–by052), salad
 * (by053–by054), negated (by055–by056), misconception-led (by057–by058) and off-topic
 * (by059–by060) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SEVENTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order · Lincolnshire speech, market-town stages, pea-vining week, “right, crack on”
  {
    id: 'by048',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Short answer: returning customers first, first-timers last, and we take it in stages.',
      "The thing that worries me is the spring campaign. First orders peak then, and the usability lab only had returning customers in it, so that's the lot it's proved on. I'd start with our own staff buying their own compost, then returning customers who've already got saved addresses and cards, because that's who the lab said loved it. First-time buyers go last, once we've seen it work for everyone else, because they've got nowt saved to fill in and they're the ones the campaign's paying to bring in.",
      "We'd do it like walking into town: the back lane for staff, the square for returning customers, the high street for first-timers. We'd sit in each one for a full pea-vining week before moving on, and we don't move till Sandra, head of ecommerce, and Tom, the lead developer, have both said “right, crack on”.",
      "I'd keep an eye on how checkout's converting while it goes, and if it looks poorly we'd have a word with the developers about it. And if growth want it before the campaign, I'd tell them it's ready when it's ready.",
    ].join('\n'),
  },
  // support-model-upgrade · owt past N on the board, flicking back to the old model by the duty developer
  {
    id: 'by049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'In a nutshell: a random 5 % on the new model, then everybody, with hard limits and a quick way back.',
      "I'd put a random 5 % of conversations on the bigger model and then take it to everybody. Before we start, these go on the board against the old model and they don't move: owt past 0.5 % more errors, owt past 300 ms worse on p95 response time, owt past a 2 % drop in conversations that end without a support ticket. On top of those, two model ones: hallucination rate from the eval harness no more than a point over the old model, and cost per conversation no more than 30 % up, since finance have asked.",
      "If any of those trips, the duty developer flicks back to the old model there and then, any hour of the day or night, without waiting on me. It's a config switch that takes a couple of minutes, no redeploy.",
      "Honestly, the three-point eval gain makes me fairly confident, so I'd not expect to need it.",
    ].join('\n'),
  },
  // search-tail-latency · Lincolnshire speech opening on a one-liner, jobs split, cohort order, canary vs A/B
  {
    id: 'by050',
    scenario: 'service',
    class: 'middling',
    points: points('P C A'),
    text: [
      "One-liner: I decide who goes first and what it has to clear, engineering decide how it's switched, and nobody should mistake the canary for proof it's better.",
      "Split of jobs first. Mine is the order researchers get it in and the bar it has to clear. Engineering's is the index build, the routing between old and new, and the deploy. I'd not want them waiting on me for their bits, and I'd not want to be picking shard layouts.",
      "Order: our own staff and the library-liaison team first, because they search with daft numbers of filters all day and will notice a slow one. Then researchers who opted into the beta programme. Then the free tier. Institutional licences last, because a university library that sees slow search on a Monday morning in term is a renewal conversation we don't want.",
      "We'd keep an eye on the slow queries as it goes, the ones with lots of filters, and see how it feels; the team will know what a bad number looks like better than me.",
      "And one thing I'd say to the room: this canary is about whether the cheaper index is safe to run. If someone wants to say it's better for researchers, that's a randomised A/B test afterwards, with its own question.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Lincolnshire speech, a flood aside, commits to nothing
  {
    id: 'by051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Basically: take it steady and keep an eye.',
      "I know the team want it everywhere by Thursday and it's twenty percent faster, which is grand, but I'd not rush it. I'd put it out to some sellers first, have a look at how things are going, and if it all seems right we'd carry on and give it to the rest. If summat did go wrong the developers would sort it, they're good like that. It reminds me of when the river came up at Horncastle: you don't panic, you keep watching and you deal with it as it comes. Main thing is talking to each other and not being frit of pulling it if we have to.",
    ].join('\n'),
  },
  // quiet-feedback-trap · farm-shop chatbot PM, one-line summary then a vague run-on
  {
    id: 'by052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'In short: cheaper model, careful rollout, lots of listening to vets.',
      "Cheaper and faster's always welcome at a small clinic. I'd roll the new model out bit by bit and keep listening to what the vets say, because they know their notes better than anyone. The feedback is a bit thin so we might have to be patient with it. We'd look at the quality of the summaries now and again, and if folk were unhappy we'd think about going back to the old one. I'd keep everyone in the loop, the clinics, the engineers, the support team, so nobody's surprised. That's more or less how we did it on the farm-shop chatbot and it turned out alright in the end.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · salad: one spoken run of keywords and voice phrases, no clauses
  {
    id: 'by053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Right so, canary: back lane, hallucination, owt past, Singapore, thumbs-down, square, 0.5 %, fish-van, duty developer, p95, high street, eval harness, randomised, crack on, 200 ms, feature stores, flicking, baseline, early access, tokens, old model, pea-vining, A/B, cost, staff, config, 2 %, gate, safe, better, any hour, lunch peak, engineering owns, PM owns, hold, Berlin, two minutes, new customers, last.',
    ].join('\n'),
  },
  // staff-cohort-artifact · salad: five lines of jumbled terms and numbers
  {
    id: 'by054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary, cohort, staff, 0.5 %, threshold, high street, rollback, size guide, sign-off.',
      'Employees browse p99 A/B 200 ms baseline Friday fish-van round randomised gate.',
      'Owt past on the board, hold, ramp 1 5 25 50 100, duty developer, conversion, photos.',
      'Right, crack on, PM owns, engineering, config flag, 3 minutes, safe better, VIP last.',
      'Pre-committed, early access, metric gate, artefact, pea-vining, flood, dashboard, 24/7.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · negated: Lincolnshire speech, every practice rejected one after another
  {
    id: 'by055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Put simply: I wouldn't make a production of a prompt tweak.",
      "I'd not bother starting with staff or a beta group, and I'd not hold the German users back till last; everybody gets it the same day. I wouldn't write limits on a board beforehand either, no owt-past-this-or-that numbers for errors or latency or accepted suggestions. There'd be no back lane, square and high street, and no sitting a pea-vining week at each; I don't see the point of holds for words in a prompt. Nobody needs to say “right, crack on”, I'd not have a sign-off at all. I wouldn't set the duty developer up to flick back to the old prompt in the night either. I'd not watch thumbs-down, I'd not run the eval harness on German, and I'd not track tokens. And I wouldn't bother with an A/B test after; it's a prompt.",
    ].join('\n'),
  },
  // booking-purchases-lag · negated: each good practice asked as a question, then turned down
  {
    id: 'by056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Headline: a date picker doesn't want a canary, so here's what I'd leave out.",
      'Staff first, then early-access guests, then everyone, with new customers last? Not for this; no order.',
      "Rollback limits written down before we start, for errors and p99 and bookings against the baseline? No, I'd not fix any.",
      "Named stages with a hold at each, waiting the day out so the bookings made after talking it over at home come through? No holds. The team wants 100 % this afternoon and I'd not stand in the way.",
      'Somebody signing off each step? No sign-off.',
      "An on-call engineer who can switch back in minutes without asking anyone? Not needed; I wouldn't set it up.",
      "A randomised A/B test afterwards to see if it's better? Wouldn't run one.",
      "What engineering owns and what I own? I'd not draw that line for a date picker.",
    ].join('\n'),
  },
  // after-the-sale-healthy · misconception-led: the canary is the A/B test, read against last week
  {
    id: 'by057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "In one line: the canary is our A/B test, so it'll tell us whether reviews above the fold sell more.",
      'What I own is who gets it and in what order; engineering own the lazy-loading, the flag and the routing.',
      "Order: staff first, then customers in the early-access club, then everybody, with our big trade accounts and new customers last, because they're the ones we can't afford to annoy.",
      "Here's the bit that matters. The canary is really our A/B test. If the people on the new page buy more than last week, or more than the folk on the old page, that proves the new version is better, and that's our green light to go to 100 %. Leadership want it this week, and the canary gives them the answer without a separate experiment.",
      "If something breaks outright, the duty developer can flick the flag back at any hour, no need to ring me; it's a config switch, two minutes, not a redeploy.",
    ].join('\n'),
  },
  // support-model-upgrade · misconception-led: limits set while watching; market-town stages, pea-vining week
  {
    id: 'by058',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "Summary: go in stages, watch the model signals, and set the limits once we've seen how it behaves, because you can't pick numbers for a model you've never run.",
      "Order's easy: our own staff on the back lane, early-access customers in the square, and the high street for everyone else, with the big payroll customers last because they're least forgiving. Each part of town holds for a full pea-vining week before we move on.",
      'What we watch: the hallucination rate from the eval harness, thumbs-down on answers, and cost per conversation, since finance asked.',
      "But I'd not fix rollback numbers up front. A bigger model with a longer context window is a new animal, and any limit you write before you've seen it is a guess. So we watch the board for the first few days, see what normal looks like, and set the limits from what we see then. That's the honest way to do it.",
    ].join('\n'),
  },
  // pricing-page-healthy · off-topic: a plan for Friday's marketing campaign, farm-shop PM
  {
    id: 'by059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Quick answer: get the Friday campaign landing right, because that's where the money is.",
      "I'd start from the campaign. Marketing want the new comparison table live for Friday, so I'd sit with them on Wednesday and go through the copy: the table needs to say plainly what you get on each plan, monthly price first, no small print. Then the ad creative, where I'd want the screenshot in the ads to match the page folk actually land on, or they bounce. Email goes out Friday at seven in the morning to lapsed trial users, social posts at lunch, and a reminder Sunday evening. I'd put a tracking tag on every link so we can see which channel brings paying subscribers, not just clicks. And I'd have the support team primed with the three questions people always ask about annual billing. Monday we sit down with the numbers, like we did at the farm shop after the Lincolnshire Show, and decide where next month's budget goes.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · off-topic: how to build the recommendation model, farm-shop chatbot PM
  {
    id: 'by060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Summary: get the features right first and the rest follows.',
      "If I were building this recommendation model, I'd start with what people actually buy together; at the farm shop our chatbot learned more from till receipts than from anything clever. Step one, pull six months of baskets from both regions and clean them up. Singapore and Berlin shop differently, so they want separate training sets or at least a region feature. Step two, decide the features: time of day, the last three baskets, what's on offer, the weather even. Step three, train a couple of candidate models offline and compare them on held-back weeks, recall at ten and basket value. Step four, size the feature stores for whichever one wins, because reading more features per request costs money. Then I'd write it up for the leadership team with a recommendation and a budget.",
    ].join('\n'),
  },
];
