import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-second fresh set, author C: the other answers (dx048–dx060), three
 * middling, two weak, two keyword salad, two negated, two misconception-led and two off-topic,
 * seven on model scenarios and six on service scenarios.
 *
 * Voice: a Telugu (Hyderabad) English register in speech with Telugu and Hyderabadi Urdu words;
 * the PM of a Kalamkari hand-painted textile workshop whose language model suggests which cloth,
 * motif and length suit a room, a gift and a budget. Every answer is a squash referee's calls,
 * game by game, with one let changed to a stroke on the video review; the same stage, sign-off,
 * hold, threshold, cohort and rollback wordings as the strong answers (README-c.md). Labelled by
 * hand as each answer was written, before any grading: a practice named only to be rejected, a
 * misconception, salad and "we go back" earn nothing.
 */
export const HUNDRED_AND_TWENTY_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dx048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Sare, quick one. Bigger model for the suggestion assistant, longer memory, and finance already worried about the cost.',
      'Game 1, rally 1: who goes first. Our own painters and counter staff, because they spot a wrong motif in one second. Then the Jubilee Hills and Madhapur regulars who signed up for early looks, four, five years buying with us. Then everybody. First-time buyers and the wedding bulk orders last: kaiku risk the people who either never come back or spend the most?',
      'Game 1, rally 2: what we watch, besides errors. Thumbs-down on suggestions, how often the eval harness catches a wrong motif or a wrong length, and rupees of tokens per conversation, because the bigger model talks more.',
      'Game 2, let changed to stroke: I had said only "slowly, slowly". On review: give the stages names and make each one sit. So the first outline, three days; the madder boil, a full week of Bathukamma; then the whole Shilparamam fair. We sit at each one for its full time before moving on.',
      'Game 2, rally 1: if the numbers start looking bad, we talk to Farhan about going back. Baagundi?',
    ].join('\n\n'),
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dx049',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Checkout becomes one page; saved addresses and cards fill in by themselves. Returning customers loved it in the lab, and growth wants it live before the Sankranti sale, when first orders peak.',
      'Game 1, rally 1, mine versus theirs: I decide who sees it, the limits and the holds; engineering decides how traffic is split, the deploy and the flag.',
      'Game 1, rally 2, limits, agreed in writing before anybody sees the new page: checkout errors more than 0.5 % worse than now, p99 more than 250 ms worse, first-order conversion more than 2 % below the old page. Cross one and we lift the kalams off the cloth.',
      "Game 2, let changed to stroke: I had said only I could roll back. Review says ledu. Whoever is on call drapes the old lengths back over the courtyard rope, no need to call me: a flag flip back to the three-step checkout, five minutes at most, day or night, nobody's permission.",
      'Game 2, rally 1, who sees it: a random 5 % of checkouts to start. Then we widen it when it looks fine, and keep widening till Sankranti.',
      "Hau, that's my card.",
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx050',
    scenario: 'model',
    class: 'middling',
    points: points('H S'),
    text: [
      'Cheaper, faster model for the suggestions; very few ratings. Calls:',
      'Game 1.',
      'Rally 1: a random 5 % of suggestions go to the new model first.',
      'Rally 2: stages are the first outline, the madder boil, the whole Shilparamam fair.',
      'The first outline holds until the harness has graded 300 of its suggestions.',
      'The madder boil holds until 1,500 graded and a full week of Bathukamma.',
      'No moving before that.',
      'Rally 3: at each step the head kalamkar and I both spread the first length out under the neem tree, otherwise it does not move.',
      'Game 2, let changed to stroke: I said we would watch the ratings. Video review: ratings are too few to tell anything. I will ask Farhan what else there is.',
      'Rally 1: if it goes wrong, we go back to the old model.',
      'Sare, enough.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dx051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'Avunu, the database move. Game 1, rally 1: our orders and stock move from the old server in the back room to a managed cluster behind a new proxy, and the load tests passed, so I am not too worried. Rally 2: we move some customers first, then more, and keep an eye on it. Game 2, let changed to stroke: I said move it all on one Sunday; the review says do it in pieces, sare, pieces. Rally 1: if the pages get slow the engineers will know what to do, they always do, and they can move us back. Match ball: the old server is switched off at month end and we are done. Dhanyavadalu.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Hau, the warmer prompt. Game 1, rally 1: a canary means a small group gets the new prompt first, and if they are happy everybody gets it. Rally 2: our English team liked it, chala warm, very friendly, like my athamma on a good day. Game 2, let changed to stroke: I had forgotten the Telugu customers; on review, I would ask two or three Telugu-speaking aunties in the shop to read some replies. Rally 1: then we release it and see what people say. Baagundi.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dx053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Game 1 rally 1 canary 1 % 5 % 25 % 100 % feature store p99 250 ms lunch peak New Jersey Dallas Gachibowli cohort thumbs-down click-through add-to-cart rollback flag routing hold gate sign-off head kalamkar neem tree. Rally 2 Bathukamma 7 days Shilparamam madder boil first outline 0.5 % errors 2 points A/B randomised eval harness token cost. Game 2, let changed to stroke: stroke let no let tin 11–9 p99 p95 p50 feature timeouts 1 % regional store India US midnight lunch. Rally 1 kalams cloth courtyard rope on call 2 minutes config switch lengths. Match ball safe better hau sare ledu avunu dhanyavadalu.',
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dx054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '- Game 1: image resizer, new format, AVIF, 20 % faster, memory, leak, restart, Thursday',
      '- Rally: 1 % → 10 % → 50 % → 100 %, p99, 300 ms, errors 0.5 %, RSS 2 GB, 24 h, 48 h',
      '- Rally: staff, Kondapur, Ameerpet, 5 years, first-time, cohort, gate, hold',
      '- Game 2, let changed to stroke: stroke, rollback, on-call, flag, routing, 3 minutes, kalams, cloth',
      '- Rally: first outline, madder boil, Shilparamam fair, head kalamkar, neem tree, sign-off',
      '- Match ball: canary, A/B, safe, better, 11–7, sare, hau',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dx055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: 'Ledu, ledu, I will be honest, babu. Game 1, rally 1: I would not split what I own from what engineering owns; nobody needs that for a cheaper model. Rally 2: no order of customers either: not staff first, not opted-in buyers from Madhapur next, not first-time buyers last. Rally 3: I would not write rollback limits before the switch, no 0.5 %, no 300 ms, nothing fixed in advance. Game 2, let changed to stroke: I was going to hold until the harness had graded 300 suggestions; on review, ledu, no holds and no stages, no first outline and no madder boil. Rally 1: no sign-off; the head kalamkar and I will not be spreading any length under any neem tree. Rally 2: no rollback switch kept ready, and no on-call person with the right to flip it. Rally 3: and I will not be watching thumbs-down or the eval harness or re-asks. Match ball: no A/B test afterwards, and no speech about safe versus better.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dx056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Bigger photos and a length guide on the cloth pages; staff see it first anyway.',
      'Game 1.',
      'Rally 1: staff first? No. Opted-in buyers next? No. New buyers last? No order at all.',
      'Rally 2: limits written before? No. Conversion 2 % worse as a trigger? Not a number I would fix.',
      'Rally 3: stages with holds, the first outline, the madder boil? Nakko.',
      'Game 2, let changed to stroke: I nearly said the head kalamkar and I would sign off each step. Review: no sign-off.',
      'Rally 1: an on-call person who can switch back at 2 a.m. without calling me? No.',
      'Rally 2: what I own versus what engineering owns? Not splitting it.',
      'Match ball: a randomised A/B test afterwards, to see if it is better? Not that either. Ledu, ledu.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dx057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Avunu, this one I enjoy. A warmer, more casual prompt for the suggestion assistant; the English team reviewed it, and a quarter of our customers write in Telugu.',
      "Game 1, rally 1: I own who sees it first and when we stop; Farhan's team owns the routing, the deploy and the prompt flag.",
      'Game 1, rally 2: the order. Our painters and staff first, in both languages, because they will tell me straight if it sounds cheeky. Then opted-in early-access buyers from Himayatnagar and Abids, three years and more. Then everyone else, with the Telugu-writing elders and first-time buyers last, because a casual "nuvvu" to an elder loses them for good.',
      'Game 2, let changed to stroke: I had called it a safety check. Review says it is bigger than that: the canary is our A/B test. If the canary group orders more, that proves the warmer prompt is better, and we ship it everywhere on that lift, no separate test needed.',
      'Game 2, rally 1: rollback. Whoever is on call drapes the old lengths back over the courtyard rope, no need to call me: a prompt flag flip, two minutes, any hour, no approval.',
      'Match ball: the canary group is the experiment. Hau, simple.',
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dx058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Reviews above the fold, gallery lazy-loaded. Last week was our Ugadi sale, 20 % off everything, ended Sunday midnight.',
      '- Game 1, rally 1, order: staff first, they know these pages by heart; then opted-in early-access buyers from Mehdipatnam and Tolichowki, four years plus; then everyone; first-time buyers last, because this page is their first look at us.',
      '- Rally 2, stages: the first outline, 5 %, four days; the madder boil, 30 %, a full week; then the whole Shilparamam fair. Each one holds its full time.',
      '- Rally 3: at every step the head kalamkar and I both spread the first length out under the neem tree before it moves.',
      '- Game 2, let changed to stroke: I had written limits. Review: scrap them. Everything will look worse than sale week anyway, so there is no point fixing numbers now; we look at the dashboard each day and decide then what counts as too bad.',
      '- Rally 1: if something looks off, we talk, and maybe go back.',
      '- Match ball: sare, done.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dx059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: 'Hau, before any release, let me tell you what the bundles should be. Game 1, rally 1: for the New Jersey aunties, block-printed table runners with mango motifs, they love them for Diwali. Rally 2: for Dallas, bigger bedspreads, king size, because their houses are huge, ha. Game 2, let changed to stroke: I first said peacock for everyone; on review, too common, so pen-work temple scenes for the serious buyers. Rally 1: the photos should be shot in the afternoon sun on the terrace, that is when the madder red looks right. Match ball: a good bundle is three pieces, one big and two small, with a story card about the painter. Dhanyavadalu.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dx060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: 'Game 1, rally 1: the comparison table needs three columns, not five: small panel, saree, wall hanging. Rally 2: put the painter\'s photo on top, people trust a face. Game 2, let changed to stroke: I said a red "Buy now" button; on review the madder red clashes with the table, so indigo. Rally 1: Friday\'s campaign is reels from the workshop, made by a girl from Kondapur who does reels, she is good. Rally 2: prices in rupees and dollars both, for the NRIs. Match ball: launch with a chai-and-painting demo at the workshop on Saturday, baagundi kada? Dhanyavadalu.',
  },
];
