import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-fifth fresh set, author b: strong answers (ae021–ae027), written blind and labelled by
 * hand before any grading. Built-in scenario of each answer: see LABEL-NOTES-b.md.
 */
export const TWENTY_FIFTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — pre-mortem told as a story, then turned into the plan
    id: 'ae021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me do it as a pre-mortem. Say it's the end of next month and the upgrade went badly. What happened? We switched the bigger model on for a random ten per cent on a Monday, and that Monday was payroll day for some of our largest customers. Nobody had written down what bad looked like, so when the cost per conversation doubled, engineering said that was expected and finance said it was a disaster, and we argued for two days while it kept running. The error rate was flat the whole time, the dashboard was green, and meanwhile the model was confidently inventing leave rules. We found out when an HR admin at one of the big accounts forwarded a screenshot to their account manager. At the retro somebody asked who had been allowed to switch it off, and the honest answer was 'whoever could get hold of the eng lead'. And the launch note said the new model was 'proven better in production', based on satisfaction scores from a canary group that was mostly our own staff being polite.",
      "So the plan is that story run backwards. I own the release decisions: who sees it in what order, which numbers stop it, how long we hold and when we move on. The ML platform team owns serving and the routing. Order: our own HR and support staff first, then the customers in the beta programme, then small-business accounts, and the large payroll customers last, and never during their payroll week. Written into the launch doc before anyone sees it: hallucinated answers on the eval harness no more than 1 point above the current model, thumbs-down rate no more than 2 points above control, hand-offs to a human agent no more than 2 points above control, p95 latency under 4 seconds, errors within 0.3 % of control, and cost per conversation no more than 40 % above today's. That last one is the number I give finance now, not afterwards. The ramp is 1 %, 5 %, 25 %, 100 %, at least 24 hours at each step and a full week at 25 % so the feedback has enough volume to mean something. The ML lead and I both sign each step, in writing. Any on-call engineer can roll back at any hour without calling anyone; it's a flag on the model router and the old model is back in under two minutes. And the canary only tells us the bigger model is safe to run. Whether it's actually better is an A/B test afterwards.",
    ].join('\n\n'),
  },
  {
    // prompt-locale-thumbs-down — FAQ
    id: 'ae022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Q: What do you own here, and what is engineering's?",
      'A: I decide who gets the new prompt and in what order, which numbers send it back, how long each step runs, and when we go on. The assistant team owns the prompt config and the rollout tooling.',
      '',
      'Q: Who sees it first?',
      "A: Our own staff, in both languages. I'll ask the Munich office to use it on their real mail, because the prompt was only reviewed in English. Then the beta users who opted in, English and German. Then general English users, then general German users, since German is where a casual 'du' is most likely to go down badly. Business-plan customers go last.",
      '',
      'Q: What rolls it back?',
      'A: These are written down before the first user gets it, and read per language, never blended:',
      '- thumbs-down rate more than 1.5 points above the old prompt',
      "- 'undo suggestion' clicks up more than 10 % on control",
      '- eval harness: tone and hallucination score on the German test set down more than 2 points',
      '- p95 latency up more than 300 ms',
      '- tokens per suggestion up more than 15 %',
      '- errors above 0.5 %',
      'A breach in one language is enough on its own.',
      '',
      'Q: How does the ramp go?',
      'A: 1 %, 5 %, 20 %, 50 %, 100 %. Each step holds for at least 48 hours and until we have about 2,000 rated German suggestions, so the thumbs-down rate in German actually means something. The metrics decide when we move, not the calendar.',
      '',
      'Q: Who signs off each step?',
      'A: The assistant tech lead and me, and from 20 % on the German market lead signs too.',
      '',
      'Q: Who can roll back?',
      "A: Anyone on the assistant on-call rota, at any hour, without asking me first. It's a config switch back to the old prompt and it takes effect in about a minute. We talk about it in the morning.",
      '',
      'Q: If the numbers look fine, can we say the warmer tone is better?',
      "A: No. The canary tells us it isn't hurting anyone. Whether warmer actually wins, say on suggestions accepted, is a randomised A/B test we run separately once the canary is done.",
    ].join('\n'),
  },
  {
    // quiet-feedback-trap — questions the PM asks the team, each with the PM's own answer
    id: 'ae023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "These are the questions I'd bring to the kickoff, and where I'd land on each.",
      "What's mine and what's yours? Mine: the order, the stop numbers, how long we wait, and whether we go. Yours: serving, the traffic split, the eval pipeline.",
      'Who should get the cheaper model first? Our in-house vet advisers, then the clinics in the early-access group who told us they can live with rough edges, then single-vet practices, and the multi-site clinic groups, our biggest contracts, last.',
      "What stops us? We agree it now, not while we're watching: hallucinated findings in the eval harness (a drug, a dose or a symptom that isn't in the notes) more than 1 point above the current model; thumbs-down share more than 3 points above control; p95 over 6 seconds; errors over 0.5 %. And cost per summary has to come down by at least 30 %, or there's no reason to ship it at all.",
      "Can we read any of that at 5 %? Honestly, no. A few hundred summaries a minute at peak, one in two hundred graded: 5 % gives us four or five graded summaries an hour. So can we raise the harness sampling to one in twenty for the canary arm? I'd pay for that. The ramp is 1 %, 5 %, 25 %, 50 %, 100 %, and each stage holds until the canary arm has at least 400 graded summaries, not a fixed number of hours. So 5 % probably sits for two days.",
      'Who says go? The ML lead and me, both of us, at every step, in the release channel.',
      "Who can pull it? Whoever's on call, day or night, without waking me. It's a routing flag, and the old model is back within two minutes.",
      "Will this tell us the cheaper model is as good? No. It tells us it isn't unsafe. Whether vets are as happy with it is an A/B test afterwards, randomised by clinic.",
    ].join('\n\n'),
  },
  {
    // lunch-peak-recommendations — long answer with digressions
    id: 'ae024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "First thing, and I learned it the hard way at my last company, where we shipped a ranking change on a Friday and spent the weekend explaining to the CEO why baskets had shrunk: a recommendation model feels harmless and isn't. Nobody gets an error page. They get worse baskets and buy less. Anyway.",
      "My job here isn't the deploy. The ML platform people own serving and the traffic split. I own the sequence, the stop conditions, the pace and the go or no-go.",
      "Sequence: staff accounts first, in both regions. We have an ops team in Singapore, and that matters, because otherwise 'internal' just means Berlin. Then customers who've opted into early features. Then ordinary customers in a couple of smaller European markets, then Asia, and the big-basket subscribers last, because a bad home screen costs us most with them.",
      "The thresholds go into the launch ticket before anything moves. Error rate from the recommendation endpoint more than 0.3 points over control. p95 latency over 250 ms, measured per region and not globally, and this is the digression worth making, because a global p95 would average Singapore's lunch peak into a quiet European morning and hide it completely. Feature-store read timeouts over 1 %. Add-to-basket from recommendations more than 3 % below the control cohort. Compute cost per thousand requests more than 25 % over today's. On quality, the offline eval harness on held-out baskets mustn't drop more than a point, and I'd watch 'not interested' taps as the user-feedback signal: more than 2 points above control stops it.",
      'The ramp is 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds at least one full day so it sees both lunch peaks (a hold that only covers Berlin office hours would miss Singapore entirely), and 25 % holds three days, because add-to-basket is too noisy to read below that. The gates are metric-based; the calendar only sets a minimum. The ML lead and I both sign each advance, and the on-call lead in Singapore has to confirm the Asian peak was clean before we do.',
      "Rollback: the on-call engineer in whichever region is awake can route traffic back to the old model without asking anyone, at 3 a.m. Berlin time if that's when it breaks. It's a config change and takes under five minutes. (I've worked at a place where rolling back meant a redeploy and a change board. Never again.)",
      "Last thing. Leadership will want to read the canary as 'the new model lifts baskets'. It can't tell us that; the cohorts aren't random. It tells us the model is safe to run. A randomised A/B test afterwards tells us whether it's better.",
    ].join('\n\n'),
  },
  {
    // storage-migration-under-load — numbered runbook with headings
    id: 'ae025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'RUNBOOK: task storage move to the managed cluster',
      '',
      '1. Who does what',
      '- PM (me): exposure order, the limits in section 3, hold lengths, the go/no-go at each stage.',
      '- Platform team: proxy, dual writes, routing, the cutover itself.',
      '- The old cluster stays up and in sync until 100 % has held for a week. If that collides with the end-of-month decommission, the decommission moves, not the rollout.',
      '',
      '2. Order of exposure',
      '1) Our own workspaces (we run the company on the product).',
      '2) Teams in the beta programme.',
      '3) Free-plan workspaces, smallest first.',
      '4) Paid teams.',
      '5) Enterprise workspaces last: the most data, the most to lose.',
      '',
      '3. Limits (agreed before stage 1, not changed during the rollout)',
      '- task read/write 5xx: more than 0.2 % above control',
      '- page-load p99: more than 300 ms over control',
      '- proxy connection pool: above 80 % used',
      '- p99 straight after a cache flush: same 300 ms limit',
      '- tasks created per active user: more than 3 % below control',
      'One breach on any of these and we roll back.',
      '',
      '4. Stages and holds',
      '- 1 % > 5 % > 25 % > 50 % > 100 %',
      '- At least 24 h at each stage, always including a weekday peak; 48 h at 25 %.',
      '- During the 5 % hold we flush the proxy cache once on purpose, because the load test never saw cold caches.',
      '- We advance only when every limit has stayed green for the whole hold.',
      '',
      '5. Sign-off',
      '- Every advance: PM and platform tech lead, recorded in the release ticket.',
      '',
      '6. Rollback',
      '- Who: any on-call engineer, any hour, no approval needed.',
      '- How: point the proxy back at the old cluster, which is still taking writes.',
      '- How fast: under 3 minutes. Rehearsed once on staging before stage 1.',
      '',
      '7. What this does not tell us',
      "- It shows the new storage holds up under real load. It says nothing about whether anything got better for users. If we want to claim faster pages, that's a separate A/B test afterwards.",
    ].join('\n'),
  },
  {
    // payment-sdk-android-bursts — Irish English register
    id: 'ae026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Right, so. The first thing I'd be saying to the lads in payments is that passing the provider's certification means the provider is happy, not that we are. Certification runs on a handful of test phones. We've thousands of cheap Androids out there on dodgy networks.",
      "What's mine and what's theirs: the engineers own the build, the flags and the routing of payments onto the new SDK. I own who gets it first, the numbers that'd stop it, how long we sit at each step, and the call to go on.",
      "Who goes first: our own staff ordering their lunches, iOS and Android both. Then the beta testers who signed up for early builds. Then ordinary users in one or two of the smaller cities, and only after that the big ones. The regulars, the crowd ordering three times a week, are last. And I'd keep the whole thing well clear of Friday dinner at the start, so I would. We don't open a new step on a Thursday or a Friday.",
      "The numbers are agreed and written into the ticket before a single order goes through it. Payment failures more than 0.5 points over the old SDK, looked at per platform, Android on its own and not lumped in with iOS where it'd be hidden. p99 on payment confirmation more than 800 ms worse. Completed orders per session down more than 2 % on the control group. Any one of them and we're out. And because the failures might come in bursts, we look at five-minute windows as well as the hourly figures.",
      'Steps: 1 %, 5 %, 25 %, 50 %, then everyone. Two days at the very least at each, and 25 % has to sit through a full Friday evening before it goes any further. Myself and the payments tech lead sign off each step, the two of us, in writing.',
      "Rolling back: whoever's on call, any hour of the day or night, doesn't need to ring me or anyone else. The app carries both SDKs behind a remote flag, so they flip the flag and people are back on the old one within a couple of minutes. No app release, no waiting on the store.",
      "And the wallet payments. If it all looks grand, that tells us it's safe, not that wallets are bringing in more orders. If we want to know that, we run a proper A/B test after.",
    ].join('\n\n'),
  },
  {
    // night-breach-rollback-authority — short spoken sentences, nervous
    id: 'ae027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Okay. Um. So I'd start with what's mine. I don't run the deploy. The pricing engineers do that. I decide the order, the limits, the holds. And when we go on. " +
      'Order. Staff rides first. Then the beta riders, the ones who opted in. Then one small city. Sorry, a couple of mid-size ones. Big cities last. And weekend nights last of all, because that is the peak. ' +
      'Limits. Written down before Tuesday. Fare errors over 0.2 percent, we go back. Quoted fare off from the final fare by more than 2 percent on more than one trip in a thousand, back. p99 on the fare call over 400 milliseconds, back. Bookings down 3 percent against control, back. ' +
      'Ramp is 1, 5, 25, 50, 100. Each one holds at least 24 hours. It has to include a whole night. With the batch window. That is the risky bit, because of billing. And 25 holds over a weekend. ' +
      'Sign-off. Me and the pricing lead. Both of us. Every step. ' +
      "Rollback. This is... this is the one I care about. Whoever's on call. At 2 a.m. They don't call me. They don't call anyone. They flip the flag back to the old fare service. Under five minutes. We practise it once before we start. " +
      "Oh, and. This won't tell us the new pricing is better. Just that it's safe. Better is an A/B test. Later. " +
      "Sorry. I think that's it.",
  },
];
