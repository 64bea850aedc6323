import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifteenth fresh set, author b: strong answers (a021–a027), written blind and labelled by hand
 * before any grading. Four on service scenarios, three on model scenarios, each in its own voice.
 */
export const FIFTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: storage-migration-under-load
  {
    id: 'a021',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Two years ago I moved a product off our own database servers onto a hosted cluster, and what saved us was dull paperwork done before the first request moved. Here is what I did then, adapted to this migration.',
      "On day one I drew a line with the infrastructure lead: his team owned the proxy, the replication and the traffic weights; I owned who got exposed and in what order, which numbers would send us back, and when we were allowed to go further. I'd draw the same line here.",
      'We started with our own staff, because we lived in the tool all day and complained loudly. Then the beta programme, who had signed up for rough edges. Then free workspaces, where a slow afternoon costs goodwill but not contracts. Paid teams came after that, and the enterprise tenants went last: they have SLAs and the biggest task lists, which is exactly where a cold cache bites hardest.',
      'The tripwires went into the release doc and were agreed before launch: error rate more than 0.5 percentage points above the old cluster, p99 page load more than 250 ms slower than the control group, and tasks saved per active user down more than 2 % against the baseline cohort. Crossing any one of them meant rollback, with no debate.',
      "The stages were 1 %, 5 %, 25 %, 50 %, then everyone. Because it was infrastructure, we didn't advance on the clock: each stage had to sit clean for at least one full working day, Monday-morning peak included, since warm-cache load tests had told us nothing about a cold start. Moving on needed two names on the ticket, mine and the infrastructure lead's.",
      'Rolling back was a weight change on the proxy that sent reads back to the old cluster, about two minutes end to end. Whoever was on call could pull it at 3 a.m. without waking me, and nobody was allowed to decommission the old cluster until we had spent a week at 100 %. Here that means the end-of-month shutdown waits for us, not the other way round.',
      "One lesson I'd repeat: when it finished clean, people wanted to announce that pages were faster. The canary only told us the new cluster was safe to keep. Whether it actually made things better for users we measured afterwards with a properly randomised A/B comparison.",
    ].join('\n\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'a022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'To: Head of Growth\nRe: Rolling out the single-page checkout\nRecommendation: ship through a staged canary starting this week, complete before the spring campaign.',
      '1. Who decides what. Product (me) sets the exposure order, the tripwires and each go/no-go. Engineering owns the flag, the routing and the dashboards.',
      '2. Order. Employees, then the Insiders programme, then coupon browsers, then returning customers, then first-time buyers, then wholesale accounts. Rationale: the lab only saw returning customers, whose details are filled in for them. First-time buyers type everything, so theirs is the untested path, and they are the people the campaign is for. Wholesale carries our largest orders. Both therefore come at the end, and first-time buyers get a stage of their own so any damage shows before wholesale is touched.',
      '3. Tripwires, fixed before launch. Checkout errors up 0.5 points over control; p99 page time up 200 ms; conversion down 2 % relative, read per segment against the same segment on the old checkout. A blended figure would hide a drop in one group behind gains in another.',
      '4. Stages: 1 %, 5 %, 25 %, 50 %, 100 %. At least 24 hours each; from 25 % up, we stay put until every exposed segment has enough orders to read its conversion.',
      '5. Sign-off. The engineering lead and I approve each advance in writing.',
      '6. Rollback. The on-call engineer switches the flag off: under five minutes, any hour, no approval needed. Escalation comes after the switch, not before it.',
      '7. What a clean result does not prove. It means safe to ship, not a conversion lift. If Growth wants a win to announce, that takes a randomised A/B test once rollout is done.',
      'Risk to note: the campaign date. If first-time buyers trip the wire, we keep the new page for returning customers only and fix the guest path before the campaign.',
    ].join('\n\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'a023',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Someone will suggest a random 1 % of riders. I don't buy it. A random slice puts business accounts in from the first minute, and those are the customers whose finance teams notice a wrong fare on an invoice. Someone else will say we watch the dashboards and decide when it looks off. That is how you end up arguing at 2 a.m. about whether a spike counts. And the idea that only the PM may order a rollback sounds like control, but in practice it means nobody rolls back while I'm asleep.",
      "So here is what I'd actually do. I decide who is exposed, the tripwires and when we advance; the pricing team owns the service, the routing rule and the on-call rota.",
      'Order: employees, then beta riders, then the wider rider base, with business accounts last.',
      "Tripwires, written down and signed before Tuesday evening: fare-calculation errors more than 0.5 % above the old service, p99 quote time up more than 200 ms, and completed trips per ride request down more than 2 % against riders still on the old pricing. I'd add one check of our own: any trip whose fare differs from what the old service would have charged by more than 5 % counts as a breach.",
      'Ramp: 1, 5, 25, 50, 100 %. No step moves on until it has come through at least one nightly batch window alongside billing with clean numbers, plus one evening peak, so nothing shorter than 24 hours, and the 50 % step runs over a weekend night. The pricing lead and I both sign before each step.',
      "Rollback: whoever holds the pager can route fares back to the old service at any hour without calling anyone. It's a config change, done in under five minutes, and we rehearse it once before Tuesday. They tell me in the morning.",
      "And when it all comes out clean, I won't claim the new pricing earns more per trip. The canary tells us it's safe. Whether it's better is a job for a randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'a024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'ok so for the new index layout:',
      '- i own the who / when / which numbers side. search infra owns the routing and the index build',
      '- order: us (employees) → labs users → heavy researchers → readers → institutional licences last',
      "- heavy researchers early on purpose. they run the gnarly multi-filter queries the benchmark skipped, so if the tail is bad they'll find it fast. institutions last bc they pay and have contracts",
      '- tripwires agreed before we start, not while staring at graphs: p99 query time +200ms vs the old index, error/timeout rate +0.5pt, searches ending in a click-through down more than 2% vs the control group',
      "- look at p99 and p99.9, not the median. the median already got faster, that's the trap here",
      '- steps 1 / 5 / 25 / 50 / 100. each one held at least 24h and through a weekday peak, and we only move on if the numbers stayed flat, not just because the clock ran out',
      '- me + the search lead sign off each step in the release channel before it moves',
      '- rollback = point the router back at the old index, a couple of minutes. on-call can do it any time of day or night, no need to ping me first. old index stays hosted until 100% has been stable for a week',
      "- and no, a clean canary doesn't mean the new layout is better. it means it isn't broken. if we want to claim better we run a proper randomised a/b test afterwards",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'a025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I should begin by separating what falls to me from what falls to engineering: the platform team owns the gateway that routes conversations between the two models, together with the dashboards, whereas I own the order in which people are exposed, the thresholds at which we retreat, the length of each hold and the decision to advance, none of which I would wish to leave to informal agreement.',
      "As to order, I would start with our own support agents, who know the right answers about payslips and leave and will spot a confident mistake at once, then the preview programme, and then workspace admins, whose questions are longer and more involved and therefore exercise precisely the long-context behaviour that the offline evals, confined as they were to short questions, never examined; ordinary members would follow, with trial accounts and enterprise customers held back until last, the former because a poor first impression is seldom recovered and the latter because a wrong answer about someone's pay is a contractual matter as much as a product one.",
      "The thresholds would be agreed in writing with engineering and finance before a single conversation is routed: a hallucination rate on the eval harness more than one percentage point above the current model, a thumbs-down rate more than two points above the control group, p95 response time more than 800 ms slower, cost per conversation more than 30 % above today's figure or whatever ceiling finance prefers, and an error rate more than 0.5 % above control.",
      'The ramp would proceed at 1, 5, 25, 50 and 100 per cent, and because this is a model change I would advance on evidence rather than the calendar, holding each stage for at least two working days and until enough rated conversations have accumulated to read the thumbs-down rate with some confidence; the head of support engineering and I would each sign off every advance.',
      'Should any threshold be breached, the on-call engineer may return all traffic to the current model at any hour, without seeking my permission, through a configuration change at the gateway that takes effect within five minutes.',
      'Finally, I would take care not to present a clean canary as evidence that the larger model is better: it establishes only that it is safe to continue, and the question of improvement belongs to a properly randomised A/B test conducted afterwards.',
    ].join('\n\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'a026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'd organise this around the five ways it can hurt us, and what I'd put in place against each.",
      'Nobody owning the call. Engineering owns model serving, the feature stores and the traffic split. I own the exposure order, the rollback lines, the holds and the go/no-go at each stage, and I write them down before we start.',
      'Exposing the wrong people first. Employees, then the preview programme, then a slice of each region in parallel, Singapore and Kuala Lumpur as well as Germany and Austria, because the stores are regional and a Europe-only ramp could look perfect while Asia struggles. Plus subscribers come last, since they pay and order the most.',
      'The model running but recommending worse. Errors and latency won\'t show that. We roll back if, against the control group still on the old model, any of these moves: basket adds from recommendations down more than 3 %, "not for me" dismissals up more than 10 %, the eval harness score on replayed baskets down more than 2 points, p95 recommendation latency up more than 150 ms, error rate up more than 0.5 points, or compute cost per request more than 25 % over budget. All agreed before launch, along with a ceiling of 80 % CPU on any feature store.',
      "The feature stores buckling at a peak nobody in Berlin is awake for. The new model reads more features per request and the stores were sized for the old one, so every stage has to run through both regions' busiest hours, Singapore's lunch included, which falls early in the morning our time. Stages are 1 %, 5 %, 25 %, 50 %, 100 %, each held at least 48 hours and advanced only when the numbers stayed inside the lines through both lunch peaks. The ML lead and I sign off each advance. The on-call engineer covering Asian hours may switch the home screen back to the old model at any moment without waiting for Berlin to wake up; it's a routing flag and takes under five minutes.",
      "Mistaking a clean canary for a win. Passing says the new model is safe to run, not that it sells more. If we want to claim that, it's a randomised A/B test afterwards.",
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'a027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I think I'd start by being clear about what's mine here: probably the order clinics get it in, the rollback numbers and when we move on, while engineering handles routing summaries to the new model and the monitoring.",
      "For order, I'd probably go employees first, then the pilot clinics since they signed up to try things early, then regular clinics, and hospital groups last, because they're the biggest accounts and a bad summary of a patient visit is a real problem for them.",
      "I think the tricky part is that feedback is really thin. At 5 % of a few hundred summaries a minute, with the harness only grading one summary in two hundred, we'd hardly get any graded canary summaries in a day. So I'd ask engineering to run the eval harness on every canary summary, or at least a much bigger share, and I'd hold each stage until we have maybe 500 graded canary summaries rather than for a fixed time. That probably means 1 %, 5 %, 25 %, 50 %, 100 %, with the early stages held for several days.",
      "Thresholds I'd want agreed before we start, something like: hallucinated or missing findings caught by the harness more than 1 point above the old model, the thumbs-down rate up by more than half, p95 time per summary worse by more than 500 ms, or errors 0.5 % over control. Cost per summary should go down with a cheaper model, so I'd flag it if it somehow goes up.",
      'I think each step should need sign-off from me and the ML engineering lead.',
      "For rollback, I'd say the on-call engineer can switch back to the old model as soon as a threshold trips, day or night, without waiting for me. It's a routing change, so it should only take a few minutes.",
      "And I'd be careful not to say the cheaper model is as good just because the canary passed. I think that's really a question for an A/B test afterwards, with random assignment.",
    ].join('\n\n'),
  },
];
