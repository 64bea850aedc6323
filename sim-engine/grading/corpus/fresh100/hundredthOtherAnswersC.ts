import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Hundredth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (db048–db060), written blind and labelled by hand, in the same voice and format. */
export const HUNDREDTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'db048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Liner notes: "Big Model", half an album, track by track.',
      'Track 1 — Who First (2:00). Za. Staff first, they try on every sweater anyway; then buyers who opted into the preview; then Bayanzürkh buyers of five years and more; first-time buyers last, because after a wrong size on a first order they do not come back.',
      'Track 2 — The Lines (2:30). Written before any buyer gets the bigger model: errors more than 0.5 % worse than now, p95 more than 400 ms worse, cost per conversation more than 50 % up, wrong-colour suggestions in the eval harness more than 2 points worse. More than that worse than now and we stop the combing.',
      'Track 3 withdrawn; bonus track: What We Watch (1:40). The thumbs on each suggestion and the returns for wrong size, every day on the board.',
      'Track 4 — The Rest (1:00). After that, za, the engineers take it to everyone when they feel ready. Credits: the whole team, bayarlalaa.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'db049',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      'Liner notes: "New Index", read aloud. Search in our shop moves to a smaller, cheaper index; the usual query got faster, the rare ones were never tested.',
      'Track 1 — Credits (1:00). Za, I decide the stages and how long we wait at each; the engineers own the index, the routing and the flag.',
      "Track 2 — The First Comb (2:00). The new index for 5 % of queries, held 20,000 searches, so enough rare ones come through: colour plus size plus two-ply plus men's.",
      'Track 3 — The Yarn (2:00). 25 %, held a full week of Naadam.',
      'Track 4 withdrawn; bonus track: The Sweater (1:30). 50 %, held 50,000 searches, then all.',
      "Track 5 — Ride Home (1:00). Day or night, whoever's on call rides the old version back to the ger, no need to call me; it is a flag, back in three minutes.",
      'Track 6 — What We Look At (0:50). The slow queries, tiim, we look at them closely and decide then. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'db050',
    scenario: 'model',
    class: 'middling',
    points: points('H S A'),
    text: [
      'Liner notes: "Cheaper Model", three tracks and a bonus. Our size helper moves to a cheaper, faster model.',
      'Track 1 — The First Comb (2:00). Za, 5 % of suggestions, held for 3,000 orders.',
      'Track 2 — The Yarn (2:30). 30 %, held a full week of Naadam.',
      'Track 3 withdrawn; bonus track: The Sweater (2:00). 60 %, held 8,000 orders, then everyone. Before each next stage the master herder, our engineering lead Dorj, and I both tie the blue khadag.',
      'Track 4 — Not a Taste Test (1:10). Tiim, this tells us the cheaper model is safe, not that buyers like it more; that is a randomised A/B test after.',
      'Credits: the whole team. If something looks bad, we talk. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'db051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Liner notes, "Clear Prices", track by track.',
      'Track 1 — The New Table (1:30). Za, the price page of our cashmere shop gets a clearer table: one-ply, two-ply, scarves, sweaters side by side. The checkout behind it does not change. Credits: Oyunaa on photos.',
      'Track 2 — A Few Buyers First (2:00). We show it to some buyers first and see how it goes.',
      "Track 3 withdrawn; bonus track: Friday (1:45). Marketing's campaign links here on Friday, so we want it out before then; we keep an eye on things.",
      'Track 4 — Everyone (1:00). If buyers complain, we go back. If not, tiim, everyone gets it. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'db052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Liner notes, "Suggestions", read aloud.',
      'Track 1 — The New Model (2:00). Za, the new model that suggests sizes and colours on the home screen reads more about each buyer, so the suggestions should be better. Credits: the data team.',
      'Track 2 — Testing (1:30). We test it well offline first; the offline numbers were good.',
      "Track 3 withdrawn; bonus track: Europe (1:10). Buyers in Europe shop while we sleep, so we'll see in the morning how it went.",
      'Track 4 — Out (1:20). Then we release it slowly and monitor. The engineers know the feature stores; I trust them to tell me if something is wrong. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'db053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Liner notes: "Resize", track list.',
      'Track 1 — Canary Cohort Ramp (2:10). Za. Canary cohort ramp, threshold p99, rollback flag, hold gate sign-off, baseline control, cohort order, staff beta district years.',
      'Track 2 — Threshold Threshold (1:55). Error rate latency p99 p95, 0.5 %, 200 ms, memory heap, restart deploy, khadag herder, stop the combing, hold hold hold.',
      'Track 3 withdrawn; bonus track: Ramp Gate (2:20). 1 5 25 50 100, first comb, yarn, sweater, Naadam week, orders, gate, sign-off, rollback, ger, on call, A/B randomised, safe better, owner routing PM.',
      'Track 4 — Outro Keywords (0:45). Cohort, metrics, dashboards, rollback minutes, photos, format, tiim, bayarlalaa.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'db054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Liner notes: "Model Model", track list.',
      'Track 1 — Eval Harness (1:30). Za. Hallucination rate, eval harness, thumbs-down, tokens per conversation, cost, p95, canary canary.',
      'Track 2 — Cohorts (2:05). Staff, opted-in, Khan-Uul, Chingeltei, five years, first-time last, cohort order, segment, ramp, 2 % 20 % 50 %.',
      'Track 3 withdrawn; bonus track: Gates (1:50). Gate hold Naadam week 3,000 orders, master herder blue khadag sign-off, thresholds pre-committed 0.5 % 300 ms, stop the combing.',
      'Track 4 — Rollback (1:10). On call, any hour, ger, flag, five minutes, safe not better, randomised A/B, PM owns, engineering routing, bayarlalaa.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'db055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Liner notes: "New Prices", read track by track. Price calculation in our shop, tögrög to euro plus shipping, moves to a new pricing service; orders never stop, because Europe buys during our night, and the service shares the nightly batch window with billing. We start Tuesday evening.',
      'Track 1 — No Split (1:20). Za, I would not draw a line between what I own and what engineering owns; nobody needs credits on this album.',
      "Track 2 — No Running Order (1:40). Ügüi, I wouldn't pick staff first or preview buyers next or keep new buyers for last; no order of districts, no order of years with us.",
      'Track 3 — No Lines Written (2:00). We won\'t write stop numbers before Tuesday; no "more than N worse than now and we stop the combing".',
      'Track 4 withdrawn; bonus track: No Stages (1:50). No first comb, no yarn, no sweater, no full week of Naadam, no count of orders to wait for; nobody, not the master herder and not me, ties any khadag before going on.',
      'Track 5 — No Night Ride (1:30). I would not give the person on call a switch to ride the old version back at 2 a.m., and there is no path back measured in minutes.',
      'Track 6 — No Test After (1:00). And no randomised A/B test afterwards, no talk of safe versus better. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'db056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Liner notes: "Cheaper Wool", the tracks we are not playing. Our size helper moves to a cheaper, faster model.',
      "Track 1 — Not My Part (1:00). Za, I wouldn't separate what the PM owns from what engineering owns.",
      "Track 2 — Not the Harness (2:00). Ügüi to raising the eval harness above one answer in two hundred, ügüi to watching thumbs-down, returns for wrong size or cost per suggestion; we wouldn't gate on any model quality number.",
      "Track 3 — Not Before (1:30). We won't fix rollback limits before traffic moves; no numbers written down.",
      'Track 4 withdrawn; bonus track: Not in Order (1:40). No staff first, no opted-in buyers next, no holding first-time buyers back; no districts, no years with us.',
      'Track 5 — No Stages, No Khadag (1:50). No named stages, no hold of a full week of Naadam or any count of orders, no sign-off by the master herder or by me.',
      'Track 6 — No Ride Back (1:10). Nobody on call gets a switch to ride the old version back at night; no test after, A/B or otherwise. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'db057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H'),
    text: [
      'Liner notes: "Warm Words", read aloud track by track. Our size helper gets a warmer, more casual prompt.',
      'Track 1 — The Point of the Album (1:30). Za, straight: this canary is our A/B test. If the buyers on the warm prompt order more than the buyers on the old one, that proves the warm prompt is better, and we ship it to all.',
      'Track 2 — Credits (1:00). I own the running order, the stop lines and how long each stage waits; engineering owns prompt routing, deploys and flags.',
      'Track 3 — Running Order (1:50). Our own staff first, in Mongolian and English; then buyers who opted into previews; then Bayangol regulars of four years and more; elder buyers who write in Mongolian and first-time buyers last, because a casual "chi" where they expect "Ta" offends them most.',
      'Track 4 — Stop Lines (2:00). Written before any traffic: errors more than 0.5 % worse than now, p95 more than 250 ms worse, orders per suggestion more than 3 % worse than now, and we stop the combing.',
      'Track 5 withdrawn; bonus track: Stages (2:10). The first comb at 2 %, the yarn at 20 %, the sweater at 50 %, each held 2,000 orders, then everyone, and whichever group sells more wins. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'db058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      'Liner notes: "Bigger Photos", track by track.',
      'Track 1 — The Change (1:00). Za, product pages get big photos of the weave and a size guide. Our shop staff live on the site all day checking stock; they almost never buy.',
      'Track 2 — Running Order (1:50). Staff first, they find a broken picture fast; then buyers who opted into previews; then Sükhbaatar and Bayanzürkh regulars of five years and more; new buyers last, because a confusing size guide on a first visit loses them.',
      'Track 3 — No Lines Yet (1:40). Limits I set only after launch: each morning I look at the dashboard and decide then what counts as too bad. Writing numbers in advance is only guessing.',
      'Track 4 withdrawn; bonus track: Stages (2:20). The first comb at 5 %, the yarn at 25 %, the sweater at 50 %, each held a full week of Naadam, then everyone. At each gate the master herder, our engineering lead Nomin, and I both tie the blue khadag.',
      "Track 5 — Ride Home (1:00). Any hour, whoever's on call rides the old version back to the ger, no need to call me: a flag, a few minutes. Bayarlalaa.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'db059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Liner notes: "Spring Combing", track by track.',
      'Track 1 — The Goats (2:40). Za, every spring the herders in Arkhangai comb the goats by hand; the under-down comes out soft, about sixteen microns. Credits: the Tsetserleg cooperative.',
      'Track 2 — Sorting (3:00). White, brown and grey down are sorted by hand at long tables; the grey sells best to our buyers in Europe.',
      'Track 3 withdrawn; bonus track: Last Week (2:10). The spring sale, twenty off everything, ended on Sunday at midnight; tiim, the warehouse girls packed boxes until morning.',
      'Track 4 — Reviews (1:30). Our buyers write lovely reviews about the softness; I read them every morning with milk tea.',
      'Track 5 — Outro (0:50). Come to Ulaanbaatar in July and watch the wrestling. Bayarlalaa.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'db060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Liner notes: "Fitting Day", read aloud.',
      'Track 1 — The Showroom (2:00). Za, buyers book a fitting in our Sükhbaatar showroom; the new date picker shows the Tsagaan Sar days in red, and the form is shorter.',
      'Track 2 — Why Fittings (2:20). Cashmere sits loose or close depending on the ply; one fitting saves a return by post.',
      'Track 3 withdrawn; bonus track: Colours (1:50). The picker is camel, cream and sky blue, like our autumn collection; the designer chose them in one afternoon.',
      'Track 4 — Families (1:40). Buyers often talk it over at home before they choose a day; grandmothers have opinions about colours.',
      'Track 5 — Thanks (0:40). Bayarlalaa to the design team; tiim, they worked hard.',
    ].join('\n'),
  },
];
