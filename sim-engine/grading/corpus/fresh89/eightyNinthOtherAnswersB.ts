import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-ninth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic
 * answers (cq028–cq040), written blind and labelled by hand. Every answer is a school report card.
 */
export const EIGHTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cq028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'REPORT CARD. Student: the bigger payroll support model. Class teacher: me, the PM. First draft na.',
      "Subject | Grade | Teacher's comment",
      'Geography | 4 | HR staff and our support agents first, they catch a bad leave answer fast. Then customers who opted in to early access. Then customers by province, the ones with us three years or more first. New customers last, because their first question decides if they trust the assistant.',
      'Physical education | 3 | The morning feed: 2 %, hold for 1,000 conversations. The river bath: 20 %, hold a full week of Songkran so the month-end payslip questions arrive. The evening walk: everyone. Each stage waits at its gate until the numbers look calm.',
      'Reading | 4 | Watched every day: hallucination rate from the eval harness, thumbs-down rate, hand-offs to a human agent, cost per conversation for finance.',
      'Mathematics | not graded | Not done yet, I will ask the engineers what is normal.',
      'First aid | not graded | Engineering will tell me how going back works.',
      'Overall: good effort, more homework na.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cq029',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      'REPORT CARD. Student: the one-page checkout. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      'Geography | 4 | Staff first, they buy garden things from us too. Then customers who opted in to try new things. Then returning customers by province, the ones with us three years and more first, because the lab says they love it. First-time buyers last: they have no saved address, so the autofill does nothing for them, and they are the spring campaign.',
      'Mathematics | 4 | Written before anyone sees the new page: checkout errors more than 0.5 % worse than now and we call the herd in; first-order conversion more than 2 % worse than the old-checkout group, same; p99 page load more than 200 ms worse, same.',
      "First aid | 4 | Day or night, whoever's on call leads the old version back, no need to call me. The feature flag goes back to the three-step checkout, a few minutes, no redeploy.",
      'Physical education | not graded | Growth wants it before spring, we will see how fast.',
      'Science | not graded | Skipped this term.',
      'Overall: same same as last term, better in Geography.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cq030',
    scenario: 'service',
    class: 'middling',
    points: points('P T H'),
    text: [
      'REPORT CARD. Student: the new, smaller search index. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      "Civics | 4 | I own the limits and how long we hold at each stage; engineering owns the index build, the routing and the deploy. I don't touch the servers na, I decide when it is good enough to go on.",
      'Mathematics | 4 | Agreed and written before any search moves: p99 search time more than 150 ms worse than now and we call the herd in, with many-filter queries counted as their own group; errors more than 0.5 % worse than now, same; searches ending with a paper opened more than 2 % worse than the old index, same.',
      'Physical education | 4 | The morning feed: 5 %, hold two days. The river bath: 25 %, hold until 20,000 many-filter queries are served. The evening walk: 100 %. We move on only when every limit is green at the gate.',
      'Geography | 2 | A random 5 % of searches, any visitor. Teacher wants better next term.',
      'Handwriting, First aid, Science | not graded | Not on this card.',
      'Overall: sabai sabai, but not complete.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'REPORT CARD. Student: the cheaper summary model. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      'Conduct | good | Cheaper and faster, finance is happy, the vets will be happy too na.',
      'Effort | good | We put it out to some clinics first, see if anyone complains, then the rest.',
      "Attentiveness | fair | Vets don't rate summaries much, so I will look at the dashboard now and then.",
      'If trouble | not graded | We go back to the old one.',
      'Overall: sabai sabai, no problem ka.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cq032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'REPORT CARD. Student: the pricing page with the comparison table. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      'Appearance | A | Much clearer. At my visitor desk people always ask the same question, which ticket includes the bathing; a table answers it before they ask.',
      'Punctuality | A | Marketing launches on Friday, so we put it live on Thursday night to be ready.',
      'Conduct | B | Only the page changes, the checkout is same same, so the risk is small. We show it to some people first, then everyone.',
      'Overall: no problem ka.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cq033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'REPORT CARD. Recommendation model canary.',
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | PM owns, engineering owns, routing, flag, deploy, decisions, ownership.',
      'Geography | 4 | cohort, province, years visited, staff, early access, Singapore lunch, Berlin, cohort.',
      'Mathematics | 4 | baseline, 2 %, p99, threshold, call the herd in, 0.5 %, control, 200 ms, pre-committed.',
      'Physical education | 4 | morning feed, hold, river bath, gate, evening walk, Songkran, ramp, hold.',
      'Handwriting | 4 | sign-off, head mahout, report card, signature, gate.',
      'First aid | 4 | rollback, on call, any hour, config switch, minutes, old version, no redeploy.',
      'Reading | 4 | hallucination, eval harness, thumbs-down, token cost, p95, feature store.',
      'Science | 4 | canary, safe, better, A/B, randomised, afterwards.',
      'Overall: sabai sabai, na, same same.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cq034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'REPORT CARD. Image resizer, keywords term.',
      "Subject | Grade | Teacher's comment",
      'Attendance | 4 | canary canary staff-first opted-in province years-visiting new-sellers-last canary',
      'Mathematics | 4 | errors latency p99 memory threshold pre-committed baseline control percent milliseconds',
      'Physical education | 4 | hold gate ramp stage morning-feed river-bath evening-walk restart hold gate',
      'Handwriting | 4 | head-mahout sign-off gate report-card signature sign-off',
      'First aid | 4 | rollback on-call 2-a.m. routing-switch minutes no-redeploy no-approval rollback',
      'Science | 4 | safe better randomised A/B afterwards canary A/B',
      'Overall | 4 | memory leak Thursday faster new-format same-same no-problem-ka',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cq035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'REPORT CARD. Student: the warmer system prompt. Class teacher: me, the PM. It is only words, so this card is short na.',
      "Subject | Grade | Teacher's comment",
      "Civics | not graded | I don't split what the PM owns from what engineering owns; the prompt team just ships it.",
      'Geography | not graded | No staff first, no early-access group, no German speakers kept apart. Province and years of use, not needed.',
      "Mathematics | not graded | We won't write any rollback limits before. No numbers on the card.",
      'Physical education | not graded | No morning feed, no river bath, no evening walk, no holds.',
      'Handwriting | not graded | Nobody signs, not me, not the head mahout.',
      'First aid | not graded | No on-call person to switch back, no flag prepared.',
      "Reading | not graded | We won't watch thumbs-down, formality mistakes or hallucination rate.",
      'Science | not graded | No A/B test afterwards either.',
      'Overall: sabai sabai.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cq036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'REPORT CARD. Student: product pages with larger photos and a size guide. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      'Civics | not graded | No, I will not own the order or the limits; that is not a PM job for a page change.',
      "Geography | not graded | No, staff will not go first, and no opted-in shoppers either. I won't group by province or by years of shopping.",
      'Mathematics | not graded | No, we will not fix limits before we start.',
      'Physical education | not graded | No, no stages and no holds; the morning feed, the river bath, the evening walk, not for this.',
      'Handwriting | not graded | No, the head mahout and I will not sign anything at gates.',
      'First aid | not graded | No, the on-call person does not lead anything back by themself; no switch ready.',
      'Science | not graded | No, no randomised A/B test afterwards.',
      'Overall: no problem ka.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cq037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'REPORT CARD. Student: the bigger payroll support model. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      'Science | 4 | The main lesson this term: the canary is our A/B test. If the canary group gives more thumbs-up than everyone else, that proves the bigger model is better, and that is the answer finance wants too. No separate test afterwards, same same.',
      'Geography | 4 | HR staff first, they know payroll. Then customers who opted in to early access. Then customers by province, three-year-plus customers before newer ones. New customers last, because a first wrong answer loses them.',
      "Physical education | 4 | The morning feed: 2 %, hold 1,000 conversations. The river bath: 20 %, hold a full week of Songkran. The evening walk: 100 %. We don't move until the gate is passed.",
      'Handwriting | 4 | At every gate the head mahout and I both sign the report card.',
      'Overall: sabai sabai.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cq038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'REPORT CARD. Student: reviews above the fold and a lazy-loading gallery. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      "Mathematics | 4 | The main lesson: don't fix the limits before. We look at the dashboard on the first day and then decide what is too bad; the numbers show you where the line should be.",
      'Civics | 4 | I own the order of groups and the call to stop; engineering owns the flag, the routing and the deploy.',
      'Geography | 4 | Staff first, then shoppers who opted in to early access, then customers by province, the ones with us three years and more before newer ones. New customers last, the product page is their first impression.',
      "First aid | 4 | Any hour, whoever's on call leads the old version back, no need to call me: a flag switch, about two minutes, no redeploy.",
      'Overall: no problem ka.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cq039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "REPORT CARD. Student: our sanctuary's visitor-question bot, German lessons. Class teacher: me.",
      "Subject | Grade | Teacher's comment",
      'German | 2 | The bot says "du" to a retired couple from Munich who asked about bathing times. Teacher says: learn "Sie" na.',
      'English | 4 | Feeding times answered right, nine in the morning and two in the afternoon.',
      'Manners | 3 | Too many elephant emojis for older visitors.',
      'Geography | 3 | Mixes up Chiang Mai and Chiang Rai when people ask for directions.',
      'Overall: homework is a translator reading all the German answers before high season. Sabai sabai.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cq040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'REPORT CARD. Student: the new date picker and shorter booking form. Class teacher: me, from the visitor desk.',
      "Subject | Grade | Teacher's comment",
      'Design | 4 | Much cleaner. At the sanctuary, families choose dates at dinner and come back later, so a calendar showing the whole month is right.',
      'Form length | 4 | Shorter is good; our visitors give up on the passport-number field every time.',
      'Accessibility | 2 | The small arrows are hard on a phone for grandparents.',
      'Memory | 3 | Keeping the chosen dates on the device is nice, same same as a visitor leaving a sticky note at my desk.',
      'Overall: pretty card, I like it, no problem ka.',
    ].join('\n'),
  },
];
