import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixteenth fresh set, author a: d008–d020 — middling, weak, salad, negated, misconception-led and
 * off-topic answers, written blind (the grader was never read or run) and labelled by hand before
 * any grading. See README-a.md.
 */
export const SIXTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'd008',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: "For the new index I'd start small and only move up when the numbers are clean. Before anything goes out we agree the limits: p99 search time more than 250 ms above the old index, or search errors up more than 0.3 points, and we roll back. I care about the tail more than the median here, because the median got faster in testing but the rare queries with lots of filters were never benchmarked. Steps of 1 %, 5 %, 25 %, 50 % and then everything, each held for a full day so it sees a weekday's heavy searching before we move on. If a limit trips, the on-call engineer switches search back to the old index straight away. The old index is still running, so that's a config change of a minute or two, and they don't need anyone's permission.",
  },
  {
    id: 'd009',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: "Hi all, on the new resizer: my part is the decisions, not the mechanics. The image team owns the deploy and the routing; I own who gets the new service, when it widens, and whether we're ready to widen. I'd start with our own staff and the beta sellers, then hobby sellers, whose listings get less traffic so a slow image costs little, then professional sellers, and brand stores last, because their pages carry the most revenue and they notice first. At each widening the image team's lead and I both need to say yes before it goes ahead. I'd also keep an eye on how things look over the course of the day, since the service only restarts on deploys. Thursday is the team's wish, not a promise. Thanks!",
  },
  {
    id: 'd010',
    scenario: 'model',
    class: 'middling',
    points: points('C A M'),
    text: [
      "I'd split by language from the start. Staff first, then early-access writers, then German-language users and English-language users as separate slices, so each is compared with its own control. The prompt was only reviewed in English, and German has formal address to get right, so I'd rather see German early and on its own than have it averaged away. Business teams come last; they send these emails to their own customers.",
      'What I\'d watch is mostly the model side: thumbs-down rate per language, how often people rewrite or throw away a suggested draft, an eval-harness check for tone on a set of German test emails, and tokens per draft, since a "warmer" prompt may also get wordier.',
      "And I'd be clear with the team that a clean canary won't show the warmer tone is better. If we want to claim that, it needs its own A/B test.",
    ].join('\n'),
  },
  {
    id: 'd011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this one is low-risk: it's a pricing page, and the checkout behind it doesn't change. I'd ship it to a small group first, maybe ten percent of visitors, have a look at the dashboards for a bit to check nothing looks broken and sign-ups aren't falling off a cliff, and then roll it out to everybody before Friday so the campaign links land on the new table. Marketing and engineering can sort out the exact timing between them, and if something goes wrong we can always revert.",
  },
  {
    id: 'd012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "A prompt change is a small thing compared to changing the model, so I wouldn't over-engineer this. We'd turn it on for some users, read through a few of the emails it writes to make sure the tone sounds right, and see how people react to it. If people don't like it we change the prompt back. Getting the German right matters, so I'd ask a colleague who speaks German to look at a few examples before we go. Overall: move fast, but carefully, and keep everyone in the loop.",
  },
  {
    id: 'd013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary. Staff cohort 4 %, insiders 6 %, shoppers 60 %, newcomers 15 %, Plus 15 %.',
      'Conversion baseline 3 %, error rate 0.2 %, median 160 ms, p99, thresholds, control cohort.',
      'Ramp 1 / 5 / 25 / 50 / 100. Holds, gates, sign-off, rollback, kill switch, on-call 24/7.',
      'PM ownership vs engineering ownership. Cohort order, new customers, high-value last.',
      'Larger photos, size guide, staff artefact, employees not buying.',
      'A/B test vs canary, safety vs lift. Dashboards, alerting, SLO, error budget, 24 h, 5 minutes, go/no-go.',
    ].join('\n'),
  },
  {
    id: 'd014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Support assistant / larger model / longer context window / prompt unchanged.',
      'Hallucination rate 3 % — thumbs-down 7 % — tokens per query 1,400 — p95 — cost per conversation — Finance.',
      'Eval harness +3 points. Agents, preview, admins, members, trials, enterprise.',
      '1 % → 5 % → 25 % → 50 % → 100 %. Thresholds pre-committed? Holds 24 h / 48 h.',
      'Sign-off: PM + ML lead. Rollback: config flag, < 5 min, on-call 24/7.',
      'Canary ≠ A/B. Safety, not lift. Payslips, leave, settings, guardrails, drift, latency budget, error budget, ownership matrix, RACI, go/no-go.',
    ].join('\n'),
  },
  {
    id: 'd015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I don't think a cosmetic change needs the full ceremony. We won't bother fixing rollback numbers up front; for reviews above the fold we'll know a problem when we see one, and writing thresholds down in advance just gives people something to argue about. I wouldn't order the cohorts either. Employees, the members' club, first-time buyers: it doesn't matter who sees it first, so any random slice will do. No staged ramp with holds at 5 %, 25 % and 50 %; leadership wants it out this week, so it goes to everyone on day one. I don't want a sign-off at each step, and I wouldn't set up an on-call rollback rota for a layout change; if something breaks, the team can redeploy the old page when they're in. And we don't need an A/B test afterwards. If sales look fine, that's our answer.",
  },
  {
    id: 'd016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I'd keep this simple. I'm not going to set hallucination or feedback limits before we start; with so few ratings there's nothing to set them against, so we'd only be inventing numbers. Nor would I raise the eval harness sampling, since grading more summaries costs money and slows the team down. Staff and pilot clinics first? Not needed: the cheaper model is from the same family, so any clinic can take it. I don't see the point of holding at each step either, or of the ML lead and me signing off every stage; that's a week of meetings for a model swap. If the on-call engineer sees something odd at night, they should wait for the morning stand-up rather than roll back on their own. And no A/B test after. If nobody complains, it worked.",
  },
  {
    id: 'd017',
    scenario: 'service',
    class: 'misconception',
    points: points('T H R'),
    text: [
      "The way I see it, the canary is our A/B test: the point of going slowly is to prove the new date picker and shorter form book more stays than the old page, so I'd run it as an experiment and let the canary group's bookings settle the question.",
      'Before we start, we write down the rollback limits: booking-page errors more than 0.5 points over control, p99 load time 200 ms worse, or bookings per search down more than 3 % against control, measured over a whole day because guests book hours after they first look.',
      "Steps of 1 %, 5 %, 25 %, 50 % and 100 %, each held for at least a full day so the late bookings have time to arrive before we move on. The team wants 100 % this afternoon; that isn't happening.",
      "If a limit trips, the on-call front-end engineer switches the flag off and everyone is back on the old page within a couple of minutes. They don't wait for me.",
      'Once the canary group is clearly ahead of control, we tell leadership the redesign is better and finish the rollout. No separate test needed; the canary already is one.',
    ].join('\n'),
  },
  {
    id: 'd018',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S R'),
    text: [
      "For a recommendation model the honest signals are the same as for any service: errors and latency. Click-through, dismissals and eval scores are noise at canary volumes, so I'd ignore them and gate on the two system metrics alone. If the new model isn't throwing errors and isn't slow, it's working.",
      'Division of work: the recommendations team owns the model, the feature stores and the traffic switch; I own the plan and every go/no-go call.',
      'Ramp of 1 %, 5 %, 25 %, 50 % and 100 %, each step held at least 24 hours so it sees both the Singapore lunch hour and a European evening before we move on.',
      'The recommendations lead and I both approve each step in the release log.',
      'If errors or latency go up, whoever is on call flips the model flag back to the old model, at any hour, without waiting for Berlin office hours; that takes a few minutes.',
    ].join('\n'),
  },
  {
    id: 'd019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before anything about rollout, I'd question the pricing itself. A comparison table is only as good as the tiers it compares. If the middle plan is doing all the work, I'd look at whether the Studios tier is priced to anchor or to sell. I'd interview a handful of paying creators about which features they'd miss most, look at where free users hit the export limit, and check whether annual billing should be the default. For Friday's campaign I'd make sure the landing copy uses the same words as the table, so nobody feels baited. In a month I'd review trial-to-paid conversion and the plan mix.",
  },
  {
    id: 'd020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real issue here is that we have no localisation process. English-speaking reviewers signing off German copy is how you end up writing \"du\" to someone's tax adviser. I'd set up a style guide for each language covering formal and informal address, greetings and sign-offs, and how direct the tone may be; bring in a German-speaking content designer; and make language review a required step for any user-facing text, prompts included. Longer term I'd look at French and Spanish, which have the same formal-informal problem, before we market in those countries. It would also be worth surveying German users about the tone they expect from a writing assistant at work.",
  },
];
