import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-first fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (bo008–bo020), written blind, labelled by hand. */
export const SIXTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order · cohorts by platform (desktop before apps); ratios
  {
    id: 'bo008',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      'The part I would own here is the order and the limits; engineering handles the flag and the rollout mechanics.',
      'On order: staff first, since they shop with us anyway; then returning customers who joined our preview list, desktop before the mobile apps; first-time buyers last, because they are exactly who the usability lab never tested and exactly who the spring campaign brings in.',
      "The limits go in writing before we start: checkout errors no more than 1.2 times the old three-step flow, p99 page latency no more than 1.2 times, and first-order conversion at least 0.95 of the old flow's rate.",
      'After that I would open it up gradually and keep a close eye on it through the campaign.',
    ].join('\n'),
  },
  // support-model-upgrade · ride-hailing driver-payout PM; ratios
  {
    id: 'bo009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "At my payouts job we learned to put a price on every change before shipping it, so that is where I would start: Finance's cost question gets a number.",
      "Before any traffic moves we fix the limits against the current model: errors no more than 1.2 times, p95 latency no more than 1.4 times because a longer context is slower, cost per conversation no more than 1.5 times, hallucination rate on the eval set no higher than today's, and conversations that end in a support ticket no more than 1.1 times the baseline.",
      'Then we ramp 2 %, 10 %, 30 %, 60 %, 100 %, holding two days at each and moving on only if every limit held. Thumbs-down rate and cost per conversation are on the dashboard every morning.',
      'That is the core of it for me.',
    ].join('\n'),
  },
  // search-tail-latency · each section opening with the risk it guards against
  {
    id: 'bo010',
    scenario: 'service',
    class: 'middling',
    points: points('C H S R'),
    text: [
      'The risk of the wrong people meeting slow searches first. Our own staff go first, including the in-house research librarians who search all day, then librarians at institutions that opted into the preview, then free-tier users. Institutional licences go last, since they pay for the product and would feel it most.',
      'The risk of advancing on a calm morning. The stages are 1 %, 10 %, 50 %, 100 %, and each holds at least two working days so the heavy-filter queries from evening sessions show up before we move.',
      'The risk of drift. The search engineering lead signs off every advance, in writing.',
      'The risk of a slow night. On-call can switch back to the old index by config whenever they see trouble, at any hour, with no approval needed, and it is done in minutes.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · Bahamian English register in writing
  {
    id: 'bo011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Well, I would take it slow, ya know. Put the new model out to some people, see how dem baskets doing, and if it look good we keep going. The data science team know dis model better than me, so I would lean on them for the details. If something look off, we pull it back and figure it out. Main ting for me is communication: everybody in the loop, Berlin and Singapore both.',
    ].join('\n'),
  },
  // image-resizer-memory-leak · ride-hailing driver-payout PM
  {
    id: 'bo012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'In payouts we never ship on a Friday, and I would bring that same caution here. The new resizer sounds like a real improvement and the benchmarks are encouraging, but benchmarks are not production. I would want the team to be careful, roll it out in a sensible way, keep monitoring closely and make sure sellers do not notice anything. If there are issues, we would deal with them quickly. Thursday is ambitious, but achievable if everyone stays aligned.',
    ].join('\n'),
  },
  // quiet-feedback-trap · terse keyword fragments with ratios
  {
    id: 'bo013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Staff, beta clinics, new clinics.',
      'Thresholds 1.2x errors, 1.1x p95, hallucination rate, eval harness 1/200, thumbs-down.',
      'Ramp 5 / 25 / 50 / 100. Holds, gates, sign-off, PM, ML lead.',
      'Rollback on-call 24/7, config flag, minutes.',
      'A/B test randomised, safe vs better. Cost per summary 0.7x. Feedback sparse, volume, iOS Android, legal.',
    ].join('\n'),
  },
  // booking-purchases-lag · one line of arrows and ratios
  {
    id: 'bo014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'booking page -> canary -> internal / early access / fragile last -> pre-committed thresholds -> errors 1.2x, p99 1.25x, bookings 0.97x baseline -> lag, hours, date picker, client-side store -> hold 24 h / gate / sign-off PM + eng lead -> rollback any hour, config not redeploy, 5 min -> canary safe != better -> randomised A/B -> legal -> Android iOS -> 100 % this afternoon?',
    ].join('\n'),
  },
  // pricing-page-healthy · plain first person, every practice refused
  {
    id: 'bo015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Honestly, for a pricing table I would not run any of the usual canary machinery. I would not split out who owns what between me and engineering, and I would not put staff or early-access users first or keep anybody back for last. I will not write rollback limits down in advance: no error ratios, no latency ceiling, no conversion against a baseline. No stages, no holds at 5 % or 25 %, and no sign-off from me or the marketing lead at each step. I would not arrange for on-call to flip it back at night either, and I am not planning an A/B test afterwards. It goes out on Friday with the campaign, to everyone.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · platform cohorts, ratios and a legal question, all refused
  {
    id: 'bo016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I don't think this needs a canary at all; it's a prompt. We won't start with staff, or with Android before iOS, and we won't keep German users for last. We aren't going to set limits like thumbs-down no more than 1.2 times the old prompt or p95 no more than 1.1 times, and we won't watch an eval harness or token cost. There won't be stages or holds, nobody signs off each step, and rollback isn't something we'd plan around a flag and an on-call engineer. An A/B test afterwards isn't on the cards either. Legal asked whether the German tone needs a review; I told them no.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · ride-hailing driver-payout PM; the canary is the A/B test
  {
    id: 'bo017',
    scenario: 'model',
    class: 'misconception',
    points: points('P H M'),
    text: [
      'Coming from driver payouts, I like a release that answers the business question directly, and a canary does exactly that: it is our A/B test. The 5 % on the new model is the treatment group, everyone else is the control, and if average basket value in the canary beats the rest, we have proof the model is better and we roll forward.',
      'I own the stage sizes and when we move; engineering owns the model serving and the feature stores.',
      'The stages are 5 %, 20 %, 50 %, 100 %, each held for two full days so both the Berlin and the Singapore lunch peaks are in the data before anyone moves it on.',
      'Alongside basket value I would watch p95 latency on the home screen, the feature-store timeout rate, the share of recommended baskets users dismiss, and the compute cost per request, since the new model reads more features.',
      'When the canary shows the lift, that is the win we take to leadership.',
    ].join('\n'),
  },
  // staff-cohort-artifact · Bahamian English register in writing; opening on the risk; limits set while watching
  {
    id: 'bo018',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "The risk I worry about most is setting limits before we know what normal look like, so I won't. We let it run with staff and watch the dashboard, and once we see where conversion and errors settle, then we decide what number count as bad.",
      "Staff go first, 'cause they on the site all day; then shoppers from the early-access list; then everybody, with first-time customers last, 'cause they the easiest to lose.",
      'Every time we go wider, the e-commerce lead signs off before it happen.',
      'And if it go wrong, on-call flips the flag back, any hour, no asking permission, couple minutes.',
    ].join('\n'),
  },
  // after-the-sale-healthy · ride-hailing driver-payout PM; a plan for next year's sale
  {
    id: 'bo019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Before the release I would fix what this calendar is really telling us, which is the sale. At my payouts job we learned that every promotion leaves a hangover in the numbers, so here is how I would plan next year's spring sale.",
      'First, cap the discount at 15 % instead of 20 %, tiered by category so tents and boots are not cannibalised. Second, end it on a Wednesday, not at Sunday midnight, so the weekend traffic is not a cliff. Third, build a post-sale email series for buyers: care guides, a review request on day 10, a loyalty voucher on day 30. Fourth, give support an extra shift the week after for returns.',
      'I would measure it on margin per order and 60-day repeat rate, not just revenue during sale week.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Bahamian English register in writing; a localisation plan; legal question
  {
    id: 'bo020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "What I would do here is fix the German before anything else, 'cause the prompt was never written for dem users.",
      'Step one, hire two native German copywriters, one from Germany and one from Austria, and have them write a German system prompt that uses "Sie" by default and only switches to "du" when the user does.',
      'Step two, a style guide for both languages: greetings, sign-offs, how casual is too casual.',
      'Step three, ask our legal team if anything in the warmer tone could read as a promise in a business email. They told me the main worry is apology wording that admits fault, so we strip dat out.',
      'Step four, translate the help-centre articles so support can explain the new tone.',
      'Then I would brief marketing on how to announce it.',
    ].join('\n'),
  },
];
