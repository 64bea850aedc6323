import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-second fresh set, author b: strong answers (dd021–dd027), written blind and
 * labelled by hand: every point of the scenario's kind, in one voice (a Bucharest perfume-shop PM
 * leading a yoga class aloud). Held out entirely; never tuned on.
 */
export const HUNDRED_AND_SECOND_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'dd021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Bine, everybody on the mat. Today's class: our scent assistant, the one that suggests a perfume for a person and a season, moves to a newer, bigger model with a longer memory. Same prompt, but now it reads the whole order history. Offline evals went up three points, da, on short questions only, and finance already asks me what one conversation costs. Breathe in, two, three, four. And out.",
      "Pose 1: who holds what. I'm the PM, so I hold the order of customers, the limits and how long we stay in each note. The engineers hold the routing, the deploy and the flag. Hands flat on the mat.",
      'Pose 2: the order. The girls at our Dorobanți counter first: they use the assistant all day and they shout at once. Then the Scent Club customers who opted in to try things early. Then ordinary customers in Titan and Drumul Taberei. Last (no, wait, two groups last): brand-new customers, and the Cotroceni regulars with ten years buying. The ones we can least afford to disappoint.',
      'Pose 3: the limits, written on paper before anybody moves. Errors more than 0.5 % worse than now, and we close the atomiser. p95 latency more than 400 ms worse, the same. Cost per conversation more than 30 % worse than now, the same, and finance has its answer. Add-to-basket from suggestions more than 2 % worse, the same. Three breaths. Gata.',
      "Pose 4: the model itself. The eval harness grades a daily sample for invented notes and perfumes we don't stock; more than 1 point worse than now, and we close the atomiser. Thumbs-down on suggestions we watch every morning, and the long conversations on their own, because the evals only saw short ones.",
      'Pose 5, ah, nu, the warrior is too much today. Pose 5 is replaced; instead: the notes. Top note, 2 % of conversations, held for 3,000 suggestions. Heart note, 20 %, held for a full week of the George Enescu Festival. Base note, 100 %. Before each note the master perfumer, Ioana, who leads our ML team, and I both smell the paper strip, and only then we advance.',
      "Pose 6: rollback. Any hour, whoever's on call sprays the old scent again, no need to call me: one flag back to the old model, two minutes, no redeploy.",
      'Pose 7, and breathe out: this canary tells us the bigger model is safe, not that it is better. Better we learn afterwards, with a randomised A/B test. Mersi.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'dd022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Hai, mats down, quick class. The scent assistant gets a warmer, casual prompt. The English team reviewed it; a quarter of our customers write Romanian, where a stranger expects "dumneavoastră", not "tu". Breathe in, one, two, three.',
      'Pose 1: I own the order, the limits, the holds; engineering owns the flag and routing.',
      'Pose 2: shop staff first, then Scent Club members who opted in, then English-writing customers, then Romanian writers, where the risk is, Dorobanți ladies with fifteen years buying last.',
      'Pose 3: written before we start, per language: thumbs-down more than 1 point worse than now, the eval harness finding "tu" where "dumneavoastră" belongs in over 2 % of graded Romanian replies, errors more than 0.5 % worse, and we close the atomiser.',
      'Pose 4, nu, not the plank. Pose 4 is replaced; instead: top note 5 % for 2,000 suggestions, heart note 25 % for a full week of the George Enescu Festival, then base note. Before each note the master perfumer, Radu, our ML lead, and I both smell the paper strip.',
      "Pose 5: any hour, whoever's on call sprays the old scent again, no need to call me: one config switch, a minute.",
      'Pose 6, exhale: the canary shows the warmer prompt is safe, not better; better needs a randomised A/B test. Gata.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'dd023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Good morning, come, come to the mat, shoes off. Today our scent assistant moves to a cheaper, faster model. Finance is happy already. Ah, too early to be happy! Our traffic is modest, a few hundred suggestions a minute at the December peak, much less on a Tuesday; hardly anybody rates a suggestion; and the eval harness grades one suggestion in two hundred. So at 5 % we would see... nothing. Nothing! Breathe in for four, hold for four, out for four.',
      'Pose 1, mountain: I decide who goes first, the limits and how long we stay; the engineers do the routing and the flag.',
      'Pose 2, the order: our own shop assistants first, then the Scent Club customers who said yes to early tests, then the ordinary customers of Titan and Drumul Taberei, and last the people buying a first gift (new, no patience, one bad suggestion and they are gone) together with the Cotroceni regulars with twenty years buying.',
      'Pose 3: the numbers go on the mat before anyone moves. For the canary the harness grades one suggestion in ten, not one in two hundred. Graded quality more than 3 points worse than now, and we close the atomiser. Thumbs-down per hundred rated suggestions more than 2 worse, the same. Errors more than 0.5 % worse, p95 more than 300 ms worse, basket-adds from suggestions more than 2 % worse: the same, we close the atomiser.',
      'Pose 4 was going to be two days at 5 %. Pose 4 is replaced; instead: we hold by the count, not by the clock. Top note, 10 %, until the harness has graded 600 suggestions. Heart note, 40 %, until 1,500 are graded and a full week of the George Enescu Festival has passed, so a weekend sits inside. Base note, 100 %. Breathe. Before each note the master perfumer, Andrei, our ML lead, and I both smell the paper strip; nobody advances alone.',
      "Pose 5: rollback at three in the morning or at noon: whoever's on call sprays the old scent again, no need to call me. The old model stays warm; it is a config switch, under five minutes, no redeploy.",
      "Pose 6, child's pose: the canary says the cheap model is safe. It does not say it is as good, or better. For that, a randomised A/B test afterwards. Mersi, gata.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'dd024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Da, da, everyone on the mat, cross the legs. Our scent assistant gets a new recommendation model: for each person and season it reads more features per request from the regional feature stores, Frankfurt for Europe, Singapore for our Asian customers. The stores were sized for the old model. And we sit in Bucharest, where the Singapore lunch hour is seven in the morning, six in winter, when the office still sleeps. Breathe in, two, three, four, five. Out.',
      'Pose 1: my part and their part. I own the order of customers, the limits, the holds and who says go; the engineers own the routing, the flag and the feature stores.',
      "Pose 2: the order. Staff of the Dorobanți shop and of the Singapore shop first, both regions from day one, because the trouble hides in one region's peak. Then the Scent Club customers who opted in, Europe and Asia. Then ordinary customers, Titan, Drumul Taberei, the Singapore suburbs. Last, customers with under a year buying and our big Cotroceni regulars: the new ones leave after one bad suggestion, the old ones bring the money.",
      'Pose 3: written before anything moves, per region, never averaged. p99 of suggestions more than 150 ms worse than now, feature-store timeouts more than 0.5 % worse, errors more than 0.5 % worse, and we close the atomiser. Basket-adds from suggestions more than 2 % worse, fallback to the bestseller list (the model gives up and shows the top ten) more than 1 point worse, or the eval harness relevance score more than 2 points worse: the same.',
      'Pose 4, nu, not the headstand. Pose 4 is replaced; instead: the notes. Top note, 5 %, held three days, so three Singapore lunches pass inside it. Heart note, 25 %, held a full week of the George Enescu Festival, an ordinary week with lunches and a weekend in both regions. Base note, 100 %. At each note the master perfumer, Mihai, who leads the ML team, and I both smell the paper strip, and only then we go on.',
      "Pose 5: at 06:40 in Bucharest, or any other hour, whoever's on call sprays the old scent again, no need to call me: the flag sends traffic back to the old model in under three minutes. No redeploy, no waiting for approval.",
      'Pose 6, lie down, savasana: the canary shows the new model is safe in both regions. It does not show it sells more perfume. For that, a randomised A/B test afterwards. Mersi frumos.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'dd025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Hai, quick class, three breaths a pose. The project-management tool: task storage moves to a managed cluster behind a new proxy. Load tests ran with warm caches; in my shop we never judge a perfume on a warm wrist.',
      'Pose 1: I own who goes first, the limits, the holds; the engineers, the proxy and routing.',
      'Pose 2: our teams first, then beta workspaces that opted in, then small teams; big paying workspaces and new trials last, they hurt most.',
      'Pose 3, before traffic moves: errors more than 0.5 % worse than now, p99 page load more than 200 ms worse, tasks saved per user more than 2 % worse, and we close the atomiser.',
      'Pose 4 is replaced; instead: top note 2 %, started cold, held 50,000 page loads; heart note 25 %, a full week of the George Enescu Festival; base note 100 %. Before each note the master perfumer, our lead engineer, and I both smell the paper strip.',
      "Pose 5: any hour, whoever's on call sprays the old scent again, no need to call me: the proxy routes back to the old database in two minutes. Old cluster stays a week past base note.",
      'Pose 6: the canary shows safe, not better; better is a randomised A/B test. Gata.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'dd026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Bună seara, evening class, lights low. The product is a ride-hailing app whose trips peak at night at the weekend and never stop. Fare calculation moves to a new pricing service. We start on Tuesday evening, and the pricing service shares its nightly batch window with billing. In my perfume shop the night is quiet; here the night is the whole show. So, onto the mat.',
      '(Inhale: one, two, three, four. Exhale: one, two, three, four, five, six.)',
      'Pose 1: I own the order of riders, the limits, the holds and the sign-off; the engineers own the pricing service, the routing and the flag.',
      'Pose 2: staff riding to work first, then riders who opted into the beta, then ordinary riders in Titan and Drumul Taberei, and last the airport runs, the first-ride customers and the corporate accounts with years riding, because a wrong fare there costs the most trust.',
      'Pose 3: the limits, on paper on Tuesday afternoon, before one fare moves. Fare errors more than 0.5 % worse than now; p99 quote time more than 200 ms worse; fares that differ from the old service by more than 2 % on more than 1 % of trips; completed bookings more than 2 % worse. Any one, and we close the atomiser.',
      '(Inhale, four. Exhale, six.)',
      'Pose 4: top note, 1 %, held through two nights, batch window at 2 a.m. included. Heart note, 20 %, held a full week of the George Enescu Festival, so a Friday and a Saturday night sit inside. Base note, 100 %. The master perfumer, Cristi, our lead engineer, and I both smell the paper strip before each note.',
      "Pose 5 is replaced; instead: the 2 a.m. pose. Wednesday, 2 a.m., billing batch running, and fare errors cross the line. Whoever's on call sprays the old scent again, no need to call me, no need to call Cristi: the flag sends fares back to the old pricing service in under five minutes. Nobody waits for the morning, nobody redeploys. They leave me a message; I read it with my coffee.",
      'Pose 6, hands to the heart: the canary tells us the new pricing service is safe; it cannot tell us it is better. If we want better, a randomised A/B test afterwards. Mersi, namaste.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'dd027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Pose card for tonight's class. The food-delivery app moves its payments to the provider's new SDK, which adds wallet payments. Certified by the provider, da, but certification is not a Friday dinner. In my shop a new card terminal sits next to the old one for a month; same idea here.",
      'Breath count: four in, six out, between every pose.',
      'Pose 1, ownership. PM (me): the order, the limits, the holds. Engineering: the SDK build, the routing, the remote flag.',
      'Pose 2, order. Staff phones; then beta testers who opted in; then returning customers in Titan and Drumul Taberei; first orders and the big-basket regulars with five years ordering come last, because a failed payment loses them for good.',
      'Pose 3, limits, fixed before the first payment moves: payment failures more than 0.5 % worse than now in any five-minute window, per platform, Android on its own (the failures come in bursts, and a daily average hides them); p99 payment time more than 300 ms worse; paid orders per session more than 2 % worse. Any one of them, and we close the atomiser.',
      'Pose 4, notes. Top note: 1 % of payments, held for 20,000 payments. Heart note: 20 %, held a full week of the George Enescu Festival, with a Friday dinner inside. Base note: 100 %.',
      'Pose 5, sign-off. Before each note, the master perfumer (Elena, lead payments engineer) and I both smell the paper strip.',
      "Pose 6 was a long hold on the back. Pose 6 is replaced; instead: rollback. Both payment paths ship inside the app and the remote flag picks one. Friday 20:30 or Tuesday 03:00, whoever's on call sprays the old scent again, no need to call me. A flag flip, minutes, no app release, no redeploy.",
      'Pose 7, closing. This canary says safe, not better. Are wallet payments better for us? A randomised A/B test afterwards.',
      'Gata. Roll up the mats.',
    ].join('\n'),
  },
];
