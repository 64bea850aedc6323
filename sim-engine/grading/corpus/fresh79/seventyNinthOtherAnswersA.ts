import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-ninth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (cg008–cg020), written blind and labelled by hand.
 */
export const SEVENTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order (service)
  {
    id: 'cg008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      'So, the one-page checkout. Engineering does the flags and the deploy; my job is deciding who sees it and when it moves.',
      "I'd put our own staff on it first, then the early-access people who asked for new stuff, then the regulars who've used us for years, and I'd leave first-time customers for last, because that's exactly who this change could hurt, and the spring-cleaning push is when they show up.",
      "I'd go in three cycles, the rinse, the spin and the dry, and hold each one through a full Sunday of drop-offs before we move on.",
      'We watch the numbers the whole time, and if something looks off, we talk about it.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade (model)
  {
    id: 'cg009',
    scenario: 'model',
    class: 'middling',
    points: points('T M R'),
    text: [
      "[HOST: Go ahead, caller.] Hi, Benny from Canarsie. My brother-in-law's HR software is getting a bigger model in its help bot.",
      "[HOST: And what would you do?] First thing, before anybody's moved, I write the limits down: errors more than half a percent worse than today, p95 more than 300 ms worse, it comes out of the machine. And with a model you gotta look past errors: if the eval harness shows wrong payslip answers more than 1 point worse than today, or thumbs-down more than 2 points worse, it comes out.",
      "[HOST: Who pulls it?] Whoever's on call puts last week's version back in, middle of the night, no asking permission. It's a flag, takes a couple minutes, no new build.",
      '[HOST: And who sees it first?] Eh, some of the users, a small slice, and we go up from there. [HOST: Thanks, Benny.]',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag (service)
  {
    id: 'cg010',
    scenario: 'service',
    class: 'middling',
    points: points('C T S'),
    text: [
      'Quick one before lunch, folks. The new pickup-slot picker. The team wants it at 100 % this afternoon. No.',
      "Here's the order: staff first, 'cause they book their own laundry with us every week and they'll notice; then the early-access list; then customers of three-plus years in Brooklyn and Queens; first-year customers last, 'cause a broken first booking loses them for good.",
      'The limits go on the ticket before anybody sees it: booking errors more than half a percent worse than today, page load more than 200 ms worse, completed bookings more than 2 % worse than today, read the next morning, since people book hours after they look. Any of those, it comes out of the machine.',
      'Before each step wider, Rosa from ops and me both sign the ticket. Okay, lunch.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'cg011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "I'd put the cheaper model out to some of the clinics first and keep an eye on it. Vets are smart people; if the summaries go bad, they'll let us know, and we can switch back.",
      "At the laundromat we always say you don't know a machine till you run a load in it. Same thing here. Once it's been running a while with no complaints, give it to everybody.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy (service)
  {
    id: 'cg012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's a pricing page, forget about it. Wash-and-fold plans, a nicer table, nothing behind it changes.",
      "I'd put it out to a few people Friday morning before the campaign, make sure it looks right on phones, and then turn it on for everybody. If somebody complains, we change it back. Canaries are for the big scary stuff.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'cg013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary, rinse, spin, dry. Cohort, borough, years, staff, early access, regulars, new last.',
      'Threshold, more than worse than today, out of the machine, p95, errors, add-to-basket, fallback rate, feature store, Singapore lunch, Berlin.',
      "Hold, full Sunday of drop-offs, 20,000 requests, sign the ticket, Anja, Wei Ling, on call, last week's version, flag, route, minutes.",
      'Safe not better, randomised A/B afterwards, PM owns order limits holds, engineering owns routing deploy.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak (service)
  {
    id: 'cg014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Image resizer, new photo format, stain pictures. Rinse, spin, dry.',
      'Staff, early access, Bay Ridge, Astoria, three years, first-year last.',
      'Half a percent, 200 ms, 2 %, worse than today, out of the machine, thresholds.',
      "Full Sunday of drop-offs, hold, gate, cycle, ticket, sign, Marisol, me. On call, last week's version, back in, minutes, flag, routing.",
      'Canary, safe, A/B, randomised, better, afterwards. PM owns, engineering owns. Forget about it.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy (service)
  {
    id: 'cg015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "[HOST: You're on the air.] Hi, it's Vinny from Sheepshead Bay. We're moving the reviews to the top of the laundromat pages in our app, cosmetic stuff, the week after our 20 % off sale.",
      "[HOST: So how do you canary it?] Honestly? I wouldn't pick who goes first. No staff first, no early-access list, none of that.",
      "[HOST: Limits?] We wouldn't write limits down beforehand. No half a percent, no 200 milliseconds, nothing on a ticket.",
      '[HOST: Stages? Holds?] No rinse, no spin, no waiting out a full Sunday of drop-offs.',
      '[HOST: Somebody signs off, though?] Nobody signs a ticket.',
      "[HOST: And rollback?] I wouldn't set up a quick switch, or an on-call person ready to put last week's version back in.",
      '[HOST: A/B test after?] Nope, not that either.',
      '[HOST: So what do you do?] Turn it on and go get a slice. [HOST: ...Thanks, Vinny.]',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (model)
  {
    id: 'cg016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Look, for the warmer prompt I'm not doing a canary the usual way.",
      "I'm not putting staff first or the early-access crowd next. I'm not writing down thumbs-down limits or German eval limits before it goes out. I'm not holding it for any count of conversations, and I'm not having two people sign any ticket.",
      "I'm not getting an on-call person ready to swap last week's prompt back in. And I'm not running an A/B test afterwards either.",
      "It's a prompt. It's words.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact (service)
  {
    id: 'cg017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Alright, last talk before the boat ride. The new laundromat pages with the bigger photos and the price guide.',
      'Who does what: engineering runs the flag and the deploy; I decide who sees it, when it moves and what the call is.',
      "Order: staff first, because they're in the app all day checking orders; then early access; then the three-year regulars in Brooklyn; first-year customers last, because they're the ones we'd lose.",
      'Cycles: the rinse, the spin, the dry, each held for a full Sunday of drop-offs, and Devon from design and me both sign the ticket before the next cycle.',
      "Now here's the thing. The canary is our A/B test. Whatever cohort's on the new pages, I compare their orders against everybody else, and if the canary group orders more, that proves the new pages are better and we ship. No separate A/B test, no waiting. The canary already answered it.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'cg018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      "Here's my thing with the cheaper summary model: a model's just a service. If it isn't throwing errors and it's fast, the summaries are fine. Ratings, eval grades, how much vets rewrite, that's noise; I don't watch it and I don't gate on it.",
      'Engineering owns the switch and the deploy. I own the limits and how long we sit at each step.',
      'Before anything moves, on the ticket: errors more than half a percent worse than today, p95 more than 300 ms worse than today, it comes out of the machine.',
      'The rinse at 5 %, the spin at 25 %, the dry at 100 %, each held for 20,000 summaries.',
      "Whoever's on call puts last week's version back in, any hour, no asking me. It's a config flip, a couple of minutes.",
    ].join('\n'),
  },
  // scenario: search-tail-latency (service)
  {
    id: 'cg019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Before we get to the release stuff, let me tell you about Sunday at the Fifth Avenue store, because that's where I learned this job.",
      "By nine the line's out the door, everybody with a bag, half of them on the phone. The folding table's the bottleneck, not the machines. So we put a second folder on from ten to two, we tag every bag with the customer's name and the colour of the twist tie, and we never, ever mix two bags in one washer, I don't care how small they are.",
      "The customers from the city come out on the weekend because it's cheaper than Manhattan, and they tip better than you'd think. Treat them right, remember their names, give the kids a lollipop.",
      "That's the whole business. Clean, dry, folded, on time, and remember the name.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade (model)
  {
    id: 'cg020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "[HOST: Go ahead, you're on.] Hi, it's Yitzy from Midwood, about that payroll company getting the bigger model in its help bot.",
      "[HOST: How would you roll it out?] Honestly, what I'd think about is what you can do with that longer context window. You could read a person's whole payslip history and explain why this month's different. You could draft the leave request for them. You could answer in Spanish and Russian, which in my neighbourhood, forget about it, that's half the customers.",
      "[HOST: And the cost Finance is asking about?] I'd charge for it. Make the smart assistant part of the premium plan, keep the old one free, and let sales sell the upgrade.",
      '[HOST: Okay. Thanks, Yitzy.]',
    ].join('\n'),
  },
];
