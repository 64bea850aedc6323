import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fiftieth fresh set, author a: middling (bd008–bd010), weak (bd011–bd012), salad (bd013–bd014),
 * negated (bd015–bd016), misconception-led (bd017–bd018) and off-topic (bd019–bd020) answers,
 * written blind and labelled by hand.
 */
export const FIFTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load: opening that restates the question; plain prose
  {
    id: 'bd008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "You're asking how I'd move task storage onto the managed cluster without finding out under real load that it can't cope. Here's roughly what I'd do.",
      '',
      "I'd put the new proxy in front of a small share of reads and writes and grow it in steps: 1 %, 5 %, 20 %, 50 %, 100 %. At each step we'd wait at least a full working day, including the morning peak when every team opens its board, and go up only if the numbers are within the limits.",
      '',
      "The limits, agreed before we start: database error rate no more than 0.2 % above the old cluster, p99 task-load time no more than 150 ms worse, and proxy connection-pool use under 80 %. Cold caches are the thing the load test missed, so at the 20 % step we'd also empty the cache once on purpose and check the same limits.",
      '',
      "If any of them is crossed, the on-call engineer switches the proxy back to the old database straight away, day or night, without waiting for anyone's approval. That switch takes about two minutes because the old cluster stays up and in sync the whole time; nobody decommissions it at the end of the month until we've been at 100 % for a week.",
      '',
      "The end-of-month date is the pressure here, and I'd rather slip the decommissioning than the holds.",
    ].join('\n'),
  },
  // support-model-upgrade: Zimbabwean English register, written; no stages, no sign-off, no rollback owner
  {
    id: 'bd009',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'For this bigger model, my plan would be to start with our own people. The payroll support staff will be using the new assistant first, because they are the ones who know the correct answers about payslips and leave, and they will pick up a wrong answer quickly. After them, the customers who signed up for early access. The large employers with many staff we are going to keep for last, since a bad answer there will be multiplied many times over.',
      '',
      'The limits we will agree before we start, so that there is no argument afterwards. Errors must not go up by more than 0.5 %. p95 latency must not go up by more than one second, since the longer context is obviously going to be slower. The hallucination rate on our eval set of payroll questions must not rise by more than 1 point. On the issue of cost, Finance has raised it, so cost per conversation must not exceed the old one by more than 40 %, which is the figure they can live with. If the thumbs-down rate from users climbs by more than 2 points, that one also counts.',
      '',
      'If any of those is breached, we go back to the old model and look at what happened.',
      '',
      'Then as the numbers come good we will be increasing the traffic until everybody is on the new model.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: times given as parts of the day; no numeric limits, no rollback owner
  {
    id: 'bd010',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      "Engineering owns getting the new resizer deployed and routing traffic to it; what I own is when we move, how far, and when we stop and wait. That split matters here, because the team wants it everywhere by Thursday and I'm the one who has to say not yet.",
      '',
      'What nobody has tested is how it behaves after a full day without a restart. So every stage is built around a full day of running.',
      '',
      'It starts one morning on 5 % of image requests. It stays there through the evening and overnight with no deploy, so by the next morning it has been up for about a day. Only then do we look and decide. If it has held up, it goes to 25 % that morning and again runs through to the following morning. Then 50 % for another day and night, and 100 % after that.',
      '',
      "Each morning the engineering lead and I sit down together with the memory and latency graphs, and we both have to agree before it goes up a step. If either of us isn't comfortable, it stays where it is for another day.",
      '',
      'The faster benchmark is nice, but it tells us nothing about hour twenty of a service that only restarts on deploys.',
    ].join('\n'),
  },
  // quiet-feedback-trap: short questions the candidate asks and answers at once; vague
  {
    id: 'bd011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'What would I do? Roll it out carefully.',
      '',
      'Who gets it? Some of the clinics, to start with.',
      '',
      "How do we know it's working? We keep an eye on how it's going.",
      '',
      "What if something goes wrong? We'd fix it, or go back.",
      '',
      'When is it done? When everyone has it and nobody is complaining.',
      '',
      "The cheaper model is a good change, so I wouldn't overthink it.",
    ].join('\n'),
  },
  // pricing-page-healthy: casual short prose ending with a P.S.
  {
    id: 'bd012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's only the pricing page and the checkout behind it doesn't change, so I'd keep this simple. Put it out to some visitors, see how it goes for a bit, then open it up to everybody before Friday's campaign. If anything looks strange we'd pull it. Marketing should be kept in the loop so they know the page is coming.",
      '',
      "P.S. Pricing pages are low risk, so I wouldn't spend too long on this one.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts: invented: heaps of terms and numbers separated by slashes, no sentence
  {
    id: 'bd013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary / SDK / Android / wallet / bursts / provider certification / 1 % / 5 % / 25 % / 100 % / cohorts / staff / beta / high-value / Friday dinner / thresholds / 0.5 % / p99 / 200 ms / conversion −2 % / baseline.',
      '',
      'Holds / gates / sign-off / PM / engineering / ownership / on-call / rollback / five minutes / config flag / A/B / randomised / safe-not-better / payment success rate / retries / dashboards / alignment / stakeholders / canary.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a "first / then / finally" frame filled with verbless term lists
  {
    id: 'bd014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'First, canary. Canary recommendations, canary feature stores, Berlin, Singapore, lunch, peak, regional, staff-beta-everyone, p95, p99, 250 ms, 0.5 %, 2 %.',
      '',
      'Then thresholds, holds, gates, sign-offs, ramps, 1 5 20 50 100, eval harness, hallucination, thumbs-down, token cost, compute cost, dismiss rate, baseline cohort, control.',
      '',
      'Finally, rollback, on-call, flag, five minutes, A/B, randomised, safe, better, PM, ML platform, ownership, canary.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at a hotel-booking platform; every practice named only to be rejected
  {
    id: 'bd015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'm a PM at a hotel-booking platform, and we change our guest-messaging prompts all the time, so I'll answer the way we'd actually do it there.",
      '',
      "We wouldn't bother splitting users into cohorts or deciding who goes first; German or English, a prompt is a prompt. I wouldn't set rollback thresholds up front either, because numbers like that always feel arbitrary. We don't do staged ramps with a hold at each step, and I've never seen the point of having someone sign off each stage; it only slows the team down. Nobody in particular would be named to roll it back. I wouldn't watch separate quality signals like thumbs-down, eval scores or token cost for a change of tone, and I don't think the PM needs to own any of it separately from engineering. And no, I wouldn't follow it with an A/B test.",
      '',
      "The prompt was reviewed, so we'd ship it.",
    ].join('\n'),
  },
  // search-tail-latency: opening that restates the question; a list of refusals
  {
    id: 'bd016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "If I've got the question right, you want to know how I'd run a canary for the cheaper index layout, given that the slow queries are the rare ones with lots of filters.",
      '',
      "Honestly, I wouldn't turn it into a ceremony. I wouldn't fix any latency limit in advance; I don't believe in p99 targets set before you've seen the traffic. I wouldn't start with our own staff or the free tier and leave the institutional licences for later. I wouldn't stage it at 1 %, 5 % and 25 % with waits in between, and I wouldn't ask anyone to sign off a step. I don't see why I, as PM, should own decisions that engineering can make, and I wouldn't give on-call a rollback switch they can use without asking. I also wouldn't draw a line between showing it's safe and showing it's better; it's just a release.",
      '',
      "The median got faster, and that's what most users will feel.",
    ].join('\n'),
  },
  // support-model-upgrade: invented: brisk, self-assured prose; ends with a P.S.; misconception: errors and latency are enough for a model
  {
    id: 'bd017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      "As PM I'd own the rollout decisions, meaning the order, the limits and how long we hold, and the platform team owns the routing and the model deployment.",
      '',
      "What we watch is simple. The new model scored three points higher in offline evals, so quality is settled, and the canary only has to check that it runs. For a model swap, errors and latency tell you everything you need to know in production; if it answers without errors and fast enough, it's working.",
      '',
      'Our internal HR team gets it first, because they use the assistant daily and will report anything odd. Early-access customers come next, and our largest payroll customers last, since their employees would feel an outage the most.',
      '',
      'Before we start we agree two limits: error rate no more than 0.5 % above the old model, and p99 latency no more than 1,500 ms above it. Nothing else needs a gate; eval scores and user ratings are noise once the offline evals are in.',
      '',
      'We go 5 %, 25 %, 50 %, 100 %, with a 24-hour hold at each stage, advancing only when both limits are green.',
      '',
      'The on-call engineer can switch the model flag back at any hour without asking me, and it takes under five minutes.',
      '',
      "P.S. On Finance's question about cost per conversation, we'll work that out from the invoice at the end of the month.",
    ].join('\n'),
  },
  // staff-cohort-artifact: invented: hedging voice with "I think" throughout; misconception: the canary is the A/B test that proves the change better
  {
    id: 'bd018',
    scenario: 'service',
    class: 'misconception',
    points: points('T H S R'),
    text: [
      "I think the way I'd frame this is that the canary is our experiment. The bigger photos and the size guide are meant to sell more, so I'd compare conversion in the canary group against the rest of the site, and once the canary group converts better with some confidence, I think that's our proof and we don't need a separate A/B test afterwards.",
      '',
      "I think staff browsing is a problem for that, since they hardly ever buy, so I'd probably leave them out of the numbers and take a slice of ordinary visitors instead.",
      '',
      "For safety, I'd still write the rollback limits down before the first visitor sees the new pages: product-page errors up more than 0.5 % over control, p99 page load up more than 300 ms because the photos are bigger, and add-to-basket down more than 3 %. I think those are about right.",
      '',
      'Stages would be 5 %, 20 %, 50 % and 100 %, and I think each should hold for at least two days so we get enough purchases to read, moving up only when all three limits are clean. The web lead and I would both sign off each step.',
      '',
      "If a limit breaks, I think the on-call developer should just turn the flag off, at any hour, with no need to check with me. It's a flag, so a minute or two.",
      '',
      "And at the end, I think we'd have both the rollout and the result: whatever conversion lift the canary group shows, that's the number I'd report to the business.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a "first / then / finally" structure; answers with a hiring plan
  {
    id: 'bd019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "First, I'd want to know who is on the team, because a release is only as good as the people behind it. We're short of a front-end engineer and a QA analyst, so I'd open both roles straight away, with a clear job description and a salary band agreed with HR.",
      '',
      "Then I'd line up the interviews: a screening call with the recruiter, a take-home task of no more than three hours, and a final panel with me, the engineering manager and a designer. I'd ask every panel member to write their feedback before the debrief, so nobody anchors on the loudest voice.",
      '',
      'Finally, onboarding. Each new hire gets a buddy, a thirty-day plan and a small first ticket they can ship early on. By the end of the quarter the team is at full strength, and small product-page changes like this one stop piling up.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a hotel-booking platform; answers with a go-to-market launch plan
  {
    id: 'bd020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd treat this the way I'd launch anything at the hotel-booking platform where I work, say a new loyalty programme: it's a go-to-market question first.",
      '',
      "I'd start with positioning. For the clinics that means one clear message: summaries that are quicker and cheaper, with the same clinical tone. Marketing would build a landing page and a short email sequence, and customer success would brief the larger clinics a few weeks ahead, so their front desks and vets know what is coming and what to say to pet owners.",
      '',
      "Then I'd pick a launch date clear of the busy season, line up a case study with a friendly clinic, and run a small paid campaign in the veterinary trade press around the date.",
      '',
      'The success metric would be new clinic sign-ups in the first month, with a target agreed with sales beforehand, and a review meeting four weeks after launch to decide what to change in the messaging.',
    ].join('\n'),
  },
];
