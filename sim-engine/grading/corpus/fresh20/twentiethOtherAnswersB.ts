import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twentieth fresh set, author b — middling, weak, salad, negated, misconception-led and off-topic
 * answers (o028–o040), written blind and labelled by hand.
 * The comment above each entry names the built-in scenario it was written for.
 */
export const TWENTIETH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'o028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Hi Dana,',
      '',
      "Quick thoughts on the one-page checkout before Thursday's review.",
      '',
      "I'd start with employees, then the Insiders programme, then the coupon browsers: small baskets, low stakes. Returning customers after that, since the lab says they'll like it anyway. First-time buyers and wholesale go last. First-timers are exactly who a confusing guest form would lose, and a wholesale order is worth about 400 each.",
      '',
      "I'd fix the stop lines now, before launch: checkout errors no more than 0.5 % over control, p99 page load no more than 200 ms worse, and conversion not more than 2 % below baseline, with first-time buyers measured on their own rather than blended in with returning customers.",
      '',
      "Steps of 1, 5, 25, 50 and 100 %, holding two days at each and a full week at 25 %, where conversion finally has enough orders to read. That probably means we miss the start of the spring campaign. I'd rather slip a few days than find out at peak.",
      '',
      'Cheers,',
      'Sam',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'o029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text:
      "re: resizer rollout, writing this down so nobody's confused later. platform team owns the " +
      'deploy, the routing and the dashboards. I own the calls: when we go wider, and whether we keep ' +
      'going. every time we bump the percentage, Priya and I both approve it here in #resizer-release, ' +
      "no approval no bump. rollback belongs to whoever's on call, day or night. they don't need me or " +
      "Priya, they flip the resizer route back to the old service in the load balancer, it's a " +
      'two-minute change and we rehearsed it yesterday. nobody waits for a meeting to roll back. as ' +
      "for the Thursday deadline, we'll see how the week goes",
  },
  // support-model-upgrade
  {
    id: 'o030',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text:
      "Right, so the bigger model. The thing I'd insist on is agreeing the numbers before anyone gets " +
      "it. Hallucination rate on our eval set of payroll questions can't go up more than one point; " +
      'thumbs-down on assistant answers no more than 2 points over the current model; p95 response ' +
      'time no more than 400 ms slower; errors within half a percent of the old one; and cost per ' +
      "conversation, which is finance's question, no more than 30 % higher. If any of those trips, it " +
      "comes out. I'd also be straight with leadership that a clean canary doesn't mean the model is " +
      "better, and three points on offline evals doesn't either. If we want to say it gives better " +
      "answers, that's a randomised A/B test once it's live, measured on tickets that don't need a " +
      "human. How we phase it in and who gets it when, I'd leave to the engineers.",
  },
  // pricing-page-healthy
  {
    id: 'o031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "It's only a pricing page and nothing in the backend changes, so honestly the risk here is low. " +
      "I'd put it in front of a few users first, keep an eye on things, and if nothing looks off we go " +
      "to everyone before Marketing's campaign on Friday. If something does break we can always revert " +
      'it. The main thing for me is communication: Marketing needs to know the timeline, and support ' +
      'should have a heads-up in case customers ask why the page looks different.',
  },
  // prompt-locale-thumbs-down
  {
    id: 'o032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'My approach:',
      '- Check the new prompt in staging',
      '- Roll it out slowly to users',
      '- Monitor the dashboard',
      '- Ask some users what they think',
      "- Tweak the prompt if people don't like it",
      '- Then launch to everyone',
      '',
      'Overall I think the warmer tone is a good idea and most users will appreciate it. We just have to be a bit careful with German, since formality matters there, so maybe someone who speaks German should have a look at it at some point.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'o033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Canary. New index layout, smaller, cheaper hosting. p50, p99, tail latency, rare filter ' +
      'queries, benchmark coverage. 1 %, 5 %, 25 %, 50 %, 100 %. Staff, Labs users, heavy researchers, ' +
      'readers, institutional licences. Thresholds: 0.5 % errors, 200 ms, 2 % conversion, baseline, ' +
      'control. Holds, gates, sign-off, PM owns, engineering owns routing. Rollback, under five ' +
      'minutes, on-call, config flag, 24/7. A/B test vs canary, randomised, safe vs better. ' +
      'Metric-based gates, 24 h, 48 h, weekday peak. Shadow traffic, query mix, filters, cold cache. ' +
      'Eng lead, SRE, PM, go/no-go.',
  },
  // quiet-feedback-trap
  {
    id: 'o034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Summariser canary → cheaper model → eval harness 1/200 → sparse thumbs-down → p95 → cost per ' +
      'summary → pilot clinics → hospital groups → 5 % → 48 h → PM + ML lead sign-off → rollback < 5 ' +
      'min → hallucination rate → A/B ≠ canary. Vets, ratings, volume, gates, thresholds, baseline, ' +
      'control, pre-committed, randomised. Staff 3 %, pilot 7 %, clinics 70 %, groups 20 %. Sampling ' +
      '1/10, medication omissions, invented findings, referral letters, tokens, latency, errors 0.5 %, ' +
      'on-call.',
  },
  // staff-cohort-artifact
  {
    id: 'o035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "Honestly, I wouldn't over-engineer this one. Bigger photos and a size guide is a cosmetic " +
      "change. I wouldn't bother putting employees first, they don't buy anything anyway, and I don't " +
      'see the point of lining up insiders, shoppers and Plus members in some careful order. I also ' +
      "wouldn't fix rollback numbers ahead of time; we'd only end up with arbitrary lines like 2 % on " +
      'conversion that trip on noise. No staged ramp with holds, and no sign-off ritual at each step: ' +
      "we'd push it to everyone on Monday. I don't think we need a named person who may roll back at " +
      "night either, and I'd skip the whole canary-is-not-an-A/B-test debate, it isn't relevant for " +
      'photos. Ship it and look at sales next month.',
  },
  // lunch-peak-recommendations
  {
    id: 'o036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "I'll be upfront: I don't think the PM should own any of this; the ML team decides how a model " +
      "rolls out and I'd stay out of it. I wouldn't route staff and the preview programme ahead of " +
      "Asia and Europe either. It's the same model everywhere, so order doesn't matter. Limits on p95 " +
      "latency, eval scores or compute cost per request aren't something I'd write down in advance, " +
      "because every model behaves differently and there's no point guessing. Nor would I hold each " +
      'stage through a Singapore lunch peak; that adds a week for a problem nobody has seen. Letting ' +
      "someone roll back at five in the morning Berlin time without a manager's say-so isn't something " +
      "I'd allow. And a separate A/B test afterwards seems redundant to me.",
  },
  // after-the-sale-healthy
  {
    id: 'o037',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text:
      "Here's how I'd do it. Engineering owns the deploy and the flag; I own who sees it and when we " +
      "call it done. Order: staff first, then the Members' club, then casual visitors, then regular " +
      "customers, with first-time buyers and the guides and clubs last, because they're the ones we " +
      'can least afford to confuse. The beauty of a canary is that it doubles as our experiment: the ' +
      "canary cohort is the treatment, everyone else is the control, and once the canary's conversion " +
      "is above control we've proved that reviews above the fold sell more. That's the result " +
      "leadership wants this week. I won't pin thresholds down beforehand: after the sale nobody knows " +
      "what normal looks like, so I'll watch the first day and decide then what counts as a real drop. " +
      'If we do need to back out, the on-call engineer can switch the flag off at any time of day ' +
      "without waiting for me, and we're on the old page in a couple of minutes.",
  },
  // support-model-upgrade
  {
    id: 'o038',
    scenario: 'model',
    class: 'misconception',
    points: points('H S R'),
    text: [
      "1. Enterprise customers get it first. They pay the most, they should have the better model before anyone else, and it's a nice story for the account managers.",
      '2. Then members, then trials, and so on down.',
      "3. What we watch is error rate and latency. A model is just another service: if it isn't throwing errors and it answers quickly, it's working. I don't see what else there is to track.",
      "4. Stages of 5, 20, 50 and 100 %, each held at least 48 hours, and we don't move on until the numbers have been steady for the whole hold.",
      "5. Each move up needs my sign-off and the engineering manager's, in the release ticket.",
      "6. Rollback: the on-call engineer can switch the assistant back to the old model on their own, at any hour. It's a config value at the gateway and takes a few minutes.",
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'o039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      'The new date picker is a real improvement. In the design reviews guests picked their dates in ' +
      "half the clicks, and the shorter form drops two fields nobody filled in. What I'd want next is " +
      "a round of usability sessions with first-time guests, because they're the ones who compare a " +
      "few homes and talk it over at home before booking. I'd also look hard at accessibility, since " +
      "keyboard navigation in calendar widgets is usually an afterthought, and I'd make sure the " +
      'chosen dates survive a page refresh now that they live in a client-side store. Longer term, the ' +
      'picker could suggest cheaper dates nearby.',
  },
  // prompt-locale-thumbs-down
  {
    id: 'o040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "What I'd change first is the prompt itself. Warmth doesn't translate: a German business email " +
      "that opens with a breezy greeting and says du to a client reads as rude, not friendly. I'd " +
      'split the system prompt by language, keep Sie as the default in German unless the user already ' +
      "writes informally, and have a German-speaking writer review a set of tone examples. I'd also " +
      'put together a short style guide for both languages, with five or six before-and-after drafts, ' +
      "so the next rewrite doesn't depend on one team's ear. And I'd talk to a handful of " +
      'business-team customers about how they want the assistant to sound when it writes on their ' +
      'behalf.',
  },
];
