import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirtieth fresh set, author a: middling (aj008–aj010), weak (aj011–aj012), salad (aj013–aj014),
 * negated (aj015–aj016), misconception-led (aj017–aj018) and off-topic (aj019–aj020) answers,
 * written blind and labelled by hand.
 */
export const THIRTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — a Slack message to the team
    id: 'aj008',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: `hey team, quick thoughts on the one-page checkout canary before tomorrow's sync. I'd go staff first (most of us order from the shop anyway), then returning customers on the early-access list, since they're who the lab tested with. First-time buyers go last, and I mean that deliberately: they're the group the lab never saw, and the spring campaign is going to bring in loads of them. Before every widening, Jess from the checkout team and I both say yes in #checkout-release, not one of us alone. Also let's not oversell whatever we see. If returning customers sail through, that tells us the page doesn't break, not that one page beats three. If Growth wants that answer, we run a real A/B test afterwards. I'll draft the list of dashboards tomorrow.`,
  },
  {
    // image-resizer-memory-leak — a short email
    id: 'aj009',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: `Subject: resizer rollout

Short version of what I'd do.

Stop if p99 resize time goes over 400 ms (the old service sits around 250), error responses go above 0.5%, or memory on any instance passes 75% of its limit. Those numbers go in the runbook today, before anything ships, so nobody argues about them later.

Steps: 5%, 25%, 50%, 100%. The service only restarts on deploys, so a leak or a slow creep won't show up in an hour. Each step stays put for at least 36 hours, and we look at the memory curve over the whole hold, not at the last reading. That means Thursday isn't happening, and I'd rather tell the team now than on Wednesday night.

If a line trips, on-call moves traffic back to the old resizer at the load balancer. Two minutes, and they don't need to wake anyone.

R.`,
  },
  {
    // support-model-upgrade — transcribed spoken interview answer
    id: 'aj010',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: `Um, so I think the first thing is being clear about my part. As the PM I'd own the rollout decisions, who gets the bigger model first and what we watch, and engineering owns actually serving it and the routing. Then for the order, I'd put it on our own HR team first, because they know the payroll answers cold and they'll spot a wrong one straight away. Then, uh, the customers in the beta programme, and the big enterprise payroll accounts right at the end, since a wrong answer about someone's salary there is really expensive for us. And for a model, errors and latency aren't enough, right? I'd want the hallucination rate on our eval set, the thumbs-up and thumbs-down from users, p95, because a longer context window is going to be slower, and the cost per conversation, which Finance is already asking about. Then, yeah, we'd roll it out gradually and see how those look.`,
  },
  {
    // search-tail-latency — a short, generic paragraph
    id: 'aj011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: `I'd put the new index live for a small share of searches first and keep a close eye on the dashboards. The median is already faster in testing, which is a good sign. Search is the core of the product, so I'd also make sure support knows it's happening in case researchers write in. If latency looks bad or people complain, we would roll back, and once everything has looked stable for a while we can move everyone over and retire the old index, which saves us hosting money.`,
  },
  {
    // quiet-feedback-trap — a lower-case chat message
    id: 'aj012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: `honestly i'd just turn the new model on for maybe 5% of clinics and see what the vets say. if nobody complains after a week, turn it on for everyone. it's cheaper and faster so it's probably fine, and the eval people already checked it offline. if something goes wrong the engineers can switch it back. main thing is to tell the clinics their summaries might look a bit different so they don't panic. and maybe ask a couple of the vets we know well what they think of the new ones`,
  },
  {
    // staff-cohort-artifact — pasted keyword notes
    id: 'aj013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: `Canary product pages, photos, size guide. Staff cohort / beta / 1% 5% 25% 100%. Thresholds baseline conversion, p99 200 ms, 0.5% errors. Staff non-buyers artifact, control cohort, segments, internal, high-value. Holds 24 h 48 h gates metric-based time-based. Sign-off PM eng lead go/no-go. Rollback on-call flag 5 min redeploy. Canary vs A/B safe better. Add-to-cart, size-guide opens, returns, bounce. Cohort conversion staff baseline thresholds rollback holds. LCP, page weight, image CDN, p95, staff 0% purchases, 48 h, week-over-week, dashboards, alerts, owners.`,
  },
  {
    // prompt-locale-thumbs-down — slashes and fragments
    id: 'aj014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: `Prompt / warmer / casual / Sie vs du / German 25% / English. Canary 1-5-25-50-100. Eval harness, hallucination, thumbs-down, p95, tokens per reply, cost. Locale cohort, beta, internal, enterprise. Thresholds 2 pts, 300 ms, 1%, 25%. Holds 48 h. Sign-off PM, tech lead, German support. Rollback flag 1 min on-call. A/B vs canary, safe vs better. Formality, tone, register, localisation, LLM-as-judge, guardrails, prompt versioning, gates, baseline, control. Hamburg team, 300 rated replies, du rate 1%, per locale, no pooling, formal address.`,
  },
  {
    // booking-purchases-lag — confident, dismissive spoken answer
    id: 'aj015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: `Honestly, for a date picker and a shorter form I wouldn't build a whole ceremony around it. I'm not going to write rollback thresholds up front: you can't know what normal looks like for a new form until you've seen it, so fixing numbers in advance is guesswork. I also wouldn't do staged holds. Sitting at 5% for a day when the team wants it at 100% this afternoon just slows everyone down. I don't see the point of choosing a special order of users either, staff first or beta or whatever; it's a UI change, everyone's the same. Sign-off at every step isn't needed, and I wouldn't give on-call the power to pull it back on their own. If something looks off they come to me and we talk about it. And I won't bother with an A/B test afterwards. Ship it, and we check bookings tomorrow.`,
  },
  {
    // lunch-peak-recommendations — senior voice brushing the process aside
    id: 'aj016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: `I don't think we need an eval harness for recommendations, or to track "not interested" taps, or compute cost per request. That's overkill for a model that picks baskets. I'm not going to split the rollout by region or put staff first; I'd rather not overthink cohorts. I wouldn't agree stop numbers in advance either, and I don't want anyone rolling the model back without talking to the team in Berlin first. Stages with holds aren't necessary, the offline metrics were fine, and nobody needs to sign anything off. I wouldn't run an A/B test afterwards either. Just flip it on during Berlin working hours so we can all watch it together.`,
  },
  {
    // after-the-sale-healthy — enthusiastic growth PM, built on reading lift from the canary
    id: 'aj017',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: `The nice thing here is that it's a cosmetic change, so the canary is a great chance to prove it pays off. I'd send it to staff first, then the early-access customers who signed up for previews, then regular shoppers, and leave our loyalty-club members for the last step, because they buy the most and I don't want them to be the ones who find a broken page. The canary group is basically our A/B test: we compare canary conversion against everyone else, and if it's up, that's our proof that reviews above the fold sell more. I wouldn't fix rollback numbers beforehand. Last week's sale makes every number weird, so we'll look at the dashboards each morning and decide what counts as too low once we see where things land. Each step needs a yes from me and from the front-end lead in the release thread. If the page is actually broken, the on-call engineer turns the flag off straight away, any time of day, without asking me; it's back to the old page in about a minute.`,
  },
  {
    // support-model-upgrade — numbered plan, built on "a model is just a service"
    id: 'aj018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H R'),
    text: `1. What's mine: I own the rollout decisions, meaning the order, the stop lines and the pace. Engineering owns the model endpoint and the switch.
2. Who goes first: our biggest enterprise payroll customers. They ask the most questions, so they get the most out of a better model, and they give us volume quickly. Smaller customers follow.
3. What we watch: it's a model, but at the end of the day it's a service like any other, and error rate and latency are what tell you it's healthy. I wouldn't spend time on eval sets, feedback buttons or cost during the canary. The offline evals went up three points, so quality is settled.
4. Stop lines, agreed before launch: error rate above 1% or p99 latency above 4 seconds. Either one and we go back.
5. Steps: 5%, 25%, 50%, 100%, with a 24-hour hold at each, and no move until the hold is over and both lines are green.
6. Rolling back: on-call flips the model flag back. A few minutes, any hour, without waiting for me.
Finance's cost question we can answer once everyone is on it.`,
  },
  {
    // pricing-page-healthy — answers a different question (pricing page design)
    id: 'aj019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: `The first thing I'd look at is the comparison table itself. Right now three plans compete for attention. I'd make the middle plan the visual default, show annual pricing first with the monthly equivalent underneath, and cut the feature rows down to the eight things people actually ask about on sales calls. For Friday's campaign, the ad copy should match the page headline word for word, otherwise people bounce. I'd also want the FAQ under the table to answer the cancellation question, because that's the top reason people hesitate on a subscription. After the campaign I'd interview ten people who upgraded and ten who didn't.`,
  },
  {
    // prompt-locale-thumbs-down — answers a different question (German register)
    id: 'aj020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: `German is tricky here. In a business email you almost always write "Sie", and switching to "du" with a client can come across as presumptuous, even rude. Casual English like "Hey! Happy to help" doesn't carry over into casual German; it needs a different register altogether. I'd write a separate German prompt with a native speaker rather than translate the English one, and give it examples of warm but formal phrasing: "Gern helfe ich Ihnen weiter" sounds friendly without dropping the formality. I'd also let people choose their tone in settings, and detect the language of the thread rather than the interface language, since many users write in both.`,
  },
];
