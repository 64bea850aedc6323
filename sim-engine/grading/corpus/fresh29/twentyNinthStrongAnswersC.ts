import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-ninth fresh set, author c: strong answers (ai041–ai047), written blind and labelled by
 * hand before any grading. Four on model or prompt scenarios, three on service scenarios; each in
 * a different voice. Scenario ids and judgement calls are in LABEL-NOTES-c.md.
 */
export const TWENTY_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — dictated to a colleague who types it up, [brackets] for notes.
    id: 'ai041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "[Typed up by Jonas from Mira's voice note, Tuesday morning. Her words, my brackets.]",
      "OK, so this is for the release doc, I'll just talk it through. Who owns what, first. The ML platform team owns the routing and the model serving, that's theirs and I'm not touching it. What I own is which customers get the bigger model and in what order, what numbers send it back, how long we sit at each step, and whether we move on. [Mira: put that bit at the top so nobody argues about it later.]",
      "Order. Our own HR and payroll people first. They use the assistant all day and they'll spot a wrong answer about leave carry-over in seconds. Then the customers in the early-access programme. Then small companies, under fifty employees. The big payroll accounts go last, and never in the week before their pay run, because a wrong answer about a payslip there turns into an escalation and maybe a contract conversation.",
      "Numbers. We agree these before anything moves, not once we're looking at graphs. We roll back if errors go more than half a point above the old model, if p95 response time gets more than 800 milliseconds worse [check with Tomasz that 800 is fair with the longer context; Mira says leave it unless he objects], if thumbs-down on answers rises more than two points, if the eval harness shows made-up answers on the payslip and leave question set above 2 %, or if cost per conversation ends up more than 30 % over the figure we give Finance. That last one is Finance's question, so it's a real stop, not a nice-to-have.",
      "Ramp is 1, 5, 25, 50, 100. At least a day at each, and 25 % holds for three working days, because that's the first point where we get enough thumbs ratings to believe them. [Mira: 'and we don't advance on a Friday'.] Each step up needs me and the ML lead to sign off, in writing, in the release channel.",
      "Rollback. Whoever's on call can switch the model setting back to the old model, any hour, without asking me. It's a config change, it's done in under five minutes. They tell me afterwards.",
      "Last thing. The three-point eval gain and whatever we see in the canary don't prove the bigger model answers better. The canary tells us it's safe to run. If we want to say it's better, that's a proper A/B test afterwards, random assignment, success metric picked in advance. [End of note.]",
    ].join('\n\n'),
  },
  {
    // prompt-locale-thumbs-down — starts from the worst customer story and works back to the plan.
    id: 'ai042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Let me start with the worst case, because it\'s very specific. A sales rep in Munich is writing to a prospect she has never met. She opens with "Sehr geehrter Herr Braun", asks the assistant to polish it, and gets back "Hallo Thomas!" with "Liebe Grüße" at the bottom. She skims it, sends it, and the deal starts on the wrong foot. She won\'t press thumbs-down. She\'ll just quietly stop trusting the button, or ask her IT admin to switch it off for the whole company. And nobody on the English-speaking review team would ever have seen it.',
      "Working back from her, this is how I'd run it.",
      'The applied-AI team owns the prompt config and the traffic split. I own who gets the new prompt and in what order, the numbers that pull it, how long each step lasts, and the call to widen it.',
      "Order: our own staff writing in English, then colleagues in the Vienna office who write German all day, then beta users who opted in, in both languages. After that English-language users on personal accounts, then German-language users as a separate cohort with their own gate, and business accounts last, because that's where a wrong form of address actually costs someone.",
      "Before anything ships we write down the stop numbers, per language: thumbs-down more than 1.5 points above the old prompt; more than 1 % of German replies switching from Sie to du when the user wrote Sie, which we'll measure with a formality check we add to the eval harness; invented facts in the harness above 0.5 %; suggestions undone more than 3 points more often than today; p95 up more than 300 ms; tokens per request up more than 15 %, since a chattier prompt costs money as well.",
      'Ramp is 1, 5, 25, 50, 100 %, two days at each step. German traffic only moves on once the harness has graded at least 500 German outputs at the current step. The AI lead and I sign off every step, and for German a native-speaking colleague from support reads a sample before we do.',
      "If any number trips, the on-call engineer flips back to the old prompt. It's a config change, live in about a minute, at any hour, and they don't wait for me.",
      "None of this tells us people prefer the warmer tone. The canary only says it's safe to run. Whether warmer actually wins is an A/B test afterwards, randomised, and read per language.",
    ].join('\n\n'),
  },
  {
    // quiet-feedback-trap — every rule has its exception spelled out.
    id: 'ai043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Each rule comes with the case where it bends, because on this product that's where the trouble is.",
      'Ownership. The ML team owns the serving switch and the grading pipeline. I own the cohort order, the rollback numbers, the holds and the decision to widen. Exception: rollback itself. Nobody needs my permission for that (see below).',
      "Who goes first. Our in-house vet advisers, then beta clinics, then single-vet practices, and multi-site groups last because they're our biggest contracts. Exception: any clinic that runs an out-of-hours emergency service stays on the old model until we're past 50 %, whatever its size. A summary that drops a drug dose from a 3 a.m. visit is the worst thing this change can do.",
      "Stop numbers, fixed before the first summary moves. We roll back if the share of summaries the eval harness marks as containing a wrong or invented finding is more than 1 point above the old model's, if omitted medications or doses go above 0.5 %, if errors rise more than 0.5 % over control, or if p95 gets more than 300 ms worse. Cost per summary should fall by at least 25 %; if it doesn't, we stop and find out why before going on. Exception: thumbs-down. Ratings are so rare that below 25 % one unhappy vet moves the rate, so until then a jump of more than 3 points pauses the ramp for a look instead of rolling back.",
      'Holds. 1, 5, 25, 50, 100 %, and at each step we hold until at least 48 hours have passed and the harness has graded at least 400 canary summaries. At one in two hundred that would take weeks at 5 %, so for canary traffic we raise grading to one in ten. Exception: the 1 % step. There we only check that nothing fails or times out, and move after 24 hours.',
      'Sign-off. The ML lead and I sign every advance. Exception: the last one, to 100 %, also needs our clinical adviser, after she has read fifty canary summaries next to the original notes.',
      'Rollback. Whoever is on call can switch clinics back to the old model with the config flag, day or night, without asking anyone. It takes about two minutes. No exception to this one.',
      'What it proves. The canary tells us the cheaper model is safe to run, not that vets find the summaries as good or better. That claim needs a randomised A/B test by clinic afterwards. Exception: cost. Cost per summary is a direct measurement rather than a comparison of outcomes, so Finance can take that figure from the canary.',
    ].join('\n\n'),
  },
  {
    // lunch-peak-recommendations — Indian English register, spoken.
    id: 'ai044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay, so see, first I'll clarify what is my part and what is engineering's part. The ML team and platform team will handle the model serving, the flag, the routing, all that. My part is deciding which customers get it first, what are the numbers at which we pull it back, how long we sit at each stage, and giving the go-ahead to move. That I will not leave to anybody.",
      "Now the main risk I'm seeing in the brief itself is the feature stores. They were sized for the old model and this one is reading more features per request. And Singapore lunch hour is early morning in Berlin, so if we are watching only in Berlin office hours we will simply miss it. So every stage must have Asian traffic also, and every hold must cover one full day on both clocks: Singapore lunch, Europe dinner, everything.",
      "Order I would go: first our own employees in Berlin and Singapore, they anyway order groceries on the app only. Then early-access users who opted in, both regions. Then occasional shoppers, who use it once or twice a month. Regular weekly-basket customers after that, and new customers last, because if their first home screen is bad, they'll not come back.",
      'Thresholds I\'ll write down before we start, not after seeing the graphs. Error rate more than 0.5 % above the old model, p95 home-screen latency more than 150 milliseconds worse in either region, feature-store timeouts above 1 %, fallback to the default basket above 2 %, add-to-basket rate down more than 2 % versus control, "not interested" taps up more than 2 points. Plus compute cost per request not more than 20 % over what we budgeted, and the offline replay eval on last week\'s sessions should not drop.',
      "Ramp is 1, 5, 25, 50, 100, minimum 24 hours per stage, and 25 % stays for three days. Each step, I sign off along with the Berlin ML lead and the Singapore engineering lead. All three, otherwise we don't move.",
      "Rollback: on-call engineer of whichever region is awake can switch back to the old model with the flag, under five minutes, no need to call me or wake up Berlin. They'll just inform us after.",
      "And one thing I'll be clear with leadership: the canary is telling us it is safe, not that it is better. If they want to know whether the new model is actually selling more baskets, that we'll do with a proper randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  {
    // night-breach-rollback-authority — RACI-like "who does what when" paragraph.
    id: 'ai045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Who does what, and when. Before Tuesday: I own the release plan and write it (the order in which trips go to the new pricing service, the rollback triggers, how long each step holds) and get it agreed in writing with Dev, the pricing tech lead, and Ana, the SRE lead; engineering owns the deploy, the routing rule and the dashboards; billing is consulted because we share their nightly batch window; support and city ops are kept informed. The agreed triggers are fare-calculation errors more than 0.3 % above the old service, p99 quote latency more than 200 ms worse, quoted and charged fares differing on more than 0.5 % of trips, and booked trips per quote more than 2 % below the control riders. Tuesday evening: staff riding on company accounts go first, then riders who opted into the beta, at about 1 % of trips. Then 5 % in one mid-sized city, then 25 % and 50 % across all cities except corporate accounts and airport trips, which come last because they carry the highest fares and the least patience. Each step holds at least 24 hours; the 25 % step has to run through a Friday and a Saturday night peak before anyone proposes 50 %; and nothing advances inside the nightly batch window. Dev and I sign off every advance in the release channel, after Ana confirms the dashboards are clean. Rollback, including at 2 a.m.: the on-call SRE is responsible and needs no approval from me or anyone else. If a trigger trips, they switch fare routing back to the old service with the flag, which takes about three minutes, and tell me and billing afterwards; restarting the ramp is my decision. What nobody should read from this: that the new service prices better. The canary answers whether it's safe to run; if the new service is also meant to improve pricing, that gets its own randomised A/B test later.",
    ].join('\n\n'),
  },
  {
    // checkout-first-order — opens by comparing canary and A/B in a short paragraph.
    id: 'ai046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "A quick distinction first, because Growth is going to ask me for a number. A canary and an A/B test look alike, two versions and two groups, but they answer different questions. The canary asks whether the one-page checkout is safe to put in front of everyone: does it break, slow down or lose orders. Its customers are picked in a deliberate, non-random order, so its conversion figures can't be read as lift. The A/B test asks whether it's better, and that needs random assignment, a success metric fixed in advance and enough traffic to see a difference. So the canary comes first, and once it's shown the page is safe we run a randomised 50/50 test for two weeks before the old checkout is switched off.",
      'My part: engineering owns the flag and the deploy; I own the order of customers, the rollback triggers, the holds and the decision to advance.',
      "Order: staff first, then returning customers who opted into early access, then returning customers with saved details in general, and first-time buyers last. They're the people the usability lab never saw, nothing gets filled in for them, and they're exactly who the spring campaign is for, so they get their own step and their own check.",
      'Triggers, agreed with the eng lead before day one: checkout errors more than 0.5 % above the old checkout, p99 page load more than 200 ms worse, completed orders per checkout start down more than 2 % against the old checkout for the same kind of customer, and for first-time buyers, first orders completed down more than 3 %.',
      "Ramp: 1, 5, 25, 50 %, two days at each, and the first-time-buyer step holds a full week because first orders are few and we need the volume. If that runs into the campaign, the campaign links to the old checkout; we don't shorten the hold. The eng lead and I both sign off every step.",
      'Rollback: the on-call engineer can turn the flag off at any hour without asking anyone, and customers are back on the three-step checkout in under five minutes.',
    ].join('\n\n'),
  },
  {
    // storage-migration-under-load — repeats its three non-negotiables at the end.
    id: 'ai047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "The infrastructure team owns the migration itself: the proxy, the managed cluster, the data sync. I own the release decisions around it, which workspaces move when, what numbers send them back, how long we hold, and whether we advance. There are three things in here I won't trade away, and I'll come back to them at the end.",
      "The first is rollback. It has to be a routing change at the proxy that sends workspaces back to the old database, which on-call can do at any hour without asking me, in under five minutes. That only works if every write goes to both clusters for the whole canary, so the old cluster can't be decommissioned at the end of the month if we're not done. I'll take that to whoever owns the date before we start, not after.",
      'Order: our own workspaces first, then free teams with fewer than ten members, then small paying teams, then mid-size, and enterprise customers last, since a slow board on a Monday morning is a lost renewal for them.',
      'The second is thresholds, written down before the first request moves: p99 task-load time more than 150 ms worse than on the old path, database errors and timeouts up more than 0.2 %, proxy connection failures above 0.1 %, and tasks saved per active user down more than 2 % against the teams still on the old database.',
      'Ramp: 1, 5, 25, 50, 100 %. The load tests ran with warm caches, so every step starts cold and holds at least 48 hours, and 25 % has to include a full Monday-morning peak before we look at 50 %.',
      'The third is sign-off: nothing moves to the next step until the database lead and I have both signed off in writing, after the hold.',
      "And to be clear about what we learn: the canary shows the managed cluster is safe for our customers. It doesn't show it's better for them. If someone wants to claim pages got faster because of the move, that's a randomised A/B test, not the canary figures, because our cohorts aren't random.",
      'So, again, the three non-negotiables: rollback by routing at any hour, with the old cluster kept in sync until we finish; thresholds written before traffic moves; no step without both sign-offs.',
    ].join('\n\n'),
  },
];
