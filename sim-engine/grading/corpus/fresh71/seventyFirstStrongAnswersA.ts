import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-first fresh held-out set, author a: strong answers (by001–by007). Written blind (neither
 * the grader nor any other answer file was read) and labelled by hand before anything was run. Four
 * model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SEVENTY_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Northumbrian English in speech; tee-time app PM; help assistant moved to the bigger model
  {
    id: 'by001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Reet, so. Aa run product on a tee-time bookin' app, clubs up and doon Northumberland and the Borders, and we've a help assistant in it that answers aboot refunds, memberships and green-fee vouchers. Say we're swappin' it onto the bigger model.",
      "First thing, what's mine and what's no'. Mine is the order the clubs gan in, the limits, and how lang we sit at each stage. The engineers own the routing, the deploy and the flags.",
      "Order: wor own staff and the pro-shop lads at Alnmouth first, 'cause they'll tell us straight when it's talkin' rubbish. Then the clubs that put their names doon for early access. Then the regular members wi' a handicap who book every week. Visitors bookin' their first round, and the big resort clubs that bring in most of wor money, gan in last, 'cause a daft answer costs us most there.",
      "Limits, written doon before a single chat moves, against what we see now, which is par: owt more than half a percent over par on errors, owt more than 200 milliseconds over par on p99, completed refunds or bookings doon more than 2 % on par. Then the model ones: hallucination rate from the eval harness nae more than one point over par, thumbs-down rate nae more than three points over, p95 reply time nae more than 400 milliseconds over, and tokens per conversation nae more than 40 % over par, 'cause finance have asked what it costs.",
      'Stages: the first tee is 2 %, and we hold for a full round of Sunday fourballs, so a whole weekend. The turn is 25 %, held for 600 conversations at least. The eighteenth green is everybody. Before we move on, me and Jack Milburn, the engineering lead, both give it the green flag, or it stays put.',
      "If owt trips, whoever's on call puts last week's build back, the old model, day or night, wi'oot ringin' me first. It's a switch in the router config, couple of minutes, nae redeploy.",
      "And mind, the canary only tells us it's safe. Whether the bigger model's actually better, that's a proper randomised A/B test efter.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · tee-time app PM; terse notes with dashes; stages on a round; short (under 220)
  {
    id: 'by002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Payment SDK swap, green fees paid in the app:',
      '- Mine: the order clubs go in, the limits, the holds. Engineering: the SDK rollout, the flags, the routing.',
      "- Order: our staff and two friendly clubs (Bamburgh, Rothbury) first, since they report bugs; then the opted-in early-access clubs; then iPhone members; then Android members, the bursts' likely home; first-time visitors and the big resort clubs last, because a failed payment loses them for good.",
      "- Limits, fixed before any traffic moves, against par (this week's numbers): payment failures owt more than 0.5 % over par in any one minute, p99 payment call owt more than 300 ms over par, paid tee-times down more than 2 % on par.",
      '- First tee: 1 %, held for 200 paid tee-times including one Thursday 7 pm sheet opening. The turn: 20 %, held through a full round of Sunday fourballs. Eighteenth green: 100 %.',
      '- Before each stage Priya Shah (payments lead) and I both give it the green flag.',
      "- Whoever's on call puts last week's build back: a flag flip, under five minutes, any hour, nobody to ask.",
      '- The canary says safe, not better. Whether wallets lift bookings is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · tee-time app PM; story of a club championship weekend first, then the plan in prose
  {
    id: 'by003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me start with a club championship weekend two summers back, because it shapes how I'd run this. We'd moved the match-report summariser, the thing that turns a day's scorecards into the write-up the club secretary posts, onto a new model on the Friday. By Sunday night it had handed the men's title at Hexham to the runner-up. Nobody rated the summary; the secretary fixed it by hand and rang us on the Tuesday. Our dashboards were green the whole time.",
      'So, the move to the cheaper model. What I own as PM is which clubs go first, the limits and how long we hold. Engineering own the routing and the model switch itself.',
      "Order: our own test club and staff first, then the dozen secretaries who opted in to early access and actually tell us when it's wrong. Then ordinary clubs, small before big. Newly signed clubs and any club in its championship week go last, because that's where a wrong name hurts most.",
      "Limits, agreed and written down before anything moves, against par, which is what the current model does today: errors owt more than 0.5 % over par, p95 latency owt more than 300 ms over par, hallucination rate from the eval harness owt more than 1 point over par, secretaries' edits or thumbs-down owt more than 3 points over par, and cost per summary must actually fall, or we stop.",
      "The trap is volume. At 5 % we'd get a handful of ratings a day, and the harness grades one summary in 200. So during the canary the harness grades every canary summary, and holds are counted in graded summaries, not hours. The first tee is internal and early-access clubs, held until 400 graded summaries and at least a full round of Sunday fourballs. The turn is 25 % of clubs, held for another 1,000 graded summaries. The eighteenth green is everybody.",
      'At each stage Moira Dodds on the ML side and I both give it the green flag, or it waits.',
      "Whoever's on call can put last week's build back at any hour without asking me: a config switch in the model router, under five minutes, no redeploy.",
      "And the canary only says the cheaper model is safe. If we want to claim its write-ups are better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · tee-time app PM; numbered list, plain written English with Northumbrian "owt"
  {
    id: 'by004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Tee-sheet storage moving to the managed cluster behind the new proxy. Seven decisions:',
      '1. Who owns what. Me: the order clubs go in, the limits, how long each stage holds. The platform team: the proxy, the data migration, the routing and the flags.',
      "2. Order. Our staff test club first; then the clubs on the early-access list; then small nine-hole clubs with light tee sheets; then the big members' clubs. The resort courses that take most of our bookings, and new clubs still onboarding, go last: a slow tee sheet costs us most there, and new clubs don't trust us yet.",
      '3. Limits, fixed before a single read moves, against par (what the old cluster does now): error rate owt more than 0.5 % over par; p99 tee-sheet load owt more than 250 ms over par; completed bookings down more than 2 % against par. The load tests ran with warm caches, so the p99 limit applies from minute one, not after a warm-up.',
      '4. Stages. First tee: 2 %, held for a full round of Sunday fourballs plus one Thursday 7 pm weekend-sheet opening, caches cold. The turn: 25 %, held for 3,000 tee-times booked. Back nine: 60 %, held two days. Eighteenth green: 100 %.',
      '5. Sign-off. Before each stage Graham Robson (platform lead) and I both give it the green flag.',
      "6. Rollback. Whoever's on call puts last week's build back: a proxy routing switch to the old cluster, under five minutes, any hour, nobody to ring first. That's why the old cluster stays up past month end until we've sat at the eighteenth green for a week.",
      "7. What this proves. Only that the new storage is safe. If anyone wants to claim it's faster for golfers, that needs a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Northumbrian English in speech; tee-time app PM; suggested-slots model; short (under 220)
  {
    id: 'by005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Aa'd keep it tight. Mine: order, limits, holds. Engineering's: routing, flags, feature stores.",
      "Order: staff and the pro shops first, then opted-in clubs, then UK members by handicap band, then the Australian clubs, whose Saturday-morning rush is wor Friday night and where the feature stores'll creak. Visitors and the big resort clubs gan last; they're worth most.",
      'Limits, fixed before owt moves, against par, what the old model does now: errors owt more than 0.5 % over par, p95 owt more than 200 ms over par, feature-store timeouts owt more than 1 % over par, bookings from suggested slots doon more than 2 % on par, tap-through on suggestions doon more than 3 points, compute cost per request nae more than 25 % over par.',
      'First tee, 5 %, held through a full round of Sunday fourballs in both countries. The turn, 30 %, held for 2,000 tee-times and one Aussie Saturday. Eighteenth green, everyone. Each time, me and Sam Tait, the ML lead, both give it the green flag.',
      "On call puts last week's build back, any hour, nae askin': a config switch, two minutes.",
      "Canary says safe, not better. Better's a randomised A/B test efter.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · Northumbrian English in speech; tee-time app PM; opens on the 2 a.m. rollback
  {
    id: 'by006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Howay then. Aa'd start wi' the bit that bites at two in the mornin'. Green-fee pricin' moves to a new service, and it shares the nightly window wi' billing; the membership direct debits run at two. If it breaks then, Aa'm asleep in Wooler and so's the engineering lead. So whoever's on call puts last week's build back, any hour, on their own say-so: nae ringin' me, nae waitin' for mornin'. It's a routing switch back to the old pricin' service, under five minutes, nae redeploy, and we rehearse it on the Tuesday afternoon before we start.",
      "What's mine: the order, the limits, the holds. Engineering own the deploy, the routing and the flags.",
      "Order: staff bookin' their own rounds first, then the clubs that signed up for early access, then the rest club by club, smallest first. Visitors on their first bookin', and the championship courses where a wrong green fee makes the papers, gan last.",
      "Limits, written doon before owt moves, against par, what we see now: pricin' errors owt more than 0.3 % over par, p99 quote time owt more than 200 ms over par, paid bookings doon more than 2 % on par, and any price more than 1 % off what the old service quotes for the same round. A billing batch over-runnin' by more than 15 minutes counts an' all.",
      "Stages: the first tee, 2 %, held two full nights wi' the batch window in them, a Tuesday and a Wednesday. The turn, 20 %, held for a full round of Sunday fourballs. Eighteenth green, 100 %. At each one Kath Bell in payments and me both give it the green flag, in daylight.",
      "Last thing: the canary tells us the new pricin' is safe. If somebody wants to say it earns more, that's a randomised A/B test efter.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · tee-time app PM; headed notes with dash lists; Northumbrian "owt" in the limits
  {
    id: 'by007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Booking assistant, warmer prompt: how I'd run it",
      'Who owns what: I own the order clubs go in, the limits and the holds. Engineering own the prompt deploy, the flag and the routing.',
      "Order, and why: staff and our own Alnmouth test club first. Then the early-access clubs, and I'd put German-speaking clubs in that group on purpose, since the prompt was only reviewed in English and a chummy 'du' to a seventy-year-old club captain in Bavaria lands badly. Then the rest by club, English-speaking before German-speaking. Low-handicap members who book weekly before visitors; the big members' clubs in Germany and first-time visitors last, because new and valuable golfers give us the least benefit of the doubt.",
      'Limits, written down before any traffic moves, per language, against par (what the current prompt gets now):',
      '- errors owt more than 0.5 % over par',
      '- p95 reply time owt more than 300 ms over par',
      '- thumbs-down rate owt more than 2 points over par in either language',
      '- eval-harness tone check (formal address in German) failing owt more than 1 point over par',
      '- hallucinated tee-times or prices in the harness owt more than 0.5 % over par',
      '- tokens per conversation owt more than 15 % over par',
      '- completed bookings down more than 2 % against par',
      'Stages:',
      '- First tee: 5 %, held for a full round of Sunday fourballs and 300 German conversations.',
      '- The turn: 25 %, held for 1,500 bookings through the assistant.',
      '- Eighteenth green: 100 %.',
      'Before each stage Anke Vogel (German content lead) and Jack Milburn (engineering lead) both give it the green flag.',
      "Rollback: whoever's on call puts last week's build back, the old prompt, by flipping the prompt flag. Two minutes, any hour, no approval needed. A thumbs-down in German at 3 a.m. is as real as one at noon.",
      'Afterwards: the canary shows the warmer prompt is safe. Whether golfers like it better is a randomised A/B test, run per language.',
    ].join('\n'),
  },
];
