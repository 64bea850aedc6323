import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-seventh fresh set, author c: middling (ce048–ce050), weak (ce051–ce052), salad
 * (ce053–ce054), negated (ce055–ce056), misconception-led (ce057–ce058) and off-topic
 * (ce059–ce060) answers, written blind and labelled by hand.
 */
export const SEVENTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'ce048',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Slide 1 — Who gets it first',
      '- Our own staff, who buy their garden things on the shop anyway.',
      '- Then customers who joined the beta list.',
      '- Then returning customers, the ones with three years and more of orders.',
      '- First-time buyers last. The spring campaign lives on them, and the usability lab never saw one of them.',
      '',
      'Slide 2 — Stages',
      '- The morning market (staff), the workroom (beta), the delivery vans (everyone).',
      '- Each stage stays a full week, with a full Friday of orders before Shabbat inside it, before we move on.',
      '',
      'Slide 3 — Who says yalla',
      '- The head of growth and I both say yalla before each stage.',
      '',
      'Slide 4 — What we watch',
      '- Conversion, errors, the speed of the page. If something looks bad, we talk.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ce049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Listen, the bigger model is fine. The question is what it costs and whether it gets payslips wrong.',
      '',
      'Before we start I write the limits down. Cost per conversation more than 30 % over now — khalas. Wrong payslip answers in the eval harness above 2 % — khalas. Thumbs-down worse than now by more than 2 points — khalas. p95 latency worse than now by more than 400 ms — khalas.',
      '',
      "We send a random 10 % of conversations to the new model and look. If a limit breaks, the on-call developer flips back to yesterday's version with the config switch: two minutes, no redeploy, any hour, and they don't need to call anyone.",
      '',
      'Then we go to 100 % when it feels right.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ce050',
    scenario: 'service',
    class: 'middling',
    points: points('T H A'),
    text: [
      'Slide 1 — Numbers, agreed before anything moves',
      "- p99 query time worse than now by more than 200 ms — khalas, it's off.",
      '- p99 for queries with five filters or more worse than now by more than 300 ms — khalas.',
      '- Errors worse than now by more than 0.3 % — khalas.',
      '',
      'Slide 2 — Stages',
      '- 2 % → 10 % → 30 % → 100 %.',
      '- Each stage holds 200,000 queries, 5,000 of them with many filters, and a full working week of the term.',
      '',
      'Slide 3 — If it breaks',
      '- We go back.',
      '',
      'Slide 4 — Cheaper is not better',
      '- The canary says the new index is safe. Whether researchers find papers faster, a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ce051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Yalla, a cheaper model, good for everyone. We put it on a few clinics, we ask the vets if the summaries are OK, and if they are happy we open it to all. If not, we go back. Vets complain fast, believe me.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'ce052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Slide 1 — What: a new comparison table.',
      "Slide 2 — Risk: small. It's a page, not the checkout.",
      'Slide 3 — Plan: live on Thursday, we look at the dashboard on Friday when the campaign starts, we fix what is broken.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ce053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Slide 1 — Canary',
      '- canary cohorts staff beta city years thresholds p99 0.5 % khalas',
      '- morning market workroom delivery vans hold gate yalla nod',
      '',
      'Slide 2 — Resizer',
      '- memory leak restart deploy flag routing config switch minutes on-call any hour',
      "- yesterday's version flip back Friday Shabbat bouquets 20 % faster Thursday",
      '',
      'Slide 3 — Metrics',
      '- error rate latency tail baseline control conversion A/B randomised safe better PM engineering owns',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ce054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Warm prompt German formal du Sie thumbs-down eval harness hallucination tokens per query p95 cohort internal employees early access opted-in last business accounts canary thresholds 2 % khalas stages 1 % 5 % 20 % hold three days yalla head of German market sign-off rollback config on-call any hour no redeploy A/B randomised safe not better b'seder card messages bouquets Friday before Shabbat.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ce055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Slide 1 — Who decides',
      "- I won't draw a line between what I own and what engineering owns. Whoever is in the room decides.",
      '',
      'Slide 2 — Cohorts',
      '- No staff first, no early-access list, no keeping the long-time customers for last. Every city at once.',
      '',
      'Slide 3 — Limits',
      '- We won\'t write numbers before the start. No "worse than now by more than N".',
      '',
      'Slide 4 — Stages',
      "- No morning market, no workroom, no holds. We don't wait through the Singapore lunch peak.",
      '',
      'Slide 5 — Sign-off',
      '- Nobody says yalla, nobody gives a nod.',
      '',
      'Slide 6 — Going back',
      "- We don't plan an on-call flip to yesterday's version, and there is no switch.",
      '',
      'Slide 7 — Model signals',
      "- We won't track recommended items added to the basket, out-of-stock recommendations or feature-store load.",
      '',
      'Slide 8 — A/B',
      '- No randomised A/B test afterwards either.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ce056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Listen, I'm not going to split who owns what; engineering and I will just do it together. Staff first, then the early-access guests, new guests last? No, not doing that, everyone at once. Limits written before? Not this time; it's a date picker, it's not serious. Holds at each stage, a full Friday of bookings? We won't hold anything, the team wants 100 % this afternoon. A named person who says yalla before each step? No, nobody signs. An on-call developer who flips back to yesterday's version in two minutes? We won't set one up. And an A/B test afterwards for whether it is better? No, we won't run one.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ce057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S M'),
    text: [
      'Slide 1 — The canary is our A/B test',
      '- The point of the canary is to prove the bigger model is better. If the conversations on the new model resolve more questions than the rest, that is the proof, and we go to 100 %.',
      '',
      'Slide 2 — Order',
      '- The morning market: our own HR and support staff.',
      '- The workroom: customers who opted into early access.',
      '- The delivery vans: everyone else; first-year customers and the biggest payroll accounts last, because a wrong payslip answer loses them.',
      '',
      'Slide 3 — Limits, fixed before we start',
      "- Thumbs-down worse than now by more than 2 points — khalas, it's off.",
      '- Wrong answers in the eval harness above 3 % — khalas.',
      '- Tokens per conversation more than 40 % above now — khalas.',
      '- p95 latency worse than now by more than 300 ms — khalas.',
      '',
      'Slide 4 — Stages',
      '- 2 % → 10 % → 50 % → 100 %, each held for 3,000 conversations and a payday.',
      '',
      'Slide 5 — Yalla',
      '- The head of support and I both say yalla before each stage.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ce058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      "Listen, numbers before the start? It's not serious. You don't know what normal looks like until you see it. I'd rather watch the dashboard the first day and decide then what is too much.",
      '',
      'What do I own? The order of cohorts and how long we hold. Engineering owns the flag, the routing and the deploy.',
      '',
      'Order: our own staff first, they use the site all day anyway. Then customers who opted into early access. Then everyone by city, and customers in their first year last, because a broken size guide on a first order and they never come back.',
      '',
      'Stages: the morning market with staff, the workroom with early access, then the delivery vans at 25 %, 50 % and 100 %. Each one holds a full week with a Friday of orders before Shabbat inside it.',
      '',
      "If something breaks, the on-call developer flips back to yesterday's version with the flag. Two minutes, no redeploy, any hour, without asking me.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ce059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Slide 1 — How my day starts',
      '- Four in the morning, the flower market. You buy what looks good today, not what was on the list.',
      '',
      'Slide 2 — The workroom',
      "- Roses are conditioned first, greenery last. Each florist has her own table; nobody touches another's.",
      '',
      'Slide 3 — The vans',
      '- Routes by neighbourhood, hospitals before offices, offices before homes.',
      '',
      'Slide 4 — Why I tell you this',
      "- A PM should know the floor. Yalla, that's my answer.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ce060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Listen, about warm versus formal? We learned it on bouquet cards. In Hebrew you can write "Mazal tov, motek" to a colleague; in Russian to a grandmother you write with the full name and the polite form. So our card writer asks first who the flowers are for, then picks the tone. A good prompt gives the model three examples per language, formal and informal, and says when to use which. German is the same story: "Sie" until the other side offers "du". Write the prompt like a good florist writes a card. B\'seder?',
    ].join('\n'),
  },
];
