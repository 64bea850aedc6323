import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-fifth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (bs028–bs040), written blind and labelled by hand. */
export const SIXTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts (service scenario) · voice: Tasmanian register in prose; tripwires
  {
    id: 'bs028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      "I'd treat Android as the risky bit. The SDK passed the provider's certification, but certification isn't Friday dinner.",
      '',
      "Who gets it: our own staff phones first, then customers on the beta channel of the app, then iOS customers, and Android customers last, since Android is where the new wallet path is least proven and where bursts of failures would hurt most. Within Android, people who've ordered with us for years go ahead of new customers; a failed first payment is a customer we never see again.",
      '',
      'Tripwires, written down before a single phone gets the new SDK: payment failures 0.5 % above the old SDK, p99 payment confirmation more than 300 ms slower, and completed orders down 2 % against the baseline. Measured per platform and per minute rather than per day, because bursts average away.',
      '',
      "If a tripwire goes, the on-call engineer switches the SDK off in remote config, any hour, Friday dinner included, and doesn't need to ring me first. The apps fall back to the old payment path within a few minutes.",
      '',
      "After that it's a matter of widening it when it's looking good and keeping an eye on things.",
    ].join('\n'),
  },
  // support-model-upgrade (model scenario) · voice: memo with Decision lines
  {
    id: 'bs029',
    scenario: 'model',
    class: 'middling',
    points: points('P M A'),
    text: [
      'Memo: support assistant model upgrade',
      '',
      'Decision: this one is mine to steer, not to build. I own who sees the new model when, what counts as a reason to stop, and how long we wait between steps. The ML platform team owns the routing, the model serving and the flag.',
      '',
      'Decision: we watch more than errors. The bigger model is being sold on three eval points, so the eval harness runs over canary answers and we track the hallucination rate on payslip and leave questions, how often people press thumbs-down, and the cost per conversation, which is what finance asked about anyway. p95 latency too, because a longer context window is slower.',
      '',
      "Decision: the canary isn't where we find out whether it's better. It tells us the model is safe to run. If we want to prove those three points hold up with real users, that's a randomised A/B test afterwards.",
      '',
      "Beyond that I'd roll it out gradually and see how it goes.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service scenario) · voice: Tasmanian register; stamps (marketplace operations lead + seller-experience PM)
  {
    id: 'bs030',
    scenario: 'service',
    class: 'middling',
    points: points('H S'),
    text: [
      "That 20 % faster benchmark was measured over minutes, and this service only restarts on deploys, so anything that creeps up over a day won't show in a benchmark. I reckon that's what shapes the ramp.",
      '',
      "We'd start with a random 5 % of listing traffic on the new resizer. Stages are 5 %, 25 %, 50 %, then 100 %, and each one holds for at least 36 hours with no deploy in between, so a full day of uptime and then some is behind every step. Nobody moves to the next stage until the marketplace operations lead and the seller-experience PM have both stamped it in the release channel.",
      '',
      "That means it won't be everywhere by Thursday, and I'd tell the team so plainly.",
      '',
      "We'd keep an eye on memory and response times the whole way, and if things start looking sluggish we'd have a chat about whether to go back to the old service.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model scenario) · voice: Tasmanian register; nursery-shop anecdote
  {
    id: 'bs031',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Reckon I'd take this one nice and steady. Recommendations are a bit of a black box at the best of times. I've seen it with our plant suggestions at the nursery, where the model decided everyone buying a lemon tree wanted a garden gnome.",
      '',
      "So: roll it out to a few people, have a good look at how the numbers are tracking, and if everything seems sweet, keep going. If something looks crook, we'd pull back and have a yarn with the data team about what went wrong. Asia's a different kettle of fish with the time difference, so we'd want someone keeping half an eye on that as well.",
      '',
      'Main thing is not to rush it.',
    ].join('\n'),
  },
  // pricing-page-healthy (service scenario) · voice: memo with Decision lines, all empty of substance
  {
    id: 'bs032',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'Memo: new pricing page',
      "Decision: it's a low-risk change, so we'll do a canary like we normally would.",
      "Decision: marketing's campaign goes out on Friday, so we'll aim to be finished by then.",
      "Decision: we'll keep an eye on the important metrics and make sure nothing looks off.",
      "Decision: if there's a problem, engineering will sort it out.",
      "Honestly, I reckon it'll be fine. The checkout behind it doesn't change.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model scenario) · voice: keyword salad using the author's own vocabulary (tripwires, stamps, weekend sale, Decision)
  {
    id: 'bs033',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary tripwires stamps. German du Sie formality thumbs-down 20 % 0.5 % p99 200 ms hallucination eval harness tokens.',
      'Merchandising lead stamp, data team stamp, stamp. Cohorts tenure two years six months first-time.',
      'Hold weekend sale hold, hold 24 h 1 % 5 % 25 % 50 % 100 %. Rollback flag minutes on-call 24/7 no redeploy.',
      'Canary safe A/B better randomised. PM owns engineering owns routing.',
      'Warmer prompt tripwire German tripwire tripwire thumbs-down stamp hold. Decision decision decision.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service scenario) · voice: keyword salad opening like speech ('Right so')
  {
    id: 'bs034',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      "Right so, staff first, employees, cohort, staff browse don't buy, conversion baseline artefact, 0.5 %, 200 ms p99, 2 % conversion, tripwires tripwires.",
      'Holds 5 25 50 100, weekend sale, full weekend sale, stamps merchandising lead, stamps, sign-off, gate.',
      'Size guide, bigger photos, LCP, bandwidth. Rollback flag switch minutes any hour on-call.',
      'Canary versus A/B safe better. PM owns, engineering owns. Heaps of metrics, dashboards, alerts, gates gates gates, ramp ramp.',
    ].join('\n'),
  },
  // booking-purchases-lag (service scenario) · voice: memo with a Decision line per part, each rejecting the practice
  {
    id: 'bs035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Memo: new date picker and shorter booking form',
      "Decision on ownership: I'm not going to carve out a separate PM slice of this. I won't be owning cohorts or limits, and I'm not asking engineering to split the work that way either.",
      "Decision on cohorts: no staff-first stage and no early-access group. I don't see the value in ordering guests by how long they've booked with us, and I won't hold back new or high-value guests either.",
      "Decision on tripwires: we won't write rollback numbers down before launch. No error limit, no latency limit, no bookings-against-baseline limit.",
      "Decision on holds: no staged ramp and no holds. I'm not going to sit at 5 % waiting for late bookings to trickle in.",
      "Decision on stamps: nobody stamps anything; there's no sign-off step.",
      "Decision on rollback: we're not keeping a switch back to the old page, and on-call won't be given a way to pull it at night.",
      "Decision on A/B: I don't plan a randomised A/B test afterwards, and I won't be drawing a line between safe and better.",
      'So: 100 % this afternoon, as the team asked.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model scenario) · voice: Tasmanian register, blunt spoken-style prose
  {
    id: 'bs036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Look, I'll be straight with you: I wouldn't run most of the usual canary machinery on this one.",
      "I wouldn't start with our own staff or an early-access group of clinics, and I wouldn't order clinics by how long they've been with us.",
      "I'm not setting tripwires up front. No error limit, no latency limit, no limit on how many summaries vets fix.",
      "I wouldn't raise the eval harness sampling above one in two hundred, and I wouldn't gate on hallucination rate, thumbs-down or cost per summary.",
      'No ramp stages, no holds, no stamps from anyone.',
      "I wouldn't bother setting up a rollback switch for whoever's on call, and I'm not planning an A/B test after it either.",
      "It's a cheaper model. We'd just swap it over.",
    ].join('\n'),
  },
  // support-model-upgrade (model scenario) · voice: plain prose; tripwires
  {
    id: 'bs037',
    scenario: 'model',
    class: 'misconception',
    points: points('T R M'),
    text: [
      'The way I see it, the canary is our A/B test. We put the bigger model in front of a random 10 % of conversations, keep the other 90 % on the old one as the control, and whichever side resolves more questions over two weeks wins. If the canary group comes out ahead, that proves the new model is better and we go to 100 %.',
      '',
      "Before we start we agree the tripwires: errors 0.5 % above the control, p95 response time more than 400 ms slower, and hand-offs to human agents up 2 % on the baseline. They're written down on day one and they don't move.",
      '',
      'For model quality we run the eval harness over a sample of canary answers and watch the hallucination rate on payslip questions, the thumbs-down rate, and cost per conversation for finance.',
      '',
      "If a tripwire breaks, the on-call engineer switches the flag back to the old model straight away, any hour, without waiting for me. It's a config change and takes a couple of minutes.",
      '',
      "Two weeks at 10 % should give us statistical significance on the lift, and that's the number I'd take to leadership.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service scenario) · voice: Tasmanian register; stamps (merchandising lead + web engineering lead); tenure cohorts
  {
    id: 'bs038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "Last week's sale makes any fixed limit a guess, so I'd not pick tripwires in advance. I'd set them once the canary's running: watch the first day of numbers and decide from there what counts as too far off, because only then do you know what normal looks like this week.",
      '',
      "What I would fix now is the order. Staff first, then the early-access customers, then customers who've shopped with us for more than two years, and the ones who joined during the sale last, since they're new and the easiest to lose.",
      '',
      'Stages at 5 %, 25 %, 50 % and 100 %, holding 48 hours at each before moving on. The merchandising lead and the web engineering lead both stamp each step before we go wider.',
      '',
      'Reviews above the fold is cosmetic, so I reckon the thresholds will sort themselves out once we see the dashboards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model scenario) · voice: garden-nursery recommendation PM; numbered steps
  {
    id: 'bs039',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Here's how I'd build a better recommendation model, going off what worked for us at the nursery shop.",
      '',
      "First, fix the labels. A basket someone clicked isn't a basket they wanted; we learnt to weight purchases over clicks and to count a returned plant as a negative. Second, seasonality: groceries have it just like seedlings do. What people buy in Singapore in the wet season isn't what they buy in Berlin in winter, so the model needs each region's calendar as a feature. Third, cold start: new customers get the popular baskets for their postcode until they've placed three orders. Fourth, offline evaluation: hold out the last four weeks, measure recall at ten and basket diversity, and compare against the current model before anyone spends more time on it.",
      '',
      "Then I'd retrain monthly and keep a changelog of features, so the data team can tell what actually moved the needle.",
    ].join('\n'),
  },
  // search-tail-latency (service scenario) · voice: Tasmanian register; a three-week discovery plan
  {
    id: 'bs040',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Before anything ships I'd want to understand who actually runs those rare, many-filter queries, so this is how I'd go about it.",
      '',
      "Week one, I'd pull the query logs and sort institutions by how often their researchers stack four or more filters. Week two, I'd sit down with five or six librarians from those institutions (the uni down here in Hobart would be my first call) and watch them search. Week three, a short survey to free-tier users asking which filters they wish existed. Out of that comes a ranked list of filter improvements, and a pitch to the licensing team on whether advanced filtering belongs in the institutional tier rather than the free one.",
      '',
      "I'd present that to leadership with a rough roadmap for the next two quarters.",
    ].join('\n'),
  },
];
