import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-sixth fresh set, author b: middling (az028–az030), weak (az031–az032), salad (az033–az034),
 * negated (az035–az036), misconception-led (az037–az038) and off-topic (az039–az040) answers,
 * written blind and labelled by hand.
 */
export const FORTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: each decision as "because ..., so ..."
  {
    id: 'az028',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Because finance has asked what this costs per conversation, cost per conversation is one of our gates, so we know whether the bigger model is affordable before it is everywhere.',
      'Because the offline evals only covered short questions, we run the eval harness on a sample of long payslip and leave questions from production, so hallucinations on the long context show up early.',
      'Because limits made up halfway through are just opinions, we fix them now: hallucination rate above 2 % on the sampled harness, cost per conversation more than 25 % above today, p95 latency more than 500 ms worse, or errors more than 0.5 % above the old model, and any one of them stops the rollout.',
      'Because a payroll month has its own peaks, we go 5 %, 25 %, 50 %, 100 % and hold two days at each stage, so every stage sees at least one busy morning, and we only move when all four numbers are green.',
      'The rest I would leave to the team to work out as we go.',
    ].join('\n'),
  },
  // staff-cohort-artifact: told in the past tense, as a release that already happened
  {
    id: 'az029',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'We shipped the bigger product photos and the size guide last autumn, and this is roughly how it went.',
      "Staff got it first, since they are on the site all day and spotted a broken size chart within hours. Then customers in our early-access club, then everyone, with loyalty-card holders last, because they buy the most and we didn't want them tripping over a broken page.",
      "We went 2 %, 10 %, 30 %, 100 %, holding each step for two days, and we didn't move up until the head of e-commerce had signed off that step in the release channel.",
      'The staff stage looked awful on conversion, because staff browse all day and hardly ever buy, and we spent a long afternoon arguing about whether something was broken. In the end nothing was, and we carried on. We kept an eye on the usual dashboards the whole way through.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a Pakistani English register, spoken
  {
    id: 'az030',
    scenario: 'model',
    class: 'middling',
    points: points('P T R M'),
    text: [
      'See, my job as PM here is the decisions, not the plumbing. The ML infra people will do the deploy and the regional routing; I will decide the limits and when we stop.',
      'So first thing, before we switch on anything, I will sit with them and we will write the numbers down: recommendation errors more than 0.5 % over the old model, p95 home-screen latency more than 200 milliseconds worse, feature-store CPU above 70 % in either region, add-to-basket rate down more than 3 %, and compute cost per request more than 15 % higher. These we agree before, not after looking at graphs.',
      'Rollback also I will settle in advance itself. Whoever is on call from the ML team, Berlin side or Singapore side, can switch the traffic back to the old model at any hour without taking my permission. It is one config change, two minutes only. They just inform me in the morning.',
      'How exactly we ramp, that the team will decide with me as we go along, depending on how things are looking. And we will tell the regional managers before we start.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a terse answer written on a phone
  {
    id: 'az031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Quick one from my phone. We'd roll the new resizer out gradually, keep an eye on the dashboards, and if anything looks off we pull back. Eng knows the service better than me so I'd lean on them for the details. Prob fine to hit Thurs if nothing weird shows up. Will share a proper plan l8r.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a whiteboard walk-through
  {
    id: 'az032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I've drawn a big circle on the board for all our users and a small circle inside it for the people who get the new prompt first. The idea is that the small circle grows as we get more comfortable.",
      "Around the circles I've written the things we'd look at: how people react, whether anything breaks, how it feels in German.",
      "If the picture looks good, the circle gets bigger; if it doesn't, we shrink it back and have a think. I'd keep the team in the loop throughout and adjust as we learn.",
    ].join('\n'),
  },
  // quiet-feedback-trap: verbless fragments, one cluster of terms per line
  {
    id: 'az033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary. Cheaper model, faster model. Vets, clinics, summaries.',
      '1 %, 5 %, 25 %, 50 %, 100 %.',
      'Hallucination, eval harness, one in two hundred, thumbs, p95, tokens, cost per summary.',
      'Internal clinics, beta, multi-vet practices.',
      'PM, engineering, ownership.',
      '0.5 %, 300 ms, 2 points, 400 graded.',
      'Holds, gates, sign-off, ML lead.',
      'On-call, rollback, routing switch, two minutes.',
      'Safety, improvement, randomised A/B.',
    ].join('\n'),
  },
  // search-tail-latency: comma-separated term lines, no clauses
  {
    id: 'az034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'New index layout, tail latency, p99 versus p50, rare queries with many filters.',
      'Free tier, institutional licences, internal users, beta, cohort, segment.',
      '0.5 %, 200 ms, 2 %, 1 %, 5 %, 25 %, 50 %, 100 %.',
      'Ramp, holds, gates, sign-off, on-call, rollback, routing flag, five minutes.',
      'PM, engineering, ownership, safety, randomised A/B, improvement, baseline, control, hosting cost.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a PM at a ride-hailing company
  {
    id: 'az035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'm a PM at a ride-hailing company, and one thing you learn fast is that process slows you down, so I'd keep this light.",
      "I wouldn't split what the PM decides from what engineering decides; we're one team and whoever is closest to the problem calls it. I wouldn't hand-pick which riders or cities go first either, because I don't see the point of ordering segments. We wouldn't write rollback thresholds down in advance, and we certainly wouldn't put numbers on them, since every night on our platform looks different.",
      "I'm not a fan of fixed ramp stages with a hold at each one, and I wouldn't ask anyone to sign off each step. I also wouldn't give the on-call engineer standing authority to roll back at 2 a.m. on their own. And I wouldn't bother with an A/B test afterwards to separate safe from better.",
      "We'd ship the new pricing service on Tuesday evening and deal with whatever comes up.",
    ].join('\n'),
  },
  // support-model-upgrade: rules of thumb stated first, then applied to this change
  {
    id: 'az036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "My rules of thumb for model rollouts are short. I don't pre-commit rollback numbers. I don't watch an eval harness, a hallucination rate, thumbs-down or token cost. I don't stage the ramp with holds, and I don't do sign-offs.",
      "Applied to the bigger support model: I wouldn't pick internal users or beta customers to go first, and I wouldn't hold the big payroll customers back until last. I wouldn't draw a line between what I own and what the ML team owns. I wouldn't set up an on-call rollback path, and I wouldn't follow the canary with a randomised A/B test.",
      "We'd switch the model over and see.",
    ].join('\n'),
  },
  // after-the-sale-healthy: a confident growth PM, spoken
  {
    id: 'az037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H'),
    text: [
      'The nice thing about this change is that the canary does two jobs at once.',
      "Engineering handles the deploy and the traffic split. I decide who sees it, what sends it back and when it moves up, and I'm deciding all of that with one question in mind: does moving reviews above the fold sell more gear?",
      "Staff go first, since they'll catch a broken gallery within the day, then our opted-in preview customers, then everyone, with the big-basket repeat customers last, because they're the ones we can't afford to annoy.",
      'The limits are written before we start: errors more than 0.5 % over control, or p99 page load more than 300 ms worse, and we go back.',
      "We ramp 5 %, 25 %, 50 %, 100 %, holding two days at each stage. At each stage the canary cohort is our A/B test: if the canary group converts better than everyone else, that's our proof the new page is better, and we push on to the next stage.",
      "Leadership wants it out this week, and this way we'll have the uplift number in hand when we present it, with no separate experiment needed.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a former SRE turned PM, dry and exact
  {
    id: 'az038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T R'),
    text: [
      "Coming from SRE, I keep model rollouts to the signals that actually page people. A prompt is just configuration and the model underneath is the same, so the only things that can really go wrong are errors and latency, and those are all I'd gate on. Thumbs-down, tone evals and token counts are noise for a prompt change; that isn't what a canary is for.",
      'Split of work: I own the order, the limits and the go or no-go; the assistant platform team owns the prompt deploy and the routing.',
      "Order: our own staff first, English and German speakers both, because they'll tell us directly when something reads wrong; then opted-in beta users; then everyone else.",
      'Limits, written before the first request moves: error rate more than 0.5 % above control, or p99 more than 250 ms worse. Either one breached means rollback.',
      'Rollback: the on-call engineer flips the prompt version back in the config service, any hour, with no approval needed. It takes about a minute.',
      'Then we take it to 100 % over the week.',
    ].join('\n'),
  },
  // booking-purchases-lag: a head of product talking through a hiring plan
  {
    id: 'az039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Honestly, the bigger question for me is the team behind the booking page. We've been two engineers short since the summer, so my plan starts there.",
      "I'd open one senior front-end role and one mid-level role, and write the job ads around the actual work, the date picker, the form and the client-side store, rather than a generic list of frameworks. Interviews would be a short take-home capped at three hours, then a pairing session with someone from the booking squad, then a conversation with design. I want a decision within ten working days of a candidate's first call, because good front-end people are gone in two weeks.",
      "New joiners get a buddy for their first month and a small, real ticket in their first days. I'd ask design to sit on the hiring panel, since they led the reviews of this page, and I'd budget for one contractor to cover the gap until the hires land.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a marketing launch brief in plain prose
  {
    id: 'az040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "The move to the new model is a good moment to relaunch the summariser to small clinics, and I'd build the launch around the story vets care about: less time on notes at the end of a long day.",
      "Pricing stays flat, and we say so clearly, since clinics are wary of software that creeps upward. We'd launch at the regional veterinary congress with a live demo on the stand, a one-page leaflet showing a visit note next to its summary, and a short video from a clinic owner who has used the tool for a year. Sales gets a two-page guide to the three objections they hear most, about accuracy, data privacy and price, with how to answer each.",
      "After the congress we'd run a webinar for practice managers and a referral offer: a free month for each clinic that brings in another. Success for the launch is new clinic sign-ups and demo requests over the next quarter.",
    ].join('\n'),
  },
];
