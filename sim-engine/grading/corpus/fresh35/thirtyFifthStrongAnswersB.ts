import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-fifth fresh set, author b: strong answers (ao021–ao027), written blind and labelled by
 * hand before anything was graded. Four model/prompt scenarios, three service scenarios; the
 * built-in scenario each answer was written for is noted above it.
 */
export const THIRTY_FIFTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade — South African English register
  {
    id: 'ao021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Ja, so the first thing I'd get straight is who does what. Engineering owns the gateway rule that splits conversations between the old and the new model, and the plumbing to flip it back. What I own as PM is the order people get exposed in, the numbers that send us back, how long we sit at each step and who says go. That gets written up and agreed with the eng lead and support ops before a single payslip question reaches the new model.

Order: our own HR and payroll people first. They use the assistant on their own payslips and they will shout when it's wrong. Then the customers who signed up for early access. Then small companies on monthly plans. The big payroll bureaus, and anyone still busy onboarding, go last, because a wrong answer about leave or tax there costs us trust we battle to win back.

What sends us back, fixed upfront, all against the group still on the old model: error rate more than 0.5 points higher; p95 response time more than 800 ms slower; hallucinations in the eval harness (we replay a sample of real questions against graded payslip and leave answers) above 2 % of graded replies; thumbs-down rate up by more than a fifth; or cost per conversation more than 30 % over the figure I give Finance. The longer context window is exactly where a cost surprise hides, and Finance has already asked, so that one is not optional.

Ramp is 1 %, 5 %, 25 %, 50 %, then everyone. We hold at least a day at each step and only move when every number has stayed inside its line for the whole hold, and I want a month-end payroll run to fall inside the 25 % or 50 % stage, because that's when the hard questions arrive. I sign off each step together with the eng lead; no sign-off, no move.

Rollback: whoever is on call can flip the gateway back to the old model at any hour, no need to phone me first. It's a config change, done in under five minutes, and we practise it once before we start, so it's sorted.

And I'd be straight with Finance and the execs: the canary tells us the bigger model is safe to run, not that it's better. If we want to say it answers better than the old one, that's a proper randomised A/B test afterwards, not a read of the canary numbers.`,
  },
  // prompt-locale-thumbs-down — short memo with a TL;DR line
  {
    id: 'ao022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `TL;DR: ship the warmer prompt behind a gateway split, staff → English beta → German beta → everyone, with stop lines agreed before we start, at least a day's hold per step, the assistant lead's and my sign-off at each gate, and on-call free to revert in minutes. This tells us it's safe, not that it's better.

To: Assistant team, Support lead
Re: Rollout of the rewritten system prompt

Who owns what. Engineering owns the prompt-version routing and the revert switch. I own the order of exposure, the stop lines, the hold lengths and the go/no-go at each step.

Order. Internal staff first, in both languages; I'm asking our German speakers in the Munich office by name. Then opted-in beta users writing in English, then opted-in beta users writing in German. German is its own step because the prompt was only reviewed in English and a casual "du" where "Sie" is expected is the obvious risk. General users after that, large business accounts last.

Stop lines, per language, against users still on the old prompt:
- thumbs-down rate more than 15 % above control;
- drafts rewritten or discarded up by more than 3 points;
- eval harness: informal address in a formal German context in more than 1 % of graded German samples, invented facts (dates, names, figures) above 0.5 %;
- p95 latency more than 300 ms worse, error rate more than 0.3 points higher;
- tokens per draft up more than 10 % (warmer tends to mean wordier).

Ramp. 1 % → 5 % → 25 % → 50 % → 100 %. Each step holds at least 24 hours and until each language has enough rated drafts to read the thumbs-down rate. The German slice will set the pace.

Sign-off. The assistant lead and I both sign each advance in the release channel. Silence is not a yes.

Rollback. Anyone on the on-call rota can revert to the old prompt without asking me, at any hour. It's a routing config change and is back in under five minutes; we can also revert German on its own.

What this isn't. The canary checks that nothing breaks. It won't show that the warmer tone makes people happier, because the cohorts aren't random. If we want that claim, we run a randomised A/B test of old against new prompt afterwards.`,
  },
  // quiet-feedback-trap — built around "what would make me stop?"
  {
    id: 'ao023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `The question I'd build the whole thing around is: what would make me stop? If I can't answer that before we start, we aren't ready to start.

So before a single summary comes from the cheaper model, the ML lead and I write the stop list and both put our names on it. It's my list: the routing and the switch belong to engineering, but deciding what "too bad" means for a vet reading a summary between appointments is a product call.

I stop if:
- the eval harness finds invented content (a drug, a dose, a symptom that isn't in the notes) in more than 1 % of graded summaries, against roughly 0.4 % today;
- vets' thumbs-down or edits to summaries rise by more than half against clinics still on the old model;
- p95 time to a finished summary gets more than 2 seconds worse, or errors rise more than 0.5 points;
- cost per summary doesn't actually fall, since that's the reason for the change.

The catch is volume. A few hundred summaries a minute at peak, few ratings, and a harness that grades one summary in two hundred means that at 5 % we'd see a handful of graded summaries an hour. So for the canary I'd ask engineering to grade every canary summary, and I'd hold each stage until we have at least 400 graded ones rather than for a fixed time, and never less than a full clinic day. Stages: 2 %, 10 %, 25 %, 50 %, 100 %.

Who goes first: our in-house vet advisers, then the pilot clinics that agreed to test new things, then small single-vet practices. Multi-site groups and any clinic in its first month with us go last.

Who says go: the ML lead and I sign each advance, on the numbers. Who says stop: the on-call engineer, any time, without calling me. It's a switch in the model gateway and we're back on the old model in under five minutes.

And what would neither stop me nor make me go: "the canary summaries look better". The canary tells us the cheaper model is safe enough. Whether vets actually prefer it is a randomised A/B test, later.`,
  },
  // lunch-peak-recommendations — text-message thread to the on-call engineer
  {
    id: 'ao024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Me: hey Jonas, you're on call for the recs model rollout from tomorrow, quick rundown
Me: your side = the gateway split + the revert. my side = who gets it when, stop numbers, go/no-go
Jonas: 👍
Me: order: staff in both regions → beta opt-ins in DE/NL AND SG/MY → everyone else → big weekly-basket regulars last
Me: yes SG in the 2nd step on purpose, I want their lunch peak hitting the feature stores at 1%, not 50%
Me: steps 1/5/25/50/100. every step has to sit through a full lunch peak in every live region before it moves, Singapore included
Me: revert if vs control: feature store p95 over 120ms, recs p95 +150ms, errors +0.5pt, add-to-basket -2%, compute per request +25%, offline eval score on the holdout baskets down >1pt, "not for me" taps up 20%
Jonas: even at 5am?
Me: esp at 5am lol. you don't need me, flip the gateway back to the old model, ~2 min. tell me after
Me: next step only goes when Priya (ML lead) and I both 👍 in #recs-release
Jonas: and if add-to-basket goes UP? win?
Me: nope. canary = safe. better = proper randomised A/B after`,
  },
  // search-tail-latency — PM at a public-sector agency
  {
    id: 'ao025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I come at this from the public sector. I run digital services at a national statistics agency, so my instinct is to write the plan down and get it agreed before anything moves.

Roles first. The search platform team owns the index build, the routing between the old and new index, and the mechanics of switching back. As product manager I own the exposure decisions: who sees the new index in what order, the conditions under which we stop, how long we wait at each step, and the record of who approved each step. At the agency we call that the release decision log, and I would keep one here.

Order of exposure. Internal staff and the editorial team go first; they run odd, heavily filtered searches every day, which is exactly what the benchmark left out. Next, free-tier users who opted into the beta. Then the rest of the free tier. Institutional licence holders, the universities and research councils who pay for the service and whose librarians will write to us, go last, once we have seen the long tail under real traffic.

Stop conditions, agreed in writing before the first query is routed, against users still on the old index:
- p99 search latency more than 250 ms worse, also measured on its own for queries with three or more filters;
- errors and timeouts more than 0.3 percentage points higher;
- click-through from results to a paper more than 2 % lower.
The median is left off deliberately. It got faster in testing and would hide the problem.

Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. Each step holds for at least 48 hours including a weekday daytime peak, and moves on only when every condition has held for that whole period. Heavily filtered queries are rare, so the early steps need the time to collect enough of them.

Each move to the next step is signed off by me and the search platform lead, and recorded with the figures we looked at.

The on-call engineer may switch traffic back to the old index at any hour without seeking approval from me or anyone else. It is a routing setting, we rehearse it so that it completes in under five minutes, and the old index stays up until we have had a clean week at 100 %.

One thing I would tell stakeholders plainly: this canary shows that the new layout is safe to run, not that search is better for users. If we want to claim that, we run a randomised A/B test afterwards.`,
  },
  // payment-sdk-android-bursts — British spelling and understatement
  {
    id: 'ao026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd be rather careful with this one; it's people's dinner money. Engineering own the SDK integration and the flag that routes payments through it. I own who gets it when, the lines we don't cross, the pace, and the go/no-go.

Staff first, on both platforms, then customers in the beta programme, then ordinary customers in a couple of quieter cities; new customers and our biggest regulars last. Android gets its own read throughout. Certification isn't quite the same thing as Friday night.

Agreed before we start, against the old SDK: payment failures more than 0.5 points higher on either platform, in five-minute windows so a burst isn't averaged away; p99 payment time 400 ms worse; completed orders down 2 %. Any one of those and we revert.

1, 5, 25, 50 and 100 per cent, each held at least 48 hours, and nothing goes past 5 per cent until it has survived a Friday dinner. The payments lead and I both sign off every step. The on-call engineer may switch it off at any hour without ringing anyone; it's a flag, so we're back within a couple of minutes.

None of that shows wallets are an improvement, mind. The canary says it's safe; a randomised A/B test says whether it's better.`,
  },
  // storage-migration-under-load — user stories
  {
    id: 'ao027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd write the plan as the stories of the people who have to live with it.

As the PM, I own the exposure order, the stop lines, the hold at each stage and the go/no-go, and the platform team owns the proxy, the data sync and the read-routing switch, so that nobody has to ask whose call it is at 3 a.m.

As one of our own staff, I get my workspace read from the new cluster first, because we're in the tool all day and we'll notice a slow board before a customer does. As a customer in the early-access programme, I'm next. As a small team on the free plan, I come after that. As an enterprise workspace with tens of thousands of tasks, I come last: I'm the heaviest load and the least patient.

As the on-call engineer, I know the stop lines before the first read moves: p99 page load more than 300 ms slower than workspaces still on the old database, read errors or timeouts more than 0.5 points higher, proxy connection pool above 80 % busy, or tasks updated per active user down more than 2 % against control. If one trips, I flip reads back to the old cluster myself, without waiting for anyone. It's a config change and it's done in under five minutes.

As the engineering lead, I sign off with the PM before the ramp moves from 1 % to 5 % to 25 % to 50 % to 100 %. Every stage holds at least 48 hours and has to include a Monday-morning peak with cold caches, which is the case the load test never saw.

As finance, I'd like the old cluster gone at the end of the month. As the PM, I won't let that date push a stage forward; if we aren't at 100 % with a clean week behind us, the decommission moves.

As the exec, I hear that this shows the new storage is safe, not that it's better for users. If someone wants to claim that, it takes a randomised A/B test, not a reading of a canary cohort nobody chose at random.`,
  },
];
