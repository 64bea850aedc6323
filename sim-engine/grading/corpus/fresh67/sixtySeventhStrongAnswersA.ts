import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-seventh fresh set, author a: strong answers (bu001–bu007), written blind and labelled by hand. */
export const SIXTY_SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Cornish English register in speech; tides; initials in the release log; market days; rota; storm night
  {
    id: 'bu001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, so. I'll tell 'ee how I'd go about it, same as I did at the weather-alert app back home.",
      "First thing is what's mine and what isn't. As PM I own the order folk see it in, the limits that send it back, and how long we sit at each tide. The platform lot own the routing, the deploy and the flags. I don't touch those, and they don't pick the order.",
      "The tides, then. Low tide is our own staff: HR and payroll people ask the assistant about payslips all day long, and they'll tell us straight when it's wrong. Half tide is the customers who opted into early access; they signed up to see things first and they'll forgive a wobble. High tide is general customers. Spring tide, last of all, is the brand-new customers and the big payroll accounts, because a wrong answer about somebody's pay in their first week is the worst thing we could do to them.",
      "Before a single conversation moves, we write the limits down and agree them. Errors: anything past 0.5 % on top of today's numbers. p95 latency: anything past 200 ms on top of today's. Resolution rate, so questions answered without a ticket, no more than 2 % down on the old model. Then the model ones: hallucination rate from the eval harness on the payslip and leave set mustn't rise more than one point, thumbs-down mustn't climb past 1 % on top of today's, and cost per conversation stays under the figure finance agreed with us, because they asked, and a longer context window isn't free.",
      'Each tide holds for two full market days, and it only goes on when me and Kerensa, the engineering lead, have both put our initials in the release log.',
      "Rollback. Whoever's on the rota can flick back to last week's version. It's a routing switch, done in about two minutes, any hour, and there's nobody to ring first. I learnt that on a storm night, when an alert went wrong at three in the morning and the on-call lad sat waiting on my say-so. Never again.",
      "And mind, all of this tells us the new model is safe. Whether it's better is a proper randomised A/B test afterwards, not the tides.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (prompt) · Cornish English register in speech, short; tides; shifts; initials in the release log; rota
  {
    id: 'bu002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Short version, my 'ansum, and I'll stand by every bit of it.",
      'I own the order, the limits and the holds; engineering own the prompt switch and the routing.',
      'Low tide: our own staff, English and German speakers both. Half tide: early-access users who opted in. High tide: English-speaking users at large. Spring tide: German writers and the big business accounts, last, because a casual tone is most likely to offend where formal address matters.',
      "Written down before anything moves: errors anything past 0.5 % on top of today's numbers, p95 anything past 200 ms on top, drafts sent no more than 2 % below today's. Thumbs-down no more than one point past today's, per language. The eval harness scores the German set for formal address, and any drop past 3 % stops us. Token cost per draft no more than 5 % up.",
      'Each tide holds three full shifts, and goes on only once I and Morwenna from engineering put our initials in the release log.',
      "Whoever's on the rota flicks back to last week's prompt with the config switch. Minutes, day or night, no asking.",
      'That tells us safe. Better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · weather-alert app PM, plain spoken prose with a short list; tides; holds in shifts and volume; initials; rota
  {
    id: 'bu003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I run product for a weather-alert app, so quiet signals are home ground for me: an alert for a harbour with forty subscribers tells you nothing in an hour.',
      'Ownership first. Engineering owns the model routing, the deploy and the flag that splits summaries between the two models. I own which clinics see the cheaper model and in what order, the rollback limits, and how long each stage holds before anyone moves it.',
      'Order. Low tide is our own team plus the two clinics who test things with us. Half tide is the clinics that opted into early access. High tide is ordinary clinics. Spring tide is the large multi-site practices, last, because a missed allergy in a summary costs them most and they bring most of the revenue.',
      "The trouble here is volume. At 5 % we'd see a handful of ratings and one harness grade every few minutes. So before we start I ask engineering to raise harness sampling for canary summaries to one in ten, and the holds are counted in shifts, not hours: each tide holds for at least four full clinic shifts and until the harness has graded 400 canary summaries.",
      'Limits, agreed and written before traffic moves:',
      "- errors: anything past 0.5 % on top of today's numbers;",
      "- p95 latency: anything past 300 ms on top of today's;",
      "- harness hallucination rate (invented findings, wrong medication): anything past one point on top of the old model's;",
      '- thumbs-down share of rated summaries: anything past two points on top;',
      '- summaries saved without edits, our business signal: no more than 2 % down against the baseline clinics.',
      'Cost per summary we watch too, though it should only go down.',
      'To advance a tide, two people put their initials in the release log: me and Dr Pascoe, our clinical lead.',
      "Rollback belongs to whoever is on the rota, at any hour, with no phone call to me: it's flicking back to last week's model in the routing config, which takes under five minutes and needs no redeploy.",
      "One more thing. The canary says the cheaper model is safe enough. If we want to claim it's better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · terse dash notes, numbers inline; tides; market days; initials; rota; storm night aside
  {
    id: 'bu004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Tides, quickly:',
      "- Mine: cohort order, limits, holds. Engineering's: the model routing, feature-store capacity, flags.",
      "- Low tide: Berlin staff accounts. Half tide: opted-in early-access shoppers in both regions. High tide: regular customers, Europe and South-East Asia side by side, so Singapore's lunch peak is inside the canary. Spring tide: new customers and the biggest-basket households last; a bad home screen costs us their first order or our best customers.",
      "- Limits, signed before traffic moves: errors anything past 0.5 % on top of today's numbers; p95 anything past 200 ms on top; basket adds down more than 2 % on the old model's; feature-store read timeouts past 1 %; eval-harness relevance down more than 2 points; compute cost per request up more than 15 %.",
      "- Every tide holds two full market days, taking in both lunch peaks, Berlin's and Singapore's.",
      '- Advancing: me and Ines, the ML lead, both put our initials in the release log.',
      "- Rollback: whoever's on the rota, Berlin night or not, flicks back to last week's model with the routing switch. Three minutes, nobody to wake first. Learned that on a storm night.",
      "- Safe isn't better: a randomised A/B test after 100 % says whether it sells more.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · Cornish English register in speech; storm night story first; tides; shifts; initials; rota
  {
    id: 'bu005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "This one's close to my heart, because of a storm night.",
      "I was PM on a weather-alert app. Gale warnings for the harbour towns, half past two in the morning, and a new alert service started sending warnings twice, then not at all. The engineer on call could see it plain as day, but our rule said the PM approves a rollback, and I was asleep with my phone downstairs. Forty minutes we lost. So for this pricing service, rollback is the first thing I'd settle.",
      "Who owns what: engineering owns the pricing service, the routing between old and new fares, and the deploy. I own who goes first, the limits and the holds, and I'm one of the two who sign each advance.",
      "Rollback: whoever is on the rota, night or weekend, flicks back to last week's fare calculation with the routing switch. Under five minutes, no redeploy, and no ringing me or anybody for permission. They tell us in the morning.",
      "Tides. Low tide: our own staff riding on their own accounts, plus test trips. Half tide: riders who opted into early features. High tide: ordinary riders in a couple of cities. Spring tide: everyone, with corporate accounts last, because a wrong fare on an expense report is the angriest email we'd get. And the batch window: on Tuesday evening we don't move past low tide until one nightly batch has gone through clean alongside billing.",
      "Limits, agreed and written before a single trip moves: errors anything past 0.5 % on top of today's numbers; p99 fare-quote latency anything past 200 ms on top of today's; fares differing from the old service's by more than 1 % on the same trip in more than 0.1 % of trips; completed trips no more than 2 % down against the baseline. Any one of those and the rota person flicks back.",
      "Holds: each tide holds for six shifts, two days and two nights, and spring tide waits until we've had a weekend night peak at high tide. At each gate, me and Demelza, the engineering lead, put our initials in the release log, or it doesn't move.",
      "Last thing: the canary tells me the new pricing service is safe. If we want to know it's better for riders or for revenue, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · Cornish English register in speech, plainer; tides; shifts; initials; rota; "flicking back"
  {
    id: 'bu006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "A storage move, and load trouble that only shows with cold caches. Here's how I'd run it.",
      "I'm the PM, so I own the order teams move in, the numbers that send us back, how long we sit at each step, and I'm one of the two who sign. Engineering own the proxy, the routing between the old database and the managed cluster, and the migration itself.",
      "Low tide: our own workspaces. We live in this tool all day, so we'll feel slow page loads first. Half tide: customers who opted into early access. High tide: general teams, the small ones first. Spring tide: the big enterprise workspaces last, because their task lists are the largest and they pay the most.",
      'The catch is the warm caches. So at each tide engineering flushes the cache for the canary slice once, on purpose, and we hold through it. Each tide holds for six shifts, and one of them has to be the Monday morning peak when everybody opens their boards.',
      "Before anything moves, written in the release log: errors anything past 0.5 % on top of today's numbers; p99 page load anything past 200 ms on top of today's; proxy connection errors past 0.1 %; tasks created per active user no more than 2 % down against the baseline teams.",
      'Each tide goes on only when two of us, me and Jowan, the engineering lead, put our initials in the release log.',
      "Rollback: whoever's on the rota routes reads back to the old database with the proxy config. That's flicking back to last week's setup in a couple of minutes, any hour, no permission needed. Which is why the old cluster is not decommissioned at the end of the month; that date moves until we've sat at spring tide for two weeks. Writes go to both during the canary, so nothing's lost on the way back.",
      "And the canary only says the managed cluster is safe. If somebody wants to say it's faster for users, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · numbered sections in written prose; tides; market days; initials; rota; storm night aside
  {
    id: 'bu007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Who owns what. Engineering own the SDK integration, the remote flag that picks the old or new payment path inside the app, and the app release. I own the order of the tides, the limits, the holds, and half of each sign-off.',
      "2. Tides, and why in that order. Low tide: staff ordering their own dinners on Android and iPhone. Half tide: customers who opted into the beta programme. High tide: ordinary customers, with Android in from the start rather than saved for later, because the provider's certification says nothing about bursts on real Android phones. Spring tide: our top regulars and the corporate meal accounts last; a failed payment at dinner is the one thing they don't forgive.",
      "3. Limits, fixed and written down before the flag moves for anyone: payment errors anything past 0.5 % on top of today's numbers, measured per platform in five-minute windows so a burst isn't averaged away; p99 payment confirmation anything past 300 ms on top of today's; completed orders per checkout started no more than 2 % below the old SDK's cohort.",
      '4. Holds. Each tide holds for two full market days, and nothing goes past half tide without having lived through a Friday dinner hour.',
      '5. Sign-off. At every gate two people put their initials in the release log: me, and Lowenna, the payments engineering lead.',
      "6. Rollback. Whoever is on the rota can flick back to last week's payment path with the remote flag. It takes effect in a minute or two, with no app release and no redeploy, and they don't wait for me or anyone, Friday night or four in the morning. On a storm night at my last job I watched a rollback wait on a phone tree; I won't build that again.",
      "7. What this proves. The canary shows the new SDK is safe to take payments with. Whether wallet payments lift orders is a separate randomised A/B test once we're at 100 %.",
    ].join('\n'),
  },
];
