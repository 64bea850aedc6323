import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-third fresh set, author a: middling (ca008–ca010), weak (ca011–ca012), salad (ca013–ca014),
 * negated (ca015–ca016), misconception-led (ca017–ca018) and off-topic (ca019–ca020) answers,
 * written blind, labelled by hand.
 */
export const SEVENTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order · Nottingham speech, allotment-booking PM, allotment stages (middling: P C H)
  {
    id: 'ca008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "Ey up. Garden shop, so I'm on home turf here. I run plot bookings for the allotments in Nottingham, and half our plot-holders buy their seed off sites like this.",
      "The bits that are mine as PM: who sees the one-page checkout when, and how long we sit at each step before going wider. The engineers look after the flag, the deploy and how traffic gets split; I'd not go poking at that.",
      "Who goes when. Our own staff first, buying their own compost on their own cards, because they'll tell us straight if the saved-address bit fills in summat wrong. Then customers who signed up to try new features early. Then returning customers in general, since they're the ones the usability lab tested and loved it. First-time buyers go last, and I mean deliberately last: they've no saved address or card, so the filled-in-for-you trick doesn't help them, and they're exactly who Growth needs during the spring campaign.",
      'Stages: the cold frame is staff, the greenhouse is the early-feature lot, the open beds is returning customers, and first-timers are the last bed. Each one sits for a full week, weekend included, before we widen, and the first-timer bed goes in well before the campaign so we are not finding out mid-rush.',
      "I'd keep an eye on how the checkout's doing as we go, and if it looks off we'd have a word with engineering about what to do.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · plain written lines, "if it's gone N past where we are now, we stop", last Tuesday's version (middling: T R M)
  {
    id: 'ca009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Before any traffic touches the new recommendation model, these lines are written down and agreed, and they don't move once we start.",
      'If errors have gone 0.3 % past where we are now, we stop.',
      'If p99 home-screen load has gone 200 ms past where we are now, we stop.',
      'If basket add-rate has gone 2 % below the customers still on the old model, we stop.',
      'For the model itself we gate on three more: the eval harness score on replayed requests (3 points down, we stop), the rate of customers dismissing a recommended basket (1 point up, we stop), and compute cost per request (20 % up, we stop), because reading more features costs money and time in the feature stores.',
      "All of those are split by region, because an average over Berlin and Singapore would hide a Singapore lunch-hour problem that happens while Berlin's still having its breakfast cob.",
      "If any line is crossed, whoever's on call puts last Tuesday's model back straight away, at any hour, Singapore lunch at half six Berlin time included, without asking me or anyone. It's a flag in the routing config, done in a couple of minutes, no redeploy.",
      "Beyond that, I'd let the team sort out the pace of the rollout.",
    ].join('\n'),
  },
  // search-tail-latency · Nottingham speech ("frit"), academic search (middling: C T R A)
  {
    id: 'ca010',
    scenario: 'service',
    class: 'middling',
    points: points('C T R A'),
    text: [
      "Ey up. Academic search, new smaller index. The thing I'd be frit of is the tail: the median got faster, but nobody benchmarked the rare, filter-heavy queries, and those are exactly what serious researchers run.",
      "Who sees it first: our own staff and the librarians we work with, because they run odd queries for a living. Then free-tier users who've opted into the beta. Then the wider free tier. Institutional licences go last, the big universities especially, because they're paying, and a slow search in the middle of a literature review is what gets a licence cancelled at renewal.",
      'Lines we stop at, agreed before any query goes to the new index: if errors have gone 0.5 % past where we are now, we stop; if p99 query time has gone 300 ms past, or p99.9 for queries with three or more filters has gone 800 ms past, we stop; if searches ending in a paper opened or downloaded drop 2 % below the users still on the old index, we stop.',
      "If a line trips, whoever's on call switches search back to the old index, a config flag, a couple of minutes, no redeploy, at any hour, and they don't need to ask me first.",
      "And I'd not claim from this that the new index is better for researchers. The canary says it's safe to run; if we want to know whether results are better, that's a randomised A/B test afterwards.",
      "That's the shape of it. How long we sit with each group I'd work out with the team.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Nottingham speech, vague (weak)
  {
    id: 'ca011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Ey up. Honestly, with an image service I'd just be careful with it. Roll it out gradual-like, keep an eye on things, and if owt looks mardy we'd sort it out.",
      "The benchmarks say it's 20 % faster, which is grand, but benchmarks aren't real life, are they. I'd have a chat with the engineers, make sure everybody's comfortable, maybe do it a bit at a time rather than all in one go, and get it out by Thursday if we can.",
      'Communication is the main thing really. Keep the sellers in the loop so nobody gets a shock.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · allotment-booking PM, gardening aside, vague (weak)
  {
    id: 'ca012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I'd test the new prompt a bit first and see how people get on with it. I'd ask a couple of the German colleagues whether it sounds alright to them, and go from there.",
      "If users don't like it, we can always change it. AI is a bit like planting out on the allotment: you never quite know what the frost'll do, so you learn by doing and you don't panic.",
      "Mainly I'd want everyone on the same page and the team feeling good about it before we go big.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword salad with Nottingham and allotment words
  {
    id: 'ca013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Ey up me duck, canary canary model model.',
      'Singapore lunch Berlin breakfast feature store feature store cold frame.',
      'Greenhouse open beds 0.3 % 200 ms p99 p95 2 % baseline cohort hold gate ramp.',
      'Eval harness hallucination thumbs-down cost per request tokens compute eval harness.',
      'Staff opt-in new customers last shed board Jonas Mei Ling name name.',
      "On call last Tuesday's version flag five minutes any hour rollback rollback.",
      'Safe not better randomised A/B safe not better randomised.',
      'PM owns engineering owns routing deploy flags thresholds thresholds.',
      'Fortnight Sunday digs 72 hours three peaks mardy cob jitty.',
    ].join('\n'),
  },
  // booking-purchases-lag · keyword salad with allotment words and numbers
  {
    id: 'ca014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Booking page date picker client-side store canary lag hours.',
      '1 5 25 50 100 % cold frame greenhouse open beds hold hold gate gate.',
      'Threshold 0.5 % errors 300 ms p99 bookings 2 % baseline cohort threshold.',
      'Staff beta hosts guests first-time last sites plot-holders ten years.',
      'Shed board name Priya name sign-off sign-off shed board.',
      "On-call config switch minutes no redeploy rollback last Tuesday's version.",
      'A/B randomised afterwards safe better better safe.',
      'PM owns order limits holds engineering routing deploy flags.',
      'Hosepipe ban ey up jitty cob mardy 3,000 plot bookings fortnight Sunday digs.',
    ].join('\n'),
  },
  // pricing-page-healthy · Nottingham speech, every practice rejected (negated)
  {
    id: 'ca015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Ey up. It's a pricing page, a comparison table, and nowt changes in the backend, so I'd not dress it up.",
      "I wouldn't send it to staff first, or to an opt-in group, or leave new subscribers till last. There's no point ordering cohorts for a table.",
      "I'd not write rollback limits down beforehand either: no error-rate line, no latency line, no conversion line against a baseline.",
      "I'm not having cold frame, greenhouse and open beds stages with holds in between, and I wouldn't have anybody put their name on a shed board before it goes wider.",
      "Nobody needs an on-call rollback switch for this, and I'd not bother with a randomised A/B test afterwards.",
      "I wouldn't split out what's mine and what's engineering's either. It just goes live for Friday's campaign.",
    ].join('\n'),
  },
  // support-model-upgrade · allotment-booking PM, Nottingham speech, every practice rejected (negated)
  {
    id: 'ca016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I wouldn't put the bigger model in front of staff first, and I'd not pick out an early-access group or hold the newest customers back till last either.",
      "I'd not fix any stop lines ahead of time: no hallucination-rate limit, no thumbs-down limit, no cost-per-conversation limit, no error or p95 line.",
      "There'd be no stages and no holds, no fortnight of Sunday digs like we'd do on the allotment app, and I wouldn't ask the eng lead and me to put our names on any shed board.",
      "I don't want whoever's on call flipping it back at three in the morning without asking, and I wouldn't have a config switch built for it.",
      "I'd not carve up what the PM owns versus engineering, and I'd not run an A/B test afterwards.",
      'The offline evals went up three points, and I would leave it at that.',
    ].join('\n'),
  },
  // staff-cohort-artifact · Nottingham speech, allotment stages; misconception: the canary is the A/B test (C H R)
  {
    id: 'ca017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Ey up. The way I see it, the canary is our A/B test. Whoever gets the bigger photos and the size guide is group B, everyone else is group A, and at each stage we compare: if the canary lot buy more, the change has proved itself better and we carry on. That's the whole point of doing it bit by bit.",
      "Order: staff go first, because they're on the live site every day anyway and they'll spot a broken size guide before any customer does. Then customers who signed up for early access. Then everybody else, with first-time shoppers last, because a broken product page on your first visit and you never come back.",
      'Stages: the cold frame for staff, the greenhouse for early access, the open beds for the rest. Each holds a full week, weekend included, before the next one opens.',
      "If a page breaks, whoever's on call flips the feature flag off, a couple of minutes, any time of night, no need to ring me or anyone.",
      "And once the staff stage shows us whether the new pages sell better, we'll know if it's worth going wider.",
    ].join('\n'),
  },
  // quiet-feedback-trap · allotment-booking PM, Nottingham speech, shed board; misconception: limits set while watching (P S M)
  {
    id: 'ca018',
    scenario: 'model',
    class: 'misconception',
    points: points('P S M'),
    text: [
      "Ey up. I'll be honest about one thing up front: I don't believe in picking rollback numbers before we've seen the new model run. You can't know what normal is for a cheaper summariser till it's live, so we let it run, look at the dashboards for a few days, and then set the lines where the numbers look right. Anything else is guesswork dressed up.",
      "What's mine as PM: which clinics get it when, how long it sits before going wider, and the lines once we've drawn them. Engineering's: the routing, the deploy and the flag. I don't touch those.",
      "What we watch for the model: the hallucination rate from the eval harness, and I'd have them grade far more than one summary in two hundred, more like one in twenty, or we'll see nowt at this traffic; how often vets edit or reject a summary before saving it; and cost per summary, since cheaper is the whole reason for doing this.",
      "Before every widening, the clinical lead, Dr Hughes, and me both put our name on the shed board, same as we did on the allotment app. If she's not happy, it doesn't move.",
      "Once we've watched a while and drawn the lines, we'll know when it's gone too far past where it was.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Nottingham speech, hosepipe-ban story; a plan for plot-holder communications (off-topic)
  {
    id: 'ca019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Ey up. Let me tell you how I'd handle the next hosepipe ban instead, because that's the launch I know best from the allotment app.",
      "The council gives us about two days' notice. First thing, a message goes to every plot-holder in the app, site by site, saying what's allowed: watering cans yes, hosepipes and sprinklers no, and when the ban starts.",
      'Then I ring the site secretaries, because half our older plot-holders never open the app and find out from a note pinned on the gate at the end of the jitty. Each secretary gets a printed sheet and a box of cable ties.',
      'Third, we open extra water-butt delivery slots and put a banner on the booking screen, and I get the supplier to hold stock for the big sites.',
      "Last time, the bit I'd change is the tone. We sounded mardy and official, and folk took it personal. This time it's friendly, it thanks them, and it says when we expect the ban to lift.",
      "After a fortnight, I'd send a short survey asking who struggled, and share the answers at the next committee meeting with tea and a cob.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · written plan in a Nottingham register, a German localisation project (off-topic)
  {
    id: 'ca020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Before owt else I'd sort the German itself, so here's how I'd run that piece of work.",
      'Week one: bring in a native German copywriter and a German-speaking customer from one of our bigger accounts. Together they write a short style guide: when the assistant uses Sie and when du, how it greets and signs off in a business email, and which casual phrases from the English prompt simply do not translate.',
      'Week two: the copywriter rewrites the German instructions of the prompt from that guide, rather than translating the English warmth word for word. We collect thirty example emails, formal and informal, that show the tone we want.',
      "Week three: the English and German writers read each other's versions side by side, so the two languages sound like the same product, and we settle any arguments in a one-hour meeting rather than a long thread.",
      'Week four: the guide goes into the team wiki, the examples go into the prompt library, and we agree that nobody edits the German prompt again without the copywriter reading it first.',
      "It's the same thing I learnt with the allotment app's letters to plot-holders: get the voice right on paper first, and the rest's easier.",
    ].join('\n'),
  },
];
