import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-second fresh set, author b: middling (ct028–ct030), weak (ct031–ct032), keyword salad
 * (ct033–ct034), negated (ct035–ct036), misconception-led (ct037–ct038) and off-topic
 * (ct039–ct040) answers, written blind and labelled by hand. Same voice: a Lima
 * beekeeping-supplies shop PM, every answer a trail guide told mile by mile.
 */
export const NINETY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ct028',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'Trail guide: the bigger model, the short loop.',
      'Mile 1: oye, first who carries what. I decide who walks first and when we stop; engineering handles the routing and the flags that send beekeepers to the new model.',
      'Mile 2, the trail forks; we take the staff-only path first. Our shop staff try the bigger model on their own hive questions, then the early-access club who asked to try new things, then the regulars, and the commercial apiaries in Pachacámac go last, because a wrong answer about foulbrood there costs them a whole yard.',
      'Mile 3: along the way we watch more than errors: the hallucination rate from the eval harness, the thumbs-down rate, and what each conversation costs, since finance is already asking.',
      'Mile 4: when it feels right, everybody gets it. Chévere.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ct029',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Trail guide: the new photo resizer, walked slowly because it tires on the way.',
      'Mile 0: the resizer that makes our product photos, and the photos beekeepers upload of their frames, is rewritten to handle the new phone format. Benchmarks say 20 % faster; the team wants it everywhere by Thursday, and it only restarts when we deploy.',
      'Mile 1: a random 5 % of image requests go to the new resizer.',
      'Mile 2, the stages: the brood box (5 %), the first super (25 %), the honey flow (100 %). We hold each one at least 48 hours without a restart, because whatever goes wrong in a service that only restarts on deploys shows up on day two, not in the first hour.',
      'Mile 3: before each climb, the head beekeeper, our tech lead, and I both lift the lid.',
      "Mile 4, the tempting shortcut: the Thursday deadline. Ya, Thursday comes before the second day of the first super; the trail doesn't take it.",
      "Mile 5: whoever's on call puts the old version back in the hive, no need to call me, any hour: traffic goes back to the old resizer with one routing switch, in a few minutes, no redeploy.",
      'Mile 6: we keep an eye on memory and page load time and decide as we go.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ct030',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      'Trail guide: the cheaper summaries, numbers only.',
      'Mile 0: the summaries of hive-inspection notes move to a cheaper, faster model. Few beekeepers rate a summary, and the harness grades one in two hundred.',
      'Mile 1: before a single summary comes from the new model we write the limits down: hallucination rate on the eval harness more than 1 point worse than now and we close the hive; thumbs-down rate more than 3 points worse, same; summaries that leave out a treatment the notes mention more than 2 points worse, same; p95 latency more than 400 ms worse; errors more than 0.5 % worse.',
      'Mile 2: those numbers stay put; nobody moves them once the dashboards are open.',
      'Mile 3: the canary only answers whether the cheaper model is safe. Whether beekeepers find it better is a separate question for a randomised A/B test afterwards, pues.',
      'Mile 4: after that, we bring it out to the beekeepers.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'ct031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Trail guide: the database move.',
      'Mile 1: our orders and stock move off the old server in the back office to a managed cluster behind a new proxy. The load tests passed, so it should be chévere.',
      'Mile 2: we switch it on for some customers and keep an eye on things.',
      'Mile 3: if pages get slow, we go back.',
      "Mile 4: the old server is retired at the end of the month, so we'd like to be done by then.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ct032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Trail guide: the new recommender.',
      'Mile 1: the kits on the home screen come from a new model that reads more about each customer. More information usually means better suggestions, ya.',
      'Mile 2: we turn it on for a few people in Lima and in Spain and see what happens.',
      'Mile 3: if nothing breaks after a while, everyone gets it.',
      'Mile 4: engineering will tell us if the feature stores struggle.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ct033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Trail guide: hive-inspection booking page, date picker, short form, client-side store, canary, pues.',
      'Mile 1: canary cohort segment staff beta early access districts Miraflores Surco seasons order.',
      'Mile 2: thresholds 0.5 % errors p99 200 ms conversion 2 % baseline pre-committed limits close the hive.',
      'Mile 3: ramp 1 5 25 50 100 brood box first super honey flow hold gate sign-off head beekeeper lift the lid.',
      'Mile 4: rollback on-call any hour config switch flag minutes no redeploy old version hive.',
      'Mile 5: canary safe A/B randomised better afterwards PM owns engineering owns routing.',
      'Mile 6: shortcut trail no. Chévere.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ct034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Trail guide, warm prompt: hallucination, thumbs-down, eval harness, p95, tokens, cost per conversation, Spanish, usted, tú.',
      'Mile 1: cohort, cohort, staff, early access, Cieneguilla, seasons, cohort order.',
      'Mile 2: threshold, threshold, numbers, 2 points, 1 point, 300 ms, close the hive, pre-committed.',
      'Mile 3: brood box, first super, second super, honey flow, hold, hold, gate, Inti Raymi week.',
      'Mile 4: sign-off, head beekeeper, lid, lift, sign-off.',
      'Mile 5: rollback, on call, flag, switch, minutes, any hour, old version, hive.',
      'Mile 6: canary, A/B, safe, better, randomised, afterwards, PM, engineering, ownership. Oye.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ct035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Trail guide: the bigger model, a trail without markers, pues.',
      "Mile 1: I won't split what I own from what engineering owns; on this walk there is no line between the route and the ropes.",
      "Mile 2: we won't put the cohorts in any order: not staff first, not the early-access club next, not the Pachacámac apiaries last.",
      'Mile 3: no limits get written down before the bigger model goes out, and no number closes the hive.',
      "Mile 4: there won't be a brood box, a first super or any hold, not a week of Inti Raymi and not a count of orders.",
      "Mile 5, the tempting shortcut would be for the head beekeeper and me to lift the lid before each climb. The trail doesn't take it: nobody signs anything.",
      "Mile 6: we won't have whoever's on call put the old version back in the hive, and there is no switch to do it with.",
      "Mile 7: we won't watch the hallucination rate, the thumbs-down rate or the cost per conversation, and no A/B test follows, randomised or not.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'ct036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Trail guide: the new delivery-fee service, walked without a map.',
      "Mile 0: delivery fees across Lima's districts move to a new pricing service, starting Tuesday evening; it shares the nightly batch window with invoicing.",
      "Mile 1: I'm not going to say which decisions are mine and which are engineering's.",
      'Mile 2: no cohort order: not staff first, not Surco before Lurín, not new customers last.',
      "Mile 3: we won't fix limits before the first fee is calculated; nothing gets written on the board.",
      'Mile 4: no stages, no holds, no count of orders between them, and nobody lifts the lid.',
      "Mile 5: we won't give whoever's on call the power to put the old version back in the hive at 2 a.m., and we won't build a config switch for it either.",
      "Mile 6, the tempting shortcut is a randomised A/B test after the canary to learn whether the new fees are better; the trail doesn't take that either.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ct037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'Trail guide: the cheaper summarising model, and the view at the top.',
      'Mile 0: hive-inspection summaries move to a cheaper, faster model, and few beekeepers rate them.',
      'Mile 1: I own the order of the cohorts and how long we stop; engineering owns the flag and the routing.',
      'Mile 2, the trail forks; we take the staff-only path first: shop staff, then the early-access club, then hobbyists in La Molina with three or more seasons. First-season buyers and the commercial apiaries in Lurín go last, because a wrong summary there means a missed mite treatment across hundreds of hives.',
      'Mile 3: the brood box, the first super (5 %), the second super (25 %), the honey flow; at each we stop for a full week of Inti Raymi before we climb.',
      'Mile 4: at every stop we watch the hallucination rate from the eval harness and the thumbs-down rate, not only errors.',
      "Mile 5, the view: the canary is our A/B test. If the beekeepers in the first super rate the cheaper model's summaries higher than the old ones, that proves the new model is better, and we skip any separate test afterwards.",
      'Mile 6: so we need nothing else; the canary answers both questions, pues.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ct038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Trail guide: reviews above the fold.',
      "Mile 0: product pages move the reviews above the fold and lazy-load the photo gallery. It's cosmetic and we expect no change in purchases. Last week was our anniversary sale, 20 % off everything, and it ended Sunday at midnight.",
      "Mile 1: I won't write limits down beforehand. I'd rather eyeball the dashboard, compare it with last week, and decide then what counts as too much; if sales look down against last week, we'll know.",
      'Mile 2, the trail forks; we take the staff-only path first: shop staff, then the early-access club, then hobbyists with two or more seasons from Barranco and Miraflores. First-season buyers go last, since they read every review before their first hive and are the easiest to lose.',
      'Mile 3: the brood box, the first super (10 %), the second super (50 %), the honey flow; each is held until 1,500 orders have gone through.',
      'Mile 4: before each climb, the head beekeeper, who leads engineering, and I both lift the lid.',
      "Mile 5: whoever's on call puts the old version back in the hive, no need to call me, day or night; it's one flag switch, a couple of minutes, no redeploy.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ct039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Trail guide: bee suits and the size guide.',
      'Mile 0: our product pages get bigger photos and a size guide, and honestly the bee suits need it most.',
      'Mile 1: most returns at the Surquillo shop are bee suits that are too tight across the shoulders once you wear a fleece under them in the Lima winter.',
      'Mile 2: the size guide should tell people to measure with the fleece on, and to pick the veil size separately.',
      "Mile 3, the tempting shortcut: copy the manufacturer's size chart. The trail doesn't take it; their chart is made for summer clothes.",
      "Mile 4: the bigger photos should show the zip where the veil joins the suit, because that's where the bees get in.",
      "Mile 5: at the shop counter we'll keep a printed copy of the guide for the people who don't buy online. Chévere.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ct040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Trail guide: what the home screen should recommend, season by season.',
      "Mile 0: the new recommendation model reads more about each customer, so let's decide what it ought to suggest.",
      'Mile 1, early spring, September here in Lima: starter hive kits and queen excluders for first-season beekeepers.',
      'Mile 2, the build-up: supers, frames and foundation wax before the flow.',
      'Mile 3, the honey flow: extractors, uncapping knives and jars.',
      "Mile 4, after the harvest: mite treatments, oxalic acid and formic strips, because that's when varroa peaks.",
      "Mile 5, the tempting shortcut: recommend whatever sold most last week. The trail doesn't take it; last week's bestseller in Spain is out of season in Lima.",
      'Mile 6: for our customers in Spain, flip the calendar: their spring is our autumn, ya.',
    ].join('\n'),
  },
];
