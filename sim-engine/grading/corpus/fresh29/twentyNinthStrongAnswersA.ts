import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-ninth fresh set, author a: strong answers ai001–ai007, written blind and labelled by hand. */
export const TWENTY_NINTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ai001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "We sell payroll software, so I'd write this plan assuming our auditor reads it next quarter, because they will. Every decision below goes into the change ticket with a date and a name.",
      'Who owns what. I own the order customers are exposed in, the rollback limits, how long each stage runs and the decision to advance. The ML platform team owns the model routing and the mechanics of switching. The ticket says exactly that, so nobody has to reconstruct it later.',
      "Order. Our own HR and payroll staff first; they use the assistant every day on our internal tenant. Then the customer admins who signed the early-access addendum. Then small-business tenants on standard plans. Enterprise tenants and anyone in their first ninety days go last: an enterprise payroll admin who gets a wrong answer about a payslip deduction raises a complaint, and a new customer decides we can't be trusted.",
      "Limits, approved before the first conversation is routed, each compared with tenants still on the current model over the same window: hallucination rate on our eval harness's payslip-and-leave set above 2 % (today about 1 %); thumbs-down above 6 % against roughly 4 % now; p95 response time more than 1.5 seconds slower; error rate up more than 0.3 points; handoffs to a human agent up more than 10 %; cost per conversation above 9 cents (the current model costs about 6, and finance asked, so it gets a line too). Nobody edits a limit mid-rollout. Changing one means pausing and re-approving, on the record.",
      "Stages: 1 %, 5 %, 20 %, 50 %, 100 %. Each stage holds at least 48 hours and advances only with every limit green, and the 20 % stage runs across a month-end pay run, when question volume and stakes peak. Each advance needs two sign-offs in the ticket, mine and the ML engineering lead's; compliance is added at the 50 % gate.",
      'Rollback. The on-call engineer may revert at any hour without asking anyone, by pointing the model route in the config service back at the current model. That takes about two minutes, and we rehearse it in staging before day one and log the rehearsal. A breach means roll back first and write it up afterwards.',
      "What this won't show is that the bigger model helps customers more. Three points on offline evals is a hint, not evidence. If we want to claim it, we run a randomised A/B test once the rollout is finished, with self-service resolution as the primary metric, and report it separately.",
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ai002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Three short stories, one per group, because this plan is about who sees the new prompt when, and what happens to them if it misfires.',
      'First, the split of work: I decide who goes in which group and in what order, where the stop lines sit, how long each group runs and whether we move on. The platform team owns the flag and routing.',
      'Story one. Jana is on our support team in Munich. On Monday she and our other 250 or so employees get the warmer prompt. She drafts a reply to a supplier in German and it opens with "Hallo du!". She hits thumbs-down. That\'s why staff go first: half of us write in German, we complain loudly, and no customer gets embarrassed. Staff stay on it for three days.',
      'Story two. Marco opted into early access last year and writes in both languages. On Thursday the beta users get it, with German writers in that group on purpose, not by luck, for four days. After that, ordinary users follow at 5 %, then 25 %, then 50 %, each stage held at least three days and only widened when every number is inside its line.',
      "The lines are written down before Jana's Monday and split by language so English can't hide German: thumbs-down more than 1.5 points above the old prompt in either language; the eval harness's formality check failing on more than 3 % of German drafts, against under 1 % today; drafts accepted down more than 5 % compared with users still on the old prompt; p95 draft time up more than 300 ms; tokens per draft up more than 15 %, since a chattier prompt writes longer and costs more; errors above 0.5 %.",
      "Each move to the next group needs the assistant's tech lead and me to agree in the release channel; for the last step our German localisation lead signs as well.",
      "If a line is crossed, the on-call engineer flips the prompt version back. It's a config value, not a deploy, so it takes under a minute, and they do it at any hour without waiting for me.",
      "Story three. Frau Weber runs a tax office on our business plan and writes only formal German. She's in the last group, with the other paying German business accounts, roughly two weeks in. She either keeps the old prompt because we rolled back, or gets one that Jana, Marco and half our users have been through with clean German numbers.",
      "None of these stories tells us the warmer tone is better. They tell us it's safe. Whether it gets more drafts sent is for a randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ai003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "This is a cheaper, faster model, and I'm comfortable with how I'd release it. I'll also tell you the one risk I haven't solved.",
      'The ML team runs serving and the traffic split. I own the rest: which clinics go first, what makes us roll back, how long we sit at each stage, and the call to move on.',
      "Order: our in-house vet advisers and the demo clinic first, then the clinics in the early-access programme, who agree to rate every summary during the canary. Then routine small-animal practices. Emergency and referral clinics come last, along with clinics in their first month with us, because a bad summary costs them most and they're the least forgiving.",
      "The trap here is sparse feedback. At a few hundred summaries a minute, 5 % gives us a handful of ratings an hour, and the eval harness only grades one summary in two hundred. So for canary traffic we raise harness sampling to one in ten, and we count how much of each summary the vet edits, a feedback signal that doesn't need anyone to click a rating.",
      "Stop lines, fixed before day one, against clinics still on the current model: harness-graded factual errors above 2 %, against about 1 % now; vets editing more than 30 % of a summary's text on more than 15 % of summaries; thumbs-down more than 3 points above baseline among the summaries that are rated; p95 generation time worse than the current model's, which would make no sense for a faster model; errors up 0.3 points; cost per summary above the current one.",
      'Stages: 2 %, 10 %, 25 %, 50 %, 100 %. A stage ends only when it has 1,500 harness-graded summaries and at least 48 hours behind it, whichever comes later, with every line green. The ML lead and I sign each advance, and our clinical adviser joins us at 25 %.',
      'Rollback: the on-call ML engineer switches the model route in the serving config, any hour, no approval needed. It takes under three minutes and we test it before we start.',
      "This proves the model is safe enough. It doesn't prove vets prefer it; that needs a randomised A/B test.",
      "The unsolved risk: a wrong drug dose in one summary in five thousand. Even at one in ten sampling we wouldn't see it with any confidence before 100 %. A targeted eval set of dosage-heavy notes helps, but I'd call it open.",
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ai004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'd plan this as a calendar, because the risk sits at a particular hour: the Singapore lunch peak, which is roughly 05:00 to 08:00 in Berlin. All times below are Berlin time.",
      'The week before\n- I agree the split with the recommendations lead: I own the order, the stop lines, the holds and the go/no-go at each step; the team owns the flag, the routing and the feature stores.\n- Stop lines, written into the release doc and never edited mid-rollout. Each one is per region and compared with customers still on the old model: recommendation errors and timeouts up more than 0.5 points; p95 home-screen load more than 150 ms slower; feature-store read p95 above 40 ms or store CPU above 70 %; add-to-basket from recommended baskets down more than 3 %; recommended items out of stock on more than 2 % of impressions, from the replay eval harness; "not interested" taps up more than 20 %; compute cost per request up more than 25 %.\n- On-call gets an early shift, 05:00–09:00, for the whole rollout. That person can turn the model flag off per region at any hour without asking anyone; it falls back to the old model within two minutes. We rehearse it on Friday.',
      "Week one\n- Monday 10:00: employees in Berlin and Singapore.\n- Tuesday 05:00: first Singapore lunch on the new model, early shift watching. At 10:00 the lead and I review and both sign off, or we don't move.\n- Tuesday 11:00: opted-in beta customers, both regions.\n- Wednesday 05:00 lunch watch; 10:00 sign-off; then 10 % of ordinary customers in both regions. Big weekly-basket customers and anyone in their first month stay on the old model.\n- Thursday 05:00: the first lunch with real load on the Singapore feature store. 10:00 sign-off, then 25 %.\n- Friday to Sunday: hold at 25 %. Basket conversion needs this volume and weekend shopping looks different.",
      'Week two\n- Monday 10:00: sign-off, 50 %.\n- Wednesday 10:00: after two more lunch peaks, sign-off, 100 %, with high-value and new customers now included.',
      'If a line breaks at any stage, we roll back, fix it, and restart the calendar from the stage before.',
      "What the calendar doesn't answer is whether the new model sells more baskets. The canary only tells us it's safe to run. Whether it's better is a randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ai005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll go through it, and I'll try to answer the follow-ups I'd expect from you as I go.",
      "Ownership first. The platform team owns the proxy, the cluster and the routing. I own the exposure order, the stop lines, how long we hold, and whether we advance. You'd probably ask whether a PM needs to own anything on a database move. Yes: who gets hurt if it goes wrong is a product decision.",
      "Order: our own workspace first; we live in this tool all day. Then the customer teams who opted into early access. Then small teams on the free plan. Large paying workspaces and teams still in their trial go last. If you're about to ask why trials go last when they're small, it's because a trial that hits a slow board doesn't convert, and we never find out why.",
      "Stop lines, agreed in writing before the first request moves, each against workspaces still on the old database: error rate up more than 0.3 points; p99 task-list load more than 250 ms slower; proxy connection-pool use above 80 %; tasks created per active user down more than 3 %. Is 250 ms too loose? Our p99 is around 600 ms, so 250 is a real degradation, but it's wide enough that a noisy hour won't trip it.",
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each holds at least 24 hours and must include a Monday-morning peak, because the load tests ran with warm caches and the thing I most expect to break is a cold cache under real load. The obvious follow-up is "what if the metrics are fine but it\'s Tuesday?" Then we wait for Monday. The infrastructure lead and I both sign off before each step; at 50 % the DBA signs too.',
      "Rollback: the on-call SRE, at any hour, without asking me, switches the proxy route back to the old database. It takes about three minutes. That only works if writes go to both clusters during the rollout and the old cluster stays up, so I'd move the end-of-month decommission now. The old cluster stays until two weeks after we reach 100 %. That is the one thing I'd fight finance on.",
      "And if you ask whether a clean canary shows the new cluster is better: no. It shows the move didn't break anything. If someone wants to claim faster pages, that's a randomised A/B test, not a reading of the canary cohort.",
    ].join('\n\n'),
  },
  // Built-in scenario: payment-sdk-android-bursts
  {
    id: 'ai006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ja, so first thing: I'm not the one pushing buttons on this. The payments engineers own the SDK integration and the flag that splits traffic. What I own is who gets it first, which numbers make us stop, how long we sit at each step and whether we move on.",
      "Order: our own staff first. Everyone at head office orders supper on the app anyway, and we'll check there's a proper mix of Android and iPhone in there. Then the customers in the beta programme. Then a slice of ordinary customers, and I want Android in that slice on purpose, not by accident, because that's where a new SDK battles with a thousand different phones and patchy signal during load-shedding. Corporate accounts and people placing their first order come last. Shame, a first order that fails at payment is a customer we never see again.",
      "And we don't start on a Friday, hey. We start on a Monday so the 5 % stage sits through one full Friday dinner rush, not the 50 % stage.",
      "Stop lines, written down before we start and split by platform so the iPhone numbers can't hide Android: payment failures above 1.5 % in any five-minute window, against about 0.8 % on the old SDK in the same hours (a daily average smooths out bursts, so we don't use one); p99 payment confirmation slower than 4 seconds; completed orders per checkout started down more than 2 % against customers still on the old SDK.",
      "Steps: 1 %, 5 %, 20 %, 50 %, 100 %. Each holds at least 24 hours with every line green, and 5 % doesn't move until it has been through a Friday dinner. The payments tech lead and I sign off every step in the release channel.",
      "If a line is crossed, whoever's on call, 2 a.m. or 7 p.m. on a Friday, flips the flag back to the old SDK. It's a remote config switch, about two minutes, no app store release, and they don't wait for me. That means the old SDK stays in the app build until we're sorted at 100 %, otherwise there's nothing to flip back to.",
      "Last thing. If the canary shows people like wallet payments, that still doesn't prove the new SDK makes them order more. If we want to know that, we run a proper randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ai007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'd write it as the questions I'd want answered before Tuesday evening.",
      "1. What's mine and what's engineering's? The pricing team owns the new service, the routing and the flag. I own the rider order, the stop lines, the holds, and the go/no-go at each step.",
      "2. Who sees new fares first? Staff who ride with us, then riders in the beta programme, then ordinary riders in our two mid-sized cities. Corporate accounts and riders on their first trip come last, in every city. A wrong fare on someone's first trip or on a company's invoice is the expensive kind of wrong.",
      "3. What makes us stop? Written down on Monday, compared with riders still priced by the old service: fare-quote errors or timeouts up more than 0.2 points; p99 quote time more than 300 ms slower; quoted fare differing from the billed fare on more than 0.5 % of trips; quotes that become bookings down more than 2 %. Nobody moves these lines once we've started.",
      '4. How does it move forward? 1 % from Tuesday evening, held 48 hours so it goes through two nightly batch windows shared with billing. Then 5 %, held through a Friday and Saturday night peak. Then 25 % for three days, 50 % for two, then 100 %. We advance only if every line stays green for the whole hold.',
      '5. Who says yes at each step? The pricing engineering lead and me, in writing, every time. From 25 % on, the billing lead signs as well, because of the shared batch window.',
      "6. What happens at 2 a.m. on Saturday? The on-call pricing engineer, or the billing on-call if the batch is affected, turns the flag off and fares go back to the old service in under two minutes. They don't wake me or ask anyone first; they tell me in the morning. We test the switch on Tuesday afternoon, before the first rider sees anything.",
      "7. What won't this tell us? Whether the new fares are better for the business. The canary says the service is safe. Whether it earns more or keeps more riders is a randomised A/B test, run separately.",
    ].join('\n\n'),
  },
];
