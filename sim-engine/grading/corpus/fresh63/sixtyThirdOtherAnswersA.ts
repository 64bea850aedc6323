import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-third fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic
 * answers (bq008–bq020), written blind and labelled by hand before any grading.
 */
export const SIXTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order (service) · voice: car-sharing PM recalling the unlock rollout
  {
    id: 'bq008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'This reminds me of our phone-as-key unlock rollout: the people who loved it in testing were our oldest members, and the people it broke for were the new ones. So I would be deliberate about who sees the single page.',
      '',
      'Order: staff first, then customers who opted into our early-access programme, then returning customers who have bought from us for over a year and order often, the ones the lab says love it. First-time buyers go last, because they are the group most likely to abandon and the group the spring campaign brings in.',
      '',
      'Before any traffic moves, we write down the limits: we stop if checkout errors are 0.5 % above the old checkout, if p99 checkout latency is 300 ms worse, or if first-order conversion falls 2 % against the baseline cohort.',
      '',
      'Stages: 5 % for two days, 25 % for three days, 50 % for two days, then everyone, holding at each until the numbers look clean.',
      '',
      'I would also push back a little on the timing; launching a checkout change into the spring peak is a risk in itself.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · voice: Grenadian English register in writing
  {
    id: 'bq009',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'Me as PM, I doh touch the routing or the deploy; that is engineering business. What is mine is who get the bigger model first and what we watch; that is product business.',
      '',
      'What I would watch on the model side: the hallucination rate from the eval harness on a sample of real payslip and leave questions, thumbs-down on answers, and cost per conversation, since Finance want that number. Those three go on the release dashboard from day one.',
      '',
      'And if anything look bad, the on-call engineer can roll back at any hour of the night without calling me. It is a flag switch, a few minutes, no redeploy. I prefer a wrong rollback to a night of wrong payslip answers.',
      '',
      'We would go step by step, small group first, and I would keep the team informed as we go.',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · voice: "we stop if" list
  {
    id: 'bq010',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'The thing about this service is that it only restarts on a deploy, so a leak shows up over hours, not minutes. That shapes everything.',
      '',
      'Limits, agreed and written down before the first image is resized by the new code:',
      '- we stop if resize errors rise 0.5 % above the old service;',
      '- we stop if p99 resize latency climbs 150 ms over control at any point in the day, not just right after start;',
      '- we stop if memory per instance grows more than 10 % over 12 hours;',
      '- we stop if listing-page views per session drop 2 % against the baseline.',
      'Stop number: any one of the four.',
      '',
      'Stages: 1 %, 10 %, 50 %, 100 %. Each stage holds at least 36 hours with no restart, so the leak has time to show. Thursday is not a reason to shorten that. Stop number: a hold shorter than 36 hours does not count.',
      '',
      'Sign-off: the service\'s engineering lead and I both approve each move in the release channel; if either of us says no, it waits. Stop number: one "no".',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: Grenadian English register in writing
  {
    id: 'bq011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Well, the cheaper model sound good for the clinics, faster and cheaper both. I would put it out slowly to some clinics first and keep an eye on how it going. The summaries matter plenty for the vets, oui, so we have to be careful and make sure quality stay good. If the vets not happy, we go back to the old one. I would talk with engineering about the best way to do it, get the team aligned, and once everybody comfortable we roll it out to all.',
    ].join('\n'),
  },
  // pricing-page-healthy (service) · voice: car-sharing PM, casual
  {
    id: 'bq012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "At my car-sharing company we ship small UI changes like this all the time, and honestly the main thing is communication. I would make sure marketing knows the page is going out before Friday, put it out to a portion of visitors, and look at how things are going. If something looks off, we pull it back and figure it out. The checkout is not changing, so the risk is low, and I would trust the team's judgement on the details. Then it goes to everyone in time for the campaign.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: keyword run-on, dashes and bare numbers, voice phrases ("stop if", tenure, booking frequency) repeated
  {
    id: 'bq013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary recommendations model: staff, beta, tenure, booking frequency, cohorts cohorts.',
      'Thresholds 0.5 % 200 ms 2 % p95 p99 feature store Singapore Berlin lunch peak baseline.',
      'Holds 1 5 25 50 100 gates sign-off engineering lead PM owns.',
      'Rollback on-call config switch minutes 24/7 no redeploy.',
      'Hallucination eval harness token cost thumbs-down compute cost.',
      'A/B randomised safe better safe better.',
      'Stop if, stop if, stop if.',
      'Feature store capacity regional lunch clock, hold gate hold gate sign-off rollback.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · voice: bullets of slash-joined keywords, insurance partner and tenure words dropped in
  {
    id: 'bq014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      '- Android / iOS / wallet / SDK / cohort order / staff / opt-in / new members / frequent bookers',
      '- thresholds: 0.5 % · 200 ms · 2 % · Friday dinner · baseline',
      '- holds, gates, sign-off, PM vs engineering, flags',
      '- rollback, on-call, any hour, config, five minutes',
      '- canary ≠ A/B, safe, better, randomised',
      '- insurance partner, certification, bursts, payment success rate, p99',
      '- we stop if / we stop if / we stop if',
    ].join('\n'),
  },
  // search-tail-latency (service) · voice: car-sharing-style casual PM
  {
    id: 'bq015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Honestly, I would not over-engineer this. The index is smaller and cheaper and the median got faster, so I do not see the need for a staged cohort order: no staff first, no beta group, no saving the institutional licences for last. I also would not write "we stop if" limits on errors or p99 latency up front; the tail is noisy and pre-set numbers would just trip for nothing. I would not hold at stages either, or ask anyone to sign off between them; that is process for its own sake. And I would not keep a quick routing switch back to the old index; if we really had to, engineering can redeploy. I do not think we need an A/B test afterwards either. We ship it to everyone on Monday and move on.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice: Grenadian English register in writing, "we not …" refusals
  {
    id: 'bq016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'I not going to dress this up with a whole ceremony. We not putting staff first and we not keeping German users for last; a prompt is a prompt. We not fixing thresholds before: no error limit, no latency limit, no thumbs-down limit written down. We not tracking hallucination or token cost for a wording change either, and we not waiting at 5 % or 25 % for anybody to sign. Nobody on call will have a switch to flip the old prompt back at night; that is not necessary for text. And we not running any A/B test after. It going to everybody in one go.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · voice: car-sharing PM claiming the unlock canary "proved" better
  {
    id: 'bq017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      'The way I see it, the canary is our A/B test. Staff get the new product pages first, everyone else stays on the old ones, and we compare: if the canary group buys more than the control, the bigger photos and the size guide are proven better, and that is our launch decision. That is exactly how we proved the phone-as-key unlock was better than the card reader at my car-sharing company.',
      '',
      'Ownership is clear: engineering owns the flag and the deploy; I own the stages and what we read from the numbers.',
      '',
      'Stages: staff for three days, then 10 %, 25 %, 50 %, 100 %, holding two days at each and reviewing the canary-versus-control lift before moving on.',
      '',
      'Rollback: the on-call engineer may turn the flag off at any time of day or night without asking me; it is a config switch that takes a couple of minutes.',
      '',
      'So the whole point of the staff stage is the read-out: if staff conversion on the new pages beats the old pages, we have our proof it is better, and the rest is just ramping.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: Grenadian English register in writing
  {
    id: 'bq018',
    scenario: 'model',
    class: 'misconception',
    points: points('C T M'),
    text: [
      'First thing I want clear: rollback is my call and only my call. The on-call engineer doh pull the switch on their own; they page me, I look, and I decide. A PM who lets engineers roll back on a hunch has lost the release.',
      '',
      'Cohorts: our in-house vets first, then the clinics that asked for early access, then clinics that have been with us over a year and write plenty summaries, and the new clinics and the quiet ones last, because a bad summary in the first month does lose them.',
      '',
      "Limits, written and agreed before any traffic move: we stop if errors rise 0.5 % over the old model, if p95 latency worsens 300 ms, if the eval harness hallucination rate passes 2 %, or if vets' edits to summaries rise 3 points. With the harness grading only one in two hundred, we turn it up to one in twenty for canary traffic.",
      '',
      'When one of those trips, on-call pages me and waits for my go before anything switches back; night or day, is me who decides.',
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · voice: car-sharing PM
  {
    id: 'bq019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Before the product page, I would want to understand last week's sale properly, because that is where the money moved. My plan: pull orders by day for the three weeks around the sale, split customers by how long they have had an account and how often they buy, and see who bought only because of the 20 % and who would have bought anyway. Then I would sit with marketing to decide whether the next sale should be shorter, aimed at lapsed customers only, or swap the flat discount for free shipping. At my last company, a car-sharing app, our insurance partner worried that discount weekends brought in newer, riskier drivers, and we answered it by capping discounted hours for accounts younger than 30 days; something similar could apply to first-time buyers here. I would present the findings to leadership next Thursday with a recommendation for the autumn calendar.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: car-sharing-free plain paragraph
  {
    id: 'bq020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'I would start with the model itself. The new one reads more features per request, so I would ask the data scientists which features actually carry weight (my guess is recency of the last basket and time of day) and drop the rest. Then retrain on six months of orders from both regions, with Singapore weighted up because it is under-represented in the training data, and check offline precision at five on a held-out month. If it beats the old model by a couple of points, we write it up for the quarterly review and plan the next iteration: maybe weather as a feature, since rain changes what people order. I would also set up a monthly retraining job so the model does not go stale.',
    ].join('\n'),
  },
];
