import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-first fresh set, author a: strong answers (dc001–dc007), 4 model and 3 service,
 * every point of the scenario's kind. Written blind (the grader never read), labelled by hand before
 * anything was graded; the labels are final.
 */
export const HUNDRED_AND_FIRST_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Scenario: support-model-upgrade
  {
    id: 'dc001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The larger model, folded. One square sheet.',
      "Fold 1. Valley fold the sheet in half. One side is mine: the order of guests, the limits, how long we hold. The other side is the engineers': the routing, the deploy, the flag that switches models.",
      'Fold 2. Mountain fold the top corner down: the order. Reception staff use the new model first, at the desk. Then the guests who ticked "try new things" when they booked. Then group leaders by district, Kalamaja and Kadriorg agents before Lasnamäe and Pirita, most years staying with us first. School groups and first-time bookers go last; they have no years with us to forgive a wrong bunk.',
      'Fold 3. Crease hard. The limits, written before one request moves. Errors more than 0.5 % worse than now, and we lock the front door. p95 latency more than 300 ms worse than now, and we lock the front door. Bookings per suggestion more than 2 % worse than the guests still on the old model, and we lock the front door.',
      'Fold 4. Valley fold along that crease. The model signals, watched and gated at every stage: wrong-room suggestions graded by the eval harness (a bunk that does not exist, say), thumbs-down from group leaders, and cost per conversation, because the owner asked. Wrong rooms more than 1 point worse than now, or cost per conversation more than 30 % worse than now, and we lock the front door.',
      'Fold 5. The stages. The check-in: 2 % of suggestions. The first night: 10 %. Half the house: 50 %. The full dormitory: 100 %. Each holds for 3,000 suggestions.',
      'Fold 6. Before each advance the night warden and I both sign the guest book. The night warden is Marek, our lead engineer.',
      "Fold 7. Rollback. Whoever's on call hangs the old key back on its hook, no need to call me. It is the model flag switched back, under five minutes, at any hour, three in the morning too. No redeploy.",
      'Unfold fold 5 and refold it as follows: the check-in at 2 % holds for a full week of the Song Festival, when groups are largest; the later stages keep their 3,000 suggestions.',
      'Fold 8. Mountain fold the tail under. The canary says the larger model is safe to leave in, not that it is better. Three eval points on short questions is not better either. For better, a randomised A/B test afterwards.',
      'A crane. Aitäh.',
    ].join('\n'),
  },
  // Scenario: prompt-locale-thumbs-down
  {
    id: 'dc002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The warmer prompt.',
      'Fold 1. Valley fold. I own the order, the limits, the holds. Engineering owns the routing and the prompt flag.',
      'Fold 2. Mountain fold. Reception staff first. Then guests who opted in to new features. Then English-writing regulars by years staying with us, Kalamaja agents before Lasnamäe. Estonian-writing group leaders last, since "Teie" is where casual slips; first-time guests last of all.',
      'Fold 3. Crease, before traffic. Errors more than 0.5 % worse than now, and we lock the front door. Thumbs-down more than 2 points worse than now, either language, the same. Harness: 200 Estonian replies per stage checked for formal address; over 2 % wrong, locked.',
      'Fold 4. The check-in 5 %, the first night 25 %, the full dormitory 100 %. Each holds for 2,000 suggestions.',
      'Unfold fold 4 and refold it as follows: add half the house, 50 %, and hold there for 1,500 Estonian suggestions alone.',
      'Fold 5. The night warden (Kadri, lead engineer) and I both sign the guest book before each advance.',
      "Fold 6. Whoever's on call hangs the old key back on its hook, no need to call me. Prompt flag, two minutes, any hour.",
      'Fold 7. This shows the prompt is safe. Whether warmer is better: a randomised A/B test later.',
    ].join('\n'),
  },
  // Scenario: quiet-feedback-trap
  {
    id: 'dc003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'A cheaper model, in folds.',
      'Noh, the new one is cheaper and faster. We are small: a few hundred suggestions on a busy day, one guest in forty presses thumbs up or down, and the eval harness grades one suggestion in two hundred. So the folds are slow.',
      "Fold 1. Valley fold along the middle. My side: who gets the new model in which order, the limits, how long each hold is. The engineers' side: the routing, the deploy, the model flag.",
      "Fold 2. Before folding further, the harness grades one in ten of the canary's suggestions instead of one in two hundred. Otherwise at the first stage we grade nothing. I ask for it; engineering sets it.",
      'Fold 3. Crease the limits now, before any guest sees the new model. Against the old model, same days: wrong-bunk rate in the harness more than 2 points worse than now, and we lock the front door. Reception overriding the suggested room more than 5 points worse than now, and we lock the front door. Errors more than 0.5 % worse than now, the same. Cost per suggestion we only watch go down; that is the point of the change, not a guard.',
      'Fold 4. Mountain fold the corners. Our own reception desk uses it first, for walk-ins. Then guests who opted in to early features. Then returning groups, most years staying with us first, Kalamaja and Kadriorg agencies before Lasnamäe and Pirita. First-time bookers and the big school groups last.',
      'Fold 5. Stages and holds, by count, not by clock. The check-in, 10 %, until the harness has graded 300 canary suggestions. The first night, 30 %, until 600. Then the full dormitory.',
      'Unfold fold 5 and refold it as follows: no 10 %, at 10 % we wait a month. The check-in is 25 %, held until 300 graded; the first night 50 %, held until 600 graded; then the full dormitory.',
      'Fold 6. At each gate the night warden (Priit, our lead engineer) and I both sign the guest book. Not before the count is reached.',
      "Fold 7. Whoever's on call hangs the old key back on its hook, no need to call me. The model flag, switched back in minutes, day or night. Nobody redeploys.",
      'Fold 8. Fold it in half once more. What we learn: the cheaper model is safe enough. Whether guests like its suggestions more, the canary does not tell; that is a randomised A/B test afterwards.',
      'No more folds. Aitäh.',
    ].join('\n'),
  },
  // Scenario: lunch-peak-recommendations
  {
    id: 'dc004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The new suggester, folded.',
      'It reads more about each group (past stays, arrival hour) from two feature stores, Frankfurt for Europe and Singapore for Asia. Both were sized for the old model. Groups from Singapore and Seoul book at their lunch, which is six to eight in the morning in Tallinn, when I am asleep.',
      'Fold 1. Valley fold, corner to corner. I own the order, the limits and the holds. Engineering owns the routing, the deploy, the flag and the stores.',
      'Fold 2. Crease both diagonals: the limits, per region, written before the first request moves. p95 latency more than 150 ms worse than now, and we lock the front door. Feature-store timeouts more than 0.5 % worse than now, the same. Errors more than 0.5 % worse than now, the same. Bookings per suggestion more than 2 % worse than the guests on the old model, the same. Europe and Asia checked apart, never as one average.',
      'Fold 3. Model signals beside them, gated the same way: wrong-room suggestions graded by the eval harness, thumbs-down from group leaders, and how often the model falls back to the plain room list because features came late.',
      'Fold 4. Mountain fold. Reception and our own staff first. Then the opted-in guests. Then regulars by years staying with us, Tallinn groups from Kalamaja and Kadriorg before Nõmme and Lasnamäe. Asian agencies after Europe is clean. First-time bookers last, in both regions.',
      'Fold 5. The check-in at 5 %, the first night at 25 %, the full dormitory at 100 %. Each stage holds until it has passed two Asian lunch peaks and 4,000 suggestions.',
      'Unfold fold 5 and refold it as follows: the first night is 25 % for Europe only; Asia gets its own first night at 25 % afterwards, held through three of its lunch peaks.',
      'Fold 6. The night warden (Anneli, our lead engineer) and I both sign the guest book at each stage, at ten in the morning, after the peak, not before.',
      "Fold 7. At half past six nobody is in the office. Whoever's on call hangs the old key back on its hook, no need to call me. It is the routing switch to the old model: minutes, not a redeploy.",
      'Fold 8. Valley fold. The canary tells us the new suggester is safe under the Asian peak. It does not tell us it suggests better rooms. That is a randomised A/B test, later, in both regions.',
      'Jah. The whole animal.',
    ].join('\n'),
  },
  // Scenario: payment-sdk-android-bursts
  {
    id: 'dc005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Fold 1. Valley fold. I own the order, the limits, the holds. The engineers own the SDK rollout and the flags.',
      'Fold 2. Mountain fold. Staff and couriers first. Then beta customers. Then by district, Kalamaja before Lasnamäe, most years ordering with us first. First orders last: nobody returns after a failed first payment.',
      "Fold 3. Crease, before traffic: payment failures more than 0.5 % worse than now in any five minutes, Android and iOS apart, and we lock the front door. Checkout p99 more than 200 ms worse than now, the same. Paid orders per session more than 2 % worse than the old SDK's customers, the same.",
      'Fold 4. The check-in 2 %, the first night 10 %, half the house 50 %, the full dormitory 100 %. Each holds for 5,000 payments and one Friday dinner.',
      'Unfold fold 4 and refold it as follows: stages open on Mondays and wait through Friday.',
      'Fold 5. The night warden (Tõnu, the lead engineer) and I both sign the guest book at every stage.',
      "Fold 6. Whoever's on call hangs the old key back on its hook, no need to call me: the SDK flag, under five minutes, any hour.",
      'Fold 7. Safe, not better. Whether wallets sell more: a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // Scenario: storage-migration-under-load
  {
    id: 'dc006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'A house, in folds. Difficulty: medium. Paper: the old database, and the new cluster behind its proxy.',
      'In the hostel we do not lock the old dormitory until the new one has slept a full house. Same here: the old cluster stays on until we have been at 100 % for a week, end of month or not.',
      'Fold 1. Valley fold in half. The night warden (Liis, our lead engineer) owns the proxy, the migration, the routing, the flags. I own which teams move when, the limits, the holds.',
      'Fold 2. Crease the limits before one read goes to the new cluster. Page-load p99 more than 200 ms worse than now, and we lock the front door. Errors on task reads more than 0.5 % worse than now, the same. Tasks updated per active user more than 2 % worse than the teams still on the old cluster, the same. Always against the old cluster in the same hour, because Monday morning is not Sunday night.',
      'Fold 3. Mountain fold the corners in. Our own workspaces first. Then teams in the early-access programme. Then small teams by years with us, the Kalamaja and Ülemiste start-ups we know. Large paying teams and teams in their first month last.',
      'Fold 4. The check-in 1 %, the first night 10 %, half the house 50 %, the full dormitory 100 %. In each stage the caches go cold once: the hour after a cache flush is the real test, not the warm load test.',
      'Unfold fold 4 and refold it as follows: each stage also holds through one Monday peak, 09:00 to 11:00, and at least 20,000 page loads, before anyone talks about the next.',
      'Fold 5. At every gate the night warden and I both sign the guest book. No signature, no next fold.',
      "Fold 6. Whoever's on call hangs the old key back on its hook, no need to call me. The proxy sends reads back to the old cluster in minutes, at any hour, without a redeploy. That is why the old cluster stays warm.",
      'Fold 7. Tuck the flap in. The canary shows the new storage is safe. It does not show it is better for anyone. If someone wants "faster for users" proved, that is a randomised A/B test, later.',
      'Aitäh.',
    ].join('\n'),
  },
  // Scenario: night-breach-rollback-authority
  {
    id: 'dc007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Symbols: a dashed line is a valley fold, dash and dot a mountain fold. You need one sheet and a night shift.',
      "Fold 1 (valley). Mine: the order of riders, the limits, the holds. The night warden's (Rasmus, the lead engineer): the pricing service, the routing, the deploy, the flag.",
      'Fold 2 (mountain). Our own staff ride first. Then riders in the beta programme. Then regulars by district and years riding with us, Kadriorg and Pirita before Lasnamäe and Mustamäe. New riders and business accounts last.',
      "Fold 3 (valley, crease hard). Limits, agreed on Tuesday at noon, before any fare comes from the new service. Fare errors more than 0.3 % worse than now, and we lock the front door. Quote p99 more than 150 ms worse than now, the same. Fares more than 1 % off the old service's fare for the same trip, the same. Completed trips per request more than 2 % worse than the riders on the old service, the same.",
      'Fold 4 (mountain). The check-in, 2 %, starts Tuesday at 18:00 and holds for 24 hours, through the 02:00 batch window. The first night, 10 %, through one weekend night. Half the house, 50 %, for 10,000 trips. Then the full dormitory.',
      'Fold 5. The night warden and I both sign the guest book before each stage. In daylight: at 02:00 we roll back, we do not advance.',
      "Fold 6 (crease). Whoever's on call hangs the old key back on its hook, no need to call me. At two in the morning the on-call engineer flips the pricing flag back to the old service. About three minutes. No redeploy, no approval, no phone call to me or to anyone.",
      'Unfold fold 4 and refold it as follows: the check-in starts Tuesday at 10:00, not in the evening, so eight hours of daytime trips pass before the first batch window, with the whole team awake.',
      'Fold 7 (valley). The canary says the pricing service is safe. Not that its fares are better. For better, a randomised A/B test afterwards.',
      'Fold 8. Press flat. Jah.',
    ].join('\n'),
  },
];
