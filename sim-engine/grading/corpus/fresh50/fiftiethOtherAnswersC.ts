import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fiftieth fresh set, author c: middling (bd048–bd050), weak (bd051–bd052), salad (bd053–bd054),
 * negated (bd055–bd056), misconception-led (bd057–bd058) and off-topic (bd059–bd060) answers,
 * written blind and labelled by hand.
 */
export const FIFTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: on-call engineer's side
  {
    id: 'bd048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "From the on-call side, what worries me about the rewritten resizer is that it only gets restarted on deploys, so anything that builds up over a day won't show in the first hour. The benchmark being 20 % faster tells me nothing about hour twenty.",
      "Before we route anything to it, we agree the numbers that send it back: p99 resize latency more than 150 ms above the old service, error rate 0.5 points above it, or resident memory per pod above 75 % of its limit. Those go into the alerts on day one, not after we've seen a graph.",
      'The steps would be 2 %, 10 %, 50 %, 100 %. Each one holds for at least 36 hours without a restart, so we see a full day of uploads and the memory curve after it. If the curve is still climbing at the end of a hold, the hold gets longer.',
      "If any of those numbers trips, whoever is on call sends all image traffic back to the old resizer through the load-balancer weights, at any hour and without asking anyone. It's a config change, done in about two minutes.",
      "Everywhere by Thursday isn't going to happen with 36-hour holds, and I'd say so.",
    ].join('\n'),
  },
  // support-model-upgrade: bracketed tags such as [decision] and [watch]
  {
    id: 'bd049',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      '[decision] I own the release choices for the assistant: who sees the larger model first, and how far it goes.',
      '[owner] The ML engineers own the routing between the models and the deploy itself.',
      '[decision] Our own HR and payroll staff see it first, because they can tell a right payslip answer from a wrong one straight away. After them, customers who joined the beta. Customers in their payroll week, and the largest accounts, come last, since a bad answer there hurts most.',
      '[watch] Beyond errors and latency, I want the eval harness checking hallucinations on a sample of real conversations, the thumbs-down rate compared with the old model, and the cost per conversation, which Finance has asked about.',
      '[assumption] The three-point offline gain will mostly hold up on short questions; longer ones are the unknown.',
      '[open] Stage sizes and the numbers that would stop it are still to be written down with the ML lead.',
    ].join('\n'),
  },
  // search-tail-latency: PM at a hospital appointment-scheduling system
  {
    id: 'bd050',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: [
      "I work on a hospital appointment-scheduling product, and our slowest searches are always the odd ones: a consultant with three clinics, a rare specialty, a date range across a holiday. That is exactly what this benchmark left out, so the rare, filter-heavy queries are what I'd guard.",
      "I'd start with our own staff and the librarians at two partner institutions who agreed to try it, since they run the long, many-filter queries and will tell us when something feels slow. Then free-tier users, who are many and forgiving. Institutional licence holders go last: they pay for the product, and their researchers are the ones with the complicated queries.",
      'Before any traffic moves, the limits are set: p99 query latency more than 250 ms above the old index, p99.9 more than 1 second above it, errors 0.5 points above, and searches that end in a download down 2 % against the old index. Any one of them sends us back.',
      "We'd widen it over a couple of weeks as things look fine.",
      "The canary can tell us the new index is safe to run. It won't tell us whether researchers find better papers with it, and I wouldn't claim that without a randomised A/B test.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Barbadian English register, written
  {
    id: 'bd051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Well, the new prompt does sound real nice in English, so I would roll it out slow and keep a eye on how it going. If the German users start complaining we could always change it back. Engineering does know these things better than me, so I would leave the details to them and just check the numbers now and then. Once everything look alright, everybody get it.',
    ].join('\n'),
  },
  // pricing-page-healthy: closing line addressed to the interviewer
  {
    id: 'bd052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's a pricing page with a clearer table and no backend change, so the risk is low. I'd put it out to some users first, keep an eye on the dashboards, and if nothing looks off, open it up to everyone before Marketing's campaign on Friday. If something did look wrong, we'd deal with it then.",
      "Honestly, this is one where I'd trust the team and not over-engineer the process; I hope that's the kind of judgement you were looking for.",
    ].join('\n'),
  },
  // quiet-feedback-trap: buzzword word-cloud paragraph
  {
    id: 'bd053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, summariser, vets. Cheaper model, faster model, 5 %, 200, a few hundred a minute. Eval harness and hallucination and thumbs-down, p95, tokens, cost per summary, the whole quality picture. PM ownership, engineering routing, decisions, holds. Internal clinics, pilot clinics, emergency clinics, last, first. 1 %, 0.5 %, 300 ms, 1.5x, one in ten, thresholds. Ramp 5, 20, 50, 100. Gates, metric gates, time gates, sign-off, ML lead, staff vet. Rollback, on-call, flag, minutes, any hour. Safety versus improvement, randomised, A/B. Sparse feedback, sampling, volume, signal. All of it, end to end, canary thinking for a clinical context.',
    ].join('\n'),
  },
  // booking-purchases-lag: noun-phrase fragments, closing line addressed to the interviewer
  {
    id: 'bd054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Booking page, date picker, client-side store, shorter form. Canary-wise: segments and cohorts, internal and friendly and high-value, the order question. Thresholds in the picture, errors, p99, 200 ms, 0.5 %, conversion, 2 %, baseline, lag, hours. Stages and holds and gates, 1 and 5 and 25 and 100, afternoon, this afternoon. Sign-off, the PM, the tech lead, engineering, routing, ownership. Rollback, flags, minutes, on-call, night. Safe versus better, A/B, randomisation, lift. Bookings after dinner, bookings tomorrow, delayed signal, the funnel.',
      "Plenty to unpack there, and I'm happy to take any thread of it further with you.",
    ].join('\n'),
  },
  // after-the-sale-healthy: "I will" throughout (as "I will not")
  {
    id: 'bd055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'I will be honest: for a cosmetic change like this I will not run the full canary ceremony.',
      'I will not split out an internal cohort or save particular customers for last, and I will not pretend the order of segments matters for reviews moving up a page. I will not write rollback thresholds down in advance either, with error and latency numbers agreed before traffic moves; that is process for a payment change, not for a product page. I will not set up stages with a hold at each one, and I will not ask anyone to sign off each step. I will not give a named person on call the authority to roll back on their own at 3 a.m. I will not set up a randomised A/B test afterwards, and I will not spend time explaining the difference between safe and better to leadership.',
      'I will ship it this week, as leadership asked.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: bracketed tags such as [decision]
  {
    id: 'bd056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      '[decision] No deliberate segment order; I do not see the point of staff first or of holding Singapore back.',
      '[decision] No thresholds written down before launch: not for feature-store latency, not for errors, not for basket adds.',
      '[decision] No stages with holds or gates between them, and no sign-off at each step.',
      '[decision] No standing permission for the on-call engineer to roll back without checking in.',
      "[decision] No eval-harness sampling, no tracking of 'not interested' taps, no watch on compute cost per request.",
      '[decision] No A/B test afterwards, and I would not frame the canary as safe-not-better either.',
      '[note] The model is an improvement on paper; I would rather not wrap it in process.',
    ].join('\n'),
  },
  // support-model-upgrade: each stage a card in prose: who, how many, how long, what stops it
  {
    id: 'bd057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      'I think of each stage as a card.',
      'Card one. Who: our own HR and payroll staff, who know the right answer to a payslip question and will tell us when the assistant gets it wrong. How many: 1 % of conversations. How long: two days. What stops it: error rate more than 0.5 points above the old model, or p99 latency more than 400 ms worse. Both limits are fixed in the plan before anyone is moved.',
      'Card two. Who: customer admins in the beta programme. How many: 10 %. How long: three days. What stops it: the same two limits.',
      'Card three. Who: the general customer base, with the largest payroll customers held back, since they are least forgiving. How many: 50 %. How long: a week. What stops it: the same two limits.',
      'Card four: everyone.',
      'The point of the cards is that the 50 % stage is our A/B test. The half on the new model against the half on the old one tells us whether the larger model is better: if resolution rate is up on the canary side, that proves the three-point offline gain is real, and we take that number to Finance to justify the cost per conversation. Errors and latency are what keep it safe; the comparison is what makes the case.',
    ].join('\n'),
  },
  // staff-cohort-artifact: on-call engineer's side
  {
    id: 'bd058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      "I'm on call for the product-page release, so here's how it runs from where I sit.",
      'The PM owns the decisions: which customers see it in what order, the rollback limits, and how long each stage holds. We own the deploy and the routing.',
      "Staff go first, because they're on the live site all day and will spot a broken size guide before anyone else. The PM has been clear that staff almost never buy, so their conversion is ignored; at that stage only errors and page speed count. After staff come the customers on the early-access list, then everyone else, with loyalty-programme members last because they spend the most.",
      'The limits were signed before the first page was served: errors 0.5 points above control, p99 page load 250 ms slower, and, from the early-access stage on, add-to-bag down 2 % against the control group.',
      'Stages are 5 %, 25 %, 50 %, 100 %, each holding 48 hours. The PM and the web lead sign off each advance.',
      "If a limit trips, my job is to page the PM and wait. Only the PM may roll back, and that's the right call: rollback is a product decision, and I shouldn't be making product decisions at 3 a.m. Once the PM answers and approves, I switch the flag, which takes a couple of minutes. Until then the breach keeps running, but at least the right person decided.",
    ].join('\n'),
  },
  // checkout-first-order: PM at a hospital appointment-scheduling system (hiring plan)
  {
    id: 'bd059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Let me answer through what I'm working on right now. I'm the PM for a hospital appointment-scheduling system, and the real constraint on anything we ship this year is people, so my plan is a hiring plan.",
      "We have two engineers covering both the booking screens and the integration with the hospital's patient records, and every incident pulls them off roadmap work. I'm asking for three hires this half: a senior backend engineer who has worked with HL7 or FHIR interfaces, a QA engineer who can own regression testing across the twelve clinic types we support, and a designer shared with the patient-portal team.",
      "The backend role opens first because the integration is where our outages come from. I've written the job description with the engineering manager, we interview in two rounds, a systems conversation and a paired exercise on a real bug, and the offer goes out within a week of the final round so we don't lose candidates to the bigger hospital groups. The QA role follows a month later, and the designer after that, once the portal team has agreed how to split their time.",
      "Onboarding matters as much as the hire: each new person shadows a clinic's reception desk for a day, because nobody understands why double-booking matters until they've watched a receptionist deal with it.",
      "If I get those three people, the roadmap for the rest of the year is realistic. If I get one, I'll protect the integration work and push the new reporting features into next year.",
    ].join('\n'),
  },
  // quiet-feedback-trap: "I will" throughout (go-to-market launch plan)
  {
    id: 'bd060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'I will treat this as a launch to the clinics, and I will start with the message. I will tell vets that summaries now arrive faster and that the plan price stays the same, because small clinics care about time at the end of a long day and about not seeing another price rise.',
      'I will write a one-page note for clinic managers and a short video showing a summary arriving while the vet is still in the room. I will run two webinars, one at lunchtime and one in the evening, since clinic hours make a single slot useless. I will ask three clinics we already know well to speak about how they use summaries, and I will put their quotes on the landing page.',
      'I will brief the sales team with a comparison against the two competitors they meet most often, and I will give them a ready answer for the question they always get about where patient data is stored.',
      'I will time the announcement for the veterinary conference in the autumn, where I will have a stand and a live demo, and I will measure the launch by demo requests and by how many trial clinics become paying clinics within sixty days.',
      "After the conference I will collect what clinics asked about most and turn it into the next quarter's help articles.",
    ].join('\n'),
  },
];
