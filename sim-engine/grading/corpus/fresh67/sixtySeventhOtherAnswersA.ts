import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-seventh fresh set, author a: middling (bu008–bu010), weak (bu011–bu012), salad (bu013–bu014),
 * negated (bu015–bu016), misconception-led (bu017–bu018) and off-topic (bu019–bu020) answers.
 */
export const SIXTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order (service) · Cornish English register in speech; tides; market days; "we go back"
  {
    id: 'bu008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Well, my 'ansum, I'd not let this near first-time buyers till last.",
      "Staff go first, we shop there ourselves. Then the customers who signed up for early access. Then returning customers, who liked it in the lab. First-time buyers last of all, because they're the ones a single page could lose, and the spring campaign brings them in by the hundred.",
      "Before the first tide I'd have the numbers down on paper: checkout errors anything past 0.5 % on top of today's numbers, page load p99 anything past 200 ms on top, and first-order conversion no more than 2 % below the baseline.",
      'Low tide, half tide, high tide, spring tide, and we sit two full market days at each one before we go further. The campaign waits on spring tide, not the other way round.',
      'If it goes wrong we go back.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · weather-alert app PM, spoken; rota; flick back; storm night
  {
    id: 'bu009',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text: [
      "At the weather-alert app we swapped forecasting models twice, so here's what I'd carry over.",
      "For the new assistant model I'd watch four things: hallucination rate from our eval harness on payroll and leave questions, the thumbs-down rate in the chat window, p95 response time, and cost per conversation, since finance is already asking. Those four go on one dashboard next to the error rate.",
      "If any of it looks wrong, whoever's on the rota flicks back to last week's model with the routing switch. A couple of minutes, any time of night, and they don't need to ask me first. That's how we set it up after the storm night, when the alert model went odd and nobody dared touch it without me.",
      "I'd put it out gradually to some customers and see how it goes.",
      "And I'd be clear with leadership: a smooth canary means the bigger model is safe, not that it's better. The three-point eval gain needs a proper randomised A/B test before anybody says it helps users.",
    ].join('\n'),
  },
  // search-tail-latency (service) · Cornish English register in speech; tides; shifts; initials; "we'd go back"
  {
    id: 'bu010',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      "As the PM I own the order of the tides, how long we hold and where we stop; the search engineers own the new index, how the traffic is split and the deploy itself. I'd keep those lines clear.",
      "We'd go in tides, low tide, half tide, high tide, spring tide, and each tide sits for six shifts with a check at the end where we look at the dashboards together and decide if it's fit to go on. Nothing goes on until two of us, me and Tristan from the search team, have put our initials in the release log.",
      "I'd keep an eye on how quick the searches feel, specially the odd ones with lots of filters, and on whether people still find their papers. If it looks off we'd go back to the old index.",
      "Cheaper to host is good news for us, but I want to be sure the researchers don't pay for it.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · Cornish English register in speech, vague; "dreckly"
  {
    id: 'bu011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Ah, I'd take it steady, me. The new photo format's a nice thing for sellers, and twenty percent faster sounds proper, but I wouldn't rush it out for Thursday just because somebody wants it done.",
      "I'd let a few folk have it to start, keep an eye on how it's going, and have a chat with the engineers if anything looks off. They know that service better than I do, so I'd trust them to tell me when it's ready to go wider.",
      "Dreckly, as we say. It'll get there.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · weather-alert app PM, vague
  {
    id: 'bu012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "At the weather-alert app we never put a new model in front of everybody at once, and I'd bring that habit here.",
      "The cheaper model would go to some clinics to begin with, we'd look at what the vets say about the summaries, and if things seem fine we'd carry on to more of them. If the vets aren't happy, we can always roll back.",
      'The main thing with a canary is catching trouble before it reaches everybody, and making sure the clinics trust the summaries.',
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · fragment lines separated by slashes and dots; every voice keyword
  {
    id: 'bu013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Tides: low tide / half tide / high tide / spring tide.',
      'Staff / early access / low risk / new customers / high value.',
      "Errors 0.5 % on top of today's numbers · p99 200 ms · conversion 2 % · baseline · last week · spring sale · 20 % off · Sunday midnight.",
      'Two full market days · six shifts · gate · hold · gate.',
      'Initials · release log · PM · engineering lead · initials.',
      "Rota · flick back · last week's version · routing switch · minutes · any hour · no approval.",
      'Canary safe · A/B better · randomised · afterwards.',
      'PM · order · limits · holds · engineering · routing · deploy · flags.',
      'Storm night · harbour towns · reviews above the fold · lazy-load gallery.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (prompt) · Cornish English register in speech, one run-on of keywords
  {
    id: 'bu014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      "So, tides, yeah, low tide half tide high tide spring tide, German, formal, Sie and du, thumbs-down, eval harness, hallucination rate, p95, token cost, 0.5 % on top of today's numbers, 200 ms, 2 %, initials in the release log, rota, flicking back to last week's version, randomised A/B, safe not better, staff, opted-in, high value last, two full market days, six shifts, storm night, proper job, that's the lot really, canary, canary, canary.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Cornish English register in speech; each voice practice rejected
  {
    id: 'bu015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, my 'ansum, I wouldn't bother with the canary bits here.",
      "No staff first, no opted-in early-access group, no keeping first-time guests back till last. It's a date picker.",
      "I'm not writing numbers down beforehand neither, none of this 'anything past 0.5 % on top of today's numbers' business, and no bookings-against-baseline line.",
      'No tides, and no holding for two full market days or a count of shifts. Nobody puts their initials in a release log, not me and not the engineering lead.',
      "I don't want a rota person flicking back to last week's version with a switch in the night, and there's no A/B test afterwards to check whether it's better.",
      "The team wants it at 100 % this afternoon, and that's where it'll go.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · weather-alert app PM, written; "I won't / wouldn't" throughout
  {
    id: 'bu016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "At the weather-alert app we shipped models straight out, and I'd not change that here.",
      "I wouldn't start with Berlin staff, I wouldn't bother with an early-access group, and I wouldn't keep the biggest-basket households until last.",
      "I won't fix limits before traffic moves: no error ceiling, no p95 line, no basket-add floor against the old model.",
      "There won't be stages with holds between them, and neither I nor the ML lead will sign anything off.",
      "I'm not setting up a routing switch so on-call can go back to the old model in minutes.",
      "I won't gate on the eval harness, thumbs-down or compute cost per request.",
      "And there's no randomised A/B test planned afterwards either; the new model simply replaces the old one on Monday.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Cornish English register in speech; tides; market days; initials; rota; misconception: the canary is the A/B test
  {
    id: 'bu017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      "For the pricing page I'd treat the canary as our A/B test, plain and simple. The slice on the new table is the test group, everybody else is the control, and when the canary shows more sign-ups we've proved the new page is better.",
      'I own the order, the limits and the holds; engineering own the flag and the routing.',
      'Order: staff first, then the opted-in early-access users, then returning visitors already on a monthly plan, then new visitors, and the team-plan sales traffic last, since those are our biggest deals and a confusing table costs most there.',
      "Limits written before traffic moves: page errors anything past 0.5 % on top of today's numbers, p99 load anything past 200 ms on top, and checkout starts no more than 2 % below today's.",
      "The tides hold two full market days each, and the canary's uplift over control decides whether we go up a tide. Me and Hedra from web engineering put our initials in the release log at each one.",
      "Whoever's on the rota can flick back to last week's page with the flag in a minute, day or night, no asking.",
      "By spring tide the canary will have told us how much better the new table sells, and that's the number for marketing.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (prompt) · weather-alert app PM, spoken; tides; shifts; initials; rota; misconception: limits set while watching
  {
    id: 'bu018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S R M'),
    text: [
      "I'll say something unpopular: I don't set rollback numbers before a prompt change goes out. Nobody knows what normal looks like for a warmer prompt, so any figure written in advance is a guess. We watch the first tide, draw the lines from what we see on the dashboards, and tighten them as we go. That's how we ran every release at the weather-alert app.",
      'What I do own is the order, the holds and the call to advance; engineering own the prompt config and the routing.',
      'Low tide is our own staff, English and German both. Half tide is users who opted into early access. High tide is English-speaking users at large, and German writers come at spring tide with our business accounts, because formal address matters most to them.',
      "We watch thumbs-down split by language, the eval harness's score for formal address on the German set, p95 latency and tokens per draft, and decide the limit on each once a tide has given us a day of data.",
      'Each tide holds six shifts, and moves on when Tamsin, the engineering lead, and I have put our initials in the release log.',
      "Whoever is on the rota can flick back to last week's prompt with the config switch: a minute or two, any hour, no call to me.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Cornish English register in speech; a content-production plan for photos and size guide
  {
    id: 'bu019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Right, so for bigger photos and a size guide, the real work is the content, and here's my plan for it.",
      'First, we book the studio in Truro for two weeks and shoot every product again at the higher resolution: front, back and a close-up of the fabric.',
      "Second, the size guide. We measure three samples of each size ourselves rather than trusting the suppliers' charts, because their medium is never our medium.",
      'Third, the copy. The merchandising team writes a line per garment on how it fits: runs small, true to size, roomy.',
      'Fourth, we ask the shop-floor staff to read it and tell us if the size words make sense to them.',
      "I'd budget about six weeks for all of it and have the whole range done before the autumn collection lands. Proper job.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · weather-alert app PM; cohorts by harbour town (a feedback roadshow, not a release)
  {
    id: 'bu020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "The real problem here is that vets don't rate summaries, so my plan is to get them rating. At the weather-alert app we grew alert feedback town by town, and I'd copy that.",
      "We'd take a roadshow round the clinics in the harbour towns: Newlyn and Porthleven the first week, Padstow and Looe the next, Falmouth and St Ives after that, with pasties and a ten-minute demo of the rating buttons.",
      "Each clinic that rates fifty summaries in a month goes into a draw for a year's free subscription. We'd also move the thumbs up and down right next to the Save button, and send a monthly email showing every clinic how its ratings changed the product.",
      "By the end of the quarter I'd want one summary in ten rated, up from almost none, and a short case study from the clinic that rated most.",
    ].join('\n'),
  },
];
