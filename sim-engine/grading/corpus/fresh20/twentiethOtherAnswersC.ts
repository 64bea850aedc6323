import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fresh set 20, author c: middling, weak, salad, negated, misconception-led and off-topic
 * answers (o048–o060), written blind and labelled by hand.
 */
export const TWENTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'o048',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text:
      "I'd start with employees and the beta sellers, then hobby sellers, and keep professional " +
      'sellers and brand stores for the end, since their listings bring in most of the revenue ' +
      'and a broken photo on a brand page gets noticed. The thing that worries me is that the ' +
      "service only restarts on deploys, so anything that piles up over time won't show in the " +
      "first hour. That's why I'd go 1 %, 5 %, 25 %, 50 % and then everyone, with each stage " +
      'held for at least a day and only moved on once memory and response times have stayed ' +
      "flat that whole day. Thursday is too early for that and I'd tell the team so. If " +
      'something does go wrong, the on-call engineer should be able to send traffic back to the ' +
      'old resizer straight away, at any hour and without asking, through the load balancer ' +
      "rather than a redeploy; a few minutes at most. We'd keep a close eye on the dashboards " +
      'throughout.',
  },
  {
    id: 'o049',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text:
      'The main thing for me is deciding what "worse" means before we start. Offline evals went ' +
      'up three points, but only on short questions, and this is a payroll assistant where ' +
      "people paste in long tables. So before launch I'd agree the rollback limits: " +
      'hallucination rate on the eval harness no more than 1 point above the current model, ' +
      'thumbs-down no more than 10 % higher in relative terms, p95 latency within 400 ms of ' +
      "today, and tokens per conversation no more than 20 % above today's, which is the number " +
      "Finance actually cares about. Error rate on its own won't show any of this. Then I'd " +
      'roll it out gradually and watch those numbers closely. One more thing: even if the ' +
      "canary comes back clean, that only means it's safe to ship. If we want to tell " +
      "leadership the bigger model is better for customers, that's a separate randomized A/B " +
      'test.',
  },
  {
    id: 'o050',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text:
      'Quick take on the pricing service rollout. Split of responsibilities first: the platform ' +
      "team runs the deploy and the traffic switch, that's theirs. What's mine as PM is the " +
      'go/no-go on each step and making sure everyone knows who can pull the plug. Every time ' +
      "we widen exposure, I sign off together with the pricing team's tech lead, in writing, in " +
      'the rollout ticket; nobody widens it on a hunch. Rollback is the part I care most about, ' +
      'because we start Tuesday evening, trips never stop at night, and the service shares a ' +
      'nightly window with billing. The on-call engineer, whoever holds the pager that night, ' +
      'can roll back at 2am without waking me or anyone else. It has to be a routing switch ' +
      "back to the old fare service that's done in a few minutes, not a redeploy that waits for " +
      "morning. We'll take it in steps and keep an eye on fare quote errors.",
  },
  {
    id: 'o051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "Honestly this one's pretty low risk, it's a comparison table on the pricing page and the " +
      "checkout behind it doesn't change. I'd push it out to a small group of users first, have " +
      "a look at how it's doing, make sure nothing looks off, and then open it up to everyone " +
      "in time for Marketing's campaign on Friday. I'd keep the engineers in the loop so they " +
      "can help if anything comes up, and I'd probably check in with design too since it's " +
      'mostly a layout thing. If it all looks fine after a bit, we just ship it.',
  },
  {
    id: 'o052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      'Hi, thanks for the question. For the cheaper summary model I would be careful, because ' +
      'these are medical notes for animals and the vets rely on them. I would start by giving ' +
      "it to a few clinics and asking them what they think of the summaries. If they're happy " +
      "we can give it to more clinics, and if not we can look into it with the ML team. It's " +
      'important to monitor quality closely the whole time. I would also make sure support ' +
      'knows about the change in case vets get in touch. Overall I think small steps and good ' +
      'communication are the key to a safe release.',
  },
  {
    id: 'o053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Canary, new index layout, p50 vs p95 vs p99. 1 % → 5 % → 25 % → 50 % → 100 %. Staff, ' +
      'labs users, heavy researchers, readers, institutional licences. Thresholds 0.5 %, 200 ' +
      'ms, 2 %, baseline cohort, control. Hold, gate, metric-based, time-based, 24 h, 6 h. ' +
      'Sign-off: PM, eng lead, SRE. Rollback: on-call, 24×7, routing, < 5 min, no redeploy. A/B ' +
      'test, randomized, significance, safe, better. Filters ≥ 3, full scan, +1.5 s, 1 in 40 ' +
      'queries, tail latency, median faster, cheaper hosting. PM, engineering, decisions, ' +
      'routing. Cohorts, segments, deliberate order, high-value, last.',
  },
  {
    id: 'o054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'recommendation model canary',
      'feature store / connection pool / timeouts / 04:30–07:00 Berlin / 11:30–14:00 Singapore',
      'hallucination rate, eval harness, thumbs-down, p95, p99, token cost per query, compute',
      'employees → preview → Germany & Austria → Singapore & KL → Plus',
      "1 % 5 % 25 % 50 % 100 %, 24 h holds, metric gates, both regions' peaks",
      'errors +0.5 pp, p99 +300 ms, conversion −2 % vs baseline cohort',
      'PM + platform lead sign-off, on-call, follow-the-sun, flag flip < 5 min',
      'canary / safe / A/B / better / randomised',
      'PM / order / thresholds / holds / eng / routing',
    ].join('\n'),
  },
  {
    id: 'o055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "It's larger photos and a size guide, so I'd keep it simple. I wouldn't spend time on a " +
      'deliberate order of segments with staff first and the insiders next and so on; a random ' +
      "1 % and then everyone is fine for a page like this. I also don't see the point of " +
      "agreeing rollback thresholds with numbers before we start. We'd know a problem when we " +
      'saw one. Holding at each stage and waiting for a sign-off before moving up is overkill ' +
      "for a photo change, so I'd skip the gates. I wouldn't set up an on-call rota with " +
      'authority to roll back at night either; if something is wrong, we can redeploy the old ' +
      "version in the morning. And I don't think the PM needs to own any of this; engineering " +
      'can run it end to end. A separate A/B test afterwards also feels unnecessary to me.',
  },
  {
    id: 'o056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      'new prompt is only a tone change so no heavy process - not splitting users by language, ' +
      "German vs English is overthinking it - no ordering of cohorts, staff first etc. doesn't " +
      'apply to a prompt - not tracking thumbs-down or rewrite rates per locale, too noisy - no ' +
      "eval harness / hallucination checks, it's the same model - not watching token cost or " +
      "p95 either, nothing about them changes - no fixed rollback numbers agreed upfront, we'd " +
      'judge it as we go - no staged holds, straight to everyone once the team has read a few ' +
      "drafts - no sign-off round per stage - rollback not something I'd plan for, the team can " +
      'always revert the prompt in the next release - and no A/B test after, not needed for ' +
      'wording',
  },
  {
    id: 'o057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text:
      "The nice thing about this release is that the canary doubles as our A/B test. We'd go " +
      "employees first, then the Members' club, then casual visitors, then regular customers, " +
      'with first-time buyers and guides and clubs last because first impressions and big group ' +
      'orders are the ones we can least afford to mess up. Stages of 1 %, 5 %, 25 %, 50 % and ' +
      '100 %, each held for at least half a day and only moved on when the numbers look stable ' +
      'for that whole time. The on-call engineer can switch the product page back with the flag ' +
      'at any hour, without waiting for anyone, and it takes a couple of minutes. By the time ' +
      "we're at 25 %, the canary's conversion against last week's tells us whether putting " +
      'reviews above the fold sells more, and if the canary segments convert better than ' +
      "before, that's the proof we can take to leadership that the new page is better. So we " +
      "don't need a separate experiment afterwards; the canary answers it.",
  },
  {
    id: 'o058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S'),
    text: [
      'so the way i see it a model swap is just another deploy',
      'what you care about is does it error and does it get slow',
      'so as pm i own the go no-go and the numbers and engineering owns the actual switch',
      "and before we start i'd write down the limits with the eng lead",
      'error rate more than half a point over control we roll back',
      'p99 more than 300 milliseconds worse we roll back',
      'and those two are really all you need to watch',
      "hallucinations and thumbs down and all that that's more of a research question",
      "the evals already went up three points so quality's covered",
      "and cost is finance's problem not the canary's",
      'at every step up i sign off together with the eng lead',
      "so it's basically errors and latency",
      'if those stay flat the model is fine',
    ].join('\n'),
  },
  {
    id: 'o059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Before talking about rollout, I'd want to fix how we decide what goes on the booking page at all. My plan:",
      "1. Interview ten guests who booked last month and ten who didn't, to learn how they compare homes and who they talk it over with.",
      '2. Map the journey from first search to booking across devices, since a lot of people start on the phone and finish on a laptop.',
      '3. Write a one-page brief for the date picker with the three problems it has to solve, and get design and engineering to agree on it.',
      "4. Prioritise the backlog with RICE so the shorter form doesn't crowd out price transparency, which guests mention most.",
      '5. Set a quarterly OKR around repeat bookings and review it every month with the team.',
      'That gives us a product process the team trusts, instead of shipping redesigns because the design reviews were glowing.',
    ].join('\n'),
  },
  {
    id: 'o060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "I'd actually step back and ask whether the cheaper model is the right lever for the " +
      'business. Small veterinary clinics are price-sensitive, but they churn mostly because ' +
      "onboarding is slow and the summaries don't land in the practice-management software they " +
      'already use. So my priorities would be an integration with the two most common practice ' +
      'systems, a simpler per-vet pricing tier, and a referral programme through the veterinary ' +
      'associations. The savings from a cheaper model are real, but they matter less than ' +
      "getting to a few hundred more clinics. I'd put together a short business case comparing " +
      "those options, share it with the founders and sales, and decide the quarter's roadmap " +
      'from there.',
  },
];
