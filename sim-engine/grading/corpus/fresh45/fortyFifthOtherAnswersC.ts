import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-fifth fresh set, author c: middling (ay048–ay050), weak (ay051–ay052), salad
 * (ay053–ay054), negated (ay055–ay056), misconception-led (ay057–ay058) and off-topic
 * (ay059–ay060) answers, written blind, labelled by hand.
 */
export const FORTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a spoken transcript with fillers
  {
    id: 'ay048',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "So, um, for the bigger model, the first thing is I'd want the limits written down before we start. Error rate not more than half a percent above the current model. p95 not more than a second slower. Hallucinations on the eval set staying under 2 %.",
      "And cost, because finance asked, right? So cost per conversation can't go up more than, say, 30 %, and we agree that number with them up front, not later.",
      'Then the stages. 5 % of conversations, then 25, then 50, then everyone. At each one we hold for two days and we only move up if all of those limits held.',
      "Um, and yeah. That's roughly how I'd run it.",
    ].join('\n'),
  },
  // checkout-first-order: each decision stated with its cost
  {
    id: 'ay049',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "I'd send the single-page checkout to our staff first, then to customers on the early-access list, then to returning customers in general, and to first-time buyers last, because they are the group this change could hurt and they are the whole point of the spring campaign. The cost of that order is that we learn about first-time buyers late.",
      '',
      'The stages would be 5 %, 20 %, 50 % and then 100 %, holding three days at each so we see enough orders at every step before moving on. The price is that we might not be at 100 % when the campaign starts.',
      '',
      'The on-call engineer can switch the flag back for everyone without asking me, at any hour, and the three-step checkout is back within a couple of minutes. The cost is the odd rollback that turns out to have been noise.',
      '',
      "We'd keep an eye on conversion and errors throughout and stop if they look worse.",
    ].join('\n'),
  },
  // quiet-feedback-trap: Québécois (French-Canadian) English register, written
  {
    id: 'ay050',
    scenario: 'model',
    class: 'middling',
    points: points('P S M'),
    text: [
      'For me, the PM, my job is the decisions: which clinics, what limits, when we hold, when we go further. The engineers, they handle the routing to the new model and the deployment, that is their thing.',
      '',
      'Each time we want to go up a step, it is the clinical lead and me who sign, nobody else.',
      '',
      'What I would follow: the eval harness, but one summary on two hundred, it is not enough, so we ask them to grade a lot more during the canary. The ratings of the vets too, even if there is not a lot of them. And the cost per summary, since it is the reason why we change the model in the first place.',
      '',
      'We start with some clinics and we go up when it looks correct.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: a PM at an insurance comparison site
  {
    id: 'ay051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At the insurance comparison site where I work as a PM, we don't like big-bang launches, so I'd take the same approach here.",
      "I'd roll the new image service out gradually to a portion of sellers, keep an eye on the dashboards, and talk to the engineering team often. If anything looks off, we'd pull back and figure it out.",
      "The 20 % speed-up sounds promising, but I'd want to make sure it holds up in the real world before it goes everywhere. Communicating with sellers matters too.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a casual spoken transcript
  {
    id: 'ay052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Yeah, so I think with a prompt change it's fairly low risk, right? It's words.",
      "I'd probably turn it on for some people first and see how it's landing, maybe check in with the German side since that's where it could get weird.",
      "If the feedback seems okay we'd open it up wider. And I'd lean on the team to tell me if something's off.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a pile of terms separated by slashes
  {
    id: 'ay053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Key considerations:',
      'canary / recommendation model / feature store / Singapore lunch / Berlin / staff / beta / enterprise / 1 % / 5 % / 25 % / 100 % / p95 / p99 / 0.5 % / 200 ms / 2 % / hallucination / eval harness / thumbs-down / tokens / compute cost / gates / holds / sign-off / PM / engineering / routing / rollback / on-call / five minutes / config flag / A/B / randomised / safety / better / baseline / control / cohort / regions / peaks / thresholds / pre-committed',
      'All relevant here.',
    ].join('\n'),
  },
  // booking-purchases-lag: scrambled fragments around empty sentences
  {
    id: 'ay054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release for the booking page: a topic with many dimensions.',
      'Segments, thresholds, holds, sign-off, rollback.',
      'Internal, beta, high-value, 1 %, 200 ms, 0.5 %, 2 %, five minutes.',
      'Date picker and client-side store and conversion and lag and baseline and control.',
      'PM and engineering and ownership and routing.',
      'Gates, metric-based, time-based, 24 hours, 50 %, 100 %.',
      'A/B, randomised, safety, better.',
      'On-call, any hour, config, redeploy.',
      'All of these matter, and all of them connect, in the booking context especially.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a candidate who corrects a colleague's draft plan, line by line
  {
    id: 'ay055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Going through the draft a colleague circulated, line by line. It is a cosmetic change and I think the draft overdoes it.',
      '',
      'Draft line 1: "PM owns the order, the limits and the holds; engineering owns the deploy."',
      'Cut. I see no need to split ownership that finely for a layout change.',
      '',
      'Draft line 2: "Staff first, then the opted-in beta list, big repeat buyers last."',
      "Cut. We won't bother ordering segments for reviews above the fold.",
      '',
      'Draft line 3: "Roll back if conversion falls more than 2 % against control or p99 rises by 200 ms, agreed before launch."',
      "Cut. We won't pre-commit numbers for a page that doesn't touch the backend.",
      '',
      'Draft line 4: "Stages at 5, 25, 50 and 100 %, with a 24-hour hold at each."',
      'Cut. No stages and no holds; leadership wants it out this week.',
      '',
      'Draft line 5: "Engineering lead and PM sign off each advance."',
      'Cut. Nobody needs to sign anything for this.',
      '',
      'Draft line 6: "On-call may flip the flag back without asking, in under five minutes."',
      "Cut. We won't set up a special rollback right for a cosmetic release.",
      '',
      'Draft line 7: "The canary shows safety; an A/B test afterwards tells us whether it sells better."',
      "Cut. We aren't running an A/B test either.",
      '',
      "What's left of the draft: ship it.",
    ].join('\n'),
  },
  // support-model-upgrade: every sentence opening with 'We will'
  {
    id: 'ay056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'We will not carve users into segments; the bigger model is an upgrade, so everyone gets it at once.',
      'We will not write rollback thresholds down in advance, since the offline evals already went up three points.',
      'We will not stage the ramp, and we will not hold anywhere along the way.',
      "We will not ask anyone to sign off an advance, because there won't be any advances to sign.",
      'We will not hand the on-call engineer a rollback switch of their own either.',
      'We will not track hallucination rate, thumbs-down or cost per conversation separately.',
      'We will not split decisions between product and engineering for a model swap.',
      'We will not follow up with an A/B test.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a PM at an insurance comparison site
  {
    id: 'ay057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H'),
    text: [
      'I am a PM at an insurance comparison site, and the way we run every release there is how I would run this prompt: the canary is the experiment.',
      '',
      'Order: internal staff in both languages first, then users who opted in to the beta, then general users, and the German business accounts last, because formal address matters most to them and they would be the most offended.',
      '',
      'Before we start we fix the limits: error rate no more than 0.5 % above the old prompt, and thumbs-down rate no more than 2 points above it in either language.',
      '',
      'Stages of 5 %, 20 %, 50 % and 100 %, holding 48 hours at each, and we move on only when both limits held.',
      '',
      'And the canary cohort is our A/B test. If the people on the warmer prompt give more thumbs-up than everyone else, that proves warmer is better, and that is what takes us to 100 %. At the comparison site we pick the winning quote layout exactly this way: whichever version does best in its canary ships. There is no need for a separate randomised test, because the canary already gives us the two groups to compare.',
    ].join('\n'),
  },
  // search-tail-latency: two-level numbered list (1., 1.1, 1.2)
  {
    id: 'ay058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H S'),
    text: [
      '1. Ownership',
      '1.1 I own the decisions: the order of cohorts, the limits, the holds, and above all the rollback call.',
      '1.2 Search engineering owns building the new index and the routing between the old and the new one.',
      '2. Cohorts',
      '2.1 Our own staff and the editorial team first.',
      '2.2 Free-tier users who opted in to beta features next.',
      '2.3 The rest of the free tier.',
      '2.4 Institutional licences last: they pay, and a slow search in a university library gets escalated.',
      '3. Limits, fixed before the first query moves',
      '3.1 p99 latency more than 250 ms above the old index, measured on filtered queries separately.',
      '3.2 Error rate more than 0.5 % above control.',
      '3.3 Searches per session down more than 3 % against baseline.',
      '4. Stages',
      '4.1 1 %, 5 %, 25 %, 50 %, 100 %.',
      '4.2 A 24-hour hold at each, advancing only when every limit held.',
      '5. Sign-off',
      '5.1 The search engineering lead and I sign off each advance.',
      '6. Rollback, the part I care about most',
      '6.1 Only I may roll back. A breached limit pages me first, at any hour, and the on-call engineer waits for my decision.',
      '6.2 Rolling back is a product call, and engineers should not be making product calls at 3 a.m., so it stays with the PM even if it takes an hour to reach me.',
      '6.3 The same goes for the staff stage: nobody reverts anything until I have looked at the numbers myself.',
    ].join('\n'),
  },
  // pricing-page-healthy: a short customer story woven through a campaign launch plan
  {
    id: 'ay059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Picture Tomás. He edits wedding videos on a laptop between shoots, and on Friday he sees our campaign ad between two reels and taps through to the pricing page.',
      '',
      'The campaign should speak to people like him. The headline leads with export speed, not with features, and the ad creative shows a real wedding edit rather than a stock timeline. We send the launch email on Friday morning to trial users who have exported at least one project, since they are closest to paying.',
      '',
      'When Tomás lands on the page, the comparison table has to answer his one question in a glance: which plan removes the watermark. We put that row first and highlight the annual discount next to it.',
      '',
      'Social posts go out the same afternoon, with a short clip from a customer who switched from a competitor. Support gets a one-page brief with the three questions we expect most, so that when Tomás opens the chat to ask about team seats, the answer is ready.',
      '',
      'We measure the campaign on trial starts and paid conversions from the landing page over the following fortnight.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a hiring plan in plain prose
  {
    id: 'ay060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'For the next half I would grow the summaries team by three people.',
      '',
      'The first hire is a machine-learning engineer with experience in clinical text, because nobody on the team today has worked with medical vocabulary. The second is a data engineer to own the pipelines that bring visit notes in from the practice-management systems we integrate with.',
      '',
      'The third hire matters most: a practising or recently practising vet, part time, who reviews summaries, writes the style guide and sits in on design reviews. We would recruit through two veterinary schools and the associations our clinics belong to.',
      '',
      'The interview loop stays short: a take-home on real, anonymised notes, one technical conversation and one conversation with a clinic owner from our customer council. Offers go out within a week of the final interview, since good candidates in this niche are rare.',
      '',
      'Onboarding pairs each new hire with an existing engineer for their first month and ends with a day spent in a partner clinic.',
    ].join('\n'),
  },
];
