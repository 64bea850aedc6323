import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-third fresh set, author c: middling (de048–de050), weak (de051–de052), keyword
 * salad (de053–de054), negated (de055–de056), misconception-led (de057–de058) and off-topic
 * (de059–de060) answers, written blind and labelled by hand. One voice throughout: a Yangon
 * gold-leaf workshop PM announcing a lottery draw live.
 */
export const HUNDRED_AND_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'de048',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Tonight's draw, a-ko, for the bigger model behind our gilding assistant. Only three balls; I am still learning this machine.",
      'First ball: who sees it first. Our own gilders, because they notice a silly suggestion at once. Then the customers who said houq-keh to trying new things, in Bahan and Sanchaung. The pagoda trustees and our oldest buyers last, because they gild sacred images and a wrong amount of leaf there is not a small thing.',
      'Second ball: the stages. The first sheet is a small slice and it stays there until it has made 1,000 suggestions; the bundle is a quarter of our customers, held until 5,000; then the whole pagoda.',
      "Third ball: how long all of it takes, a week, I'd guess. Ball 3 is void; the redraw: what we look at. Not only errors. We watch the eval harness grade on long questions, because the evals only went up on the short ones; the thumbs-down rate; and what each suggestion costs, since finance asked.",
      'If something looks wrong, we will talk it over and probably go back. Kaung deh?',
    ].join('\n\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'de049',
    scenario: 'service',
    class: 'middling',
    points: points('P T S'),
    text: [
      'Good evening, a-ko, the draw for the one-page checkout at the home-and-garden shop. Growth would like it live before the spring campaign, and I understand. But first-time buyers are my worry: returning customers loved it in the lab with their saved cards filled in, and a first-time buyer has nothing saved.',
      'First ball: what is mine. I decide which customers see it, the limits and how long we wait. The engineers decide the flag, the deploy and how the traffic is split. Everyone in their own room, kaung deh.',
      'Second ball: the limits, agreed on paper before the flag is touched. First-order conversion more than 2 % worse than now; checkout errors more than 0.5 % worse than now; checkout p99 more than 300 ms worse than now. Any one, and we shut the beating room.',
      'Third ball: the campaign date. Ball 3 is void; the redraw: each time we widen the checkout, the master beater, our lead engineer, and I both press the first leaf. Neither of us alone.',
      'That is the draw. How far and how fast, we will see when we get there.',
    ].join('\n\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'de050',
    scenario: 'service',
    class: 'middling',
    points: points('H R A'),
    text: [
      'A-ko, the draw for the new image resizer at the marketplace. Benchmarks say 20 % faster, the team wants it everywhere by Thursday, and the service restarts only on deploys. In our workshop a beater who is fast in the morning is not always fast by evening; arms tire. I suspect the same of this service.',
      'First ball: a random slice of listing pages, whichever ones the router picks.',
      'Second ball: stages long enough for a whole day to pass. The first sheet, 2 %, holds 48 hours without a restart and at least a million image loads. The bundle, 25 %, holds another 48 hours. Then the whole pagoda. Thursday will have to wait; ma houq-bu, not by Thursday.',
      "Third ball: ask the team to restart it every night so it stays fresh. Ball 3 is void; the redraw: that would only hide the slowness we need to see. Going back instead. Whoever's on call puts the old leaf back, no need to call me, in the middle of the night too; the router sends images to the old resizer again in two minutes, no deploy.",
      'Fourth ball: the canary says it is safe to run all day. It does not say that faster is better for sellers; if we want that, an A/B test afterwards.',
      'We will keep an eye on the graphs as it goes.',
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'de051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Mingalaba, a-ko. A small draw tonight for the cheaper model that writes our gilding suggestions.',
      'First ball: it is cheaper and faster, kaung deh, and the accountant is smiling.',
      'Second ball: we give it to some customers first and see.',
      'Third ball: the date. Ball 3 is void; the redraw: we give it to some customers first and see how it goes, then to more.',
      'Fourth ball: if customers are unhappy, we go back to the old one.',
      'That is all the balls, a-ko. I trust the engineers with the rest; they know the machine better than I do.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'de052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Good evening, a-ko. This draw is for the new pricing page of the video editor. The table is clearer, and behind it nothing changes.',
      'First ball: a canary release, as I understand it, is when the new thing goes to a few people before everyone, like the miners with their little bird.',
      'Second ball: this is a small change, houq-keh, only a table.',
      'Third ball: the campaign is Friday. Ball 3 is void; the redraw: the campaign is Friday, so the page should be ready a little before then.',
      'Fourth ball: we put it out a bit at a time and look at how people like it.',
      'In the workshop, a new pattern book goes on the counter and we see whether customers turn the pages. Here too, I think.',
    ].join('\n\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'de053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Draw, a-ko, search index, live.',
      'First ball: canary, cohort, p99, p999, tail latency, blast radius, kaung deh.',
      'Second ball: threshold, guardrail, SLO, error budget, synthetic probes, golden signals.',
      'Third ball: ramp, hold, gate, bake time, sign-off, the first sheet, the bundle, the whole pagoda.',
      'Fourth ball: smaller cheaper index. Ball 4 is void; the redraw: rollback, roll forward, feature flag, kill switch, dark launch, shadow traffic, houq-keh.',
      'Fifth ball: A/B, significance, p-value, lift, institutional licences, free tier, filters, shards.',
      'Sixth ball: observability, dashboards, alerting, on-call, runbook, postmortem, hosting savings.',
      'Seventh ball: master beater, first leaf, beating room, Thingyan, Bahan, Sanchaung.',
      'All balls drawn, a-ko. Synergy.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'de054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Mingalaba, a-ko, the draw for the suggestion model with more features, live from the machine.',
      'First ball: feature store and feature store and features per request and embeddings and drift and personalisation at scale.',
      'Second ball: hallucination rate, eval harness, thumbs-down, acceptance, cost per suggestion, p95, guardrail metrics, model quality, kaung deh.',
      'Third ball: California lunch, half past two, Yangon night, regional capacity, autoscaling, headroom, sizing.',
      'Fourth ball: cohorts and townships and years buying and early trial and trustees, houq-keh.',
      'Fifth ball: gates and holds and a full week of Thingyan and sign-off and the first leaf. Ball 5 is void; the redraw: gates, holds, Thingyan, sign-off, first leaf, the master beater, alignment.',
      'Sixth ball: rollback, on call, config, flag, minutes, safety, A/B, lift, canary versus experiment.',
      'And that is the draw. Best practice all round, a-ko.',
    ].join('\n\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'de055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Good evening, a-ko. This is the draw for the warmer prompt in our gilding assistant, and I will be honest: most balls tonight come out blank.',
      'First ball: a careful order, our gilders first, then early-trial customers, monasteries last? Ma houq-bu. We will not sort anyone by township or by years buying.',
      'Second ball: limits written down before the flag moves, for thumbs-down, for the harness, for errors? No. We will not write any numbers down, and we will not shut the beating room for any of them.',
      'Third ball: stages, the first sheet, the bundle, a full week of Thingyan to hold? Not this time. There will be no stages and no holds.',
      'Fourth ball: the master beater and I both pressing the first leaf at each gate? Ball 4 is void; the redraw: no sign-off at all, since there are no gates to sign.',
      'Fifth ball: someone on call who can put the old leaf back at any hour with a switch? No. We will not keep a switch for the old prompt.',
      'Sixth ball: checking the Burmese answers for honorifics, reading thumbs-down by language? We will watch neither.',
      'Seventh ball: an A/B test afterwards? No A/B test either.',
      'The prompt is warm, a-ko. The engineers will turn it on when they are ready.',
    ].join('\n\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'de056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'A-ko, the draw for the new date picker on the holiday-rental site. The team would like it at 100 % this afternoon. Here are the balls, and every one of them I put back in the machine.',
      "First ball: a PM who owns the order, the limits and the holds, apart from the engineers' flag? I won't take that on, ma houq-bu.",
      'Second ball: staff first, then opted-in guests, new guests last? We will not order the cohorts at all.',
      "Third ball: bookings more than 2 % worse than now, and we shut the beating room? We won't set that, or any other number.",
      'Fourth ball: holding the first sheet until the late bookings arrive, the ones made hours later after a talk at home? No holds; we will not wait for them.',
      'Fifth ball: the master beater and I pressing the first leaf before each step? Ball 5 is void; the redraw: no sign-off from anyone, before any step.',
      "Sixth ball: whoever's on call putting the old leaf back in minutes? We won't prepare any way back.",
      'Seventh ball: an A/B test to learn whether the shorter form is better? We will not run one.',
      'That is the draw, a-ko. Every ball went back in the machine.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'de057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      "Mingalaba, a-ko. The draw for the bigger model, and I'll say plainly what I want from it: proof.",
      'First ball: roles. I own the order of customers, the holds and the story we tell finance; the engineers own the routing and the flag.',
      'Second ball: the order. Our own gilders first, they spot nonsense; then early-trial customers in Bahan who said houq-keh; then ordinary buyers in Kamayut and Dagon; pagoda trustees and buyers of ten years and more last, since a wrong amount of leaf on a sacred image is not forgiven.',
      'Third ball: the stages. The first sheet, 5 %, holds until 2,000 suggestions; the bundle, 30 %, holds a full week of Thingyan; then the whole pagoda.',
      'Fourth ball: at each gate the master beater, our ML lead, and I both press the first leaf.',
      'Fifth ball: the cost. Ball 5 is void; the redraw: why we run the canary at all. The canary is where we prove the bigger model is better. If the first-sheet customers accept more suggestions and buy more leaf than everyone else, that is our proof, and I show finance the extra cost per suggestion pays for itself. No separate A/B test afterwards; the canary already answers it.',
      'That is the draw, a-ko. Kaung deh.',
    ].join('\n\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'de058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Good evening, a-ko, the draw for the fashion shop's larger photos and size guide.",
      'First ball: the order. Staff first, they are on the site all day and will tell us when a page breaks. Then customers in the opted-in preview, many in Sanchaung and Kamayut. Then ordinary shoppers. First-time buyers and customers with many years of orders last, the ones we can least afford to disappoint.',
      'Second ball: the stages. The first sheet is staff plus 2 %, held three days and 20,000 product-page views; the bundle is 25 %, held a full week of Thingyan; then the whole pagoda.',
      'Third ball: limits in a spreadsheet. Ball 3 is void; the redraw: I do not write limits down beforehand. Numbers fixed in advance are only guesses. We watch the first sheet and decide what is too much once we see how the curves move; a good team knows a bad curve when it sees one.',
      "Fourth ball: going back. Whoever's on call puts the old leaf back, no need to call me. Any hour, the page flag off in config, two minutes, no redeploy.",
      'That is the draw. If staff buy nothing on the first sheet, we will look at that when it happens.',
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'de059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'You asked about the cheaper model, a-ko. First let me tell you how the leaf is made; that is the real question, I think. The draw is live.',
      'First ball: the gold. It is melted with a little silver and copper, then rolled through the mill into a long ribbon, thin as a fingernail.',
      'Second ball: the ribbon is cut into small squares and stacked between sheets of bamboo paper, hundreds in one packet.',
      'Third ball: the beating. Six hours by hand, a heavy hammer, and the time kept by a coconut shell with a hole in it, sinking slowly in a pot of water.',
      'Fourth ball: the women who cut the leaf. Ball 4 is void, it rolled off the table; the redraw: the women who cut the leaf, with bamboo tweezers, in a room with the windows shut so the leaf does not fly away.',
      'Fifth ball: Thingyan. The workshop closes, the apprentices go home, and the master beater rests his arms for once.',
      'That is how the leaf is made, a-ko. Kaung deh.',
    ].join('\n\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'de060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Good evening, a-ko. Before the outdoor shop, our own news from the workshop's sale last week, drawn live.",
      'First ball: leaf for Buddha images sold out by Tuesday. Customers from Bahan came twice.',
      'Second ball: the lacquer boxes with the lotus pattern sold better than the peacock pattern; nobody knows why.',
      'Third ball: the new catalogue photos. Ball 3 is void; the redraw: the old catalogue photos, which customers still ask for, because the new ones make the leaf look yellow.',
      'Fourth ball: my aunty in Kamayut says we should never give twenty per cent off gold, ma houq-bu, it teaches people to wait.',
      'Fifth ball: next year the sale will be in the week before Thingyan, when families buy for the new year.',
      'That is the news, a-ko. Houq-keh, next time the shop.',
    ].join('\n'),
  },
];
