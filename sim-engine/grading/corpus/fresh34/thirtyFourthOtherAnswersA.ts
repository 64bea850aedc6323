import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-fourth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (an008–an020), written blind and labelled by hand.
 */
export const THIRTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'an008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `I'd start with people who work here, then returning customers with saved cards, because that's who the usability lab tested and they're the forgiving case. First-time buyers go last: nobody has watched them use it, and the spring campaign brings a lot of them in. Before launch I'd fix the limits: checkout errors up more than 0.5%, p99 page time up more than 300 ms, and first-order conversion down more than 2% against people still on the old checkout. Steps of 2%, 10%, 25%, 50%, then everyone, and we stay at each for at least two days, longer at 25% because first orders are thin before the campaign starts. I'd want it fully out a week before the campaign so we're not learning during the peak.`,
  },
  {
    id: 'an009',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: `Notes, resizer rewrite:
- Split: the platform team owns the rewrite, the deploy and the load balancer. I own what we're willing to risk on sellers' listings and how we judge whether they're suffering; I'm the one who answers to the marketplace team if listing pages get worse.
- Rollout: start small, widen over the week, keep an eye on memory and image load times.
- Rollback: on-call can move traffic back to the old resizer at any hour without waiting for me. It's a load-balancer weight, a couple of minutes, and the old service stays running until the new one has been at full traffic for a week.
- "20% faster" is a benchmark. The rollout won't show that users are better off either; if we want to say pages load faster and sellers list more, that's a randomised A/B test later.
- Thursday is a wish, not a deadline.`,
  },
  {
    id: 'an010',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: `Um, so for the larger model, the main thing I'd add compared to a normal release is watching the model itself, not just the servers. So hallucinations on our eval set (we'd run a sample of real questions about payslips and leave through it every day), thumbs-down on answers, p95 response time since a longer context can be slow, and tokens per conversation, which is also what Finance wants to know. Then I'd go in stages, 1, 5, 25, 50, 100, and not move until we've had at least two days at a stage and the eval numbers have settled. Each step needs a yes from the support team lead and the ML lead before it goes wider. That's roughly it.`,
  },
  {
    id: 'an011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `It's a pricing page, and nothing behind it changes, so I don't think it needs much ceremony. I'd check it over with design and marketing so the comparison table says what we actually sell, make sure it looks right on phones, and put it live on Thursday so it's ready for Friday's campaign. Over the weekend I'd keep an eye on sign-ups. If anything looks strange, we can always put the old page back, and engineering can tell me if they see errors. Honestly the bigger risk is the campaign copy, not the page.`,
  },
  {
    id: 'an012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `I think the cheaper model is a good move: the summaries looked fine in the demo and it saves us real money. I'd roll it out gradually over a couple of weeks and keep an eye on what the vets say. The ML engineers know the technical side far better than I do, so I'd let them set it up and tell me if anything looks off. If the summaries get worse we can switch back to the old model. Once everyone has it, we can tell the clinics their summaries come back faster.`,
  },
  {
    id: 'an013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary, new index layout, smaller, cheaper. Tail latency, p99, p99.9, median faster, rare queries, many filters, facets, date ranges. Free tier, institutional licences, cohorts, staff, beta. 1%, 5%, 25%, 50%, 100%. Thresholds, 0.5, 200, 2%, baseline, control. Canary cohort, segments, order. Holds, 24 h, gates, metric-based, time-based, sign-off. PM owns, engineering owns. Rollback, on-call, routing config, under 5 minutes, 2 a.m. Safe vs better, canary vs A/B test, randomised. Benchmark, filters, tail, hosting cost, librarians, licences, p99 again. Dashboards, alerts, SLO, error budget.`,
  },
  {
    id: 'an014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `warmer casual system prompt German English Sie du formal address quarter of users thumbs-down rate eval harness hallucination p95 latency tokens per reply cost canary A/B test randomised safe better staff beta enterprise last cohorts 1 5 25 50 100 percent 24 hours hold gates sign-off PM eng lead on-call rollback config flag five minutes no redeploy thresholds two points 300 ms 15 percent half a percent pre-committed baseline control locale split Munich office business accounts formality score made-up content chattier longer replies`,
  },
  {
    id: 'an015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `Honestly I'd keep this one simple. I wouldn't send it to staff first (they browse all day and never buy, so what's the point), and I don't think the order of cohorts matters for bigger photos and a size guide. I wouldn't write rollback thresholds down in advance either; you don't know what normal looks like until you see it. I don't see the need for holds at each stage or a sign-off every time we widen, that's process for the sake of it. Same with an on-call rollback plan and a five-minute target: it's a product page, not a payment system. And I wouldn't run an A/B test afterwards. We'd just turn it on and see how it goes.`,
  },
  {
    id: 'an016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `Things I'm deliberately not doing for the new recommendation model:
