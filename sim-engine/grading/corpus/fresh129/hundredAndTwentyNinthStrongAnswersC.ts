import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-ninth fresh set, author C: strong answers (ee041–ee047), each covering
 * every point of its scenario's kind, labelled by hand before any grading (LABEL-NOTES-c.md).
 * Voice: a Luxembourgish (Luxembourg City) English register in speech with Luxembourgish, French
 * and German words; a PM at an umbrella maker whose language model suggests umbrellas; every answer
 * a show-jumping judge's sheet, round by round and fence by fence, with one knock-down cancelled
 * after the video review.
 */
export const HUNDRED_AND_TWENTY_NINTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'ee041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Moien. My judge's sheet for the bigger support model, read the way I read a new model " +
        'at home, where ours tells a walker in the Grund which umbrella suits her.',
      '',
      'Round 1, fence 1, who owns what: as PM I own the order of cohorts, the rollback limits ' +
        'and how long we hold at each stage. Engineering owns the routing, the deploy and the ' +
        'flags.',
      '',
      'Round 1, fence 2, the order: our own HR and payroll staff first, because they know a ' +
        'wrong payslip answer when they see one; then the customers who opted into early ' +
        'access; then established customers, starting in Belair and Limpertsberg with accounts ' +
        'that have been buying for more than three years. New customers and anyone in their ' +
        'first payroll run go last: a bad answer there costs trust we have not earned yet.',
      '',
      'Round 1, fence 3, the limits, written down and agreed before any traffic moves: error ' +
        'rate more than 0.5 % worse than now, p95 latency more than 400 ms worse than now, ' +
        'hallucination rate on the eval harness more than 1 point worse than now, thumbs-down ' +
        'on answers more than 2 points worse than now, cost per conversation more than 30 % ' +
        'worse than now, and we furl the canopies.',
      '',
      'Round 2, fence 4, the stages: the first stretched canopy at 1 %, the rib-bending bench ' +
        'at 5 %, then 25 %, then the whole Schueberfouer at 100 %. Each stage holds for at ' +
        'least four days or 3,000 conversations, whichever comes later, and advances only when ' +
        'every limit is green.',
      '',
      'Round 2, fence 7 knock-down cancelled after the video review: I first marked the ' +
        'longer context window as a risk to latency only. The review shows it is a risk to cost ' +
        'as well, so cost per conversation stays a gate, not a footnote.',
      '',
      'Round 3, fence 8, sign-off: at each gate the master umbrella-maker, here the ' +
        'engineering lead, and I both snap the first canopy open.',
      '',
      'Round 3, fence 9, rollback: whoever is on call, at any hour, slides the old umbrellas ' +
        'back into the stand by the door. It is a config switch back to the old model, done in ' +
        'under five minutes, no redeploy, no need to call me.',
      '',
      'Round 3, fence 10, what the canary is not: it tells us the bigger model is safe, not ' +
        'that it is better. The three eval points are offline; whether it helps people more we ' +
        'learn from a randomised A/B test afterwards. Merci, äddi.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'ee042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Moien. Sheet for the warmer prompt, short.',
      "R1 F1. Mine as PM: cohort order, rollback limits, holds. Engineering's: routing, " +
        'deploy, flags.',
      'R1 F2. Order: staff; then opted-in early access; then English writers buying 3+ years, ' +
        'Kirchberg and Gare; German writers last: the warm tone was never reviewed in German, ' +
        'and formal address matters there.',
      'R1 F3. Limits, fixed before traffic moves: thumbs-down more than 2 points worse than ' +
        'now, per language; eval-harness formal-address failures in German more than 1 % worse ' +
        'than now; errors more than 0.5 % worse than now; and we furl the canopies.',
      'R2 F4. Stages: first stretched canopy 2 %, rib-bending bench 10 %, 40 %, whole ' +
        'Schueberfouer 100 %. Each holds 3 days and 2,000 German emails before advancing.',
      'R2 F5 knock-down cancelled after the video review: the German thumbs-down jump at 2 % ' +
        'was four ratings. Too few to count; the gate waits for its 2,000.',
      'R2 F6. Each advance: the master umbrella-maker (eng lead) and I both snap the first ' +
        'canopy open.',
      'R3 F7. Rollback: whoever is on call, any hour, slides the old prompt back into the ' +
        'stand by the door. Config flag, under 5 minutes, no redeploy, no need to call me.',
      'R3 F8. Canary = safe, not better. Warmer = better? Randomised A/B test afterwards.',
      'Äddi.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'ee043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Moien, also, the judge's sheet for the cheaper summariser. At home our model tells a " +
        "walker which umbrella suits her; here it writes the vet's notes, and a wrong dose in a " +
        'summary is worse than a wrong canopy.',
      '1. Round 1, fence 1. Mine as PM: the order of clinics, the rollback limits, the holds. ' +
        "Engineering's: the routing, the deploy, the flags, and raising the eval sampling.",
      '2. Round 1, fence 2. Order: our own test clinic and staff vets first; then the clinics ' +
        'that opted into early access; then clinics with us for more than two years, Hollerich ' +
        'and Cessange before the rest; new clinics last, because they are still deciding ' +
        'whether to trust the summaries at all.',
      '3. Round 1, fence 3. Feedback is too sparse to read at 5 %, so for the canary ' +
        'engineering raises the eval harness from one summary in two hundred to one in ten, on ' +
        'canary traffic and an equal slice of old-model traffic.',
      '4. Round 1, fence 4. Limits, written down before traffic moves, against the old model ' +
        'on the same hours: eval-harness factual-error rate more than 1 point worse than now; ' +
        'missing-medication rate in graded summaries more than 0.5 points worse than now; vet ' +
        'thumbs-down more than 3 points worse than now once there are 200 ratings; errors more ' +
        'than 0.5 % worse; p95 latency more than 300 ms worse; and we furl the canopies.',
      '5. Round 2, fence 5. Stages: the first stretched canopy at 5 %, the rib-bending bench ' +
        'at 20 %, then 50 %, then the whole Schueberfouer at 100 %. Each holds until it has ' +
        '1,000 graded summaries and at least three working days, and advances only on green ' +
        'gates.',
      '6. Round 2, fence 6 knock-down cancelled after the video review: the low thumbs-up at ' +
        '5 % was eleven ratings from one clinic. Below the 200-rating floor nothing counts, ' +
        'either way.',
      '7. Round 3, fence 7. Sign-off at every gate: the master umbrella-maker, our ML lead, ' +
        'and I both snap the first canopy open.',
      '8. Round 3, fence 8. Rollback: whoever is on call, day or night, slides the old ' +
        'umbrellas back into the stand by the door: the routing switch back to the old model, ' +
        'under five minutes, no redeploy, no need to call me.',
      '9. Round 3, fence 9. Cheaper and faster is not better. The canary says the new model ' +
        'is safe to run; whether vets prefer its summaries is a randomised A/B test afterwards.',
      'Merci.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'ee044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Moien, and bon, here is the sheet in one breath, the way I would call it from the ' +
      "judges' box: round one, fence one, as PM I own the order of cohorts, the rollback " +
      'limits and the holds, and engineering owns the routing, the deploy, the flags and the ' +
      'feature stores; fence two, the order is our own staff in Berlin and in Singapore ' +
      'first, because they will tell us when a basket is nonsense, then the customers who ' +
      'opted into early access, then customers who have bought for more than two years, in ' +
      'Luxembourg City quarter by quarter and in Singapore alike, and new customers last in ' +
      'both regions, because a first home screen of empty baskets loses them for good; fence ' +
      'three, the limits, agreed and written down before the first request moves: ' +
      'feature-store read latency at p99 more than 50 ms worse than now, home-screen errors ' +
      'more than 0.5 % worse than now, the share of home screens that fall back to the ' +
      'default basket more than 2 points worse than now, add-to-cart from recommended baskets ' +
      'more than 3 % worse than the old model on the same hours, and we furl the canopies; ' +
      'round two, the stages, the first stretched canopy at 1 %, the rib-bending bench at 5 ' +
      '%, then 25 %, then the whole Schueberfouer, and no stage advances before it has held ' +
      'two full days that include two Singapore lunch peaks, which fall early in the Berlin ' +
      'morning, because the feature stores were sized for the old model and the peak is where ' +
      'they will break; round two, fence seven knock-down cancelled after the video review: ' +
      'the add-to-cart dip on the first day was Berlin staff who never shop at six in the ' +
      'morning, not the model, so the gate counts only customers; round three, at each gate ' +
      'the master umbrella-maker, our engineering lead, and I both snap the first canopy ' +
      'open, and the on-call roster covers Singapore hours, so whoever is on call, at any ' +
      'hour, the Berlin night included, slides the old umbrellas back into the stand by the ' +
      'door, a flag that routes every request to the old model in under five minutes, no ' +
      'redeploy, no need to call me; and the last fence, the canary tells us the new model is ' +
      'safe at the lunch peak, not that its baskets are better, which we learn from a ' +
      'randomised A/B test afterwards; merci, äddi.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'ee045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Moien.',
      'Round 1, fence 1.',
      'As PM I own the cohort order, the limits, the holds.',
      'Engineering owns routing, deploy, flags.',
      'Fence 2.',
      'Staff first.',
      'Then customers who opted into early access.',
      'Then returning customers, five years buying and more, Belair and Merl before the rest.',
      'First-time buyers last: the lab never tested them, and the spring campaign is theirs.',
      'Fence 3, fixed before traffic moves:',
      'errors more than 0.5 % worse than now,',
      'p99 more than 200 ms worse than now,',
      'first-order conversion more than 2 % worse than now,',
      'and we furl the canopies.',
      'Round 2.',
      'First stretched canopy, 5 %. Rib-bending bench, 25 %. Whole Schueberfouer, 100 %.',
      'Each holds 4 days and 1,500 orders before advancing; the last one ends a week before ' +
        'the campaign.',
      'Fence 6 knock-down cancelled after the video review: staff checkout looked slow; they ' +
        'were paying with test cards.',
      'Each advance: the master umbrella-maker, our engineering lead, and I both snap the ' +
        'first canopy open.',
      'Rollback: whoever is on call, any hour, slides the old checkout back into the stand by ' +
        'the door.',
      'A flag, 3 minutes. No redeploy, no need to call me.',
      'The canary says safe, not better. Better is a randomised A/B test after.',
      'Äddi.',
    ].join('\n'),
  },
  // Built-in scenario: night-breach-rollback-authority
  {
    id: 'ee046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Moien. Judge's sheet for the new pricing service, as a table: round | fence | call | " +
        'note.',
      'Round 1 | fence 1 | ownership | Mine as PM: the cohort order, the rollback limits, the ' +
        "holds. Engineering's: the routing, the deploy, the flags, the batch window.",
      'Round 1 | fence 2 | order | Staff rides first; then riders who opted into early ' +
        'access; then riders of three years and more, Gare and Hollerich before Kirchberg; new ' +
        'riders and business accounts last, because a wrong fare on a first trip or on an ' +
        'expense report is the one they do not forgive.',
      'Round 1 | fence 3 | limits, fixed before traffic moves | pricing errors more than 0.3 ' +
        '% worse than now; p99 fare quote more than 150 ms worse than now; fares differing from ' +
        'the old service by more than 2 % on more than 1 % of trips; completed trips per ' +
        'request more than 1.5 % worse than now; and we furl the canopies.',
      'Round 2 | fence 4 | stages | first stretched canopy 1 %, rib-bending bench 10 %, then ' +
        '50 %, whole Schueberfouer 100 %; each held through two nights, one of them a weekend ' +
        'night, and one billing batch window before advancing.',
      'Round 2 | fence 5 | sign-off | at each advance the master umbrella-maker, our ' +
        'engineering lead, and I both snap the first canopy open.',
      'Round 2 | fence 6 knock-down cancelled after the video review | the fare-mismatch ' +
        'spike on Tuesday at 23:00 was the batch window delaying the comparison job, not wrong ' +
        'fares; the gate now compares trips only after the batch closes.',
      'Round 3 | fence 7 | rollback | whoever is on call, at any hour, 2 a.m. on a Saturday ' +
        'too, slides the old umbrellas back into the stand by the door: a routing switch to the ' +
        'old pricing service, under five minutes, no redeploy, no need to call me or anyone ' +
        'else first.',
      'Round 3 | fence 8 | what it proves | safe, not better; whether the new pricing is ' +
        'better for riders or drivers is a randomised A/B test afterwards.',
      'Merci, äddi.',
    ].join('\n'),
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'ee047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Moien. Sheet for the storage move, round by round.',
      '',
      'Round 1, fence 1. As PM I own who goes first, the rollback limits and the holds; ' +
        'engineering owns the proxy, the routing, the deploy and the flags. One thing I ask of ' +
        'them in writing: the old cluster stays up, with writes mirrored to it, until the whole ' +
        "Schueberfouer has held a week. No decommissioning at month's end while we still need a " +
        'way back.',
      '',
      'Round 1, fence 2, the order. Our own teams first, because they load pages all day and ' +
        'will shout; then customer teams who opted into early access; then teams with us three ' +
        'years and more, Limpertsberg and Cents before the rest; the biggest workspaces and new ' +
        'teams in their first month last, the first because a cold cache hurts them most, the ' +
        'second because a slow first week loses them.',
      '',
      'Round 1, fence 3, the limits, written down before traffic moves: task-load errors more ' +
        'than 0.3 % worse than now, p99 page load more than 250 ms worse than now, proxy ' +
        'timeouts more than 0.1 % worse than now, and we furl the canopies.',
      '',
      'Round 2, fence 4, the stages: the first stretched canopy at 1 %, the rib-bending bench ' +
        'at 10 %, then 50 %, then the whole Schueberfouer. Each holds three working days, ' +
        'including a Monday-morning peak with caches cold after the weekend, before it ' +
        'advances.',
      '',
      'Round 2, fence 7 knock-down cancelled after the video review: the latency jump on day ' +
        'one was the cache warming and came back inside the limit within twenty minutes; the ' +
        'p99 gate reads the hour, not the minute.',
      '',
      'Round 3, fence 8. Each advance, the master umbrella-maker, our engineering lead, and I ' +
        'both snap the first canopy open.',
      '',
      'Round 3, fence 9. Rollback: whoever is on call, at any hour, slides the old umbrellas ' +
        'back into the stand by the door: the proxy routes back to the old cluster by config in ' +
        'a few minutes, no redeploy, no need to call me.',
      '',
      'Round 3, fence 10. The canary shows the new storage is safe under real load, not that ' +
        'it is better. If anyone wants to claim better, that is a randomised A/B test ' +
        'afterwards. Äddi.',
    ].join('\n'),
  },
];
