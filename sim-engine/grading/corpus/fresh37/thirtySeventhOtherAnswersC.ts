import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-seventh fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers aq048–aq060, written blind, labelled by hand.
 */
export const THIRTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'aq048',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: `ok so for the SDK swap, my thinking:
staff phones first (we all order lunch on the app anyway), then the beta testers, then regular customers in the smaller cities, and the big cities plus corporate accounts last, since a failed payment on a Friday night there is the worst case.
android and iOS as separate tracks, android a stage behind because the wallet part of the SDK is newest there.
ramp 1% -> 5% -> 20% -> 50% -> 100%, and at each stage we sit at least 48h and it has to get through a weekday dinner peak before it moves. nothing moves on a friday.
if payments start failing, on-call flips back to the old SDK path in remote config straight away, any time of night, no approval needed, takes a couple of minutes.
we'll keep an eye on the dashboards throughout and see how it goes`,
  },
  {
    id: 'aq049',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: `I think the main thing for me as the PM is that I don't run the rollout mechanics, the search infrastructure team does the index build and the traffic split. What I own is the definition of "bad". So before a single query goes to the new layout, the infra lead and I agree in writing: p99 query time no more than 400 ms worse than the old index, p99.9 no more than a second worse, because the whole risk here is the rare heavily filtered queries the benchmark skipped, zero-result rate no more than half a point higher, and search errors no more than 0.1 % above the old index. Cross any of those and it's a fail, we don't argue about it on the day.

The other thing I'd be careful about is the story afterwards. The canary tells us the new layout doesn't hurt anyone. It doesn't tell us people find papers better with it. If someone wants that claim, say for the institutional renewals, it needs a randomised A/B test with result clicks and downloads as the metric.

And then, um, we'd send some traffic to it, watch those numbers, and widen it when it looks fine.`,
  },
  {
    id: 'aq050',
    scenario: 'model',
    class: 'middling',
    points: points('C S M'),
    text: `Notes for the support-assistant model switch:
1. Who sees it: our own payroll team first (they'd spot a wrong payslip answer at once), then customers in the beta programme, then small-business accounts. Enterprise payroll customers last, and nobody in the middle of their month-end payroll run.
2. What I'd watch besides errors: hallucination rate on the eval harness built from our help-centre articles, thumbs-down and "talk to a human" rate, p95 response time (a longer context means slower answers), and cost per conversation, since Finance asked.
3. Widening: every widening of the audience is signed off by me and the support-engineering lead together; nobody widens it alone.
4. The rest, percentages and timings, I'd work out with engineering as we go.`,
  },
  {
    id: 'aq051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `It's just a pricing page and nothing changes in the backend, so honestly I'd keep it simple. Put it live for a small group first, make sure nothing looks broken, then open it up in time for Marketing's campaign on Friday. If anything's off, the team can revert it. I'd keep design and marketing in the loop the whole way, and I'd ask the engineers how they normally handle this kind of thing, because they've done a lot more releases than I have. Pricing pages are pretty safe as changes go, so I wouldn't overthink it.`,
  },
  {
    id: 'aq052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `Ah sure, a prompt is only words at the end of the day, it's not like we're changing the model. I'd do a canary on it, roll it out to some of the users, keep an eye on how it's going, and if it all looks grand we'd bring it out further. I'd probably get one of the German lads to have a read of it as well. Shouldn't take long at all. The main thing is that people like the new tone, and from what I've seen the English version reads lovely, so I'd say it'll be fine once it's out. If anyone gives out about it we can always change it back.`,
  },
  {
    id: 'aq053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary booking page: date picker, client-side store, 1 % 5 % 25 % 100 %, internal, beta, guests, hosts, errors 0.4 %, p99 250 ms, bookings versus baseline, lag hours, evening bookings, holds 24 h, gates, sign-off, PM owns, engineering routing, rollback config 5 min, on-call, A/B randomised, lift, thresholds pre-committed, dashboard, this afternoon 100 %. Design reviews glowing, form shorter, completion rate, session storage, mobile Safari, evening talk-it-over, metric-based gates versus time-based, 20 % stage business metrics, staff, early access, new guests last, high-value hosts.`,
  },
  {
    id: 'aq054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `Who first? Staff / beta / Europe / Asia / top spenders?
Thresholds? p95, errors +0.5 %, baskets -2 %, thumbs, feature store 70 %.
Ramp? 1 - 5 - 20 - 50 - 100, holds, metric gates.
Singapore lunch? 06:00 Berlin, on-call, rollback 3 min.
Model? eval harness, hallucination, tokens per query, compute cost.
Better? A/B, randomised, canary safe.
Sign-off? PM, eng lead, gates.
Who owns? PM vs engineering, routing, config.
Risks? feature stores sized for old model, more features per request, regional load, Asia early morning, Berlin team asleep, dismissals, basket value.`,
  },
  {
    id: 'aq055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `I wouldn't bother putting it in front of staff first; they don't buy anything anyway, and I don't see a beta group earning its keep for bigger photos and a size guide. I'm not going to write down rollback numbers before we start either, because on a change like this nobody knows what normal looks like until we're in it. Holding a day at every stage isn't something I'd do for product pages, and I don't think each step needs somebody's sign-off. On-call rolling it back on their own without checking with me? No, that's a call I'd keep. And I wouldn't set up a separate A/B test afterwards. Honestly, I don't see this as a PM decision at all; engineering can decide how the rollout goes.`,
  },
  {
    id: 'aq056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `Mon 09:00 - switch the summaries over to the cheaper model. Not our own staff first, not the early-access clinics, no special order at all.
Mon 09:05 - no 2 % or 5 % stage and no waiting at each one; with a few hundred summaries a minute we'd be waiting forever.
Mon 10:00 - we're not turning up the eval harness sampling and we're not tracking hallucination, thumbs-down or cost per summary for this. The vets barely rate anything.
Mon 12:00 - no fixed limits agreed up front, and nobody's signing off steps because there are no steps.
Any time - I wouldn't let the on-call roll back on their own say-so.
Later - and no A/B test after it; I don't think it's needed.`,
  },
  {
    id: 'aq057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: `When we moved the size chart up the page at my last company, the canary showed a 4 % lift in add-to-cart within two days, and that's how we knew the change was better. I'd run this one the same way, because the canary is effectively our A/B test: if the people seeing reviews above the fold buy more than everyone else, we've proved the layout works and there's no need for a separate experiment.

The split of work is the same as then. I own the release decisions, when we widen, when we stop and whether it ships; the web team owns the deploy and the flag. We'd go 5 %, 20 %, 50 %, 100 %, and wait at each stage for at least two full days before moving on. Before each step, the front-end lead and I both sign it off in the release thread. If anything breaks, the on-call developer can switch the flag off at any hour without asking me, and the page is back to the old layout in a minute or two.`,
  },
  {
    id: 'aq058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: `The support engineering team is responsible for swapping the model behind the gateway. The offline evals already went up three points, so the quality question is settled; in production the only things that matter for a model are whether it errors and how fast it answers. Hallucination checks or thumbs-down rates would only add noise here.

The limits are agreed before launch: if the error rate goes more than 0.5 points above the old model, or p99 latency gets more than 800 ms worse, we roll back.

Our own HR staff are the first users on the new model, because they know the payslip rules best. The opted-in beta customers come next, then small businesses, and the large payroll customers last, since a wrong answer hurts them most.

The on-call engineer is accountable for rolling back and doesn't need anyone's permission, day or night. It's one gateway setting and takes about two minutes.

Finance is informed once it's at 100 %.`,
  },
  {
    id: 'aq059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `Put simply, the one-page checkout is the right bet for the spring campaign. In the lab, returning customers finished checkout in about 40 seconds instead of 90, mostly because saved addresses and cards were filled in for them. Fewer steps means fewer places to drop off. What I'd push for next is the research we haven't done: we tested with returning customers, so I'd want five or six sessions with people who have never bought from us, to see how a long single page feels without anything saved. I'd also have design look at guest checkout and at how the page behaves on small phones, since most campaign traffic comes from mobile. If that research holds up, it's a strong story for the campaign.`,
  },
  {
    id: 'aq060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `The real problem here is that the prompt was written for English and then assumed to work in German. Warmth in English comes from contractions and first names; in German, especially at work, it often comes from being polite and precise, and "Sie" is the default until someone offers otherwise. So I'd rewrite the prompt with a section per language: for German, formal address unless the user writes informally first, no exclamation marks in openings, and greetings that match the recipient. I'd get a native-speaking copywriter to draft it, not a translator, and I'd build a short style guide with ten good and ten bad example emails so the next prompt change doesn't repeat this. Longer term, French and Spanish users will have the same tu/vous and tú/usted question.`,
  },
];
