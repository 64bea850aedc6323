import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-first fresh set, author a: middling (ci008–ci010), weak (ci011–ci012), salad (ci013–ci014),
 * negated (ci015–ci016), misconception-led (ci017–ci018) and off-topic (ci019–ci020) answers,
 * written blind and labelled by hand in the same voice as the strong set.
 */
export const EIGHTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ci008',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "And they're off with the bigger model for the parts helper. Out of the starting gate it's just our own counter staff, since they'll spot a wrong part number in a heartbeat.",
      "Into the backstretch come the farms that asked for an early look, the ones that've ordered with us a dozen seasons. The first-season farms and the big dealerships we keep back till the home stretch, 'cause a bad answer costs us the most there.",
      'Each stage holds a full Derby week of orders before we move on.',
      "The whole way round I'm watching how often it makes up a part number on the eval harness, how many mechanics hit thumbs-down, and what each question costs now that the model's bigger.",
      "Past that, I reckon we'll see how it runs.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'ci009',
    scenario: 'service',
    class: 'middling',
    points: points('T S R'),
    text: [
      "And they're off, task storage moving to the managed cluster behind the new proxy. The load tests passed, but with warm caches, so I trust 'em about as far as a part number wrote on a napkin.",
      'Before a single page load moves, the limits are on paper: page-load errors more than 0.3 % worse than now and we pull up; p99 task reads more than 250 ms worse than now and we pull up; proxy timeouts more than 0.1 % worse than now and we pull up.',
      'The eng lead and I both nod every time before traffic moves up.',
      "And if a limit trips at any hour, whoever's on call puts the old version back on the track, no need to holler for me: the proxy gets pointed back at the old database, a few minutes, no redeploy.",
      "How much traffic goes when, I'll leave to the platform team.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'ci010',
    scenario: 'service',
    class: 'middling',
    points: points('P C A'),
    text: [
      "Alright, calling it from the rail: the one-page checkout's on the track.",
      'The way I see my job as PM here, I pick who goes first and when we stop; the engineers own the flag and the routing, and I keep my hands off that.',
      "Starting gate is our staff, who check out on the live site anyhow. Then the backstretch is returning customers who opted into the preview, since they're the ones who loved it in the lab. First-time buyers go last, 'specially with the spring campaign coming, because a first order lost at checkout is a customer that never comes back.",
      "Now, whatever the numbers say at the end, that only tells us the page didn't break anything. If Growth wants to know it sells more, we run a proper randomised A/B test after.",
      "I reckon we'll watch the dashboards and go from there.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ci011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I reckon we'd put the cheaper model out to some of the mechanics and see how it goes. It's faster and it'll save us money, and the evals looked alright.",
      'If folks start complaining at the counter we can always go back.',
      "The engineers know this part better than me, so I'd let them pick how much and when, and I'd keep an eye on it.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'ci012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "And they're off! The new pricing page breaks from the gate, and it's a nice-looking table, y'all.",
      "Marketing's campaign goes Friday, so we'll put it out to some folks a few days before, watch how it does, and if anything looks funny we'll pull it.",
      "It's just a page and nothing in the backend changes, so I don't expect much trouble. Then everybody gets it in time for Friday.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ci013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, cohort, county, seasons ordered, starting gate, backstretch, home stretch, the wire.',
      'Thresholds, more than 0.5 % worse, pull up, p95, 200 ms, holds, Derby week, gate, gate, gate.',
      'Trainer nod, sign-off, rollback, on call, flag flip, minutes, no redeploy.',
      'Feature store, lunch peak, Singapore, Berlin, hallucination, thumbs-down, eval harness, cost per query.',
      'A/B test, randomised, safe not better, PM owns, engineering owns routing.',
      "Y'all, fixin' to, ramp 1 5 25 50 100, hold gate ramp, cohort threshold rollback, they're off.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ci014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Image resizer canary y'all: staff cohort, opted-in beta, county, seasons, first-season last.",
      'Threshold p99 errors 0.5 % 200 ms memory restart leak Thursday.',
      'Hold gate backstretch home stretch wire, trainer nod sign-off, on-call rollback routing switch minutes.',
      'A/B randomised afterwards safe better, PM owns engineering owns, ramp ramp hold hold gate gate.',
      "Parts counter serial number, pull up, Derby week, they're off, coming round the turn.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ci015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "And they're off, and I'll tell you what I'm not fixin' to do.",
      "I'm not gonna start with staff, even though that's the textbook, and I won't bother with opted-in early-access folks neither. I'm not keeping new customers for last.",
      "I'm not setting any limits before the gate opens; no numbers written down ahead.",
      "I don't see the point in holding at each stage, or in naming stages at all.",
      "Nobody's signing off on each step, not me, not the eng lead.",
      "I won't split out what's mine from what's engineering's.",
      "I'm not lining up an on-call rollback switch, and I'm not running an A/B test after.",
      'Bigger photos and a size guide: it all goes out at once.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ci016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Let me be plain about the warmer prompt for the parts helper.',
      "I won't split the Spanish speakers from the English ones, and I won't run it past staff first. There'll be no early-look cohort, and I'm not keeping the first-season farms for last.",
      "I'm not writing down any pull-up numbers ahead of time, and there won't be stages with holds. The trainer and I won't be nodding at any pole, because there won't be any poles.",
      "I'm not tracking thumbs-down or wrong-part answers or cost per question.",
      "I'm not having whoever's on call put the old version back; nobody touches that flag.",
      "And no, I'm not calling this a safety check and running an A/B test afterward. I'm not saying what's mine and what's engineering's, either.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ci017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      "And they're off, and here's how I see it: this canary is our A/B test. The farms on the bigger model race the farms on the old one, and if the big model's side orders more parts and asks fewer follow-up questions, that proves it's the better model and we send it to 100 %. That's the whole point of running it.",
      'As PM I own the order of the field and how long we hold; engineering owns the routing and the flag.',
      "Starting gate is our counter staff. Backstretch is farms that have ordered with us ten seasons and signed up for the early look. The first-season farms come in last, in the home stretch, since they're the ones we'd lose over one bad answer.",
      'Each stage holds a full Derby week of orders before it moves.',
      "The whole way round I'm watching wrong-part answers on the eval harness and thumbs-down from the mechanics.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ci018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "And they're off, the new date picker and the shorter form leaving the gate. The team wants 100 % this afternoon; that ain't happening.",
      "Starting gate is our own staff, a couple percent. Backstretch is guests who've booked with us three seasons or more and joined the beta; they'll forgive a hiccup. First-time guests come last, in the home stretch, because they're deciding at the kitchen table whether to trust us.",
      'Each stage holds a full day and a night before we go on, since folks book hours after they look.',
      "Now, limits: I don't set numbers ahead of time. I'll eyeball the bookings dashboard as it runs and decide right then what's too much; you can't know the right number till you've seen the race.",
      "If it does go wrong, whoever's on call puts the old version back on the track, no need to holler for me, any hour: it's the flag, off in a minute, no redeploy.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ci019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Well, I reckon the best thing I ever learned, I learned at the Derby in '09, standing at the rail with my granddaddy.",
      "He said you can tell a horse by how it walks to the post, not by how it runs the first furlong. We'd go every May, eat burgoo, and he'd bet two dollars on the grey every time, win or lose.",
      "The parts counter taught me the rest: the farmer who's mad about a backordered PTO shaft just wants you to call him back when you said you would. Do that and he'll order from you for thirty seasons.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ci020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "And they're off in the fifth at Keeneland, and it's Blue Tractor breaking sharp from the rail, Hay Baler second, and Fescue Queen tucked in third.",
      "Coming round the turn Hay Baler makes his move on the outside, Blue Tractor's holding on, and down the home stretch it's a two-horse race.",
      'Blue Tractor by a neck! The trainer and I both nod.',
      "That's what I'd be doing with my Saturday, y'all; the recommendations can wait till Monday.",
    ].join('\n'),
  },
];
