import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fourth fresh set, author a: strong answers (cv001–cv007), written blind and labelled by
 * hand. Every answer is a last will and testament of a locksmith call-out booking PM, in a Polish
 * English register in writing.
 */
export const NINETY_FOURTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cv001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I, the undersigned product manager of a Kraków locksmith call-out service, being of sound mind, make this my last will and testament for the bigger model behind our lock assistant, which tells customers what lock they have and what a call-out costs.',
      '1. I keep for myself the order in which customers receive the new model, the limits at which it is taken back, and how long each stage holds. I appoint Pani Agnieszka, engineering lead, executor of the routing, the deploy and the feature flags: hers, not mine.',
      '2. I bequeath the new model first to our own locksmiths and dispatchers, who know every lock in Kraków and will tell me within the hour if it calls a Gerda a Yale. Next to the early-access list. Then to callers of ten years and more in Podgórze, who forgive us. First-year callers and the housing cooperatives of Nowa Huta inherit last: after one wrong quote a new customer never calls again, and a cooperative brings four hundred doors.',
      '3. Limits, written before a single question goes to the new model. Errors more than 0.5 points worse than now and we lock it up. p95 answer time more than 300 ms worse than now and we lock it up. Booked call-outs more than 2 % worse than now and we lock it up.',
      '4. I direct that we gate on the wrong-lock rate from the eval harness (more than 1 point worse than now and we lock it up) and on thumbs-down per hundred answers (more than 2 worse), and watch tokens per conversation, because Finance asked what the bigger model costs.',
      '5. The key cut: staff only, held for 300 call-outs. The first turn: early access and long-time callers, about 5 %, held for 1,000 call-outs. The open door: everyone.',
      '6. The second turn, before the open door: 25 %, held 48 hours.',
      '7. No stage advances while a limit is crossed, and none advances until the master locksmith, Pan Zbigniew, and I both turn the key.',
      "8. Whoever's on call hangs the old version back on its hinges, no need to call me, any hour: a routing flag, under five minutes, no redeploy.",
      '9. The canary tells us the bigger model is safe. Whether it is better, a randomised A/B test decides afterwards.',
      "Codicil. I revoke clause 6 and replace it with this: the second turn, at 25 %, holds a full week of All Saints', weekend lockouts included.",
      'Witnesses: Pani Halina, dispatch; Pan Marek, workshop.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I, the undersigned product manager, being of sound mind and having read the new prompt twice, make this last will for the warmer, more casual system prompt of our lock assistant.',
      '1. No, so first what is mine: who gets the new prompt in what order, the limits at which we take it back, how long each stage holds. I appoint Pani Agnieszka, engineering lead, executor of the rest: the flag, the routing and the deploy are hers.',
      "2. A warning. The prompt was reviewed by the English-speaking team. Three quarters of our customers write in Polish, where a casual 'ty' to a pensioner locked out of her flat is not warm, it is rude. Polish writers are watched apart from English writers, never averaged together.",
      '3. The heirs. Our locksmiths and dispatchers first, in both languages, because they will tell me the same day if it sounds like a teenager. Then the early-access list. Then callers of ten years and more in Kazimierz, many of them English-speaking landlords who forgive a joke. Polish-writing first-year callers inherit last: the first answer decides whether they book.',
      '4. Limits, fixed before the first conversation moves. Errors more than 0.5 points worse than now and we lock it up. p95 answer time more than 300 ms worse than now and we lock it up. Call-outs booked after a conversation more than 2 % worse than now and we lock it up.',
      '5. For the model I direct that we gate on thumbs-down per hundred conversations, per language (more than 1.5 worse than now in either language and we lock it up), and on the eval harness check of Polish answers for the formal Pan or Pani (more than 3 % informal and we lock it up).',
      "6. The key cut: staff, held for 400 conversations. The first turn: early access and long-time callers, held for 2,000 conversations, at least 300 of them in Polish. The second turn: 25 %, held a full week of All Saints'. The open door: everyone. Pan Zbigniew, master locksmith, and I both turn the key before each stage; without both, nothing moves.",
      "7. Whoever's on call hangs the old version back on its hinges, no need to call me, at 3 a.m. as at noon: it is the prompt flag, flipped in two minutes, not a redeploy.",
      '8. Dobrze. This canary tells us the warm prompt is safe. Whether warm is better, a randomised A/B test tells us afterwards.',
      'Witnesses: Pani Halina, dispatch; Pan Marek, workshop.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I, the undersigned product manager, being of sound mind, leave this will for our lock assistant's move to a cheaper, faster model.",
      '1. I own the order, the limits and the holds; Pani Agnieszka, whom I appoint executor, owns routing, deploy and flags.',
      '2. Heirs: our locksmiths, then the early-access list, then callers of five years and more in Krowodrza; first-year callers last, who judge us on one answer.',
      '3. Fixed before any traffic: errors more than 0.5 points worse than now, p95 more than 300 ms worse, bookings more than 2 % worse, and we lock it up.',
      '4. Few customers rate answers and the harness grades one in two hundred; during the canary it grades one in ten. We gate on wrong-lock answers (more than 1 point worse) and on quotes missing the invoice, not on thumbs-down alone.',
      '5. The key cut: staff, 500 call-outs. The first turn: 25 %, 2,000 call-outs; at 5 % feedback is too thin. The open door. The master locksmith and I both turn the key at each.',
      "6. Whoever's on call hangs the old version back on its hinges, no need to call me: a flag switch, any hour, minutes, no redeploy.",
      '7. The canary shows it is safe; whether better, a randomised A/B test decides afterwards.',
      'Witnesses: Halina, Marek.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I, the undersigned product manager, being of sound mind and awake at an hour Chicago finds normal, make this will for the new model that tells a customer, after a break-in call-out, which lock to fit.',
      '1. I keep the order of customers, the limits and the holds. I appoint Pani Agnieszka, engineering lead, executor of routing, deploy, flags and the feature stores.',
      "2. Proszę, remember where we are. We serve Kraków and the franchise in Chicago's Jackowo. The model reads more features per request from each region's feature store, and those stores were sized for the old model. Chicago's lockout peak, when the bars close, is five in the morning here, when the whole team sleeps. So every limit is read per region, and no stage ends before it has lived through a Chicago peak.",
      '3. Heirs: our locksmiths on both sides of the ocean first, because they fit these locks every day; then the early-access list; then callers of five years and more in Podgórze, Dębniki and Jackowo; first-year callers and the property managers who send us whole buildings last, because a wrong recommendation loses a new customer and a building.',
      '4. Limits, written here before traffic moves. Errors more than 0.5 points worse than now and we lock it up. p99 recommendation time more than 200 ms worse than now in either region and we lock it up. Fittings booked from a recommendation more than 2 % worse than now and we lock it up.',
      '5. For the model I direct that we gate on recommendations that do not fit the door, checked by the eval harness against the door on file (more than 1 point worse and we lock it up), and on how often it falls back to the default lock because features were missing; thumbs-down per hundred recommendations is watched too.',
      "6. The key cut: staff, held 24 hours. The first turn: 5 %, held for 1,500 recommendations and two Chicago peaks. The second turn: 25 %, held a full week of All Saints'. The open door: everyone. At each, Pan Zbigniew, master locksmith, and I both turn the key, or nothing moves.",
      "7. Whoever's on call, in Kraków or in Chicago, hangs the old version back on its hinges, no need to call me: a routing switch, any hour, under five minutes, no redeploy.",
      '8. The canary says the model is safe. If it is better, a randomised A/B test says so afterwards.',
      'Witnesses: Pani Halina, dispatch; Mr Kowalczyk, Jackowo.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cv005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I, the undersigned product manager, being of sound mind, make this will for moving call-out payments in our app to the provider's new SDK, the one that adds BLIK and wallet payments.",
      '1. What I own: the order of customers, the limits, the holds. What I do not own: the SDK integration, the app release and the flags; I appoint Pani Agnieszka, engineering lead, their executor.',
      "2. A habit from the workshop: a new blank is cut three times for ourselves before it goes on a customer's ring. So the heirs: our locksmiths and dispatchers pay for their own test call-outs first; then the early-access list; then callers of ten years and more in Krowodrza and Prądnik Biały; first-year callers last, because a failed payment on the first call-out is also the last call-out.",
      "3. The provider's certification is not my certificate. If this SDK fails, it fails in bursts, and on Android. So limits are read per platform and per five minutes, not per day, where a burst dissolves in the average.",
      '4. Limits, fixed before a single payment moves. Payment failures more than 0.5 points worse than now on Android or on iOS, in any five-minute window, and we lock it up. p99 payment time more than 300 ms worse than now and we lock it up. Paid call-outs more than 2 % worse than now and we lock it up.',
      '5. The key cut: staff, held for 200 payments. The first turn: early access and long-time callers, about 5 %, held until it has lived through one Friday night, when Kraków locks itself out and we are busiest. The second turn: 25 %, held for 5,000 payments and a second Friday. The open door: everyone. The master locksmith, Pan Zbigniew, and I both turn the key before each, or it does not move.',
      "6. Whoever's on call hangs the old version back on its hinges, no need to call me, Friday midnight included. The app carries both SDKs; a remote config switch sends payments back to the old one in under five minutes, no app release.",
      '7. The canary shows the new SDK is safe. Whether wallets make more people pay, a randomised A/B test decides afterwards.',
      'Witnesses: Pani Halina, dispatch; Pan Marek, workshop.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cv006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I, the undersigned product manager, being of sound mind, leave this will for moving the call-out fee calculation to the new pricing service.',
      '1. Mine: the cohort order, the limits, the holds. I appoint Pani Agnieszka, engineering lead, executor of routing, deploy and flags.',
      '2. Heirs: our dispatchers with test bookings, then the early-access list, then callers of ten years and more in Dębniki; first-year callers and night lockouts last, because a wrong night surcharge at 2 a.m. is remembered for years.',
      '3. Fixed before we start on Tuesday evening: quote errors more than 0.5 points worse than now, p99 quote time more than 200 ms worse, quotes differing from the old service by more than 1 %, and we lock it up.',
      "4. The key cut: staff, 300 call-outs. The first turn: 5 %, through one weekend night and the nightly billing batch. The second turn: 25 %, a full week of All Saints'. The open door: everyone. Pan Zbigniew, master locksmith, and I both turn the key before each.",
      "5. Whoever's on call hangs the old version back on its hinges, no need to call me: a config switch, any hour, five minutes, no redeploy.",
      '6. Safe is what the canary shows; better is for a randomised A/B test later.',
      'Witnesses: Halina, Marek.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cv007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I, the undersigned product manager, being of sound mind and older than our database server, make this will for moving bookings and job sheets from the server in the workshop cupboard to the managed cluster behind the new proxy.',
      '1. Słuchaj, the division first. I own who moves in what order, the limits, and how long each stage holds. The proxy, the migration, the routing and the deploy belong to Pani Agnieszka, engineering lead, whom I appoint executor.',
      '2. Workshop rule: you do not throw away the old lock until the new one has turned a hundred times in the door. The old cluster stays alive and written to until the open door has held, whatever the decommission date says. If the date must move, I move it.',
      '3. The load tests ran with warm caches; the first Monday morning will be cold. So the canary starts cold, and the limits are read at the morning peak, 7 to 9, when Kraków finds out it has no keys.',
      '4. Heirs: our dispatchers and locksmiths, who open forty job sheets a day each; then the early-access list; then callers of ten years and more in Zwierzyniec; the housing cooperatives of Nowa Huta and first-year callers last, because a cooperative books hundreds of doors and a new customer whose page does not load calls the next locksmith.',
      '5. Limits, fixed now: page errors more than 0.5 points worse than now and we lock it up; p99 read time more than 200 ms worse than now and we lock it up; bookings completed more than 2 % worse than now and we lock it up.',
      "6. The key cut: staff, held for two morning peaks. The first turn: 5 %, held for 3,000 page loads at peak. The second turn: 25 %, held a full week of All Saints'. The open door: everyone. Pan Zbigniew, master locksmith, and I both turn the key at each stage; one of us alone cannot.",
      "7. Whoever's on call hangs the old version back on its hinges, no need to call me: the proxy sends reads and writes back to the old cluster with one config change, any hour, under five minutes, no redeploy.",
      '8. The canary shows the cluster is safe. Whether it is better needs a randomised A/B test afterwards.',
      'Witnesses: Pani Halina, dispatch; Pan Marek, workshop.',
    ].join('\n'),
  },
];
