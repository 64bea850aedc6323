import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-third fresh set, author b: middling (aw028–aw030), weak (aw031–aw032), salad (aw033–aw034),
 * negated (aw035–aw036), misconception-led (aw037–aw038) and off-topic (aw039–aw040) answers,
 * written blind, labelled by hand.
 */
export const FORTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a nervous spoken transcript with fillers
  {
    id: 'aw028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "Um, okay, so for the one-page checkout. I think the main thing is who sees it first. I'd put it in front of — sorry, no, staff first, actually, people in the company buying their own garden stuff. Then returning customers, since they're the ones who loved it in the lab. And first-time buyers last, because that's where we think it could hurt, and they're exactly who the spring campaign brings in.",
      "Thresholds, yeah. Before we start we'd write down: checkout errors more than half a percent above the old flow, first-order conversion down more than two percent against the control group, and page load at p99 more than 300 milliseconds worse.",
      "Then the ramp would be, like, 5, 20, 50, 100, and we'd hold each one for at least two days, because first orders don't come in that fast, and we don't move up unless all three numbers are inside those limits.",
      "If something goes wrong we'd go back to the old checkout. And I guess we'd want all of this done before the campaign, so, yeah, it's a bit tight, but that's the plan.",
    ].join('\n'),
  },
  // support-model-upgrade: compares this rollout with the last one, point by point
  {
    id: 'aw029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Compared with the last model swap we did on the assistant:',
      'Decisions. Last time engineering decided everything. This time I own the rollout decisions, meaning the limits and the pace, and engineering owns the deploy and the serving.',
      'What we watch. Last time only the error rate. This time we also watch the hallucination rate from the eval harness, the thumbs-down rate, and cost per conversation, which Finance is already asking about.',
      'Limits. Last time there were none. This time we fix them before launch: a hallucination rate above 2 %, cost per conversation above six cents, errors more than 0.5 % over the old model, and thumbs-down up more than 10 %. Any of those and the new model comes out.',
      "Exposure. Same as last time: 10 % of conversations picked at random, and we'd grow it from there once things look good.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: a terse former SRE, short paragraphs
  {
    id: 'aw030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Stages: 1 %, 10 %, 50 %, 100 %.',
      'Each one held at least 48 hours with no restart in between. This service only restarts on deploys, so whatever creeps will creep over a day; a two-hour hold proves nothing. No step up until the hold has passed clean.',
      'Each step approved by the image team’s tech lead and me. Both of us, every time.',
      'Rollback: on-call shifts traffic back to the old resizer pool at the load balancer, without asking anyone. Takes a couple of minutes.',
      "Metrics: memory, latency, errors. We'll keep an eye on them and judge as we go.",
      "Thursday is not happening with 48-hour holds. I'd tell the team that on day one.",
    ].join('\n'),
  },
  // pricing-page-healthy: a Jamaican English register, spoken
  {
    id: 'aw031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Bwoy, dis one easy still. A pricing page, nutten inna di backend change. Wi woulda just roll it out slow-slow an' watch di numbers dem, an' if people seem fi like it, wi put it out fi everybody before di Friday campaign.",
      "If anyting look wrong, wi jus' tek it back. Di engineers know wha' dem a do, so mi would trust dem fi handle it an' keep mi posted.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a hurried voice note recorded on a train
  {
    id: 'aw032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Hey, sorry, recording this on the train, so bear with me. For the summariser, I'd basically start small and keep an eye on how it's going, you know, the dashboards, what the vets are saying.",
      "A cheaper model is nice for us, so I'd want to get it out reasonably soon. If things look off we'd slow down or pause and have a chat with the ML folks.",
      "Feedback's a bit thin, so we might need to be patient. And I'd try to involve the right people along the way. Yeah. That's roughly it.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: bullets with arrows, jumbled chains of terms
  {
    id: 'aw033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '- canary ⇒ thresholds ⇒ 0.5 % ⇒ German ⇒ hold',
      '- p95 ⇒ 1 % ⇒ sign-off ⇒ thumbs-down ⇒ 48 h',
      '- PM ⇒ engineering ⇒ routing ⇒ 25 % ⇒ eval harness',
      '- rollback ⇒ on-call ⇒ A/B ⇒ randomised ⇒ tokens',
      '- internal ⇒ beta ⇒ formal address ⇒ 200 ms ⇒ gate',
      '- hallucination ⇒ 5 % ⇒ 2 % ⇒ cost ⇒ safety',
      '- cohort ⇒ locale ⇒ 100 % ⇒ 15 % ⇒ warm prompt',
    ].join('\n'),
  },
  // booking-purchases-lag: buzzword fragments separated by slashes and commas
  {
    id: 'aw034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary / staged rollout / booking page / date picker / client-side store.',
      'Cohorts: internal, beta, guests, hosts, high-value, last.',
      'Error budget 0.5 %, p99 200 ms, conversion −2 %, lag 6 h, 24 h window.',
      'Ramp 1-5-25-50-100. Holds, gates, sign-off, PM, eng lead, SRE.',
      'Rollback, flag, on-call, minutes, 24/7, no redeploy.',
      'Safety vs improvement, randomised A/B, holdout, delayed attribution.',
      'Ownership matrix, decisions vs routing, baseline, control.',
    ].join('\n'),
  },
  // storage-migration-under-load: a dialogue between the candidate and the interviewer
  {
    id: 'aw035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'I: How would you canary the move to the managed cluster?',
      "C: Honestly, I wouldn't make a ceremony of it. I wouldn't split out what the PM owns from what engineering owns; the infrastructure team can have all of it.",
      'I: Which customers go first?',
      "C: I wouldn't pick segments. Ordering teams by risk isn't worth the effort for a database move; they all read the same tables.",
      'I: Rollback limits?',
      "C: We wouldn't fix thresholds in advance. Nobody knows the right numbers for the new cluster yet.",
      'I: Ramp stages?',
      'C: No stages with holds, and no gates. The old cluster is decommissioned at the end of the month anyway.',
      'I: Who signs off?',
      "C: Nobody, I wouldn't set up a sign-off. It only slows things down.",
      'I: And if it breaks at night?',
      "C: I wouldn't give on-call the authority to roll back on their own, and I wouldn't plan a fast routing switch either.",
      'I: Does the canary tell you the new storage is better?',
      "C: I wouldn't bother separating safe from better, and I wouldn't run an A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a dismissive senior, in prose
  {
    id: 'aw036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I've shipped a dozen recommendation models and I don't run canaries the textbook way. I wouldn't carve out a set of PM decisions separate from engineering's; the team that builds the model ships it.",
      "I don't order cohorts either: no employees first, no beta group, no saving Asia for last. I won't set rollback numbers ahead of time, and I won't tie the team to a p95 figure, a cost ceiling on feature-store reads, an eval score or a basket-feedback rate.",
      "Holds and gates between stages aren't something I'd put in, and neither is a sign-off at each step. I wouldn't hand the on-call engineer the right to roll back without me, and I don't see the need for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a PM at a bank, writing a change-advisory-board submission
  {
    id: 'aw037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      'Change advisory board: request for approval of the product-page layout change (reviews above the fold, lazy-loaded gallery).',
      'Purpose of the canary. The board should read this canary as our controlled experiment. The cohort that receives the new layout will show whether moving reviews up lifts purchases, and that uplift is the benefit case for the change. On the strength of the canary results we will report the improvement to leadership, so no separate A/B test is needed.',
      'Accountabilities. The product manager decides the exposure sequence, the back-out limits and the holds; web engineering delivers the deployment and the feature flag.',
      'Exposure sequence. Staff first, then customers in the opted-in preview group, then returning customers. New visitors arriving from paid campaigns come last, because a first impression is the most fragile.',
      'Back-out criteria, fixed at approval: page errors more than 0.5 % above control, p99 largest-contentful-paint more than 300 ms above control, add-to-basket rate down more than 3 % against control.',
      'Stages. 5 %, 25 %, 50 %, 100 %, each held for 24 hours and advanced only if every back-out criterion held.',
      'Approvals. The product manager and the web engineering manager sign each advance.',
      'Back-out. Should a criterion be breached, the change would be reverted.',
    ].join('\n'),
  },
  // support-model-upgrade: a numbered list of commitments the PM signs
  {
    id: 'aw038',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      'Commitments I sign for the model switch:',
      '1. I own the limits, the pace and the holds; the platform team owns the switch and the serving.',
      "2. We treat this like any other backend change. A model is a service: if it answers without errors and fast enough, it is working. Offline evals already went up three points, so quality is settled, and I don't need hallucination checks, thumbs-down rates or a cost dashboard in the canary. Finance's cost question can wait until after full rollout.",
      '3. The rollback limits, set before launch: errors more than 0.5 % above the old model, median latency more than 300 ms above it. Those two numbers are the whole gate.',
      '4. Stages of 5 %, 25 %, 50 % and 100 %, each held for 24 hours and advanced only when both numbers stayed inside their limits.',
      '5. The first 5 % is a random slice of all conversations, which is the fairest sample we can take.',
      '6. The on-call engineer may roll back by config switch at any hour without asking me; it takes under five minutes.',
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a smart-home devices company, planning a product launch
  {
    id: 'aw039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "At my company the closest thing I've run is the launch of our video doorbell, so let me talk about that.",
      'We announced it under embargo to six tech reviewers three weeks out, with units in their hands two weeks out. Retail partners got planograms and shelf talkers a month ahead, and we trained the in-store staff with a twenty-minute video on pairing the doorbell with the hub.',
      'Pricing was the hardest call. We settled on a launch price with a bundle that included a chime, and a thirty-day subscription trial for cloud video. Marketing ran a countdown on social, and the launch-day livestream drew about forty thousand viewers.',
      'What I would do differently: bring customer support into the planning earlier, because the Wi-Fi pairing questions swamped them in week one.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a start-up founder, spoken, about a hiring plan
  {
    id: 'aw040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "So what I'd really do first is hire. We've got two ML people and that's not enough for a clinical product.",
      "I'd open three roles this quarter: a senior ML engineer who has shipped language models in production, a data engineer for the clinic integrations, and a vet with informatics experience as a part-time adviser.",
      "Interviews would be a take-home on real anonymised notes, then a pairing session, then a conversation with me about values. We'd pay at the market median with a bit more equity, and we'd hire remote across Europe so we're not fighting the big labs for the same people.",
      "By the end of the year I'd want the team at six, with a proper on-boarding plan so nobody spends their first month lost.",
    ].join('\n'),
  },
];
