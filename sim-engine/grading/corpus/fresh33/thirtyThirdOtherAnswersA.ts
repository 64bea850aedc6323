import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-third fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (am008–am020), written blind and labelled by hand before anything was graded.
 * Built-in scenario ids are noted above each entry; see LABEL-NOTES-a.md.
 */
export const THIRTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: middling, order + thresholds + canary-vs-A/B only
  {
    id: 'am008',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: `The big danger here is first-time buyers. The lab only tested returning customers, and the new page leans on saved addresses and cards that a first-timer simply doesn't have. So after our own staff I'd put returning customers with saved details in front, and keep first-time buyers out of it until the very end, because that's exactly who the spring campaign will bring in. Before we start I'd fix what counts as failure: checkout errors up more than half a point, the checkout page's p99 more than 250 ms slower, or first-order conversion down more than 2 % against the old checkout. Anything past those and it comes back. I'd also want growth to understand that even if the canary looks great, it won't prove the one-page checkout converts better. The canary group is hand-picked returning customers, so of course they'll look good. That question needs a randomised A/B test.`,
  },
  // support-model-upgrade: middling, a chat message; holds, sign-off, rollback, model signals
  {
    id: 'am009',
    scenario: 'model',
    class: 'middling',
    points: points('H S R M'),
    text: `quick thoughts on the bigger-model rollout before tomorrow's sync:
- we'd go 2% → 10% → 30% → 60% → 100% of conversations, picked at random, and sit at each one for at least two days before deciding anything. longer if the graded sample is still small
- besides errors i'd want to see the hallucination rate from the eval harness on a sample of real convos, thumbs-down and "talk to a person" clicks, p95 response time (bigger model = slower), and cost per conversation since finance is already asking
- every step needs a yes from me and the ML lead, written in the channel so nobody argues later
- if something looks off, on-call switches back to the old model in the gateway config. any hour, takes a few minutes, they don't wait for us
will write it up properly after`,
  },
  // image-resizer-memory-leak: middling, PM role + holds + rollback
  {
    id: 'am010',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: `My job on this one isn't the rewrite. Engineering owns the code, the deploy and the traffic split. What I own is the pace, and I'd push back hard on "everywhere by Thursday". The service only restarts when we deploy, so anything that builds up over a day won't show in a two-hour window, however good the benchmarks look. I'd go 5 %, 25 %, 50 %, then 100 %, and hold each step for at least 48 hours without a restart before moving on, so we see the service on its second day, not just its first hour. If it goes wrong at any of those steps, the on-call engineer pulls it straight away, switching image traffic back to the old resizer at the load balancer, which takes a couple of minutes, without waiting for me or for a meeting.`,
  },
  // pricing-page-healthy: weak
  {
    id: 'am011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `It's only a pricing page and the checkout behind it doesn't change, so I wouldn't overthink this one. I'd put it out to some users first, keep an eye on the dashboards for a day or so, and if nothing looks wrong we switch it on for everyone before the campaign goes out on Friday. If there is a problem, engineering can fix it quickly. Marketing will be happy either way, and honestly a clearer comparison table is hard to get wrong.`,
  },
  // prompt-locale-thumbs-down: weak
  {
    id: 'am012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `I would roll the new prompt out gradually and see how people react to it. A warmer tone should help engagement, and the English team already reviewed it carefully, so I'm not too worried. We'd read the feedback as it comes in, and if German users seem unhappy we could ask someone to translate the prompt properly. The ML team knows the model better than I do, so I'd leave the details to them and focus on telling users about the change in the release notes.`,
  },
  // search-tail-latency: keyword salad
  {
    id: 'am013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary. New index layout, smaller, cheaper hosting. p50 vs p99, 200 ms, 0.5 %, tail latency, rare queries, many filters. Free tier / institutional licences, internal, beta, enterprise. 1 % 5 % 25 % 50 % 100 %. Thresholds pre-committed? Holds 24 h, gates, sign-off, PM + EM + SRE. Rollback, runbook, on-call, < 5 min, routing config, no redeploy. A/B, randomised, significance, safe vs better. Error budget, SLO, dashboards, cost per query. Benchmark gaps, cache warm, cold. Ramp, cohort, baseline, control. Staging vs production, weekday peak, exam season, 10 %, 2 %, conversion, sessions.`,
  },
  // quiet-feedback-trap: keyword salad, slide-note fragments
  {
    id: 'am014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `Cheaper faster model → vet summaries → canary 1 % / 5 % / 25 %, eval harness 1 in 200, sparse thumbs-down, hallucination rate, invented doses?, p95, token cost per summary, clinics (small / multi-site / pilot / internal vets), sign-off ML lead + PM, rollback < 5 min gateway, holds 48 h, sample size 400, thresholds +1 pt / +20 % / +500 ms, A/B later, safety ≠ better, few hundred per minute peak, statistical power, cost savings, baseline, control, ramp, gates, SLOs, EM, runbook, 24/7, weekday vs weekend, 2 %, 0.5 %, vets rating rarely, demo clinics, drug names, follow-up visits.`,
  },
  // staff-cohort-artifact: negated, good practices named only to be rejected
  {
    id: 'am015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `I know the textbook says staff first, then beta users, then everyone else, but I wouldn't bother with a careful order here; it's bigger photos and a size guide. I also don't see the point of writing rollback numbers down in advance for a change like this. Nobody is going to agree on what "2 % down" means for a product page anyway. Same with ramp stages and holding a day at each one: I wouldn't do that, it just slows the team down. I wouldn't set up a sign-off at every step either, and I wouldn't hand the on-call engineer the right to roll back on their own; that's how you get panicked rollbacks over nothing. And I'm not going to argue that the canary is only a safety check that needs an A/B test afterwards. We'd just ship it, look at how it's doing next week, and take it from there.`,
  },
  // lunch-peak-recommendations: negated
  {
    id: 'am016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `People will tell you to check every metric per region and to hold each stage through a Singapore lunch peak. I don't think either is worth it for a recommendation model. I'm also not going to sit down and decide which customers go first; I don't think that's a PM's job, and I wouldn't pre-commit any rollback numbers, because the model is new and we don't know what normal looks like yet. I wouldn't ask for hallucination checks, eval replays or cost per request either. Those matter for chatbots, not for baskets on a home screen. Nobody needs to be woken at six in the morning Berlin time with authority to pull it, and I wouldn't run a separate A/B test afterwards. It goes out, and the data team looks at it on Monday.`,
  },
  // after-the-sale-healthy: misconception-led (the canary is the experiment that proves lift)
  {
    id: 'am017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: `Leadership wants this out this week, so the nice thing is that the canary doubles as our experiment. If the 10 % who see reviews above the fold buy more than everyone else, that proves the new layout works, and I can take the lift straight to leadership without waiting weeks for a separate A/B test. I'd compare the canary group against last week's numbers too, to get a sense of the size of the win.

Mechanically: engineering owns the deploy and the traffic split; I own the rollout decisions and the story we tell leadership. We'd go 10 %, 25 %, 50 %, 100 %, holding each step for a full day before moving on. If something breaks, say the gallery stops loading, the on-call engineer flips the flag back. It's a config switch that takes a minute or two, and they don't need to ask me first.`,
  },
  // support-model-upgrade: misconception-led (a model only needs errors and latency)
  {
    id: 'am018',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text: `A model behind an API is still just a service, so I'd treat it like one. What matters is whether it errors and whether it's fast; answer quality is already covered by the offline evals that went up three points, so I wouldn't add eval sampling, thumbs-down tracking or cost dashboards to the canary. Those are noise at this stage.

The rollback limits go in the launch doc before we start: error rate more than 0.5 % above the current model, or p99 latency more than 400 ms worse. Either one and we roll back, no debate. The ML lead and I both sign off before each increase in traffic. And the on-call engineer can send everything back to the old model from the gateway at any hour, in a few minutes, without waiting for anyone's approval.`,
  },
  // booking-purchases-lag: off-topic (the design of the date picker, not the release)
  {
    id: 'am019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `Honestly, the first thing I'd look at is the date picker itself. Holiday-rental guests often don't have fixed dates; they're juggling school holidays and a partner's leave, so I'd want a flexible-dates option ("any weekend in June") and a clear view of the nightly price next to each date. I'd also ask why the form got shorter: which fields went, and did legal sign off on the cancellation-policy checkbox? Keeping the dates in a client-side store is convenient, but guests switch from phone to laptop when they talk it over at home, so I'd push for saving the search to the account. Then I'd run five or six quick usability sessions with couples planning a trip together, because the design reviews were internal and glowing reviews from colleagues don't tell you much.`,
  },
  // lunch-peak-recommendations: off-topic (recommendation strategy, not the release)
  {
    id: 'am020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `I think the more interesting question is what the recommended baskets should be optimising for. Right now they're probably tuned to basket size, but in South-East Asia people shop in smaller, more frequent orders, often for one meal, so a "lunch for two" basket might do better there than a weekly shop. I'd want the model to know about local staples and about what's in season in each region, and I'd want a way for customers to say "never show me this". Longer term I'd consider letting regional teams curate a few baskets by hand and letting the model fill in around them. Reading more features per request is fine, but I'd check with data science which of the new features actually carry signal before we pay to store them.`,
  },
];
