import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-sixth fresh set, author c: middling (bj048–bj050), weak (bj051–bj052), salad (bj053–bj054),
 * negated (bj055–bj056), misconception-led (bj057–bj058) and off-topic (bj059–bj060) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: a formal clinical-safety register, with a closing sentence on what they would do differently on a second release
  {
    id: 'bj048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Having worked on software for hospital pharmacies, I approach a rewrite of this kind with caution, and I would not accept the Thursday deadline as a given.',
      "The exposure sequence would be as follows. Images uploaded by our own staff and test sellers are resized by the new service first, since any broken thumbnail is then seen only internally. Sellers who have opted into new features follow, as they are accustomed to occasional rough edges. Ordinary sellers come next, and the highest-volume sellers, whose listings earn most of the marketplace's revenue, come last.",
      'Before any traffic is routed, the stopping criteria are recorded: a resize error rate more than 0.3 % above the existing service; p99 resize latency more than 200 ms above it; resident memory growing by more than 10 % over any six-hour window, which is the pattern that would indicate a leak.',
      'The stages would be 5 %, 25 %, 50 % and 100 % of resize requests. Because the service is restarted only on deploys, each stage is held for a minimum of 36 hours without a restart, so that the slow degradation the benchmarks cannot show has time to appear, and progression occurs only if all three criteria have been met throughout.',
      'On a second release of this service I would ask for a soak test of several days before the canary begins, rather than discovering the memory profile in production.',
    ].join('\n'),
  },
  // support-model-upgrade: a Dutch candidate's direct English
  {
    id: 'bj049',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'Let me be direct about who decides what. Engineering switches the model and owns the routing; that is not my job and I will not pretend it is. My job is the release decisions: how far we go, when we stop, whether we continue.',
      "What I watch for this model is not only errors and latency. The eval harness runs on a sample of live conversations and reports the hallucination rate on payslip and leave questions, because a confident wrong answer about someone's salary is worse than a slow one. The thumbs-down rate on answers is the second signal. The third is cost per conversation, which finance already asked about and which the longer context window will push up. These three decide whether we continue.",
      'Rollback is simple, and it is not mine. The on-call engineer switches back to the old model with the feature flag whenever one of those signals turns bad, at any time, without asking me first; the old model is serving again within a few minutes.',
      'How big the steps are and how long we wait at each, I will agree with the team when we start.',
    ].join('\n'),
  },
  // checkout-first-order: a paragraph on what the canary cannot tell the team
  {
    id: 'bj050',
    scenario: 'service',
    class: 'middling',
    points: points('C H A'),
    text: [
      'The one-page checkout goes first to our own employees, who order from the shop anyway, and then to returning customers who signed up for previews, because they are the people the usability lab tested and they will forgive a rough edge. After that, returning customers in general. First-time buyers come last: they have no saved address or card, so the new page is least proven on them, and the spring campaign will bring many of them.',
      'The ramp would be 2 %, 10 %, 25 %, 50 %, then everyone. Each stage is held for three full days, and we only advance when the numbers at that stage hold up against the old checkout, with first-order completion looked at on its own.',
      'What the canary cannot tell us is whether the single page sells more. The early groups are employees and fans, chosen on purpose, so their conversion says nothing about the average shopper. If Growth wants to know whether the new checkout is better, that needs a randomised A/B test with first-time buyers in both arms, once we know it is safe.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a Marshallese English register, written
  {
    id: 'bj051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Iokwe. For this cheaper summary model I think we go slow. We give it to some clinics first and see what happen, then more clinics. The team will watch the numbers on dashboard, and if something look not good we can go back to old model. Vets are busy, so maybe they will not tell us much, but we try to ask them. When everything look fine we give to all. I trust the engineers, they know this model better than me. Kommol.',
    ].join('\n'),
  },
  // pricing-page-healthy: a chatty generalist who says "it depends"
  {
    id: 'bj052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Honestly, it depends a lot on the company and the team. For a pricing page I would probably start small, show it to some visitors, and keep an eye on how things go before the Friday campaign. If the metrics look healthy we would open it up to more people, and if anything seems off we would pull it back and take a closer look. The important thing is good communication with marketing and engineering so nobody is surprised. I would also make sure we have dashboards in place and that everyone knows the plan. Canaries are really about reducing risk, so the main thing is to be careful and not rush it.',
    ].join('\n'),
  },
  // search-tail-latency: a stream of buzzwords and numbers in verbless fragments
  {
    id: 'bj053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release, search index, tail latency.',
      'Internal cohort, beta cohort, free tier, institutional licences.',
      '1 %, 5 %, 25 %, 50 %, 100 %.',
      'p50, p95, p99, 200 ms, 0.5 % error rate, conversion, baseline, control.',
      'Holds, gates, metric-based, time-based.',
      'PM ownership, engineering ownership, sign-off, eng lead, on-call, rollback, feature flag, under five minutes.',
      'Safety versus improvement, randomised A/B test, statistical significance.',
      'Pre-committed thresholds, stakeholder alignment, observability, blast radius, rare filter queries, cost savings.',
      'Best practices throughout.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a sequence of gates, each with a "passes if" line (emptied of content)
  {
    id: 'bj054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Gate 1, recommendations.',
      'Passes if: hallucination, eval harness, p95, tokens, thumbs-down.',
      'Gate 2, feature stores, Singapore, Berlin.',
      'Passes if: thresholds, 0.5 %, 200 ms, baseline, control, regional.',
      'Gate 3, cohorts.',
      'Passes if: internal, beta, high-value, last, random 1 %, segments.',
      'Gate 4, governance.',
      'Passes if: PM, engineering, sign-off, on-call, rollback, minutes, A/B, randomised, safe, better.',
      'Gate 5, 100 %.',
      'Passes if: all of the above.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a language-learning chatbot
  {
    id: 'bj055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "At the language-learning chatbot where I work we change the tutor's prompt almost every week, and I have stopped believing in most of the canary ceremony for prompts.",
      "I would not split users into cohorts or decide who goes first; German and English users get the same prompt on the same day. I would not write down rollback thresholds ahead of time either, since nobody knows what a normal thumbs-down rate for a warmer tone looks like. I don't see a reason for staged percentages with holds between them, and I would not ask anyone to sign off each step. Nor would I hand the on-call engineer the right to revert it on their own. We would not set up an eval harness for formality or watch token cost; that is overhead for a text change. And I wouldn't bother with a separate A/B test afterwards.",
      'We would ship it to everyone on Monday and read the reviews.',
    ].join('\n'),
  },
  // booking-purchases-lag: an impatient founder's register
  {
    id: 'bj056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Look, it is a date picker, and nothing in the service changes. We are not going to run a six-stage ramp for a form.',
      "No internal-first cohort: our staff don't book holidays on our own site, so what would they tell us? No thresholds signed off in advance, because bookings lag by hours and any number we pick now is a guess. No holds at 5 % or 25 %, no gate where the PM and the eng lead put their names to each step, and no special rollback rota; we are not paging anyone at night over a calendar widget. And I would not dress this up as an A/B test either, since we are not trying to prove anything.",
      'It goes to 100 % this afternoon, like the team wants.',
    ].join('\n'),
  },
  // after-the-sale-healthy: thresholds relative to the previous week's baseline
  {
    id: 'bj057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'My role here is the decisions, not the deploy: engineering ships the new page behind a flag and routes the traffic; I decide who sees it, when we stop, and how long we wait.',
      "Everything is measured against last week, because that gives us a full week of data to compare with. Before we start, the limits are written down: page errors more than 0.5 percentage points above last week's rate, p99 page load more than 300 ms slower than last week, and purchases per product-page visit more than 3 % below last week's. If any of those is crossed, the on-call engineer turns the flag off on the spot, without waiting for me, which takes a couple of minutes.",
      'Staff see it first, then members of our customer panel who signed up for previews, then ordinary visitors, and our loyalty-club members last, since they buy most often.',
      'The stages are 5 %, 25 %, 50 % and 100 %, with two days at each before the next.',
      "The real point of the exercise is the business case. Leadership wants reviews above the fold because they should sell more, and the canary is how we prove it: if the canary cohort's purchase rate beats last week's, we have our uplift and will not need a separate A/B test. I will present that lift as the result of the release at the end of the week.",
    ].join('\n'),
  },
  // support-model-upgrade: a measured academic register, with a closing sentence on what they would do differently on a second release
  {
    id: 'bj058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H S R'),
    text: [
      'I would frame the release as a controlled exposure with a clear division of responsibility. Engineering is responsible for the model switch and the traffic routing; as product manager I am responsible for the exposure schedule, the stopping criteria and the decision to proceed.',
      'For the first cohort I would take a uniformly random 5 % of all conversations. Any hand-picked group, whether employees or beta customers, introduces selection bias, and a random sample is the fairest and most representative test of the new model.',
      'The stopping criteria, fixed before exposure begins, are an error rate more than 0.5 % above the current model and p95 latency more than 400 ms above it. For a model change these two measures are sufficient: a larger model that answers without errors and within the latency budget is, for operational purposes, working. Offline evaluations have already shown a three-point improvement, so I see little value in monitoring hallucination or user ratings in production, and cost is a question for finance rather than for the release.',
      'Exposure then proceeds to 20 %, 50 % and 100 %, with a hold of 48 hours at each level, and the engineering lead and I jointly approve each increase. If either criterion is breached, the on-call engineer reverts to the previous model through the configuration flag immediately, without seeking approval, which completes within minutes.',
      'On a second release I would shorten the holds, since the first would already have established that the larger model behaves.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a brand product-launch plan
  {
    id: 'bj059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'For the new product pages with larger photos and the size guide, I would treat this as a launch moment for the brand. Three weeks before, we brief the social team and the creators we work with so they can film try-on videos that use the size guide. Two weeks before, the email team drafts a "find your fit" newsletter for the loyalty list, and the stores get posters with a QR code pointing to the guide. In launch week we run paid social in our three largest markets, and the homepage banner links straight to a product page that shows off the new photos. Afterwards we measure reach, email open rates and visits to the size guide, and we share the best customer photos on our channels. Most of the budget goes to creators rather than ads, since fit content performs better coming from real people.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a language-learning chatbot (a hiring plan)
  {
    id: 'bj060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'At my language-learning chatbot the hardest part of any model change has been people, so that is where I would start. Before this summariser changes, I would hire a clinical content lead with a veterinary background, ideally a former vet nurse, and two contract reviewers who can read summaries part time. I would write the job descriptions this week, use our contacts at vet schools to find candidates, and run a paid work sample instead of a whiteboard interview. The content lead would report to me, and the reviewers to the content lead. I would budget for the reviewers for six months and then decide whether to make them permanent. Onboarding would take two weeks: shadowing clinics, learning the notes format and meeting the engineers. Once the team is in place, the product is in much better hands.',
    ].join('\n'),
  },
];
