import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-eighth fresh held-out set, author c: middling (bv048–bv050), weak (bv051–bv052),
 * salad (bv053–bv054), negated (bv055–bv056), misconception-led (bv057–bv058) and off-topic
 * (bv059–bv060) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SIXTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Norfolk speech
  {
    id: 'bv048',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      'Right. A bigger model for the payroll helper. Finance want to know the cost, and fair enough.',
      '',
      "Thass my job to say how fast we go, how long we sit at each step and what we'd stop on; the engineers own the routing, the flag and the deploy, and I dussent touch that side.",
      '',
      "We'd go day one to day five like a test match: day one 2 per cent, day two 10, day three 25, day four 50, day five the lot. At each one we sit two full days and don't move on till the numbers have settled.",
      '',
      "What I'd have on the board the whole way: the hallucination rate out of the eval harness, because a wrong answer about somebody's leave is a proper problem, and the cost per conversation, since that's what finance asked, with the token count per answer alongside it.",
      '',
      "If it look poorly we'd go back to the old one and have a think.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · plain written register
  {
    id: 'bv049',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      "The part of this that worries me is the warm caches: the load test passed, but real Monday mornings start cold. So here's what I'd insist on.",
      '',
      "Who goes first. Our own teams, because we run the whole company's projects in the tool and we'll notice a slow board before any customer does. Then the customers in the beta programme, who opted in and expect rough edges. Then small teams on the free plan. The large paying workspaces go last: they have ten thousand tasks on a board and the most to lose.",
      '',
      "The limits, fixed before the proxy takes a single request: error rate more than half a point per hundred over the present figure; p99 page load more than 300 ms above today's; tasks created or updated per active user more than two points per hundred below the users still on the old cluster. Any one of those and we stop.",
      '',
      "Rolling back: whoever is on call can send traffic back to the self-hosted database through the proxy's routing config at any hour, without asking me or anyone. It takes a couple of minutes and it isn't a redeploy. That's also why the old cluster can't be decommissioned at month's end if we aren't at 100 % by then; the way back has to exist.",
      '',
      "After that we'd ramp up as it goes.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · crossword-hint PM, holds in editions
  {
    id: 'bv050',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'On our crossword-hint model we had this exact bother: moving hints to a cheaper model when hardly a solver ever rates one.',
      '',
      "What I'd do: the rollout goes day one to day five, like a test match, and we hold each day for six editions at the least, because with so few ratings you need near a week of puzzles before the numbers mean anything. Saturday's prize puzzle has to fall inside every hold.",
      '',
      "What we watch: the share of hints the eval harness marks as wrong or as giving the answer away, and we'd have the harness mark far more than one in two hundred, plus the thumbs-down rate from solvers and the cost per hint.",
      '',
      'Nothing moves to the next day till Margaret, the puzzles editor, and Olu from platform have both said "go on, then".',
      '',
      "If it went badly, we'd sort it out.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Norfolk speech
  {
    id: 'bv051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Well, thass only the pricing page getting a tidier table, so I'd not make a great to-do about it. I'd put it out to some people first, keep an eye on how it's doing, and do it look all right we'd let everybody have it before the campaign on Friday. If summat look off we'd have a word with engineering and they'd sort it. Marketing'll be pleased either way, I reckon. Blowing a hooley off Yarmouth today, mind.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · crossword-hint PM, hedged
  {
    id: 'bv052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Prompts are tricky; I've learned that much setting up hints for our crossword. I'd want to be careful with the German users especially, since tone matters a lot there. I'd gather some feedback, have a look at the quality, probably run it past someone who speaks German, and roll it out bit by bit once people seem happy with it. If the reaction is bad, we can always change the prompt again.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · keyword fragments
  {
    id: 'bv053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Day one day two day three day four day five.',
      'Staff, opted-in, early access, long-standing subscribers, print, digital, Singapore, Berlin.',
      'Half a point per hundred, 150 ms, p95, p99, baseline, two points per hundred, present figure.',
      'Hallucination rate, eval harness, thumbs-down, token cost, feature store, lunch peak.',
      'Go on, then. Go on, then. Eng lead, sign-off, gate, hold, twenty-four hours.',
      'Rollback, config switch, on-call, minutes, no redeploy.',
      'Safe not better, A/B, randomised.',
      'PM owns, engineering owns. Canary, cohort, threshold, hold, sign-off, rollback.',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · lower-case slash stream
  {
    id: 'bv054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'image resizer canary / new photo format / 20 % faster / thursday / memory / restarts only on deploy / day one day two day three day four day five / 1 % 5 % 25 % 50 % 100 % / internal sellers beta large sellers last / errors 0.5 points per hundred / p99 200 ms / listings viewed baseline / hold 24 h hold 48 h / sign-off go on then / on-call rollback routing switch 3 minutes no redeploy / safe not better randomised a/b afterwards / pm owns engineering owns / cohorts thresholds holds sign-off rollback canary / cohorts thresholds holds sign-off rollback canary',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · Norfolk speech, every practice refused
  {
    id: 'bv055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be straight with you, I wouldn't go in for the whole canary business on this one.",
      '',
      "I wouldn't start with staff; they dussent order their Friday tea through the app the way customers do. I'd not bother with an early-access group neither, nor save the big restaurant chains for last. I'm not having limits wrote down beforehand for errors or latency or orders, and I wouldn't hold at 1 or 5 or 25 per cent waiting on anything. I don't want a sign-off at every step, not from me nor the engineering lead. I wouldn't set the on-call up with a switch to go back to the old SDK, and I'd not split who owns what between me and engineering neither. And I'd not bother with an A/B test after.",
      '',
      'So: no stages, no limits, no sign-off, no way back. Out to everybody on Thursday, ahead of Friday dinner.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · written "No" list
  {
    id: 'bv056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'What I would leave out of this rollout, and why:',
      "- No staff-first stage and no early-access group: HR people ask the assistant the same questions customers do, so there's nothing to learn.",
      '- No limits agreed in advance for errors, latency or resolved conversations.',
      '- No watching the hallucination rate from the eval harness; offline evals already went up three points.',
      '- No tracking of thumbs-down or of cost per conversation during the rollout; finance can have the cost at the end of the quarter.',
      '- No ramp stages, no holds, no named sign-off at each step, and no separate list of what I own versus engineering.',
      '- No on-call rollback switch to the old model.',
      '- No randomised A/B test afterwards.',
      'The bigger model goes to every customer on Monday morning.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · crossword-hint PM; canary read as the A/B test
  {
    id: 'bv057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      "The nice thing about a canary on the hint model, the way I see it, is that it's our A/B test as well. Readers on the cheap model and readers on the old one, side by side: whichever lot finish more puzzles, that's the better model, and we'll know it from the canary itself without a separate experiment.",
      '',
      "Order: day one the puzzles desk and the setters, who solve every grid and spot a bad hint straight off; day two the panel of readers who opted in to try new things; day three digital readers who've subscribed less than a year; day four the print-and-app bundle; day five the long-time print subscribers, last because they're the ones who write to the editor and cancel.",
      '',
      'Each day holds for a full round of Saturday puzzles, and at the end of it Margaret, the puzzles editor, and Kwame on the platform side both say "go on, then" before it moves.',
      '',
      "All the way through we gate on the harness's wrong-hint rate, with the harness marking one hint in twenty rather than one in two hundred, and on the thumbs-down rate, and we watch cost per hint.",
      '',
      "By day three the canary readers' completion rate tells us whether the cheaper model is the better one, and that's the result I'd take to the editor.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · plain written; only the PM may roll back
  {
    id: 'bv058',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H'),
    text: [
      "One thing first, because people get it wrong: rolling back is my call and nobody else's. If a limit trips at night, the on-call engineer rings me and waits; nothing is switched back until I've looked at it and said so. Rollback is a product decision.",
      '',
      'The rest of the split: I own the order, the limits and how long each stage lasts; engineering own the flag, the routing and the deploy.',
      '',
      'Limits, written down before any traffic moves: page errors no more than half a point per hundred over the present figure; p95 product-page load no more than 300 ms over; add-to-basket and purchases no more than two points per hundred under the baseline shoppers.',
      '',
      'Stages: day one staff, who use the site all day; day two 5 % of customers; day three 25 %; day four 50 %; day five everyone. Each day holds for at least 48 hours and must include a weekend evening before we move on.',
      '',
      "Larger photos and a size guide shouldn't trouble anyone, so I'd expect a quiet week.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Norfolk speech; plans the next sale
  {
    id: 'bv059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "If I'm honest, what I'd want to plan this week is the next sale, not the page. The spring sale, twenty per cent off everything, pulled people in, so I'd sit down with marketing and work out the autumn one: which ranges, whether we do twenty per cent again or something tiered, the run of emails over a fortnight before, and making sure the warehouse has the tents and boots in before it starts. I'd want the buyers in the room, and customer service, so they know what's coming. Then a look back afterwards at what sold and what sat there. Weather on the coast's been that mizzly all week, people'll be wanting waterproofs anyhow.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · crossword-hint PM; a copy-editing plan
  {
    id: 'bv060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "I'd start with the words, not the rollout. The warmer prompt was written by people who only work in English, and German has a whole register question, Sie or du, that nobody checked. So my plan: borrow a German-speaking editor, write a short style guide for both languages (formal by default in German, friendly but not chummy in English), rewrite the prompt with a section for each language, and have the English and German reviewers sign off the wording. Then brief support on the change of tone and update the help-centre article. At the paper we did much the same when the crossword hints got a house style: one editor, one guide, and every setter reading it.",
    ].join('\n'),
  },
];
