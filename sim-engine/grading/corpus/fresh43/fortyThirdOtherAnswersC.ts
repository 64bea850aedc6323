import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-third fresh set, author c: middling (aw048–aw050), weak (aw051–aw052), salad (aw053–aw054),
 * negated (aw055–aw056), misconception-led (aw057–aw058) and off-topic (aw059–aw060) answers,
 * written blind, labelled by hand.
 */
export const FORTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: a PM who hedges a lot (probably, I think, likely) while still committing
  {
    id: 'aw048',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "I think I'd start by being clear that the rollout decisions are mine: probably who sees the new checkout first and how long we stay at each step, while the engineering team owns the feature flag and the deploy.",
      '',
      "Order-wise, I'd likely go staff first, then the returning customers who've opted into previews, and probably first-time buyers last, since the brief says they're the group this might lose and they'll be most of the spring campaign traffic.",
      '',
      "I'd probably ramp 5 %, 20 %, 50 %, 100 %, and I think I'd hold two days at each stage, moving on only once checkout completion at that stage is in line with the old checkout. I honestly haven't worked out the exact numbers that would make us stop; I'd want to sit down with our analyst on that before we start. If it looked bad we'd probably turn it off.",
    ].join('\n'),
  },
  // support-model-upgrade: a mix of prose and a short code block of config values
  {
    id: 'aw049',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "For the bigger model I'd put the guardrails into the rollout config before we send it any traffic:",
      '',
      '```json',
      '{',
      '  "stages_pct": [5, 25, 50, 100],',
      '  "hold_hours_per_stage": 24,',
      '  "advance_only_if_all_green": true,',
      '  "rollback_if": {',
      '    "error_rate_above_control_pct": 0.5,',
      '    "p95_latency_above_control_ms": 800,',
      '    "eval_hallucination_rate_pct": 2.5,',
      '    "thumbs_down_above_control_pts": 3,',
      '    "cost_per_conversation_usd": 0.12',
      '  }',
      '}',
      '```',
      '',
      'Every stage holds for a day and moves up only when nothing in that list has tripped. The cost line is there for Finance: they asked what a conversation will cost, and this is the number we commit to. The hallucination rate comes from running a sample of live conversations through our eval harness every hour.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a retrospective-style 'what we will do differently this time' list
  {
    id: 'aw050',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      "Things we'll change from the last SDK swap, which went badly:",
      '',
      "- Instead of a random slice of all orders, the new SDK goes to staff phones first, then customers on our beta app channel, then one mid-sized city, with the big cities' Friday dinner traffic last, because that's where a failed payment costs us the most.",
      "- Instead of arguing about what counts as bad once it's live, we agree before a single payment goes through the new SDK: payment failures more than 0.3 % above the old SDK on either platform, checked separately for Android and iOS and over five-minute windows so bursts aren't averaged away, or checkout completion more than 1.5 % below control.",
      '- Instead of needing an app release to undo it, the SDK sits behind a remote flag. The on-call engineer may switch it off at any hour on their own call, and it takes effect on devices within five minutes.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: headings as questions
  {
    id: 'aw051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      '## What are we changing?',
      'A warmer, friendlier prompt for the email assistant.',
      '',
      '## How would we release it?',
      'Slowly, to some users first, then to more people once we feel comfortable.',
      '',
      '## What would we watch?',
      'The usual metrics, and what users say about it. The German side might need a look too.',
      '',
      '## What if something goes wrong?',
      "We'd deal with it and go back if we need to.",
      '',
      '## When is it done?',
      'When everyone has it and nobody is complaining.',
    ].join('\n'),
  },
  // staff-cohort-artifact: spoken transcript with fillers (invented voice)
  {
    id: 'aw052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Um, so yeah, for the bigger photos and the size guide I'd, I'd basically roll it out gradually, like, you know, start small and keep an eye on things. The team's done this before, so I'd mostly trust them on the details. We'd look at the dashboards and, uh, if it looks fine we keep going, and if it doesn't we'd pull it back. I think the main thing really is communication, just making sure everyone's in the loop and nobody's surprised.",
    ].join('\n'),
  },
  // search-tail-latency: a very long single sentence joined with semicolons
  {
    id: 'aw053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release for the new index layout; PM ownership versus engineering ownership; routing; internal cohort, beta cohort, free tier, institutional licences; segment strategy; 0.5 %; 200 ms; p99 and tail latency; rare filtered queries; thresholds and baselines; 1 %, 5 %, 25 %, 50 %, 100 %; holds and gates; metric-based gating; sign-off; on-call; rollback in under five minutes; routing flip versus redeploy; safety versus improvement; randomised A/B test; hosting cost; dashboards; alignment.',
    ].join('\n'),
  },
  // quiet-feedback-trap: slide-deck outline (invented voice)
  {
    id: 'aw054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary strategy: veterinary summariser (draft slide)',
      '',
      'Themes: ownership, cohorts, thresholds, holds, gates, sign-off, rollback, canary vs A/B',
      'Model signals: eval harness, hallucination, thumbs-down, p95, cost per summary, tokens',
      'Numbers: 0.5 %, 5 %, 20 %, 1 in 200, 300 ms, 72 h, 2 min',
      'Stakeholders: PM, engineering, ML lead, on-call, clinics, vets',
      'Open questions: order? limits? owners? timing?',
      'Next steps: TBD',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM who hedges a lot (probably, I think, likely) while still committing
  {
    id: 'aw055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I probably wouldn't bother writing down rollback numbers in advance; I think every model behaves a bit differently, so fixed thresholds would likely just get in the way. I also don't think we need a careful order of who goes first. Staged holds? I'd likely skip those, since sitting at 5 % for days mostly slows the team down, and I probably wouldn't ask anyone to sign off each step either. I don't think we need to spell out who's allowed to roll back, or how fast. Eval scores, thumbs-down rates, p95 and compute cost per request probably wouldn't tell us much, so I wouldn't set them up. And I wouldn't bother with an A/B test afterwards; I think that's overkill for a recommendations tweak. So, probably, we'd just ship it to both regions and see.",
    ].join('\n'),
  },
  // after-the-sale-healthy: New Zealand English register, written
  {
    id: 'aw056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, for a cosmetic tweak like moving reviews above the fold, I wouldn't muck about with a staged canary, eh. I'm not going to sit down and write rollback thresholds beforehand, and I won't pick out a special group to go first, whether that's staff, beta users or anyone else. No ramp, no holds at 5 % or 25 %, and no one signing off each step; that's a lot of faffing about for a page layout. I reckon we don't need an on-call rollback path for it either. And I'm not keen on an A/B test afterwards. Leadership wants it out this week, so we'd push it to everyone and crack on. Sweet as.",
    ].join('\n'),
  },
  // booking-purchases-lag: PM at a travel-booking company under a holiday-season freeze
  {
    id: 'aw057',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      "We're close to the holiday-season freeze, and I've learned the hard way that a rollback in peak season can hurt as much as a bug, so I run these tightly myself.",
      '',
      'Order: staff first, then our insider panel, then short-break domestic bookings, and long-haul family trips last, since those are the biggest bookings and the hardest to win back.',
      '',
      'Limits, agreed before launch: booking-API errors more than 0.4 % above control, p99 page load more than 300 ms worse, bookings per search session down more than 3 % against control over 24 hours.',
      '',
      'Stages: 5 %, 20 %, 50 %, 100 %, each held for a full day including an evening peak, and each advance signed off by me and the booking tech lead.',
      '',
      "The important part: nobody rolls back but me. If a limit trips, on-call pages me and waits. I look at the numbers, talk to the commercial team about what's already booked, and make the call, even at night. In freeze season one person has to own that decision, and an engineer flipping the flag at 2 a.m. without the commercial picture is how we end up writing an incident report.",
    ].join('\n'),
  },
  // support-model-upgrade: a retrospective-style 'what we will do differently this time' list
  {
    id: 'aw058',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H R'),
    text: [
      "After the last assistant upgrade, here's what changes:",
      '',
      '- Previously the ML team decided everything. Now I own the order, the limits and the holds; they own the model routing and the deploy.',
      '- Previously it went to a random 10 %. Now our internal HR team goes first, then opted-in customers, then small accounts, with big employers last because a wrong payroll answer hurts them most.',
      '- Previously we argued about limits mid-rollout. Now, before traffic moves: errors more than 0.5 % above the old model, or p99 latency more than one second worse, and we roll back.',
      '- Previously we tracked a dozen model dashboards (eval scores, thumbs-down, token costs) and drowned in them. Now we keep it simple: a model is just another service, so errors and latency tell us everything we need. If those two hold, the answers are fine, and the cost question from Finance can wait for the monthly bill.',
      "- Previously we jumped from 10 % straight to 100 %. Now it's 5 %, 25 %, 50 %, 100 %, with a 24-hour hold at each, advancing only when both limits are green.",
      '- Previously on-call waited for approval. Now on-call rolls back on their own, at any hour, with the routing flag, in under three minutes.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: New Zealand English register, written
  {
    id: 'aw059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Kia ora. Before anything else, I reckon the real problem on the image service is that we're short-handed, so here's the hiring plan I'd put up.",
      '',
      "We need two backend engineers with image-processing experience and one site reliability engineer. I'd advertise on Seek and through the Wellington and Auckland tech meetups, and ask the team for referrals, since our last two good hires came that way.",
      '',
      "The process would be a 30-minute phone chat, a paid take-home exercise capped at three hours, then a panel with two engineers and me. Offers within three weeks of applying; good people don't wait around.",
      '',
      "Each new starter gets an onboarding buddy for their first month and a written 30-60-90 plan. I'd also want the pay bands reviewed with HR before we advertise, so we're not losing people at the offer stage. Sweet as.",
    ].join('\n'),
  },
  // quiet-feedback-trap: headings as questions
  {
    id: 'aw060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      '## Who is this for?',
      'Small veterinary clinics with one to five vets who write up visit notes at the end of a long day.',
      '',
      '## What do we say?',
      '"Your notes, summarised before the next patient walks in." Lead with time saved, not with the model.',
      '',
      '## Where do we launch?',
      'At the regional veterinary conference in the spring: a booth, a live demo on real (anonymised) notes, and a webinar series for practice managers in the weeks after.',
      '',
      '## What does it cost?',
      'A per-vet monthly price with a 30-day free trial, and a discount for clinics that sign up at the conference.',
      '',
      '## How do we know it worked?',
      'Trial sign-ups, trial-to-paid conversion, and how many clinics are still active after three months.',
    ].join('\n'),
  },
];
