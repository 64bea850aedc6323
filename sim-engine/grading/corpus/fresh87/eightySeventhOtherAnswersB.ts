import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-seventh fresh set, author b: middling (co028–co030), weak (co031–co032), keyword salad
 * (co033–co034), negated (co035–co036), misconception-led (co037–co038) and off-topic
 * (co039–co040) answers, written blind and labelled by hand. Voice: a Seattle coffee-roaster
 * subscription PM keeping a ship's log.
 */
export const EIGHTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: quiet-feedback-trap
  {
    id: 'co028',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Log, cheaper-model trip.',
      '',
      '0600. Bearing 180, fog, the horn at West Point going. Our brew cards move to a cheaper, faster model. I keep the part that is mine: the turn-back lines and the call on when we go further. The engineers keep the wheel, meaning the routing and the deploy.',
      '',
      '0620. Lines, written before we leave the dock: harness-graded wrong recipes more than 1 point worse than now and we turn back to port; thumbs-down on brew cards more than 2 points worse than now, same; errors more than 0.5 % worse than now, same.',
      '',
      '0700. Out with a random 5 % of subscribers. We watch the harness grades and the thumbs-down as they trickle in.',
      '',
      '1500. Rain again, no sunbreak today. If it goes badly, we go back.',
      '',
      'Later. The rest of the fleet follows when it looks fine.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'co029',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "Log, image-service crossing. The marketplace's resizer is rewritten for a new photo format; it only restarts on deploys, and the team wants it everywhere by Thursday. Slowing down over a day is trouble a roaster knows: the drum is fine on the first batch and drifting by the tenth.",
      '',
      "Mon 0800. Bearing 240, drizzle, the Mountain hiding. Boarding order: our own staff's listings first, then sellers who opted in to the beta (they'll tell us when thumbnails look off), with the big-volume sellers and sellers new this year last, since slow pages cost the first the most and the second might not stay.",
      '',
      'Stages: casting off at 2 %, held 48 hours with no restart so a leak has time to show; mid-Sound at 25 %, held another 48 hours without a restart; docking at 100 %. Thursday slips if it has to.',
      '',
      'Mon 1400. Watching memory and resize time. If p99 looks a couple of hundred ms off, maybe we talk about it then.',
      '',
      "Standing order: whoever has the night watch brings the old version back aboard, no need to wake me. It's a routing switch to the old resizer, a few minutes, no redeploy, no one to ask.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'co030',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      'Log, bigger-model voyage.',
      '',
      '0700. Bearing 000, north past Kingston, the Mountain out behind us. The brew assistant moves to the larger model, and finance wants to know how spendy a recommendation gets.',
      '',
      '0715. Lines in the log before anyone gets a card from the big model: tokens per recommendation more than 50 % above now and we turn back to port; cards the cupping harness grades unbrewable more than 1 point worse than now, same; thumbs-down more than 2 points worse than now, same.',
      '',
      "0730. Our biggest wholesale cafés come aboard first; they brew the most, so we'll hear quickest.",
      '',
      '0800. Then everyone else over the next few days.',
      '',
      'Watching the whole way: harness grades, thumbs-down, tokens per recommendation. If something is off we sort it out with engineering.',
      '',
      'Remark: this voyage can only tell us the big model is safe. Whether it brews better gets its own randomised A/B test after docking.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'co031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Log, pricing-page outing.',
      '',
      "0900. Sunbreak over Lake Union. New pricing page for the video editor; nothing behind it changes. I'd let it out to a few people, keep an eye on it, and if it looks fine by the Friday campaign we put it everywhere. Engineering knows the ropes better than I do. If anything looks off, we go back.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'co032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Log, new brew model.',
      '',
      "1000. Bearing 315, grey and spitting. The new brew model reads more features from the regional stores. I'd test it well in staging first, then sail it out to some subscribers and watch the dashboards. A canary is named for the birds miners took underground, and the idea is the same: a few people notice trouble first. If the Tokyo subscribers complain, we'll know soon enough and fix it.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'co033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Log. 0600 bearing 020 drizzle.',
      'Canary casting off mid-Sound docking cohort Ballard Fremont German Sie du prompt warm.',
      'Thresholds turn back to port 0.5 % 200 ms thumbs-down harness eval register.',
      'Hold Seafair week subscriptions 1,500 roastmaster sign log night watch old version aboard.',
      'Rollback config switch minutes A/B safe better tokens p95 flag routing engineering PM owns.',
      '0900 sunbreak Mountain out spendy.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'co034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Log. 0700 bearing 210 rain.',
      'Migration proxy managed cluster warm caches cold caches decommission end of month.',
      'Canary cohort staff beta neighbourhood years subscribed error 0.5 % p99 200 ms worse than now turn back to port.',
      'Stage hold gate casting off mid-Sound docking sign-off roastmaster log.',
      'Rollback routing switch five minutes night watch no need to wake me A/B safe better.',
      '1200 sunbreak spendy.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'co035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Log, search-index voyage.',
      '',
      '0800. Bearing 090, rain coming across the lake sideways. The paper search moves to a smaller, cheaper index layout.',
      '',
      "0810. We won't write turn-back lines before casting off; I don't want numbers fixed ahead of time.",
      '',
      '0820. No staged ramp and no holds: no casting off, no mid-Sound, no docking, no waiting at any of them.',
      '',
      "0830. No boarding order by neighbourhood or by years subscribed, and I don't see the point of putting staff or early-access users first or institutional licences last.",
      '',
      '0840. Nobody signs the log between stages, not the roastmaster and not me.',
      '',
      '0850. No night-watch switch to bring the old index back aboard, and nobody on watch told they may use one.',
      '',
      "0900. No A/B test afterwards either; we won't be separating safe from better.",
      '',
      "0910. And I won't split what I own from what engineering owns.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'co036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Log, cheaper-model passage.',
      '',
      "1100. Bearing 200, low cloud over Vashon, no sunbreak in sight. The brew cards go to the cheaper, faster model. For this one I'm not keeping the usual orders.",
      '',
      "1110. I won't be asking the harness to grade more cards, and we won't gate on thumbs-down or on harness grades at all.",
      '',
      "1120. I'm not writing down 'more than N worse than now and we turn back to port' for anything, errors and latency included.",
      '',
      '1130. No crew first, no Tasting Club next, no first-year subscribers last.',
      '',
      "1140. We won't hold for a week of Seafair or for any count of subscriptions, and the roastmaster and I won't be signing the log.",
      '',
      "1150. Nobody on the night watch gets a switch to bring the old model back aboard, and there's no A/B test after docking.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'co037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'Log, bigger-model voyage.',
      '',
      "0600. Bearing 045, across toward Kirkland. Clear, and the Mountain is out. The brew assistant moves to the larger model. The way I see it, this canary is our A/B test: if the subscribers on the big model rate their cards higher than everyone else, that proves it's the better model and we ship it. No separate test needed.",
      '',
      "0630. Boarding order: the roastery crew first, since they'll spot a bad recipe; then Tasting Club members who opted in to early access; then the neighbourhoods; first-year subscribers and our ten-year regulars last, because one bad recipe loses the new ones and the old ones are the business.",
      '',
      '0700. Casting off at 2 %, hold for 1,500 subscriptions. Mid-Sound at 25 %, hold a full week of Seafair. Docking at 100 %.',
      '',
      'Before each stage the roastmaster and I both sign the log.',
      '',
      'The whole voyage we watch the harness-graded unbrewable rate, thumbs-down on cards and tokens per recommendation, and the lift in ratings on the canary side is our proof the big model wins.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'co038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      "Log, product-page crossing. The fashion shop's product pages get bigger photos and a size guide. Staff use the live site all day and almost never buy through it.",
      '',
      '0800. Bearing 160, down toward Harbor Island, rain. I own the boarding order, the holds and when we turn back; engineering owns the deploy, the routing and the flag.',
      '',
      "0815. My view, plainly: rollback limits are something you find by looking. Numbers fixed before sailing are guesswork, so I'll eyeball the dashboard as the traffic moves and decide what counts as bad when I see it. If conversion looks maybe 3 % off, that's when we'd talk.",
      '',
      '0830. Boarding order: staff first, to catch broken pages rather than to read conversion, since they do not buy; then opted-in early-access shoppers; then Capitol Hill and Ballard; first-year shoppers and loyalty members of five years or more last, because the new ones are fragile and the loyal ones are the revenue.',
      '',
      'Night orders: whoever has the night watch brings the old version back aboard, no need to wake me. Flag off, two minutes, no redeploy, no approval.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'co039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Log of Saturday’s cupping run to Bainbridge.',
      '',
      '0740. Bearing 265 on the 0745 boat out of Colman Dock. Drizzle, then a sunbreak halfway across. Six of us, three bags of a washed Ethiopian lot and one natural from Huila.',
      '',
      '0830. Set up at the island café. Grind at 11 on the shop grinder, 12 grams to 200 of water at 94°C, four minutes, break the crust, skim, wait.',
      '',
      '0930. The Ethiopian tastes of bergamot and stone fruit; the Huila is jammy and heavy. The natural is spendy at auction, but the subscribers who pick "adventurous" will love it.',
      '',
      '1130. Ferry home. The Mountain is out over the Sound. We roast the Huila on Tuesday.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'co040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Log, product-page refit.',
      '',
      '1000. Bearing 220, gusty, rain on and off. Reviews move above the fold and the photo gallery lazy-loads. Good call: shoppers trust other hikers more than our copy, the same way our subscribers read tasting notes from other subscribers before our own.',
      '',
      "1030. Lazy-loading the gallery means the first screen paints faster on a phone in a trailhead parking lot with one bar. I'd also tighten the review cards: star rating, one line, the reviewer's trip length.",
      '',
      "1100. Sunbreak. After last week's sale, a calmer page is a nice change of tack for the outdoor shop.",
    ].join('\n'),
  },
];
