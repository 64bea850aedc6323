import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fourth fresh set, author a: middling (cl008–cl010), weak (cl011–cl012), keyword salad
 * (cl013–cl014), negated (cl015–cl016), misconception-led (cl017–cl018) and off-topic
 * (cl019–cl020) answers, written blind and labelled by hand before anything was run. Voice: an
 * Orkney puffin-trip booking PM calling the plan as a bingo caller's patter.
 */
export const EIGHTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cl008',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'Eyes down, buddo. A bigger model on the wildlife answers, same prompt, longer memory, and finance asking what a chat costs.',
      "Kelly's eye, number one — my end of it is the order and the calls on when to stop; the engineers have the routing, the deploy and the flags, and I keep my hands off those.",
      "Me and you, number two — the crew and the office get it first, since they'll quiz it on every bird at the Brough; then the early testers who ticked the box; then regulars with four summers or more; first-summer bookers last, because a wrong answer on your first trip puts you off for good.",
      "Cup of tea, number three — what I'll watch, beyond it falling over: how often the harness catches it making up a bird, how many thumbs go down, and what each chat costs against the old one.",
      'Legs eleven — after that we keep it going out bit by bit, and if it looks bad, we go back.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cl009',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Eyes down. One-page checkout, saved cards filled in for you, and the spring campaign coming.',
      "Kelly's eye, number one — staff checkouts first; then the early-access customers who opted in; then returning customers with two years or more of orders; first-time buyers last, because they've no saved card to fill in and they're who the campaign is paying for, same as the first-summer folk on our boats.",
      'Legs eleven — the card, written before anyone sees it: checkout errors more than 0.5 per cent worse than now, p99 more than 200 milliseconds worse, or first-order conversion more than 2 per cent worse than the old checkout, and we stop calling.',
      "Man alive, number five — the first line is 5 per cent, held for 10,000 checkouts; two lines is 25 per cent, held a full week; then full house, and not on the campaign's first weekend.",
      "Top of the shop, 90 — and then we'll see how it goes.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cl010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Eyes down, buddo. The resizer is rewritten for the new photo format, the benchmarks say 20 per cent faster, and the team wants it everywhere by Thursday.',
      "Man alive, number five — the first line is 5 per cent of listing pages, held a full day and a night without a restart, because a thing that's only restarted on deploys can go off like bait left in the sun. Two lines is 25 per cent, held 48 hours, again with no restart. Then full house. Thursday can wait.",
      "Legs eleven — at each line the skipper, that's the image team lead, and I both shout house before we move on.",
      'Two little ducks, 22 — whoever has the phone that night puts the old resizer back with the routing switch, minutes, not a redeploy, no need to ring me.',
      "The rest we'll sort out as we go.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cl011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Eyes down, buddo. Kelly's eye, number one — it's a cheaper model, so finance will be happy.",
      "Two little ducks, 22 — we'd give it to a peedie few folk first and keep an eye on things.",
      'Legs eleven — if folk start complaining about the answers, we go back.',
      'Top of the shop, 90 — the engineers know this far better than me, so I would let them get on with it and they can tell me when it is out.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cl012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Eyes down. A new pricing table, and nothing changes in the backend.',
      "Clickety-click, 66 — it's only a page, so we'd put it out, maybe a peedie bit first, and see.",
      "Doctor's orders, number nine — keep an eye on things over the weekend, ken, and if the Friday campaign goes badly we take it down.",
      "It's like a calm day on the boats: you still count the life jackets, but you don't make a song and dance of it.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cl013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Eyes down! Kelly's eye: canary, cohort, threshold, feature store.",
      'Two little ducks: rollback, ramp, hold, gate, Singapore lunch, Berlin morning.',
      'Legs eleven: p99, p95, latency, error rate, click-through, eval harness.',
      'Clickety-click: hallucination, thumbs-down, token cost, model quality, regional peak.',
      'Two fat ladies: skipper, sign-off, house, first line, two lines, full house.',
      'Top of the shop: A/B, randomised, safe, better, PM owns, engineering routing, flags.',
      'Peedie, buddo, ken. Cohort cohort, threshold threshold, rollback rollback. House!',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cl014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Eyes down, buddo! Legs eleven — index, tail, p99, p99.9, filters, free tier, institutional licence, cohort order.',
      'Two fat ladies — threshold, threshold, gate, hold, ramp, first line, two lines, full house.',
      "Kelly's eye — rollback, routing, config switch, on-call, phone, minutes, night.",
      'Top of the shop — A/B, canary, safe, better, randomised, baseline.',
      'Clickety-click — skipper, sign-off, house, PM owns, engineering owns, flags, deploy.',
      'Eyes down again — cohort, threshold, rollback, hold, gate, p99, house, house, house!',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cl015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Eyes down, buddo, and I'll tell you what I'd not bother with.",
      "Kelly's eye, number one — I'd not split out what's mine and what's the engineers'; nobody needs that written down.",
      'Me and you, number two — no staff first, no early testers, no order by island or by summers booked; I would not pick who goes first at all.',
      "Legs eleven — I'd not write limits down before we start; there's no number on any card.",
      "Man alive, number five — no first line, no two lines, no holding at either; I'd not wait out a week of the St Magnus Festival or any count of bookings.",
      'Clickety-click, 66 — no skipper and me shouting house; nobody signs anything off.',
      "Two little ducks, 22 — I'd not give whoever has the phone that night leave to put the old version back.",
      "Top of the shop, 90 — and no A/B test after; I wouldn't split safe from better. It's a date picker and a shorter form. It goes to everyone this afternoon.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cl016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Eyes down, buddo, and here's all I'd leave off the card.",
      "Kelly's eye, number one — I'd not carve up who owns what between me and the engineers; there's no list of PM decisions.",
      "Cup of tea, number three — I wouldn't send it to the crew first, or to the opted-in testers, and I'd not keep the German speakers or the first-summer bookers for last. No order at all.",
      'Legs eleven — no limits written before it starts: no thumbs-down number, no error number.',
      'Man alive, number five — no first line, no two lines, no hold for a week of the St Magnus Festival or for any count of bookings.',
      "Clickety-click, 66 — I'd not have the skipper and me shouting house at each line; nobody signs anything off.",
      "Two little ducks, 22 — I wouldn't give whoever has the phone that night leave to put the old prompt back.",
      'Two fat ladies, 88 — no eval harness, no thumbs-down rate by language, no eye on the cost per answer.',
      "Top of the shop, 90 — and no A/B test after, no splitting safe from better. It's only a friendlier prompt; it goes to everyone the day.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cl017',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T'),
    text: [
      'Eyes down, buddo. The bigger model goes on the wildlife answers, same prompt.',
      "Kelly's eye, number one — mine is the order and the limits; the engineers own the routing, the deploy and the flags.",
      'Cup of tea, number three — crew first, then the opted-in testers, then bookers with three summers or more; first-summer bookers last, as a bad first answer loses them for good.',
      'Legs eleven — written down before a single chat moves: errors more than 0.5 per cent worse than now, or p95 more than 300 milliseconds worse, and we stop calling.',
      "Top of the shop, 90 — and here's the heart of it: the canary is our A/B test. The 10 per cent on the new model against everybody else proves whether the bigger model is better. If more thumbs go up on the first line than on the old model, that's our proof it's the better model, and we call full house straight off, no separate test needed.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cl018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Eyes down. Reviews go above the fold and the gallery loads lazily, and last week was the spring sale, 20 per cent off everything.',
      'Cup of tea, number three — staff first, then opted-in early-access customers, then customers with three years or more of orders, country by country; new customers last, since a broken page on a first visit loses them.',
      'Man alive, number five — the first line is 5 per cent, held for 10,000 product views. Two lines is 25 per cent, held a full week. Then full house. Before each line the skipper and I both shout house.',
      "Legs eleven — now, limits. I'll not fix numbers before it starts; that's guesswork. I'd rather eyeball the dashboard on the first line and decide then what counts as bad, once I see how the numbers look against last week.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cl019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Eyes down, buddo, and I'll tell you about the best day we ever had on the boats.",
      "Kelly's eye, number one — one boat, the Peedie Tystie, out of Kirkwall at nine.",
      'Cup of tea, number three — three hundred puffins on the cliffs at Marwick before ten, ken, and a visitor from Ohio in tears.',
      'Legs eleven — eleven folk on board, and every one of them booked again for the summer after.',
      'Two fat ladies, 88 — eighty-eight photos from one wifie, all of the same bird.',
      "Top of the shop, 90 — the skipper brought out the flask and we all shouted house. That's what the job is about: folk going home with a story.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cl020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Eyes down, and here is what folk ask our wildlife helper most.',
      "Kelly's eye, number one — 'When do the puffins come?' Late April, and they're gone by mid-August.",
      "Me and you, number two — 'Will I see orcas?' Maybe, if you're lucky, off Hoy in June.",
      "Legs eleven — 'Why are puffins' beaks so bright?' For the courting; the colour fades in winter.",
      "Clickety-click, 66 — 'How many fish can a puffin carry?' Dozens of sandeels at once, lined up in the bill.",
      "Top of the shop, 90 — 'Is it rough out there the day?' Ask the skipper, buddo, not the model. And that's a full house of questions.",
    ].join('\n'),
  },
];
