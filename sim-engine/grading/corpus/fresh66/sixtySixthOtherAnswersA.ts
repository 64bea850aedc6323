import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-sixth fresh set, author a: middling (bt008–bt010), weak (bt011–bt012), salad (bt013–bt014),
 * negated (bt015–bt016), misconception-led (bt017–bt018) and off-topic (bt019–bt020) answers,
 * written blind, labelled by hand.
 */
export const SIXTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order · gym PM in speech, workout stages, mornings; no numbers, no named sign-off
  {
    id: 'bt008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "Honestly I'd treat it the way I treated releases at the gym app. As PM I decide who sees the one-page checkout and when, and how long we wait between steps; the engineers handle the flag and the deploy, that's theirs.",
      "Warm-up is our own staff buying with their own cards. First set is the returning customers who signed up for early access, because they're the ones who loved it in the lab and they'll tell us what's off. Second set is the rest of the returning customers. First-time buyers go last, and I mean last, because autofill has nothing to fill for them and they're the whole point of the spring campaign.",
      'Each set holds for three full mornings before we move on.',
      "What would I watch? Conversion, mainly, and whether people get stuck. If it looks worse we'd go back and have a look at what's going on. And we'd want it all done in time for spring.",
    ].join('\n'),
  },
  // support-model-upgrade · Manx English in speech, quick answer; limits, model gates and rollback only
  {
    id: 'bt009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Quick version, so. I'd send a slice of the questions to the bigger model and watch it.",
      "Before anything moves, the limits are set: errors no more than half a percent over what we see today, p95 latency no more than 400 ms over, and escalations to a human agent no more than two points over the old model's rate. And because it's a model, we gate on the eval harness too, hallucination rate no more than one point over, and on cost per conversation, which can't go more than 25 % over. Finance wants that number.",
      "If any of those trip, whoever's on call switches it back to yesterday's build with the config flag. It takes a couple of minutes, any hour of the night, and they needn't ask me.",
      "Then if all's quiet we'd just turn it up to everyone.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · gym PM, workout stages with day-long holds, the nod, canary vs A/B; random sellers
  {
    id: 'bt010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "The team wants it everywhere by Thursday, and I get it, the benchmarks are lovely. But a resizer that's only restarted on deploys can go bad slowly, so I'd stage it like a workout.",
      'Warm-up, first set, second set, cool-down. Each one holds a full day and a night, so nothing moves on before the service has run twenty-four hours without a restart, and before every move Dara Cannell, the image-platform lead, gives the nod on the release call. No nod, no next set.',
      'Who goes first? Honestly, a handful of sellers picked at random, then more of them.',
      "We'd keep an eye on the graphs, memory and latency mostly, and if something looks off we'd roll it back.",
      "One thing I'd push back on: 20 % faster in a benchmark isn't 20 % better for sellers. The canary only tells us it's safe to run; if we want to say it's better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Manx English in speech, easy-going, nothing concrete
  {
    id: 'bt011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Ah, sure, it's only a prompt, isn't it. I'd go gently with it, let a few people try the friendlier version and keep an eye on how folk are taking it, the German side especially, since they're particular about that sort of thing. If it's going down badly we'd put the old one back. Traa dy liooar, as we say at home, time enough. No need to rush it.",
    ].join('\n'),
  },
  // pricing-page-healthy · gym PM, breezy, nothing concrete
  {
    id: 'bt012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At the gym app we changed our pricing page loads of times and it was never a big deal. It's a table, and the checkout behind it is the same. I'd put it live for some people early in the week, make sure it looks right on phones, ask marketing whether they're happy, and have it out for everyone before the campaign on Friday. If something seemed wrong we'd sort it.",
    ].join('\n'),
  },
  // quiet-feedback-trap · keyword lines, numbers floating free of any metric
  {
    id: 'bt013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, summariser, cheaper model, vets.',
      'Warm-up / first set / second set / cool-down / warm-up.',
      "p95 three mornings 1 in 10 nod hallucination 0.5 % yesterday's build 400.",
      'Eval harness, eval harness, 1 in 200, thumbs-down, tokens, cost, clinics.',
      'Internal early access multi-site new clinics last first.',
      '2 s, 5 %, 50 %, 100 %, three points, one point, no more than over today.',
      'Nod, nod, nod. Release call. PM owns, engineering owns.',
      'On-call config switch minutes redeploy baseline gate hold.',
      'Safe better randomised A/B canary.',
    ].join('\n'),
  },
  // search-tail-latency · buzzword sentences in Manx speech, no commitment in any of them
  {
    id: 'bt014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Tail latency is the canary of the canary, really. Thresholds, cohorts, holds, sign-off, rollback: the whole warm-up, first set, second set, cool-down of it. p99, p95, 200 ms, 0.5 %, free tier, institutional licences, 1 %, 5 %, 25 %, 100 %. No more than over what we see today, so to speak. Gates and nods and timetables, three of them. On-call, config, routing, minutes. A/B, randomised, safe versus better. The PM owns, engineering owns, everybody owns. Filters, rare queries, index layout, cheaper to host. That's the canary for ye, boy.",
    ].join('\n'),
  },
  // booking-purchases-lag · Manx English in speech, every practice named only to be rejected
  {
    id: 'bt015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'll be straight with you: they want it at 100 % this afternoon and I wouldn't stand in the road of that. It's a date picker. At the gym app we'd change the class-booking calendar without any fuss at all.",
      "So I wouldn't start with staff or a beta group; there's no call for a special order of who sees it first. I wouldn't write rollback limits down beforehand either, not on errors, not on page speed, not on bookings. No stages, no warm-up or cool-down, no holding for three mornings, and nobody needs to give the nod; it's not a release-call sort of change.",
      "I wouldn't keep a switch to put yesterday's build back, and I wouldn't name anybody on call for it. We won't be reverting a date picker at two in the morning.",
      'And no A/B test afterwards either.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · "what I'd leave out" list with workout-stage names, every practice rejected
  {
    id: 'bt016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "What I'd leave out, and why after:",
      '- No staff-first, opted-in-next order of regions or customers.',
      '- No limits agreed beforehand: not on errors, not on p99, not on baskets added.',
      '- No warm-up, first set, second set or cool-down, and no holds of any number of mornings.',
      '- Nobody giving the nod; no release call.',
      '- No eval harness run on the new model, no watching cost per request or feature-store timeouts.',
      "- No on-call person with the authority to revert to yesterday's build, and no config switch kept for it.",
      '- No A/B test afterwards.',
      "Why: it's an ordinary week, the team is in Berlin, and the offline numbers looked fine. I'd ship it and get on with the next thing.",
    ].join('\n'),
  },
  // support-model-upgrade · gym PM, workout stages, timetables, the nod; built on "the canary is our A/B test"
  {
    id: 'bt017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S R M'),
    text: [
      "The way I see it, the canary is our A/B test. The bigger model goes to a canary cohort, the old one stays with everyone else, and if the canary cohort's satisfaction comes out higher, that proves the new model is better, and that's the number I take to Finance to justify the cost per conversation. No separate experiment afterwards; the canary has already answered it.",
      'Order: warm-up with our own HR team, first set with customers in the early-access programme, second set a quarter of general customers, cool-down everyone, with the large payroll bureaux last, because a wrong payslip answer costs them most.',
      'Limits before we start: errors no more than 0.5 % over what we see today, p95 latency no more than 300 ms over, hand-offs to human agents no more than two points over, hallucination rate on the eval harness no more than one point over, cost per conversation no more than 20 % over.',
      'Each stage holds three full timetables, three working days, and Niamh Faragher, the support-product lead, gives the nod before every step.',
      "Whoever's on call reverts to yesterday's build through the model flag: a couple of minutes, any hour, no approval.",
      "And at the end, the canary cohort's satisfaction lift is our launch headline.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Manx English in speech, workout stages, the nod; built on setting limits while watching
  {
    id: 'bt018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      "Right, my view on limits is the opposite of most people's: you can't know what bad looks like until you've seen it, so I don't fix numbers beforehand. I watch the dashboards through the warm-up, see what normal is for this release, and set the rollback limits then, from what I see.",
      'What I own is the order, the limits and the holds; the web team owns the flag and the deploy.',
      "Warm-up is staff, since they're on the live site all day anyway. First set, customers who opted into the preview. Second set, half the regular shoppers. Cool-down, everyone, with new shoppers last, because they've no reason yet to forgive us.",
      'Each set holds three full mornings, and Catriona Quayle, head of e-commerce, gives the nod before we go on.',
      "If staff aren't buying in the warm-up, I'd look at that and decide then what drop in conversion I'm willing to accept for the later sets, once I've watched it a while.",
      "Whoever's on call can revert to yesterday's build at any hour without asking; it's a flag flip, two minutes.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Manx English in speech, a plan for the gym app's January rush instead
  {
    id: 'bt019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I'll answer with the thing I know best, which is getting a gym booking app through January, because it's the same sort of pressure.",
      "In November we'd sit down with every branch manager, Douglas, Ramsey, Peel, Port Erin, and look at last year's bookings hour by hour. The six a.m. spin and the lunchtime circuits fill in seconds the first two weeks, so we'd add classes to the timetable there and put on an extra instructor for the Saturday mornings.",
      "Then the waitlist rules: a member gets one waitlist place per day in January, otherwise the keen ones hoard them. We'd send the new-year members a welcome push with the quiet times, so they spread out a bit.",
      "Support would get two extra people on the phones for the first fortnight, and I'd write them a crib sheet for the ten questions we always get, freezing a membership, changing branch, that sort of thing.",
      "And by the end of January we'd look at who came back in February, because that's the number the owners care about.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · gym PM, a plan for localising the prompt's German instead
  {
    id: 'bt020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'The real problem here is the German, so that is what I would fix.',
      'At the gym app we translated the class-booking screens into Irish for our Galway branches, and the lesson was that you hire a native writer, not a translator, and you give them a voice guide before they start.',
      'So: first, I would bring in a German copywriter who writes for business software and have them draw up a short style guide: Sie by default, du only where the user has used it first, no exclamation marks, greetings that match the formality of the email being answered.',
      'Second, the rewritten prompt gets a German version written from that guide, not translated from the English one.',
      'Third, I would set up a review group of five German-speaking customers who read sample replies every fortnight and mark anything that sounds too familiar.',
      'Fourth, the English team and the German writer meet once a month so the two voices do not drift apart.',
      'That would take about six weeks and a modest budget, and it fixes the thing the review missed.',
    ].join('\n'),
  },
];
