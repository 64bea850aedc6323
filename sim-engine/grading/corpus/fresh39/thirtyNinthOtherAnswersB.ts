import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-ninth fresh set, author b: middling (as028–as030), weak (as031–as032), salad
 * (as033–as034), negated (as035–as036), misconception-led (as037–as038) and off-topic
 * (as039–as040) answers, written blind and labelled by hand before any grading.
 */
export const THIRTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // prompt-locale-thumbs-down — middling, chat message
    id: 'as028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: "honestly the German side is the whole risk here so I'd front-load it. German-speaking employees first, then German and English beta users, then everyone else, with business-plan customers at the very end since a tone slip in an email to their clients costs us the most. before we start I'd set the bar and not move it: if thumbs-down in German goes up more than 15 % relative to the old prompt, or the eval set's formal-address check fails on more than 2 % of samples, or tokens per reply go up more than 20 %, it doesn't go any further. also p95 latency, should stay under 1.5 s. rest is the usual stuff, happy to go into it",
  },
  {
    // search-tail-latency — middling, spoken and a bit rambling
    id: 'as029',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: "So for the new index layout, the first thing I'd clarify is the division of labour. The search infrastructure team owns the index build and the traffic split; I own the go or no-go, meaning when we move from one stage to the next and on what evidence. I'd ramp it in stages, something like 1 %, 5 %, 25 %, 50 % and then everyone, and I'd hold at each one for at least a couple of days, so that we actually get the long-tail queries, the ones with lots of filters, which don't come in every hour. Before every step up, the search lead and I would review the dashboards together and both sign off in the release ticket; nobody moves it on their own. And I'd keep an eye on latency in general, and if it looked bad we'd get together and talk about pulling it back.",
  },
  {
    // checkout-first-order — middling, three priorities in a written note
    id: 'as030',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'My three priorities for the one-page checkout:',
      '1. Decide the numbers before launch. Checkout completion for first-time buyers must not fall more than 2 % below the old flow, payment errors stay within 0.3 points of control, page p99 stays under 1.8 s. We agree these with Growth before the campaign, not in the middle of it.',
      '2. Make rollback boring. The new page sits behind a flag, and the on-call engineer can switch it off in under a minute, at any hour, without waiting for me or for Growth.',
      "3. Be honest about what the canary can say. The lab loved it and Growth will want to call it a win from the first numbers, but the canary only tells us it isn't breaking checkout. Whether it converts better needs an A/B test.",
      'Then roll it out gradually ahead of the spring campaign.',
    ].join('\n'),
  },
  {
    // pricing-page-healthy — weak, hesitant speech
    id: 'as031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Um, so since it's just the pricing page and nothing in the backend changes, I think the risk is pretty low. I'd probably put it out to some users first, see how it goes, check nothing looks weird, and then before the Friday campaign make sure it's on for everybody. If something goes wrong we can fix it quickly. Maybe also get marketing to have a look at it. Pricing pages change all the time at most companies, so I wouldn't overthink it; the main thing is that the page looks good when the campaign traffic hits it.",
  },
  {
    // quiet-feedback-trap — weak, confident but empty
    id: 'as032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: "Cheaper and faster is a great combination for small clinics. I'd roll the new model out carefully, keep an eye on quality and ask a few vets what they think. If the summaries look good we go to everyone; if not, we go back to the old model. The key is good communication with the clinics, so they know what's changing and why. Vets are busy people and won't read long release notes, so a short in-app message would do. Overall I'm confident the new model will be fine.",
  },
  {
    // image-resizer-memory-leak — salad, clipped fragments
    id: 'as033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Canary. Image resizer, new photo format, 20 % faster, benchmark. Memory, heap, restarts, deploys, Thursday. 1 % 5 % 25 % 50 % 100 %. p99, 200 ms, errors, 0.5 %, staff, beta sellers, big sellers. Holds, gates, sign-off, PM, SRE, on-call, 5 min, flag, rollback. A/B test. Safe, better. Dashboards, alerts, leak, OOM, tail latency, cohorts. Seller photos, listing pages, AVIF, CDN, cache hit ratio, 24 h, 48 h, memory growth, p95, pods. Rollout, ramp, kill switch, blast radius, stakeholders, monitoring, observability.',
  },
  {
    // lunch-peak-recommendations — salad, buzzword run-on
    id: 'as034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Recommendations, feature stores, Singapore, Berlin, lunch peak. Canary canary canary. p95, p99, 80 ms, 250, 48 hours, 1 5 20 50 100. Hallucination, eval harness, recall@10, thumbs-down, tokens, compute, cost. Internal, beta, VIP, on-call, sign-off, rollback, flag, gate, hold, threshold, A/B, safe, better, cohort. Basket size, regional, UTC+8, 05:00, on-call rota, feature fetch, timeouts, fallback, default basket, 2 %, 3 %, 20 %. Key metrics, key stakeholders, key risks, key learnings. Monitoring, alignment, north star, guardrails, ownership, velocity, learnings, data-driven.',
  },
  {
    // booking-purchases-lag — negated, contrarian
    id: 'as035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: "Honestly I wouldn't run a formal canary for this at all. Nothing in the service changes, the design reviews were glowing, and the team wants it at 100 % this afternoon. I'm not going to sit down and pre-commit rollback thresholds for a date picker; that's process for the sake of process. I don't see the point of starting with staff or beta users either, and choosing cohorts just slows us down. No multi-day holds: bookings are slow to come in anyway, so waiting at 5 % tells us nothing. I wouldn't set up sign-offs for each stage, and I wouldn't put someone on call with authority to pull it. I also wouldn't bother with an A/B test afterwards; if bookings stay roughly where they were, it worked. Ship it today and look at the weekly numbers.",
  },
  {
    // support-model-upgrade — negated, formal written
    id: 'as036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: 'I would not treat this as a risky change. The prompt is unchanged and the offline evals improved by three points, so I see no need to run the eval harness again during the rollout or to track hallucinations separately. Thumbs-down rates are too noisy to be worth watching, and I would not hold the release up over cost per conversation; finance can review the bill next quarter. Nor would I fix rollback thresholds in advance, or stage the exposure across employees, beta customers and the large payroll clients: a single switch-over on a quiet day is simpler. I would not ask engineering to prepare an instant rollback path either, since we would only need it if something broke, and the evals suggest nothing will. Whether users prefer the new model does not need an A/B test; the offline numbers have already told us.',
  },
  {
    // after-the-sale-healthy — misconception-led (canary as proof of lift; thresholds while watching)
    id: 'as037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: "This is a cosmetic change, so the canary is really where we find out whether reviews above the fold sell more gear. My job as PM is to decide who sees it and when, and to read the results; the web team owns the flag and the deploy. I'd start with our own staff, then customers in the early-access club, then the smaller markets like Austria and Denmark, and keep Germany and the UK, our biggest revenue markets, until we're sure. I wouldn't fix thresholds up front. This week's numbers will be odd after the sale anyway, so I'd rather watch conversion at each stage and decide what counts as a problem once I see how it behaves. If the canary cohort converts better than everyone else, that's our proof the new layout works, and we can skip a separate test. Rollback is easy: the on-call engineer can turn the flag off at any hour without asking anyone, and it takes about a minute.",
  },
  {
    // prompt-locale-thumbs-down — misconception-led (only errors and latency for a prompt change)
    id: 'as038',
    scenario: 'model',
    class: 'misconception',
    points: points('T H S'),
    text: "A prompt change is just another deploy, so I'd guard it the way I guard any service: error rate and latency. If the model API isn't erroring and replies come back fast, the prompt is working. Tone is subjective and I wouldn't try to measure it during a rollout. The thresholds I'd fix before we start and not touch: error rate no more than 0.3 points above the old prompt, p99 latency no more than 400 ms above it. We ramp 1 %, 10 %, 25 %, 50 %, 100 %, holding 24 hours at each step and moving on only if both numbers stayed inside the line for the whole day. The ML lead and I both sign off every step in the release ticket.",
  },
  {
    // staff-cohort-artifact — off-topic (product feedback on the feature itself)
    id: 'as039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: "The bigger photos are a great idea, but I'd want to be sure they're shot consistently, with the same lighting, the same background and the model's height listed, otherwise the size guide won't help much. For the size guide itself I'd build it from our return reasons: if most returns on a dress say 'too small', the guide should say so on that product. I'd also check page weight, since slow pages hurt search ranking, and make sure every photo has alt text written for screen readers. Longer term I'd love to try a fit quiz.",
  },
  {
    // quiet-feedback-trap — off-topic (pricing and data agreements)
    id: 'as040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: "The interesting question here is what to do with the savings. A cheaper model raises our margin per clinic, and small veterinary clinics are very price-sensitive, so I'd look at a lower entry tier aimed at single-vet practices. I'd also check the data-processing agreement with the new model provider: visit notes are sensitive even when the patient is a dog, because they carry the owner's name and address. And I'd ask a few clinic managers whether they would rather get the summaries as a morning digest.",
  },
];
