import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-fifth fresh set, author b: middling (ao028–ao030), weak (ao031–ao032), salad
 * (ao033–ao034), negated (ao035–ao036), misconception-led (ao037–ao038) and off-topic
 * (ao039–ao040) answers, written blind and labelled by hand before anything was graded.
 */
export const THIRTY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order — middling, spoken interview answer
  {
    id: 'ao028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `OK, so for the one-page checkout. I'd start with employees, then returning customers, since they're the ones it was designed for and they loved it in the lab, and I'd leave first-time buyers until last, because they have no saved address or card, so the autofill does nothing for them, and they're exactly who we can't afford to lose before the spring campaign. Before we start I'd fix what counts as failure: checkout completion more than 2 % below the old checkout, payment errors up more than half a point, page-load p99 more than 300 ms worse. Then 1 %, 5 %, 20 %, 50 %, everyone, and we sit at each step for a couple of days so there are enough first orders to actually see a drop. I'd also want all of that finished well before the campaign, so we're not changing checkout in the busiest week of the year.`,
  },
  // support-model-upgrade — middling, written paragraph
  {
    id: 'ao029',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: `My job here is the product calls: who sees the bigger model and when, and what would count as it going wrong. The ML platform team handles the routing and the infrastructure. For a model swap I wouldn't trust error rate and latency on their own. I'd track hallucinations on payslip and leave answers through the eval harness, the thumbs-down rate in the assistant, p95 response time, and tokens per conversation, since Finance has already asked about cost and a longer context window usually means more tokens. And I'd be careful with the story afterwards. A three-point gain in offline evals plus a quiet canary doesn't mean customers get better answers; if we want to say that, we need a randomised A/B test of the two models. The canary is only there to make sure nothing breaks.`,
  },
  // image-resizer-memory-leak — middling, spoken answer
  {
    id: 'ao030',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: `Honestly, the main thing with this service is time. It only restarts when we deploy, so anything that builds up over a day won't show in the first hour. I'd go 2 %, 10 %, 30 %, 60 %, 100 % and hold each step at least 36 hours with no redeploy, so every stage sees a full day of uptime before it moves on. The Thursday deadline would slip, and I'd tell the team that up front. Every step up needs a yes from me and the images tech lead, written in the release ticket. If something looks off, the on-call engineer switches the load balancer back to the old resizer on their own authority, day or night, no need to wake me, and that takes a minute or two because the old fleet stays up the whole time. Beyond that I'd keep an eye on the dashboards while it rolls out.`,
  },
  // pricing-page-healthy — weak
  {
    id: 'ao031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `I'd put the new pricing page in front of a small number of visitors first and see how it goes. Since it's only the comparison table and nothing in the backend changes, the risk is low, so I wouldn't overthink it. If things look fine after a while, I'd open it up to everyone in time for Friday's campaign, and if something looks wrong we can always switch back to the old page. Marketing and engineering would be in the loop the whole way, and I'd share a short update with leadership once it's fully live.`,
  },
  // quiet-feedback-trap — weak
  {
    id: 'ao032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `Since the new model is cheaper and faster, I'd first make the case to leadership with the savings numbers, and then roll it out to clinics gradually. We'd monitor how it goes and listen to what the vets tell us. The data science team knows the model best, so I'd lean on them to decide when it's good enough, and I'd make sure customer success is ready for questions from clinics. If problems come up, we'd fix them quickly. Overall I think the savings make this well worth doing.`,
  },
  // staff-cohort-artifact — salad, comma-separated fragments
  {
    id: 'ao033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary, staff cohort, employees first, opted-in beta, high-value last, larger photos, size guide, product page, conversion vs baseline cohort, 2 %, p99 200 ms, errors 0.5 %, thresholds pre-committed, 1 % 5 % 25 % 50 % 100 %, holds 24 h, metric-based gates, time-based gates, sign-off, PM owns, engineering owns, routing config, rollback under five minutes, on-call, 24/7, A/B test randomised, safe vs better, segment artefact, staff browse, staff don't buy, stock checks, orders, dashboard, control group, traffic split, exposure, regression, false alarm, healthy release.`,
  },
  // lunch-peak-recommendations — salad, slash-and-arrow notes
  {
    id: 'ao034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `recs model v2 / feature stores / EU + SEA / Berlin team / Singapore lunch 05:00–07:00 CET / 1 → 5 → 25 → 50 → 100 / hold / gate / sign-off / PM vs eng / staff → beta → general → high-value / p95 120 ms / errors +0.5 pt / add-to-basket −2 % / eval harness / hallucination / thumbs-down / token cost / compute per request / gateway / rollback < 5 min / on-call 24/7 / canary ≠ A/B / randomised / control / baseline / regional peak / capacity / QPS / cold cache / dashboards / alerts.`,
  },
  // booking-purchases-lag — negated, spoken answer
  {
    id: 'ao035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `People will tell you to start with internal staff and then beta users, but I don't think a deliberate cohort order is worth it for a date picker; I'd just take a random slice. I also wouldn't bother writing rollback thresholds down beforehand. Nobody can guess the right number for a form change, so we'd judge it when we see the data. Holding at each percentage for a day seems excessive when the team wants it at 100 % this afternoon, so no staged holds either. I don't see the need for a formal sign-off between steps; that's process for the sake of process. I wouldn't set up an on-call rollback path, because if something's wrong we'd fix forward with a patch. And I wouldn't plan a separate randomised test afterwards, or spend time in the kickoff splitting what I own from what engineering owns; we're one team.`,
  },
  // prompt-locale-thumbs-down — negated, written answer
  {
    id: 'ao036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `The textbook answer would have me watching hallucination scores from an eval harness, thumbs-down rates and token cost per draft. I don't think any of that is needed for a prompt change: if the API isn't throwing errors, the prompt is fine. I'm not going to put German users through as a separate step either; one cohort is one cohort. I wouldn't fix numbers for a rollback trigger in advance, and I wouldn't make anyone sign off between stages. I'm also not convinced the difference between a canary and an A/B test matters here, so I wouldn't plan a randomised test afterwards. And I wouldn't spend time drawing a line between what I own and what engineering owns; they can decide all of it.`,
  },
  // after-the-sale-healthy — misconception-led (canary as A/B test; sale week as baseline)
  {
    id: 'ao037',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: `The point of the canary here is to prove to leadership that reviews above the fold sell more. It doubles as our A/B test: the new page goes to 10 % of traffic, we compare its conversion with the other 90 %, and if the canary group converts better we have our proof and go to 100 %. For the order, I'd expose staff first so we catch anything obviously broken in the lazy-loaded gallery, then customers in the beta programme, then regular customers, and our big club accounts last, since they'd complain loudest. Moving from one group to the next needs a go from me and the web lead. If the page breaks, the on-call developer can turn the flag off on their own at any hour, and it's off within a couple of minutes, no redeploy. For the baseline I'd use last week's numbers, since that's the most recent data we have.`,
  },
  // support-model-upgrade — misconception-led (most valuable customers first; errors and latency only)
  {
    id: 'ao038',
    scenario: 'model',
    class: 'misconception',
    points: points('T H R'),
    text: `I'd start with our largest enterprise payroll customers, because they're the most valuable and will get the most out of the bigger context window; if it works for them, it works for anyone. For a model change the only things that really matter are the same as for any service, error rate and latency, so that's what we watch. Before we start we fix the limits: errors no more than 0.5 points above the old model and p99 latency no more than 600 ms slower, and if either is crossed we go back. The ramp is 5 %, 20 %, 50 %, 100 %, holding 24 hours at each step and only going up if both numbers stayed inside the limits for the whole hold. The on-call engineer can switch the gateway back to the old model at any hour without checking with anyone; it's a config flip that takes a couple of minutes.`,
  },
  // night-breach-rollback-authority — off-topic (fare strategy)
  {
    id: 'ao039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `The interesting question with a new pricing service is what the fares should actually be. I'd start from the drivers' side: weekend nights are when supply is tightest, so I'd want surge multipliers that respond faster and cap at something riders still find fair, maybe 2.5x. Then transparency. Showing riders an upfront fare with a breakdown tends to cut complaints. I'd talk to the billing team about how fares appear on invoices for business accounts, and to legal about price-gouging rules in the cities we operate in. Longer term I'd like to look at a subscription for frequent riders.`,
  },
  // prompt-locale-thumbs-down — off-topic (localisation strategy)
  {
    id: 'ao040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `German business email has its own conventions, so the real work here is a tone guide. I'd bring in a German copywriter to review the system prompt and write examples with Sie and formal greetings, and I'd check whether Austrian and Swiss users expect something different again. Longer term I'd build a per-locale prompt library so each language gets its own register, and add French and Spanish next, since they're the most requested languages in our support tickets. I'd also run a style review with the brand team so the warmer voice is consistent across the product, from onboarding emails to error messages.`,
  },
];
