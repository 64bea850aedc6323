import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventeenth fresh set, author c: strong answers b041–b047 (4 service, 3 model), written blind
 * and labelled by hand before any grading. Built-in scenario per answer: LABEL-NOTES-c.md.
 */
export const SEVENTEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'b041',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Runbook: moving task storage to the managed cluster',
      '',
      '1. Who decides what. The platform team owns the proxy, the traffic split and the dual ' +
        'writes. I own the release calls: which workspaces move when, the numbers that stop us, how ' +
        'long we sit at each step. The old cluster stays up and in sync until we have been at 100 % ' +
        'for a week; the end-of-month decommission waits for that.',
      '2. Order: our own staff workspaces, then the beta programme, then free workspaces, then paid ' +
        'teams, and enterprise tenants last. Free workspaces carry the heavy load steps because a ' +
        'slow page costs them least; enterprise tenants have SLAs and the biggest contracts, so they ' +
        'move only after the new cluster has carried half of everything.',
      '3. Stop lines, written down with the platform lead before the first request moves: p99 read ' +
        "latency more than 150 ms above the old cluster's, errors more than 0.1 percentage points " +
        'above control, or task-page loads per session down more than 2 % against the baseline ' +
        'cohort. We put the limit on p99, not the average, because a connection or cache problem hits ' +
        'a small slice of requests first.',
      '4. Steps: 1 % for an hour, 5 % until six clean hours, then 25 % and 50 %, each held until ' +
        'twelve clean hours that include a weekday 14:00 UTC peak. The load tests ran with warm ' +
        'caches, so 25 % and up is where a capacity fault would appear; those holds are never cut ' +
        'short to meet the deadline.',
      "5. Each advance needs two names in the release channel: the platform lead's and mine.",
      '6. Rollback: whoever is on call, at any hour and without approval, points the proxy back at ' +
        'the old cluster. It is a config change, live in about two minutes, and we rehearse it once ' +
        'at 5 %.',
      '7. What a clean run does not tell us: that the new cluster makes the product better. It ' +
        'tells us it is safe to run. If someone wants to claim faster pages improve retention, that ' +
        'is a separate randomised A/B test.',
    ].join('\n'),
  },
  {
    id: 'b042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Um, okay, so — so first I'd say what's mine and what's engineering's. Engineering, the, uh, " +
      'the platform folks, they own the flag and the routing between the old fare code and the new ' +
      'pricing service. What I own is, um, the order riders get it in, the numbers that stop us, ' +
      'and, and how long we sit at each step. So the order: employees first — they ride too, right, ' +
      'so we get real trips — then the beta riders, then regular riders, and business accounts ' +
      'last, because a wrong fare on a corporate account turns into, like, an invoice dispute. ' +
      "Sorry, let me — the numbers. Before we start on Tuesday evening I'd write down, with the eng " +
      'lead, that we roll back if fare-quote errors go more than, uh, 0.3 percentage points above ' +
      'the old service, or p99 quote time is 250 milliseconds worse, or booked trips per quote drop ' +
      'more than 2 % against riders still on the old path. Then the steps, 1 %, 5 %, 25 %, 50 %, ' +
      "then everyone, and we hold each one for, I'd say, two days — no, sorry, at least one full " +
      'night, twenty-four hours, and the step before 50 % has to include a weekend night, because ' +
      "that's the real peak, and because, um, the pricing service shares that nightly window with " +
      'billing, so every stage has to, has to live through 2 a.m. before we move. Moving up needs ' +
      'me and the eng lead saying yes in the release channel; overnight nobody advances, we only ' +
      'hold. And rollback — the on-call engineer can do it alone, at 2 a.m., no phone call to me, ' +
      "no approval. It's the flag, back to the old service, a couple of minutes. We'd actually try " +
      'it once in the afternoon so we know it works. Um, last thing: if it all stays clean, that ' +
      "tells us the new service is safe. It doesn't tell us the new fares are, like, better for the " +
      "business — that'd be an A/B test afterwards.",
  },
  {
    id: 'b043',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '# Release memo: one-page checkout',
      '',
      '## Who decides what',
      'The checkout squad and SRE run the flag and the traffic split. I decide the order customers ' +
        'get it in, the stop numbers and the hold lengths, and I co-sign every step.',
      '',
      '## Order',
      'Staff → Insiders programme → Coupon browsers → Returning customers → First-time buyers → ' +
        'Wholesale accounts.',
      '',
      'The lab only saw returning customers with saved details. First-time buyers have nothing to ' +
        'pre-fill, so this is the group the page is least proven on; they come late, once everything ' +
        'else is clean, and well before the spring campaign so we are not learning on the peak. ' +
        'Wholesale goes last because each lost order there is worth about 400.',
      '',
      '## Stop numbers (agreed before launch)',
      '| Signal | Roll back if | Compared with |',
      '|---|---|---|',
      '| Checkout errors | more than +0.3 pp | control |',
      '| p99 page time | more than +200 ms | control |',
      '| Order conversion | down more than 3 % (relative) | the same segment on the old checkout |',
      '',
      "Staff hardly buy, so their conversion is never compared with anyone else's.",
      '',
      '## Ramp',
      '| Stage | Who is in | Share | Hold before the next step |',
      '|---|---|---|---|',
      '| 1 | Staff | ~2 % | 24 h |',
      '| 2 | + Insiders | ~7 % | 24 h |',
      '| 3 | + Coupon browsers | ~20 % | 48 h, incl. an evening peak |',
      '| 4 | + Returning customers | ~45 % | 48 h |',
      '| 5 | + First-time buyers | ~75 % | 72 h, until their conversion has enough orders to read |',
      '| 6 | + Wholesale | 100 % | — |',
      '',
      "Every move needs my sign-off and the checkout eng lead's, posted in #release.",
      '',
      '## Rollback',
      'Any on-call engineer flips the flag back to the three-step checkout, any hour, without ' +
        'asking. It takes under two minutes. I hear about it afterwards.',
      '',
      '## What the canary will not tell us',
      'A clean run means the page does not break checkout. Whether one page sells better than three ' +
        'is a question for a randomised A/B test afterwards, with first-time buyers reported on their ' +
        'own. Nobody announces a conversion win from canary numbers.',
    ].join('\n'),
  },
  {
    id: 'b044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Because the new SDK arrives with the provider's certification but has never carried our own " +
      'traffic, and because most of our orders are paid inside the mobile apps, where a failed ' +
      'payment means a cold dinner and an angry review, I would run this as a release in which my ' +
      "part, as distinct from the payments engineers' part of wiring the SDK behind a server-side " +
      'switch and running the traffic split, is to decide who gets it in what order, which numbers ' +
      'stop us and how long we wait before each step; I would begin with employees and beta ' +
      'testers, move next to the web shop, then to the iPhone app and only then to Android, keeping ' +
      'loyalty members, who order most often and whose trust is hardest to win back, until the very ' +
      'end, so that a fault peculiar to one platform shows up against a clean comparison with the ' +
      'others instead of being averaged away. Before any money flows through the new path, the ' +
      'payments lead and I would agree in writing that we roll back if the payment failure rate on ' +
      'any single platform rises more than 0.3 percentage points above the same platform on the old ' +
      'SDK, if p99 payment time grows by more than 300 milliseconds, or if completed orders per ' +
      'checkout started fall more than 2 % against the control group, and we would ramp through 1 ' +
      '%, 5 %, 25 % and 50 % of each cohort, holding every step for at least twelve hours, which is ' +
      'long enough to catch anything that comes and goes on a schedule, such as session or token ' +
      'renewals, and never advancing into a Friday dinner peak, with each advance confirmed by both ' +
      'of us in the release channel. Whoever is on call may turn the switch back to the old SDK at ' +
      'any moment, Friday at 19:30 included, without asking me or anyone else, which takes under ' +
      'two minutes, and when it is all over I would claim only that the SDK is safe to run, not ' +
      'that wallet payments lift orders, since that claim belongs to an A/B test we would design ' +
      'afterwards.',
  },
  {
    id: 'b045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Split first. Mine: who gets it, in what order, stop lines, hold lengths, go/no-go. ML ' +
        "platform's: serving, routing, the switch.",
      '',
      'Order: support agents → preview programme → workspace admins → members → trial accounts → ' +
        "enterprise. Agents ask short product questions — won't stress the long context. Admins paste " +
        'payroll tables; if it breaks, it breaks there, so they come early and small. Trials: first ' +
        'impression. Enterprise: biggest contracts. Both last.',
      '',
      'Stop lines, agreed before any traffic:',
      '- errors: +0.5 pp vs control',
      '- p95: +400 ms (longer answers, some growth expected)',
      '- hallucinated figures, eval harness on sampled live conversations incl. long ones with ' +
        'pasted tables: > 1 pt above old model',
      '- thumbs-down: +15 % relative',
      '- tokens per conversation: Finance signs a budget up front; stop above +35 %',
      '',
      'Ramp 1 / 5 / 25 / 50 / 100. Min 24 h each. Metric gate too: no advance past 5 % until the ' +
        'harness has graded 300+ long conversations.',
      '',
      'Each gate: me + ML eng lead, written.',
      '',
      'Rollback: on-call, any hour, nobody to ask. Routing config back to the old model, < 5 min. ' +
        'Drilled once at 1 %.',
      '',
      'Evals +3 on short questions ≠ better for customers. Canary says safe. Better = A/B ' +
        'afterwards, on resolution rate and escalations.',
    ].join('\n'),
  },
  {
    id: 'b046',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'First I want say what is my part and what is part of engineering. Engineering team is owning ' +
        'the model serving and the switch between old and new model; I am owning decisions: which ' +
        'clinics get new summaries first, which numbers make us stop, how long we are waiting on ' +
        'every step.',
      '',
      'Order is our staff, then pilot clinics, then normal clinics, and hospital groups in the end, ' +
        'because they have most patients and biggest contract. But I know staff test notes are short ' +
        'and have only one medicine, so staff stage tell us almost nothing about dosage problem — ' +
        'real test is starting with pilot clinics.',
      '',
      'Big problem here is that signal is very quiet. Harness grade only one summary from two ' +
        'hundred and vets almost never rate. So during canary I will ask to grade one from twenty of ' +
        'canary summaries, specially notes with several medications, and check every dosage against ' +
        'original note. Stop numbers we fix before start: wrong or invented dosage in more than 0.5 % ' +
        'of graded summaries, thumbs-down rate more than 20 % higher than old model, error rate more ' +
        'than 0.3 point higher, p95 more than 300 ms slower. Cost per summary we expect go down; if ' +
        'it go up, we stop and look.',
      '',
      'Steps are 5 %, 25 %, 50 %, 100 %. We stay on each step until at least 300 graded summaries ' +
        'with several medicines and at least one full clinic day, not only fixed hours. Me and the ML ' +
        'lead sign every step in writing.',
      '',
      'Rollback: on-call engineer can switch back to old model alone, day or night, it is config ' +
        "flag, few minutes. He don't need to call me first.",
      '',
      'And canary only say it is safe. If we want to say new model is as good for vets, we need A/B ' +
        'test after.',
    ].join('\n'),
  },
  {
    id: 'b047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Who owns what? Engineering owns model serving, the feature stores and the routing switch. I ' +
        'own the release decisions: the order of users, the stop lines, how long each stage holds, ' +
        'and whether we go on.',
      '',
      "Who sees it first, and why? Employees, then the preview programme — and I'd make sure the " +
        'preview includes customers in Singapore and Kuala Lumpur, not just Berlin colleagues, ' +
        'because the Asian feature store is the one nobody on the team will load by accident. Then ' +
        'general customers in both regions at the same small share, so each store meets its own peak ' +
        'early and small. Plus subscribers last: they pay for the service and notice an empty home ' +
        'screen first.',
      '',
      'What stops us? Written down and agreed before the first request, and read per region, never ' +
        'blended: home-screen error rate more than 0.3 points above the old model; p95 recommendation ' +
        'latency more than 150 ms worse; baskets added from recommendations down more than 3 % ' +
        'against customers still on the old model in the same region; compute and feature-store ' +
        "lookups per request more than 40 % above plan. On top, the eval harness replays yesterday's " +
        'orders every night, and a drop of 2 points in offline hit rate stops us too.',
      '',
      'How long does a stage hold? 1 %, 5 %, 25 %, 50 %, 100 %, none shorter than 24 hours, so the ' +
        'Singapore lunch rush — around five or six in the morning in Berlin — and the European ' +
        'evening have both passed through it. The gate is a clean peak in each region, not hours on a ' +
        'clock.',
      '',
      'Who says go? The ML eng lead and I, both, in the release channel, for every stage.',
      '',
      'Who rolls back at 5:30 a.m. Berlin time? The automated guard first: a breached stop line ' +
        'flips the flag back to the old model without waiting for anyone. Whoever is on call — and ' +
        'the rota covers Asian hours during the release — can do the same by hand. Either way it ' +
        'takes a couple of minutes.',
      '',
      "Does a clean canary mean the new model is better? No. It means it doesn't break the app at " +
        "anyone's peak. Whether the new baskets sell more is for an A/B test afterwards.",
    ].join('\n'),
  },
];
