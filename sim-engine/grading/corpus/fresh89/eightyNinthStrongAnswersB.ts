import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-ninth fresh set, author b: strong answers (cq021–cq027), written blind and labelled by hand.
 * Every answer is a school report card (one subject per row, grade, teacher's comment).
 */
export const EIGHTY_NINTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cq021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'REPORT CARD. Student: the bigger model for the payroll support assistant. Term: the canary release. Class teacher: me, the PM ka.',
      "Subject | Grade | Teacher's comment",
      'Civics (who owns what) | 4 | My subject is the decisions: the order of groups, the limits that call it back, how long each stage holds. Engineering owns the routing, the deploy and the flag. Same same at our sanctuary desk na.',
      'Geography (who goes first) | 4 | Our own HR staff and support agents first, they spot a wrong payroll answer fast. Then customers who opted in to early access. Then ordinary customers by province, the ones with us three years or more before the newer ones. New customers and the big payroll accounts go last: one wrong payslip answer hurts them most.',
      'Mathematics (limits) | 4 | Written on this card before any traffic moves: errors more than 0.5 % worse than now and we call the herd in; p95 latency more than 300 ms worse than now, same; thumbs-down more than 2 points worse than now, same; cost per conversation more than 40 % above the old model, same.',
      'Physical education (stages) | 4 | The morning feed: staff only, 1 %, hold for 2,000 conversations. The river bath: opted-in and long-time customers, 10 %, hold a full week of Songkran so the month-end payslip questions come in. The evening walk: 50 % then 100 %, hold three days each. At every gate all limits must be green or we do not advance.',
      'Handwriting (signatures) | 4 | At each gate the head mahout and I both sign the report card; this term the head mahout is the support engineering lead.',
      "First aid (going back) | 4 | Any hour, night or weekend: whoever's on call leads the old version back, no need to call me. It is a routing switch back to the old model, under five minutes, no redeploy and no approval needed.",
      'Reading (answer quality) | 4 | Watched and gated beside errors: hallucination rate from the eval harness on sampled conversations, thumbs-down rate, hand-offs to a human agent, tokens and cost per conversation (finance asked ka), p95 latency with the longer context.',
      'Science (what the canary proves) | 4 | The canary shows the bigger model is safe, not that it is better. To say better we run a randomised A/B test afterwards. No problem ka, sabai sabai.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cq022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'REPORT CARD: the cheaper summary model for vet clinics.',
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | I own the order of clinics, the limits and the holds. Engineering owns routing, deploy and the flag.',
      'Geography | 4 | Our own vets first, then clinics opted in to early access, then clinics by province, three-year-plus clinics before newer. New clinics last: one bad summary and they leave.',
      'Mathematics | 4 | Fixed before traffic moves: errors more than 0.5 % worse than now and we call the herd in; p95 200 ms worse, same; hallucination rate 1 point worse, same.',
      'Physical education | 4 | The morning feed 5 %, the river bath 25 %, the evening walk 100 %. The harness grades one summary in two hundred, so we grade one in twenty, and each stage holds until 500 graded summaries.',
      'Handwriting | 4 | At each gate the head mahout (our clinical lead) and I both sign the report card.',
      "First aid | 4 | Any hour, whoever's on call leads the old version back, no need to call me: a config switch, under five minutes.",
      "Reading | 4 | Gated on hallucination rate, thumbs-down, vets' edits, cost per summary.",
      'Science | 4 | Safe, not better na. Better needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cq023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'REPORT CARD. Student: the new basket-recommendation model (reads more features per request). Homeroom: Berlin team, customers in Europe and South-East Asia. Written by the PM, sabai sabai.',
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | Same same as my sanctuary booking desk: I own who visits first, the limits and how long each stage holds. Engineering owns the routing, the model deploy and the feature-store capacity.',
      'Geography | 4 | Berlin staff accounts first, they shop with us and complain loudly. Then customers who opted in to early access, both regions. Then ordinary customers by province or city, long-time shoppers (three years and more) before newer ones. New customers go last: their first basket decides if they come back.',
      'Mathematics | 4 | Fixed before any traffic moves and written on the card, per region, never blended: recommendation errors or timeouts more than 0.5 % worse than now and we call the herd in; p99 home-screen latency more than 200 ms worse than now, same; add-to-cart from recommended baskets more than 2 % worse than the control group, same; feature-store read latency more than 50 % above its usual lunch peak, same.',
      'Physical education | 4 | The morning feed: 2 %, hold 24 hours, so it passes one Singapore lunch and one European evening. The river bath: 10 %, hold three days, three Singapore lunches. The evening walk: 50 % for a full week of Songkran, then 100 %. We advance only when the Singapore lunch was clean, not only Berlin office hours.',
      'Handwriting | 4 | At every gate the head mahout (the platform lead) and I both sign the report card. The Asia lunch numbers must be on the card before we sign.',
      "First aid | 4 | Whoever's on call leads the old version back, no need to call me. Singapore lunch is early morning in Berlin, so the rota has someone awake then, allowed to flip the model flag back to the old model without asking anyone. Under five minutes, no redeploy.",
      'Reading | 4 | Watched and gated beside errors: fallback-to-default basket rate (when features time out), click-through on recommended baskets against control, offline relevance score on a daily sample, feature reads and cost per request.',
      'Science | 4 | This canary tells us the model is safe at the lunch peak, not that it sells more. For better we run a randomised A/B test afterwards, no problem ka.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cq024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'REPORT CARD. Student: the warmer, more casual system prompt. School: the email writing assistant, English and German. Class teacher: me, the PM.',
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | My part is the decisions: order of groups, limits, holds. Engineering owns the prompt flag, the routing and the deploy.',
      'Geography | 4 | Our own staff first, English and German speakers both, because only the English team reviewed it. Then users who opted in to early access. Then by region, German speakers (Bavaria, Austria, Switzerland) as their own group, long-time users of three years and more before newer ones. New users and business accounts writing to their own customers go last: a casual "du" to the wrong customer is very embarrassing na.',
      'Mathematics | 4 | Written before traffic moves, per language: thumbs-down more than 2 points worse than now and we call the herd in; German formality mistakes (du where Sie is needed, graded by the eval harness) more than 1 % worse than now, same; errors more than 0.5 % worse, same; p95 more than 200 ms worse, same.',
      'Physical education | 4 | The morning feed: staff, 1 %, hold until 500 German drafts and 500 English drafts. The river bath: 10 %, hold a full week of Songkran, five working days. The evening walk: 50 % then 100 %, two days each. We do not advance unless the German rows are green.',
      'Handwriting | 4 | At every gate the head mahout and I both sign the report card; here the head mahout is the German localisation lead.',
      "First aid | 4 | Any hour: whoever's on call leads the old version back, no need to call me. They switch the prompt flag to the old prompt, about two minutes, no redeploy.",
      'Reading | 4 | Watched and gated: thumbs-down by language, formality errors from the eval harness, drafts discarded or rewritten by the user, invented facts in drafts, tokens per draft.',
      'Science | 4 | The canary says the warmer prompt is safe, not that people like it better. For better, a randomised A/B test afterwards. No problem ka.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cq025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'REPORT CARD. Student: task storage on the managed cluster behind the new proxy. Class teacher: me, the PM (my day job is the visitor desk at the sanctuary).',
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | At the visitor desk I decide who goes in and when; the mahouts handle the elephants. Same same here: I own the order of teams, the limits and the holds. Engineering owns the proxy, the routing, the data copy and the deploy.',
      "Geography | 4 | Our own teams' boards first, we use the tool all day. Then workspaces that opted in to early access. Then customers by province, teams with us three years or more before newer ones. The largest teams and brand-new trial sign-ups go last: the big ones hurt most, and trials judge us on day one.",
      'Mathematics | 4 | Signed before a single read moves: errors more than 0.5 % worse than now and we call the herd in; p99 page load more than 200 ms worse than now, same; tasks saved per active user more than 2 % below the group still on the old cluster, same.',
      'Physical education | 3, corrected to 4, initialled K.S. | First I wrote only hours on a clock. Corrected: the load test had warm caches, so every stage must hold through a Monday-morning login rush with cold caches. The morning feed: 1 %, hold two working days including one Monday morning. The river bath: 10 %, then 25 %, hold a full week of Songkran each. The evening walk: 50 %, then 100 %, each through one more Monday morning. We advance only when the limits were green at the peak.',
      'Handwriting | 4 | At each gate the head mahout and I both sign the report card; our head mahout is the database lead.',
      "First aid | 4 | Any hour: whoever's on call leads the old version back, no need to call me. The proxy sends reads and writes back to the old database, under five minutes, no redeploy. For that, the old cluster stays in sync and is not decommissioned until a full week at 100 %; I moved the end-of-month date.",
      'Science | 4 | The canary shows the new cluster is safe under real load, not that it is better. If anyone wants to claim "faster", a randomised A/B test afterwards.',
      'Overall: sabai sabai, promoted.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cq026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'REPORT CARD. Student: the new payment SDK with wallets.',
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | I own the order, limits and holds; engineering owns the SDK build, routing and remote flag.',
      'Geography | 4 | Staff phones first, then opted-in beta-app users, then customers by province, three-year-plus before newer. First-time orderers last: a failed first payment loses them.',
      'Mathematics | 4 | Fixed before traffic moves, per platform and per five minutes so Android bursts show: payment failures more than 0.5 % worse than now and we call the herd in; p99 payment time more than 300 ms worse, same; paid orders more than 2 % below control, same.',
      'Physical education | 4 | The morning feed 1 %, the river bath 10 %, the evening walk 50 % then 100 %; each holds through a Friday dinner peak, green to advance.',
      'Handwriting | 4 | The head mahout (payments lead) and I both sign the report card at every gate.',
      "First aid | 4 | Any hour: whoever's on call leads the old version back, no need to call me. A remote-config switch to the old payment path, under five minutes, no app release.",
      'Science | 4 | Safe, not better na. Wallet uplift only from a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cq027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "REPORT CARD. Student: the new pricing service for fares. Class teacher: me, the PM, with habits from the sanctuary's night visitor desk ka.",
      "Subject | Grade | Teacher's comment",
      'Civics | 4 | My subject: the order of riders, the rollback limits, the holds and who may pull it back at night. Engineering owns the pricing-service deploy, the routing and the flag.',
      'Geography | 4 | Staff rides first, we know what fare to expect. Then riders who opted in to early access. Then riders by province and city, the ones riding with us three years or more before newer ones. New riders and airport trips go last: a wrong fare on a first ride or a long trip hurts the most.',
      "Mathematics | 4 | Written down on Tuesday afternoon, before any traffic moves: pricing errors more than 0.5 % worse than now and we call the herd in; p99 fare-quote time more than 200 ms worse than now, same; fares more than 1 % different from the old service's quote in the shadow check, same; trips booked per quote more than 2 % below control, same.",
      'Physical education | 4 | The morning feed: staff only, from Tuesday evening, hold two nights so it passes the nightly batch window with billing twice. The river bath: 5 %, then 20 %, hold until a full weekend night peak is in, a Friday and a Saturday. The evening walk: 50 %, then 100 %, hold 5,000 trips each and one more batch window. At every gate all green, or we stop.',
      'Handwriting | 4 | At each gate the head mahout and I both sign the report card; the head mahout here is the pricing engineering lead. We sign in daylight and never advance at night.',
      "First aid | 4 | This is the subject the school cares about most na. A breach at 2 a.m. on Saturday: whoever's on call leads the old version back, no need to call me. The authority is written on this card, so they do not wait for approval. It is a routing switch back to the old fare calculation, under five minutes, no redeploy. The on-call rota covers the batch window too, and we practise the switch once before Tuesday.",
      'Science | 4 | The canary says the new pricing service is safe, not that it earns more. If someone wants "better fares", a randomised A/B test afterwards.',
      'Overall: night desk and day desk both happy. Sabai sabai.',
    ].join('\n'),
  },
];
