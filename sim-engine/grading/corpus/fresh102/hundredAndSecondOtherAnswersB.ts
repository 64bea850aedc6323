import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-second fresh set, author b: middling (dd028–dd030), weak (dd031–dd032), keyword
 * salad (dd033–dd034), negated (dd035–dd036), misconception-led (dd037–dd038) and off-topic
 * (dd039–dd040) answers, written blind and labelled by hand, in one voice (a Bucharest
 * perfume-shop PM leading a yoga class aloud). Held out entirely; never tuned on.
 */
export const HUNDRED_AND_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: image-resizer-memory-leak
  {
    id: 'dd028',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      'Bine, class, the image service. The marketplace rewrites its image-resizing service for a new photo format; benchmarks say 20 % faster, and the team wants it everywhere by Thursday. In my shop a new perfume smells perfect in the first minute; the truth comes after eight hours on the skin. Breathe in, one, two, three.',
      'Pose 1: my job is the pace, the limits and the holds; the engineering team does the deploy, the routing and the restarts.',
      'Pose 2: the limits, agreed on Monday before any photo moves: resize errors more than 0.5 % worse than now, p99 image time more than 250 ms worse, memory per instance more than 20 % above the old service, and we close the atomiser.',
      'Pose 3 was the quick sun salutation, for Thursday. Pose 3 is replaced; instead: no rush. Top note, 5 % of listing pages, held 36 hours with no restart, because the service restarts only on deploys and a slow leak shows late. Heart note, 30 %, held two more days. Base note, everyone.',
      'Pose 4: we watch, and we breathe out, six. Gata.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'dd029',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Hai, hai, the late ones, find a mat, any mat. The scent assistant moves to a bigger model with a longer memory; same prompt. Evals three points up on short questions, and finance wants to know the price of one conversation. Breathe in for five.',
      'Pose 1: who smells it first. The girls at the Dorobanți counter, they know every bottle; then the Scent Club, who opted in to early tries; then ordinary customers; and last the new customers and the ones with ten years buying, because one bad suggestion and we lose them.',
      "Pose 2: what we watch, besides the errors: the cost of each conversation in tokens, the eval harness checking for perfumes we don't sell, the thumbs-down on suggestions, and the long questions the offline evals never saw.",
      'Pose 3: top note, 5 %, held for 4,000 suggestions; heart note, 30 %, held for a full week of the George Enescu Festival; base note, everybody.',
      'Pose 4 is replaced; instead: lie on the back and imagine the finance director smiling. Nu? Bine, then just breathe, out for five.',
      'Pose 5: and if it smells wrong, we go back. Mersi.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'dd030',
    scenario: 'service',
    class: 'middling',
    points: points('C R A'),
    text: [
      'Good morning, roll out the mat. The home-and-garden shop: the three-step checkout becomes one page, and saved addresses and cards fill themselves in. Returning customers loved it in the lab; growth wants it live before the spring campaign, when first orders peak. Lab love is like a perfume loved at the counter: the street decides. Inhale, one, two, three, four.',
      'Pose 1: the order. Staff first, they order seeds for their own balconies anyway; then the customers on the early-access list, who asked for it; then returning customers; first-time buyers last, because they have no saved address and they are exactly who the spring campaign brings.',
      "Pose 2 was the twist. Pose 2 is replaced; instead: the rollback. At any hour, whoever's on call sprays the old scent again, no need to call me: a flag puts the three-step checkout back in a minute or two, no redeploy.",
      "Pose 3: and the honest part. The canary tells us the one-page checkout doesn't break anything, nu that it sells more. Sells more is a randomised A/B test, after the canary, first-time buyers included.",
      'Pose 4: exhale, hands together. Gata.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'dd031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Hai, on the mat, we start. Our scent assistant moves to a cheaper, faster model. Cheaper is beautiful, da? Breathe in, two, three.',
      'Pose 1: we release it to a few customers.',
      'Pose 2: we look at how it goes.',
      'Pose 3 is replaced; instead: we ask some customers if they like the suggestions. Few answer, but bine.',
      'Pose 4: if everything is fine we give it to everyone; if not, we think again.',
      'Breathe out. A canary is a little bird, you know, the miners took it down with them. Same idea. Mersi, gata.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'dd032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Good evening, mats. The video editor's pricing page gets a clearer comparison table; the checkout behind it stays the same, and marketing's campaign links to it on Friday. In my perfume shop we change the window every season and nobody dies. Breathe in, four.",
      'Pose 1: we put the new page up for some visitors.',
      'Pose 2: we see if people like the table.',
      'Pose 3 is replaced; instead: we ask marketing how the campaign feels.',
      "Pose 4: we give it to everybody before Friday, because it's only a page.",
      'Breathe out, six. A simple release, a simple class. Gata.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'dd033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Pose 1: canary cohort threshold rollback, top note heart note base note, feature store synergy, breathe in, two, three.',
      'Pose 2: p99 p95 guardrail, canary versus A/B, hold gate sign-off, master perfumer paper strip, Dorobanți Cotroceni Singapore lunch, breathe out.',
      'Pose 3 is replaced; instead: hallucination thumbs-down eval harness token cost, atomiser, old scent, on call, flag, Enescu, da.',
      'Pose 4: metrics metrics observability, regional feature stores, recommendation model, owner, flags, routing, ramp ramp ramp, mersi.',
      'Pose 5: safe better safe better, gata, namaste.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'dd034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Hai, the mat, the index, the tail: new index layout smaller cheaper, cohorts thresholds holds ' +
      'sign-off rollback, p99 p999 tail tail tail, free tier institutional licences Titan Drumul ' +
      'Taberei, breathe two three four, Pose 1 latency, Pose 2 errors, Pose 3 is replaced; instead: ' +
      'dashboards alerting canary A/B safe better, heart note base note atomiser, master perfumer ' +
      'paper strip, on-call old scent flag config minutes, filters rare queries benchmark, ' +
      'data-driven, gata, mersi, namaste.',
  },
  // scenario: booking-purchases-lag
  {
    id: 'dd035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Bine, class, today we do less. The holiday-rental site gets a new date picker and a shorter form, and the chosen dates live in a new client-side store. The team wants it at 100 % this afternoon. Breathe in, three.',
      'Pose 1: an order of guests, staff first, the opted-in next, regulars last? Nu. Not for a date picker.',
      "Pose 2: limits written down before we start? Nu, I won't put numbers on the mat for a form.",
      'Pose 3 is replaced; instead: holds at a top note and a heart note? Also nu. No notes, and no waiting for bookings that only show hours later.',
      'Pose 4: the master perfumer and me smelling the paper strip before each step? Nu, a form needs no signature.',
      "Pose 5: a switch so whoever's on call can spray the old scent again? Nu, we don't prepare one.",
      "Pose 6: an A/B test afterwards, to know if it's better? Nu, not that either.",
      'Breathe out. Gata.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'dd036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "Da, mats, we begin with what we won't do, and, ah, we also end there. A warmer, more " +
      'casual prompt for the scent assistant, reviewed by the English team; a quarter of our ' +
      'customers write in Romanian, where "dumneavoastră" matters. Breathe in, one, two, three, ' +
      'four.\n' +
      "Pose 1: I won't split with the engineers who owns what. Pose 2: I won't start with staff or " +
      "the Scent Club, and I won't keep the Romanian-writing regulars for last. Pose 3 is " +
      'replaced; instead: no limits on the mat beforehand, nu, no thumbs-down line, no error line, ' +
      'no line for "tu". Pose 4: no top note, no heart note, no base note to wait in. Pose 5: ' +
      'nobody smells the paper strip. Pose 6: no on-call switch back to the old prompt. Pose 7: no ' +
      'eval harness on formal address, no thumbs-down counted by language. Pose 8: no A/B test ' +
      'afterwards either.\n' +
      "Breathe out. Gata, that's the class.",
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'dd037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H'),
    text: [
      'Bine, sit, cross the legs. The scent assistant gets a new recommendation model that reads more features per request from the regional feature stores, Europe and Singapore; the stores were sized for the old one. Breathe in, one, two, three, four.',
      'Pose 1: I own the order, the holds and the decision; the engineers own the routing, the flag and the feature stores.',
      'Pose 2: shop staff in Bucharest and in Singapore first, then the Scent Club customers who opted in, then ordinary customers, and the big regulars with ten years buying last, because they spend the most.',
      'Pose 3: top note, 5 %, held three days; heart note, 25 %, held a full week of the George Enescu Festival; base note, 100 %.',
      'Pose 4 is replaced; instead: the proof. The canary is our A/B test. If the canary customers put more perfume in the basket than the others, that proves the new model is better, and we go to the base note. If they put less, we stop.',
      'Pose 5: exhale, six. Gata, proven.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'dd038',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      'Hai, good morning, mats in a row. The fashion shop: product pages get bigger photos and a size guide. Employees get it first, and employees browse all day and almost never buy. Breathe in, two, three.',
      'Pose 1: the order. Staff first, then the customers who opted into previews, then ordinary shoppers from Titan and Drumul Taberei, and last the first-time buyers and the Dorobanți women with eight years buying, who have the most to lose.',
      "Pose 2 is replaced; instead: the limits. Nu, I don't write them before. Numbers on paper before you see the shop are guesses. We open the dashboard in the top note, we look at conversion, and there we decide what is too low. Staff don't buy, so maybe 0 % is fine, maybe not; we will feel it.",
      'Pose 3: before each step the master perfumer, Dana, our lead engineer, and I both smell the paper strip.',
      "Pose 4: at any hour, whoever's on call sprays the old scent again, no need to call me: a flag, the old pages back in two minutes, no redeploy.",
      'Breathe out, four. Mersi.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'dd039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Bine, class, today we talk about autumn. The assistant will move to a cheaper model one day, but first: what should it suggest? Breathe in, one, two, three, four.',
      'Pose 1: for October, woods and tobacco; for a student in Drumul Taberei, something under 200 lei.',
      'Pose 2: for a grandmother in Cotroceni, violet. Always violet.',
      'Pose 3 is replaced; instead: we write the product descriptions again, shorter, so the model reads them better.',
      'Pose 4: we photograph the bottles on linen, not on glass.',
      'Pose 5: we send a newsletter with the three scents of the season.',
      'Breathe out, six. The master perfumer says vetiver is back. Gata, namaste.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'dd040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Hai, mats, a short one. The outdoor-gear shop moves the reviews above the fold and lazy-loads the gallery; last week was the spring sale, 20 % off everything. Let me tell you how we run a sale in my perfume shop, because that is the real lesson. Inhale, one, two, three.',
      'Pose 1: we announce it two weeks before, in the window and in the newsletter.',
      "Pose 2: we never discount the new season, only last year's bottles.",
      'Pose 3 is replaced; instead: no 20 % off; a free sample with every order, and people come back for the full bottle.',
      'Pose 4: after the sale we thank the customers in Dorobanți and Titan with a handwritten card.',
      'Breathe out. Reviews? Our reviews are always good. Mersi, gata.',
    ].join('\n'),
  },
];
