import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventieth fresh held-out set, author b: middling (bx028–bx030), weak (bx031–bx032), salad
 * (bx033–bx034), negated (bx035–bx036), misconception-led (bx037–bx038) and off-topic (bx039–bx040)
 * answers. Written blind and labelled by hand before anything was run; a point is labelled only when
 * the answer commits to it as part of its own plan.
 */
export const SEVENTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts · Hebridean register in writing, plain paragraphs, cohorts by platform and city, holds counted in Friday dinners
  {
    id: 'bx028',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "The wallet payments are the shiny bit, but the real risk is the Android SDK falling over in bursts on a Friday night, so it's the order that matters most here.",
      '',
      'Staff first: our own folk ordering their tea on Android and on iPhone both. Then the customers who put their names down for early access to wallet payments. Then iPhone customers generally, then Android in the quieter towns, and Android customers in the big cities last of all, along with anyone placing a first order. A failed payment on a first order is a customer we never see again.',
      '',
      "Stages: 1 %, 5 %, 25 %, 50 %, then everybody. We hold each stage through at least one full Friday dinner before moving on, because a burst that only comes at the peak won't show itself on a Tuesday afternoon.",
      '',
      'At each stage the payments engineering lead signs off before we go further, having gone over the dashboards with me.',
      '',
      "We'd keep an eye on the payment failures and on how the Android app is behaving generally, and if it looks wrong we'd stop and have a think about it.",
    ].join('\n'),
  },
  // support-model-upgrade · ferry arrival-time model PM, red lines as a dashed list, purser rollback
  {
    id: 'bx029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Red lines first, because on the boats we always wrote the weather limits down before we left the pier, never out on the water:',
      '- error rate: 0.5 % over the current model',
      '- p95 latency: 700 ms over',
      "- cost per conversation: more than 40 % above today's, which answers Finance's question",
      '- hallucination rate on the eval harness: over 2 %',
      "- thumbs-down on answers: 10 % above today's rate",
      '- conversations handed to human support: up 3 % against the baseline',
      "These are agreed before any traffic moves and they don't get moved once it does.",
      '',
      "We'd send a small slice of conversations to the bigger model and grow it over a few weeks.",
      '',
      "If any red line is crossed, the purser flips the model switch back: the on-call engineer, at whatever hour, without waiting for me or anybody else to say so. It's a config flag back to the old model and takes a couple of minutes.",
    ].join('\n'),
  },
  // checkout-first-order · Hebridean register in writing, a word to Growth at the end, no numbers
  {
    id: 'bx030',
    scenario: 'service',
    class: 'middling',
    points: points('P C A'),
    text: [
      "It's myself as PM that owns the who-goes-when and the when-do-we-stop on this one. The web engineers own the flag and the deploy, and I'll leave them to it.",
      '',
      "Who goes when: staff first, then returning customers who've opted in to trying new things, then ordinary returning customers. First-time buyers go last of all, and I do mean last. The lab only had returning customers in it, and it's first orders that peak in the spring campaign. If a first-timer can't see where to type a new address because the page assumes a saved one, we've lost them for good.",
      '',
      "We'd watch how it goes and grow it bit by bit before the campaign starts.",
      '',
      "One thing I'd say to Growth, mind: this canary will tell us the one-page checkout is safe. It won't tell us it converts better than the three steps did. If they want that claim, it's a randomised A/B test afterwards, with first-time buyers in both arms.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Hebridean register in writing, vague
  {
    id: 'bx031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Och, image services are tricky things. I'd want to be careful with this one, as the benchmarks are not everything. I'd roll it out gradually, keep an eye on it, make sure the engineers are comfortable, and talk to the sellers if anything odd turns up. Thursday might be ambitious, so I'd have a conversation with the team about whether that's the right date at all. The aim overall is to get the new photo format out to the sellers without any nasty surprises.",
    ].join('\n'),
  },
  // quiet-feedback-trap · ferry arrival-time model PM, vague
  {
    id: 'bx032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "With the arrival-time model on the ferries we learned to trust the numbers, and I'd do the same here. The cheaper model will save money, which is good, but we'll want to be sure the summaries are still good enough for the vets. I'd put it out to some of the clinics, look at what comes back, and try to get more feedback than usual if we can. If the vets are unhappy we'll think again. It's a sensible change and I'd expect it to go fine with a bit of care.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · slash-separated keyword lines in the ferry vocabulary
  {
    id: 'bx033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Crossings / red lines / skipper / harbourmaster / purser.',
      'Islands, ticket types, Singapore, Berlin, lunch peak, feature store.',
      '0.5 % errors 150 ms p99 2 % baskets baseline.',
      'Hallucination rate eval harness thumbs-down p95 token cost.',
      'Staff early access opted-in new customers last fragile valuable.',
      '1 5 25 50 100 hold gate hold gate hold.',
      'Sign-off tick the box tick the box, model switch, rollback, config, minutes, any hour, on-call.',
      'Canary safe A/B better randomised afterwards.',
      'Two full weekly timetables, sailings, crossings, red lines, red lines.',
    ].join('\n'),
  },
  // pricing-page-healthy · mock memo with headed sections holding only keyword lists
  {
    id: 'bx034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'MEMO',
      'Ownership: PM, engineering, flags, routing, deploy, ownership.',
      'Cohorts: island, ticket type, internal, early access, campaign, Friday.',
      'Red lines: errors, latency, p99, conversion, baseline, 0.5, 200 ms, 2 %, thresholds, thresholds.',
      'Crossings: first crossing, second crossing, hold, gate, timetable, sailings, 5, 25, 100.',
      'Sign-off: skipper, harbourmaster, tick, box, tick.',
      'Rollback: purser, switch, minutes, on-call, night.',
      'A/B: canary, randomised, safe, better, test.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Hebridean register in writing, every practice refused in turn
  {
    id: 'bx035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll be honest with you, I'd not go in for the whole ceremony on a prompt. I wouldn't put our staff on it first, and I wouldn't bother finding early-access users or keeping the German speakers back to the end. I'd not write red lines down before it goes out, nor watch the thumbs-down rate, nor run the eval harness over it; it's words in a prompt, not a new model. No crossings, no holds between them, and no skipper and harbourmaster ticking boxes. I'd not give the on-call engineer a switch to flip it back with, and I'd not follow it with any A/B test either. It goes to everyone on the Monday.",
    ].join('\n'),
  },
  // booking-purchases-lag · memo with headed sections, each section refusing its practice
  {
    id: 'bx036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Ownership — I'd not split it out. Whoever is about makes the calls.",
      "Cohorts — no staff first, no early-access group, and no keeping the guests in the middle of a booking to the end. It's a date picker.",
      'Red lines — none set ahead of time. Not for errors, not for latency, not for bookings against the baseline.',
      "Crossings — there won't be any, nor holds between them. It goes to 100 % this afternoon, as the team wants.",
      'Sign-off — nobody ticking a box, neither the skipper nor the harbourmaster.',
      'Rollback — no switch kept ready, and no on-call engineer told they may use one.',
      "Afterwards — no A/B test either. Nothing in the service changes, so I'd not dress it up.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Hebridean register in writing, memo with headed sections, built on the canary being the A/B test
  {
    id: 'bx037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      'The point of the canary',
      "For me the canary is the A/B test. The staff and the early customers on the new pages are the test arm, everyone else is the control, and if the canary group converts better we've proven the bigger photos and the size guide sell more. There's no need for a separate experiment after.",
      '',
      'Mine and theirs',
      'I own who sees it, the limits and the holds. The web team owns the flag and the deploy.',
      '',
      'Who sees it',
      "Staff first, since they're on the site all day anyway, then customers who opted in to previews, then everyone else, with first-time visitors last as they're the least forgiving.",
      '',
      'Limits, agreed before we start',
      'Errors more than 0.5 % above the old pages, p99 page load 300 ms slower, or add-to-basket down 2 % against the baseline, and we pull it.',
      '',
      'Crossings',
      '5 %, 25 %, 50 %, 100 %, each one held for three full days before the next.',
      '',
      'Going back',
      "The on-call engineer can switch the flag off at any hour without asking me. It's a flag, a minute's work, no redeploy.",
      '',
      'The result',
      "When it's at 100 % I'll take the canary group's conversion against the rest, and that's our answer on whether the size guide pays for itself.",
    ].join('\n'),
  },
  // support-model-upgrade · ferry arrival-time model PM, built on setting limits while watching
  {
    id: 'bx038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      "On the ferries we never wrote the delay limits in advance. You watch the first weeks of a new timetable, you learn what normal looks like, and then you set the line. I'd do the same here: there's no sense picking thresholds for a model we've never seen in production, so we set them from the dashboards once the first crossing has run and we've seen how it behaves.",
      '',
      "Who goes first: our own payroll staff, then the customers who asked for early access, then small firms. The big employers and brand-new customers go last, as a wrong answer about someone's pay hurts them most.",
      '',
      'Crossings of 1 %, 5 %, 25 %, 50 % and 100 %, holding a fortnight at each so that a payday falls inside it.',
      '',
      'The engineering lead and I both sign off before each crossing.',
      '',
      "What we'll watch: hallucinations on the eval harness, thumbs-down on answers, p95 latency, and the cost per conversation for Finance. Once we've seen a week of those, that's when the limits get written.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Hebridean register in writing, a plan for the next sale instead of the release
  {
    id: 'bx039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "What I'd really want to get right here is the next sale, because last week's showed how much we've still to learn. Twenty per cent off everything was too blunt: the tents and the waterproofs would have sold at ten, and it was the boots that needed the help. So for the autumn I'd plan it by category, with the buyers in the room early, three weeks' notice to the warehouse, and the email list split by where folk live, since the Scandinavians buy their waterproofs in August and the Spanish don't. I'd want the banners ready a fortnight before, the stock counted, and the customer-service team told which returns policy applies. And I'd end it on a Friday, not a Sunday at midnight, so the team isn't clearing up after it on a Monday.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · ferry arrival-time model PM telling how the ferry model was built
  {
    id: 'bx040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Can I tell you how we did it on the ferries instead, as it's the closest I've come to this? The arrival-time model took in the tide tables, the wind off the Minch, the loading times at each pier and the number of cars booked, and it predicted when the boat would tie up at Stornoway or Lochmaddy. We trained it on three winters of sailings, and the hard part was the data: half the logged arrivals had been written by hand by the purser and typed in later. We spent two months cleaning that before a single model was fitted. Then we put the predictions on the screens in the terminal buildings and in the app, and the islanders told us very quickly when it was wrong. If I did it again I'd spend less time on the model and more on the pier data.",
    ].join('\n'),
  },
];
