import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eleventh corpus, author A, strong answers (x001–x007): written blind to the grader, on the built-in
 * scenarios; every point of the scenario type, each said in that candidate's own words.
 */
export const ELEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'x001',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ownership',
      'The platform team owns the proxy, the managed cluster and the mechanics of moving reads ' +
        'across. I own the calls that decide whether this canary can catch anything at all: which ' +
        'tenants move in which order, the numbers that abort it, how long we sit at each level ' +
        'and who says go.',
      '',
      'Exposure order',
      'Our own staff first; we live in the product all day and a broken task list is noticed ' +
        'within minutes. Then the beta programme, who signed up for exactly this. Then free ' +
        'workspaces: forgiving, cheap to disappoint, and at 30 % of traffic they are the first ' +
        'cohort that puts the new proxy under real load. Paid teams after that, and enterprise ' +
        'tenants only once everything else has been on the new cluster for a while; they carry ' +
        'the contracts and the escalations.',
      '',
      'Abort criteria',
      'Written into the release document and agreed with SRE before the first read leaves the ' +
        'old database. We abort if the request error rate on the new path runs more than 0.3 ' +
        'percentage points above control, if p99 page-load latency is more than 150 ms worse than ' +
        'control, or if tasks created per active user fall more than 2 % below the matching ' +
        'control tenants. Nobody renegotiates those mid-flight.',
      '',
      'Pace',
      '1 %, 5 %, 20 %, 50 %, 100 %. Gates are metric-based, because this is infrastructure and ' +
        'the load tests ran with warm caches: a step advances only after six consecutive clean ' +
        'hours that include at least one weekday peak. If a stage has not produced six clean ' +
        'hours within a day, it stops and a person decides.',
      '',
      'Approvals',
      "Every step up carries two named signatures, mine and the SRE lead's. Nothing advances on " +
        'a timer alone.',
      '',
      'Backing out',
      'Any engineer on the SRE on-call rota may send reads back to the self-hosted database, ' +
        'day or night, without waiting for me. It is a routing change in the proxy configuration, ' +
        'rehearsed beforehand, and it completes in about three minutes. That is also why the old ' +
        'cluster is not decommissioned until the new one has held 100 % for a full week.',
      '',
      'What this does not tell us',
      'A clean canary says the migration is safe. It says nothing about whether customers are ' +
        'better off. If anyone wants to claim the managed cluster makes the product faster or ' +
        'stickier, that claim needs a randomised A/B comparison afterwards; I will not read it ' +
        'off a beta cohort.',
    ].join('\n'),
  },
  {
    id: 'x002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay, so, um, first thing, I'd want to be clear about what's actually mine here. The ML " +
        'platform folks handle the gateway, the routing, all that. What I decide is who gets the ' +
        'new model, what numbers kill it, how long we wait, and, like, who says go.',
      '',
      'So who goes first. Honestly the support agents. They use the assistant all day and they ' +
        "know the right answer to a payslip question, so they'll spot nonsense instantly. Then " +
        "the preview programme. Then workspace admins, because they're power users and they will " +
        'absolutely tell us. Then regular members. And right at the end, trial accounts, because ' +
        "that's a first impression, and enterprise, because, you know, contracts.",
      '',
      'Before we route a single conversation, uh, we write the numbers down and everyone ' +
        "agrees. Errors no more than half a percent above the old model. It's a bigger model, so " +
        "it will be slower, fine, but p95 response time no more than, let's say, 400 milliseconds " +
        'worse. The eval harness grades a sample of real answers, and if the hallucination rate ' +
        'goes up by more than one point we stop. Thumbs-down, more than ten percent up relative, ' +
        'we stop. Cost per conversation, since finance already asked, capped at one and a half ' +
        "times today's. And the business one: if the share of questions resolved without a ticket " +
        'drops more than two percent against the same users on the old model, stop.',
      '',
      'Steps, um, one percent, five, twenty-five, fifty, then everybody. And the gates are on ' +
        "the metrics, not the clock, because the quality signals come in slowly. So we don't move " +
        "until we've had twelve clean hours, and at five and twenty-five it's at least a full day " +
        'anyway.',
      '',
      'Each step, me and the ML lead both sign off, in writing, in the release channel.',
      '',
      'If something trips, the on-call engineer flips back to the old model, any time, day or ' +
        "night, doesn't need to call me. It's a config change at the gateway, couple of minutes.",
      '',
      "Oh, and the three-point bump on the offline evals? The canary won't confirm that. It " +
        "just tells us we're not hurting anyone. Whether the bigger model actually answers " +
        "better, that's an A/B test afterwards, with proper random assignment.",
    ].join('\n'),
  },
  {
    id: 'x003',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '1. Roles. Me: cohort order, limits, holds, gate approvals. Pricing eng: the service and ' +
        'the router.',
      '2. Order: employees, beta riders, riders, business accounts last.',
      '3. Limits, signed before Tuesday 18:00: fare errors above control by >0.4 pts; p99 fare ' +
        'quote >+250 ms; completed trips per request -1.5 % vs control riders.',
      '4. Ramp 1/5/25/50/100. Metric gates: each step needs 8 clean hours, one of them inside ' +
        'the nightly batch window.',
      '5. Each step: written go from me and the pricing lead. No step-ups overnight.',
      '6. Rollback: on-call SRE, 24/7, no approval needed. Router config back to the old fare ' +
        'service, ~3 min. Drilled Tuesday afternoon.',
      '7. Canary != experiment. Tells us safe, not better. Any claim the new fares do more for ' +
        'us gets its own randomised A/B after 100 %.',
    ].join('\n'),
  },
  {
    id: 'x004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'For this change I am careful, because the prompt was only reviewed by the English team. ' +
        'My job as product manager is to decide the order of users, the limits where we stop, how ' +
        'long we wait in every step and who give the approval; the engineers make the routing ' +
        'between the two prompt versions.',
      '',
      'First the new prompt go to the employees, and I ask specially the German colleagues to ' +
        'write with it. After, the early-access writers. Then a small part of German-language ' +
        'users and English-language users together, because the German users are where I expect ' +
        'the problem and I want to see it early, when exposure is little. Business teams come at ' +
        'the end, they are most valuable and for them formal tone is very important.',
      '',
      'Before start, we write the limits and everybody agree: thumbs-down rate not more than 15 ' +
        'percent higher than old prompt, measured for each language separate; hallucination rate ' +
        'from the eval harness (we add German test cases) not more than 0,5 point higher; p95 ' +
        'latency not more than 300 ms slower; tokens per answer not more than 20 percent more, ' +
        'because warmer text is longer; error rate +0,5 % vs control maximum; and ' +
        'accepted-suggestion rate not lower than 2 % below the baseline group.',
      '',
      'Steps are 1 %, 5 %, 25 %, 50 %, 100 %. In each step we stay minimum 24 hours and only go ' +
        'forward if all numbers stay inside for this time, because thumbs-down come slowly. ' +
        'Before every next step, me and the tech lead sign in the release ticket.',
      '',
      'If one limit is broken, the on-call engineer switch back the prompt version in the ' +
        "config, day or night, it takes one or two minutes, he don't need to wait for me.",
      '',
      'At the end, the canary say only that the new prompt is not harmful. If we want to know ' +
        'the warmer tone make users more happy, we need a real A/B test with random users after.',
    ].join('\n'),
  },
  {
    id: 'x005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Q: Who runs it?',
      'A: Payments eng flips the switches. I own the plan: who sees the new SDK when, what ' +
        'numbers pull it, how long each step lasts, who approves the next one.',
      '',
      'Q: Who goes first?',
      'A: Employees ordering lunch on the company card. Then the beta testers. Then thin slices ' +
        'of Android, iPhone and web, read separately, because a new SDK can break on one platform ' +
        "and look fine on the average. Loyalty members go last; they're our best customers and a " +
        'failed payment at dinner is exactly how you lose one.',
      '',
      'Q: What kills it?',
      'A: Agreed in the doc before day one, per platform: payment failures more than 0.3 points ' +
        'above the old SDK, p99 on the payment call more than 300 ms slower, or completed orders ' +
        "down more than 1.5 % against control on the same platform. Any one of those and we're " +
        'out.',
      '',
      'Q: How fast?',
      'A: 1, 5, 20, 50, 100. Each step has to sit through at least one lunch and one dinner ' +
        'peak, minimum 12 hours, and it only moves if every number stayed inside for that whole ' +
        "time. We don't step up on a Friday; Friday dinner is not the moment to find out.",
      '',
      'Q: Who says go?',
      'A: Me and the payments lead, both, written in the release channel, every step.',
      '',
      'Q: And if it goes wrong at 9pm?',
      "A: Whoever's on the payments on-call rotation routes traffic back to the old SDK path. " +
        "Any hour, no permission needed. It's a server-side config change, a couple of minutes, " +
        'no app release involved.',
      '',
      'Q: Will this tell us wallets get more orders?',
      "A: Nope. It tells us the new SDK isn't breaking payments. Whether wallet payments " +
        "actually lift orders is a randomised A/B test afterwards; beta testers aren't a fair " +
        'sample of anything.',
    ].join('\n'),
  },
  {
    id: 'x006',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I think the first thing I'd want to say is that I'd see my role as owning the decisions " +
        'rather than the plumbing. The ML engineers would handle the routing between models; what ' +
        "I'd be accountable for is probably four things: which clinics see the new model and " +
        'when, what numbers mean we stop, how long we wait at each step, and who approves moving ' +
        'on.',
      '',
      "On order, I'd likely start with our own staff, then the pilot clinics, who I assume " +
        "agreed to see early versions. After that the ordinary clinics, and I'd keep the hospital " +
        "groups until the very end, because they're the biggest accounts and, I'd guess, the " +
        'least patient with a bad summary.',
      '',
      "The tricky part here, if I'm reading the brief right, is that the signal is thin. A few " +
        'hundred summaries a minute, few vets rate anything, and the harness grades one in two ' +
        "hundred. At five percent that's, roughly, a handful of graded summaries an hour, which " +
        "isn't enough to see anything. So I'd ask the team to grade a much bigger share of the " +
        "new model's output during the canary, maybe one in twenty, and I'd be honest that the " +
        'holds have to be long.',
      '',
      "Thresholds I'd want written down and agreed before any clinic is switched, and these are " +
        "starting points I'd check with the team: the harness's hallucination rate, meaning facts " +
        "in the summary that aren't in the notes, no more than one percentage point above the " +
        'current model; thumbs-down no more than about a quarter higher, relative; p95 latency ' +
        "not worse than today by more than 100 ms, since it's meant to be faster; cost per " +
        'summary should go down, so any increase at all would be a stop; errors not more than ' +
        'half a point over control; and the share of summaries the vet accepts without editing ' +
        'not down by more than three percent against the matching clinics on the old model.',
      '',
      "Ramp-wise, I'd suggest five, twenty-five, fifty, a hundred, skipping one percent because " +
        "it would tell us nothing here. Each gate would be on the metrics: we'd advance only once " +
        'the harness has graded, say, four hundred summaries from the new model and everything ' +
        "stayed in bounds, and if that hasn't happened within about three days we'd stop and have " +
        'a person decide rather than drift forward.',
      '',
      'Each step would need sign-off from me and, I think ideally, the veterinary advisor on ' +
        'the team, since they can judge whether a summary error is serious.',
      '',
      'If anything crosses a line, the on-call ML engineer should be able to switch back to the ' +
        "old model at any hour without asking anyone. As I understand it that's a gateway config " +
        'change and takes a few minutes.',
      '',
      "And I'd be careful about what we conclude. This would only tell us the cheaper model is " +
        "safe enough. Whether vets actually prefer its summaries is a separate question, and I'd " +
        'want a randomised A/B test for that afterwards rather than reading it off the pilot ' +
        'clinics.',
    ].join('\n'),
  },
  {
    id: 'x007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Mine: order, limits, holds, approvals. Search infra: the routing.',
      'Order: staff, Labs users, heavy researchers (they run the filter-heavy queries, want ' +
        'them early), readers, institutional licences last.',
      'Two hundred ms on p99, half a point on errors, two percent on paper downloads per ' +
        'search, all versus control: the rollback lines, fixed before day one.',
      'One, five, twenty-five, fifty, hundred. Six clean hours per step, gated on the metrics ' +
        'not the clock.',
      "Every step: my approval plus the search lead's.",
      'Rollback: on-call, any hour, flip the index alias back, three minutes.',
      'Not an A/B. Shows safe, not better. If we ever claim relevance gains, randomised test ' +
        'afterwards.',
    ].join('\n'),
  },
];
