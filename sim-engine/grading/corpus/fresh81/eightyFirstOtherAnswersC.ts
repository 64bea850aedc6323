import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-first fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers (ci048–ci060), written blind and labelled by hand. Same voice as the strong set.
 */
export const EIGHTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: payment-sdk-android-bursts
  {
    id: 'ci048',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Pattern: New Payment SDK',
      'Row 1: Before anything goes out, write it down in the book. If payment failures on Android are more than 1 per cent worse than now, or more than 0.5 per cent worse on iPhone, we rip it back. If payment time at p95 is more than 300 ms slower than now, we rip it back.',
      "Row 2 (the cast-on): 2 per cent of orders. Work even till we've had a Friday dinner rush; the bursts only show when it's busy, b'y.",
      'Row 3 (the body): 20 per cent. Work even for 30,000 paid orders.',
      'Row 4 (the sleeves): 50 per cent. Work even through another Friday.',
      'Row 5: bind off at 100 per cent.',
      '*Before each row, the payments lead and I both check the tension; rep from * to end.',
      "If it's worse than those numbers, we go back and have a look at the SDK with the provider.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ci049',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Pattern: Bigger Model for the Pattern Helper',
      "Row 1 (the cast-on): shop staff and the Thursday knitting circle in Baddeck go first; they'll tell us straight if a suggestion is foolish. Work even for a week.",
      'Row 2: the test knitters who put their names down for early things. Work even for 1,000 conversations.',
      "Row 3 (the body): customers who've ordered five winters or more, Inverness and Victoria counties. Work even for a full week of the fall festival.",
      "Row 4 (the sleeves): everybody else, first-winter customers last, because they've no reason yet to forgive us.",
      'All the way along we watch, right close, the thumbs-down rate on suggestions, the eval harness score for made-up stitches, and what each conversation costs us in tokens, since the owner is asking.',
      'Bind off when it looks right.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ci050',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Pattern: New Image Resizer',
      'Row 1: Sort the needles first. Engineering owns the resizer, the deploys and the routing of traffic. I own who goes in first, when we knit further and the limits we rip back on. Thursday is their wish, not my deadline.',
      'Row 2: Cast on a bit of traffic and let it run a good long while, not an hour. The service only restarts on deploys, so if something leaks it shows late in the day.',
      'Row 3: Knit on slowly after that.',
      "Row 4: Whoever's on call rips back to the old version, no need to phone me, any hour. It's a routing switch back to the old resizer, minutes, not a redeploy; a redeploy would restart the new one and hide the very thing we're looking for.",
      "Finishing: twenty per cent faster in a benchmark doesn't make it better for sellers. The canary only tells us it's safe; better is a randomised A/B test after.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'ci051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Pattern: New Pricing Page',
      'Row 1: Cast on with some of the visitors.',
      "Row 2: Knit a few rows and see how it looks. It's only a comparison table, b'y, and the checkout behind it isn't changing, so there's not much to go wrong.",
      "Row 3: Rep Row 2 until Friday's campaign.",
      "Bind off: everyone has it before marketing sends the link. If anybody complains, we'd go back.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ci052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Pattern: Cheaper Summary Model',
      'Cast on: put the cheaper model out to a few customers.',
      'Row 1: Keep an eye on things.',
      'Row 2: Ask around if the summaries seem all right.',
      "Rep Rows 1 and 2 till we're happy, then bind off for everyone. The cheaper one is faster too, so it should be some good.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ci053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pattern: Canary Search Index Thresholds Rollback',
      'Row 1: CO canary cohort p99 tail latency index threshold staff beta rollback.',
      'Row 2: *hold gate sign-off ramp 1 5 25 50 100 PM owns flag routing config switch*; rep from * to end.',
      'Row 3: p99 200 ms 0.5 % errors conversion baseline cohort order institutional free tier filters.',
      'Row 4: A/B randomised safe better canary on-call any hour minutes no redeploy.',
      'Row 5: rep Rows 1–4.',
      'BO: thresholds holds sign-off rollback canary A/B.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ci054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Pattern: Recommendation Model Canary Rollback',
      'CO: canary staff test knitters county winters cohort first-winter last.',
      'Row 1: thresholds 0.5 % 200 ms p99 2 % basket rip back.',
      'Row 2: *hallucination eval harness thumbs-down tokens cost feature store Tokyo lunch peak*; rep from * to end.',
      'Row 3: cast-on body sleeves hold fall festival week orders gate.',
      'Row 4: shop owner tension sign-off on call rip back no phone config flag minutes.',
      'Row 5: canary safe A/B better randomised.',
      'BO: PM owns engineering owns routing deploy.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ci055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Pattern: Warmer Prompt (no pattern, really)',
      "Row 1: I'm not going to split who owns what between me and engineering; it's all one ball of yarn.",
      "Row 2: We won't put staff first, we won't bother with a test-knitters list, and we won't save the new customers for last.",
      "Row 3: I'd not write down rip-back limits ahead of time, and there'll be no numbers on thumbs-down or on the French replies either.",
      "Row 4: No cast-on, no body, no sleeves. We won't work even anywhere.",
      'Row 5: Nobody checks the tension, not the shop owner and not me.',
      "Row 6: No one on call rips anything back, and there's no switch for it.",
      "Row 7: We won't watch the thumbs-down rate, or the eval harness, or the cost per conversation.",
      "Row 8: And no A/B test after, b'y; I'm not separating safe from better.",
      'Bind off.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ci056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Pattern: Bigger Photos and a Size Guide, or What We Won't Knit",
      "Row 1: We won't start with staff, and I'm not doing a staff row at all.",
      "Row 2: We won't ask anybody to opt in early, and we won't keep the new customers for the end.",
      'Row 3: No limits written down before. Not on errors, not on page speed, not on sales.',
      'Row 4: No cast-on, no body, no sleeves, and no working even between them.',
      "Row 5: The shop owner and I won't check the tension at any row.",
      'Row 6: No rip-back switch for the on-call, and nobody rips back in the night.',
      'Row 7: No A/B test afterwards either.',
      'Bind off.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ci057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      'Pattern: Cheaper Summary Model, the Proving Swatch',
      "The way I see it, b'y, the canary is our A/B test. Knitters on the new model against knitters on the old one, and at the end the canary proves the new model is better, so there's no need for a separate test after. That's the whole point of a swatch.",
      "Row 1 (the cast-on): shop staff first, then the test knitters who signed up for early things, and first-winter customers last, since they're the easiest to lose. Work even for 200 graded summaries.",
      'Row 2: Limits written down before we start: if errors are more than 0.5 per cent worse than now, or p95 is more than 200 ms slower, we rip it back.',
      'Row 3 (the body): 25 per cent. Work even for 500 graded summaries.',
      'Row 4 (the sleeves): 50 per cent. Work even for a full week of the fall festival.',
      "Bind off at 100 per cent, and whatever the canary knitters' ratings say, that's our proof the cheaper one is better.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ci058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Pattern: New Date Picker',
      "I don't hold with writing limits down ahead of time. You can't know your tension till you've knit a few rows, so I'd rather eyeball the dashboard as it goes and decide then what's too much.",
      'Row 1: Needles first. I own the order guests go in, how long we hold and when we rip back; engineering owns the flag and the deploy.',
      "Row 2 (the cast-on): staff bookings first, then guests who opted into the early-access list, then guests who've booked three winters or more, and new guests last, since a lost first booking is a guest gone down the road.",
      'Row 3: Work even after the cast-on for 300 bookings, then the body at 25 per cent for a full week, then the sleeves at 50 per cent for 2,000 bookings. Not 100 per cent this afternoon: bookings come in hours later, after the talk at home.',
      "Row 4: Whoever's on call rips back to the old version, no need to phone me, day or night; it's a flag flip, back in minutes, no redeploy.",
      'Bind off when the dashboard looks right to me.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'ci059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Pattern: A Product Page Folks Trust',
      'Row 1: Cast on with the reviews. Somebody buying a rain jacket wants to hear from a person who wore it up Cape Smokey in the fog, not from us.',
      'Row 2: K the star rating right under the name, then three short reviews, the best and the worst side by side.',
      'Row 3: *Ask every buyer for a review two weeks after the parcel lands, with a photo; rep from * to end of the season.',
      'Row 4: Photos load as you scroll, so the page opens quick on a phone in the car park.',
      'Row 5: Put the size chart next to the reviews that say it runs small.',
      "Bind off: weave in the ends by answering every bad review yourself, the way the shop owner answers every customer at the counter. That's some good for trust, b'y.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ci060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Pattern: A Warm Prompt in Two Languages',
      "Row 1: Cast on with who the helper is talking to. In English, a knitter in Sydney likes 'Hi dear, try this cowl.' In French, a knitter in Chéticamp expects vous until she says otherwise.",
      'Row 2: K the greeting plain; p the jokes, and leave them out of the French entirely.',
      'Row 3: *Give the helper the pattern terms in both languages, maille endroit for knit, maille envers for purl, rabattre for bind off; rep from * to end of the glossary.',
      'Row 4: Have a French speaker from Isle Madame read fifty replies before anybody calls the wording finished.',
      "Row 5: Keep the sign-off line short: 'Bon tricot!' or 'Happy knitting, b'y.'",
      'Bind off and block: the same warmth in both, just dressed right for each.',
    ].join('\n'),
  },
];
