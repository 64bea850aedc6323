import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-third fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (ac048–ac060), written blind and labelled by hand. The comment above each entry names the built-in scenario it was written for. */
export const TWENTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'ac048',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "hey — re the one-page checkout, here's roughly how I'd run it. eng owns the flag and the deploy; I'll own who sees it when and how long we sit at each step.",
      "staff first (we all shop there anyway), then returning customers who signed up for the beta list. first-time buyers go last, on purpose: the lab only tested returning customers, and first orders are exactly what the spring campaign brings in, so that's where it can hurt most.",
      "steps would be 2% → 10% → 30% → 100%, and we hold each one for at least 3 days, weekend included, before moving up. I'd like to land 100% a week before the campaign, not the day of. thoughts?",
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'ac049',
    scenario: 'model',
    class: 'middling',
    points: points('T R A M'),
    text: [
      'Notes for the model swap:',
      "Stop conditions, agreed before launch — errors +0.5 % vs the current model; p95 +1 s; thumbs-down +2 pts; hallucination rate on our eval harness +1 pt over baseline; cost per conversation more than 35 % above today's (Finance asked, so we answer with a number, not a shrug).",
      "Rollback — on-call reverts to the current model at any hour without checking with me; it's a model-version flag at the gateway, back in under 5 minutes.",
      "The +3 eval points don't prove anything for users, and neither will the canary — it's a safety check. Better-or-not is an A/B test with random assignment, once we know it's safe.",
      'Start with a small slice of conversations and go from there.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'ac050',
    scenario: 'service',
    class: 'middling',
    points: points('H S'),
    text: "The thing I'd push back on is Thursday. The service only restarts on deploys, so anything that builds up over a day won't show in an hour. I'd go 1 %, 10 %, 50 %, then 100 %, and hold each step for at least 48 hours without a restart before moving — flat the whole window, not just at the end. The eng lead and I both sign off each step before it goes up. If that means it isn't everywhere by Thursday, it isn't everywhere by Thursday.",
  },
  // pricing-page-healthy
  {
    id: 'ac051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this one's low risk — it's a pricing page and nothing in the backend changes, so I wouldn't overthink it. I'd put it live for some users early in the week, have a look at the dashboards, and if nothing looks weird, switch it on for everyone before Marketing's Friday campaign. Engineering can handle the details of how the traffic gets split. The main thing is that the campaign links land on the new page, because that's what Marketing cares about, and the table is clearer anyway.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'ac052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I'd roll out the new prompt gradually and keep an eye on how users react to it. Since it's only a tone change, the risk is fairly low compared to, say, swapping the model. I'd probably ask someone on the German side to read a few outputs too, just in case something sounds off. If the feedback looks good, we go to everyone; if people don't like it, we can always go back to the old prompt, since it's just text. Overall I think users will appreciate a friendlier assistant.",
  },
  // search-tail-latency
  {
    id: 'ac053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, cohorts, thresholds, holds. p99, p95, p50, 200 ms, 0.5 %, 2 %, baseline, control group. Free tier, institutional licences, universities, librarians, rare filtered queries, many filters. Ramp, gates, metric-based, time-based, sign-off, tech lead, PM, rollback, on-call, config flag, five minutes, routing, no redeploy. A/B, randomised, safe versus better. Index layout, smaller, cheaper hosting, tail latency, benchmark, dashboards, alerting. 1 %, 5 %, 25 %, 50 %, 100 %. 24 hours, 48 hours. Error budget, SLO, p999, cache, warm-up, query mix, rollout calendar.',
  },
  // quiet-feedback-trap
  {
    id: 'ac054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'model canary / cheaper faster model / eval harness / hallucination / 1 in 200 graded / thumbs-down / user feedback / p95 / tokens per summary / compute cost / vets, clinics, pilot, multi-site / 2 % → 10 % → 30 % → 100 % / pre-committed / sign-off / ML lead / on-call rollback < 5 min / config / A/B ≠ canary / sparse feedback / few hundred a minute / sample size / statistical power / metric gates / hold / baseline',
  },
  // staff-cohort-artifact
  {
    id: 'ac055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook says to write rollback thresholds down before you start, but I wouldn't — for a product-page change you learn more by watching the dashboards and reacting. I also wouldn't send it to employees first; they don't buy, so what's the point. Ramp stages with holds feel like overkill for bigger photos and a size guide, and I'm not going to ask anyone to sign off each step either. Same with an A/B test afterwards — we're not doing one. And a named rollback owner? Not needed; if something breaks, we'll sort it out.",
  },
  // lunch-peak-recommendations
  {
    id: 'ac056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "People will tell you to start with staff and beta users. I wouldn't: recommendations only mean something on real baskets. I'm also not going to fix rollback numbers ahead of time — the model is new, we don't know what normal looks like yet. No holds between stages and no sign-off for each step; that just slows a model team down. Eval harness, feedback rates, cost per request — I wouldn't gate on any of it, it's noise. I'd skip the A/B test afterwards too, the canary numbers will be enough. Rollback only if the Berlin team decides it's needed during their working day.",
  },
  // after-the-sale-healthy
  {
    id: 'ac057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "My job here is the rollout decisions; engineering owns the deploy and the lazy-loading work itself. Since leadership wants it out this week, I'd use the canary as our experiment: put 10 % of visitors on the new page, compare their conversion with the other 90 %, and once the canary group converts better we know the change works and can tell leadership so. Stages would be 10 %, 25 %, 50 %, 100 %, each held for two days before going up. If anything breaks, the on-call engineer flips the flag back straight away, at any hour, no approval needed — it takes about a minute. Last week's numbers give us a second check on the lift.",
  },
  // support-model-upgrade
  {
    id: 'ac058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T S'),
    text: "A model is just another dependency, so I'd monitor it like one: error rate and latency, full stop. Thumbs-down rates and eval scores are too noisy to act on during a rollout, and the offline evals already showed quality up three points, so quality is settled. Order: our own HR team first, then customers in the beta programme, then small businesses, and the big enterprise payroll clients last, since a bad answer about pay hurts them most. Before we begin I'd lock the limits: error rate more than 0.5 % above the current model, or p99 latency more than 400 ms worse, and we roll back. The eng lead and I sign off together before each step up.",
  },
  // booking-purchases-lag
  {
    id: 'ac059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The first thing I'd look at is the date picker itself. Guests on a holiday-rental site usually plan with someone else, so the picker should make flexible dates easy — a \"weekend in June\" option, not just exact days — and show prices on the calendar so people don't bounce between tabs. I'd also check the shorter form against accessibility guidelines; keyboard navigation on a calendar is where these components usually fail. Then I'd run a few moderated sessions with couples booking together, because a glowing design review inside the team isn't the same as real guests.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'ac060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "For the German side I'd start with the prompt itself. German email draws a clear line between Sie and du, and a \"warmer\" tone in English doesn't translate into dropping formality — in German it comes from word choice and sign-offs. I'd write separate instructions per language: keep Sie by default, switch to du only when the user's own draft uses it, and let the warmth come from phrasing. Then I'd have native speakers on the German team review twenty typical emails — a thank-you to a client, a reminder to a colleague, a complaint — and keep iterating on the wording until it reads naturally.",
  },
];
