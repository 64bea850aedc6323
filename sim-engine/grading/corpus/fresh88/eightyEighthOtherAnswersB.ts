import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-eighth fresh set, author b: middling (cp028–cp030), weak (cp031–cp032), keyword salad
 * (cp033–cp034), negated (cp035–cp036), misconception-led (cp037–cp038) and off-topic
 * (cp039–cp040) answers, written blind and labelled by hand before anything was run. Same voice
 * as the strong answers: a Gambian English speaker from a made-to-measure tailoring shop, every
 * answer a ballot paper of numbered measures marked YES or NO.
 */
export const EIGHTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: quiet-feedback-trap
  {
    id: 'cp028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'BALLOT PAPER: the cheaper model for fabric suggestions.',
      'Nanga def. Only three measures on my paper today.',
      'Measure 1: our own tailors get the cheaper model first, then the customers who asked for early fittings, then Kanifing and Banjul, and the customers ordering with us eight years and more come last, because they notice a wrong cloth first and forgive it least — YES.',
      'Measure 2: three stages, the measuring, the first fitting and the final fitting. Each one holds until 3,000 suggestions have been graded, and we do not move to the next fitting before that — YES.',
      'Measure 3: at every stage we watch the share of suggestions for cloth we do not stock, graded by the eval harness at one in twenty instead of one in two hundred; the thumbs-down rate on suggestions; and how often our tailors throw the suggestion away and choose another cloth — YES.',
      'Jerejef, that is my ballot.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cp029',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: [
      'BALLOT PAPER: the one-page checkout before the spring campaign.',
      'Nanga def. In our shop, nobody cuts the cloth before the measurements are written in the book. Same here.',
      'Measure 1: as PM I own the limits and the call on when a measure has failed; engineering owns the flag, the routing and the deploy — YES.',
      'Measure 2: the limits go in the book before any customer sees the new page. Checkout errors more than 0.5 percentage points worse than now and the measure fails. Page load more than 300 ms worse than now and the measure fails. First orders completed more than 2 % worse than on the old checkout and the measure fails, because first-time buyers are exactly who a new page can lose — YES.',
      'Measure 3: count the extra orders in the canary as proof the one page sells better than three steps — NO. The canary only tells us nothing is torn. Whether one page beats three steps is for a randomised A/B test afterwards, with first-time buyers split at random between the two — YES.',
      'Abaraka.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cp030',
    scenario: 'model',
    class: 'middling',
    points: points('P H S R'),
    text: [
      'BALLOT PAPER: the new model behind the fabric bundles on our home page.',
      'Measure 1: I own the stages and how long each one holds; engineering owns the routing, the flag and the regional feature stores — YES.',
      'Measure 2: a random 5 % of customers get the new model at the measuring — YES.',
      "Measure 3: the measuring holds a full Tobaski week; the first fitting at 25 % holds for 5,000 orders; the final fitting at 50 % holds another full week. That way the diaspora's lunch hour, which falls in our evening in Banjul, is inside every stage before we move on — YES.",
      'Measure 4: the master tailor and I both mark the ballot before each fitting moves on — YES.',
      "Measure 5: whoever's on call stitches the old version back in, no need to phone me. At any hour, and our evening is exactly when it may be needed; it is the flag flipped back to the old model, a few minutes, no redeploy — YES.",
      'Measure 6: what we look at while it runs — the usual dashboard — YES.',
      'Inshallah.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cp031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'BALLOT PAPER: the new image resizer.',
      'Nanga def. A short ballot.',
      'Measure 1: put the new resizer out small small, not everything at once — YES.',
      'Measure 2: engineering watches it well; they know the service better than me — YES.',
      'Measure 3: the benchmarks say it is 20 % faster, so I am not too worried — YES.',
      'Measure 4: if the sellers complain about their photos, we go back — YES.',
      'Measure 5: everywhere by Thursday, inshallah — YES.',
      'Jerejef.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cp032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'BALLOT PAPER: the bigger model for the fabric assistant.',
      'Measure 1: a random 5 % of customers get the bigger model — YES.',
      'Measure 2: we look at the dashboard every morning over ataya, and if something looks off, say errors near 2 %, maybe 3 %, we talk about it — YES.',
      'Measure 3: finance asked about cost; I will send them a figure when I have one — YES.',
      'Measure 4: when everybody is happy, we give it to all the customers — YES.',
      'Abaraka.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cp033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'BALLOT PAPER: canary warm prompt French English.',
      'Measure 1: canary cohort staff early-access Banjul Kanifing French years ordered — YES.',
      'Measure 2: threshold 0.5 % 200 ms 2 % baseline control thumbs-down — YES.',
      'Measure 3: measuring first fitting final fitting hold gate Tobaski week orders — YES.',
      'Measure 4: sign-off master tailor ballot mark gate — YES.',
      'Measure 5: rollback on-call flag config minutes stitch old version — YES.',
      'Measure 6: canary A/B randomised safe better lift — YES.',
      'Measure 7: hallucination eval harness p95 tokens cost thumbs — YES.',
      'Nanga def jerejef inshallah.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cp034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'BALLOT PAPER — search index, tape measure, chalk.',
      'Measure 1 — PM owns / engineering owns / routing / deploy / flags / cohorts — YES.',
      'Measure 2 — p99 tail latency filters rare queries 200 ms 0.5 % errors baseline — YES.',
      'Measure 3 — free tier, institutional licences, staff, early access, region, years — YES.',
      'Measure 4 — measuring, first fitting, final fitting, hold, hold, gate, Tobaski — YES.',
      'Measure 5 — master tailor, sign-off, ballot, mark, approve — YES.',
      'Measure 6 — rollback, on call, any hour, config switch, minutes, stitch — YES.',
      'Measure 7 — safe not better, A/B, randomised, afterwards — YES.',
      'Measure 1 again — PM owns / engineering owns / routing / deploy / flags / cohorts — YES.',
      'Measure 2 again — p99 tail latency filters rare queries 200 ms 0.5 % errors baseline — YES.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cp035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'BALLOT PAPER: the new date picker on the booking page. The team wants it at 100 % this afternoon, and this is how I mark it.',
      'Measure 1: I, the PM, own the order of guests, the limits and the holds, while engineering owns the flag and the routing — NO. Nobody needs to own anything for a date picker.',
      'Measure 2: our own staff book first, then guests who opted into early access, then the rest region by region, with guests who have booked for years kept for last — NO. Everyone gets it the same afternoon.',
      'Measure 3: limits written down before traffic moves, like bookings more than 2 % worse than now and the measure fails — NO. We will not fix any number.',
      'Measure 4: hold each fitting a full Tobaski week, or until the bookings made hours later have come in — NO. No measuring, no first fitting, no final fitting.',
      'Measure 5: the master tailor and I both mark the ballot before each step — NO. Nobody signs anything.',
      "Measure 6: whoever's on call stitches the old version back in at any hour, with a flag, without phoning me — NO. There will be no old version to stitch back.",
      'Measure 7: a randomised A/B test afterwards to see whether the shorter form is better — NO.',
      'Every measure NO.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cp036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'BALLOT PAPER: the bigger model for the fabric assistant. My marks, one by one.',
      'Measure 1: split the work so that I own who goes first, the limits and the holds, and engineering owns the routing and the deploy — NO. I am not taking any of that.',
      'Measure 2: our tailors first, then early-fitting volunteers, then Kanifing and the provinces, then our oldest and newest customers last — NO. I will not put customers in any order.',
      'Measure 3: write down before the start that errors more than 0.5 points worse than now fail the measure, or p95 more than 300 ms worse — NO. We are not pre-committing any limits.',
      'Measure 4: gate on fabrics we do not stock from the eval harness, on thumbs-down, on cost per conversation — NO. None of those will be watched.',
      'Measure 5: the measuring, the first fitting and the final fitting, each held a full Tobaski week — NO. No stages and no holds.',
      'Measure 6: the master tailor and I both mark the ballot at each step — NO.',
      "Measure 7: whoever's on call stitches the old version back in by flag within minutes, no need to phone me — NO. Nobody rolls back.",
      'Measure 8: call the canary safe-not-better and run a randomised A/B test afterwards — NO.',
      'Nanga def, and jerejef for reading my NOs.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cp037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      'BALLOT PAPER: the warmer prompt for the fabric assistant.',
      'Let me say it plainly first: the canary is our A/B test. If the customers in the canary like the warm prompt more than the others like the old one, that proves the warm prompt is better, and then we give it to everyone.',
      'Measure 1: our tailors first, then the early-fitting volunteers, then English writers in Banjul and Kanifing, and the French writers from Senegal last, because formal address matters to them and the prompt was never read in French — YES.',
      'Measure 2: the limits are fixed before it starts. Thumbs-down more than 2 percentage points worse than now and the measure fails. Fabrics we do not stock, scored by the eval harness, more than 1 point worse than now and the measure fails — YES.',
      'Measure 3: the measuring, the first fitting and the final fitting, each held a full Tobaski week before the next one starts — YES.',
      "Measure 4: at the final fitting, if the canary's thumbs-up beat the old prompt's, the warm prompt has won, and no separate A/B test is needed after it — YES.",
      'Jerejef.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cp038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'BALLOT PAPER: reviews above the fold on the product page.',
      'Plainly: I do not fix limits before we start. Numbers written in advance are only guesses; the master tailor and I will look at the dashboard each morning and decide then what is too bad.',
      'Measure 1: staff first, then customers who opted into early previews, then the countries region by region; customers of five years and more, and new customers, last, because those are the ones a broken page loses — YES.',
      'Measure 2: the measuring, the first fitting and the final fitting, each held for 4,000 orders before we move on — YES.',
      'Measure 3: the master tailor and I both mark the ballot before each fitting moves on — YES.',
      "Measure 4: whoever's on call stitches the old version back in, no need to phone me, at any hour; it is the flag, switched back in minutes, no redeploy — YES.",
      'Measure 5: the rollback limits themselves — we will know a bad number when we see it on the day — YES.',
      'Nanga def.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cp039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'BALLOT PAPER: the staff uniform for Tobaski.',
      'Nanga def. Every year the whole shop wears one cloth on Tobaski day, and every year we vote on it.',
      'Measure 1: the cloth is sky-blue bazin riche, bought from the same trader in Serrekunda market as last year — YES.',
      'Measure 2: the men wear a grand boubou and the women a kaftan with a matching head tie — YES.',
      'Measure 3: the apprentices sew their own, so they learn the collar — YES.',
      'Measure 4: gold embroidery on the neck — NO. Last year it took three nights and the machines overheated.',
      'Measure 5: everything is pressed and hanging by the eve of Tobaski, inshallah — YES.',
      'The master tailor and I both mark the ballot. Jerejef.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cp040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'BALLOT PAPER: on ballots themselves.',
      'Nanga def. When you ask me about a ballot, I think of home. In the Gambia we vote with marbles: each candidate has a drum, and you drop your marble in, and a bell rings so everybody knows you voted only once.',
      'Measure 1: keep the marbles and the drums, because anyone can vote, read or not — YES.',
      'Measure 2: change the bell for a light — NO. The bell is the whole point.',
      'Measure 3: count the marbles in front of the party agents at the polling station itself — YES.',
      'Measure 4: move everything to paper like other countries — NO, not in my lifetime.',
      'That is my ballot on ballots. Abaraka.',
    ].join('\n'),
  },
];
