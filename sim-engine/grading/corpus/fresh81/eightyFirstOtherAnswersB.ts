import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-first fresh set, author b: middling (ci028–ci030), weak (ci031–ci032), keyword salad
 * (ci033–ci034), negated (ci035–ci036), misconception-led (ci037–ci038) and off-topic
 * (ci039–ci040) answers, written blind and labelled by hand. Same voice as the strong answers:
 * a Lebanese wedding-hall booking app PM, every answer a museum audio guide with numbered stops.
 */
export const EIGHTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade (model)
  {
    id: 'ci028',
    scenario: 'model',
    class: 'middling',
    points: points('P T H'),
    text: [
      'Press 1 again, habibi, this is the short tour. The exhibit: our seating-plan assistant on a bigger model, same prompt.',
      "Stop 1. The desk on the left is mine: the limits, and how long we hold. The desk on the right is engineering's: the routing, the deploy, the flags.",
      'Stop 2. The card, written before anything moves: errors more than 1 point worse than today, khalas, it stops; p95 drafting time more than 3 seconds worse than today, khalas, it stops.',
      'Stop 3. The stages. The engagement at 5 %, the henna night at 25 %, the zaffe at 60 %, then everyone, and at each one we hold a full summer weekend of weddings before the next.',
      'Stop 4. If something goes wrong, we go back to the old one and look at what happened. Bon, that is the tour. Merci.',
    ].join('\n'),
  },
  // scenario: checkout-first-order (service)
  {
    id: 'ci029',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Press 2 for the shop wing. A home-and-garden web shop turns its three-step checkout into one page, with saved addresses and cards filled in for you. At the hall, the families who have booked five weddings with us know every corridor; the first-time couple gets lost. Same here.',
      'Stop 1. Look at the queue. Our own staff check out first. Then customers who opted in to the beta. Then returning customers, neighbourhood by neighbourhood. First-time buyers come last, because the new page has nothing saved to fill in for them, and the spring campaign brings thousands of them.',
      'Stop 2. The three rooms: the engagement, the henna night, the zaffe. Each one holds for 3,000 orders, and the henna night has to include a weekend.',
      "Stop 3. Before we move from one room to the next, the shop's ops lead and I both put our stamp on it.",
      'Stop 4. If the numbers look off, we will sit together and decide. Growth wants it live before the campaign; bon, we will see. Yalla.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'ci030',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text: [
      'Press 3. The cheaper, faster seating-plan model. A short visit.',
      'Stop 1. The silent room. Couples rarely rate a plan, and the harness grades only one in two hundred. So during the canary we grade one in ten, and beside errors we watch two things: how often the model invents a guest who is not on the list, and how often a couple throws the draft away and starts again.',
      'Stop 2. The night door. Whoever is on call brings back the old version, no need to wait for me, at any hour; it is a routing switch that takes a couple of minutes, not a new build.',
      'Stop 3. The last panel. This canary will tell us the cheaper model does no harm. It will not tell us couples like it better; that is a randomised A/B test afterwards.',
      'Stop 4. How many households, and how fast, we will feel out as we go. Merci.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy (service)
  {
    id: 'ci031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Press 4. Here, a pricing page with a clearer comparison table, for an online video editor.',
      'Stop 1. Admire the table. It is much nicer, bravo to design.',
      'Stop 2. We put it out a little at a time and keep an eye on it.',
      "Stop 3. If people don't like it, we can always change it back.",
      'Stop 4. Then on Friday the campaign comes and everyone sees it. Yalla, merci.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'ci032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Press 5. The new seating-plan model reads more about each family, so its suggestions should be smarter.',
      "Stop 1. It passed the team's tests in Beirut, so we are confident.",
      'Stop 2. We would turn it on gradually and watch the dashboards closely, Sydney as well.',
      'Stop 3. Engineering will handle the technical part; they know the feature stores better than me.',
      "Stop 4. If there are problems, habibi, we fix them quickly. That's it, merci.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (model)
  {
    id: 'ci033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Stop 1. Canary. Prompt, warm, casual, French, Arabic, formal address, Teta.',
      'Stop 2. Cohorts: staff, early access, opt-in, neighbourhoods, households, family weddings, khalas.',
      'Stop 3. Thresholds, 0.5 %, 2 points, p95, error rate, thumbs-down, eval harness, hallucination, invented guests.',
      'Stop 4. Engagement, henna night, zaffe. Hold, gate, ramp, 2 % 15 % 50 % 100 %, summer weekend, 300 bookings.',
      'Stop 5. Sign-off, stamp, hall manager, stamp.',
      'Stop 6. Rollback, on call, old version, config switch, minutes, no redeploy, any hour.',
      'Stop 7. Canary safe, A/B better, randomised, afterwards. Merci. Yalla.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak (service)
  {
    id: 'ci034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Press 8. Image resizer, new photo format, 20 % faster, Thursday, memory, restarts, deploys.',
      'Stop 1. Canary cohort threshold hold gate sign-off rollback A/B.',
      'Stop 2. Canary cohort threshold hold gate sign-off rollback A/B.',
      'Stop 3. Engagement henna zaffe, staff beta households neighbourhoods, p99 errors 0.5 % 200 ms, stamp stamp, on call switch minutes, safe better randomised.',
      'Stop 4. Canary cohort threshold hold gate sign-off rollback A/B.',
      'Stop 5. Engagement henna zaffe, staff beta households neighbourhoods, p99 errors 0.5 % 200 ms, stamp stamp, on call switch minutes, safe better randomised.',
      'Stop 6. Memory leak, memory leak, hall manager, khalas khalas, yalla.',
    ].join('\n'),
  },
  // scenario: search-tail-latency (service)
  {
    id: 'ci035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Press 6. The new search index for academic papers: smaller, cheaper, and faster on the median query.',
      "Stop 1. You might expect a panel here about who owns what, the PM on one side and engineering on the other. There isn't one; I don't split it that way.",
      "Stop 2. No guest list either. I won't put staff first, or opted-in users next, or keep the institutional licences for last.",
      "Stop 3. Nor is there a card of limits written in advance. We don't fix numbers for errors or tail latency before traffic moves.",
      "Stop 4. No engagement, no henna night, no zaffe: I'm not holding at stages, and nobody stamps anything before it goes further, not the hall manager, not me.",
      "Stop 5. And no red switch. I don't plan for the on-call engineer to flip it back alone in the night.",
      "Stop 6. Finally, no A/B test afterwards, and I don't separate safe from better. Khalas, the tour is over.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade (model)
  {
    id: 'ci036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Press 9, habibi. The bigger model for seating plans. This is a tour of empty plinths; I will tell you what would have stood on each, and that we took it away.',
      "Stop 1. Here there would be a sign saying the PM owns the order and the limits while engineering owns the routing. We don't divide it like that.",
      'Stop 2. Here there would be a guest list with staff first, early access next and loyal households last. We decided against any order.',
      "Stop 3. Here, a card of limits written before launch. We won't commit to numbers ahead of time.",
      'Stop 4. Here, the engagement, the henna night and the zaffe, with a hold at each. No stages for us, and no stamps from the hall manager or from me.',
      "Stop 5. Here, a switch the on-call engineer could flip alone at night. We don't give anyone that.",
      "Stop 6. Here, the invented-guest rate and the couples' thumbs-down. We are not tracking either.",
      'Stop 7. And here, a randomised A/B test after the canary. We are not running one. Khalas, merci.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'ci037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Press 12, and let me say it plainly at the first stop, because the whole tour hangs on it.',
      'Stop 1. This canary is our A/B test. If the households on the cheaper model rate their seating plans higher than the others, that proves the cheaper model is better, and we roll it out to everyone. That is what a canary is for.',
      'Stop 2. The guest list: our staff first, because they forgive us; then households who opted in to early access; then neighbourhood by neighbourhood; the households with five family weddings or more booked with us go last, because they are the most valuable to us.',
      'Stop 3. The stages: the engagement, the henna night, the zaffe, and at each we hold for 300 plans before moving on.',
      'Stop 4. Before each stage, the hall manager and I both put our stamp on it.',
      'Stop 5. Whoever is on call brings back the old version, no need to wait for me, at any hour: a config switch, a few minutes.',
      'Stop 6. And at the zaffe, if the canary side rates better, we have our winner. Merci.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact (service)
  {
    id: 'ci038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C A'),
    text: [
      "Press 13. A fashion shop's product pages get bigger photos and a size guide. First, plainly: I don't write limits in advance. I prefer to watch the dashboard each evening and judge then what looks too bad; numbers fixed before the data is in are only guesses.",
      "Stop 1. Who owns what. Mine: the order of customers and the call to stop. Engineering's: the flag, the routing, the deploy.",
      "Stop 2. The order: staff first, because they use the live site all day and tell us what breaks; I won't read anything into their purchases, staff almost never buy. Then opted-in beta shoppers. Then everyone else, with customers who have bought from us for years last, the way the hall serves households with five family weddings last from a new menu.",
      'Stop 3. When it is all out, it tells me the pages are safe: safe, not better. Better needs a randomised A/B test afterwards, and I will ask for one.',
      'Stop 4. So, the evening routine: I look at the graphs, and if something looks worse than I like, khalas, we stop.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy (service)
  {
    id: 'ci039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Press 10. Welcome to the product page of an outdoor-gear shop, the week after its spring sale.',
      'Stop 1. Look at the reviews, now above the fold. When I book a hall for a cousin, the first thing I read is what other families said; the photos come after. Design got this right.',
      'Stop 2. The gallery below loads its photos only as you scroll. On a village connection in the Chouf that matters: the page opens before the pictures arrive.',
      'Stop 3. The sale itself: twenty percent off everything, finished Sunday at midnight. At the hall we do the same in January, when nobody marries, and the phones ring all week.',
      'Stop 4. My advice to the shop: answer every review, even the angry ones, the way we answer every mother of the bride. Merci, habibi.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'ci040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Press 11, the last exhibit: how our seating-plan model thinks about a Lebanese wedding.',
      'Stop 1. Teta sits near the dance floor but never near the speakers. The model learned this from past plans.',
      'Stop 2. Cousins who have not spoken since the inheritance go at opposite ends of the hall; the couple tells us once, and the model remembers.',
      'Stop 3. The relatives flying in from Sydney arrive tired, so they sit near the door and the coffee.',
      'Stop 4. Now that it reads more about each family, it can suggest the menu too: more mezze for the Zahle side, more sweets for the Tripoli side. Yalla, bon appétit, merci.',
    ].join('\n'),
  },
];
