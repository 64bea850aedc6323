import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventeenth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic
 * answers b048–b060, written blind and labelled by hand before any grading.
 * Built-in scenario per answer: LABEL-NOTES-c.md.
 */
export const SEVENTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'b048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text:
      'Honestly what worries me with a rewritten resizer is slow rot, since it only restarts on ' +
      'deploys. So before we flip anything we agree the limits: p99 resize time no more than 80 ms ' +
      'over the old service, 5xx no more than 0.1 pp over, and memory per pod not growing more than ' +
      '10 % over any six hours. Then 5 %, 25 %, 50 %, 100 % — whatever 5 % the load balancer picks ' +
      '— and each step sits for at least 24 hours without a restart, moving on only if every limit ' +
      'held the whole time. Thursday slips if it has to. If a limit trips, on-call shifts the ' +
      'weights back to the old resizer pool, about two minutes, no need to wait for anyone.',
  },
  {
    id: 'b049',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text:
      "I'd start with our own staff and the Labs users, who opted in and will tell us when " +
      'something feels off. Then the heavy researchers — they run the long, filter-heavy queries, ' +
      "so if the new layout has a weak spot they'll find it before casual readers do, and they're " +
      'the people most likely to report it properly. Readers after that, and institutional licences ' +
      'go last, because those are contracts we could lose. Each step up needs a yes from me and the ' +
      "search tech lead, written in the release ticket. And I'd be careful about what we claim at " +
      "the end: the canary can tell us the new index isn't hurting anyone, it can't tell us people " +
      'search better with it. If leadership wants that claim, we run a proper A/B test afterwards.',
  },
  {
    id: 'b050',
    scenario: 'service',
    class: 'middling',
    points: points('P H'),
    text:
      "Hi all — on the booking page: product's job here isn't the date picker itself; engineering " +
      "owns the build and the rollout tooling. What I'm responsible for is deciding when we move " +
      'and what we wait for. And we have to wait. Guests on this site often look at a home, go and ' +
      'talk it over, and come back a day or two later to book, so half an hour at 10 % tells us ' +
      "nothing about bookings. I'd go to 5 %, then 20 %, then 50 %, and hold each step for at least " +
      'three days so that people who first visited on day one have had time to come back and book, ' +
      "moving on only once those return-visit bookings from the canary have come in. I'd rather " +
      "miss this afternoon than ship something we can't measure. — M.",
  },
  {
    id: 'b051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "For a pricing page I'd keep this simple, honestly. It's a layout and copy change, the " +
      "checkout behind it doesn't change, so the risk is low. I'd put it out to a small group " +
      'first, keep an eye on the dashboards for a bit, and if everything looks normal push it to ' +
      "everyone before marketing's Friday campaign goes live. If something weird shows up, we can " +
      "always revert it. The main thing I'd actually spend time on is making sure marketing and " +
      "design have signed off the final copy, because that's where a pricing page usually goes " +
      'wrong.',
  },
  {
    id: 'b052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      "The new prompt sounds friendlier, so I'd expect users to be happier with it overall. I'd ask " +
      'the team to roll it out gradually and keep an eye on things as it goes. Since German ' +
      'speakers are about a quarter of our users, maybe someone who speaks German could look at a ' +
      "few outputs at some point. If there are complaints we'd change it back. Overall I'd trust " +
      "the engineers here; they've shipped prompt changes before and know what to watch.",
  },
  {
    id: 'b053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      "Canary plan — staff, members' club, casual visitors, regular customers, first-time buyers, " +
      'guides and clubs. 1 % / 5 % / 25 % / 50 % / 100 %. Error rate 0.5 %. p99 200 ms. Conversion ' +
      '−2 %, baseline, last week, spring sale, 20 % off, Sunday midnight. Sign-off: PM, eng lead. ' +
      'Rollback: on-call, flag, 5 min. Holds 24 h, metric gate, time gate. A/B test vs canary. ' +
      'Reviews above the fold, lazy-load gallery, Europe/Paris, this week. Staff discount. ' +
      'Guardrails, p95, significance, noise, false alarm. Leadership, cosmetic, no effect.',
  },
  {
    id: 'b054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Support assistant, bigger model, longer context. Agents → preview → admins → members → ' +
      'trials → enterprise. Eval harness, hallucination rate, thumbs-down, p95, tokens per ' +
      'conversation, +30 %, Finance, cost. Thresholds 0.5 %, 200 ms, 2 %. Ramp 1, 5, 25, 50, 100. ' +
      'Holds, gates, sign-off PM + eng. Rollback < 5 min, on-call, 24/7. Canary ≠ A/B. Offline ' +
      'evals +3 pts, payslips, leave, settings. Pasted payroll tables, long conversations, context ' +
      'window. PM owns, engineering owns. Guardrails, dashboards, alerting, 24 h, 48 h, Finance ' +
      'per-conversation cost, enterprise last.',
  },
  {
    id: 'b055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "I don't think we need a staged ramp here. The load tests passed at peak, so holding at 25 % " +
      "and 50 % would just burn days we don't have before the old cluster goes away. I wouldn't " +
      "pick cohorts either — enterprise or free workspaces, it's the same database underneath. " +
      "Writing rollback thresholds down ahead of time isn't something I'd do; you can't know the " +
      "right numbers until you see the graphs. I also wouldn't make anyone sign off each step, and " +
      "I wouldn't pay to keep the old cluster warm just so we can switch back quickly — if " +
      "something breaks, we fix forward. And the whole canary-versus-A/B distinction doesn't matter " +
      "for an infrastructure change, so I wouldn't plan one.",
  },
  {
    id: 'b056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "I'm not going to build this around the eval harness or thumbs-down counts — vets hardly rate " +
      "anything and the harness only sees one summary in two hundred, so I wouldn't look at either. " +
      "I also wouldn't bother with a cohort order, pilot clinics first and hospital groups last or " +
      'any of that; a summary is a summary. No fixed rollback numbers, no long holds at 25 %, no ' +
      'sign-off ceremony at each step. The model is cheaper and faster and the offline evals look ' +
      "fine, so let's not overthink it. And I don't see the point of an A/B test afterwards either; " +
      "if nobody complains, it's better.",
  },
  {
    id: 'b057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text:
      "The nice thing about a canary here is that it doubles as our experiment. We'd open the new " +
      'product pages to employees first, then the insider programme, then regular shoppers, with ' +
      "new customers and Plus members held back to the end because they're the ones we can least " +
      'afford to annoy. Each stage — 2 %, 10 %, 25 %, 50 %, then everyone — sits for a full day and ' +
      "doesn't move until error rate and page speed have stayed flat through the evening peak. The " +
      'on-call engineer can flip the flag back within a few minutes at any hour, no permission ' +
      "needed. And the canary's conversion answers the real question: if the canary group at 25 % " +
      "converts better than everyone else, that's the bigger photos and the size guide paying off, " +
      'so we announce the lift and skip a separate A/B test.',
  },
  {
    id: 'b058',
    scenario: 'model',
    class: 'misconception',
    points: points('T H S'),
    text:
      "It's a model change, but in production a model is just another service: if it answers " +
      "quickly and without errors, it's doing its job. Whether the baskets are any good was settled " +
      "offline, so during the canary I'd watch exactly two things, error rate and latency. Before " +
      'we start, the eng lead and I write the stop lines down: error rate more than 0.5 percentage ' +
      'points over the old model, p99 more than 300 ms worse. Stages of 1, 5, 25 and 50 %, each ' +
      "held for 24 hours so that both Berlin's evening and Singapore's lunch rush have passed " +
      'through it, and no move until the numbers stayed inside the lines the whole day. The eng ' +
      "lead and I both sign each move in the release doc. I wouldn't spend time on click-through, " +
      "feedback or compute cost during a rollout; that's data-science noise.",
  },
  {
    id: 'b059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "Before anything ships I'd want to question the premise. The usability lab only saw returning " +
      "customers, and they're the people who benefit from saved addresses and cards, so the result " +
      'tells us very little about first-time buyers, who are exactly who the spring campaign brings ' +
      "in. I'd run five or six quick sessions with people who have never bought from us, watch " +
      'where they hesitate on a single long page, and look at our current funnel to see which of ' +
      "the three steps loses the most people today. Then I'd sit down with Growth to agree what " +
      'success means for the campaign — first orders, basket size, repeat rate within 60 days — and ' +
      "make sure design has a version of the page that works when there's nothing to pre-fill. If " +
      "the research says the single page confuses newcomers, I'd rather keep three steps for them " +
      'than miss the campaign with a page that loses them.',
  },
  {
    id: 'b060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      'The real issue here is that the prompt was written and reviewed only in English. Warm and ' +
      "casual doesn't translate one-to-one: in German business email the default is the formal " +
      '"Sie", and a cheerful "du" from a writing assistant can read as rude. I\'d split the prompt\'s ' +
      'tone instructions by language, tell the model explicitly to keep formal address in German ' +
      'unless the user\'s own draft uses "du", and have two native German speakers from the sales ' +
      'team review fifty sample drafts before anything else happens. Longer term we need a small ' +
      'style guide per language, owned by someone who actually writes in it, and every prompt ' +
      'change should go through a reviewer for each language we support.',
  },
];
