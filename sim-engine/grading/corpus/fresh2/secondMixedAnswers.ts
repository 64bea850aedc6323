import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Misconception-led (g026–g028) and off-topic (g029–g030) answers. Held out: see README.md. */
export const SECOND_MIXED_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'g026',
    scenario: 'service',
    class: 'misconception',
    points: points('P C'),
    text:
      'The canary is how we prove the one-page checkout beats the old one. I own the decision ' +
      'to launch. Staff see it first, then the insiders, then coupon browsers, with first-time ' +
      "buyers and wholesale last. We compare the canary group's conversion with everyone " +
      "else's, and if the canary group converts better, that's our evidence the new checkout " +
      'wins and we roll it out to all.',
  },
  {
    id: 'g027',
    scenario: 'model',
    class: 'misconception',
    points: points('C H'),
    text:
      "I'd rather not fix numbers in advance. The team and I will watch the dashboards by eye " +
      'during each step and roll back if it looks bad to us. Order: employees, early-access ' +
      'writers, English users, German users, business teams last. Each step is held for a full ' +
      'day before the next one.',
  },
  {
    id: 'g028',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H'),
    text:
      'Employees first, then beta sellers, then hobby sellers, with brand stores last. Limits ' +
      'written down before we start: latency p99 more than 200 ms worse, errors more than 0.5 %' +
      ' above control, listing views more than 2 % below baseline. Hold a full day per step so ' +
      'a leak has time to show. If we need to roll back, we revert the commit, rebuild the ' +
      'image and redeploy the old resizer through the pipeline, about forty minutes, which is ' +
      'fine.',
  },
  {
    id: 'g029',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "I'd run the team on two-week sprints with a planning session on Monday, a short standup " +
      'each morning and a retro at the end. Tickets are estimated in story points, and I keep ' +
      "the backlog groomed so the engineers always know what's next.",
  },
  {
    id: 'g030',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "For Friday's campaign I'd test three email subject lines, pick the one with the best " +
      "open rate, and make sure the landing page headline matches the ad copy. I'd also brief " +
      'the social team so the posts go out at lunchtime when our creators are online.',
  },
];
