import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-eighth fresh set, author b: middling (bv028–bv030), weak (bv031–bv032), salad (bv033–bv034), negated (bv035–bv036), misconception-led (bv037–bv038) and off-topic (bv039–bv040) answers. Written blind and labelled by hand before anything was run; a point is labelled only when the answer commits to it as part of its own plan. */
export const SIXTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // quiet-feedback-trap · Ulster register in writing; one-in-N limits; override rate as quality; no ownership, stages, sign-off, rollback path or A/B
  {
    id: 'bv028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      "I'd start the cheaper summariser with the clinics least likely to be hurt and most likely to tell us: our own in-house vets and support staff, then the clinics on the early-access list who asked to try new things, and only then the busy mixed practices and new sign-ups, who'd be scundered by a bad summary in their first weeks with us.",
      '',
      "Before anything's switched on I'd put the limits in writing: more than one failed summary in two hundred over the old model's rate, p95 generation time more than 200 ms slower, or summaries discarded by vets rising by more than one in twenty against the baseline clinics, and it comes back out.",
      '',
      "Because so few vets rate anything, I'd lean on two model signals rather than ratings: the eval harness's count of summaries with made-up facts, which I'd want at one in a hundred or better, and how often a vet rewrites the summary before saving it. That's the same as an underwriter overriding a figure the model pulled out, in my current job.",
      '',
      "Cost per summary should drop, that's the point of the change, so I'd keep an eye on it but not gate on it.",
      '',
      "After that it's a matter of widening it out over a few weeks, so it is.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · mortgage-lender PM background; Ulster register; thread sign-off; no cohort order, numbers, stages or A/B
  {
    id: 'bv029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      "The interesting bit of this one is the 2 a.m. question, so I'll start there.",
      '',
      "The on-call engineer for the pricing service can roll back at any hour, on their own say-so. They don't ring me and they don't wait for the morning stand-up; they flip the routing back to the old fare calculation, which is a config change that's done in a couple of minutes. At the lender I work for I've seen a release sit broken for four hours because the only person allowed to pull it was asleep, and I'll not have that again.",
      '',
      'Who owns what: I own the decisions around the release, meaning who gets it first, what the rollback limits are and how long we wait between steps. Engineering owns the pricing service itself, the routing, the deploy, and the batch window it shares with billing.',
      '',
      'Each step up needs a written "yes" in the release thread from Marty Quinn, the pricing engineering lead, seconded by whoever leads finance operations that week, because a fare error lands in billing.',
      '',
      "Then we'd go up gradually, keeping a close eye on the fares and the night-time numbers, and making sure nothing clashes with the billing batch.",
    ].join('\n'),
  },
  // support-model-upgrade · chapters; month-ends and closes; override rate as quality; no ownership, cohorts, numbers, sign-off or rollback
  {
    id: 'bv030',
    scenario: 'model',
    class: 'middling',
    points: points('H A M'),
    text: [
      "Chapter one: 1 % of conversations for three closes. Chapter two: 5 %, held through a full month-end, because payroll questions pile up when payslips land. Chapter three: 25 %, held through a second full month-end. Chapter four: 100 %. We don't move from one chapter to the next until its hold is over and the numbers at the gate look healthy.",
      '',
      "Throughout, I'd watch the eval harness's hallucination rate on payslip and leave answers, the cost per conversation that Finance asked about, and how often people re-ask or ask for a human after an answer. In my mortgage work that's the equivalent of an underwriter overriding what the model pulled out.",
      '',
      "One thing I want to be straight about. The offline evals went up three points, but the canary won't prove the customer experience is better either. It will show that the bigger model is safe to run. Whether it's better is a randomised A/B test once we're done.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Ulster register in writing; vague reassurance, nothing concrete
  {
    id: 'bv031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Ach, with an image service I'd be careful, so I would. It's 20 % faster in the benchmarks, which is great, but benchmarks aren't real life.",
      '',
      "I'd put it out to some of the sellers first and keep an eye on things, and if the pictures start looking odd or pages get slow we'd go back to the old one. I'd want the team to be comfortable before it goes everywhere, and I wouldn't be in a rush for Thursday if it isn't ready.",
      '',
      "Communication is key as well: let support know it's coming so they're not caught out.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · letter to the hiring manager; mortgage-extraction PM; generalities only
  {
    id: 'bv032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Dear hiring manager,',
      '',
      "Thank you for the question about the recommendation model. Recommendation models are tricky, and in my mortgage-document work we've learned to trust the data and the people closest to it.",
      '',
      "I'd roll the new model out carefully, region by region when it makes sense, and monitor the key metrics. The team in Berlin would be across it, and if something looked off we'd discuss it and decide what to do. The important thing is that customers keep getting good baskets wherever they are.",
      '',
      "I'm confident that with the right team we'd get it right.",
      '',
      'Kind regards,',
      'Eimear',
    ].join('\n'),
  },
  // search-tail-latency · comma-separated keyword fragments, no clauses
  {
    id: 'bv033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Chapters. p99, p50, 200 ms, one in two hundred, one in fifty.',
      'Staff cohort, early access, institutional licences, free tier, last.',
      'Rollback, config switch, on-call, any hour, five minutes.',
      'Sign-off, release thread, written yes, seconded.',
      'Hold, gate, two full month-ends, closes.',
      'PM owns, engineering owns.',
      'Baseline, control, threshold, A/B, randomised, safe versus better.',
      'Index layout, filters, rare queries, tail latency, cost to host.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · one run-on stream of voice keywords with an Ulster tag, no committed sentence
  {
    id: 'bv034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Warmer prompt, German formal address, Sie versus du, thumbs-down rate, eval harness, hallucination, token cost, p95 latency, chapters one to four, one in fifty, one in two hundred, staff then early access then German users, release thread yes seconded by the locale lead, rollback flag two minutes 3 a.m., PM owns thresholds engineering owns flags, canary safe not better A/B after, holds, closes, month-ends, underwriter override, broker firms, document types, baseline cohort, control group, guardrails, gates, so it is.',
    ].join('\n'),
  },
  // pricing-page-healthy · Ulster register in writing; every practice rejected in turn
  {
    id: 'bv035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, for a comparison table I wouldn't run a staged canary at all.",
      '',
      "I wouldn't put staff first, and I wouldn't bother with an early-access group. I wouldn't set rollback limits in advance either: there'd be no error-rate or latency numbers written down, because nothing in the backend changes. I wouldn't have chapters or holds, and I wouldn't ask anybody to post a \"yes\" in a release thread before it moves. I'd not set up an on-call rollback switch. And I wouldn't run an A/B test afterwards; it's a table, not a new product.",
      '',
      "It'd just go live with Friday's campaign, so it would.",
    ].join('\n'),
  },
  // support-model-upgrade · letter to the hiring manager; every practice rejected, listed
  {
    id: 'bv036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Dear Fionnuala,',
      '',
      'A shorter answer than you might expect.',
      '',
      "I wouldn't split who owns what between me and engineering. I wouldn't stage it through staff and early-access customers first. I'm not going to commit to thresholds for errors, p99 latency or hand-offs to a human beforehand, and I won't be gating on hallucination rate from the eval harness, thumbs-down or cost per conversation. There'll be no chapters with holds through month-end, no named \"yes\" in the release thread, no on-call rollback switch, and no A/B test afterwards.",
      '',
      'Not one of those, for this change.',
      '',
      'Yours,',
      'Conor',
    ].join('\n'),
  },
  // staff-cohort-artifact · Ulster register in writing; misconception: the canary is the A/B test and lift is read from it
  {
    id: 'bv037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "To me the canary is the A/B test, so it is. The staff who get the bigger photos and the size guide are the test group, everyone else is control, and at the end of it we'll know whether the new product pages sell more. If conversion in the canary beats the rest, we've proven it's better and it goes to everyone.",
      '',
      'I own the plan itself, who goes first and what makes us pull it, and engineering owns the flag and the deploy.',
      '',
      "Order: staff first, because they're on the live site all day and will shout if a page breaks; then customers in the early-access club who opted in; then the general public; and our top-tier loyalty members last, since they're the ones we'd least want to annoy with a broken size guide.",
      '',
      "If anything breaks, the on-call engineer flips the flag off at any hour without asking me; it's a config change, back in a couple of minutes.",
      '',
      "I'll compare staff conversion against everyone else's each day and read the lift off that.",
    ].join('\n'),
  },
  // quiet-feedback-trap · mortgage-extraction PM; chapters; misconception: limits decided while watching
  {
    id: 'bv038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "I've never been a fan of writing rollback numbers down before a release. In mortgage-document extraction we learned you can't know what \"bad\" looks like until you see the model on real documents, so I set the limits once the canary's running and I've seen a few days of data. Same here: we'll look at the dashboards as the summaries come in and decide then what counts as too many errors.",
      '',
      "The order I'd take: our own vets and support team first, then the clinics who opted into early access, then the small single-vet practices, with the big multi-site groups and new sign-ups last because they've the least patience for a bad summary.",
      '',
      'Chapters: 1 % for two days, 5 % for three days, 25 % for a week, then 100 %, and each one holds until the eval harness has graded a few hundred canary summaries before we move on.',
      '',
      "What I'd watch on the model side: hallucination rate from the eval harness, how often vets rewrite a summary before saving it (our underwriter override, if you like), and cost per summary.",
    ].join('\n'),
  },
  // booking-purchases-lag · Ulster register in writing; a user-research plan for the date picker instead of a release plan
  {
    id: 'bv039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "For the new date picker, what I'd really want first is a proper wee round of user research.",
      '',
      "I'd recruit twelve guests, six who book on their phones and six on laptops, and run moderated sessions where each plans a long weekend away with a partner sitting beside them, because that's how people actually book with us: they search, they compare a few homes, and they talk it over at home.",
      '',
      "Alongside that I'd run a two-week diary study with another twenty households, asking them to note every time they looked at a rental, who they talked to about it, and what made them decide.",
      '',
      "Then I'd bring the designers and the researchers together for a day to cluster what we found, write up the top five problems with the date picker and the shorter form, and turn those into backlog items for the next two sprints.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · mortgage-extraction PM; broker firms and document types; a labelling programme for their own model instead of a release plan
  {
    id: 'bv040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Let me tell you how I'd plan the next quarter of training data, because that's where my head is at the moment.",
      '',
      "On the mortgage-document extraction model, the biggest gap is labelled examples from the smaller broker firms and the rarer document types: self-employed accounts, foreign payslips, and handwritten gift letters. So over twelve weeks I'd get two underwriters a day seconded to labelling, aiming for five thousand documents, split evenly across broker firms and document types.",
      '',
      'Weeks one and two go on writing the labelling guide with the underwriting team, so that two people labelling the same payslip land on the same figures. Weeks three to ten are labelling, with a weekly review of disagreements. Weeks eleven and twelve are for cleaning the set and handing it to the data scientists for the next training run.',
      '',
      "I'd report progress to the credit committee every month with the count of documents labelled per broker firm.",
    ].join('\n'),
  },
];
