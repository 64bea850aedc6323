import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventy-fifth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (cc008–cc020), written blind, labelled by hand. */
export const SEVENTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // night-breach-rollback-authority · Minnesota speech, rollback-first, no stages or sign-off
  {
    id: 'cc008',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Ope, okay, the scary part of this one is two in the morning on a Saturday with a fare bug, so let me start there. Whoever's on call, at that hour or any other, can put last Monday's version back on their own: no calling me, no calling the VP. It's the config switch that sends fare requests back to the old pricing service, takes about two minutes, and we practise it once on Tuesday before anything starts. No redeploy in the middle of the night, thank you.",
      "That's part of the line between me and engineering. As PM I set the limits that trigger that switch; engineering owns the new service, the routing and the deploy.",
      "The limits go in writing before anything moves: fare calculation errors 0.2 % worse than what we see now, we're done. p99 quote time 250 ms worse, we're done. Trips booked per fare quote shown down 2 % against the riders still on the old service, we're done.",
      "Then we'd roll it out over the week and see how it goes, and keep an eye on that batch window it shares with billing.",
    ].join('\n'),
  },
  // support-model-upgrade · Minnesota speech ("oh for cute"), cohorts and ice stages and model signals, nothing else committed
  {
    id: 'cc009',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Oh for cute, a payroll bot. Okay. So I'd start with our own HR people using it internally, since they know every payslip rule by heart, then the customers who put their hand up for the beta, then small companies, and I'd leave the big employers for the end, because a wrong answer about somebody's pay is a bad day for everybody.",
      "I'd go four-inch ice, eight-inch ice, twelve-inch ice: staff, then beta, then about a quarter of everyone. And I'd sit on each one for a full pay cycle before moving on, so we've seen people asking real payday questions.",
      "What I'd watch on the model: the hallucination rate from the eval set on payslip and leave questions, the thumbs up and thumbs down in the chat, and what each conversation costs, since Finance has asked. Those three are what I'd bring to each review.",
      "Past that I'd lean on the team for the details.",
    ].join('\n'),
  },
  // search-tail-latency · Minnesota speech, stages, limits, ledger sign-off and safe-vs-better; no ownership, cohorts or rollback
  {
    id: 'cc010',
    scenario: 'service',
    class: 'middling',
    points: points('T H S A'),
    text: [
      "Uff da, the tail. The median got faster, sure, but the nasty queries with ten filters weren't in the benchmark, so that's where I'd look.",
      'Stages: four-inch ice at 1 % of queries, eight-inch ice at 10 %, twelve-inch ice at 50 %, then all of it. Each one holds a full week, so we get weekday research traffic and the weekend lull both, and because rare queries are rare, we need enough of them.',
      "Limits we write down before the first query moves: if p99 latency on queries with three or more filters is 300 ms worse than what we see now, we're done. If search errors are 0.3 % worse, we're done. If clicks on a result per search drop 2 % against the old index, we're done.",
      'Before each next stage, Anders from the search team and I both sign the bait-shop ledger, meaning we looked at the tail numbers together and both said go.',
      "And just to be clear, this tells us the smaller index is safe to run, not that people find papers better with it. If we ever want to say that, we'd run a real randomised A/B test.",
    ].join('\n'),
  },
  // pricing-page-healthy · Minnesota speech, vague, commits to nothing
  {
    id: 'cc011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Well, for a pricing page I don't think you need to get too fancy. I'd put it out to some people first, keep an eye on how things look, and if everything seems fine we let it go out to everybody before the campaign on Friday.",
      "If something looks off, we'd talk to engineering and figure it out together. You betcha, pricing pages are pretty low risk, it's just a table. The main thing is to communicate with marketing so everybody's on the same page.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Minnesota speech, vague, commits to nothing
  {
    id: 'cc012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "So with the vet summaries, I'd want to be careful, because it's medical, sort of. I'd roll the cheaper model out gradually and keep an eye on quality and on what the vets think.",
      "Feedback might be thin, so maybe we'd reach out to a few clinics and ask how it's going. If things look good we keep going, and if they don't we'd slow down and have a conversation with the team. Cost should come down, which is the whole point, so that's nice. A lot of it depends on what the team's comfortable with, ya know.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · keyword fragments in the ice-house vocabulary, no committed sentence
  {
    id: 'cc013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Image resizer, canary, memory leak, restart on deploys. Four-inch ice, eight-inch ice, twelve-inch ice. 1 %, 5 %, 25 %, 100 %.',
      "p99, error rate, 0.5 %, 200 ms, baseline, what we see now, we're done. Full weekend of Saturday rentals, 300 rentals.",
      'Staff first, beta, by lake, by winters rented, new sellers last. PM owns, engineering owns. Bait-shop ledger, two names, sign-off.',
      "On-call, last Monday's version, config, minutes, no redeploy. Safe not better, A/B test. Thursday. 20 % faster. Ope. You betcha.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword fragments joined by dashes, numbers without commitments
  {
    id: 'cc014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Recommendation model — canary — Singapore lunch — Berlin morning — feature stores.',
      'Hallucination rate, eval harness, thumbs-down, p95, token cost — cohorts: lake, winters rented, staff, early access, new customers — thresholds 0.5 %, 200 ms, 2 % vs baseline.',
      'Holds: full weekend of Saturday rentals, 300 rentals — four-inch ice, eight-inch ice, twelve-inch ice — sign-off, bait-shop ledger, two names.',
      'Rollback — on-call — config — minutes — any hour. A/B test, safe not better. PM owns, engineering owns. Uff da. Hotdish.',
    ].join('\n'),
  },
  // checkout-first-order · Minnesota speech, every practice named only to be rejected
  {
    id: 'cc015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest, I wouldn't do most of the canary textbook stuff here. I wouldn't bother with a cohort order: no staff first, no beta group, no saving first-time buyers for last.",
      "I wouldn't write down rollback limits ahead of time either. No error-rate number, no latency number, nothing against a baseline. I don't see the point of stages with holds between them, and I'm not going to have anybody sign a bait-shop ledger before each step.",
      "I wouldn't set up an on-call rollback switch, and I wouldn't split out what the PM owns from what engineering owns; it's one team. And no A/B test afterwards.",
      'Growth wants it before the spring campaign and the usability lab loved it, so we ship it to everyone on Monday and move on.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Minnesota speech, every practice named only to be rejected
  {
    id: 'cc016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Ope, I'm gonna go against the grain here. I would not start with staff or beta users, and I'm not holding the German customers back for last either.",
      "I would not fix thresholds before the rollout: no thumbs-down limit, no eval-harness number, no latency or cost number written down ahead. I wouldn't bother with four-inch, eight-inch, twelve-inch stages or holds between them, and nobody's signing off between steps.",
      "I also wouldn't give the on-call engineer a switch to put the old prompt back; I don't think a prompt is worth a rollback plan. And I don't think a follow-up A/B test is needed, it's a tone change.",
      "It's a prompt, it's words. We just swap it in for everybody.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Minnesota speech, built on "the canary is our A/B test" (reads lift off the staff cohort)
  {
    id: 'cc017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Here's the thing I'd say up front: the canary is our A/B test. The people on the new product pages are the test group, everybody else is control, and if the canary group converts better, that proves the bigger photos and the size guide are better and we go to 100 %. No need for a separate experiment afterwards.",
      "Order: staff first, since they're on the site all day checking stock anyhow, then the customers who opted into early previews, then regular shoppers, and our top-spending loyalty customers last, because they're the ones we can't afford to annoy.",
      "Stages: four-inch ice is staff, eight-inch ice is the preview group plus 5 %, twelve-inch ice is 25 %, then all. We hold each one for a full weekend of shopping, a full weekend of Saturday rentals as we'd say at my old ice-house job, before moving. Before each step, Sven the web lead and I both sign the bait-shop ledger.",
      "If the canary's conversion comes in lower than control at any stage, we call it a loser. And whoever's on call can put last Monday's version back at any hour by flipping the feature flag: two minutes, no redeploy, nobody needs to ask me.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Minnesota speech, built on "decide the limits while watching the dashboard"
  {
    id: 'cc018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      "Alright, my honest take: with feedback this thin you can't know in advance what a bad number looks like, so I don't set rollback thresholds up front. We watch the dashboard as it ramps, and when something looks off, we decide then how bad is too bad. Pre-set numbers on a quiet signal just give you false alarms.",
      'What I do own as PM is the order of clinics, how long we sit at each step, and that call. Engineering owns the model routing and the flag.',
      "Order: our in-house vet advisors first, they read every summary. Then the clinics that signed up for early access. Then ordinary small clinics, and the clinics that just joined us last, because one sloppy summary in the first month and they're gone.",
      'Stages: four-inch ice, eight-inch ice, twelve-inch ice, then everyone, and at each one we hold until the eval harness has graded 300 summaries from the new model, not by the clock.',
      "What goes on that dashboard: the hallucination rate from the eval harness, thumbs-down from vets, how much vets edit a summary, and cost per summary. Then, like I said, we eyeball it and decide as we go. Uff da, I know that's not textbook, but it's how I'd do it.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Minnesota speech, plans the next sale instead of the release, blizzard aside
  {
    id: 'cc019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Oh, the spring sale, that's the fun part. What I'd want is a better plan for the next sale than the last one. At the ice-house rental app we ran a January promo every year, and here's how I'd set up a sale like that for the gear shop.",
      "Pick the week a month ahead, line up the email list and the social posts, and agree the discount with finance. 20 % off everything was probably too deep; I'd try 15 % on the tents and sleeping bags and keep the new-season stuff at full price. Make sure the warehouse has stock of the top fifty sellers. Afterwards, a retro with marketing on what sold and what just sat.",
      "One year a blizzard hit the weekend of our promo and nobody could drive up north, so we extended it a week. You've gotta have a plan for that, a rain check or an extension. Uff da, weather. Anyhow, that's how I'd plan the sale.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · Minnesota speech, plans building the model instead of releasing it
  {
    id: 'cc020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "So for recommendations, the first thing I'd do is get the data right. You want purchase history, what's in season, time of day, region. At the ice-house app we recommended bait and auger rentals, and the biggest win was just knowing which lake folks were headed to.",
      "I'd have the data science team pull a year of baskets from Europe and South-East Asia, train a few candidate models and compare them on last quarter. Then I'd sit with the merchandising folks so the recommended baskets make sense; nobody wants dish soap suggested next to their hotdish fixings, ya know.",
      "Cold start for new customers is its own project: popular baskets by region until we know them. And I'd put a roadmap together for personalisation next year. That's where I'd put my energy.",
    ].join('\n'),
  },
];
