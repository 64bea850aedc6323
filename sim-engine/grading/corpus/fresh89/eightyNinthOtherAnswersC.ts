import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-ninth fresh set, author c: the other answers (cq048–cq060), written blind and labelled
 * by hand. Middling cq048–cq050, weak cq051–cq052, salad cq053–cq054, negated cq055–cq056,
 * misconception-led cq057–cq058, off-topic cq059–cq060. Voice: see README-c.md.
 */
export const EIGHTY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cq048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Circle up, folks. (It's the sap-run assistant moving to a bigger model with a longer memory; same prompt as before.)",
      "Honor your partner! (What's mine as PM: the limits and when we stop the music. What's engineering's: the routing, the flag, the deploy. I don't go fiddling with their wires.)",
      'Read the board! (Before a single visitor sees the new model we chalk the numbers on the sugarhouse door: errors more than 1 % worse than now and the fiddler stops; answers more than 400 ms slower at p95 than now and the fiddler stops.)',
      'Swing the model figure! (We gate on the hallucination rate from the eval harness, more than 2 points worse than now and the fiddler stops, and on cost per conversation, since finance asked: more than 25 % dearer and the fiddler stops. We keep an eye on the thumbs-down rate too.)',
      'Promenade! (A slice of visitors gets it, then everybody once things are quiet.)',
      'And if it goes sideways? (We go back to the old one.)',
      'Thank your partners, all set.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cq049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Square up! (The farm stand's web shop, jugs of syrup and maple cream, gets a one-page checkout that fills in saved addresses and cards. Returning folks loved it in the test; the sugaring-season campaign is when first orders pile in.)",
      "Circle left! (The crew down cellar orders first. Then the regulars on the opted-in early list who've toured with us five years and more; they'll tell me what's odd. Then county by county, home county first. First-time buyers last of all: they have no saved card to fill in, the change was never tried on them, and the spring campaign brings them by the carload.)",
      'Promenade to the tapping! (Held through 200 orders.)',
      'Promenade to the boil! (Held a full week of mud season.)',
      'Promenade to the grading! (Held through 600 orders, first-timers among them.) Then everyone.',
      "Bow to your partners! (At each of those, the head sugarmaker and I both bow to our partners before anybody goes on; that's who signs off.)",
      "Allemande left! (We'll watch the till as we go.)",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cq050',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'Square your sets! (The picture service that sizes every sugarhouse photo on the tour listings is rewritten to handle the new phone photo format. Benchmarks say 20 % faster, and the team wants it everywhere by Thursday.)',
      "Read the board! (Fixed before any listing uses it: image errors more than 0.5 % worse than now and the fiddler stops; p99 image time more than 200 ms worse than now, measured across the whole day and not just the first hour, and the fiddler stops; memory per instance more than 30 % above the old service's and the fiddler stops.)",
      'Circle left! (We let it out to a few listings, then the rest.)',
      "Fiddler stops? (Whoever's on call swings the old version back in, no need to call me. Any hour of the night; it's a routing switch at the load balancer, back in three minutes, no redeploy.)",
      "Promenade home! (Faster on a benchmark isn't better for visitors. The canary tells us it's safe; whether it's better is a randomised A/B test afterwards.)",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Swing your partner! (The cheaper, faster model writes the morning sap report now.)',
      "Circle left! (We'd put it in front of a few guides first and see what they make of it.)",
      'Promenade! (If nobody grumbles for a bit, everybody gets it.)',
      'Allemande left! (And if they do grumble, we go back.)',
      "That's the whole dance, all set.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cq052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honor your partner! (It's only the pricing page for our season passes getting a clearer table, like rewriting the farm stand's chalkboard so folks can read it from the road.)",
      "Circle left! (A canary's where a small group sees it first, so we'd do one of those to be safe.)",
      "Promenade! (Marketing's campaign starts Friday, so everybody has it by then.)",
      "Bow to your corner, and that's it, all set.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cq053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Allemande canary cohort! Promenade threshold p99 rollback baseline!',
      'Do-si-do hold gate sign-off! Swing feature store hallucination thumbs-down tokens A/B randomised!',
      'Circle left PM owns engineering owns routing flags! Tapping boil grading county years toured!',
      'Fiddler stops rollback on-call config switch minutes! Head sugarmaker bow partners cohort threshold!',
      'Creemee flatlander down cellar mud season, all set!',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cq054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Bow to your partner: index, tail latency, p99, p999, cohort, filters, free tier, licences!',
      'Circle right: threshold, baseline, control, holds, gates, sign-off, rollback, routing, config!',
      'Promenade: tapping, boil, grading, county, years, staff, early access, flatlanders!',
      'Swing: canary, A/B, safe, better, randomised, on-call, minutes, no redeploy, fiddler, stops!',
      'Honor your corner: farm stand, chalkboard, honour box, creemee, down cellar, all set!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cq055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Square up, though I'll tell you straight off what we won't be dancing. (This is the warmer prompt for the booking assistant.)",
      "Honor your partner? No. (I won't be splitting out what's mine and what's engineering's; that line just slows the dance.)",
      'Circle left with the crew first? No. (No staff first, no opted-in regulars, no county-by-county order, no saving the first-time visitors for last.)',
      "Read the board? No. (We won't chalk any numbers up beforehand, no 'more than so much worse than now and the fiddler stops'.)",
      'Promenade to the tapping, the boil, the grading? No. (No stages and no holds, not a week of mud season, not a count of tours.)',
      "Bow to your partners? No. (The head sugarmaker and I won't be bowing at each stage; nobody signs anything off.)",
      'Swing the model figure? No. (No eval harness, no thumbs-down rate, no formality check on the French answers.)',
      "Whoever's on call swings the old version back in? No. (There won't be any switch back to the old prompt.)",
      "A randomised A/B test afterwards? No. (We won't be running one of those either.)",
      'So it goes out to everybody Tuesday morning, and that is the dance.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cq056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Square your sets! (The tour booking page gets a new date picker and a shorter form, and the chosen dates sit in a new store in the browser. The team wants it at 100 % this afternoon.)',
      "Skip the honors. (I'd not be drawing any line between what I decide and what engineering decides.)",
      "Skip the circle. (I'd not start with the crew down cellar, nor the folks who signed up early, nor keep the first-time families back till the end; county and years touring don't come into it.)",
      "Skip the chalkboard. (There'd be no rollback limits written down ahead of time, not for errors, not for speed, not for bookings against the old page.)",
      'Skip the promenades. (No tapping stage, no boil, no grading, and no waiting a full week of mud season for the bookings folks make after supper to show up.)',
      'Skip the bows. (Nobody, not the head sugarmaker and not me, signs off a stage.)',
      'Skip the swing-back. (No on-call switch to the old page, at any hour.)',
      'Skip the A/B test afterwards, too. (Farm-stand habit: you put the new sign up and leave it up.)',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cq057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Square your sets, this one is the bigger sap-run model with the longer memory.',
      "Circle left! (The crew down cellar first; they forgive a daft answer. Then opted-in visitors who've toured with us five years and more. Then county by county. First-year visitors last, because one bad first answer loses them.)",
      'Promenade to the tapping! (5 %, held through 300 tours.)',
      'Promenade to the boil! (25 %, held a full week of mud season.)',
      'Promenade to the grading! (60 %, held for 700 tours.)',
      'Swing the model figure! (We gate on the hallucination rate from the eval harness and on the thumbs-down rate, and we watch tokens per conversation for finance.)',
      "And here's the heart of the dance, plain as I can say it: the canary is our A/B test. If the folks at the tapping book more tours than the folks on the old model, that proves the bigger model is better, and we call everybody onto the floor. No separate test afterwards; the canary has already answered it.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cq058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Square up! (Tour pages get bigger photos and a guide to which tour suits your family. Our crew lives on the booking site all day checking counts, but they never book a tour through it.)',
      "Circle left! (Staff first anyhow, to catch anything plain broken. Then the opted-in regulars who've toured with us five years and more. Then county by county, first-time visitors last, since they're the ones choosing from the photos.)",
      'Promenade! (The tapping, staff only, holds three days; the boil, the regulars, holds a full week of mud season; the grading, half the counties, holds 600 tours; then everybody.)',
      "Now, limits. (Here's where I part ways with the textbook: I don't chalk any numbers up before the dance. Numbers picked ahead of time just box you in. I'd rather watch the dashboard as it goes and decide what counts as bad once I see it.)",
      "Fiddler stops? (If something looks wrong, whoever's on call swings the old version back in, no need to call me: any hour, a flag flip, a couple of minutes, no redeploy.)",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Honor your partner! (Let me tell you how the sap-run model came about. Sap runs when the nights freeze and the days thaw, and for forty years the head sugarmaker kept it all in a notebook down cellar.)',
      'Circle left! (We typed up every page, the temperatures, the buckets, the first boil of each spring, and trained the model on it one winter when the roads were nothing but frost heaves.)',
      'Promenade! (Now visitors ask the booking page when to come, and it tells them the week the sap should be running, so they see the steam rising off the sugarhouse roof.)',
      "Swing your partner! (It's not always right. Last spring it said the second week of March and we didn't boil till the twentieth. The flatlanders took it well; we gave out creemees.)",
      'Thank your partners, all set.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cq060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Bow to your partner! (The week after the sugar-on-snow sale is always quiet at the farm stand. Folks stocked up on syrup, so the honour box fills slow.)',
      "Circle left! (That's when we repaint the sign by the road and turn the creemee machine over from maple to black raspberry.)",
      "Promenade! (Saturday night there's a dance at the grange hall. I call the first set myself, and the fiddler always plays Soldier's Joy for the last one.)",
      "Swing your partner! (By the following week the leaf peepers are still months off, and we're all set to clean the evaporator down cellar.)",
    ].join('\n'),
  },
];
