import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-fifth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (ao008–ao020), written blind and labelled by hand. */
export const THIRTY_FIFTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ao008',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "I'd be careful about who sees the new checkout first. Returning customers loved it in the lab, but they're the ones with saved addresses and cards. First-time buyers have none of that, and the spring campaign brings in lots of them. So: staff first, then returning customers, and first-time buyers only once the returning ones look fine, and not in campaign week if we can help it.\n\nI'd set the limits before we start: if checkout completion drops more than 2 % against the old three-step flow, or payment errors go up more than 0.5 %, we turn it off. Turning it off is a flag the on-call engineer can flip straight away, any time of day, without waiting for me, and it's back to the old checkout in a couple of minutes. Then we keep going until everyone has it, ideally before the campaign starts.",
  },
  {
    id: 'ao009',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: "Split of responsibilities first: the platform team owns the rewrite, the deploys and the dashboards; I own the rollout decisions and the go/no-go at each step.\n\nI'd push back on \"everywhere by Thursday\". The service only restarts on deploys, so anything that builds up slowly, memory or a cache, only shows after it's been running a while. Ramp 1 %, 10 %, 50 %, 100 %, and we hold at least 48 hours at each step. We don't move because a timer ran out: each step needs the eng lead and me to sign off in the release ticket, after we've both looked at memory and latency over the whole hold. If something looks wrong, we'd get the team together and work out what to do.",
  },
  {
    id: 'ao010',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text: "A three-point gain on short offline questions tells us little about long payroll conversations, so I wouldn't judge the new model on errors and uptime. Before launch we fix the limits against the current model:\n- hallucination rate from the eval harness, on a graded sample of live answers: no more than 1 point worse\n- thumbs-down: no more than 1.5 points up\n- p95 latency: no more than 500 ms slower (the longer context will cost some time)\n- cost per conversation: no more than 30 % higher, which is also Finance's answer\nBreach any one and the new model doesn't go further.\n\nI'd also be clear with everyone that the canary is a safety check. If we want to say the bigger model actually resolves more questions, that's a randomised A/B test afterwards.",
  },
  {
    id: 'ao011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's a low-risk change, just a layout on one page, so I wouldn't overthink it. I'd put it out to a small group of users first, keep an eye on the numbers, and if everything looks okay, roll it out to everybody before marketing's campaign on Friday. If something goes wrong we can always revert it. I'd also double-check with marketing that the campaign links point at the new page, and maybe ask design whether the comparison table reads well on a phone, since a lot of people will click through from ads on social. The team has shipped page changes like this plenty of times.",
  },
  {
    id: 'ao012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Prompt changes are tricky, so I'd be careful with this one. I'd try the new prompt with some users first and get their feedback, and ask someone on the team whether the German replies sound okay. If people like it, we roll it out more widely. The engineering team will know best how to deploy it. Monitoring is important, so we'd keep watching the dashboards throughout. I'd also give support a heads-up that a new prompt is coming, in case anyone writes in about the tone. Overall the aim is a friendlier assistant without upsetting anyone, and learning as we go.",
  },
  {
    id: 'ao013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary: index layout v2. Cohorts: internal, free tier, institutional licences. 1 % / 5 % / 25 % / 50 % / 100 %. p50, p99, tail latency, 200 ms, many-filter queries. Error rate 0.5 %. Thresholds, holds, gates, sign-off, rollback, config, five minutes, on-call. A/B test, randomised, safety vs better. Hosting cost, baseline, control, dashboards. Staff, beta, librarians, students. Semester start, weekend, institutional peak. Index size −40 %, cost per query. Eng lead + PM. Metric-based, 24 h, 48 h. Filters, facets, rare queries, citation export, relevance, recall at 10, shadow traffic, old index, new index.',
  },
  {
    id: 'ao014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: "So for the summariser it's really the eval harness and the hallucination rate and thumbs-down and p95 and tokens per summary and the cost saving, the one in two hundred, the 5 % stage, a few hundred a minute, vets and clinics and internal staff and early access, thresholds and holds and gates, the rollback switch, under five minutes, sign-off, the A/B test versus the canary, safe versus better, and the baseline, cheaper and faster, one, five, twenty-five, fifty, a hundred, grading, ratings, clinics at peak, the on-call, all of that together really.",
  },
  {
    id: 'ao015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly I wouldn't go through the whole ceremony here. Nothing in the service changes and the team wants it at 100 % this afternoon, so I don't see the point of a staff-first, then-beta ordering; everybody can get it at once. I'm not going to write rollback thresholds down up front either. Bookings come in hours later, so any number we picked now would be made up. No staged ramp with holds, no sign-off at each step: that's a week of process for a date picker. I also wouldn't give on-call the authority to pull it on their own in the middle of the night; if bookings look low tomorrow we'll talk it through as a team. And an A/B test afterwards isn't something I'd bother with for a form.",
  },
  {
    id: 'ao016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I'd not do the usual staff first, then beta thing. Staff don't shop like our customers, so that order buys you nothing. I'm against fixing rollback numbers up front as well; you don't know what normal looks like for a new model until it's live. I wouldn't hold at each step for a day either, that's just waiting. Hallucination evals, thumbs, token cost: none of that is relevant, recommendations don't hallucinate and compute is cheap. I'd not want the on-call person in Singapore rolling back on their own at Berlin's 5 a.m. without the team agreeing. And no, I wouldn't plan a separate A/B test after the canary; it's not worth the extra two weeks.",
  },
  {
    id: 'ao017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "The PM owns the rollout decisions; engineering owns the deploy and the feature flag. The way I'd run it, the canary is our A/B test: the canary group gets the big photos and the size guide, everyone else is the control, and if the canary group buys more, we've proven the change works. Staff go first because that's the rule, but they almost never buy, so they won't tell us much, which is why I'd put our best customers, the top loyalty tier, in straight after. They buy the most, so we'll see the lift fastest. Ramp 5 %, 20 %, 50 %, 100 %, holding three days at each step, and we move up only when the conversion difference is clearly positive. If pages break or errors spike, the on-call engineer turns the flag off immediately, no need to ask, and it's back to the old pages within a couple of minutes.",
  },
  {
    id: 'ao018',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "For a model swap I'd treat it like any other backend change: what matters is whether it errors or times out. Hallucination and thumbs-down are too noisy to act on, and quality is what the offline evals were for; they already went up three points. I'd expose our own HR team first, then the customers in the early-access group, then small companies, with the big payroll customers last, because a wrong answer about a payslip costs them the most. I wouldn't pin thresholds before launch. We'll look at the first day's error rate and latency and decide then what's normal. Every increase in traffic needs a sign-off from me and the engineering lead. And if things look bad, the on-call engineer can switch back to the old model at any hour on their own; it's a routing change that takes a few minutes.",
  },
  {
    id: 'ao019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "I think the interesting question is whether reviews above the fold is the right design at all. Outdoor gear is a considered purchase. People want to know whether the boots leak, so reviews matter, but pushing the photos down could hurt for things people buy on looks, like jackets. I'd start by talking to five or six customers, look at scroll heatmaps on the current page, and check which categories have enough reviews to fill that space; a tent with two reviews looks worse with them up top. I'd also work with the content team on post-purchase review emails so the thin categories fill up. Then I'd write it up for leadership with the research, the design options and what we expect it to do for customers.",
  },
  {
    id: 'ao020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real problem is that the prompt was only reviewed in English. In German, du versus Sie isn't a tone preference. In a work email, writing du to a client you've never met reads as rude. So I'd have a native German writer own a German version of the prompt instead of translating the warm English one, with a short style guide: default to Sie, mirror the user if they've already switched to du in the thread, keep sign-offs like \"Mit freundlichen Grüßen\". I'd also want to know what \"warmer\" means to our users in the first place, so I'd do a handful of interviews in both languages and look at which suggested drafts people rewrite most. Longer term, every prompt change should get a review from someone in each language we support.",
  },
];
