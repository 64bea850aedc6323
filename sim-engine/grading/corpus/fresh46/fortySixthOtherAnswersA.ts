import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-sixth fresh set, author a: middling (az008–az010), weak (az011–az012), salad (az013–az014),
 * negated (az015–az016), misconception-led (az017–az018) and off-topic (az019–az020) answers,
 * written blind, labelled by hand.
 */
export const FORTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a terse numbered list, figures first
  {
    id: 'az008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      '1. 0.5 % over control on checkout errors, 150 ms on p99 page time, 2 % on first-order conversion against the old checkout: these are our rollback limits, and we write them down before a single session moves.',
      '2. 1 %, 5 %, 25 %, 50 %, 100 % of sessions. We hold each stage for two full days and advance only if all three limits held throughout.',
      '3. Two groups before anyone else: our own staff, then returning customers, who liked it in the lab and have saved addresses and cards to fill in. First-time buyers come last, because they have no saved details for the page to lean on and they are exactly who the spring campaign brings in.',
      '4. Three weeks before the campaign, not three days: the 50 % stage has to have held for a week with first-time buyers in it before the campaign emails go out.',
    ].join('\n'),
  },
  // support-model-upgrade: a voice memo transcribed, with false starts and self-corrections
  {
    id: 'az009',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'Right, so, the bigger model for the support assistant. Um. Let me, okay.',
      '',
      "Split of work. Engineering handles the model swap, the routing, all the infrastructure bits. Me, I'm the one who, as the PM I make the product calls: which customers get it, and when we stop or carry on. That's mine, not theirs.",
      '',
      "What I'd watch. Not just errors, because a bigger model can be perfectly up and still wrong about someone's payslip. So, the eval harness, running on a sample of real conversations and scoring them for hallucinations, that's the main one. Thumbs-down on answers. And cost per conversation, because finance asked, and a longer context window is going to cost more per turn, we know that, the question is how much. Oh, and p95 response time, since the long context makes it slower.",
      '',
      "We'd put it on for some customers first and see how it goes. I haven't, er, I haven't worked out exactly which ones yet, or for how long.",
      '',
      "Rollback. The on-call engineer can switch back to the old model whenever they see fit, any time of day, no approval needed from me. It's a config change, takes a couple of minutes.",
      '',
      "I think that's the, yeah. That's the gist.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: Sri Lankan English register, written
  {
    id: 'az010',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Here the thing to worry about is not the speed itself. Benchmarks are saying 20 % faster, fine, but the service is restarted only on deploys, so if there is any memory leak it will come slowly over the day only.',
      '',
      'So we will do it in stages: 1 %, 5 %, 25 %, 50 %, then 100 % of image requests. Each stage we are keeping for minimum 36 hours without any restart, so that whatever is building up in memory will show itself. Everywhere by Thursday is not possible with this; I will tell the team directly.',
      '',
      'Before starting, the limits we are fixing and putting in the release note: resize errors more than 0.5 % above the old service, p99 image time more than 250 ms above the old one, memory per instance growing more than 10 % across one day. If any one of them crosses, we go back to the old service.',
      '',
      'To go from one stage to the next, the engineering manager of the image team has to sign off, after looking at the full 36 hours of graphs. Without that signature nobody is moving the percentage.',
      '',
      'Which sellers see it first, that we will pick as we go.',
    ].join('\n'),
  },
  // quiet-feedback-trap: one long paragraph with no line breaks
  {
    id: 'az011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Since the new model is cheaper and faster it makes a lot of sense to move to it, but vets are busy people and we would not want to annoy them with poor summaries, so I think the best approach is to roll it out gradually and keep a close eye on how things are going, looking at the usual dashboards and talking to the clinics we know well, and if something seems wrong we can always switch back, which is the beauty of doing it this way rather than all at once. I would also want the team to be comfortable with the quality before it goes too far, and we would communicate clearly with the clinics so they know what is changing and why. Once everyone is happy we would finish the rollout and move on to the next thing on the roadmap, making sure we learn from it for next time.',
    ].join('\n'),
  },
  // pricing-page-healthy: British understatement and hedging
  {
    id: 'az012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I rather suspect this one is fairly harmless. It's a table on a pricing page, after all, and nothing behind it changes.",
      '',
      "Still, one wouldn't want to be careless with Friday's campaign pointing at it. I'd probably put it out to a few people first, have a look at how things seem, and if nothing looks terribly amiss, let it out to everyone a bit later. Should something look off, I imagine we'd have a quiet word with engineering and think again.",
      '',
      "It's not really the sort of change that warrants a great deal of ceremony, I shouldn't think.",
    ].join('\n'),
  },
  // search-tail-latency: shares written as fractions and odds, as salad
  {
    id: 'az013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary, one in a hundred, institutional licences, p99, sign-off. One in twenty, rollback, free tier, randomised, tail. Hold, gate, one in four, on-call, 200 ms, baseline. Cheaper index, thresholds, one in two, PM, A/B, staff. Rare queries, routing, engineering, five minutes, beta, safety. Filters, improvement, control, twenty-four hours, one in two hundred, all. Nine in ten, median, cohort, ownership, config flag, any hour.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a slide of jumbled fragments
  {
    id: 'az014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Slide 3: warmer prompt, canary',
      '',
      'Ownership · tokens · Sie · 0.5 % · randomised',
      'Hold · German · p95 · sign-off · 25',
      'Rollback · beta · eval harness · 300 ms · A/B',
      'Staff · thumbs-down · 1 % · gate · engineering',
      'Hallucination · du · on-call · 48 h · safety',
      'Cost per reply · PM · 5 · formal address · control',
      'Tone eval · 15 % · improvement · config switch · 100',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a grocery-delivery company
  {
    id: 'az015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "We've pushed plenty of recommendation models to our home screen, and honestly I wouldn't make a ceremony of this one.",
      '',
      "I wouldn't carve out a PM role separate from engineering's. The recommendations team decides everything about the rollout, and I don't think product needs to own the order or the limits. We wouldn't start with staff or beta customers either; our pickers and office people don't shop like real households, so I see no point in ordering segments at all, and I wouldn't hold back the big subscription baskets.",
      '',
      "We won't pre-commit thresholds. I've never found a fixed error or latency number that meant anything for recommendations, so we won't write any down. There won't be ramp stages with holds, and we wouldn't sit at 5 % waiting for the Singapore lunch peak. Nobody signs off each step, because nobody should have to put their name on a percentage.",
      '',
      "I wouldn't hand the on-call engineer authority to roll back on their own, and I'm not planning a quick flag flip back to the old model. I wouldn't track offline evals, p95 or compute cost per request for a recommender. And I wouldn't describe the canary as a safety check rather than a test of improvement, nor follow it with a randomised A/B test.",
    ].join('\n'),
  },
  // booking-purchases-lag: a voice memo transcribed, with false starts and self-corrections
  {
    id: 'az016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Okay, um, the date picker. So, honestly, I don't think this needs a canary plan in the usual sense. Nothing in the service changes.",
      '',
      "I wouldn't, er, I wouldn't split it into PM decisions and engineering decisions, that's overkill for a form. No staff first, no beta group, we're not going to sort guests into segments. Thresholds, no, we won't fix thresholds ahead of time; bookings come in hours later anyway. And we wouldn't hold at five per cent or twenty-five per cent. The team wants it at a hundred this afternoon and I'm not going to argue with, I'm not going to put gates in front of them.",
      '',
      "Sign-off, no. Nobody signs each step, there aren't steps. Rollback, um, I wouldn't set up any special rollback authority either, no on-call flag flip, no five-minute thing. And I'm not going to frame it as safety versus improvement, or bring in an A/B test after.",
      '',
      "Right. That's, yeah.",
    ].join('\n'),
  },
  // support-model-upgrade: a confident consultant's pitch
  {
    id: 'az017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R'),
    text: [
      'Let me be direct about where the risk is, because a lot of teams overthink model swaps.',
      '',
      'Ownership is clear. As PM I own the exposure decisions: who gets the new model, in what order, the limits that send us back, and how long each stage holds. The ML platform team owns the routing and the deployment.',
      '',
      "Here's the key insight: a model is just another service. If it returns answers without errors and it's fast, it's working. The offline evals already told us the quality is there, three points up, so the canary only needs to watch two things, error rate and latency. Hallucination sampling, thumbs-down rates, cost per conversation: that's noise at canary scale, and finance can get its answer from the monthly invoice.",
      '',
      'So, the plan. Internal HR and payroll staff first, because they know the questions and will complain loudly. Then opted-in beta customers. Enterprise payroll customers last, because a bad answer there reaches thousands of employees.',
      '',
      'Limits, agreed before any traffic moves: we roll back if the error rate rises more than 0.5 % over the old model, or if median response time rises by more than 400 ms.',
      '',
      'Stages at 1 %, 5 %, 25 %, 50 % and 100 %, with a 24-hour hold at each and a go/no-go gate on those two numbers. The engineering lead and I sign off each gate.',
      '',
      'The on-call engineer can flip back to the old model at any hour, without waiting on anyone, through a config flag that takes under five minutes.',
      '',
      "Errors and latency. That's the whole dashboard.",
    ].join('\n'),
  },
  // after-the-sale-healthy: short imperative sentences
  {
    id: 'az018',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H S R'),
    text: [
      'I own the calls: exposure, limits, pace. Engineering owns the deploy and the flag.',
      '',
      "Treat this canary as our A/B test. That's the point of it. Reviews above the fold should lift purchases, and the canary will prove it.",
      '',
      "Take a random 5 % of shoppers first. Random keeps the comparison fair. No staff, no beta group; they'd bias the lift.",
      '',
      'Fix the limits before launch. Roll back if page errors rise 0.5 % over control. Roll back if p99 load time rises more than 200 ms.',
      '',
      'Hold at 5 % for two days. Then 25 %, two days. Then 50 %, two days. Then everyone. Gate each step on the limits.',
      '',
      'Sign each advance myself, with the front-end lead.',
      '',
      'Let the on-call engineer roll back alone, any hour. Flag off, under five minutes. No approval.',
      '',
      'Read the uplift from the canary cohort against last week. If conversion beats last week, call the change proven. Tell leadership it sells.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a hiring manager's staffing plan
  {
    id: 'az019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Before we worry about this release, I'd fix the team. We're short a front-end engineer and a content designer, and the size guide won't maintain itself.",
      '',
      "For the front-end role I'd open the requisition this week, write the job description with the tech lead, and aim for a shortlist of six within three weeks. Two interviews: a paired exercise on an existing product page, and a conversation about accessibility. For the content designer, a portfolio review first, then a short writing task on a size guide for one brand.",
      '',
      "The budget comes from the headcount we didn't use in the autumn. I'd ask HR to check our salary bands against two competitors so the offer isn't embarrassing, and I'd want both people onboarded before the summer collection goes live, each with a buddy for the first month.",
      '',
      "In the meantime, I'd borrow a designer from the marketing team two days a week.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a marketing launch plan
  {
    id: 'az020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "The launch is the big moment for the summariser, so I'd build it around the regional veterinary congress in June.",
      '',
      'Three weeks out, we announce the faster summaries to our mailing list of clinic owners, with a short video of a vet finishing her notes before the next appointment. Two weeks out, a press kit goes to the trade magazines and we host a webinar with one of our partner practices. At the congress itself we take a stand near the coffee, run a live demo every hour, and offer a free month to any clinic that signs up on the day.',
      '',
      "After the congress, sales follow up every lead within 48 hours. Customer success runs a short onboarding session for new clinics, and we collect three testimonials for the website by the end of July. I'd judge the launch by demo requests, sign-ups, and the number of clinics still active after 60 days.",
    ].join('\n'),
  },
];
