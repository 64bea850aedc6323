import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-second fresh set, author a: middling (bf008–bf010), weak (bf011–bf012), salad (bf013–bf014),
 * negated (bf015–bf016), misconception-led (bf017–bf018) and off-topic (bf019–bf020) answers,
 * written blind and labelled by hand.
 */
export const FIFTY_SECOND_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: formal civil-service register
  {
    id: 'bf008',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'The following sets out the approach proposed for introducing the larger model into the support assistant.',
      '',
      "The department proposes that exposure should begin with the organisation's own payroll and human-resources staff, who are best placed to recognise an incorrect answer about a payslip, and should then extend to customers enrolled in the early-access programme. Large employers would be included only at the end, given the consequences of an incorrect answer on pay.",
      '',
      'The following limits are to be agreed before exposure commences: an error rate no more than 0.5 % above that of the current model, and a p95 response time no more than 700 ms above that of the current model.',
      '',
      'We shall monitor the quality of answers throughout by means of the hallucination rate reported by the evaluation harness and the proportion of answers that users rate unhelpful. Finance will receive the cost per conversation each week.',
      '',
      'Thereafter, the department will increase exposure gradually as confidence in the new model grows. Should any of the agreed limits be exceeded, the change will be withdrawn.',
    ].join('\n'),
  },
  // checkout-first-order: Mauritian English register, written
  {
    id: 'bf009',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'For this one, me, I would not put the one-page checkout for everybody the same day, even if Growth is pushing for the spring campaign.',
      '',
      'First it goes to our staff who shop on the site, then to the returning customers who accepted to try new features. The first-time buyers come last, because they are the ones the usability lab did not test, and in spring they make most of our first orders.',
      '',
      'We go by stages, 1 %, 10 %, 50 % and then everybody. At each stage we stay two full days and we look at the numbers before going to the next one. The head of e-commerce gives the go for each step, nobody else.',
      '',
      'If the conversion is going down too much, we will stop and go back to the old checkout. And engineering will prepare everything so that the switch is easy.',
    ].join('\n'),
  },
  // storage-migration-under-load: "because" in every paragraph
  {
    id: 'bf010',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "I'd split the work clearly, because a migration like this goes wrong when nobody knows who decides. Engineering owns the proxy, the managed cluster and the routing of reads; as PM I own the stop limits and the decision to widen or not.",
      '',
      "The limits go in writing before any workspace moves, because the load tests ran with warm caches and I don't trust them. Page-load p99 more than 200 ms above the old database, or task-read errors more than 0.5 % above it, and we go back.",
      '',
      "Going back has to be fast because every page load hits the database. The on-call engineer can flip reads back to the self-hosted database through the proxy at any hour without asking me, and it takes about a minute. That's also why the old cluster isn't decommissioned until the migration is finished, whatever the end-of-month plan says.",
      '',
      "We'd begin with a small share of workspaces and widen it over the following days as things look healthy, because there's no prize for rushing a database.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a short paragraph on what the candidate is unsure of
  {
    id: 'bf011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I'd roll the new prompt out gradually, to some users first, and see how people react to the warmer tone before everybody gets it. If it goes badly we can always switch back to the old prompt.",
      '',
      "I'd keep an eye on the usual metrics and talk to the team regularly about how it's going.",
      '',
      "What I'm unsure about is the German side. I don't speak German, so I'm not sure how we'd even know if the tone was wrong. I'd probably ask someone on the team who speaks it to look at some examples at some point.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: nervous, apologetic candidate; closing "In short"
  {
    id: 'bf012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Sorry, I haven't run a canary myself, so this may be a bit rough. I think I'd want to be careful with the new resizer, since images are on every listing page. I'd probably put it out to a small group first, maybe, and then to more people if it seems okay. Sorry, I'm not sure exactly how much.",
      '',
      "I'd ask engineering to keep an eye on performance, and I guess if the pages got slow we'd go back to the old one. The benchmark says it's faster, which is nice, but I'd still want to watch it for a while.",
      '',
      "In short, I'd go slowly, be careful, and trust the team to tell me if something's wrong.",
    ].join('\n'),
  },
  // pricing-page-healthy: numbers with their comparison point first (salad)
  {
    id: 'bf013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release, pricing page, comparison table. Against control, 0.5 %, 200 ms, 2 %, p99, error rate, conversion, baseline cohort. Against the Friday campaign, 1 %, 5 %, 25 %, 50 %, 100 %.',
      '',
      'Internal users, early access, beta, enterprise, high-value, first, last. Holds, gates, metric-based, time-based, sign-off, PM, engineering, SRE, on-call, rollback, feature flag, config, minutes, five.',
      '',
      'Canary safety, A/B test better, randomised, lift, significance. Against stakeholders, alignment, ownership, velocity. Against risk, low; against readiness, high.',
    ].join('\n'),
  },
  // quiet-feedback-trap: run-on keyword lists; closing "In short"
  {
    id: 'bf014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Cheaper, faster summariser for vet clinics, so the canary story is basically evals, hallucination rate, one in two hundred, thumbs-down, sparse feedback, p95, tokens, cost per summary, 5 %, 25 %, 100 %, all of it. Cohorts, internal clinics, beta clinics, big practices, holds and gates and sign-off, on-call and rollback and the flag, thresholds and baselines and control, PM and engineering and ownership. Canary versus A/B, safety versus better, randomised. Feedback loops, quality signals, model guard, volume, statistical power.',
      '',
      'In short, canary, evals, feedback, cost, rollback, A/B.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: three bets, each rejecting a practice
  {
    id: 'bf015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'd treat this as three bets, and I'd bet against most of the ceremony people attach to canaries.",
      '',
      "Bet one: the order of users doesn't matter for a recommendation model. I wouldn't start with staff or a beta group, and I wouldn't hold back any region or our best customers; that kind of sequencing is theatre.",
      '',
      "Bet two: numbers written down in advance are a waste of time. We wouldn't pre-commit thresholds, and I wouldn't bother with stages, holds or a sign-off for each step either. Nobody on the team needs formal approval to move a percentage.",
      '',
      "Bet three: the model-quality signals are noise. I wouldn't gate on the eval harness, on dismissals or on compute cost, and I wouldn't set up an on-call rollback rota for Singapore's lunch hour. I also don't see the point of separating a canary from an A/B test, so I wouldn't plan a separate experiment.",
      '',
      'So all three of my bets are against the usual plan.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a PM at a parking-payment app
  {
    id: 'bf016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "At the parking-payment app where I'm a PM, we ship a cosmetic change like this without most of the canary machinery, and I'd do the same here.",
      '',
      "We wouldn't pick an order of customers: no staff-first group, no early-access users, no holding back the big spenders. We wouldn't write rollback thresholds before the release, and we certainly wouldn't bother comparing against a control, not with the sale distorting last week. There'd be no ramp stages to hold at, and no one signing off each step, because there'd be no steps.",
      '',
      'Rollback wouldn\'t be anyone\'s particular job, and I wouldn\'t set up a way for on-call to pull the change back without asking. Nor would I try to separate "is it safe" from "is it better" with an A/B test; for reviews above the fold, that isn\'t worth the effort.',
      '',
      'Leadership wants it out this week, and at the parking app that approach has served us fine.',
    ].join('\n'),
  },
  // booking-purchases-lag: numbers with their comparison point first
  {
    id: 'bf017',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H S R'),
    text: [
      'Engineering owns the new date picker, the client-side store and the flag; I own the limits, the stages and when we move.',
      '',
      'Let me be clear about what this canary is for: it is our A/B test. A random 10 % of guests get the new booking page first, because a random slice is the fairest sample, and at the end the canary cohort tells us whether the new page books better. If it does, that is the proof we need, and we skip a separate experiment.',
      '',
      'The stop limits are fixed before the first guest sees the page. Against control, 0.5 % more errors on the booking page. Against control, 200 ms more p99 load time. Against control, 3 % fewer completed bookings, read with a 24-hour lag because guests often book after talking it over at home.',
      '',
      'We go 10 %, 25 %, 50 %, 100 %, holding each stage 24 hours so the late bookings catch up before we judge it. The web lead and I sign each advance.',
      '',
      'The on-call engineer turns the flag off without asking anyone, which takes a couple of minutes.',
      '',
      'By the end, against control, I expect a visible lift in bookings, and the canary will have shown it.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a short paragraph on what the candidate is unsure of
  {
    id: 'bf018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'My part is the decisions: who gets the warmer prompt first, what stops it, and how long each stage lasts. Engineering owns the prompt versioning and the flag.',
      '',
      "The first users are our own staff, English and German speakers both, then beta users who opted in, then the general base, with German business accounts last because they're the most sensitive to tone.",
      '',
      "For a prompt change, errors and latency tell you everything you need. If the assistant answers, and answers quickly, the prompt works; thumbs-down ratings and eval scores are opinions, and I wouldn't let them slow a release. So the limits, fixed before we start, are errors no more than 0.5 % above control and p95 latency no more than 200 ms above control, and nothing else.",
      '',
      "We ramp 1 %, 10 %, 50 %, 100 %, holding each stage for 24 hours and moving on only when both numbers are inside their limits. If either one is breached, the on-call engineer switches back to the old prompt version straight away, without waiting for me; it's a config change of under a minute.",
      '',
      "What I'm unsure of is the German side. I don't know whether German users will react to du versus Sie at all, but if they do, it will show up as errors or slower answers, and we'll catch it there.",
    ].join('\n'),
  },
  // staff-cohort-artifact: "because" in every paragraph (a hiring plan)
  {
    id: 'bf019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start by hiring a second front-end engineer for the product-page team, because the size guide and the photo work have shown we're one person short whenever anyone takes leave.",
      '',
      "The role would be posted internally for two weeks before it goes outside, because two people in customer service have already asked about moving into engineering and it's cheaper to grow them.",
      '',
      'Interviews would be a take-home exercise and a pairing session, because whiteboard puzzles tell us very little about how people actually work.',
      '',
      "I'd want the hire in place before the autumn collection, because that's when the stock pages change every day and the team is stretched thinnest.",
    ].join('\n'),
  },
  // quiet-feedback-trap: three bets (a congress launch plan)
  {
    id: 'bf020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd frame the launch of our summariser at the regional veterinary congress as three bets.",
      '',
      'Bet one: clinics decide at the booth, not on the website. So we take a stand near the coffee, run live demos on real, anonymised visit notes, and book follow-up calls on the spot.',
      '',
      'Bet two: price is the headline. The new tier is cheaper, so the banner, the flyers and the talk all lead with the monthly price for a two-vet practice.',
      '',
      'Bet three: word of mouth among small clinics beats advertising. Every clinic that signs up at the congress gets a free month for each clinic it refers.',
      '',
      'If two of the three bets pay off, the congress pays for itself by the end of the quarter.',
    ].join('\n'),
  },
];
