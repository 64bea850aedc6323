import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixteenth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers d048–d060, written blind and labelled by hand. */
export const SIXTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'd048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    // scenario: image-resizer-memory-leak
    text:
      "The benchmark says 20 % faster, but a rewrite like this can fail slowly, so I wouldn't " +
      "rush it for Thursday. I'd go 1 %, 5 %, 25 %, 50 %, 100 %, and hold each step for at " +
      'least 24 hours, because the service is only restarted on deploys and anything that ' +
      'builds up over time, memory or garbage-collection pauses, needs a day to show. Before ' +
      "starting I'd agree rollback limits with the team: error rate more than 0.5 points above " +
      'the old resizer, p99 image latency more than 200 ms worse, or memory per instance ' +
      'growing by more than 10 % a day. If any of those trips, the on-call engineer switches ' +
      'the load balancer back to the old resizer straight away, at any hour, without waiting ' +
      'for a meeting; that takes a couple of minutes.',
  },
  {
    id: 'd049',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    // scenario: lunch-peak-recommendations
    text: [
      'Notes for the recommendation model rollout.',
      "Who first: staff, then the preview programme, then Germany and Austria, then Singapore and Kuala Lumpur, with Plus subscribers last since they're our best baskets. The Asian markets go after Europe because their feature store is the one nobody has load-tested with the new model.",
      "Holds: stages at 1, 5, 25, 50 and 100 %, and every stage stays put for at least 24 hours so each region lives through its own lunch peak. Singapore's lunch is early morning for us in Berlin, so a stage started at 9 a.m. and promoted by the evening has never seen it.",
      "What to watch besides errors: add-to-basket rate from the recommended baskets, the share of users who dismiss a recommendation, p95 response time per region, and feature-store lookups per request as our cost signal. I'd also have the offline relevance eval run daily on a sample of live requests.",
    ].join('\n'),
  },
  {
    id: 'd050',
    scenario: 'service',
    class: 'middling',
    points: points('P S A'),
    // scenario: search-tail-latency
    text:
      'Honestly, the main thing for me is being clear about roles. The search team owns the ' +
      'index migration and the traffic split; how the new layout gets served is their call. ' +
      'What I own is the release decision: whether we go, whether we go further, and when we ' +
      "stop. So at each step up it's me and the search lead who sign off together, in the " +
      "release doc, and nobody else moves the dial. And I'd be careful about one thing the team " +
      'will want to say afterwards, that the new index is better because the median got faster. ' +
      "The canary can't tell us that; it only checks that nothing is broken for the people on " +
      'it. If we want to say search is better for researchers, we run a proper randomised A/B ' +
      'test afterwards, with result clicks as the metric.',
  },
  {
    id: 'd051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    // scenario: pricing-page-healthy
    text:
      "It's just a pricing page, so honestly I'd keep this light. Put it out to a small group " +
      'first, keep an eye on things for a bit, and if nothing looks off, open it up to everyone ' +
      "before marketing's Friday campaign. Engineering can handle the mechanics. If there's a " +
      'problem we can always revert it. The main thing is making sure the page looks good and ' +
      "the comparison table is clear, so I'd get design to approve it beforehand and make sure " +
      'marketing has the right link.',
  },
  {
    id: 'd052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    // scenario: support-model-upgrade
    text:
      "The new model scored three points higher on the evals, which is a great sign, so I'm " +
      "fairly confident in it. I'd roll it out gradually over a few days, watch the dashboards, " +
      "and make sure the support team knows it's coming so they can flag anything odd. For " +
      "Finance, we can work out the cost per conversation once it's fully live and we have real " +
      "numbers. If customers seem unhappy, we'll switch back. I'd also update the help-centre " +
      'article so people know the assistant can handle longer questions now.',
  },
  {
    id: 'd053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    // scenario: staff-cohort-artifact
    text:
      'Canary. Employees, insider programme, shoppers, new customers, Plus members. 1 % / 5 % / ' +
      '25 % / 50 % / 100 %. Conversion baseline, cohort artifact, staff browsing, p99 200 ms, ' +
      'error rate 0.5 pp, conversion −2 %. Holds, gates, sign-off, eng lead, PM. Rollback: ' +
      'routing, flag, on-call, 24/7, under 5 min. A/B test, randomised, significance 95 %. Size ' +
      'guide, larger photos, product page. Metrics, dashboards, thresholds, segments, ' +
      'ownership. Time-based vs metric-based, 6 h, 12 h, 24 h. Control group, baseline cohort, ' +
      'evening peak 20:00, safety vs better.',
  },
  {
    id: 'd054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    // scenario: quiet-feedback-trap
    text:
      'vet summaries — cheaper model — eval harness 1 in 200 — hallucination, dosage, ' +
      'medication list — thumbs-down, low feedback rate — p95, tokens, cost per summary — ' +
      'employees, pilot clinics, clinics, hospital groups — 1 5 25 50 100 — 12 h, 24 h — pm, ' +
      'eng lead, sre — rollback config, minutes — canary vs a/b — safety, significance, ' +
      'control, baseline — 0.5 pp, +1 pp, +20 % — multi-medication notes, grading 1 in 20, 400 ' +
      'graded — sign-off, gates, holds, count-based',
  },
  {
    id: 'd055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    // scenario: after-the-sale-healthy
    text:
      "Leadership wants this out this week and it's a cosmetic change, so I wouldn't dress it " +
      "up as a big process. I wouldn't bother with a staged ramp and holds at each level; " +
      "that's days we don't have for a layout tweak. I don't think we need to write rollback " +
      'thresholds in advance either. Nobody can predict the right number for a change like ' +
      "this, so I wouldn't commit to figures that will turn out wrong. I wouldn't pick out " +
      "employees or the members' club to go first, since they aren't representative anyway, and " +
      "sign-offs at every stage feel like bureaucracy for a product page. I also don't see the " +
      'point of a separate A/B test afterwards. So: ship it to everyone on Tuesday, compare ' +
      'conversion with last week, and deal with anything that comes up.',
  },
  {
    id: 'd056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    // scenario: prompt-locale-thumbs-down
    text:
      'Some people will say a prompt rewrite needs its own canary, with per-language ' +
      "thumbs-down limits and an eval run. I don't think that's needed here. It's text, not " +
      "code, so I wouldn't hold at 5 % or 25 % waiting for feedback, and I wouldn't split " +
      'German users out as their own cohort; the tone change is the same in any language. I ' +
      "also wouldn't set cost or latency limits for a prompt, because the model is unchanged. " +
      "And I wouldn't make the on-call engineer responsible for reverting it: if people don't " +
      "like the tone, the prompt team can write a new version next sprint. I'd ship the warmer " +
      'prompt to everyone on Monday.',
  },
  {
    id: 'd057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    // scenario: booking-purchases-lag
    text:
      "The design reviews were glowing, so the canary is where we prove it. I'd treat the " +
      'canary cohort as the test group and everyone else as the control, and at each stage ' +
      'compare booking conversion between them; if the new page books more, we have our win and ' +
      'can announce it when we reach 100 %. Order: employees, then hosts browsing as guests, ' +
      'then regular guests, and first-time guests last, because they are the least forgiving of ' +
      'a confusing form. Stages go 5 %, 25 %, 60 %, 100 %, and because guests often book hours ' +
      'after their first visit, each stage holds for at least a day so the late bookings come ' +
      'in. If bookings fall, the on-call engineer turns the feature flag off immediately, at ' +
      'any hour and without waiting for me; it takes a minute. At the end, the lift we measured ' +
      'on the canary is the number for the quarterly review.',
  },
  {
    id: 'd058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S'),
    // scenario: lunch-peak-recommendations
    text:
      "A recommendation model is just another service call from the app's point of view, so I'd " +
      'judge it the way we judge any backend change: errors and latency. If those hold, the ' +
      "model is fine; relevance and basket quality are the data scientists' offline concern, " +
      'not something the canary needs to watch. My job as PM is the go or no-go; the ML ' +
      "platform team owns serving, routing and the feature stores. Before the first request I'd " +
      'fix the limits with them: error rate no more than 0.5 points above control and p99 no ' +
      'more than 200 ms worse, measured per region. Each step up needs my sign-off and the ML ' +
      "lead's, recorded in the release ticket. Stages go 1 %, 10 %, 50 %, 100 %.",
  },
  {
    id: 'd059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    // scenario: checkout-first-order
    text:
      "For the spring campaign the big opportunity is first orders, so I'd focus on the offer " +
      'itself. A free-delivery threshold around 40 euros tends to lift basket size more than a ' +
      'percentage discount, and a welcome code sent after the newsletter sign-up brings people ' +
      "back. On the page, I'd make the guest option more visible and untick the 'create " +
      "account' box by default; people hate being pushed into an account. I'd also work with " +
      'the CRM team on an abandoned-basket email at one hour and again at 24 hours.',
  },
  {
    id: 'd060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    // scenario: support-model-upgrade
    text:
      "Before picking the bigger model, I'd question whether we need it at all. Most payroll " +
      'questions are short, and a smaller model with retrieval over our help centre would ' +
      "probably answer them just as well for a fraction of the price. I'd have the team build a " +
      'retrieval index of the payslip and leave articles, tune the prompt so it cites the ' +
      'article it used, and negotiate a committed-use discount with the vendor. For Finance, ' +
      "I'd build a simple spreadsheet: conversations per month times average tokens times the " +
      'price per thousand tokens, with a line for the discount.',
  },
];
