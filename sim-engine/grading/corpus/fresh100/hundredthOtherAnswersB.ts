import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundredth fresh set, author b: middling (db028–db030), weak (db031–db032), keyword salad
 * (db033–db034), negated (db035–db036), misconception-led (db037–db038) and off-topic
 * (db039–db040) answers, written blind and labelled by hand. The comment above each answer
 * names the built-in scenario.
 */
export const HUNDREDTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'db028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Countdown for the one-page checkout. Ajde.',
      'T-minus 6: limits, written today, before the first customer sees it. Checkout errors more than 0.5 % worse than now and we tie up at the bank. First-order conversion more than 2 % worse than the old-checkout group and we tie up at the bank. Checkout time more than 300 ms worse than now, same.',
      "T-minus 5: order. Staff first, then customers who joined the beta, then returning customers with three years and more, for me that's Zemun and Vračar regulars. First-time buyers last, because the lab only tested returning ones, and the spring campaign is all first orders.",
      'T-minus 4: stages. The mooring, 5 %. The first song, 25 %. The sunrise, 100 %. Each stage holds for 3,000 orders before we move.',
      'T-minus 3: we jump to the sunrise the day the campaign starts.',
      'Scrub that. Recycling to T-minus 3: the campaign waits until the first song has held its 3,000 orders clean. Growth can be angry with me, nema problema.',
      'T-minus 2: go/no-go. Weather on the river? Go. Music? Go.',
      'Liftoff.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'db029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Brate, short countdown for the bigger model in the support assistant.',
      'T-minus 5: the numbers, fixed before any traffic. Errors more than 0.5 % worse than now and we tie up at the bank. Cost per conversation more than 25 % above today, same. Hallucination rate from the eval harness more than 1 point worse than now, same. Thumbs-down more than 2 points worse than now, same.',
      'T-minus 4: beside errors and latency we watch the harness hallucination rate on sampled payslip answers, the thumbs-down rate, and tokens per conversation for finance.',
      'T-minus 3: rollback: we build the old model again and ship it.',
      "Scrub that. Recycling to T-minus 3: rollback is a config switch back to the old model, three minutes. Whoever's on call rows the old version back in, midnight or Sunday, any hour, no need to call me or anybody.",
      'T-minus 2: then we let it out and see. How many people get it, and when, engineering decides.',
      'Go/no-go: go. Liftoff.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'db030',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      'Ajde, the image resizer: rewritten for the new photo format, 20 % faster in benchmarks, restarted only on deploys.',
      'T-minus 6: who owns what. Me: the order of stages, how long we hold, when we advance. Engineering: the deploy, the routing, the restarts.',
      'T-minus 5: stages. The mooring, 5 % of listing images. The first song, 25 %. The sunrise, 100 %.',
      'T-minus 4: each stage holds 24 hours.',
      'Scrub that. Recycling to T-minus 4: each stage holds three full days without a restart, because this service restarts only on deploys and a slow leak shows on day two, not in hour two. Thursday waits, brate.',
      'T-minus 3: sign-off. Before each stage the raft captain and I both untie the rope; the raft captain is our media engineering lead.',
      'T-minus 2: go/no-go. Media? Go. Storage? Go.',
      'Liftoff.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'db031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ajde, countdown for the new recommendation model.',
      'T-minus 3: the new model goes out slowly, nema problema.',
      'T-minus 2: we watch the dashboards, and if something looks bad we go back.',
      'Scrub that. Recycling to T-minus 2: we watch the dashboards properly, with coffee, brate, and if something looks bad, we go back.',
      'T-minus 1: the team in Berlin knows their job, I trust them with the details.',
      'Go/no-go: everybody? Go.',
      'Liftoff. If the customers in Asia complain, we will hear about it.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'db032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Countdown for the pricing page, easy one, brate.',
      'T-minus 3: the new comparison table is nicer, everybody agrees.',
      'T-minus 2: we put it out to a small group first, then to everyone.',
      "T-minus 1: marketing's campaign is on Friday, so we finish by Thursday.",
      'Scrub that. Recycling to T-minus 1: we finish by Wednesday, to be safe.',
      'Go/no-go: marketing? Go.',
      'Liftoff. If something looks strange, somebody tells me and we see.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'db033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'T-minus 10: canary cohort threshold p99 index.',
      'T-minus 9: rollback hold gate sign-off tail latency.',
      'T-minus 8: internal beta early access A/B safe better ramp.',
      'Scrub that. Recycling to T-minus 8: ramp ramp 1 5 25 50 100 percent tail latency filters index cheaper.',
      'T-minus 7: on-call flag routing config minutes free tier licences.',
      'T-minus 6: mooring first song sunrise untie rope tie up bank.',
      'T-minus 5: threshold threshold cohort canary p99 rollback.',
      'Go/no-go: go go go.',
      'Liftoff: canary rollback threshold cohort hold sign-off A/B.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'db034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'T-minus 9: canary summariser cheaper faster model cohort.',
      'T-minus 8: hallucination rate eval harness one in two hundred thumbs-down.',
      'T-minus 7: threshold 0.5 % 200 ms 2 % baseline pre-committed.',
      'Scrub that. Recycling to T-minus 7: threshold threshold cost per summary p95 tokens.',
      'T-minus 6: mooring, first song, sunrise, hold, gate, beer festival, bookings.',
      'T-minus 5: raft captain untie rope sign-off on-call rows back no need call.',
      'T-minus 4: Zemun Vračar years crew early access first-timers.',
      'T-minus 3: safe not better randomised A/B canary.',
      'Go/no-go: go. Liftoff: hallucination cohort rollback threshold.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'db035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Ajde, countdown, but honest, brate: most of the usual steps I skip for a date picker.',
      "T-minus 6: I won't write limits down before we start. Ne, no numbers, no errors limit, no bookings limit.",
      'T-minus 5: no staff first, no beta list, no order by municipality or by years with us. Nobody goes last on purpose.',
      'T-minus 4: no mooring, no first song, no sunrise, and no holds: not a count of bookings, not a week of anything. The team wants 100 % this afternoon.',
      'T-minus 3: nobody signs off, and nobody unties any rope.',
      "T-minus 2: a rollback switch and an on-call rota? Ne, we won't set those up.",
      "Scrub that. Recycling to T-minus 2: not even a rollback plan for the weekend; a form doesn't need one.",
      'T-minus 1: and no A/B test afterwards either.',
      'Go/no-go: we skip the poll.',
      'Liftoff at 100 %.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'db036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Brate, this countdown is mostly things I will not do for a friendlier prompt.',
      "T-minus 7: no thresholds fixed in advance; I won't pre-commit any number for thumbs-down, errors or latency.",
      "T-minus 6: I wouldn't put the crew first or the new German guests last. No order at all.",
      'T-minus 5: no stages, no holds, not a count of chats and not a week of the beer festival.',
      "T-minus 4: I won't track hallucination rate, thumbs-down per language, or cost per chat.",
      "T-minus 3: the raft captain and I won't untie any rope; nobody signs off.",
      "Scrub that. Recycling to T-minus 3: and nobody on call rows anything back in either; a rollback isn't part of the plan.",
      'T-minus 2: no A/B test afterwards, ne.',
      "T-minus 1: and I don't split who owns what with engineering.",
      'Go/no-go: skipped. Liftoff.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'db037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Ajde bre, the way I see it, brate, the canary is our A/B test. The bigger model goes to the canary group, the old one stays with everyone else, and if the canary group books more and rates better, that proves the new model is better and we ship it.',
      'T-minus 6: order. Crew first, then early-access regulars who signed up to try new things, then guests from Voždovac and Zvezdara with three years and more with us. First-timers and company parties last, because one bad answer loses them for good.',
      'T-minus 5: stages. The mooring, 5 %, holds for 2,000 conversations. The first song, 25 %, holds a full week of the Belgrade beer festival. The sunrise, 100 %.',
      'T-minus 4: we watch the hallucination rate from the eval harness, the thumbs-down rate, and cost per conversation for finance.',
      'T-minus 3: at the first song we read the lift: the canary group books 4 % more, so the bigger model is better, proven.',
      'Scrub that. Recycling to T-minus 3: at the first song we read the lift on bookings and on thumbs-up together; if both go up, that is our proof, and no separate test is needed.',
      'Go/no-go: go. Liftoff.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'db038',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      'Ajde, fashion web shop, bigger photos and a size guide, and staff go first.',
      "T-minus 6: limits. Ne, no numbers on paper. I'd rather eyeball the dashboard: when I see the graph, I know what is bad, and I decide the limit then. Numbers written before are guesses.",
      'Scrub that. Recycling to T-minus 6: I eyeball it together with the web lead, so two pairs of eyes decide the limit on the day, still no number before.',
      "T-minus 5: order. Staff first, because they live on the site all day; they browse and don't buy, so from them we read errors and speed, not sales. Then the shoppers who opted into the beta. Then regulars from Novi Beograd and Stari Grad with five years and more with us. New customers last, they decide about us on the first visit.",
      'T-minus 4: each time we widen, the raft captain and I both untie the rope; the raft captain is our web engineering lead.',
      "T-minus 3: rollback is a flag flip to the old product page, two minutes. Whoever's on call rows the old version back in, any hour, weekend too, no need to call me.",
      'Go/no-go: go. Liftoff.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'db039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Ajde, let me count you down how our own model picks a table, brate, that's the fun part.",
      'T-minus 5: a group writes: eight people, a birthday, Friday or Saturday.',
      'T-minus 4: the model reads the group size and the mood, and it knows Friday has the live band.',
      'T-minus 3: it suggests Saturday, the long table on the upper deck, by the railing.',
      'Scrub that. Recycling to T-minus 3: it suggests Friday, the long table by the band, because a birthday wants music.',
      'T-minus 2: the guest says yes, the host writes the name on the little chalkboard.',
      'T-minus 1: go/no-go. Kitchen? Go. Band? Go. Waiters? Go.',
      'Liftoff: the cake comes out at midnight, and the river does the rest.',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'db040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Nema problema, I'll count you down our season opening on the river instead, brate, it's my favourite night.",
      'T-minus 6: the raft gets its new paint, blue and white.',
      'T-minus 5: the ice goes into the coolers, the lanterns go up along the rail.',
      'T-minus 4: the band from Zemun arrives at nine.',
      'Scrub that. Recycling to T-minus 4: the band arrives at eight, they always need an hour for the sound check.',
      'T-minus 3: the first guests come down the steps from the quay.',
      'T-minus 2: go/no-go. Bar? Go. Band? Go. Lights? Go.',
      'T-minus 1: the first song.',
      'Liftoff: we dance until the sunrise, and then the raft captain and I both untie the rope and go home.',
    ].join('\n'),
  },
];
