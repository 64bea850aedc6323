import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eightieth fresh set, author c: strong answers (ch041–ch047), written blind and labelled by hand.
 * Voice: a Bermudian English register in writing, a moped-rental PM whose vision model estimates
 * damage from return photos, answers as obituaries for the old version (one a eulogy read aloud).
 */
export const EIGHTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ch041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'OBITUARY — DENT, the damage estimator (version two), of the moped shop by Flatts.',
      'Passed away, all being well, at the end of this month after two summers of looking at scratched mudguards. Born in a back office down the front, DENT was wrong about a cracked mirror maybe once a week, which for a machine is ace boy behaviour.',
      'Survived by its successor, a bigger model with sharper eyes that scored three points better on the daylight test photos and costs more per look.',
      'I decide who meets it first, what sends it home and how long each visit lasts; the developers own the routing, the deploy and the flag that points a photo at one model or the other.',
      'Our own mechanics and counter staff meet it first, because they know a real dent from a bad photo. Then the regulars who ticked the try-new-things box and have rented with us three summers or more. Visitors on their first summer go last, because a wrong charge on a first rental ends up on a review site and never comes back.',
      "The visits are named for the parishes, east to west. St George's takes the staff and about 5 % of returns and holds for a full cruise-ship week, or 1,500 rentals if that comes later. Hamilton takes the opted-in regulars, about a quarter of returns, and holds another cruise-ship week. Then up the country to Sandys, everybody. Before each move the shop manager and I both put our names in the book.",
      "Written in that book before the first photo goes through: if errors are more than 0.5 % worse than now, it's done; if p95 is more than 400 ms worse than now, it's done; if the share of estimates our mechanics overrule is more than 3 points worse than now, it's done; if disputed charges at the counter are more than 2 points worse than now, it's done; if the cost per estimate is more than 30 % over the figure we gave finance, it's done.",
      "Whoever's on call brings the old one back, no need to ring me. Day or night, it's one switch in the config and the old model is answering again inside five minutes, no new build.",
      "In lieu of flowers, remember that this canary only shows the new one is safe to keep. If anybody wants to say it's better, that's a randomised A/B test afterwards, not a hunch from St George's.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ch042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '(Read aloud at the Tuesday shop meeting, card in hand.)',
      "Morning all, how ya goin'. We're here to say goodbye to the old estimator, the big slow one that's been pricing scratches since before half of you were hired. It wasn't cheap and it wasn't quick, but it was honest, and I want to tell you how we'll bring its replacement in so nobody can say the new one wasn't.",
      "The new one is cheaper and faster. The trouble is we barely hear back about it. We get a few hundred return photos an hour on a ship day, hardly any customer taps the thumbs, and the mechanics re-grade only one photo in two hundred. At a small slice we'd learn nothing, so the plan is built around that.",
      'First, who owns what. I own the order, the limits and the holds. Marcus and the developers own the routing, the flag and the deploy.',
      "The staff bikes go first, because you lot will tell me when it's wrong. Then the regulars who signed up to try things first. First-summer renters and the cruise crowd go last, because they're new to us and one bad charge loses them for good.",
      "St George's is the staff and the opted-in regulars, and the mechanics re-grade every single photo, not one in two hundred. It holds until 600 photos are re-graded, which is about a full cruise-ship week. Hamilton is half the island, re-grading one in ten, and it holds for 3,000 rentals. Sandys is everybody. Before each step the shop manager and I both put our names in the book.",
      "The limits went in the book last week, before a single photo moved. If the mechanics disagree with it more than 2 points worse than now, it's done. If missed damage over fifty dollars is more than 1 point worse than now, it's done. If the thumbs-down rate is more than 3 points worse than now, it's done. If errors are more than 0.5 % worse or p95 is more than 300 ms worse, it's done.",
      "If it trips, whoever's on call brings the old one back, no need to ring me. Three in the morning or noon, it's the flag flipped back, a couple of minutes, no rebuild.",
      "When the new one comes through all three parishes, that tells us it's safe. It doesn't tell us it's better. For that we run a proper randomised A/B test afterwards.",
      'Rest easy, old boy.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ch043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'OBITUARY. The old damage-note prompt, stiff but correct, died this week aged one summer. Survived by a warmer rewrite nobody has read in Portuguese, which a quarter of our renters read their notes in.',
      'Arrangements, mine to set: the order, the limits, the holds. The developers own the flag and the routing.',
      "Staff first, then the opted-in regulars of three summers or more, Portuguese readers among them on purpose, then first-summer renters last, since they're new and the quickest to walk.",
      "St George's holds for 800 notes, Hamilton for a full cruise-ship week, then Sandys. The shop manager and I both put our names in the book before each move.",
      "Fixed before launch, per language: if thumbs-down is more than 2 points worse than now, it's done; if disputed charges are more than 1 point worse than now, it's done; if our Portuguese-speaking staff mark more than 3 % of sampled notes as rude or wrong, it's done; if errors are more than 0.5 % worse or p95 more than 300 ms worse, it's done.",
      "Whoever's on call brings the old prompt back, no need to ring me: any hour, one config switch, two minutes.",
      'In lieu of flowers: passing the canary means safe, not better. Better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ch044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'IN MEMORIAM — the old damage model, which read one photo and nothing else, and was never once late on a ship day.',
      "It leaves behind a cleverer successor that reads the photo plus the bike's age, its last three returns and the weather, each pulled from the feature store at the shop it came back to. Those stores were sized for its parent. The developers are in Vancouver, so the Dockyard rush when three ships tie up lands at five in the morning their time; nobody there will be looking.",
      'The funeral arrangements are mine: who meets the new one and in what order, the numbers that send it home, how long each visit lasts. The developers keep the routing, the deploys and the flags.',
      "Order of mourners: our own counter staff and mechanics at every shop first, Dockyard included, because they'll spot a silly estimate and the Dockyard store feels the extra reads from day one. Then regulars of three summers or more who signed up to try things early. First-summer renters and the ship crowd go last: new to us and the most money on the table.",
      "The stages run east to west. St George's is the staff, about 5 % of returns, held for a full cruise-ship week with at least two Dockyard ship days in it. Hamilton is the opted-in regulars, about 25 %, held for 4,000 rentals and another ship week. Sandys is everybody. The shop manager and I both put our names in the book before every move up the country.",
      "Written in the book before the first photo moves: if errors are more than 0.5 % worse than now, it's done; if p95 at any one shop is more than 300 ms worse than now, it's done; if the share of estimates our mechanics overrule is more than 3 points worse than now, it's done; if customer disputes are more than 2 points worse than now, it's done; if feature-store timeouts at any shop are more than 1 % worse than now, it's done.",
      "Whoever's on call brings the old one back, no need to ring me, and on ship days the pager sits with someone on the island, not in Vancouver. It's the flag flipped back in config, the old model answering in under five minutes, no redeploy.",
      "In lieu of flowers, a reminder: if the new one survives all three parishes, it is safe. Whether it's better is a question for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'ch045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'OBITUARY — the old payment SDK of the delivery app, aged four, who took card payments without fuss and never once heard of a wallet.',
      "I rent mopeds for a living, so forgive me if I treat this like a new batch of bikes off the boat: you don't hand a new bike to a cruise passenger on day one.",
      "Survived by the provider's new SDK, which adds wallet payments and passed the provider's certification. Certification is a test ride round the car park; it isn't Middle Road in the rain.",
      'Who carries what: I own the order people meet it in, the limits that stop it and how long each stage holds. Engineering owns the routing, the app release and the flags.',
      "Order: staff ordering their own lunch first, because they'll report a failed payment instead of deleting the app. Then customers who opted in to early features. Then everybody else, with first-time orderers and the big weekly accounts last: a failed first payment loses a customer for good, and the big accounts are the money. Android and iPhone stay separate cohorts, because bursts on one platform hide inside a blended average.",
      "Stages, east to west: St George's, staff and opted-in, 5 % of orders. Hamilton, 25 %. Sandys, everybody. Each stage holds through a full Friday dinner rush and at least 20,000 payments before anyone talks about moving. The shop manager, here the head of payments, Keisha, and I both put our names in the book at each step.",
      "Fixed in the book before any traffic moves: if payment failures on either platform are more than 0.3 % worse than now, it's done; if any five-minute window shows failures more than 2 % worse than now, it's done, because this kind of thing fails in bursts; if p99 checkout time is more than 250 ms worse than now, it's done; if completed orders per checkout started are more than 2 % worse than now, it's done.",
      "Whoever's on call brings the old one back, no need to ring me, any hour, Friday dinner included. The new SDK sits behind a server-side flag, so switching back is a config change that takes minutes, not a new app release through the store.",
      "In lieu of flowers: this canary proves the new SDK is safe. If marketing wants to claim wallets sell more dinners, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'ch046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'OBITUARY. The old fare calculator, aged six, died Tuesday evening by appointment. Survived by a new pricing service that shares a nightly batch window with billing.',
      "Mine to decide: rider order, limits, holds. Engineering's: routing, deploy, flags.",
      'Staff rides first; then riders who opted in to early features; first-time riders and business accounts last, since a wrong fare loses a newcomer and costs us our biggest payers.',
      "St George's, 5 %, holds through a full weekend night and one billing batch; Hamilton, 25 %, holds for 30,000 trips; then Sandys, everyone. The shop manager, here the ops lead, and I both put our names in the book before each move.",
      "Written down Tuesday noon, before a single trip moves: if fare errors are more than 0.5 % worse than now, it's done; if p99 quote time is more than 200 ms worse than now, it's done; if completed trips per request are more than 2 % worse than now, it's done; if the batch overruns by more than 15 minutes, it's done.",
      "At 2 a.m. whoever's on call brings the old one back, no need to ring me: a routing switch, under five minutes, no redeploy.",
      'In lieu of flowers: surviving the canary means safe, not better; a randomised A/B test afterwards settles better.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'ch047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'DEATH NOTICE',
      'The deceased: the self-hosted task database, aged seven, who served every page load in the project tool and is due to be switched off at the end of the month. Not before its successor has proved itself, if I have any say, and I do.',
      "Survived by: a managed cluster behind a new proxy. Its load tests passed at peak, but with warm caches. The first Monday morning on cold caches is its real test, same as a moped that rides lovely once it's warm and won't start on a damp morning.",
      "Arrangements (the PM's): which teams move first, the limits that send us back, how long each stage holds. Pallbearers (engineering): the proxy, the data sync, the routing switch and the deploy.",
      "Order of the procession: our own teams first, since we live in the tool all day and will shout. Then customer teams who opted in to early access. Then the rest, with new sign-ups and the largest paying workspaces last: a new team that meets a slow board doesn't stay, and the large ones are most of the revenue.",
      "Visitation, east to west: St George's, our own teams and the opted-in, about 5 % of requests; Hamilton, 25 %; Sandys, everyone. Each stage holds a full working week with a Monday morning in it, caches flushed once on purpose, and at least two million requests. The shop manager, our engineering manager Trevor, and I both put our names in the book before each move.",
      "Limits, written before the first request moves: if errors are more than 0.5 % worse than now, it's done; if p99 page load is more than 200 ms worse than now, it's done; if proxy timeouts are more than 0.2 % worse than now, it's done; if tasks updated per active user are more than 2 % worse than now, it's done.",
      "Whoever's on call brings the old one back, no need to ring me, day or night. Reads switch back in the proxy's routing config in a few minutes, writes go to both clusters until we finish, and the old cluster stays up until Sandys has held a full week, decommission date or not.",
      "In lieu of flowers: a clean canary says the new storage is safe. It doesn't say it's better; if we want to claim faster boards help teams, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
