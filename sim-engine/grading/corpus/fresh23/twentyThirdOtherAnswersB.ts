import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-third fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers ac028–ac040, written blind and labelled by hand. */
export const TWENTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // search-tail-latency
    id: 'ac028',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "OK so for the index move, honestly the main thing for me is the tail. The median got faster, but the benchmark never had the nasty queries with loads of filters, so before we start I'd want us to agree the numbers that send it back: p99 query latency more than 250 ms over the old index, timeouts above 0.2 %, or errors up half a percent. We'd write those down up front.",
      '',
      "Then I'd ramp it in steps, 1, 5, 25, 50, then everyone, sitting at each one for a day at least and a couple of days at 25 so enough of the filtered queries come through.",
      '',
      "If it crosses a line, the on-call flips search back to the old index, which stays up the whole time. That's a config change, a couple of minutes, and they don't need to ring anybody. Traffic would just be a random sample at each step; I don't think it matters much who.",
    ].join('\n'),
  },
  {
    // support-model-upgrade
    id: 'ac029',
    scenario: 'model',
    class: 'middling',
    points: points('C A M'),
    text: [
      'Notes for the model switch:',
      '- Order: our own payroll team uses it first, then the early-access customers, then small accounts. Big enterprise customers and anyone in their first payroll month go last, since a wrong payslip answer hurts most there.',
      '- Watch more than errors: hallucination rate from the eval harness on live conversations, thumbs-down rate, p95 response time now the context is longer, and cost per conversation, which is what Finance asked about.',
      "- The canary only says it's safe. The +3 on offline evals isn't proof either; whether it really answers better is a randomised A/B test afterwards.",
      '- Ramp and rollback details: to sort out with engineering.',
    ].join('\n'),
  },
  {
    // image-resizer-memory-leak
    id: 'ac030',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      "Re the resizer: the team wants it everywhere by Thursday and I get why, but when it moves up is my call, not the calendar's. Engineering owns the deploy and how the traffic gets split; I own the go/no-go.",
      '',
      "What worries me is that it's only restarted on deploys. Whatever the 20 % faster benchmark says, it has never run two days straight. So each step holds for at least 48 hours with no restart (if memory creeps, it'll show by day two), and we only move on when memory and response times have stayed flat across that whole window.",
      '',
      "At each step the service's tech lead and I both sign off in the release thread before anyone touches the percentages. Thursday becomes next week, probably.",
    ].join('\n'),
  },
  {
    // pricing-page-healthy
    id: 'ac031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "It's only the pricing page, and the checkout behind it doesn't change, so I wouldn't overthink it. I'd put it live for a portion of visitors a few days before Friday, keep an eye on the analytics, and if anything looks off we can switch back to the old page. Then it goes out to everyone in time for the campaign. Marketing mostly cares that their links land on the right page, so I'd check that with them too. Honestly the bigger risk is the campaign date slipping, not the page.",
    ].join('\n'),
  },
  {
    // quiet-feedback-trap
    id: 'ac032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "We'll move the summaries over to the new model gradually. It's cheaper and faster, so the clinics should be happy, and we'll make sure to keep an eye on quality as we go. If vets tell us the summaries have got worse we'll look into it and, if we have to, go back to the old model. Engineering will handle the technical side of the switch, and I'll keep the clinics informed. I'd expect the whole thing to be done in a week or two.",
    ].join('\n'),
  },
  {
    // checkout-first-order
    id: 'ac033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. One-page checkout. Cohorts: staff, beta, returning, first-time buyers. 1 % / 5 % / 25 % / 50 % / 100 %. Errors 0.5 %, p99 200 ms, conversion 2 %, baseline, control. Holds, gates, 24 h. Sign-off: PM, eng lead. Rollback, on-call, flag, five minutes, 24/7. Spring campaign, first orders, saved cards, autofill. Canary vs A/B, randomised. PM owns, engineering owns routing. Thresholds pre-committed. Dashboards, alerts, SLOs, p95, funnel, blast radius, kill switch, exposure, lift, significance, sample size, cart abandonment, address autofill.',
    ].join('\n'),
  },
  {
    // lunch-peak-recommendations
    id: 'ac034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Recommendation model v2, feature stores, Singapore lunch peak, Berlin 06:00. Eval harness, hallucination, thumbs-down, p95 80 ms, token cost, compute per request, 25 %. Cohorts EU SEA staff beta new customers. Ramp 1 5 25 50 100, holds 24 h, gates metric-based. Sign-off ML lead PM. Rollback flag 3 min on-call any hour. Canary safe, A/B better. Errors 0.5 %, p99 200 ms, add-to-cart −3 %, fallback baskets 2 %. Regional on-call rota, capacity, autoscaling, cache, timeouts, latency budget, drift, offline eval, online eval, guardrail metrics.',
    ].join('\n'),
  },
  {
    // booking-purchases-lag
    id: 'ac035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I know the textbook answer, but I wouldn't do most of it here. It's a date picker and a shorter form; nothing in the service changes.",
      '',
      "I wouldn't pick a special order of users (staff first, beta next, big customers last) because there's no risk that justifies it. I'm not going to write rollback thresholds in advance either; nobody knows what normal looks like for a new form, so committing to numbers would be guesswork. A slow ramp with holds at each stage doesn't make sense when the team wants it at 100 % this afternoon, and I don't see why anyone needs to sign off each step of a front-end change. We won't set up an on-call who can flip it back within minutes; if something's badly wrong we'll redeploy. And running an A/B test afterwards to see whether it's actually better feels like overkill for a form.",
    ].join('\n'),
  },
  {
    // prompt-locale-thumbs-down
    id: 'ac036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Hi Jonas, quick thoughts on the prompt rollout, since you asked whether we need a full canary plan.',
      '',
      "I don't think we do. It's a prompt string, not a new model. I wouldn't stage it through staff and beta users first, and I wouldn't split the numbers by language; tracking German thumbs-down separately is a lot of dashboard work for a change of tone. I'm also not keen on running the eval harness against it or watching token counts and p95: the wording got warmer, it didn't get heavier. We won't fix stop lines in advance, won't ramp in stages with holds, and I don't need to sign anything off along the way; it isn't really a PM decision anyway. If people dislike it, we'll change the prompt back in the next release. And I don't see a reason for an A/B test afterwards.",
      '',
      'Cheers,',
      'Priya',
    ].join('\n'),
  },
  {
    // after-the-sale-healthy
    id: 'ac037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "The way I'd run it: our own staff see the new product page first, then the customers in the early-access group, then everyone else, with the loyalty-club regulars last since they buy the most and notice every change. Ramp 1 %, 5 %, 25 %, 50 %, 100 %, a full day at each stage before going up. Rollback is a flag: whoever's on call can switch the old page back at any time of day without asking, and it's done in a couple of minutes.",
      '',
      "The canary is also how we'll know the change works. Reviews above the fold should lift purchases, so at 25 % I'll compare the canary's conversion with last week's, and if it's up we have our proof and don't need a separate A/B test. Leadership wants it out this week, and this gets us the answer for free. I'd rather not fix limits up front either; for a cosmetic change I'll judge what looks wrong once the numbers are in.",
    ].join('\n'),
  },
  {
    // support-model-upgrade
    id: 'ac038',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H S'),
    text: [
      "I'd run it exactly like any backend release, because that's all it is: a different model behind the same API. I own the release decisions (order, limits, the go-ahead at each stage); the ML platform team owns the routing. Before anything ships we agree the stop lines: error rate up more than 0.5 % over the old model, or p99 latency up more than 400 ms, and it comes back. Those two numbers are all we need. If the model is answering, and answering fast, it's working; the evals were done offline, and answer quality is the evaluation team's problem, not the canary's. Ramp 1 %, 5 %, 25 %, 50 %, 100 %, holding 24 hours at each, and the ML lead and I sign off each step.",
    ].join('\n'),
  },
  {
    // staff-cohort-artifact
    id: 'ac039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "I'd start with the size guide itself, because that's where the value is. Fashion returns are mostly about fit, so the guide should let shoppers compare a garment's measurements with something they already own, not just S/M/L tables. For the photos, I'd shoot on two models of different heights and say which size each one is wearing. I'd also talk to the shop staff: they field fit questions every day and know which brands run small. Success for me would be fewer \"wrong size\" returns over the next quarter, and I'd put a one-question survey under the guide to see whether people find it useful.",
    ].join('\n'),
  },
  {
    // lunch-peak-recommendations
    id: 'ac040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Why would a recommendation model need more features? Mostly to capture regional taste: rice and noodle staples in Singapore, bread and dairy in Germany. What would I add next? Time-of-day signals, the weather, and whether the basket is for a household or one person. How would I prioritise that roadmap? By basket-size uplift per engineering week. Who should own it? I'd hire a second ML engineer in Singapore, so the Asian market has someone close to its customers and holidays, and pair them with the Berlin team on a shared feature-store budget.",
    ].join('\n'),
  },
];
