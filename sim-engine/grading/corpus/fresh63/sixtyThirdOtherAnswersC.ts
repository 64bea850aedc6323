import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-third fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (bq048–bq060), written blind and labelled by hand before any grading. */
export const SIXTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · court-booking PM in a Basotho (Lesotho) English register in writing; thresholds against the old model's median day; three paragraphs
  {
    id: 'bq048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'I am a PM on a court-booking app for tennis and padel clubs, so an HR assistant is new to me, but the shape is the same. As PM my job is the decisions: which numbers send the model back and when we are ready to move. The engineers, they handle the routing and the switching of the model itself; I will not pretend to do their part.',
      "Before we start, I would write down the limits against the old model's median day: errors not more than 0.5 points above it, p99 latency not more than 300 ms above it, and the share of conversations that end in a ticket to HR not more than 2 points above it. Finance asked about the cost, so I would also track cost per conversation and keep it under 1.3 times the old one, and I would read the eval harness results for hallucinations on payslip questions every day, because a wrong answer about somebody's pay is very bad.",
      'Then we put it out to users a bit at a time and see how it goes, and if something looks wrong we go back.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · first question asked back; spoken, plain sentences
  {
    id: 'bq049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "My first question would be whether the provider's SDK can be switched per user, or only per app release. I'll assume per user.",
      'Who goes first matters most here. Employees who order lunch through the app go first, then customers in our beta programme, then Android users on recent phones, and Android users on older devices last, because that is where a new SDK tends to fall over. iOS follows the same order.',
      'Stages: 2 %, 10 %, 25 %, 50 %, 100 %. At each stage we hold for a full day, and it has to pass through a dinner peak before we move. Nobody moves it on a Friday.',
      'Each step needs a sign-off from the payments engineering lead and from me.',
      "We'd keep an eye on payment failures and on how wallet payments get used. If it goes badly we'd go back to the old SDK.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · thresholds against the old model's median day; four short paragraphs
  {
    id: 'bq050',
    scenario: 'model',
    class: 'middling',
    points: points('T R A'),
    text: [
      'The way I would go is a random 5 % of customers on the new model at first, and then more.',
      "Before any of that, the limits are written and agreed: against the old model's median day, errors at most 0.5 points higher, p99 home-screen latency at most 200 ms higher, and baskets added per session at most 2 % lower. Breach one and we are out.",
      "Out means the on-call engineer flips the model flag back to the old model. Any hour, nobody's approval, done in three or four minutes; there is no redeploy involved. That matters because the Singapore lunch peak is early morning in Berlin, and I do not want someone waiting for me to wake up.",
      'Last thing: the canary is not where we learn whether the new model sells more. It only tells us it is safe to run. A proper randomised A/B test after full rollout is how we measure whether it is better.',
    ].join('\n'),
  },
  // checkout-first-order (service) · court-booking PM; one paragraph of reassurance
  {
    id: 'bq051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'On our court-booking app we changed the checkout for club memberships last year and learnt a lot from it. Checkout is sensitive, so I would be careful with this one. I would release it gradually, keep an eye on the numbers with the team, and talk to growth about the timing of the spring campaign. First-time buyers matter a lot, so we would make sure they are looked after. If anything looks off we can always pause and have a look together. Communication with support would be important too, so they know what is changing.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Basotho (Lesotho) English register in writing; polite and general
  {
    id: 'bq052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Thank you, 'm'e. A new model is always a risk, especially for the doctors of animals, so we must go carefully.",
      'I would put the cheaper model out to some of the clinics and see what the vets are saying. The feedback may be little, so we must be patient and also speak to some of the clinics ourselves. The engineers will know the technical side. If the summaries are not good, we will take it back.',
      'The important thing is that the clinics trust us.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · keyword fragments with numbers, no committed sentence
  {
    id: 'bq053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary. Prompt v2, warm/casual. German du/Sie.',
      'Cohorts: internal, beta, DE, EN, business accounts, club size, membership tier.',
      'Thresholds 0.5 % errors, p95 250 ms, thumbs-down +1.5, formality eval 3 %, median day baseline.',
      'Ramp 1 / 5 / 20 / 50 / 100. Holds, gates, sign-off, localisation lead. PM owns, eng owns flag.',
      'Rollback config switch 2 min, on-call, 24/7, no redeploy.',
      'Eval harness, hallucination, token cost, user feedback.',
      'Canary vs A/B, randomised, safe vs better.',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · one run-on string of terms and figures, no verbs of commitment
  {
    id: 'bq054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Image resizer, new photo format, 20 % faster benchmark, memory, restarts only on deploys, Thursday, canary, staff, beta sellers, small shops, big sellers last, median day of the old version, errors 0.5 points, p99 300 ms, listing views −2 %, stages 1 5 25 50 100, 24 h holds, gates, sign-off product and engineering lead, PM ownership versus engineering routing, rollback flag three minutes any hour no approval, canary safe, A/B better, randomised afterwards, membership tier, club size, what would I ask first.',
    ].join('\n'),
  },
  // storage-migration-under-load (service) · "We will not" lines only, the positive halves missing; an opinion first
  {
    id: 'bq055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Honestly, I do not think a canary fits a database migration, and I would say so in the room.',
      'We will not pick cohorts; a database does not care who the user is.',
      'We will not write down rollback limits beforehand; with caches still warming, any number we choose today will be wrong.',
      'We will not hold at stages or wait at gates; the old cluster is decommissioned at the end of the month and holds only burn the days.',
      'We will not ask anybody to sign off each step.',
      'We will not keep a routing switch back to the old cluster, since the whole point is to leave it.',
      "We will not split what the PM owns from what engineering owns; the migration is engineering's job from start to end.",
      'We will not run an A/B test afterwards either; there is nothing to compare.',
      'We move everything over on one evening and fix forward.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · court-booking PM; "I wouldn't" prose
  {
    id: 'bq056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "At the court-booking app I didn't bother with canaries for model changes, and I wouldn't here.",
      "I wouldn't start with staff or a beta group; they aren't representative of people asking about payslips. I wouldn't fix rollback numbers in advance either, or gate on hallucination rate or cost per conversation; the offline evals already went up three points.",
      "No staged ramp with holds, no sign-off at each step, and I wouldn't set up a quick rollback switch. I also wouldn't bother with an A/B test afterwards.",
      "We switch the model for everyone on Monday and answer finance's cost question from the first invoice.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · Basotho (Lesotho) English register in writing; first question asked back; misconception: the canary is the A/B test
  {
    id: 'bq057',
    scenario: 'model',
    class: 'misconception',
    points: points('P H M'),
    text: [
      'My first question back would be: what does "better" mean for this prompt, more replies sent or more thumbs up? I ask because the canary is how we will prove the warmer prompt is better than the old one.',
      'The division is simple: as PM I decide the exposure and when we move; the engineers run the prompt flag and the routing.',
      'We will put the warm prompt on 10 % of users, chosen at random so that it is a fair comparison, and compare them with the other 90 %. That is our A/B test. When the thumbs-up rate is higher in the canary group, we have our proof and we go to everybody.',
      'Stages: 10 % for three days, then 50 % for three days, then 100 %. At each stage we hold the full three days before moving.',
      'We will watch the thumbs-down rate for English and German separately, and the eval harness will score German replies for the right formal address, so that we see quality, not only errors.',
      'If the canary group wins on thumbs-up, that is the lift we report to leadership.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · court-booking PM; cohorts by loyalty tier; misconception: limits decided while watching
  {
    id: 'bq058',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "At my court-booking company we learnt you can't know in advance what bad looks like, so I never set rollback limits before launch. You let the canary run, watch the dashboards and decide the limits from what you see. Here that's even more true: staff browse all day and never buy, so any number we wrote down now would be nonsense. We'll look at the staff traffic first and then decide what counts as too low.",
      "Order: staff first, since they're on the site every day anyway, then customers who opted into our preview club, then ordinary shoppers, and last our top loyalty tier and first-time visitors from campaigns, because they're the ones we'd hate to lose.",
      'Every widening of the audience has to be signed off by the head of e-commerce, Priya Nair, and me.',
      'If something goes wrong, the on-call engineer switches the feature flag off at any hour of the day or night without asking anyone, which takes about a minute; nothing is redeployed.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Basotho (Lesotho) English register in writing; a customer-research plan instead of a release plan
  {
    id: 'bq059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'I would start by understanding the customers in Singapore better. The lunch hour there is a short window, and people are shopping for the evening from their desks.',
      'I would set up ten interviews with customers in Singapore and ten in Berlin, and ask them how they build a basket and what they ignore on the home screen. Then we can work with the data scientists on new features: the time of day, the weather, what the household bought last week, the local holidays.',
      'We should also look at basket size by region and at which recommended items are removed at checkout. The goal for the quarter would be to raise basket value by 5 % in Asia, and I would present the findings to leadership in six weeks.',
    ].join('\n'),
  },
  // pricing-page-healthy (service) · court-booking PM with membership tiers; a pricing-page redesign and campaign plan instead of a release plan
  {
    id: 'bq060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Pricing pages are something I know from the court-booking side: we sell clubs three membership tiers, and the comparison table was our biggest lever.',
      'For the video editor I would start by interviewing twenty subscribers about why they chose their plan. Then I\'d rewrite the table around jobs, not features, such as "export in 4K" or "work with a team", with the recommended plan in the middle column. Marketing\'s Friday campaign should link straight to the plan that matches the ad, with the annual price shown first.',
      "After the campaign I'd look at the share of visitors who choose annual over monthly and at refunds in the first fourteen days, and bring that to next month's pricing review.",
    ].join('\n'),
  },
];
