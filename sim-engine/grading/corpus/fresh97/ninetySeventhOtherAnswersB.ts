import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-seventh fresh set, author b: middling (cy028–cy030), weak (cy031–cy032), keyword salad
 * (cy033–cy034), negated (cy035–cy036), misconception-led (cy037–cy038) and off-topic
 * (cy039–cy040) answers, written blind and labelled by hand. See LABEL-NOTES-b.md.
 */
export const NINETY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cy028',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      'Packing list for the bigger model, tak. Not everything is ticked yet.',
      '- Bags. Tick. I decide which players get it and in what order; engineering does the switching and the deploy.',
      '- Order. Tick. Workshop staff, then regulars of ten years on early access, who forgive and explain, then Obolon clients, and new clients last, because one bad first suggestion loses them.',
      '- Model watch. Tick. Hallucination rate from the eval harness, thumbs-down on suggestions, tokens per conversation for finance: I look at all three every day of the canary.',
      '- A separate cost sheet for finance. No, out. Repacked: cost lives in the watch item above, as tokens per conversation.',
      '- Numbers for going back. Not ticked, still in the drawer.',
      '- Stages. Not ticked either.',
      '- If it sounds bad, we go back. Tick.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cy029',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "Packing list. Payments move to the provider's new SDK with wallets, and Friday dinner is the big hour.",
      '- Limits, written before traffic moves. Tick. Payment failures more than 0.5 % worse than now, Android measured on its own and iOS on its own; p99 payment time more than 300 ms worse; any five-minute window above 3 % failures, because this kind of SDK fails in bursts. Any of these and we loosen the strings.',
      '- Who gets it: a random 5 % of orders. Tick.',
      '- Stages. Tick. The varnish 5 %, the bridge 25 %, the first note 50 %. Each holds through one Friday dinner at least and moves only if every limit stayed green.',
      "- Rollback: redeploy the old SDK build. No, out. Repacked: whoever's on call tunes the old version back in, no need to call me, at any hour: remote config sends payments back to the old SDK in under five minutes, no app release.",
      '- Wallet payments. Not ticked, later.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cy030',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: [
      'Dobre, the list. Search moves to the new index, smaller and cheaper.',
      "- Order. Tick. Our own researchers first. Then free-tier users who opted into the beta and have searched with us for years: they tell you when something's slow. Then the rest of the free tier. Institutional licences last, because they pay and their librarians will call.",
      '- Who says go. Tick. Before every widening the head of search engineering and I both pluck the open string, like the master luthier and me in the workshop.',
      '- The slow, rare queries with many filters, not only the median. Tick, I look at them.',
      "- Proof that the new index is better. No, out. Repacked: the canary only shows it's safe; whether researchers find papers better is a randomised A/B test afterwards.",
      '- Exact limits, stages. Not ticked yet.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cy031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Packing list, nu sho.',
      '- The cheaper model. Tick.',
      '- Put it on some players first. Tick.',
      '- Look at the ratings. No, out, there are hardly any ratings. Repacked: look at the ratings and ask a few regulars what they think.',
      '- If they complain, we go back. Tick.',
      '- Everyone else after. Tick.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cy032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Slukhai, the list for the resizer trip.',
      '- A canary: a small part first, then everyone. Tick.',
      '- Benchmarks say 20 % faster, so confidence goes in the case. Tick.',
      '- Watch it. Tick.',
      '- Everywhere by Thursday. No, out. Repacked: Thursday, maybe Friday.',
      '- If something is slow, engineering will sort it out. Tick.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cy033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Packing list:',
      '- canary cohort threshold rollback: tick',
      '- staff beta p99 0.5 % 200 ms varnish bridge first note: tick',
      '- sign-off master luthier open string hold gate: tick',
      '- on-call config switch minutes A/B randomised safe better: tick',
      '- cohort threshold rollback canary cohort threshold rollback: tick',
      '- No, out. Repacked: canary cohort threshold rollback sign-off hold gate',
      '- loosen the strings Kyiv Day Podil Obolon regulars ten years: tick',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cy034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Packing list, tak:',
      '- hallucination eval harness thumbs-down tokens per query: tick',
      '- feature store Toronto Saturday rush p95 timeouts: tick',
      '- varnish bridge first note hold gate sign-off: tick',
      '- pluck open string on call tune old version: tick',
      '- No, out. Repacked: hallucination eval harness thumbs-down hold gate',
      '- cohort Sviatoshyn Holosiiv early access regulars canary A/B: tick',
      '- threshold rollback cohort threshold rollback loosen the strings: tick',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cy035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Packing list, and honestly most of it stays home, tak.',
      '- Splitting my decisions from engineering’s: I packed it. No, out. Repacked: nothing in its place.',
      '- Workshop staff first, then early-access regulars, new clients last: not packing it.',
      '- Limits written on the lid before traffic moves: no, not packing that either.',
      '- The varnish, the bridge, the first note, with a hold at each: stays on the shelf.',
      '- The master luthier and I both plucking the open string before each stage: no.',
      "- Whoever's on call tuning the old version back in at any hour without calling me: not packed.",
      '- Thumbs-down split by language, the eval harness scoring formal address: left at home.',
      '- A randomised A/B test afterwards: also no.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cy036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Slukhai, the case for the bigger photos and the size guide, item by item.',
      '- Staff first, then customers who opted in, newest customers last? Ni. Not going in.',
      '- Error and latency limits agreed before any shopper sees it? Ni.',
      '- Stages with a hold at each one? Ni, I leave them out.',
      '- A named person saying go before each step? No, out. Repacked: still nobody.',
      "- On-call switching the old page back by config without waiting for me? Ni, that doesn't go in.",
      '- Me owning the order and limits while engineering owns the switch? Ni.',
      '- An A/B test afterwards for whether it is better? Ni, that stays home too.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cy037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Packing list for reviews above the fold, tak.',
      '- Bags. Tick. I own which shoppers go in what order and how long we hold; engineering owns the routing and the flag.',
      '- Order. Tick. Staff, then customers of many years who opted into early access, then the rest, and new customers last, because a first impression is fragile.',
      '- Stages. Tick. The varnish 5 %, the bridge 25 %, the first note 50 %, each held three days before we go on.',
      "- Rollback. Tick. Whoever's on call tunes the old version back in, no need to call me, any hour; a flag switch, two minutes.",
      '- Compare with last week. No, out. Repacked: compare with the shoppers still on the old page this week.',
      '- The main thing in the case. Tick. The canary is our A/B test: if the first-note half buys more than the other half, that proves the new page is better, and that is how we decide to ship. No separate test is needed.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cy038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'Packing list for the bigger model, nu sho.',
      '- Order. Tick. Workshop people, then ten-year regulars on early access, then Darnytsia clients, new clients last, because they leave after one bad suggestion.',
      '- Stages. Tick. The varnish 5 %, the bridge 25 %, the first note 50 %, each held for 300 repairs before going on.',
      '- Each stage: the master luthier and I both pluck the open string. Tick.',
      '- Watched every day: eval-harness hallucination rate, thumbs-down, tokens per conversation. Tick.',
      "- Rollback limits written before we start. No, out. Repacked: no limits in advance. You cannot know the right number for a new model before you have seen it, so I'd rather eyeball the dashboard for the first days and set the limits from what looks normal then.",
      '- Going back: if it looks bad to me, we go back. Tick.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cy039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Nu sho, my case for the violin-making fair in Cremona, read out.',
      '- Passport, tickets, the hotel booking printed. Tick.',
      '- Spare E strings, two sets, and a cake of dark rosin. Tick.',
      '- The case humidifier, because Italian hotel rooms are dry in autumn. Tick.',
      '- The good bottle of varnish. No, out. Repacked: the small bottle, the airline counts liquids.',
      '- The sound-post setter and my little mirror. Tick.',
      '- Business cards in Ukrainian and Italian. Not ticked, at the printer.',
      '- Something from Kyiv for the makers we stay with. Tick, honey from my aunt.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cy040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Tak, I'll tell you what I pack for a touring violinist, string by string.",
      '- Gut strings for the baroque player, warm and soft, but they hate humidity. Tick.',
      '- Synthetic core for the student: stable, forgiving, cheap to replace. Tick.',
      '- A steel E for everyone, it cuts through an orchestra. Tick.',
      '- A gold-plated E. No, out. Repacked: a plain steel E, the gold one whistles on her violin.',
      '- Heavier gauge for the viola player in a big hall. Tick.',
      '- A spare set of everything, because strings break on tour at the worst moment. Tick.',
    ].join('\n'),
  },
];
