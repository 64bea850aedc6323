import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-fourth fresh set, author a: middling (bh008–bh010), weak (bh011–bh012), salad (bh013–bh014),
 * negated (bh015–bh016), misconception-led (bh017–bh018) and off-topic (bh019–bh020) answers,
 * written blind, labelled by hand.
 */
export const FIFTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: every threshold given with the reason for its size
  {
    id: 'bh008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'The one-page checkout is a conversion change, so my rollback limits are about conversion more than about errors, and each one is sized on purpose.',
      '',
      "First-order conversion down more than 3 % against the old checkout. Anything smaller and a week of first-time traffic at 5 % can't separate it from noise; anything bigger and we'd lose real money before the spring campaign.",
      '',
      "Checkout errors up more than 0.5 % over control. Today's rate is around 0.4 %, so this is roughly double it, clearly a regression and not a blip.",
      '',
      'p99 checkout page latency up more than 300 ms. One page loads more at once, so some rise is expected; 300 ms is where past tests saw abandonment start to climb.',
      '',
      'Autofill failures above 1 %, because a wrong saved card sends a returning customer away.',
      '',
      "All four are written down before the first customer sees the page. Employees see it first, then returning customers with saved details, since that's who the lab tested. First-time buyers come last, as they have no saved address and the most reason to give up.",
      '',
      'The ramp goes employees, 5 %, 25 %, 50 %, 100 %, holding three days at 25 % so first-order conversion has enough volume to read, and a day at each of the others.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: the careful, formal English of a German-speaking candidate
  {
    id: 'bh009',
    scenario: 'model',
    class: 'middling',
    points: points('C M A'),
    text: [
      'Allow me to begin with the German users, because here lies the actual risk of this change. A quarter of the users write in German, and in German a warm and casual tone can quickly become impolite, when the assistant uses "du" where a business email requires "Sie".',
      '',
      'Therefore the order of the groups is important to me. At first the German-speaking colleagues in our own company receive the new prompt, since they will recognise immediately an inappropriate form of address. After that, the English-speaking users in the beta programme, where the risk is the lowest. Only at the end come the German business customers, because for them a wrong form of address is embarrassing in front of their own clients.',
      '',
      'What I would observe: the thumbs-down rate per language, the share of German replies that the eval harness marks as the wrong register, and the number of tokens per reply, since a "warmer" prompt often produces longer texts and so a higher cost. Errors and latency alone would show nothing here; the prompt can fail completely without one single error.',
      '',
      'We would increase the share step by step and look at these numbers carefully. When they are worse, we stop.',
      '',
      'In the end the canary tells us only whether the new prompt is safe, not whether the users like it more; for this one needs a proper A/B test with random assignment.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: one paragraph that admits a trade-off the candidate dislikes
  {
    id: 'bh010',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      'The engineers own the new resizer, the deploy and the load-balancer weights. My job as PM is to decide how fast we go and when we pause, and I\'d take that seriously here, because "20 % faster" was measured on a fresh process and this service only restarts on deploys.',
      '',
      'The stages are 1 % of image traffic, then 10 %, then 50 %, then everyone. At each one we hold for at least a full day without a restart before moving on, so that anything that builds up over hours has the chance to show itself.',
      '',
      'If something looks wrong, whoever is on call can shift traffic back to the old resizer by setting its weight to zero on the load balancer. That takes a minute or two and nobody needs to ask me.',
      '',
      "I'm not happy about one part of this. Holding a day or more at each stage means we miss the Thursday date the team wants, and the new photo format reaches the sellers who asked for it later than promised. I don't love telling them that, but a service that slows down over a day looks perfect for its first few hours, and I'd rather be late than find out on a Friday night.",
    ].join('\n'),
  },
  // support-model-upgrade: a Kiribati English register, written
  {
    id: 'bh011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Mauri. For the bigger model I think we should be careful, because the payroll questions are very important for the people. We will give the new model to some users first, not everybody, and we watch how it is going. If the answers are good and nobody is complaining, we give it to more people, slowly slowly. If there is a problem, we can go back to the old model. Also we should talk with Finance about the cost, because they are asking already. I trust the engineers for the technical side, they know it better than me. The most important thing is that the users are happy with the answers.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a breezy, over-confident generalist
  {
    id: 'bh012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly, this one's low risk: bigger photos and a size guide, what could go wrong. I'd push it to a small group first, keep an eye on the numbers for a bit, and if everything looks normal, open it up to everyone. Staff are on the site all day, so if something's visibly broken we'll hear about it fast. If sales look a bit off, we'd have a chat with the team and work out whether it's the change or just a slow week. Canary releases are mostly about not being reckless, and I'm not planning to be.",
    ].join('\n'),
  },
  // quiet-feedback-trap: slide fragments split by slashes
  {
    id: 'bh013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary / cheaper model / vet summaries.',
      'Partner clinics, early access, multi-vet practices.',
      'Thresholds 0.5 %, p95 1.5 s, thumbs-down 2 %, eval harness 1 in 200, 1 in 10.',
      'Ramp 5 % / 20 % / 50 % / 100 %.',
      'Hold, gate, 400 graded summaries, sign-off, PM, engineering lead.',
      'Rollback, on-call, config flag, under 5 minutes, any hour.',
      'Hallucination rate, cost per summary, user feedback, latency.',
      'Safety vs improvement, randomised A/B test, held-back control.',
      'Volume, sample size, baseline cohort.',
    ].join('\n'),
  },
  // search-tail-latency: a heap of noun phrases posing as sentences
  {
    id: 'bh014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'The new index layout, smaller and cheaper. The tail, p99 and p99.9, rare queries with many filters, 400 ms over control, errors 0.5 %. Staff, beta, free tier, institutional licences last. Stages 1, 5, 25, 50, 100. Holds and gates, 24 hours each, sign-off, product manager and search lead. On-call, rollback, routing flag, five minutes, any hour, no approval. Ownership, decisions versus routing. Safety, not improvement, a randomised A/B test afterwards. Thresholds pre-committed, baseline, noise.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a PM at a pet-insurance claims app
  {
    id: 'bh015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "At the pet-insurance claims app where I work we ship cosmetic changes like this all the time, and I've stopped dressing them up as canaries. Moving reviews above the fold isn't going to take the site down, so I wouldn't bother fixing rollback thresholds up front; numbers written before you've seen anything are just guesses. I wouldn't do the staff first, beta next, big customers last routine either, because nobody is fragile about where reviews sit on a page. I'd skip a staged ramp with holds at each step too: leadership wants it out this week, and sitting at 5 % for days buys nothing on a change this small. There's no need for anyone to sign off each step, and I wouldn't set up a special rollback path with named owners and timings. And I'm not going to pretend I need an A/B test to tell safe from better on a layout tweak. Ship it to everyone on Monday and move on.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: the answer as a short story told to a new hire
  {
    id: 'bh016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Let me tell you how releases go on the recommendations team, since you'll watch the new model go out this week.",
      '',
      "You might have read that you should line up cohorts, staff first and the riskiest region last. We don't do that. You'll hear people say rollback thresholds should be agreed before traffic moves; we don't write any down, because the feature stores and the lunch peaks behave differently every week and a fixed number only causes false alarms. There are no stages with holds and nobody signs off each step; the model either works or it doesn't, and we'll know in an afternoon. We don't keep a special rollback owner either, there's no rota for that. And nobody here bothers with extra model metrics like eval scores or cost per request, or with an A/B test afterwards.",
      '',
      "That's the whole story. Keep it simple and don't overthink it.",
    ].join('\n'),
  },
  // support-model-upgrade: stages named after the people in them
  {
    id: 'bh017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "The nice thing about a canary for this change is that it settles the argument Finance started. The bigger model costs more per conversation, the offline evals went up three points, and the canary cohort is where we prove the bigger model earns its money: if the canary users' resolution rate beats everyone else's, we have our answer and we roll it out.",
      '',
      'The stages are named after who is in them. The payroll-team stage: our own payroll specialists, who know at once when an answer about a payslip is wrong. The admin stage: customer HR admins in the early-access group, who ask harder questions than employees do. The employee stage: 10 % of ordinary employees. Then the everyone stage, with large employers last of all, since one wrong payslip answer there reaches thousands of people.',
      '',
      'The limits that send us back are set before the payroll-team stage begins: hallucination rate from the eval harness above 2 %, thumbs-down rate more than 1 point above the old model, p95 latency up more than a second, cost per conversation up more than 50 %. Each stage holds for three days and until the harness has graded 300 canary conversations before we move to the next.',
      '',
      'At the end of the employee stage I compare resolution and satisfaction in the canary against the rest, and that comparison is what I take to Finance as proof that the bigger model is better and worth the cost.',
    ].join('\n'),
  },
  // booking-purchases-lag: one paragraph that admits a trade-off the candidate dislikes
  {
    id: 'bh018',
    scenario: 'service',
    class: 'misconception',
    points: points('P S R'),
    text: [
      "I own the release decisions on this; engineering owns the deploy, the flag and the new client-side store. That split matters, because the team wants 100 % this afternoon and it's my call that we don't.",
      '',
      "For the first cohort I'd take a random 5 % of visitors. Random is the fairest cohort: nobody is favoured, no segment skews the numbers, and it looks like the whole user base in miniature.",
      '',
      "I won't set rollback numbers in advance. Bookings here show up hours later, after people talk it over at home, so any number I pick now is a guess. I'll watch the booking dashboard with the analyst as the day goes on and decide then what drop is too much, once we can see what normal looks like with the new date picker.",
      '',
      "Every step up needs my sign-off and the engineering lead's, both, in the release channel. The on-call engineer can turn the flag off at any time without asking anyone, and it takes effect within a couple of minutes for new sessions.",
      '',
      "The trade-off I don't like: waiting for late bookings means the team doesn't get its afternoon launch, and I'm the one telling them. I'd rather disappoint them than lose a weekend of bookings.",
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a pet-insurance claims app
  {
    id: 'bh019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "The launch I'm proudest of is the dental-cover add-on at the pet-insurance claims app where I work. Owners kept filing claims for tooth extractions their policy didn't cover, and the support queue was full of upset messages about it. I pulled together a small squad, a designer, two engineers and an actuary on loan, and we spent six weeks on pricing, wording and the sign-up flow.",
      '',
      "The hardest part was the copy. Insurance language scares people, so we rewrote the policy summary four times with real owners in the room until they could explain it back to us. We priced it as a flat monthly add-on rather than a percentage, because owners told us they wanted to know exactly what they'd pay.",
      '',
      'For the launch we sent an email to existing customers on a Tuesday morning, when open rates are best, ran a banner in the app for two weeks, and gave support a one-page script. Vets got a leaflet for their waiting rooms.',
      '',
      'Take-up beat our forecast by about a third in the first month, and complaints about dental claims dropped noticeably. The vets turned out to be our best salespeople.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: every threshold given with the reason for its size
  {
    id: 'bh020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "For the German side of the writing assistant, what I'd really do is hire, and every number in the plan has a reason.",
      '',
      "Two German-speaking content designers, not one, because a single reviewer becomes a bottleneck and has nobody to argue formality with. A six-month contract to start, since that's long enough to write a style guide and train the team, and short enough to stop if the German user base shrinks. About 70,000 euros a year each, which is the going rate in Berlin for someone with product-writing experience and fluent business German.",
      '',
      "Three interviews in the loop: a portfolio review, a live rewrite of five English emails into formal German, and a conversation with the English-speaking team, because they'll be working side by side. Offers out within five weeks; any longer and the good candidates take other jobs.",
      '',
      "Their first deliverable is a tone guide covering du and Sie, greetings and closings, with examples from real customer emails, read by three German-speaking customers before it's adopted.",
    ].join('\n'),
  },
];
