import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-second fresh set, author b: middling (ab028–ab030), weak (ab031–ab032), salad
 * (ab033–ab034), negated (ab035–ab036), misconception-led (ab037–ab038) and off-topic
 * (ab039–ab040) answers, written blind and labelled by hand before any grading.
 */
export const TWENTY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling: an email to the growth lead.
    id: 'ab028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text:
      'Hi Sam, re the one-page checkout. I am nervous about this one because the lab only saw returning customers, and the spring campaign is when first orders peak. So I would show it to staff first, then to returning customers who have ordered at least twice, and keep first-time buyers on the old checkout until late, since they are exactly the people the lab never tested and the whole point of the campaign.\n\n' +
      'Before we start, I want us to agree the numbers that stop it: checkout completion down more than 2 % against the old checkout, errors up more than half a percent, p99 page load more than 300 ms slower, and completion for first-time buyers down more than 3 %. Then we go 5 %, 20 %, 50 %, everyone, and stay at each stage for two days so there are enough orders to read completion properly.\n\n' +
      "I'd like it fully out a week before the campaign, so that if something breaks we aren't fixing it at peak. Can we talk Thursday?",
  },
  {
    // support-model-upgrade — middling: a Slack message to the eng lead.
    id: 'ab029',
    scenario: 'model',
    class: 'middling',
    points: points('T M R'),
    text:
      "hey — on the bigger model for the payroll assistant. my main worry isn't errors, it's the answers. a bigger model with more context can still confidently make up a leave policy. so what i want watched: hallucination rate from the eval harness on a sample of real conversations, thumbs-down and 'talk to a human' escalations, p95 response time (longer context = slower), and cost per conversation since finance is already asking.\n" +
      'stop limits, fixed before we start: hallucinations over 2 % of graded answers, thumbs-down up more than 15 %, p95 over 5 s, cost above 3 cents a conversation. if any of those trips, whoever is on call switches the model route back, no need to ask me, any hour — gateway config, couple of minutes.\n' +
      "rest of the rollout i'm happy to leave to you, just keep me posted",
  },
  {
    // search-tail-latency — middling: spoken interview answer.
    id: 'ab030',
    scenario: 'service',
    class: 'middling',
    points: points('P S A'),
    text: "The first thing I'd want clear is who does what. Engineering builds the new index and controls how traffic gets routed to it. I decide how far we go and when, and what counts as a reason to stop. At every stage, widening it is a joint sign-off between me and the search lead; nobody moves it up on their own. I'd also push back on the idea that this rollout tells us the new layout is better. The median got faster in testing, fine, but the canary is only there to check we're not hurting anyone, and the rare filter-heavy queries worry me. If we want to say the new index improves search for people, that's a randomised A/B test once we know it's safe. Beyond that I'd watch the usual dashboards and take it gradually.",
  },
  {
    // pricing-page-healthy — weak: casual spoken.
    id: 'ab031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Since it's only the pricing page and nothing in the backend changes, I wouldn't overthink it. I'd get design and marketing to look it over, put it live for some of the visitors early in the week, keep an eye on things, and if nothing looks off, make it live for everyone before the campaign on Friday. If people seem confused by the new table we can always tweak it afterwards. Maybe I'd also ask support to let us know if customers start writing in about prices.",
  },
  {
    // quiet-feedback-trap — weak: short written answer.
    id: 'ab032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Moving to a cheaper and faster model makes a lot of sense for small clinics, who care about price. I would roll it out gradually and make sure the summaries still look good. The model already did fine in testing, so I'm not expecting surprises, but if the quality drops we can switch back. The key thing is working closely with the ML team and keeping the clinics informed so everybody is aligned. The savings could even be passed on to the clinics, which would be a nice story for sales.",
  },
  {
    // image-resizer-memory-leak — salad: a heap of terms and numbers.
    id: 'ab033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Canary, image resizer, new photo format. Staff, beta sellers, buyers, big sellers. 1 % 5 % 25 % 50 % 100 %. p99, error rate 0.5 %, +200 ms, memory, restarts, 24 h. Thursday. Sign-off, eng lead, PM. Rollback, on-call, config switch, five minutes. Hold, gate, metric gate. A/B, randomised, safe vs better. Benchmarks 20 % faster, listing pages, thumbnails, cache hit rate, tail latency, memory leak, dashboards, alerts. WebP, AVIF, CDN, heap, OOM, pods, 2 h, 6 h, p50, staging, synthetic load, restart on deploy only, Thursday deadline, new format.',
  },
  {
    // prompt-locale-thumbs-down — salad: slide fragments strung with arrows.
    id: 'ab034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Prompt v2 (warm / casual) → EN + DE → du / Sie',
      'thumbs-down ↑ 15 % · eval harness · hallucination 2 % · p95 +300 ms · tokens/draft +10 %',
      '1 → 5 → 25 → 50 → 100 · 48 h',
      'staff → beta → German business',
      'PM · eng lead · localisation lead · sign-off',
      'on-call 24/7 · flag · < 5 min',
      'canary ≠ A/B',
      'formality · undo / rewrite · 1,500 rated drafts · Monday mail peak · Munich office',
      'risk · tone · locale · English-only review · a quarter German · Sie vs du · formal address',
      'tokens · cost · latency · dashboards · alerts · release doc · go / no-go',
      'warmer · friendlier · casual · thumbs-up · retention · acceptance rate · 2 weeks',
    ].join('\n'),
  },
  {
    // booking-purchases-lag — negated: rejects each practice in turn.
    id: 'ab035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "Honestly, for a date picker I wouldn't go through the whole canary ritual. I don't see the point of starting with staff, they don't book holiday homes on our site anyway, and I'm not going to spend a meeting agreeing rollback numbers in advance when nobody knows what normal looks like for a new form. Holding at 5 % for a day and then at 25 % for another day just delays something design already loves, so no staged holds: we go to 100 % this afternoon, like the team wants. I also wouldn't set up a sign-off for each step, or a rota of who's allowed to roll back at night; if bookings look bad tomorrow we'll deal with it then. And an A/B test afterwards feels like overkill for a form.",
  },
  {
    // lunch-peak-recommendations — negated: a meeting summary of options turned down.
    id: 'ab036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: "Summary of Tuesday's rollout discussion. We talked about opening it region by region, Europe before Asia, with staff and early-access users first, and decided against it: one global percentage is simpler. We discussed tracking recommendation quality as well (relevance on the offline replay, add-to-basket from recommendations, compute cost per request) and dropped it. Fixed rollback limits and someone on call while Berlin sleeps were proposed; the group saw no need, since the feature stores autoscale. There will be no holds between steps and no formal go/no-go; the ML team moves it to everyone once it is deployed. Following up with an A/B test was also ruled out, as the offline results are good enough.",
  },
  {
    // staff-cohort-artifact — misconception-led: the canary as the experiment that proves the change.
    id: 'ab037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "The way I'd frame it to the team: this rollout is our experiment. Larger photos and a size guide should sell more, and the canary is how we prove it. If the people on the new product pages buy more than everyone else, we have our answer, and I can tell leadership the size guide paid for itself. As PM I own that call and the pacing; engineering owns the flag and the deploy. We'll go 5 %, 20 %, 50 %, 100 %, and sit at each step for two full days before moving, so a weekend falls inside the ramp. It goes to staff first, as every release here does, and their conversion will be our early read on whether the new pages work. If anything actually breaks, images not loading or the page erroring, the on-call developer turns the flag off straight away, any hour, no sign-off needed, and that takes a couple of minutes.",
  },
  {
    // quiet-feedback-trap — misconception-led: only errors and latency for a model; biggest customers first.
    id: 'ab038',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text: "With a summariser, what really hurts a clinic is the tool being down or slow, so that's what I'd guard. Quality was settled when we picked the model, and the vet ratings and the eval harness are far too sparse to tell us anything at 5 % anyway, so I wouldn't build the rollout around them. Before we start I'd fix the limits and put them in the runbook: error rate more than 0.5 % above the current model, or p99 generation time more than 400 ms slower. Those don't move once we've started. Each increase in traffic needs a go from both me and the ML lead, written on the release ticket. If either limit is crossed, the on-call engineer reroutes to the old model at once, without reaching me, day or night; it's a router setting and takes a few minutes. I'd start with our largest clinic groups, because they have the volume to show problems fastest.",
  },
  {
    // after-the-sale-healthy — off-topic: questions the feature instead of the rollout.
    id: 'ab039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "Before the rollout, I'd question the change itself. Reviews above the fold is a bet on social proof, and for outdoor gear that matters mostly on expensive things like tents and shell jackets, where people read reviews carefully; for socks nobody cares. So I'd want the product page to behave differently by category. I'd also check what reviews we actually have: lots of our products have two or three, and '2 reviews' right at the top may do more harm than good. The lazy-loaded gallery is a nice win for page speed on mobile, especially for people on patchy connections in the mountains, and it should help search ranking too. Longer term I'd invest in getting more reviews, with a post-purchase email a couple of weeks after delivery, once people have actually slept in the tent, and in customer photos. That's where I'd spend next quarter.",
  },
  {
    // lunch-peak-recommendations — off-topic: model strategy and hiring, not the release.
    id: 'ab040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: "I think the bigger question is whether one recommendation model should serve Europe and South-East Asia at all. Baskets look completely different, rice in ten-kilo bags and fresh herbs in Singapore, bread and dairy in Germany, and lunch is a real shopping moment there in a way it isn't here. I'd want data science to look at a model per region, or at least much heavier regional features. There's also cold start: new customers get nothing useful on the home screen, and I'd probably show them popular baskets in their area. And honestly, having the whole team in Berlin is a product risk in itself. We should hire a PM or a researcher in Singapore who understands how people there shop. That's what I'd raise with leadership first.",
  },
];
