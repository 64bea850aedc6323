import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-eighth fresh held-out set, author a: middling (bv008–bv010), weak (bv011–bv012), salad
 * (bv013–bv014), negated (bv015–bv016), misconception-led (bv017–bv018) and off-topic
 * (bv019–bv020) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SIXTY_EIGHTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load · Mancunian speech, stops and school-run holds; no numbers, no signer, no rollback
  {
    id: 'bv008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "Right, so tasks move to a managed cluster behind a new proxy, and the load tests ran on warm caches. That bothers me, so I'd go steady.",
      "Who does what: the infra team own the proxy, the routing and the cutover mechanics. That's theirs. What's mine is the order teams come across in and how long we sit at each stage before the next lot move.",
      "Order: our own workspaces first, because we'll notice a slow board before any customer does. Then teams who've opted into early access. Then small teams on the free plan, and the big paying teams last, because a slow task list on a Monday morning is how we lose them.",
      'Stages, bus-style. The first stop is our own workspaces, held for three full working days with the caches forced cold. The interchange is early access plus the small teams, held for a full fortnight of school runs so we see two Monday-morning rushes. The terminus is everyone, and we only go there once the interchange has sat through both Mondays.',
      "I'd want us keeping an eye on how the pages feel, and I'd be talking to the infra lads every day. The old cluster's switched off at the end of the month, so I'd push to keep it a bit longer, just in case.",
    ].join('\n'),
  },
  // support-model-upgrade · bus PM, limits as "climbs more than N above where it sits now", rush-hour holds; no cohorts, owner, signer or rollback
  {
    id: 'bv009',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "Before anything moves I'd write down what sends it back, and get it agreed. If the error rate climbs more than 0.5 % above where it sits now, if p95 latency climbs more than 250 ms above where it sits now, if the eval harness shows the hallucination rate on leave and payslip questions up by more than one point, if questions answered without a support ticket drop more than 2 % below where they sit now, or if cost per conversation climbs more than 25 % above where it sits now, we stop.",
      'Then three stops. The first stop is 5 % of conversations, held for twenty rush hours, which for an HR tool is ten working days of mornings and afternoons. The interchange is 25 %, same hold. The terminus is 100 %. We do not move on to the next stop until every one of those numbers has held for the whole stop.',
      "I'd also read the thumbs-down rate every morning next to the harness, because the offline evals were on short questions and ours aren't all short.",
      "That's the core of it. The rest I'd work out with the team nearer the time.",
    ].join('\n'),
  },
  // checkout-first-order · plain spoken PM, cohorts with reasons, on-call rollback, canary vs A/B; no stages, numbers or signer
  {
    id: 'bv010',
    scenario: 'service',
    class: 'middling',
    points: points('C R A'),
    text: [
      "For the one-page checkout, the thing I care about most is who sees it when. Staff first, because they buy from us anyway and they'll moan loudly if autofill picks the wrong card. Then the customers who've opted into early access. Then returning customers, who loved it in the lab. First-time buyers go last, after the spring campaign's first rush if we can manage it, because they've no saved address or card for autofill to fill, so they're the likeliest to get tripped up, and they're exactly who the campaign is paying to bring in.",
      "If anything goes wrong, the on-call engineer puts the old checkout back themselves, at any hour, without waiting for me or anyone to approve it. It's a flag flip back to the three-step checkout, a couple of minutes, not a redeploy.",
      "And I'd be honest with Growth: this rollout tells us the page doesn't break anything. Whether it's actually better for first orders is a question for a randomised A/B test once it's safely out.",
      "We'd widen it bit by bit and keep an eye on things as we go.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Mancunian speech, vague and trusting
  {
    id: 'bv011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly, the benchmarks say it's 20 % faster, which is dead good, so I'm not too worried about this one.",
      "I'd put it out gradually, keep an eye on how things are looking, and if sellers start mithering about their photos we'd have a look and sort it. The engineers know the image service far better than me, so I'd let them decide how quick to go, and I'd aim for everywhere by Thursday like the team wants.",
      "Proper monitoring is important, so we'd make sure that's in place. It's all about being careful, really.",
    ].join('\n'),
  },
  // quiet-feedback-trap · bus PM comparing to their own app, vague
  {
    id: 'bv012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "At my place, the bus app, we treat a model change like any other change: try it with a few people and see how it goes. For the vet summaries I'd do similar.",
      "Cheaper and faster is a win on paper, so I'd be keen, but I'd want to be sure the vets are happy with what they're getting. We'd look at the feedback as it comes in and at the quality generally, and if it seems off we'd have a think about what to do. I'd lean on the data team for what to measure.",
      "Keep it simple, communicate well, and don't rush it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword fragments with stop names, slashes and numbers, no clauses
  {
    id: 'bv013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary / recommendation model / regional feature stores.',
      'First stop / interchange / terminus. 1 % 5 % 25 % 100 %.',
      'Cohorts: depot, frequency, staff, early access, Singapore, Berlin, lunch peak.',
      'Thresholds: 0.5 % errors, p95 200 ms, 2 % baskets, compute cost, token cost, baseline, above where it sits now.',
      'Eval harness, hallucination rate, thumbs-down, user feedback, p95 latency.',
      'Holds, gates, rush hours, fortnight of school runs.',
      'Sign-off, release note, countersigning, Lena, Wei.',
      'Rollback, controller on shift, old timetable engine, config switch, minutes, any hour.',
      'A/B, randomised, safe versus better.',
      'PM owns, engineering owns, routing, flags.',
    ].join('\n'),
  },
  // booking-purchases-lag · Mancunian run-on of keywords and numbers, no committed sentence
  {
    id: 'bv014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'So yeah, booking page, date picker, client-side store, canary canary, cohort order staff early access low risk high value last, thresholds errors 0.5 p99 200 ms conversion 2 per cent baseline, holds 1 5 25 50 100, bookings lag hours, hours and hours, first stop interchange terminus, sign-off release note countersigned, on-call any hour config flip three minutes no redeploy, safe not better, randomised A/B, PM owns engineering owns, sound, sorted, ta-ra.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · every practice rejected, bus PM stop vocabulary
  {
    id: 'bv015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Honestly, I wouldn't make a big production of a prompt change.",
      "I'm not going to sit down and split out who owns what between me and engineering; that's not how we work. I wouldn't put staff first, or keep the German speakers back till last either.",
      "I'm not writing down any limits before it goes out: no error numbers, no latency numbers, no thumbs-down numbers.",
      "I wouldn't stage it through a first stop, an interchange and a terminus, and I wouldn't hold anywhere for a fortnight of school runs or any number of rush hours. Nobody's countersigning a release note.",
      "I'm not setting up the eval harness for this, or watching p95 latency, or counting token cost.",
      "I won't have the controller on shift standing by to swap the old prompt back in with a switch, and I'm not planning an A/B test afterwards either.",
      "It's words in a prompt. We'd not do any of that.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Mancunian speech, "what I won't be doing", every practice rejected
  {
    id: 'bv016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Larger photos and a size guide. I'll tell you what I won't be doing, 'cause I've watched teams overthink this.",
      "There'll be no ordering of cohorts: not staff first, not the opted-in lot next, not the big spenders last. I'm not fixing thresholds ahead of time, not on errors, not on page load, not on conversion against a baseline.",
      "There'll be no stops along the way, no first stop, no interchange, and no holding for a count of rush hours before moving on. Nobody signs a release note and nobody countersigns one.",
      "I'm not going to name a controller on shift to put the old version back in at 3 a.m., and I won't be arguing about whether that's a config flip or a redeploy.",
      "And I won't be pretending we need an A/B test after the canary to tell us if the page is better.",
      "None of it. It goes to everyone on Monday morning and that's that.",
    ].join('\n'),
  },
  // pricing-page-healthy · built on "the canary is our A/B test and proves the page is better"; bus PM stops
  {
    id: 'bv017',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H R'),
    text: [
      "The way I see it, the canary is our A/B test. Marketing's campaign lands on Friday, and the whole point of the canary is to prove the new comparison table is better: if the people on the new page subscribe more than the people on the old one, that's our proof, and we go to 100 % on the strength of it.",
      "Order: staff first, because they'll spot a wrong price in the table; then the customers who opted into early access; then visitors from organic search; and the campaign traffic last, since that's the money Marketing are paying for.",
      'Before anything moves we write the limits down: if page errors climb more than 0.5 % above where they sit now, if p99 load time climbs more than 300 ms above where it sits now, or if checkout starts drop more than 3 % below where they sit now, it comes back.',
      'Stops: the first stop is staff at 2 %, held for ten rush hours; the interchange is 20 % with early access and organic visitors, held for twenty rush hours; the terminus is 100 %. We only pull away from a stop once the numbers have held for the full time.',
      "If a limit trips, the controller on shift, our on-call engineer, puts the old page back in through the flag, at any hour, without asking me, and it's done in a couple of minutes with no redeploy.",
      "And when the interchange shows more subscriptions on the new page, that's the lift I'd take to Marketing. That's what the canary is for.",
    ].join('\n'),
  },
  // support-model-upgrade · built on limits set while watching the first stop; countersigned release note
  {
    id: 'bv018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S M'),
    text: [
      "My view is you can't pick rollback limits for a model before you've seen it in the wild, so I don't write any numbers down in advance. At the first stop I sit with the dashboards, eyeball how the new model behaves, and set the limits from what we see. If it looks worse than I'm comfortable with, we call it then.",
      'What I own is that judgement, plus the order and the holds. Engineering own the routing, the deploy and the flag.',
      "Order: our own HR and payroll staff first, since they'll know a wrong payslip answer when they see one; then opted-in beta customers; then general customers; payroll admins in pay week last, because a bad answer costs them most.",
      'Stops: the first stop at 5 %, the interchange at 25 %, the terminus at 100 %, each held for a full fortnight of school runs before we pull away.',
      "What I'd be watching the whole way: the eval harness hallucination rate on payslip and leave questions, thumbs-down on answers, p95 latency, and cost per conversation, since finance have asked.",
      'At each stop Aisha, the eng lead, signs the release note and I countersign it before anything moves.',
      "The numbers will tell me where the line is once I've seen them.",
    ].join('\n'),
  },
  // after-the-sale-healthy · bus PM, a win-back email campaign instead of a release plan
  {
    id: 'bv019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "What jumps out at me is last week's sale, so let me talk about what I'd actually do this week, which is a win-back campaign for the people who only came for the 20 % off.",
      "On my bus app we did the same after a free-travel weekend: we wrote to everyone who'd tried us that weekend and never came back. Here I'd pull the list of customers whose first order was in the sale, split them by how often they've bought since, and write two emails: a thank-you with a guide to picking boots for spring, and a week later a reminder about free returns. No discount, because we'd be training them to wait for the next sale.",
      "I'd want the copy signed off by the brand team, sends on Tuesday and Thursday evenings, and a simple report on opens, clicks and second orders after a fortnight. If second orders from sale customers beat last spring's, we keep the series going through summer.",
      'Is that the kind of thing you were after, or did you want the page itself?',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · bus PM, a German tone review and workshop instead of a release plan
  {
    id: 'bv020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "The real problem here is the German, so I'd fix that before anything ships.",
      "I'd get two native German writers from the Berlin office to go through the new prompt line by line and mark every place it nudges the assistant towards 'du' instead of 'Sie'. Then we'd write a separate German section of the prompt with its own tone rules: formal address by default, warmth through word choice rather than familiarity, no exclamation mark in the opening line.",
      "After that I'd run a short workshop with the English team on tone across languages, so the next rewrite isn't reviewed only in English, and I'd add a German reviewer to every prompt change for good. I'd also ask support for last quarter's German complaints, to see what already rubs people up the wrong way.",
      "We had the same on our bus app with the Polish and Urdu stop announcements: you can't just translate the cheerful English and hope.",
    ].join('\n'),
  },
];
