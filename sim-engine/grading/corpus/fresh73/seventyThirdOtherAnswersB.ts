import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-third fresh set, author b: middling, weak, salad, negated, misconception-led and
 * off-topic answers (ca028–ca040), written blind and labelled by hand before any grading
 * (LABEL-NOTES-b.md).
 */
export const SEVENTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // lunch-peak-recommendations (model) · Meeting notes with action items, light Pittsburgh register
  {
    id: 'ca028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Recs model rollout. Notes from Monday's huddle.",
      '- Went over the order. Berlin office staff get the new model first since they use the app at lunch anyway and will say if the baskets look off. Then the opted-in beta customers in both regions. Then general Europe. Singapore and the rest of South-East Asia last, because their lunch peak hits the regional feature stores hardest and those were sized for the old model.',
      '- Stages: staff, beta, Europe general, Asia. We sit at each one for three full lunch peaks in that region before moving on, and the Asia stage has to include three Singapore lunch hours, which means somebody watching at six in the morning Berlin time.',
      "- What we watch on the recs themselves: the offline eval replay score on yesterday's orders, add-to-cart rate from recommended baskets, p95 latency of the recommendation call, and compute per request. All four go on the dashboard from day one.",
      '',
      'Action items',
      "- Data team: get the replay score onto the dashboard, n'at.",
      '- Infra: feature-store headroom check for Singapore. Needs looked at before Asia.',
    ].join('\n'),
  },
  // checkout-first-order (service) · Pittsburgh register, conversational prose
  {
    id: 'ca029',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      "Honestly the first thing I'd sort out is who decides what. I own the go/no-go calls on this one: who sees the one-page checkout and when we stop. The engineers own the feature flag and the deploy, and I stay out of their code.",
      '',
      "We'd start small and open it up over a couple weeks before the spring campaign, keeping an eye on the checkout numbers as we go.",
      '',
      "If it goes sideways, the on-call engineer turns the flag off. That's a two-minute config change, any hour of the night, and they don't need to ask me or anybody first. I'd much rather they pull it and tell me after.",
      '',
      "One more thing I'd say to Growth: even if the canary looks great, it doesn't tell us the single page converts better. It tells us it didn't break anything. To claim better, we run a proper randomised A/B test after the rollout, with first-time buyers measured on their own, n'at.",
    ].join('\n'),
  },
  // search-tail-latency (service) · Meeting notes with action items; bridge stages; huddle sign-off
  {
    id: 'ca030',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Search index cutover. Thursday sync, notes.',
      "- Limits agreed before we move any traffic, written into the ticket: p99 query latency anything 300 ms worse than what we're running now, checked separately for queries with three or more filters; error rate anything 0.2 % worse; click-through to full text down more than 2 % against the baseline.",
      '- Stages named after the bridges, like we do: the Smithfield at 5 % of queries, the Fort Pitt at 25 %, the Clemente at 50 %, then all of it. Each one holds for two full shift rotations, two weekdays, so the rare filtered queries pile up enough to read the tail.',
      "- Before crossing each bridge, the search lead and I both say 'we're good' on the morning huddle.",
      '',
      'Action items',
      '- Search eng: add the filtered-query p99 panel. Needs done before the Smithfield.',
      '- Me: send the limits round to the team.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · Pittsburgh register, vague prose
  {
    id: 'ca031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Yinz know, with a bigger model you want to be careful. I'd roll it out a bit at a time and keep an eye on it, see how it goes. Finance is asking about cost, so we'd get them an answer at some point. If it looks bad we'd sort it out with engineering, they know the system better than me. The offline evals went up three points, so I'm fairly hopeful it'll be fine, n'at.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · Plain prose, slight Pittsburgh register
  {
    id: 'ca032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "It's twenty percent faster, which is great news. I'd put it out to some of the sellers first and see how it goes, then the rest by Thursday if nobody complains. The team knows this service inside out, so I'd lean on them for the details. We'd keep the old version around just in case something needs fixed.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Run-on comma salad with voice words
  {
    id: 'ca033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Right so canary, vet summaries, cheaper model, internal vets beta clinics new clinics last, eval harness one in two hundred, hallucination thumbs-down p95 cost per summary, thresholds 0.5 percent 300 milliseconds 2 percent baseline, Smithfield Fort Pitt Clemente, holds heats two shift rotations gates, sign-off melt-shop super huddle we're good, on-call tech flip old model minutes any hour no redeploy, safe not better randomised A/B, PM owns engineering owns routing flag, yinz n'at.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Slash-joined bullet salad
  {
    id: 'ca034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'booking page / date picker / client-side store / canary',
      '- cohorts: staff / opted-in / general / new guests / high-value',
      '- thresholds: errors 0.3 % / p99 250 ms / bookings -2 % / baseline / lag hours',
      '- bridges: Smithfield / Fort Pitt / Clemente / 100 %',
      '- holds: shift rotations / heats / gates',
      "- sign-off / huddle / we're good",
      '- rollback / on-call / flag / minutes / no redeploy / 3 a.m.',
      '- A/B / randomised / safe vs better',
      '- PM owns / eng owns / routing',
      "- redd up n'at",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Pittsburgh register prose, every practice rejected with "not/won't/no"
  {
    id: 'ca035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Look, it's a cosmetic change and leadership wants it out this week, so I'm not going to dress this up. I wouldn't bother ordering cohorts: no staff first, no beta group, no saving the big customers for last. I won't write down rollback limits ahead of time either; no error number, no latency number, no purchases-against-baseline number. I'm not doing stages with holds named after bridges, and I don't see a need for anybody to sign off between steps. There won't be an on-call rollback switch arranged for this, and nobody's specifically on the hook at night. I'm not planning an A/B test afterwards. I also wouldn't split who owns what between me and engineering; it's all one team. Just ship it Tuesday and redd up the ticket, n'at.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Meeting notes, negation by "decided against" and "not/no"
  {
    id: 'ca036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Recs model. Huddle notes.',
      '- Decided against a staged rollout. No Smithfield, no Fort Pitt, no Clemente, and no holds of any length.',
      '- Not picking a cohort order: not staff first, not beta next, not Singapore last.',
      '- Not fixing stop limits before launch. No error, p95 or basket-rate numbers.',
      '- Not tracking the eval replay score, user feedback or compute cost per request for this one.',
      "- No sign-off step; nobody has to say 'we're good' on the huddle.",
      "- No agreed rollback owner and no flip-back switch; nobody's been given that call at night.",
      '- Decided against an A/B test afterwards, and against splitting PM and eng ownership.',
      '',
      'Action items',
      '- Infra: push the new model to all regions Wednesday.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · Pittsburgh register prose, misconception stated up front and repeated at the end
  {
    id: 'ca037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'The way I see it, the canary IS our A/B test. We put the warmer prompt in front of a slice of users, the rest keep the old one, and whichever side gets more thumbs-up wins. If the canary group likes it better, that proves the new prompt is better and we ship it to everybody.',
      '',
      "Order: our own staff first, English and German, because the Munich office will tell us the second the tone's off. Then the users who opted into the beta. Then general English users, general German users after that, and the German enterprise accounts last, since formal address matters most to them.",
      '',
      "Stages: the Smithfield for staff, the Fort Pitt for beta, the Clemente for general, then everybody. We hold each for two full shift rotations before going on, and the German-market lead and I both say 'we're good' on the huddle before each step.",
      '',
      'What we watch on the replies: thumbs-down rate split by language, the formality score from the eval harness on a German formal-address set, and tokens per reply.',
      '',
      "If the canary side wins on thumbs-up by the Clemente, that's our proof it's better, n'at.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Steel-mill PM prose with a mill analogy; misconception: limits set while watching
  {
    id: 'ca038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "At the mill we never set an alarm band before we'd watched the furnace run for a while, and I'd treat this the same. Picking rollback numbers up front is guessing. We'll watch the dashboards during the first stage, see what normal looks like, and set the limits then, once we've got a feel for it.",
      '',
      "Order: staff first, because they're on the live site all day checking stock anyway. Then the shoppers who opted into early access. Then general shoppers, with new customers and our top-spending customers last, since they're the ones we can least afford to annoy.",
      '',
      'Stages: staff, then early access, then 25 % of general, then everybody, and we hold each one for two full shift rotations before moving up.',
      '',
      "If something looks wrong, the on-call tech turns the flag off. Any hour, takes a couple minutes, no redeploy, and they don't need to call me first.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Steel-mill PM meeting notes with action items: a sensor recalibration plan, not a canary
  {
    id: 'ca039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Thermocouple recalibration, hot strip mill. Planning notes.',
      '- Calibration crew does Line 1 during the Sunday down turn, Line 2 the Sunday after. If Line 1 runs rough afterwards we hold Line 2 for two full shift rotations.',
      '- Spares: order 40 thermocouples. The old stock in the crib needs checked for drift before anybody trusts it.',
      "- Labelling: process engineers tag last month's alarms as real or false so the anomaly model's training set gets redd up before the next retrain.",
      '- Safety: lockout/tagout on each stand; the melt-shop super signs the permit before the crew goes in.',
      '',
      'Action items',
      '- Maintenance planner: book the crew for both Sundays.',
      "- Me: chase the purchase order for the spares, n'at.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Pittsburgh register prose: a marketing campaign plan, not a canary
  {
    id: 'ca040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "For Friday's campaign, here's how I'd run it. Copy's final by Wednesday; the comparison table headings still need fixed, the 'Pro' column reads like it was written on the bus. The email goes out in three waves: Friday 9 a.m. to current free users, noon to lapsed subscribers, and the evening to the newsletter list. Paid social starts Thursday night on a small budget, and by Saturday we shift spend toward whichever ad gets the best click-through. Support gets a one-page FAQ on the tiers so nobody's caught flat-footed. Monday we sit down, redd up the numbers, and decide whether the campaign runs a second week, n'at.",
    ].join('\n'),
  },
];
