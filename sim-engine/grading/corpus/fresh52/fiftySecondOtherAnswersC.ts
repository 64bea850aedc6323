import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-second fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (bf048–bf060), written blind and labelled by hand. */
export const FIFTY_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: ending that invites the interviewer to push back
  {
    id: 'bf048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "I'd put the one-page checkout out in stages rather than all at once before the spring campaign. Our staff go first, then customers on the beta panel, then returning customers, and first-time buyers last, because they're the group the usability lab never tested and the campaign brings a wave of them.",
      '',
      'Before we start, the limits go into the plan: checkout errors more than 0.5 % above the old flow, p99 page time more than 200 ms worse, or first-order conversion down more than 2 % against the control group, and we stop and go back.',
      '',
      'The stages are 2 %, 10 %, 25 %, 50 % and 100 %, each held for two days, and we only move on when all three numbers have stayed inside the limits for the whole hold.',
      '',
      "That leaves a couple of weeks before the campaign. Tell me if you think that's too slow for Growth.",
    ].join('\n'),
  },
  // support-model-upgrade: durations as weekdays and nights
  {
    id: 'bf049',
    scenario: 'model',
    class: 'middling',
    points: points('P T H M'),
    text: [
      'The engineering team handles swapping the model and the routing; what I own as PM is when we widen, which numbers make us stop, and how long we sit at each share.',
      '',
      "We'd start with 5 % of conversations from Monday morning through Tuesday night, two full weekdays, then 20 % through Thursday night, then 50 % over the weekend and the Monday after, and only then everyone. We widen only if the whole period stayed inside the limits.",
      '',
      "The limits, agreed before Monday: error rate no more than 0.5 % above the current model, p95 response time no more than a second slower, thumbs-down rate within 2 points of today, and cost per conversation no more than 30 % higher, which is the number Finance asked about. We'd also rerun the eval set each night on sampled canary conversations and stop if accuracy on payslip questions falls below the current model's.",
      '',
      'If anything crosses a line, we pause and the team looks at it.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: every paragraph of exactly three sentences
  {
    id: 'bf050',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "The resizer touches every listing page, so I would not let it reach everyone by Thursday just because the benchmark looked fast. Our own seller-support team's test shops go first, because they upload photos all day and will notice a broken thumbnail. After them come sellers in the beta programme, then small sellers, and the top sellers last because their listings carry most of the traffic.",
      '',
      'The stages are 1 %, 10 %, 50 % and then everyone. Each stage runs for at least a full day without a restart, because a service that is only restarted on deploys can look fine for hours and then slow down. We only advance when memory use and response times at the end of the day look like they did at the start.',
      '',
      "If it goes wrong, the on-call engineer sends traffic back to the old resizer straight away, without waiting for anyone's approval. That is a switch in the load balancer and it takes a couple of minutes. The old service stays running until the new one has been at 100 % for a week.",
    ].join('\n'),
  },
  // quiet-feedback-trap: Papua New Guinean English register, written
  {
    id: 'bf051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Olsem, for this one I think we just go slowly. The new model is cheaper and faster, em i gutpela for the clinics, but we cannot be sure straight away. So we give it to some of the vets first and lukim how it goes, then slowly give it to the rest.',
      '',
      'We keep an eye on the summaries and the feedback. If the vets are not happy or something look wrong, we can stop and go back to the old one. The engineers know this part well, so I will leave the technical side to them.',
      '',
      'Em tasol. Slowly slowly, and watch carefully.',
    ].join('\n'),
  },
  // pricing-page-healthy: a PM at a city bike-share app
  {
    id: 'bf052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "At the bike-share app we ship page changes like this all the time, and honestly a pricing page is low risk. I'd roll it out gradually to a slice of visitors, keep an eye on the dashboards, and check everything looks normal before the Friday campaign. If sign-ups look off we can always switch it back. Mostly I'd lean on the web team, who know the page better than I do, and check in with marketing so they know when it's live.",
    ].join('\n'),
  },
  // search-tail-latency: semicolons between fragments
  {
    id: 'bf053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary; new index layout; cheaper hosting; median faster; p99, p99.9; tail latency 200 ms; error rate 0.5 %; control versus canary; internal librarians, beta institutions, free tier, institutional licences; 1 %, 5 %, 25 %, 50 %, 100 %; holds of 24 and 48 hours; gates; sign-off, PM, engineering lead; rollback, on-call, routing flag, under five minutes; pre-committed thresholds; rare multi-filter queries; randomised A/B test; safety versus improvement; ownership, PM decisions, engineering routing.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: durations as weekdays and nights, fragments per line
  {
    id: 'bf054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'New recommendation model, regional feature stores, reads per request.',
      'Two weeknights, Monday and Tuesday, 1 %.',
      'Wednesday night to Friday night, 5 %, 25 %.',
      'Weekend nights, 50 %.',
      'The Monday after, 100 %.',
      'Relevance eval, add-to-basket, basket size, thumbs, p95, compute per request, token cost.',
      'Error rate 0.5 %, p99 200 ms, conversion 2 %.',
      'Staff, beta, Europe, Singapore lunch peak.',
      'On-call, flag, five minutes, no approval.',
      'ML lead and PM sign-off, each stage.',
      'Canary safety, A/B improvement, randomised.',
      'PM decisions, engineering routing.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: ending that invites the interviewer to push back
  {
    id: 'bf055',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, it's a prompt tweak, so I wouldn't turn it into a big release process. I wouldn't bother fixing thresholds in advance, not for errors, not for latency, not for thumbs-down, because numbers picked before launch are always wrong. I don't see the point of ramp stages with holds either, and I wouldn't ask anyone to sign off each step; that's ceremony. I wouldn't single out German users or order segments at all. Eval harnesses, token costs, p95: none of that is worth tracking for a wording change. I also wouldn't set up any special on-call rollback authority, and I wouldn't bother keeping the canary and an A/B test apart. We'd ship it and see. Convince me otherwise: what would you actually gain from all that?",
    ].join('\n'),
  },
  // staff-cohort-artifact: checklist of questions, quoted only to be dropped
  {
    id: 'bf056',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Plenty of teams would make us answer yes to a list like this before each stage:',
      '- Are the rollback thresholds for errors, latency and conversion fixed in numbers before traffic moves?',
      '- Has the PM set the order, with staff first and high-value shoppers last?',
      '- Has a named lead signed off this step?',
      '- Has the hold at this stage run long enough?',
      '- Can on-call roll back within five minutes without asking?',
      '- Is everyone clear that the canary shows safety and only a randomised A/B test shows improvement?',
      '',
      "For bigger photos and a size guide I wouldn't ask any of them. We won't fix thresholds up front, we won't stage it, nobody signs anything off, and I don't want on-call rolling back on their own. Staff will see it first anyway because they're on the site all day, but that's not a cohort strategy, it's just what happens. We'd turn it on for everyone and look at sales afterwards.",
    ].join('\n'),
  },
  // booking-purchases-lag: a PM at a city bike-share app
  {
    id: 'bf057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H'),
    text: [
      "At the bike-share app I'm the one who decides how a release goes out, while the engineers own the flags and the deploy, and I'd split it the same way here. The team wants 100 % this afternoon, and I'd say no to that. Staff go first, then guests in our beta group, then everyone else, with guests booking high-season dates last because losing them hurts most.",
      '',
      'The limits are written down before we start: booking-page errors more than 0.5 % above control, p99 page time more than 200 ms worse, and completed bookings per started search down more than 3 % against control. The stages are 2 %, 10 %, 30 % and 100 %, each held for two full days, because guests book hours after searching, often after talking it over at home, so lost bookings only show up late.',
      '',
      "The nice part is that the canary doubles as our A/B test. The canary group and the control group are both live, so at the end of the 30 % stage we compare bookings, and that tells us whether the new date picker is better. If the canary converts higher, we've proven the redesign and can tell the designers their reviews were right, with no separate experiment needed.",
    ].join('\n'),
  },
  // support-model-upgrade: every paragraph of exactly three sentences
  {
    id: 'bf058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H R A'),
    text: [
      "A model swap is still just a service swap, so I'd treat it exactly like any other backend change. The only things that tell you a model is misbehaving are its error rate and its latency, and those are what we gate on. Evals, thumbs-down counts and cost per conversation belong in the data science team's offline reports, not in the release.",
      '',
      'Before traffic moves, the limits are fixed: error rate more than 0.5 % above the current model, or p99 latency more than 500 ms worse, and we roll back. Our own HR staff get it first because they know payslip questions, then beta customers, and the large payroll clients last because a bad answer in a pay week costs the most. The ramp is 1 %, 10 %, 50 %, 100 %, holding a full day at each and advancing only if both numbers stayed inside the limits.',
      '',
      'The on-call engineer can switch back to the old model without asking anyone, at any hour, with a config flag that takes under five minutes. The canary tells us the bigger model is safe to run, not that it answers better. That question needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // after-the-sale-healthy: semicolons between related decisions
  {
    id: 'bf059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "For the outdoor-gear shop, what I'd actually do this quarter is fix the team; we're two engineers short on the web side and nobody owns the product-page front end. I'd open one senior front-end role and one mid-level role; the senior first, because they set the patterns the second hire follows. Interviews would be a take-home plus a pairing session; the take-home capped at three hours, since good people won't spend a weekend on it. I'd ask the design lead to sit on every panel; the product page is mostly her work and she should have a say in who maintains it. Offers go out within five working days of the final round; candidates we like get a call the same day. Each new hire is paired with someone for their first month; their first ticket is something small on the product page, so they ship in their first week.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a PM at a city bike-share app
  {
    id: 'bf060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "I'll answer with the launch I know best. At the bike-share app we're bringing e-bikes to the riverside district next spring. The hardest part is docking: the old stations can't charge, so we're adding forty charging docks along the river path and negotiating with the council for two more sites near the university. Pricing is a per-minute surcharge on top of the normal membership, with the first ten minutes free for annual members to get them to try it. Marketing wants a launch weekend with free rides, and I'd rather spend that budget on a student deal in September, when the new intake arrives and habits form. We'll measure success by weekly e-bike trips per member after three months, not launch-day numbers.",
    ].join('\n'),
  },
];
