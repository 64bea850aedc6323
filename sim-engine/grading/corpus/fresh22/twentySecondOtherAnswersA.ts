import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-second fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers ab008–ab020, written blind and labelled by hand.
 */
export const TWENTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'ab008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "I'd be careful with this one, because first-time buyers are exactly who the spring campaign brings in, and the lab only tested returning customers. So the order matters. Staff first, then returning customers who opted into the beta, since they already have saved addresses and cards, which is what the new page is built around. Then returning customers in general, and first-time buyers last, only after the rest has gone cleanly.",
      "Before launch I'd write down what stops it: checkout errors more than 0.5 % over the old checkout, or completed first orders down more than 2 % compared with buyers still on three steps. We'd go 1 %, 5 %, 25 %, 50 %, then everyone, holding each step for at least two days and not moving while either number is off. I'd also want to start at least three weeks before the campaign, so there's room to stop.",
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'ab009',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text: [
      "- Before it goes on, agree the limits: hallucinations on the eval harness above 2 % of sampled answers, thumbs-down up more than 3 points, cost per conversation more than 40 % above today's, p95 latency over 3 s. Hit any of those and it comes out.",
      '- Watch those plus hand-offs to a human agent, not only the error rate. A bigger model fails by being wrong, not by crashing.',
      "- Finance's question gets answered by tokens per conversation in the canary group.",
      "- Don't treat the canary as the verdict on whether it's better. Three offline eval points and a clean canary still don't show that; an A/B test on resolution rate does.",
      '- Then roll it out to everyone.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'ab010',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      "The new index layout and the switch-over are engineering's. My part as PM is the go/no-go: every time we widen the new index I sign that off together with the search lead, and nothing widens without both of us.",
      "The on-call engineer can put search back on the old index at any time of day without checking with anyone. It's an alias swap that takes under a minute, and I'd much rather they do it and explain in the morning than wait for me.",
      "Beyond that, we'd put it out gradually, keep an eye on how search is behaving, particularly the slower filtered queries, and take it from there.",
    ].join('\n\n'),
  },
  // pricing-page-healthy
  {
    id: 'ab011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only the pricing page and nothing in the backend changes, so I don't see this as a high-risk release. I'd get it live before Marketing's campaign on Friday so the links land on the new table, maybe showing it to some users a bit earlier just to be safe. After that I'd look at the analytics and see whether people seem to like the comparison table. If anything looks wrong we can always change it back. I'd also check with engineering and marketing that everyone is comfortable with the timing.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'ab012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I'd give the new prompt to a small group of users first and see how it goes. Prompts are easy to change, so the risk is fairly low. I'd ask the team to keep an eye on the feedback and the dashboards, and if people seem unhappy we can tweak the wording. German might need a bit more attention since the prompt was reviewed in English, so at some point it'd be worth having someone who speaks German look over a few outputs. Once it all looks fine we'd give it to everyone.",
  },
  // image-resizer-memory-leak
  {
    id: 'ab013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Image resizer canary. New photo format, 20 % faster, Thursday. Staff, beta sellers, small sellers, large sellers last. 1 % 5 % 25 % 50 % 100 %. Error rate +0.5 %, p99 +200 ms, conversion −2 %, baseline, control cohort. Memory, restarts, deploys, 24 h, 48 h, time-based, metric-based, gates, holds. PM ownership, engineering ownership, routing, flag. Sign-off, eng lead, PM, each stage. On-call rollback, config switch, 3 minutes, night, weekend, no redeploy. Safe versus better, randomised A/B, lift. Listing pages, resized images, latency tail, memory growth over hours.',
  },
  // quiet-feedback-trap
  {
    id: 'ab014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Vet summaries, cheaper model, faster model, canary. Eval harness 1/200, hallucination rate, omissions, thumbs-down, sparse ratings, p95, tokens per summary, cost per query, few hundred per minute. Internal, advisory clinics, early access, new clinics, large practices, last. 1 → 5 → 25 → 50 → 100. Errors +0.5 %, p99 +200 ms, −2 % vs baseline. 48 h holds, metric gates, sample size, volume, statistical power. Sign-off: PM, ML lead. Rollback, on-call, 24/7, flag, under 5 min. Canary vs A/B, randomised, safe, better. Ownership, engineering, PM, routing, decisions.',
  },
  // staff-cohort-artifact
  {
    id: 'ab015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, for bigger photos and a size guide I wouldn't bother with most of the ceremony. I wouldn't start with employees, since they browse all day and never buy, and I wouldn't put the other segments in any particular order either; a random slice is fine. I don't see the need to write rollback numbers down in advance for a front-end change. I wouldn't do a staged ramp with holds, and I wouldn't ask anyone to sign off each step; that's process for its own sake. I also wouldn't set up an on-call rollback path. If something breaks, engineering can redeploy the old version when they get to it. And I don't think we need a separate A/B test afterwards.",
  },
  // lunch-peak-recommendations
  {
    id: 'ab016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Things I would not do for this release:',
      '- No separate watch on the Singapore lunch hour; one global dashboard is enough.',
      "- No eval harness, no offline replay, no tracking of compute per request. It's a recommendation model, not a chatbot.",
      '- No rollback limits agreed beforehand.',
      '- No cohort order: not staff first, not beta customers first, nobody held back till last.',
      '- No holds between stages and no formal sign-off at each one.',
      '- No on-call authority to roll back; Berlin decides, in office hours.',
      '- No A/B test afterwards.',
      "I'd ship it to everyone on Monday and watch the click-through.",
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'ab017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      "The nice thing about a canary here is that it doubles as our experiment. Leadership wants this out this week, so I'd run the product-page change as a canary and read conversion straight off the canary group against everyone else. If the canary group buys more than the rest, we've shown that reviews above the fold work, and we won't need a separate A/B test.",
      "Engineering owns the flag and the lazy-loading work; my part is deciding what we measure and what goes into the readout for leadership. Stages of 5 %, 20 %, 50 % and 100 %, each held for a full day and widened only once checkout errors and page load have looked normal over that day. If it breaks, the on-call engineer turns the flag off straight away, any hour, without waiting for me; it's a config switch that takes effect in a minute or two. By Friday we'll have the lift number for the leadership update.",
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'ab018',
    scenario: 'model',
    class: 'misconception',
    points: points('C T S R'),
    text: [
      "It's a bigger version of the model we already run and the prompt hasn't changed, so I'd treat it like any other backend swap: the only things worth guarding are error rate and latency. Quality is what the offline evals are for, and they came back three points up, so I wouldn't set up hallucination sampling or watch thumbs-down during the rollout; at canary volume that's noise anyway.",
      "Limits, agreed before we start: errors more than 0.5 points above the current model, or p99 latency more than 500 ms worse. Our own HR staff get it first, then customers in the early-access programme, and the large enterprise payroll accounts last, because they're the least forgiving if something goes wrong. The eng lead and I sign off each increase together, and the on-call engineer can switch the model flag back at any hour without asking, which takes a couple of minutes.",
    ].join('\n\n'),
  },
  // booking-purchases-lag
  {
    id: 'ab019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "What I'd want to understand first is why guests leave the booking page at all. A holiday rental is a considered purchase: people compare three or four homes and talk it over with whoever they're travelling with. So I'd start with interviews and session recordings, map where in the funnel they drop, and check whether the new date picker actually helps with flexible dates, which is what guests ask about most.",
      "I'd also look at shortlists. If guests could share a shortlist with their partner, we'd capture the \"talk it over at home\" moment instead of losing it. On the form, fewer fields is usually good, but I'd keep guest count and arrival time, because hosts need both.",
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'ab020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'The real issue here is how we localise. German business email defaults to Sie, and a prompt written to sound warm in English will nudge the model towards du, which many professional users read as presumptuous. I\'d set up a proper localisation process: a native German speaker on the prompt team, a style guide per language covering address, greetings and sign-offs ("Mit freundlichen Grüßen" versus "Viele Grüße"), and a separate system prompt per locale instead of one English prompt with a note to adapt.',
      "Longer term I'd let users pick a tone, formal, neutral or friendly, and remember it per recipient, since people write to their boss differently from how they write to a friend.",
    ].join('\n\n'),
  },
];
