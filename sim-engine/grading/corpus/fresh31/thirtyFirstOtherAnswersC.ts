import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-first fresh set, author c: middling (ak048–ak050), weak (ak051–ak052), salad
 * (ak053–ak054), negated (ak055–ak056), misconception-led (ak057–ak058) and off-topic
 * (ak059–ak060) answers, written blind and labelled by hand before anything was graded.
 * The comment above each entry names the built-in scenario it was written for.
 */
export const THIRTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // night-breach-rollback-authority
  {
    id: 'ak048',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: "I think the most important thing here is being clear about who does what. Engineering builds the new pricing service and runs the deploy; I decide when we expand, and I'm the one accountable if fares come out wrong. Every time we give it more traffic, the engineering manager and I both sign off, and nobody widens it on their own. And because trips never stop, the night on-call engineer has to be allowed to roll back alone at 2 a.m., without reaching me or anyone else. It's a routing switch back to the old fare calculation and should be done in a few minutes. I'd get that permission written into the runbook before Tuesday, especially since the billing batch runs in the same window overnight. Beyond that I'd start small, keep an eye on fares and complaints, and widen it when it looks OK.",
  },
  // support-model-upgrade
  {
    id: 'ak049',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text: [
      'Notes for the bigger support model canary',
      '- Limits agreed with eng before launch, any one = roll back:',
      '  - hallucination rate on the eval harness (payslip + leave question set) above 2 % (today 1.1 %)',
      '  - thumbs-down above 9 % of rated answers (today 7 %)',
      '  - p95 answer time above 5 s',
      "  - cost per conversation above €0.05, so Finance gets a real number and not the vendor's price sheet",
      '  - error rate +0.5 % vs old model',
      '- also watch hand-offs to human agents',
      "- offline eval was +3 on SHORT questions only; long multi-turn threads, where the bigger context matters, weren't tested, so weight the harness toward those",
      "- don't sell the canary as proof it's better. If it holds up, run a proper A/B afterwards (random split, ~2 weeks, resolution rate) to see whether it's worth the cost",
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'ak050',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "I'd give the new index to our own staff and the librarians on our advisory board first, then free-tier users who signed up for beta features, then the rest of the free tier, and institutional licences last. They pay for contracts, and their researchers run the long filtered queries that are most likely to be slow. Before starting we agree what sends us back: p99 query latency more than 250 ms above the old index, timeouts up by more than 0.3 %, and searches ending in a result click down more than 2 % compared with the old index. The ramp goes 1 %, 5 %, 25 %, 50 % and 100 %, and each step holds for 48 hours so the rare multi-filter queries have time to show up in the tail; we don't move until p99 has been flat for the last 24 of those hours. After that it's everywhere and we can switch off the old index and start saving on hosting.",
  },
  // pricing-page-healthy
  {
    id: 'ak051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this is a low-risk one. It's a pricing page and the checkout behind it doesn't change, so I'd put it out to a small percentage of visitors a few days before Friday, check that nothing looks broken and people still click through to buy, and then turn it on for everyone in time for marketing's campaign. If something did look off we'd just turn it back. I'd also loop in marketing so they know the timing and nobody is surprised on launch day.",
  },
  // prompt-locale-thumbs-down
  {
    id: 'ak052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "For a prompt change I'd keep it simple. Prompts are cheap to change, so I'd roll the new warmer prompt out gradually, watch how users react to it, and fix anything that comes up along the way. The team that wrote it should probably get a German speaker to read it over as well. If the feedback turns out to be bad we can always go back to the old prompt. Overall I think the warmer tone is a good direction and most users will like it.",
  },
  // image-resizer-memory-leak
  {
    id: 'ak053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Image resizer canary, new photo format, memory, restarts only on deploy, Thursday. Thresholds holds sign-off rollback: 0.5, 200 ms, 80 %, 1 % 5 % 25 % 50 %, p99 p95, error budget, sellers internal beta top sellers, on-call, five minutes, config not redeploy, gates metric time-based, 24 h 48 h, listing page load, conversion baseline 2 %, benchmarks 20 % faster, PM engineering SRE, A/B randomised safe better, dashboards, SLOs, uptime, leak, WebP AVIF, heap, cold start, marketplace photos, cohort order, pre-committed, 100 %, go/no-go, Thursday again, p99 baseline control.',
  },
  // quiet-feedback-trap
  {
    id: 'ak054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Summariser model — canary approach',
      '• Eval harness / 1 in 200 / hallucination / drugs doses',
      '• Thumbs-down, sparse, vets, clinics, p95, tokens, cost per summary',
      '• 5 % → 25 % → ??? · 48 h · volume · a few hundred a minute',
      '• Internal, pilot clinics, multi-site, pre-committed, 0.5 / 2 pts / 4 s',
      '• Sign-off · on-call · gateway · config · < 5 min',
      '• Canary vs A/B · safe vs better · randomised',
      '• Cheaper, faster model · staging evals · real distribution · patient notes',
      '• Metric-based gates, time-based gates, baseline cohort, control, 1 %, 100 %, under five minutes',
      '• Clinical lead · PM owns · engineering owns · SRE',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'ak055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I'd keep this one light. I wouldn't plan an order of who sees it: staff first, then opted-in shoppers, loyal customers last, all that sequencing is overkill for bigger photos and a size guide, and a random slice does just as well. I'm not going to write rollback thresholds down beforehand either; half a percent on errors or two percent on conversion are guesses before anyone has seen the data. I don't see the need for staged holds at 1, 5, 25 and 50 percent, or for somebody to sign off each step. A runbook with an on-call engineer who can flip it back in five minutes is for risky backend work, not a product page. I also wouldn't spend time splitting what product owns from what engineering owns here, and I wouldn't follow it with an A/B test to check whether the size guide helps.",
  },
  // lunch-peak-recommendations
  {
    id: 'ak056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Quick take on the rec model rollout before tomorrow's sync:",
      "- I don't want us building an eval harness or tracking compute cost per request for this. It passed offline, that's enough",
      "- also against staggering by region or starting with staff. let's not make Singapore wait",
      "- no pre-agreed rollback numbers please. nobody knows what p95 should be yet and I don't want a hard limit tripping at 6am Berlin time",
      '- holds between stages feel like bureaucracy to me',
      "- and I'd rather on-call didn't roll anything back without talking to the ML lead first",
      '- not planning an A/B afterwards either',
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'ak057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The nice thing about a canary is that it doubles as our experiment. We compare the canary cohort's conversion with the rest of the site, and if reviews above the fold convert better, we've proven the change works and leadership has its answer this week. The order: our own staff first, then customers in the early-access club, then general visitors country by country, with our high-spend members last, since they're the ones we'd least like to irritate. The ramp is 1 %, 5 %, 25 %, 50 %, 100 %; we hold 24 hours at each step and only move on if error rate and page load have stayed flat for the whole hold. Rollback: the on-call engineer can switch the flag back at any hour on their own authority, no call to me needed, and the old page is back in under five minutes. By Friday we should have the lift number to present.",
  },
  // support-model-upgrade
  {
    id: 'ak058',
    scenario: 'model',
    class: 'misconception',
    points: points('P C S R'),
    text: "I own the rollout decisions and engineering owns the model routing, so I set the plan and they run it. The order: our internal payroll team first, then customers in the early-access programme, then small companies, with large employers last because a wrong answer about their payslips reaches the most people. At each step the engineering lead and I both sign off before we widen it. Rollback is a gateway setting back to the old model; the on-call engineer may do it at any hour without waiting for me, and it takes a couple of minutes. For monitoring I'd treat it like any other service: if error rate and latency look normal, the model is working. Quality was already settled when the offline evals went up three points, so there's no reason to measure hallucinations or feedback in production, and cost is Finance's question, not part of the release.",
  },
  // booking-purchases-lag
  {
    id: 'ak059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before getting into rollout I'd want to understand why guests drop out of booking at all. Most holiday rentals are chosen by a couple or a family together, often over a few evenings, so I'd interview recent guests about how that conversation actually goes: who shortlists, who pays, what makes them come back to the page. I suspect the date picker matters less than whether the price for their exact dates is clear up front, cleaning fee included. I'd also check with hosts that the shorter form doesn't drop details they rely on, like the number of guests or pets. Design reviews were glowing, but design reviewers aren't families arguing about which week to take off. I'd run a few moderated sessions on the new page with real guests and keep a diary study going through the next booking season.",
  },
  // lunch-peak-recommendations
  {
    id: 'ak060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "What I'd really look at with the home screen is whether the baskets make sense for each market. A shopper in Singapore and one in Munich fill a weekly basket very differently, so I'd want regional assortments to drive the candidates rather than one global ranking with a region feature bolted on. New customers are the hardest case: with no order history the model leans on popularity, which mostly surfaces milk and bananas, so an onboarding question about household size and diet would probably help more than extra features. Seasonality matters too, from Ramadan to the run-up to Christmas. And I'd like each basket to carry a short reason, \"because you bought pasta last week\", since people trust recommendations they understand. Longer term I'd measure success by repeat baskets, not clicks.",
  },
];
