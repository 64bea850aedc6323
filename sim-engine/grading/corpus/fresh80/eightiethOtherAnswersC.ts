import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eightieth fresh set, author c: middling (ch048–ch050), weak (ch051–ch052), keyword salad
 * (ch053–ch054), negated (ch055–ch056), misconception-led (ch057–ch058) and off-topic
 * (ch059–ch060) answers, written blind and labelled by hand.
 */
export const EIGHTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ch048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'OBITUARY — the old damage estimator, gone to its rest after two summers on the back counter. Survived by a bigger model that sees more and costs more per photo.',
      "We'll introduce it to our own mechanics first, since they can tell a real scratch from glare, then to the regulars who put their names down to try new things, and only after that to first-summer renters, who are new to us and the least forgiving when a charge looks wrong.",
      "It goes east to west: St George's first, held for a full cruise-ship week; Hamilton next, held for another 2,000 rentals; then up the country to Sandys for everyone.",
      "All the way along we'll watch how often the mechanics overrule it, how many customers dispute a charge at the counter, and what each estimate costs us. If those look off, we'd have a think about whether to carry on.",
      'Rest in peace, old boy, you did alright.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'ch049',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'OBITUARY. The three-step checkout, aged five, passes on this spring. Survived by a single page that fills in saved addresses and cards, much loved by returning customers in the lab.',
      "How ya goin'. Here's the plan: a random 5 % of shoppers get the new page, and then more as we go.",
      "Before any of them see it, we write the limits down: if checkout errors are more than 0.5 % worse than now, it's done; if page load p95 is more than 300 ms worse than now, it's done; if completed first orders are more than 2 % worse than on the old page, it's done.",
      "Whoever's on call brings the old one back, no need to ring me. Any hour, the flag goes off and the three steps are back within minutes, no new build.",
      "In lieu of flowers: the canary just tells us it's safe. Whether one page actually sells better is for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ch050',
    scenario: 'model',
    class: 'middling',
    points: points('P H S'),
    text: [
      "Obituary for the old damage model, which only ever looked at the photo. Its successor reads the bike's history and the weather as well, pulled from each shop's own store.",
      'The arrangements, for the record: the order we go in, what stops us and how long we wait are mine to decide. The developers own the routing, the deploys and the flags, and I keep my hands off those.',
      "The stages are St George's at 5 % of returns, Hamilton at 25 %, then Sandys for everyone. Each one holds for a full cruise-ship week before we talk about the next. The shop manager and I both put our names in the book at every step, or it doesn't move.",
      "As for what we look at, we'll keep an eye on the dashboards and see how it feels. If something goes wrong we'll sort it out with the developers.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ch051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "How ya goin'. The old image resizer is gone, bey, rest its soul. It did its job. The new one is 20 % faster and handles the new photo format, so it's going out this week like the team wants. We'll let some of the sellers have it first, keep an eye on things, and if it goes funny we'll go back. Rest in peace.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ch052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Ace boy, the old estimator's had it. The new one's cheaper and faster, so finance is happy. I'd put it out on a few of the mopeds, wait and see if anybody complains at the counter, and if the mechanics don't like it we switch back. Nobody rates the estimates much anyway, so there's not a lot to look at. Should be fine.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ch053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "OBITUARY. Prompt. Warmer. Portuguese. Survived by: canary, cohort, St George's Hamilton Sandys, threshold 0.5 % 200 ms 2 %, hold hold gate, sign-off book names, rollback on-call config switch minutes, A/B randomised, thumbs-down hallucination eval harness p95 tokens cost, PM owns, engineering routing flags. In lieu of flowers: staff, opted-in, first-summer, cruise-ship week, parish, canary canary cohort threshold rollback.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ch054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "How ya goin' — canary, tail latency, p99, index, cohort parish summers, free tier, institutional licences last, hold gate stage, St George's Hamilton Sandys, threshold 200 ms 0.5 % errors baseline, sign-off book shop manager, rollback on call config minutes no redeploy, safe not better, A/B randomised, PM owns order limits holds, engineering routing flags deploy, down the front, up the country, ace boy.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ch055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'OBITUARY. The old product page, reviews down at the bottom, is survived by a new one with reviews above the fold and a lazy-loading photo gallery. Leadership wants it out this week.',
      "I won't be putting our own staff on it first, and I'm not bothering with an opt-in group or leaving new customers till last. We're not writing any limits down before it goes out: no error number, no latency number, nothing against a baseline. There'll be no stages named after parishes and no holding a cruise-ship week at each one. Nobody's putting their name in any book. I'm not splitting out what I own from what engineering owns, either. I won't arrange for whoever's on call to bring the old page back on their own. And there's no A/B test after, because we're not trying to prove anything.",
      'In lieu of flowers, send it out Thursday.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ch056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "OBITUARY — the old estimator, to be replaced by a bigger one. In lieu of flowers, a list of what we won't be doing.",
      'We will not start with the mechanics and counter staff, and we will not keep first-summer renters for last.',
      'We won\'t write limits down beforehand, not "more than 0.5 % worse than now, it\'s done", nor anything else.',
      "We won't hold at St George's or Hamilton for a full cruise-ship week.",
      "The shop manager and I won't put our names in the book.",
      "We won't watch how often the mechanics overrule it, nor the cost per estimate.",
      "We won't give whoever's on call the switch to bring the old one back.",
      "We won't pretend a canary is an A/B test, and we won't run an A/B test either.",
      "Survived by: nobody's plan.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ch057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      "OBITUARY — the old damage model, who only ever looked at the photo. Its successor also reads the bike's history from each shop's store.",
      "Let me say plainly what this canary is for: it's our A/B test. Whoever is in the St George's stage gets the new model, everyone else keeps the old one, and if that group comes out with fewer disputed charges than the rest, that proves the new one is better and we send it up the country. No need for a separate test after.",
      "Who gets it first: our own mechanics and counter staff, because they'll catch a daft estimate; then regulars of three summers or more who signed up to try things; first-summer renters last, since they're new and one wrong charge loses them.",
      "St George's holds for a full cruise-ship week, Hamilton for 3,000 rentals, then Sandys.",
      'We watch the share of estimates the mechanics overrule and the disputes at the counter, shop by shop, the whole way.',
      "If anything breaks, whoever's on call brings the old one back, no need to ring me: any hour, a flag switch, back in a few minutes, no new build.",
      "Survived, in the end, by a better model, proven at St George's.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'ch058',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: [
      'OBITUARY. The old self-hosted task database, to be decommissioned at the end of the month, survived by a managed cluster behind a new proxy.',
      "The limits I'll set once we've watched the first stage for a couple of days. There's no sense guessing numbers before we've seen what real traffic does to the new cluster; once I've seen the graphs at St George's, I'll pick where the line goes.",
      "What's mine: the order, the limits, the holds. Engineering's: the proxy, the routing, the deploy.",
      "Stages: St George's at 5 % of workspaces, Hamilton at 25 %, Sandys for everybody; each holds a full working week with a Monday morning in it. The shop manager and I both put our names in the book before each move.",
      "Whoever's on call brings the old one back, no need to ring me. Any hour, they flip the proxy's routing back to the old cluster in a few minutes, no redeploy, and the old cluster stays up until we're done.",
      'In lieu of flowers, bring patience.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ch059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'OBITUARY — Old Blue, a 2009 Yamaha 50cc, fleet number 17, of the shop by Flatts.',
      "Old Blue carried some four thousand visitors between Dockyard and St George's over fifteen summers, lost two mirrors on Harrington Sound Road and one very expensive helmet off the Causeway. She never once started first time on a damp morning, and every mechanic on the island knew her cough.",
      'Survived by fleet numbers 18 through 40, and by the Jones family from Ohio, who rented her six summers running and asked for her by name.',
      'In lieu of flowers, the shop asks that visitors keep left, strap the helmet properly, and remember that the roundabouts here go clockwise.',
      "A small gathering will be held down the front on Saturday. How ya goin', Old Blue.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ch060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'How ya goin\'. About the warmer damage-note prompt: the trouble is the Portuguese, not the warmth. Our Azorean families have rented from us for generations, and they expect "o senhor" and "a senhora", not a chummy "tu". So I\'d rewrite the prompt with a separate Portuguese section that keeps the formal address, have Mrs Medeiros at the Somerset counter read twenty sample notes, and cut the jokes about potholes in both languages. English notes can stay warm: "Ace boy, you brought her back without a scratch" reads lovely. Portuguese ones should thank the customer properly and list any damage plainly, with the amount at the end. I\'d also add a line telling the model never to guess a customer\'s language from their surname, only from the language they booked in.',
    ].join('\n'),
  },
];
