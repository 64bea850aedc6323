import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-fourth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers an028–an040, written blind and labelled by hand. */
export const THIRTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order
    id: 'an028',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: "So, I'd start by being clear about roles: as the PM I'm deciding who gets the new checkout and when, and engineering handles the flag and the actual traffic split. On the who, our own staff go first, then returning customers with saved addresses and cards, because that's who the lab tested and the page was really designed around them. First-time buyers I'd keep on the old checkout until the very end. They don't have anything saved, so for them it's almost a different page, and they're exactly the people Growth needs in the spring campaign. For the ramp I'd go 5%, then 20%, then 50%, then everyone, and sit at each step for two full days before moving up. Meanwhile I'd keep an eye on conversion and errors, and if something looks off we'd get together and talk about whether to pause. And I'd want it fully live at least a week before the campaign starts, so we're not learning anything during the busiest week.",
  },
  {
    // support-model-upgrade
    id: 'an029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: '- Roll back if any of these trip against the old model (numbers agreed with eng before launch, not during):\n  - eval harness hallucination rate +1 pt\n  - thumbs-down rate +15%\n  - p95 latency +700 ms\n  - cost per conversation +30% (Finance is already asking)\n  - error rate +0.5%\n- Rollback = flip the model flag back. On-call does it straight away, no approval needed, under 5 min.\n- Roll out gradually to customers and keep an eye on things\n- Brief the support team beforehand so they know what changed',
  },
  {
    // image-resizer-memory-leak
    id: 'an030',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: "I'd move traffic to the new resizer in stages: 1%, 10%, 25%, 50% and then 100%. Because the service is only restarted when we deploy, each stage has to run for at least 48 hours with no redeploy in between, so that anything that builds up over a day or two of uptime has time to show. That makes Thursday unrealistic, and I'd tell the team so early rather than late. Before each step up, the image platform lead and I both sign off in the release channel, and if either of us isn't comfortable it waits.\n\nI'd also be careful about what we claim afterwards. The 20% speed-up comes from benchmarks; if we want to say listing pages got faster for buyers, that's a randomised A/B test on its own. The staged rollout only tells us the new service doesn't break anything. Once we're at 100% I'd let sellers know the new photo format is supported.",
  },
  {
    // pricing-page-healthy
    id: 'an031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Since the pricing page is only a visual change and the checkout stays the same, I'd mostly trust the design review here. I'd put it out to a few users first, check that nothing looks wrong, and then release it fully before Friday so the marketing campaign lands on the new page. If people complain we can always switch back. Honestly, the main work is coordinating with marketing so the links and the copy match. I'd also ask support to watch the tickets over the weekend.",
  },
  {
    // quiet-feedback-trap
    id: 'an032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: 'The new model is cheaper and faster, which is great news for the clinics and for us. I would release it to some clinics first and ask the vets what they think of the summaries, then expand if the feedback is positive. We should also look at the eval results as they come in. Since not many vets rate summaries, maybe we send an email encouraging them to rate more. Once everyone seems happy, we switch all clinics over to the new model.',
  },
  {
    // search-tail-latency
    id: 'an033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary: new index layout. Tail latency, p99, p50, 200 ms, filters, rare queries. Error rate 0.5%. Stages 1% 5% 25% 50% 100%, holds, 24 h, metric gates. Staff, beta, free tier, institutional licences last. PM owns, engineering owns. Thresholds pre-committed, baseline, control cohort. Sign-off, eng lead, PM. Rollback, on-call, routing, config, under 5 minutes, 2 a.m. Canary vs A/B, randomised, safe vs better. Hosting cost, cheaper, smaller index. Zero-result rate, timeouts, 5xx. Many-filter queries, p99.9. Conversion to full-text download, institutions. Semester start, exam weeks.',
  },
  {
    // prompt-locale-thumbs-down
    id: 'an034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'warmer prompt / German / Sie vs du / formal address / thumbs-down rate / eval harness / hallucination / p95 / tokens per reply / cost — 1 → 5 → 25 → 50 → 100 — 24 h holds — thresholds 0.5 % · 300 ms · −2 % · +20 % — staff → beta → EN → DE → enterprise — PM + eng sign-off — on-call rollback, flag, < 5 min — canary ≠ A/B, randomised, safe ≠ better',
  },
  {
    // staff-cohort-artifact
    id: 'an035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I'll be honest, I don't buy most of the textbook canary process for a change like bigger photos and a size guide. I wouldn't write rollback thresholds down before launch; nobody knows what normal looks like for this page until it's live. I wouldn't pick the order of groups carefully either, staff first then beta and so on; it's a product page, not a payment system. I'm not going to hold at 1%, 5%, 25% for a day each, and I don't see why someone has to sign off every step. I also wouldn't set up a rule that on-call can roll back on their own at night. And I wouldn't bother separating \"safe\" from \"better\" with an A/B test afterwards. Ship it, look at sales at the end of the week, and decide then.",
  },
  {
    // lunch-peak-recommendations
    id: 'an036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "What I would NOT do for the new recommendation model:\n- Not a staff-first, then beta, then region-by-region order. One random slice is simpler.\n- No rollback numbers fixed in advance. We'll know a problem when we see one.\n- No multi-day holds at each percentage, and no waiting for the Singapore lunch peak.\n- No named sign-off per stage; the team can decide in standup.\n- No on-call engineer rolling back without me. I want to be woken up and make that call.\n- No eval replay, feedback-tap or cost-per-request tracking. Errors and latency are enough.\n- No A/B test afterwards. If the canary looks good, that's our answer.",
  },
  {
    // after-the-sale-healthy
    id: 'an037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "Leadership wants this out this week, and the nice thing is that the canary doubles as our experiment: it will show us whether moving reviews above the fold actually sells more gear. If the canary group converts better than everyone else, we've proven the change works and we can say so in the release note.\n\nWho sees it: staff first, for a day, because they'll spot a broken gallery or missing reviews on their phones right away. Then the customers in our early-access group. Then general traffic, with the customers who only just signed up kept until the end, because a page that misbehaves on a first visit is the worst first impression.\n\nStages are 5%, 25%, 50%, 100%, and each one runs for 24 hours before we go up. If the gallery breaks or pages stop loading, the on-call developer turns the flag off at once, without waiting for anyone, and everyone is back on the old page within two minutes.\n\nBy Friday we should be at 100% with a clear answer on the conversion lift.",
  },
  {
    // support-model-upgrade
    id: 'an038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T S'),
    text: "The question of whether the bigger model answers better is already settled: offline evals went up three points. So the canary here is purely an infrastructure exercise, and I'd treat it like any service rollout. If the error rate and latency hold up, the model is fine; there's nothing else the canary needs to watch.\n\nMy job as PM is to decide who gets it, when we stop and when we move on. Engineering owns the model routing and the monitoring.\n\nOrder: our internal HR and payroll team first, since they know the right answers by heart. Then customers who joined the beta programme. Then small companies. Our largest payroll clients go last, because an outage there is the most expensive.\n\nBefore we start, I'll write down the two limits with the engineering lead: error rate more than 0.5% above the old model, or p99 response time more than 400 ms slower. Either one stops the rollout.\n\nEach time we go up a step, the engineering lead and I both sign off.\n\nOn cost per conversation, Finance can get a figure from the invoice at the end of the month.",
  },
  {
    // booking-purchases-lag
    id: 'an039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For me the interesting part of this change is the form itself. Date pickers are notoriously hard on mobile, so before anything else I'd sit in on five or six sessions with guests planning a trip together and watch how they move between the calendar and the list of homes. A shorter form is good, but I'd check which fields we dropped: if the number of guests or pets is gone, hosts will be unhappy. I'd also want the picker to work with a keyboard and a screen reader, and to show prices per night as you pick dates, because that is what guests actually compare. Then I'd write up the findings for design and agree the final field list.",
  },
  {
    // lunch-peak-recommendations
    id: 'an040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "I think the bigger question is whether one recommendation model should serve both Europe and South-East Asia at all. Shopping habits are very different: baskets in Singapore are smaller and more frequent, and fresh produce matters more. I'd push for regional models, or at least regional features, and for a product owner based in Singapore so that decisions aren't always made at Berlin hours. I'd also like the home screen to explain why a basket is recommended, which builds trust and gives us better data for the next model.",
  },
];
