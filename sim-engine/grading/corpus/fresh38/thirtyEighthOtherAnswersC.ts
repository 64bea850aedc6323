import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-eighth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (ar048–ar060), written blind and labelled by hand. */
export const THIRTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ar048',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text:
      "Quick thoughts on the one-page checkout before tomorrow's sync.\n" +
      '\n' +
      'Order: staff accounts first, then customers on the beta panel who opted in, then ' +
      'returning customers generally. First-time buyers last. The lab only tested returning ' +
      'customers, and autofill has nothing to fill for someone with no saved address, so ' +
      "that's the group we know least about and can least afford to lose right before the " +
      'spring campaign.\n' +
      '\n' +
      'Ramp 5 → 20 → 50 → 100, and we sit at each step for at least two days before moving, ' +
      "with a weekend inside the 20 stage. If the campaign date means we can't get through " +
      'that, the campaign runs on the old checkout.\n' +
      '\n' +
      'If it goes wrong, support on-call flips the checkout flag back to the three-step flow. ' +
      "Takes a minute or two, any time of day, and they don't need to check with anyone first.\n" +
      '\n' +
      "We'll keep an eye on conversion and errors as it goes.",
  },
  {
    id: 'ar049',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text:
      "So I think the main thing for me as the PM is being clear that I'm not the one running " +
      "the deploy. That's the ML engineers: the serving, the routing, all of it. What's mine " +
      'is deciding what "good enough to keep going" means and when we stop.\n' +
      '\n' +
      "And for a model that's a lot more than whether it throws errors. Before we start I'd " +
      'agree these with the team and write them down: hallucination rate on the eval harness, ' +
      'with real payroll questions run through it, no more than 2 %; thumbs-down no more than ' +
      '2 points above the current model; p95 latency no more than 1.2 seconds worse, because ' +
      'the longer context is going to cost us time; and cost per conversation, which finance ' +
      'has asked about, capped at 6 cents. Plus the usual, errors no more than half a point ' +
      'up. Cross any of those and we pull it.\n' +
      '\n' +
      "Then we'd put a slice of traffic on it and grow it over a couple of weeks, as long as " +
      'things stay inside those numbers.',
  },
  {
    id: 'ar050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text:
      '- Not everywhere by Thursday. Thursday is when we decide, not when we finish.\n' +
      '- Stages: 2 % of resize traffic, then 10, 30, 60, 100.\n' +
      '- Hold each stage at least 36 hours. The service only restarts on deploys, so anything ' +
      'that builds up over time (memory, slowdown) needs a day and a half of uptime to show.\n' +
      '- Gate: we only go up if the stage looked like the old service over the whole hold, not ' +
      'just the first hour.\n' +
      '- Sign-off at every gate: me and the media-platform lead, written in the rollout ' +
      'ticket.\n' +
      "- The canary won't confirm the 20 % faster benchmark. It tells us the new resizer " +
      "doesn't hurt listings. If we want to say faster images sell more, that's a separate A/B " +
      'test.',
  },
  {
    id: 'ar051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "Since the old cluster goes away at the end of the month, time is tight, so I'd sit down " +
      "with the engineering team and make sure they have a solid plan. We'd move some of the " +
      'teams over first, see how the new database behaves and watch the dashboards closely. If ' +
      "things look fine we move the rest. The load tests already passed, so I'm fairly " +
      "confident, but it's always good to have a rollback plan just in case. Communication " +
      "matters too, so I'd let customers know there might be some maintenance.",
  },
  {
    id: 'ar052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      'This is an exciting change! The new model uses more data, so the baskets should feel ' +
      "much more personal. I'd turn it on for a small group of users first, maybe 10 %, and " +
      'ask the data science team to tell us whether it looks good. If it does, we roll it out ' +
      'to everyone, ideally by the end of the week so we start seeing the benefits in both ' +
      'Europe and Asia. And if something goes wrong, the engineers can revert it.',
  },
  {
    id: 'ar053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Key words: canary, pricing page, comparison table, Friday campaign, marketing.\n' +
      'Cohorts / segments / staff / beta / enterprise / random.\n' +
      '0.5 %, 200 ms, 2 %, p99, error budget, SLO, baseline, control.\n' +
      '1 5 25 50 100, ramp, holds, gates, 24 h, go/no-go.\n' +
      'PM, eng lead, ownership, sign-off, stakeholders.\n' +
      'Rollback, feature flag, kill switch, on-call, 5 min.\n' +
      'A/B, randomised, significance, lift, canary vs A/B.\n' +
      'Dashboards, alerting, monitoring, observability, Grafana.\n' +
      'Conversion, checkout unchanged, backend unchanged, subscription, monthly, annual.\n' +
      'Risk, blast radius, exposure, safety, confidence, iterate, learnings, next steps, retro.',
  },
  {
    id: 'ar054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Summariser canary cheaper model vets clinics 5 % 25 % 100 % eval harness one in two ' +
      'hundred hallucination 2 % thumbs-down sparse edit rate p95 tokens cost per summary, ' +
      'design partners early access emergency hospitals last first, thresholds pre-committed ' +
      'holds gates sign-off ML lead PM owns eng owns, rollback flag 90 seconds on-call, safe ' +
      'versus better A/B, volume noise sample size, clinic day peak few hundred a minute, ' +
      'referral hospitals, drug dose, boosted sampling one in ten, 200 graded, edit rate ' +
      'again, staging 90 seconds, clinical advisor, metrics metrics metrics.',
  },
  {
    id: 'ar055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "Honestly, this is bigger photos and a size guide, so I wouldn't build a ceremony around " +
      "it. I'm not going to write rollback thresholds up front, no 0.5 % this or 200 ms that, " +
      "because we'd just be guessing. I wouldn't stage it at 1, 5 and 25 % with holds in " +
      "between either; that's days of waiting for a cosmetic change. I don't see the point of " +
      "starting with staff or an opt-in group, and I'm not keeping the big spenders until " +
      "last. Sign-off at every step from me and an engineering lead? No, that's process for " +
      "its own sake. And I wouldn't keep an on-call rollback switch ready or follow it with an " +
      'A/B test. We ship it and move on.',
  },
  {
    id: 'ar056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      'Let me push back on the heavy version of this plan.\n' +
      '\n' +
      "We don't need an eval harness run, or to track thumbs-down, p95 or tokens per draft. " +
      "It's a prompt tweak, not a new model. I'd rather not carve German users into their own " +
      "cohort or put anyone first; everyone gets the same thing. I'm not going to pre-commit " +
      "thresholds like a 1.5-point thumbs-down rise either, we'd be inventing numbers. No " +
      'staged ramp with two-day holds, no sign-off per stage from me and the team lead, no ' +
      'rota with the right to pin the old prompt at 2 a.m.\n' +
      '\n' +
      "And a follow-up A/B test to see whether people prefer warmer drafts isn't worth the " +
      'time. Ship it Monday.',
  },
  {
    id: 'ar057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text:
      'The nice thing about a canary here is that it doubles as our A/B test. The canary group ' +
      'gets the new date picker, everyone else is the control, and once bookings in the canary ' +
      "come out ahead we've proven the new page is better and can go to 100 % with real " +
      'evidence behind it.\n' +
      '\n' +
      'Who goes first: our own staff, who book trips on the site anyway; then guests on our ' +
      'beta panel who opted in; then guests in markets with low booking values. Repeat guests ' +
      'who book long, expensive stays go last, since a lost booking from them costs the most.\n' +
      '\n' +
      "I'd go 5 %, 20 %, 50 %, 100 %, and because guests often leave and book hours later " +
      'after talking it over at home, each stage holds at least 48 hours before we move, so ' +
      'the late bookings have time to arrive.\n' +
      '\n' +
      'If something breaks, the on-call engineer turns the feature flag off, which takes a ' +
      'couple of minutes, and they do it straight away, any hour, without waiting for me.',
  },
  {
    id: 'ar058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S R'),
    text:
      "Here's how I'd approach it. Engineering runs the rollout mechanics: model serving and " +
      'the traffic split. As PM I own the go/no-go criteria and the calls made on them.\n' +
      '\n' +
      'The offline evals already settled quality, three points up. So in production the only ' +
      "things worth watching are the operational ones, error rate and latency. Quality isn't " +
      'going to change between the eval set and live traffic, and ratings or hallucination ' +
      'checks would only add noise. Cost per conversation is something finance can review at ' +
      'month end.\n' +
      '\n' +
      'Criteria, agreed before launch: roll back if the error rate rises more than 0.5 points ' +
      'over the current model, or if p99 latency is more than 400 ms worse.\n' +
      '\n' +
      'Every time we widen exposure, the ML lead and I both approve it in the release ticket.\n' +
      '\n' +
      'Rollback: the on-call engineer can switch the assistant back to the previous model with ' +
      'a config change in under five minutes, at any hour, without needing my approval.',
  },
  {
    id: 'ar059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "I'd start by looking at what last week's spring sale actually did for us. Twenty " +
      "percent off everything pulls demand forward, so I'd expect this week to look soft, and " +
      "I'd want to separate people who bought from us for the first time during the sale from " +
      'regulars who just timed a purchase. For the first group, a follow-up email with care ' +
      'guides for the gear they bought, and a review request two weeks later, would help bring ' +
      "them back. For the regulars I'd check whether the sale is training them to wait for " +
      'discounts: if the share of full-price orders drops after every sale, we should run ' +
      'fewer, shorter sales. And since reviews are moving above the fold, more review requests ' +
      'means more to show there.',
  },
  {
    id: 'ar060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "The real problem here is that vets don't rate summaries, so I'd fix that first:\n" +
      '- Put a one-tap useful / not useful right under the summary instead of a star form ' +
      'hidden in a menu.\n' +
      "- Ask at the moment they copy the summary into the record, when they've just read it.\n" +
      '- Send clinics a monthly note on what their feedback changed, so rating feels worth it.\n' +
      '- Interview five clinic managers about what a bad summary costs them in time.\n' +
      "- Turn the cheaper model's savings into a lower tier for single-vet practices, which is " +
      'where we lose most deals.\n' +
      'With more ratings coming in, the product team would finally have a picture of quality ' +
      'across clinics.',
  },
];
