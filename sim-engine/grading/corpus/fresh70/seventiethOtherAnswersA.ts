import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventieth fresh held-out set, author a: middling (bx008–bx010), weak (bx011–bx012), salad
 * (bx013–bx014), negated (bx015–bx016), misconception-led (bx017–bx018) and off-topic
 * (bx019–bx020) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SEVENTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load · Lancashire speech, "that's us done", market days, on-call rollback (middling: T H R)
  {
    id: 'bx008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "Cold caches are what worry me here. The load test passed warm, and real life isn't warm.",
      "So before owt moves I'd get the limits written down. If the error rate on task reads goes above 0.3 % over the old database, that's us done. If p99 page load goes above 250 ms over today, done. If failed task saves go above 0.1 %, done. If tasks created per active user drop more than 3 % against the baseline teams, done.",
      'Then the stages: 2 %, 10 %, 30 %, 60 %, then everything. Each one sits for a full market day, starting with the cache cold, and has to take in a Monday-morning login rush before we go on to the next.',
      "If a limit trips, whoever's on call flips the proxy back to the old cluster. It's config, a couple of minutes, any hour, and they don't wait for me.",
      "And the old cluster stays switched on past month end until we've had a fortnight clean at 100 %. I'd fight for that one.",
    ].join('\n'),
  },
  // support-model-upgrade · Lancashire speech, pie-shop PM (middling: P C M)
  {
    id: 'bx009',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "On the pie app I learned to keep my hands off the plumbing, so: engineering decide how the traffic gets split and how the new model's deployed. My bit is who gets it and in what order, and what we watch.",
      "Order: our own HR and payroll people first, because they'll spot a wrong answer about leave straight off. Then customers on the early-access list, who've asked to try new things. Then the firms that only use the assistant now and then. The big payroll customers, who use it every pay run, go last, because that's where a bad answer costs us most.",
      'What we watch on the model itself: the hallucination rate from the eval harness on payslip and leave questions, the thumbs-down rate from users, and the cost per conversation, since finance have already asked and a bigger model with a longer context will cost more.',
      "How fast we go and when we'd stop, I haven't worked out yet; that's the next conversation with engineering.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Lancashire speech, tram stops, two people give it the nod (middling: H S A)
  {
    id: 'bx010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "The bit I'd worry about is that the service only restarts on a deploy, so owt that creeps up over a day won't show in an hour.",
      'Stops, tram-style: Starr Gate at 1 %, North Pier at 10 %, Bispham at 50 %, Fleetwood at 100 %. Each one holds a full market day with no restart, so anything that builds up has time to show, and Thursday can slip if it has to.',
      'Before each move, Mark Heywood from the seller team and Asha Patel, the engineering lead, give it the nod. Neither one on their own.',
      "We'd keep an eye on memory and how fast listing pages load throughout.",
      "And the benchmark saying 20 % faster, that's not what the canary's for. The canary tells us it's safe; if we want to know it's faster for sellers and buyers, we run a randomised A/B test after.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Lancashire speech, easy-going (weak)
  {
    id: 'bx011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I'd take it steady. Put the new model out to some of the clinics, see what the vets make of the summaries, and if they're happy, carry on.",
      "Vets are busy folk, so I wouldn't mither them too much. If summat goes wrong the engineers can sort it, they're good lads.",
      'Cheaper and faster is a win in my book, as long as nobody complains.',
    ].join('\n'),
  },
  // pricing-page-healthy · Lancashire speech, pie-shop PM (weak)
  {
    id: 'bx012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's only a pricing page, so I'd not overthink it. At the pie shop we change the menu board all the time and nobody's died.",
      "Get it out a bit at a time before Friday, keep an eye on things, and check with marketing that they're happy. If owt looks off we'd have a look and decide what to do. Most of these go fine in my experience.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword heap with tram stops, towns and "that's us done" (salad)
  {
    id: 'bx013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary recommendations Starr Gate Bispham Fleetwood 1 % 25 % 5 % 100 % p95 hallucination 150 ms thumbs-down 0.5 % token cost eval harness.',
      "Singapore lunch Berlin feature store regulars Wigan Preston nod nod market day half-day closing that's us done 2 %.",
      'Rollback on-call config switch minutes A/B safe better PM owns engineering routing baseline cohort staff beta opted-in last regulars first.',
      "That's us done, Bispham, nod, p95, harness, Singapore, market day.",
    ].join('\n'),
  },
  // search-tail-latency · buzzword fragments in a tram-stop register (salad)
  {
    id: 'bx014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Tail latency, canary-wise, very much front of mind, p99-ish.',
      'Thresholds licences 200 ms free tier 0.5 % filters 2 % rare queries.',
      'Holds, gates, stops, North Pier, Cleveleys, full market day, half-day closings, holds.',
      'Sign-off nod Jean Dev owner PM nod owner.',
      'Rollback rollback on-call any hour switch minutes old build back on.',
      'Licences staff last beta free tier first last cohort.',
      'A/B not canary canary not A/B safe better safe.',
      'Index layout smaller cheaper ownership routing engineering PM.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Lancashire speech, every practice rejected (negated)
  {
    id: 'bx015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll be honest, I'd not do most of the textbook stuff for a prompt.",
      "I wouldn't put our own staff on it first, and I wouldn't hold the German writers back till the end either. I wouldn't write limits down before we start, nor pick a number for thumbs-down, errors or latency. I'd not bother with stops or holds; it's a prompt, not a new oven.",
      "I'd not have anybody give it the nod, I'd not split out what's mine from what's engineering's, and I'd not give whoever's on call a switch to put the old prompt back on.",
      "I wouldn't look at the eval harness or the cost per draft, and I'd not run an A/B test after.",
    ].join('\n'),
  },
  // after-the-sale-healthy · "No …" lines from a pie-shop PM (negated)
  {
    id: 'bx016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "What I'm not doing for a cosmetic change, and I'll say it plainly:",
      '- No staff-first stage, no beta group, no saving the big spenders for last.',
      '- No limits agreed up front: no error number, no latency number, no conversion number against a baseline.',
      '- No stops, no holds, no market days.',
      '- Nobody giving it the nod between stages.',
      '- No on-call person with a switch to put the old build back on.',
      '- No A/B test after, and no splitting hairs about safe versus better.',
      "- I'm not even splitting what's mine from what's engineering's. It's reviews above the fold.",
    ].join('\n'),
  },
  // support-model-upgrade · Lancashire speech, built on "the canary is our A/B test" (misconception: P C M)
  {
    id: 'bx017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C M'),
    text: [
      "The way I see it, the canary is our A/B test. We put the bigger model in front of a slice, compare it to everybody else on the old one, and if the canary group's numbers come out better, that proves the new model's better and we roll it out. Job done, no separate test needed.",
      'Who does what: I own the order and what we judge it on; engineering own the routing and the model deploy.',
      "Order: our own HR staff first, since they'll spot a wrong answer on leave or payslips. Then the early-access customers who asked to try new things. The big payroll firms that use it every pay run go last, because a wrong wages answer hurts them most.",
      "What we'd compare between the canary and the rest: hallucination rate from the eval harness, thumbs-up and thumbs-down from users, and cost per conversation for finance. Whichever side wins on those is our answer, and the canary group's lift is what I'd take to the leadership meeting.",
    ].join('\n'),
  },
  // booking-purchases-lag · Lancashire speech, tram stops, the nod, built on limits set while watching (misconception: C H S)
  {
    id: 'bx018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "I don't believe in setting limits before you've seen the thing live. You can't know what normal looks like on a new date picker until it's out, so we watch the dashboards and decide what's too much as we go. If bookings look low, we judge it there and then.",
      "Order: our own staff first, then guests who've joined the beta, then returning guests. First-time guests last, because they've no history with us and they're the easiest to lose.",
      'Stops: Starr Gate for staff, North Pier at 10 %, Bispham at 50 %, Fleetwood at 100 %. Bookings turn up hours later because folk talk it over at home, so each stop holds a full market day, which rules out 100 % this afternoon.',
      'At each stop, me and Gareth Mellor, the front-end lead, give it the nod before it goes on.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · pie-shop bank-holiday rush staffing plan (off-topic)
  {
    id: 'bx019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Let me tell you how I'd plan the bank-holiday rush at the shop, because it's the thing I'm proudest of.",
      'We start a fortnight out: extra flour and steak ordered from the supplier in Wigan, two extra lasses booked on the counter, and the collection slots set at five-minute gaps instead of ten.',
      'The day before, we bake the first three hundred and hold them in the warmers. On the day, one person does nothing but hand out click-and-collect orders, one works the queue, and I am on the phone to the drivers.',
      'We did eleven hundred pies last August and nobody waited more than ten minutes.',
    ].join('\n'),
  },
  // staff-cohort-artifact · Lancashire speech, a user-research plan for the size guide (off-topic)
  {
    id: 'bx020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "What I'd do here is research. Before the size guide and the bigger photos go anywhere, I'd get eight customers in, half who buy often and half who've sent summat back for the wrong size, and watch them shop on a prototype.",
      'Then a one-question survey on the site asking whether the size guide answered their question, and a look at wrong-size returns over the next quarter.',
      "I'd share what we found with the design team in a readout and agree what to change before the next design sprint. Same as we did when we redid the pie-shop menu: ask folk first.",
    ].join('\n'),
  },
];
