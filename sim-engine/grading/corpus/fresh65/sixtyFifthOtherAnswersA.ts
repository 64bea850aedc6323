import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-fifth fresh set, author a: the other answers bs008–bs020 (middling, weak, salad, negated,
 * misconception-led, off-topic), written blind and labelled by hand before any grading.
 * A point is labelled only when the answer commits to it as part of its own plan.
 */
export const SIXTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak (service) · voice: Council-tax PM register in writing; holds as counts of days; thresholds as "worse than the old one by more than"; pulling the lever
  {
    id: 'bs008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "The risk I'd worry about is that it slows down over a day, since the service is only restarted on deploys. So each stage has to run at least two full days without a deploy, otherwise a leak never shows.",
      '',
      'Before we start, we write the limits down: we stop if p99 resize time is worse than the old service by more than 200 ms, if failed image requests are worse than the old one by more than 0.5 %, or if listing views that lead to a seller contact are worse by more than 2 % against last week.',
      '',
      'Stages: 5 % of image traffic for two days, 25 % for two days, 50 % for two days, then 100 %. Each stage holds for its full two days and only moves on if every limit held.',
      '',
      'If a limit trips, the on-call engineer pulls the lever: traffic goes back to the old resizer through a load-balancer weight, a couple of minutes, at any hour, with no need to wait for me or anyone else.',
      '',
      "Thursday isn't realistic with this plan; I'd tell the team it's next week.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · voice: Glaswegian speech
  {
    id: 'bs009',
    scenario: 'model',
    class: 'middling',
    points: points('C M A'),
    text: [
      "See, wi' a bigger model the thing finance is worried aboot is cost, and I'd be worried aboot it makin' things up aboot payslips. So I'd watch the hallucination rate fae the eval harness, the thumbs-doon on answers, the cost per conversation and the p95 response time every day of the rollout. Those are the four I'd put on the release dashboard and gate each step on.",
      '',
      "Who gets it first: our own HR folk, 'cause they know the right answers and they'll tell us when it's talkin' rubbish. Then the customers that signed up tae the preview. Then the smaller employers. The big payroll customers last, because if it gets somebody's leave wrong at a big firm, that's a contract at risk.",
      '',
      "And mind, three points on the evals doesnae mean it's better. A canary only tells ye it's safe. For better ye need a proper randomised A/B test efterwards.",
      '',
      "How long we stay at each bit, I'd see how it goes at the time.",
    ].join('\n'),
  },
  // search-tail-latency (service) · voice: Council-tax PM in writing; two named signers on the change ticket; thresholds as "worse than the old index by more than"
  {
    id: 'bs010',
    scenario: 'service',
    class: 'middling',
    points: points('P T S'),
    text: [
      'On the council-tax portal I learned to split the job cleanly: I decide the rollout, meaning who sees it, the stop limits and how long we wait, and engineering decides how the traffic is routed and deployed. Same here.',
      '',
      "The limits go on the change ticket before any query hits the new index. We stop if p99 query time is worse than the old index by more than 300 ms, if p99.9 for queries with three or more filters is worse by more than 800 ms, if errors are worse by more than 0.3 %, or if searches ending in a paper download are worse by more than 2 % against last week's baseline. The median is not on the list: it already got faster and says nothing about the rare slow queries.",
      '',
      "Every increase needs two signatures on the change ticket: mine and Ruth Okafor's, the search lead.",
      '',
      "We'll move it up in steps as we gain confidence, and if anything looks wrong we'd go back.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: Glaswegian speech
  {
    id: 'bs011',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Och, wi' the vets I'd be careful. Cheaper and faster sounds great, but ye want tae make sure the summaries are still good. I'd put it oot tae some clinics first and see whit they think, and keep an eye on things. If the vets arenae happy we can always switch it back. The feedback's a bit thin, so maybe we'd wait a wee bit longer than usual. I'd trust the engineers tae know the best way tae do it, and we'd take it fae there.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · voice: Council-tax PM in writing
  {
    id: 'bs012',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Honestly, this one is low risk. It's a pricing page and nothing in the backend changes. I'd roll it out gradually before Friday's campaign, check that people can still get through to checkout, and make sure marketing and support know it's coming. At the council we put changes like this out all the time, and the main thing is communication. If something looks off we'd sort it out. I'd want to see it running well before the weekend.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) · voice: Keyword fragments using the voice vocabulary (floors, postcode, change ticket, lever, paydays)
  {
    id: 'bs013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Storage migration. Canary. Managed cluster, new proxy.',
      'Ground floor, first floor, top floor. 1 %, 5 %, 25 %, 100 %.',
      'p99 latency 200 ms, error rate 0.5 %, warm caches, cold caches.',
      'Postcode areas, staff, beta, enterprise.',
      'Change ticket, two signatures, PM, engineering lead. Two paydays.',
      'Rollback, pull the lever, on-call, 24/7, routing switch, minutes.',
      'Thresholds, baseline, control. Safe vs better, A/B test, randomised.',
      'Decommission end of month. Holds, gates, sign-off, cohorts.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: Lower-case keyword run, Glaswegian-flavoured, numbers unbound to metrics
  {
    id: 'bs014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'recs model, feature stores, singapore, berlin, lunch peak. canary canary canary.',
      'eval harness hallucination thumbs-doon p95 token cost compute cost.',
      'staff beta postcode everybody big spenders.',
      'ground floor first floor top floor.',
      '0.5 % 150 ms 3 % 25 % five minutes. two days two paydays.',
      'change ticket two names. lever, config, any hour, on-call.',
      'safe, better, a/b, randomised. pm, eng, owns. thresholds holds gates sign-off rollback. aye.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice: Glaswegian speech with Scots negatives (wouldnae, dinnae, nae)
  {
    id: 'bs015',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Tae be honest, I wouldnae make a big production of this one. It's a prompt, it's words. I'm no gonnae sit and write rollback limits on a change ticket before it goes oot: no thumbs-doon number, no latency number, nothin'. I wouldnae bother wi' staff first and then a beta group either, and I'm no splittin' the German users oot as their ain group to go last. Nae floors, nae holdin' for days at each one; that's just slowin' it doon. I wouldnae have two folk sign it off at every step, and I'm no gonnae set up some lever for on-call tae pull back tae the old prompt in the middle o' the night. I dinnae see the point in watchin' the eval harness or the cost per reply for a tone change. And I wouldnae run an A/B test efter it either. It's a friendlier prompt. Ship it.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · voice: Council-tax PM in writing; plain English negation
  {
    id: 'bs016',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be straight with you: I wouldn't run this as a staged canary at all. There's no point fixing error or conversion limits in advance for a date picker, so I won't be writing any numbers on the change ticket. I'm not going to start with staff or with opted-in customers, and I won't keep first-time guests back to the end. No stages, and no waiting a day at each one for the bookings to come through; the team wants it at 100 % this afternoon and that's what it gets. Nobody needs to sign each step, and I'm not asking engineering to wire up a quick switch back to the old booking page. An A/B test afterwards isn't something I'd spend time on either, and I'm not drawing lines between what I own and what engineering owns for a form. Design loved it. Ship it this afternoon.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · voice: Glaswegian speech; floors; pulling the lever
  {
    id: 'bs017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "Here's the thing: I dinnae believe in settin' limits before ye've seen the data. Ye cannae know whit normal looks like for a cosmetic change till it's oot. So I'd open it up, watch the dashboards, and decide whit counts as bad once I see how it's behavin' against last week. That's the whole approach, really: let the numbers tell ye where the line is.",
      '',
      "The order: staff first, then the folk who signed up tae try new things early, then everybody else, wi' new customers last, 'cause they've nae reason tae forgive us.",
      '',
      'Floors: ground floor for staff, two days; first floor for the opt-in lot, two days; then half of everybody for three days; then the top floor.',
      '',
      "If I see somethin' I dinnae like, on-call can pull the lever back tae the old page any time, day or night. It's a config switch, a couple of minutes, and they dinnae need tae ask me.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · voice: Council-tax PM in writing; story from a previous launch; change ticket
  {
    id: 'bs018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T M'),
    text: [
      "The way I see it, the canary is our A/B test. We put the bigger model in front of 1 % of conversations chosen at random, compare them with everyone else, and if the canary group's resolution rate is higher, that proves the new model is better and we roll it out. That's exactly how we proved the new payment page was better on the council-tax portal: the canary group paid on time more often, so we shipped it.",
      '',
      'Ownership: I own the decision to go on and the limits; the ML platform team owns the routing and the deployment.',
      '',
      "Before the canary starts we agree the limits on the change ticket: stop if errors rise more than 0.5 % over the old model, if p95 latency rises more than 400 ms, or if the resolution rate drops more than 2 points against the baseline. On top of that I'd gate on the hallucination rate from the eval harness and on the cost per conversation, since finance asked, and stop if either is worse than the old model by more than 20 %.",
      '',
      'Once the canary shows the lift, we go to 100 %.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · voice: Council-tax PM in writing; postcode areas; story from the council
  {
    id: 'bs019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Bigger photos and a size guide are really about returns, so this is how I'd plan the work. First, we pull last year's returns data and find which categories come back most for the wrong size. On the council portal we did the same with failed payments by postcode area, and it told us where to focus. Then the merchandising team re-shoots the top 200 products at the new size, and the size guide gets measurements from the suppliers plus a fit note from staff who've tried the clothes on. We write the copy in plain English, test it with five or six customers in the lab, and fix whatever confused them. Launch emails go out one postcode area a week, so customer service isn't swamped with sizing questions. Success is fewer returns marked 'didn't fit' over the next quarter, reported to the trading director every month.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: Glaswegian speech; story from the council
  {
    id: 'bs020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "See, the real problem here is that naebody rates the summaries. So whit I'd dae is fix that. I'd put a wee thumbs up and doon right under the summary instead of hidin' it in a menu, and a one-line box for whit it got wrong. Then I'd phone ten or twelve clinics masel. I did that at the council wi' folk that kept phonin' aboot their council-tax bills, and ye learn mair in an afternoon than in a month of dashboards. We'd run a wee prize draw for clinics that rate fifty summaries in a month, and I'd get the customer success team tae mention it on their quarterly calls. Within a quarter I'd want the rating rate up tae one summary in ten.",
    ].join('\n'),
  },
];
