import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-sixth fresh set, author a: ap008–ap020 — middling, weak, salad, negated,
 * misconception-led and off-topic answers, written blind and labelled by hand before any grading.
 */
export const THIRTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order · middling · casual spoken, one paragraph
  {
    id: 'ap008',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text:
      "Okay, so with the checkout I'd be nervous about first-time buyers, because the lab only " +
      'had returning customers in it. So the order is staff first, then returning customers who ' +
      "already have saved cards, and first-time buyers only after that, because they're the " +
      "ones nobody tested. I'd go up in steps, like 5 %, 20 %, 50 %, then everyone, and wait " +
      'two days on each step so we see a decent number of first orders before moving. And if ' +
      "it's broken, the on-call engineer flips the flag back to the three-step checkout, which " +
      "takes a minute or two, and they can just do it, they don't need to find me first. I'd " +
      'keep an eye on conversion generally.',
  },
  // support-model-upgrade · middling · short email reply
  {
    id: 'ap009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Hi both, my take on the model switch.',
      '',
      "Engineering handles the swap and the routing. As PM I decide the exposure and the stop criteria, and I'm the one who answers Finance.",
      '',
      'Before launch we fix these, and if any breaks we stop:',
      '- hallucination rate on the eval harness: no worse than +1 pt on payroll questions',
      '- p95 latency: under 1.2 s',
      '- cost per conversation: capped at €0.09 (Finance gets that number up front)',
      '- thumbs-down: not up more than 2 pts',
      '',
      'Then we roll it out gradually and see how it goes.',
      '',
      'Cheers',
    ].join('\n'),
  },
  // image-resizer-memory-leak · middling · Slack message, lower case
  {
    id: 'ap010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text:
      "quick thoughts on the resizer rollout: i wouldn't try to hit thursday. it only gets " +
      'restarted on deploys, so anything that goes wrong might only show after hours of uptime. ' +
      'stages 1 → 10 → 50 → 100, and each one runs at least 36 hours without a redeploy before ' +
      'anyone even asks to move on. me + the eng lead sign off each move in this thread. also ' +
      "let's not sell the 20 % faster benchmark off the back of this. the canary tells us it " +
      "doesn't break listing pages; if we want to say it's faster for buyers we measure that " +
      'properly, as an A/B test.',
  },
  // pricing-page-healthy · weak · brief spoken
  {
    id: 'ap011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "It's only a pricing page and the checkout behind it doesn't change, so honestly the risk " +
      "is low, and marketing needs it for Friday. I'd put it out to some users early in the " +
      'week, check that nothing looks broken and that the table shows properly on phones, and ' +
      "then have it live for everyone before the campaign starts. I'd ask the team to keep an " +
      "eye on sign-ups over the weekend. If something's off we can always change it back, it's " +
      'just a page. Really the bigger risk is the campaign copy not matching the new table, so ' +
      "that's where I'd spend my time.",
  },
  // prompt-locale-thumbs-down · weak · definition plus vague intent
  {
    id: 'ap012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      'A canary release is where you give the new version to a small group of users before ' +
      "everyone else gets it. For the new prompt I'd do that, let the team keep an eye on how " +
      "it's going, and if German users don't like it we could tweak the German wording. I'd " +
      'probably start with a small percentage and see what people say. Prompts are easy to ' +
      "change, so it isn't a big risk really. Once it seems fine we'd turn it on for everyone " +
      "and share how it went with the English team who wrote it. I'd trust the engineers on the " +
      'details since they know the system.',
  },
  // search-tail-latency · salad · keyword salad
  {
    id: 'ap013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Tail latency p99 canary index layout, rare filters 0.5 % institutional licences, ' +
      'rollback 5 minutes thresholds, free tier beta staff ramp 25 50, sign-off A/B safe better ' +
      'gates, holds 24 h cheaper hosting error rate, PM eng on-call config flag, baseline 200 ' +
      'ms control cohorts, median benchmark, 1 % 100 % pre-committed, owner engineering PM ' +
      'decision, 48 h hold metric gate, institutional last, free tier first, p50 p95 p99, index ' +
      'size hosting cost, canary vs A/B, safe not better, rollback routing, no redeploy, night ' +
      'weekend, 2 % conversion searches per session.',
  },
  // lunch-peak-recommendations · salad · keyword salad
  {
    id: 'ap014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Recommendation model canary: feature stores, Singapore lunch, Berlin, p95, compute cost, ' +
      'eval harness hallucination, thumbs-down, 1 % 5 % 25 %, staff beta regions, rollback ' +
      'under 5 min, thresholds 0.5 % 150 ms, A/B, sign-off, holds, gates, PM owns, on-call, ' +
      'baskets, regional, ramp, control, baseline, 24 h hold, lunch peak gate, Asia Europe, new ' +
      'customers last, ML lead sign-off, flag, 3 a.m., token budget, feature count per request, ' +
      'timeouts, basket adds −2 %, safe not better, randomised, cohort, per-region ramp, early ' +
      'morning Berlin, not-for-me taps +1 pt, relevance, serving owner.',
  },
  // staff-cohort-artifact · negated · dismissive spoken
  {
    id: 'ap015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "I know the textbook says staff first, but I wouldn't, and this change shows why: staff " +
      "don't buy, so what would we learn. I also don't see the value in fixing rollback numbers " +
      'before we start; every release is different and limits set in advance just trip on ' +
      "noise. Sign-offs at every stage slow everyone down, so we won't have those, and I'm not " +
      "going to hold at each percentage for a day when it's bigger photos and a size guide. " +
      'Rolling back through a flag sounds nice, but for a page tweak a redeploy is fine. And I ' +
      "wouldn't bother with an A/B test afterwards. So: 50 % on Monday, everyone on Tuesday.",
  },
  // quiet-feedback-trap · negated · first person, rejecting each practice
  {
    id: 'ap016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "There's a temptation to bolt on an eval harness, thumbs-down tracking and cost per " +
      "summary for this, and I'd resist it; errors and latency are enough for a summariser. I " +
      "wouldn't pick which clinics go first either, a random 5 % is as good as any. I'm not " +
      "going to commit to rollback numbers ahead of time, we'll judge when we see the data. I " +
      "don't want on-call rolling back at night on their own, they should reach me first. And I " +
      "wouldn't plan an A/B test afterwards: if the canary looks fine, that's our answer.",
  },
  // after-the-sale-healthy · misconception · confident spoken
  {
    id: 'ap017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text:
      'This is a good one for a canary, because we get to prove the new layout sells better. ' +
      'Staff first to catch anything broken, then our early-access customers, then regular ' +
      "shoppers, and our top-spending customers last since they're the ones we can't afford to " +
      'annoy. Stages of 5, 25, 50 and 100 %, holding two days at each. The canary group against ' +
      'everyone else is effectively our A/B test: if conversion in the canary is up on the rest ' +
      "of the site, we've shown reviews above the fold work, and I'd take that number to " +
      "leadership. I don't want to fix limits in advance, because last week was the sale so " +
      "every baseline is off anyway; I'll look at the graphs each morning and decide whether " +
      'things look bad enough to stop. If they do, the on-call engineer turns the flag off, ' +
      "which takes about two minutes, and doesn't need to wait for me.",
  },
  // support-model-upgrade · misconception · plain spoken
  {
    id: 'ap018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S R'),
    text:
      "As PM I own the rollout plan and the go/no-go; the ML engineers own the deployment. I'd " +
      'give the new model to our largest enterprise payroll customers first. They send us the ' +
      "most questions, so they'll give us the most signal fastest, and they deserve the better " +
      "model first. Before we start I'd fix two limits: error rate more than 0.5 % above the " +
      'old model, and median response time over 3 seconds. Those are the only things to watch; ' +
      "if the model answers without errors and quickly, it's working, and the offline evals " +
      'already told us about quality. At each step the eng lead and I sign off before moving ' +
      'on. If either limit trips, on-call switches routing back to the old model, which takes a ' +
      'couple of minutes, at any hour, with no need to reach me.',
  },
  // booking-purchases-lag · off-topic · discovery-minded PM
  {
    id: 'ap019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "Before anything else I'd want to understand why guests drop out of booking at all. I'd " +
      "run five or six interviews with guests who searched but didn't book, watch session " +
      'recordings of the old date picker, and check whether the shorter form drops fields hosts ' +
      "actually need, like the number of pets. Then I'd prioritise with design: probably the " +
      "date picker first, since flexible dates are where most of the confusion shows up. I'd " +
      'also get accessibility checked, because date pickers are notoriously hard with a screen ' +
      'reader. Success for me would be fewer support tickets about wrong dates over the next ' +
      'quarter.',
  },
  // prompt-locale-thumbs-down · off-topic · localisation-minded PM
  {
    id: 'ap020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      'For me the real issue here is localisation. German business email has its own ' +
      "conventions, Sie versus du, how you open and how you sign off, so I'd get a " +
      "native-speaking copywriter to write a German tone guide, and I'd probably keep a " +
      "separate system prompt per language instead of translating one. I'd also look at which " +
      'markets are coming next, since French has the same tu and vous problem, and set up a ' +
      "small review group for each language. Longer term I'd like users to choose the tone " +
      'themselves: formal, neutral or warm.',
  },
];
