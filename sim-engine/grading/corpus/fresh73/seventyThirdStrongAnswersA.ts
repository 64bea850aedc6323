import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Seventy-third fresh set, author a: strong answers (ca001–ca007), written blind, labelled by hand. */
export const SEVENTY_THIRD_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Nottingham speech, allotment-booking app PM, allotment stages, shed board
  {
    id: 'ca001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ey up, right. So at the allotment app, where we book plots and shed space across the city's sites, we've got a little help assistant that answers plot-holders about rent, waiting lists and what they can and can't build on a plot. This change swaps it onto a bigger model with a longer memory, same prompt. Here's how I'd run it.",
      "What's mine and what's not: I own the order folk see it in, the stop lines, and how long we sit at each stage. The engineers own the routing, the deploy and the flag itself. I don't touch them switches.",
      "Order: our own staff and the volunteer site secretaries first, because they know the rules inside out and they'll tell us straight when an answer's wrong. Then the plot-holders who ticked 'try new things first' in their settings. Then the rest, site by site, with first-year plot-holders last, because they lean on the assistant most and they're the ones who'd get mardy and give the key back if it told them summat daft.",
      "Stages: the cold frame is staff and secretaries, the greenhouse is the opt-in lot, the open beds is everyone. We sit in each for a full fortnight of Sunday digs, because Sunday's when the questions come in.",
      "Stop lines, wrote down before a single question gets routed to the new model. Errors: if it's gone half a percent past where we are now, we stop. p99 reply time: if it's gone 400 ms past, we stop. Questions answered without a hand-off to a human, against the plot-holders still on the old model: if it's gone 2 points below, we stop. And the model ones: hallucination rate on our eval harness of 300 real rent and tenancy questions, if it's gone 1 point past, we stop; thumbs-down rate, 1 point past, we stop; cost per conversation, if it's gone 30 % past, we stop, because finance have already asked.",
      'Before we leave each stage, Priya the eng lead and me both put our name on the shed board. No names, no next stage.',
      "Rollback: whoever's on call can put last Tuesday's version back at any hour, without ringing me first. It's a flag flip in the router, two minutes, no redeploy.",
      "And all this tells us is that the bigger model's safe, not that it's better. Better is a randomised A/B test afterwards, proper split, proper sample.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Nottingham speech, shed-board notes, allotment stages (short)
  {
    id: 'ca002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ey up me duck. Short version, as I'd chalk it on the shed board.",
      "Mine: which clinics go when, the stop lines, how long we sit. Engineering's: the routing, the deploy, the flag.",
      "Order: our in-house vet advisers first, they'll spot a wrong dose. Then clinics signed up for early features. Then the rest. Brand-new clinics last: no trust banked yet.",
      'Stages: cold frame (advisers), greenhouse (early-feature clinics), open beds (everyone). Each holds a full fortnight and until the eval harness has marked 400 summaries at that stage, so for the canary we turn its sampling up from one in 200 to one in 20.',
      "Stop lines, agreed before any summary moves: errors gone 0.5 % past where we are now, we stop; p99 gone 300 ms past, we stop; harness hallucination rate 1 point past, we stop; summaries vets edit before saving 3 points past the old model's clinics, we stop. Cost per summary we watch too; it should drop.",
      'Each step: Dr Okafor, our clinical lead, and me both put our name on the shed board.',
      "Rollback: whoever's on call puts last Tuesday's version back, any hour, no permission needed. Routing switch, under five minutes.",
      "This shows it's safe, not better. A randomised A/B test after tells us better.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Nottingham speech, allotment-booking app PM, hosepipe-ban story, plot-booking holds
  {
    id: 'ca003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Let me start with the hosepipe ban, cos it's why I plan payments the way I do. Summer before last the council brought one in on a Thursday night, and by Friday morning half the plot-holders in Nottingham were on our app booking water-butt drops. Payments were failing in little clumps, ten seconds bad, two minutes fine, and the hourly average looked champion. We found out from a mardy email off a site secretary, not from a graph.",
      "So for this one, plot rent and water-butt payments moving to the provider's new SDK with wallet payments, here's the plan.",
      'I own the order, the stop lines and the holds. Engineering own the SDK integration, the routing and the flag, and I stay out of them.',
      "Order: staff and committee members paying on their own phones first, cos they'll forgive a hiccup and tell us exactly what happened. Then plot-holders on the beta list who opted into new features. Then the wider sites one at a time, smallest first. Folk in their first year with a plot go last, along with the big Sunday-morning sites like the one up the jitty off Hucknall Road, cos a failed first rent payment is how we lose a new plot-holder for good.",
      "Stop lines, signed off before a single payment moves, and measured in five-minute windows, not hourly, because of the hosepipe lesson. Payment errors on Android: if it's gone 0.3 % past where we are now in any five-minute window, we stop. p99 payment time: if it's gone 500 ms past, we stop. Completed bookings per started checkout, against the plot-holders still on the old SDK: if it's gone 2 % below, we stop.",
      'Stages: the cold frame is staff, the greenhouse is the beta lot plus two small sites, the open beds is everybody. Each one holds for 3,000 plot bookings and at least one Saturday-morning rush, whichever takes longer.',
      'Before we go from one to the next, Dev, our payments engineer, and me both put our name on the shed board.',
      "If a line's crossed, whoever's on call puts last Tuesday's version back. That's the old SDK path behind the flag, flipped in config in a couple of minutes, day or night, and they don't need to ring me or anybody.",
      'Last thing: a clean canary means the new SDK is safe. Whether wallets get more people paying is a separate question, for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Nottingham speech, numbered plan, allotment stages, shed board
  {
    id: 'ca004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, ey up. I've not worked on email before, I come from an allotment-booking app, but a prompt change is a prompt change. Here's how I'd go.",
      '1. Who owns what. Me: the order people get it in, the lines we stop at, how long we sit at each stage, and who signs. Engineering: the prompt versioning, the routing and the flag.',
      "2. Order. Our own staff first, English and German speakers both. Then users who opted into the early-access programme. Then English users in general. German users go last, and German business accounts last of all, cos the English team reviewed this prompt and nobody checked what 'warmer' does to formal address. That's the fragile bit.",
      '3. Stages. Cold frame: staff. Greenhouse: early access. Open beds in two goes, English then German. Each stage holds a full fortnight, and for German we also wait for 20,000 drafted emails so the thumbs-down rate means owt.',
      "4. Stop lines, wrote down before owt moves. Error rate: if it's gone 0.5 % past where we are now, we stop. p95 time to draft: if it's gone 300 ms past, we stop. Share of drafts sent with only light edits, against the old prompt's users: 2 points down, we stop. Thumbs-down rate, split by language: 1.5 points past, we stop. The eval harness, 500 German and English cases with a formal-address check in it: if the fail rate's gone 2 points past, we stop. Tokens per draft: 15 % past, we stop, because warmer prompts tend to waffle.",
      '5. Sign-off. Lena, who leads German, and me both put our name on the shed board before every stage. No German stage without her name up there.',
      "6. Rollback. Whoever's on call puts last Tuesday's prompt back, any hour, no asking me. It's a config switch to the old prompt version, a minute or two, no redeploy.",
      '7. What it proves. It proves the new prompt is safe. Whether people actually like warmer better is for a randomised A/B test afterwards, not for reading off the canary.',
      "Mardy German users are the risk I'd lose sleep over, so that's where the gates are tightest.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · shed-board bullets with Nottingham asides, allotment stages (short)
  {
    id: 'ca005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Shed-board version, me duck:',
      "- Mine: cohort order, stop lines, holds. Engineering's: routing, deploy, flags.",
      '- Order: staff riding on their own accounts, then riders who opted into the beta, then city by city, smallest first. New riders and airport trips last: a wrong first fare loses them.',
      "- Stop lines, set before traffic moves: fare errors 0.5 % past where we are now, we stop; p99 quote time 250 ms past, we stop; completed trips per quote 2 % below the old service's riders, we stop.",
      "- Stages: cold frame (staff), greenhouse (beta), open beds (everyone). Each holds 48 hours and must span one nightly batch window shared with billing, since that's where it'd break.",
      '- Advancing: Amira, the pricing eng lead, and me both put our name on the shed board.',
      "- Rollback: whoever is on call, 2 a.m. Saturday included, puts last Tuesday's version back without asking anybody. Routing switch to the old pricing service, about three minutes, no redeploy. Agreed in writing before we start.",
      '- This shows the new service is safe. Whether fares come out better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · Nottingham speech, allotment-app anecdote, allotment stages, shed board
  {
    id: 'ca006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ey up. First thing I'd say is this one's got a trap in the clock. Singapore's lunch is Berlin's breakfast, and the feature stores were sized for the old model, so if we only ever watch during Berlin office hours we'll wave it through and it'll fall over at half six in the morning. On the allotment app I used to run, our rush was Saturday at eight when the booking window opened, and we learnt to hold through it or the hold didn't count.",
      'What I own: the order, the stop lines, how long each stage sits, who signs. What engineering owns: the routing, the feature-store capacity, the deploy and the flag.',
      "Order: staff accounts first in both regions, because they'll tell us if the baskets look daft. Then customers who opted into early features, again in both regions, so a bit of Singapore is in from the start. Then general customers. New customers go last, and so do the big weekly-shop households, cos a wrong home screen loses a new customer at their first shop.",
      'Stages: cold frame is staff, greenhouse is opted-in, open beds is everyone, and open beds itself goes 25 % then 100 %. Each stage holds for at least three Singapore lunch peaks and three European evening peaks, never less than 72 hours.',
      "Stop lines, agreed and written before any request goes to the new model. Errors: if it's gone 0.3 % past where we are now, we stop. p99 home-screen time: 200 ms past, we stop. Feature-store read latency at p95: 50 ms past, we stop. Basket add-rate against the old model's customers: 2 % down, we stop. And for the model itself: the eval harness replayed nightly on the canary's logged requests, precision down 3 points, we stop; 'not interested' taps on recommended baskets up 1.5 points, we stop; compute cost per request 20 % past, we stop.",
      'Sign-off: Jonas, the recs eng lead in Berlin, and Mei Ling, who runs the Singapore market, both put their name on the shed board before each stage. I put mine under theirs.',
      "Rollback: whoever's on call, and for this one that means someone awake at Singapore lunch, can put last Tuesday's model back without asking. Flag flip, under five minutes, no redeploy.",
      "And none of this tells us the new model sells more. It tells us it's safe. For better, we run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // storage-migration-under-load · Nottingham speech, allotment-booking app PM, cohorts by site and years held
  {
    id: 'ca007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ey up. Say it's ours: every screen on the allotment-booking app reads plots and bookings from the database, and we're moving to a managed cluster behind a new proxy. Load tests passed with warm caches, and that's what worries me.",
      'Who does what. I decide which sites go when, what numbers stop us, how long we hold, and who signs. Engineering decide how the proxy splits reads and mirrors writes, and they run the cut-over.',
      "Order, by site and by how long folk have had their plot. Staff and the volunteer site secretaries first: they're on the admin screens all day and they'll ring us. Then the handful of sites whose committees opted in to trying things early. Then the rest, small sites before big ones, and within a site, plot-holders of ten years or more before newer ones. First-year plot-holders go last, and so does the big 400-plot site in town, because a new plot-holder who can't book a water slot hands the key back.",
      "Stop lines, agreed, wrote down and pinned up before a single read goes to the new cluster. Error rate: if it's gone 0.5 % past where we are now, we stop. p99 page load: if it's gone 300 ms past, we stop. Completed bookings per booking started, against the sites still on the old database: if it's gone 2 % down, we stop. Cache hit rate we chart, cos that's what the load test lied about.",
      'Stages, gated on the numbers and not just the clock. Cold frame: staff and secretaries. Greenhouse: opted-in sites plus a few small ones. Open beds: everyone, in two halves. Each stage sits until it has seen 5,000 plot bookings and a full fortnight of Sunday digs, so the caches have gone cold and warm again at least twice.',
      'Nobody moves to the next stage till Marcus, our platform lead, and me have both put our name on the shed board.',
      "Rollback. Whoever's on call, three in the morning or three in the afternoon, puts last Tuesday's version back: the proxy sends reads to the old database again. It's a config change, a couple of minutes, no redeploy, and they don't wait for me. So the old cluster stays live past month end, till the open beds have held clean.",
      'And a clean canary says the move is safe, not owt about better for users. That claim needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
