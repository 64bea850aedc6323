import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-third fresh set, author c: middling (bg048–bg050), weak (bg051–bg052), salad
 * (bg053–bg054), negated (bg055–bg056), misconception-led (bg057–bg058) and off-topic
 * (bg059–bg060) answers, written blind, labelled by hand.
 */
export const FIFTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: thresholds phrased as budgets to spend
  {
    id: 'bg048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "I'd give the new resizer a set of budgets and let it spend them. Error budget: 0.3 % failed resizes over the old service. Latency budget: p99 no more than 150 ms above the old service. Memory budget: resident memory may grow by no more than 10 % over a day, since the service only restarts on deploys and a slow leak is exactly what a benchmark 20 % faster would never show. Those numbers go into the plan before any traffic moves.",
      '',
      'The ramp is 1 %, 10 %, 50 %, 100 % of image requests, each stage held for at least 36 hours with no restart, so a full day of memory growth shows up before we go further. Thursday is a wish, not a deadline.',
      '',
      'If any budget is spent, the on-call engineer routes image traffic back to the old resizer right away, without waiting for anybody; it is a load-balancer change that takes a couple of minutes.',
      '',
      "Which sellers go first I'd leave to the team; probably just a random slice of listings.",
    ].join('\n'),
  },
  // support-model-upgrade: a baseline week measured before the canary starts
  {
    id: 'bg049',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      "First thing: a baseline week on the current model. For seven days I'd record, per type of question, the thumbs-down rate, the rate of hand-offs to a human agent, p95 response time and cost per conversation, so that Finance gets its answer from real traffic rather than an estimate.",
      '',
      'With that week in hand, the limits are fixed before the bigger model sees anyone: thumbs-down no more than 2 points above the baseline week, hand-offs no more than 10 % above, p95 no more than 1.5 seconds slower, cost per conversation no more than 40 % above. Crossing any one of them ends the canary.',
      '',
      'As for who sees it: our own HR team first, since they ask payroll questions all day and know the right answers; then customers in the beta programme; then small businesses. Payroll customers in their month-end run go last, because a wrong payslip answer then does the most harm.',
      '',
      "After that we'd keep increasing traffic while the numbers look fine, and go from there.",
    ].join('\n'),
  },
  // search-tail-latency: a PM at a telehealth booking service
  {
    id: 'bg050',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: [
      'In my current job I look after appointment search at a telehealth booking service, so slow tails are familiar: the median looks great while the clinic manager with fourteen filters waits eight seconds.',
      '',
      "Here is how I'd split the work. The search engineers own the new index, the deploy and the routing between the two indexes. I own the product calls: which users see it and when, what counts as too slow, and whether we hold or go on.",
      '',
      'Order matters most. Our own staff first, because they run strange queries to test things anyway. Then free-tier users who opted into previews. Institutional licences last, above all the libraries with heavy filter use, because they pay and their researchers run exactly the rare queries the benchmark skipped.',
      '',
      'Every time we widen exposure, the search tech lead and I both sign off, and nobody widens it without the two of us.',
      '',
      "I'd keep an eye on tail latency and the filter-heavy queries throughout, and if it looks bad we'd pull it back.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Samoan English register, written
  {
    id: 'bg051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Talofa. For the new summary model I think we go slowly, step by step, like we do with anything important. We give it to some clinics first and see how the vets feel about it. The team will watch the numbers and the feedback, and if something is not right we fix it or go back to the old one.',
      "It is cheaper and faster, so that is good for the clinics, but we must be careful, these are the animals' notes. When everyone is happy we give it to all. Fa'afetai.",
    ].join('\n'),
  },
  // checkout-first-order: the plan told as the journey of one request through the canary
  {
    id: 'bg052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Picture one shopper's checkout request. It arrives, and some of the time it goes to the new one-page checkout instead of the old three steps. We watch what happens to it: does the order go through, does the page load quickly.",
      'If lots of requests like it look fine, we send more that way. If they start failing, we send them back to the old checkout.',
      'Over a few days more and more requests take the new path until all of them do, hopefully in time for the spring campaign.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: paragraphs that each open with a one-word verdict
  {
    id: 'bg053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Risky. Prompt, warmer, casual, German, Sie, du, formality, thumbs-down, eval harness, hallucination, p95, tokens.',
      '',
      'Fine. Canary, 1 %, 5 %, 25 %, 50 %, 100 %, hold, gate, 24 hours, sign-off, PM, eng lead.',
      '',
      'Essential. Thresholds, 0.5 %, 250 ms, 2 points, baseline, pre-committed, rollback, on-call, flag, two minutes.',
      '',
      'Obvious. Employees, beta, opted-in, business accounts last, safety, A/B, randomised, better.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a baseline week measured before the canary starts
  {
    id: 'bg054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Baseline week: fares, trips, errors, p99, weekend nights, batch window, billing. Seven days, 168 hours, old pricing service, control.',
      'Canary cohort staff drivers beta riders airport trips last. Error rate 0.5 % p99 200 ms completed trips 2 % fare mismatch 0.1 %.',
      'Ramp 1 5 25 50 100 holds gates sign-off PM eng lead. Rollback on-call 2 a.m. authority minutes flag routing config.',
      'Safety not improvement A/B randomised. Tuesday evening nightly batch.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: thresholds phrased as budgets to spend
  {
    id: 'bg055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I wouldn't bother with budgets for a recommendation model. There'd be no error budget of 0.5 % to spend and no latency budget of 150 ms on p95; we wouldn't write down rollback numbers in advance at all, because whatever we picked would be wrong for one region or the other.",
      "I wouldn't split the decisions between product and engineering either; it's one team. No staged ramp with holds: we wouldn't sit at 5 % or 20 % waiting on a gate, and nobody would have to sign off each step.",
      "I don't see the point of ordering cohorts by region or putting employees first. I wouldn't hand the on-call engineer authority to roll back on their own. Eval scores, dismiss rates, compute cost per thousand requests: we wouldn't track any of that. And I wouldn't follow it with a randomised A/B test.",
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a telehealth booking service
  {
    id: 'bg056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'm a PM at a telehealth booking service, and we ship pages like this one all the time without ceremony.",
      "We wouldn't put staff first or save the big subscribers for last; there's no point ordering cohorts for a comparison table. We don't fix rollback thresholds beforehand, so no 0.5 % error limit and no 200 ms latency line. We wouldn't do 1 %, 10 %, 50 % stages with holds, and I wouldn't want anyone signing off between steps. I wouldn't carve out what I own versus what engineering owns either.",
      "I don't think a pricing page needs an on-call rollback path, and we won't run an A/B test afterwards. It goes out before Friday's campaign and that's it.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the plan told as the journey of one request through the canary
  {
    id: 'bg057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      'Take one draft request from a German user in our beta group. It is among the first to get the warmer prompt, because the order is staff, then beta users, then everyone else, with business accounts last since formal letters matter most to them. Engineering routes it; I decide the order, the limits and how long each stage holds.',
      '',
      "Its reply is scored in the eval harness for hallucination and formality, the user's thumbs-up or thumbs-down is counted, and so are the tokens it used. The limits were fixed before we started: thumbs-down no more than 2 points over the old prompt, formality failures under 5 %, tokens per reply up no more than 10 %.",
      '',
      "The request's cohort sits at 5 %, then 25 %, then 50 %, each held for two days.",
      '',
      'And here is the point of the whole exercise: this request is also our experiment. The canary cohort against everyone else is the A/B test. If users at 5 % send more drafts and rate replies higher than the rest, that proves the warmer prompt is better, and we can give marketing the lift figure straight from the canary. No separate test is needed.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a Samoan English register, written
  {
    id: 'bg058',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      'Talofa lava. For the bigger photos and the size guide, this is my plan.',
      '',
      'Our own staff see it first, because they are on the site all day and will tell us quickly if a photo is broken. Then the customers in our loyalty preview group. Then all customers, and the shoppers on their first visit last, because the first impression is precious. For the staff stage we do not judge on sales, because staff do not buy; there we look at errors and page speed.',
      '',
      'Limits written before we begin: errors not more than 0.5 % above control, p99 page load not more than 250 ms slower, and from the customer stages on, add-to-basket not more than 2 % under the baseline.',
      '',
      'Stages 1 %, 10 %, 25 %, 50 %, 100 %, each one held two days. Myself and the tech lead sign off before each step up.',
      '',
      "Now the rollback. Only I, the PM, may decide a rollback. If a limit is broken, the on-call engineer must page me first and wait for my word, even at night, because it is a product decision and I carry the responsibility for it. When I say yes, they turn it back. Fa'afetai.",
    ].join('\n'),
  },
  // after-the-sale-healthy: paragraphs that each open with a one-word verdict
  {
    id: 'bg059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Urgent. We need two more frontend engineers before the summer, because the product-page team is down to three people and leadership keeps asking for things 'this week'.",
      '',
      "Sensible. I'd open one senior and one mid-level role, write the job ads with the team rather than leaving them to HR, and post them on the European job boards our current engineers came from.",
      '',
      'Overdue. The interview loop is too long; five rounds loses good candidates. Three rounds will do: a conversation with the hiring manager, a paired exercise on a real page, and a values chat with someone outside the team.',
      '',
      'Fair. Every candidate gets the same exercise and the same scoring sheet, and we decide within a week of the last round.',
      '',
      'Realistic. Offers out by the end of next month, start dates in the summer.',
    ].join('\n'),
  },
  // support-model-upgrade: a baseline week measured before the canary starts
  {
    id: 'bg060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Before we announce the new assistant, I'd spend a baseline week measuring how customers find and use the current one: how many open the help panel, which questions they ask, how many still contact support afterwards. That is what the launch story will be measured against.",
      '',
      'Then the launch itself. A blog post and a short video of the assistant answering a real payslip question. An in-app banner for admins, an email to HR managers at customer companies, and a webinar for the partners who resell the payroll product. Sales gets a one-page sheet with three talking points: it remembers more of the conversation, it handles leave questions, and there is no extra charge.',
      '',
      "Finance's question about cost per conversation I'd answer in a pricing note for the board, not in the launch material.",
      '',
      'A month after launch we compare with the baseline week: help-panel opens, tickets to support, webinar sign-ups and mentions in the customer newsletter.',
    ].join('\n'),
  },
];
