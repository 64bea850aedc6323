import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-seventh fresh set, author c: middling, weak, salad, negated, misconception and off-topic answers (ag048–ag060), written blind, labelled by hand. */
export const TWENTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ag048',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: "ok so for the new payment SDK: I'd go staff accounts first (we order lunch on the app every day anyway), then the beta testers, then people who order once in a while, and the heavy weekly customers last, since a failed payment at dinner is exactly what makes them switch apps. Probably split Android and iOS too so we can see each one on its own.\n\nSteps would be 2%, 10%, 30%, 60%, then everyone, and we sit at each one for at least a day, and one of those days has to include a Friday dinner before we go past 30%. Don't want our first Friday rush to happen at full traffic.\n\nIf payments start failing, whoever's on call just flips the SDK flag back to the old integration. Couple of minutes, they don't need to ask me or anyone. I'd rather lose a day than a Friday night of orders.",
  },
  {
    id: 'ag049',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: "Um, so, the first thing I'd do, before we turn anything on, is agree the numbers that make us stop. And for a model that's more than errors. So: hallucination rate from the eval harness, and I'd want the harness to include longer questions, because the three-point gain was on short ones. If that goes over, say, 3 %, we're out. Thumbs-down rate more than two points above the old model. p95 latency, the bigger model will be slower, so I'd allow maybe 800 milliseconds extra but not more. And cost per conversation, because Finance asked; if it's more than, like, 30 % above the old one, that's a stop too. Those get written down up front, not decided once we're looking at the graphs.\n\nAnd then, uh, the other thing I'd say is, even if all of that stays green, it doesn't tell us the new model is better. It tells us it isn't broken. If we want to say it answers payroll questions better, that's an A/B test, randomised, after the canary.",
  },
  {
    id: 'ag050',
    scenario: 'service',
    class: 'middling',
    points: points('P S T'),
    text: "My job on this one isn't the resizer itself. The platform team owns the rewrite, the deploy and the traffic switch. What I own is the decision on whether it's good enough to widen, and the criteria we judge it by.\n\nSo before it goes anywhere I'd get the criteria agreed and written down: resize error rate no more than 0.2 % above the old service, p99 image load time no more than 300 ms worse, and clicks on listing photos not down more than 2 % against listings still served by the old resizer. Because the service only restarts on deploys, I'd also want memory per instance on the dashboard, with a line at 75 % of the limit.\n\nAnd every time we widen it, the platform lead and I sign off together, looking at those numbers rather than at the Thursday deadline.",
  },
  {
    id: 'ag051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly, it's a pricing page with a nicer table and the checkout behind it doesn't change, so I wouldn't over-engineer this. I'd put it out to a slice of users early in the week, look at the dashboards for a couple of days, and if nothing weird shows up, have it at 100 % before the campaign goes out on Friday. If something does look weird we can always revert it. Marketing will be happy, and we'll have learned whether people like the new table.",
  },
  {
    id: 'ag052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: 'The new model is cheaper and faster, which is great news for the clinics and for us. I would roll it out gradually rather than all at once, keep a close eye on how things are going, and make sure the vets are happy with the summaries. If there are problems, the engineering team will catch them and we can go back to the old model. I would also let the clinics know about the change in advance so they know what to expect, and thank them for their patience.',
  },
  {
    id: 'ag053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, new index layout. Free tier / institutional licences. 1 % → 5 % → 25 % → 100 %. p99, p50, tail latency, filters, rare queries, benchmark. Rollback, flag, thresholds, 0.5 %, 300 ms, 2 %. Holds 24 h. Sign-off: PM, engineering, on-call. Segments: institutional, internal, free, beta. A/B test vs canary. Cheaper hosting, smaller index, baseline, control cohort, gates, metric-based, safe vs better, conversion, searches per session. Papers, citations, export. Shards, replicas, 40 % cheaper. Error budget 0.1 %. Weekend, Monday, term start. Staging, warm cache, cold cache, query mix, 99.9th percentile, dashboards, alerts, runbook.',
  },
  {
    id: 'ag054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'System prompt, warmer, casual. German, Sie/du, formality, locale split, a quarter of users. Eval harness, hallucination rate, thumbs-down, p95, tokens per draft, cost. Canary 5 %, 20 %, 50 %. Thresholds, baseline, control, rollback under 5 minutes, config flag. PM owns / engineering owns. Sign-off, gates, holds 48 h. Canary vs A/B: safety, better. English team review, early access, staff, enterprise. Formal address, register, tone, drafts rewritten, drafts deleted, 2 points, 10 %, 15 %. Email client, replies, suggestions, context window, latency budget, on-call, release channel, go/no-go.',
  },
  {
    id: 'ag055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook says start with staff, but I wouldn't. Our staff browse all day and never buy, so what would it tell us? I also wouldn't fix rollback thresholds before we start. With bigger photos it's hard to know what bad looks like until you see it, so we wouldn't commit to numbers up front. Nor would I bother holding at 5 % and 25 %; it's a cosmetic change and holds just delay it. I don't think a formal sign-off at each step is needed either, and I wouldn't give on-call the authority to roll back on their own; I'd want them to check with me first. And no A/B test afterwards: if it's out and nobody complains, that's our answer.",
  },
  {
    id: 'ag056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "We won't do anything elaborate here. No hand-picked cohorts: not staff first, not beta users, and no keeping the big spenders for last; the model goes to whatever 5 % the router picks. I'm not going to pre-commit to rollback numbers for p95 or feature-store timeouts, and I don't see a need to run an eval harness or track compute per request for a recommendation model. We won't hold each stage through a Singapore lunch peak either, that's far too slow. On-call shouldn't roll back by themselves at six in the morning Berlin time; they wait for the product owner. And we won't run a separate A/B test after the canary.",
  },
  {
    id: 'ag057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The nice thing about a canary here is that it doubles as our experiment: the canary group gets reviews above the fold, everyone else doesn't, and after a week we'll know whether the new page sells better. That's the number leadership actually wants.\n\nOrder: staff first, then the customers in our early-access club, then the wider base country by country, with our top-tier loyalty members last, because they're the people we least want to annoy.\n\nI'd go 5 %, 20 %, 50 %, 100 % and hold each stage for a full day before moving on, which still gets us out this week.\n\nWhat counts as a problem I'd judge as we go. We'll compare the canary's conversion with last week's and see what looks off; there's no point fixing limits before we know what normal looks like for this page.\n\nIf anything breaks, on-call switches the flag back themselves. Takes a minute, no need to find me.",
  },
  {
    id: 'ag058',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: "- My call: the rollout order and when to stop. The ML platform team owns serving and the traffic split.\n- Who first: our internal payroll specialists, then early-access customers, then small businesses, with the enterprise payroll customers last since they have the least patience for a wrong payslip answer.\n- What we watch: error rate and average response time. Same prompt, just a bigger model, so if it's up and it's fast, it's working; answer quality was already proven in the offline evals.\n- Rollback: on-call switches the model flag back, under 5 minutes, any hour, no approval needed.\n- Cost: Finance can read it off the invoice at month end.",
  },
  {
    id: 'ag059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before anything ships I'd want to understand why guests abandon bookings in the first place. I'd run five or six interviews with people who booked recently, ideally couples or families, since they talk it over at home and come back to book later. Then I'd check the new date picker against accessibility guidelines: keyboard navigation, screen readers, clear contrast on unavailable dates. I'd make sure it handles a stay that crosses a month boundary. For the shorter form, I'd look at which fields we actually use downstream and drop the rest. The design reviews were glowing, but reviews aren't users.",
  },
  {
    id: 'ag060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: 'The real issue is that we have one system prompt for two languages. I\'d split it: an English prompt that can be warm and casual, and a German prompt written by a native speaker that uses "Sie" by default and only switches to "du" when the user writes that way. I\'d also set up a short style guide for each language and have a German speaker review every prompt change from now on, the same way the English team does today. Longer term, I\'d consider letting users pick a tone in settings (formal, neutral or friendly) so we stop guessing for them.',
  },
];
