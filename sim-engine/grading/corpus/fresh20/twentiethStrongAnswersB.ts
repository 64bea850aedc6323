import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twentieth fresh set, author b — strong answers (o021–o027), written blind and labelled by hand.
 * The comment above each entry names the built-in scenario it was written for.
 */
export const TWENTIETH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'o021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'um okay so for the bigger model on the support assistant the way I see it my job as the PM is ' +
      'the decisions around the rollout so who sees it first what numbers make us pull it and when we ' +
      'move up and the ML platform folks they own the actual routing at the gateway and the deploy ' +
      'side of it so um first group would be our own support agents because they know what a right ' +
      "answer about pay slips looks like and they'll flag it straight away then the preview programme " +
      'people who signed up for this kind of thing then workspace admins who are sort of our power ' +
      "users and will tell us when something's off and only then regular members and I'd leave trial " +
      'accounts and the enterprise customers till the very end because a trial that gets a wrong ' +
      'answer about their leave just churns and enterprise is where it really hurts so um before any ' +
      'traffic goes over we write the rollback triggers down and everyone agrees them so like error ' +
      "rate more than half a percent over the old model P 95 latency more than I'd say 300 " +
      'milliseconds worse because the bigger model is going to be slower hallucination rate from the ' +
      "eval harness can't go up more than a point thumbs down rate no more than 2 points worse and " +
      "cost per conversation capped at um let's say 40% above today which also kind of gives finance " +
      'their answer and then the ramp is 1% then 5 then 25 then 50 then 100 and we sit at each step ' +
      'for at least 24 hours and only move when the numbers have stayed inside those lines and me and ' +
      'the eng lead both sign off before each step up and um if something goes wrong the on-call ' +
      "engineer can just roll it back any time day or night without calling me it's a config flip at " +
      'the gateway back to the old model takes like two minutes no redeploy and the the last thing is ' +
      "this tells us it's safe it doesn't tell us the new model is actually better for that we'd run a " +
      "proper randomised A/B test afterwards on like resolution rate so yeah that's roughly it",
  },
  // prompt-locale-thumbs-down
  {
    id: 'o022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Opening — I own the release calls on this prompt — the order, the stop lines, the holds, who says go — the platform team owns the prompt routing and the switch itself',
      'Order — employees first, and I make sure our German-speaking colleagues are in that group on purpose — then early-access writers, in both languages — then English-language users — German-language users after that, because formal address is exactly where a casual prompt can offend — business teams last — they write to their own clients, and a chummy German draft costs us accounts',
      'Stop lines — agreed and written down before a single prompt moves — thumbs-down rate up more than 1.5 points against the old prompt, read per language, never blended — eval harness with a formality check on German drafts — a fail rate above 3 % stops it — invented facts in drafts more than 0.5 points over baseline — p95 latency 250 ms worse — tokens per draft up more than 15 % — errors half a percent over control',
      'Ramp — 2 %, 10 %, 25 %, 50 %, 100 % — at least one working day at each step, so real German weekday mail is in the numbers — we advance only when every line has held',
      'Go — the applied-ML lead and I both sign each step — in the release channel, in writing',
      'Rollback — whoever is on call, any hour — no need to wake me — it means flipping the prompt version back in config — done in under five minutes',
      'Close — all of this tells us the warmer prompt is safe — not that people prefer it — that question gets a randomised A/B test afterwards, measured on drafts users actually send',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'o023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Release brief — cheaper summary model, canary',
      '',
      'Ownership: the ML platform team runs the serving and the traffic split. I own this plan: who gets the new model when, what stops it, how long each step lasts, and the go/no-go.',
      '',
      'Goals',
      '- Show that the cheaper model writes summaries vets can trust before most clinics receive them.',
      '- Keep any bad summary confined to people who are expecting to check it.',
      '- Get enough signal despite thin traffic: a few hundred summaries a minute at peak and very few ratings.',
      '',
      'Non-goals',
      '- Proving the new summaries are better. The canary groups are chosen, not randomised, so they cannot show that. If we want the claim, we run a randomised A/B test once rollout is done.',
      '- Banking the cost saving early. We do not cut steps to save money.',
      '',
      'Who goes first',
      '1. Our own staff, including the two vets on the team, reading summaries of real but low-stakes visits.',
      '2. Pilot clinics, who have agreed to rate every summary while the canary runs. That is how we get feedback at all.',
      '3. The general clinics.',
      '4. Hospital groups last: the largest contracts, and their summaries go into referral letters.',
      '',
      'Stop conditions, agreed in this document before any traffic moves',
      "- Eval harness: for the canary we grade 1 in 10 new-model summaries, not 1 in 200. Stop if the fail rate (missed medication, invented findings) is more than 1 point above the old model's.",
      '- Vet ratings: thumbs-down more than 3 points above the old model, read once 150 ratings are in.',
      '- p95 latency more than 300 ms worse; errors more than 0.5 % above control.',
      "- Cost per summary: it should fall. If it rises above the old model's, we stop and find out why.",
      '',
      'Ramp',
      '5 % → 15 % → 30 % → 60 % → 100 %. A step ends only when it has 2,000 graded summaries and 150 ratings, and never before 48 hours; at low volume that may take a week, and that is fine.',
      '',
      'Sign-off',
      'Every step: me and the ML lead, recorded here.',
      '',
      'Rollback',
      'Any on-call engineer may send all summaries back to the old model, at any hour, without asking me. It is one routing flag and takes under five minutes. I am told afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'o024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'All times Berlin. Singapore is seven hours ahead, so its lunch rush lands here at 05:00–07:00.',
      '',
      'Mon',
      '14:00 I write the stop lines into the release doc and the ML lead and I sign them before anything moves. Per region, never blended: errors more than 0.5 % above control; p95 more than 150 ms worse; feature-store timeouts over 1 %; add-to-basket from the recommended row down more than 2 % against control; "not for me" dismissals up more than 15 %; compute cost per request more than 25 % above the old model. Engineering owns the routing and the feature stores; the order, the lines and the holds are mine.',
      '16:00 Night rota checked: whoever holds the pager at 05:00 may send every request back to the old model by flipping the model flag. Under three minutes, no deploy, no call to me first. We time one dry run.',
      '',
      'Tue',
      '10:00 Employees and the preview programme, in both regions.',
      '',
      'Wed',
      '05:00 First Singapore/KL lunch peak on the new model; on-call watching live.',
      '09:00 Gate. The ML lead and I both sign, or it stays where it is.',
      '10:00 5 % of general users in Singapore/KL and 5 % in Germany/Austria. Asia goes in early and small on purpose: that is where the feature stores are tightest.',
      '',
      'Thu',
      '05:00 First lunch peak with real Asian load on the stores. This is the step the plan exists for.',
      '09:00 Gate, both signatures. To 25 % in both regions.',
      '',
      'Fri',
      '05:00 Peak at 25 %; basket numbers now have enough volume to read.',
      '09:00 Gate. To 50 %.',
      '',
      'Mon',
      '09:00 Two weekend peaks at 50 % behind us. Gate, then 100 %, with Plus subscribers joining last: they pay for the service and would feel a bad morning first.',
      '',
      'Note: this week only tells us the model is safe to run. Whether it sells more baskets is for a randomised A/B test that starts after 100 %, not something we read off the canary.',
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'o025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Okay, let me be sincere with you: that load test passing is not enough for me, because those caches were warm and our Monday morning will not be so kind. So this is how I will run it.',
      '',
      'First, the sharing of work. The infrastructure engineers are the ones handling the proxy, the managed cluster and the traffic split — that one is their own. What I am holding is the plan itself: who goes first, the numbers that will send us back, how long we stay at each level, and who gives the go-ahead.',
      '',
      'Who goes first: our own staff, because they are inside the tool all day and they will shout immediately. Then the beta programme. Then free workspaces, because if something spoils there the damage is small. Paid teams after that, and enterprise tenants at the very end — those are the people who can cancel a big contract over one bad morning, so I will not be testing on them.',
      '',
      'Before we move even one request, we agree the numbers and write them down: error rate more than 0.5 % above the old database, p99 page latency more than 200 ms worse, and the share of sessions that open a task board falling more than 2 % against the baseline. Once any one of them crosses, we go back. No arguing.',
      '',
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 %. At each level we hold for at least one full weekday, so we pass a morning peak with cold caches, and we only move when the metrics have stayed calm. Before any step up, the engineering lead and myself will both sign off, in writing.',
      '',
      'Rollback: the on-call engineer can off the new path at any time, even 3 a.m., without calling me. It is a routing change on the proxy that sends reads back to the old database — not a redeploy — and it should finish in under five minutes. That is also why the old cluster must not be decommissioned until we have been at 100 % and stable for some days; I will push for that date to move if need be.',
      '',
      'Lastly, this canary is there to tell us the migration is safe. It will not tell us anything is better. If we want to claim faster pages, we run a proper randomised A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'o026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'The release decisions are owned by me as PM: the exposure order, the rollback thresholds, the holds and the sign-offs. The SDK integration and the traffic split are owned by the payments engineering team.',
      '',
      'Traffic is first given to employees, then to the beta testers. After that, Android, iPhone and web users are each exposed in a small slice, so that a fault on one platform is seen early instead of being averaged away; Android is watched most closely, since that is where the new SDK is newest. Loyalty members are moved last, because a failed payment is felt hardest by them.',
      '',
      'Rollback thresholds are written down and agreed before the first order is routed: payment failures more than 0.5 % above control, measured per platform and over five-minute windows so that short bursts are not hidden by an hourly average; p99 payment latency more than 300 ms worse; completed orders per checkout started down more than 2 % against the baseline cohort.',
      '',
      'The ramp is run at 1 %, 5 %, 25 %, 50 % and 100 %. Each stage is held for at least 24 hours, and the 25 % stage is held across a Friday dinner peak before 50 % is allowed. No step is taken until the metrics have been inside the thresholds for the whole hold, and each advance is signed off by me and the payments lead together.',
      '',
      'The rollback will be triggered by the on-call engineer, at any hour, without my approval being needed. It is carried out as a routing change back to the old SDK path; no redeploy is involved, and it is expected to be completed within five minutes. A breached threshold is treated as a rollback, not as a discussion.',
      '',
      'Finally, it should be understood that the canary is run to show that the new SDK is safe. Whether order volume is lifted by wallet payments is not read from it; that question is answered by a randomised A/B test run afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'o027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'mine: order, stop lines, holds, go or no-go',
      'eng owns the pricing service and the traffic split',
      'staff first, then beta riders',
      'then ordinary riders, a small slice at a time',
      'business accounts last, their invoices are built on these fares',
      'stop lines agreed and written Tuesday afternoon, before any fare comes from the new service',
      'fare errors or timeouts more than 0.5 % above the old service',
      'p99 quote latency more than 200 ms worse',
      "fares differing from the old service's by over 1 % on shadow-priced trips",
      'booked trips per quote down more than 2 % vs baseline',
      'ramp 1 → 5 → 25 → 50 → 100 %',
      'each step held at least 24 h and must include a night through the billing batch window',
      '50 % held over a weekend night peak',
      'nothing advances while any line is breached',
      'every step signed off by me and the pricing lead',
      'night on-call owns rollback, no need to wake me or anyone',
      'rollback = flag flip back to the old pricing service, under 5 minutes, no deploy',
      'drilled and timed Tuesday before we start',
      'canary answers is it safe, not is it better',
      'better = a randomised A/B test later',
    ].join('\n'),
  },
];
