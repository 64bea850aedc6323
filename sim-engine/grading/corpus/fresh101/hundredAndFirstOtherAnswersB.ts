import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-first fresh set, author b: middling (dc028–dc030), weak (dc031–dc032), salad
 * (dc033–dc034), negated (dc035–dc036), misconception-led (dc037–dc038) and off-topic
 * (dc039–dc040) answers, written blind and labelled by hand, in the same race-day briefing voice.
 */
export const HUNDRED_AND_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dc028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Start line, runners, rakhmet for coming early. The gift-box assistant moves to the bigger model with the longer memory, same prompt.',
      'Station 1, kilometre 5: who gets it first. Our packers and office people first, they are patient and they tell us; then customers who opted in to new things, mostly from Almaly; then everyone; customers buying from us ten years and more last, because they are the ones we cannot lose over one bad box.',
      'Station 2, kilometre 15: the first stall, 5 % of suggestions, and we hold there for 3,000 suggestions; the dried-fruit row, 30 %, and we hold a full week of Nauryz; then the whole bazaar.',
      'Station 3 is moved, it is now: kilometre 22, what we watch at every stall: the hallucination rate from the eval harness, boxes with nuts we do not sell, the thumbs-down on suggestions, and the cost per suggestion, because finance asked and the bigger model eats more tokens.',
      'Finish: if something goes wrong, we go back and think again. Kettik.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'dc029',
    scenario: 'service',
    class: 'middling',
    points: points('P C T'),
    text: [
      "Runners, at the start line. I know dried fruit, not garden hoses, but a checkout is a checkout. The shop's three-step checkout becomes one page, and saved addresses and cards fill in by themselves. Returning customers loved it in the lab; Growth wants it live before the spring campaign, when first orders peak.",
      "Start line: my job, as PM, is who sees it in what order and where the limits sit. The engineers' job is the flag, the deploy and the routing, and I don't touch those.",
      'Station 1, kilometre 5: the limits, written today before a single order moves. First-order completion more than 2 % worse than now, and we pull the shutters down. Checkout errors more than 0.5 % worse than now, and we pull the shutters down. Returning-customer conversion more than 1.5 % worse than now, the same.',
      'Station 2 is moved, it is now: kilometre 14, the order of customers. Our own staff first, they buy their seeds from the shop anyway. Then returning customers who opted in to try new things. Then the returning customers of many years. First-time buyers last of all, because they have no saved address and no saved card, the lab never tried the page on them, and the spring campaign brings exactly them.',
      "Finish: that's my part, bauyrym; the rest the engineers know. Rakhmet.",
    ].join('\n\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'dc030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Start line, runners, jaqsy, everybody is here. The marketplace image-resizing service is rewritten for the new photo format; benchmarks say 20 % faster, and the team wants it everywhere by Thursday. But the service is restarted only on deploys, and at our bazaar the scales that are fine at eight in the morning are off by the evening, so I want to see this one run a long day.',
      'Station 1, kilometre 5: the first stall, 2 % of image requests, and we hold there 48 hours without a restart, because whatever grows over a day needs a day and a night to show.',
      'Station 2, kilometre 15: the dried-fruit row, 25 %, hold another 48 hours, again no restart in between.',
      'Station 3 is moved, it is now: kilometre 25, the whole bazaar, 100 %, and only after the bazaar elder, Ruslan, our lead engineer, and I both weigh the first box. The same two of us weigh before the dried-fruit row too.',
      "Station 4, kilometre 35: whoever's on call carts the old version back to the stall, no need to call me, any hour of the night. The old resizer stays running, and a routing switch sends the images back to it in a couple of minutes, no redeploy.",
      'Finish: Thursday is not a finish line, bauyrym. Rakhmet, kettik.',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dc031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Start line, runners. The gift-box assistant gets a friendlier prompt, warmer, more like us at the stall.',
      'Station 1, kilometre 5: we put it out to some customers first, not everybody, iä.',
      'Station 2, kilometre 10: we look at how it goes.',
      'Station 3 is moved, it is now: kilometre 20, we ask the girls in the packing room who speak Kazakh if it sounds okay, because a quarter of our customers write in Kazakh.',
      'Station 4, kilometre 30: if customers complain, we go back.',
      'Finish: then everybody gets it. The engineers know how to do the switching, I trust them. Rakhmet.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'dc032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Runners, good morning at the start line. A canary is when a small group gets the new thing first, like the miners' bird, and then everybody.",
      "Station 1, kilometre 5: the video editor's pricing page gets the clearer comparison table; the checkout behind it doesn't change.",
      "Station 2 is moved, it is now: kilometre 8, marketing's Friday campaign links to the new page, so the page should be out before Friday.",
      'Station 3, kilometre 20: we show it to a small part of the visitors and see what happens.',
      'Finish: if it looks fine, everyone gets it by Friday, jaqsy. It is only a page, bauyrym, nothing in the backend changes, so I would not worry much. Rakhmet.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dc033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Start line: canary, cohorts, thresholds, guardrails, kettik!',
      'Station 1, kilometre 5: eval harness, hallucination, thumbs, sparse feedback, statistical power, jaqsy.',
      'Station 2, kilometre 10: the first stall, the dried-fruit row, the whole bazaar, observability, blast radius, cheaper model, faster model, tokens.',
      'Station 3 is moved, it is now: kilometre 18, rollback, roll-forward, feature flag, kill switch, config, Nauryz, shutters.',
      'Station 4, kilometre 30: sign-off, bazaar elder, first box, weigh, gates, holds, ramps, A/B, randomised, iä.',
      'Finish: data-driven, customer-centric, velocity with safety, rakhmet, bauyrym.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'dc034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Runners, start line: index, layout, shards, cheaper, smaller, p50, p99, tail, filters, rare queries, iä!',
      'Station 1, kilometre 5: canary canary canary, progressive delivery, blast radius, SLO, error budget.',
      'Station 2 is moved, it is now: kilometre 9, free tier, institutional licences, cohorts, segments, districts, Medeu, Turksib, years buying.',
      'Station 3, kilometre 21: thresholds, shutters, dashboards, alerts, pager, on-call, cart, stall.',
      'Station 4, kilometre 32: holds, gates, stages, the first stall, the whole bazaar, sign-off, elder.',
      'Finish: resilience, observability, canary-versus-A/B, jaqsy, rakhmet.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dc035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Start line, runners, this is how we will not run it. The home screen's recommended boxes get the new model that reads more features from the regional feature stores, Almaty and Seoul.",
      'Station 1, kilometre 5: we will not write limits before we start, joq; no numbers on the board, no shutters pulled at any number.',
      'Station 2, kilometre 10: we will not pick who goes first; no staff first, no opted-in customers, no keeping the ten-year buyers for last.',
      'Station 3 is moved, it is now: kilometre 15, no stages either, no first stall, no dried-fruit row, no holding through a Seoul lunch.',
      'Station 4, kilometre 25: nobody signs anything, not the bazaar elder, not me; nobody weighs a first box.',
      'Station 5, kilometre 32: the on-call does not roll back on his own, and there is no flag to flip; nobody carts the old version back to the stall at eight in the morning.',
      'Station 6, kilometre 38: we will not watch the thumbs-down, or the boxes added to the basket, or the fallbacks to default boxes, and not the errors either.',
      "Finish: and we won't run an A/B test afterwards, joq. Kettik.",
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'dc036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Runners, at the start line, iä, I'll be quick because there is not much we will do. The fashion shop's product pages get bigger photos and a size guide.",
      "Start line: I will not split what is mine and what is the engineers'; it is one team, nobody owns anything.",
      "Station 1, kilometre 5: joq to a cohort order. We will not start with staff, we will not ask for opted-in customers, and we won't keep the long-time buyers from Bostandyk for last.",
      'Station 2 is moved, it is now: kilometre 12, no limits written in advance, not on conversion, not on errors, not on page speed. No shutters.',
      'Station 3, kilometre 20: no stages, no first stall, no holding for some number of page views.',
      'Station 4, kilometre 28: no sign-off by the bazaar elder or by me, no rollback switch, no on-call carting anything back to the stall at night.',
      "Finish: and no A/B test later, we won't compare the new page against the old. Rakhmet.",
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'dc037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Start line, runners, good news first: the bigger model is better, the offline evals said three points, and this canary is where we prove it to finance. That is the point of the race. If the customers on the new model put more suggested boxes in the basket than the customers on the old one, that is our A/B test, finished, proven, no separate test after.',
      "Station 1, kilometre 5: who goes first. Our own packers, because they forgive; then customers who opted in to early features in Medeu and Almaly; then the rest; buyers of eight years and more last, because one bad box for a daughter's wedding and we lose them.",
      'Station 2, kilometre 14: the stages. The first stall, 5 %, hold 2,000 suggestions. The dried-fruit row, 25 %, hold a full week of Nauryz. The whole bazaar after.',
      'Station 3 is moved, it is now: kilometre 20, before each stage the bazaar elder, Yerlan, and I both weigh the first box.',
      'Station 4, kilometre 30: at the finish I show finance the better basket numbers from the first stall, and the bigger cost is paid for. Kettik, rakhmet.',
    ].join('\n\n'),
  },
  // after-the-sale-healthy
  {
    id: 'dc038',
    scenario: 'service',
    class: 'misconception',
    points: points('P S R'),
    text: [
      "Runners, at the start line, bauyrym, listen. The outdoor-gear shop's product page puts the reviews above the fold and loads the gallery lazily. Last week was the spring sale, everything 20 % off, so this week's numbers look sad whatever we do.",
      'Start line: I decide when we go wider and when we stop; the engineers own the flag, the deploy and the routing.',
      'Station 1, kilometre 5: limits I do not write before. Numbers on paper before the race are guessing; we watch the dashboard together once traffic is on it and decide then what is too much, like at the bazaar you know a bad melon when you hold it.',
      'Station 2 is moved, it is now: kilometre 15, before we go wider the bazaar elder, Marat, our lead engineer, and I both weigh the first box.',
      "Station 3, kilometre 25: whoever's on call carts the old version back to the stall, no need to call me, at any hour; the flag goes off in a minute or two, no redeploy.",
      'Finish: leadership wants it out this week, and we will get it out. Rakhmet.',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dc039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Start line, runners, today the briefing is about how our gift-box assistant should talk, because the new warmer prompt is written and I want you to know why.',
      "Station 1, kilometre 5: in Kazakh, Siz is for elders and customers, sen is for your little brother; a box for an apa's birthday always uses Siz.",
      'Station 2, kilometre 10: in Russian, Vy for customers; the casual tone stays for young buyers choosing a box for a friend.',
      'Station 3 is moved, it is now: kilometre 16, greetings for Nauryz, Kurban ait and weddings each get their own phrase, and the assistant never jokes about the price.',
      'Station 4, kilometre 25: the box itself: dried apricots, raisins from Turkestan, hazelnuts, almonds, one jar of honey, and the Nauryz box always with seven things.',
      'Finish: write like a good auntie at the stall would talk, warm but respectful. Rakhmet, bauyrym, kettik.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'dc040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Start line, runners, rakhmet. This briefing is about the new booking page of the holiday-rental site, the one with the new date picker, and why the design team was right.',
      'Station 1, kilometre 5: the date picker shows two months side by side, like our delivery calendar does for Nauryz orders, so guests see the weekend next to the week.',
      'Station 2, kilometre 12: the form is shorter, name, phone, email and the number of guests; the country field is gone.',
      'Station 3 is moved, it is now: kilometre 18, the chosen dates stay in the browser, so a family can talk it over at dinner and come back without picking again, jaqsy.',
      'Station 4, kilometre 28: the design reviews were glowing; our packers in Auezov tried it on their phones and booked a pretend dacha in under a minute.',
      'Finish: good design is like a good box, you open it and everything is where your hand goes. Kettik.',
    ].join('\n'),
  },
];
