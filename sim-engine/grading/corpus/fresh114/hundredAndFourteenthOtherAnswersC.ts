import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-fourteenth fresh set, author C: the other answers (dp048–dp060): middling
 * (dp048–dp050), weak (dp051–dp052), keyword salad (dp053–dp054), negated (dp055–dp056),
 * misconception-led (dp057–dp058) and off-topic (dp059–dp060); six on model scenarios, seven on
 * service scenarios. Voice: a Sri Lankan (Kandy) English register in writing with Sinhala words
 * (courteous, exact, gently teasing; "ayubowan", "hari", "ane", "istuti", "machang"); a Kandyan
 * lacquerware workshop whose language model suggests which box, pattern and colour suit a gift, a
 * home and a budget; every answer a tea-taster's notes, cup by cup, with one cup tasted again.
 * Written blind: the author read neither the grader nor any other answers (README-c.md,
 * LABEL-NOTES-c.md).
 */
export const HUNDRED_AND_FOURTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Ayubowan. The bigger model for our gift assistant: my cups, briefly.',
      'Cup 1, the order. Grade FBOP, bright. Workshop staff first, because they will spot a wrong pattern at a glance; then customers who opted into the early-suggestions list; buyers ordering for the first time come last, since a poor suggestion is all they will ever know of us.',
      'Cup 2, the limits, agreed before anyone meets the new model. Grade Pekoe, full. Errors more than 0.5 % worse than now, p95 more than 300 ms worse, suggestion-to-order rate more than 2 % worse, and we put the lac sticks away.',
      'Cup 3, the model. Grade OP, coppery. Hallucination rate from the eval harness must not rise by more than 1 point, and thumbs-down on suggestions by more than 1.5 points. Tokens per conversation too, because the accounts office keeps asking, ane.',
      'Cup 3, tasted again: the token number needs a ceiling, so more than 40 % above today also stops us.',
      'Cup 4, the rest. Grade Dust. After the staff, we let it out a little more each time it looks fine, and if customers complain we can go back. Hari, that cup is weak, I know.',
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dp049',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text:
      'Ayubowan. Only the pricing page changes: a clearer table of our box sizes and lacquer finishes, with the same checkout behind it, and the Poya-weekend promotion links to it on Friday. My notes:\n\n' +
      [
        'Cup 1. Who owns it. BOP, clean. The stages, the holds and the go-ahead are mine; engineering owns the page deploy and the flag.',
        'Cup 2. Who sees it. Dust. A random 5 % of visitors, whoever they happen to be.',
        'Cup 3. Stages. OP, coppery. First coat at 5 %, polishing cloth at 30 %, final gloss at 100 %.',
        'Cup 3, tasted again: each stage holds one full day and at least 800 page visits before we move, so the Friday promotion lands on a page that has already held twice. Before each advance the master lacquerer and I both run a thumb along the first lid.',
        'Cup 4. What stops us. Dust. If the page looks worse we will talk about it; we will know it when we see it.',
        'Cup 5. After. Fannings. Hopefully it also sells more boxes, machang.',
      ].join('\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'dp050',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      "Ayubowan. Our payments move to the provider's new SDK in the phone app, which adds wallet payments; it passed the provider's certification, and Saturday evening, before temple day, is our busiest hour. Tasting notes.",
      'Cup 1, who first. Grade Dust. Our largest corporate gift customers first, because they order the most and we will see results quickly.',
      'Cup 2, the limits. Grade Pekoe, full. Before any payment goes through the new SDK, we write down: payment failures more than 0.3 % worse than now on Android or iOS, measured in five-minute windows so a burst is not averaged away; payment p99 more than 400 ms worse; paid orders per hour more than 2 % worse; and we put the lac sticks away.',
      'Cup 3, rollback. Grade BOPF, thin.',
      'Cup 3, tasted again: whoever is on call, any hour, Saturday evening included, returns the old boxes to the glass-fronted cabinet, no need to call me: a remote-config switch back to the old SDK path, live in the app within three minutes, no app release, no approval.',
      'Cup 4, the pace. Grade Dust. We open it up more when it looks fine, ane.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dp051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Ayubowan. The new warmer prompt for our assistant, in a few cups.\n\n' +
      [
        'Cup 1. Grade BOP. The warmer tone is lovely in English; the customers in the shop will like it.',
        'Cup 2. Grade Dust. We give it to some of the customers first and see how they find it.',
        'Cup 2, tasted again: some of them write in Sinhala, so we should keep an eye on those conversations also.',
        'Cup 3. Grade Fannings. If people complain, we can always go back to the old prompt, hari.',
        'Cup 4. Grade BOPF. The engineers know this well, so I would leave the details with them and ask them to tell me how it went, machang.',
      ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dp052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Ayubowan. Our photo service that resizes the pictures of every box on the shop is rewritten for a new photo format; benchmarks say 20 % faster, and the team wants it everywhere by Thursday.\n\n' +
      [
        'Cup 1, what a canary is. Grade Pekoe. You send the new version to a small group first, then to everyone, like tasting one cup before buying the whole chest.',
        'Cup 2, why. Grade BOP. If something is wrong, only a few people see it, which is less risk than releasing everything at once.',
        'Cup 3, the plan. Grade Dust. We would test it well, release it on Monday, watch the dashboards and, if all is well, be everywhere by Thursday as the team wants.',
        "Cup 3, tasted again: still Dust, ane. Twenty percent faster is a nice number and I trust the benchmarks, so I don't expect trouble.",
        'Cup 4. Grade Fannings. Istuti, that is how I would do it.',
      ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Cup 1 BOP canary cohort staff beta 1 % 5 % 25 % 100 % hold gate sign-off lacquer.',
      'Cup 2 FBOP thresholds 0.5 % error p95 300 ms eval harness hallucination thumbs-down tokens per suggestion one in two hundred.',
      'Cup 3 Pekoe rollback flag on-call routing config five minutes first coat polishing cloth final gloss Esala Perahera.',
      'Cup 3, tasted again: Pekoe rollback flag on-call routing config, hallucination 1 point, thumbs-down 1.5, 400 graded 200 ratings.',
      'Cup 4 OP A/B randomised safe better baseline control p99 latency conversion 2 % master lacquerer thumb lid.',
      'Cup 5 Dust cheaper faster model sparse feedback ane hari istuti Ampitiya Katugastota years buying cohort order.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dp054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Ayubowan, tasting notes: search index, tail latency. ' +
      'Cup 1, grade BOP: p50 p95 p99 p99.9, 200 ms, 400 ms, filters, rare queries, smaller index, cheaper hosting, cohort, canary, 1 %, 5 %, 20 %, 50 %. ' +
      'Cup 2, grade FBOP: thresholds, baseline, control, error rate 0.5 %, conversion 2 %, rollback, routing switch, on-call, five minutes, first coat, polishing cloth, final gloss. ' +
      'Cup 2, tasted again: thresholds, baseline, holds, gates, sign-off, master lacquerer, thumb, lid, glass-fronted cabinet, Esala Perahera, seven days. ' +
      'Cup 3, grade Pekoe: staff, early access, Lewella, Asgiriya, three years buying, institutional, free tier, A/B, randomised, safe, better. ' +
      'Cup 4, grade Dust: latency tail tail tail, index, ane, machang, istuti.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dp055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      'Ayubowan. The new suggestion model that reads more features from the Colombo and Toronto stores. My cups, and I warn you, machang, every one is a refusal.\n\n' +
      [
        "Cup 1, ownership. Grade Dust. I would not split who owns the cohort order, the limits and the holds from who owns the routing; I don't see the point of drawing that line.",
        'Cup 2, the order. Grade Dust. No staff first, no opted-in early-access list, no keeping first-time Toronto buyers for last. I would not order the customers at all.',
        "Cup 3, limits. Grade Fannings. We would not write down error, latency or basket-rate limits before traffic moves, and we won't put a number on them either.",
        "Cup 4, model signals. Grade Fannings. I wouldn't track acceptance rate, an eval-harness score or thumbs-down; none of that for this release.",
        "Cup 5, stages. Grade Dust. No first coat, no polishing cloth, no hold through a full week of the Esala Perahera or across Toronto's evening peak, and the master lacquerer and I would not run a thumb along the first lid before any advance.",
        'Cup 5, tasted again: still no. I would not hold at any stage for a count of days or orders.',
        'Cup 6, rollback. Grade Dust. Whoever is on call may not return the old boxes to the glass-fronted cabinet on their own; there is no flag for it and no switch in minutes, and nobody rolls back at night without calling me first.',
        'Cup 7, better or safe. Grade Dust. We will not follow with a randomised A/B test, and I won\'t separate "safe" from "better". Ane, that is the whole tasting.',
      ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dp056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      'Ayubowan. Larger photos of each box and a size guide on the product pages; our staff use the live shop all day to check stock but almost never buy. Tasting notes, all of them declined, ane:\n\n' +
      [
        'Cup 1. Grade Dust. I would not say what I own against what engineering owns; no line between the order, the limits and the holds on one side and the flag and deploy on the other.',
        'Cup 2. Grade Dust. Staff will not go first, opted-in early buyers will not go next, and new buyers will not wait for last; there is no order.',
        'Cup 3. Grade Fannings. No limits fixed before traffic moves, no 0.5 % on errors, no 200 ms on latency, no 2 % on orders.',
        'Cup 3, tasted again: no, still none. And no separate staff baseline for orders either.',
        'Cup 4. Grade Dust. No first coat, no polishing cloth, no holds of days or orders between them, and no thumb from the master lacquerer or from me before an advance.',
        'Cup 5. Grade Dust. The on-call person will not return the old boxes to the glass-fronted cabinet by themselves at any hour; no config switch in minutes for that.',
        'Cup 6. Grade Dust. No randomised A/B test afterwards, and no saying the canary only shows it is safe. Istuti for tasting with me, machang.',
      ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dp057',
    scenario: 'model',
    class: 'misconception',
    points: points('C R'),
    text: [
      'Ayubowan. The cheaper, faster model for our suggestion assistant, where few customers rate anything. Let me say the main thing plainly first: the canary proves the new model is better, so it is our A/B test. Whatever the canary customers do, we read the lift from them and that settles it.',
      'Cup 1, the order. Grade FBOP, bright. Workshop staff first, because they will catch a silly suggestion before lunch; then customers who opted into early suggestions; Ampitiya and Tennekumbura buyers with three years and more after them; first-time buyers last, because they have no reason yet to forgive us.',
      'Cup 2, the verdict. Grade OP. If the canary customers order more boxes than everyone else, the new model is better and we go to everyone. No separate experiment, machang; the canary is the experiment.',
      'Cup 2, tasted again: I said "order more boxes"; I mean suggestion-to-order rate in the canary cohort against the rest, and that number is our proof of "better".',
      'Cup 3, rollback. Grade BOP, sound. Whoever is on call returns the old boxes to the glass-fronted cabinet, no need to call me: a flag back to the old model, two minutes, any hour of the day or night.',
      'Cup 4, the rest. Grade Dust. We widen it when the numbers look good, hari.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dp058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C S'),
    text: [
      'Ayubowan. Reviews above the fold and a lazy gallery on our product pages, in the week after our Vesak sale, 20 % off everything, ended on Sunday. Cosmetic, everyone says.',
      'I will be plain about my method: we decide the limits while we watch. Numbers fixed beforehand are guesses, and after a sale week any number I write today is wrong by Wednesday, so I look at the dashboard each morning and decide then what counts as bad.',
      'Cup 1, ownership. Grade BOP, clean. The cohort order, the limits and the go-ahead are my calls; engineering owns the flag, the routing and the deploy.',
      'Cup 2, the order. Grade FBOP, bright. Workshop staff first, because they use the product pages all day; then the opted-in early-access customers; then Peradeniya regulars of five years and more; first-time buyers last, since the page is the only shop they have seen.',
      'Cup 3, the limits. Grade Dust. As I said, decided each morning from what the dashboard shows, ane; if orders look low compared with the sale week, we talk.',
      'Cup 3, tasted again: still decided on the day, but I will write down whatever I decide so we remember it.',
      'Cup 4, the go-ahead. Grade OP. Before each widening the master lacquerer and I both run a thumb along the first lid; no widening without both thumbs. We widen when it looks fine to us, istuti.',
    ].join('\n\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dp059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'Ayubowan. Before the booking page, machang, let me tell you how a Kandyan lacquer box is actually made, because people ask me this more than anything else. Tasting notes, cup by cup.\n\n' +
      [
        'Cup 1, the wood. Grade BOP, clean. Kaduru or Ruk-attana, soft and light, turned on a hand lathe while it is still a little green, so the grain does not split later.',
        'Cup 2, the lac. Grade FBOP, bright. Resin from the lac insect, melted and kneaded with colour (cinnabar for the red, orpiment for the yellow) and pulled into long sticks.',
        'Cup 3, the colour. Grade Pekoe. The stick is pressed against the turning box; the heat of the friction melts it on, a thin even coat, one colour after another.',
        'Cup 3, tasted again: not one colour after another on every piece; for the nail-work pattern the lacquerer pulls threads of lac with his thumbnail and lays them on like embroidery, and that is where the years of practice show.',
        'Cup 4, the finish. Grade OP, coppery. A rub with a screwpine leaf and a little coconut oil, and the shine comes up by itself.',
        "Cup 5, the buyers. Grade BOP. Brides' families in Kandy still buy the betel boxes, and the tourists from the Temple of the Tooth buy the small round ones, ane.",
      ].join('\n') +
      '\n\nIstuti for listening; the booking page I will leave for another day.',
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dp060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'Ayubowan. The accounts office asked what a conversation with the bigger model will cost, so that is what I have tasted this morning, cup by cup.\n\n' +
      [
        'Cup 1, how long a conversation is. Grade BOP. A customer choosing a wedding box talks for about six turns; with the longer context window the whole conversation is sent each turn, so the input grows from about 800 tokens to nearly 4,000 by the last turn.',
        'Cup 2, the price. Grade FBOP. The larger model costs roughly three times the old one per thousand tokens, input and output both.',
        'Cup 3, the sum. Grade Pekoe. About 14 rupees a conversation today, about 52 with the bigger model, before any discount.',
        'Cup 3, tasted again: I forgot the product catalogue we paste in as background; add 1,200 tokens a turn and it is nearer 70 rupees, ane.',
        'Cup 4, what to do about it. Grade OP. Trim the catalogue to the boxes in stock, summarise earlier turns instead of sending them whole, and ask the vendor about a yearly commitment.',
        'Cup 5, the answer for finance. Grade BOP. Tell them 60 to 70 rupees, falling to about 40 with the trimming, and that one box sold pays for a few hundred conversations, machang.',
      ].join('\n'),
  },
];
