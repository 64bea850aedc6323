import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-first fresh held-out set, author c: strong answers (by041–by047). Written blind (neither
 * the grader nor any other answer file was read) and labelled by hand before anything was run.
 * Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SEVENTY_FIRST_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Lincolnshire speech, farm-shop recipe-chatbot PM, market-town stages, fish-van rounds
  {
    id: 'by041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Short version: our own staff first, then the early-access lot, the big payroll customers last, limits on the board before we start, and the duty developer can flick back to the old model at any hour without ringing me.',
      "Now then. I look after the recipe chatbot at a farm shop outside Louth, and we swapped its model last back end, so this one's close to home. What's mine as PM is the order folk go in, the limits, how long we sit at each stage and who says go. What's engineering's is the routing, the deploy and the flag itself.",
      "Order goes like a walk into a market town. The back lane is our own staff asking the assistant about their own payslips and leave; they'll tell you straight if it's talking rubbish. The square is customers who opted into early access; they'll forgive a wobble. The high street is everybody else, going 10 %, 25 %, 50 %, then all of it, and the payroll admins at the biggest firms and any company in its first month with us go last, because a wrong answer about somebody's pay there costs us the account.",
      "Limits go on the board before a single conversation moves, measured against folk still on the old model: owt past half a percent more errors, owt past 300 milliseconds worse on p95, owt past a 2 % drop in questions answered without a ticket being raised. Then the model ones, because errors won't show you a model that's confidently wrong: hallucination rate from the eval harness more than a point over the old model, thumbs-down rate up by more than 1.5 points, or cost per conversation more than 40 % over the figure we gave finance. Any one of them and we stop.",
      "We sit in each part of town for two Friday fish-van rounds, so two weeks, and one of them has to take in a payday, because that's when payslip questions pile in. Before each move Priya, the support lead, and Dave, our engineering lead, both have to say “right, crack on”.",
      "The duty developer can flick back to the old model at any hour without asking me or anybody. It's a config switch on the routing, done in a couple of minutes, not a redeploy.",
      "And the canary only tells us the bigger model is safe. Whether it's better, that three-point eval bump, wants a proper randomised A/B test afterwards, not a read off the canary lot.",
    ].join('\n'),
  },
  // quiet-feedback-trap · short run-on speech opening on a one-line summary, pea-vining week, “right, crack on”
  {
    id: 'by042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'In a line: friendly clinics first, long holds, limits fixed up front, and a quick way back.',
      "I own the order, the limits, the holds and who says go; engineering own the routing and the switch. The back lane is the three clinics that helped us build it, the square is clinics that opted into early access, and the high street is everyone else at 25 %, 50 %, 100 %, with multi-site groups and clinics that joined this quarter last because they'd walk first. Before a summary moves we write on the board: owt past 0.5 % more errors than the old model, owt past 400 ms worse on p95, owt past 3 points more summaries edited before saving against the baseline, and eval-harness hallucination rate more than a point up, with the harness grading one summary in twenty during the canary. Cost per summary gets watched too, it's meant to fall. Feedback's that thin that each part of town holds a full pea-vining week. Ann, our vet lead, and the engineering lead both say “right, crack on” before any move. The duty developer flicks back to the old model at any hour: config switch, two minutes, no approval. The canary says it's safe; whether it's as good wants a randomised A/B test after.",
    ].join('\n'),
  },
  // storage-migration-under-load · Lincolnshire speech, the flood story, market-town stages, duty developer flicks the proxy back
  {
    id: 'by043',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'One line: our own workspaces first, the big customers last, limits on the board before we start, a hold over every Monday morning, and the old cluster kept running so the duty developer can flip back in minutes.',
      "I'll tell you why I'm twitchy about that load test. Summer of 2019 the Steeping came over at Wainfleet. My uncle's pumps had all been tested, tested on a dry day with nowt in the dykes, and when the real water came they choked inside the hour. Warm caches are that dry day. So I'd not trust it, and the old database isn't switched off at month end till this is finished.",
      "What's mine: which teams go in what order, the limits, how long we sit at each stage and who says go. Engineering own the proxy, the data copy and the routing.",
      "The back lane is our own company's workspaces; we'll feel it first. The square is customers on the early-access list, about 5 % of traffic. Then the high street at 25 %, 50 % and 100 %, with the big enterprise workspaces and anyone who signed up in the last month going last, because they've the most to lose and the least patience with us.",
      'On the board before one page load moves, compared with teams still on the old database: owt past 0.5 % more failed page loads, owt past 250 ms on p99 task-load time, and owt past a 2 % drop in tasks created per active user against the baseline. Cross any one and we stop.',
      'Every stage sits through at least two Monday mornings, when every team opens its board at nine and the caches are cold after the weekend, so call it two Friday fish-van rounds, and we only move if the numbers held. Before each step Gary, our head of engineering, and me as PM both say “right, crack on”.',
      "The duty developer can flick the proxy back to the old cluster at any hour, two in the morning included, without asking anybody. It's a routing change that's done in three or four minutes, not a redeploy, which is exactly why the old cluster stays up and in sync till we've been at 100 % for a week.",
      "Last thing: the canary tells me the new storage is safe. It doesn't tell me it's better; if we want to claim faster pages, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Lincolnshire speech, farm-shop chatbot anecdote, language as its own step, flicking back
  {
    id: 'by044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Gist: staff in both languages first, German users last and only once a German speaker's been through it, limits on the board, and the duty developer flicks back to the old prompt if owt trips.",
      "I've been here before. Our farm-shop chatbot got a jokey new prompt one spring and started calling pensioners “babe”, which is the German formal-address problem in a Lincolnshire accent. So I'm frit of this one, honestly.",
      'What I own: the order, the limits, how long we hold, who says go. Engineering own the prompt config, the routing and the flag.',
      "Back lane: our own staff in both languages, and I'd get two German-speaking colleagues to write real work emails with it on purpose. Square: English-speaking users who opted into the beta. High street: English users generally at 25 % then 50 %. German users come last and as their own step, starting with German beta volunteers, because the review never looked at German and that's where Sie and du matter. They're a quarter of the base, and business users writing to clients are the ones we'd lose.",
      'On the board before anything moves, split by language and compared with users still on the old prompt: owt past 0.5 % more errors, owt past 250 ms worse on p95, owt past a 2 % drop in suggestions accepted into a sent email against the baseline. Model side: thumbs-down rate more than 2 points over the old prompt in either language, and the eval harness run on a German set with a check for informal address, where more than 1 % of formal-context replies using du stops us. Tokens per reply are watched too, as a warmer prompt might ramble.',
      'Each part of town holds a full pea-vining week, seven days so the weekday business emails are counted, and the German step holds two. Before each move Katrin, our localisation lead, and the engineering lead both say “right, crack on”.',
      "If owt trips, the duty developer flicks back to the old prompt, same as flicking back to the old model on the farm-shop bot, at any hour and without waiting for anyone. It's a config change that takes a minute or two, no redeploy.",
      'And the canary says warm is safe. Whether warm is better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority · short Lincolnshire speech opening on a one-line summary, fish-van round holds
  {
    id: 'by045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Quick version: at 2 a.m. it's the duty developer's call, not mine, and the limits are on the board before Tuesday.",
      "I own the order, the limits, the holds and who says go; engineering own the pricing service, the routing and the flag. Back lane, about 1 %: staff rides and our drivers' test accounts. Square, 5 %: riders in the early-access programme. High street, 25 %, 50 %, then everyone, with corporate accounts and riders on their first trip last, because a bad fare hurts most there. Written down before a single fare moves, against riders still on the old service: owt past 0.3 % more fare errors, owt past 200 ms on p99 quote time, owt past 1 % fewer booked trips than the baseline. Each stage holds through one Friday fish-van round, a full week with its weekend nights, and through the batch window we share with billing. Kelly, our ops lead, and I both say “right, crack on” before each move. At 2 a.m., or any other hour, the duty developer flicks fares back to the old pricing service, a routing switch done in under five minutes, without waking me or anyone. The canary says the new fares are safe; whether they're better is a randomised A/B test later.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · run-on speech after a one-line summary, market-town stages, pea-vining week, two regions
  {
    id: 'by046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Summary first: staff in both regions, then early access, then the rest in steps with every hold spanning a Singapore lunch, limits fixed beforehand, and a duty developer awake on Singapore's clock who can flick back to the old model without asking.",
      "Right, so. What I'm on the hook for as PM is the order customers go in, the limits, how long we hold and who signs each step. Engineering own the routing, the model serving and the feature stores, and I'd not touch those, but I would ask them for the feature-store headroom at the Asian peak before we start, because the stores were sized for the old model.",
      "The back lane is staff accounts in Berlin and in Singapore, both. The square is customers who opted into early access, in both regions. Then the high street, 10 %, 25 %, 50 %, 100 %, with Asia in at every step rather than bolted on at the end, because Berlin's office hours would never see a Singapore lunch. New customers in their first month and the big weekly-basket households go last: new ones judge the app on the first basket, and the big baskets are where the money is.",
      'Limits go on the board before traffic moves, per region, against the old model on the same clock: owt past 0.5 % more failed home-screen loads, owt past 200 ms worse on p99 recommendation latency, owt past a 2 % drop in recommended-basket add-to-cart against the baseline. Model side, on the board as well: the offline eval set replayed every night no more than 2 points below the old model on hit rate, “not interested” taps up by no more than a point, and compute cost per thousand requests no more than 25 % up.',
      'Each part of town holds for a full pea-vining week, so every lunch peak in both regions, weekdays and weekend, and the 50 % step holds a fortnight, two Friday fish-van rounds. Before each move Mei, our head of data science, and the engineering lead both say “right, crack on”.',
      "The duty developer, and there's one on a rota covering Singapore's lunch, which is five or six in the morning for Berlin, can flick back to the old model at any hour without ringing anyone. It's a routing config switch, a couple of minutes, not a redeploy.",
      "Last thing: the canary tells us the new model's safe. Whether it sells more baskets is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Lincolnshire speech, Android as its own step, Friday fish-van rounds, remote switch
  {
    id: 'by047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Long and short of it: staff and the beta group first, Android taken as its own step, each step held over a Friday dinner, limits written up first, and the duty developer can flick the old SDK back on at any hour without asking.',
      "I own the order, the limits, the holds and the go or no-go. Engineering own the SDK integration, the remote flag and the app releases. One ask of them before owt: both SDKs ship in the app behind a remote switch, because if rollback means a new build through the app stores we've not got a rollback, we've got a week.",
      "The back lane is staff ordering their own tea. The square is customers on the beta app. Then the high street: iOS at 10 %, then Android at 10 % as its own step, because the provider's certification tells us nowt about bursts on cheap Android phones, then 25 %, 50 %, 100 %. First-time customers go last; a failed first payment loses a customer for good.",
      "On the board, fixed before a single payment moves and compared with users on the old SDK: owt past 0.5 % more failed payments, counted in five-minute windows so a burst can't hide in a daily average; owt past 300 ms on p99 payment time; owt past a 1 % drop in orders completed against the baseline.",
      'Each step runs at least one Friday fish-van round, a full week that takes in a Friday dinner peak, and the Android step gets two. Before each move Jo from payments ops and the engineering lead both say “right, crack on”.',
      'If owt crosses the line, the duty developer flicks the old SDK back on from the remote config, any hour, no approval needed; it takes a couple of minutes.',
      'The canary tells us the new SDK is safe. Whether wallet payments actually lift orders is a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
