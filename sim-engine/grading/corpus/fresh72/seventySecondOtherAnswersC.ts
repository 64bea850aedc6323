import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-second fresh held-out set, author c: middling (bz048–bz050), weak (bz051–bz052),
 * salad (bz053–bz054), negated (bz055–bz056), misconception-led (bz057–bz058) and off-topic
 * (bz059–bz060) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SEVENTY_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · voice: Suffolk English register in speech; bells; harvest-supper week; "anything more than N off what we've got"
  {
    id: 'bz048',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Well, the bigger model cost more, so I'd want that known straight off. Afore we start I'd write the lines down and get them agreed: errors anything more than 0.5 % off what we've got, p95 latency anything more than 300 ms off, questions resolved without a ticket anything more than 2 % off the baseline, and cost per conversation no more than 25 % up.",
      "Alongside that we'd watch the eval harness's hallucination score on a sample of real payslip questions every day, and the thumbs-down rate, and the tokens.",
      "Then I'd go up in three goes: the treble at 5 %, the middle bells at 25 %, the tenor at everybody, and sit at each for a full harvest-supper week before moving, so a payday lands inside every stage.",
      "Who goes in first I'd leave to the team, really; I'd not fuss about that. And if that go wrong, we'd go back to the old one, somehow.",
    ].join('\n'),
  },
  // checkout-first-order (service) · voice: Village-hall hire booking chatbot PM; numbered list of decisions
  {
    id: 'bz049',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text: [
      "Running the booking chatbot for our village halls taught me that the PM's job in a rollout isn't the flags. Engineering owns the flags, the deploy and the routing; I own who gets it when, and who may pull it. So for the one-page checkout:",
      '1. Staff go first, shopping with their own cards.',
      '2. Then customers on the opted-in early-access list.',
      "3. Then returning customers generally, since they're the ones who loved it in the lab.",
      '4. First-time buyers last of all. Autofilled addresses do nothing for them, and a confusing first checkout is a lost customer, right before the spring campaign when first orders peak.',
      '5. The on-call engineer can flip the checkout flag back to the three-step checkout at any hour, in a couple of minutes, without asking me.',
      "The rest — what we measure and how fast we widen — I'd work out with engineering.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: Village-hall hire booking chatbot PM; story about a power cut; swapping the old model back in by whoever holds the phone
  {
    id: 'bz050',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text: [
      "When the power went off at one of our village halls in February, the booking chatbot kept taking bookings for a hall with no heating, and the only person who could switch it off was me, on a train. So the first thing I'd settle for the vet summariser is rollback: whoever holds the on-call phone swaps the old model back in, at any hour, with a config switch that takes a couple of minutes, and they don't wait for me or anyone to say yes.",
      "Second, what we watch on the model itself, because vets barely rate anything. I'd have the eval harness grade far more than one summary in two hundred for the new model's traffic — one in ten — and we'd track how often vets edit or delete a summary, plus the cost per summary, since that's why we're switching.",
      "Third, I'd be careful what we claim. The canary can tell us the cheaper model isn't hurting anyone. It can't tell us it's as good as the old one; that's a randomised A/B test once it's out.",
      "How fast we go up, and to whom, I'd work out with the clinic-success team.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · voice: Suffolk English register in speech
  {
    id: 'bz051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Well, I reckon you'd want to go careful with that, bor. Faster is all well and good but new code is new code.",
      "I'd put it out to some of the sellers first and keep an eye on how it go, have a word with the engineers every day or so, and if anything look a bit on the huh we'd slow down and have a think.",
      "Thursday's a bit tight to my mind, so I'd be honest with the team about that. Mostly it's about being sensible and not rushing.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice: Village-hall hire booking chatbot PM
  {
    id: 'bz052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "We changed the tone of our village-hall booking chatbot once, made it chattier, and some of the older parish clerks didn't care for it. So I know tone matters.",
      "For the email assistant I'd want to try the new prompt with a few people, see what they make of it, and listen to the feedback, especially from the German side.",
      "If people don't like it we can always change it back or tweak the wording. Prompts are never really finished, are they? You keep adjusting.",
    ].join('\n'),
  },
  // search-tail-latency (service) · voice: Numbered list of fragments; bells; voice keywords
  {
    id: 'bz053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '1. Treble. Middle bells. Tenor.',
      '2. p99, p99.9, 200 ms, 0.5 %, errors, baseline, institutional licences last, free tier, staff.',
      '3. Go you on, go you on, sign-off, PM owns, engineering owns routing.',
      '4. Full harvest-supper week, three jumble sales, hold, gate, gate, hold.',
      '5. Rollback, phone, config switch, five minutes, any hour, swapping back.',
      '6. Canary safe, A/B better, randomised, afterwards.',
      "7. Anything more than 0.5 off what we've got. Filters, rare queries, tail, index layout, cheaper.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: Run-on keyword string; bells; voice keywords
  {
    id: 'bz054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Treble tenor middle bells, recommendation model, feature store, Singapore lunch, Berlin breakfast, p95 latency 150 ms, hallucination, eval harness, thumbs, tokens, compute cost, cohorts staff beta opted-in new customers last, thresholds 0.3 % 2 % baseline, harvest-supper week, jumble sales four, go you on go you on, phone holder, old model swapped back in, two minutes, no approval, canary not A/B, A/B randomised, PM owns, engineering routing, deploy, flags, treble again, tenor.',
    ].join('\n'),
  },
  // booking-purchases-lag (service) · voice: Suffolk English register in speech
  {
    id: 'bz055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'll be honest, I wouldn't do the usual canary drill on this one, and here's what I'd leave out.",
      "I wouldn't make it my call who gets it first and who doesn't; that's not for the PM. I'd not put staff or an opted-in group in first either; I don't see the point of an order for a date picker.",
      "I wouldn't write rollback numbers down beforehand — no error limit, no latency limit, no bookings line against a baseline.",
      "No stages with holds in between, no going at 5 % then 25 %: the team want 100 % this afternoon and I'd not stand in their way. I'd not have anyone sign off each step, because there'd be no steps.",
      "I wouldn't give whoever holds the on-call phone the right to roll back on their own at night, and I'd not bother setting up a config switch for it.",
      "And I wouldn't run an A/B test after, neither. That's the lot.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice: Numbered list of decisions, each a refusal; bells; harvest-supper week and jumble sales; "go you on"
  {
    id: 'bz056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Decisions, such as they are:',
      "1. No split of ownership. I won't carve out what's mine and what's engineering's.",
      "2. No cohort order. I won't put staff first and I won't save German users for last.",
      '3. No limits fixed in advance, not on thumbs-down, not on errors, not on latency.',
      '4. No treble, middle bells or tenor; no holds, not a full harvest-supper week nor a single jumble sale of waiting.',
      '5. Nobody signs off each step. Nobody says "go you on".',
      "6. No swapping the old prompt back in by whoever holds the phone; I won't set that up.",
      '7. No eval harness on German samples, no tracking of tokens per reply.',
      '8. No A/B test afterwards.',
      "That's my plan: none of it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: Suffolk English register in speech; bells; swapping the old model back in by whoever holds the phone
  {
    id: 'bz057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      "Now I'll say something you might not like: I don't hold with writing rollback numbers down before we start. You can't know what normal look like for a new model till you've seen it running, so we watch the treble, look at the graphs, and decide where the line is then. Numbers picked in a meeting room are just guesses.",
      "The rest I'm firm on. Berlin and Singapore staff get the new model first, on their own shopping, then customers in the opted-in tester group, then ordinary European customers, and the Asian markets last because their feature stores were sized for the old model and their lunch peak is the risk. New customers after that, since a daft home screen on day one loses them.",
      "The stages are the treble at 2 %, the middle bells at 20 %, the tenor at everyone, and each bell holds for at least three days so we've seen three Singapore lunch peaks before stepping on.",
      "On the model itself I'd watch feature-store read time at p95, how often it falls back to the default basket, and the compute cost per request.",
      'And whoever holds the phone, at 5 a.m. if need be, swaps the old model back in with the config switch — two minutes, no permission needed.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · voice: Village-hall hire booking chatbot PM register; numbered list of decisions; "anything more than N off what we've got"
  {
    id: 'bz058',
    scenario: 'service',
    class: 'misconception',
    points: points('P T R'),
    text: [
      "1. The canary is our A/B test. Staff get the bigger photos and the size guide first, everyone else stays on the old pages, and comparing the two tells us whether the new pages sell better. If the staff group's conversion goes up, that's the proof, and we don't need a separate test.",
      '2. I own where the lines are and when we widen; engineering owns the flag and the routing.',
      "3. Lines fixed before the flag flips: page errors anything more than 0.5 % off what we've got, p99 page load anything more than 400 ms off, and add-to-bag down more than 3 % on the baseline.",
      "4. The on-call engineer can turn the flag off at any hour without asking me; it's a config flip that takes a couple of minutes.",
      '5. Then it goes to everyone.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · voice: Suffolk English register in speech; story about a power cut
  {
    id: 'bz059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "The thing I'd get sorted first is the help centre, because half of what the assistant says about payslips comes straight out of those articles, and a good few on them are out of date.",
      "So I'd audit every article on payslips, leave and settings, mark the stale ones, and get the payroll specialists to rewrite them over a fortnight. Then I'd run a lunchtime session for the human support agents so they know how to pick up a conversation the assistant hands over. I'd set up a shared inbox for customers who want a person, and a weekly report to Finance on support headcount.",
      'When our village hall had its power cut, what saved the evening was that the notice board was up to date. Same idea here: get the content right.',
    ].join('\n'),
  },
  // pricing-page-healthy (service) · voice: Numbered list of decisions (marketing plan)
  {
    id: 'bz060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "1. Friday's campaign: three emails — a Tuesday teaser, the Friday launch, a Monday reminder.",
      '2. Social posts scheduled for 8 a.m. and 6 p.m.; the video team cuts a 30-second demo of the editor.',
      '3. Landing-page copy: one headline, one comparison, one button; legal checks the small print on annual plans.',
      '4. Paid search budget split 60/40 between brand and competitor terms.',
      '5. A referral offer: a month free for each friend who subscribes.',
      '6. Support gets an FAQ on plan differences by Thursday noon.',
      '7. We review sign-ups from the campaign on the Monday after.',
    ].join('\n'),
  },
];
