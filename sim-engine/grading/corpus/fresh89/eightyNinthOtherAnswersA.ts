import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-ninth fresh set, author a: middling, weak, salad, negated, misconception-led and
 * off-topic answers (cq008–cq020), written blind and labelled by hand before anything was run.
 * Each is a birdwatcher's field guide from a hot-air balloon booking PM with a Cincinnati register.
 */
export const EIGHTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: search-tail-latency
  {
    id: 'cq008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Field guide: the search index whose trouble nests in the tail',
      'Paper search moves to a smaller, cheaper index layout. Median queries got faster; rare queries with lots of filters were never benchmarked.',
      '',
      'The Free Sparrow. Habitat: our own staff first, then researchers on the free tier who opted in to early access, then the rest of the free tier. Institutional licences, the university libraries in Hamilton and Franklin counties and beyond, fly last, because a contract renewal hangs on them.',
      '',
      'The Tail Owl. Markings: the many-filter queries. Call, written down before the inflation: p99 latency on filtered queries more than 300 ms worse than now, or search errors more than 0.5 % worse, and we stay on the ground.',
      '',
      'The Flight. The inflation at 2 %, the treetop hop at 10 %, the long drift at 50 %, the landing field at 100 %, each holding until it has served 50,000 queries with filters and the limits stay clean.',
      '',
      "Cheaper hosting is the reason we're doing it, so the index team will be keen to move fast; the holds are there so the tail gets its say.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cq009',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'Field guide, rough notes: the bigger assistant model',
      'Please? Right, the bigger model. I run bookings for a balloon company, so bear with the birds.',
      '',
      'The Clipboard Jay (me). Habitat: the calls on who gets it, when we stop, and how long we wait. Engineering owns the model routing, the deploy and the flags; I stay out of those.',
      '',
      'The Flock. A random 5 % of conversations to start, then more as it settles.',
      '',
      'The Quality Heron. Behaviour: besides errors and speed, we watch the hallucination rate from the eval harness, the thumbs-down rate on answers, and cost per conversation, because finance asked.',
      '',
      "The Night Heron. Whoever's on call brings the old version back down, no need to call me: the router goes back to the old model with a config change in a few minutes, any hour, without asking anyone.",
      '',
      "The rest I'd work out with the team as we go.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cq010',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: [
      "Field guide: the task store's move to a managed cluster",
      'At the balloon desk we move the booking ledger the way we move the gondola: slowly, with people watching. Here task storage moves to a managed cluster behind a new proxy; the load tests ran with warm caches, and the old cluster goes away at the end of the month.',
      '',
      "The Staff Finch. Habitat: our own staff's workspaces, first. Then the teams who opted in to early access. Then long-standing teams, those with us three years and up. The biggest paying workspaces and teams that signed up this month go last: they would feel a slow page most and forgive it least.",
      '',
      'The Signing Pair. The crew chief, our database lead, and I both sign the flight manifest before the proxy takes any more traffic.',
      '',
      "The Lookalike. This is about whether the new cluster is safe to run on; it won't tell us whether it's better. If anyone wants to claim faster pages, that is a randomised A/B test once everything has moved.",
      '',
      'If the proxy misbehaves, we go back.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Field guide: the cheaper model that writes our forecast notes',
      "The Common Canary. Markings: a new, cheaper, faster model. Habitat: production, with some of our passengers. Call: is it working? Behaviour: we'd let it fly with a few folks, keep an eye on the feedback, and if people complain we'd go back to the old one.",
      'The Cost Cardinal. Markings: saves money. Behaviour: finance likes it.',
      "That's about the size of it; the engineers know this part better than I do.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cq012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Field guide: the one-page checkout',
      "The Canary (Serinus canaria domestica). Markings: a small slice of users. Habitat: production. Call: a canary release means giving the new checkout to a few people before everybody. Behaviour: if it looks good, it spreads to everyone; if it doesn't, it doesn't.",
      "The Spring Goose. Markings: the growth team, in a hurry. Behaviour: wants it live before the spring campaign, and I'd try to make that happen.",
      "Returning customers loved it in the lab, so I'm expecting a smooth flight.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cq013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Field guide: canary recommendations',
      'Markings: canary cohort threshold hold gate rollback p99 latency feature store hallucination eval harness thumbs-down token cost.',
      'Habitat: staff beta early access Singapore lunch peak Berlin regional cohort ramp 1 5 25 50 100.',
      'Call: sign-off crew chief manifest on-call config switch A/B randomised baseline control 0.5 % 200 ms 2 %.',
      'Behaviour: canary cohort threshold hold gate rollback canary cohort threshold hold gate rollback.',
      'Markings again: model metrics model quality model cost model latency model rollback model canary.',
      'Habitat again: inflation treetop hop landing field balloon festival county years flown.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cq014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Field guide: species of the search canary',
      'Species: Tail Latency Canary. Markings: p99 p95 p50 filters index layout cost. Habitat: free tier institutional licence cohort order staff early access. Call: threshold threshold threshold rollback rollback. Behaviour: hold gate sign-off hold gate sign-off.',
      'Species: Rollback Owl. Markings: on-call routing switch minutes config flag. Habitat: any hour no approval. Call: safe not better A/B. Behaviour: ramp ramp ramp ramp.',
      'Species: Stakeholder Grouse. Markings: PM owns engineering owns routing deploy flags. Habitat: hold gate hold gate hold gate. Call: canary A/B canary A/B canary A/B.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cq015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Field guide: species I will not be watching for',
      "To be clear up front, this is a list of birds I'm leaving out of the plan for the payment SDK.",
      "The Staff Sparrow. I wouldn't start with our own staff, and I wouldn't bother with an opted-in beta group or save new customers for last; the order doesn't matter to me.",
      "The Ground Owl. I won't write down any rollback limits before the switch; no error or latency numbers agreed ahead of time.",
      'The Flight. No inflation, no treetop hop, no holds: no stages at all, and nothing waits for a Friday dinner.',
      'The Signing Pair. Nobody signs a manifest before any step, not the crew chief, not me.',
      "The Night Heron. I don't want on-call flipping anything back on their own, at night or otherwise, and there will be no config switch prepared.",
      "The Lookalike. No A/B test afterwards, and I won't be separating safe from better.",
      "Who owns what between me and engineering isn't something I'd spell out either.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cq016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Field guide, with every entry crossed out',
      "Please? The warmer prompt. Honestly, here's what I'd skip.",
      "The Flock (not seen). We won't put staff or the German-speaking crew first, won't recruit an early-access group, and won't hold back German-speaking passengers or first-timers.",
      'The Ground Owl (not seen). No thumbs-down or error limits fixed in advance; no numbers at all.',
      "The Quality Heron (not seen). I'm not going to check German replies for informal address, and I won't track the hallucination rate or thumbs-down by language.",
      'The Flight (not seen). No stages, no holds, no count of forecasts before moving on.',
      'The Signing Pair (not seen). Neither the crew chief nor I sign anything.',
      "The Night Heron (not seen). Nobody on call rolls it back, and we won't keep the old prompt behind a flag.",
      "The Lookalike (not seen). I wouldn't follow it with an A/B test, and I won't bother separating safe from better.",
      "The Desk Sparrow (not seen). I won't draw a line between what I own and what engineering owns.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cq017',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "Field guide: the bigger model, and what it'll prove",
      'The Flock. Habitat: our own staff, first; then passengers who opted in to early access; then regulars who have flown with us five years and up; first-time flyers last, because a bad forecast on a first flight loses them.',
      "The Flight. The inflation at 1 %, the treetop hop at 5 %, the long drift at 25 %, the landing field at 100 %; each stage holds for 300 flights and we move up only when they're clean.",
      'The Quality Heron. We watch the hallucination rate from the eval harness and the thumbs-down rate, and we track cost per conversation, alongside errors.',
      "The Proving Eagle. Markings: the reason we run the canary at all. The canary is our A/B test: if the passengers on the bigger model book more flights than everyone else, that proves it's the better model, and finance gets its answer on cost per conversation from the same numbers. No separate experiment needed.",
      'The crew chief keeps an eye on the rest.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cq018',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Field guide: the storage move, spotted live',
      'Give me a Cincinnati minute; this is the task store moving to the managed cluster behind the new proxy.',
      "The Flock. Habitat: our own staff's workspaces first, then teams who opted in to early access, then teams with us three years or more; new sign-ups and the largest paying teams last, since a slow task page is where they'd leave us.",
      'The Flight. The inflation at 1 %, the treetop hop at 10 %, the long drift at 50 %, the landing field at 100 %; each holds 24 hours and must get through a cold-cache morning before we move up.',
      'The Signing Pair. The crew chief and I both sign the flight manifest before each advance.',
      "The Ground Owl. Markings: no numbers ahead of time. Limits set before the flight are guesses; we'll watch the dashboards together and decide what counts as too slow once we see how the new cluster behaves. The right threshold shows itself on the day.",
      "The Night Heron. Whoever's on call brings the old version back down, no need to call me: the proxy routes back to the old cluster with a config change in minutes, at any hour.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq019',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Field guide: birds seen from the basket, Little Miami River, spring',
      'Please? Oh, I thought you meant what folks spot from up there. Passengers ask me this every morning.',
      'Great Blue Heron. Markings: tall, grey-blue, a dagger bill. Habitat: the river shallows below Milford. Call: a hoarse croak when the burner startles it. Behaviour: lifts off slow and heavy as we drift over.',
      'Red-tailed Hawk. Markings: brick-red tail, a band across the belly. Habitat: the fence posts along the fields in Clermont County. Call: the scream every movie uses. Behaviour: circles level with the basket at about 800 feet, which thrills the first-timers.',
      "Turkey Vulture. Markings: a bare red head, two-toned wings held in a shallow V. Habitat: thermals, which means it's up later than we are. Call: mostly silent. Behaviour: wobbles; if you see them riding high, the afternoon winds are already too strong for a launch.",
      'Northern Cardinal (misidentified). What a passenger swore was a cardinal was red with black wings. Written again: Scarlet Tanager, in the treetops by the landing field, singing like a robin with a sore throat.',
      'Afterwards everybody gets a pop and a certificate.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cq020',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Field guide: shooting product photos for a fashion shop',
      "At the balloon desk I shoot our own brochure photos, so this is the part I'd enjoy most: the bigger photos and the size guide.",
      'The Natural-Light Dove. Markings: soft, even light, no harsh shadows. Habitat: a north-facing window in the studio. Call: shoot between ten and two. Behaviour: makes fabric look like fabric.',
      'The Flat-Lay Plover. Markings: garments laid flat and shot from directly above. Habitat: a white sweep on the floor. Behaviour: shows cut and length better than a hanger does.',
      'The Size-Guide Nuthatch. Markings: chest, waist, hip and inseam in both centimetres and inches. Habitat: a tab under the Add to bag button. Behaviour: says how the model in the photo measures, so people can compare.',
      'The Zoom Kingfisher. Markings: 2,000-pixel images and a tap to zoom. Behaviour: lets shoppers see stitching and texture without squinting.',
      "Staff will love browsing it; they're on the site all day checking stock anyway.",
    ].join('\n'),
  },
];
