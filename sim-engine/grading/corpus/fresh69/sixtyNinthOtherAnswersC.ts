import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-ninth fresh held-out set, author c: middling (bw048–bw050), weak (bw051–bw052), salad
 * (bw053–bw054), negated (bw055–bw056), misconception-led (bw057–bw058) and off-topic
 * (bw059–bw060) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SIXTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order — Black Country speech, middling: order with reasons, per-thousand limits up front, locks held a weekend; no owner split, sign-off, rollback or A/B
  {
    id: 'bw048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "I'd get staff on it first, 'cause they'll try their hardest to break it. Then returning customers, 'cause they loved it in the lab and they've got saved addresses and cards, so if the autofill plays up they'll spot it and still finish. First-time buyers go last of all, 'cause they're the ones this could lose, and spring's when most of 'em turn up.",
      'Before we start I write the numbers down: checkout errors anything over 5 in a thousand above the old three-step page, p99 page load no more than 300 ms slower, and first-order conversion not down more than 2 % against the old checkout.',
      'Stages like the locks on a flight: bottom lock staff, middle lock returning customers at 20 %, top lock everybody including first-time buyers, and we hold at each one through a full weekend before going up.',
      "That's the bones of it. I'd see how it goes at the top and take it from there before the campaign.",
    ].join('\n'),
  },
  // support-model-upgrade — Black Country speech, middling: PM vs engineering, three model signals on the gate, phones-person rollback; no numbers, order, stages, sign-off or A/B
  {
    id: 'bw049',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'My bit is the decisions, not the plumbing. Engineering do the routing, the flag and the deploy; I decide how far we open it, what we watch and when we stop.',
      "What we watch, 'cause it's a model: the eval harness's hallucination rate on a sample of real conversations, the thumbs-down rate from users, and cost per conversation, 'cause finance has asked and a bigger model with a longer window ay going to be cheaper. Those three are on the gate, not just on a dashboard somewhere.",
      "Rollback: whoever's on the phones can put the old assistant back on, any hour, with the config switch. Takes minutes. They dow need me to say so.",
      "How many users and how fast, I'd start small and open it up as it looks alright. I'd not want to promise dates in an interview.",
    ].join('\n'),
  },
  // storage-migration-under-load — plain written, middling: limits before reads move, locks held through cold-cache peaks, two named sign-offs; biggest teams first (not C), 'we go back' (not R)
  {
    id: 'bw050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Numbers first, agreed with the team before we move a single read: page-load errors anything over 2 in a thousand above the old cluster, p99 task-read latency more than 250 ms worse, and tasks created per active team not down more than 3 % against the baseline.',
      'Stages: bottom lock 5 % of reads, middle lock 25 %, top lock 100 %. Each lock holds through a full Monday-morning peak with cold caches; I would have the caches flushed before each lock so we are not fooled the way the load test was.',
      'After each lock the engineering manager, Tom, and our head of support, Jas, shake on it before the next one opens.',
      'Which teams? I would put the biggest teams on first, since they make the most load and we learn fastest. If it goes wrong, we go back to the old cluster.',
    ].join('\n'),
  },
  // quiet-feedback-trap — Black Country speech, weak: goes slow and keeps an eye, nothing concrete
  {
    id: 'bw051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Ar, well, I'd roll the cheaper model out bit by bit and keep an eye on it. Vets am busy so they won't rate much, but we'd watch what we can.",
      "If summat looks off we'd have a word with engineering and get it sorted. It's cheaper and it's faster, so it should be alright, and we'd be careful with it. That's how we do things at the boat firm and it's served us well.",
    ].join('\n'),
  },
  // image-resizer-memory-leak — plain spoken, weak: gradual, watch the graphs, talk each morning
  {
    id: 'bw052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Twenty per cent faster is lovely, but I'd not rush it. Let it out gradual, like, watch the graphs, and have a chat with the team each morning about how it's looking.",
      "If sellers start moaning about their photos we'll look into it. Thursday's a bit tight, but it's doable if nowt goes wrong.",
    ].join('\n'),
  },
  // lunch-peak-recommendations — salad of the voice's own terms in fragments, no committed sentence
  {
    id: 'bw053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Lunch peak. Singapore. Berlin 06:00. Feature stores.',
      'Bottom lock, middle lock, top lock, 2 % 20 % 100 %.',
      'Anything over 3 in a thousand, anything over 150 ms, p99, p95, 25 % compute.',
      'Eval harness, hallucination, baskets, thumbs.',
      'Boatyards, first-time crews, returning crews, staff, beta.',
      'Shaking on it, bookings lead, changeover Saturday, seven peaks.',
      'Old assistant back on, phones, any hour, config, minutes.',
      'PM owns, engineering owns. Safe not better, randomised A/B. Dow know yet.',
    ].join('\n'),
  },
  // search-tail-latency — salad as one run-on string of terms and numbers with a dialect word or two
  {
    id: 'bw054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Search index new layout smaller cheaper, tail latency p99 p99.9 rare many-filter queries, institutional licences last free tier first staff first, 1 % 5 % 25 % 50 % 100 %, 0.5 % errors 200 ms tail 2 % searches per session baseline, bottom lock middle lock top lock hold hold hold, changeover changeover, sign-off handshake bookings lead, on-call rollback config switch five minutes 24/7, canary A/B randomised safe better, PM owns engineering owns routing flags, ar, bostin.',
  },
  // pricing-page-healthy — Black Country speech, negated: every practice named only to be turned down
  {
    id: 'bw055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Tell yow the truth, I'd not bother with most of the canary kit for a pricing table.",
      "I'd not put staff first, nor opted-in users, nor keep anybody back till last; no order at all.",
      "I wouldn't write stop numbers down beforehand, not for errors, not for page speed, not for sign-ups.",
      "No locks and no holds. I'd not sit through a changeover Saturday for a comparison table.",
      "Nobody shakes on owt, and I wouldn't split what's mine from what's engineering's either.",
      "I'd not have whoever's on the phones able to put the old page back on with a switch, and there'd be no A/B test after, neither.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down — plain written, negated: each practice rejected in turn
  {
    id: 'bw056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'I would not stage this one.',
      'No internal users first, and no holding German speakers back for a lock of their own.',
      'No limits fixed in advance: not on thumbs-down, not on errors, not on latency.',
      'I would not gate on the eval harness or on token cost, and I would not name anyone to sign off a step.',
      'I would not make rollback a config switch the on-call engineer can flip at night, and I would not run a randomised A/B test afterwards.',
      'I would not carve out a PM role separate from engineering for a prompt change.',
    ].join('\n'),
  },
  // support-model-upgrade — Black Country speech, misconception-led: the canary is the A/B test that proves the bigger model better; commits to order, limits, locks and model signals
  {
    id: 'bw057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "I'll be straight with yow: the way I see it, the canary is our A/B test. Old model on one side, new one on the other, and by the top lock we know which one's better. If the bigger model resolves more questions than the old one in the canary, that's the proof, and that's what I take to finance as the answer on cost. No separate test needed afterwards.",
      "The rest is standard. Our own HR and payroll staff get it first, then customers who opted into early access, then everyone else, with the big employers running month-end payroll last 'cause they're the least forgiving.",
      'Stop lines, fixed before we start: errors anything over 4 in a thousand above the old model; p95 reply time more than 700 ms worse; escalations to a human up by anything over 25 in a thousand against baseline.',
      "And 'cause it's a model, we gate on the eval harness's hallucination rate as well, anything over 3 in a thousand sampled answers, and we watch thumbs-down and tokens per conversation every day.",
      'Locks: bottom lock staff, middle lock early access plus 10 %, top lock 50 %, each held a full week before going up. At the top lock we read off the winner and go to 100.',
    ].join('\n'),
  },
  // after-the-sale-healthy — Black Country speech, misconception-led: only the PM may roll back; commits to order, limits against a concurrent baseline, and locks with holds
  {
    id: 'bw058',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "Thing is, I want one pair of hands on the tiller, and that's mine. Nobody puts the old product page back on but me. If whoever's on the phones sees summat at three in the morning, they ring me, I look, and I decide; I'd rather be woke up than have on-call rolling back on a hunch.",
      "Order: staff first, then shoppers in our opted-in preview group, then returning customers, and brand-new visitors last, 'cause a first look at a product page is the one you dow get back.",
      "Numbers, fixed before we start, and measured against the old page running alongside this week, not against last week's sale, 'cause the sale would make anything look broken: page errors anything over 3 in a thousand above the old page, p95 gallery load no more than 300 ms slower, and add-to-basket not down more than 2 % against the old page's cohort.",
      'Locks: bottom lock staff, middle lock preview plus 10 %, top lock 50 %, each held three full days before we go up, then everyone.',
    ].join('\n'),
  },
  // staff-cohort-artifact — plain spoken, off-topic: a project to give staff a stock-check tool instead of a release plan
  {
    id: 'bw059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "The real problem I see here is staff using the live shop as a stock checker, so that's what I'd fix.",
      "I'd sit with the store managers for a week and note what they look up: stock by size, orders for customers, delivery dates. Then I'd have a small internal stock screen built with just those three things on it.",
      'After that, training sessions in the stores, a two-minute video and a feedback form. Success is the number of staff visits to the live site falling by half within a month.',
      "That's the project I'd push for before anything else.",
    ].join('\n'),
  },
  // lunch-peak-recommendations — plain spoken, off-topic: a customer-research programme for Asian shoppers, mentions the boat firm's first-time crews
  {
    id: 'bw060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'If I am honest, what I would want to do with the recommendation model is understand the customers first.',
      'In South-East Asia we know next to nothing about how people build a basket. I would run twenty interviews in Singapore and Kuala Lumpur, a two-week diary study on what people order for lunch compared with the weekly shop, and a card sort on the categories we show on the home screen.',
      'Then I would sit down with the data scientists, agree which of those behaviours the features ought to capture, and write the next two quarters of the roadmap around it.',
      'At the canal-boat firm where I work now we did the same with first-time crews, and it changed the whole product.',
    ].join('\n'),
  },
];
