import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-second fresh held-out set, author a: strong answers (bz001–bz007). Written blind
 * (neither the grader nor any other answer file was read) and labelled by hand before anything
 * was run. Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SEVENTY_SECOND_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Potteries speech; pottery-class booking app PM; bisque/glaze/lustre; kiln log; cracked-kiln story
  {
    id: 'bz001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ay up. I'm PM on a pottery-class booking app by day, so forgive me if I talk about this like a firing, because it's the same idea: yo dunna open the kiln door early.",
      "First, who owns what. The engineers own the model routing, the deploy and the flags, that's theirs and I wunna touch it. What's mine is which folk get the bigger model and in what order, the limits that make us pull it, and how long we sit at each stage.",
      "Order. Our own payroll and HR staff go first, because they know the right answer to a payslip question and they'll tell us when it's wrong. Then the customers who've opted into early access; they've said they'll put up with a wobble. Then the smaller accounts. The big employers and anybody onboarded in the last month go last: a new customer's first payslip question answered wrong is the worst first impression yo can make.",
      'Limits, written down and agreed before a single conversation moves over, against the old model running alongside. If errors are more than 0.5 % worse than now, we pull it. If p95 response time is more than 800 ms worse than now, we pull it; the longer context makes that a real risk. If the hallucination rate from the eval harness is more than 1 point worse than now, we pull it. If thumbs-down on answers is more than 2 points worse, or questions resolved without a ticket more than 2 % worse than now, we pull it. And cost per conversation more than 30 % over what Finance signed off, we pull it. Finance asked, so cost is a gate, not a footnote.',
      'The stages are me firings. The bisque is 5 %, staff only, for two days. The glaze is 25 %, early access and small accounts, held for a full week so it catches a payday. The lustre is 100 %. Before each next firing, me and Priya, the engineering lead, both sign the kiln log, or nowt goes in.',
      "Rollback: whoever's on call puts yesterday's release back, any hour, no ringing me first. It's a config switch back to the old model, about two minutes, no redeploy.",
      'Why so fussy? At me first studio somebody rushed the cool-down for a Saturday class, and the kiln cracked right down the side.',
      "Last thing: this tells us the bigger model is safe. It dunna tell us it's better. For better, we run a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · kiln-log entry written by a pottery-class booking app PM; bisque/glaze/lustre; short
  {
    id: 'bz002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Kiln log, warmer prompt. How I'd write it up at the studio.",
      "Mine to decide: who goes in, in what order, the pull limits and how long each firing sits. The flag and the routing are the engineers'.",
      "Order: our own staff, German speakers among them, then users who opted into early access, then English writers, and German writers last, because formal address is where this breaks and they're a quarter of the base.",
      'Pull limits, fixed before any traffic moves, against the current prompt: if thumbs-down is more than 2 points worse than now, we pull it; German thumbs-down more than 1 point worse, we pull it; eval-harness tone failures (du where Sie belongs) above 1 in 200, we pull it; errors more than 0.3 % worse or p95 more than 300 ms worse, we pull it; tokens per reply up more than 10 %, we pull it.',
      'Bisque: staff, 2 %, three days. Glaze: 20 %, a full week. Lustre: 100 %.',
      'Before each firing, Tom (eng lead) and I both sign the kiln log.',
      "Whoever's on call puts yesterday's release back: old prompt by config flag, two minutes, any hour, no asking.",
      'This shows the prompt is safe, not better; better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Potteries speech; holds as a count of graded summaries; cohorts by clinic
  {
    id: 'bz003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, duck, this one's a quiet one, so the trick is getting enough signal before yo go wide.",
      "What's mine and what's theirs: the ML engineers do the routing, the deploy and the flag. I own the order clinics get it in, the pull limits and how long we hold. And I'll ask them for one thing: turn the eval harness up from one summary in two hundred to one in ten for canary traffic, else 5 % tells us nowt.",
      "Order, by clinic. Our own in-house vet advisers first, on their test clinic, because they read every summary anyway. Then the dozen clinics in the beta programme who've said yes to early stuff. Then small single-vet practices. The big multi-site groups and any clinic that signed up in the last thirty days come last: the big ones have the most notes at stake, and the new ones are still deciding whether to trust us.",
      "Limits, signed before owt moves, compared with the old model over the same days. If the eval harness hallucination rate is more than 1 point worse than now, we pull it. If the share of summaries vets edit is more than 3 points worse than now, we pull it. If errors are more than 0.5 % worse, or p95 latency more than 400 ms worse than now, we pull it. Cost per summary is meant to drop, so tokens per summary is on the gate too: if it's higher than the old model, we stop.",
      'Firings. The bisque: advisers and beta clinics, about 5 %, and it stays in till the harness has graded 300 canary summaries. Not a clock, a count. The glaze: 25 %, held a full week, because Saturday clinics run different. The lustre: everyone. Before each one, me and Alan, the ML lead, both sign the kiln log.',
      "Rollback is whoever is on call, day or night, no permission needed: they put yesterday's release back by flipping the model flag to the old one. Couple of minutes, no redeploy.",
      "And to be straight with yo, this shows the cheaper model is safe enough. Whether it's better for vets is another question, and that's a randomised A/B test we run after.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · pottery-class booking app PM speaking; cohorts mapped from studio/tier to region/tier; cracked-kiln aside
  {
    id: 'bz004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'll answer it like I'd do it at work. I run the booking app for a little chain of pottery studios round Stoke, so forgive the kiln talk.",
      'The split: the engineers own the model serving, the feature stores, the deploy and the flag. I own the order, the limits and the holds, and I own saying no to going faster.',
      "Order. At ours we cohort by studio and by membership tier; here it's by region and by customer tier. Staff accounts in both Berlin and Singapore first, since they shop on the app anyway and will tell us what's daft. Then customers in the early-access group who opted in, in both regions, so the Singapore lunch is in the first firing and not a surprise at 100 %. Then regular customers. Subscribers on the weekly-basket plan and first-time customers go last, because they're worth most and they're the easiest to lose.",
      "Pull limits, agreed in writing before traffic moves, measured against the old model in the same region at the same hour. If errors are more than 0.5 % worse than now, we pull it. If p95 recommendation latency is more than 150 ms worse than now, we pull it; that's the feature-store reads showing. If add-to-basket from the home screen is more than 2 % worse than now, we pull it. If the eval harness's relevance score on a sampled slice drops more than 1 point, we pull it. If compute cost per thousand requests is more than 20 % up, we pull it.",
      "Firings. The bisque: staff, 1 %, held across two Singapore lunch peaks and two Berlin evenings. The glaze: 20 %, early access and regulars, a full week, so seven lunch peaks in each region. The lustre: 100 %. Me and Jonas, the ML lead, both sign the kiln log before the next firing, and if the Singapore lunch hasn't been seen, neither of us signs.",
      "Rollback. Singapore lunch is about five in the morning in Berlin, so it's whoever's on call, wherever they are, no need to wake me: they put yesterday's release back with the model-version flag. Two minutes, not a redeploy.",
      "The kiln that cracked at our Longton studio was loaded too quick on a cold morning. Same story: stress where nobody's looking.",
      "And the canary only says safe. If we want to know the new model sells more baskets, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // checkout-first-order (service) · Potteries speech; pottery-class booking app PM; grandad at a bottle oven and a cracked kiln shelf
  {
    id: 'bz005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ay up. I'll be honest, this one's close to home: at the pottery-class booking app we once shipped a one-page booking checkout that the regulars loved and the newcomers couldna finish. So I'd go careful.",
      'My bit versus theirs. The engineers own the flag, the traffic routing and the deploy. I own who sees it in what order, the numbers that make us pull it, and how long each stage sits.',
      "Order. Staff accounts first; they buy garden stuff off the shop anyway. Then the customers who've signed up for early access. Then returning customers with saved cards, since that's who loved it in the lab. First-time buyers go last, on purpose: they've no saved address for the autofill, they're the ones this can break, and they're the spring campaign's whole point.",
      'Limits, agreed and written before any traffic moves, measured against the old checkout at the same time. If checkout errors are more than 0.5 % worse than now, we pull it. If p99 page latency is more than 250 ms worse than now, we pull it. If order conversion is more than 2 % worse than now, or first-order conversion on its own more than 2 % worse, we pull it.',
      "Firings. The bisque: staff and early access, 2 %, three days. The glaze: 25 %, returning customers, held a full week so we see a weekend's orders; the business numbers need that volume. The lustre: first-time buyers, then 100 %, and that's done before the campaign, not during it. Before each firing, me and Gemma, the engineering manager, both sign the kiln log. No signatures, no firing.",
      "If it trips, whoever's on call puts yesterday's release back: flag off, back to three steps in a minute or two. They dunna ring me first, day or night.",
      'Me grandad worked a bottle oven in Longton, and he always said the pots yo rush out are the pots that crack. We had a shelf load split in our own studio kiln last winter because somebody opened the door hot. Same here: a hold means a hold.',
      "And mind, the canary says it's safe to ship. It dunna say one page sells better than three. For that we run a randomised A/B test afterwards, with first-order conversion as the measure.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · Potteries speech, short; bisque/glaze/lustre; kiln log
  {
    id: 'bz006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Short version, duck, 'cause this one's all about two in the morning.",
      'Engineering owns the pricing service, the routing and the deploy; I own the order, the limits and the holds.',
      "Order: staff riders first, then riders and drivers who opted into the beta, then ordinary weekday trips. Weekend-night trips and first-ride customers go last: they're the peak and the most fragile.",
      'Limits, written before any fares move, against the old service: if fare errors are more than 0.3 % worse than now, we pull it; if p99 quote time is more than 200 ms worse, we pull it; if completed trips are more than 1.5 % worse than now, we pull it.',
      'Firings: the bisque at 2 %, held through the nightly batch window twice; the glaze at 25 %, a full week taking in a Friday and a Saturday night; the lustre at 100 %. Me and Kev, the SRE lead, both sign the kiln log before each.',
      "At 2 a.m. it's whoever's on call: they put yesterday's release back by switching routing to the old pricing service. Three minutes, no redeploy, and they dunna wait for me or anybody to say yes.",
      "It proves safe, not better; better's a randomised A/B test later.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · Potteries speech; cohorts by workspace as by studio; holds as a full week of Monday peaks
  {
    id: 'bz007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Ay up. Warm caches, that's the bit that'd worry me. A kiln's fine at temperature; it's the cold start that cracks things.",
      "Who owns what: the platform engineers own the proxy, the data copy, the routing and the deploy. I own which teams move in which order, the limits, and how long we hold each step. And I'll push to keep the old cluster switched on till we've been at 100 % for a week, end of the month or not, because without it there's nowt to roll back to.",
      "Order, by workspace, like we'd go by studio at ours. Our own company workspace first; we live in the tool. Then the customer teams in the early-access programme. Then small free-tier teams. Big paying teams and anyone who signed up this month go last: the big ones hurt most if pages hang, and the new ones haven't decided to stay.",
      'Limits, written before traffic moves and checked against workspaces still on the old cluster. If page-load errors are more than 0.5 % worse than now, we pull it. If p99 task-read latency is more than 200 ms worse than now, we pull it. If tasks created per active user are more than 2 % worse than now, we pull it.',
      "Firings. The bisque: our own workspace, 1 %, for two days including a Monday-morning peak, and engineering flushes the caches once on purpose while it's in. The glaze: 10 % and then 30 %, each held for a full week so it sees a Monday peak; that's where cold caches meet real load. The lustre: 100 %. Before every firing, me and Ravi, the platform lead, both sign the kiln log.",
      "Rollback: whoever's on call puts yesterday's release back by pointing the proxy at the old cluster. A config switch, minutes, not a redeploy, day or night, and nobody has to ask me.",
      "And I wouldna claim the managed cluster's better off the back of this. The canary says it's safe. If we want to know it's faster for users, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
