import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-sixth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic
 * answers (cn028–cn040), written blind and labelled by hand (see README-b.md).
 */
export const EIGHTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: search-tail-latency
  {
    id: 'cn028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Alors, the shipping forecast for the new search index, the short one.',
      'North coast: wind easterly 4, sea slight, fine. The queue for the new index, as at the ticket office, crew before public: our own librarians and support staff first, because they run strange filtered searches all day. Then the researchers who signed up for the beta. Then the free tier, district by district. Institutional licences come last, because a university that pays and cannot search is a renewal we lose.',
      'Grand Port: wind variable 3, sea smooth, good. Written down before we start: p99 more than 300 ms worse than now and we close the gates; p99 for queries with five filters or more, more than 500 ms worse than now, and we close the gates; zero-result searches more than 1 point worse than now, close the gates.',
      'South coast: wind easterly 5, sea moderate, showers. The opening night at 5 %, the second night at 25 %, the closing night at 100 %, and each night holds for 200,000 searches before the next one.',
      'West coast: wind northerly 6, rough. If it goes wrong, we go back to the old index. Enfin, that is the forecast.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cn029',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Ki manière. The shipping forecast for the bigger support model, first areas only.',
      'North coast: wind easterly 3, fine, good. My part as PM is the release decisions: the order of cohorts, the limits and the holds. The engineers own the routing, the deploy and the flag, and I leave those to them.',
      'East coast: wind south-easterly 5, showers. We put the new model in front of some customers and see how it goes for a while.',
      'Grand Port: wind variable 3, good. On the dashboards, beyond errors and latency, we watch the hallucination rate from the eval harness, the thumbs-down rate on answers, and the token cost per conversation, which finance is asking about.',
      'West coast: wind northerly 5, moderate. If it looks bad, we go back.',
      'Rodrigues: fine. Alors, the canary only tells us the bigger model is safe; whether it answers payslip questions better we find out with a randomised A/B test afterwards, not from the canary numbers.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cn030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Alors, the shipping forecast for the one-page checkout, issued before the spring campaign.',
      'East coast: wind south-easterly 4, sea slight. The new page goes to a random 10 % of visitors to begin with, like drawing tickets from the raffle drum.',
      "Grand Port: wind variable 3, sea smooth, good. Agreed and written down before the window opens: checkout errors more than 0.5 % worse than now, first-order conversion more than 2 % worse than the old checkout's cohort, or page p99 more than 300 ms worse than now, and we close the gates.",
      'South coast: wind easterly 4, fine. The opening night at 10 %, the second night at 50 %, the closing night at 100 %, each one held until 3,000 first orders have gone through.',
      'Le Morne: wind westerly 3, fair. The festival director, here the head of growth, and I both stamp the wristband before each night opens.',
      'West coast: wind northerly 6, rough. If a line is crossed, we go back to the three steps. Enfin, end of forecast.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ki manière. The shipping forecast for the cheaper summary model.',
      'All areas: wind light and variable, sea slight, fair, good.',
      'We put the cheaper model out to some of the clinics and keep an eye on it. The vets will tell us if the summaries get worse, and if they do, we can always go back. The engineers know the switch better than I do, so they decide when it is ready for everyone.',
      'Enfin, it is cheaper and faster, so I expect fair weather. End of forecast.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cn032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Alors, the shipping forecast for the new pricing page.',
      'North coast: fine. It is only a page; the checkout behind it does not change.',
      "East coast: fine. We launch it before Friday's campaign so the links land on the new table.",
      'South coast: fair. We keep an eye on sign-ups and fix whatever comes up, like the box office on a quiet night.',
      'West coast: fine, good. Enfin, nothing to worry about. End of forecast.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Shipping forecast, recommendation model, alors.',
      'North coast: canary, cohort, staff, beta, Singapore, Berlin, feature store, flag.',
      'East coast: threshold 0.5 %, p99 200 ms, p95, add-to-cart, hallucination, eval harness, thumbs-down, token cost.',
      'Grand Port: opening night, second night, closing night, hold, gate, school-holiday week, 50,000 tickets.',
      'South coast: sign-off, festival director, wristband, stamp, on call, routing switch, rollback, minutes.',
      'West coast: A/B, randomised, safe, better, lunch peak, region, district, years.',
      'Rodrigues: canary canary, cohort threshold, hold gate, rollback rollback, ki manière, enfin.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cn034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Shipping forecast image resizer',
      'North coast easterly 4 canary photo format memory leak restart deploy Thursday 20 % faster benchmark',
      'East coast sellers listing pages staff beta district years cohort order rollback threshold p99 latency errors 0.5 % 200 ms',
      'Grand Port opening night second night closing night hold gate sign-off stamp wristband festival director',
      'South coast on call switch old version config routing minutes any hour A/B randomised safe better',
      'West coast memory leak memory leak memory growth restart restart canary rollback threshold hold',
      'Enfin alors ki manière end of forecast',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cn035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Ki manière. The shipping forecast for the new date picker, as the team wants it: 100 % this afternoon.',
      'North coast: wind easterly 4, fine. I will not split what I own from what engineering owns; there is no time for that.',
      'East coast: wind south-easterly 5, showers. No staff first, no early-access group, no order of districts, no sorting by how many years someone has booked with us.',
      'Grand Port: wind variable 3, good. No limits written down before, no numbers on the board, and nothing for which we would close the gates.',
      'South coast: wind easterly 4, fine. No opening night, no second night, no holds, not for a count of bookings and not for a school-holiday week.',
      'Le Morne: wind westerly 3. Nobody stamps the wristband, not the festival director and not me.',
      'West coast: wind northerly 6, rough. No on-call switch back to the old version; nobody will keep one ready for a date picker.',
      'Rodrigues: fine. No A/B test afterwards either. Enfin, end of forecast.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Alors, the shipping forecast for the warmer prompt, read without ceremony.',
      "North coast: wind easterly 3, fair. I won't draw a line between what I own and what engineering owns on this one.",
      "East coast: wind south-easterly 5, showers. We won't start with staff, won't use the opted-in users, won't keep the German-speaking districts for last, and won't sort anyone by years.",
      "Grand Port: wind variable 2, good. We won't fix any limit before the new prompt goes live: not for thumbs-down, not for formal address, not for errors or latency.",
      'South coast: wind easterly 4, fine. There will be no festival nights and no holds, no count of drafts, no waiting a week.',
      'Le Morne: wind westerly 3. Nobody will stamp the wristband, neither the festival director nor I.',
      "West coast: wind northerly 6, rough. We won't keep the old prompt ready to switch back in, and nobody on call will hold that switch.",
      "Rodrigues: fine. We won't watch the eval harness or the rewrite rate, and we won't run an A/B test afterwards. Enfin, that is all.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cn037',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H M'),
    text: [
      'Ki manière. The shipping forecast for the bigger support model, issued at 0600.',
      'North coast: wind easterly 4, sea slight, fine. I own the cohort order, the limits and the holds; the engineers own the routing, the deploy and the flag.',
      'East coast: wind south-easterly 5, sea moderate. Alors, the main thing: the canary is our A/B test. The 10 % on the bigger model against the 90 % on the old one, and if the 10 % get more questions resolved, that proves the bigger model is better and we roll it out to everyone. No separate test afterwards; the canary already answers it.',
      'Grand Port: wind variable 3, good. Fixed before traffic moves: error rate more than 0.5 % worse than now, p95 more than 300 ms worse than now, or cost per conversation more than 40 % above now, and we close the gates.',
      'South coast: wind easterly 4, fine. The opening night at 10 %, the second night at 50 %, the closing night at 100 %, each held for 10,000 conversations.',
      'Rodrigues: fine, good. Beyond errors and latency we gate on the hallucination rate from the eval harness and the thumbs-down rate on answers. Enfin, end of forecast.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cn038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Ki manière. The shipping forecast for the bigger product photos and the size guide.',
      'North coast: wind easterly 4, fine. I own the order, the limits and the holds; the web team owns the deploy, the routing and the flags.',
      'East coast: wind south-easterly 5, showers. Staff first, because they are on the live site all day checking stock and will spot a broken size guide within the hour, the way the crew finds a jammed turnstile before the public does. Then the loyalty members who opted into early access. Then district by district, customers with us five years or more before newer ones; first-time buyers come on the closing night, since a confusing size guide costs a first order.',
      "Grand Port: wind variable 3, fair. Alors, I don't fix the limits in advance. Staff traffic looks strange anyway, so I will watch the dashboard on the opening night and decide then what counts as too bad; writing numbers down before we have seen real traffic is guessing.",
      'South coast: wind easterly 4, fine. The opening night holds a full school-holiday week of staff browsing; the second night at 20 % and the closing night at 100 % each hold until 5,000 orders have been placed.',
      'Le Morne: wind westerly 3. The festival director, here the head of e-commerce, and I both stamp the wristband before each night. Enfin, end of forecast.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Ki manière. The shipping forecast for how we chose the cheaper summary model.',
      'North coast: wind easterly 4, fine. Three vendors quoted us; the cheapest charges a third of the price per thousand tokens.',
      'East coast: wind south-easterly 5, showers. We rewrote the summary template so the vet gets the diagnosis, the medication and the follow-up date in three short lines.',
      'Grand Port: wind variable 3, good. The contract is monthly, so we are not locked in, and the data stays in the European region.',
      'South coast: wind easterly 4, fine. At the festival we did the same with our question-answering bot: a smaller model, a tighter prompt, and a fact sheet with gate times and bus routes.',
      'West coast: wind northerly 5, moderate. Alors, the savings pay for a second support person for the clinics during the winter. Enfin, end of forecast.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cn040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Alors, the shipping forecast for next year's spring sale.",
      'North coast: wind easterly 4, fine. The 20 % off everything was too blunt; next year we discount tents and sleeping bags, not socks.',
      'East coast: wind south-easterly 5, fair. Start the sale on a Thursday so the weekend carries it, as we do with early-bird tickets at the festival.',
      'Grand Port: wind variable 3, good. Email the loyalty members two days early; they buy full baskets.',
      'South coast: wind easterly 4, good. End the sale at midnight on Sunday with a countdown on the home page; ki manière, it worked.',
      'West coast: wind northerly 5, rough. Keep the returns desk staffed the week after, because returns arrive after every sale. Enfin, end of forecast.',
    ].join('\n'),
  },
];
