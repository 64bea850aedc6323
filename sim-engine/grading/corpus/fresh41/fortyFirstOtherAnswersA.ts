import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-first fresh set, author a: middling (au008–au010), weak (au011–au012), salad
 * (au013–au014), negated (au015–au016), misconception-led (au017–au018) and off-topic
 * (au019–au020) answers, written blind and labelled by hand before anything was graded.
 */
export const FORTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: second person, coaching a junior PM
  {
    id: 'au008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "You'll want to be careful with this one, because first-time buyers are where it can break. Put staff and returning customers on the new checkout first: they have saved addresses and cards, so it's the case the lab already tested, and they forgive a glitch. First-time buyers go last, because the spring campaign brings lots of them and the lab never watched one of them check out.",
      '',
      'Before you flip anything, set your limits: checkout errors up more than 0.5 %, order completion for first-time buyers down more than 2 % against the old checkout, p99 page load up more than 200 ms. Hit any of those and the release stops.',
      '',
      "Ramp it 5 %, 20 %, 50 %, 100 %, holding two days at each step and moving on only when the numbers stay inside those limits. Aim to be at 100 % a week before the spring campaign, so you're not ramping into the peak.",
      '',
      'Keep the team posted as you go, and keep an eye on support tickets about address autofill.',
    ].join('\n'),
  },
  // support-model-upgrade: FAQ pairs (Q: … A: …)
  {
    id: 'au009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Q: What's your role, and what's engineering's?",
      'A: Engineering switches the model and runs the rollout tooling. I decide the limits and when we go wider; those calls are mine, not theirs.',
      'Q: What will you watch?',
      'A: More than errors and latency. The hallucination rate on our payroll eval set, the thumbs-down rate in the assistant, p95 latency because the context window is longer, and cost per conversation, because Finance asked.',
      'Q: When would you stop?',
      'A: We agree the numbers before we start: hallucination rate more than 1 point above the current model, thumbs-down more than 2 points up, p95 more than 400 ms slower, or cost per conversation more than 40 % above today.',
      'Q: How wide do you go, and how fast?',
      'A: We begin with a small share of conversations and widen it over the following couple of weeks as we get comfortable.',
      'Q: And the three-point eval gain?',
      "A: Good news. I'd share it with Finance when we talk about the cost.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: former backend engineer, terse engineering bullets
  {
    id: 'au010',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'From the backend side, the tell here is "restarted only on deploys". A rewrite that\'s 20 % faster in a benchmark can still leak, and a leak only shows after hours of uptime. So:',
      '- canary pods get the new resizer; weighted routing at the ingress sends them a random sample of listing-page image requests',
      '- abort if: RSS growth over 24 h > 15 %, p99 resize latency > control + 150 ms, 5xx > control + 0.5 %, OOM kills > 0; numbers pinned in the rollout config before the first request',
      '- stages 1 % → 10 % → 50 % → 100 %, each with a 48 h soak and no restarts; gate = every abort metric green over the full soak',
      '- any on-call engineer can drop the canary weight to 0 on their own authority; ingress config only, effective in < 2 min',
      "- Thursday isn't happening: a 48 h soak per stage means next week at the earliest",
    ].join('\n'),
  },
  // quiet-feedback-trap: healthcare-app PM, careful about patients
  {
    id: 'au011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Coming from healthcare, my instinct is caution whenever a patient record is involved, and a visit summary is one, even for a cat. So I'd want us to go slowly here.",
      "We'd release the cheaper model to a few clinics to begin with, keep a close eye on how the summaries look and on what the vets tell us, and expand when we're comfortable. If something looks off, we'd pause and take a look with the team.",
      "The saving matters, but not more than the animals' safety, and I'd make sure everyone understands that before we start.",
    ].join('\n'),
  },
  // search-tail-latency: short numbered thread of posts
  {
    id: 'au012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      '1/ Canary for the new search index: start small, go big.',
      '2/ Put it in front of a slice of searches and watch the dashboards.',
      '3/ Speed is everything in search, so keep an eye on it, especially the slow queries.',
      "4/ If things look fine, keep going. If not, we'll work out what to do.",
      '5/ Cheaper hosting is the prize, but not at the cost of unhappy researchers.',
    ].join('\n'),
  },
  // pricing-page-healthy: study-sheet word list pasted as an answer (salad)
  {
    id: 'au013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary release pricing page comparison table canary.',
      'PM owns engineering owns routing deploy decisions ownership.',
      'Staff beta opted-in early access low-risk high-value first last segments cohort order cohort.',
      '0.5 % 200 ms 2 % p99 errors conversion baseline control pre-committed thresholds thresholds.',
      '1 5 25 50 100 ramp stages holds gates metric-based time-based 24 h hold gate hold gate.',
      'Sign-off named sign-off eng lead PM sign-off gate.',
      'Rollback on-call 24/7 approval config flip five minutes redeploy rollback.',
      'Safety improvement randomised A/B test lift better safe canary.',
      'Friday campaign marketing checkout unchanged canary canary.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: run-on stream of slash-separated jargon (salad)
  {
    id: 'au014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'warm prompt / casual tone / German / formal address / Sie / du / locale / thumbs-down / eval harness / hallucination / p95 / token cost / compute / user feedback / model quality / errors / latency',
      '0.5 % / 200 ms / 2 pts / 10 % / 1 % / 5 % / 25 % / 50 % / 100 % / 48 h / hold / gate / hold / gate',
      'sign-off / PM / eng lead / rollback / on-call / flag / five minutes / staff / beta / English / German / enterprise / last / first',
      'canary / A/B / randomised / safe / better / thresholds / pre-committed / ownership / decisions / routing / canary / prompt / prompt',
    ].join('\n'),
  },
  // lunch-peak-recommendations: candidate thinking aloud, revises a number (negated)
  {
    id: 'au015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Hmm, let me think. Do I need a fixed order of segments here? I don't think so. I wouldn't bother sorting staff, beta users and big-basket customers; ordering cohorts is overkill for a recommendation change.",
      "Thresholds. I was about to say we'd pre-commit something like 0.5 % on errors and 200 ms at p95, no, call it 150... actually, no: I wouldn't write any numbers down in advance at all. Fixed limits for a model feel artificial to me.",
      "Same with stages. I won't plan 1, 5, 25, 50 with holds and gates in between, and there won't be a separate sign-off before each step either; nobody needs to approve an advance.",
      "I also wouldn't hand on-call the right to roll back on their own.",
      "I'm not going to track an eval harness, thumbs-down or compute cost per request for this, and I won't carve out what the PM decides versus what the ML team decides.",
      'Nor would I spend time separating the canary from an A/B test.',
    ].join('\n'),
  },
  // booking-purchases-lag: Nigerian English register, spoken (negated)
  {
    id: 'au016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, for this one, I no go overcomplicate am. We don't need to be choosing which guests go first: no staff-first, no beta group, none of that.",
      "I won't fix any rollback numbers before we start, no 0.5 percent, no 200 milliseconds, nothing like that; it's just a date picker. We are not doing stages with holds either, not 1, 5, 25, 50. We're not going to sit there holding it and waiting for bookings to come in hours later.",
      "Nobody has to sign off anything between steps, abeg. And I'm not going to say who can roll back or how fast, because I'm not expecting to roll back.",
      "I also won't be separating the PM decisions from the engineering part. And no A/B test after; that one is not necessary for a form.",
    ].join('\n'),
  },
  // after-the-sale-healthy: brisk startup founder (misconception: the canary is our A/B test)
  {
    id: 'au017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H'),
    text: [
      "I'll keep it simple. Engineering ships it behind a flag and controls the split; I decide who goes first, the stop limits and how long each step lasts.",
      '',
      "Staff first, then our beta community, then regular shoppers in our smaller markets, with Germany, our biggest market, last, because that's where a broken product page costs the most.",
      '',
      'Stop limits, agreed before we start: errors more than 0.5 % above control, p99 page load more than 200 ms slower, add-to-cart down more than 2 % against the control group.',
      '',
      'Steps: 5 %, 25 %, 50 %, 100 %, holding 48 hours at each and moving only when all three limits are green.',
      '',
      "And the nice part is that this canary is our experiment too. The canary group and everyone else run side by side, so by the time we reach 50 % we'll know whether reviews above the fold lift purchases, and we can report the uplift to leadership straight from the canary cohort. No need for a separate A/B test afterwards. That's how we get it out and prove it worked in the same week.",
    ].join('\n'),
  },
  // support-model-upgrade: ops-minded PM from logistics (misconception: errors and latency are enough for a model)
  {
    id: 'au018',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H S R'),
    text: [
      "I ran releases for a logistics platform, and the discipline transfers. The new model is just another dependency behind the assistant, so I'd treat it exactly like a backend upgrade: if it answers without errors and answers fast, it's working. Error rate and latency are all I need to gate on; quality was settled when the offline evals went up three points, and cost per conversation is something Finance can review after launch.",
      '',
      'Order: our own HR and payroll staff first, since they use the assistant daily and know the right answers, then customers in the early-access programme, then small accounts, with the large payroll customers last, because a bad month-end hurts them most.',
      '',
      'Limits, written into the release plan before the first conversation moves: error rate more than 0.5 % above the current model, or p99 latency more than 300 ms above it. Nothing else.',
      '',
      'Stages: 5 %, 25 %, 50 %, 100 %, held for 24 hours each, advancing only when both limits stayed green for the whole hold. The support engineering lead signs off each advance.',
      '',
      "Rollback: the on-call engineer can switch the assistant back to the previous model on their own at any hour. It's a config change that takes effect in under five minutes, and no approval is needed.",
    ].join('\n'),
  },
  // staff-cohort-artifact: short numbered thread of posts (off-topic: a hiring plan)
  {
    id: 'au019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "1/ Before any of this, the team needs to be right, so here's my hiring plan for next quarter.",
      '2/ Two senior frontend engineers first: the web shop backlog is where we are most blocked.',
      '3/ Then a product designer with retail experience, ideally someone who has worked on product pages and size guides.',
      '4/ Loop: recruiter screen, a short take-home, four onsite panels, debrief within 48 hours of the last interview.',
      '5/ Budget: two of the three roles are approved; the designer needs sign-off from finance this month.',
      '6/ Onboarding: a buddy for every hire, a 30-60-90 plan, and their first change shipped in week two.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Nigerian English register, spoken (off-topic: a market launch plan)
  {
    id: 'au020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'So for me, the main thing is the launch in Germany. A quarter of our users are already writing in German, so that market is ready, we just have to go and take it.',
      '',
      'What I would do, first of all, is get the German landing page properly localised, not just translated, because Germans will notice. Then we do press: two or three tech journalists in Berlin and Munich, give them early access, let them write about it.',
      '',
      'Pricing, we keep the same in euros, maybe a small discount for the first three months to bring people in. We run webinars for the small businesses, in German, with a local partner who knows the market.',
      '',
      'And we measure the launch by sign-ups from Germany in the first ninety days. If we hit that target, we go to Austria and Switzerland next. That is how I would do it.',
    ].join('\n'),
  },
];
