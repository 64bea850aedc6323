import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-sixth fresh set, author c: strong answers (cd041–cd047), written blind and labelled by
 * hand before anything was run. Voices: an Essex English register in speech, a nail-salon booking
 * chatbot PM, stages named after the salon, two roles who both say "go on then", holds as a
 * Saturday rush or a count, limits as "more than N worse than now, it's off".
 */
export const SEVENTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Essex speech, salon-chatbot PM, friend's-salon opening, long
  {
    id: 'cd041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, so last year my mate Kayleigh's salon in Chelmsford switched a new booking bot on for everyone on a Friday night, and by Saturday it was telling people gel removal was free. Shut up, I know. Forty clients turned up for freebies and nobody knew who was allowed to turn it off.",
      "So it's the payroll assistant moving to the bigger model. What's mine as the PM is the order people get it in, the limits that pull it, and how long we sit at each stage. Engineering own the routing, the deploy and the flag itself.",
      "Order: our own staff first, the HR team and support agents, cos they know a right payslip answer and they'll moan proper if it's wrong. Then customers who opted into early access. Then general customers, with the big payroll accounts and anyone in their first month last, cos a wrong answer about someone's wages is the worst thing we could do to them.",
      "The front chair is staff, about 2 % of conversations. The middle chairs are early access and then 25 %. The whole salon is everyone. The front chair holds for 500 conversations, each middle chair for a full payday week, cos payday's our Saturday rush innit.",
      "The limits get written down with the eng lead before a single conversation moves, and they're all against the old model as it is now. If errors are more than 0.5 % worse than now, it's off. If p95 latency is more than 800 ms worse than now, it's off. If the hallucination rate on the eval harness is more than one point worse than now, it's off. If the thumbs-down rate is more than two points worse, or cost per conversation more than 30 % up, it's off. And the business one: if hand-offs to a human agent are more than 3 % worse than the old model's cohort, it's off.",
      "Before each stage, me and the support lead both have to say 'go on then'. If one of us hasn't, it waits.",
      "Whoever's on call sticks the old version back, any hour, without ringing me first. It's the model setting flipped back in the config, a couple of minutes, not a redeploy.",
      "Last thing, babe: getting through the whole salon means it's safe, not that it's better. Whether the bigger model is worth what Finance is asking about, that's a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Essex speech, salon stages, short (under 220 words)
  {
    id: 'cd042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "My friend Stacey's salon last year made the bot chatty and it started calling her older regulars 'hun'. Half of them stopped booking.",
      'Mine as PM: the order, the limits, the holds. Engineering run the routing and the prompt flag.',
      "Order: our own staff in both languages first, then opted-in beta users, then English general users, with German users last, cos formal address is exactly where a casual prompt goes wrong and they're a quarter of the base.",
      "Limits, written before anyone gets it, per language: thumbs-down more than 2 points worse than now, it's off. Errors more than 0.5 % worse, off. p95 more than 300 ms worse, off. The eval harness finding informal 'du' in more than 1 % of German replies, off. Drafts actually sent more than 3 % down on the old prompt's cohort, off.",
      "The front chair (staff) holds for 300 drafts per language, the middle chairs (beta, then 25 %) for a full week each, then the whole salon. The localisation lead and me both say 'go on then' before every move.",
      "Whoever's on call sticks the old version back, any hour, no asking. It's a prompt switch, minutes.",
      "The canary shows it's safe, not better, babe. A randomised A/B test afterwards decides better.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Essex speech, salon-chatbot PM, friend's-salon opening, holds by count, long
  {
    id: 'cd043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Last year my mate Jodie's salon moved their booking bot to a cheaper model and it looked fine for a fortnight. It was mixing up infills and full sets in the confirmations, but hardly anyone rated a chat, so nobody saw it till a client kicked off in the shop.",
      'For the vet summaries, I own the order clinics get it in, the limits, and how long we hold. The ML engineers own the routing, the deployment and the flag.',
      "The problem is volume: few vets rate anything and the harness grades one in two hundred, so at 5 % we'd see nothing. My first ask of engineering: the harness grades one in ten of the canary's summaries, and a matched sample of the old model's, for the whole rollout.",
      "Order: our own clinical team and our two partner clinics first, cos they'll actually read the summaries. Then clinics that opted into early access. Then the general base, with brand-new clinics last, because their first impression of us is a summary, and that can't be a wrong drug.",
      'Stages: the front chair is those friendly clinics, the middle chairs are early access and then 30 %, the whole salon is everyone. Holds are counted, not timed: the front chair holds until the harness has graded 400 canary summaries, each middle chair until another 1,000 are graded, which at this traffic is a few days.',
      "Agreed and written down before any traffic moves. If the harness hallucination rate (a drug, dose or finding not in the notes) is more than 1 point worse than now, it's off. If errors are more than 0.5 % worse than now, it's off. If p95 time to summary is more than 400 ms worse, it's off. If vets' edits per summary, which is our real business number, are more than 5 % worse than the old model's cohort, it's off. I also watch cost per summary and the few thumbs-down we do get, cos cheaper is the whole reason for this.",
      "Me and the clinical lead, who's a vet, both say 'go on then' before it moves to the next chair.",
      "Whoever's on call sticks the old version back, any time of day or night, without asking me. It's a config switch back to the old model, done in about two minutes.",
      "Even at the whole salon, that only tells us it's safe. Saying it's better needs a randomised A/B test after.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · Essex speech, salon-chatbot PM, friend's-salon opening, long
  {
    id: 'cd044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Last year my mate Leanne's salon put a new bot on that suggested add-ons, like 'fancy a gel toe with that?'. Fine all week, then every Saturday at ten it went slow and people gave up booking halfway, cos the calendar it read from couldn't cope. That's this, innit, just in Singapore.",
      'What I own as the PM: who gets the new model in what order, the limits that stop it, the holds and who says we move on. The platform team own the routing, the rollout tooling and the model serving.',
      "Order: staff in Berlin and Singapore first, cos they'll tell us if the baskets are rubbish. Then customers who opted into the beta, in both regions. Then general customers. New customers and the big weekly-shop households go last in each region, cos those are the ones we'd lose.",
      'Both regions are in every stage, so the feature stores in Asia get tested while it is small. The front chair is staff plus beta at 2 %. The middle chairs are 10 % and then 25 %. The whole salon is 100 %. Every stage holds through a full Singapore lunch peak and a full European evening peak, two Saturday rushes a day, basically.',
      "Limits, set with the platform lead before any traffic moves, against the old model right now: if errors are more than 0.3 % worse than now, it's off. If p99 latency on the home screen is more than 250 ms worse than now, in either region, it's off. If feature-store read timeouts are more than 0.5 % worse, it's off. If baskets added from the recommendations are more than 2 % down against the old model's cohort, it's off.",
      "Model-side I gate on two more: compute cost per request more than 20 % up and it's off, and 'not for me' taps on recommended baskets more than 1 point worse and it's off.",
      "Before every step up, me and the APAC ops lead both say 'go on then', and we say it after the Singapore lunch has finished, not before.",
      "Whoever's on call sticks the old version back, including the Berlin on-call at five in the morning when Singapore is eating lunch. No asking me first. It's a config flag back to the old model, a couple of minutes, no redeploy.",
      "And the canary's only telling us it's safe. If we want to say the new model sells more baskets, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Essex speech, salon stages, short (under 220 words)
  {
    id: 'cd045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Last year my mate Dani's salon swapped card readers on a Saturday and every third payment hung. She was well jel of the shop next door.",
      'For the SDK, I own the order, the limits and the holds. Engineering own the flags and the deploy.',
      'Order: staff phones first, then opted-in beta users, then general users. Brand-new customers and our big regulars go last, cos a failed first payment loses someone for good.',
      "Limits, written before anything moves, per minute cos bursts hide in an hourly average: payment failures more than 0.3 % worse than now, it's off. p99 payment time more than 400 ms worse than now, it's off. Completed orders more than 2 % down on the old SDK's cohort, it's off. Android and iOS each judged on their own.",
      "Front chair, 1 %, holds through a full Friday dinner rush, that's their Saturday rush. Middle chairs, 10 % then 25 %, hold for 2,000 orders each. Then the whole salon. The payments lead and me both say 'go on then' before each step.",
      "Whoever's on call sticks the old version back, 2 a.m. included, no asking. A remote-config switch, under five minutes.",
      "It shows the SDK's safe, not better. Whether wallets sell more is an A/B test after.",
    ].join('\n'),
  },
  // storage-migration-under-load · Essex speech, friend's-salon opening, salon stages, long
  {
    id: 'cd046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Last year my friend Gemma's salon moved their bookings over to a new system on a Monday. Fine with three of them testing it, but come the Saturday rush with every chair full, the diary just froze, and the old system had already been switched off. Reem salon, rubbish weekend.",
      "Same trap here: the load tests passed with warm caches, and the old cluster goes at the end of the month. So as PM I own the order teams move in, the limits, the holds and when we're allowed to call it done. The infrastructure team own the proxy, the migration itself and the routing.",
      "First thing I'd ask for: the old cluster stays up until the whole salon has held a full week, with writes going to both. If that means arguing about the decommissioning date, I'll have that argument.",
      'Order: our own workspaces first, cos we use the tool all day. Then teams that opted into early access. Then small teams. The biggest accounts and teams still on a trial go last, cos the big ones hammer the database hardest and a trial team that sees a frozen board just leaves.',
      "Stages: front chair is us at 1 % of reads, middle chairs 5 % then 25 %, whole salon 100 %. Each one holds through a full Monday-morning peak, that's our Saturday rush, and at least 200,000 page loads on the new cluster, with caches cold at the start of every stage, cos that's what'll bite us.",
      "Limits, agreed with the infra lead before any traffic moves, measured against the old cluster right now: if page-load errors are more than 0.2 % worse than now, it's off. If p99 task-read time is more than 250 ms worse than now, it's off. If tasks created per active user drop more than 2 % against the teams still on the old cluster, it's off.",
      "Before each stage, me and the infra lead both say 'go on then'. Not one of us, both.",
      "Whoever's on call sticks the old version back, any hour, no phone call to me first. It's the proxy pointed back at the old cluster, which is a config change, a few minutes, not a redeploy. That's exactly why the old one has to stay up.",
      "And this tells us it's safe to move, not that the managed cluster is better. If anyone wants to claim it's faster for users, that's a randomised A/B test later.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · Essex speech, friend's-salon opening, rollback told first, long
  {
    id: 'cd047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "My mate Chantelle's salon last year had their online booking go wrong at about 1 a.m. on a Saturday, taking deposits twice. The developer on call saw it, but he thought he needed her say-so to switch it off, and she was asleep. By morning it was three hundred double charges. So the who-can-roll-back bit is first in my head.",
      'As the PM I own the order riders get the new pricing in, the limits that stop it, the holds and who signs each step. Engineering own the pricing service, the deploy and the routing flag.',
      "Rollback first, then. Whoever's on call sticks the old version back, at any hour, 2 a.m. on a Saturday included, without ringing me or anyone. It's the routing flag sending fare requests back to the old pricing service, about three minutes, no redeploy. I'd have that in the runbook and said out loud at the kick-off so nobody's in any doubt.",
      "Order: staff rides first, cos we can check their fares by hand. Then riders who opted into the beta programme. Then one mid-sized city. The big cities and brand-new riders go last, cos a wrong fare on your first trip and you're gone.",
      "Stages: front chair is staff plus beta, about 1 %. Middle chairs are that one city, then 25 % everywhere. Whole salon is 100 %. Each stage holds over a full Friday and Saturday night, the actual Saturday rush, plus at least one nightly batch window with billing, cos that's the bit nobody's tested. Starting Tuesday evening is fine, it just means the front chair sits there all week.",
      "Limits, written down with the pricing lead before any rider gets it, against the old service now: if fare-calculation errors are more than 0.2 % worse than now, it's off. If p99 time to quote is more than 300 ms worse, it's off. If fares differ from the old service's shadow quote by more than 1 % on more than 0.5 % of trips, it's off. If completed trips per request drop more than 2 % against the riders still on the old pricing, it's off.",
      "Before each stage up, me and the pricing lead both say 'go on then'. Never on a Friday night.",
      "And this tells us the new service is safe. Whether it prices better for the business is a randomised A/B test afterwards, not something I'd read off the canary.",
    ].join('\n'),
  },
];
