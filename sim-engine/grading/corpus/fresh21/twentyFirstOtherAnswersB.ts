import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-first fresh set, author b: middling (aa028–aa030), weak (aa031–aa032), salad
 * (aa033–aa034), negated (aa035–aa036), misconception-led (aa037–aa038) and off-topic
 * (aa039–aa040) answers, written blind and labelled by hand before anything was graded.
 */
export const TWENTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling: a Slack reply
    id: 'aa028',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: `ok quick take on the one-page checkout. the people who loved it in the lab were returning customers with saved addresses, so a staff + insiders run will look great and tell us nothing about the people at risk. order I'd want: employees, insiders, coupon browsers, returning customers, and then first-time buyers and wholesale last. first-timers because they fill in the whole form with nothing saved (and the spring campaign is basically all first orders), wholesale because each order is worth ~400. before it goes anywhere we fix the limits: conversion more than 2% below the old checkout for the same segment, errors +0.5%, p99 +200ms. first-time buyers get compared to first-time buyers on the old flow, not to the overall average. and growth should hear this now: if it comes out clean that means "not broken", not "converts better". for that we need a proper A/B test, probably after the campaign.`,
  },
  {
    // image-resizer-memory-leak — middling: rollout notes in a ticket
    id: 'aa029',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: `Rollout notes: new image resizer
- Stages: 2 % → 10 % → 30 % → 60 % → 100 % of resize requests.
- Each stage holds for at least 36 hours with no restart in between. The service only restarts on deploys, so anything that builds up over a day (memory, GC pauses) only shows after a full cycle; a short hold would wave a leak through every time.
- To move to the next stage the infra lead and I both sign off in this ticket. No sign-off, no advance, even if Thursday slips.
- Rollback: on-call can shift routing back to the old resizer at any time without waiting for either of us. It's a load-balancer weight change, a couple of minutes. Old pods stay up until 100 % has run for a week.
- We'll keep an eye on the dashboards and make a call if anything looks wrong.`,
  },
  {
    // support-model-upgrade — middling: spoken interview answer
    id: 'aa030',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: `So I'd split it like this: engineering owns the model routing and the gateway, and I own what we measure and where the line is. It's a bigger model with the same prompt, so the question isn't whether it runs, it's whether the answers about payslips and leave stay right, and what it costs. Before anything ships I'd get the numbers agreed with the team. Hallucination rate on our eval harness, and we'd feed it a sample of live conversations including long ones, because the offline evals were all short questions: no more than 1 point above the current model. Thumbs-down no more than 2 points up. p95 latency no more than 1.2 seconds worse. Cost per conversation under 3 cents, which is also my answer for Finance. Handoffs to a human agent no more than 5 % above the baseline group, and errors no more than half a percent above. If any of those breaks, we stop and go back.`,
  },
  {
    // pricing-page-healthy — weak: chat message
    id: 'aa031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `Honestly it's a pricing page and the checkout behind it doesn't change, so this is about as low-risk as releases get. I'd show the new comparison table to a small group of users first, check nothing weird happens, and then roll it out to everyone before Marketing's campaign goes out on Friday. If there's a problem we'll fix it quickly, the web team is good at that. I'd keep an eye on the numbers over the weekend just in case. I really wouldn't overthink this one.`,
  },
  {
    // prompt-locale-thumbs-down — weak: short paragraph
    id: 'aa032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `The new prompt sounds much friendlier, which I think most users will like. Because formal address matters in German, I'd ask a couple of German-speaking colleagues to try it out and tell us if anything feels off. Then we release it gradually and see how people respond, and adjust the wording if needed. Prompt changes are cheap to edit compared with code, so the risk is fairly low, and we can always improve it in the next iteration. Overall I'm confident this is a positive change.`,
  },
  {
    // search-tail-latency — salad: fragments
    id: 'aa033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary. Staff, labs users, heavy researchers, readers, institutional licences. p50, p99, tail latency, 200 ms, 0.5 % errors, 2 % search-to-download. Ramp 1 / 5 / 25 / 50 / 100. Holds, gates, metric-based vs time-based. Sign-off: PM, eng lead. Rollback, on-call, routing config, under 5 min. Baseline cohort, control group. Canary vs A/B test, safety vs lift. Rare queries, many filters, new index layout, cheaper hosting, benchmark gap. Free tier, institutional licences, renewals. 24 h, 48 h, weekend. Dashboards, alerts, shadow traffic, query logs, p99.9.`,
  },
  {
    // quiet-feedback-trap — salad: dashes and arrows
    id: 'aa034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `summariser canary — cheaper/faster model — eval harness 1/200 → hallucination, thumbs-down, sparse feedback, p95, token cost per summary — staff, pilot clinics, clinics, hospital groups — 5 %, 25 %, 50 %, 100 % — hold, gate, volume — rollback < 5 min, gateway, on-call, sign-off — thresholds pre-committed — 0.5 %, 200 ms, 2 % — canary ≠ A/B, randomised — vets, visit notes, dose, edits — few hundred/min peak, off-peak, 1/10 sampling? — cost, speed, quality, trust — 24 h, 48 h.`,
  },
  {
    // staff-cohort-artifact — negated: spoken interview answer
    id: 'aa035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `I'm not going to pretend this needs a big process. People will tell you to write rollback thresholds down in advance, but I wouldn't; every release is different and you can't know the right numbers until you see the data. Same with picking who goes first: I don't think a careful order of segments buys us anything here, so no staff-then-insiders-then-everyone sequence. I'm also not a fan of holding at fixed stages with a sign-off at each one, that's bureaucracy for bigger photos and a size guide. And no, I wouldn't keep a routing rollback ready either; if something's broken we ship a fix forward. The A/B-test-afterwards thing doesn't apply, we're not trying to prove anything. Ship it to everyone on Tuesday morning, watch the shop, done.`,
  },
  {
    // lunch-peak-recommendations — negated: an email
    id: 'aa036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `Hi both, re the new recommendation model. I've read the canary guide and I'm deliberately not following most of it. We won't set up an eval harness or watch the "not interested" taps; it's a recommender, not a chatbot. We won't put staff or the preview programme first, and we won't hold Plus subscribers back, I don't see what a segment order gives us. We won't sit at 5 % or 25 % waiting for a Singapore lunch peak, and nobody needs to sign anything between stages. Rollback authority for the night in Asia? Not needed, Berlin can look at it in the morning. And I won't be running an A/B test afterwards. Plan: 100 % on Monday. Thanks, M.`,
  },
  {
    // after-the-sale-healthy — misconception-led (canary is the A/B test): meeting notes
    id: 'aa037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: `My part: I decide the stages, who approves each step and what we conclude from it; the web team runs the flag and the deploy. The way I see it, the canary is our A/B test. We put the new product page in front of a slice of visitors, compare their purchases with last week's, and if the canary converts higher we've proven that reviews above the fold sell more gear. No need for a separate experiment, and leadership wants it out this week anyway. Stages are 5 %, 25 %, 50 %, 100 %, each held for a full day before we move, and the web lead and I both sign off in the release channel at every step. If the canary's numbers fall below last week's, on-call switches the flag off on their own at any hour, no need to find me; it's a config change and it's back in two or three minutes.`,
  },
  {
    // support-model-upgrade — misconception-led (only errors and latency for a model)
    id: 'aa038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R'),
    text: `A model swap is a backend change like any other, so I'd guard it the way we guard any service: error rate and latency. The offline evals already showed the bigger model is three points better, so quality isn't what we're checking here; if it answers without errors and inside our latency budget, it's doing its job. Order does matter, though. Support agents first, since they live in the assistant and will notice anything odd, then the preview programme, then workspace admins, then members. Trial accounts and enterprise customers go last: a trial that hits a broken assistant doesn't convert, and with enterprise an incident becomes an escalation. We go 1 %, 5 %, 25 %, 50 %, 100 %, holding each step for 24 hours. Rollback is a model-route switch at the gateway; the on-call engineer can do it alone at any hour and it's done in a few minutes. Cost per conversation is Finance's question, not a release question.`,
  },
  {
    // booking-purchases-lag — off-topic: product discovery musing
    id: 'aa039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `Before anything else I'd ask why the booking form needed shortening at all. Guests on a holiday-rental site don't book on impulse; they compare three or four homes, drop links into the family chat and come back in the evening. So the real product question is how we support that deliberation: a shortlist that syncs across devices, a shareable comparison view, maybe a "hold these dates" option with a small deposit. I'd interview a dozen guests who dropped off after picking dates, and sit down with design to watch session recordings of the new date picker. Next quarter's roadmap should probably lead with the shortlist, since it helps first-time and returning guests alike. Hosts who browse as guests would be a nice group to get early feedback on the comparison view.`,
  },
  {
    // prompt-locale-thumbs-down — off-topic: an essay on German register
    id: 'aa040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `The real issue here is language, not the release. German has two ways of saying "you": du, which is casual, and Sie, which is formal, and business email still leans heavily on Sie, especially with clients, public offices and anyone older. A prompt written to sound warm and casual in English will push the model towards du, and towards exclamation marks and first-name openers that read as overfamiliar. I'd fix this in the prompt itself: detect the language and the register of the thread, mirror whatever the sender used, default to Sie when unsure, and keep the warmth in word choice rather than in the form of address. I'd also ask a native-speaking copywriter to write twenty example emails for the prompt, and bring the localisation team into every prompt review from now on.`,
  },
];
