import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-first fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (au028–au040), written blind and labelled by hand. */
export const FORTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: a marathon-pacing analogy running through
  {
    id: 'au028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Running this is like pacing a marathon: the first kilometres feel easy, and it is at thirty-five that your legs go. A service that is only restarted on deploys is exactly that runner, quick at the start, and the trouble, if there is any, shows up late.',
      '',
      'So the pacing plan. We start with the sellers in our own internal test shops, then a group of small sellers who joined the beta, then the general marketplace, and the big power-sellers with thousands of listings go last, since they would feel slow image loads most.',
      '',
      "The split points are 5 %, then 20 %, then 50 %, then everyone. At each one we hold for at least 36 hours without restarting the service, because a leak needs time to build; the benchmark's 20 % speed-up says nothing about hour thirty. We move on only when memory has levelled off and latency has not crept up.",
      '',
      'The lines we agree at the start, before any seller is switched: p99 image latency more than 150 ms above the old service, memory growth of more than 10 % per twelve hours, or a 5xx rate 0.3 % above control. Cross any of those and we would stop the race and look at it.',
      '',
      "Thursday is the team's target, but it is a target, not a finish line.",
    ].join('\n'),
  },
  // support-model-upgrade: YAML-like key: value lines
  {
    id: 'au029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'change: larger support-assistant model, same prompt',
      'pm_decides: exposure percentage, stop limits, go / no-go',
      'engineering_does: model endpoint, routing, deploy',
      'exposure: 10 % of conversations, random',
      'stop_limits_agreed_before_launch:',
      '  error_rate: +0.5 % vs current model',
      '  p95_latency: +1 s vs current model',
      '  hallucination_rate_on_eval_sample: above 2 %',
      '  thumbs_down_rate: +15 % vs current model',
      '  cost_per_conversation: above 1.4 × current',
      'then: increase when things look fine',
      'if_a_limit_trips: revert',
    ].join('\n'),
  },
  // checkout-first-order: an e-commerce PM under deadline pressure
  {
    id: 'au030',
    scenario: 'service',
    class: 'middling',
    points: points('P T S'),
    text: [
      'Spring campaign is three weeks out and Growth is on me every day, so this has to be quick but not stupid.',
      '',
      "What is mine and what isn't: I make the calls on exposure, the stop limits and when we go wider; the web team owns the flag, the deploy and the checkout code. I won't tell them how to route traffic, and they don't get to decide we're \"probably fine\".",
      '',
      'Stop limits, written into the launch doc before we flip anything: checkout completion for first-time buyers down more than 2 % against the three-step flow, payment errors up more than 0.5 %, p99 page load more than 200 ms slower. First-time buyers get their own line because they are the whole point of the campaign.',
      '',
      "We'll put it on a random 10 % of sessions to begin with, and go wider once it looks OK, ideally before the campaign emails.",
      '',
      'Every time we widen, the head of e-commerce and I both sign the change in the launch doc; nobody widens on their own because Growth is impatient.',
      '',
      "If it's bad we'll switch it off.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: an Irish English register, spoken
  {
    id: 'au031',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Ah look, it's only a prompt change, it's not the end of the world. I'd roll it out to a few people first, keep an eye on how it's going, and if there's grumbling we'd have a look at it. The German side I'd want someone to glance over, sure. Then if all's well after a while we'd bring it to the rest. I'd be talking to the engineers the whole way through, and they know what they're at, so I'd trust them to tell me if something's up.",
    ].join('\n'),
  },
  // pricing-page-healthy: a letter to a VP, formal
  {
    id: 'au032',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'Dear Ms Okafor,',
      '',
      "Thank you for your note about the new pricing page. I can assure you that the release will be handled with due care. We intend to introduce the page gradually, to monitor its performance closely and to respond promptly should any concern arise. The team has considerable experience with releases of this kind, and I have every confidence in their judgement. I will keep you informed of progress ahead of Friday's campaign.",
      '',
      'Kind regards,',
      'Daniel Reyes',
    ].join('\n'),
  },
  // search-tail-latency: a hashtag-strewn keyword cloud
  {
    id: 'au033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Search index v2. Internal → beta → free tier → institutional.',
      'Thresholds: 0.5 %, p99, 200 ms, −2 %, baseline, control.',
      'Ramp 1 / 5 / 25 / 50 / 100. Hold, gate, hold, gate.',
      'Sign-off. PM. Eng lead. Ownership.',
      'Rollback, on-call, 24/7, five minutes, config flag.',
      'Safe vs better. Randomised A/B.',
      '#tail-latency #filters #cheaper-hosting #pre-committed #canary',
    ].join('\n'),
  },
  // quiet-feedback-trap: a breathless cascade of slashes and ellipses
  {
    id: 'au034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Summariser canary... cheaper / faster model... PM / eng ownership... internal / design partners / single-vet / multi-site... thresholds / 0.5 % / p95 / 4 s / hallucination / 1 % / thumbs-down... eval harness 1-in-200 / 1-in-10... ramp / holds / gates / 24 h / 500 samples... sign-off / clinical adviser... rollback / on-call / any hour / under 5 min / config... canary vs A/B, safety vs improvement... token cost / compute cost / cost per summary... volume, volume, volume...',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a grocery PM under deadline pressure
  {
    id: 'au035',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, we're two days from the quarter-end push and I don't have time for the textbook version. We won't be doing a staff-first cohort or any careful ordering of regions; not worth the coordination. I'm not going to sit in a room pre-agreeing rollback numbers either. We won't hold at 1 % and 5 % for a day each, and there's no stage-by-stage sign-off; I'm not signing ten tickets. Nobody needs a special rollback rota, and I don't see why the on-call rules need writing down. Offline eval scores, cost per request, p95: we're not tracking any of those for this one. We won't be running a follow-up A/B test either. It goes to everyone on Thursday.",
    ].join('\n'),
  },
  // booking-purchases-lag: a story of a past release told briefly, then this plan
  {
    id: 'au036',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Last spring we released a new search filter with all the ceremony: staff first, a written threshold sheet, holds at every step, sign-offs from three people, an on-call rota with rollback rights. It took nine days and found nothing.',
      '',
      "So this time I'd skip most of it. I wouldn't bother ordering cohorts, so no staff group and no beta group. I wouldn't fix thresholds up front. I wouldn't hold at stages or gate anything on metrics, and I wouldn't ask anyone to sign off an advance. I don't want an on-call engineer rolling back on their own authority, and we won't rehearse a rollback. Nor would I plan an A/B test afterwards. The date picker goes to everyone this afternoon, as the team wants.",
    ].join('\n'),
  },
  // support-model-upgrade: a cooking / restaurant analogy running through
  {
    id: 'au037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H M'),
    text: [
      "I treat a model switch like putting a new dish on the menu. The kitchen, which is engineering, handles the cooking: serving the model and routing orders to it. I'm front of house: I decide which tables get the new dish first, what would make us pull it, and how long it stays on the specials board before it goes on the main menu.",
      '',
      'Tasting order: our own HR team eats first, then the customers in the early-access programme, then general customers; the big enterprise payroll accounts taste it last, because a wrong answer about their pay is the worst plate we could send out.',
      '',
      'And here is the point of the whole meal: the canary is our taste test against the old dish. The customers who get the bigger model are our treatment group, everyone else is control, and if resolution rate and ratings come out higher for them, that is our proof the new model is better and we have earned the upgrade. No need for a separate A/B test afterwards; the canary already is one.',
      '',
      "What would make us pull it, agreed before service starts: error rate 0.5 % above the old model, p95 latency over 3 s, hallucinations on the eval set above 2 %, cost per conversation above 1.5 times today's, and Finance gets its number from the canary too.",
      '',
      'Stages: 5 %, 25 %, 50 %, 100 %, each on the specials board for two days, and it moves on only when all four numbers are inside their lines.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a startup founder's terse numbered list
  {
    id: 'au038',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      '1. Ownership: I set the exposure, the limits and the pace; the web platform team runs the flag and the deploy.',
      '2. Cohort: a random 5 % of all visitors, picked by the flag. That is the fairest sample there is: staff, loyal customers and first-timers all in proportion, so no group skews the result. Putting employees first would be cherry-picking, and choosing any segment by hand only adds bias.',
      '3. Limits, written down before we start: page errors 0.5 % above control, p99 page load 250 ms above control, add-to-basket 2 % below control.',
      '4. Steps: 5 %, 20 %, 50 %, 100 %, each held 24 hours, and we move on only if all three limits held.',
      '5. Rollback: the on-call developer may switch the flag off at any hour without checking with me; it takes about two minutes.',
      '6. Then we ship.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a launch memo to the marketing team
  {
    id: 'au039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'Team, a quick memo on the autumn tent range launch.',
      '',
      'The range is twelve tents, three of them new ultralight models that we are putting front and centre. Photography is booked for next Tuesday at the lake; please have the samples pitched and aired the night before. Copy for the product pages should lead with weight and pack size, not fabric specs; customers told us in the survey that they skim past those.',
      '',
      "For the newsletter we lead with the two-person ultralight and a short field-test video from Ines's trip in the Dolomites. Influencer kits go out first; we are capping it at fifteen creators this time so that we can actually follow up with each of them.",
      '',
      'Prices stay at list for the launch. No discount codes until mid-season at the earliest: we have just come out of the sale and do not want to teach people to wait for the next one.',
      '',
      'Stock: the warehouse confirms 1,800 units across the range, 300 of each ultralight. If they sell through faster than expected, the supplier can turn round a second batch in five weeks.',
      '',
      'Questions to me by Thursday, please.',
      'Marta',
    ].join('\n'),
  },
  // quiet-feedback-trap: YAML-like key: value lines
  {
    id: 'au040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'plan: hiring for the clinical summaries team, next two quarters',
      'headcount_now: 4',
      'headcount_target: 7',
      'roles:',
      '  - title: senior ML engineer',
      '    focus: model serving and the fine-tuning pipeline',
      '    start: as soon as possible',
      '  - title: veterinary content specialist',
      '    focus: writing reference summaries, reviewing terminology',
      '    part_time: yes',
      '  - title: data engineer',
      '    focus: clinic integrations and note ingestion',
      'interview_loop:',
      '  - recruiter screen, 30 minutes',
      '  - take-home exercise, capped at three hours, paid',
      '  - panel with two engineers and one clinician',
      '  - values conversation with the head of product',
      'sourcing: referrals first, then two specialist job boards, an agency only for the senior role',
      'budget: within the plan agreed in March',
      'onboarding: a buddy for the first month; shadow a clinic visit in the second week',
      'risks: the market for senior ML engineers is tight; expect 10 to 12 weeks to fill',
    ].join('\n'),
  },
];
