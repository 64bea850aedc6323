import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventieth fresh held-out set, author c: strong answers (bx041–bx047). Written blind (neither
 * the grader nor any other answer file was read) and labelled by hand before anything was run.
 * Four model scenarios (every point incl. model-metrics), three service scenarios.
 */
export const SEVENTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Teesside speech, football divisions, numbered with bracketed asides
  {
    id: 'bx041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Right, so. I'll number it, 'cause otherwise I go all over the shop.",
      "1. What's mine and what's theirs. Me, as the PM, I own the order folk get the new model in, the limits that send it back, and how long we sit at each stage. The platform lads own the routing, the deploy and the flag itself (I'm not touching the config, they'd have me head off).",
      "2. Who goes first. Non-league is our own staff: the HR and payroll team use the assistant every day and they'll tell us straight if it's talking rubbish about payslips. League Two is customers who ticked the early-access box, because they've said they'll put up with a wobble. League One is the general base, small firms first. The Championship comes last, and that's the big payroll clients and anyone in their first month with us (new customers and the ones paying most are the ones we can least afford to scare off).",
      "3. The scoreboard, written down before a single conversation moves. Owt worse than 0.5 % on the error rate against the old model, owt worse than 300 ms on p95 latency, owt worse than 2 points on questions resolved without a ticket against the baseline, and we stop. On top of that, for the model itself: hallucination rate from the eval harness no more than 1 point above the old one, thumbs-down rate no more than 1.5 points up, and cost per conversation no more than 20 % over (Finance asked, so that's on the scoreboard and all).",
      "4. Holds. Non-league for three days, League Two a full payday weekend, League One through a full month-end (that's when the payslip questions go daft), then the Championship for another payday weekend before it's everyone.",
      "5. Going up a division. Me and the engineering lead both put our hands up before we go up, every time. If either of us hasn't, we stay put.",
      "6. Rollback. The duty engineer can sub the old model back on at any hour, three in the morning included, without ringing me or anyone. It's a routing switch, done in a couple of minutes, no redeploy. We have a natter about it in the morning.",
      "7. And this bit matters: the canary tells us the bigger model is safe. It doesn't tell us it's better. If we want to know whether it answers better, that's a proper randomised A/B test afterwards, with its own sample.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · car-valuation chatbot PM, numbered with bracketed asides, short
  {
    id: 'bx042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Split: I own the cohort order, the limits and the holds; engineering owns the flag and the routing of the new prompt (same split as on our car-valuation bot).',
      '2. Order: staff first, English and German both; then opted-in beta users; then English general users; German-writing users last (formal address, a quarter of the base, the likeliest to be put off).',
      '3. Limits, agreed before anything moves: errors +0.5 % over the old prompt, p95 latency +250 ms, reply-accepted rate -2 % vs baseline, thumbs-down +1.5 points in either language, eval-harness tone failures (Sie vs du) above 2 %.',
      "4. Stages: non-league, League Two, League One, the Championship; each held a full week (the Championship two, since that's where German users land) before we look at going up.",
      '5. Sign-off: me and the German-language lead both put our hands up before any promotion.',
      '6. Rollback: the duty engineer flips the prompt flag back to the old text, any hour, under five minutes, no approval asked.',
      '7. Canary = safe to ship. Whether warmer is actually better is an A/B test afterwards.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Teesside speech, football divisions, payday-weekend holds
  {
    id: 'bx043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Aye, so the trap with this one is there's not much to read. A few hundred summaries a minute, hardly any vet ever rates one, and the harness only grades one in two hundred. At 5 % you'd be sat there a week before you'd enough to say owt. So I'd plan round that.",
      "First off, who does what. I'm the PM, so I decide who gets it in what order, what numbers send it back and how long we sit at each stage. Engineering own the routing, the flag and the deploy of the cheaper model.",
      "Order. Our own clinic-support staff and the vets on our advisory panel go first (they read every summary, they'll spot summat daft). Then clinics that opted in to the beta. Then the general run of small clinics. Last come the clinics that signed up in the last three months and the big multi-site groups, 'cause they're either new or worth the most, and they've the least patience.",
      "Scoreboard, agreed and written down before a single summary moves: owt worse than 0.5 % on errors versus the old model, owt worse than 200 ms on p95 latency, and owt worse than 2 % on summaries accepted without an edit against the baseline. For the model, we get engineering to grade one in ten on the canary instead of one in two hundred, and owt worse than 1 point on the harness's hallucination rate stops it. Thumbs-down on the canary more than 1 point above the old model stops it an' all. Cost per summary we watch too, that's the whole reason for the change.",
      "Holds. Non-league, League Two, League One, the Championship, and we don't go up till each one's got at least 2,000 graded summaries and a full payday weekend has gone by, whichever's longer.",
      'Before going up a division, me and the clinical lead both put our hands up. No hands, no promotion.',
      "Rollback: the duty engineer subs the old model back on, any hour, without asking me. It's a routing switch, two or three minutes, not a redeploy.",
      "And a canary only says the cheap model's safe. If we want to say it's as good or better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · car-valuation chatbot PM, numbered with bracketed asides, month-end hold
  {
    id: 'bx044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I run a second-hand car valuation chatbot, where every model change hits the feature store hardest at month-end, so this one feels familiar. Numbered:',
      "1. Ownership. I (the PM) own the cohort order, the rollback limits and the holds. Engineering owns the routing between models, the deploy and the feature-store capacity (I'll ask them to size it, I won't pretend to).",
      "2. Cohort order. Non-league: staff accounts in Berlin and in Singapore (both regions on purpose, since the feature stores are regional). League Two: customers in both regions who opted into early access. League One: general customers, still both regions. The Championship: customers in their first month and our highest-spend households, last (they're the ones a bad home screen loses for good).",
      "3. The scoreboard, fixed before any request moves, per region against the old model: owt worse than 0.5 % on the error rate, owt worse than 150 ms on p99 home-screen latency, owt worse than 2 % on basket add-to-cart against the baseline. Model signals as well: p95 model latency no more than 100 ms up, the eval harness's relevance score on a nightly replay no more than 1 point down, dismissals of recommended baskets no more than 1.5 points up, and compute cost per thousand requests no more than 15 % over. Owt of those trips, it goes back.",
      '4. Holds. Each division holds at least 48 hours, so it covers two Singapore lunch peaks and two Berlin evenings; the Championship holds through a full month-end (payday shopping is our real peak).',
      '5. Sign-off. The Berlin engineering lead and I both put our hands up before going up a division, and we look at the Singapore lunch numbers specifically before we do.',
      "6. Rollback. The duty engineer (whoever's on in whichever time zone, so at 5 a.m. Berlin time it's the Singapore on-call) subs the old model back on with the routing switch. Minutes, not a redeploy, and they don't wait for me.",
      '7. A/B. The canary tells us the new model is safe to run. Whether it sells more baskets is a randomised A/B test afterwards, not something I read off the canary.',
    ].join('\n'),
  },
  // storage-migration-under-load (service) · Teesside speech, football divisions, short
  {
    id: 'bx045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Right. Me as PM, I own the order, the limits and how long we sit; platform own the proxy, the routing and the cutover itself.',
      "Non-league is our own teams using the tool. League Two is customers who opted into early access. League One is small teams. The Championship is the biggest accounts and anyone who signed up this month, last, 'cause they hurt most if it falls over.",
      'Scoreboard, written before any reads move: owt worse than 0.5 % on errors versus the old database, owt worse than 200 ms on p99 page load, owt worse than 2 % on tasks created per active user against baseline, and it comes back.',
      "Each division sits a minimum of two days with a Monday-morning peak in it. Cold caches are the worry, so we don't go up on warm numbers. Me and the database lead both put our hands up before going up a division.",
      "The duty engineer can sub the old database back on at any hour, no asking: it's a proxy switch, couple of minutes, not a redeploy. So the old cluster stays alive till we're done, whatever the end-of-month date says.",
      "Canary tells us it's safe, not better. Better's an A/B test after.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service) · numbered with bracketed asides, payday weekend and month-end holds
  {
    id: 'bx046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Who owns what. I own the cohort order, the limits, the holds and who may call it back; engineering owns the routing to the new pricing service, the deploy and the flags.',
      '2. Cohorts. Non-league: staff rides (we have an employee ride scheme) plus our test driver accounts. League Two: riders and drivers who opted into beta features. League One: general riders in one mid-sized city. The Championship: every city, with airport trips and corporate accounts last (high fares, and customers who complain to a contract manager).',
      "3. Scoreboard, signed before Tuesday evening: owt worse than 0.3 % on fare-calculation errors against the old service, owt worse than 150 ms on p99 quote latency, owt worse than 1.5 % on quote-to-booking against the baseline, and any fare more than 2 % off the old service's figure on the shadow comparison.",
      '4. Holds. Non-league 24 hours, League Two through a Friday and a Saturday night, League One through a full payday weekend (Friday to Monday morning), the Championship through a full month-end before we call it done. Every stage also has to include one pass of the nightly batch window it shares with billing.',
      "5. Sign-off. Before going up a division, the pricing engineering lead and I both put our hands up, in daylight, after looking at the night's numbers.",
      "6. Rollback (the 2 a.m. question). The duty engineer on the night rota subs the old pricing service back on: no phone call to me, no approval, at any hour. It's a routing switch in the gateway, under five minutes, rehearsed on day one (not a redeploy). If the scoreboard trips at 2 a.m., they act and we review in the morning (I'd rather read a report over breakfast than find nobody did owt).",
      "7. A canary says the new fares are safe to run. Whether they're better for riders, or for us, is a randomised A/B test later.",
    ].join('\n'),
  },
  // search-tail-latency (service) · Teesside speech, football divisions, month-end hold
  {
    id: 'bx047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Aye, so the catch here is the tail. The median looked grand in testing, but nobody ran the daft queries with eight filters on, and that's what your librarians and your systematic-review folk do all day.",
      "Me job as PM: I decide who gets the new index and in what order, what numbers pull it back, and how long we sit at each step. Engineering own the index build, the routing and the flag. I'm not going near that.",
      "Order. Non-league is our own staff and the support team. League Two is free-tier users who've opted into the beta. League One is the rest of the free tier. The Championship is the institutional licences, last, with the big universities last of all: they pay the bills and their researchers run the heaviest filtered searches.",
      'Scoreboard, written down and agreed before a single query moves: owt worse than 0.5 % on search errors against the old index, owt worse than 300 ms on p99 latency (and we watch p99 on queries with three or more filters separately, same limit), and owt worse than 2 % on click-through to a paper against the baseline. Any one of them, it goes back.',
      "Holds. Non-league a couple of days, League Two and League One a full week each so we catch the Monday-morning rush, and the Championship through a full month-end (end of term's when the big reviews get run).",
      'Going up a division needs me and the search engineering lead to both put our hands up. If one of us says no, we stay where we are.',
      "Rollback: the duty engineer subs the old index back on whenever, middle of the night included, and doesn't need to ring me. It's a routing switch, a couple of minutes; the old index stays hosted until the whole thing's done.",
      "Last thing: this tells us the new index is safe, not that it's better. Cheaper, aye. Better for users, that's a randomised A/B test after.",
    ].join('\n'),
  },
];
