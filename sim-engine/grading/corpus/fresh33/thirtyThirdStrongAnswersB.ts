import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-third fresh set, author b: strong answers (am021–am027), written blind and labelled by
 * hand before anything was graded. Scenario ids are noted per entry; see LABEL-NOTES-b.md.
 */
export const THIRTY_THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade — a Confluence page in wiki markup, with a short table.
  {
    id: 'am021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'h1. Canary plan: support assistant on the larger model',
      'Status: DRAFT for review | Owner: Support AI PM | Eng: Priya (assistant platform) | Finance: cc only',
      '',
      'h2. Summary',
      'We move support-assistant conversations to the new model in stages, behind the gateway. This page fixes the order, the limits and who decides before any traffic moves. The canary answers one question: is the new model safe to put in front of payroll customers? It won\'t tell us the model is better. See "After the canary".',
      '',
      'h2. Who owns what',
      '* Product (me): cohort order, the rollback limits below, hold lengths, go/no-go at each stage.',
      '* Assistant platform: gateway routing, dashboards, the switch back to the old model.',
      '* Finance gets the cost numbers at every stage but does not gate.',
      '',
      'h2. Cohorts (in this order)',
      '# Our own payroll and HR staff on the internal tenant. They know the right answers and will shout when one is wrong.',
      '# Customers in the early-access programme.',
      '# Small-business tenants on standard plans.',
      '# Enterprise tenants last, and nobody in the week of their payroll run. A wrong answer about a payslip on pay day is the most expensive mistake this assistant can make.',
      '',
      'h2. Rollback limits (agreed before stage 1, not edited during the ramp)',
      '||Signal||Roll back if, vs. old model||',
      '|Wrong or invented answers (eval harness on 1 in 20 live answers)|more than 1 pt above control|',
      '|Thumbs-down + "talk to a person" escalations|up more than 15 % relative|',
      '|p95 time to first token|more than 400 ms slower|',
      '|Errors and timeouts|more than 0.5 pt above control|',
      '|Tokens per conversation|more than 40 % above control|',
      '',
      'h2. Ramp and gates',
      '1 % → 5 % → 25 % → 50 % → 100 %. Each stage runs at least 24 h and at least 2,000 conversations, and only moves on if every limit stayed green for the whole hold. The 25 % stage has to include a month-end payslip day.',
      'Each advance needs a written OK from me and Priya in #assistant-rollout. Either of us can block.',
      '',
      'h2. Rollback',
      "Anyone on the assistant on-call rota switches the gateway back to the old model when a limit trips, day or night, without asking us first. It's a config change and takes under 5 min. We rehearse it once during the 1 % stage.",
      '',
      'h2. After the canary',
      "Getting to 100 % means it's safe, nothing more. The +3 pts offline is not the answer to Finance's question either. Whether the bigger model is better, and worth what it costs per conversation, is a randomised A/B test (two weeks, resolution rate and cost per resolved conversation) before we call the switch permanent.",
    ].join('\n'),
  },
  // quiet-feedback-trap — a PM at a hospital software vendor.
  {
    id: 'am022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'm a PM at a company that sells discharge-summary and handover software to hospitals, so I'll answer the way we'd have to do it there. Honestly a vet clinic deserves about the same care: a summary that invents a dose has invented a dose, whatever the species.",
      'What I own is the order clinics get it in, the rollback numbers, how long we sit at each step and the go/no-go. Engineering owns the model routing and the switch.',
      'Order: our internal QA clinic accounts and the two vets we employ as clinical advisers, then the pilot clinics who have agreed to rate summaries, then small single-vet practices, and the multi-site groups last, because they write the most notes and a bad week there is a lot of wrong records.',
      'The trap in this one is volume. At a few hundred summaries a minute, with one in two hundred graded, a 5 % slice gives you a handful of graded summaries an hour and almost no ratings. So for the canary I would have engineering run every canary summary through the eval harness, not one in two hundred. It is the cheaper model, we can afford the eval bill for a fortnight. And holds end on a count, not a clock: at least 1,500 graded summaries per stage, and we only step up if nothing breached during that hold.',
      'Rollback if, compared with the old model over the same days: harness-flagged factual errors (wrong drug, wrong dose, wrong animal details) above 0.5 %, a listed medication left out in more than 1 %, p95 summary time more than 2 seconds slower, or the thumbs-down share more than double the control. Written down and agreed before the first summary moves. Cost per summary we report at every stage, since it is the reason for the change.',
      "Stages are 2 %, 10 %, 25 %, 50 %, 100 %. Every step needs my sign-off and our clinical safety lead's. That's how our hospital releases work and I'd keep it.",
      "Rollback is the routing flag. On-call can flip it at any hour on a breach and tell us afterwards; we're back on the old model inside five minutes.",
      "None of this shows the new model's summaries are better. If we want to say that, it's a randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down — New Zealand English, spoken.
  {
    id: 'am023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Yeah, so, first thing, I reckon this one's riskier than it looks, because the prompt got signed off by people who only read the English, and a quarter of our users write in German, where getting all chummy with someone's boss is a real problem. So as the PM, the bits that are mine are who sees it first, what numbers make us pull it, how long we sit at each step and making the go call. The engineers look after the prompt routing and the actual switch, eh. " +
      "Order-wise, our own staff first, and I'd make sure the German speakers in our Berlin office are in that, then the beta users who've opted in, English and German both, then general English users, and general German users last, because that's where it's most likely to go pear-shaped. " +
      "Before we flip anything we write the numbers down and everyone agrees them. Thumbs-down on drafts more than two points above the old prompt, and that's per language, not blended, otherwise the English will hide the German. The eval harness's formality check failing on more than five percent of German drafts. p95 latency up more than three hundred milliseconds. Token cost per draft up more than fifteen percent. Plus the usual, errors up half a percent. " +
      "Steps of one, five, twenty-five, fifty, a hundred, and we hold each one at least two days. We'll get heaps of English feedback quick but the German's slower, so two days. We don't move up till it's all clean, and me and the eng lead both sign off each step. " +
      "If anything trips, whoever's on call just flips the prompt back in the config, day or night. Couple of minutes, no redeploy, and they don't need to ring me first. " +
      "And look, the canary's not going to tell us warmer is actually better. That's an A/B test afterwards, done properly with random assignment. That's about it really.",
  },
  // lunch-peak-recommendations — keeps comparing with a failed release in the past.
  {
    id: 'am024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'll be honest, I've been burnt on almost exactly this. At my last company we rolled out a new ranking model for the home feed and went from 5 % to 50 % in one afternoon because the dashboards were green, green in Berlin office hours. Nobody had checked what it did to the feature store when Jakarta woke up. It fell over at their breakfast peak, the fallback served empty carousels for forty minutes, and the on-call engineer spent twenty of those trying to reach a director to approve the rollback. So a lot of how I'd run this one is just not doing what we did then.",
      'Last time engineering picked the steps and I watched. This time I own the plan: the order, the limits, the holds and the go decision at each gate. Engineering owns the routing and the feature-store capacity.',
      "Last time it was a random slice of everyone. This time it's staff accounts in both regions first, then the opted-in beta testers, then general users in Europe, then South-East Asia, with Singapore last. Its lunch peak is exactly the load the feature stores weren't sized for, and those are some of our biggest baskets.",
      "Last time we had no numbers, just 'looks fine'. This time they're written down before any traffic moves, per region, against the old model: feature-store read p95 over 80 ms, recommendation p95 latency more than 150 ms worse, fallback-to-default baskets above 2 %, errors up more than 0.5 pt, add-to-basket from recommendations down more than 3 %, compute cost per request up more than 25 %. We also run the offline eval every hour on a sample of live requests, so a model that serves junk rather than errors still shows up.",
      "Last time the holds were hours. This time each stage, 1, 5, 20, 50 and 100 %, holds at least 24 hours so it spans both regions' lunch peaks, and Singapore's peak has to be clean before we advance. The eng lead and I both sign off every step, plus the APAC ops lead once Singapore traffic is in.",
      'And the bit that hurt most last time: the on-call, in whichever time zone, rolls back by flipping the model route in config. No approval, under five minutes. They call me afterwards.',
      "Last time we also told leadership the model lifted engagement because the canary cohort clicked more. It proved nothing. If we want to say this model is better, it gets a randomised A/B test once it's shown to be safe.",
    ].join('\n\n'),
  },
  // night-breach-rollback-authority — 'If X, then Y' rules only.
  {
    id: 'am025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "If the question is who goes first, what the limits are, how long we hold or whether we advance, then it is my call as PM; if it is the routing or the dashboards, then it is engineering's.",
      'If a rider is staff, then they get the new fare service first; if they are in the opt-in beta, then second; if they ride in our two smallest cities, then third; if it is a corporate account or weekend night traffic, then last.',
      'If fare errors rise 0.5 pt above the old service, p99 quote time is 250 ms slower, or booked trips fall 2 % below the control group, then we roll back, on limits agreed before Tuesday, not on the night.',
      'If a stage (1 %, 5 %, 25 %, 50 %) has not run 24 hours including one clean nightly batch window next to billing, then we do not advance.',
      'If we advance, then the eng lead and I have both signed it off.',
      'If a limit trips at 2 a.m., then the on-call SRE flips traffic back to the old service in config within five minutes, without calling anyone first.',
      'If anyone reads the canary as proof the new service prices better, then they are wrong; if we want that answer, then we run an A/B test afterwards.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts — terse answer, then a longer 'why' paragraph.
  {
    id: 'am026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'I own: order, limits, holds, go/no-go. Payments eng owns: SDK rollout, the kill switch.',
      'Staff, then opted-in beta, then iOS, then Android. Big-basket regulars last.',
      'Roll back if payment failures +0.5 pt on either platform, p99 authorisation +300 ms, or orders per session −2 % vs control. Agreed before day one.',
      '1 / 5 / 25 / 50 / 100 %, at least 24 h each, and only on green. Never a step change right before Friday dinner.',
      'Eng lead and I sign each step.',
      'On-call turns the new SDK off by remote config, any hour, under five minutes, no sign-off needed.',
      'Canary = safe, not better. A/B test for wallet uptake later.',
      '',
      "Why: the provider certified the SDK, but certification isn't our traffic. Android is where bursts will hurt, so every limit is per platform; a blended rate lets an Android spike hide behind iOS. For the same reason I'd read failures in five-minute windows, not hourly averages. Friday dinner is the worst hour to find a payment problem, so we only go past 25 % after a clean Friday dinner at 25 %. Rollback is a config flag, not an app release, because nobody updates their app at 7 p.m. Wallets might lift conversion, but the canary cohort isn't random, so any lift we see there means nothing until an A/B test says so.",
    ].join('\n'),
  },
  // storage-migration-under-load — numbered footnotes explaining choices.
  {
    id: 'am027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Here's how I'd run it.",
      'The platform team owns the proxy, the managed cluster and the traffic split. I own the exposure order, the rollback criteria, the stage lengths and the decision to move on.[1]',
      'Order: our own workspace first (we run the company on the tool), then customers in the beta programme, then small free-tier teams, then paid teams, with the largest enterprise workspaces last.[2]',
      'Rollback criteria, agreed with the platform lead and written into the release ticket before the first workspace moves: task-read errors more than 0.3 pt above the old database; p99 page load more than 300 ms above the old path; cache hit ratio on the new cluster below 85 % after the first hour; task edits per active user down more than 2 % against the control group.[3]',
      'Stages: 1 %, 5 %, 25 %, 50 %, 100 % of workspaces, each held at least 48 hours including a weekday morning peak, and we only advance if nothing tripped during the hold.[4] The platform lead and I sign off each advance together; if either of us is not happy, it waits.',
      'Rollback: the on-call engineer can point a cohort back to the old database at the proxy at any hour, no permission needed, and it should take under five minutes. We rehearse it at the 1 % stage.[5]',
      "Last, this canary only tells us the new storage is safe to run. It doesn't show the managed cluster is better for users; if anyone wants to claim that, it needs a randomised A/B test.[6]",
      '',
      '[1] The numbers trade customer pain against the decommission date. That is a product call; engineering should not have to make that trade alone.',
      '[2] Large workspaces make the heaviest, coldest queries, exactly what the load test skipped, and they are the customers most likely to churn over an outage.',
      '[3] The cache ratio is there because the load test ran warm. A cold cluster is the failure we have not seen yet.',
      '[4] 48 hours so caches go cold and warm up again through a full weekday cycle.',
      '[5] This only works while writes still reach the old database, so dual writes stay on and the old cluster is not switched off until we have been at 100 % for a week. If that runs past the end of the month, I would rather pay for one more month of the old cluster.',
      '[6] For a storage move that test would mostly be about page speed. I would only run it if someone wants to sell the migration as a speed-up.',
    ].join('\n'),
  },
];
