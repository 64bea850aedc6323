import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixth blind set, author A: middling (n008–n010), weak (n011–n012), salad (n013–n014),
 * negated (n015–n016), misconception-led (n017–n018) and off-topic (n019–n020) answers.
 */
export const SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'n008',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text:
      'For the one-page checkout I would start with staff, then beta customers who opted in, and leave first-time buyers for the end since they are the group the lab never tested. ' +
      'We would agree up front to stop if checkout errors rise more than 0.5 % over the old flow, p99 page load gets 200 ms worse, or completed orders per visit fall 2 % below the group still on three steps. ' +
      'If any of that happens, whoever is on call turns the flag off, day or night, and everyone is back on the old checkout within a couple of minutes. ' +
      'Then we would roll it out to everybody before the sale.',
  },
  {
    id: 'n009',
    scenario: 'model',
    class: 'middling',
    points: points('P H S M'),
    text: [
      "I guess the way I think about it is that, as PM, I'm the one deciding whether the recommendation model moves forward; the ML engineers handle the mechanics.",
      "We'd go in stages, maybe 5, 25, 50, then everyone, and each stage waits until we've seen a lunch peak in every region, Asia included, because the feature stores there are the worry. Only when the graphs look healthy through that peak do we move on.",
      "At each stage I'd want the ML lead and myself to explicitly approve.",
      "For the model itself I'd keep an eye on how often people dismiss a recommended basket, an offline eval run over a sample of live requests to catch baskets full of things that are out of stock, p95 latency of the home screen, and the cost per request of the extra feature reads.",
      "Exact cut-offs, honestly, I haven't got numbers for yet.",
    ].join('\n'),
  },
  {
    id: 'n010',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text:
      "The search index change is mine to call: I decide when it widens and when it stops. We'd give it to a slice of traffic and grow it over the week. " +
      'The on-call engineer has the right to switch queries back to the old index at any hour, which is a config flip that finishes in about a minute, no redeploy. ' +
      'I would not read the canary as proof the new layout is better for researchers; it only tells us nothing broke. A randomised test afterwards would answer the better question, if anyone wants it answered.',
  },
  {
    id: 'n011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: 'I would make sure the pricing page is tested properly before Friday and then release it to a few people first. We keep an eye on the dashboards, and if something looks off we talk to engineering about rolling back. Since nothing in the backend changes, I do not expect problems, so I would not over-engineer it. The main thing is that marketing can launch the campaign on time, so I would keep them in the loop and make sure the page looks right on mobile as well.',
  },
  {
    id: 'n012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Um, so, a canary, right, that's where you, you send the new model to a small part of the users first.",
      "And then if it's, if it's fine you send it to more. I think the important thing is communication, like, keeping the stakeholders informed, so the support team knows there's a new assistant.",
      "And yeah, monitoring. Lots of monitoring. I'd probably look at whether customers seem happy.",
      "And, um, if they're not, we'd, we'd figure something out with the engineers. It depends on the situation really, every release is a bit different.",
    ].join('\n'),
  },
  {
    id: 'n013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: 'canary 1% 5% 25% 100% p99 200ms error budget 0.5% rollback flag on-call 24/7 staff beta enterprise last sign-off gate hold 6h metric gate baseline control cohort A/B randomised safe vs better kill switch < 5 min PM owns SLO burn rate dashboards alerting payment SDK Android bursts Friday dinner wallet 0.3pp 15-min window conversion -2% provider certification remote config canary canary',
  },
  {
    id: 'n014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Model upgrade canary.',
      '- Hallucination. Eval harness. Thumbs-down.',
      '- Tokens/query, p95, 2%, 10%, 50%.',
      '- Guardrails, holds, gates, approvals, ownership.',
      '- Rollback <5 min, alias, on-call, night.',
      '- Internal → beta → everyone, enterprise.',
      '- Safety not lift, A/B after, randomisation, stat sig.',
      '- Thresholds: pre-agreed, concrete, numbers.',
      '- Locale. German. Formal address. Per-language split, 1.3x, 300 events.',
      '- Sign-off / eng lead / PM / go-no-go / stage done.',
    ].join('\n'),
  },
  {
    id: 'n015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text:
      "People will tell you to write rollback thresholds down before you start, put staff first, hold each stage for a day and get a sign-off at every gate. I don't do any of that for something like the storage move. " +
      "Fixed limits just cause false alarms, so we won't commit to numbers in advance. Ordering cohorts is busywork; random traffic is fine. Holds slow you down, and nobody needs to approve each step if the engineers are competent. " +
      'Rollback authority for the on-call person? No, I would want to be called first, whatever the hour. And forget the idea that a canary is only about safety: I am not planning a separate A/B test after it.',
  },
  {
    id: 'n016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Honestly I don't think the textbook canary fits a prompt change.",
      "Could we grade answers in an eval harness for invented content? We could, but I wouldn't bother; tone isn't something a harness catches.",
      "Should German users come last? I wouldn't single them out, everyone gets the same percentage at the same time.",
      "A formal hold at each stage with someone signing it off? Not for a prompt, that's overkill.",
      "Switching back in minutes? There's no real need to prepare that, we'd just write a new prompt and ship it if the first one is off.",
      "Thumbs-down rates and token cost, I wouldn't set limits on those either, they're too noisy.",
    ].join('\n'),
  },
  {
    id: 'n017',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text:
      'The point of the canary for the booking page is to prove the new date picker lifts bookings. We put staff first, then opted-in guests, then everyone, and compare conversion in the canary cohort to everyone else; once the canary group books more, that is our evidence the redesign wins and we ship it. ' +
      'I would not set limits beforehand. We will watch the dashboard each morning and decide then what counts as bad, because bookings lag by hours and any number picked in advance would be a guess. ' +
      'If it really goes wrong, the on-call engineer can turn the flag off any time, it takes a minute.',
  },
  {
    id: 'n018',
    scenario: 'model',
    class: 'misconception',
    points: points('P'),
    text: [
      'I own the decision. For the bigger support model, I see the canary as our experiment: 10 % get the new model, 90 % the old one, and after two weeks we look at CSAT.',
      'If the 10 % rate it higher, the canary has shown the new model is better and that is the result we present to leadership.',
      'Error rate is what I watch for safety; if errors stay flat, the model is fine, we do not need other model checks.',
      'Thresholds I would work out once the data is in, when I can see the normal range.',
    ].join('\n'),
  },
  {
    id: 'n019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      'Before talking about the release I would want to understand why the fashion shop needs larger photos at all. I would interview five or six shoppers, look at heatmaps of the product page and check what the competitors do with size guides. ' +
      'Then I would write a one-page brief with the problem, the target persona and the success metric, and get design to prototype two versions. A good PM spends most of the time on discovery, not delivery, and that is where I would put my energy here.',
  },
  {
    id: 'n020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: 'Canaries were taken into coal mines because they react to carbon monoxide before people do; when the bird stopped singing, the miners left. The practice lasted in the UK until 1986, when electronic detectors replaced the birds, and some miners were sad to see them go. I find it a lovely story about early warning, and I think about it whenever I hear the word in tech. Funnily enough, canaries are also very sensitive to cold, so miners kept them in small heated cages, and one museum in Wales still shows a cage with its own little oxygen bottle for reviving the bird.',
  },
];
