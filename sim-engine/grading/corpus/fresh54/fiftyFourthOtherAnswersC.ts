import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-fourth fresh set, author c: middling (bh048–bh050), weak (bh051–bh052), salad
 * (bh053–bh054), negated (bh055–bh056), misconception-led (bh057–bh058) and off-topic
 * (bh059–bh060) answers, written blind, labelled by hand.
 */
export const FIFTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: the plan as a list of promises, each beginning "We promise"
  {
    id: 'bh048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "We promise to put our own staff on the one-page checkout first, then the customers in our beta club, then returning customers, and first-time buyers last, because they're the ones the usability lab never tested and the spring campaign brings most of them in.",
      'We promise limits fixed before launch: checkout errors no more than 0.5 % above the old checkout, and first-order conversion no more than 2 % below control.',
      'We promise stages of 5 %, 25 %, 50 % and 100 %, holding each for three days and advancing only if both limits have held.',
      'We promise to roll back if either limit is crossed.',
      'We promise to be live before the spring campaign starts.',
    ].join('\n'),
  },
  // support-model-upgrade: plain prose, with a sentence on what the candidate would do if the on-call engineer disagreed
  {
    id: 'bh049',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'As PM my job on this one is the decisions rather than the plumbing: which limits stop the rollout and what we watch. The ML engineers own the model deployment and the traffic split, and how they route it is up to them.',
      '',
      "Before we start I'd write the limits down: errors no more than 0.5 % above the current model, p95 latency no more than 1 second above it, hallucination rate on our eval set of payslip and leave questions no higher than today's 1.5 %, and cost per conversation no more than 30 % higher, which is the figure I'd take back to Finance. If the on-call engineer disagreed with one of those numbers, I'd hear them out and change it before launch, not during.",
      '',
      "Then we'd let the new model out to some of the users and grow it while those numbers stay fine, keeping an eye on thumbs-down on answers as well.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: each stage with its own exit criteria listed after a dash
  {
    id: 'bh050',
    scenario: 'service',
    class: 'middling',
    points: points('H R'),
    text: [
      'The new resizer goes out in stages, each with its exit criteria:',
      '- 2 % of image requests — a full day without a restart, and memory use looks flat on the dashboard',
      "- 10 % — another full day like that, and sellers haven't complained about broken photos",
      '- 50 % — two days with no restart, and image load times look normal',
      '- 100 % — only once the 50 % stage has run through a weekend',
      '',
      "We don't move on until a stage has met its criteria, even if that means missing Thursday. The on-call engineer can send all traffic back to the old resizer at any time without asking anyone first: it's a load-balancer weight and takes about a minute. Since the service is only restarted on deploys, I'd rather find a slow leak at 2 % than at 100 %.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a Solomon Islands English register, written
  {
    id: 'bh051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'For this one I think we must be careful, because the German users are many. We will roll out the new prompt small-small and watch how the users react, the thumbs and so on. If many people are not happy, we can go back to the old prompt.',
      '',
      'I will do tok stori with the engineering team so they know what to do, and also with the German colleagues so they can check the tone. Overall I think the warmer prompt is a good idea and the users will like it once we fix any problem.',
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a school-timetable app
  {
    id: 'bh052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At my school-timetable app we ship things like this all the time: a new page layout, a clearer screen for the deputy head. Honestly, for a pricing page I'd keep it simple. Release it to a few people first, keep an eye on the numbers, and if it looks okay, open it up to everyone before marketing's campaign on Friday. If something looks off we'd pull it back.",
      '',
      "The main thing is good communication with marketing and engineering so nobody's surprised.",
    ].join('\n'),
  },
  // search-tail-latency: thresholds given as ranges of acceptable values
  {
    id: 'bh053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. New index layout. Ranges: 0–0.5 %, 0–200 ms, p99, p50, tail.',
      'Cohorts: internal, beta, free tier, institutional licences.',
      '1 / 5 / 25 / 50 / 100.',
      'Hold, gate, sign-off, PM, engineering, on-call, rollback, two minutes, thresholds, pre-committed, control, baseline.',
      'Safety vs improvement, A/B, randomised.',
      'Filters, rare queries, cost per query, hosting.',
      'Between 0 and 0.5 %, between 0 and 200 ms, between 2 % below and anything above.',
    ].join('\n'),
  },
  // quiet-feedback-trap: each stage with its own exit criteria listed after a dash
  {
    id: 'bh054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Stage 1 — internal, evals, hallucination, p95, thumbs-down',
      'Stage 2 — beta clinics, 1 in 200, sample rate, tokens, cost per summary',
      'Stage 3 — 25 %, hold, gate, sign-off, clinical advisor, PM vs engineering',
      'Stage 4 — 100 %, rollback, on-call, flag, five minutes, pre-committed thresholds 0.5 % / 2 s',
      'Canary vs A/B — randomised, safety, improvement, cheaper, faster, modest traffic, few hundred per minute',
    ].join('\n'),
  },
  // lunch-peak-recommendations: the plan as a list of promises, each beginning "We promise"
  {
    id: 'bh055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "We promise the team we won't bury this release in process.",
      'We promise not to set rollback thresholds ahead of time; nobody knows the right number for a new model.',
      'We promise not to stage the ramp at 1 %, 5 % and 25 %, and not to hold between steps either.',
      'We promise not to pick which customers go first: staff, beta users and big spenders are all the same to us.',
      "We promise not to make the PM's decisions a separate thing from engineering's, and not to ask anyone to sign off each step.",
      'We promise not to set up a special on-call rollback path.',
      'We promise not to add an eval harness, a feedback signal or a cost-per-request check.',
      'We promise not to follow it with an A/B test.',
      'We promise to ship it to both regions in one go.',
    ].join('\n'),
  },
  // booking-purchases-lag: thresholds given as ranges of acceptable values (each rejected)
  {
    id: 'bh056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'I wouldn\'t define acceptable ranges for this one, not "between 0 and 0.5 % above control" for errors or anything like it; ranges fixed in advance for a date picker would just be guesswork.',
      '',
      "I also wouldn't hold at each stage long enough to see bookings come in hours later, and I don't see the point of stages at all for a front-end change. Choosing which guests see it first isn't something I'd spend time on, and neither is deciding who signs off or who is allowed to roll back. I wouldn't split what the PM decides from what engineering does; it's one team. And no randomised A/B test afterwards either.",
      '',
      'It goes to 100 % this afternoon, as the team wants.',
    ].join('\n'),
  },
  // support-model-upgrade: prose, with a sentence on what the candidate would do if the on-call engineer disagreed
  {
    id: 'bh057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      "The assistant's model change is, at bottom, an infrastructure change: same prompt, same questions, a different box answering them. So I'd guard it the way we'd guard any backend service, on errors and latency, because if the new model errors no more often and answers no slower, it is doing its job. Offline evals already told us the answers are good, so quality checks in production would be duplicate work.",
      '',
      'I own the order, the limits and the holds; the ML platform team owns serving and routing. Staff in our own HR team go first, since they know the payroll rules; then early-access customers; then everyone else, with enterprise payroll customers last because a bad answer costs them most.',
      '',
      "Limits, fixed before we start: error rate no more than 0.5 % above the current model and p99 latency no more than 1 second above it. That's all we gate on. Stages at 1 %, 10 %, 50 % and 100 %, each held 24 hours with both limits green, and I sign off each step with the ML engineering lead.",
      '',
      "The on-call engineer can roll back at any hour by flipping the model flag, in under five minutes, without asking me. If the on-call engineer disagreed and wanted to add hallucination or cost checks, I'd say no: errors and latency are the contract, and the rest is noise.",
    ].join('\n'),
  },
  // staff-cohort-artifact: a PM at a school-timetable app
  {
    id: 'bh058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      "I run product for a school-timetable app, and we've learnt that the best time to measure a change is while it's rolling out, because that's when the old and new versions run side by side. So I'd treat this canary as our A/B test: the canary cohort is the treatment, everyone else is the control, and by the 50 % stage we'll know whether the bigger photos and the size guide sell more. If the canary cohort converts better, that's our proof the release is a win and we go to 100 %.",
      '',
      'The split of jobs: I decide the order of cohorts and how long each stage holds; engineering owns the deploy and the routing.',
      '',
      'Cohorts: staff first, because they use the live site every day and will spot a broken size guide; then customers in our preview programme; then everyone else, with first-time visitors last, since a broken page costs a first impression we never get back.',
      '',
      'Stages at 5 %, 25 %, 50 % and 100 %, holding each for two days and moving on only if pages load normally and nothing is broken.',
      '',
      'The on-call engineer can roll back at any time without asking me, through the feature flag, in a couple of minutes.',
      '',
      "Our headline number is the conversion lift in the canary cohort, and I'd report it to leadership at each stage.",
    ].join('\n'),
  },
  // after-the-sale-healthy: each stage with its own exit criteria listed after a dash (a hiring plan)
  {
    id: 'bh059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Here's how I'd staff the new growth squad over the next quarter, stage by stage:",
      '- Sourcing — twenty qualified applicants for the front-end role, at least a third of them from referrals',
      '- Screening — a thirty-minute call with each, about half moving on',
      '- Take-home exercise — four hours at most, marked by two engineers against the same rubric',
      '- On-site loop — four interviews, with a debrief the same afternoon',
      '- Offer — approved by the head of engineering within two days of the debrief',
      '',
      'Alongside that I would brief the recruiting partner on the salary band and write an onboarding plan, so whoever joins ships something small in their first fortnight.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a Solomon Islands English register, written (a product launch)
  {
    id: 'bh060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'For the launch of the grocery app in the new market, I will start with the story we want to tell. Our customers are busy families and they want their basket ready without thinking too much. So the campaign will show a mother at the market in the morning, and the same basket arriving at the house by lunchtime.',
      '',
      'We will do tok stori with the marketing team and the local partners to agree the message together. The app store page, the screenshots and a short video will be prepared in English and in the local languages. For the launch offer we give free delivery on the first three orders, and we ask the shops to put up posters too.',
      '',
      'After the launch we look at the downloads, the first orders and the reviews every week, and we report to the management at the end of the month.',
    ].join('\n'),
  },
];