- No staged cohorts. Staff first, then beta, then everyone is overkill for a home-screen widget.
- No pre-agreed rollback numbers. The ML team will know a bad model when they see one.
- No model-specific metrics. Eval harness, dismissal rates, cost per request: we'd drown in dashboards.
- No holds that wait for both regions' peaks; waiting for Singapore's lunch hour just slows us down.
- No sign-off at each gate, and no on-call rollback rota covering Berlin's early morning.
- No A/B test afterwards.
Plan: switch it on for everybody on Monday and look at the numbers on Friday.`,
  },
  {
    id: 'an017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: `Plan for the product-page release this week: staff first (they'll spot layout bugs before anyone else), then the beta list, then shoppers in our two smallest markets, and our regular high-spend customers last, since they know the old page best and would notice anything broken. 1%, 10%, 50%, 100%, with one full day at each before moving up. If anything breaks, whoever's on call flips the flag back. It takes two minutes, any time of day, no need to ask me.

The nice part is that the canary doubles as our A/B test. We'll compare conversion in the canary group with last week's numbers, and if it's up, that proves reviews above the fold work, and leadership has its answer by Friday. If the canary converts worse than last week, we'll take that as the change hurting and roll it back.`,
  },
  {
    id: 'an018',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S'),
    text: `So for the bigger model, I'd own the rollout decisions and the customer comms; the ML engineers own serving it and the infrastructure. I'd actually start with our biggest enterprise tenants, because they pay the most and they'd get the most out of the longer context window, so it makes sense to give them the upgrade first. Then mid-market, then everyone else.

Steps of 5%, 20%, 50%, 100%, and we'd sit at each for two days. Before each step the ML lead and I both sign off in the release ticket.

What would I watch? Honestly, for a model swap it comes down to error rate and latency. If the API isn't erroring and answers come back in time, the model's doing its job. The offline evals already told us quality is up three points, so I don't see a need to track quality separately in production, and Finance can work out the cost from the invoice at month end.`,
  },
  {
    id: 'an019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `The bigger question for me is whether this date picker is right at all. Guests on a holiday-rental site often don't know their exact dates: they think "a week in late July" or "any weekend in September", and then talk it over at home. A picker that forces two exact dates up front fights that. Before anything else I'd run five or six interviews with guests who booked in the last month, and watch a few people plan a trip with their partner. I'd also want the picker checked for keyboard use and screen readers, and tried on small phones where the calendar tends to spill off the screen. The shorter form is good; I'd cut the phone-number field too, since we only need it after booking.`,
  },
  {
    id: 'an020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `Before we talk rollout, I'd want the business case straight. The cheaper model saves us roughly a third per summary, and the question is whether we keep that margin or pass some of it to clinics. Small practices are price-sensitive, so a lower tier for single-vet clinics might grow the customer base faster than the saving grows profit. I'd also want legal to check the new provider's data-processing terms, since visit notes carry owners' names and addresses, and to confirm where the data is stored. Then marketing: "faster summaries" is a message clinics will care about, so I'd line up a short announcement and an update to the pricing page for the same week.`,
  },
];
