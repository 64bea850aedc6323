import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-third fresh set, author b: middling (am028–am030), weak (am031–am032), salad
 * (am033–am034), negated (am035–am036), misconception-led (am037–am038) and off-topic
 * (am039–am040) answers, written blind and labelled by hand before anything was graded.
 * Scenario ids are noted per entry; see LABEL-NOTES-b.md.
 */
export const THIRTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order — middling: cohort order, holds, rollback.
  {
    id: 'am028',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text:
      "I'd put the one-page checkout in front of returning customers first, since they're the ones who liked it in the lab and they've got saved addresses and cards, so the autofill actually has something to fill in. First-time buyers I'd keep on the old three-step checkout until the very end, because they're the group we have zero evidence on and the spring campaign is going to bring loads of them. " +
      "Ramp 5 %, 20 %, 50 %, 100 %, holding a couple of days at each, and we don't go up a step until the numbers have been steady for the whole hold. " +
      "If conversion drops, the on-call can switch everyone back to the three-step checkout with the feature flag straight away, any hour, without waiting for me. It's a flag, so that's a minute or two. " +
      "Ideally it's fully out before the campaign starts.",
  },
  // support-model-upgrade — middling: thresholds, sign-off, model metrics.
  {
    id: 'am029',
    scenario: 'model',
    class: 'middling',
    points: points('T S M'),
    text: [
      'What I would watch, with the limits set before launch:',
      '- wrong answers on payslip and leave questions, from the eval harness: roll back if more than 2 pts worse than the current model',
      '- thumbs-down rate: roll back if up 20 % relative',
      '- p95 response time: roll back if more than 500 ms slower',
      "- cost per conversation: no more than 30 % above today. That's Finance's question, so it's a stop condition too, not just a report",
      '',
      'The eng lead and I both sign off before the traffic share goes up each time.',
      '',
      "Since the prompt didn't change, I'd just start with a random 10 % of conversations and go from there.",
    ].join('\n'),
  },
  // search-tail-latency — middling: PM owns, thresholds, canary vs A/B.
  {
    id: 'am030',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text:
      "OK, so the way I see it, engineering owns the index build and how traffic gets split, that's their world. What's mine is deciding what counts as failure before we start, and making sure nobody treats this as a win for users. " +
      "So, limits. p99 query latency no more than 200 ms worse than the old index, and separately for queries with three or more filters, p99 no more than 400 ms worse, because that's exactly what the benchmark left out. Error rate no more than 0.3 points up. Searches per session down more than 3 % and we stop. We fix those with the search team before the first query goes across. " +
      "And even if it passes, I'm not going to tell anyone the new layout gives better results. All the canary shows is that it doesn't break. Whether relevance is better is an A/B test. " +
      'Beyond that, you know, we roll it out gradually and keep an eye on things.',
  },
  // image-resizer-memory-leak — weak.
  {
    id: 'am031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "The benchmarks say the new resizer is 20 % faster, so I'm fairly comfortable with this one. I'd release it to some sellers first, keep an eye on the dashboards, and if anything looks wrong we can roll back. " +
      "Thursday is tight but doable if engineering is confident. I'd also make sure support knows it's happening, so they can answer sellers who ask about the new photo format, and I'd put a note in the seller newsletter so people know they can start uploading it.",
  },
  // quiet-feedback-trap — weak.
  {
    id: 'am032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      'The new model is cheaper and faster, so this is mostly a win for the clinics and for us. I would turn it on for a small group of clinics, look at the ratings the vets give the summaries, and if the ratings look fine, turn it on for everyone. ' +
      'Because not many vets rate summaries we might have to wait a bit longer than usual before deciding. If something goes wrong, engineering can switch it back. I would also tell the clinics about the change.',
  },
  // pricing-page-healthy — salad.
  {
    id: 'am033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Pricing page canary, comparison table. 1 % 5 % 25 % 100 %. Error rate 0.5 %, p99 200 ms, conversion −2 %, baseline cohort, control. ' +
      'Internal, beta, early access, enterprise, new subscribers. Hold 24 h, gate, sign-off, PM, eng lead, SRE, on-call 24/7. ' +
      'Rollback, config flip, five minutes, routing. A/B test, randomised, significance, lift. Friday campaign, landing traffic, monthly subscription, checkout unchanged. ' +
      'Dashboards, thresholds pre-committed, rollback triggers, segments, ramp, holds, ownership, metric-based vs time-based gates. Annual plan upsell, trial-to-paid 3 %, churn, p95, cohort, 48 h, safety first, baseline week.',
  },
  // lunch-peak-recommendations — salad.
  {
    id: 'am034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Recommendation model v2 — regional feature stores, Singapore lunch, Berlin 6 a.m., capacity, sizing.',
      'p95, p99, 150 ms, 80 ms, errors 0.5 pt, fallback 2 %, compute per request 25 %, token cost.',
      'Eval harness, hallucination, thumbs-down, add-to-basket, engagement, lift.',
      'Canary, A/B, randomised, safety, cohort order, SEA, EU, staff, beta, enterprise.',
      'Pre-agreed thresholds, 24 h holds, 1/5/20/50/100, gates, sign-off, PM + eng lead + APAC ops.',
      'Rollback, on-call, under 5 min, config route, time zones. Ownership PM vs engineering.',
      'Basket size, cold start, feature freshness, 12 features vs 30, weekly seasonality, statistical power.',
    ].join('\n'),
  },
  // staff-cohort-artifact — negated.
  {
    id: 'am035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "I wouldn't overthink this one. I don't think the PM needs to own anything in a release like this; it's a front-end change and engineering can run it end to end. " +
      "I wouldn't bother planning an order of cohorts either. Staff get it first anyway because they're on the site all day, and after that a random slice is as good as anything. " +
      "I'm not going to write down rollback thresholds in advance for bigger photos, and I don't see the point of holding at each stage or getting someone to sign off each step. That just slows the team down. " +
      "We also don't need an on-call person able to roll it back at night. If something's off, we fix it in the next deploy. And I'd skip the A/B test afterwards as well.",
  },
  // prompt-locale-thumbs-down — negated.
  {
    id: 'am036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'honestly for a prompt tweak most of the canary ritual is overkill imo',
      '- not setting up an eval harness for tone, and not splitting thumbs-down by language, blended is fine',
      "- not fixing rollback numbers up front either, we'd never agree on numbers for something as fuzzy as 'warmth'",
      "- not doing 1/5/25/50 with holds, and I don't want the eng lead and me signing off every step",
      "- German users don't need to go last, nobody needs to go first",
      "- no need for an on-call rollback plan, it's text in a prompt",
      '- and no A/B test after, we ship it and read the reviews',
    ].join('\n'),
  },
  // after-the-sale-healthy — misconception-led (canary as the experiment; limits set while watching),
  // committing to PM owns, cohort order and rollback.
  {
    id: 'am037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text:
      'As PM I own who sees it and when we go further; engineering runs the flag and the deploy. Staff first, then our early-access list, then everyone else, with our trade and club customers last because they spend the most. ' +
      "Rollback is the on-call's call at any hour: they switch the flag off and we're back on the old page within a couple of minutes, no need to wake me. " +
      "The main point of the canary, though, is that it's our experiment. We compare purchases on the new page against last week's numbers, and if the canary group converts better, we've proved that reviews above the fold work and we can go to 100 %. " +
      "I wouldn't fix numbers in advance. We'll see what normal looks like once the data is in and decide then.",
  },
  // support-model-upgrade — misconception-led (only errors and latency for a model; most valuable
  // customers first), committing to thresholds, holds and sign-off.
  {
    id: 'am038',
    scenario: 'model',
    class: 'misconception',
    points: points('T H S'),
    text:
      'Before launch the eng lead and I agree the rollback numbers: error rate more than 0.5 points above the old model, or p99 response time more than 300 ms slower. ' +
      "For a model swap those two are really all you need. If it's answering, and answering fast, it's working; the quality side was already proven when the offline evals went up three points. " +
      'Stages are 5 %, 25 %, 50 %, 100 %, holding two days at each and only going on if both numbers stay inside the limits, and the eng lead and I both sign off every step. ' +
      "I'd put our biggest enterprise customers in the first cohort, because their feedback matters most and they'll appreciate getting the better model before anyone else.",
  },
  // booking-purchases-lag — off-topic (designs the date picker instead).
  {
    id: 'am039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "The date picker is the part I'd look at hardest. Guests compare a few homes and often come back after talking it over, so the picker should remember their dates across visits and show the price for the whole stay rather than per night. " +
      "A shorter form is good, but I'd keep the number of guests and the pets question near the top, because hosts care about both. " +
      "I'd run a couple of usability sessions with families, who book the longest stays, and ask design to check the picker on small phones. Then I'd write up the requirements for the new client-side store with the engineering team.",
  },
  // quiet-feedback-trap — off-topic (how to get more ratings).
  {
    id: 'am040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      'What I would really want to fix is why so few vets rate summaries. I would move the rating prompt from the bottom of the summary to the moment the vet signs off the note, make it one tap, and send each clinic a short monthly email showing what their feedback changed. ' +
      'I would also sit down with ten clinics and ask what a good summary means to them: some want bullet points, some want a paragraph they can paste straight into the record, and the practice managers care about billing codes. ' +
      'That research would shape our roadmap for the next two quarters.',
  },
];
