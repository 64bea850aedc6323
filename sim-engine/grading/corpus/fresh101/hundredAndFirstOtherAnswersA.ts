import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-first fresh set, author a: the other answers (dc008–dc020): middling (dc008–dc010),
 * weak (dc011–dc012), keyword salad (dc013–dc014), negated (dc015–dc016), misconception-led
 * (dc017–dc018) and off-topic (dc019–dc020). Written blind (the grader never read), labelled by
 * hand before anything was graded; the labels are final.
 */
export const HUNDRED_AND_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Scenario: checkout-first-order
  {
    id: 'dc008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'The one-page checkout. A short model.',
      'Fold 1. Valley fold. I decide who sees it, in which order, and where the limits are. The engineers do the flag and the deploy.',
      'Fold 2. Mountain fold. Our staff buy through it first. Then customers who joined the beta. Then returning customers by years with us, Kalamaja and Kadriorg first. First-time buyers last of all: the lab had only returning ones, and first orders peak in the spring campaign.',
      'Fold 3. Crease, before it goes live. First-order conversion more than 2 % worse than now, and we lock the front door. Checkout errors more than 0.5 % worse than now, the same.',
      'Unfold fold 3 and refold it as follows: first-order conversion is measured against first-time buyers still on the three steps, not against last spring.',
      'Fold 4. After that, noh, we see how spring goes.',
    ].join('\n'),
  },
  // Scenario: support-model-upgrade
  {
    id: 'dc009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'The larger model, a few folds only.',
      'Fold 1. Crease first: the limits. Before the first group sees the larger model we write them down. Wrong-bunk suggestions in the eval harness more than 2 points worse than now, and we lock the front door. Thumbs-down from group leaders more than 3 points worse than now, the same. Cost per conversation more than 40 % worse than now, the same; the owner asked about money.',
      'Fold 2. Valley fold: the check-in, 5 % of suggestions. Hold for 2,000 suggestions.',
      'Fold 3. Mountain fold: the first night, 25 %. Hold for a full week of the Song Festival.',
      'Fold 4. The full dormitory.',
      'Unfold fold 2 and refold it as follows: the check-in holds for 3,000 suggestions, because the three eval points were on short questions and group requests are long.',
      'Which guests get it first, I have not thought yet. The engineers will tell me.',
    ].join('\n'),
  },
  // Scenario: search-tail-latency
  {
    id: 'dc010',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "Fold 1. Valley fold. The new index goes to our own staff's searches first. Then to free-tier users who signed up for early features. Then the rest of the free tier, most years with us first. Institutional licences last: a university library that loses a search writes to a dean.",
      'Fold 2. Mountain fold. The check-in at 5 %, the first night at 25 %, then the full dormitory. Each stage holds until it has seen 5,000 queries with three or more filters, because those were never in the benchmark.',
      "Fold 3. Crease. Whoever's on call hangs the old key back on its hook, no need to call me. The old index stays up; switching the router back takes a few minutes, at any hour.",
      'Unfold fold 2 and refold it as follows: the first night also holds through one Monday morning in term, when the libraries search most.',
      'That is all the folds I have for now.',
    ].join('\n'),
  },
  // Scenario: quiet-feedback-trap
  {
    id: 'dc011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Fold 1. Valley fold the paper. The cheaper model is cheaper; that is good.',
      'Fold 2. Mountain fold. We give it to some guests and look how it goes.',
      'Fold 3. Crease. Guests do not press thumbs much, so we ask reception if they heard complaints.',
      'Unfold fold 2 and refold it as follows: we give it to a few more guests, not only some.',
      'Fold 4. If it is bad, we go back. Jah, that is most of it.',
    ].join('\n'),
  },
  // Scenario: pricing-page-healthy
  {
    id: 'dc012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Pricing page, folded quickly.',
      'Fold 1. Valley fold. It is only a table on a page; the checkout behind it does not change.',
      'Fold 2. Mountain fold. Marketing needs it by Friday, so it goes out Thursday.',
      'Fold 3. Crease. Somebody looks at the page on a phone first.',
      'Unfold fold 3 and refold it as follows: two people look at it on a phone, one of them not from marketing.',
      'Fold 4. After Friday we see if sign-ups move. Noh. It is a table.',
    ].join('\n'),
  },
  // Scenario: prompt-locale-thumbs-down
  {
    id: 'dc013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Fold 1. Valley fold the warm-prompt synergy, mountain fold the locale-aware guardrail paradigm, crease the holistic thumbs-down observability.',
      'Fold 2. Canary, cohort, threshold, gate, hold, ramp: fold in half, align stakeholders, leverage the feedback flywheel.',
      'Fold 3. Estonian formality alignment, tone-of-voice north star, eval harness, data-driven, rollback-first culture, mountain fold.',
      'Unfold fold 2 and refold it as follows: ramp-gate-hold-cohort, best-in-class, end-to-end, guest-centric, AI-first.',
      'Fold 4. Crease, metrics, KPIs, OKRs, velocity, the check-in, the first night, the full dormitory, guest book, key, hook, jah.',
    ].join('\n'),
  },
  // Scenario: image-resizer-memory-leak
  {
    id: 'dc014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Fold 1. Mountain fold the image-pipeline modernisation, valley fold the new-format enablement, crease the performance-first scalability.',
      'Fold 2. 20 % faster, cloud-native, observability, memory, restart, deploy, Thursday, everywhere, north star, canary, blue-green, feature flag, best practice.',
      'Fold 3. Valley fold the seller-centric journey, holistic ramp, gated cohorts, threshold culture, rollback mindset.',
      'Unfold fold 1 and refold it as follows: synergy, ownership, alignment, listings, thumbnails, resizing at scale.',
      'Fold 4. Crease, crease, crease. Front door, old key, guest book, Song Festival, Kalamaja, Kadriorg, Pirita. Aitäh.',
    ].join('\n'),
  },
  // Scenario: lunch-peak-recommendations
  {
    id: 'dc015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Folds I will not make, for the new suggester that reads more features.',
      "Fold 1. We do not valley fold it into mine and engineering's. I will not separate who owns the order and the limits from who owns the routing.",
      'Fold 2. No staff first, no opted-in guests next, no order by district or by years staying with us. I will not put first-time bookers last.',
      'Fold 3. We will not crease limits before traffic moves. There is no "more than N worse than now, and we lock the front door".',
      'Fold 4. No check-in, no first night, no full dormitory. We do not hold at any stage, not for a count of suggestions, not through the Singapore lunch hour.',
      'Unfold fold 4 and refold it as follows: still no stages, and no waiting for the early-morning peak either.',
      'Fold 5. Nobody signs the guest book, not the night warden, not I.',
      'Fold 6. The on-call does not hang the old key back on its hook at six in the morning; we keep no switch for it.',
      'Fold 7. We will not watch wrong-room suggestions, thumbs-down or feature-store timeouts, and we plan no A/B test afterwards.',
      'The paper stays flat.',
    ].join('\n'),
  },
  // Scenario: booking-purchases-lag
  {
    id: 'dc016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Folds we skip for the new date picker.',
      "Fold 1. No valley fold between my decisions and the engineers'. I do not claim the order, the limits or the holds as mine.",
      'Fold 2. Our own staff do not book through it first. No beta guests before the others. Returning guests, first-time guests: ei, no order between them.',
      'Fold 3. No limits written beforehand. We do not say "bookings more than 2 % worse than now, and we lock the front door".',
      'Unfold fold 3 and refold it as follows: still nothing written beforehand.',
      "Fold 4. No stages. Not the check-in, not the first night. We do not hold until the evening's bookings arrive, even though lost bookings show only hours later.",
      'Fold 5. Nobody signs the guest book.',
      "Fold 6. We do not give whoever's on call the old key to hang on its hook, and we keep no flag for the old page.",
      'Fold 7. We will not follow it with a randomised A/B test.',
      'Flat. Done.',
    ].join('\n'),
  },
  // Scenario: prompt-locale-thumbs-down
  {
    id: 'dc017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H'),
    text: [
      'The warmer prompt. This model is folded to win.',
      'Fold 1. Valley fold. The canary is our proof that the warmer prompt is better. If the canary guests give more thumbs up than the rest, warmer has won and I can tell the owner so. No separate test needed.',
      'Fold 2. Mountain fold. Reception staff first. Then guests who opted in to new features. Then English-writing regulars, most years staying with us first. Estonian-writing group leaders last, because formal address is where a casual prompt can offend.',
      'Fold 3. The check-in 5 %, the first night 20 %, the full dormitory 100 %. Each held for 1,500 suggestions before the next.',
      'Unfold fold 3 and refold it as follows: the first night holds for 1,500 Estonian suggestions on their own, not 1,500 in total.',
      "Fold 4. Crease. When the canary's thumbs up beat the old prompt's, the better version is proven and it goes to everyone. Jah.",
    ].join('\n'),
  },
  // Scenario: after-the-sale-healthy
  {
    id: 'dc018',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      'Reviews above the fold. Folded, appropriately.',
      'Fold 1. Valley fold. We do not write limits in advance. Noh, you cannot know the right number before you see the graph. We watch the dashboard once it is out and decide there what is too much.',
      'Fold 2. Mountain fold. Our own staff first. Then customers in the early-access programme. Then returning customers by years with us, Kalamaja and Kadriorg before Nõmme. New customers last.',
      'Fold 3. Before more customers see it, every time, the night warden (Kristjan, the lead engineer) and I both sign the guest book.',
      "Fold 4. Whoever's on call hangs the old key back on its hook, no need to call me: the page flag back to the old layout, two minutes, any hour.",
      'Unfold fold 1 and refold it as follows: we watch for two days, not one, and then pick the number that looks right on the dashboard.',
      'Fold 5. Last week was the sale, so the numbers will be down. We will see by looking.',
    ].join('\n'),
  },
  // Scenario: quiet-feedback-trap
  {
    id: 'dc019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'You asked about the cheaper model. First the towels; guests notice those more.',
      'Fold 1. Valley fold the bath towel along its length, twice.',
      'Fold 2. Mountain fold both ends to the middle, so it makes a long point at each end.',
      'Fold 3. Crease along the back with the flat of the hand. Lift one point for the neck.',
      'Unfold fold 2 and refold it as follows: roll both ends to the middle instead of folding them. The body sits better.',
      'Fold 4. Put the swan on the lower bunk, not the upper. Guests on the upper bunk throw it down in the night.',
      'Fold 5. A hand towel for the head, folded in three. Optional. Priit says it looks like a duck.',
      'That is the first night in our house. Aitäh.',
    ].join('\n'),
  },
  // Scenario: staff-cohort-artifact
  {
    id: 'dc020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'A paper crown for the Song Festival. Children in the groups ask for it every time.',
      'Fold 1. A sheet of newspaper, long side towards you. Valley fold it in half, top to bottom.',
      'Fold 2. Valley fold both top corners down to the middle crease.',
      'Fold 3. Mountain fold the bottom strip up on the back side.',
      'Unfold fold 3 and refold it as follows: fold the front strip up first, then the back one, otherwise the crown opens at the side.',
      'Fold 4. Open from the bottom and put it on. Blue, black and white paper if you have it.',
      'Fold 5. In Kadriorg the children wear them to the grounds; in Kalamaja they wear them at breakfast.',
      'That was the question, I think. Jah.',
    ].join('\n'),
  },
];
