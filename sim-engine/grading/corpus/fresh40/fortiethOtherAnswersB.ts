import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fortieth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic
 * answers (at028–at040), written blind and labelled by hand.
 */
export const FORTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'at028',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text: "Um, so, for the new payment SDK. I think the main thing for me as the PM is that I'm not the one running the rollout mechanics. The payments engineers do the deploy and the traffic split; what I decide is who gets it and in what order, and when we pull it.\n\nSo order-wise I'd start with staff paying for their own lunch orders, then customers who've opted into early features, then a couple of the smaller cities. The heavy weekly orderers go last, because a failed payment on a Friday dinner is how you lose those people, and I'd keep the new SDK away from the Friday dinner peak to begin with.\n\nIf payments start failing, the on-call payments engineer switches the flag back to the old SDK straight away. They don't need to find me first; it's a minute or two. After that we'd look at how it went and roll it out further when it feels fine.",
  },
  {
    id: 'at029',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: 'Proposal: staged exposure of the larger support-assistant model.\n\nStop criteria, fixed before launch and not revised during the rollout: hallucination rate on the eval harness above 2% (current model: 1.2%); thumbs-down rate on answers more than 15% above the current model; p95 time to answer above 3.5 seconds; cost per conversation above €0.09, which is the figure Finance has budgeted.\n\nExposure will run at 2%, 10%, 30% and 100% of a random sample of tenants. Each stage lasts a minimum of 48 hours and does not advance until at least 1,500 conversations at that stage have been scored by the harness. Should any criterion be breached, the rollout stops and the team investigates.\n\nCost per conversation will be reported to Finance weekly throughout.',
  },
  {
    id: 'at030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S A'),
    text: "1. Order: our own test seller accounts first, then sellers in the beta programme, then low-traffic categories. The top sellers' listings go last; if their photos stop loading they notice within minutes and so do their buyers.\n2. Stages at 5%, 20%, 50% and 100%, each held for at least a full day, longer than the Thursday deadline would like. The service only restarts on deploys, so anything that creeps up over a day won't show in the first hour.\n3. The engineering lead and I both sign off before each stage moves on.\n4. During the holds we'd keep an eye on memory and latency.\n5. The benchmark says 20% faster. The canary won't prove that to anyone; if we want to claim it's faster for buyers, we run an A/B test afterwards.",
  },
  {
    id: 'at031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly, for a pricing page I wouldn't overthink it. Nothing in the backend changes, so the risk is pretty low. I'd put the new page out to a small slice of visitors a few days before the campaign, keep an eye on the dashboards, and if nothing looks weird, switch everyone over before Friday so marketing's links land on the new table. If sign-ups drop we can always revert to the old page. The main thing is to get it out in time and keep marketing in the loop.",
  },
  {
    id: 'at032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Hi Jonas,\n\nThanks for sending the new prompt over, it reads really nicely. For the rollout I'd go gradually rather than flipping it for everyone at once. It might be worth asking a couple of German speakers in the office what they make of it, since the review was all English. Then we can see how users react over the first week or so and keep going if the feedback's okay. If people complain we'll think again.\n\nHappy to chat tomorrow if useful.\n\nCheers,\nMara",
  },
  {
    id: 'at033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary → new index layout. Free tier / institutional licences. Median ↓, p99 ↑? Tail latency, rare queries, many filters. Thresholds: 0.5% errors, +200 ms p99, −2% conversion, baseline, control cohort. Ramp 1% 5% 25% 50% 100%. Holds, gates, metric-based, time-based. Staff → beta → free tier → institutions. Sign-off, go/no-go, PM owns vs eng owns. Rollback < 5 min, on-call, 24/7, config flag, no redeploy. Canary ≠ A/B. Cheaper hosting, cost per query. Safety, not better, randomised. Weekends? Peak hours?',
  },
  {
    id: 'at034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'recommendation model v2 / feature stores / regional / singapore lunch 12:00 sgt = 06:00 berlin / p95 / p99 / eval harness / offline replay / hallucination / thumbs / not interested / compute cost per request / tokens / 1-5-25-50-100 / staff, beta, low-value, high-value last / holds 24h / gates / go-no-go / pm + ml lead sign-off / rollback flag 2 min / on-call berlin + sg / thresholds pre-committed / basket add rate −2% / errors +0.5% / a/b lift / canary = safety',
  },
  {
    id: 'at035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook answer is to start with staff and a beta group and work outwards, but I wouldn't bother here; a date picker is a date picker and any guest is as good a test as any other. I'm also not going to write rollback thresholds in advance. I've never seen a pre-set number that was right, and on a page like this I don't think you need them. Holding at each stage isn't worth it either: the team wants it at 100% this afternoon, the design reviews were glowing, and nothing in the service changes. I don't see the value of someone formally signing off each step, and I wouldn't spend time building an instant rollback switch for a form. And no, I wouldn't run an A/B test afterwards to check it's better. We'd ship it, and if bookings looked odd next week we'd fix forward.",
  },
  {
    id: 'at036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "People will tell you to set thresholds on hallucination rate from the eval harness before you start. I wouldn't; the harness grades one summary in two hundred, so I don't think a pre-committed number means anything here. Same for thumbs-down: vets hardly rate, so I'm not going to treat feedback as a stop rule, and I wouldn't watch cost or p95 either, since cheaper and faster is the whole point. I also wouldn't pick an order of clinics, staff first or the big groups last; that seems like overthinking a summariser. No long holds at each stage, no sign-off ceremony, and I don't want an on-call engineer able to switch the model back on their own. And I wouldn't follow it with an A/B test.",
  },
  {
    id: 'at037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "The way I see it, the canary is basically our experiment for the new product pages. Staff get it first because that's how it's set up, but staff hardly buy, so I'd move quickly to our loyalty-tier customers, the top spenders, because they buy the most and we'll see the lift fastest. If conversion in the canary group beats everyone else, that proves the bigger photos and the size guide work, and we go to 100%.\n\nMy job as the PM is the go/no-go and deciding which groups see it; engineering owns the flag and the deploy. We'd move in stages, 5%, 20%, 50%, then 100%, holding each one for two full days before moving on so we have a decent amount of data.\n\nIf something actually breaks, say the size guide stops product pages loading, the on-call engineer turns the flag off. They can do that at any hour without getting approval from me, and it takes about a minute.",
  },
  {
    id: 'at038',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "- Order: our internal HR team → customers in the beta programme → small companies → large payroll customers last, since a wrong payslip answer costs us most with them.\n- Metrics: error rate and latency. That's enough; the offline evals already showed the bigger model is three points better, so in production it's just another endpoint.\n- Thresholds: we see where the first day lands and set the limits around that.\n- Every step up is signed off by me and the ML lead.\n- Rollback: the on-call engineer flips the model route back to the old model, any hour, no approval needed, under five minutes.",
  },
  {
    id: 'at039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "I think moving reviews above the fold is the right call. For outdoor gear, people want to know whether the jacket is actually waterproof after a season, and reviews answer that better than our copy does. I'd go further and show a short summary of the most common points, like \"runs small\" or \"great in rain\", with the star rating, and filter by the activity the buyer cares about. Lazy-loading the gallery should help the page's loading scores, which matters for search ranking across our European markets. On the sale, 20% off everything was probably too blunt; next time I'd target slow-moving stock and end it midweek so Monday traffic isn't such a cliff. And we should translate reviews rather than showing only those in the visitor's language.",
  },
  {
    id: 'at040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: 'The real problem is the prompt itself. German business email defaults to "Sie", and a warmer tone in English doesn\'t translate into "du". I\'d rewrite the system prompt so it mirrors the register of the email being answered: formal if the incoming message uses "Sie", casual only if the sender already uses "du". Warmth in German can come from phrasing instead, like thanking the reader or a friendlier closing, without dropping formal address. I\'d also get a German-speaking copywriter to review it alongside the English team, write a short style guide with examples in both languages, and add German examples to the prompt. Longer term, each language should have its own prompt owner.',
  },
];
