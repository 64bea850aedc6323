import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-fifth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (ae048–ae060), written blind, labelled by hand. */
export const TWENTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ae048',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: "So the risk here is first-time buyers, right? Returning customers loved it in the lab, but autofill does nothing for someone with no saved address or card. So I'd put it in front of returning customers with saved details first, then people who've ordered once, and first-time buyers last, and I definitely wouldn't switch first-timers over just before the spring campaign. Before we start I'd write down what makes us stop: first-order conversion down more than 2% against the old checkout, payment errors up more than half a point, p99 page load up more than 300 ms. And I'd be careful not to read the canary as proof the single page converts better, because returning customers convert well anyway. If we want to know that, it's a proper randomised A/B test afterwards.",
  },
  {
    id: 'ae049',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      'honestly my take on the resizer:',
      "the product side is mine (how cautious we are, how long we wait at each step), the deploy and the traffic weights are the image team's.",
      'steps 1 / 5 / 25 / 50 / 100 and we hold each one at least 36h. the service only restarts on deploys and this kind of slowdown builds over a day, so "everywhere by Thursday" doesn\'t give it time to show. we move on only if memory and response times are flat across the whole hold, not just the first few hours.',
      "rollback: on-call can shift traffic back to the old resizer pool whenever, no need to ping me first. it's a load balancer weight change, couple of minutes.",
      'will push back on Thursday in standup.',
    ].join('\n'),
  },
  {
    id: 'ae050',
    scenario: 'model',
    class: 'middling',
    points: points('C T S M'),
    text: [
      'First cohort: our own payroll and HR team, who use the assistant daily and spot a wrong answer about leave or tax codes straight away. Then customers who opted into early features. Big enterprise accounts and anyone in their first month stay on the old model to the end.',
      '',
      'The stop conditions are fixed before it starts: hallucination rate on the eval set more than 1 point worse than the current model, thumbs-down up more than 10%, p95 latency no more than a second slower, and cost per conversation capped at 4 cents, since Finance is already asking.',
      '',
      'Every time we widen exposure, the ML lead and I both sign off in the release channel.',
    ].join('\n'),
  },
  {
    id: 'ae051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Since it's only the pricing page and nothing in the backend changes, I'd keep this simple. Release it to a smaller group first, keep an eye on how it's doing, and if everything looks fine, get it out to everyone before Marketing's campaign on Friday. If something seems off we can always revert. The main thing for me would be making sure engineering, design and marketing are aligned on the timeline and that everyone knows what's happening, because launches like this usually go wrong on communication rather than on the code.",
  },
  {
    id: 'ae052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think the key with AI is that it can be unpredictable, so you have to be careful. I would talk to the engineering team about the best way to roll out the new model and make sure we have good monitoring in place. We'd start with a few clinics, see how it goes, and expand if things look good. Vets are busy people, so we should also make the summaries as easy to read as possible. Overall I'd take a cautious, data-driven approach and adjust as we learn.",
  },
  {
    id: 'ae053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. New index layout, smaller, cheaper hosting. Tail: p99, p99.9, rare queries, many filters. Median faster. Free tier / institutional licences. 1% 5% 25% 50% 100%. Errors 0.5%, latency 200 ms, thresholds, pre-committed. Holds 24 h, gates, metric-based. Sign-off: PM, eng lead. Rollback, routing, under 5 min, on-call, any hour. A/B randomised vs canary, safety vs lift. Staff, beta, low-risk, high-value last. PM owns / engineering owns. Cost per query, hosting −40%. Benchmark gap: filters. Baseline cohort, control, conversion −2%. Post-mortem.',
  },
  {
    id: 'ae054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: "recommendation model canary regional feature stores Singapore lunch Berlin morning time zones 1% 5% 25% 50% 100% p95 150 ms error rate 0.5% add-to-basket −3% eval harness relevance hallucination thumbs-down compute cost per request +20% holds 24 h gates sign-off ML lead PM rollback config flag under five minutes on-call staff beta opted-in high-value last A/B randomised safe not better feature reads per request store capacity lunch peak 12:00 SGT 06:00 CET baseline region control dismiss rate not interested taps replay yesterday's baskets",
  },
  {
    id: 'ae055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I wouldn't put the date picker through a staged ramp. Nothing in the service changes, and holding at 5% for a day just slows the team down, so I don't see the point of 1%, 5%, 25% and so on here. I also wouldn't write rollback thresholds up front; bookings come in hours later anyway, so fixing a number on day one would be guesswork. Choosing who goes first, staff, then early-access guests, feels like overkill for a form, and I wouldn't ask anyone to sign off each step either. Nor would I set up a quick routing rollback for on-call; if something's wrong we fix forward. And an A/B test afterwards isn't needed, because the design reviews already told us it's better.",
  },
  {
    id: 'ae056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Honestly, for a prompt change I wouldn't build the whole machinery. I wouldn't gate on the eval harness or on hallucination rates; it's the same model, only the tone changes. I wouldn't use thumbs-down as a rollback signal either, it's too noisy. I don't think German users need their own cohort or their own numbers, and I'm not going to fix thresholds before launch, because with a prompt you don't know what you're looking for until you see it. No holding at each step and no sign-off rounds: it's text, so we'd ship it to everyone. And I wouldn't give on-call a one-click switch back. If people complain, we'll write a new prompt.",
  },
  {
    id: 'ae057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "Leadership wants this out this week, and the nice thing is the canary doubles as our experiment. I own the release calls; the web team owns the deploy and the feature flag. We put 5% of visitors on the new page and compare them with everyone else: if their conversion is higher, that's proof that reviews above the fold sell more gear, and we have our business case at the same time as our rollout. We go 5%, 25%, 50%, 100% and hold 24 hours at each step, so each comparison has a full day of data before we widen. If the canary group converts worse, the on-call engineer can switch the flag off at any hour without waiting for me; it takes a couple of minutes. One caution: last week's sale will make everyone's numbers look lower, so I'd compare the canary only with this week's control, and a few points of lift there settles it.",
  },
  {
    id: 'ae058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: "A model behind an API is just another service: if it answers fast and without errors, it's working. Quality was settled offline, where the evals went up three points, so during the rollout I'd watch error rate and latency and nothing else. Before we start, I'd write those limits down: errors more than 0.5 points above the old model or p99 latency more than 300 ms worse means we roll back. Our own HR staff go first, then customers who opted into the beta, and large enterprise accounts last because they'd be the most upset by an outage. The on-call engineer can route traffic back to the old model at any hour without asking, in a few minutes. Finance's cost question is for after launch, once we see the invoice.",
  },
  {
    id: 'ae059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "I'd start by asking why we're adding a size guide at all. In fashion, wrong-size returns are one of the biggest costs, so the real goal is fewer returns, not prettier pages. I'd pull last year's return reasons by category, talk to the customer-service team about which brands run small, and interview a dozen shoppers who sent something back. Then I'd make the guide brand-specific, with measurements in both centimetres and inches and a \"customers say this runs small\" note drawn from reviews. The larger photos should show the fabric and how the item sits on models of different heights. Success for me is a lower return rate per order over the next quarter.",
  },
  {
    id: 'ae060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The interesting question for me is what we do with the savings. Small vet clinics are price-sensitive and most of them are on our starter plan, so I'd look at passing part of the lower model cost on as a cheaper tier, or bundling summaries into the practice-management plan instead of charging per summary. I'd talk to ten clinic owners about how they budget for software, check what competitors charge, and model the margin at two or three price points. I'd also want legal to confirm the new provider's contract covers patient data the way the old one did, because vets are careful about client records.",
  },
];
