import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fifth fresh set, author c: middling (cc048–cc050), weak (cc051–cc052), salad
 * (cc053–cc054), negated (cc055–cc056), misconception-led (cc057–cc058) and off-topic (cc059–cc060)
 * answers, written blind and labelled by hand before any grading (README-c.md, LABEL-NOTES-c.md).
 */
export const SEVENTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Montreal speech, chalet-chatbot PM, ski-run stages, long-weekend holds; no owner split, no numbers, no sign-off
  {
    id: 'cc048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "So at the chalet place, when we changed the model behind our booking chatbot, here's roughly what we did, and I'd do the same for the payroll assistant.",
      "Who goes first: our own employees, since they'd ask it about their own payslips and complain fast. After that the customers in the early-access group, they signed up for it. Regular customers after, and the big clients' payroll admins at the very end, because a bad payslip answer to them hurts the most.",
      'Stages, I call them by ski runs. Green circle, staff. Blue square, the early-access people, maybe 5 %. Black diamond, a quarter of everybody. Then the rest. We sit on each one a full long weekend before going to the next one.',
      "While it's running, I want to see the eval harness score on payslip questions, the thumbs-down rate, p95 latency, and what a conversation costs us, since finance is asking.",
      "If something looks off, we'd talk about it with engineering and decide. Tsé, you can always go back.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · Montreal speech, "we close it" limits, on-call puts old version back; no order, no stages, no sign-off
  {
    id: 'cc049',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Bon, payments, so I'll be careful. First, the division of work: the mobile and payments engineers own the SDK integration, the release flag and the routing between the old and new SDK. What I own as PM is the decision side: when we go further, what makes us stop.",
      "What makes us stop, we write down on Monday, before one payment goes through the new SDK. If payment failures on Android are more than 0.3 % worse than today, we close it. If p99 time to confirm a payment is more than 400 ms worse than today, we close it. If orders completed per checkout started are more than 1.5 % worse than today, we close it. And because it fails in bursts, we read those numbers per five minutes, not per day, so a burst can't hide in an average.",
      "Rollback: whoever is on call puts the old version back. It's the remote flag, the app goes back to the old SDK in a couple of minutes, no app-store release, and they don't wait for me or anybody, Friday dinner or three in the morning.",
      "Then we'd open it up to more people over the week and see how it goes.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Montreal speech, ski-run stages, holds by graded count, "c'est bon" pair; no order, no limits, no rollback
  {
    id: 'cc050',
    scenario: 'model',
    class: 'middling',
    points: points('H S A M'),
    text: [
      "For the cheaper summary model, I'd think about it like the runs on a hill.",
      "Green circle first, a small slice of clinics, and we stay there until the eval harness has graded at least 200 of the new model's summaries, which with so little grading means we ask for more of them to be graded. Blue square after, bigger, same rule, 200 graded plus a full long weekend. Black diamond, a quarter of traffic, and again the same hold. Then everybody.",
      'What we look at the whole time: the hallucination rate out of the eval harness, how many vets hit thumbs-down or edit the summary, p95 latency, and cost per summary.',
      'Between runs the clinical lead and me both have to say "c\'est bon", otherwise we stay where we are.',
      "And I'd be clear with leadership: this tells us the cheaper model is safe to use. It doesn't prove it's as good as or better than the old one for vets; if we want that, it's a randomised A/B test after.",
    ].join('\n'),
  },
  // pricing-page-healthy · Montreal speech ("the dep", "correct"), vague
  {
    id: 'cc051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly, it's a pricing page, there's not much that can break. I'd put it out a bit at a time, look at the numbers, and if everything looks correct, we keep going.",
      "Marketing has its campaign Friday, so we'd want to be done before that, I think. It's like repainting the dep on the corner, people still come in for their milk.",
      "If something goes weird we'll figure it out with the devs. C'est ça.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · Montreal speech ("eh"), chalet-chatbot PM, vague
  {
    id: 'cc052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Recommendations are tricky, eh. In my experience with our chalet chatbot, the model always does something you don't expect.",
      "So I'd go slowly, keep a close eye on how people react to the baskets, and make sure the team in Berlin is comfortable with it. Singapore is a different market, so maybe we look at it a bit differently there.",
      "If there's an issue, we deal with it. The important thing is to communicate well with everybody and not rush.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · fragments: ski runs, c'est bon, tu/vous, numbers, no sentences
  {
    id: 'cc053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary. Prompt, warmer. Du / Sie, tu / vous.',
      'Green circle, blue square, black diamond. 1 %, 5 %, 25 %, 100 %.',
      'Staff, early access, German business accounts, last.',
      'Thumbs-down +2 points, eval harness, formal address, hallucination, p95 300 ms, tokens, cost.',
      '0.5 % errors, 200 ms p99, conversion −2 % baseline.',
      'Full long weekend, 2,000 conversations, hold, gate.',
      "Support lead, PM, c'est bon, c'est bon.",
      'On call, old version back, config switch, 2 minutes, 24/7.',
      'Safe not better, A/B randomised after.',
      'PM owns, engineering owns.',
    ].join('\n'),
  },
  // image-resizer-memory-leak · spoken run-on of keywords, Montreal words, no committed clause
  {
    id: 'cc054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "So yeah, memory, leak, restarts only on deploys, p99, green circle blue square black diamond, 1 5 25 50 100, full long weekend, 48 hours, heap, c'est bon c'est bon, on call, old version back, flag, minutes,",
      'thresholds 0.5 % 200 ms 2 %, staff sellers beta sellers big sellers last, PM owns engineering owns, canary safe A/B better, Thursday, 20 % faster, benchmarks, the metro, the dep, voilà.',
    ].join('\n'),
  },
  // search-tail-latency · Montreal speech, "I wouldn't" list, every practice rejected
  {
    id: 'cc055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'll be honest, I don't think the usual canary recipe fits here, so let me say what I wouldn't do.",
      "I wouldn't split hairs about what the PM owns versus what engineering owns; it's one team.",
      "I wouldn't start with staff or with the early-access librarians, and I wouldn't keep the institutional licences for last either; I don't see the point of an order.",
      "I wouldn't do the ski-run thing, green circle, blue square, black diamond, with a hold on each. No long weekends of waiting.",
      'I wouldn\'t write limits in advance, nothing like "if p99 is more than 200 ms worse than today, we close it".',
      "I wouldn't have anybody say \"c'est bon\" before a next step; there's no next step.",
      "And I wouldn't give the on-call person the right to put the old version back on their own at night.",
      "I also wouldn't run an A/B test afterwards to see if it's better.",
    ].join('\n'),
  },
  // support-model-upgrade · Montreal speech, textbook practices each answered "Non"
  {
    id: 'cc056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "You'll hear the textbook answer, and for this assistant I'd say non to all of it.",
      "Staff first, then the opted-in early-access customers, big payroll clients last? Non, I don't see why the order matters.",
      'Limits written down before, like "more than 1 point worse on the eval harness and we close it"? Non, I\'m not committing numbers before we start.',
      'A green circle, a blue square, a black diamond, a full long weekend on each? Non.',
      'The support lead and me both saying "c\'est bon" at every stage? Non, nobody signs anything.',
      'The on-call engineer putting the old version back by themselves at three a.m.? Non.',
      "Watching hallucination rate, thumbs-down, p95 and cost per conversation? Non, we won't look at them.",
      "A randomised A/B test afterwards to check it's actually better? Non, not that either.",
      'And the PM owning the holds while engineering owns the routing? Non, I leave all of it to engineering.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Montreal speech, chalet-chatbot PM, ski-run stages; built on "the canary is the A/B test"
  {
    id: 'cc057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      "The way I see it, and it's what I did with our chalet chatbot, the canary is the A/B test. Five percent of clinics get the cheaper model, ninety-five stay on the old one, and comparing the two groups tells us which model is better. If the canary clinics rate their summaries higher, that's our proof the new model is better, and we go to everybody.",
      'On who does what: engineering handles the routing and the deploy, and I own the order of clinics, how long we hold, and the call to go further.',
      "Order: our own staff vets first, they read everything; then clinics in the early-access program, who opted in; clinics that joined this month last, because they're still deciding if they trust us.",
      'Runs: green circle, blue square, black diamond, then all, and each one holds a full long weekend or 300 graded summaries, whichever is later.',
      "What I'd track: the eval harness's hallucination rate, the thumbs-down rate and how often vets edit a summary, and cost per summary, since cheaper is the whole point.",
    ].join('\n'),
  },
  // checkout-first-order · Montreal speech, ski-run stages, "c'est bon" pair; built on "limits are set while watching"
  {
    id: 'cc058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "My honest view: writing rollback numbers before launch is theatre. You don't know what normal looks like for a new checkout until you see it, so I set the limits while we watch the dashboard on day one, and I adjust them as we go. That's how we did it at the chalet company and it worked.",
      "Order: staff first, they'll buy a lawn chair just to test it; then customers in the early-access club, who opted in; then returning customers with saved cards. First-time buyers go last, because they have no saved address and they're the whole point of the spring campaign.",
      'Runs: green circle, blue square, black diamond, then everyone, holding each one for 1,000 completed orders or a full long weekend, whichever comes later.',
      'Before each next run the head of e-commerce and me both say "c\'est bon".',
      "Whoever is on call puts the old version back if they don't like what they see: it's a flag, two minutes, any hour, and they don't need to reach me.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Montreal speech ("open the light", "the dep"), ice-storm guest plan instead of a release
  {
    id: 'cc059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Can I tell you about the thing I'm proudest of instead? At the chalet rental company, during the ice storm, Hydro was out in half the Laurentians, and we had two hundred families booked for the weekend with no heat in the chalets.",
      "So I built the plan we still use. The night before the storm, we text every guest with a booking in the next three days. Then we call the chalet owners one by one, to know who has a wood stove and a generator. Then we offer a free move to a chalet that still has power, or a full refund, and the guest picks. And the chatbot gets a banner: open the light when you arrive, and if it doesn't come on, call us, don't wait.",
      'We also kept a list of which dep in Saint-Sauveur stayed open, for candles and water.',
      "Afterwards we wrote it down as the storm playbook, and every November we check the owners' generator list again.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Montreal speech, a French-translation project plan instead of a release
  {
    id: 'cc060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "What I'd really do first is the French version, because in Quebec that's the law before it's a feature. Our chalet chatbot launched in English only, and the Office québécois de la langue française doesn't find that charming.",
      'So the plan: we hire two translators from Montreal, not from France, because a guest from Laval says "chalet" and "dépanneur", not "gîte" and "supérette". We build a glossary of three hundred words: the chalet, the spa, the wood stove, the snow removal. The translators rewrite every canned message, and the prompt gets a Quebec French version with vous by default and tu only when the guest uses tu first.',
      'Then marketing redoes the website and the confirmation emails, and customer service gets a week of training on the new wording.',
      'Budget about forty thousand dollars, three months, done before the holidays, when the Montreal families book their week in January.',
    ].join('\n'),
  },
];
