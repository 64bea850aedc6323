import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-second fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers (bp048–bp060), written blind and labelled by hand before any grading.
 */
export const SIXTY_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // search-tail-latency · "Decision — Choice — Why" lines; thresholds against the same weekday last week
  {
    id: 'bp048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Decision — Choice — Why',
      'Limits, set before the switch — p99 search latency no more than 300 ms above the same weekday last week; errors no more than 0.5 points above; searches ending in a paper being opened no more than 2 % below — the median already looks fine, the tail is where the new layout can hurt.',
      'Stages — 2 %, 10 %, 30 %, 60 %, 100 %, holding a full day at each — rare, filter-heavy queries need a day to turn up.',
      'Rollback — the on-call engineer points search back at the old index with the routing config, at any hour, no approval needed, a few minutes — the old index stays up until the end.',
      'Support — tell the institutional-licence help desk the dates in advance — librarians are the ones who phone.',
    ].join('\n'),
  },
  // support-model-upgrade · Kittitian English register in writing; one paragraph
  {
    id: 'bp049',
    scenario: 'model',
    class: 'middling',
    points: points('C A M'),
    text: [
      "Well, for this one I would think about who go first more than anything. Our own HR and payroll people would get the bigger model first, for they know the answers cold and will spot a wrong one about leave straight away. After them, the customers who opt in to try new assistant features, and the big payroll customers with thousands of staff go last, because a wrong answer about a payslip there turn into a pile of tickets. While it running I would keep a eye on a few things beyond errors: the eval harness score on sampled real questions, how many thumbs-down the answers get, and the cost per conversation, since finance asking. And I would be clear with everybody that this canary only tell us the bigger model safe to run. The three points from the offline evals don't prove it better for customers; for that we run a proper A/B test after.",
    ].join('\n'),
  },
  // checkout-first-order · hospital shift-scheduling PM; short prose
  {
    id: 'bp050',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      "In my world, hospital shift scheduling, the PM decides and engineering executes, and I'd keep that split here. I own the release decisions: how far the new checkout goes, when it goes further, and what would make us pull it. Engineering owns the flag, the deploy and the traffic routing.",
      'Before any step up, the head of growth and I both sign off in writing; growth wants this before the spring campaign, so they should own the call with me.',
      'If anything looks wrong, the on-call engineer turns the flag off and everyone is back on the three-step checkout within a few minutes, at any hour, without waiting for me or growth to agree.',
      "I'd want it live well before the campaign so we're not learning about first-time buyers in the peak.",
    ].join('\n'),
  },
  // quiet-feedback-trap · plain, cautious candidate
  {
    id: 'bp051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Summaries are a sensitive area because vets rely on them, so I'd be careful here. I'd roll the cheaper model out gradually and keep a close eye on quality and feedback. If the vets seem unhappy or the summaries look off, we'd go back to the old model and figure out what went wrong. I'd also make sure the team is aligned and everyone knows the plan before we start.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Kittitian English register in writing; vague
  {
    id: 'bp052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'This one I would take slow. The benchmarks look good, twenty percent faster, but benchmarks is not real life. I would put the new resizer out to some of the traffic first and watch how it do, then give it to more people when we comfortable. The team want it by Thursday but I would rather be safe than sorry. If something go wrong we can always go back. I would talk to the seller support team too so they know something changing.',
    ].join('\n'),
  },
  // booking-purchases-lag · keyword jumble in fragments, borrowing the hospital and weekday vocabulary
  {
    id: 'bp053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary release, booking page, date picker, client-side store.',
      'Cohorts cohorts: staff, beta, early access, ward by ward, emergency department last-ish.',
      'Thresholds 0.5 % 200 ms p99 2 % conversion baseline same weekday last week pre-committed guardrails.',
      'Holds, gates, ramp 1 5 25 50 100, metric-based, time-based.',
      'Sign-off, PM, eng lead, stakeholders, RACI.',
      'Rollback, flag, config, minutes, on-call, 24/7, no redeploy.',
      'A/B test, randomised, safe versus better, lift.',
      'Lag, bookings, synergy, observability, dashboards, alignment.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · buzzword run-on sentences
  {
    id: 'bp054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'The canary leverages cohort-based thresholds and holds with sign-off and rollback for A/B alignment across the recommendation model, p95 0.5 % 200 ms, hallucination eval harness tokens cost feedback, Singapore Berlin lunch feature store, 24/7 config minutes. Staff beta first-time last with metric gates and ramp percentages 1 5 20 50 100 drive the ownership of PM versus engineering in a safe-not-better framework of cost per request and thumbs-down holistically.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · "Decision — Choice — Why" lines, every choice a refusal
  {
    id: 'bp055',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Decision — Choice — Why',
      "Ownership — I'm not splitting what the PM owns from what engineering owns on this one — it's a prompt, not a platform change.",
      'Cohort order — no staff-first group, no opt-in group, and German users are not held back to the end — the tone is the same for everyone.',
      'Rollback limits — none written down in advance: no error ceiling, no p95 number, no thumbs-down limit against last week — the prompt is text, there is nothing to break.',
      'Stages and holds — no 5 % or 25 % steps and no holds between them — a warmer tone is a copy change.',
      'Sign-off — nobody signs off per stage, neither me nor the localisation lead — there are no stages to sign.',
      'Model signals — not gating on the eval harness, the thumbs-down rate or token cost — too noisy to be worth it.',
      "Rollback path — no on-call flag flip arranged — we won't need one.",
      'Canary versus A/B — no randomised A/B test afterwards either — the English team already reviewed the prompt.',
    ].join('\n'),
  },
  // pricing-page-healthy · Kittitian English register in writing; refusals with creole double negation
  {
    id: 'bp056',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Is a pricing page, so I wouldn't make a big production of it. I wouldn't put staff on it first, nor early-access customers, nor keep the big annual subscribers for last; no order at all. I not writing down error or latency limits before, and I not comparing nothing to the same weekday last week either. No 5 % and 25 % stages, no holding a day at each. I wouldn't have nobody sign off each step, not me nor the marketing lead. I not arranging for on-call to flip it back in the night, and I not bothering with an A/B test after. And I not splitting hairs about what the PM own versus what engineering own.",
    ].join('\n'),
  },
  // support-model-upgrade · hospital shift-scheduling PM; cohorts by department with emergency departments last; misconception: the canary is the A/B test
  {
    id: 'bp057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      "I manage a hospital shift-scheduling app, and plenty of our customers' staff would use an assistant like this, so here's how I'd do it.",
      "The canary is our A/B test: whoever gets the bigger model at each stage is the test group, everyone else is the control, and at the end we compare satisfaction between the two to prove the new model is better. That's the point of running it — it confirms the three-point eval gain holds up live, so we don't need a separate experiment later.",
      'Order: our own HR team first, then customers who volunteered for the preview, then the rest department by department, with hospital emergency departments last, because they ask at odd hours and a wrong answer about leave hurts most there.',
      'Stages: 5 %, 25 %, 50 %, 100 %, holding three days at each.',
      'At each stage I watch the eval-harness hallucination rate on sampled conversations, the thumbs-down rate and the cost per conversation, and I sign off each step with the support lead.',
      "If the canary group's satisfaction is higher at the end, that's our proof and we go to 100 %.",
    ].join('\n'),
  },
  // staff-cohort-artifact · plain prose; one assumption checked with engineering; misconception: limits set while watching
  {
    id: 'bp058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      "The trap here is staff: they browse all day and never buy, so any number written before launch would be wrong. So my plan is built around watching first. We don't fix rollback limits in advance; I sit with the dashboard for the first two days, see what normal looks like, and then decide what conversion and error numbers would make us pull it back.",
      'Ownership: I own those limits, the order and the go decisions; engineering owns the flag and the routing.',
      'Order: staff first, as planned, then customers on our early-access list, then everyone else, with loyalty-club members last since they spend the most.',
      'Stages: staff, 5 %, 25 %, 50 %, 100 %, holding two days at each.',
      'The merchandising lead and I sign off each advance.',
      'The on-call engineer can flip the flag back at any hour without asking, and it takes a couple of minutes.',
      "The one thing I'd check with engineering first is whether staff sessions can be tagged, so I can see their numbers separately while I decide where the limits go.",
    ].join('\n'),
  },
  // after-the-sale-healthy · post-sale analysis and next-sale plan; weekday comparison used for sales reporting
  {
    id: 'bp059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Since last week was the spring sale, the first thing I'd want is a proper read on how the sale did, because leadership will ask. I'd pull revenue and orders for each day of the sale, compare each one with the same weekday the week before, split by country, and separate the effect of the 20 % discount from the effect of the email campaign.",
      "Then I'd plan the summer sale from that: pick the dates with marketing, decide whether 20 % off everything was too broad and whether to discount only tents and boots, line up the email schedule, and brief customer service about returns, which always spike the week after a sale.",
      "I'd write that up as a one-page plan for leadership by Friday.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Kittitian English register in writing; a localisation plan
  {
    id: 'bp060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "The real problem here is the German, so that is where I would put the work. First thing, I would get two native German writers, one from Germany and one from Austria or Switzerland, to go through the new prompt line by line. Then we make a small style guide: when the assistant use Sie and when du, how it close a letter, which English jokes don't carry over.",
      'The prompt get a German version of its own, not a translation of the English one. I would ask the support team to pull the German complaints from the last six months so the writers see how our users actually write. After that, the German writers review every prompt change going forward, same as the English team do now.',
    ].join('\n'),
  },
];
