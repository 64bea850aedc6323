import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fresh held-out middling answers (f009–f014): some points done well, the rest vague or absent. */
export const FRESH_MIDDLING: readonly LabelledAnswer[] = [
  {
    id: 'f009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text:
      "I'd route a small share of support conversations to the bigger model and compare it with " +
      'the current one. The rollback triggers would be: hallucination rate from the eval harness up ' +
      'by more than one point, thumbs-down rate 20 % higher than control, p95 latency more than half ' +
      'a second slower, or cost per conversation more than 30 % higher. We would go 2 %, 10 %, 30 %, ' +
      '100 %, staying at least two days at each step so there is enough feedback to judge. If ' +
      "everything still looks fine at 100 % we're done.",
  },
  {
    id: 'f010',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text:
      'As the PM I own the rollout decisions rather than the mechanics. I would start with listings ' +
      'from our own staff accounts, then sellers who joined the beta programme, then small sellers, ' +
      'and the top sellers last, since they bring in most of the revenue. We would watch error rates ' +
      'and memory, especially memory, because the service only restarts on deploys, and if something ' +
      'seems wrong we pull it. Pulling it is easy: the on-call engineer can point the image route back ' +
      'at the old resizer at any hour, which takes a couple of minutes. After a few days we go to ' +
      'everyone.',
  },
  {
    id: 'f011',
    scenario: 'model',
    class: 'middling',
    points: points('C A M'),
    text: [
      '- first: internal users, German-speaking staff included; then beta opt-ins; then everyone else, business accounts last',
      '- watch: thumbs-down per language, the eval harness for hallucinations and wrong formality, p95 latency, tokens per reply',
      "- the canary only shows nothing's broken; whether warmer is better we'd find out in a proper randomised A/B test later",
      '- ramp: gradually, depending on how it goes',
    ].join('\n'),
  },
  {
    id: 'f012',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Pricing page:',
      '- Limits agreed up front: error rate 0.5 % above control, p99 +200 ms, plan upgrades −2 % vs baseline.',
      "- It's a low-risk surface change, so time-based holds are fine: 10 % for 24 hours, 50 % for 24 hours, then 100 %, all before the Friday campaign.",
      '- At each step the web lead and I both approve before it moves on.',
      '- Whoever is around can deal with problems.',
    ].join('\n'),
  },
  {
    id: 'f013',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'Q: What would you own as the PM in this rollout?',
      "A: The calls on who gets it and when we abort. I'd say employees first, but staff hardly ever buy, so I'd move quickly on to the early-access customers and then a small group of regular shoppers, with loyalty members last.",
      'Q: When would you abort?',
      'A: If errors climb half a percent over control, p99 gets two hundred milliseconds slower, or add-to-basket drops two percent against the customers without the new pages. We would fix those numbers before it starts.',
      'Q: How would you ramp it?',
      'A: Step by step, I guess, and see how it goes.',
      'Q: And if you need to go back?',
      "A: We'd sort that out with engineering at the time.",
    ].join('\n'),
  },
  {
    id: 'f014',
    scenario: 'model',
    class: 'middling',
    points: points('H R M'),
    text:
      'We put the new model on 1 percent, then 5, then 25, then 100, and we stay on each step ' +
      'minimum two days, because the feedback is coming slow. We look at hallucination from the eval ' +
      'set, thumbs down and the cost per summary. If it become bad, the on-call engineer can switch ' +
      'back the model in the gateway, it take few minutes, also in the night. I think this is okay.',
  },
];
