import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twelfth blind set, author A: middling (y008–y010), weak (y011–y012), salad (y013–y014),
 * negated (y015–y016), misconception-led (y017–y018) and off-topic (y019–y020) answers,
 * labelled by hand without seeing the grader; judgement calls are in LABEL-NOTES-a.md.
 */
export const TWELFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'y008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "I'd start with staff uploading photos, then the beta sellers, then hobby sellers, then the rest of the sellers, and brands last. Limits, set up front: errors up 0.5% over the old resizer, p99 resize time more than 150 ms slower, listing views per session down 2% vs sellers still on the old service. Ramp 1/5/25/50/100, and each step holds at least 24 hours, because the service only restarts on deploys, so anything that builds up over a day (memory, say) shows late. Thursday is too tight for that and I'd tell the team so. The 20% faster benchmark is nice but it's a benchmark.",
  },
  {
    id: 'y009',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: "As the PM my job is the go/no-go and the rules for pulling it back; ML infra does the routing. For a recommendation model I wouldn't trust error rate alone. I'd want an offline eval that replays a sample of real requests and grades whether the suggested baskets make sense, the rate at which people dismiss or ignore the baskets, p95 latency of the home screen, which matters a lot since the model reads more from the feature stores, and compute cost per request. Rollback is where the geography bites: Singapore's lunch peak is early morning in Berlin, so the on-call engineer covering Asia hours has to be allowed to revert on their own, through the gateway config, in a few minutes, without waiting for anyone in Berlin to wake up. Then I'd roll it out gradually and keep an eye on the dashboards.",
  },
  {
    id: 'y010',
    scenario: 'service',
    class: 'middling',
    points: points('P C S A'),
    text: "My responsibility would be the release decisions rather than the deployment mechanics, which sit with engineering. I would expose the single-page checkout first to staff, then to the insiders who opted into previews, then to browsers and regular customers, and only at the very end to first-order customers and wholesale accounts, as they are the most sensitive groups, first-time buyers especially with the spring campaign approaching. Every increase in exposure would require my explicit approval together with the engineering lead's. I would also be careful with the usability-lab result. It was measured on returning customers and says nothing about whether first-time buyers complete more orders. The canary will tell us whether the change is safe to ship; a randomised A/B test afterwards would measure whether it is actually an improvement.",
  },
  {
    id: 'y011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Honestly it's a pricing page with a new table and the backend doesn't change, so the risk is pretty low. I'd push it out to a small group first, check nothing looks off, and then release it to everyone before Marketing's campaign on Friday. If something's weird we revert. I'd keep it simple and not make a big process out of a page of copy. Maybe I'd ask design to double-check the table on mobile, since a lot of the campaign traffic will come from phones, and ask support to tell us if anyone writes in confused about the plans.",
  },
  {
    id: 'y012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "The new model scored better in the offline evals, so it is probably an improvement for users. I would do a canary: send some of the traffic to the new model, monitor the key metrics, and increase the traffic if everything looks fine. I would also let Finance know what it costs once we have a few weeks of data. In general it's important to have good monitoring and to communicate with stakeholders throughout the launch, so nobody is surprised.",
  },
  {
    id: 'y013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Canary. Proxy. Managed cluster. 1% 5% 25% 50% 100%. Errors 0.5%. p99 200ms. Staff, beta, free, teams, enterprise. Rollback five minutes routing. Sign-off gate hold. PM owns. A/B randomized not canary. Warm caches cold caches. Thresholds pre-committed baseline cohort conversion 2%. On-call 24/7. Decommission end of month. Metric gates. Safe vs better. Load test, peak, p99.9, task reads per page. Proxy config flip. Enterprise last, CIO. Tasks created per user minus 2%. Full business day. Storage lead, platform, launch doc, go.',
  },
  {
    id: 'y014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'recommendation model canary gateway 1-5% eval harness hallucination thumbs-down p95 token cost per request feature store Singapore lunch Berlin on-call rollback config <5 min\n- staff preview asia europe plus\n- thresholds 0.5 / 200 ms / 2 % baseline cohort\n- ramp 1 5 25 50 100 hold 24h metric-based gate sign-off PM eng lead\n- A/B randomised afterwards better, canary safe\nPM owns segments thresholds holds authority\neurope lunch asia breakfast peak feature-store capacity regional, basket add rate, dismiss rate, offline hit rate vs online, sized for old model, timezone Berlin/Singapore, eval 1 in 200',
  },
  {
    id: 'y015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "I wouldn't overthink this one. I'm not going to hand-pick cohorts; random is fine, whoever gets it gets it. I also wouldn't set rollback numbers beforehand. Every launch is different and you can't know in advance what 'bad' looks like for a date picker. No multi-day holds either: the team wants it at 100% this afternoon, and a form change doesn't need a week of babysitting, whatever the bookings do later. I don't see the point of a formal sign-off at each step, it just slows people down, and I wouldn't want to be the bottleneck. Rollback? If it's bad we ship a hotfix, that's what the deploy pipeline is for; I'm not going to keep a separate switch around. And the canary-versus-A/B distinction is academic for a form. We won't plan a separate experiment.",
  },
  {
    id: 'y016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: "The textbook answer would be: the PM owns the plan, internal users first, thresholds agreed in advance, holds at each stage with a sign-off, an on-call rollback in minutes, eval and thumbs-down guards, and an A/B test afterwards. For a prompt tweak I'd skip all of that. It's text, not code. Nobody needs to own it; the writing team edits prompts all the time. We won't stage it, it goes to everyone at once, German users included, and we won't track thumbs-down or eval scores for this change, because the feedback is too sparse to mean anything anyway. If people complain, someone edits the prompt again next sprint.",
  },
  {
    id: 'y017',
    scenario: 'service',
    class: 'misconception',
    points: points('P'),
    text: "The way I see it, the canary is our experiment. We route ten percent of traffic to the new product pages with the bigger photos and the size guide, starting with staff since they're on the site all day anyway, and compare conversion between the canary group and everyone else. If the canary converts higher, that proves the new pages are better and we go to a hundred percent. If it converts lower, the size guide isn't working and we roll back. I'd own that decision as the PM, and I'd give it a week so the numbers are significant. That way we don't need a separate A/B test at all; the canary is the A/B test.",
  },
  {
    id: 'y018',
    scenario: 'model',
    class: 'misconception',
    points: points('M'),
    text: "I don't believe in picking thresholds up front for a model. You don't know what normal looks like for a new model until you see it in production. So I'd start it on the pilot clinics and watch the dashboards for hallucinations, thumbs-down, latency and cost per summary for the first couple of days, and then decide where the lines should be based on what we're seeing. If the numbers look reasonable I'd bump the traffic up; if something looks off I'd ask the on-call engineer to flip it back at the gateway, which takes a few minutes. The ML lead and I would eyeball it together each morning and go with our gut.",
  },
  {
    id: 'y019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "Before anything else I'd want to understand why we are adding wallet payments at all. What share of our orders would actually use a wallet? I'd look at competitor apps, run a handful of user interviews with heavy Friday-night customers, and check what the provider charges per wallet transaction compared with cards, because a fee difference of a few basis points adds up at our volume.\n\nThen I'd write a one-pager with the business case and the OKR it moves, probably checkout conversion for new customers, and get buy-in from Finance and the head of mobile.\n\nI'd also want to negotiate with the provider: since we're one of their bigger accounts, we should get early access to their roadmap and a dedicated support contact.\n\nFinally, I'd plan the marketing moment, maybe an in-app banner announcing wallet payments, and make sure customer support has a FAQ ready.",
  },
  {
    id: 'y020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: "So the real issue is that the prompt was written by English speakers. German has Sie and du, and a warmer tone in English often reads as too familiar in German business email. What I'd do is bring in a German-speaking writer to review the prompt, and I'd probably split it into a shared core plus a short per-language style section: for German, default to Sie unless the thread already uses du, keep greetings like 'Sehr geehrte' when the incoming mail uses them, and go easy on exclamation marks. I'd also build a small style guide with examples of good and bad drafts in both languages and share it with the team, and add French and Spanish to the roadmap, since we'll hit the same formality question there.",
  },
];
