import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-first fresh set, author c: strong answers (bo041–bo047), written blind and labelled by
 * hand before any grading. Every answer covers every point of its scenario kind.
 */
export const SIXTY_FIRST_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Malawian English in writing, numbered interviewer questions, holds as conversation counts, cohorts by region, next-quarter metric
  {
    id: 'bo041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. What do you own, and what does engineering own?',
      'As PM I own the decisions: the order in which customers receive the bigger model, the limits at which we go back, and how long we stay at each step. The platform team owns the model routing, the deployment and the flag. I do not touch those ones.',
      '2. Who receives it first, and why?',
      'Our own payroll and HR staff first, because they know the correct answer to a payslip question and they will complain the same day. Secondly the customer companies who opted into early access. Then ordinary customers region by region, starting with the Northern Region where volumes are small. The big employers in the Southern Region come last, since a wrong answer about tax at month end costs us the most.',
      '3. What makes you roll back, and when are those limits written?',
      'They are written and signed before even one conversation moves. We go back if any of these happens against the old model: errors more than 0.5 % higher; p95 reply time more than 1.5 seconds slower; hallucination rate from the eval harness above 2 % of graded answers; thumbs-down rate more than one point higher; handovers to a human agent up more than 2 % against control; cost per conversation more than 30 % above what finance has budgeted.',
      '4. How does the ramp go?',
      'Staff, then 5 %, 20 %, 50 % and 100 % of customers. At each step we hold until 2,000 conversations have been answered by the new model and at least one payroll run has passed. No early advancing because the graphs are looking nice.',
      '5. Who says we go on?',
      'At each step myself and the engineering lead sign off together, in writing. If one of us is not satisfied, we stay where we are.',
      '6. Who can pull it back?',
      'The on-call engineer, at any hour, without asking me first. It is a config switch in the router back to the old model, done in under five minutes; no redeploy. They inform me after.',
      '7. Will this show the new model is better?',
      'No, it shows it is safe. Whether the three offline points are real is for a randomised A/B test afterwards.',
      '8. What would you add next quarter?',
      'Resolution without a human: whether the question was truly settled. Not now, because that tagging is still done by hand and arrives two weeks late; we cannot gate on a number that slow.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · school-fees mobile-money PM, holds as counts of drafts, cohorts by language region (short)
  {
    id: 'bo042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'In my current job I run a school-fees app where parents pay by mobile money, and the rule I bring from there is simple: I own who goes first, the rollback limits and the holds; engineering owns the prompt flag and the deploy.',
      "Order: our own staff in both languages first, since they will spot an over-familiar 'du' at once; then beta users who opted in; then English-speaking customers; the German-speaking regions last, because that is where a warmer tone can offend.",
      'Limits, signed before the first draft is sent: errors up 0.5 % on the old prompt, p95 latency up 300 ms, thumbs-down up more than one point in either language, the eval harness tone check failing more than 2 % of German replies, or drafts accepted falling 2 % below control. Any one means back.',
      'Steps are 5 %, 25 %, 50 %, 100 %, and we hold at each until 4,000 drafts have gone through, at least 1,000 of them German. The ML lead and I sign off each step.',
      'The on-call engineer may switch back to the old prompt at any hour without asking anyone: a config change, two minutes.',
      'The canary says the prompt is safe, not that warmer is better; a randomised A/B test afterwards settles that.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Malawian English in writing, holds as counts of graded summaries, cohorts by district, next-quarter metric
  {
    id: 'bo043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Let me start with what is mine. As the PM I decide the order of clinics, the limits at which we reverse, and how long we wait at each stage; the engineers own the model switch, the deployment and the routing. That division I keep very clear.',
      'The difficulty with this one is that feedback is few. Vets rarely rate a summary, and the harness grades one in two hundred. So I will ask engineering, before we start, to grade one canary summary in twenty for the duration of the rollout, and I will count our holds in graded summaries, not in hours.',
      'Order: first our own staff vets, who review summaries as part of their work. Then the clinics on our early-access panel, who have agreed to rate every summary for two weeks; we shall pay them in free months. Then ordinary small clinics, district by district, beginning with the quiet rural ones. The busy emergency clinics go last, because a summary that drops a drug dose there is the one that hurts an animal.',
      'Limits, agreed in writing before any clinic is moved: errors more than 0.5 % over the old model; p95 time to summary more than 2 seconds slower; the harness failing more than 3 % of graded summaries, against about 1 % today; thumbs-down from vets above 8 % once we have at least 50 ratings; summaries edited by the vet before saving up more than 2 points against control. Any one of them, we reverse.',
      'Stages: staff, then 5 %, 25 %, 50 %, 100 %. At each stage we hold until the harness has graded 300 summaries from the new model and 50 vets have rated; at 5 % that is about a day. The clinical lead and I sign off every step, in the release channel.',
      'Reversing is the right of the on-call engineer at any hour, no approval needed from anybody: a config flag sends summaries back to the old model within five minutes. No redeploy.',
      'Please note this only tells us the cheaper model is safe. If we want to know it is as good or better, that is a randomised A/B test afterwards.',
      'Next quarter I would add cost per clinic per month. Not now, because billing reports it monthly and a canary cannot wait for that.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · school-fees mobile-money PM, cohorts by region, holds as counts of home screens
  {
    id: 'bo044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'At my last job I was PM for a school-fees app in Malawi, parents paying term fees by mobile money, and we learnt to roll out region by region because each region had its own peak: Lilongwe on the first Monday of term, Blantyre a day later. This grocery app is the same story with bigger distances, so my cohorts are regions.',
      'What I own: the order of regions, the rollback limits and the holds. Engineering owns the model deployment, the routing and the feature-store capacity.',
      'Order: Berlin staff first, who use the app for their own shopping and will report nonsense baskets. Then customers in both regions who opted into the beta. Then the rest of Europe. South-East Asia goes last, and the Singapore lunch hour is the fragile moment: that is when the regional feature store takes the most reads.',
      'Limits, written and agreed with the ML lead before any traffic moves, each against the old model in the same region and hour: home-screen errors more than 0.5 % higher; p95 recommendation latency more than 150 ms slower; feature-store timeouts above 0.2 %; basket additions from recommendations down more than 2 % against control; compute cost per thousand requests more than 25 % higher; the eval harness relevance score on yesterday’s baskets down more than 3 points. Any one, we go back.',
      'Ramp: 2 %, 10 %, 25 %, 50 %, 100 %. At each we hold until 20,000 home screens have been served in each region and the stage has lived through a full Singapore lunch peak. Before each step the ML lead and I sign off; we never advance during an Asian peak.',
      'Rollback: whoever is on call can switch back to the old model at any hour without asking me, and the rota covers Singapore hours so someone is awake at 6 a.m. Berlin time. It is a flag, under five minutes; no redeploy.',
      'Finally, this canary tells us the model is safe to run. Whether its baskets sell more is a question for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts · school-fees mobile-money PM, holds as counts of payments, cohorts by city (short)
  {
    id: 'bo045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'At my school-fees company parents pay by mobile money, so I have learnt to count a payment rollout in payments, not hours.',
      'What I own: the order, the limits, the holds. Engineering owns the SDK build, the flag and the routing.',
      'Order: staff paying for their own orders first; then customers in our early-access group; then one quiet city; our busiest city at Friday dinner last, because that hour is where a burst hurts most. Android and iOS are read separately.',
      'Limits, written before we start: payment failures more than 0.5 points above the old SDK on either platform in any five-minute window, p99 payment time more than 800 ms worse, completed orders down 2 % against control.',
      'Ramp: 2 %, 10 %, 25 %, 50 %, 100 %. We hold at each until 3,000 payments have gone through, and one stage must include a Friday dinner before we go to 100 %. The payments lead and I sign each step.',
      'Rollback: the on-call engineer, any hour, no permission needed. The flag sends payments back to the old SDK in under five minutes.',
      'The canary tells us the SDK is safe; whether wallets raise orders is for a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // checkout-first-order · Malawian English in writing, cohorts by region, holds as counts of orders
  {
    id: 'bo046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Thank you. Allow me to first separate the duties. As PM I am responsible for who receives the one-page checkout and in which order, the numbers at which we reverse, and how long we stay at each stage. The engineering team is responsible for the flag, the deploy and the traffic split. We agree together, but the calls I have listed are mine.',
      'The worry here is first-time buyers. The lab tested returning customers, and autofill has nothing to fill for a new buyer. So my order is: our own staff first; then returning customers who joined the beta list; then returning customers region by region, starting with the North, which is our smallest; first-time buyers last of all, because they are the ones the lab never saw and the ones the spring campaign will bring.',
      'Before the first order goes through the new page we write down the limits, and the head of growth signs them: checkout errors more than 0.5 % above the old checkout; p99 page load more than 300 ms slower; checkout conversion down more than 2 % against the control group; and for first-time buyers separately, first-order conversion down more than 3 %. If any of these is crossed we reverse, no discussion.',
      'Stages: staff, 5 %, 20 %, 50 %, 100 %. We do not count in days. At every stage we hold until 1,500 orders have gone through the new page, and from 20 % we also need 400 first orders, so the first-buyer number has enough volume to be read. Myself and the engineering lead sign off each step; if one of us is unhappy we stay.',
      'Any engineer on call can reverse it, day or night, without waiting for me. It is the flag going back to the three-step checkout, which takes about two minutes. No redeploy.',
      'One more thing: growth will want to read the canary as proof that the page sells more. It is not. The canary tells us it is safe. Whether it converts better is for a randomised A/B test after the campaign, with first-time buyers measured on their own.',
      'And we aim to be at 100 % a week before the campaign, not on the day.',
    ].join('\n'),
  },
  // night-breach-rollback-authority · numbered interviewer questions, holds as counts of trips, cohorts by city, next-quarter metric
  {
    id: 'bo047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q1. What do you own as the PM?',
      'The order in which riders and cities get the new pricing service, the limits that trigger a rollback, and the holds between steps. Engineering owns the service, the deploy and the routing switch.',
      'Q2. Who goes first?',
      "Employees' own rides first. Then riders and drivers who opted into our early-access programme. Then one mid-sized city on weekdays. The biggest cities on weekend nights come last: that is the peak, and a wrong fare at 2 a.m. on a Saturday is a complaint and a refund we can't take back.",
      'Q3. What are your rollback limits?',
      'Fixed before the first fare moves, signed by me and the pricing engineering lead: fare calculation errors more than 0.3 % above the old service; p99 quote time more than 250 ms slower; quoted-versus-charged mismatches above 0.1 % of trips; completed trips per request down more than 2 % against the control group.',
      'Q4. How do you ramp?',
      '1 %, 5 %, 25 %, 50 %, 100 %. At each stage we hold until 10,000 trips have been priced by the new service and one nightly batch window has passed, since the service shares that window with billing.',
      'Q5. Who approves each step?',
      'The pricing lead and I, together, in daylight hours. Nobody advances at night.',
      "Q6. It's 2 a.m. and a limit is breached. Who rolls back?",
      'The on-call engineer, immediately, without waking me or anyone else. They flip the routing back to the old pricing service, which takes about three minutes; no redeploy. We talk in the morning. Because we start on a Tuesday evening, that first night’s on-call is briefed before the shift.',
      'Q7. If it passes, is the new service better?',
      "No. A canary only tells us it is safe. If we want to claim better fares or more trips, that's a randomised A/B test afterwards.",
      'Q8. What would you add next quarter, and why not now?',
      'Driver earnings per online hour. It matters, but it needs weeks to settle and moves with the weather; in a canary it would only give us false alarms.',
    ].join('\n'),
  },
];
