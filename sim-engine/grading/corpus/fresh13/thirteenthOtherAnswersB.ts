import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirteenth blind set, author B: middling (e028–e030), weak (e031–e032), salad (e033–e034),
 * negated (e035–e036), misconception-led (e037–e038) and off-topic (e039–e040) answers,
 * labelled by hand with only the points each one commits to.
 */
export const THIRTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'e028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "I'd treat the one-page checkout carefully, because the usability lab only had returning customers in it and first-time buyers are the people the campaign brings in.",
      '',
      '- Who first: employees, then the insiders programme, then coupon browsers, then returning customers. First-time buyers and wholesale accounts go last; first-timers are exactly who the lab never tested and wholesale orders are big.',
      '- Limits, decided up front: checkout errors more than 0.5% over control, p99 page time more than 200ms over control, and first-order conversion down 2% versus the same segment on the old checkout.',
      '- Ramp: 1%, 5%, 25%, 50%, 100%, and stay at each for at least a day; at 25% wait two days so we actually see enough first orders.',
      '- If something breaks we roll back and look at it.',
      '',
      "I'd want this done well before the spring campaign so we're not rushing.",
    ].join('\n'),
  },
  {
    id: 'e029',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      "So for the cheaper summariser I think the main thing, as the PM, is I own the release decisions; engineering just does the switching. And I'd be honest that the usual metrics won't tell us much here. Error rate and latency will look fine, a cheaper model rarely crashes. What matters is whether summaries get worse, so I'd track the hallucination rate from the eval harness, the thumbs-down that the few vets give, p95 time per summary and the cost per summary, which is the whole point of the change.",
      '',
      "The difficulty is volume. The harness grades one in two hundred, so at small percentages we'd wait forever. I'd hold each stage until the harness has graded a few hundred canary summaries, not a fixed day count, and I'd probably ask for more grading during the rollout. I'd go 5%, 25%, 50%, then all.",
      '',
      "Then, yeah, if it looks bad we'd go back to the old model.",
    ].join('\n'),
  },
  {
    id: 'e030',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      "The risk with the new index is the tail, not the median, so I'd set the limits around that. Before we start: p99 search latency no more than 250 ms above the old index, errors no more than 0.3 % above, and searches that end in a paper opened no more than 2 % below the old index's baseline. The p99 is the one I'd stare at, because the heavy filter queries are rare and they are exactly what the benchmark skipped.",
      '',
      "I'd ramp it up gradually from a small percentage.",
      '',
      "For rollback: the on-call engineer can switch reads back to the old index at any hour without asking, it's a routing config and takes two minutes or so. We keep the old index hosted until we're done, even though it costs money.",
      '',
      "I'd also be careful not to oversell the result. If the canary passes, that tells us the new layout is safe to run, not that users like it more. If we want to claim it's better for researchers we'd run a randomized A/B test afterwards.",
    ].join('\n'),
  },
  {
    id: 'e031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly this one is pretty low risk. It's just the pricing page with a better table and the checkout doesn't change. I'd put it out to a small group, keep an eye on things for a bit, and if everything looks normal push it to everyone before Marketing's Friday campaign. If something looked off I'd talk to the engineers about what to do. I don't think it needs a big process; the table is clearer, people will like it, and the campaign date is the real deadline here.",
    ].join('\n'),
  },
  {
    id: 'e032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "um so a canary is you give the change to a few people first and watch, right, and if it's fine you give it to more. for the prompt I'd do that, start small, see if people like the warmer tone. maybe ask some German speakers to look at it too since it was only reviewed in English. and we'd watch the dashboards and see how it goes, and if it's bad we'd fix the prompt. I think that's basically it, it's a prompt, it's not like a database migration or something.",
    ].join('\n'),
  },
  {
    id: 'e033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'image resizer canary.',
      'staff beta hobby sellers brands.',
      '1 5 25 50 100.',
      'p99 0.5% error 200ms.',
      'memory leak restart deploy.',
      'rollback on-call minutes config.',
      'sign-off gate hold 24h metric-based.',
      'PM owns. A/B after. safe not better.',
      'Thursday.',
      'benchmarks 20% faster. new photo format.',
      'latency creep, hours, leak, p99 drift, restart hides it.',
      'hold past 24h?? yes. gate. go/no-go.',
      'thresholds pre-agreed. baseline cohort. conversion -2%.',
    ].join('\n'),
  },
  {
    id: 'e034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary model upgrade bigger model HR payroll support assistant payslips leave settings larger context window PM ownership segment strategy support agents preview admins members trials enterprise rollback threshold p95 latency hallucination rate eval harness thumbs-down token cost per conversation 0.5 % 200 ms 2 % baseline cohort ramp 1 5 25 50 100 hold sign-off gate on-call routing config five minutes randomized A/B test safe versus better finance cost per conversation offline evals three points.',
    ].join('\n'),
  },
  {
    id: 'e035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "People will tell you to write rollback numbers down in advance, go in small steps, get sign-offs and so on. For the booking page I wouldn't. Nothing in the service changes, it's a date picker and a shorter form, design loved it. Fixed thresholds before launch are guesswork anyway, so we won't write any. Staging it through employees and hosts first doesn't help either, hosts aren't real guests. So no ramp, no gate approvals: we go to 100 % this afternoon, as the team wants. And I wouldn't spend time preparing a quick rollback; if something is really wrong we can ship a fix in the next deploy.",
    ].join('\n'),
  },
  {
    id: 'e036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I know the textbook answer: staff first, preview next, big customers last, hold a day at each step so Singapore's lunch is covered, agree limits on errors, p95 and basket rate beforehand, watch the eval harness and cost per request, let on-call roll back at night. I don't think any of that is worth it for a recommendation model. Recommendations can't break anything: a worse basket is still a basket. I wouldn't order the cohorts, I wouldn't hold, and I wouldn't ask anyone to approve the steps; the model team ships it Monday morning Berlin time to everyone. If the numbers dip, the team will notice in the weekly review and retrain.",
    ].join('\n'),
  },
  {
    id: 'e037',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text: [
      "The point of the canary here is to prove the bigger photos and size guide sell more. So I'd send it to employees first, then the insider programme, then shoppers, with new customers and Plus members last, and compare conversion in the canary against everyone else. If the canary group converts higher, that's our proof the change is better and we ship it; if it converts lower after a day, we know it hurts sales and we drop it. I wouldn't bother with a separate A/B test afterwards, the canary already is one. I'd set the success number once I see how the first day looks, since I don't know yet what normal is for these pages. Rollback is simple: on-call flips the flag back, any time of day, in about a minute.",
    ].join('\n'),
  },
  {
    id: 'e038',
    scenario: 'model',
    class: 'misconception',
    points: points('C'),
    text: [
      "For the bigger support model I'd go support agents, then the preview programme, admins, members, and trials and enterprise last. What I wouldn't do is fix thresholds in advance, because with a new model you can't know what good looks like until you see it. I'd have the dashboard open each morning and decide on the spot whether the error rate or the answer quality is acceptable, and adjust the bar as we learn. The canary is also where we find out whether the new model is better: the offline evals went up three points, so if the canary users rate it higher than control, that confirms the upgrade and we go to 100 %. Cost per conversation we can look at after, once it's everywhere.",
    ].join('\n'),
  },
  {
    id: 'e039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "The interesting part of this scenario for me is the spring sale. Twenty percent off everything is a blunt instrument; it trains customers to wait for discounts. If I were the PM I'd push marketing toward targeted offers: member prices for the club, bundles for guides and clubs, free shipping thresholds for casual visitors. I'd also look at the sale's numbers by category to see which products actually needed a discount and which would have sold anyway, and I'd plan next year's sale around that. Longer term, reviews matter a lot in outdoor gear, so I'd invest in getting more of them: follow-up emails after a trip, photo reviews, maybe a small reward.",
    ].join('\n'),
  },
  {
    id: 'e040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Before talking about releasing it, I'd ask why the team wants a warmer prompt at all. I'd run user interviews with English and German writers about how they want their emails to sound, and I suspect the answer is that it depends on the recipient. So the better product is a tone setting: formal, neutral, friendly, remembered per contact. For German, the setting would default to Sie for anyone outside the user's company. I'd write the spec for that, size it with the team, and put it on the roadmap for next quarter. Then the prompt becomes three prompts, each reviewed by a native speaker of each language.",
    ].join('\n'),
  },
];
