import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Red-team set V (v001–v020), written blind to the grader.
 * v001–v012 are tricks: every point's vocabulary and plausible numbers, no commitment to a plan
 * for this change, so a strict interviewer credits nothing. v013–v020 are committed strong answers
 * in forms that look like tricks (second person, memo, quoted postmortem, passive voice, fragments).
 * The built-in scenario each answer was written for is in the comment above it and in README.md.
 */
export const RED_TEAM_V_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load
  {
    id: 'v001',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'The cleanest version of this I know is what a competitor did when they moved their task ' +
      'store to a managed cluster last year; their engineering blog spelled it out step by ' +
      'step. Their PM owned the exposure order and the rollback numbers while the platform team ' +
      'ran the proxy. Employees went first, then their beta programme, then free workspaces, ' +
      'with enterprise tenants last. They pre-committed to roll back on errors more than 0.5 % ' +
      'above control, p99 latency more than 200 ms worse, and task-creation conversion down 2 % ' +
      'against the baseline cohort. Their ramp was 1, 5, 25, 50, 100 %, each stage held until ' +
      'the metrics had stayed inside the limits for 12 hours, with the PM and the database lead ' +
      'signing off every gate. Their on-call could flip the proxy route back at any hour in ' +
      'about three minutes, and they ran an A/B test afterwards, because a canary only says ' +
      "safe, not better. Honestly, a beautiful rollout. Whether we'd do anything like it for " +
      "our migration is a different conversation: we aren't them, and I'd want to hear what our " +
      'platform team proposes first.',
  },
  // payment-sdk-android-bursts
  {
    id: 'v002',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'There are basically three answers people give to this.',
      '1. The cautious one: the PM owns the order and the thresholds; employees, then beta testers, then the apps, loyalty members last; roll back on payment errors +0.3 % or p99 +150 ms vs control, or order conversion −1 % vs baseline; 1 → 5 → 25 → 50 → 100 % with a 24-hour hold and PM plus payments-lead sign-off per gate; on-call may flip routing back 24/7 in under five minutes; an A/B test later to see whether wallets are better.',
      '2. The fast one: the same order, looser limits (errors +1 %, p99 +400 ms), two-hour holds, engineering signs off alone, rollback by redeploy.',
      '3. The platform-team one: random 5 %, then 100 %, and the canary doubles as the A/B test.',
      'Each has its fans, and which one is right depends on a lot of things about the company and the SDK. Reasonable people land in different places on this.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'v003',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Owner of the call: PM? eng lead? both?',
      'Order: employees → beta sellers → hobby sellers → professional sellers → brand stores?',
      'Errors: +0.5 % vs control? +1 %?',
      'p99 latency: +200 ms? +300 ms?',
      'Listing-to-cart conversion: −2 % vs baseline?',
      'Ramp: 1 / 5 / 25 / 50 / 100 %?',
      'Hold: 24 h per stage, since it only restarts on deploys? metric-based?',
      'Sign-off per gate: PM + tech lead?',
      'Rollback: on-call 24/7? routing flip, < 5 min?',
      'Afterwards: A/B test for "better", canary only for "safe"?',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'v004',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "What I'd really want nailed down here is the rollback of the rollback. Say the new " +
      'pricing service gets pulled at 2 a.m.; then someone has to bring it back again, and that ' +
      'second release is where teams get sloppy. For that re-release the PM should own the ' +
      'order again: employees, beta riders, riders, business accounts last. The re-release ' +
      'should pre-commit its limits (fare errors +0.5 % over control, p99 quote latency +200 ' +
      'ms, trip-request conversion −2 % vs baseline), ramp 1, 5, 25, 50, 100 % with 12-hour ' +
      'holds, get sign-off at each gate from the PM and the pricing lead, and leave the on-call ' +
      'engineer free to route back to the old fare path around the clock in under five minutes. ' +
      "And it's still a canary, not an A/B test: safe, not better. The first rollout, the one " +
      "starting Tuesday evening? I haven't really thought about that part; the team will have a " +
      'way they do those.',
  },
  // search-tail-latency
  {
    id: 'v005',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Draft plan: new index layout',
      '',
      '| Item | Proposal | Status |',
      '|---|---|---|',
      '| Who owns the release decisions | PM | TBD by the team |',
      '| Cohort order | employees → Labs users → heavy researchers → readers → institutional licences | TBD by the team |',
      '| Error threshold | +0.5 % vs control | TBD by the team |',
      '| p99 latency threshold | +150 ms vs control | TBD by the team |',
      '| Search-to-download conversion | −2 % vs baseline cohort | TBD by the team |',
      '| Ramp and holds | 1 / 5 / 25 / 50 / 100 %, 24 h each | TBD by the team |',
      '| Gate sign-off | PM + search lead | TBD by the team |',
      '| Rollback | on-call 24/7, routing flip, about 3 min | TBD by the team |',
      '| Follow-up | A/B test for "better"; the canary only shows "safe" | TBD by the team |',
      '',
      "Nothing in this table is decided. I'd bring it to the kickoff and let the team fill in what we actually do.",
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'v006',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Exercise 4. Put the verb in brackets into the future simple.',
      'a) The product manager ___ (own) the exposure order and the rollback numbers.',
      'b) Employees ___ (go) first, then the Insiders programme, then coupon browsers; wholesale accounts ___ (come) last.',
      'c) The team ___ (roll back) if errors ___ (rise) 0.5 % above control, p99 ___ (worsen) by 200 ms, or checkout conversion ___ (fall) 2 % below the baseline.',
      'd) Each stage (1, 5, 25, 50, 100 %) ___ (hold) for 12 hours, and the PM ___ (sign off) every gate.',
      'e) On-call ___ (be able to) flip the flag back at any hour in about a minute.',
      'f) A canary ___ (tell) us the checkout is safe; an A/B test ___ (tell) us it is better.',
      'Answers on page 112.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'v007',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'An ode to the larger model',
      '',
      'The PM owns the order, or so the poets say:',
      'support agents first, the preview crowd next day;',
      'then admins, members, trials; enterprise comes last,',
      'through gates of 1 and 5 and 25, never fast.',
      'Errors half a percent, p99 two hundred more,',
      'hallucinations from the harness, thumbs-down at the door;',
      'tokens per chat and p95, as Finance wants to know;',
      'hold twelve hours, sign the gate, and only then let go.',
      'At 3 a.m. the on-call flips the config back in three,',
      'for canaries say "it\'s safe"; "it\'s better" is the A/B\'s fee.',
      '',
      "That's the poem, anyway. Poems don't ship models.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'v008',
    scenario: 'model',
    class: 'misconception',
    points: [],
    text:
      'Our postmortem from the last prompt incident has a paragraph I keep coming back to: "The ' +
      'PM should have owned the rollout: employees first, then early-access writers, then ' +
      'German-language users as their own stage before English, business teams last. Limits ' +
      'should have been written down before launch: errors +0.5 % vs control, p99 +200 ms, ' +
      'draft-acceptance rate −2 % vs baseline, hallucination rate from the eval harness above 1 ' +
      '%, thumbs-down up by a fifth, with p95 latency and tokens per reply watched too. Each ' +
      'stage of 1, 5, 25, 50, 100 % should have held 24 hours with PM and ML-lead sign-off, and ' +
      'on-call should have been free to revert the prompt config at any hour in two minutes. An ' +
      'A/B test should then have told us whether the new tone was better." Postmortems always ' +
      'read like that, after the fact. Realistically, for the warmer prompt the canary is the ' +
      'A/B test: if the thumbs go up among the people who got it, the new prompt is better and ' +
      'we go to everyone.',
  },
  // quiet-feedback-trap
  {
    id: 'v009',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'With a model swap like this one, one usually lets the PM own the exposure order and the ' +
      'limits. People tend to start with employees, then pilot clinics, then the ordinary ' +
      'clinics, and leave hospital groups for last. One writes the rollback numbers down first: ' +
      'errors 0.5 % over control, p99 200 ms worse, hallucination rate from the eval harness ' +
      'over 2 %, thumbs-down up 25 %, p95 latency and tokens per summary, and a business metric ' +
      'such as summaries accepted without edits, 2 % below baseline. People ramp 1, 5, 25, 50, ' +
      '100 %, and when traffic is low one holds longer, a couple of days a stage, with somebody ' +
      'signing each gate. One keeps a config switch so that on-call can revert at any hour. And ' +
      "people generally know a canary isn't an A/B test. That's how it's generally done, " +
      'anyway.',
  },
  // lunch-peak-recommendations
  {
    id: 'v010',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Honestly, this is a hire, not a plan. Here is the posting I'd write:",
      '"Senior PM, Recommendation Releases. You will own the rollout of our new recommendation model: the exposure order (employees, the preview programme, then the two regions, Plus subscribers last); thresholds set before launch (errors +0.5 % over control, p99 +200 ms, basket-add rate −2 % vs baseline, the eval harness\'s bad-recommendation rate as our hallucination measure, thumbs-down on baskets, p95 latency, feature-store reads and cost per request); stages of 1/5/25/50/100 % with holds long enough to cover the Singapore lunch peak; sign-off at every gate; and an on-call rollback by config flip, at any hour, in under five minutes. You understand that a canary proves safety and an A/B test proves lift."',
      'Whoever takes that job gets to decide what actually happens.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'v011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'I asked a chatbot this exact question last night, and its answer was pretty thorough, so ' +
      "here's roughly what it said. The PM owns the decisions. Expose staff, then pilot " +
      'clinics, then clinics, hospital groups last. Roll back if errors rise 0.5 % above ' +
      'control, p99 worsens by 200 ms, hallucinations in the eval harness exceed 1.5 %, ' +
      'thumbs-down doubles, p95 latency climbs past 2 s or tokens per summary grow by a third, ' +
      'with an edited-before-saving rate 2 % worse than baseline as the business check. Ramp ' +
      '1/5/25/50/100 % with 48-hour holds because traffic is low, PM and clinical-lead sign-off ' +
      'per gate, an on-call config rollback 24/7 within five minutes, and an A/B test ' +
      "afterwards, since a canary shows safety, not improvement. I haven't checked any of it " +
      "against our setup, and I wouldn't put my name on numbers a chatbot came up with, but " +
      "that's what it said.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'v012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I have two plans for the warmer prompt, and I genuinely couldn't tell you which one I'd run. I'd flip a coin on the day.",
      'Heads: the PM owns the order and the limits; employees, early-access writers, English users, German users, business teams last; roll back on errors +0.5 %, p99 +200 ms, suggestion acceptance −2 % vs baseline, eval-harness hallucination over 1 %, thumbs-down +20 %, p95 latency or tokens per reply drifting; 1/5/25/50/100 % with 24-hour holds and PM plus ML-lead sign-off; on-call reverts the prompt config at any hour in two minutes; an A/B test afterwards for the tone.',
      'Tails: engineering owns it; a random 5 %, then everyone; looser limits on errors only; 6-hour holds; whoever is around approves; rollback by redeploy; and the canary numbers tell us whether warmer is better.',
      'Both are defensible. Heads or tails: you pick.',
    ].join('\n'),
  },
  // night-breach-rollback-authority
  {
    id: 'v013',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Here's how you'll run it, team. I own the release decisions; you own the routing.",
      "You'll expose employees first, then beta riders, then riders; business accounts go last, because a wrong fare on an expense report costs us the account.",
      "You'll roll back the moment fare-service errors run 0.5 % above control, p99 quote latency runs 200 ms worse than control, or trip-request conversion falls 2 % below the baseline cohort. Those numbers are fixed tonight, before a single ride moves.",
      "You'll ramp 1, 5, 25, 50, 100 %, and you'll hold each stage until the metrics have stayed inside those limits for 24 hours, which means every stage crosses a night and the billing batch window. I sign off each gate myself, with the pricing lead.",
      "You, on-call, may roll back at 2 a.m. without waking me or anyone else: it's a routing flip back to the old fare path and it finishes in under five minutes.",
      'And you won\'t read "better" off this canary. It tells us the new service is safe; a randomised A/B test afterwards tells us whether it prices better.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'v014',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'To: Marketplace media team',
      'From: Product',
      'Re: Rolling out the new image resizer',
      '',
      'Decisions. Product (me) owns the release decisions below; the media team owns the deploy and the traffic split.',
      '',
      'Why we are careful. The benchmark says the new resizer is 20 % faster, and I believe it for a cold service. What the benchmark cannot show is a service that has been up for a day: we only restart on deploys, so anything that grows slowly (memory, open files, a cache that never evicts) would first appear hours into a stage, long after a short hold has waved it through. The plan below is shaped by that.',
      '',
      'Order. We expose employees first, then beta sellers, then hobby sellers, then professional sellers. Brand stores go last: a broken gallery there costs the most, and those sellers tell their account managers before they tell us. Employees and beta sellers will not buy much, so we read conversion only from the hobby-seller stage on and compare it with the same sellers on the old resizer.',
      '',
      'Limits, agreed today and not changed mid-run. We roll back if image errors are more than 0.5 % above control, if p99 listing-page latency is more than 150 ms worse than control, or if listing-to-cart conversion is 2 % below the baseline cohort.',
      '',
      'Ramp. 1 %, 5 %, 25 %, 50 %, 100 %. The service restarts only on deploys, so a slow leak would grow over a day; each stage therefore holds until all three metrics have stayed inside the limits for 24 hours, with 72 hours as the most we wait. Thursday is a wish, not the deadline; the metrics are.',
      '',
      'Gates. I sign off every gate together with the media tech lead, and nothing advances without both names.',
      '',
      'Rollback. The on-call engineer may roll back at any hour without asking anyone. It is a routing change to the old resizer, which we keep running, and it completes in about three minutes.',
      '',
      'What I need from you by Wednesday. Confirm the old resizer stays deployed and warm for the whole ramp, confirm the rollback switch works on staging, and put the three limits into the dashboard as lines, so nobody has to compute them at 3 a.m.',
      '',
      'After. The canary tells us the new resizer is safe. Whether the new photo format helps sales is a separate question, and we answer it with a randomised A/B test once we are at 100 %.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'v015',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "People usually answer this one of three ways: a random 5 % and then everyone; a staff-only dogfood and then a big bang; or a staged rollout by cohort with the numbers written down first. I'm picking the third, and here is mine for the new index layout.",
      'I own the release decisions (the order, the limits and the holds); the search team runs the deploy.',
      'Order: employees, Labs users, then heavy researchers (their filter-heavy queries are exactly the rare slow ones the benchmark missed), then readers, with institutional licences last.',
      'Limits, set before traffic moves: errors +0.5 % over control; p99 latency +150 ms over control, because the slowness hides in the tail and the median would never show it; search-to-download conversion −2 % against the baseline cohort.',
      'Ramp 1 / 5 / 25 / 50 / 100 %. Each stage advances only after the metrics have stayed inside the limits for 12 hours, and we wait at most 48. The search lead and I sign each gate.',
      "On-call may roll back at any hour; it's a routing switch back to the old index and takes under five minutes.",
      "The canary only says the layout is safe. If we want to know it's better for readers, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts
  {
    id: 'v016',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The release decisions for the new SDK are owned by the PM, that is, by me; the deploy is ' +
      'carried out by the payments team. Employees are exposed first, then beta testers, then ' +
      'the web shop, then the Android and iPhone apps, and loyalty members are exposed last. ' +
      'The rollback thresholds are written down before launch and are not changed during it: a ' +
      'rollback is triggered when payment errors are 0.3 % above control, when p99 payment ' +
      'latency is 200 ms worse than control, or when order conversion is 1.5 % below the ' +
      'baseline cohort. Errors are compared per platform and over five-minute windows, so that ' +
      'a burst on Android is not diluted by iPhone traffic. Traffic is moved through 1, 5, 25, ' +
      '50 and 100 %. Each stage is held until every metric has been inside its threshold for 24 ' +
      'hours, and the 25 % stage is not advanced until it has been seen through a Friday dinner ' +
      'peak. Each gate is signed off by me and the payments lead. A rollback may be called by ' +
      'the on-call engineer at any hour, without anyone else being asked; it is carried out as ' +
      'a routing change back to the old SDK and is completed in under five minutes. The canary ' +
      'is used to show that the SDK is safe; whether wallet payments are better is answered by ' +
      'a randomised A/B test afterwards.',
  },
  // quiet-feedback-trap
  {
    id: 'v017',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Our postmortem from the last model swap had one line in bold: "At 5 % we had eleven thumbs-down in two days and called it healthy." I\'m adopting that lesson here, so this plan is built around slow signals.',
      'I own the release decisions; the ML team runs the routing.',
      'Order: employees, pilot clinics, clinics, hospital groups last.',
      "Thresholds, fixed before launch: errors +0.5 % vs control and p99 +300 ms; summaries edited before saving up 2 % vs the baseline cohort; hallucination rate from the eval harness above 1 %, and for the canary arm we raise the harness sample from one in two hundred to one in twenty so that number means something; thumbs-down rate up 25 % vs control; p95 latency under 3 s; tokens per summary no more than the old model's.",
      "Ramp 1, 5, 25, 50, 100 %, metric-based: a stage advances only when every guard has stayed inside its limit for 48 hours, and we wait at most 96. The 25 % stage is the first where the feedback signals carry weight, so we don't rush it. The clinical lead and I sign each gate.",
      'Rollback: on-call, any hour, a config switch back to the old model, about two minutes.',
      'The canary answers "is it safe". Whether vets prefer the cheaper model\'s summaries is an A/B test afterwards.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'v018',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Here's what my team will do on Monday. At nine, Berlin time, we route the new " +
      'recommendation model to employees; on Tuesday, the preview programme; then Singapore and ' +
      'Kuala Lumpur ahead of Germany and Austria, because their feature stores are the ones ' +
      'sized for the old model and I want that risk found while the exposure is small; Plus ' +
      'subscribers last. I own that order, the limits and the holds; the ML platform team runs ' +
      "the routing. Before Monday we'll have written down the rollback triggers: errors 0.5 % " +
      'above control, p99 latency 200 ms worse than control, basket-add rate 2 % below the ' +
      "baseline cohort, plus the model guards: the eval harness's irrelevant-basket rate (our " +
      'hallucination measure) above 3 %, "not interested" taps up 20 %, p95 latency under 400 ' +
      'ms, and compute cost per request within 15 % of the old model. Stages are 1, 5, 25, 50, ' +
      '100 %; each holds until all guards have been clean for 24 hours, so every stage sees a ' +
      'Singapore lunch peak, which is 6 a.m. in Berlin. I sign each gate with the ML lead. ' +
      'On-call covers 24/7 and can flip the model config back in about two minutes without ' +
      'asking me, which matters at 6 a.m. The canary tells us the model is safe; a randomised ' +
      'A/B test after 100 % tells us whether baskets got better.',
  },
  // prompt-locale-thumbs-down
  {
    id: 'v019',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Mine to decide: order, limits, holds. Eng: routing.',
      'Staff → early-access writers → German users (the risk) → English users → business teams.',
      'Limits, fixed first: errors +0.5 %, p99 +200 ms vs control; drafts accepted −2 % vs baseline; eval-harness hallucination > 1 %; thumbs-down +20 %, German checked separately; p95 +300 ms; tokens per reply +10 %.',
      '1 → 5 → 25 → 50 → 100. Metric gates: clean 24 h, max 72.',
      "Each gate: my sign-off + ML lead's.",
      'On-call reverts the prompt config, any hour, ~2 min.',
      'Canary = safe. Warmer = better? A/B afterwards.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'v020',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "I'll run this one myself as the release owner, with the assistant team handling the " +
      'routing. Support agents see the larger model first, then the preview programme, then ' +
      'workspace admins, members and trial accounts, and enterprise customers last, because a ' +
      "wrong payslip answer there lands on a payroll manager's desk. Before any traffic moves " +
      "I'm writing down the rollback triggers: errors half a percent over control, p99 latency " +
      'two hundred milliseconds worse than control, self-serve resolution two percent below the ' +
      'baseline cohort, a hallucination rate above one percent on the eval harness, thumbs-down ' +
      'up by a fifth, p95 latency over three seconds, and cost per conversation more than ' +
      "thirty percent above the old model's, which answers Finance's question up front. The " +
      'stages are one, five, twenty-five, fifty and a hundred percent; each advances only after ' +
      'every guard has stayed clean for twenty-four hours. The assistant lead and I sign off ' +
      'each gate. Any on-call engineer may roll back at any hour through the model-routing ' +
      'config, in about two minutes. The one honest if: if the cost per conversation sits just ' +
      'under its limit at twenty-five percent, I still advance, because the limit is the limit, ' +
      'but I tell Finance that day. Afterwards a randomised A/B test tells us whether the ' +
      "bigger model actually answers better; the canary only tells us it's safe.",
  },
];
