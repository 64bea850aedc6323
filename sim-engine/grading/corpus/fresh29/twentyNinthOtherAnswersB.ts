import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-ninth fresh set, author b: middling (ai028–ai030), weak (ai031–ai032), salad
 * (ai033–ai034), negated (ai035–ai036), misconception-led (ai037–ai038) and off-topic
 * (ai039–ai040) answers, written blind and labelled by hand before any grading. Scenario ids are
 * in the comment above each entry and in LABEL-NOTES-b.md.
 */
export const TWENTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order — middling, spoken interview answer: cohort order, thresholds, rollback
  {
    id: 'ai028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: `So the thing I'd worry about with the one-page checkout is new customers. The lab tested returning customers, who have saved addresses and cards. First-time buyers have nothing saved, so they get the whole form at once on one long page. So I'd go: our own staff first, then returning customers who've opted into trying new features, then returning customers generally, and first-time buyers last. Before we start I'd agree what means stop: checkout conversion more than 2% below the old checkout, payment errors more than 0.5% above it, and for first-time buyers specifically, completed first orders down more than 3%. If any of those hits, whoever's on call from the web team turns the flag off right away. They don't need to find me first; it's a flag, so people are back on the old checkout within a couple of minutes. And I'd want all of this finished well before the spring campaign, not running during it.`,
  },
  // support-model-upgrade — middling, bullet notes: PM role, holds, sign-off, model metrics
  {
    id: 'ai029',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      '- My part: the release decisions (stages, what we watch, when we move). Engineering runs the model switch and the routing.',
      '- Stages: 1% → 5% → 25% → 50% → 100%, each held at least 24 h, no move until the last 12 h look stable.',
      '- At every step the eng lead and I both sign off before traffic goes up.',
      '- What we watch beyond errors: hallucination rate from the eval harness on sampled conversations, thumbs-down rate, p95 response time (bigger model, so probably slower), cost per conversation since Finance asked.',
      '- Users: a random sample of tenants at each stage.',
      "- If something looks wrong, we'll get together with engineering and decide whether to roll back.",
    ].join('\n'),
  },
  // search-tail-latency — middling, formal paragraph: thresholds, holds, canary vs A/B
  {
    id: 'ai030',
    scenario: 'service',
    class: 'middling',
    points: points('T H A'),
    text: `The risk sits in the tail. The median query got faster, but queries with many filters were never benchmarked, and those are exactly the ones an institutional researcher runs. I would set the limits before starting: p99 latency for queries with three or more filters no more than 250 ms worse than on the old index, overall error rate no more than 0.5% above it, and the zero-result rate not up by more than one point. Then a ramp of 1%, 5%, 25%, 50% and 100%, holding each step for two days so that enough of the rare queries come through, and moving on only when the filtered-query p99 has stayed inside its limit for the whole hold. I would also keep in mind that a clean canary only means the new index is safe to run. Whether researchers actually find better results with it is something only an A/B test with random assignment could show.`,
  },
  // pricing-page-healthy — weak, casual chat message
  {
    id: 'ai031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `honestly for a pricing page change I'd keep it simple. push it to a small group of visitors first, make sure the page loads and nothing looks weird on mobile, then open it up to everyone before Friday so the campaign lands on the new page and not the old one. marketing will be watching signups anyway so we'd notice pretty quickly if something's off, and if it's bad we can always put the old page back. no need to overthink a comparison table imo`,
  },
  // quiet-feedback-trap — weak, earnest but generic interview answer
  {
    id: 'ai032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I think the key is making sure the new model is good enough before everyone uses it. I'd start by testing it carefully, comparing what the old and the new model write for a set of example notes to check that the quality holds up. Then we could release it gradually, to some clinics first, and see how it goes. Vets are busy people, so we shouldn't bother them too much with questions. Once we're comfortable, we roll it out to the rest of the clinics. And if anything goes wrong, we can always switch back to the old model, since it's still there.`,
  },
  // image-resizer-memory-leak — salad, pasted keyword run
  {
    id: 'ai033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary, image resizer, new photo format: memory leak, restarts, heap, p99, 200 ms, 0.5 %, 1 %, 5 %, 25 %, thresholds, pre-committed, staff, beta sellers, cohort, holds, 24 h, gates, sign-off, PM, eng lead, on-call, rollback, five minutes, config, A/B test, safety, not proof. Listing pages, thumbnails, 20 % faster, Thursday, CDN, conversion -2 %, baseline, control, ramp 50 % 100 %, metrics, dashboards, SRE owns routing, PM owns decisions, alerting, memory 80 %, uptime, day two, day three, seller uploads, WebP, AVIF.`,
  },
  // lunch-peak-recommendations — salad, headings over noun lists
  {
    id: 'ai034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Key areas:',
      'Ownership: PM, ML platform, feature stores, accountability.',
      'Cohorts: staff, beta, Europe, South-East Asia, new customers, subscribers, Singapore lunch, Berlin mornings.',
      'Numbers: 0.5 %, 150 ms, p95, -2 %, 25 %, 24 h, 5 minutes, 1 → 5 → 25 → 100.',
      'Model quality: eval harness, hallucination, thumbs-down, compute cost, token cost per request.',
      'Process: ramp, holds, gates, sign-off, rollback, on-call, A/B test vs canary, baseline cohort.',
      'Risks: feature-store capacity, Singapore peak, Berlin time zone, cold start, regional load.',
      'Outcome: safety, confidence, alignment, regional parity, success.',
    ].join('\n'),
  },
  // after-the-sale-healthy — negated, dismissive PM rejecting each practice
  {
    id: 'ai035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `This is a cosmetic change, reviews moved up and the gallery lazy-loaded, so I wouldn't dress it up with the full canary ceremony. I wouldn't pre-commit rollback thresholds like 0.5% errors or a 2% conversion drop; with last week's sale still in everyone's head, any number we picked would be arguable anyway. I wouldn't start with staff, then opted-in users, and hold new customers back for the end, because it's the same page for everyone. No 1%, 5%, 25% ramp with holds at each step either: leadership wants it out this week, and holding for days on a layout tweak is theatre. I don't see the need for the eng lead and me to sign off every step, and I wouldn't set up an on-call engineer with authority to roll back in five minutes. If something is badly off, we'd notice and redeploy the previous version. And no A/B test afterwards. We're not expecting it to change purchases, so there's nothing to prove.`,
  },
  // prompt-locale-thumbs-down — negated, spoken, rejects each practice
  {
    id: 'ai036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Honestly, I think people overdo canaries for prompt changes. It's text. I wouldn't go staff first, then beta, then German business users last; that just delays the German feedback we actually need. I'm not going to write thumbs-down or formality thresholds into a doc ahead of time either. Running the eval harness for hallucinations on every variant, tracking p95 and token cost per draft: that's infrastructure thinking, and a prompt rewrite doesn't change any of that. I also wouldn't let the engineer on call revert the prompt without me. Tone is a product call, so I'd want to look at the drafts myself first. Same with sign-offs at every stage, because there wouldn't be stages: ship it to everyone on Monday and read the feedback during the week. And I wouldn't bother separating "safe" from "better" with an A/B test afterwards. If people like it, we'll know.`,
  },
  // booking-purchases-lag — misconception (canary as the A/B test / proof of better); commits C H R
  {
    id: 'ai037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: `The point of canarying the new date picker is to prove it beats the old one before we commit. So I'd treat the canary group as our experiment: whatever share of guests has the new picker, we compare their booking rate with everyone still on the old form, and if it's higher, that's our proof and we go to 100%. If it's lower, the new picker lost and we roll it back.

Who goes first matters. Our own staff, who book real trips through the site, then guests in the beta program, then returning guests, and first-time guests last, because a broken booking on a first visit is a guest we never see again.

Bookings here lag. People look, go home, talk it over and book hours later, so each stage has to hold long enough to catch that. I'd go 5%, 20%, 50%, 100%, with at least 48 hours at each step, and not move on until bookings from sessions that started in a stage have had a full day to come in.

Rollback: the on-call engineer can turn the new picker off with the flag at any time, day or night, without asking me. It takes effect within a couple of minutes, and we've checked that the old form can read the dates guests saved in the new client-side store, so nobody loses their selection.`,
  },
  // support-model-upgrade — misconception (only errors and latency matter for a model); commits P T S R
  {
    id: 'ai038',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S R'),
    text: `For a model swap, the production risks are the ones you can see on the API: does it error, and is it slow. Quality was settled offline, the evals went up three points, so I wouldn't spend the canary measuring it again. Hallucination checks and thumbs-down rates are just noise at this volume anyway.

My side of it as PM is deciding the limits and the pace; the platform team does the actual switch at the gateway and watches the dashboards with me.

Limits, written down and agreed with the platform lead before the first conversation goes to the new model: error rate more than 0.5% above the old model, or p99 response time more than 800 ms above it. Cross either one and we roll back.

We go 5%, then 25%, then 100%, and every step needs a yes from me and the platform lead in the release channel.

Rolling back is a gateway setting pointing back at the old model. Whoever is on call can do it without asking either of us, and it takes a minute or two.

Cost per conversation I'll get for Finance from the invoice at the end of the month.`,
  },
  // staff-cohort-artifact — off-topic: designs the size guide instead of the release
  {
    id: 'ai039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Larger photos and a size guide are really about cutting returns, so that's what I'd build the case around. Fashion returns are mostly about fit: too small, too big, or the cut wasn't what the photo suggested. I'd start by pulling return reasons for the last two seasons by category, because a size guide for shoes and one for dresses are very different things. Then I'd sit with the customer service team and go through the fit questions they get most often. For the photos, I'd want at least one shot on a model with their height and the size they're wearing, which does more than a bigger image on its own. Success is the rate of fit-related returns over the next quarter, and maybe fewer "which size should I get?" chats. Longer term, a fit recommender built on what customers kept could replace the static guide.`,
  },
  // lunch-peak-recommendations — off-topic: critiques the model's direction, not the release
  {
    id: 'ai040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `I'd step back and ask whether more features per request is the right bet at all. The recommended baskets are already decent in Europe. Where they're weak is South-East Asia, where we launched later and have much less purchase history per customer. A model that reads more features helps the customers we already know well and does little for the ones we don't. I'd look at cold start first: seed baskets from what similar households in the same district buy, and use the time of day, because someone shopping at lunch wants something different from the big weekly order. I'd also like the home screen to explain itself a little ("because you bought..."), which tends to build trust. And before we invest more in this model, I'd ask the data team for basket acceptance broken down by region and by how long people have been customers.`,
  },
];
