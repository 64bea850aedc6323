import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Nineteenth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (l028–l040), written blind and labelled by hand. */
export const NINETEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // scenario: checkout-first-order
    id: 'l028',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text: "So, the way I see it, the engineers run the flag and the traffic split, and my job is the product calls: who sees the one-page checkout first, and when we pull it. I'd start with employees, then the Insiders programme, then the coupon browsers, because their baskets are small and a lost order there costs little. Returning customers next; they're the ones who loved it in the lab. First-time buyers and wholesale accounts go last. First-timers have no saved address or card, so the autofill that makes this nice for regulars does nothing for them, and they're exactly who the spring campaign brings in. Wholesale orders are worth many times a normal one. If something goes wrong, the on-call engineer turns the flag off straight away, any time of day, no meeting needed, and everyone is back on the three-step checkout within a couple of minutes. And I'd keep an eye on conversion along the way.",
  },
  {
    // scenario: support-model-upgrade
    id: 'l029',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      'Hi Dana,',
      '',
      "Quick thoughts on the bigger model before Thursday's review.",
      '',
      "Before it answers a single real question, I want the stop conditions written down and agreed. Hallucination rate from the eval harness on payslip and leave questions: no more than 1 point worse than today. Thumbs-down: up no more than 10 %. p95 response time: under 5 seconds. Cost per conversation: no more than 30 % above the current model. Finance asked, and that's the number I'd give them. If any of those trips, it comes out.",
      '',
      "One more thing. The offline evals going up three points doesn't tell us the new model is better for users, and the canary won't either, because the people who see it first aren't a random sample. If we want to say it answers better, that's a proper A/B test afterwards.",
      '',
      "Happy to talk through rollout order when you're back.",
      '',
      'Sam',
    ].join('\n'),
  },
  {
    // scenario: search-tail-latency
    id: 'l030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Search index canary (notes)',
      '- Stages: 1 %, 5 %, 25 %, 50 %, then everyone. Sit at each one for at least two days so the heavy filtered queries from the working week show up, and only move when the tail has stayed inside the limits for the last 24 h.',
      '- Limits, fixed before the first query goes to the new index: p99 latency no more than 300 ms above the old index, p99.9 under 4 s, errors and timeouts no more than 0.2 pp above control, searches ending in a click down no more than 2 % vs control.',
      '- Every step needs a yes from me and the search lead, written in the release channel.',
      '- Watch the tail, not the median. The median got faster in testing, which is exactly why it tells us nothing here.',
    ].join('\n'),
  },
  {
    // scenario: pricing-page-healthy
    id: 'l031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "honestly for a pricing page this feels pretty low risk, nothing in the backend changes and the checkout is the same. I'd get it out a bit before Friday so it's definitely live when marketing's campaign starts, keep an eye on things, and if anything looks off we can just revert it. that's the nice thing about canary releases, you find problems with a small group before everybody sees them. I'd also make sure marketing knows the timeline and check the table looks right on mobile. then open it to everyone.",
  },
  {
    // scenario: quiet-feedback-trap
    id: 'l032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "The new model is cheaper and faster, which is good news for the clinics and for our margins. I would roll it out to a small percentage of clinics first and see how it goes. Since vets don't rate summaries very often, I'd add a friendly in-app prompt encouraging them to leave more feedback. If the summaries seem worse, we would switch back. The data science team would run their evaluations and let us know if anything looked wrong. Over a couple of weeks we would get everyone onto the new model.",
  },
  {
    // scenario: image-resizer-memory-leak
    id: 'l033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. Image resizer, new photo format. 1 % 5 % 25 % 50 % 100 %. p99, p95, memory, heap, restarts, OOM kills, pods. Staff, beta sellers, hobby sellers, professional sellers, brand stores. Rollback, sign-off, gates, holds, 24 h, 48 h, Thursday. Thresholds 0.5 %, 200 ms, 2 % conversion, baseline, control cohort. Dashboards, SRE, on-call, routing, config flip, under five minutes. Benchmarks 20 % faster, leak, slow over a day, restart only on deploy. Canary vs A/B test, safe vs better. PM owns, engineering owns, segments, listing pages, resized images, error budget.',
  },
  {
    // scenario: lunch-peak-recommendations
    id: 'l034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      '- recommendation model v2, feature stores, regional, sized for old model',
      '- Singapore / Kuala Lumpur lunch, 06:00 Berlin, Europe/Berlin, SGT',
      '- staff, preview, Asia, Germany + Austria, Plus subscribers',
      '- eval harness, hallucination, thumbs-down, "not interested", p95, compute cost per request, tokens',
      '- thresholds: 0.5 pp, 150 ms, 3 %, 20 %',
      '- ramp 1 / 5 / 25 / 50 / 100, holds, gates, metric-based',
      '- sign-off ML lead / PM, on-call Singapore, gateway, rollback < 5 min',
      '- canary ≠ A/B, randomised, lift, baskets',
      '- ownership: PM vs eng',
    ].join('\n'),
  },
  {
    // scenario: staff-cohort-artifact
    id: 'l035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I don't think bigger photos and a size guide need a formal canary plan. We're not going to sit down and agree rollback numbers before launch, and I wouldn't hold at 5 % or 25 % waiting on gates; these are product photos, not payments. I also wouldn't bother with an order like employees first, then the insider programme, then shoppers, with Plus members last. That kind of careful sequencing is overkill for a page layout. Nobody needs to sign off each step, and I don't want a rule where the on-call engineer can pull the release in the middle of the night without asking me. There's no reason for an A/B test afterwards either. Ship it to everyone on Tuesday morning and move on.",
  },
  {
    // scenario: prompt-locale-thumbs-down
    id: 'l036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Summary: Ship the warmer system prompt to all users.',
      'Scope: English and German, everyone at once.',
      'Not in scope:',
      '- Staged exposure by language or cohort (no staff-first, no early-access writers first, no holding German back).',
      '- Pre-agreed limits on thumbs-down, acceptance rate or errors.',
      '- Eval harness checks on formal address in German, p95 latency tracking, tokens per draft.',
      '- Holds between steps or a sign-off per step.',
      '- Giving on-call the authority to revert the prompt without product approval.',
      '- A follow-up A/B test.',
      'Acceptance criteria: the new prompt is live for 100 % of users by end of day Wednesday.',
    ].join('\n'),
  },
  {
    // scenario: after-the-sale-healthy
    id: 'l037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The nice thing about a canary here is that it doubles as our experiment. The Members' club and casual visitors get reviews above the fold, everyone else keeps the old page, and after a week we compare purchases between the two groups. If the canary group buys more, we've proved the change works and I can take that straight to leadership. Order: employees first, then the Members' club, then casual visitors, then regular customers. First-time buyers and guides and clubs go last: first-timers are the ones who lean on reviews most, and the clubs place the big orders. Stages of 5 %, 20 %, 50 % and 100 %, holding two days at each and not moving until errors and page load time have been steady for the whole hold. If something breaks, the on-call engineer switches the flag off immediately, at any hour, without waiting for anyone, and the old page is back in about a minute.",
  },
  {
    // scenario: support-model-upgrade
    id: 'l038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Notes from the release planning call',
      "- A model is a service like any other. If the new one throws errors or gets slow, we roll it back; if it doesn't, it's fine. Error rate and latency are what we watch, and that's all that matters for it. Quality is already settled by the offline evals, which went up three points.",
      '- Order agreed: support agents, then the Preview programme, then workspace admins, then members. Trials and enterprise customers last; trials because a bad first impression loses the sale, enterprise because they escalate.',
      '- Stages 5 %, 25 %, 50 %, 100 %, each held at least two days, and we only move when the previous stage has been clean for the last 24 h.',
      '- Advancing: PM and ML lead both approve each step, in writing.',
      '- Rollback: whoever is on call, any hour, switches the gateway back to the old model without asking. A few minutes, no redeploy.',
    ].join('\n'),
  },
  {
    // scenario: booking-purchases-lag
    id: 'l039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The new date picker is a real improvement. The old one made guests click through month by month, and on mobile the calendar barely fit the screen. I'd want to make sure the new one is accessible: keyboard navigation, screen-reader labels on each day, and enough contrast on the unavailable dates. The shorter form is good too; we dropped the fields almost nobody filled in. Long term, I'd like the picker to suggest flexible dates when a home is booked, and to show the price for each night right on the calendar, since guests often compare homes at home with a partner before deciding.",
  },
  {
    // scenario: lunch-peak-recommendations
    id: 'l040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'honestly the bigger question for me is the team',
      "we're all in Berlin and half our customers are in Singapore and KL",
      'nobody here really understands what people there put in a basket',
      "I'd hire a small data team in Singapore this year",
      'and get local merchandisers to review what the home screen shows',
      'also the new model reads a lot more features. are they the right ones?',
      "I'd want a proper feature review with the ML folks, maybe drop a few",
      'and longer term we should think about regional models instead of one global one',
    ].join('\n'),
  },
];
