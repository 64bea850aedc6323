import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixtieth fresh set, author c: middling (bn048–bn050), weak (bn051–bn052), salad (bn053–bn054),
 * negated (bn055–bn056), misconception-led (bn057–bn058) and off-topic (bn059–bn060) answers,
 * written blind and labelled by hand.
 */
export const SIXTIETH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // lunch-peak-recommendations: a closing sentence on the first thing the candidate would check on day one
  {
    id: 'bn048',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'The risk here is the feature stores: the new model reads more features per request and the stores were sized for the old one. So the canary has to include an Asian lunch peak, not just a quiet Berlin afternoon.',
      '',
      "Before starting I'd write down the limits: feature-store p95 read latency over 150 ms, recommendation-service errors over 1 %, basket add-rate from the home screen down more than 3 % against the old model, and compute cost per request up more than 30 %. Any one of those and we stop.",
      '',
      'The stages would be 2 %, 10 %, 30 % and 100 %. Each one holds for at least one complete day, so it sees both the European and the Singapore lunch peak, and we only move on if all four numbers stayed inside the limits across both peaks.',
      '',
      "If something trips, we'd revert to the old model and look at what happened with the feature-store team.",
      '',
      "On day one, the first thing I'd check is the feature-store read latency for the Singapore lunch window.",
    ].join('\n'),
  },
  // storage-migration-under-load: holds given as counts of business cycles (Monday mornings, sprints, month-end reporting)
  {
    id: 'bn049',
    scenario: 'service',
    class: 'middling',
    points: points('P H R'),
    text: [
      "For this migration I'd own the sequencing decisions and leave the database work to the platform team. I decide how many teams move at each step and how long each step must run before the next; they own the new cluster, the proxy and the data copy.",
      '',
      "Because the load test ran with warm caches, I'd hold each stage across the moments when caches are cold and load is real: Monday mornings, when everybody opens their boards, and sprint-planning days at the start of each fortnight.",
      '',
      'The first stage moves 5 % of teams and holds for two Monday mornings. The second moves 25 % and holds for one full two-week sprint cycle. The third moves 60 % and holds through the month-end reporting run, when managers pull every task into their reports. Then the rest. No stage moves on before its cycles are done.',
      '',
      "The on-call engineer can send any team's reads back to the old cluster through the proxy without asking anyone; it is a routing rule and takes effect within a few minutes. That is also why the old cluster must not be decommissioned at month end just because the date says so: it stays until the last stage has held.",
      '',
      "We'd keep an eye on page-load times and database errors along the way, and if things look off we'd get together and discuss whether to continue.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: a seller-focused marketplace PM, conversational
  {
    id: 'bn050',
    scenario: 'service',
    class: 'middling',
    points: points('C T A'),
    text: [
      "Sellers notice slow photos before we do, so I'd start with the seller accounts we run ourselves for testing, then sellers in our beta community, then small sellers, and keep the top-volume sellers until last; their listings carry most of the traffic and they phone their account managers the moment pages slow down.",
      '',
      "The limits I'd agree with engineering before any image goes through the new resizer: p99 resize time more than 250 ms above the old service, resize errors above 0.3 %, and memory per instance growing more than 10 % over any six hours, since the service only restarts on deploys and a leak would creep up on us. Listing-page views per session down more than 2 % against control would also stop it.",
      '',
      "I'd let it run for a while at each step and keep the Thursday target flexible.",
      '',
      "The 20 % faster benchmark is tempting to quote, but the canary won't prove the new service is better for sellers; it only tells us it's safe. If we want to claim the speed helps sales, that's an A/B test with random assignment.",
      '',
      "If anything went wrong we'd go back to the old resizer.",
    ].join('\n'),
  },
  // pricing-page-healthy: an upbeat, marketing-minded PM
  {
    id: 'bn051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "This is a low-risk one, honestly: it's a pricing page and the checkout behind it is unchanged. I'd get it out ahead of Friday's campaign so marketing isn't left waiting on us. We'd roll it out gradually, keep an eye on the numbers, and make sure the team is around in case anything looks odd. If people seem confused by the new table we can always tweak it or put the old one back. The main thing is good communication with marketing so the campaign and the page line up, and then celebrating the launch with the team once it's live.",
    ].join('\n'),
  },
  // support-model-upgrade: a closing sentence on the first thing the candidate would check on day one
  {
    id: 'bn052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "A bigger model with a longer context window should be a nice step up, and the offline evals already look promising, so I'm fairly relaxed about this one. I'd release it to some users first, watch how it does, and expand if all seems well. Finance wants to know about cost, so we'll keep them in the loop, and the engineers will know the right settings for the rollout itself.",
      '',
      "On day one, the first thing I'd check is whether the support team has heard any complaints.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a block of noun fragments separated by full stops
  {
    id: 'bn053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary for the summariser. Cohorts: internal, beta, general. Thresholds, 0.5 %, p95, 2 seconds, hallucination, eval harness, one in two hundred. Ramp 5, 20, 50, 100. Holds, gates, sign-off, PM, engineering, on-call, rollback, five minutes, config flag. Thumbs-down, sparse feedback, token cost, cheaper and faster model. Randomised A/B test versus canary safety. Vets, clinics, summaries, a few hundred a minute. Metrics, dashboards, alerting, SLOs, baselines, control group. Ownership matrix, RACI, gate criteria, blast radius. Quality, safety, cost, latency, p99, p95, p50.',
    ].join('\n'),
  },
  // search-tail-latency: a slide of headline nouns, one theme per line
  {
    id: 'bn054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Search index canary: key themes',
      'Tail latency, p99, p99.9, 200 ms, 400 ms',
      'Free tier versus institutional licences, cohort sequencing, internal dogfood, early access',
      'Pre-committed thresholds, error rate 0.5 %, query abandonment 2 %, baseline, control',
      'Ramp stages 1 %, 5 %, 25 %, 50 %, 100 %, hold windows, gate reviews, sign-off',
      'PM ownership versus engineering ownership',
      'Rollback authority, on-call, flag, minutes, no redeploy',
      'Canary versus A/B, safety versus improvement, randomisation',
      'Multi-filter queries, rare queries, benchmark coverage, hosting cost, index size',
    ].join('\n'),
  },
  // booking-purchases-lag: a Caymanian English register, written
  {
    id: 'bn055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Now, I know the textbook does say to put staff first and then the beta people, but I wouldn't bother with any special order for a date picker; everybody can get it same time. I also wouldn't sit down and fix rollback numbers ahead of time, because the bookings come in hours later anyhow, so any number we write down before would be just a guess. Stages and holds at 5 % and 25 % and so on, I don't see the point of them for a front-end change like this; the team wants it at 100 % this afternoon and I wouldn't stand in their way. Same with a sign-off at each step, no need for that ceremony, and I'm not the one to be approving the engineers' work anyway. I wouldn't set up a special rollback path with on-call either; if something break, we fix forward. As for running an A/B test after, no, not for this one.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a breezy, dismissive voice opening sentences on "frankly", "honestly" and "really"
  {
    id: 'bn056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Frankly, most of the canary ceremony doesn't fit a prompt change. I wouldn't split who owns what between product and engineering; the prompt team can just run it. Honestly, I wouldn't put staff first or German users last or bother with any ordering at all. I'm not going to pre-commit thresholds on thumbs-down or eval scores, and I wouldn't gate on p95 latency or token cost either. Really, there's no need for staged holds, no sign-off at each step, and no special rollback authority for on-call. And I wouldn't frame it as the canary showing safety while some separate randomised A/B test decides what's better; we're not running an A/B test at all.",
    ].join('\n'),
  },
  // checkout-first-order: the section titles of a release document, each with a sentence or two under it
  {
    id: 'bn057',
    scenario: 'service',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      'Release plan: one-page checkout',
      '',
      'Purpose',
      'The canary is our A/B test. Growth wants proof before the spring campaign that the one-page checkout converts better, and the canary cohort gives us that: if the 5 % on the new checkout buys more than the 95 % on the old one, we have our answer.',
      '',
      'Ownership',
      'Product decides the stages, the limits and when to advance; the checkout engineers own the flag and the deploy.',
      '',
      'Success and rollback limits, agreed before launch',
      'Success means conversion in the canary at least 3 % above the rest. We roll back if checkout errors run more than 0.5 % above control, or p99 load time more than 300 ms above control.',
      '',
      'Stages',
      '5 %, 25 %, 100 %, each held four days before the gate review.',
      '',
      'Rollback',
      'The on-call engineer can turn the flag off at any hour without asking; the old checkout returns within five minutes.',
      '',
      'Reading the result',
      'Once the 5 % shows a lift, we quote it to Growth as the expected campaign uplift.',
    ].join('\n'),
  },
  // support-model-upgrade: cohorts described by how users signed up (app store, web, payroll partner)
  {
    id: 'bn058',
    scenario: 'model',
    class: 'misconception',
    points: points('T H S'),
    text: [
      "Our users came to us three ways: through the app stores, by signing up on the web, and through payroll partners who bundle the assistant with their own service. I wouldn't favour any of those. The fairest cohort is a random 5 % drawn across all three channels, so no group gets special treatment and the sample represents everyone.",
      '',
      "A model is software like any other, so the error rate and latency tell us everything we need; if the bigger model misbehaves, it will show up as errors or slow replies. We fix the limits before we start: error rate no more than 0.5 % above the old model, p99 latency no more than 800 ms above it. Evals and thumbs-down are noise at this stage, and cost is finance's question, not the canary's.",
      '',
      'We go 5 %, 20 %, 50 %, 100 %, holding each step for 48 hours and gating on those two numbers. The head of support engineering signs off every step.',
      '',
      'If either number is breached, we stop and go back to the old model.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a PM at a parking-payment service, answering with a hiring plan
  {
    id: 'bn059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "At the parking-payment company where I work, the thing I'd tackle first is the team, so let me talk about hiring. We have two open roles: a senior Android engineer and a product designer who has worked on payment flows. I'd write the job descriptions with the engineering manager this week, post them on the two job boards that have worked for us before, and ask the team for referrals with the usual bonus. The interview loop would have four stages: a phone screen, a take-home exercise capped at three hours, a pairing session, and a values conversation with me. I'd aim to have offers out within five weeks and both people onboarded before the summer, when parking sessions at the coast triple. Onboarding would include a day shadowing our support desk, so they hear from drivers who couldn't pay at a meter.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a launch-marketing brief in plain paragraphs
  {
    id: 'bn060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "For the launch I'd build everything around the national veterinary congress in the autumn. We'd have a stand with a live demo on a tablet, a short video of a clinic owner describing how much typing the summaries save, and a discount code for the first three months. Before the congress we'd email our clinic list twice, a teaser and then an invitation to book a demo slot, and post in the two practice-manager forums we know are active.",
      '',
      "Pricing stays per seat, with a small-clinic plan for one or two vets. After the congress, sales follows up within a week with every clinic that booked a demo, and we'd measure the launch by demos booked, trials started and trials converted by the end of the year.",
    ].join('\n'),
  },
];
