import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-eighth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers ar028–ar040, written blind and labelled by hand. */
export const THIRTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'ar028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "So what worries me is first-time buyers. The lab tested returning customers, who already have saved addresses and cards, and a single page with autofill does nothing for someone who has neither. So I'd order it that way on purpose: staff accounts first, then returning customers who joined the beta, then returning customers in general, and first-time buyers last, because they're the group we haven't seen it work for and they're who the spring campaign brings in.\n\nBefore we turn it on I want the limits on paper: checkout errors more than 0.5 % above the old flow, p99 page time more than 300 ms worse, and first-order conversion down more than 2 % against the old checkout. If any one of those goes, it comes back.\n\nThe ramp would be 2 %, 10 %, 25 %, 50 %, then everyone, holding two days at each, and a full week at 25 % so we get enough first orders to actually read conversion. Ideally all of that is done a week before the campaign starts.",
  },
  // pricing-page-healthy
  {
    id: 'ar029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: "quick take on the pricing page: honestly low risk, the checkout behind it doesn't change. what I'd own as PM is the go/no-go calls and what the page says; the web team owns the deploy and the flag. whenever we widen it, the web lead and I both sign off in the release channel, neither of us alone. if anything looks wrong, whoever's on call flips the flag back to the old page, takes about a minute, and they don't wait for me or marketing to say yes. main thing is having it fully out before Friday so the campaign links all land on one page.",
  },
  // support-model-upgrade
  {
    id: 'ar030',
    scenario: 'model',
    class: 'middling',
    points: points('M A'),
    text: "A bigger model is the kind of change where error rate tells you almost nothing. It'll answer every request fine while telling someone the wrong leave entitlement. So what I'd want on the dashboard is the eval harness running on a sample of real conversations, checking payslip and leave answers against the policy docs, so we see hallucinations; thumbs-up and thumbs-down, and how often people ask for a human; p95 latency, because a longer context window shows up in the tail; and tokens per conversation, so Finance gets a real cost figure instead of a guess.\n\nAnd I'd be careful about what we conclude. Offline evals went up three points, and the canary will tell us whether the new model breaks anything, but it can't tell us it's better. If we want to say that, we run a randomized A/B test afterwards on questions resolved without a human.",
  },
  // staff-cohort-artifact
  {
    id: 'ar031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "For the bigger photos and the size guide, I'd do a gradual rollout and keep an eye on the numbers. It's a fairly safe change, mostly visual, and in fashion better photos and a good size guide usually mean fewer returns, so I'm optimistic. If something looks off, the team can revert it. I'd also ask customer service whether shoppers find the size guide useful, and maybe send a short survey a few weeks after launch to see what people think.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'ar032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think the first thing is to make sure the new prompt is actually good, so I'd have people review it in both languages before it goes out. Then I'd release it gradually to users and monitor how it performs. If we see problems, like users not liking the tone, we would adjust the prompt and try again. Communication with the team is key here, and I'd keep stakeholders updated throughout the process so everyone stays aligned and there are no surprises.",
  },
  // search-tail-latency
  {
    id: 'ar033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, new index layout, smaller, cheaper. Internal, beta, free tier, institutional licences, cohorts. p50 p95 p99 tail latency 200 ms 0.5 % error rate 2 % conversion baseline control. Rollback, on-call, flag, routing, config, minutes, 24/7. 1 % 5 % 25 % 50 % 100 %, holds, gates, metric-based, time-based, sign-off, PM, engineering lead, ownership. A/B test versus canary, safety versus lift, randomized. Rare queries, many filters, benchmark, warm caches, hosting cost, dashboards, alerting, thresholds, pre-committed, segments, exposure, blast radius, stages, 48 hours.',
  },
  // quiet-feedback-trap
  {
    id: 'ar034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Key themes:\n- cheaper model, faster model, summaries, veterinary clinics, patient notes\n- eval harness, 1 in 200, sampling, hallucination, omission, accuracy\n- thumbs-down, ratings, feedback, sparse, 5 %, few hundred per minute\n- p95, latency, tokens, cost per summary, compute\n- in-house vets, early access, small clinics, multi-site groups, new clinics\n- 0.5 %, 1 point, 2 points, 500 ms, 400, 48 h, 5 min\n- thresholds, holds, gates, sign-off, ML lead, PM, on-call, flag\n- canary, A/B, randomized, safe, better',
  },
  // booking-purchases-lag
  {
    id: 'ar035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly I wouldn't turn this into a ceremony. It's a date picker and a shorter form, and nothing in the service changes. I don't see the point of sending it to staff first or picking special groups in some order; staff don't book their holidays through our site at work anyway. I also wouldn't write rollback thresholds down in advance, because you can't know what normal looks like for a new form until you see it. I'm not a fan of holding at 5 % or 25 % for hours either: bookings come in late, so we'd be waiting all day for numbers that are noisy anyway. No formal sign-offs between steps, and I wouldn't give on-call the right to pull it without me, since a front-end change can't take anything down. A follow-up A/B test feels like overkill for a design everyone already loves. Ship it this afternoon, watch it, fix forward.",
  },
  // lunch-peak-recommendations
  {
    id: 'ar036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I'd keep this light. I wouldn't build an eval harness for recommendations, and I'm not going to track p95 or compute cost per request; the feature stores are an infrastructure problem, not a product one. I don't think we need a particular order of cohorts, a random slice is fine for a recommender. I wouldn't fix rollback numbers before launch either, and I don't want holds at every stage that cost us a week. Nor would I hand rollback to whoever happens to be on call at six in the morning in Berlin; I'd rather they wake me and I decide. And I don't see a reason for a separate A/B test later.",
  },
  // after-the-sale-healthy
  {
    id: 'ar037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "My role is deciding who sees it, how fast it widens and what counts as success; engineering runs the deploy and the flag. The way I see it, the canary is our A/B test. We put reviews above the fold for 5 % of shoppers, and if that group buys more than everyone else over the first few days, that proves the new page is better and we can go to everyone with confidence. Leadership wants evidence it's an improvement, and the canary cohort gives us exactly that. We'd go 5 %, 20 %, 50 %, 100 %, holding each stage for at least two days so purchases have time to come in, and we don't move up until the lift in the canary group holds. If conversion in the canary group drops, the on-call engineer turns the flag off straight away. It's a config change, a minute or two, and they don't need to check with me at any hour.",
  },
  // support-model-upgrade
  {
    id: 'ar038',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "To be honest, from a release point of view a model is just another service, so I'd watch the same two things I'd watch for anything: error rate and response time. If those stay flat, the model is fine. Answer quality was already settled by the offline evals, which went up three points, so there's no need to measure it again in production. On order: our own HR and payroll staff get it first, then customers who opted into beta features, then small companies, and the big enterprise payroll clients last, because a wrong answer about a payslip there turns into an escalation. Each step needs sign-off from me and the ML lead together before we widen. And the on-call engineer can switch back to the old model in the config at any hour; it takes a couple of minutes and they don't wait for my approval.",
  },
  // night-breach-rollback-authority
  {
    id: 'ar039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For a fare change in a ride-hailing app, I'd start with the pricing strategy itself. Night and weekend peaks are where surge pricing draws the most complaints, so I'd look at whether the new fares feel fair to riders: cap surge multipliers late at night, show the full fare before booking, and give drivers a clearer breakdown of what they earn per trip. I'd interview ten riders and ten drivers, compare competitor fares in our three biggest cities, and run a short pricing survey. Then I'd write a one-pager for leadership with the expected revenue impact and a communication plan for drivers.",
  },
  // lunch-peak-recommendations
  {
    id: 'ar040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Recommendation models are one of my favourite topics. Most grocery apps use some mix of collaborative filtering with a ranking model on top, and the newer ones embed past baskets so that what you bought last Tuesday becomes a feature. In South-East Asia the basket looks very different from Europe, with more fresh produce and smaller, more frequent orders around lunch, so I'd push for separate models per region rather than one global model. I'd also invest in the feature stores so data science can ship new features without waiting on infrastructure. Longer term I'd love recommendations that plan a whole week of meals.",
  },
];
