import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eleventh blind set, author B — strong answers (x021–x027): every point of the scenario type
 * (service: P C T H S R A; model: those plus M), each in its own voice and format.
 * Written without seeing the grader; the comment above each answer names the built-in scenario.
 */
export const ELEVENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load
  {
    id: 'x021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '**Framing.** This is an infrastructure move with a known blind spot: the load test ' +
        'ran with warm caches. The whole point of the canary is to learn what the new cluster' +
        ' does under real, cold, peak traffic before the old one is switched off at month ' +
        'end. The decommission date is a reason to start early, not a reason to ramp fast.',
      '',
      '**What sits with me.** Platform engineering builds and operates the proxy routing; ' +
        'that is theirs. The calls I keep are the exposure sequence, the abort criteria, how ' +
        'long each step lasts and who is allowed to pull the plug. They go into a one-page ' +
        'release doc that the database lead and I both sign before day one.',
      '',
      '**Sequence.** Our own workspace goes first: we live in the tool all day and we ' +
        'forgive. Then the beta programme customers who asked for early builds. Then free-' +
        'tier teams, where a bad hour costs least. Paying teams after that, and enterprise ' +
        'tenants at the very end; they carry SLAs and they escalate straight to the CEO.',
      '',
      '**Abort criteria, fixed up front.** Measured against the tenants still on the old ' +
        'database: server errors more than half a percentage point above control; p99 page ' +
        'load more than 200 ms slower than control; tasks created per active user down more ' +
        'than 2 % against the same segments on the old store. Nobody edits those numbers once' +
        ' traffic is moving. If we want different ones, we stop, amend the doc, and restart.',
      '',
      '**Ramp.** 1 %, 5 %, 25 %, 50 %, 100 %. Gates are driven by the metrics, not a timer:' +
        ' we move up once every guarded metric has stayed inside its line for six consecutive' +
        ' hours, and the 25 % and 50 % steps must each contain a weekday peak, since load is ' +
        'exactly what the test missed. If a step has not given a clear answer after 48 hours ' +
        'we pause and look rather than drift forward.',
      '',
      "**Gates.** Two names on each step, mine and the database lead's. Nothing promotes " +
        'itself.',
      '',
      '**Reversal.** The proxy routes per tenant, so going back is a routing rule, measured' +
        ' in minutes; we rehearse it on the staff workspace and confirm it lands under five. ' +
        'The on-call SRE may trigger it on their own authority at any hour, nights and ' +
        'weekends included, and tell me afterwards. The old cluster stays warm until 100 % ' +
        'has held for a week, deadline or not.',
      '',
      "**What this won't tell us.** A clean canary means the migration did not hurt anyone." +
        ' It says nothing about whether the managed cluster makes the product better for ' +
        'users. That question, which leadership will ask, gets its own randomised A/B ' +
        'comparison once the rollout is finished.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'x022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Um, okay. So, so first thing, I'd split what's mine from what's engineering's. The " +
        'ML platform folks, they handle the, like, the gateway config that sends some ' +
        'conversations to the new model. What I own is who sees it first, what numbers make ' +
        "us stop, how long we sit at each step, and who's allowed to hit the button. Yeah.",
      '',
      "So who first. I'd start with our own support agents, because they know payroll " +
        "questions cold and they'll spot a wrong answer immediately. Then the preview " +
        "customers, the ones who opted in. Then, uh, the admins, they're kind of power users," +
        " they'll actually tell us when it's off. Then regular members. And trial accounts " +
        "and enterprise I'd leave till the end. Trials because it's their first impression of" +
        " us, enterprise because, well, that's the money.",
      '',
      "Um, the stop conditions. I'd write these in the launch doc before anything moves and" +
        ' then not touch them. So errors: if the new model fails more than half a percent ' +
        'more often than the old one, we go back. Latency, for a chat I care about p95, so if' +
        ' p95 gets more than, say, three hundred milliseconds worse, back. Resolution rate, ' +
        'like the share of chats that end without somebody filing a ticket, if that drops ' +
        'more than two percent compared to the same kind of users still on the old model, ' +
        'back. And then the model stuff, which is honestly the bigger risk here. ' +
        'Hallucination rate, which we get from the eval harness grading a sample of real ' +
        'conversations, if that goes up by more than, um, one point. Thumbs-down rate up by ' +
        'more than a fifth. And cost per conversation, because finance literally asked, and ' +
        'the longer context window could blow it up: if tokens per conversation go up more ' +
        'than thirty percent, we stop.',
      '',
      'Ramp, one, five, twenty-five, fifty, a hundred. Uh, gated on the metrics, so we only' +
        ' move up when all of those have stayed inside the lines for, like, twelve hours. At ' +
        'one percent the eval harness needs a while to grade enough, so that step might take ' +
        "a day or two, and that's fine. And, and every step I sign off together with the eng " +
        "lead, it doesn't just roll forward by itself.",
      '',
      'Rollback is a config flip at the gateway back to the old model, a couple of minutes.' +
        " The on-call engineer can do it any time, two a.m., whatever, they don't need to " +
        'reach me first.',
      '',
      "Oh and, sorry, last thing. This tells us the bigger model is safe to run. It doesn't" +
        " tell us it's better. The three points on the offline evals, that's a hypothesis. To" +
        " actually know, we'd do a proper A/B test afterwards with random assignment.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'x023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Ownership. Payments eng: SDK integration + traffic switch. Me: exposure order, ' +
        'kill criteria, step lengths, who can revert.',
      '2. Order. Staff → beta testers → web → iOS → Android → VIP. Android late on purpose ' +
        '(new SDK, worst device fragmentation). VIP last: a failed Friday order there costs ' +
        'the most.',
      '3. Kill criteria, signed before launch, vs control on the old SDK: payment failures ' +
        '+0.3 pp; p99 of the payment call +200 ms; completed orders per checkout −2 % vs the ' +
        'same platform on the old SDK. Read per platform in 5-min windows, because this thing' +
        ' fails in bursts, not on average.',
      '4. Ramp 1 → 5 → 20 → 50 → 100 %. A step ends only after ≥ 6 h inside all limits AND ' +
        'at least one dinner peak. No step starts on a Friday afternoon.',
      '5. Gates: payments lead + me sign each one. No auto-promote.',
      '6. Revert: both SDKs ship in the app; a server-side remote-config value picks the ' +
        'path. Flip = under 2 min, no app-store release. Payments on-call may flip it 24/7 ' +
        'without asking anyone.',
      '7. After: canary proves no harm, nothing more. Whether wallets lift conversion = ' +
        'separate randomised A/B test, 2 weeks.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'x024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'For this prompt change I will make the canary like this. First I want to be clear ' +
        'which part is mine. The engineers do the prompt deploy and the routing in the ' +
        'gateway, this is their work. My work as product manager is to decide who receive the' +
        ' new prompt first, what are the limits for stop, how long we stay in each step and ' +
        'who has the right to go back.',
      '',
      'The order: in first we give it to our staff, then to the early users which asked for' +
        ' beta. After this I take the English users of the general group, and the German ' +
        'users come after, because the prompt was checked only by English team and in German ' +
        'the formal address (Sie or du) is very important, so for them the risk is bigger. ' +
        'The teams accounts, which pay the most, come in the end.',
      '',
      'Before we start, we write down the limits and we agree them with engineering. We ' +
        "don't change them in the middle. For stop: error rate higher than 0.5 % over the old" +
        ' prompt, p95 latency more than 250 ms slower, and the rate of accepted suggestions ' +
        'lower by more than 2 % compared to users of same language on the old prompt. Because' +
        ' it is a prompt, this is not enough, errors will never show a bad tone. So also: ' +
        'thumbs-down rate and the rate where user rewrites the suggestion by hand, not more ' +
        'than 15 % higher than control; hallucination rate from our eval harness, which ' +
        'grades a sample of answers, maximum plus one point; and tokens per request not more ' +
        'than 20 % higher, because "warmer" often means longer. All of these I look by ' +
        'language separately, German alone and English alone.',
      '',
      'Steps are 1 %, 5 %, 25 %, 50 % and 100 %. We go up only when all metrics stayed ' +
        'inside limits for 24 hours, thumbs-down is a slow signal and we need the volume. At ' +
        'every step me and the tech lead sign off, nothing goes up automatic.',
      '',
      'Rollback is switching a config in the gateway back to the old prompt, few minutes, ' +
        'not a new deploy. The person on-call can do it at any hour, also in the night, ' +
        'without to wait for me.',
      '',
      'Last point: the canary only tells us the prompt is safe. If the warmer tone is ' +
        'really better for users, we need an A/B test with random users after. We cannot read' +
        ' it from the canary group, because they are not chosen random.',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'x025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who decides what?',
      'A: The pricing team and SRE run the rollout mechanics. I decide the order of ' +
        'exposure, the abort limits, the dwell time per step and the rollback roster. Here ' +
        'the roster matters most.',
      '',
      'Q: Which riders go first?',
      'A: Staff trips first, then the beta group. Then ordinary riders. Business accounts ' +
        'last: they expense their trips, and a wrong fare turns into an invoice dispute with ' +
        'a customer we cannot afford to annoy.',
      '',
      'Q: What makes you stop?',
      'A: Written into the plan on day zero and compared with riders still on the old ' +
        'service: fare-calculation failures 0.5 percentage points above control; p99 quote ' +
        'latency 150 ms worse than control; booked trips per quote down 2 % against the same ' +
        'riders on the old pricing. Plus a check that the quoted and the billed fare differ ' +
        'on no more than 0.1 % of trips. Those numbers are frozen once we start.',
      '',
      'Q: How fast do you ramp?',
      'A: 1, 5, 25, 50, 100 percent, advancing on the metrics: at least eight clean hours ' +
        'per step, and every step from 5 % up has to include one night, because the batch ' +
        'window we share with billing is exactly the risk. A Tuesday evening start puts the ' +
        'first night at 1 %, which is what I want.',
      '',
      'Q: Who says go?',
      'A: The pricing tech lead and I, explicitly, at every step. If we are both asleep ' +
        'when a step completes, it waits for morning. Advancing can wait; reverting cannot.',
      '',
      "Q: It's 2 a.m. and the error rate breaches. Who rolls back?",
      'A: The on-call SRE, alone, without calling me or anyone else. That is written in the' +
        ' plan, and the rota is confirmed for the whole week before we start. The mechanism ' +
        'is a gateway routing rule that points fares back at the old service, about two ' +
        'minutes. We drill it once before launch.',
      '',
      'Q: And if everything stays green, is the new pricing better?',
      'A: The canary cannot tell us. Its exposed group was hand-picked, not drawn at ' +
        'random. Whether the new service means more trips or fewer disputes is a question for' +
        ' a randomised A/B test that we run as a separate step once the canary is done.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'x026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I think, and I'd want to check this with the team, that the tricky thing here is " +
        "that the signals we'd normally lean on are going to be really thin. So let me go " +
        "through how I'd set it up and where I'd push.",
      '',
      "I'd see my job as owning the decisions rather than the plumbing. The ML engineers " +
        "would handle routing summaries to the new model. What I'd take responsibility for is" +
        ' the order in which clinics see it, the stop rules, how fast we go, and who gets to ' +
        'reverse it.',
      '',
      'Order: probably our own staff first, then the pilot clinics that signed up to try ' +
        'things early, then the general clinics, and the multi-clinic groups last, since ' +
        "they're the biggest contracts and, I'd guess, the least forgiving.",
      '',
      'Stop rules, all agreed and written down before the first summary goes through, and ' +
        "not changed mid-way. I'd probably go with something like: error rate no more than " +
        'half a point above the current model; p99 latency no more than two hundred ' +
        "milliseconds worse, although it's meant to be faster, so I'd expect it to improve; " +
        'and on the business side, maybe the share of summaries a vet accepts without ' +
        'editing, and if that drops by more than two percent against the same clinics on the ' +
        'old model, we stop.',
      '',
      "Quality is where I'd worry most. The eval harness gives us a hallucination rate, and" +
        " I'd set the line at no more than one percentage point above control, counting " +
        "things like a drug or a dose that isn't in the note. But one summary in two hundred," +
        ' at a few hundred a minute, is one or two graded a minute in total, and at five ' +
        "percent exposure that's maybe one graded canary summary every ten minutes or so. So " +
        "I'd ask to raise the sampling on canary traffic to something like one in ten for the" +
        " duration. Alongside that I'd watch the thumbs-down rate and how often vets correct " +
        'the summary by hand, say no more than fifteen percent worse, the cost per summary in' +
        ' tokens, which should go down, and p95 latency.',
      '',
      "Pacing: one, five, twenty-five, fifty and a hundred percent. I'd make the gates " +
        "metric-based with a minimum sample, so we don't advance until the harness has " +
        'graded, say, at least four hundred canary summaries at that step with everything ' +
        'inside the lines. At five percent that might take a couple of days, and I think ' +
        "that's fine. If after about four days it's still not conclusive, I'd rather stop and" +
        ' decide with the team than let it drift forward.',
      '',
      "Each step would need my sign-off and the ML lead's, explicitly. I wouldn't want it " +
        'advancing on its own.',
      '',
      'Rollback: I believe this can be a config switch at the model gateway, back to the ' +
        "current model, a few minutes at most. I'd give the on-call engineer the authority to" +
        ' do that themselves, day or night, without waiting to reach me.',
      '',
      "And I'd be careful about what we claim at the end. If it all comes through clean, " +
        "that says the cheaper model isn't hurting clinics. It doesn't say the summaries are " +
        "as good or better; that's a question for a randomised A/B test, which I'd schedule " +
        'after the canary.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'x027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Roles',
      '- Mine: cohort sequence, abort limits, step length, revert roster.',
      '- Recsys eng: gateway routing, feature-store capacity.',
      '',
      'Sequence',
      '- staff → preview → Europe general → Asia general → Plus (highest value) last.',
      '',
      'Abort limits (agreed pre-launch, frozen; canary vs control, per region)',
      '- 0.5 pp: errors over control',
      '- 150 ms: p99 home-screen load over control',
      '- 2 %: drop in basket add-rate vs same-region baseline',
      '- 1 pp: eval-harness rate of invented or unavailable items in recommendations',
      '- 15 %: rise in "not interested" taps / thumbs-down',
      '- 100 ms: p95 inference time over control',
      '- 25 %: rise in cost per request (feature reads + compute)',
      '',
      'Ramp',
      '- 1 / 5 / 25 / 50 / 100 %.',
      '- Metric gate: 24 h clean per step, so every step spans both lunch peaks (Singapore ' +
        'noon = 06:00 Berlin).',
      '',
      'Sign-off',
      '- PM + recsys lead, in writing, every step.',
      '',
      'Revert',
      '- Model-routing config back to the old model, ~2 min.',
      '- On-call rota covers Berlin early morning (the Singapore peak). On-call reverts ' +
        'alone, no escalation.',
      '',
      'After',
      '- Canary = safe, not better. Basket lift → randomised A/B, 2 weeks, after the ' + 'canary.',
    ].join('\n'),
  },
];
