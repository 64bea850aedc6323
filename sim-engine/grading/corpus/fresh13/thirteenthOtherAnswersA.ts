import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirteenth blind set, author A: middling (e008–e010), weak (e011–e012), salad (e013–e014),
 * negated (e015–e016), misconception-led (e017–e018) and off-topic (e019–e020) answers.
 * Written and labelled by hand without seeing the grader; see README-a.md and LABEL-NOTES-a.md.
 */
export const THIRTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'e008',
    scenario: 'service',
    class: 'middling',
    points: points('C H A'),
    text: [
      "I'd roll it out in waves. Staff go first, then the insiders group, then the people who browse a lot but rarely buy. After that the regulars. First-time buyers and wholesale come at the very end, because the spring campaign is all about first orders and the wholesale accounts are our biggest.",
      '',
      "The ramp would be 1%, 5%, 25%, 50%, then 100%, and I'd stay about a day at each step so we see a full daily cycle of shopping before going up.",
      '',
      "While it's running I'd keep an eye on the checkout funnel and the error logs, and if something looks off we'd pull it back.",
      '',
      "One thing I'd be careful about: the usability lab showed returning customers loved it, but the canary isn't going to tell us whether it converts better. That takes a proper randomised A/B test once we know it's safe. The canary is just the safety check.",
    ].join('\n'),
  },
  {
    id: 'e009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Route 5 % of home-screen requests to the new model, random across all regions, and bump to 100 % after a couple of days if nothing fires.',
      '',
      'Alarms, agreed up front:',
      '- errors > +0.5 pp vs old model',
      '- p95 latency > +150 ms (the feature-store fan-out is the risk)',
      '- add-to-basket rate down more than 2 % vs control',
      '- eval replay on a sampled 1 % of live requests: irrelevant-basket rate up > 1 pt',
      '- "not interested" taps up > 15 % relative',
      '- inference + feature-read cost per request up > 25 %',
      '',
      'Any alarm: on-call reverts the model route at the gateway, any hour, including Berlin night when Singapore lunch hits. Under 5 min.',
    ].join('\n'),
  },
  {
    id: 'e010',
    scenario: 'service',
    class: 'middling',
    points: points('P T S'),
    text: [
      "Let me separate roles first. Engineering will handle the mechanics of the release. As the product manager I'm accountable for defining success and failure before we start, and for the go decision at every step.",
      '',
      'Failure is any of: error rate on the booking endpoint up more than 0.5 percentage points against control; p99 page latency up more than 250 ms; or completed bookings down more than 3 % relative to guests still on the old page. Bookings here lag, since guests often book hours later after talking it over, so that last number has to be read on bookings attributed back to the session that saw the new page.',
      '',
      "I'll insist that each increase in exposure is approved explicitly by me and the front-end lead rather than happening automatically. The team wants to be at 100 % this afternoon, and I'd push back on that.",
    ].join('\n'),
  },
  {
    id: 'e011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Honestly I'd lean on the ML team here. The offline evals went up by three points, so the new model is most likely fine. I'd turn it on for a small slice of users, keep an eye on how things go for a while, and if people seem unhappy we can switch back. I'd also ask the team to look at costs, since finance is asking. Then once everybody is comfortable we release it to all.",
    ].join('\n'),
  },
  {
    id: 'e012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Great question! So a canary is basically about de-risking. You don't want a big bang, right? For the pricing page I'd do a soft launch: let a portion of traffic see the new comparison table, gather learnings, make sure nothing's broken, and scale from there. Alignment with marketing is key since the campaign goes out on Friday, so I'd make sure the canary is wrapped up before then. In my experience communication across stakeholders is the biggest success factor in any launch.",
    ].join('\n'),
  },
  {
    id: 'e013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'canary',
      'image resizer / new format / 20% faster',
      'staff beta hobby sellers brands',
      '1 5 25 50 100',
      'p99 p99 p99 200ms 0.5% 2%',
      'holds. gates. sign-off. on-call.',
      'memory leak?? restart',
      'rollback routing config 5 min',
      'A/B vs canary',
      'thursday',
      'PM owns',
      'thresholds thresholds',
      'latency errors conversion baseline cohort',
      '24x7',
      '6h 12h 24h metric-based time-based',
      'eng lead / SRE / PM / exec',
      'new format, old format, 20%, 20%',
      'leak over a day -> restart -> deploy',
      'safe not better',
      'brands last? brands first?',
      'p95 p99 p99.9',
      'rollback < 5 min',
    ].join('\n'),
  },
  {
    id: 'e014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary-wise the model-level hallucination-rate eval-harness thumbs-down p95 token-cost-per-query guardrail framework, PM-owned, cohort ordering internal early-access pilot clinics groups high-value-last, pre-committed thresholds 0.5 200 2 percent baseline cohort ramp holds metric-based time-based sign-off gates rollback authorization under-five-minutes routing not redeploy, canary safe A/B better randomized causal inference segment artifact, viable lovable, sparse feedback one in two hundred, low volume signal power, summariser cheaper faster, rollback rollback rollback, on-call 24x7 SRE PM eng-lead sign-off sign-off, 1 5 25 50 100 percent 6 hours 24 hours inconclusive, hallucination hallucination thumbs-down edit rate, token cost cheaper cheaper, vets clinics staff pilot groups, eval harness one in two hundred sampling, gates gates gates.',
    ].join('\n'),
  },
  {
    id: 'e015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I know the textbook says go staff first, then beta, then everyone. I don't see the point here. The benchmarks already say it's 20 % faster, so I'd route a random 10 % and let it ride. I also wouldn't sit down and agree thresholds in advance: we can't predict what will look wrong, and I'd rather not fix numbers nobody is going to respect. No staged holds either; the team wants it everywhere by Thursday, and sitting at 5 % for a day buys us nothing. Sign-off at every step is bureaucracy, so nobody needs to approve anything. If it goes wrong we redeploy the old version. That's slower than a routing flip, but fine. And I wouldn't bother with an A/B afterwards. If it's faster, it's better.",
    ].join('\n'),
  },
  {
    id: 'e016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Do we need an internal cohort first? Not for a prompt tweak; our staff write in English anyway. Hard limits on thumbs-down or hallucination before launch? None. The English team reviewed it, and numbers set in advance only cause false alarms. An eval harness that checks formality in German? Never planned one, and I wouldn't start now. Approvals at each step? Nobody signs anything, it's a text change. A night on-call who can revert the prompt in minutes? Not needed, nobody writes email at night. Would I treat the rollout as an A/B test? No, but I wouldn't follow it with one either. I'd push it to everyone on Monday morning and read the support queue.",
    ].join('\n'),
  },
  {
    id: 'e017',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text: [
      "I'd use the canary as our proof that the one-page checkout wins before the spring campaign. Staff get it first for a day so we catch anything embarrassing, then the insiders, then the browsers, then the regulars, and first-order customers and wholesale last, since those are the ones we can least afford to upset.",
      '',
      "At 10 % we compare conversion in the canary group against everyone else. If the canary converts better, that's our evidence the new checkout is the better design and we go straight to 100 %. If it's flat, we keep it at 10 % longer until the lift becomes significant. Growth wants a number, and this gives them one without the delay of a separate A/B test. Basically the canary is the A/B test.",
    ].join('\n'),
  },
  {
    id: 'e018',
    scenario: 'model',
    class: 'misconception',
    points: points('R M'),
    text: [
      "What I've learned over the years is that you can't know the right threshold for a recommendation model in advance. You just can't. So my approach is to start at 5 % and treat the first 48 hours as learning what normal looks like. We'd watch add-to-basket, p95 latency on the feature-store calls, the relevance failures the eval harness flags on sampled baskets, the \"not interested\" taps, and cost per request. Once we've seen the shape of the curves, the team and I pick the lines that make sense on the day, and we tighten or loosen them as the week goes on. I'd rather respond to real data than to numbers someone made up in a planning doc.",
      '',
      "The one thing I'd fix up front is the escape hatch: if something is clearly broken, the on-call engineer switches the gateway route back to the old model, at any hour, which takes a couple of minutes, and they don't need my permission.",
    ].join('\n'),
  },
  {
    id: 'e019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I actually ran something close to this at my last company, a sportswear retailer. The hardest part wasn't the technology, it was the people. The photography team and the merchandising team had very different views about what a product page is for, and for months they weren't talking. What I did was set up a weekly design crit where both sides brought real customer quotes, and within a quarter we had a shared vision document. I also pushed to hire a dedicated content designer for the size guide, because fit questions were our number-one reason for returns. Looking back, what I'm proudest of is that the team still runs that crit without me. For me that's what good product leadership looks like: creating the conditions for people to do their best work.",
    ].join('\n'),
  },
  {
    id: 'e020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start with finance's question, because that's what will decide whether this ships at all. A larger model with a longer context window costs more per token and uses more tokens per conversation, so I'd build a simple unit-economics model: average conversations per customer per month, average turns per conversation, tokens per turn on each model, and the provider's price per thousand tokens. Then compare that against what a deflected support ticket saves us, maybe eight to twelve euros for a payroll question that would otherwise go to a human. If the bigger model deflects even a few more tickets per hundred conversations, it pays for itself. I'd also negotiate volume pricing with the provider and look at routing simple questions to the smaller model to keep the average down. I'd bring all of that to the finance partner as a one-page memo with three scenarios: conservative, expected and optimistic.",
    ].join('\n'),
  },
];
