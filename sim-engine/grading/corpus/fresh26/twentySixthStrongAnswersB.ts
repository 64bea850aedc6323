import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-sixth fresh set, author b: strong answers af021–af027, written blind and labelled by hand. */
export const TWENTY_SIXTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'af021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Imagine it's two weeks after launch and the support assistant is in trouble. A payroll " +
        'admin at one of our largest customers has posted a screenshot of it telling an employee ' +
        'they have 28 days of leave when their contract says 25. Finance wants to know why the ' +
        'cost per conversation has doubled. Nobody can say when it started, because all we ' +
        "watched was the error rate, and the error rate is flat. That's the launch I'm planning " +
        "to avoid, so here's how I'd run it.",
      '',
      'My job as PM is the calls, not the plumbing: who sees the new model and in what order, ' +
        'what counts as failure, how long we sit at each step and who says go. Engineering owns ' +
        'the gateway routing and the dashboards.',
      '',
      'Before any traffic moves, I write the rollback triggers down and get the eng lead and ' +
        'the support lead to agree to them: hallucination rate from the eval harness more than 1 ' +
        'point above the current model on our payslip and leave question set; thumbs-down rate up ' +
        'more than 20 % relative to control; p95 response time more than 1.5 s slower; cost per ' +
        'conversation above €0.04, the figure Finance has agreed to; and errors more than 0.5 % ' +
        'above control. Any one of them breached means we roll back, not that we start a ' +
        'discussion.',
      '',
      'Order: our own HR team using the assistant on our own payroll first, then the customers ' +
        'in the early-access programme, then small accounts, and the large enterprise tenants ' +
        'last, because there a wrong answer about pay lands on hundreds of employees and their ' +
        'admin.',
      '',
      'Ramp 1 %, 5 %, 25 %, 50 %, 100 %. The gates are on metrics, not the clock: we move up ' +
        'only when the stage has at least 2,000 graded conversations and nothing is close to a ' +
        'trigger, and never in less than 24 hours, so the Monday payroll questions are in the ' +
        'sample. The support lead and I sign off each gate together, in writing, in the release ' +
        'channel.',
      '',
      "The on-call engineer can pull it back at 3 a.m. without phoning me: it's a routing flag " +
        "at the gateway, back to the old model in under two minutes. I'd rather explain a " +
        'needless rollback than a late one.',
      '',
      'And the three-point eval gain stays a hypothesis. The canary tells us the bigger model ' +
        'is safe to run; whether it actually resolves more questions is for a randomised A/B test ' +
        'afterwards, over a couple of weeks.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'af022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'ok so my plan for the warmer prompt 👇',
      '',
      'i own the rollout calls here (who gets it when, what kills it, who says go), eng owns ' +
        'the prompt routing + dashboards',
      '',
      'big thing: a quarter of our users write in german and nobody who reviewed this prompt ' +
        "speaks it. so german doesn't go last and hope for the best. german-speaking staff " +
        '(berlin office + the two support folks) are in the very first wave with the ' +
        'english-speaking staff, then opted-in beta users in BOTH languages, then everyone else, ' +
        'and the enterprise tenants with strict comms rules go last',
      '',
      'kill switches, agreed before anything ships, and split by locale bc a german problem ' +
        'hides in a blended number 🙈',
      '- thumbs-down rate up >15% relative to control in either language',
      '- eval harness: informal "du" in >2% of german replies to formal emails (current prompt ' +
        'is ~0%), plus the usual hallucination check',
      '- p95 latency +300ms',
      '- tokens per reply +10% (warmer = wordier = costs money)',
      '- errors +0.5% vs control',
      '',
      'ramp 1 → 5 → 25 → 50 → 100, each step holds 48h minimum AND needs 500 rated replies per ' +
        'language before we move. me + eng lead sign off each step in #prompt-rollout, no silent ' +
        'advances',
      '',
      'rollback = flip the prompt version flag, takes about a minute. on-call can do it any ' +
        'time day or night without asking me, just post in the channel after 🙏',
      '',
      'also pls nobody read the canary as "users like warmer more". it only tells us it\'s not ' +
        'breaking anything. if we want to know whether warmer actually wins we run a proper a/b ' +
        'after ✌️',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'af023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'There are two ways I could run this, and the brief pushes me towards the less obvious ' +
        'one.',
      '',
      'Option one is the textbook ramp: 1 %, 5 %, 25 %, 50 %, 100 %, a day at each step, ' +
        'watching errors, latency and the ratings. The trouble is the arithmetic. At a few ' +
        'hundred summaries a minute, 5 % is maybe fifteen a minute; the eval harness grades one ' +
        'in two hundred, and few vets ever click a rating. A day at 5 % might give us a few dozen ' +
        'graded summaries. A summariser that drops an allergy or a dose can sail through that.',
      '',
      'Option two keeps the same stages but changes what a stage is. For the canary cohort ' +
        'only, we turn the harness up to grade every tenth summary (it costs some compute for a ' +
        'fortnight), and a gate opens on evidence rather than time: at least 1,000 graded ' +
        'summaries in the stage, and never less than 48 hours, so a Monday morning surgery rush ' +
        "is in it. I'd pick option two. It's slower to reach 100 %, but option one gives us a " +
        'green dashboard that means nothing.',
      '',
      "The rest I'd fix before the first summary moves. I own the order, the triggers, the " +
        'holds and the call to advance; engineering owns the routing and the harness. Order: our ' +
        'own clinical advisers reviewing real summaries, then the clinics in our beta programme ' +
        "who've agreed to rate more often, then small single-vet practices, with the big " +
        'multi-site groups and anyone who joined in the last month last. Triggers: harness score ' +
        'for factual omissions more than 2 points worse than control, any invented medication the ' +
        'harness flags, thumbs-down share up 25 % relative, p95 over 4 seconds, errors up 0.5 %. ' +
        "Cost per summary should fall; if it doesn't, that's worth stopping for too. My eng lead " +
        'and I both sign each gate.',
      '',
      'Rollback is a model-routing switch the on-call engineer can throw at any hour without ' +
        'asking anyone, and it takes under a minute. And whatever the canary shows, it shows the ' +
        "cheaper model is safe enough, not that vets prefer it. That's a separate randomised A/B " +
        'test.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'af024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Ownership: me for cohorts, limits, holds, go/no-go; ML platform for routing, ' +
        'feature-store capacity, dashboards.',
      '2. Order: Berlin staff accounts → opted-in beta households, EU and SEA both → low-volume ' +
        'markets → Singapore and the other big SEA markets, plus new sign-ups, last.',
      '3. Rollback limits, per region, vs control, written down and agreed before day one:',
      '   a. errors +0.5 %',
      '   b. p95 recommendation latency +150 ms; feature-store p99 read latency +50 ms',
      '   c. basket add-rate −2 %',
      '   d. eval replay on sampled live requests: NDCG −1 pt',
      '   e. compute cost per request +15 %',
      '4. Ramp: 1 → 5 → 25 → 50 → 100 %.',
      '5. Holds: 48 h minimum per stage, each with one full European lunch peak and one ' +
        'Singapore lunch peak (roughly 05:00–07:00 Berlin time). No advance before both.',
      '6. Sign-off per gate: me + ML lead; SEA ops lead too from 25 %.',
      '7. Rollback: on-call, Berlin and Singapore rotations, any hour, no approval needed. ' +
        'Model-routing flag, under 3 min.',
      '8. Canary = safe, not better. Basket-size lift: randomised A/B afterwards.',
    ].join('\n'),
  },
  // storage-migration-under-load
  {
    id: 'af025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'To: Engineering lead, SRE lead, Head of Support',
      'Re: Canary for the task-storage move',
      '',
      'Decision:',
      '1. I own the release decisions: order of exposure, rollback thresholds, hold rules and ' +
        'each go/no-go. SRE owns the proxy, the routing and the migration mechanics.',
      '2. Order: our own workspaces first, then customers on the early-access list, then small ' +
        'teams on the free and starter plans, then paid teams; our largest enterprise workspaces ' +
        'go last.',
      '3. Rollback triggers, fixed now and not revisited during the rollout: task-read errors ' +
        'more than 0.3 % above the old cluster; p99 page load more than 250 ms slower; proxy ' +
        'connection pool above 80 % of capacity; tasks created per active user down more than 2 % ' +
        'against the cohort still on the old cluster.',
      '4. Ramp 1 %, 5 %, 25 %, 50 %, 100 %. A stage advances only when the metrics have stayed ' +
        'inside the triggers through a full weekday peak (at least 24 hours, and a Monday morning ' +
        'for the 25 % and 50 % stages), and after we have flushed the caches on the canary side ' +
        'once, so we see cold-cache behaviour as well as warm.',
      '5. The SRE lead and I sign off every advance, recorded on the release ticket.',
      '6. Any on-call engineer may roll back, day or night, without asking. Rollback is a proxy ' +
        'routing change back to the old cluster and must complete in under five minutes; we ' +
        'rehearse it once before the 1 % stage.',
      '7. The old cluster is not decommissioned until we have had two weeks at 100 %. If that ' +
        'runs past month end, we pay for the extra weeks.',
      '',
      'Rationale:',
      '- The load tests ran with warm caches, so the likely failure is a slowdown that only ' +
        'shows when caches are cold or at real peak. Hence holds that include a real peak and a ' +
        'flush, and a tail-latency trigger.',
      '- Our own teams put up with a broken board and tell us exactly what broke; enterprise ' +
        'workspaces feel an outage most and are the most expensive to lose.',
      '- Writes go to both clusters for the whole canary, so rolling back loses no data and ' +
        'stays a routing flip rather than a restore.',
      '- The canary tells us the new storage is safe. If anyone wants to claim that pages got ' +
        'faster for users, that needs a randomised A/B test, not the canary numbers.',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'af026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Right, so fares are moving to a new pricing service, and the bit that worries me is the ' +
        "night. Trips peak late at the weekend and they never stop, so there's nae quiet hour to " +
        'hide in.',
      '',
      "First thing: what's mine and what's no'. The platform team own the routing and the " +
        'deploy. I own who gets the new fares first, what numbers pull it, how long we sit at ' +
        'each step and who says we go on.',
      '',
      'Order: our own staff on staff accounts first, then the riders and drivers in the beta ' +
        'group that signed up for early features, then a wee city or two, and the big cities ' +
        'last, because a wrong fare on a Saturday night there costs the most folk the most money.',
      '',
      "The numbers are agreed and written down before the Tuesday evening start, no' made up on " +
        'the night: fare-quote errors more than 0.3 % over the old service, p99 quote time more ' +
        "than 200 ms worse, the new fare differing from the old engine's by more than 2 % on more " +
        'than 1 in 1,000 trips in the shadow comparison, and completed trips per quote down more ' +
        'than 2 % against the control group.',
      '',
      "The ramp's 1, 5, 25, 50, 100 per cent. Each step sits for at least 24 hours, and it has " +
        "to come through a night peak and the nightly batch window wi' billing before it moves. " +
        "That's where I'd expect it to break, so aye, we want to see it there. The ops lead and I " +
        'sign off each step, in writing.',
      '',
      'And the 2 a.m. question: the on-call engineer can roll it back on their own say-so, any ' +
        "hour, nae phoning me first. It's a routing switch back to the old service, done inside " +
        "five minutes, and we'll practise it once before we start. I'd far rather be told in the " +
        'morning than woken up to be asked.',
      '',
      "Last thing. If it gets through, that tells us it's safe, no' that it's better. If we " +
        "want to know whether the new pricing actually does any good, that's a proper randomised " +
        'A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'af027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "What I won't do:",
      '- Start this on a Friday, or move any stage up on a Friday. Dinner is our busiest hour ' +
        'and the worst time to find out.',
      '- Send it to a random 1 % of everyone.',
      '- Decide what "bad" looks like while I\'m watching the graphs.',
      '- Make a rollback wait for a meeting, or for me.',
      '- Tell anyone the canary shows that wallet payments sell more food.',
      '',
      'What I will do:',
      'As PM I own the exposure order, the rollback thresholds, how long each stage holds and ' +
        'the go/no-go at each gate; the payments engineers own the SDK integration and the flag. ' +
        'The app ships with both payment paths behind a remote-config flag.',
      '',
      'Order: staff ordering lunch on their own phones, then customers on our beta app track, ' +
        "then iOS before Android (the SDK is different code on each and I'd rather learn one " +
        'platform at a time), then our smaller markets, and the customers with the most orders a ' +
        'month last.',
      '',
      'Thresholds, signed by engineering and me before launch: payment failures more than 0.5 % ' +
        'above the old SDK, measured per minute and per Android version as well as overall, ' +
        'because a burst disappears in a daily average; p99 payment time more than 300 ms worse; ' +
        'orders completed per checkout started down more than 2 % against the control group.',
      '',
      'Ramp 1 %, 5 %, 25 %, 50 %, 100 %, Monday to Thursday only, holding each stage at least ' +
        '48 hours and until it has come through two dinner peaks with nothing near a threshold. ' +
        'The payments lead and I both sign each advance.',
      '',
      'On-call can roll back on their own, at any hour: the remote-config flag sends payments ' +
        'back to the old SDK path in under two minutes, no app release needed. We test the flip ' +
        'before the 1 % stage.',
      '',
      'The canary only tells us the new SDK is safe to run. Whether wallet payments lift orders ' +
        "is a randomised A/B test once it's at 100 % and stable.",
    ].join('\n'),
  },
];
