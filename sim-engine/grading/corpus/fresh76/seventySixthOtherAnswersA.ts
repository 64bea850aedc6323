import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-sixth fresh set, author a: middling (cd008–cd010), weak (cd011–cd012), salad
 * (cd013–cd014), negated (cd015–cd016), misconception-led (cd017–cd018) and off-topic
 * (cd019–cd020) answers, written blind, labelled by hand before anything was run (README-a.md).
 */
export const SEVENTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load · Bawlmer speech, crab-house PM; limits and rollback only
  {
    id: 'cd008',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Okay hon, the database move. First off, what's mine and what's theirs. The proxy, the new cluster, the deploy and the traffic switching are engineering's. Mine is deciding what counts as bad, and deciding it early.",
      "So before one team's tasks get read from the new cluster, I write the limits down and get them agreed. If page-load errors are more than half a percent worse than today, it comes off. If p99 task-read time is more than 300 milliseconds worse than today, it comes off. If tasks created per active team drop more than 3 percent below the teams still on the old database, it comes off. Warm caches fooled the load test, so those get checked on a cold Monday morning at nine, not only on a quiet afternoon.",
      "And who pulls it: whoever's got the pager, any hour, puts Tuesday's build back. Reads go back to the old cluster with a config change in the proxy, a couple minutes, no redeploy, and they don't phone me for a yes first. Which is why I'd argue hard that the old cluster don't get switched off at the end of the month till this is all the way done. No old cluster, no rollback.",
      "Past that, we'd move teams over bit by bit and see how it goes.",
    ].join('\n'),
  },
  // support-model-upgrade · plain written register, crab-feast seating as the image; cohorts, model signals, canary vs A/B
  {
    id: 'cd009',
    scenario: 'model',
    class: 'middling',
    points: points('C M A'),
    text: [
      "I'd seat this the way we seat a crab feast at my day job, where I look after a crab house's reservation app. Our own HR and payroll staff get the bigger model first, because they know the right answer to a payslip question and will tell us fast when it's wrong. Next come the customers who asked to be in the early-access group. Companies that joined us this year and the largest payroll accounts go last: a wrong answer about someone's leave balance is exactly what a new customer doesn't forgive.",
      "While it's out I'd watch more than errors. We'd track the hallucination rate on payslip and leave questions from the eval harness, the thumbs-down rate in the chat, and cost per conversation, since Finance is asking and a longer context window isn't free.",
      "And I'd be clear with leadership that this rollout only shows the bigger model is safe to run. The three-point bump in offline evals doesn't prove customers are better served; for that we'd run a proper randomized A/B test once it's out.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Bawlmer speech; holds and sign-off by the tables, canary vs A/B
  {
    id: 'cd010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'The thing with this one, hon, is it gets slower over a day and only restarts on a deploy, so a short look tells you nothing. Every table runs at least a full day without a restart before we move.',
      "The first table is 1 percent of listing-page images and sits 36 hours. The long table is 10 percent and sits a full weekend of Orioles home games, Friday to Sunday, the heavy upload days. The whole deck goes 50 percent for two days, then everybody. Everywhere by Thursday ain't happening, and I'd tell the team that straight.",
      "At each table, Sharon from seller support and Mike who leads the image team both stamp the order pad, or it doesn't move.",
      "And the 20 percent faster benchmark is a different question. The canary only tells us it's safe to run. If we want to show that faster pages matter to buyers, that's a randomized A/B test afterward.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Bawlmer speech, vague
  {
    id: 'cd011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Well hon, you don't flip the whole thing over at once. You give the cheaper model to some of the clinics first and see how the vets feel about it. If the summaries look alright and nobody's complaining, you give it to more of 'em. If something goes sideways you go back to the old one.",
      "The engineers know the model end of it better than me, so I'd lean on them for the details and keep everybody in the loop. Cheaper and faster sounds great to me, so I'm optimistic.",
    ].join('\n'),
  },
  // pricing-page-healthy · Bawlmer speech, vague
  {
    id: 'cd012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's just the pricing page, hon, and the checkout behind it don't change, so I wouldn't lose sleep. I'd get it out to a handful of people early in the week, keep an eye on things, and if it all looks good, open it up to everybody before Marketing's campaign goes out Friday.",
      "Canary releases are about being careful, so we'd be careful. If anything looked funny we'd talk to the team and figure it out.",
    ].join('\n'),
  },
  // search-tail-latency · keyword salad in the crab-house vocabulary
  {
    id: 'cd013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary, hon. Search index canary first table long table whole deck. Staff, beta, free tier, institutional licences last last last.',
      'p99 p99 p99 200 ms 0.5 % 2 % baseline thresholds before. Holds gates stamps order pad Ray and me stamp stamp.',
      "Pager Tuesday's build config switch two minutes any hour no approval rollback. A/B randomized after, safe not better, safe not better.",
      'PM owns, engineering owns routing flags deploy. Tail latency rare queries filters cheaper smaller index. Orioles weekend 3,000 queries 25 50 100. Thresholds holds sign-off rollback cohorts canary A/B.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword salad, one run-on block
  {
    id: 'cd014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Recommendation model canary: Singapore lunch Berlin morning feature store p95 p99 hallucination eval harness thumbs cost per request compute tokens. First table staff long table opted-in whole deck new customers last. Neighbourhoods, summers, regions. 0.5 % errors 150 ms 2 % baskets baseline, before traffic, hon. Hold hold hold, three lunches, full week, stamp the order pad, Bev, Sal, eng lead, PM. Pager, Tuesday's build, flag, two minutes, 2 a.m., no permission. Randomized A/B after, canary safe not better. PM owns, engineering owns. Gate gate gate, ramp 1 10 50 100.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Bawlmer speech, every practice rejected
  {
    id: 'cd015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Here's where I land, hon, and I know it's not the textbook. I would not start with our own staff or a beta group; the prompt was already reviewed, so I'm not seating anybody at a first table. I won't write down rollback limits ahead of time either: no thumbs-down number, no error number, no latency number.",
      "I'm not splitting out the German users or doing any holds between stages, because there won't be stages. Nobody has to stamp anything, no sign-off from me, no sign-off from the eng lead. I don't want the on-call person pulling the prompt on their own at night, and I'm not keeping a switch back to the old prompt ready.",
      "No eval harness run, no tracking the hallucination rate or the cost per email. And I'm not gonna follow up with an A/B test. Warmer's warmer. We ship it to everybody Monday.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Bawlmer speech ("ain't gonna"), every practice rejected
  {
    id: 'cd016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly hon, for bigger photos and a size guide I'd skip the whole canary routine. No staff-first table, since our staff don't buy anyhow, and no early-access group neither.",
      "Ain't gonna pick limits before we start: no error limit, no page-time limit, no conversion number against a baseline. Ain't gonna hold at any stage or wait out a weekend. Nobody stamps an order pad, not me, not the eng lead.",
      "If it goes bad, whoever's got the pager don't get to put Tuesday's build back on their own, and we're not building a quick switch for it. And I wouldn't fuss over canary versus A/B; we won't run an A/B test after. It's pictures. Send it to everybody Wednesday.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Bawlmer speech, built on "the canary is our A/B test"
  {
    id: 'cd017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      "Here's what leadership wants, hon: proof that reviews above the fold sell more. And the canary is how we get it, because the canary is our A/B test. The people at the first tables are the test group, everybody still on the old page is the control, and if the canary's conversion comes out higher, that proves the new page is better and we go to everybody.",
      "The part that's mine as PM is the seating: who goes first, how long each table holds, when we move. Engineering runs the flag, the routing and the deploy.",
      "Seating: the first table is our own staff. The long table is customers who opted into early access, folks who've shopped with us a couple of summers. The whole deck is everybody, with first-time shoppers last since they're the ones we can't afford to lose.",
      'Holds: the first table holds a full weekend of Orioles home games, the long table 4,000 product-page visits, the whole deck 25 percent for a week. Before each move, Kathy from merchandising and Dom the front-end lead both stamp the order pad.',
      "By the end of that week at 25 percent, the canary numbers will tell us the lift, and that's the number I'll take to leadership.",
    ].join('\n'),
  },
  // support-model-upgrade · Bawlmer speech, built on "set the limits while watching"
  {
    id: 'cd018',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      "I'll be honest with you, hon, I don't believe in picking rollback numbers ahead of time. You don't know what normal looks like for a bigger model till it's out there, so we set the limits while we're watching the first table: look at the dashboards for a few days and decide then what's too much.",
      "What I'm sure of is the seating. The first table is our own HR and payroll staff, who know payslips cold. The long table is early-access customers who signed up for it. Brand-new customers and the biggest payroll accounts sit at the whole deck, last, because they're the least forgiving.",
      'Each table holds: the first one a full week, the long table 3,000 conversations, and the whole deck at 25 percent for another week before everybody. Before each move Loretta from support and Gus, the eng lead, both stamp the order pad.',
      'On the dashboards we watch the hallucination rate from the eval harness on payslip questions, the thumbs-down rate, p95 latency, and cost per conversation, since Finance asked.',
      "And whoever's got the pager can put Tuesday's build back at any hour without calling anybody. It's a flag that routes back to the old model, a couple minutes.",
    ].join('\n'),
  },
  // booking-purchases-lag · Bawlmer speech, off-topic: a usability-study plan for the date picker
  {
    id: 'cd019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "First thing I'd do, hon, is get the new date picker in front of real guests. Down at the crab house we learned that the hard way: what looks gorgeous in a design review gets people tapping the wrong Saturday.",
      "So I'd recruit eight or ten people who booked a rental last summer, a mix of neighbourhoods and ages, and sit them down with a prototype. Give them a task, like booking a week down the ocean for four people in August, and watch where they hesitate. The designer's in the room and somebody takes notes.",
      "We'd score each task pass or fail, tidy up the form where they stumbled, and run a second round the next week with fresh folks. Then I'd write it up for the team with video clips so everybody sees the same thing. That's how I'd make sure the new picker and the shorter form really work for guests.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Bawlmer speech, off-topic: a go-to-market plan for the cheaper model
  {
    id: 'cd020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "So the cheaper model, hon, to me that's a pricing opportunity. I'd cut the per-clinic price for the smallest practices, the one- and two-vet places, and market it hard at the spring vet conferences.",
      "I'd put together a one-page sheet for the sales team: faster summaries, lower price, same workflow. We'd offer a three-month discount to clinics that sign up before summer, and I'd ask five happy clinics for a quote for the website. Back at the crab house we did the same with early-bird reservations before Memorial Day and it filled the deck.",
      "Then I'd track sign-ups by month and report to leadership at the end of the quarter.",
    ].join('\n'),
  },
];
