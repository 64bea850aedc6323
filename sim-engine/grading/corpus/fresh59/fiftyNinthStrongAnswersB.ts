import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-ninth fresh set, author b: strong answers (bm021–bm027), written blind, labelled by hand. */
export const FIFTY_NINTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: each decision written as "Before X, I need Y"
  {
    id: 'bm021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Before any traffic moves, I need ownership straight: as PM I decide the order of users, the rollback limits and the holds; the platform engineers own model routing and the deploy.',
      "Before the first real conversation, I need limits agreed in writing: errors no more than 0.5 % above the current model, p95 reply time no more than 800 ms slower, thumbs-down no more than 1.5 points above control, eval-set hallucination no higher than 2 %, and cost per conversation no more than 30 % over today's, which also answers Finance.",
      'Before customers, I need three days of our own payroll staff using it, because they spot a wrong payslip answer instantly. Then small-business tenants; enterprise tenants last, because a bad answer there means hundreds of tickets.',
      'Before each step (1 %, 5 %, 25 %, 50 %, 100 %), I need a 24-hour hold with every limit green and a written go from the support-operations lead and me.',
      'Before we start, I need the on-call engineer to have standing authority to switch routing back to the old model at any hour without asking anyone; it takes under five minutes.',
      'Before anyone calls the bigger model better, I need a randomised A/B test; this canary only shows it is safe.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: Falkland Islands English register, spoken ("che", "smoko")
  {
    id: 'bm022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Right, che, here's how I'd go about it.",
      'First off, who does what. As PM the order, the limits and when we hold or go on are mine to decide. The payments engineers own the SDK work, the app builds and the remote switch that picks the old or the new SDK for each user. The app carries both, so nothing waits on the app stores.',
      "Who goes first. Our own staff ordering their lunch, that's first, because if a payment falls over they'll be shouting at me across the office and no paying customer's tea is spoilt. Then the beta lot who ticked the box in settings. Then iPhone before Android: the bursts they're worried about are an Android thing, so Android opens up only after iPhone's had a clean run. Our big regulars, the ones who order three nights a week, go last, because they're the ones we'd lose.",
      "The numbers I'd have written down and agreed before a single payment goes through it. Payment failures more than 0.3 % above the old SDK over any fifteen minutes. Fifteen minutes, mind, not a daily average, because it fails in bursts and a day's average flattens a burst right out. Pay-screen time at p99 more than 1.5 seconds slower. Paid orders per checkout down more than 2 % on the control group. Any one of them and it comes back.",
      "Stages are 1 %, 5 %, 20 %, 50 %, then everybody. Each one holds till it's been through a Friday dinner rush with all the numbers inside their lines. No going up a step on a Tuesday just because Tuesday looked lovely. Before each step the payments engineering manager and me both put our names to it, and if either of us hasn't, it sits where it is.",
      "Rolling back: whoever's on call flips the switch back to the old SDK, day or night, no ringing me first. About two minutes and it's done. They can tell me about it at smoko.",
      "And the last thing, plainly: this tells us the new SDK is safe to run. It doesn't tell us wallet payments are better for the business. If someone wants that, it's a randomised A/B test afterwards, set up properly, not read off the canary lot.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a food-delivery arrival-time predictor, drawing on that job
  {
    id: 'bm023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I look after the arrival-time predictor at a food-delivery company, so I'll answer the way we'd do it there. A recommender and an ETA model break in the same places: at somebody else's peak hour, in a region nobody on the team is awake for.",
      'Split of work first. The ML platform team owns the serving, the feature-store capacity and the traffic split. I own the decisions: which regions and users go first, what numbers send it back, and how long each stage sits before it moves.',
      "Order. Our own staff accounts in both regions first, since they'll tell us when a basket looks silly. Then Europe, because the Berlin team is awake for Europe's peaks and the feature store there has the most headroom. South-East Asia comes after, starting with the smaller markets, and Singapore goes last: it's the biggest lunch peak and its feature store is the one sized tightest for the old model.",
      "Limits, agreed in writing before the first request is routed, each against the control group in the same region: home-screen error rate no more than 0.3 % above control; p95 home-screen latency no more than 150 ms above control; feature-store read latency at p99 under 40 ms and store CPU under 70 %; compute cost per request no more than 20 % over the old model; basket-add rate from recommendations no more than 2 % below control; and the offline replay eval, run nightly on yesterday's sessions, not dropping more than one point of hit rate. At my ETA job the nightly replay is what caught our worst regression, so I'd insist on it here.",
      "Stages: 1 %, 5 %, 25 %, 50 %, 100 % within each region. Each stage holds until it has covered that region's own lunch peak at least twice, which for Asia means Berlin's early morning, with every limit inside its line. Nothing advances on the Berlin clock alone.",
      'Sign-off: the recommendations engineering lead and I both approve each step, and for the Asia steps the regional operations manager in Singapore also confirms the peak looked clean.',
      "Rollback: whoever is on call, in Berlin or Singapore, can flip the model flag back for their region at any hour without waking me. It's a config change that takes about two minutes. They tell me in the morning.",
      "Last, this canary tells us the model is safe at peak, not that it sells more baskets. Whether it's better gets its own randomised A/B test afterwards, with a sample size worked out in advance.",
    ].join('\n'),
  },
  // storage-migration-under-load: stages given as "one in N" users
  {
    id: 'bm024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Engineering owns the proxy, the data copy and the switch; as PM I own the order, the limits and the holds.',
      'Users move in shares; each share holds before the next.',
      'One in a thousand: our own workspace, since we live in the tool and notice slow pages first. Holds two working days.',
      'One in a hundred: free-tier teams, who lose least from a slow page. Holds two working days, with a forced cache flush, because the load test never saw cold caches.',
      'One in ten, then one in two: paying teams, biggest accounts last because they load the proxy most and would be hurt most. Each holds three working days.',
      'Then everyone.',
      'Limits fixed before the first user moves: page-load p99 no more than 250 ms above the old cluster, database errors no more than 0.2 % above it, proxy timeouts under 0.1 % of requests. The database reliability lead signs off every step in writing; without that, it stays.',
      'The on-call SRE may send reads back to the old cluster at any hour without asking anyone: a proxy config change, under five minutes. So the old cluster stays up until a week after everyone moves.',
      'The canary shows the new storage is safe, not better; calling it better needs a randomised A/B test.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: two people named at each sign-off who must both agree
  {
    id: 'bm025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'd run the new prompt as two canaries that share a switch but not a verdict, English and German, because the risk sits in German and an English average would hide it.",
      "Who owns what: the choice of cohorts, the limits and the holds are mine as PM. The assistant engineers own the prompt deployment and the traffic split, and I don't ask them to change a number once we start.",
      "Limits, written down and agreed before any user sees the prompt, measured per language against the old prompt: thumbs-down rate no more than 1 point above control; our eval harness's formal-address check (does a German reply use Sie where the user did) failing on no more than 2 % of sampled replies; hallucination on the eval set no higher than today's 1.5 %; p95 response time no more than 300 ms slower; tokens per reply no more than 15 % up, since a chattier prompt costs more.",
      "Stage one is staff: English speakers in the company, then our German office in Munich, because they'll tell us at once if the tone is rude. It holds two days. Moving on needs both Katrin Vogel, who runs German customer support, and Dev Raman, the engineer who owns the prompt, to say yes; either can say no.",
      'Stage two is 5 % of English users plus the German beta testers who opted in. It holds three days. Katrin and Dev again, both.',
      'Stage three is 25 % in each language, with business accounts held back because a too-casual email to a client costs them most. It holds three days. This time the pair is Dev and me, and we both have to agree.',
      'Stage four is 50 %, then everyone, business accounts last, each after a three-day hold, with Katrin and me as the pair.',
      "Any on-call engineer can roll the prompt back to the old version at any hour without asking any of us: it's a config flag, live in under a minute.",
      'The canary will tell us the warmer prompt is safe to ship, not whether users like it better. If we want that answer, we run a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a short aside on a competitor's outage the candidate remembers
  {
    id: 'bm026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Fares are money and our nights never stop, so this plan is built around who is awake when it goes wrong.',
      'What I own as PM: the rider order, the limits, and when we advance or hold. The pricing engineers own the service, the deploy and the routing.',
      "Order: employees' own rides first, then one mid-sized city with lower volume, then the other cities, with the two largest cities and corporate accounts last, because a billing error there hits the most riders and contracts with penalties.",
      'Limits, agreed before any fare moves, any one of which sends it back: fares from the new service differing from the old calculation, run in shadow on every trip, on more than 0.1 % of trips; pricing-service error rate 0.2 % above control; p99 quote latency 200 ms above control; booking conversion 2 % below control.',
      "Stages: 1 %, 5 %, 25 %, 50 %, 100 %. Each holds through at least one night that includes the billing batch window, and the 25 % stage also holds through a full weekend night peak. Each step needs the pricing team's engineering manager and me to sign off. I'd also not start on Tuesday evening next to the batch; we start Wednesday morning.",
      "I remember a competitor, a couple of years ago, charging riders double for most of a Saturday night. Their write-up said the on-call engineer saw it within minutes but waited for a product manager to approve the rollback. I don't want to be that product manager.",
      "So the on-call engineer may switch fare calculation back to the old pricing service at any hour, on their own judgement, without calling me or anyone. It's a routing flag in the fare gateway and takes under three minutes. They tell me afterwards. That authority goes into the release plan and the on-call handbook before we start.",
      'And the canary tells us the new service charges correctly and stays up. Whether the new pricing is better for us is a randomised A/B test, run separately.',
    ].join('\n'),
  },
  // quiet-feedback-trap: invented: a former researcher's careful academic register, claims qualified, in flowing paragraphs
  {
    id: 'bm027',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I should say at the outset that the difficulty here is evidential rather than technical. At a few hundred summaries a minute, with sparse ratings and an eval harness that grades one summary in two hundred, a 5 % canary would produce too few observations to detect the regressions that matter. The plan follows from that.',
      'The division of responsibility is straightforward. Engineering owns the model serving and the traffic split. I, as the PM, own the design of the rollout: which clinics go first, what the rollback criteria are, and how long each stage runs before a decision.',
      "The criteria would be fixed in writing before any traffic is routed, and measured against the clinics still on the current model. We roll back if the eval harness's factual-error rate (summaries that state a drug, dose or finding absent from the note) exceeds the control's by more than one percentage point; if the share of summaries that vets rate poorly or edit heavily rises by more than two points; if p95 generation time exceeds four seconds; or if the error rate rises 0.5 % above control. I would also record cost per summary, the reason for the change, and expect it to fall by at least 30 %, but it should not be the metric that decides advancement.",
      'Because the evidence is sparse, I would raise eval sampling on canary traffic from one in two hundred to one in ten for the duration, and ask a small panel of vets to rate a daily sample.',
      'The stages would be 10 %, 30 %, 60 % and 100 %, each held until it has accumulated a fixed amount of evidence rather than a fixed time: at least 2,000 graded summaries and 300 vet ratings, which by my estimate is three to four days at 10 %. A stage advances only when that volume is reached and every criterion holds, and only with the written sign-off of our clinical-quality lead, a veterinarian on staff.',
      'The order of clinics is deliberate: first the two partner clinics who helped design the product and read summaries carefully, then clinics that have opted into early features, and last the high-volume emergency practices, for whom a wrong summary carries the most clinical risk.',
      'Rollback authority rests with the on-call engineer, at any hour, without prior approval; it is a model-routing flag that takes effect within minutes.',
      'Finally, a caveat about inference. The canary can establish that the cheaper model is not unsafe; it cannot establish that vets prefer it. That claim would require a randomised A/B test with adequate power.',
    ].join('\n'),
  },
];
