import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fourth held-out set, author B, the other classes (k028–k040): middling, weak, salad, negated,
 * misconception-led and off-topic answers, labelled by hand (judgement calls in LABEL-NOTES-b.md).
 */
export const FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'k028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H R'),
    text: [
      "ok so for the new search index, here's roughly how I'd do it. people first: our own " +
        'staff, then the labs folks who opted into experimental stuff, then researchers (they run ' +
        "the gnarly filtered queries, so they'll hit the slow tail before anyone), then the " +
        "regular readers, and the institutions with licences go at the very end since they're the " +
        'ones with contracts.',
      '',
      "we'd set the limits up front so nobody argues later: p99 query time no more than 150 ms " +
        'worse than the old index, errors at most 0.3 points up, and searches that end in a click ' +
        "on a paper shouldn't drop more than 2 % vs. people on the old layout.",
      '',
      'traffic goes 2 → 10 → 30 → 60 → 100, and we sit a full day at each one so the weird ' +
        'queries actually show up.',
      '',
      'if anything trips, the on-call SRE just points the load balancer back at the old index, ' +
        'whatever time it is — takes a minute or two. honestly the main thing is watching the ' +
        'tail, the median is going to look great and lie to you.',
    ].join('\n'),
  },
  {
    id: 'k029',
    scenario: 'model',
    class: 'middling',
    points: points('P C A M'),
    text: [
      "As the PM, the thing I'd own is the sequencing and what we consider a stop — engineering " +
        "handles the plumbing of swapping models. For the sequence I'd go internal support agents " +
        'first, since they know the correct answers cold, then the preview customers, then ' +
        "admins, then regular members, and keep enterprise and trials until last because that's " +
        'where a bad answer costs us most.',
      '',
      "What I'd look at is different from a normal release, because a model can be perfectly up " +
        "and still be wrong. So besides errors I'd want the eval harness scoring a sample of real " +
        'conversations for made-up answers, the thumbs-down rate, p95 response time since the ' +
        'model is bigger, and the cost per conversation, which Finance is already asking about.',
      '',
      "We'd increase the share when things look stable and check in with the team regularly.",
      '',
      "One thing I'd be clear with leadership about: a good canary doesn't prove the new model " +
        "is better than the old one, just that it's not hurting anyone. If we want to know it's " +
        "better, we'd run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'k030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Proposal for the single-page checkout.',
      '',
      'Exposure: a random 5 % of sessions to start, then widening.',
      '',
      'Guardrails, fixed before launch: checkout error rate no more than +0.5 pp versus ' +
        'control; p99 page load no more than +250 ms; order completion no more than 2 % below the ' +
        'baseline cohort.',
      '',
      'Schedule: 5 % → 20 % → 50 % → 100 %, a time-based hold of 24 hours at each stage, which ' +
        'I consider adequate for a front-end change.',
      '',
      'Approvals: the product lead and the engineering manager both approve each stage in the ' +
        'release ticket.',
      '',
      'If a guardrail is breached, we revert the change in the next deploy and investigate.',
    ].join('\n'),
  },
  {
    id: 'k031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "I'd roll the new recommendation model out gradually rather than all at once, and monitor " +
      "the dashboards closely as it goes. I'd keep data science and engineering in a shared " +
      'channel so we can react quickly, and keep stakeholders updated with a short daily ' +
      'summary. If the numbers look okay we keep increasing, and if anything looks off we can ' +
      'pause. The main thing is good communication and not rushing it. Recommendations are a ' +
      "big part of the home screen, so I'd want the team to feel confident before we call it " +
      'done.',
  },
  {
    id: 'k032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'So a canary release means you give the new version to a small part of your users before ' +
      'everyone else. The name comes from the birds in coal mines. For the image resizer I ' +
      'would do that: deploy it to a small group, make sure it works, and then increase. Since ' +
      "the team says it is 20 % faster I think it should be fine, but it's always good to be " +
      'careful, and we can roll back if needed. I would also tell the sellers in advance so ' +
      'they are not surprised.',
  },
  {
    id: 'k033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'canary',
      'staff beta enterprise',
      '1 5 25 50 100 %',
      'p99 200ms error 0.5 conversion 2%',
      'sign-off gate hold',
      'rollback config <5 min on-call 24/7',
      'PM owns',
      'A/B safe better',
      'storage proxy cluster cache',
      'threshold pre-commit cohort baseline',
      'metric-based gate enterprise last',
      'warm cache cold cache load test peak',
      'decommission end of month',
      'free teams 30 47 15',
      'Monday peak 8h clean',
      'rollback rollback',
      'proxy pool 80%',
      'SRE infra lead go/no-go',
      'errors latency conversion baseline control',
      'A/B later randomised',
    ].join('\n'),
  },
  {
    id: 'k034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text:
      'Canary-first model-upgrade velocity, hallucination eval-harness thumbs-down p95 ' +
      'token-cost guardrails, PM-owned, internal → early-access → power-user → enterprise-last ' +
      'cohort sequencing, 1/5/25/50/100 metric-gated sign-off cadence, 0.5 % error 200 ms p99 2 ' +
      '% conversion baseline-cohort-relative thresholds pre-committed, on-call 24×7 config-flip ' +
      'sub-five-minute rollback readiness, canary-safe A/B-better paradigm, feedback-signal ' +
      'cost-per-query alignment, support-assistant payslip leave context-window north-star, ' +
      'preview-admin-member-trial blast-radius minimisation, eval-sample 2,000 graded-answer ' +
      '12h-stable 48h-cap promotion-readiness, finance-aligned cost-per-conversation 40 % ' +
      'envelope, rollback-rehearsal 1 % router-config operational excellence, safe-not-better ' +
      'learning-agenda holistic stakeholder-aligned canary maturity.',
  },
  {
    id: 'k035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "Honestly, for a pricing page I wouldn't run a staged canary at all. No staff-first, no " +
      "labs group — employees aren't buying our subscription, so what would they tell us? I " +
      "also wouldn't write thresholds down in advance; until the campaign traffic arrives we " +
      "don't know what normal looks like, so any number we picked now would be made up. A ramp " +
      "with holds and somebody signing off every step is process for process's sake on a page " +
      "that has no backend. And I don't see the point of having an on-call person ready to flip " +
      "it back at night — if something's wrong, we fix forward on Monday. No follow-up A/B test " +
      'either; marketing has already decided the new table is better. Ship it Friday morning to ' +
      'everyone.',
  },
  {
    id: 'k036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I know the textbook answer. You'd put internal agents first, then preview customers, " +
        "keep enterprise for last. You'd agree limits on error rate, p99 and resolution rate " +
        'before launch, add the eval harness and thumbs-down and cost per conversation on top, ' +
        'ramp one, five, twenty-five, fifty, with a named sign-off at each gate, and give on-call ' +
        "the right to flip back in minutes. Then an A/B test to see whether it's actually better.",
      '',
      "I've seen that plan in a lot of decks, and I'd skip most of it here. The model vendor " +
        'has done the evaluation; offline evals went up three points. Hand-picking cohorts slows ' +
        'us down for no real information. Written thresholds become a negotiation that nobody ' +
        'revisits. Gate sign-offs just mean waiting for me to be online. Rollback authority for ' +
        "on-call sounds good until someone rolls back on noise at 3 a.m. — I'd rather keep that " +
        'decision with me. So: none of that. Switch the model for everyone on Monday and read the ' +
        'support tickets on Friday.',
    ].join('\n'),
  },
  {
    id: 'k037',
    scenario: 'model',
    class: 'misconception',
    points: points('C'),
    text: [
      'The canary is really our experiment for the warmer prompt. Staff go first, then the ' +
        'early-access users, then English users, then German users, and the teams accounts last ' +
        'because they pay the most.',
      '',
      "The key is what we learn: at 5 % we compare the canary users' thumbs-up and accepted " +
        'suggestions against everyone still on the old prompt. If the canary group is happier, ' +
        "that proves the warmer tone works and we ramp to 100 %. If it's flat, we've learned the " +
        "tone doesn't matter and we can ship it anyway. Because the canary already gives us the " +
        "comparison, we don't need a separate A/B test afterwards — that would just repeat what " +
        'the canary showed us.',
      '',
      "I wouldn't bother with fixed rollback numbers; the experiment tells us which way to go.",
    ].join('\n'),
  },
  {
    id: 'k038',
    scenario: 'service',
    class: 'misconception',
    points: points('R'),
    text: [
      "My view is that you can't pick sensible thresholds before you see real traffic. So for " +
        "the new booking page I'd go to 5 %, sit with the dashboard for the first hour, get a " +
        'feel for what bookings and errors normally do, and then set the limits based on what I ' +
        "see. If a number moves in a way that worries me, I'll decide on the spot whether it's a " +
        'problem. After that we go to 50 %, then 100 % the same afternoon, since the team wants ' +
        'it out today.',
      '',
      "The on-call engineer can flip the feature flag back at any time of day; it's instant, " +
        'about a minute.',
      '',
      "And if bookings look higher in the canary group than in control, that's great — it means " +
        'the new date picker is better, and we have our proof for the design team.',
    ].join('\n'),
  },
  {
    id: 'k039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "I'd think about this as a launch, not just a page change. The campaign on Friday is the " +
      'moment, so the pricing page has to tell one clear story: three tiers, with the middle ' +
      'one as the obvious choice, annual billing shown as a monthly price with the saving ' +
      'spelled out, and a comparison table that leads with what creators actually care about — ' +
      "export quality, watermark, storage. I'd get sales and support a one-page FAQ before " +
      'Friday so they answer questions the same way, line up a short email to existing ' +
      'subscribers so nobody feels the old prices were a trick, and agree with marketing which ' +
      'numbers we report on Monday: visits from the campaign, plan mix and trial starts. Longer ' +
      "term I'd like to revisit the pricing itself — the jump from hobbyist to studio is steep " +
      "and we're probably leaving a tier on the table.",
  },
  {
    id: 'k040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      "Before anything else I'd want to know whether we should switch models at all. Finance is " +
      "asking about cost per conversation, so I'd build the business case: how many " +
      'conversations a month, average tokens in and out, price per thousand tokens on the new ' +
      "model versus the old, and what a resolved question saves us in support tickets. Then I'd " +
      'look at the vendor side — contract terms, whether we can commit to volume for a ' +
      'discount, data-processing terms for payroll data in the EU, and whether a second vendor ' +
      "gives us leverage. Offline the model is three points better on short questions, but I'd " +
      "ask the ML team for results on long, multi-turn payroll questions too, since that's " +
      "where the longer context window should pay off. If the numbers work, I'd take it to the " +
      'leadership meeting with a recommendation and a budget.',
  },
];
