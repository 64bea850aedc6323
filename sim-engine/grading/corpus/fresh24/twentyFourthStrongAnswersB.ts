import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-fourth fresh set, author b: strong answers (ad021–ad027), written blind and labelled by
 * hand before anything was graded. Four model/prompt scenarios, three service scenarios.
 */
export const TWENTY_FOURTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — pre-mortem turned into the plan
    id: 'ad021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me work backwards. It's three weeks from now and the bigger model has gone badly wrong. Why? My honest guesses: it confidently told someone the wrong leave balance or tax code, and we only heard when a payroll admin at one of our largest customers escalated. Or the cost per conversation doubled and Finance found out from the invoice. Or the longer context made answers slow and people gave up. Or somebody saw the three-point eval gain plus a quiet canary and announced that the new model is better. So the plan is built to stop each of those.",
      'First, who owns what. Engineering owns the gateway routing and the model config. I own who sees it, in what order, what counts as failure and when we move on, and I write that down before a single conversation is routed.',
      "Order: our own HR and payroll team on the internal tenant first, because they know a wrong payslip answer when they see one. Then customers who opted into the beta programme. Then small-business accounts. The large enterprise payroll customers go last, because a wrong answer about someone's salary there turns into a contract conversation.",
      'Rollback triggers, agreed with the eng lead and in the launch doc on day zero: hallucination rate on our payslip-and-leave eval set up more than 1 point over the current model (the harness also grades a daily sample of live canary conversations, not just the offline set); thumbs-down rate up more than 2 points against the control cohort; hand-offs to a human agent up more than 10 %; p95 latency over 4 seconds; errors up 0.5 %; cost per conversation above €0.06, the number Finance agreed to.',
      'Ramp 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds at least 48 hours, the 25 % stage has to span a month-end payroll day because that is when the questions spike, and we only advance if every metric stayed inside its line for the whole hold. The eng lead and I sign each advance in the release channel with the numbers pasted in.',
      "Rollback: the on-call engineer can point the gateway back at the old model at any hour without asking me or anyone else. It's a config change, under five minutes, and we rehearse it once before day one.",
      "And if everything stays green, that tells us the bigger model is safe to run, not that it's better. Whether it actually resolves more questions per euro is a separate randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  {
    // prompt-locale-thumbs-down — dialogue with the interviewer
    id: 'ad022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Interviewer: So, the warmer prompt. How would you run the canary?',
      "Me: First I'd split who does what. Platform engineering owns the prompt routing; it's a config flag at the gateway. I own the exposure order, the rollback criteria, how long we sit at each stage, and the go/no-go calls.",
      'Interviewer: Who goes first?',
      "Me: Our own staff, and I'd deliberately recruit our German-speaking colleagues, because the prompt was only reviewed in English and that's the obvious blind spot. Then beta users who opted in, in both languages. Then the general base. German business accounts, people writing to clients where du versus Sie really matters, go last.",
      'Interviewer: What makes you roll back?',
      'Me: We agree it before launch, and we read everything per language, not blended. A quarter of users write in German, so a blended number could hide a disaster. Thumbs-down rate up more than 2 points against the old prompt in either language. The eval harness gets a formality check, does a German draft switch to du when the user wrote Sie, and it rolls back above 1 % of sampled drafts. Drafts discarded without sending up more than 5 %. p95 time to first suggestion up more than 300 ms, errors up 0.5 %, and tokens per draft up more than 15 %, because warmer usually means longer.',
      'Interviewer: And the ramp?',
      "Me: 1 % for a day, 5 % for two days, then 25 % and 50 % for three days each, then 100 %. A step only moves when it has enough graded German drafts to actually read the numbers; if it doesn't, we wait. The eng lead and I both sign off each step, and I'd want someone from the German customer team on that call before 25 %.",
      'Interviewer: Say something breaks at midnight.',
      "Me: The on-call engineer flips the flag back to the old prompt. They don't need to call me, and it takes a couple of minutes. If rolling back meant a redeploy, I'd say we weren't ready to start.",
      'Interviewer: If the numbers look great, is the new prompt better?',
      "Me: No, it means it isn't harmful. The canary groups aren't random: staff and volunteers like new things. To say warmer is better we'd run a proper randomised A/B test afterwards, per language, on how often suggestions get accepted.",
    ].join('\n'),
  },
  {
    // quiet-feedback-trap — rules with must and never
    id: 'ad023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ground rules for moving the visit summaries to the cheaper model',
      '1. Engineering owns the routing and the model switch. I own the rules below, and nobody changes them once traffic moves.',
      '2. Exposure must go in this order: our own clinical advisers (two of them are vets) on the demo clinics; then the pilot clinics that asked for early features; then single-vet practices; multi-site clinic groups last, because they are our biggest accounts and the most likely to leave over one bad summary of a drug dose.',
      "3. We must not rely on the usual one-in-two-hundred eval sampling. On canary traffic the harness grades one summary in ten. At a few hundred summaries a minute we'd otherwise never see a hallucination before 100 %.",
      '4. Rollback lines are fixed before launch, measured against the old model over the same hours: a hallucinated or missing medication or dose in more than 0.5 % of graded summaries; overall eval score down more than 3 points; edit rate (vets rewriting the summary) up more than 5 points; thumbs-down up more than 2 points once there are 200 ratings; p95 latency above 6 seconds; errors up 0.5 %. Cost per summary is the reason for the change, so we track it too: if it is not at least 30 % below today, we stop and find out why.',
      '5. Stages are 5 %, 20 %, 50 %, 100 %. We must never advance on the clock alone. Each stage holds until it has at least 1,000 graded canary summaries and at least 3 days have passed, whichever comes later. With feedback this sparse, a day at 5 % tells us nothing.',
      '6. Every advance must be signed off in writing by me and the ML lead, with the numbers attached.',
      '7. Anyone on the on-call rota may roll back at any hour without asking anyone. It is a config switch back to the old model and must complete within five minutes. Never wait for the morning meeting.',
      '8. We must never present the canary as evidence that the cheaper model is as good. It is a safety gate. Whether quality is really on par is a question for a randomised A/B test with blinded vet review, afterwards.',
    ].join('\n'),
  },
  {
    // lunch-peak-recommendations — launch-day checklist with times
    id: 'ad024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Launch sheet: new basket model (Berlin time, CEST; Singapore is 6 h ahead)',
      '',
      'MON',
      '15:00  Stop lines signed and pinned in #recs-launch. ML/platform own serving, routing and the feature stores; I own the order, these lines and go/no-go. All vs the old model, same hour, same region:',
      '   - feature-store read p99 > 120 ms, or timeouts > 0.5 %, in either region',
      '   - home-screen p95 up > 150 ms; errors up > 0.5 %',
      '   - fallback to default baskets > 2 % of loads',
      '   - add-to-cart from recommendations down > 3 % vs control',
      '   - "not for me" dismissals up > 15 %',
      "   - nightly replay eval (hit rate@10 on yesterday's orders) down > 2 pts",
      '   - compute cost per 1k requests up > 25 %',
      '16:00  Rollback drill: region flag back to old model. Has to finish in < 5 min.',
      '',
      'TUE',
      '05:30  Online: SG on-call (Wei Ling), Berlin early on-call, me. Either engineer rolls back on their own if a line is crossed. No call to me first.',
      '06:00  1 %: staff in both regions + beta testers who opted in. SG lunch runs 06:00-08:00 our time, which is the hour that matters.',
      '08:15  SG lunch readout: feature-store p99, timeouts, fallbacks.',
      '12:00-14:00  EU lunch. 18:00-20:00  EU dinner.',
      '',
      'WED',
      '08:30  Gate 1. Eng lead + me sign, or we hold another day. Rule for every gate: all lines green through at least one SG lunch and one EU dinner. -> 5 %: regular customers with 3+ months of orders, both regions (full feature history, forgiving baskets).',
      '',
      'THU',
      '08:30  Gate 2 -> 25 %. Hold 48 h, because add-to-cart needs the volume.',
      '',
      'SAT',
      '08:30  Gate 3 -> 50 %, new customers and subscription baskets included now (they go last: a bad first home screen or a broken weekly basket costs us most).',
      '',
      'MON',
      '08:30  Gate 4 -> 100 %.',
      '',
      'AFTER: green = safe at peak, nothing more. Does it sell more? Separate randomised A/B test, two weeks. The canary cohorts were hand-picked, so no lift claims from them.',
    ].join('\n'),
  },
  {
    // payment-sdk-android-bursts — elevator answer
    id: 'ad025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: 'I own who gets the new SDK first, what makes us pull it and when we widen; payments engineering owns the build and the flag. Staff first, then beta testers, then regulars; new customers last, since a failed first payment loses them. Agreed before launch: roll back if payment failures rise 0.3 points over the old SDK in any five-minute window, p99 authorisation passes 2 seconds, or orders drop 2 %. Ramp 1, 5, 25, 50, 100 %, a day each, never stepping up into Friday dinner; the payments lead and I sign each step. On-call flips the flag back in minutes, any hour, unasked. Green means safe, not better: wallet uplift needs an A/B test.',
  },
  {
    // night-breach-rollback-authority — South African English register
    id: 'ad026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ja, so for the fare service I'd split it like this. The platform guys own the deploy and the routing switch. What I own is who gets the new fares first, what makes us pull it, and when we go up a level.",
      "Order: staff rides first, there's a few hundred of us using the app to get home, then the riders who signed up for the beta, then one smaller city, say Gqeberha, on weekday trips. Joburg and Cape Town on Friday and Saturday nights come later, and corporate accounts last of all, because a wrong fare on a company card is a billing dispute times a hundred.",
      'Before anything moves we agree the numbers, in writing, hey, not on the night. We roll back if fare-quote errors go up more than 0.5 % over the old service, if p99 quote time goes past 800 ms, if the quoted fare and the charged fare differ on more than 0.2 % of trips, or if quote-to-booking conversion drops more than 2 % against the control riders.',
      "Ramp is 1, 5, 25, 50, 100 %, and every step holds at least 24 hours and has to include a night. We're not going up a level after a quiet afternoon and calling it tested. And we never step up during or just before the nightly batch window with billing; advances happen mid-morning. The engineering lead and I sign off each step together.",
      "Now the 2 a.m. question. Whoever's on call, the oke with the pager, may roll back on their own. No phoning me, no waiting for the morning stand-up. It's a routing flip back to the old pricing service, done in under five minutes, and we'll practise it on Tuesday afternoon before we start in the evening. If it needed a redeploy at 2 a.m., eish, then we're not ready to launch.",
      "Last thing: if it all comes back lekker, that only says the new service is safe. It doesn't tell us it's better for riders or drivers. If we want that answer, we run a proper randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  {
    // search-tail-latency — keeps comparing with an earlier release of the same product
    id: 'ad027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "The last time we touched the index, the move to the sharded layout two years ago, we got burned. So I'd run this one as a list of things we do differently.",
      'Last time engineering ran the whole rollout and I heard about problems in the weekly review. This time the split is explicit: engineering owns the index build and the traffic routing; I own the exposure order, the rollback criteria and the decision to advance.',
      'Last time we sent a random 10 % of all traffic on day one, which put institutional customers, the ones with licences and an SLA, in the canary from the start. This time: staff and our librarian advisory panel first, then free-tier users who opted into previews, then the rest of the free tier, and institutional licences last, the big consortium accounts at the very end.',
      'Last time we watched the median, and the median looked great while filtered searches timed out. This time the stop lines are written down before launch and they sit on the tail: p99 latency up more than 300 ms against the old index, or p99 for queries with three or more filters above 2 seconds; timeouts and errors up more than 0.3 %; zero-result rate up more than 1 point; click-through on the first results page down more than 3 % against the control group. Before day one we also replay 5,000 rare, filter-heavy queries from the logs against both indexes.',
      'Last time we ramped by the calendar. This time it is 1 %, 5 %, 25 %, 50 %, 100 %, each stage held at least 48 hours across a term-time weekday peak in Europe and the US, and a stage only moves up when every tail metric stayed inside its line for the whole hold. The search lead and I both sign it off.',
      'Last time rollback meant rebuilding the old index, which took most of a day. This time the old index stays warm until a week after 100 %, and the on-call engineer may switch traffic back at any hour without asking me. It is a routing change that takes a few minutes.',
      "And last time someone quoted the canary's click-through as proof the new ranking was better. It wasn't proof of anything; the cohort was hand-picked. This canary only tells us the new layout is safe. If we want to claim it's better for users, that is a randomised A/B test afterwards.",
    ].join('\n\n'),
  },
];
