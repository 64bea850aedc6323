import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fresh set 20, author c: strong answers (o041–o047), written blind and labelled by hand. */
export const TWENTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'o041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'okay so um for the bigger model',
      "the first thing i'd say is what's mine versus what's engineering's",
      'the platform team owns the routing and the actual switch',
      'what i own is who gets it in what order',
      "what numbers make us roll back and when we're allowed to go up a step",
      'so order wise',
      "support agents first because they're in the product all day",
      "but honestly they're not a great test because they ask short questions",
      'and the risk here is long conversations where someone pastes in a payroll table',
      "so after the agents it's the preview program",
      'then workspace admins because they have the long messy threads',
      'and they actually leave feedback',
      'then regular members',
      'and trial accounts and enterprise customers go last',
      "trials because you get a made up number in your first week and you're gone",
      'and enterprise because a wrong payslip figure is basically a contract problem',
      'um thresholds we agree those and write them down before any traffic moves',
      'hallucination rate from the eval harness more than 1 point over the current model we roll back',
      'thumbs down up more than 20 percent relative to control roll back',
      'p95 latency more than 300 milliseconds worse roll back',
      'token cost per conversation more than 15 percent over what we told finance roll back',
      'and errors half a percentage point over control',
      'ramp is 1 5 25 50 and then 100 percent',
      'and because the eval harness only grades a small sample of answers',
      'the holds are long like a full day at 5 and two days at 25',
      "we don't go up until everything's been flat for that whole window",
      "each step up it's me and the ml lead signing off in the release channel",
      'rollback the on-call engineer can do it any time day or night without asking me',
      "it's a config switch back to the old model takes a couple of minutes no redeploy",
      'and the last thing',
      "a clean canary tells us it's safe",
      "it doesn't tell us the new model is better",
      "the offline evals going up three points on short questions doesn't tell us that either",
      "if we want to say it's better for customers that's a proper randomized ab test afterwards",
    ].join('\n'),
  },
  {
    id: 'o042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Rule 1: The rollout decisions are mine as PM: who gets the new prompt and in what order, what sends it back, how long each stage sits. The platform team owns the prompt switch and the dashboards.',
      'Rule 2: Employees first, then early-access writers, then English-language users, then German-language users as their own step, and business teams last. The prompt was only reviewed by the English-speaking team, and in German "warmer" can easily come out as "du", so German users get a stage of their own with their own numbers. Business teams go last because a rude draft sent to their client is the costliest mistake we can make.',
      'Rule 3: Every metric is read per language. An average across both would let a German problem hide behind the English majority.',
      'Rule 4: The rollback limits are written into the plan and agreed with the ML lead before the first user sees the prompt, and nobody edits them mid-rollout: thumbs-down more than 15 % above control in either language; drafts rewritten by the user more than 10 % above control; hallucination rate in the eval harness up by more than 1 percentage point; p95 latency more than 250 ms worse; tokens per query more than 10 % higher; errors more than 0.5 percentage points above control.',
      'Rule 5: Stages are 1 %, 5 %, 25 %, 50 %, 100 %. A stage only moves on once its numbers have stayed inside the limits for at least 12 hours, including one full German working day. Feedback is sparse, so when in doubt we wait longer.',
      "Rule 6: Each advance needs two names in the release channel: mine and the ML lead's.",
      'Rule 7: Anyone on the on-call rota may switch back to the old prompt at any hour without asking me. It is a config change, not a deploy, and it is done in under five minutes.',
      'Rule 8: A clean canary means the new prompt did no harm. Whether warmer writing is actually better is for a randomised A/B test afterwards; we do not read a win off the canary.',
    ].join('\n'),
  },
  {
    id: 'o043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. If anyone asks who decides what, then: engineering owns the routing and the model switch; I own the order of clinics, the rollback limits, the hold lengths and the go/no-go.',
      "2. If we're starting, then only our own staff get the cheaper model, knowing their test notes are short and list one drug, so a clean result from them proves little.",
      '3. If staff have had it a day without trouble, then pilot clinics come in, then ordinary clinics, and hospital groups go last: they are the biggest accounts, and a wrong dose in their records is the worst case we have.',
      "4. If the eval harness shows invented or dropped medications more than 1 percentage point above the old model's rate (about 4 %), then we roll back.",
      "5. If the vets' thumbs-down rate goes above 13 % while control sits around 10 %, then we roll back.",
      '6. If p95 latency is more than 400 ms worse than control, or errors are 0.5 points higher, then we roll back. A faster model has no excuse to be slower.',
      "7. If compute or token cost per summary comes out above the old model's, then we roll back; saving money was the reason for the change.",
      '8. If someone wants to loosen 4 to 7 once traffic is flowing, then no: the ML lead and I agree them and write them into the plan before the first summary moves.',
      "9. If we're moving up, then it goes 1 %, 5 %, 25 %, 50 %, 100 %, and a flat line at 1 % or 5 % means no data, not good news: the harness grades one summary in two hundred. 5 % holds at least 24 hours, and 25 % holds until at least 300 graded summaries there sit inside the limits, however long that takes.",
      '10. If a stage has held and its numbers are inside the limits, then the ML lead and I sign off in the release ticket before traffic goes up; without both names it stays where it is.',
      "11. If any limit trips, day or night, then the on-call engineer switches summaries back to the old model straight away without waiting for me. It's a routing change and takes under five minutes.",
      '12. If the canary ends clean and someone says the cheaper model is "just as good", then no: it only shows the model didn\'t hurt clinics at the sizes we tried. Whether summaries are as good or better is a randomised A/B test afterwards, with enough rated summaries to mean something.',
    ].join('\n'),
  },
  {
    id: 'o044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "- routing, flags, feature-store capacity => platform eng's. order, limits, hold lengths, go/no-go => mine (PM)",
      '- feature stores sized for the old model => load risk, not just a ranking risk',
      '- first => employees, then preview programme (opted in, forgive a weird basket)',
      '- then => Germany & Austria, then Singapore & KL, Plus subscribers last (pay for the service, order most, wait for a proven model)',
      '- Asia after Europe but still at a small share => they must hit their own lunch rush while exposure is low',
      '- limits agreed + written in the plan before any traffic moves, no renegotiating mid-ramp => rollback on any of:',
      '- errors > 0.5 pp over control, in either region => roll back',
      '- p95 > 150 ms or p99 > 300 ms worse than control, per region => roll back',
      '- add-to-cart from recommended baskets down > 2 % vs baseline cohort => roll back',
      '- basket dismissals ("not for me") up > 15 % relative => roll back',
      "- eval harness replay on last week's orders, hit rate > 1 pt below old model => roll back",
      '- compute per request / feature lookups > 30 % over budget => roll back',
      '- ramp => 1 → 5 → 25 → 50 → 100 %',
      "- team in Berlin, Singapore lunch = 04:30–07:00 Berlin => every stage holds ≥ 24 h, advances only after metrics stayed inside limits through both regions' peaks",
      '- clean Berlin afternoon => means nothing for Asia, no same-day jumps',
      "- each advance => my sign-off + platform lead's, in the morning, after reading the overnight Asia dashboards",
      '- limit trips at 05:00 Berlin => on-call (Singapore rota included) flips the model flag back, < 5 min, no redeploy, nobody waits for me',
      '- canary clean => safe, nothing more => whether baskets sell better = randomised A/B test afterwards',
    ].join('\n'),
  },
  {
    id: 'o045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'my call as PM: order of tenants, rollback limits, hold lengths, who says go; infra owns ' +
      'the proxy, the routing and the cutover itself - order: employees → beta programme → free ' +
      'workspaces → paid teams → enterprise tenants last (biggest contracts, least patience ' +
      'with a slow board) - limits agreed with infra lead and written in the rollout doc before ' +
      'the 1st request moves: errors > 0.2 pp over control, p99 > 300 ms over control (NOT the ' +
      'average, a connection problem only shows in the tail), task loads per session down > 2 % ' +
      'vs baseline cohort - ramp 1 / 5 / 25 / 50 / 100 - 1 % holds 1 h; after that metric ' +
      'gates: 5 % needs 6 h clean, 25 % and 50 % need 12 h clean incl. a weekday 14:00 UTC ' +
      'peak, because the load tests ran with warm caches and 25 %+ is where the real test ' +
      "starts - never 5 → 100 just because it's flat - each gate: me + infra lead sign off in " +
      'the release channel, both names or no move - rollback: on-call SRE, any hour, no need to ' +
      'page me, routing flip back to the old cluster in < 5 min; old cluster stays up until 100 ' +
      '% has held a full week, end-of-month decommission slips if it has to - canary clean = ' +
      "safe to run on the managed cluster, not 'better'; if someone wants to claim faster pages " +
      "for users, that's a randomised A/B later",
  },
  {
    id: 'o046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "So for the one-page checkout, here's how I'd run it. First off, who does what: the dev team owns the flag and the traffic routing, and I own the calls on who gets it, in what order, what numbers pull it back, and when we're good to move up a stage.",
      '',
      "Order: employees first, then the Insiders programme, then coupon browsers, then returning customers. First-time buyers and wholesale accounts go last, on purpose. Returning customers loved it in the lab, sure, but they've got saved addresses and cards, so the page basically fills itself in for them. First-time buyers are the ones who'll see the whole form with nothing filled in, and they're exactly who Growth is counting on for the spring campaign. Wholesale goes last because each order is worth about $400 to us and they won't put up with a hiccup.",
      '',
      "Thresholds go in the release doc, agreed with the dev lead before a single shopper sees the page: conversion more than 2 % below the baseline cohort for that segment, errors 0.5 percentage points over control, p99 latency 200 ms worse. I want conversion broken out by segment too, so first-time buyers can't hide behind the returning-customer average. Staff hardly ever buy, so comparing them to all of control would be meaningless; baseline cohort it is.",
      '',
      "Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. At least a full day at each stage from 5 % up, since conversion comes in about half an hour late and swings with the evening peak, and we only move once the numbers have held steady the whole day. The stage where first-time buyers come in gets two. Each step needs my sign-off and the dev lead's in the release channel. No sign-off, no move.",
      '',
      "Rollback: whoever's on call can turn it off any time, day or night, without phoning me first. It's a flag flip back to the three-step checkout, done in under five minutes, no redeploy.",
      '',
      "And I'd be straight with Growth, eh: a clean canary tells us the new checkout isn't breaking anything. It doesn't tell us it sells more. If they want to say it lifts conversion before the May long weekend, that's a proper randomized A/B test afterwards, not something I'll read off the canary. Sorry, but that's the honest answer.",
    ].join('\n'),
  },
  {
    id: 'o047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Two ways I could run the new payment SDK.',
      '',
      'Option 1: quick ramp, time-based. 1 %, 10 %, 100 %, an hour each, fully live before Friday dinner.',
      'Pros: wallet payments are out for the busiest hour of the week; little coordination; Growth is happy.',
      'Cons: an hour-long hold can fall right between failures that only show up every few hours (SDKs refresh sessions and tokens on timers); Friday dinner becomes our load test; all platforms are mixed together, so an Android-only fault is diluted by iPhone and web.',
      '',
      'Option 2: slower ramp, metric-gated, read per platform.',
      'Pros: holds of many hours catch anything periodic; per-platform numbers point straight at the culprit; loyalty members never carry the early risk.',
      'Cons: full rollout probably misses this Friday; wallets arrive a few days later; more sign-offs to chase.',
      '',
      'Decision: Option 2. Missing one Friday for wallets costs far less than failing payments on Friday.',
      '',
      'How it runs: the payments engineers own the SDK switch and the routing; I own the order, the limits, the holds and the go decisions. Employees first, then beta testers, then the general app and web users, each platform with its own dashboard, and loyalty members last because they order most and a failed payment is what makes them leave. Rollback limits are agreed with the payments lead and written down before any order goes through the new SDK: payment failures more than 0.5 percentage points over control on any single platform, p99 payment latency more than 300 ms worse, completed orders per session down more than 2 % against the baseline cohort. Stages are 1 %, 5 %, 25 %, 50 %, 100 %; each holds until it has 12 hours of clean metrics, and we never step up between 17:00 and 22:00 on a Friday. The payments lead and I both sign off every step. The on-call payments engineer can roll back at any hour, Friday dinner included, without asking anyone: a server-side switch to the old SDK, under five minutes, no app release. And a clean canary only says the SDK is safe; whether wallets increase orders is a randomised A/B test afterwards.',
    ].join('\n'),
  },
];
