import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fifth fresh set, author a: middling (cm008–cm010), weak (cm011–cm012), keyword salad
 * (cm013–cm014), negated (cm015–cm016), misconception-led (cm017–cm018) and off-topic
 * (cm019–cm020) answers, written blind and labelled by hand.
 */
export const EIGHTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cm008',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Ope, quick page out of the playbook for the bigger model on the fish-fry assistant.',
      "Play 1, I-formation — staff go first: servers and the kitchen ask it what guests ask, and they'll catch it if it says we do walleye on a Wednesday. Then the regulars who've reserved ten-plus years and opted into the early list. Then Manitowoc and Sheboygan County, then everybody else. First-time reservers go last; they're the ones we'd lose.",
      'Play 2, shotgun — opening drive at 5 %, and we hold there for 500 reservations. Two-minute drill at 30 %, held for a full week of deer-hunting season. Then the goal line, everybody.',
      "Play 3, screen pass — what we watch the whole way down the field: the wrong-answer rate on our eval set of fish-fry questions, thumbs-down on answers, and what each conversation costs now that it's a bigger model, since the owner is already asking.",
      "That's the drive, you betcha.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cm009',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Ope, you betcha, here is my page for the one-page checkout.',
      "Play 1, pro set — what I call and what I don't: I own the punt lines and when we push it further; engineering owns the flag, the routing and the deploy.",
      'Play 2, shotgun — punt lines, written down before a single shopper sees it: checkout errors more than 0.5 % worse than now and we punt; p99 checkout load more than 300 ms worse than now and we punt; completed first orders more than 2 % worse than now and we punt.',
      "Play 3, draw — whoever's on call runs the old version back onto the field, no need to call me. Middle of the night, middle of the spring campaign, it's a flag flip back to the three-step checkout, done in a couple of minutes, no redeploy.",
      'Play 4, hail mary — we put it out to a chunk of shoppers, then to everyone, before the spring campaign starts.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cm010',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Come here once, playbook page for the new image resizer.',
      'Play 1, I-formation — listings from our own staff test shop go first. Then sellers who opted into the beta. Then sellers county by county, the ones with five or more years on the marketplace ahead of newer ones. Brand-new sellers and the biggest shops go last: new folks judge us on their first listing, and the big shops bring the most buyers.',
      "Play 2, wing-T — the resizer only gets restarted on deploys, so anything that creeps up over a day won't show in an hour. Opening drive at 2 %, held a full day and night without a restart. Two-minute drill at 20 %, held two full days. Goal line, everyone. Thursday is the team's wish; the holds come first.",
      'Play 3, huddle — at each of those lines, the head chef, that is the engineering lead, and I both call the play in the huddle before anybody advances.',
      'That is the page. Ope, gotta run to the bubbler.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cm011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ope, the cheaper model is faster too, so I figure this is the easy one.',
      'Play 1, shotgun — put it out there on a Friday.',
      'Play 2, draw — we watch how it goes for a bit. If guests start grumbling at the host stand about what the assistant told them, we go back.',
      "Play 3, kneel — and then it's off to the fish fry. Engineering has got this, you betcha.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cm012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Playbook, search page. Ope.',
      'Play 1, I-formation — the new index is smaller and cheaper, and testing says it is faster, so that is good news.',
      'Play 2, sweep — we roll it out to some of the users and see what happens.',
      'Play 3, punt — if it turns out slow, the team fixes it. Come here once if you have questions, I will be by the bubbler.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cm013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Play 1, shotgun — canary, cohort, staff, early list, county, years reserved, German, du, Sie.',
      'Play 2, I-formation — punt, threshold, 2 points, 300 ms, thumbs-down, eval harness, tone score, hallucination, tokens.',
      'Play 3, wing-T — opening drive, hold, gate, two-minute drill, goal line, deer-hunting season, 400 reservations.',
      'Play 4, huddle — head chef, sign-off, huddle, call the play.',
      'Play 5, draw — on call, rollback, old version, field, flag, minutes.',
      'Play 6, kneel — safe, better, randomised, A/B test, afterwards.',
      'Ope. You betcha. Bubbler. Come here once.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cm014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pricing page playbook canary formation cohort county years reserved staff beta opt-in threshold punt 0.5 % 200 ms conversion 2 % hold gate opening drive two-minute drill goal line head chef huddle sign-off on call rollback flag config five minutes A/B randomised safe better.',
      'Canary cohort threshold punt hold gate huddle sign-off rollback flag A/B safe better goal line.',
      'Ope bubbler you betcha supper club fish fry Friday.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cm015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Ope, here's a short page, because I don't see the need for most of what folks put in these playbooks.",
      "Play 1 — I'm not going to split out what the PM owns from what engineering owns; nobody needs their own lane here.",
      'Play 2 — no order of groups. No staff first, no early list, no going county by county, no saving the first-timers for last.',
      "Play 3 — we won't write punt lines ahead of time: no error limit, no latency limit, no number for the feature stores.",
      "Play 4 — no opening drive, no two-minute drill, no holding for a count of reservations or through anybody's lunch rush.",
      "Play 5 — nobody signs off; the head chef and I won't be calling anything in a huddle.",
      "Play 6 — no quick switch back to the old recommender either, and on-call doesn't get to pull it on their own.",
      "Play 7 — we won't be watching thumbs-down or how often folks pick a recommended dish, and there won't be an A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cm016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'PLAYS WE ARE NOT RUNNING, bigger photos and the size guide',
      'Ope, you betcha, I went through the whole book and crossed most of it out.',
      'Not running: staff first, opted-in customers next, new and big-spending shoppers last. Not ordering anybody by county or years with us either.',
      'Not running: punt lines written down before the opening drive. No limits on errors, page speed or orders agreed ahead.',
      'Not running: an opening drive, a two-minute drill and a goal line with holds in between.',
      'Not running: the head chef and me calling the play in the huddle before each step.',
      "Not running: whoever's on call running the old version back onto the field without me, or any config switch to do it.",
      'Not running: calling the canary only a safety check, or a randomised A/B test after it.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cm017',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "Ope, here's how I'd draw it up for the bigger model on the fish-fry assistant.",
      "Play 1, I-formation — staff go first, then the regulars on the opted-in early list, then Sheboygan County, then everyone. First-year reservers go last, since they're the ones we'd lose.",
      'Play 2, shotgun — punt lines, set before the opening drive: errors more than 0.5 % worse than now and we punt; p95 more than 400 ms worse than now and we punt; cost per conversation more than 4 cents worse than now and we punt.',
      'Play 3, pistol — opening drive 5 %, held for 500 reservations; two-minute drill 25 %, held for a full week of deer-hunting season; goal line 100 %.',
      "Play 4, play-action — the whole point of the canary is that it is our A/B test. The folks on the bigger model against the folks on the old one: if the canary group books more fish-fry tables and gives fewer thumbs-down, that proves the new model is better, and that's our green light to the goal line. No need for a separate test afterwards; the canary already answered it.",
      "Play 5, screen — all the way down the field we watch the eval harness's wrong-answer rate and the thumbs-down rate. You betcha.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cm018',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Ope, come here once, here is the page for reviews above the fold.',
      'Play 1, pro set — I own the order shoppers get it in and how long each stage holds; engineering owns the flag and the deploy.',
      'Play 2, I-formation — staff first, then customers who opted into the preview programme, then country by country, which is what they have over there instead of counties, customers of five-plus years ahead of newer ones. First-time buyers last, because a broken product page on your first visit is your last visit.',
      'Play 3, wing-T — opening drive 5 %, held for 2,000 orders. Two-minute drill 25 %, held a full week. Goal line 100 %. The head chef and I both call the play in the huddle at each line.',
      "Play 4, audible — punt lines I don't set ahead. Honest, you can't know the right number before you see the traffic, least of all the week after a sale, so I'd rather eyeball the dashboard at each hold and decide right then whether a drop is big enough to punt. We'll know it when we see it, you betcha.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cm019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'PLAYBOOK: Lent Fridays in the kitchen',
      'Ope, this is the one I know best, so let me walk you through how we get through Lent.',
      "Play 1, I-formation — cod goes in the fryer first, perch second, walleye last, because walleye sells out and we want it hot when the eight o'clock tables sit down.",
      'Play 2, shotgun — the relish tray hits the table before anybody orders; carrots, radishes, the cheese spread, rye crackers.',
      'Play 3, option — potato pancakes or fries, and if the pancakes run low the line cook calls it out so the servers quit offering them.',
      'Play 4, sweep — bartender preps the brandy old fashioneds sweet by the dozen at four-thirty.',
      'Play 5, kneel — coleslaw and rye bread with everything. That is a Friday, you betcha.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cm020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Come here once, I have thoughts on this date picker.',
      'Play 1, I-formation — the calendar should open on the month you last searched, not today, because folks plan a holiday rental weeks out.',
      'Play 2, shotgun — weekends in bold, like our Friday fish-fry nights on the reservation book, so people see them at a glance.',
      'Play 3, screen pass — the shorter form is great, but I would put the guest count right under the dates and drop the second phone number field.',
      'Play 4, draw — and the button should say Book these dates, not Continue. Ope, that one bugs me. You betcha, that is how I would call it.',
    ].join('\n'),
  },
];
