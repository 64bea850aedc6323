import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-first fresh set, author c: middling (be048–be050), weak (be051–be052), salad (be053–be054),
 * negated (be055–be056), misconception-led (be057–be058) and off-topic (be059–be060) answers,
 * written blind and labelled by hand.
 */
export const FIFTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: units abbreviated (hrs, pts)
  {
    id: 'be048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Single-page checkout, spring campaign coming. Plan:',
      '',
      "Staff orders first for 24 hrs, then returning customers who've shopped 3+ times, since the lab says they like it. First-time buyers last: they're the ones the campaign brings in and the ones most likely to drop off on an unfamiliar page.",
      '',
      'Limits set before launch, vs the old checkout: checkout errors +0.5 %, page p99 +300 ms, completed orders down more than 2 pts among returning buyers, or more than 1.5 pts among first-time buyers.',
      '',
      'Ramp 2 %, 10 %, 25 %, 50 %, 100 %, with a 48 hr hold at each step and no advance until all limits are green; the 25 % step must include a weekend.',
      '',
      "It has to finish 1 week before the campaign so there's margin. If limits break we go back to the three-step checkout and look at it again.",
    ].join('\n'),
  },
  // support-model-upgrade: a Tanzanian English register, written
  {
    id: 'be049',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      'Thank you. For this one, I can say the main questions are the cost and whether the bigger model answers payroll questions correctly.',
      '',
      'My role as PM is to decide how much traffic goes to the new model, how long we stay at each level and when we go forward. The engineers will handle the switching of the model and the deployment; that one is their area.',
      '',
      'We shall move in stages: 5 % of conversations for three days, then 25 % for three days, then 50 % for one week, then everybody. At each stage we stop and review before going to the next one, and we do not go forward if something is not okay.',
      '',
      'What we shall watch, apart from errors: the hallucination rate from the eval harness on payslip and leave questions, the thumbs-up and thumbs-down from users, the p95 response time, since a longer context is slower, and the token cost per conversation, which is what Finance has been asking. I shall send Finance the cost figure at every stage.',
      '',
      'If the numbers are not good we shall go back to the old model and check what happened.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: stages named with letters (Stage A, Stage B ...)
  {
    id: 'be050',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "The new resizer is faster on benchmarks, but the service only restarts on deploys, so anything that grows over a day won't show in a benchmark.",
      '',
      'Stage A: 5 % of image requests for 36 hours without a restart.',
      'Stage B: 25 % for 36 hours.',
      'Stage C: 50 % for 24 hours.',
      'Stage D: everything.',
      'Each stage has to run its whole hold with all limits green before we move to the next.',
      '',
      'The limits, decided before Stage A: resize errors more than 0.3 % above the old service, p99 resize time more than 200 ms above the old service, and memory per instance climbing more than 20 % over the hold compared with its first hour.',
      '',
      'If any limit trips, the on-call engineer moves traffic back to the old resizer straight away, no approval needed; it is a load-balancer weight change that takes a couple of minutes. The old service stays up until a week after Stage D.',
      '',
      "Thursday is the team's date; with these holds we'll reach Stage D early next week, and I'm fine with that.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a utility company's billing portal
  {
    id: 'be051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "At the utility where I look after the billing portal, we change customer-facing wording all the time, and the lesson is that tone matters as much as content. So for a warmer prompt I'd be careful. I'd start small, get it to some users, and keep a close eye on how people react, especially in German, because formality is a big deal there. If the feedback looks bad we'd take it back and rework the wording with a German speaker. I'd also make sure engineering and the localisation folks are in the loop, and I'd want good dashboards. Over time, if everything looks fine, it goes to everyone.",
    ].join('\n'),
  },
  // pricing-page-healthy: a sentence on what the candidate would not compromise on
  {
    id: 'be052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's a pricing page with nothing changing behind it, so honestly this is a low-risk one. I'd still do it as a canary because that's good practice: put it in front of a small group first, look at the numbers, and if they look normal keep going until everyone has it, ideally before the Friday campaign. The one thing I wouldn't compromise on is quality; I'd rather be a day late than ship a page that confuses people about what they're paying. I'd keep marketing in the loop and make sure someone can undo it if needed.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: units abbreviated (hrs, mins, pts); keyword salad
  {
    id: 'be053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary, wallet, p99, Friday dinner, sign-off. Android, 0.5 %, on-call, certification, 24 hrs. PM, bursts, 5 mins, internal, gate. Engineering, 2 pts, randomised, beta, routing, lead. 1 %, 5 %, 25 %, 50 %, 100 %. Rollback, iOS, hold, opt-in, 200 ms, A/B. Deploy, enterprise, safe, 48 hrs, flag, last. Better, timeouts, baseline, stage, payment success rate, 2 a.m. Owner, lift, retries, control, 6 hrs, conversion.',
    ].join('\n'),
  },
  // quiet-feedback-trap: stages named with letters; keyword salad
  {
    id: 'be054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Stage A, Stage B, Stage C, Stage D.',
      'Eval harness, clinics, one in two hundred, PM, tokens.',
      'Hallucination, 48 hours, internal, thumbs-down, routing.',
      'Vets, p95, pre-committed, sign-off, early access, compute cost.',
      'Engineering, 0.5 %, gates, last, volume, on-call.',
      'Thresholds, 200 ms, lead, holds, minutes, decision.',
      'Canary, any hour, safety, randomised, config, 2 points.',
      'A/B, cheaper, rollback, better, faster.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: the rollback explained first, before anything else (rejected)
  {
    id: 'be055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Rollback first, since people always ask: I wouldn't set up a dedicated rollback path or hand anyone the authority to pull the model at night. The old model gets retired on day one; keeping two models warm doubles the feature-store load, and a rollback at 6 a.m. Berlin time shouldn't be decided by whoever happens to be on call.",
      '',
      "I wouldn't write thresholds in advance either. Pre-committed numbers like 0.5 % errors or 150 ms on p95 look rigorous, but they never fit the real traffic. Nor am I going to bother with an ordered cohort: no staff first, no early-access group, no holding back new customers. Regions get it when engineering is ready.",
      '',
      "No formal stages, no holds, and no sign-off at each step; those are ceremonies that slow the team down. I don't see the split between PM and engineering as something to spell out here either; we'd decide things together as they come.",
      '',
      "Model-quality signals such as eval-harness relevance, user feedback or compute per request aren't worth tracking here; recommendation quality is too fuzzy to gate on. And I won't plan a separate A/B test after the canary; the team doesn't have the bandwidth for a second experiment.",
    ].join('\n'),
  },
  // booking-purchases-lag: each decision followed by a line starting "Why:" (rejections)
  {
    id: 'be056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Rollback thresholds won't be fixed before the release.",
      'Why: the team wants it at 100 % this afternoon and nobody has time to agree numbers.',
      '',
      'There will be no cohort order, staff first or otherwise.',
      'Why: a date picker is a date picker; everyone can get it at once.',
      '',
      "I'm not planning ramp stages or holds.",
      'Why: holding for bookings that arrive hours later would push this into next week.',
      '',
      'Nobody needs to sign off on advances.',
      "Why: there's only one advance, from nothing to everything.",
      '',
      "Splitting what the PM owns from what engineering owns isn't worth doing here.",
      "Why: it's a front-end change and the engineers can run it end to end.",
      '',
      "A fast rollback path for on-call isn't something I'd set up.",
      "Why: if something's wrong we'll notice in the reviews and fix forward.",
      '',
      "I wouldn't frame the canary as a safety check to be followed by an A/B test.",
      'Why: the design reviews already told us what we need.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a sentence on what the candidate would not compromise on
  {
    id: 'be057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'This is a cosmetic change and leadership wants it out this week, so the canary will do double duty: it is our A/B test. The canary cohort against everyone else tells us whether reviews above the fold sell more, and if canary conversion beats the rest, we have proof the new page is better.',
      '',
      "I own the order, the pace and the call to advance; engineering owns the flag and the deploy. Staff first for a day, then customers in our early-access programme, then everyone else, with first-time visitors last, since they're the ones a broken gallery would lose.",
      '',
      'Stages are 5 %, 25 %, 50 %, 100 %, with a 24-hour hold at each, and the web lead and I sign off each advance.',
      '',
      "The thing I won't compromise on is getting a lift number out of this canary: if the canary cohort converts better than last week did, that's the evidence leadership wants, and that's what we'll report.",
    ].join('\n'),
  },
  // support-model-upgrade: a Tanzanian English register, written
  {
    id: 'be058',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      'Thank you for this question. I want to say from the beginning that a model is a service like any other. If it is returning answers without errors and it is fast, then it is working. My plan treats it the same way as a backend release.',
      '',
      'As PM, I decide the order of users, the thresholds and the holding time; the engineering team is responsible for the switching and the deployment.',
      '',
      'Order: our internal HR staff first, since they know payroll well and will report any issue; then the customers in the beta programme; then all others, with the big enterprise tenants last, because they have the most employees asking questions.',
      '',
      'Thresholds, agreed before we start: error rate not more than 0.5 % above the old model, and p99 latency not more than 500 ms above. Those two are enough for us. The eval harness, thumbs-down and cost per conversation, I am not going to gate on them, because those ones are noise, and Finance can get their cost number at the end of the month from the invoice.',
      '',
      'Stages: 5 %, 25 %, 50 % and 100 %, and we hold 24 hours at each stage. The assistant engineering lead and myself sign off before every step.',
      '',
      'The on-call engineer may switch back to the old model at any time without asking me; it is a configuration change which takes less than five minutes.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a retail store manager's register (invented)
  {
    id: 'be059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I'd brief the store teams before the size guide appears online, since customers will ask about it at the till. Each store manager gets a short walkthrough on Monday, then runs a ten-minute huddle with the floor staff. There would be a printed card for the fitting rooms showing how our sizes map to European and UK sizes, with a few laminated copies for the returns desk, because returns for fit are where this guide should help most. The busiest stores would add two seasonal hires in the spring to cover extra fitting-room traffic, recruited through the usual agency, with a half day of shadowing before their first shift. Store managers collect customer questions during the first fortnight and send them to the e-commerce team, so the online guide and the in-store card say the same thing.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: each decision followed by a line starting "Why:"
  {
    id: 'be060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd open a role for a German-speaking content designer this quarter.",
      "Why: the writing assistant's voice is designed in English today, and a quarter of users write in German.",
      '',
      'The job ad goes out through our Berlin network and two language-focused job boards.',
      'Why: generic boards bring translators, and we want someone who writes product copy.',
      '',
      'Interviews have three rounds: a portfolio review, a writing exercise rewriting five help articles in formal and informal German, and a conversation with the design lead.',
      'Why: the exercise shows judgement about du and Sie better than any CV.',
      '',
      'The first ninety days cover a German style guide, a glossary of product terms and a review of the onboarding emails.',
      'Why: every later piece of copy leans on those.',
      '',
      'The budget comes from the localisation line, not from design.',
      'Why: that line is underspent this year.',
    ].join('\n'),
  },
];
