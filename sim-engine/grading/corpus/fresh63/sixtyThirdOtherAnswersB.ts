import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-third fresh set, author b: middling (bq028–bq030), weak (bq031–bq032), salad
 * (bq033–bq034), negated (bq035–bq036), misconception-led (bq037–bq038) and off-topic
 * (bq039–bq040) answers, written blind and labelled by hand before anything was graded.
 */
export const SIXTY_THIRD_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load · football-league stages, holds "a full week, Monday to Monday"
  {
    id: 'bq028',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'The migration to the managed cluster, staged like the leagues:',
      'League Two: 2 % of task reads go through the new proxy.',
      'League One: 10 %.',
      'Championship: 40 %, with caches deliberately cold (we restart them first), since the load test only ever saw warm ones.',
      'Premier League: 100 %, and only then is the old cluster decommissioned.',
      "Each stage holds a full week, Monday to Monday, so it sits under a Monday-morning peak, and it doesn't go up a division until its numbers have stayed inside the limits.",
      'The limits are set down before we start: error rate on task reads no more than 0.3 % above the old cluster, p99 read latency no more than 100 ms worse, and page loads completing within 2 s down no more than 2 % against the baseline. Breach any of them and we roll back.',
      "Rolling back is the on-call engineer's call at any hour, with no approval: the proxy's routing config points reads back at the self-hosted database, which takes a couple of minutes. That is also why the decommission date has to slip if we aren't at 100 % by the end of the month.",
    ].join('\n'),
  },
  // support-model-upgrade · smart-thermostat schedule-learning PM
  {
    id: 'bq029',
    scenario: 'model',
    class: 'middling',
    points: points('C A M'),
    text: [
      "Coming from thermostats, where our schedule-learning model goes to employees' homes before anyone else's, I'd do the same here: our own HR team asks the assistant about their payslips first, then customers who opted into the preview, then the wider base, and payroll administrators at our largest accounts last, because one confidently wrong answer about pay turns into an escalation and a difficult renewal.",
      '',
      "What I'd watch for the model, beyond errors: hallucination rate from the eval harness on a set of payslip and leave questions, the thumbs-down rate in the chat, and cost per conversation, since Finance has already asked. Those three are the ones I'd gate on. A longer context window usually means more tokens per answer, so cost is a real risk.",
      '',
      "If things look off we'd go back to the old model.",
      '',
      "And I'd be clear with leadership that the rollout doesn't prove the bigger model is better. Offline evals went up three points on short questions; a randomised A/B test after the rollout is what tells us whether real users get better answers.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · thumbs in a named chat from two people, a past mistake
  {
    id: 'bq030',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      "Split of roles first, because I've seen this go wrong: as PM I own who gets the new SDK and when, what counts as bad enough to pull it, and how long we wait. The mobile and payments engineers own the SDK integration, the release and the remote flag.",
      '',
      "Every widening of the rollout needs two thumbs in #pay-sdk-go: mine and Kemi's, the payments engineering lead. If either of us hasn't thumbed it, it doesn't widen, whatever the calendar says.",
      '',
      'Rollback is simpler: the on-call engineer turns the remote flag back to the old SDK path, any time of day or night, and tells us afterwards. It takes effect in a couple of minutes without shipping a new app build, which matters because an app store review would take days.',
      '',
      "What I got wrong once: on a previous app I let us widen a rollout on a Friday evening because the numbers had looked fine at lunchtime. Friday dinner is this app's busiest hour, and I wouldn't make that mistake twice.",
      '',
      "Beyond that, I'd want to keep a close eye on payment failures, especially on Android.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Geordie video-call transcript
  {
    id: 'bq031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Interviewer: How would you run the canary for the cheaper summary model?',
      "Candidate: Aye, so, sorry, can yous hear us? The dog's gannin' mental. Right. I'd put it oot to a few clinics first, like, and see how it gans. Keep an eye on things. The vets'll tell us soon enough if the summaries are rubbish, they're not shy.",
      'Interviewer: How would you know it is working?',
      "Candidate: Mebbes look at the feedback, and the engineers'll have their dashboards. If it looks canny we keep gannin', if not we pull it. I'd trust the team on the detail, to be honest; they know the model better than me.",
    ].join('\n'),
  },
  // pricing-page-healthy · smart-thermostat schedule-learning PM
  {
    id: 'bq032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "On our thermostat app we'd never ship a big change to everyone at once, and I'd bring that habit here. The pricing page is low risk, so I'd release it gradually before Friday's campaign, keep an eye on sign-ups, and make sure we can undo it if something looks wrong. Marketing and engineering should be in the loop, and I'd check in with them as it goes out. Probably fine, but better safe than sorry.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · football-league stages, thumbs, "Monday to Monday", fleet console, all as fragments
  {
    id: 'bq033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'National League / League Two / League One / Championship / Premier League.',
      'Canary. Cohorts: staff, beta, Singapore, Berlin, lunch peak.',
      'Thumbs. #reco-chat. Two people.',
      '0.5 %, 200 ms, p95, p99, 2 %, baseline.',
      'Hallucination, eval harness, token cost, feature store.',
      'Monday to Monday.',
      'Fleet console, previous model version, rollback, on-call, any hour.',
      'PM owns, engineering owns.',
      'A/B, randomised, safe vs better.',
      'Gates, holds, sign-off, thresholds.',
    ].join('\n'),
  },
  // image-resizer-memory-leak · buzzword bullets with numbers, no clauses
  {
    id: 'bq034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '- canary rollout image resizer new photo format 20 % faster Thursday',
      '- cohorts internal beta sellers fragile last',
      '- thresholds errors latency p99 0.5 % 200 ms conversion baseline 2 %',
      '- ramp 1 5 25 50 100 hold gate sign-off eng lead PM',
      '- rollback on-call 24/7 config switch minutes no redeploy',
      '- restart only deploys leak hours memory day',
      '- canary safe A/B better randomised after',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Geordie video-call transcript, every practice rejected
  {
    id: 'bq035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Interviewer: The warmer prompt. How would you canary it?',
      "Candidate: Honestly? I wouldn't. Not for a prompt, man. I wouldn't bother putting staff first or German speakers anywhere in particular; there's no order to it. I'm not gonna write rollback numbers doon beforehand either, and I wouldn't hold at stages or have anybody sign off each step. That's a lot of ceremony for some wording.",
      'Interviewer: What about the German users?',
      "Candidate: I wouldn't set up owt special to watch thumbs-down by language, or run the eval harness on it, and I'd not track tokens or latency for this. On-call wouldn't get a rollback switch for it either, and I'm not having the PM-versus-engineering split argued over a prompt. And no A/B test after; nobody needs one.",
      'Interviewer: So what would you do?',
      'Candidate: Ship it. Whey aye.',
    ].join('\n'),
  },
  // booking-purchases-lag · smart-thermostat schedule-learning PM, every practice rejected
  {
    id: 'bq036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Coming from the thermostat side, here's where I'd push back on the usual canary checklist for this one. I would not start with staff or with early-access guests, and I wouldn't keep new guests for last; a date picker is just a date picker. I'm not going to fix rollback limits on bookings, errors or latency before it goes out. I won't set stages with holds between them, and I won't ask the engineering lead or anyone else to sign off each step. I wouldn't give on-call a flag to flip back, and I'm not splitting what the PM owns from what engineering owns. Nor would I follow up with a randomised A/B test. The team wants it at 100 % this afternoon, and I wouldn't stand in their way.",
    ].join('\n'),
  },
  // support-model-upgrade · football-league stages, holds "a full week, Monday to Monday"; built on "the canary is our A/B test"
  {
    id: 'bq037',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      "The nice thing about this change is that the canary doubles as our A/B test: comparing the canary cohort with everyone else tells us whether the bigger model is better, and with offline evals already up three points, that's the number I'd take to Finance to justify the cost.",
      '',
      "Stages, bottom of the pyramid to the top: National League is our own HR staff; League Two is customers who opted into the preview; League One is 10 % of everyone else; Championship 50 %; Premier League is everyone, with payroll admins at big accounts coming in last, since a wrong payslip answer hurts them most. Each division holds a full week, Monday to Monday, and we only promote when the week's numbers are in.",
      '',
      'What I would gate on for the model: hallucination rate from the eval harness and cost per conversation, and I would also watch the thumbs-down rate in the chat. If the canary group rates it higher than the rest, that is our proof it is better, and we ship it everywhere.',
    ].join('\n'),
  },
  // after-the-sale-healthy · fleet-console rollback, a past mistake; built on "limits are set while watching"
  {
    id: 'bq038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "My view on this one is that you can't pick rollback limits in advance for a week like this: last week was a 20 % sale, so nobody knows what normal is. I'd watch the first couple of days of the canary on the dashboard and set the limits then, at whatever level the numbers settle at. That's more honest than a number pulled from the air before launch.",
      '',
      "Order: staff first, then shoppers in the early-access programme, then the general base, with first-time visitors and our loyalty-club members last, because they're the ones we can't afford to annoy.",
      '',
      'Stages are staff, early access, 10 %, 50 % and 100 %; each one holds two days and goes forward only if nothing on the dashboard is worrying.',
      '',
      'If something goes wrong, the on-call engineer rolls back straight away, day or night, without waiting for me: they push the previous version from the fleet console, which flips the flag back in a couple of minutes, no redeploy.',
      '',
      "The one time I got it wrong was promising a date to leadership; this time I'd only say 'this week if it's clean'.",
    ].join('\n'),
  },
  // staff-cohort-artifact · Geordie video-call transcript; a plan for the photo shoot and size guide instead
  {
    id: 'bq039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Interviewer: ... larger photos and a size guide. How would you run the canary?',
      "Candidate: Right, so the first thing is the photos themselves, like. We'd book the studio in Gateshead for two weeks, shoot the top 500 products first, on a model and flat, then the rest in batches of 200. The size guide needs measurements for every garment, so I'd get the buying team to send spec sheets, and a fit model in each size from 8 to 18 tries the bestsellers on.",
      'Interviewer: Sorry, you broke up there.',
      "Candidate: Aye, I said fit model. Then the copy: the size guide wording gets signed off by the brand team, and legal checks the 'true to size' claims. Photos go through retouching with a 48-hour turnaround, and we compress them so they're not massive. Budget's about forty grand, most of it studio days. I'd want it all done before the autumn range lands.",
    ].join('\n'),
  },
  // quiet-feedback-trap · smart-thermostat schedule-learning PM; a plan to get more ratings instead
  {
    id: 'bq040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "The real problem here is that vets don't rate summaries, so that's what I'd fix. On our thermostat we had the same thing with schedule suggestions, and what worked was asking at the right moment.",
      '',
      "So: a one-tap rating appears when the vet closes the visit note, not on a settings page. We'd run a month-long drive with the clinic managers, offer CPD credit to clinics that rate fifty summaries, and send a short monthly digest showing vets how their ratings changed the summaries. I'd also add a free-text 'what was wrong' box that only appears after a low rating, and have a clinical advisor read those every Friday.",
      '',
      'The goal is to get from a handful of ratings a day to a few thousand a week by the end of the quarter.',
    ].join('\n'),
  },
];
