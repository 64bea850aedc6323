import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fifth fresh set, author a: strong answers (cm001–cm007), written blind and labelled by
 * hand. Voice: a Wisconsin supper-club reservation PM, every answer a football playbook page.
 */
export const EIGHTY_FIFTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cm001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ope, come here once: the bigger model on our fish-fry assistant.',
      'Play 1, I-formation — I call the order, the punt lines and how long we hold. Engineering runs the routing, the flag and the deploy.',
      "Play 2, shotgun — staff go first, then regulars on the opted-in insiders list, then Sheboygan and Manitowoc County. First-year reservers go last: one wrong answer about the perch and they don't come back.",
      'Play 3, wishbone — punt lines, written before the opening drive: errors more than 0.5 % worse than now and we punt; p95 more than 400 ms worse than now and we punt; wrong answers on our fish-fry eval set more than 2 points worse than now and we punt; cost per conversation more than 3 cents worse than now and we punt. Thumbs-down watched too.',
      'Play 4, pistol — opening drive 2 %, two-minute drill 20 %, goal line 100 %, each held for 500 reservations; the head chef and I both call the play in the huddle before advancing.',
      "Play 5, draw — whoever's on call runs the old version back onto the field, no need to call me: any hour, one flag flip, back in under five minutes.",
      'Play 6, kneel — safe, not better. Better takes a randomised A/B test afterwards, you betcha.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cm002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'PLAYBOOK: the warmer prompt for the fish-fry assistant',
      "Coach's note up top: ope, before anybody heads to the bubbler. This is the friendlier prompt, and a quarter of our folks write to the assistant in German, the old Sheboygan and Washington County families. The English side reviewed it. Nobody checked the German. So this drive gets called careful.",
      "Play 1, huddle formation — who calls what. I own the order we go in, the punt lines and the holds. Engineering owns the flag, the routing and the deploy. I don't touch their buttons; they don't pick my counties.",
      "Play 2, I-formation — the order of the drive. Staff go first: servers, hostesses, the bartender who's worked Fridays since '94. Then the regulars who opted into the early-taste list. Then the English speakers in Dane and Milwaukee County. The German speakers, and anybody who's reserved with us for fewer than two years, go last: German because that's where a too-casual du could sting, and the new folks because they haven't learned to forgive us yet. Every stage is split by language so German gets its own read.",
      'Play 3, shotgun — punt lines, written on the whiteboard before the opening drive, and nobody erases them. Thumbs-down more than 2 points worse than now, in either language, and we punt. The eval harness tone score on German replies more than 5 % worse than now and we punt. Errors more than 0.5 % worse than now and we punt; p95 latency more than 300 ms worse than now and we punt.',
      'Play 4, pistol — the drive itself. Opening drive: 2 %, held for 400 reservations. Midfield: 10 %, held for a full week of deer-hunting season, slow Fridays and all, so we wait. Two-minute drill: 50 %, held for another 1,000 reservations with at least 200 of them in German. Goal line: everybody. At every one of those lines, the head chef and I both call the play in the huddle before anybody moves up.',
      "Play 5, draw — whoever's on call runs the old version back onto the field, no need to call me. Two in the morning on a Saturday, same deal: it's the prompt flag flipped back, live again in a couple of minutes, no redeploy.",
      "Play 6, victory formation — this canary tells us the warm prompt is safe. It doesn't tell us it's better. For that we run a proper randomised A/B test afterwards, you betcha.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cm003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Coach's sheet: the cheaper model behind the Friday fish-fry assistant",
      'Ope, come here once and look at this page before we take the field.',
      'Formation key, who is on the field: me, the PM, with the order, the punt lines and the holds. Engineering, with the routing, the model flag and the deploy. The head chef, who calls the plays with me.',
      "Play 1, single-back — staff go first. Waitstaff and the kitchen ask the assistant the same things guests do, and they'll tell me to my face when it says the walleye is on Tuesdays.",
      'Play 2, slot right — next the regulars on the opted-in early list, ten-plus years of reserving, mostly Outagamie and Brown County. They forgive us and they report.',
      "Play 3, twins — then everyone else, with first-year reservers and the Door County summer crowd last: they're new, they're worth the most to us in season, and they won't give us a second Friday.",
      "Play 4, trap — here's the trap. Hardly anybody rates an answer, and the harness only grades one in two hundred. So for the canary, engineering turns the harness up to one in ten on the new model's answers. A 5 % slice at a few hundred a minute tells us nothing by suppertime, so we hold by count, not by clock. Opening drive: staff and the early list, held until the harness has graded 300 answers. Two-minute drill: 25 %, held for 600 more graded answers and a full week of deer-hunting season. Goal line: 100 %. The head chef and I both call the play in the huddle at each line before we advance.",
      'Play 5, punt team — written before the opening drive: wrong answers from the harness more than 2 points worse than now and we punt; thumbs-down more than 3 points worse than now and we punt; errors more than 0.5 % worse than now and we punt; p95 latency more than 300 ms worse than now and we punt. Tokens per answer we watch as well, so the owner sees the savings are real.',
      "Play 6, draw — whoever's on call runs the old version back onto the field, no need to call me. Midnight or noon, it's the model switch in the config, done in a few minutes, not a redeploy.",
      'Play 7, kneel down — a canary shows it is safe. Whether cheaper is also better is a randomised A/B test afterwards, you betcha.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cm004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "GAME PLAN: the new recommendation model behind What's good tonight?",
      '(Taped inside the office door, right next to the bubbler.)',
      "Opening note: ope, this model reads more from the regional feature stores than the old one did, and those stores were sized for the old one. Up North, the Vilas County store takes its beating at the five o'clock Friday rush; the Door County store gets hit at Saturday lunch when the boats come in. So each region gets watched on its own clock, not on ours in Madison.",
      'Play 1, pro set — roles. I own the order of who gets it, the punt lines and how long we hold. Engineering owns the flag, the routing and the deploy.',
      "Play 2, I-formation — staff go first at every location, because they'll say so if the assistant pushes the prime rib on a Friday. Then the regulars who opted into the early list. Then Vilas and Door County as separate groups, so each store gets its own read, longest-reserving guests ahead of newer ones. First-time reservers and the big-party bookings come last; they're the most fragile and they're worth the most.",
      'Play 3, shotgun — punt lines, agreed before anything moves: feature-store read p95 more than 50 ms worse than now in any region and we punt; recommendation errors or timeouts more than 0.5 % worse than now and we punt; the share of guests who pick a recommended dish more than 3 % worse than now and we punt; thumbs-down on recommendations more than 2 points worse than now and we punt. We also watch how often it falls back to the default picks.',
      'Play 4, wing-T — the drive. Opening drive: 5 %, held through one full Friday rush in every region and at least 300 reservations. Two-minute drill: 25 %, held through another Friday and a Saturday lunch, 1,500 reservations. Goal line: 100 %. At every line to gain, the head chef and I both call the play in the huddle.',
      "Play 5, counter — whoever's on call runs the old version back onto the field, no need to call me, and that includes the Saturday lunch rush when I'm out on the lake. Flip the model flag and the old recommender is back in under five minutes, no redeploy.",
      'Play 6, victory formation — the canary says it is safe. Whether folks like the new picks better is a randomised A/B test after, you betcha.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cm005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ope, new payment SDK, and Friday dinner's our busiest hour.",
      'Play 1, huddle — I call the order, the punt lines and the holds; engineering runs the flag and routing.',
      "Play 2, shotgun — staff go first, then customers who opted into the wallet beta, then Dane and Waukesha County, longest-ordering customers first. First-time orderers go last: a failed first payment and they're gone.",
      'Play 3, trips right — punt lines, set before the opening drive, Android and iPhone apart: payment failures more than 0.5 % worse than now and we punt; p99 payment time more than 500 ms worse than now and we punt; completed orders more than 2 % worse than now and we punt; any one minute over 3 % failures and we punt.',
      'Play 4, I-formation — opening drive 1 %, two-minute drill 10 %, goal line 100 %, each held through a full Friday dinner; the head chef (our eng lead) and I both call the play in the huddle before the next.',
      "Play 5, draw — whoever's on call runs the old version back onto the field, no need to call me, any hour: a flag flip to the old SDK, under five minutes.",
      'Play 6, kneel — safe, not better; better needs a randomised A/B test afterwards, you betcha.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cm006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'PLAYBOOK, page 3: fares move to the new pricing service',
      'Ope, I picture this as the rides home after the fish fry and the brandy old fashioneds. The busiest trips are at night on the weekend, and they never fully stop.',
      'Play 1, pro set — who calls what. I own the order riders get it, the punt lines and the holds. Engineering owns the routing to the pricing service, the deploy and the flags.',
      'Play 2, I-formation — staff go first, on their own rides. Then riders who opted into early access. Then county by county, starting with Eau Claire and La Crosse where the nights are quieter, riders of five-plus years ahead of newer ones. Milwaukee and Dane County weekend nights come late, and brand-new riders last of all, because a wrong fare on your first ride is your last ride.',
      'Play 3, shotgun — punt lines, written and agreed Tuesday afternoon before the opening drive: fare-calculation errors more than 0.3 % worse than now and we punt; p99 quote time more than 250 ms worse than now and we punt; fares more than 1 % off what the old service charges for the same trip and we punt; completed trips more than 2 % worse than now and we punt. The billing batch shares the nightly window, so billing job time more than 10 minutes worse than now and we punt too.',
      'Play 4, shotgun (scratched out in pen): if a punt line trips at night, on-call texts me and waits for my okay before rolling anything back.',
      "Redrawn underneath: whoever's on call runs the old version back onto the field, no need to call me. Two a.m. Saturday, bar time, doesn't matter. It's a routing switch back to the old pricing service, done in under five minutes, no redeploy.",
      'Play 5, wing-T — the drive. Opening drive: staff and early access, held through the Tuesday and Wednesday nightly batch windows. Midfield: 5 %, held over a full weekend of nights and at least 20,000 trips. Two-minute drill: 25 %, held for a full week of deer-hunting season, weekends included. Goal line: 100 %. At each line, the head chef, that is our engineering lead, and I both call the play in the huddle.',
      "Play 6, victory formation — the canary tells us the new pricing is safe. It doesn't tell us it's better for riders; a randomised A/B test afterwards does that. You betcha.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cm007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'PLAYBOOK: moving task storage to the new cluster',
      "Come here once, I'll walk you through it. At the supper club we don't haul the old walk-in cooler to the curb until the new one has held temperature through a Friday. Same here: the old cluster doesn't get decommissioned at the end of the month unless we've reached the goal line and held there.",
      "Play 1, pro set — my side of the ball: the order teams get moved in, the punt lines, the holds. Engineering's side: the proxy, the routing, the deploy and the data copy, with writes mirrored to the old cluster the whole way.",
      'Play 2, I-formation — our own team goes first; we live in the tool all day. Then customers who opted into early access. Then small teams county by county, Brown County, Outagamie, wherever, the ones with the most years with us first. Big teams with heavy boards and brand-new signups go last: the big ones put the most load on it and cost us the most if it falls over, and the new ones are still deciding whether to stay.',
      'Play 3, shotgun — punt lines, set before the opening drive: task-load errors more than 0.2 % worse than now and we punt; p99 page load more than 300 ms worse than now and we punt; proxy connection errors more than 0.1 % worse than now and we punt; tasks created per active user more than 3 % worse than now and we punt.',
      'Play 4, wing-T — every hold has to see cold caches, so each stage starts on a Monday morning when people log on. Opening drive: 1 %, held for 5,000 page loads and a Monday morning. Midfield: 10 %, held for a full week of deer-hunting season. Two-minute drill: 50 %, held through another Monday peak. Goal line: 100 %, held a week before the old cluster goes. At each line the head chef, that is what I call our engineering lead, and I both call the play in the huddle.',
      "Play 5, draw — whoever's on call runs the old version back onto the field, no need to call me. Any hour of the day or night it's a routing switch in the proxy back to the old cluster, a couple of minutes, no redeploy.",
      "Play 6, kneel — this canary shows the move is safe. Whether it's better for users takes a randomised A/B test afterwards, you betcha.",
    ].join('\n'),
  },
];
