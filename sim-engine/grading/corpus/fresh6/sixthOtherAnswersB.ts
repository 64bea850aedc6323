import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixth blind set, author B — the rest (n028–n040): middling, weak, salad, negated,
 * misconception-led and off-topic answers.
 */
export const SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'n028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "For the one-page checkout I'd start with people who work here, then customers in our early-access list, and leave first-time buyers for last, since they're the ones this change is most likely to lose. I'd want clear stop numbers before we begin: checkout errors no more than 0.5 % above the old flow, p99 no worse by 200 ms, and first-order conversion not more than 2 % down versus the group still on three steps. If any of those trip, whoever is on call turns the feature flag off, day or night, no meeting needed, and everyone is back on the old checkout within a couple of minutes. Then we'd grow it until everyone has it.",
  },
  {
    id: 'n029',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      '1) I own the rollout decisions for the new support model; engineering owns the deploy.',
      '2) Go 1% -> 10% -> 30% -> 100%, waiting at each step until we have a few thousand conversations, because payslip questions cluster at month end and we need to see one.',
      '3) I sign off every step with the support team lead.',
      '4) Watch more than errors: hallucinations on our eval set, thumbs-down rate, p95 latency and token cost, because the bigger model costs more per answer.',
      '5) If it looks off we go back.',
    ].join('\n'),
  },
  {
    id: 'n030',
    scenario: 'service',
    class: 'middling',
    points: points('C A'),
    text: "Hmm, for search on the new index... I think I'd want to start internally, our own researchers using it, then the institutions that volunteered as beta partners, and the free tier after that, with the big institutional licences last because they pay and they complain loudly. I'd keep an eye on latency and on whether people find what they need, and move it along when it feels stable. And I'd be careful in the write-up not to claim the new index is better just because the canary went fine — that would need a proper randomised test. I'm not sure what else. Probably I'd ask engineering what percentages they usually use.",
  },
  {
    id: 'n031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'So with the summariser, I think the main thing is communication. I would tell the clinics that a new model is coming, ask them to send feedback, and keep an eye on the dashboards. If something goes wrong engineering will handle it. Gradual rollout is always better than everything at once. I would also want to make sure the vets get some training on what changed, so they are not surprised when the summaries look a bit different, and I would check in with our biggest clinics personally after a few weeks.',
  },
  {
    id: 'n032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "I would do the payment SDK update as a canary, meaning some users get it and some don't. We compare and see if it works. Android is tricky so we'd want to test on many devices beforehand. When we are confident, we release to all users, maybe over a week or two. I'd also loop in customer support so they know what to say if payments fail, and make sure the provider's account manager is on standby in case we need help.",
  },
  {
    id: 'n033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'canary. staff. beta. 1 5 25 50 100.',
      'p99 200ms errors 0.5% conversion 2%',
      'hold gate sign-off rollback on-call 24/7 < 5 min',
      'PM owns. A/B after. safe not better.',
      'baseline control cohort enterprise last',
      'metric gate. volume. 25% business metric. eng lead + PM.',
      'config flip, not redeploy. night. ride-hailing. fare service new.',
    ].join('\n'),
  },
  {
    id: 'n034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Model canary rollout eval harness hallucination rate thumbs-down p95 tokens per query cost guardrail plus ramp staged exposure cohort internal then opted-in then general plus thresholds pre-committed rollback config flag minutes plus owner PM gate sign-off hold volume plus randomised A/B is-it-better versus is-it-safe, all of it, 0.5 % 200 ms 2 % 1 5 25 50 100.',
  },
  {
    id: 'n035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "Honestly, I wouldn't bother with a staged order of staff, beta and then everyone for a pricing page — random 5 % is fine. Writing down rollback thresholds in advance also feels like overkill; we'd see it on the dashboard if something broke. I wouldn't hold at each stage either, and there's no need for anyone to sign off. If it goes badly we'd redeploy the old page, which is an afternoon's work. I'm not going to run a separate A/B test afterwards; if the canary numbers look good, that's our proof the new table converts better.",
  },
  {
    id: 'n036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "People will tell you the PM should own the rollout plan for a prompt change. I don't agree — it's a prompt, the prompt engineer should just decide.",
      "You'll also hear that you need hallucination evals and per-language thumbs-down tracking. For a tone tweak that's bureaucracy; the prompt was reviewed and it's fine.",
      "Some teams insist on an on-call person who can revert at 3 a.m. We don't need that for wording.",
      'So: ship it to everyone Monday morning and read the feedback by Friday.',
    ].join('\n'),
  },
  {
    id: 'n037',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text: "For the new date picker I'd treat the canary as our experiment. Put staff in first, then opted-in guests, then regular guests, and compare bookings between the canary group and everyone else. If the canary group books more, we've proven the new page is better and can go to 100 %. I wouldn't fix a threshold beforehand, because bookings lag by hours — I'd rather watch the numbers as they come in and decide what counts as a drop once I see the shape of the curve.",
  },
  {
    id: 'n038',
    scenario: 'model',
    class: 'misconception',
    points: [],
    text: [
      'My approach for the recommendation model:',
      '- Put 50 % on it straight away so the sample is big enough to be statistically significant.',
      '- The success criterion is basket size: if the canary half buys more, the model wins.',
      '- Error rate and latency are engineering metrics; as long as the model is more accurate offline, they are secondary.',
      '- Once we have significance, we move everyone over and write up the lift for the quarterly review.',
    ].join('\n'),
  },
  {
    id: 'n039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "Before the release I'd want to understand why we're changing the product page at all. I'd talk to customers, look at where they drop off, and write a one-pager with the problem statement, the target persona and the success metric. Then I'd get buy-in from design and marketing, make sure the copy is localised for every European market, and plan a launch email and a blog post. Stakeholder alignment is really the hardest part of any launch.",
  },
  {
    id: 'n040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: "Good question. I think it's worth starting with how large language models work: they predict the next token from a huge training set, and larger models with longer context windows usually reason better. For payroll that matters because employees ask about tax codes and leave rules, which vary by country. I'd also think about the data-protection side — payslips are personal data, so we need a data-processing agreement with the model vendor and clear retention rules. That's where I'd focus.",
  },
];
