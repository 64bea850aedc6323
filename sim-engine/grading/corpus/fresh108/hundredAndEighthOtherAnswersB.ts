import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-eighth fresh held-out set, author B: middling, weak, salad, negated, misconception-led and
 * off-topic answers (dj028–dj040), labelled by hand before any grading.
 * Voice: a Flemish (Ghent) English register in speech (allez, amai, zeg, ja ja, nee, santé), the PM of a
 * praline chocolatier whose language model, the box helper, suggests pralines, fillings and box size; every
 * answer a rowing cox's calls to the crew with exactly one call belayed and called again.
 */
export const HUNDRED_AND_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: support-model-upgrade
  {
    id: 'dj028',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: 'Ja ja, the bigger model for the box helper. Call one: staff and the bakers get it first; they forgive a strange praline and tell us why it was strange. Call two: then opted-in customers in Patershol and Ledeberg, then the regulars by years buying, and the corporate accounts and new customers last, because they judge the whole shop on a single box. Belay that call — corporate before new? Nee. Call two again: opted-in customers in Patershol and Ledeberg, then regulars by years buying, then the corporate accounts, and new customers dead last, since a new customer with a silly box never comes back. Power ten: the limits go on the board before the first conversation: thumbs-down more than 2 points worse than now, wrong fillings in the eval harness more than 1 point worse, cost per conversation more than 25 % up, and we stop the tempering machine. Easy all: we move along when the box helper looks happy, and if it goes wrong, we go back. Allez.',
  },
  // Built-in scenario: checkout-first-order
  {
    id: 'dj029',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: [
      'Allez, the single-page checkout.',
      'Call one: the order, the holds and the go are mine. The engineers keep the flag and the deploy.',
      'Call two: the first temper, 5 % of checkouts. Hold 2,000 orders.',
      'Belay that call — 2,000 orders is one Tuesday of returning customers.',
      'Call two again: the first temper holds 2,000 orders and one full weekend.',
      'Call three: the enrobing line, 25 %. Hold 10,000 orders.',
      'Power ten: the whole shop, before the spring campaign.',
      'Catch! Tine, the checkout lead, is our head chocolatier here. She and I both taste the first tray at every stage and both sign; only then we row on.',
      'Easy all. Growth gets its page, amai, just not all at once.',
    ].join('\n'),
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dj030',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      '1. Call one: a random 5 % of searches goes to the new index. Nee, no fuss.',
      '2. Call two: limits on the board before any query moves. p99 search time more than 300 ms worse than now, errors more than 0.5 % worse, searches that end in a download more than 2 % worse; any one, and we stop the tempering machine.',
      '3. Call three: the p99 read over all queries.',
      '4. Belay that call — over all queries the rare ones disappear. Call three again: the p99 read separately for queries with three or more filters, same 300 ms.',
      '5. Catch! We widen it when it looks fine.',
      '6. Hold water: whoever is on call puts the old boxes back in the window, no need to call me. Nights and Sundays too: the index alias flipped back to the old layout in two minutes, no redeploy, no approval.',
      '7. Easy all: this shows the smaller index is safe, not that it finds better papers. Better is a randomised A/B test afterwards. Santé.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dj031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Amai, cheaper and faster, the box helper will like that. Call one: we switch the new model on for some customers. Catch! Call two: we keep an eye on how it goes. Belay that call — not just an eye, the whole crew. Call two again: everybody keeps watching the box helper for a while. Power ten: if the suggestions get odd, we go back. Easy all: the engineers know the switch better than I do, so I let them steer this one. Santé.',
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dj032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Zeg, it's a pricing page with a nicer table.",
      'Call one: we ship it Thursday.',
      'Belay that call — Thursday is tight.',
      "Call one again: we ship it Wednesday, so it's there for Friday's campaign.",
      'Catch! Marketing looks at it first and says if they like it.',
      'Power ten: nothing in the backend changes, so what could go wrong, ja ja.',
      'Easy all: if something looks off, we fix it.',
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dj033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Call one: recommendation model, feature store, Tokyo, lunch peak, 05:00, p95, p99, 0.5 %, 2 %, 25 %, allez.',
      'Catch! Thumbs-down, acceptance, eval harness, relevance, hallucination, tokens, cost per query, 3x.',
      'Belay that call — Call one again: feature store, capacity, 40 ms, timeouts, fallback, baseline, control, cohort, Ghent, Tokyo.',
      'Hold water: canary, A/B, ramp, gate, hold, sign-off, rollback, flag, config, five minutes.',
      'Power ten: Patershol, Ledeberg, first temper, enrobing line, whole shop, 1, 5, 25, 50, 100.',
      'Easy all: ML lead, head chocolatier, first tray, Gentse Feesten, santé, amai.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dj034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'Call one, image resizer, new photo format, memory, leak, restart, heap, 20 % faster, Thursday, p99, 95th, 250 ms, 0.5 % errors, listing page, Catch! canary 1 % 5 % 25 % 100 %, staff, bakers, Sint-Amandsberg, Gentbrugge, years buying, sellers, Belay that call — Call one again, memory, heap, 2 GB, 24 hours, restart, deploy, flag, routing, config, on-call, rollback, Hold water, thresholds, holds, sign-off, head chocolatier, first tray, old boxes, window, Power ten, A/B, randomised, baseline, control, cohort, Easy all, nee, zeg, ja ja.',
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dj035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Zeg, let me tell you what I would not do with the warmer prompt for the box helper.',
      '',
      "Call one: split what I own from what the engineers own? Nee, I don't make that split.",
      '',
      "Call two: staff and the bakers first, then opted-in customers by district, new customers last? I wouldn't bother with an order of cohorts.",
      '',
      "Call three: limits written on the board before traffic, thumbs-down in French, suggestions kept in the box? Not for a prompt. We won't put numbers anywhere, and we won't watch those signals.",
      '',
      'Call four: a hold at the first temper and another at the enrobing line? No stages, no holds. Belay that call — not even one short hold at the first temper. Call four again: no holds at all, not one.',
      '',
      'Catch! The ML lead and I tasting the first tray at each gate: no. Nobody signs anything.',
      '',
      "Hold water: an on-call who can put the old prompt back at night with a switch, without asking me? Nee, we won't set that up.",
      '',
      'Easy all: and a randomised A/B test afterwards to see if warmer is better? Not that either. Allez.',
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dj036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Ja ja, the new date picker and the shorter booking form. Notes, call by call, on what we skip:',
      '- Call one: no cohort order. Not staff first, not opted-in guests by district, not new guests last.',
      '- Call two: no limits written before traffic; not bookings, not errors, not latency.',
      '- Belay that call — I said not latency; I mean not anything. Call two again: no limits on any metric, before or during.',
      '- Call three: no stages named, no holds, nobody waiting hours for the bookings to come in.',
      "- Catch! No sign-off at any gate, not mine, not the head chocolatier's.",
      '- Hold water: no on-call person with the right to flip back at night; not a switch, not a redeploy.',
      '- Power ten: no split between what I own and what engineering owns.',
      "- Easy all: no A/B test afterwards either. Nee, that's the list.",
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dj037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Allez, reviews above the fold and a lazy photo gallery on the product page.',
      '',
      "Call one: I own the order of the groups; Nele's engineers own the flag and the routing.",
      '',
      'Call two: staff and the bakers first, because they click everything and a broken page shows up there early; then opted-in customers in Sint-Amandsberg and Gentbrugge; then the rest by years buying; new customers and the big-basket mountaineers last, because a broken page costs us most with them.',
      '',
      'Call three, and this is the point of the whole exercise: the canary proves the new product page is better, so it is our A/B test. We compare what the canary group buys with last week.',
      '',
      'Belay that call — last week was the sale. Call three again: we compare what the canary group buys with the shoppers still on the old page this week, and if they buy more, the page is better and we go to 100 %.',
      '',
      'Hold water: whoever is on call puts the old boxes back in the window, no need to call me. Any hour, a flag switch, two minutes, no redeploy, no approval.',
      '',
      'Easy all: no separate A/B test afterwards; the canary already told us. Amai, saves a month.',
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dj038',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Ja ja, the bigger model with the longer memory for the box helper.',
      '',
      "Call one: we decide limits while we watch. I won't write numbers before I've seen what the bigger model does; the dashboard tells us what normal is.",
      '',
      'Call two: the first temper is staff and the bakers, who forgive a strange praline and tell us why. Hold 2,000 conversations. Then opted-in customers in Ledeberg and Mariakerke, then the rest by years buying, and new customers and the corporate accounts last, since they judge us on one box.',
      '',
      'Call three: the enrobing line at 25 %, hold a full week of the Gentse Feesten.',
      '',
      'Belay that call — a week gives too few long conversations. Call three again: the enrobing line at 25 % holds ten days and 15,000 conversations.',
      '',
      'Call four: the whole shop.',
      '',
      "Power ten: we watch the thumbs-down rate, the wrong fillings the eval harness flags, and the cost per conversation. If one of them looks off, say thumbs-down up three points, we'll see, that's when we draw the line.",
      '',
      'Easy all. Zeg, finance will get its number at the end.',
    ].join('\n'),
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dj039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Zeg, bigger photos and a size guide. Let me call how I'd make them good, the way we shoot our pralines for the window.",
      '',
      'Call one: daylight, no flash. A coat looks like a coat in daylight, the same as a ganache looks like a ganache.',
      '',
      'Call two: three shots per item, front, back and on a person, all on the same grey backdrop.',
      '',
      'Belay that call — three is stingy for a dress. Call two again: five shots per item, with one close-up of the fabric and one of the label.',
      '',
      'Catch! The size guide in centimetres first, then the letters, and a line on how it fits: "runs small", "true to size".',
      '',
      'Power ten: one model height written under every photo, so people can compare with themselves.',
      '',
      "Easy all: the staff already love big photos, they're on the site all day. Amai, our shop assistants were the same with the new window.",
    ].join('\n'),
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dj040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Allez, the recommendation model for the box helper. Let me call what it should actually recommend, because that's the fun part.",
      '',
      'Call one: in Ghent, a birthday box for a grandmother gets pralines with nuts and coffee, nothing too sweet, sixteen pieces.',
      '',
      "Call two: in Tokyo, Valentine's and White Day are the peaks; smaller boxes, nine pieces, yuzu and matcha fillings up front.",
      '',
      'Belay that call — nine is unlucky-sounding for some of our Tokyo customers, Hiroko at the shop tells me. Call two again: eight pieces, yuzu, matcha and a sesame praline.',
      '',
      'Catch! A wedding gets the white ballotin and one filling per table, ja ja.',
      '',
      'Power ten: at lunchtime people buy for the office, so the helper suggests the twenty-four-piece box to share.',
      '',
      "Hold water: nobody should be recommended liquor fillings for a child's party.",
      '',
      "Easy all: the bakers taste every new filling before it reaches the helper's list. Santé.",
    ].join('\n'),
  },
];
