import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-fifth fresh set, author c: middling (ao048–ao050), weak (ao051–ao052), salad (ao053–ao054),
 * negated (ao055–ao056), misconception-led (ao057–ao058) and off-topic (ao059–ao060) answers,
 * written blind, labelled by hand.
 */
export const THIRTY_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling, spoken interview answer
    id: 'ao048',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text:
      "The thing that worries me here is first-time buyers. The lab only had returning customers, and autofill does nothing for someone with no saved address or card. So I'd turn it on for staff first, then returning customers who've bought at least three times, and only at the very end first-time buyers, because they're who the spring campaign brings in and who we can least afford to lose. " +
      "Before it goes live I want the numbers that stop it agreed: checkout errors more than 0.5 % above the old flow, p99 page load more than 300 ms slower, and first-order conversion down more than 2 % against the old checkout, tracked separately for new and returning customers so a gain in one group can't hide a drop in the other. " +
      "And I'd be careful about what we claim afterwards. If returning customers convert better in the canary, that doesn't prove the single page is better; they were picked, not randomised. That needs a proper A/B test before the campaign.",
  },
  {
    // support-model-upgrade — middling, a note to the engineering lead
    id: 'ao049',
    scenario: 'model',
    class: 'middling',
    points: points('P M'),
    text: [
      "Hi Dana, quick note before Thursday's release review.",
      "On the bigger support model, let's keep the split we had last time: your team owns the gateway change and the rollout mechanics, and I own the go/no-go calls, what we're guarding against and what we tell Finance.",
      "On that, I don't want us watching only error rates. A bigger model fails differently: it can answer a payslip question confidently and wrongly. So I'd like the eval harness scoring a sample of real conversations for hallucinations, the thumbs-down rate from the widget, p95 response time (the longer context will slow things down), and tokens per conversation, since Finance has asked about cost per conversation and I'd rather answer with real numbers.",
      'Can you check the harness can tag which model answered? Thanks, Mira',
    ].join('\n\n'),
  },
  {
    // image-resizer-memory-leak — middling, release-ticket bullets
    id: 'ao050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S R'),
    text: [
      'Resizer v2 rollout',
      '- Traffic split at the image gateway: 1 % → 10 % → 50 % → 100 %.',
      '- Each stage held at least 36 h with no restart of the v2 pods, so a full day of uptime is covered; advance only if every limit has been green for the last 12 h.',
      '- Limits (fixed now, not during the rollout): resize p99 > 250 ms above v1; 5xx on image requests > 0.2 % above v1; memory per pod growing > 10 % over 12 h; listing page LCP worse by > 300 ms.',
      '- Next stage: signed off by the image-platform lead and product in this ticket.',
      '- Rollback: on-call sets the gateway weight back to v1, no approval needed, any time; takes about 2 min.',
      "- Thursday moves if a stage isn't clean.",
    ].join('\n'),
  },
  {
    // search-tail-latency — weak, spoken
    id: 'ao051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "I'd roll the new index out to a small group first and see how search performs. The new layout is cheaper to host, which is great, and the median is faster, so I'm fairly optimistic. " +
      "If search seems slower or people complain, we'd roll back and look into it. If it looks fine after a while, we expand to everyone. I'd also keep the team in the loop so everyone knows what's happening, and maybe write a short summary for leadership once it's fully out.",
  },
  {
    // prompt-locale-thumbs-down — weak, short written answer
    id: 'ao052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      "A prompt change is pretty low risk because no code changes, it's only text. I'd ask someone on the German side to look over a few sample replies to be safe, then release it to everyone and keep an eye on the feedback. " +
      'If users find it too casual we can tweak the wording in the next version. Canary releases are great for big backend changes, but for a prompt I think that would be overkill and would slow the team down for no real reason.',
  },
  {
    // pricing-page-healthy — salad, notes dump
    id: 'ao053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, pricing page, comparison table. Staff, beta, early access, enterprise last. 1 % / 5 % / 25 % / 50 % / 100 %. Thresholds 0.5 %, 200 ms p99, conversion −2 % vs baseline cohort. Holds 24 h, metric gates, time gates. Sign-off PM + eng lead. Rollback, on-call, config flag, < 5 min, no redeploy. A/B randomised, safe vs better. Friday campaign, marketing, control, checkout unchanged. Trial-to-paid, plan mix, monthly vs annual, bounce rate, dashboards, Slack channel.',
  },
  {
    // lunch-peak-recommendations — salad, slide-style fragments
    id: 'ao054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Recommendation model canary — regional feature stores — Singapore lunch / Berlin morning',
      'p95, error rate, eval harness, hallucination, thumbs-down, token cost per request',
      'cohorts: staff → beta → regulars → new customers; EU + SEA',
      '1 · 5 · 25 · 50 · 100; holds 24 h; gates; sign-off PM / ML lead',
      'rollback < 5 min, on-call 24/7, model flag',
      'canary ≠ A/B; randomised; baseline; control; add-to-basket −3 %; 150 ms; 0.5 pt',
      'compute cost, feature fetch timeouts 1 %, dismiss rate, replayed requests',
    ].join('\n'),
  },
  {
    // staff-cohort-artifact — negated, spoken
    id: 'ao055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "I know the textbook answer is staff first, then a beta group, then everyone, with the big customers last. I wouldn't bother with any of that here; it's bigger photos and a size guide. " +
      "I also wouldn't write rollback limits down in advance, because you never know which number will matter until you see the data. No staged ramp with holds either; a 1 %, 5 %, 25 % ladder just drags a cosmetic change out for a week. " +
      "I don't see the need for a named sign-off at each step, and I wouldn't hand on-call the right to pull it without talking to me first. And no A/B test afterwards: if sales look fine on Tuesday, we're done.",
  },
  {
    // quiet-feedback-trap — negated, written
    id: 'ao056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "People will tell you to grade far more canary summaries in the eval harness and wait for enough vet ratings before moving on. I don't think that's necessary here; it's the same task on a cheaper model. " +
      "I wouldn't set hallucination or thumbs-down limits ahead of time, and I wouldn't put our in-house vets or the early-access clinics in first; every clinic is much the same. " +
      "I'm not a fan of holding at each percentage or having someone sign off every step, and rollback doesn't need a plan written in advance. Nor would I follow up with an A/B test. If costs drop and nobody complains, that's our answer.",
  },
  {
    // after-the-sale-healthy — misconception-led (canary as the A/B test), spoken
    id: 'ao057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text:
      'Engineering owns the flag and the deploy; what I own is which shoppers see the new page and when we call it done. ' +
      "I'd put it on for staff for a day to catch broken layouts, then our opted-in beta shoppers, then regular customers, with the big repeat buyers last since they'd notice a broken gallery first. " +
      "The nice thing is that the canary doubles as our experiment. With 10 % on the new page, we compare their purchases with everyone else's, and if the canary group buys more, we've proven reviews above the fold work and we go to 100 %. That's how I'd answer leadership this week. " +
      "If something does break, the on-call engineer switches the flag off straight away, at any hour, without waiting for me. It's a config change and takes a couple of minutes.",
  },
  {
    // support-model-upgrade — misconception-led (only errors and latency for a model), spoken
    id: 'ao058',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S'),
    text:
      "For a model swap I treat it like any other backend change: if the error rate and latency are fine, the model is fine. Quality was already covered by the offline evals, which went up three points, so I wouldn't clutter the canary with hallucination scoring or thumbs-down counts. " +
      'Order matters, though. Our own HR and payroll team uses the product, so they go first, then customers in the early-access programme, then small companies. Large enterprise payroll customers go last, because a wrong answer about their payslips turns into tickets and churn risk. ' +
      'Before we start, the limits are fixed: error rate more than 0.5 points above the current model, or p99 latency more than 800 ms worse. The ramp is 5 %, 20 %, 50 %, 100 %, holding 24 hours at each and only moving up if both are green, and the ML lead and I sign off every step.',
  },
  {
    // booking-purchases-lag — off-topic, spoken
    id: 'ao059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "Honestly, the first thing I'd look at is the date picker itself. Guests on holiday-rental sites usually compare a few homes and talk it over with someone, so the picker has to make it easy to change dates without losing what you'd already entered. " +
      "I'd run a few moderated sessions with couples planning a trip, check the picker works with a keyboard and a screen reader, and make sure it handles check-out on the same day as someone else's check-in. " +
      'A shorter form is good, but I would test which fields people actually need before removing any, for example whether the number of children changes the price.',
  },
  {
    // prompt-locale-thumbs-down — off-topic, written
    id: 'ao060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "The real issue is that nobody who speaks German reviewed the prompt. I'd bring in a native speaker, ideally someone who writes business email daily, and have them rewrite the tone rules for German rather than translate the English ones. " +
      "German needs an explicit rule: use 'Sie' unless the user's own draft already uses 'du'. I'd also set up a small style guide per language and make it part of the prompt review checklist, so the next rewrite goes through the same people.",
  },
];
