import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Held-out strong answers, set A (j001–j007), written blind to the grader: every point of the
 * scenario type, each in a different voice and format. Labelling notes in LABEL-NOTES-a.md.
 */
export const FOURTEENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'j001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Okay, so, um — the database move. First thing I'd say is, the thing I personally own here isn't the",
      "migration itself, the infra folks do the cutover and the traffic weights. What's mine is, like, who",
      'goes first, what numbers make us stop, and how long we sit at each step. So who goes first: our own',
      'staff, obviously, they use the tool all day. Then the beta programme people, they signed up for this.',
      "Then free workspaces, because if something goes sideways there nobody's paying us. Paid teams after",
      "that and enterprise tenants dead last, they're the ones who'd actually churn over a bad morning.",
      'Um, numbers. Before we flip anything I want it written down and agreed: if the p99 on task reads',
      "is more than, let's say, a hundred and fifty milliseconds over the old cluster, we stop. If errors go",
      'up by more than point two percentage points over the control group, we stop. And the business side,',
      "tasks-saved per active user shouldn't drop more than two percent against the baseline. Those get",
      "fixed up front, I don't want to be inventing them while staring at a graph.",
      "Steps — one, five, twenty-five, fifty, a hundred. And here's the thing, the load tests ran on warm",
      "caches, so I really don't trust the small steps to tell us much about capacity. So at twenty-five",
      "and fifty we don't move on a timer, we move when the p99 and errors have been flat for like six",
      'hours including a weekday peak. Each step needs a yes from me and the eng lead before it moves.',
      "Rollback — whoever's on call can do it, two a.m., Sunday, doesn't matter, no need to wake me. And it",
      'has to be a proxy routing switch back to the old cluster, a couple of minutes, not a redeploy —',
      "which is also why we don't decommission the old cluster until we're at a hundred and stable.",
      "Oh and — one more — this tells us it's safe. If anyone wants to claim the new cluster makes pages",
      "faster for users in a way that matters, that's a separate randomised test, not something I'd read",
      'off the canary group.',
    ].join('\n'),
  },
  {
    id: 'j002',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '## Ownership',
      'Engineering operates the payment service and the rollout tooling. As product manager I am accountable',
      'for the release decisions: exposure sequence, stop criteria, stage durations and the go/no-go at each gate.',
      '',
      '## Exposure sequence',
      'Employees, then the beta testers, then the web shop, the iPhone app and the Android app one after the',
      'other, and loyalty members at the very end. Android gets its own stage because the SDK is new there',
      'and most orders come through the apps; loyalty members are our most valuable customers.',
      '',
      '## Stop criteria (signed off before day one)',
      '| Metric | Compared with | Stop when |',
      '| payment failure rate | control | more than 0.4 pp higher |',
      '| p99 payment confirmation time | control | more than 300 ms slower |',
      '| completed orders per session | pre-release baseline | down by 1.5 % or more |',
      '',
      '## Stages',
      '1 % → 5 % → 20 % → 50 % → 100 %. Each stage advances only after its metrics have stayed inside the limits',
      'for a full evening peak; for the 20 % and 50 % stages that must include a Friday dinner rush, since the',
      'failures may come in bursts. The eng lead and I both approve each advance in the release channel.',
      '',
      '## Reverting',
      'The old SDK path stays behind a configuration flag. The on-call engineer may flip it at any time of day',
      'or night without approval; it takes under five minutes. No rebuild or app-store release is involved.',
      '',
      '## What this does not tell us',
      'Whether wallet payments lift conversion is not a question for this rollout. If we want that answer we',
      'run a proper randomised A/B test after full rollout.',
    ].join('\n'),
  },
  {
    id: 'j003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Routing is the platform team’s job; the calls are mine. Order: employees, beta riders, ordinary ' +
      'riders, business accounts last. Kill criteria fixed in the launch doc before a single fare is ' +
      'computed by the new service: fare errors up 0.3 points on control, p99 quote time 250 ms worse, ' +
      'trips booked per quote down 2 % on the baseline. Steps of 2, 10, 25, 50, 100 percent; nothing ' +
      'advances until a weekend night peak and the nightly billing batch have passed cleanly at that ' +
      'step, and the eng lead and I each say go. The night on-call owns the red button and uses it ' +
      'without calling anyone, which is the whole point when the breach comes at 2 a.m.; it is a flag ' +
      'that sends fares back to the old calculator in about two minutes. And I would not let anyone ' +
      'present the canary numbers as evidence that the new pricing earns more. Safety here; uplift, if ' +
      'someone cares, from a randomised experiment later.',
  },
  {
    id: 'j004',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I will explain by steps how I do it for the new booking page.',
      '1. First I say what is my job. The developers make the switch of traffic, this is not me. My job is to',
      '   decide the order of users, the limits for stop, how long we wait, and I give the approval.',
      '2. Order of users: first our employees, then the hosts who browse like guests, then normal guests. The',
      '   first-time guests come at the end, because for them the new form is most strange and they leave easy.',
      '3. Limits, we agree them before we start and we do not change them after: error of the page not more than',
      '   0,3 point over the control; p99 of the page load not worse than 200 ms; bookings per visitor not more',
      '   than 3 % under the baseline.',
      '4. The team wants 100 % today, but I say no. Bookings come many hours later because people talk at home.',
      '   So the steps are 1 %, 5 %, 25 %, 50 %, 100 %, and from 25 % we wait at least one full day on every step,',
      '   so the bookings have time to arrive. We go next step only when I and the tech lead both sign.',
      '5. If a limit is crossed, the engineer on duty turns the old page back on with the feature flag, any hour,',
      '   he does not need to ask me. It takes maybe 2 minutes, no new deploy.',
      '6. Last thing: this canary only show us the page is not broken. If we want to know the new page make more',
      '   bookings, we do a real A/B test with random users after.',
    ].join('\n'),
  },
  {
    id: 'j005',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Q: Who does what?',
      'A: ML platform changes the model routing. I decide who sees the bigger model when, what makes us pull',
      'it, and when we move on.',
      '',
      'Q: Who sees it first?',
      'A: Our support agents, then the preview programme. Workspace admins next, since they send most of the',
      'feedback and will tell us quickly when an answer about payslips is wrong. Then members, then trial',
      'accounts, and enterprise customers last.',
      '',
      'Q: What do you watch, beyond errors?',
      'A: Errors and latency will probably look fine, so they are not enough. I watch the hallucination rate',
      'from the eval harness on sampled conversations, especially long ones; thumbs-down rate; p95 response',
      'time; and tokens per conversation, because finance asked and a larger context window costs money.',
      '',
      'Q: When do you stop?',
      'A: Written into the release plan before launch: hallucination rate more than one point above control,',
      'thumbs-down up by a fifth relative to control, p95 more than 800 ms slower, tokens per conversation',
      'up more than 25 %, any rise in errors over 0.3 points, and resolved-without-ticket rate down 2 % from',
      'the baseline.',
      '',
      'Q: How fast?',
      'A: 1, 5, 20, 50, 100 percent. Hallucinations show up only in long conversations and the harness samples',
      'few, so from 20 % on we stay until the harness has graded enough long conversations to read the rate,',
      'roughly two working days. The ML lead and I sign each step.',
      '',
      'Q: And if it goes wrong at night?',
      'A: On-call switches the routing back to the old model, a config change of a minute or two, no approval',
      'needed at any hour.',
      '',
      'Q: Does this prove the model is better?',
      'A: No. The offline evals are a hint and the canary only says it is safe. Better is a randomised A/B test.',
    ].join('\n'),
  },
  {
    id: 'j006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "I think — sorry, let me get this in order. So I'd see my role as owning the decisions, not the " +
      "deployment itself; the engineers would handle serving the new prompt to a slice of traffic. I'd " +
      'probably start with employees, and then the early-access writers, and — this is the part I would ' +
      'be most careful about — German-language users as their own step, not mixed in with English, ' +
      'because the prompt was only reviewed in English and the formal/informal thing matters a lot ' +
      'there. Business teams I would leave until the very end. Um, for stopping, I would want us to agree ' +
      'in advance, before anything goes out, something like: thumbs-down rate more than fifteen percent ' +
      'higher than on the old prompt, measured per language; the eval harness flagging inappropriate tone ' +
      'or made-up content above 2 %; p95 latency no more than 300 milliseconds worse; tokens per ' +
      'suggestion no more than ten percent up; and suggestion acceptance not falling more than 2 % below ' +
      "the baseline. Error rate too, but honestly I don't think that's where it would show. I'd go 1 %, " +
      '5 %, 25 %, 50 %, all — and I would hold the German step until there is enough feedback to actually ' +
      "read it, maybe three or four days, rather than a fixed hour count. Each step I'd want myself and the " +
      'engineering lead to both approve. If a limit trips, the on-call person can switch back to the old ' +
      "prompt straight away, day or night, it's just a config value, should be a minute or so. And I " +
      "guess the last thing is I wouldn't take the canary as showing the warmer tone is better — that " +
      'would need its own randomised A/B test. I hope that covers it.',
  },
  {
    id: 'j007',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Recommendation model, lunch peak. Short version:',
      '• my call, not infra’s: cohort order, stop lines, gate timing; infra owns the traffic split',
      '• cohorts: staff → preview programme → Germany/Austria → Singapore/Kuala Lumpur → Plus subscribers',
      '• stop lines, set and signed before launch, new model vs old model arm:',
      '   – errors: plus zero point three points',
      '   – p95 home-screen latency: plus two hundred ms (the feature stores were sized for the old model)',
      '   – feature-store timeouts: double the control rate',
      '   – basket add rate: minus two percent vs the week-before baseline',
      '   – model side: offline eval of recommendation relevance on a daily replay, and "not interested" taps,',
      '     plus cost per request in compute',
      '• stages: one, five, twenty-five, fifty, hundred percent; each held through a Singapore lunch hour',
      '  (early morning Berlin time) and a European evening before it can move',
      '• every gate: go from me + the ML lead',
      '• rollback: on-call in either region flips the model flag back, two minutes, no approval needed, any hour',
      '  — that matters because the Asian peak is when Berlin is asleep',
      '• this is a safety check. Whether baskets get bigger is for a randomised A/B test after.',
    ].join('\n'),
  },
];
