import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-first fresh set, author b: middling (bo028–bo030), weak (bo031–bo032), salad (bo033–bo034),
 * negated (bo035–bo036), misconception-led (bo037–bo038) and off-topic (bo039–bo040) answers,
 * written blind, labelled by hand.
 */
export const SIXTY_FIRST_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak (service) · voice: Newfoundland English in speech with fillers; rollback as the on-call step
  {
    id: 'bo028',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      '[Transcribed from the interview]',
      "Oh, the image one, yeah. So, um, what gets me about that one is the twenty percent faster. Sure that's on a fresh box, right? It only restarts on deploys. So I'd be wanting it to run a good long while before I trusts it.",
      "So the steps'd be 5 % of the image traffic, then 25, then 50, then all of it, and we sits at each one for a full forty-eight hours minimum, two whole days without a restart, and we only goes on if the numbers are still clean at the end of day two, not just the morning.",
      'The numbers, we settles them before we starts: p99 resize latency no more than 150 milliseconds over the old service, error rate on image requests no more than half a percent over, memory per instance climbing more than 10 % an hour is a stop, and listing page views per session no more than 2 % down on the baseline.',
      "If it goes sideways, the on-call, whoever's got the pager, three in the morning or whenever, flips the load balancer back to the old resizer pool. No asking anybody, b'y, that's a two-minute job.",
      "Um, yeah. That's about the size of it. We'd probably want a bit more testing beforehand as well.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · voice: PM for a telehealth triage chatbot; plain prose
  {
    id: 'bo029',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Coming from a telehealth triage chatbot, my instinct is to split the decisions cleanly. Engineering owns swapping the model endpoint, the flag and the infrastructure behind it. I own the release decisions: who sees it, when we stop, when we move on.',
      "For a model change I'd watch more than errors. We'll track the hallucination rate on an eval harness built from real payslip and leave questions, the thumbs-down rate inside the assistant, and cost per conversation, since finance has already asked. Those three go on the release dashboard and we review them every day of the rollout.",
      "I'd roll it out gradually and see how it goes, probably over a couple of weeks.",
      "One thing I'd be careful to say to leadership: the offline evals went up three points, and the canary will probably look fine too, but the canary only tells us the bigger model doesn't break anything. If we want to say it's better for employees asking questions, we run a randomised A/B test after the rollout and compare resolution rates there.",
      "If it misbehaves, we'd go back to the old model.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · voice: stages named after the weekday they start; sign-off as two named approvals in the release channel
  {
    id: 'bo030',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Plan for the date-picker release.',
      "The Monday stage is our own staff and their families booking real trips; they'll notice a picker that eats dates. The Wednesday stage adds guests from the beta list who opted in to try new features. The Friday stage goes to 20 % of everyone else, the next Tuesday stage to 50 %, and the Thursday stage after that to 100 %. Guests who have never booked with us, and long-stay guests, come in only at the last stage, because a lost first booking is a guest we never see again.",
      'Each stage runs at least two full days before we look at moving, because people book hours after searching, often after talking it over at home; one afternoon tells us nothing.',
      'Before each stage moves, two approvals in #booking-release: "ok from Sara (eng lead)" and "ok from Jonas (PM)". No approvals, no move.',
      "We'll keep an eye on bookings and errors as it goes and decide if anything looks off.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: PM for a telehealth triage chatbot; vague prose
  {
    id: 'bo031',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'At the telehealth triage chatbot I work on we change models fairly often, and honestly the main thing is to be careful and listen to your users.',
      "For the vet summaries I'd start small, see how it's going, and get feedback from the clinics. The cheaper model is attractive, but quality matters more than cost in anything clinical. If the vets are unhappy, we'd reconsider.",
      "I'd also bring engineering in early and make sure everyone is aligned on the goals. Communication is key in these launches.",
    ].join('\n'),
  },
  // checkout-first-order (service) · voice: Newfoundland English in speech with fillers; vague
  {
    id: 'bo032',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      '[Transcript]',
      "Well now, the one-page checkout. Um. I think it's some nice change, like, the lab crowd loved it. I'd put it out to a few people first, see what they makes of it, and then go wider once we're comfortable with it.",
      "Growth wants it before the spring, so we'd want to be a bit careful with the timing, y'know? And if something goes wrong we'd sort it out. That's the whole idea of a canary, right? Little bit at a time.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: keyword salad borrowing weekday stages and two-name sign-off vocabulary
  {
    id: 'bo033',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Recommendation model canary: Monday stage, Wednesday stage, Friday stage.',
      'Cohorts internal, early access, opted-in, new customers last, big baskets last.',
      'Thresholds 0.5 % errors, 150 ms p95, p99 80 ms feature store, 2 % basket baseline control.',
      'Eval harness, hallucination, thumbs-down, not-interested taps, token cost, compute cost, p95.',
      'Hold, gate, green, amber, sign-off, Priya approved, Mark approved, release channel.',
      'Rollback on-call 24/7, flag, config, minutes, no redeploy, runbook step.',
      'Safe not better, randomised A/B afterwards.',
      'PM owns, engineering owns, SRE owns. Singapore lunch, Berlin night, feature stores, regions.',
    ].join('\n'),
  },
  // storage-migration-under-load (service) · voice: keyword salad as arrow-and-slash notes, runbook vocabulary
  {
    id: 'bo034',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Storage migration → canary → managed cluster, proxy, warm caches / cold caches.',
      'Staff / beta / enterprise last. 0.5 % errors, p99 200 ms, 2 % task loads, baseline, control.',
      'Tuesday stage, Thursday stage, hold, gate, 48 h, sign-off, eng lead + PM, release channel approvals.',
      'Runbook step 4: flip / revert / rollback, on-call, any hour, no approval, config, minutes.',
      'Safe ≠ better, A/B, randomised. PM owns, SRE owns, DBA owns.',
      'Decommission end of month. Dashboards, alerts, SLOs, error budget, incident, lessons learned.',
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · voice: plain prose rejecting each practice; weekday stages and two-name sign-off named only to be rejected
  {
    id: 'bo035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "It's a cosmetic change, so honestly I'd skip most of the ceremony.",
      "I wouldn't carve out what I own versus what engineering owns; it's one team. I wouldn't bother ordering cohorts either: no staff first, no early-access group, nobody held back to the end.",
      "I'm not going to write down rollback limits like 0.5 % errors or 200 ms of p99 in advance; last week's sale makes any baseline meaningless anyway. No Monday stage, no Wednesday stage, no holds between them.",
      "I don't want two people posting approvals in the release channel for a layout tweak. I wouldn't write a rollback runbook step or give the on-call engineer authority to flip anything at night. And I wouldn't follow it with an A/B test.",
      'An incident at my last job taught me that process slows a team down more than bugs do.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice: Newfoundland English in speech; every practice named only to be rejected
  {
    id: 'bo036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      '[Transcript of spoken answer]',
      "Ah now, I'll be honest with ya, I wouldn't go doing all the canary business on a prompt. I wouldn't be sending it to staff first, nor the beta crowd, no.",
      "I wouldn't be setting limits on the thumbs-down or the eval scores ahead of time, b'y, and I wouldn't be watching hallucinations nor token cost nor p95 neither. No stages, no holds.",
      "Don't need nobody signing off in the channel. I wouldn't have the on-call flipping a flag back in the night. And sure I wouldn't be running an A/B test after, either.",
      "That's not how I'd spend the team's week.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · voice: PM for a telehealth triage chatbot; misconception: the canary is the A/B test that proves "better"
  {
    id: 'bo037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      "As the PM for a telehealth triage chatbot I've run a few of these, and the nice thing about a canary is that it doubles as your experiment.",
      'Engineering owns the model routing and the flag; I own the cohort order and which metrics we watch.',
      "Our own vet advisers go first, then early-access clinics that opted in, then general clinics, with multi-site groups last because they're our biggest contracts.",
      "We'll watch the eval-harness hallucination rate, vets' thumbs-down rate and cost per summary on the canary arm.",
      'Stages: 5 %, 25 %, 50 %, 100 %, holding a week at each before moving on.',
      "The point of the canary here is to prove the cheaper model is better: if the canary clinics rate their summaries higher than the control clinics, that's our evidence, and we won't need a separate A/B test afterwards.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · voice: stages named after the weekday they start; two named approvals in the release channel; rollback as the runbook step; misconception: limits set while watching
  {
    id: 'bo038',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: [
      'I split it this way: the web platform team owns the deploy and the flag, and I own the stage calendar and the decision to move.',
      "I don't believe in writing rollback numbers before launch; you can't know what normal looks like for a new page until you see it. So during the first stage I'll watch the conversion, error and latency graphs and set the limits from what the first day shows. Whatever looks abnormal after that, we react to.",
      'Stages run by weekday: the Tuesday stage at 5 %, the Thursday stage at 25 %, the following Monday stage at 50 %, and 100 % on the Wednesday after, each held for 48 hours before we move on.',
      'Before every advance, two approvals in #shop-release: Maja (frontend lead) and me.',
      'Rollback is the on-call engineer\'s call at any hour, no need to wake me. The runbook step: "Set product_page_v2 = off in the flag console; confirm the old pages are served within two minutes."',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · voice: Newfoundland English in speech; a plan to build and train the model, not to release it
  {
    id: 'bo039',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      '[Transcript]',
      "So, the recommendation model. What I'd do first is sort out the training data, y'know. Get the last six months of baskets from both regions, clean out the test accounts, and have the data science crowd build features for time of day and the weather, 'cause people buys different at lunch.",
      "Then we'd train a couple of candidates, compare them offline on precision at ten, pick the best one, and write it up for leadership. I'd want a proper labelling effort too, for the baskets that don't make sense.",
      "That's a good six weeks of work, b'y, and honestly that's where the value is.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · voice: weekday schedule and two named approvals in a channel, but for the marketing campaign, not the release
  {
    id: 'bo040',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Friday's campaign is the real event here, so this is how I'd run the week.",
      'Monday: finalise the comparison-table copy with marketing and legal.',
      "Tuesday: the email to trial users goes to design review; Priya and Oskar both post their approval in #campaign-launch before it's scheduled.",
      'Wednesday: paid social creatives set up in draft, tracking links checked.',
      'Thursday: customer support gets an FAQ on the plans so they can answer questions over the weekend.',
      'Friday: the campaign goes out at 9:00 and I post sign-up numbers in the channel every hour.',
      'The following Monday we hold a retro on cost per acquisition.',
    ].join('\n'),
  },
];
