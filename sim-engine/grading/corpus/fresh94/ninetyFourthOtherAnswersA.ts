import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fourth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (cv008–cv020), written blind and labelled by hand. Every answer is a last will
 * and testament of a locksmith call-out booking PM, in a Polish English register in writing.
 */
export const NINETY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cv008',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'I, the undersigned product manager, being of sound mind though my coffee is cold, make this will for the bigger model in our lock assistant.',
      '1. I bequeath the new model first to our own locksmiths, who will recognise a wrong lock at once; then to the customers on our early-access list, who asked for new things; then to callers of ten years and more in Podgórze and Kazimierz. First-year callers get it last, because a new customer who hears a wrong price for a call-out does not call a second time.',
      '2. Before any customer sees it I fix the limits: errors more than 1 point worse than now and we lock it up; p95 answer time more than 250 ms worse than now and we lock it up.',
      '3. I direct that we also watch how often it names the wrong lock in the eval harness, the thumbs-down per hundred answers, and the tokens per conversation, because Finance asks what a conversation costs now.',
      '4. The rest, how fast and who presses what, słuchaj, engineering knows better than me. I leave it to them.',
      'Witnesses: Pani Halina, dispatch.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cv009',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the one-page booking: three steps become one, and saved addresses and cards fill themselves in.',
      '1. In October the students arrive in Kraków and lose their keys; first bookings peak, and Growth wants the page live before. Dobrze, but not blind.',
      '2. We start with a random 5 % of visitors, then more, until everyone has it.',
      '3. The limits I fix now, before a single visitor sees the page: first bookings more than 2 % worse than now and we lock it up; booking errors more than 0.5 points worse than now and we lock it up; p99 page time more than 200 ms worse than now and we lock it up.',
      "4. Whoever's on call hangs the old version back on its hinges, no need to call me, day or night: the page sits behind a flag, and switching it off takes two minutes, no redeploy.",
      '5. Returning customers loved it in the lab. The lab is not Kraków in October.',
      'I appoint Pani Agnieszka executor of this will. Witnesses: Pani Halina, dispatch.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cv010',
    scenario: 'service',
    class: 'middling',
    points: points('P H S A'),
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the rewritten photo service: customers send us a photo of their lock, and now it takes the new phone format too.',
      "1. I own the stages and how long each one holds. The service, the deploy and the routing are engineering's; I appoint Pani Agnieszka, engineering lead, their executor.",
      '2. The benchmarks say 20 % faster. A benchmark runs ten minutes; the service runs until the next deploy. A lock that turns smoothly on the bench can stick after a day in the frost. So every stage holds longer than a day without a restart.',
      "3. The key cut: 1 % of photo requests, held 36 hours. The first turn: a bigger slice, held two days. The second turn: half, held a full week of All Saints'. The open door: everyone. We advance only when memory and response time over the whole hold look as flat as in the first hour.",
      '4. Before each stage the master locksmith, Pan Zbigniew, and I both turn the key.',
      '5. Thursday is a wish, not a date.',
      '6. The canary tells us the service is safe. If 20 % faster also means more bookings, a randomised A/B test shows it afterwards.',
      'Witnesses: Pani Halina; Pan Marek.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cv011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the new booking page for lock fittings, with the new date picker and the shorter form.',
      '1. I bequeath the new page to some customers first, and then to all of them, once we are happy.',
      '2. I direct that we watch the bookings and keep an eye on things.',
      '3. If something is wrong, we go back.',
      '4. The design reviews were very good and nothing in the service changes, so I do not expect trouble. Engineering wants it out this afternoon. No, that is possible.',
      '5. I appoint the team executor.',
      'Witnesses: Pani Halina.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cv012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the cheaper, faster model in our lock assistant.',
      '1. Cheaper and faster: I bequeath this gladly to everybody.',
      '2. We give it to a few customers first, and then more.',
      '3. Customers can rate the answers with a thumb, so if it gets worse, they will tell us.',
      '4. If they do not like it, we switch back to the old one.',
      '5. I appoint engineering executor; they know how it is done.',
      'Witnesses: Pan Marek.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'I, the undersigned, canary, prompt, sound mind, warm, formal.',
      '1. Cohort cohort Polish English Pan Pani thumbs-down threshold hold gate key cut.',
      "2. First turn, open door, All Saints', p95, tokens, eval harness, hallucination, wrong lock.",
      '3. Rollback on-call hinges flag config switch minutes, no need, master locksmith, key.',
      '4. A/B randomised safe better canary, Kazimierz Podgórze Nowa Huta, ten years calling.',
      '5. Threshold 0.5 300 ms 2 % lock it up lock it up lock it up.',
      '6. PM owns, engineering owns, executor, routing deploy flags, sign-off sign-off.',
      'Witnesses: canary, cohort, threshold, rollback.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cv014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'I, the undersigned, key blank search, index layout, p99, canary, bequeath.',
      '1. Index smaller cheaper median tail filters rare queries benchmark hold gate.',
      "2. Key cut 1 % first turn 5 % second turn 25 % open door 100 %, All Saints', call-outs.",
      '3. Cohort Stare Miasto Krowodrza Dębniki years calling staff early access last first.',
      '4. Threshold p99 200 ms errors 0.5 % bookings 2 % worse than now lock it up.',
      '5. Rollback on-call any hour config routing switch minutes hinges old version.',
      '6. Sign-off master locksmith key turn, PM owns, engineering routing, A/B safe better.',
      'Witnesses: p50, p99, p999.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cv015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'I, the undersigned product manager, being of sound mind, make this short will for the new call-out price table, and most of it is what I refuse.',
      "1. I do not divide the work into what is mine and what is engineering's, and I appoint no executor for the routing.",
      '2. I bequeath no order of customers: not staff first, not the early-access list next, not long-time callers before first-year ones.',
      '3. I will not write limits down before we start, not for errors, not for page time, not for bookings.',
      '4. There will be no key cut and no first turn, and nothing held between them.',
      '5. Neither the master locksmith nor I will turn any key; nobody signs anything off.',
      "6. I do not give whoever's on call the right to hang the old version back, and we keep no switch for it.",
      '7. I will not say the canary shows the table is safe, and I will not order an A/B test afterwards.',
      'It is a price table, and the campaign is on Friday. Witnesses: Pani Halina.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cv016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the new model that recommends which lock to fit, and I write down what I will not do.',
      '1. Słuchaj, I will not split owners: I do not keep the order and the limits for myself, and I do not leave routing and flags to engineering.',
      '2. I refuse an order of heirs: no locksmiths first, no early access, no districts, no years of calling, no new customers held back to the end.',
      '3. I do not fix numbers for errors, for recommendation time or for fittings booked before traffic moves.',
      '4. I will not watch how often it recommends a lock that does not fit, nor thumbs-down, nor how often it falls back to the default lock; I gate on nothing from the model.',
      '5. I name no stages, and I hold nothing through the Chicago peak.',
      '6. No master locksmith turns a key with me before anything advances.',
      "7. I do not let whoever's on call hang the old version back on its hinges, at night or by day, and I ask for no switch to do it with.",
      '8. I do not separate safe from better, and no randomised A/B test follows.',
      'Witnesses: Pani Halina; Mr Kowalczyk.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cv017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S M'),
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the bigger model in our lock assistant, and I say plainly what it is for.',
      '1. The canary is our A/B test. If the customers on the bigger model book more call-outs than the customers on the old one, that proves the bigger model is better, and I bequeath it to everyone. Offline evals said three points up; the canary confirms it with money.',
      '2. Heirs: our locksmiths first, who know every lock; then the early-access list; then callers of ten years and more in Podgórze; first-year callers last, because one wrong quote loses them.',
      '3. Limits fixed before we start: errors more than 0.5 points worse than now and we lock it up; p95 answer time more than 300 ms worse than now and we lock it up.',
      '4. For the model I direct that we watch wrong-lock answers in the eval harness, thumbs-down per hundred answers and tokens per conversation, since Finance asks what it costs.',
      '5. The key cut: staff, held for 300 call-outs. The first turn: 5 %, held for 1,000 call-outs. The open door: everyone. The master locksmith and I both turn the key at each.',
      '6. At the first turn I read the lift in bookings; if it is up, that is the proof, and no separate test is needed afterwards.',
      'Witnesses: Pani Halina, dispatch.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cv018',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H A'),
    text: [
      'I, the undersigned product manager, being of sound mind, make this will for the lock pages of our web shop: bigger photos and a guide to measuring your door.',
      '1. Heirs: staff first, because they use the site all day to check stock and will see a broken photo within the hour; then the early-access list; then callers of five years and more in Bieżanów; first-year callers last, because their first visit decides.',
      '2. Staff almost never buy; they take locks from the stock room. So at the key cut I read only errors and page time, not purchases; purchases are judged from the first turn on.',
      '3. Limits fixed before we begin: errors more than 0.5 points worse than now and we lock it up; p99 page time more than 300 ms worse than now and we lock it up; purchases more than 2 % worse than now, from the first turn, and we lock it up.',
      "4. The key cut: staff, held two days. The first turn: 10 %, held for 1,500 visits. The second turn: 50 %, held a full week of All Saints'. Then the open door.",
      '5. Rollback is mine alone. Nobody takes a version back without my approval, and a rollback means redeploying the old build, about an hour. At night it waits for me until morning, because I want to see the graphs myself before anything comes down.',
      '6. The canary says the pages are safe; whether bigger photos sell more locks, an A/B test afterwards will say.',
      'I appoint Pani Agnieszka executor. Witnesses: Pan Marek.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cv019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'I, the undersigned product manager, being of sound mind, make this will about our lock product pages, since I leave the company at the end of the month.',
      '1. I bequeath to my successor the design files of the product page, where the reviews now stand above the photos, because customers trust Pani Krystyna from Bronowice more than our photographer.',
      "2. I bequeath the results of last week's spring sale: 20 % off every door lock, more orders than any week this year, and three hundred reviews, most of them kind.",
      '3. I direct that the coffee machine in the workshop is descaled every month, and that nobody borrows the good key-cutting machine without asking Pan Marek.',
      '4. I bequeath my opinion that a lock should be changed after every move to a new flat, and that the product page should say so.',
      '5. I appoint Pani Halina executor of the plants.',
      'Witnesses: Pan Marek; Pani Krystyna.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cv020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'I, the undersigned product manager, being of sound mind, leave to every customer who writes to our lock assistant, in Polish or in English, the answers it should give.',
      '1. If your key is flat with teeth along one edge, and the lock shows a small round or pear-shaped face, you have a cylinder; most Kraków flats have a euro-cylinder.',
      '2. If your key is long, with a flag at the end, you have a mortise lock, common in the old tenements of Kazimierz.',
      '3. A call-out in the day costs 150 zł, at night 250 zł, and the opening is free if we change the lock.',
      '4. Say Pan or Pani to the locksmith, and he will say it to you.',
      'I appoint the lock assistant executor. Witnesses: Pani Halina; Pan Marek.',
    ].join('\n'),
  },
];
