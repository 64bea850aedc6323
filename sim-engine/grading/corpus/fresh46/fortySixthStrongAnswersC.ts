import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-sixth fresh set, author c: strong answers (az041–az047), written blind, labelled by hand. */
export const FORTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: commitments, each paragraph an "I commit to"
  {
    id: 'az041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I commit to owning the release decisions and leaving the plumbing to the people who own it. The order of exposure, the rollback limits and how long we hold at each stage are mine; the platform team owns the routing, the deploy and the model endpoint.',
      "I commit to an order with a reason behind it. Our own HR and payroll staff use the new assistant first, because they know the right answer to a payslip question the moment they see one. Customers in the early-access programme come next, since they agreed to try things early. Small-business accounts follow. Large payroll clients go last, and not in payday week, because a wrong answer about someone's pay hurts them most.",
      "I commit to limits written down and agreed before any traffic moves: error rate no more than 0.5 % above the old model, p95 latency no more than 800 ms worse, hallucination rate on the eval harness no more than 1 point above today's, thumbs-down rate no more than 2 points higher, and cost per conversation no more than 30 % above the current figure, which is the number Finance asked for. Breach any one and we go back.",
      'I commit to stages of 1 %, 5 %, 25 %, 50 % and 100 %, holding at each for at least 24 hours and a thousand conversations, and advancing only when every limit is green.',
      'I commit to a named sign-off: the support-product lead and I both approve each step, in writing, before the next one starts.',
      'I commit to a rollback nobody has to ask permission for. The on-call engineer may switch the model flag back at any hour; it takes under five minutes and needs no redeploy. They tell me afterwards.',
      'And I commit to being honest about what this proves. The canary tells us the bigger model is safe to serve. Whether it is better, three eval points notwithstanding, is a question for a randomised A/B test afterwards, with resolved conversations as the measure.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: Bangladeshi English register, written
  {
    id: 'az042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Actually the payment SDK is the most sensitive part of the whole app, so I will take this canary very seriously.',
      'First, the division of work. As PM I am taking the decisions: which users get the new SDK in which order, what numbers will stop us, and how long we are holding at each step. The mobile engineering team is doing the build, the feature flag and the routing itself. I will not touch those.',
      'Order of users: our own office staff who order lunch from the app go first, on both Android and iOS. Then the beta users who opted in from settings. After that, iOS customers before Android customers, because Android is where this SDK has less mileage and where the bursts were reported. Customers placing their very first order come at the last, because after one failed payment they will not come back.',
      'Before one single order goes through the new SDK, the rollback numbers are fixed and written in the release document: payment failure rate more than 0.5 % above the old SDK, checkout p99 latency more than 300 ms higher, or completed orders per hour down more than 2 % against the control group. Because this SDK fails in bursts, we are checking these numbers over five-minute windows also, not only the daily average.',
      'Steps are 1 %, 5 %, 20 %, 50 %, 100 %. At each step we hold minimum one full day, and the 20 % step must include one Friday dinner peak before we go further. No step will be starting on Friday itself.',
      'For every step the payments engineering lead and myself will sign off together, otherwise it does not move.',
      'Rollback: the on-call engineer can turn the flag off at any time, day or night, without calling anybody. It is a config change, and within three minutes all payments are back on the old SDK.',
      'One more matter. This canary tells us the new SDK is safe. Whether wallet payments increase orders, that we will test separately with a randomised A/B test.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: ranked list of what matters most
  {
    id: 'az043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'What matters most, in order:',
      '1. Limits fixed before anyone sees the new prompt. Roll back if thumbs-down rises more than 2 points in either language, if the eval harness flags informal address in more than 1 % of German replies, if p95 latency worsens by over 300 ms, or if tokens per reply grow by more than 20 %.',
      '2. The rollback itself. The on-call engineer flips the prompt version back in under five minutes, day or night, and tells me after. Nobody waits for my approval.',
      '3. German last. English-speaking staff go first, then German-speaking staff, then English beta users, then English users generally, and German customers only after that, since formal address is where this prompt can offend.',
      '4. Stages with gates: 2 %, 10 %, 30 %, 60 %, 100 %, each held for at least two days and passed only when every limit is green.',
      '5. A named sign-off at each gate: the localisation lead and I.',
      '6. Ownership. I own the order, the limits and the holds; engineering owns the prompt deployment and the flag.',
      "7. What the canary can't tell us. It shows the warmer prompt is safe. Whether people prefer it is for a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: every number written in words
  {
    id: 'az044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'd begin by being clear about roles. As product manager I own the decisions: who sees the new pricing service and in what order, the limits that end the canary, and how long we wait at each step. Engineering owns the deploy and the traffic routing between the old and new fare calculation.",
      "The order is deliberate. Staff who ride on company accounts go first, since they'll report a strange fare within minutes. Then riders in our beta programme. Then weekday riders in one small city. Weekend night riders in the big cities come last, because that is our peak and a wrong fare there costs the most trust.",
      'Before the first trip is priced by the new service, we write down the limits: fare errors more than half a percentage point above the old service, quote latency at the ninety-ninth percentile more than two hundred milliseconds slower, or completed trips down more than two percent against the control group. We add one more: new and old fares may disagree on no more than one percent of trips in a shadow comparison.',
      'The ramp is one percent, then five, twenty-five, fifty, and finally everyone. Each stage holds for at least one full night including the batch window we share with billing, and nothing advances until the numbers are inside the limits. The on-call engineering lead and I sign off each advance together.',
      "Now the two a.m. question. The on-call engineer may roll back on their own authority at any hour, with no call to me or anyone else first. It's a routing switch back to the old pricing service and it completes in under five minutes. They page me afterwards, not before.",
      'Finally, this canary answers whether the new service is safe to run. It does not say the new fares are better for the business; that needs a randomised A/B test, run separately.',
    ].join('\n'),
  },
  // quiet-feedback-trap: numbered decision log, entries by stage
  {
    id: 'az045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Decision log, summariser model swap',
      "Entry 1, before any traffic. I own the release decisions: exposure order, rollback limits, how long each stage holds. The ML platform team owns the serving switch and the deploy. Limits agreed with them and frozen today: hallucination or omission rate from the eval harness no more than 1 point above the current model; thumbs-down share of rated summaries no more than 3 points higher; p95 latency no more than 500 ms slower; errors no more than 0.5 % above control. Because the harness grades only one summary in two hundred, we raise sampling to one in twenty for the canary cohort so the number means something. Cost per summary is tracked at every stage and must stay below today's, since saving money is the reason for the change.",
      'Entry 2, stage one, internal. Our own vets and clinical support staff, who read summaries daily and will notice a missing dosage. Hold until 500 graded summaries and at least two days. Advancing needs sign-off from the clinical-safety lead and me.',
      'Entry 3, stage two, 10 %. Clinics in the early-access programme, who agreed to rate summaries. Same gate: every limit green, 500 more graded summaries, clinical-safety lead and PM sign.',
      'Entry 4, stage three, 30 %. Small single-vet clinics next. Emergency and specialist clinics stay on the old model until the last stage, because a wrong summary costs them most. Hold three days; at this traffic that is what it takes for thumbs-down to gather volume.',
      'Entry 5, stage four, 60 %, then stage five, 100 %. Same gates and the same two signatures at each.',
      "Entry 6, rollback authority. The on-call ML engineer may switch every clinic back to the old model at any hour without asking me; it's a config change that completes in under five minutes. I'm told afterwards.",
      "Entry 7, what we will not claim. The canary tells us the cheaper model is safe. It won't tell us vets find its summaries better; if we want that answer, it comes from a randomised A/B test with a proper sample.",
    ].join('\n'),
  },
  // checkout-first-order: PM at a public-sector benefits portal
  {
    id: 'az046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I run releases on a public benefits portal, where a broken form can mean someone misses a payment, so I'll answer the way I'd run it there.",
      'I decide the order, the stop limits and the holds; the engineering team owns the deploy and the traffic split. Staff place test orders first, then returning customers from our early-access panel, then returning customers broadly. First-time buyers go last, because the lab never tested them and the spring campaign brings them in.',
      'The stop limits are signed before launch: checkout errors 0.5 % above the old flow, p99 page time 200 ms slower, first-order conversion down 2 % against the control group. Any one of them ends it.',
      'Stages are 1 %, 5 %, 25 %, 50 % and 100 %, each held for two full days and gated on those limits. The head of e-commerce and I sign each advance.',
      'The on-call engineer can switch the flag back at any hour without asking anyone; it takes under five minutes.',
      "And the canary only says the page is safe. If Growth wants to know it converts better, that's a randomised A/B test.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: the release from a user's side, then the plan
  {
    id: 'az047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Picture a customer in Singapore at half past twelve, opening the app on her lunch break. On the old model her home screen shows a basket in a second. With the new model, if the regional feature store is struggling, she gets a spinner, then a generic basket, and then she closes the app. In Berlin it is half past six in the morning and nobody on the team is looking. That's the failure I'm planning against.",
      'So, the plan.',
      'I own the decisions about who gets the new model and when, what stops it, and how long each stage waits; the ML platform team owns the serving, the feature-store capacity and the traffic routing.',
      'Exposure order: employees in both regions first, since they buy their own groceries through the app and will say when a basket looks wrong. Next the beta testers in each region. Then a small share of European customers, then the same share in South-East Asia. Our highest-spending subscribers in both regions come last.',
      "Rollback limits, agreed and written down before the first request is routed: recommendation errors or empty baskets up more than 0.5 % against control, p95 home-screen latency up more than 250 ms in any single region (not averaged across both, which would hide Singapore), add-to-cart rate on recommended baskets down more than 2 % against control, and compute cost per request no more than 15 % above the old model. Alongside those we watch the offline eval's relevance score on a sampled slice of live requests, and feature-store load per region against what the stores were sized for.",
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each holds for at least 24 hours and must include one lunch peak in each region before the gate opens. The regional engineering lead for Asia and I sign off every advance.',
      "Rollback: the on-call engineer in either region may send traffic back to the old model at any hour without asking anyone. It's a flag flip that completes in under five minutes, and the Singapore on-call covers Berlin's early morning.",
      "Last, the canary answers whether the new model is safe. If we want to know it sells more baskets, that's a randomised A/B test afterwards, because the canary cohorts were chosen on purpose and are not comparable.",
    ].join('\n'),
  },
];
