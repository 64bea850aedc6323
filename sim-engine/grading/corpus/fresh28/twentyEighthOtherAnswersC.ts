import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-eighth fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers (ah048–ah060), written blind, labelled by hand.
 */
export const TWENTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ah048',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: "I'd start with employees using the one-page checkout on real orders for a few days. Then customers who have bought from us before, because they're the ones who loved it in the lab and they have saved addresses and cards, so the page is doing exactly what it was built for. First-time buyers would come last: they're the group the spring campaign brings in, and the group we know least about on the new page. Traffic would go 5 %, 20 %, 50 % and then everyone, and we'd stay at each step for three days before going any further. Growth and I would both have to sign off before each step up. I'd keep an eye on conversion the whole way through, and if something looked off we'd sit down with engineering and work out what to do.",
  },
  {
    id: 'ah049',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "With a bigger model the two things I care about are cost and answer quality, so before we start I'd get these limits agreed:",
      "- cost per conversation no more than 25 % above today's (Finance wants that number anyway)",
      '- hallucination rate on our payroll eval set no more than one point worse than the current model',
      '- thumbs-down rate no more than 2 points up',
      '- p95 response time under 4 seconds',
      "If any of them is breached, the on-call engineer switches the assistant back to the old model straight away. It's a config flag, a couple of minutes, and they don't need to wait for me. How the traffic gets split I'd leave to the ML team; I'd probably just start small and see how it looks.",
    ].join('\n'),
  },
  {
    id: 'ah050',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: "As PM I'm not the one rewriting the resizer or deciding how the service gets restarted; that's the image team's job. What I own is whether and when sellers and buyers are exposed to the new version. The most important thing for me is that rollback is cheap. The old resizer stays deployed, and the on-call engineer can route image traffic back to it with a config change in a few minutes, at any time of day, without asking anyone's permission. The 20 % faster benchmark is nice, but a canary won't tell us whether the new photo format makes listings sell better. It only tells us nothing broke; if we care about the rest, we A/B test it later. We'd roll it out gradually over the week and watch the dashboards, and I'd push back on the Thursday deadline if things look shaky.",
  },
  {
    id: 'ah051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only a pricing page, so honestly I wouldn't overthink it. The checkout behind it isn't changing, and nothing in the backend is either, so the risk is really low. I'd put the new page live for a small slice of visitors, have a look that nothing is visibly broken, and then turn it on for everybody before marketing's campaign goes out on Friday. If something does go wrong we can always switch it back. The clearer comparison table should help people pick a plan, which is the whole point of the change.",
  },
  {
    id: 'ah052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "For the summariser I'd mostly trust the ML team, they know the models far better than I do. I'd ask them to release the new one to some of the clinics and see how it goes for a while. If nobody has a problem with it, we keep going until everyone is on it. The new model is cheaper and faster, which is already a win for the business, so I don't expect much trouble. If something does come up we'll look into it and get it fixed as quickly as we can.",
  },
  {
    id: 'ah053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary for the new index layout: tail latency, p99 and p99.9, rare multi-filter queries, benchmark gaps. Free tier, institutional licences, universities, librarians. Numbers: 1 %, 5 %, 25 %, 50 %, 100 %; 0.5 %; 200 ms; 2 %; 24 h; five minutes. Rollback, routing, config, on-call. Holds, gates, sign-off, thresholds, baseline, control cohort. PM ownership, engineering ownership. A/B test, canary, safety, better. Cost per query, hosting savings, index size, shards, replicas. Medians versus tails, warm and cold caches, query logs, filter combinations, search-result quality, session abandonment, institutional admins, support tickets.',
  },
  {
    id: 'ah054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Model, recommendations, baskets, features per request, regional feature stores, sizing. Singapore, lunch, Berlin, early morning, time zones. p95, p99, 200 ms, 0.5 %, 2 %, 20 %. Eval harness, offline metrics, user feedback, compute cost, tokens. Canary, stages, percent, holds, gates, sign-off, rollback, flag, minutes, on-call, night. Staff, beta, Europe, South-East Asia, cohorts, segments. A/B, randomised, lift, safety. PM, engineering, ownership, stakeholders. Add-to-basket, home screen, order value, households, capacity, read throughput, cache warm-up, autoscaling, incidents, dashboards, alerts, pager, weekly review, regional leads, Jakarta, Bangkok.',
  },
  {
    id: 'ah055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "The team wants this at 100 % this afternoon and honestly I'd back them. I wouldn't bother with a staged ramp of 1 %, 5 %, 25 % with holds in between; nothing in the service changes, it's a date picker and a shorter form. I wouldn't write rollback thresholds down in advance either, since bookings bounce around all day and a fixed number like 2 % would only catch noise. I don't see the point of starting with staff or beta users, and there's no need for a sign-off at every step when there's only one step. I also wouldn't keep the on-call engineer on standby to roll it back; if bookings look low tomorrow we can redeploy the old page. And an A/B test afterwards would be overkill for a form.",
  },
  {
    id: 'ah056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Not going to overcomplicate this one. I don't think we need a separate German cohort: the prompt is the prompt, and splitting users by language just halves our data. I'm not going to pre-agree a thumbs-down limit or an eval-harness check for formal address, because we'd only be guessing at the number. No need to hold at 5 % for two days either, or to have me and the ML lead sign off every step. Rollback by the on-call engineer at 3 a.m. without asking anyone? I'd rather they didn't touch it without me. And no, I don't want an A/B test afterwards. If it sounds warmer, it sounds warmer.",
  },
  {
    id: 'ah057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The nice thing about a canary here is that it doubles as our experiment. We put the new product page in front of a slice of shoppers, compare their purchases with last week's, and if the canary group buys more, that's our proof that reviews above the fold work, so we don't need a separate A/B test. Order: staff first to catch anything visually broken, then the customers on our early-access panel, then regular shoppers in one smaller country before the big markets, and loyalty-club members last, since they'd be the first to notice a bad page. The ramp is 5 %, 25 %, 50 %, 100 %, holding each step for two days before moving on. If the page breaks, the on-call engineer can turn the flag off straight away, at any time, without waiting for me; it's a switch and takes a minute or two. Once the canary group shows higher conversion we go to 100 % and report the lift to leadership.",
  },
  {
    id: 'ah058',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S R'),
    text: "From a monitoring point of view a model swap is still just a backend change, so I'd treat it like one. What matters is whether the assistant errors out or gets slow. If error rate and latency look normal, the answers are fine; the offline evals already told us quality is up three points, so there's no need to track hallucinations or thumbs-down in production. My role is deciding when we widen exposure; the ML platform team owns the routing and the model deployment. We'd go 1 %, 10 %, 50 %, 100 %, waiting a full day at each step and only widening if nothing has gone red, and the ML lead and I both sign off each step. The on-call engineer can switch back to the old model at any time without asking; it's a config value and takes a few minutes. Cost per conversation I'd leave to Finance to work out after launch.",
  },
  {
    id: 'ah059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Larger photos and a size guide go straight at the biggest cost in online fashion, which is returns. Before building more, I'd want to know which categories drive the most size-related returns, usually jeans and shoes, and make sure the guide covers those first with brand-specific measurements rather than one generic chart. I'd also sit with the customer-service team and go through the questions they get most often, because those are the gaps the guide should fill. Longer term, a short fit note from other buyers, like 'runs small', tends to help more than any table. On the photos, every shot needs a caption with the model's height and the size they're wearing.",
  },
  {
    id: 'ah060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "What I'd really want to work out for the vet clinics is the pricing. Small clinics hate per-seat pricing because half their staff are part-time, so I'd price per clinic with a monthly cap on summaries, and pass some of the savings from the cheaper model into a lower entry tier. I'd interview ten clinic managers about what they pay for their practice-management software today and anchor around that. Then a simple annual plan with two months free to cut churn, since most clinics set their budgets once a year.",
  },
];
