import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-sixth fresh set, author c: strong answers (af041–af047), written blind and labelled by
 * hand before any grading. Scenario per answer: see LABEL-NOTES-c.md.
 */
export const TWENTY_SIXTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'af041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "On Monday we don't move a single conversation. I sit down with Priya from the ML " +
        'platform team and split the job: she owns the gateway route, the deploy and the ' +
        'dashboards; I own who gets the new model, what counts as bad enough to pull it, and when ' +
        'we go further. Before lunch we write the stop lines into the release doc and both put ' +
        'our names under them: hallucination rate on our payslip-and-leave eval set no more than ' +
        'one point above the current model, thumbs-down rate no more than two points above the ' +
        'control group, p95 response time no more than 1.5 seconds slower, errors up no more than ' +
        "0.5 %, and cost per conversation no more than 25 % above today's. Finance asked about " +
        'cost, so that one goes in writing too.',
      '',
      'On Tuesday the new model goes to our own people. Our payroll and HR ops teams use the ' +
        "assistant every day, and they'll spot a wrong leave balance faster than any customer. On " +
        "Wednesday it's 1 % of traffic, drawn from customers in the early-access programme. " +
        'Thursday and Friday we sit at 5 %, adding small-business accounts, who mostly ask simple ' +
        'questions. No stage moves until it has run a full day with every line green, and Priya ' +
        'and I both say yes in the release channel before the next step. Nobody advances on a ' +
        'hunch.',
      '',
      "The week after: 25 % with a 48-hour hold, because that's where cost per conversation and " +
        'thumbs-down finally have enough volume to mean something, then 50 %, then everyone. ' +
        'Large enterprise customers and anyone still onboarding come last; a wrong answer about a ' +
        'payslip in payroll week is how you lose a contract.',
      '',
      'If a line is crossed at any point, the on-call engineer switches the route back to the ' +
        "old model at the gateway. It's a config change and takes a few minutes, and they do it " +
        'without waiting for me or anyone else, day or night. We talk about it afterwards.',
      '',
      "And on the Friday after we hit 100 %, I won't be announcing that the bigger model is " +
        "better. Three points on short offline questions plus a clean canary tell us it's safe to " +
        'run. Whether it actually answers people better is a randomised A/B test, and we set that ' +
        'up next.',
    ].join('\n'),
  },
  {
    id: 'af042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Any one of five things, and I'd want them in the release doc before the first user gets " +
        'the new prompt, so nobody is arguing about it at the moment it happens.',
      '',
      'One: the German thumbs-down rate more than 1.5 points above the German users still on ' +
        "the old prompt. I look at German on its own on purpose, because that's where I think " +
        'this breaks. A warm, casual "du" in an email to a client is a real mistake, not a style ' +
        'choice. Two: the eval harness. We add a German set that checks form of address, and if ' +
        'more than 2 % of sampled German replies go informal where the original mail was formal, ' +
        'or the hallucination rate on the English set rises by more than a point, we stop. Three: ' +
        'p95 time to first suggestion more than 300 milliseconds worse. Four: tokens per reply up ' +
        'more than 15 %, because warmer usually means longer. Five: the boring one, errors up ' +
        'more than half a percent.',
      '',
      'Stop means the on-call engineer switches the prompt version back in config. That takes a ' +
        "couple of minutes, and they don't have to find me first. At 3 a.m. they just do it and " +
        'post in the channel.',
      '',
      "The reason I can be that strict is the order. Our own staff go first, and I'll make sure " +
        'the Munich office is in that group, not just the English team that reviewed the prompt. ' +
        'Then users who opted into early features, in both languages. German users come in early ' +
        'and in small numbers, deliberately, so a problem shows up at 1 % and not at 50 %. ' +
        'Enterprise accounts come last. We go 1, 5, 25, 50, 100 and sit at each step for at least ' +
        "two days, longer at 5 % if there isn't enough German feedback yet to read. The " +
        'engineering lead and I both sign each step, and at 25 % a German-speaking colleague ' +
        'reads a sample as well. Engineering owns the prompt deploy and the switch; I own this ' +
        'list and the go or no-go.',
      '',
      'What would not make me stop, or go, is a better thumbs-up rate in the canary. The canary ' +
        "is a safety check. If we want to know whether warmer is actually better, that's a " +
        'randomised A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 'af043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Canary SLOs: visit-note summariser, move to the cheaper model',
      '',
      'Owner of the targets: product (me). Routing, sampling and alerting: ML platform. Product ' +
        'sets these and is the only one who can change them; platform runs them. They are fixed ' +
        'before the first summary is routed and are not edited during the rollout.',
      '',
      'SLO 1, faithfulness: summaries the eval harness flags for a finding, drug or dose that ' +
        "isn't in the visit note stay at or below 1.0 %, and no more than 0.5 points above the " +
        'current model. During the canary the harness grades 1 in 10 canary summaries instead of ' +
        '1 in 200, and no stage is judged before 300 canary summaries have been graded.',
      'SLO 2, vet feedback: thumbs-down plus "edited before saving" stays within 3 points of ' +
        'control, read only once 150 rated or edited summaries exist. So few vets rate that edits ' +
        'have to count as feedback too.',
      'SLO 3, speed: p95 time to summary stays at or under 4 seconds and no slower than ' +
        'control.',
      "SLO 4, cost: token cost per summary stays at or under 60 % of today's. A cheaper model " +
        "that isn't cheaper fails.",
      'SLO 5, reliability: failed or empty summaries no more than 0.5 points above control.',
      '',
      'Exposure order: our in-house vet advisers first, then clinics in the early-access ' +
        'programme, then single-vet clinics. Multi-site groups and clinics in their first month ' +
        'come last, because a bad summary there costs the most trust.',
      '',
      'Stages: 2 %, 10 %, 25 %, 50 %, 100 %. A stage advances only when it has reached the ' +
        'sample minimums above with every SLO met. At this traffic that probably means a day or ' +
        'two at 2 %, not a few hours.',
      '',
      'Each advance is signed in the release ticket by me and the ML lead.',
      '',
      'Any breach: the on-call engineer routes all traffic back to the current model (a gateway ' +
        'config change, under 5 minutes), at any hour, without asking anyone. Review the next ' +
        'working day.',
      '',
      'Out of scope: whether the new model writes better summaries. Meeting these SLOs means it ' +
        'is safe to run; better is a randomised A/B test after rollout.',
    ].join('\n'),
  },
  {
    id: 'af044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Release log: recommendation model v2 (home-screen baskets)',
      '',
      'Mon 11 May. Roles. Ana (ML eng) owns serving, the model flag and feature-store capacity. ' +
        'I own exposure order, stop conditions and go/no-go. Agreed with Tobias (eng lead).',
      'Mon 11 May. Stop conditions fixed; nobody edits them once traffic flows. Roll back on ' +
        'any of: recommendations p95 more than 150 ms over control; errors or ' +
        'fallback-to-default-basket rate up 0.5 pts; feature-store read p99 above 80 ms in either ' +
        'region; basket adds from recommendations down 2 % against control in the same region; ' +
        "compute cost per request up 20 %; replay eval (yesterday's sessions re-ranked offline) " +
        'recall@10 down more than 1 pt; "not interested" taps up 2 pts.',
      'Tue 12 May. Order: staff in the Berlin and Singapore offices first, then opted-in beta ' +
        'users in both regions, then a 1 % slice per region. SEA is in from the first external ' +
        "stage on purpose, since its feature stores are the ones we're worried about. New " +
        "customers and high-basket subscribers go last; they're the ones we can least afford to " +
        'annoy.',
      'Tue 12 May. Ramp 1 / 5 / 25 / 50 / 100. Each stage holds at least 24 h so it covers one ' +
        'Singapore lunch peak (06:00–08:00 Berlin) and one European evening peak. Gate on the ' +
        'metrics, not on the clock alone.',
      'Tue 12 May. Sign-off: Tobias and me, in writing in #rec-release, before each step. The ' +
        'SG lunch peak is read at 09:00 Berlin before anyone decides.',
      'Tue 12 May. Rollback: either on-call (Singapore or Berlin) flips the flag back to v1. ' +
        'Config only, under 5 min, any hour, no approval needed. Tried on staff today: 2 min 40 ' +
        's.',
      'Wed 13 May. Staff live 14:00.',
      "Thu 14 May. Note for leadership: the canary will show v2 is safe to serve. It won't show " +
        "v2 sells more; that's a randomised A/B test after 100 %, about two weeks.",
    ].join('\n'),
  },
  {
    id: 'af045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Here's how I'd split it, RACI style, so nobody is guessing at 2 a.m.",
      '',
      'Who goes first. R: me. A: me. C: support lead. I: engineering.',
      'Our own workspaces first, since we live in the tool all day, then the teams in the beta ' +
        'programme, then small free-tier teams. Large paying workspaces and anyone who signed up ' +
        'this month go last, because a slow board in your first week is how we lose you.',
      '',
      'Stop thresholds. R: me with the eng lead. A: me. C: SRE. I: support.',
      'Written into the runbook before the first request reaches the new proxy, and not ' +
        'renegotiated mid-rollout: p99 task-list load more than 200 ms slower than on the old ' +
        'database, 5xx or proxy timeouts up more than 0.3 percentage points, failed task saves ' +
        'above 0.1 %, tasks created per active user down more than 2 % against the cohort still ' +
        'on the old database.',
      '',
      'Running the migration and the traffic split. R: platform team. A: eng lead. I: me. ' +
        "That's their work, not mine.",
      '',
      'Ramp and holds. R: platform. A: me.',
      '1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds at least 48 hours and has to include a ' +
        'Monday-morning peak. The load tests only ran with warm caches, so we want the new ' +
        'cluster cold, at real volume, before we go further.',
      '',
      'Moving to the next stage. A: me and the eng lead, both, in writing in the release ' +
        'channel. Nobody else can advance it.',
      '',
      "Rollback. R and A: whoever is on call, at any hour; they don't need me or the eng lead. " +
        'They flip the proxy route back to the old database. Writes go to both while we ramp, so ' +
        "it's a config change, done in under five minutes. That's also why the old cluster " +
        "doesn't get decommissioned at the end of the month unless we've had two clean weeks at " +
        "100 %. The date moves, the safety net doesn't.",
      '',
      'Whether the new cluster is better for users. R: analytics. A: me.',
      "Not the canary's job. The canary tells us the move is safe. If we want to claim faster " +
        "pages or more engagement, that's a randomised A/B comparison afterwards.",
    ].join('\n'),
  },
  {
    id: 'af046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'For me the first thing is to be clear on who is doing what. The engineering team will ' +
        'handle the SDK integration, the flag and the routing. On my side as PM, I will own the ' +
        'decisions: which customers go first, which numbers make us pull back, and when we move ' +
        'to the next stage.',
      '',
      'Now, the issue of Android. The SDK passed certification, yes, but certification is not ' +
        'Friday supper. So we shall go pole pole. First our own staff ordering lunch at the ' +
        'office on the new SDK, on both Android and iPhone. Then customers who have opted into ' +
        'the beta, and I will make sure Android users are well represented there, because that is ' +
        'where I expect the trouble. Then ordinary repeat customers with small baskets. New ' +
        'customers and the big corporate accounts come last. A new customer whose first payment ' +
        'fails, you find that person never comes back.',
      '',
      'Before we start, we agree and write down the rollback figures. Payment failures more ' +
        'than 0.5 percentage points above control in any five-minute window, not only the daily ' +
        'average, because these failures come in bursts and a daily figure will hide them. p99 ' +
        'payment confirmation more than 300 ms slower than control. Completed orders per checkout ' +
        'down by more than 2 % against the baseline cohort. We are not going to decide these ' +
        'while looking at the dashboard.',
      '',
      'Stages are 1 %, 5 %, 25 %, 50 %, then 100 %. Each stage holds at least 24 hours and must ' +
        'include one dinner peak, and we shall not move up on a Friday at all. To move, the ' +
        'payments engineering lead and myself both sign off in the release channel.',
      '',
      'If any figure is crossed, the on-call engineer switches off the flag from the server ' +
        'side, the apps fall back to the old SDK, which stays in the build for that reason, and ' +
        'it is done in less than five minutes. They do not need to call me or wait for morning; ' +
        'they act, then they inform us.',
      '',
      'Lastly, even if wallet payments look very popular in the canary, that one is not proof ' +
        'of anything. The canary is telling us it is safe. Whether wallets bring us more orders, ' +
        'we shall run a proper A/B test after.',
    ].join('\n'),
  },
  {
    id: 'af047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'd plan the week around what people will actually say, because that's where canaries go " +
        'wrong.',
      '',
      'Before anything moves, me to the eng lead: "You own the pricing service, the routing and ' +
        'the dashboards. I own who gets it, the stop numbers, and whether we go to the next ' +
        'step." Then we both put our names under this in the release doc: "We roll back if ' +
        'fare-calculation errors go above 0.2 %, if more than 1 % of trips get a fare more than 2 ' +
        '% away from what the old service would have charged, if p99 quote time is 150 ms worse ' +
        'than control, or if booked trips per quote drop more than 2 % against the riders on the ' +
        'old service."',
      '',
      'Tuesday evening, to the team: "Staff rides only tonight." Next day: "Opted-in beta ' +
        'riders in one city, 1 %." New riders and corporate accounts come last, because a wrong ' +
        "fare on somebody's first trip or on a company's expense report is the expensive kind of " +
        'wrong.',
      '',
      'At each step, the eng lead and me: "Held 24 hours, through the nightly batch window with ' +
        'billing, nothing tripped. We both sign for 5 %." Same words for 25 %, and nothing goes ' +
        "past 25 % until we've held through a Friday and a Saturday night, because that's our " +
        'peak.',
      '',
      'To the on-call engineer, the day before we start: "If a line is crossed at 2 a.m., you ' +
        "roll back. You don't call me, you don't call the lead. You flip the route back to the " +
        "old pricing service, it's a config change and it's done in under five minutes, and then " +
        'you post in the channel." And I want to hear back: "Got it. I don\'t need anyone\'s okay."',
      '',
      'At the end, to leadership: "The canary says the new pricing service is safe. It doesn\'t ' +
        "say it's better. If we want to know whether it earns more per trip, that's a randomised " +
        'A/B test, and it comes next."',
    ].join('\n'),
  },
];
