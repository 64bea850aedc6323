import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fresh held-out negated (f023–f025), misconception-led (f026–f028) and off-topic (f029–f030). */
export const FRESH_MIXED: readonly LabelledAnswer[] = [
  {
    id: 'f023',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "Honestly I wouldn't bother with thresholds for a prompt change: you can't know in advance " +
      "what a bad thumbs-down rate looks like, so we wouldn't write any numbers down. I don't think " +
      'an eval harness is worth the effort either; hallucinations are rare with this model. There is ' +
      'no need to hold at each percentage, we would go straight to everyone once the first hour ' +
      "looks fine, and I wouldn't ask anyone to sign off. Picking special cohorts such as staff or " +
      "beta users is overkill. And an A/B test afterwards? We wouldn't run one.",
  },
  {
    id: 'f024',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "I'd not fuss over who goes first; there's no point putting staff or beta customers ahead of " +
      "anyone else. We shan't fix limits beforehand either, the team will recognise a problem when " +
      "they see one. Holds at each step aren't necessary, and gate sign-offs only slow a release " +
      "down, so nobody signs anything. Rollback authority needn't be settled in advance, and nobody " +
      'has to be on call for it.',
  },
  {
    id: 'f025',
    scenario: 'service',
    class: 'negated',
    points: points('C'),
    text:
      "The one thing I'd insist on is the order: staff first, then the opted-in beta group, then " +
      "everyone else, with enterprise accounts at the very end. Beyond that I wouldn't over-engineer " +
      "it. We don't need pre-agreed thresholds, we won't hold at each level, and I wouldn't ask for " +
      "a sign-off at the gates. Who can roll back isn't something I'd decide up front, and there's no " +
      'need for an A/B test afterwards either.',
  },
  {
    id: 'f026',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S M'),
    text:
      'The way I see it, the canary is our experiment: we put the new support model on a slice of ' +
      "traffic and compare it with the old one, and if the canary group's satisfaction is higher, " +
      'that proves the new model is the better one and we can roll it out to everyone, with no need ' +
      'for a separate A/B test. Order: HR colleagues internally, then preview customers who opted in, ' +
      'then small tenants, enterprises last. We stop if the hallucination rate on the eval harness ' +
      'goes up by more than 1 point, thumbs-down rises 20 % relative to control, p95 latency grows by ' +
      '500 ms, or cost per conversation goes over 30 p, all agreed before we start. Stages are 1 %, ' +
      '5 %, 25 %, 50 %, 100 %, with a minimum of two days each, and the eng lead and I give an ' +
      'explicit go at every stage.',
  },
  {
    id: 'f027',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text:
      'I see my job as owning the rollout decisions, while engineering runs the infrastructure. For ' +
      'the storage migration: our internal workspace first, then early-access teams, then small free ' +
      "teams, the largest paying customers last. I'd rather eyeball the dashboards than pre-commit " +
      'numbers; in my experience a good team reads the graphs and knows when something is wrong, and ' +
      'fixed thresholds only give you false alarms. Steps of 1, 5, 25, 50 and 100 % with a day at ' +
      'each, and the SRE lead and I both sign off every step. The on-call engineer can switch the ' +
      'proxy back to the old database on their own at any hour; it is a config change of a few ' +
      'minutes.',
  },
  {
    id: 'f028',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S A'),
    text:
      'PM owns: order, abort numbers, ramp. Order: internal listings, beta sellers, small sellers, ' +
      'top sellers last. Abort, written before launch: error rate +0.5 % over control, p99 image ' +
      'latency +200 ms, listing views per session −2 % vs baseline, plus memory growth per hour. ' +
      'Ramp 1/5/25/50/100, 12 h per step, each step approved by me and the eng lead. Rolling back ' +
      'means reverting the commit and redeploying the old resizer through the pipeline, about ' +
      "forty-five minutes; there's no faster way to roll back a service, and the on-call engineer " +
      'can start it at any hour. Canary says safe; a randomised A/B test tells us if it is better.',
  },
  {
    id: 'f029',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text:
      'Getting a warmer tone is mostly about the prompt itself. I would add a few examples of the ' +
      'tone we want, tell the model who the reader is, and lower the temperature a little so the ' +
      'replies stay consistent. For German I would ask a native speaker to write the examples, ' +
      'because translated examples sound stiff. It also helps to keep the instructions short; long ' +
      'system prompts tend to get ignored halfway through.',
  },
  {
    id: 'f030',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "I'd want to understand the business goals first. For the spring campaign I would align with " +
      'marketing on the messaging, make sure the landing page copy matches, and set a key result for ' +
      'first-order growth. Then a kickoff with design and engineering, a shared risk log, and weekly ' +
      'updates to stakeholders so nobody is surprised on launch day.',
  },
];
