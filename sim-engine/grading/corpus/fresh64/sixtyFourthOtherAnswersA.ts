import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-fourth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (br008–br020), written blind and labelled by hand. */
export const SIXTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order (service) · concert-ticket resale PM in writing; gig stages; sleeps
  {
    id: 'br008',
    scenario: 'service',
    class: 'middling',
    points: points('P C H'),
    text: [
      "I'd split it the way we do at the ticket resale company I work for. I decide the order and how long we wait at each step; the engineers handle the flag and the routing, that's theirs.",
      "We'd start with our own staff buying from the shop, then the customers who joined our early-access list, then returning customers with small baskets. First-time buyers go last, because they're the ones a new checkout is most likely to lose, and they're the whole point of the spring campaign.",
      "Each of those is a stage: soundcheck, support act, headliner and encore, if you'll let me keep my gig names. We sit at each one for three sleeps before moving on, and the first-time buyers get a full week.",
      "We'd be watching conversion and errors the whole time, and I'd expect engineering to tell me if anything looks off, and we'd pull it if so.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · Scouse speech; "more than N in every hundred"; admin-panel flag
  {
    id: 'br009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Honestly, la, I'd just put it on a slice of traffic, say ten per cent, whoever lands on it.",
      "Before we switch it on, though, we write the stop numbers down: errors on more than 1 in every hundred conversations above the old model, more than 2 in every hundred answers flagged wrong by the eval harness over what the old model gets, p95 more than a second slower, thumbs-down on more than 3 in every hundred replies above the old model, or the cost per conversation up more than 40 per cent, 'cause finance are already asking.",
      "Any of them trips, the on-call engineer flips the flag back in the admin panel. Minutes, any hour, doesn't need to ask me or anyone.",
      "Then if it's all quiet for a bit we'd open it up to everyone.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · plain written; percentage stages; sleeps without restarts; go-ahead from Dev at stand-up
  {
    id: 'br010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "Thursday's too soon, for a start. The new resizer is only restarted on deploys, so anything that builds up over a day won't show in an hour.",
      'Stages: 5 % of image traffic, then 25 %, then 50 %, then everything. Each one holds for at least two sleeps without a restart, so whatever creeps up over a day has had time to creep.',
      "We don't move to the next stage until Dev, the lead on the image team, gives the go-ahead at the morning stand-up, having looked at the memory and latency graphs for the full two days.",
      "And to be clear with the team: this tells us it doesn't break anything. The 20 % faster from the benchmark is a separate claim. If we want to say listings load faster and sell more, that's a randomised A/B test after it's fully out.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · concert-ticket resale PM, plain written, reassuring
  {
    id: 'br011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "It's a cheaper model, so it's worth being careful. I'd give it to a small group of clinics first, keep an eye on what the vets say, and make sure the summaries still read well.",
      "If they're happy we'd keep going until everyone has it, and if something looks wrong we can always switch back.",
      'In my job selling resale tickets we do a lot of gradual releases like this, and they usually go fine as long as people are paying attention.',
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Scouse speech, brief and breezy
  {
    id: 'br012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Ah, it's only a pricing page, la, nothing in the back end's changing.",
      "I'd get it out to some people first, have a look how it's going, and if it's sound by Friday, let the campaign go at it. If it's causing bother we'd take it down.",
      "Dead simple, to be honest. I wouldn't overthink this one.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · keyword salad in fragments; gig stages, sleeps, go-ahead and per-hundred terms without sentences
  {
    id: 'br013',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Soundcheck, support act, headliner, encore.',
      'Thumbs-down, hallucination rate, eval harness, p95, tokens per reply.',
      'More than 2 in every hundred. More than 1 in every hundred. 300 ms.',
      'German, Sie, du, formal, warm, casual.',
      'Go-ahead, morning stand-up, two sleeps, three sleeps.',
      'Flag, admin panel, rollback, on-call, any hour.',
      'Staff, beta, opt-in, price band, encore last.',
      'A/B, randomised, safe versus better.',
      'PM owns, engineering owns. Baseline, control, 1 %, 5 %, 25 %, 100 %.',
    ].join('\n'),
  },
  // search-tail-latency (service) · arrow-chained terms on one line, no clauses
  {
    id: 'br014',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'p99 → p50 → tail latency → many filters → 200 ms → rollback → flag → admin panel → free tier → institutional licences → staff → beta → soundcheck → headliner → encore → 0.5 % errors → go-ahead → morning stand-up → 2 sleeps → canary ≠ A/B → randomised → PM ownership → cohort order → holds → sign-off → thresholds → baseline → control → searches per session −2 %',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Scouse speech, dismissive; every practice refused
  {
    id: 'br015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest, I wouldn't do any of the textbook stuff here.",
      "I'm not putting staff first; they never buy, so what's the point. I won't bother with an opt-in group either, or saving the big spenders for last; price bands and all that are overkill for a size guide.",
      "I'm not writing rollback numbers down in advance, none of your more-than-one-in-every-hundred rules. No stages, no sleeps between them, no go-ahead from anyone at stand-up.",
      "And I'm not having the on-call engineer flipping the flag back in the admin panel on their own. Nobody touches it.",
      "I wouldn't run an A/B test after, either. It's bigger photos. Ship it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · written "for the record" list of refusals, dashes
  {
    id: 'br016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'For the record, here is what I would not do, because none of it fits a recommendation tweak.',
      '- No ordering of cohorts: not staff first, not opted-in users next, not new customers last.',
      "- No pre-agreed limits: I won't commit to error rate, p95 or basket numbers before launch.",
      '- No tracking of eval-harness scores, user feedback or compute cost per request beyond what we already log.',
      '- No named stages and no holds; no one signs off an advance.',
      '- No rollback rota: the on-call engineer will not be flipping the flag back at five in the morning on their own say-so.',
      '- No distinction drawn between safe and better, and no randomised A/B test afterwards.',
      'The model goes to all regions together on Monday.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · concert-ticket resale PM in writing; gig stages; sleeps; go-ahead from Hannah at stand-up
  {
    id: 'br017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      "The way I see it, the canary is our A/B test. We put the bigger model in front of a slice of users, compare them against everyone still on the old one, and if the canary group resolves more questions, that's the proof it's better and we roll it out to everyone. The three-point offline gain either shows up there or it doesn't.",
      "Who goes first: our own HR team, then the customers on the early-access programme, then small companies, with the large enterprise payroll accounts last, because they're the ones who'd escalate a bad answer to their account manager.",
      'Stages follow my gig habit from ticket resale: soundcheck, support act, headliner, encore, two sleeps at each. At each step I want the go-ahead from Hannah, who leads the assistant team, at the morning stand-up.',
      'What we compare: hallucination rate from the eval harness, thumbs-down per conversation, p95 latency and cost per conversation, the last one for finance. However those land on the canary tells us whether the upgrade won.',
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Scouse speech; gig stages; sleeps; admin-panel flag
  {
    id: 'br018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "I don't believe in fixing numbers before you've seen the traffic, me. You can't know what normal looks like till it's running, so we'd open it up, watch the dashboard for the first day, and then decide where the lines go from what we see. If conversion looks low, we'll judge then whether it's low enough to worry about.",
      "Order's easy: staff first, then the people on our beta list, then regular customers, and new customers last, 'cause they've got no reason to forgive a wonky page.",
      'Stages: soundcheck for staff, support act for the beta lot, headliner for regulars, encore for the new ones. We sit at each for two sleeps before moving on.',
      "If anything goes properly wrong, the on-call engineer flips the flag back in the admin panel. Takes a minute, no redeploy, and they don't need to ring me or anyone, day or night.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Scouse speech; concert on-sale queue plan; sell-out night story
  {
    id: 'br019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Let me tell you how I'd handle a big on-sale, 'cause that's what I know best.",
      "For a stadium show we open a virtual waiting room an hour before the tickets drop, shuffle everyone who's in by the start time, and let people through a couple of thousand a minute so the seat map doesn't fall over. We cap it at four tickets per account, block known bot networks at the edge, and keep a few hundred seats back for the fan-club presale the day before. Support gets extra staff from eight till noon, and we post on social every fifteen minutes so nobody panics.",
      "The night it went wrong for us was when the queue page itself wasn't cached and got hammered before the sale even started. Now the queue page is static and served from the CDN. That's the bit I'd carry into any launch, this booking page included.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · numbered written process plan for localising the prompt
  {
    id: 'br020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "The real problem is that the prompt was only reviewed in English, so here's how I'd fix the writing process:",
      '1. Hire a German copywriter to write a separate German system prompt, using Sie by default.',
      "2. Write a style guide for both languages: greeting, sign-off, how casual we're allowed to be.",
      '3. Have native speakers in the Vienna and Zurich offices review twenty sample emails each, Swiss spellings included.',
      '4. Add a language detector so the right prompt is picked for each email.',
      '5. Hold a monthly tone review with the support team, who see the complaints first.',
      'Done well, the warmer tone can work in German too; it just needs its own words.',
    ].join('\n'),
  },
];
