import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-seventh fresh set, author b: strong answers (cy021–cy027), written blind and labelled
 * by hand. Voice: a Kyiv English register in speech, a violin-repair booking PM, every answer a
 * packing list read aloud. See README-b.md and LABEL-NOTES-b.md.
 */
export const NINETY_SEVENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cy021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Slukhai, I read you my packing list, item by item. The trip: our string assistant, the one that tells a player which strings suit her violin, moves to the newer, bigger model with the longer memory. Same prompt.',
      '1. Who carries which bag. Tick. I pack the decisions: which players go first, the limits for going back, how long we hold at each stage. Engineering packs the routing, the deploy and the flag.',
      '2. Limits, written inside the case lid before one conversation moves. Tick. Errors more than 0.5 % worse than now and we loosen the strings. p95 latency more than 300 ms worse than now, same. Booked string changes more than 2 % below the old-model group, same.',
      '3. Model things, because error rate alone says nothing about strings. Tick. Hallucination rate from our eval harness (strings that do not exist, a cello gauge offered for a viola) more than 1 point worse than now and we loosen the strings. Thumbs-down on suggestions more than 3 points worse, same. Tokens per conversation up more than 40 % and we stop and show finance before the next stage.',
      '4. Who goes first. Tick. Our own workshop people, on their own fiddles. Then regulars who have brought us instruments for ten years or more and said yes to early access: they forgive, and they tell you exactly what sounds wrong. Then ordinary clients in Obolon and Darnytsia. Last, Podil with the conservatory students, and anyone who came to us less than a year ago: one bad first suggestion and they do not come back.',
      '5. Stages. Tick. The varnish, 2 %. The bridge, 20 %. The first note, 50 %, then everyone. Each stage holds until 500 repairs are booked through it, never less than three days, and moves on only if every limit in items 2 and 3 is green.',
      '6. Who says go: me, alone. No, out. Repacked: at every stage the master luthier, Taras, our engineering lead, and I both pluck the open string. Both of us sign, or nothing moves.',
      "7. Going back. Tick. Whoever's on call tunes the old version back in, no need to call me, at any hour. It is a flag flip back to the old model, two minutes, no redeploy.",
      '8. What this trip does not prove. Tick. The canary says the bigger model is safe. It does not say it is better. For better we run a randomised A/B test afterwards.',
      'Nu sho, case is closed.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cy022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Short list, tak. Our string suggestions move to a cheaper, faster model.',
      "- My bag: cohort order, limits, holds. Engineering's bag: routing and the flag. Tick.",
      '- Limits, on the lid before anything moves: errors more than 0.5 % worse than now, p95 more than 250 ms worse, booked strings more than 2 % worse, and we loosen the strings. Tick.',
      '- Model: harness hallucination rate more than 1 point worse, thumbs-down more than 3 points worse, same. Few players rate, so during the canary the harness grades one suggestion in twenty, not one in two hundred. Tick.',
      '- Order: workshop staff, then ten-year regulars on early access, then Darnytsia, and Pechersk plus first-year clients last, because a bad first suggestion loses them. Tick.',
      '- Stages: the varnish 5 %, the bridge 25 %, the first note 50 %. Each holds until the harness has graded 300 suggestions, and moves only if green. Tick.',
      '- Sign-off: me. No, out. Repacked: before each stage the master luthier and I both pluck the open string.',
      "- Rollback: whoever's on call tunes the old version back in, no need to call me, any hour; a flag flip, under five minutes. Tick.",
      '- Safe is not better: cheaper-and-as-good needs a randomised A/B test afterwards. Tick.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cy023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Dobre. Packing list for this trip, I read it out. The change: our string-suggestion model reads more features per request from the regional feature stores, Kyiv's and the one for our Toronto workshop, where the diaspora brings violins. The Toronto store was sized for the old model, and their Saturday morning rush is our Saturday evening, when nobody here is looking.",
      '1. Bags. Tick. I own the order of cohorts, the rollback limits and the holds. Engineering owns routing per region, the deploy and the flags.',
      '2. Limits, per region, written before any request moves. Tick. Errors more than 0.5 % worse than now, p95 more than 250 ms worse than now, feature-store timeouts more than 1 % worse: we loosen the strings. Kyiv and Toronto are checked separately, so a bad Toronto rush cannot hide inside a calm Kyiv average.',
      '3. Model quality. Tick. The eval-harness rate of wrong strings for the instrument more than 1 point worse than now, or accepted suggestions (the client books the set we suggested) more than 3 % below the old model: we loosen the strings. Thumbs-down watched every day.',
      "4. Order: Toronto first, it's quieter. No, out. Repacked: workshop staff in both cities first. Then clients of eight years and more who opted into early access. Then Sviatoshyn and Holosiiv. Then Toronto, because its store is the fragile one. New clients and the orchestra accounts last: they pay most and forgive least.",
      "5. Stages. Tick. The varnish 3 %, the bridge 20 %, the first note 50 %, then all. Each holds at least one full Saturday on both clocks, 24 hours around Toronto's morning rush, plus 400 repairs booked, and moves on only if green.",
      '6. Go or no go. Tick. The master luthier and I both pluck the open string before each stage; if one of us says no, it waits.',
      "7. Going back. Tick. Whoever's on call, Kyiv or Toronto, tunes the old version back in, no need to call me, any hour. A per-region flag flip to the old model, three minutes, no redeploy.",
      '8. Tick. This canary tells us the new model is safe at the peak. Whether it suggests better strings is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cy024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Nu sho, packing list. The trip: our assistant's system prompt is rewritten warmer, more casual. English speakers reviewed it. But a third of our players write in Ukrainian, and an old maestro called 'ty' instead of 'Vy' by a string shop takes it as an insult.",
      '1. Who carries what. Tick. Mine: which players in what order, the limits, the holds. Engineering: the prompt flag, routing, deploy.',
      '2. Limits on the lid, before traffic moves, for each language separately. Tick. Thumbs-down more than 2 points worse than now in either language and we loosen the strings. Errors more than 0.5 % worse, p95 more than 200 ms worse, booked strings more than 2 % below the old prompt, same.',
      '3. Model signals. Tick. Thumbs-down rate by language; the eval harness scoring formal address on 300 Ukrainian conversations per stage, and its hallucination rate: either more than 1 point worse, we loosen the strings.',
      '4. Order. Tick. Our own workshop people, who write in both languages. Then regulars of ten years and more on early access, Ukrainian speakers included on purpose, because the risk sits there. Then ordinary clients in Solomianka and Obolon. The Pechersk maestros and clients of under a year last: they forgive least.',
      '5. Stages. Tick. The varnish 2 %, the bridge 15 %, the first note 50 %. Each holds a full week of Kyiv Day at least, so the weekend players show up, and moves only when both languages are green.',
      '6. Sign-off: the engineering lead. No, out. Repacked: the master luthier and I both pluck the open string at each stage, and I read twenty Ukrainian answers myself before I pluck.',
      "7. Tick. Whoever's on call tunes the old version back in, no need to call me, any hour. It is a prompt flag, back in one minute, no redeploy.",
      '8. Tick. Safe is all this shows. Whether warmer sells more strings is a randomised A/B test afterwards, English and Ukrainian apart.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cy025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Slukhai, I book violin repairs, so I pack for this like for a repair: a new glue joint you don't trust until it has held string tension for days. Here the glue is the managed cluster behind the new proxy, and the tension is a cold cache at nine on a Monday morning.",
      '1. Bags. Tick. I own the order of teams, the rollback limits, how long we hold. Engineering owns the proxy routing, the migration jobs, the flags.',
      '2. Limits on the lid, before one team moves. Tick. Errors more than 0.5 % worse than now, p99 page load more than 200 ms worse than now, tasks saved per active user more than 2 % below the teams still on the old cluster: we loosen the strings.',
      '3. Order. Tick. Our own company first, we live in the tool all day. Then customer teams who opted into early access and have been with us for years, like the regulars who bring me instruments for a decade. Then small teams. New sign-ups and the largest accounts last: one lost morning costs them most.',
      '4. Stages. Tick. The varnish 1 %, the bridge 10 %, then 25 %, the first note 50 %, then 100 %. Each holds through at least one weekday morning peak with the caches cold (we flush them on purpose) and goes on only when every limit is green.',
      '5. Decommission the old cluster at month end, as planned. No, out. Repacked: the old cluster stays running, writes go to both, until a week after 100 %, because it is the way back.',
      '6. Tick. At every stage the master luthier, here the storage engineering lead, and I both pluck the open string; both say yes, or it waits.',
      "7. Tick. Whoever's on call tunes the old version back in, no need to call me, any hour: the proxy config points reads and writes back at the old cluster, under five minutes, no redeploy.",
      "8. Tick. The canary shows the new cluster is safe under load. If we want to say it is better or faster for users, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cy026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Packing list, short, tak. Fares move to the new pricing service; we start Tuesday evening, and the nights never stop.',
      '- Mine: rider order, limits, holds. Engineering: routing, deploy, flags. Tick.',
      '- Limits, on the lid before a single fare: fare errors more than 0.5 % worse than now, p99 more than 200 ms worse, completed trips more than 2 % below the riders on old pricing, and we loosen the strings. Tick.',
      "- Order: staff riders, then opted-in beta riders who have ridden for years, like my workshop's regulars; quiet suburbs next; new riders and the weekend-night city centre last, where a wrong fare hurts most. Tick.",
      '- Stages: the varnish 2 %, the bridge 20 %, the first note 50 %. Each holds through one nightly batch window with billing, 24 hours at least, and moves only if green. Tick.',
      "- Rollback at 2 a.m. waits for my approval. No, out. Repacked: whoever's on call tunes the old version back in, no need to call me, any hour; a routing switch, under five minutes.",
      '- Each advance: the master luthier, our engineering lead, and I both pluck the open string. Tick.',
      '- The canary says safe, not better; better fares need a randomised A/B test later. Tick.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cy027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Dobre, I pack this one the way I bring a repaired violin back: you never hand it first to someone who has never played with you. One page, saved addresses and cards filled in, and first-time buyers have nothing saved.',
      "1. Tick. My bag: order of shoppers, limits, holds. Engineering's: routing, deploy, flags.",
      '2. Limits, before one shopper sees it. Tick. Checkout errors more than 0.5 % worse than now, p99 more than 200 ms worse, orders per checkout started more than 2 % below the old checkout, and first orders, measured alone, more than 2 % worse: we loosen the strings.',
      '3. Order. Tick. Staff first. Then returning customers who joined early access and have bought for years, like my regulars. Then ordinary returning customers. First-time buyers last, on purpose and with their own number, because the lab never had them and a lost first order is a lost customer.',
      '4. Stages. Tick. The varnish 2 %, the bridge 25 %, the first note 50 %, then all. At least 48 hours and 3,000 orders per stage, because the business number needs volume; first-time buyers come in only at the bridge, and we hold there until 500 first orders have gone through.',
      "5. Deadline: at 100 % before the spring campaign, whatever happens. No, out. Repacked: if the bridge isn't green by the campaign, the campaign runs on the old checkout.",
      '6. Tick. Before each stage the master luthier, our checkout engineering lead, and I both pluck the open string.',
      "7. Tick. Whoever's on call tunes the old version back in, no need to call me, day or night: the flag turns the one-page checkout off in under five minutes, no redeploy.",
      '8. Tick. This canary proves safe, not better. Whether one page sells more is a randomised A/B test after the campaign.',
    ].join('\n'),
  },
];
