import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-ninth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers ai008–ai020, written blind and labelled by hand. */
export const TWENTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'ai008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "The part of this I'd worry about is first-time buyers. The lab only saw returning customers, and first orders are exactly what the spring campaign brings in.",
      "So the order matters. Staff first, on real orders. Then returning customers who already have saved addresses and cards, since that's who the design was built for. Then, still well before the campaign, a deliberate slice of first-time buyers. Most first-time buyers stay on the old checkout until that slice looks fine.",
      "I'd agree the lines before launch: checkout errors above 0.5 %, p99 page load more than 400 ms slower than the old checkout, and, most important, first-order conversion down more than 3 % compared with first-time buyers still on the three-step flow. Cross any of them and we go back to the old checkout.",
      "Stages would be 5 %, 20 %, 50 %, 100 %, each held for three days, and we don't widen until the numbers for that stage are in and inside the lines. The 20 % stage has to finish at least a week before the campaign starts, or we delay the campaign page rather than skip a stage.",
    ].join('\n\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'ai009',
    scenario: 'service',
    class: 'middling',
    points: points('P S R A'),
    text: [
      "Quick version of how I'd run this one:",
      "- Roles. Engineering owns the deploy and the traffic split on the image service. I own the release decisions: when we widen it, whether we pause, and what we tell the sellers' team if something goes wrong.\n- Approvals. Nobody widens the rollout on their own. Before each increase, the image-service tech lead and I both approve it in the release thread, with the dashboard screenshot attached.\n- Rollback. Any on-call engineer can send traffic back to the old resizer at the load balancer, day or night, without checking with me first. It's a routing change, a couple of minutes, no deploy. Since the service only restarts on deploys, I'd also want them to roll back first and investigate afterwards if it looks like it's degrading over time.\n- What the canary proves. The benchmark says 20 % faster, and people will want to read that off the canary. I won't. The canary tells us the new resizer doesn't break listing pages. If we want to say it makes pages faster for buyers, or sells more, that's a randomised A/B test afterwards.",
      "Thursday is the team's wish, not a commitment. It ships when it's ready.",
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ai010',
    scenario: 'model',
    class: 'middling',
    points: points('T M'),
    text: [
      "The thing I'd insist on is writing the stop lines down before any customer gets the bigger model, with numbers, so nobody argues about them once it's live.",
      "For a model swap, errors and latency aren't enough. My list, each compared with conversations still on the current model: hallucination rate on the eval harness's payroll question set above 2 %; thumbs-down on answers more than 2 points above today's rate; p95 response time more than 1 second slower, since longer context tends to mean slower answers; cost per conversation above 8 cents, because finance is already asking; and errors above 0.5 %. If any of those is crossed, we stop and go back.",
      "After that it's fairly standard. We'd put it in front of some of our users, keep an eye on those numbers, and take it further if it looks fine.",
    ].join('\n\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'ai011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "For the search index I'd do a soft launch. Engineering has done this kind of migration before, so they'd set it up and we'd move traffic over gradually. The new layout is smaller and cheaper to host, which is a clear win for the business, and the median got faster in testing, so I'm fairly confident it's an improvement overall.",
      "We'd monitor the dashboards while it rolls out. If search starts feeling slow or users complain on the support forum, we'd look into it and roll it back if needed. Otherwise we keep going until everyone is on the new index. I'd also keep the institutional customers informed in case they notice anything.",
    ].join('\n\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ai012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "I think the main thing is to be careful. Vets rely on these summaries, so we shouldn't rush it. I'd ask the ML team whether they're happy with the new model, since they know how it was tested and they're the experts on quality. If they say it's ready, I'd release it to a small number of clinics first and then expand once it seems fine.",
      "Because the new model is cheaper and faster, the upside is big and the risk is fairly low. Summaries are a convenience, not the medical record. If something goes wrong, we can always switch back to the old model, and I'd keep the support team in the loop so they can handle any calls.",
    ].join('\n\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'ai013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, pricing page, comparison table. 1 % 5 % 25 % 50 % 100 %. Internal beta low-risk, enterprise last, cohort order. Thresholds: error rate 0.5 %, p99 200 ms, conversion baseline minus 2 %, pre-committed, baseline cohort. Holds 24 h, time-based gate, metric-based gate, low-risk surface change. Sign-off PM eng lead each gate. Rollback on-call 24/7, feature flag, config switch, under five minutes, not redeploy. PM owns segments, thresholds, holds; engineering owns routing. Canary vs A/B, safe vs better, randomised. Friday campaign, marketing, traffic spike, checkout unchanged, backend unchanged. Subscription, monthly, video editor. Dashboards, alerts, SLO, error budget, blast radius, exposure, ramp, gate, hold, sign-off, rollback, baseline, cohort, 0.5, 200, 2, 24, 5.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ai014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'System prompt warmer casual, German formal Sie du, English team review. Canary 1 % 5 % 25 % 100 %, internal staff, beta opt-in, German last. Eval harness hallucination 2 %, thumbs-down rate +1.5 points, p95 300 ms, tokens per draft +15 %, cost per query. Thresholds pre-committed numbers, per language, baseline. Holds three days, gates, sign-off PM tech lead localisation lead. Rollback on-call, prompt flag, config, under one minute, any hour. PM owns, engineering owns routing. A/B randomised, canary safe not better. Quarter of users German. Email client, writing assistant, tone, formality, acceptance rate, drafts sent. Ramp hold gate guard metric signal noise volume. 0.25, 1.5, 300, 15, 3, 2, 1.',
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'ai015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, I wouldn't overthink this one. Nothing in the service changes, it's a date picker and a shorter form, and the design reviews were glowing.",
      "So I would not start with staff or a beta group and work outward. Our employees don't book holiday homes on our site anyway, and picking which guests go first feels like ceremony for a front-end change. I also wouldn't sit at 5 % or 25 % holding for a day each. Bookings here come in hours after someone searches, so a hold would just be waiting for numbers that show up later anyway.",
      "I'm not going to write rollback thresholds down in advance either. I don't think anyone can say today that a 2 % drop in bookings should trigger anything, when there's no baseline for a change like this. And I don't see the need for sign-off at each step, or for an on-call rollback plan with a five-minute target, for a form.",
      "An A/B test afterwards? I wouldn't bother; the reviews already told us it's better.",
      'We go to 100 % this afternoon like the team wants.',
    ].join('\n\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ai016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'd push back on the heavy process people usually attach to model launches. I wouldn't start with employees, because our staff in Berlin don't shop like customers in Singapore, and I wouldn't bother with an opt-in beta group for a home-screen widget either.",
      "I don't want pre-set rollback numbers. Deciding in advance that add-to-basket down 3 % means rollback is guesswork; I'd rather not commit to any figure before seeing how the model behaves. I'm also not going to set up an eval harness or track compute cost per request during the rollout, and I wouldn't look at p95 or \"not interested\" taps. That's research, not release work.",
      "Holding each stage through a Singapore lunch peak isn't something I'd do. Nobody on the team is awake at 05:00 Berlin time, and I wouldn't create an early on-call shift just for that, or give on-call the authority to switch the model off without the team discussing it first. I wouldn't ask for sign-off at each stage.",
      "And I would not run a separate A/B test after the canary. That's a second project we don't need.",
    ].join('\n\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'ai017',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "The nice thing about a canary here is that it doubles as our experiment. The customers who get reviews above the fold are the test group, everyone else is the control, and if the canary group converts better, that proves the change works and we can take it to everyone with confidence. Leadership wants it out this week, and I'd like to arrive with a number showing it lifted purchases.",
      "Who goes first is deliberate. Our own staff first, to catch anything visibly broken on the product page. Then members of our outdoor club newsletter who opted into previews. Then regular returning customers. New visitors go last, because they're the ones judging us on a first impression and the ones we least want to disappoint.",
      'Each time we widen the group, the e-commerce lead and I both approve it. No one widens it alone.',
      "If something does break, say the gallery doesn't load on some phones, the on-call developer turns the feature flag off. It takes a couple of minutes, they can do it at any hour, and they don't wait for me to agree.",
      'Once the canary group shows the lift, we go to 100 % and report the uplift to leadership as the result of the change.',
    ].join('\n\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'ai018',
    scenario: 'model',
    class: 'misconception',
    points: points('P H R'),
    text: [
      "The split is simple. The ML platform team runs the model switch and the routing. I decide who's exposed, how fast we go and what we watch, because the customer impact is mine.",
      "To be honest, for a model swap like this the only things that can really break in production are errors and latency. The quality question has already been answered: offline evals went up three points. So I wouldn't load the canary with hallucination scoring, thumbs-down dashboards or cost tracking. Finance can read the cost per conversation off next month's invoice. During the rollout we watch the error rate and the response time, and that's it.",
      'The ramp is 1 %, 10 %, 50 %, then 100 %. Each stage runs for a full day, including a morning peak, and we only move to the next stage after a clean day on errors and response time. If we see anything odd, we stay where we are for another day.',
      'If errors spike, the on-call engineer switches the route back to the old model in the config. It takes a couple of minutes, and they can do it at any hour without waiting for a meeting or for me.',
    ].join('\n\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'ai019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "I'd start by asking what problem the bigger photos and the size guide are solving. My guess is returns: in fashion, most returns are about fit, and every one costs us postage and handling. So before anything else I'd pull last quarter's return reasons by category and see whether \"wrong size\" dominates the categories we're adding the guide to.",
      "Then I'd make sure the size guide is actually good. That means measurements per brand rather than one generic chart, a \"fits small / fits large\" note drawn from customer reviews, and photos that show the model's height and the size they're wearing. I'd run five or six quick usability sessions with customers who've returned something for fit recently.",
      "Success for me would be fewer fit-related returns over the next two or three months, and ideally more people adding a single size to the basket instead of two sizes of the same item. I'd share those numbers with the buying team, who can push brands for better size data.",
    ].join('\n\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ai020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'The real issue is that the prompt was written by English speakers for English. German users expect "Sie" in most business email, and a casual "du" to a client or landlord can come across as rude. So I\'d fix the prompt before worrying about anything else.',
      'Concretely, I\'d ask two native German speakers on our team, ideally one from Austria or Switzerland too, to rewrite the German instructions. The prompt should tell the model to mirror the formality of the email it\'s replying to: if the incoming message uses "Sie", so does the draft. Warmth in German comes more from phrasing, like "Vielen Dank für Ihre schnelle Rückmeldung", than from first names and exclamation marks.',
      "I'd also write a short tone guide for each language we support, so the next prompt change doesn't start from an English draft, and put the localisation team in the review loop for any prompt change by default. Longer term, French and Spanish would need the same treatment before we launch there.",
    ].join('\n\n'),
  },
];
