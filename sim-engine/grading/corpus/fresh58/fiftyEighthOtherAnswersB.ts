import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-eighth fresh set, author b: middling (bl028–bl030), weak (bl031–bl032), salad (bl033–bl034),
 * negated (bl035–bl036), misconception-led (bl037–bl038) and off-topic (bl039–bl040) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: stages named by day number
  {
    id: 'bl028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Day 1: the new checkout goes to staff and to returning customers on our beta list; they know the old flow and will notice what changed. Day 3: 10 % of returning customers. Day 5: 10 % of first-time buyers, kept as their own group, because the lab only tested returning customers and first orders are what the spring campaign is for. Day 8: 50 % of everyone. Day 12: 100 %, before the campaign starts.',
      '',
      "At every day-stage we hold, and only move to the next day if the numbers stay inside the limits we write down on day 0: checkout conversion no more than 2 % below the old flow, with first-time buyers measured separately; payment errors no more than 0.5 % above control; page-load p95 no more than 300 ms slower. If a limit breaks, the stage doesn't advance and the team looks at it.",
      '',
      "Auto-fill is the risky part for first-time buyers, who have nothing saved, so I'd want a close look at the empty-form path during day 5.",
    ].join('\n'),
  },
  // support-model-upgrade: each sign-off named by job title only
  {
    id: 'bl029',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'The support assistant moves to the bigger model in four stages: 5 %, 20 %, 50 % and 100 % of conversations. Each stage stays in place for at least two days, and moving on is a gate, not a timer: the head of customer support and the machine learning lead both approve in the release ticket before the next stage opens.',
      '',
      'What they look at before approving: the hallucination rate from the eval harness on a sample of live conversations, the thumbs-up to thumbs-down ratio, p95 response time, and cost per conversation, which the finance director has asked to see weekly. If any of those look worse than the old model, the gate stays closed and we talk about it.',
      '',
      "The cohort for each stage is drawn at random from all companies, so each stage is representative. The prompt is unchanged, so I don't expect tone problems; the risks are wrong answers about payslips and the bill.",
    ].join('\n'),
  },
  // search-tail-latency: an Anguillan English register, spoken
  {
    id: 'bl030',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Look, for dis search index, the way Ah see it, engineering own the index build and the routing, and me, Ah own the calls: when we move forward, when we hold, when we stop. That is the split.',
      '',
      'Ah would put the new index on some of the traffic, a bit more each time, and keep a eye on it. The main ting for me is the rollback. The on-call engineer, whoever it is, day or night, can switch the queries back to the old index by the routing flag, one time, no need to call nobody. Two minutes and it done. Nobody waiting on me to say yes.',
      '',
      'And one more ting: people going to look at the canary and say, see, the queries faster, so it better. No. The canary only say it safe to run. If you want to say better, you run a randomised A/B test, proper.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a tax-filing assistant chatbot
  {
    id: 'bl031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "At the tax-filing assistant I work on we swap models a couple of times a year, and what I've learned is not to rush it. For the vet summaries I'd do the same: put the cheaper model out to some clinics first, see how it goes, and keep an eye on feedback and quality. If vets start to seem unhappy, we'd pull it back, and we'd widen it once everyone feels comfortable. The ML team would handle the technical side, and I'd stay close to them and to the clinics. Cheaper and faster is great, but quality matters most for medical notes, so we'd be careful.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: a short aside on a concern a teammate raised
  {
    id: 'bl032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I'd roll the new resizer out gradually rather than everywhere on Thursday. Start small, watch the dashboards, and grow it as we gain confidence. If something looks off we can always go back to the old version. One of our engineers raised the concern that benchmarks don't tell you how the service behaves over a long day; I think that's fair, and it's another reason to go slowly and keep watching. Speed is nice, but sellers care most that their photos show up.",
    ].join('\n'),
  },
  // staff-cohort-artifact: a heap of fragments separated by slashes
  {
    id: 'bl033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary / staff cohort / employees, beta, general, high-value last? / 1 % 5 % 25 % 50 % 100 % / thresholds: 0.5 % errors, p99 +200 ms, conversion −2 % / baseline vs control / holds, gates, 24 h, metric gate / sign-off: PM, eng lead / rollback < 5 min, on-call, flag, no redeploy / randomised A/B vs canary, safety vs improvement / PM: decisions; engineering: routing / bigger photos, size guide / staff browsing, no buying / conversion artefact, denominator',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the plan given as answers to the interviewer's follow-up questions, each opening "You asked ..."
  {
    id: 'bl034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'You asked about ownership. PM, engineering, routing, decisions, flag service.',
      '',
      'You asked about cohorts. Staff, beta, English, German, formal address, business accounts, Sie and du.',
      '',
      'You asked about thresholds. Thumbs-down 20 %, acceptance 3 points, p95 2.5 s, tokens +25 %, errors 0.5 %, eval harness, hallucination, formality score 90 %.',
      '',
      'You asked about stages. 1, 5, 20, 50, 100. Holds, gates, a day, three days, 500 ratings, sign-off, localisation lead.',
      '',
      'You asked about rollback and A/B. On-call, config, one minute, any hour, safety, improvement, randomised, canary, afterwards.',
    ].join('\n'),
  },
  // booking-purchases-lag: an Anguillan English register, spoken
  {
    id: 'bl035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Boy, Ah wouldn't go through all this canary ceremony for a date picker, you know. Nothing in the service changing.",
      '',
      "We wouldn't bother wid no staff-first cohort, no special order of customers. We wouldn't write down rollback numbers before we start neither. No stages wid holds, no 1 %, 5 %, 25 %, dat too slow for a form. No sign-off from nobody at every step, dat is just paperwork. And who allowed to roll back, how fast, we not setting that up. An A/B test after to see if it better? Not for a form.",
      '',
      'Team want it at 100 % this afternoon, so it go out this afternoon.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a tax-filing assistant chatbot
  {
    id: 'bl036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "At the tax-filing chatbot where I'm PM we've stopped doing the textbook canary, and I wouldn't do it here either. I wouldn't split who owns what between product and engineering; the team owns it together. I wouldn't pick an order of cohorts, staff first or anything like that. We wouldn't pre-commit fixed rollback thresholds, and we wouldn't stage it at 1, 5, 25 and 50 % with a hold at each step. No sign-off at each step either. I wouldn't hand on-call a rollback switch to use without asking. I wouldn't set up separate tracking for eval scores, thumbs-down, p95 latency or compute cost per request. And I wouldn't frame the canary as safety rather than improvement, or plan a randomised A/B test after it. We'd ship the new model to both regions and move on.",
    ].join('\n'),
  },
  // support-model-upgrade: the plan given as answers to the interviewer's follow-up questions, each opening "You asked ..."
  {
    id: 'bl037',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H S M'),
    text: [
      "You asked what the canary is for. For me it's where we prove the bigger model is worth its price: the canary cohort is our A/B test, and when its resolution rate beats the control group we have the evidence finance wants.",
      '',
      'You asked who owns what. Engineering owns the model routing and the deploy; I own the percentages, the limits and when we move.',
      '',
      'You asked about limits. Fixed before launch: hallucination rate on the eval harness no more than 1 point above the old model, thumbs-down rate no more than 15 % above control, p95 latency under 5 seconds, and cost per conversation no more than 35 % higher. Any breach stops the stage.',
      '',
      "You asked about stages. 5 %, 25 %, 50 %, 100 %, each held 48 hours, and the head of support and I sign off each advance. By 25 % I'd expect the lift in resolution rate to show, and that lift is what goes into the business case.",
      '',
      'You asked who is in the canary. Whoever the flag service picks.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: each sign-off named by job title only
  {
    id: 'bl038',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      'Fares are sensitive, so one rule governs this release: nobody rolls back the pricing service except the product manager, and the on-call engineer pages the product manager first and waits for the decision. A wrong rollback during the nightly billing batch could double-charge riders, so that call has to sit with product, at any hour.',
      '',
      "Cohorts: employees' own rides first, because they will report an odd fare; then riders in a single mid-sized city who opted into beta features; then the remaining cities; business accounts and airport trips last, as disputed fares there cost the most.",
      '',
      'Limits agreed before the Tuesday start: fare calculation errors above 0.2 %, p99 quote latency over 300 ms, booking conversion down more than 2 % against control.',
      '',
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %, each held at least 24 hours and through one nightly batch window. The product manager and the pricing engineering lead approve each advance.',
      '',
      'If a limit is breached at night, the on-call engineer pages the product manager and holds everything as it is until the product manager answers.',
    ].join('\n'),
  },
  // after-the-sale-healthy: stages named by day number, with a short aside on a concern a teammate raised
  {
    id: 'bl039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Day 1: we announce our own-brand tent line to the newsletter list, with an early-bird code for subscribers. Day 3: the creator videos go live; three outdoor creators already have samples. Day 5: paid social starts in Germany and the Netherlands, with France following on day 8 once the translated product copy is approved. Day 10: the tents move into the homepage hero and the category pages. Day 14: we review sell-through against the forecast of 1,200 units for the first fortnight and decide whether to reorder the two-person model, which the buyers expect to sell out first. A colleague in merchandising worried that launching so soon after the spring sale would make full-price tents look expensive; I'd answer that with a bundle rather than another discount.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a short aside on a concern a teammate raised
  {
    id: 'bl040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "For the writing assistant, the thing I'd push for first is a proper German-language team. Right now every prompt review happens in English, so I'd hire two German-speaking content designers and a linguist who knows business correspondence. I'd open the content designer roles first, since they can start reviewing copy in their first week, and the linguist role second, as those searches take longer. Interviews would include a writing exercise in both languages and a session with the current prompt authors. Our recruiter raised a fair concern that Berlin salaries for linguists sit above our bands; I'd ask for an exception for one senior hire rather than lower the bar. Within two quarters I'd want the German team owning its own style guide, with the English team reviewing, not the other way round.",
    ].join('\n'),
  },
];
