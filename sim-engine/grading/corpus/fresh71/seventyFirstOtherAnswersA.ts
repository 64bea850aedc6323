import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-first fresh held-out set, author a: middling (by008–by010), weak (by011–by012), salad
 * (by013–by014), negated (by015–by016), misconception-led (by017–by018) and off-topic (by019–by020)
 * answers. Written blind and labelled by hand before anything was run; a point is labelled only when
 * the answer commits to it as part of its own plan.
 */
export const SEVENTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order (service) · Northumbrian English in speech; tee-time app PM; one paragraph
  {
    id: 'by008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "Aa'd split it plain: my job's the order the clubs gan in and how lang we sit at each stage; the engineers own the flag and the deploy. For the order, staff first, then the clubs on wor early-access list, then regular members wi' a handicap who've got saved cards. First-time visitors gan in last, 'cause this one-page checkout was tried on regulars in the lab and it's the new folk it could lose, right before the spring visitor season when first bookings flood in. Stages: the first tee at 5 %, and we sit there for a full round of Sunday fourballs; the turn at 30 %, and we sit there for 1,000 tee-times; then the eighteenth green. We'd keep an eye on the bookings, and if it looked off we'd gan back.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · tee-time app PM; plain written paragraph, limits then rollback
  {
    id: 'by009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Before any traffic moves to the bigger help-assistant model, I'd write the limits down against par, meaning the current model today: error rate owt more than 0.5 % over par, p95 reply time owt more than 400 ms over par (a bigger model with a longer context will be a bit slower), hallucination rate on the eval harness no more than 1 point over par, thumbs-down no more than 2 points over, and cost per conversation no more than 30 % over par, since finance are asking. If any of those is crossed, whoever is on call puts last week's build back straight away: a config switch in the model router, a couple of minutes, day or night, no sign-off needed from me. Then we'd roll it out gradually over a couple of weeks and see how members get on.",
    ].join('\n'),
  },
  // search-tail-latency (service) · Northumbrian English in speech; tee-time app PM; course search
  {
    id: 'by010',
    scenario: 'service',
    class: 'middling',
    points: points('P C A'),
    text: [
      "Aa see it like this. The platform lads own the new index, the routing and the flags; what's mine is who gets it first and what the canary's for.",
      "Order: wor own staff searchin' first, then the opted-in early-access golfers. They're the ones who use every filter goin', links only, buggy hire, dogs allowed, Sunday efter two, so they'll find the slow queries. Then free-tier golfers region by region. The paying Premium members and the clubs that pay for their listings gan last, 'cause they're the ones we'd lose.",
      "And Aa'd be clear wi' the team: the canary tells us the new index is safe, nowt more. If marketing want to say search is better, that's a randomised A/B test efter, not a read off the canary group. How far and how fast we gan, Aa'd work out wi' engineering on the day.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · tee-time app PM; chatty, vague paragraph
  {
    id: 'by011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Course photos matter a lot in a tee-time app; golfers want to see the fairways before they book. With the new resizer I'd want to be careful. I'd have a chat with the engineers about how they normally do these things, maybe try it on a few clubs first and keep an eye on things. If photos start loading slowly we can sort it out. The benchmarks look good, so I'm fairly confident, and getting it out by Thursday seems doable if nothing goes wrong.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Northumbrian English in speech; tee-time app PM; vague
  {
    id: 'by012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Aa'd say the main thing wi' a new model is to gan canny. Put it oot to a few folk, see what they think, and if the club secretaries are happy, carry on. The cheaper model should save us a bit, which is canny. We'd look at the feedback and the numbers as we gan along and make a call. If summat's wrong, we'd sort it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · keyword jumble in golf terms, no clauses
  {
    id: 'by013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'First tee, the turn, eighteenth green. Green flag, green flag.',
      'Owt more than 0.5 % over par. 200 ms. p95 p99. 2 %. 3 points. 25 %.',
      'Clubs, handicap, staff, early access, resort clubs last, visitors last, Australia, Saturday rush, feature store.',
      'Sunday fourballs. 2,000 tee-times. Hold hold gate.',
      'Hallucination rate, eval harness, thumbs-down, tap-through, token cost, compute cost.',
      "On call, last week's build back, config switch, two minutes, any hour.",
      'Canary safe, A/B better, randomised, efter.',
      'PM owns, engineering owns, Sam Tait, ML lead.',
    ].join('\n'),
  },
  // booking-purchases-lag (service) · headings with fragment lists, repeated tail
  {
    id: 'by014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary plan: cohorts / thresholds / holds / sign-off / rollback / A/B.',
      'Cohorts: staff, early access, clubs, handicap, visitors, resort.',
      'Thresholds: 0.5 %, 200 ms, 2 %, par, over par, baseline.',
      'Holds: first tee, the turn, eighteenth green, fourballs, tee-times, 24 h.',
      'Sign-off: green flag, green flag, two names.',
      "Rollback: on call, last week's build, switch, minutes, any hour.",
      'A/B: safe, better, randomised, afterwards.',
      'Lag: bookings, hours, date picker, client-side store, late conversions.',
      'Cohorts thresholds holds sign-off rollback A/B. Cohorts thresholds holds sign-off rollback A/B.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Northumbrian English in speech; tee-time app PM; every practice waved away
  {
    id: 'by015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, for bigger photos and a course guide Aa wouldn't bother wi' any of the canary rigmarole. Aa wouldn't put the pro-shop staff first or line the clubs up in any order: nae early-access clubs, nae handicap bands, nowt. Aa wouldn't write doon limits for errors or page speed or bookings beforehand either. Nae first tee, nae turn, nae holdin' for a round of fourballs, and Aa'm not havin' two folk give it the green flag at every step. Aa divvent want an on-call rollback switch for a page of photos, and there's nae need for an A/B test efter. We'd ship it to every club on the Monday and that's that.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · tee-time app PM; "No …" list
  {
    id: 'by016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "My honest answer: I'd skip most of what people recommend here.",
      "- I'm not going to split who owns what between me and engineering; we're a small team.",
      '- No cohort order: not staff first, not German-speaking clubs early, not the big clubs last.',
      "- No pre-agreed limits. I'm not writing down error, latency or booking numbers in advance.",
      '- No stages and no holds: no first tee, no turn.',
      '- No sign-offs; nobody needs to give it the green flag.',
      "- No eval harness run, no thumbs-down tracking, no token budget. It's only a prompt.",
      "- No on-call rollback plan; we won't need to put last week's build back.",
      '- No A/B test afterwards either.',
      'The prompt goes live for everyone on Friday.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Northumbrian English in speech; tee-time app PM; canary treated as the A/B test
  {
    id: 'by017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      "The way Aa see it, the canary is wor A/B test. We put the new suggested-slots model on a slice, the old one stays on the rest, and whichever books more rounds wins. That's how we prove the new model's better, nae need for owt efter.",
      "Order: staff and the pro shops first, then the early-access clubs, then UK members, then the Australian clubs whose Saturday rush lands on wor Friday night. Visitors and resort clubs last, 'cause they're worth the most.",
      'The first tee at 5 %, held through a full round of Sunday fourballs; the turn at 30 %, held for 2,000 tee-times; the eighteenth green efter that. Me and Sam Tait both give it the green flag at each one.',
      "We'd watch p95 latency, tap-through on the suggestions and the compute cost per request alongside the bookings. If it's fallin' over, whoever's on call puts last week's build back wi' the config switch, any hour, couple of minutes, nae askin'.",
      "And if the canary group books 3 % more, that's wor answer: the new model's better, and we tell the board.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Northumbrian English in speech; tee-time app PM; limits set while watching
  {
    id: 'by018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R A'),
    text: [
      "Here's where Aa differ from the textbook: Aa divvent set rollback limits before we start. Last week was the spring sale, 20 % off every green fee, so naebody knaas what a normal week looks like. We'll watch the first day's bookings, errors and page times and pick the line once we've seen them. That's the honest way.",
      "Otherwise: Aa own the order and the holds; engineering own the deploy and the flag. Staff and the early-access clubs first, ordinary clubs next, then visitors and the big resort clubs last, 'cause they're new or they're worth the most.",
      'The first tee at 5 %, held for a full round of Sunday fourballs; the turn at 50 %, held for 1,500 tee-times; then the eighteenth green. Me and Graham Robson both give it the green flag each time.',
      "Whoever's on call can put last week's build back any hour wi' the flag, a minute or two, nae askin'.",
      "And the canary only tells us it's safe. If leadership want to know whether reviews up top sell more rounds, that's a proper randomised A/B test efter.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · tee-time app PM; the Friday marketing campaign planned instead of the release
  {
    id: 'by019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "For Friday, I'd plan the campaign around the new membership comparison table. The email goes to the 40,000 golfers who booked last season, split by club and by handicap so the copy fits: a 24-handicapper wants the beginner-friendly courses, a scratch golfer wants the links. Social posts go out at 7 pm on the Thursday, when the weekend tee sheet opens and everyone is on the app anyway. The budget is £3,000, mostly on paid social in the North East and the Borders. Jenny Armstrong in marketing writes the copy and I check the prices in it match the table. Success is 3 % of recipients clicking through and 400 new Premium members by the end of the month.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Northumbrian English in speech; the club championship weekend itself planned
  {
    id: 'by020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Aa'll tell you how Aa'd run a club championship weekend, 'cause it's the same kind of thing. Draw on the Wednesday, posted in the clubhouse and on the app. Saturday, first group off the first tee at seven, groups of three, ten minutes apart. The starter's Ken Robson, he's done it thirty year. Scorecards back to the secretary at the eighteenth green, signed by the marker. Sunday's the final thirty-six holes, top sixteen through, and the presentation's at six wi' a buffet. If it rains, we play preferred lies and the committee decides by eight on the Sunday.",
    ].join('\n'),
  },
];
