import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Middling (g009–g014) and weak (g015–g019) answers. Held out: see README.md. */
export const SECOND_MIDDLING_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'g009',
    scenario: 'service',
    class: 'middling',
    points: points('C T'),
    text:
      'For me the canary of the new index is like this. First we give it to the employees, ' +
      'after to the labs users, after to the readers, and the institutional licences at the end' +
      ' because they pay. We look at the p99 latency, not the median, because the slow queries ' +
      'with many filters are in the tail; if p99 is more than 250 ms worse than the old index ' +
      'we go back. Also errors more than 0.5 % over the old index, and if searches per session ' +
      'drop more than 3 % against the baseline. We go 5 %, 25 %, 100 %. If there is a problem ' +
      'the engineers will go back to the old index.',
  },
  {
    id: 'g010',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text:
      "New model goes to our own support agents first, they'll spot garbage answers fast. Then " +
      'the preview people, then members, and enterprise customers last. We track hallucinations' +
      ' with the eval harness, thumbs-down, p95 latency and token cost per conversation, ' +
      'because finance is asking. If it looks worse we pull it. When we go wider is my call, ' +
      "nobody else's.",
  },
  {
    id: 'g011',
    scenario: 'service',
    class: 'middling',
    points: points('H R'),
    text:
      "So the thing about this resizer is that it's only restarted on deploys and it's new " +
      "code, so I'd want to roll it out over more than a few hours because a leak or a slow " +
      "creep only shows up after it's been running for a while, and so I'd go 1 percent then 10" +
      " then 50 then everyone and at each step I'd hold for at least a full day, 24 hours, so " +
      "we see the service after it's been up long enough, and I'd watch memory and latency and " +
      'errors, and if something goes wrong the on-call person flips the traffic back to the old' +
      ' resizer, which is a load balancer change and takes a couple of minutes, and they can do' +
      " that at night without asking anyone, and then we'd look at it the next morning and work" +
      ' out what happened and whether to try again after a fix.',
  },
  {
    id: 'g012',
    scenario: 'model',
    class: 'middling',
    points: points('C S M'),
    text:
      'Prompt v2 sits behind a gateway flag. Cohorts: internal, then early-access writers, then' +
      ' English and German users as separate steps, business teams last. Signals: thumbs-down ' +
      'per locale, hallucination on the eval suite, p95, tokens per response. Promotion only ' +
      'with a yes from both me and the eng lead at each stage. Rollback by flipping the flag.',
  },
  {
    id: 'g013',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text:
      'The pricing page change will follow the standard release procedure. Rollback thresholds ' +
      'are agreed in the release record before exposure begins: error rate more than 0.5 % ' +
      'above control, p99 latency more than 200 ms above control, and trial-to-paid conversion ' +
      'more than 2 % below baseline. As this is a low-risk surface change, time-based gates are' +
      " appropriate: 24 hours at 5 %, then 24 hours at 25 % ahead of Friday's campaign, then " +
      '100 %. Each gate is formally signed off by the release manager before the next stage is ' +
      'opened.',
  },
  {
    id: 'g014',
    scenario: 'model',
    class: 'middling',
    points: points('P H'),
    text:
      "Um, I think I'd make a plan where the new recommendation model goes to employees first " +
      "and then maybe the preview programme. I'd probably check latency, since the feature " +
      "stores were sized for the old model. It's my call as PM when we widen it, and I'd hold " +
      'each step for at least a day so we go through the lunch peak in Singapore, which is ' +
      "early morning in Berlin, before widening. If anything breaks I guess I'd ask the team to" +
      ' roll back.',
  },
  {
    id: 'g015',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "Canary means ship to a small slice, watch it, ship to all. We'd do that for the " +
      'checkout. If it breaks, we roll back. Pretty standard stuff.',
  },
  {
    id: 'g016',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      'Canary is when the new model is given to a little part of the users before all the ' +
      'users. We see if the users are happy and then we give it to everybody. It is more safe ' +
      'than a big bang.',
  },
  {
    id: 'g017',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      "I'd move the storage for about one percent of users picked at random, then ten percent, " +
      'then everyone, and keep an eye on things in between.',
  },
  {
    id: 'g018',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "So, um, a canary is basically testing in production, right? We'd send some of the " +
      "summaries to the new model and, uh, see what happens, and if the vets don't complain " +
      "we'd move everybody over. Yeah.",
  },
  {
    id: 'g019',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'The product page update will be released in accordance with our canary process, whereby ' +
      'a small percentage of traffic is exposed first and exposure is increased progressively ' +
      'until full availability is reached.',
  },
];
