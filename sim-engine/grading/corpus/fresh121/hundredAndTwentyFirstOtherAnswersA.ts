import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-first fresh held-out set, author A: the answers that are not strong
 * (dw008–dw020): middling (dw008–dw010), weak (dw011–dw012), keyword salad (dw013–dw014),
 * negated (dw015–dw016), misconception-led (dw017–dw018) and off-topic (dw019–dw020), labelled
 * by hand before anything else with only the points each answer commits to as its own plan. The
 * voice, as in the strong answers: a Zulu (Durban) English register in speech with isiZulu words,
 * the PM of a Zulu beadwork workshop whose language model suggests necklaces, every answer a
 * netball umpire's calls quarter by quarter with one goal ruled out after the two umpires
 * conferred, stages named after the beadwork (the first string, the colour tray, Victoria Street
 * Market, every stall), sign-off by Gogo Thandeka and the PM counting the first necklace aloud,
 * thresholds as "we tip the beads back into their tins", rollback as "whoever is on call drapes
 * yesterday's necklaces back over the stand". See README-a.md and LABEL-NOTES-a.md.
 */
export const HUNDRED_AND_TWENTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dw008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Yebo, our order book moves from our own database to the managed cluster behind the new ' +
        'proxy, and every page in the shop reads from it. Netball calls:',
      'Quarter 1: before any page reads from the new cluster, we write the limits down. Page ' +
        'errors more than 0.3 % worse than now, p99 read time more than 150 ms worse than now, ' +
        'proxy timeouts above 0.1 %: any one and we tip the beads back into their tins.',
      'Quarter 2: the ramp. The first string at 2 % of reads for three days; the colour tray at ' +
        '10 % for a full week, so the caches go cold and warm again through a Monday peak; 50 % ' +
        'for three days; then Victoria Street Market, every stall. We hold at every stage and ' +
        'move only when all three limits stayed inside for the whole hold.',
      'Quarter 3, goal ruled out: warm caches, like the load test had. The umpires conferred. ' +
        'Cha: at 10 % we flush the caches on purpose.',
      "Quarter 4: whoever is on call, day or night, drapes yesterday's necklaces back over the " +
        'stand. The proxy points reads back at the old database in a couple of minutes, no ' +
        'redeploy, no ringing me first. The old cluster stays switched on until a week after ' +
        '100 %, whatever the end-of-month date says. Kulungile.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw009',
    scenario: 'model',
    class: 'middling',
    points: points('C S M'),
    text: [
      "Bigger model for our bead assistant. Notes from the umpire's bench:",
      '- Centre pass: our beadworkers first, because they spot a wrong pattern instantly; then ' +
        'customers who opted in to early features; then everyone else; the gogos ordering ' +
        'wedding sets in Umlazi, and first-time buyers, last, because a bad suggestion hurts ' +
        'most there.',
      '- What we watch besides errors and speed: thumbs-down on suggestions, the eval ' +
        "harness's rate of invented patterns and wrong lengths, and cost per conversation, " +
        'because finance asked.',
      '- Each time we widen, Gogo Thandeka, who leads our beadworkers, and I count the first ' +
        'necklace aloud, bead by bead. No widening without both of us.',
      '- Quarter 3, goal ruled out: letting it ride over the weekend with nobody looking. ' +
        'Umpires conferred. Cha.',
      '- How far and how fast we widen, the engineers will have a view; we will see how the ' +
        'first days go. Kulungile.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dw010',
    scenario: 'service',
    class: 'middling',
    points: points('P H A'),
    text: [
      'Sawubona. Our necklace photos go through the rewritten image resizer: it handles the new ' +
        'photo format, it was 20 % faster in the benchmarks, and the team wants it everywhere ' +
        'by Thursday. Let me call it like a netball umpire.',
      'Quarter 1: I own the release calls here, meaning how long we hold, when we advance and ' +
        'when we stop. The engineers own the deploy, the routing between the two resizers and ' +
        'the flag; I do not touch those.',
      'Quarter 2: we start on a random 5 % of listing pages. That is the first string, and it ' +
        'holds for two full days without a restart, because the service is only restarted on ' +
        'deploys and a slowdown builds over a day. Then the colour tray at 25 %, held another ' +
        'two days, then Victoria Street Market, every stall. At each stage the gate is the ' +
        "same: the resizer's memory and response time on day two look like day one, or we do " +
        'not move.',
      'Quarter 3, goal ruled out: Thursday. The umpires conferred. Eish, Thursday comes before ' +
        'the first hold is even over, so Thursday moves.',
      'Quarter 4: if it turns bad, we go back to the old resizer.',
      'Final whistle: the canary shows the new resizer is safe to run everywhere. Whether the ' +
        'sharper photos sell more necklaces is a question for a randomised A/B test afterwards.',
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dw011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Sawubona! A cheaper, faster model for our bead suggestions. Eish, finance will love it. I ' +
      'would umpire it like a netball game: start small in the first quarter, watch the play, ' +
      'and blow the whistle if something looks off. Quarter 3, goal ruled out: I wanted to ' +
      'switch everyone over on Monday, but my colleague and I conferred and we would rather go ' +
      'gently. The model should be fine; it only suggests necklaces, and the old one was doing ' +
      'that for years. If customers complain, we turn it off. By the final whistle everyone has ' +
      'it. Kulungile.',
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dw012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Yebo, the new search index for our catalogue. It is smaller and cheaper, and the median ' +
        'search got faster, so it is a good change.',
      'A canary release is when you give something to a few customers before everyone, like a ' +
        'netball team playing a friendly before the league starts.',
      'Quarter 1 we put it out to some people, Quarter 2 to more people, and by Quarter 4 ' +
        'everybody has it.',
      'Quarter 3, goal ruled out: I wanted to skip the friendly altogether, but the umpires ' +
        'conferred and we keep it.',
      'We will keep an eye on the dashboards, and the engineers will tell us if something is ' +
        'wrong. Ngiyabonga.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Sawubona, netball, quarter by quarter: canary 1 % 5 % 25 % 100 % first string colour ' +
      'tray Victoria Street Market feature store p99 p95 Perth lunch peak 06:00 Durban ' +
      'click-through add-to-cart eval harness hit rate thumbs-down cohort Berea Musgrave Umlazi ' +
      'beadworkers opted-in early access rollback threshold 0.5 % 200 ms 2 % baseline control ' +
      'hold gate sign-off Gogo Thandeka A/B randomised safe better flag routing config switch ' +
      'on-call 24/7 five minutes. Quarter 3 goal ruled out umpires conferred. Centre pass, ' +
      'centre pass, beads tins, necklaces stand, Johannesburg Sydney region. Yebo kulungile ' +
      'eish ngiyabonga.',
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dw014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Umpire's card, eish:",
      'Q1: canary / cohort / staff / opted-in / Glenwood / Westville / 10 years buying',
      "Q2: 0.5 % errors / p99 200 ms / conversion −2 % / baseline / control / last week's sale 20 % off",
      'Q3: 1 → 5 → 25 → 50 → 100 / 48 h hold / gate / sign-off / goal ruled out, umpires conferred',
      'Q4: rollback / on-call / any hour / flag / < 5 min / no redeploy',
      'Final whistle: canary safe, A/B better, reviews above the fold, lazy-load gallery, first ' +
        'string, colour tray, every stall, Durban July.',
      'Yebo. Ngiyabonga.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dw015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Sawubona. The new date picker and shorter form on our commission-booking page: the team ' +
        'wants it at 100 % this afternoon, and honestly I would not run a canary for it. Let me ' +
        'call it like a netball umpire who never blows the whistle.',
      'Quarter 1: I would not draw a line between what I own and what the engineers own; we are ' +
        'not having that conversation.',
      'Quarter 1, centre pass: I will not send it to our beadworkers first, I will not put ' +
        'customers who opted in to early features next, and I will not keep first-time buyers ' +
        'for last. No order.',
      'Quarter 2: I am not going to write down rollback limits before traffic moves. No 0.5 %, ' +
        'no 200 ms, no 2 % on bookings.',
      'Quarter 3: no stages and no holds. No first string, no colour tray, no waiting a day for ' +
        'the bookings people make after talking it over at home.',
      'Quarter 3, goal ruled out: the umpires conferred and ruled out a sign-off. Neither Gogo ' +
        'Thandeka nor I will count any necklace aloud before anything.',
      "Quarter 4: I will not give the on-call person a switch to drape yesterday's necklaces " +
        'back over the stand at any hour without asking me.',
      'Final whistle: and no randomised A/B test afterwards either. Cha. Everyone gets it this ' +
        'afternoon.',
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dw016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Warmer prompt for our bead assistant. Umpire's notes; kulungile, but:",
      '- Q1: a split between what the PM owns and what engineering owns? Not drawing one.',
      '- Q1, centre pass: staff first, opted-in early customers next, isiZulu writers last? ' +
        'Cha, no ordering at all.',
      "- Q2: thumbs-down per language, the eval harness's formality grade, p95? Not watching " +
        'any of it, not gating on it.',
      '- Q2: limits fixed before launch? No. No numbers.',
      '- Q3: first string, colour tray, every stall, with holds between? Not doing stages.',
      '- Q3, goal ruled out after the umpires conferred: a named person signing off each step. ' +
        'Not Gogo Thandeka, not me, nobody.',
      '- Q4: on-call flipping the old prompt back by config in minutes, any hour, no approval? ' +
        'Not setting that up.',
      '- Final whistle: "safe, then a randomised A/B test for better"? Will not bother. Ship it ' +
        'to everyone.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dw017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Sawubona! The bigger model for our bead assistant, called like a netball match.',
      'Quarter 1: I own the release decisions, meaning who meets the bigger model first, when ' +
        'we stop and how far it goes; the engineers own the routing, the deploy and the model ' +
        'flag.',
      'Quarter 1, centre pass: our beadworkers first, because they know every pattern; then ' +
        'customers who opted in to early features; then the regulars; last the gogos from ' +
        'Umlazi ordering wedding sets, and first-time buyers, because a bad suggestion costs us ' +
        'most there.',
      'Quarter 2, and this is the heart of it: the canary proves the new model is better, so it ' +
        'is our A/B test. Customers on the bigger model against everyone else: if their ' +
        'necklace sales are up, the bigger model has won, and that is also the number finance ' +
        'wants next to the cost per conversation.',
      'Quarter 3, goal ruled out: I had pencilled in a separate A/B test after the rollout. The ' +
        'umpires conferred. Cha, the canary already answers it, why pay twice?',
      "Quarter 4: if anything breaks, whoever is on call, at any hour, drapes yesterday's " +
        'necklaces back over the stand. The flag sends traffic to the old model in a few ' +
        'minutes, no redeploy, and they do not wait to reach me. Yebo.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dw018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "Sawubona. Bigger photos and a necklace-length guide on our product pages. Umpire's calls:",
      'Centre pass 1, the order. Our beadworkers and staff see it first; they are on the live ' +
        'shop all day. Then customers who opted in to early features. Then regulars of five ' +
        'years and more from Berea and Morningside. New customers last: the length guide is for ' +
        'them, and a bad first page loses them for good.',
      'Centre pass 2, the stages. The first string (staff) for two days, the colour tray ' +
        '(opted-in) at 5 % for four days, 25 % for a week, then Victoria Street Market, every ' +
        'stall. We hold at each stage and only go on when Gogo Thandeka and I agree.',
      'Centre pass 3, the sign-off. Gogo Thandeka, who leads our beadworkers, and I count the ' +
        'first necklace aloud, bead by bead, before every step up.',
      'Quarter 2, the limits. We decide limits while we watch. Until the numbers are in front ' +
        'of us we cannot know what normal looks like, so no rollback numbers before launch; we ' +
        'set them at each stage from what we see.',
      'Quarter 3, goal ruled out: staff conversion looked terrible on day one. The umpires ' +
        'conferred: staff hardly ever buy through the site, so we ignore it.',
      'Final whistle. Kulungile.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dw019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Sawubona! Before the question, let me tell you about Saturday, because it taught me more ' +
        'than any dashboard.',
      'I umpired the under-16 final at the netball courts near Kings Park. Quarter 1 was all ' +
        'nerves: three stepping calls in the first five centre passes, and the goal attack from ' +
        'Chatsworth crying because her gogo was watching. Quarter 2 settled; the centres ' +
        'started reading each other and the ball moved like beads on a wire.',
      'Quarter 3, goal ruled out: the goal shooter from Umlazi scored from outside the circle, ' +
        'her foot on the line. My fellow umpire and I conferred by the post, and the goal came ' +
        'off. The crowd, eish! But the rule is the rule.',
      'Quarter 4 went to one goal, and afterwards the two captains gave each other necklaces ' +
        'made in our workshop, the red and white ones that mean love and a pure heart. Gogo ' +
        'Thandeka cried more than the goal attack did.',
      'So that is what I think about: fair calls, made in front of everyone, and the people who ' +
        'care about them. Ngiyabonga.',
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dw020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Yebo, the pricing page for our beading-class subscriptions, with the clearer comparison ' +
        'table. Let me call the table like a netball umpire, column by column.',
      'Quarter 1: three columns, Beginner, Weaver and Master, and the Weaver column gets the ' +
        'gold border because that is the one we want people to pick.',
      'Quarter 2: the rows. Number of classes a month, bead packs posted home, a live session ' +
        'with Gogo Thandeka, and the pattern library. Ticks in green, crosses in a soft grey, ' +
        'never red.',
      'Quarter 3, goal ruled out: I wanted a fourth column for schools. The umpires conferred, ' +
        'my designer and I, and it came off; four columns crowd the phone screen.',
      'Quarter 4: the campaign on Friday links straight to the Weaver column, with a photo of a ' +
        'Zulu love-letter necklace at the top and the words "learn the language of beads".',
      'Final whistle: prices in rand, monthly and yearly side by side, and the yearly saving in ' +
        'bold. Ngiyabonga.',
    ].join('\n'),
  },
];
