import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-first fresh set, author c: middling (bo048–bo050), weak (bo051–bo052), salad
 * (bo053–bo054), negated (bo055–bo056), misconception-led (bo057–bo058) and off-topic
 * (bo059–bo060) answers, written blind and labelled by hand before any grading.
 */
export const SIXTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load · holds as counts of page loads, plain prose (middling: C T H)
  {
    id: 'bo048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'The main risk I see is that the load test ran with warm caches, so real users on a cold cluster may be much slower. My plan:',
      'First our own company workspace, because we live in the tool all day and will notice slow pages before any customer does. Next the teams who signed up for early access. After that small free teams, and our largest paying teams last, because they have the most data and a slow task board costs us renewals.',
      'The numbers are fixed in writing before the first workspace is moved: page-load p99 no more than 300 ms above the old database; database error rate no more than 0.2 %; tasks created per active user not below the control group by more than 2 %. If any number goes over, the migration stops there and goes back.',
      'We go in stages of 5 %, 20 %, 50 % and 100 % of workspaces. At each stage we hold until 100,000 page loads have been served from the new cluster, including at least one Monday morning peak, since that is when caches are coldest. Only then the next stage.',
      'The old cluster must not be switched off at the end of the month if we are not at 100 % with a clean week behind us; I would push for that date to move.',
    ].join('\n'),
  },
  // support-model-upgrade · school-fees mobile-money PM (middling: P M)
  {
    id: 'bo049',
    scenario: 'model',
    class: 'middling',
    points: points('P M'),
    text: [
      "I'm coming from a school-fees payments app, where the biggest lesson was being clear about who decides what. So: as PM I decide which customers get the larger model and in what order, what limits would send us back, and how long we wait between steps. The platform engineers own the model endpoint, the routing between old and new, and the deployment; I don't ask them to hand me the switch.",
      "For a model, errors and latency aren't enough. Alongside them I'd track the hallucination rate that our eval harness reports on a sample of real conversations, the thumbs-down rate on answers, and the cost per conversation. Finance has already asked, so I'd give them a weekly cost number from day one.",
      "Beyond that I'd take it step by step, keep an eye on things, and talk to the support team about what they're hearing. If anything looks off we'd pause and figure out what to do.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · numbered interviewer questions, holds as counts of images (middling: H S R A)
  {
    id: 'bo050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R A'),
    text: [
      '1. How fast would you go?',
      "Slower than the team wants. Stages of 5 %, 25 %, 50 % and 100 % of image requests, and at each one we hold until the new service has resized 2 million images and has run for 24 hours without a restart, because a leak only shows after hours of uptime and this service is only restarted on deploys. Thursday is not a date I'd promise.",
      '2. Who decides to move on?',
      'The image-platform tech lead and I sign off each step together, after looking at the memory graph over the whole hold.',
      '3. What if it goes wrong at night?',
      'The on-call engineer may route traffic back to the old resizer on their own authority, at any hour, through the load-balancer config: a few minutes, not a redeploy. Nobody needs to be woken for permission.',
      '4. Does a clean canary prove the 20 % speed-up?',
      'No. It proves nothing got worse. The speed claim needs a proper randomised A/B comparison afterwards.',
      '5. What would you watch?',
      "Memory, latency, errors. We'll see what they look like as we go.",
    ].join('\n'),
  },
  // quiet-feedback-trap · school-fees mobile-money PM (weak)
  {
    id: 'bo051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "In our school-fees app we have a saying: start small and listen to the parents. I would do the same for the vets. I'd roll the cheaper model out gradually, keep a close eye on how the summaries are coming out, and check in with a few friendly clinics to hear what they think.",
      "Because feedback is quiet, I'd make an effort to encourage more vets to rate summaries. If it looks good we keep going; if people are unhappy we can always go back.",
      "The engineers know the details of the switch better than me, so I'd let them guide the technical side. Cost savings are nice, but quality comes first.",
    ].join('\n'),
  },
  // pricing-page-healthy · Malawian English in writing (weak)
  {
    id: 'bo052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'This one is a small change, the table only, so I would not overdo it. We shall put the new page to some of the visitors first and see how it goes, then we increase as we gain confidence.',
      'Marketing must be informed so that the campaign on Friday is not disturbed. We will monitor the important figures, and if the figures are not looking good we shall take the necessary action.',
      'At the end of the day the aim is that customers understand the plans better and more of them subscribe.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · keyword salad with region cohorts and draft counts
  {
    id: 'bo053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, warm prompt, German, Sie/du, formal.',
      'Cohorts staff beta region DACH English region random early access.',
      '0.5 % 300 ms p95 p99 2 % baseline control thresholds pre-committed.',
      '1,000 drafts 5,000 drafts hold gate stage 5 % 25 % 50 % 100 %.',
      'Sign-off ML lead PM owner engineering flag.',
      'Rollback on-call any hour config five minutes no redeploy.',
      'Eval harness hallucination thumbs-down tokens cost p95.',
      'Canary safe A/B better randomised. Next quarter metric. Germany Austria Switzerland last first.',
    ].join('\n'),
  },
  // search-tail-latency · keyword salad laid out as numbered interviewer questions
  {
    id: 'bo054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '1. Ownership? PM, engineering, routing, flags, cohorts, limits, holds, everyone.',
      '2. Cohorts? Internal, free tier, institutional licences, beta, Europe, Asia, region, random 1 %, last, first.',
      '3. Thresholds? p50 p99 p99.9, 400 ms, 0.5 %, errors, searches per session, baseline, control, 2 %.',
      '4. Holds? 1 % 5 % 25 % 50 % 100 %, 50,000 queries, gates, hours, filters, rare queries.',
      '5. Sign-off? Lead, PM, SRE, VP, sign-off, gate.',
      '6. Rollback? On-call, 3 a.m., config, minutes, redeploy, switch, index, old layout.',
      '7. A/B? Canary, safe, better, randomised, cheaper, hosting.',
      '8. Next quarter? Metric, cost per query, later.',
    ].join('\n'),
  },
  // staff-cohort-artifact · numbered interviewer questions, Malawian English in writing (negated)
  {
    id: 'bo055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      '1. Would you separate what you own from what engineering owns? No. I would not split the decisions between myself and the engineers for a change like this one.',
      '2. Would you start with staff? No. I would not send it to employees first, nor to an opt-in beta group, nor keep our best customers for last. Ordering cohorts is not something I would spend time on for photos and a size guide.',
      '3. Would you fix rollback limits before starting? No. I would not write down any numbers for errors, latency or conversion in advance.',
      '4. Would you hold at each stage? No. I would not have stages of 5 %, 25 % and 50 %, and I would not wait for a count of orders at any step.',
      '5. Who signs off? Nobody. I would not ask the engineering lead or myself to approve each step.',
      '6. Who may roll back? I would not give the on-call engineer authority to switch it back at night, and I would not ask for a config switch that works in minutes.',
      "7. Would you run an A/B test afterwards? No. I don't see the need for a randomised test after the canary.",
      'That is my honest view for such a small change.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · school-fees mobile-money PM, cohorts by region, counts (negated)
  {
    id: 'bo056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "In the school-fees app I ran we never bothered with canaries, and I would not start here. I wouldn't split the rollout by region: not Berlin staff first, not Europe before Asia, not Singapore last.",
      "I wouldn't agree limits for errors, p95 latency or baskets before launch, and I wouldn't hold at any stage until some count of home screens had gone by. There'd be no sign-off from me or the ML lead between steps, because there wouldn't be steps.",
      "I wouldn't track the eval harness score, the cost per request or the feedback taps; I don't think model-quality metrics earn their keep here.",
      "I also would not arrange an on-call engineer in Singapore hours with a flag to switch back, and I would not follow up with a randomised A/B test. And I wouldn't separate what I decide from what engineering decides. Honestly, none of that.",
    ].join('\n'),
  },
  // support-model-upgrade · Malawian English in writing, holds as conversation counts (misconception: the canary is the A/B test)
  {
    id: 'bo057',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H M'),
    text: [
      'Let me be clear from the start about the purpose: the canary is our A/B test. The customers on the new model are the treatment group, those still on the old model are the control, and when the canary finishes we shall know whether the bigger model is better. That is why I like canaries; we get the rollout and the proof in one go, and no separate experiment is needed afterwards.',
      'The division of work is as follows. As PM I own the order, the rollback limits and how long we stay at each stage; engineering owns the routing, the deployment and the flag.',
      'The limits are agreed before we start: errors more than 0.5 % higher than the old model, p95 response time more than 1.5 seconds slower, or tickets escalated to human agents up more than 2 % against control. Any one and we go back.',
      'Beyond errors I shall watch the hallucination rate from our eval harness and the cost per conversation, since finance has asked.',
      "Stages are 5 %, 25 %, 50 % and 100 %. At each we hold until 2,000 conversations have gone through the new model, and we advance only when the new model's satisfaction score is ahead of the old one. Each stage is a small win proved, and at 100 % the three-point gain from the offline evals is confirmed in production.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Malawian English in writing, cohorts by region, holds as counts of orders (misconception: limits set while watching)
  {
    id: 'bo058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "On the limits, I am going to be honest: I don't believe in fixing numbers before we start. Every release behaves differently, so we shall watch the dashboard during the first stage, see what normal looks like for this page, and only then decide what figure is too bad. Numbers written on paper before launch are guesses.",
      'The rest I am firm about. First our own staff, who know the product pages and will report a broken gallery. Then the customers who joined our early-access panel. Then the smaller markets region by region, the Nordics and then Benelux, and Germany last, because it is our biggest market and carries most of the revenue.',
      'Stages: staff, 5 %, 25 %, 50 %, 100 %. At each stage we hold until 2,000 orders have gone through the new page before moving. The front-end lead and I sign off every step together.',
      'If anything breaks, the on-call engineer can turn the flag off at any hour without asking me; it goes back to the old page in about two minutes, no redeploy needed.',
    ].join('\n'),
  },
  // booking-purchases-lag · school-fees mobile-money PM, research by region (off-topic: a usability research plan)
  {
    id: 'bo059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Before talking rollout, I'd want to know whether the new date picker is actually easier, so here is the research plan I would run this week. In my school-fees payment app we did this with parents in Lilongwe and Mzuzu, and it changed our design twice.",
      'First, five remote usability sessions with guests who booked in the last month, split between couples and families, because couples compare homes together at home. Each session: search, compare three homes, pick dates across a month boundary, complete the form. We time each task and note every hesitation.',
      'Second, a short survey to past guests asking how they decide on dates and who they talk to before booking.',
      'Third, a review of support tickets from the last quarter that mention dates.',
      "I'd summarise the findings in a one-page memo for design with the top three fixes, then we'd iterate on the prototype and test again with another five guests. Only after that would I be comfortable calling the design finished.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · numbered interviewer questions, Malawian English in writing (off-topic: a localisation plan)
  {
    id: 'bo060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      '1. What is the real problem?',
      "The prompt was written by English speakers, and in German the casual 'du' can be rude to a business contact. So the work is localisation, not only a prompt.",
      '2. What would you do first?',
      "Hire two native German reviewers, one from Germany and one from Austria, and write a short style guide: when to use 'Sie', how to open and close an email, which idioms to avoid.",
      '3. How would you build the German prompt?',
      'A separate system prompt for German, drafted by the reviewers from the style guide, with twenty example emails in the tone we want.',
      '4. How would you check it?',
      'The reviewers read a hundred drafts written from the new prompt and mark every wrong form of address, and we revise the prompt until they are satisfied.',
      '5. What about other languages?',
      'The same style-guide method for French and Spanish next year; we shall need budget for that from now.',
    ].join('\n'),
  },
];
