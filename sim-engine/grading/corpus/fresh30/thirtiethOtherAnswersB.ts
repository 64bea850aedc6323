import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirtieth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic
 * answers (aj028–aj040), written blind and labelled by hand.
 * The comment above each entry names the built-in scenario the answer was written for.
 */
export const THIRTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts
  {
    id: 'aj028',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "ok so for the SDK switch, this is what I'd want locked before we flip anything",
      '',
      'rollback if, vs the old SDK over the same window:',
      "- payment failures more than +0.8pp on any one platform (android on its own, that's where new SDKs bite)",
      '- p99 payment auth time more than +400ms',
      '- paid orders/min down more than 3%',
      'any one of those for 10 min = we back out',
      '',
      "ramp 2 -> 10 -> 25 -> 50 -> 100. we don't leave a stage until it's been through a full dinner peak clean, and 50 -> 100 waits until after a friday dinner, not before it",
      '',
      "rolling back = flipping the server-side flag to the old provider path. no app release, under 3 min. on-call does it the second a line is crossed, doesn't wait for a meeting or for me",
      '',
      'happy to go through it on a call',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'aj029',
    scenario: 'model',
    class: 'middling',
    points: points('C M'),
    text: [
      "Okay, so, um, the big question for me is who sees the bigger model first. I'd start with our own people, the payroll and HR folks internally, because they actually know when an answer about, like, a payslip deduction is wrong. Then customers who've opted into the beta. Then the smaller accounts, and the really big employers at the very end, because if the assistant tells somebody's whole workforce the wrong thing about leave, that's... that's a bad week.",
      "And then what I'd watch. It's not just whether it throws errors, right? A model can be up and still be wrong. So I'd want the eval harness running on a sample of real conversations, not only the offline set. The thumbs-down rate. p95 latency, because a bigger model with a longer context window is going to be slower. And cost per conversation, because Finance is literally already asking.",
      "Um, yeah. I'd look at all of those pretty closely as it goes out and, you know, go from there.",
    ].join('\n\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'aj030',
    scenario: 'service',
    class: 'middling',
    points: points('P C S A'),
    text: [
      'Subject: resizer v2 rollout, my view',
      'Hi all,',
      "Quick note before Wednesday's planning. On the split: engineering owns the resizer itself, the deploy and the infrastructure. I'd like to own the rollout decisions: which listings get served by v2, in what order, and whether we carry on.",
      "The order I'd propose: our own test shop and staff listings first, then sellers in the beta programme (they've been asking for the new format anyway), then low-traffic categories, and our top 200 sellers last. Their listings are where a broken or slow image costs us real money.",
      "Each move to a wider group needs two names on it, mine and Dariusz's as the service owner. If either of us isn't comfortable, we stay where we are.",
      "One thing I want to get ahead of is the \"20% faster\" benchmark. The rollout won't confirm it, and I don't want anyone quoting rollout numbers as proof. If we want to say the new resizer makes pages faster and helps sellers, that's a randomised A/B test once it's everywhere and stable.",
      "Thursday is tight, but let's talk.",
      'Thanks,\nLena',
    ].join('\n\n'),
  },
  // pricing-page-healthy
  {
    id: 'aj031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly, for this one I wouldn't overthink it. It's a pricing page with a nicer comparison table, the checkout behind it doesn't change, and marketing needs it live for Friday. I'd put it out to some of the traffic first, check that the analytics look normal for a bit, and then turn it on for everybody before the campaign starts. If anything looks odd we can always switch it back, it's just a page. I'd keep marketing in the loop so they know exactly when it's live.",
  },
  // quiet-feedback-trap
  {
    id: 'aj032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "I'd treat the model change like any other release. Put the cheaper model in front of a small group of clinics first, keep an eye on things for a while, and then roll it out to the rest if nothing goes wrong.",
      "The new model is faster and cheaper, and presumably the ML team has tested it, so the main job is making sure nothing breaks in production. I'd also let the clinics know a change is coming so nobody is surprised. If vets start complaining we'd look into it and decide what to do.",
    ].join('\n\n'),
  },
  // search-tail-latency
  {
    id: 'aj033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, new index layout. Key areas: cohorts (internal? institutional? free tier?), thresholds 0.5 % / 200 ms / p99 / p50, tail latency, filters, rare queries, holds, gates 1-5-25-50-100, sign-off, stakeholders, rollback < 5 min, on-call, routing, config vs redeploy, A/B vs canary, safe vs better, baseline, control, dashboards, alerting, SLOs, hosting cost savings, observability, data-driven, alignment, ownership PM / eng, licences, 24 h, 48 h. Also: index size, cheaper, median faster, benchmark gaps, many-filter queries, p95?, 1 %?, error budget, incident, postmortem, runbook, go/no-go, risk appetite, enterprise customers, universities, free users, metrics, KPIs.',
  },
  // prompt-locale-thumbs-down
  {
    id: 'aj034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Slide 4: prompt canary',
      '- warmer tone / casual / German formality / Sie vs du',
      '- thumbs-down, eval harness, hallucination, p95, tokens/query',
      '- staff -> beta -> GA -> enterprise? or random?',
      '- 1 / 5 / 25 / 50 / 100 or 10 / 50 / 100',
      '- 24 h? 48 h? metric gates vs time gates',
      '- rollback: config, minutes, on-call, authority',
      '- canary vs A/B, safety, causality, randomisation',
      '- PM owns / eng owns',
      '- locale metrics, cohort artefacts, baseline, noise',
      '- next steps: align, socialise, iterate',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'aj035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I know the textbook answer here and I don't think it fits. I wouldn't do staff first and then opted-in guests; our staff don't book holidays on our own site, so that stage tells you nothing. I wouldn't write rollback thresholds down in advance either. On a date picker you can't know what a sensible drop in bookings looks like until you see it.",
      "I'm not going to hold at 5 % and 25 % for days, and I don't want a sign-off meeting at every step. The team wants it at 100 % this afternoon and design already approved the whole thing. I also wouldn't bother with an on-call rollback path for a front-end form. And no A/B test afterwards: the reviews were glowing, and that's enough evidence for me. We ship it today and look at bookings next week.",
    ].join('\n\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'aj036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Look, I'm not going to pretend a recommender needs the full ceremony. We won't be picking special cohorts, so no staff first, no beta group, we just turn it on. I'm not setting thresholds up front for basket add-rate or p95 or feature-store load; we've got dashboards for that.",
      "No staged ramp with holds over the Singapore lunch peak, no gates, and I don't need the eng lead signing anything. Rollback authority for whoever's awake in Singapore? Not something I'd spend time on. Cost per request, evals on the recommendations, not for a first version. And we don't need an A/B test either, the offline numbers are fine. Ship it Monday and we'll see.",
    ].join('\n\n'),
  },
  // staff-cohort-artifact
  {
    id: 'aj037',
    scenario: 'service',
    class: 'misconception',
    points: points('P T R'),
    text: [
      "Here's how I'd run it. As the PM I own the success criteria and what we measure; engineering owns the deployment and the feature flag.",
      "The way I see it, the canary is our experiment. We put the bigger photos and the size guide in front of a random 10 % of visitors, and the other 90 % are the control. If the canary group converts better after a few days, we've proven the change works and we go to 100 %. If it's flat, the size guide isn't pulling its weight and we rethink it. That's the beauty of a canary: you get the safety check and the business case in one go, no separate test needed.",
      "There are hard limits too, agreed with engineering before launch. Page errors more than 0.5 % above the rest of the site, p99 load time more than 400 ms slower (the photos are bigger, so I'd watch that one), or add-to-basket down more than 3 % against control, and it comes back. The on-call engineer can switch the flag off at any hour without asking me, and it takes a minute or two.",
      "Staff will hit these pages all day checking stock, so their traffic will be in the canary too, but that's fine. More traffic means we reach significance faster.",
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'aj038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "A model is ultimately just another backend dependency, so I'd monitor it the way we monitor any service: error rate and latency. Quality was settled offline, the evals went up three points, so in production the only question is whether it stays up and responds fast enough. If error rate and response time stay where they are today, the model is doing its job. I wouldn't clutter the dashboards with thumbs-down counts or eval scores; they're noisy anyway.",
      'The order matters more. First our internal HR and payroll team, then customers enrolled in the early-access programme, then small businesses, and the large employers with thousands of staff last, since any disruption there reaches the most people and the most valuable contracts.',
      'Stages: 5 %, 20 %, 50 %, 100 %. We stay at each stage for at least two full working days, one of them a payroll day, and only move on once the error and latency charts have been flat across that whole window. Each advance is signed off by me and the engineering manager in the release ticket; without both signatures the rollout stays where it is.',
      'On cost, Finance will get a report once the rollout is finished.',
    ].join('\n\n'),
  },
  // after-the-sale-healthy
  {
    id: 'aj039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "So before I'd even get to this change, I think the more interesting question is what last week's sale actually did for us. Twenty per cent off everything is a blunt tool. I'd want to know how much of that revenue was just pulled forward from this month, whether the new customers who came in for the discount stick around, and what it did to margin on things that would have sold anyway, tents and boots in spring.",
      "If I were the PM here I'd push for a proper post-sale review with finance and marketing: retention of sale-acquired customers at 30 and 90 days, return rates, and a comparison with last year's sale. Then for the autumn I'd try targeted discounts, say 15 % on slower categories, instead of a sitewide one. That's where the money is.",
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'aj040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Thank you for the question. I'd like to frame my answer around the customer. Small veterinary clinics are busy, short-staffed and price-sensitive; most have two or three vets and a practice manager who makes the buying decisions. What they value is time back at the end of the day.",
      'So my priorities as PM would be these. First, get onboarding under ten minutes, with the practice-management software integration done for them. Second, move from per-seat pricing to a flat monthly fee per clinic, which practice managers find easier to budget. Third, build a small advisory group of clinics that meets with us every quarter.',
      "Over the next year I'd measure success by clinic retention and net promoter score, and once the core product is loved I'd expand into equine and farm practices.",
    ].join('\n\n'),
  },
];
