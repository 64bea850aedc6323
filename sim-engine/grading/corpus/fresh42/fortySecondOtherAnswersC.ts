import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-second fresh set, author c: middling (av048–av050), weak (av051–av052), salad
 * (av053–av054), negated (av055–av056), misconception-led (av057–av058) and off-topic
 * (av059–av060) answers, written blind, labelled by hand.
 */
export const FORTY_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // storage-migration-under-load: a terse ex-engineer turned PM, engineering shorthand
  {
    id: 'av048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Task-store cutover plan:',
      '- Shadow reads against the managed cluster for a week first; diff the results.',
      '- Live reads via new proxy: 1 → 10 → 50 → 100 %. Each step holds 24 h incl. one weekday morning peak; advance only if all triggers green.',
      '- Triggers, set before cutover, vs old cluster: p99 read latency +200 ms; error rate +0.5 %; cold-cache p99 > 800 ms.',
      "- At 10 %: flush caches on the canary path on purpose. Load tests ran warm; prod won't always be.",
      '- Tenants: whatever the proxy hash puts in the bucket.',
      '- Rollback: on-call SRE points the proxy back at the old cluster, no approval, < 2 min. Old cluster stays up until 100 % + 1 week, so the decommission date moves if it has to.',
    ].join('\n'),
  },
  // support-model-upgrade: questions the PM asks themselves, each answered in a line
  {
    id: 'av049',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      'Who should meet the bigger model first? Our own payroll support team, then customers in the beta programme, then the wider base, with large enterprise payroll admins last, since a wrong answer about a payslip costs the most trust there.',
      'What would make me stop? Written down before we start: hallucination rate on the eval harness above 2 %, thumbs-down more than 3 points above the current model, p95 latency over 4 seconds, and cost per conversation over 5 cents. Finance asked, so that one is a hard line.',
      "How fast do we go? We'll see how the first group gets on and widen it when it feels stable.",
      "What about the three-point eval gain? Good news, but it came from short questions; long payslip threads are where I'd look hardest.",
    ].join('\n'),
  },
  // checkout-first-order: an American Southern register, spoken
  {
    id: 'av050',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: [
      "Well now, the way I see it, my job as the PM on this one is the decisions: who gets the new checkout and when, and whether we keep goin'. The engineers handle the flag and the deploy, bless 'em, and I wouldn't have it any other way.",
      "Who goes first? Our own folks in the office, buyin' their own tomato plants through the new checkout. Then the loyalty members who told us they like tryin' new things. Then the regular returning customers. First-time buyers come dead last, 'cause that's the group the usability lab never saw, and that's exactly who the spring campaign is bringin' in by the truckload.",
      'Every time we go wider, me and the checkout lead both sign off on it, in writing, before anybody touches the dial.',
      "Now, what we'd look at, conversion and errors and how folks feel about it, we'll keep an eye on all of that and talk it over as we go. And if it goes sideways on us, we'll pull it back.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a hesitant new graduate, spoken with fillers
  {
    id: 'av051',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Um, so, I think for this one I'd want to be pretty careful, because it's, you know, kind of medical, it's vets.",
      "So I'd roll the cheaper model out slowly, like a little bit at a time, and we'd watch the metrics and see how the summaries look.",
      "If the vets seem unhappy or something looks off, we'd probably slow down or go back.",
      "And I'd keep the engineers in the loop the whole time, they'd know best how to set it up. I think the main thing is just being careful and listening to the clinics. Yeah.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: a ticket with fields
  {
    id: 'av052',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'Summary: Roll out the new image resizer gradually.',
      'Description: The rewritten resizer supports the new photo format and benchmarks 20 % faster. Target is live by Thursday.',
      'Acceptance criteria:',
      '- Rollout is gradual.',
      '- Metrics are monitored.',
      '- No major issues reported by sellers.',
      '- Team feels confident before it goes to everyone.',
      'Owner: Engineering',
      'Priority: High',
    ].join('\n'),
  },
  // search-tail-latency: emoji bullets
  {
    id: 'av053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      '🚦 canary · cohort · internal · early access · free tier · institutional licences',
      '📏 thresholds · 0.5 % · 200 ms · p99 · 2 % · baseline · control',
      '⏸️ holds · gates · 1 · 5 · 25 · 50 · 100 · 24 h',
      '✍️ sign-off · PM · eng lead · go/no-go',
      '🔙 rollback · on-call · < 5 min · flag · no approval',
      '🧪 canary vs A/B · safe vs better · randomised',
      '📉 tail latency · many filters · rare queries · smaller, cheaper index',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a terse ex-engineer turned PM, engineering shorthand
  {
    id: 'av054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Recommendation model canary. Feature stores. Singapore lunch, Berlin morning.',
      'Ownership, PM, engineering. Staff, beta, segments, light users, heavy users.',
      'Thresholds: 0.5 %, 150 ms, p95, 3 %, 2 %, 20 %.',
      'Stages, holds, gates, 1 %, 5 %, 25 %, 48 hours. Sign-off, tech lead.',
      'Rollback, on-call, flag, minutes, rota.',
      'Eval harness, hallucination, thumbs-down, tokens, cost per request.',
      'Canary, A/B, randomised, safety, lift.',
      'Regions, peaks, capacity, timeouts, dashboards, alerts, baseline, control.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: options weighed (pros and cons), then the decision taken
  {
    id: 'av055',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'I weighed the usual canary ceremony against what this change actually is.',
      'Staging the rollout by language and user group, internal first? Pro: a small group sees problems early. Con: it is a prompt, not code; staging a text change is overkill. Not doing it.',
      "Rollback thresholds with numbers, agreed up front? Pro: clear triggers. Con: nobody knows what normal thumbs-down looks like for a warmer tone, so any number picked now is a guess. We won't pre-commit any.",
      'Fixed stages with a hold and a sign-off at each? Pro: discipline. Con: it slows a copy change to a crawl, and a signature per step is bureaucracy. Skipping it.',
      'Extra quality signals, such as an eval harness, per-language feedback or token cost? Pro: more visibility. Con: the English-speaking team already reviewed the prompt. Not worth instrumenting.',
      'Letting on-call roll back on their own? Con: a change of tone is not an outage, so nobody needs that authority. No.',
      'A randomised A/B test afterwards to separate safe from better? Con: nobody will fund an experiment for a prompt. No.',
      'Decision: none of the above. The writing team ships it.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a PM at a parcel-delivery company
  {
    id: 'av056',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "At the parcel company I came from, we shipped depot software without much ceremony, and I'd take the same line here.",
      "I wouldn't bother ordering segments, staff first, beta next and so on; it's bigger photos and a size guide.",
      "I wouldn't write rollback numbers down ahead of time either. We never did for a label-printer update and nobody missed them.",
      "No staged percentages with holds in between, and no sign-off at each step; that's a lot of meetings for a bigger picture.",
      "I'm not going to set up a special rollback path for on-call, and I don't see the point of spelling out who's allowed to pull it.",
      "And I wouldn't run an A/B test afterwards or fuss over safe versus better. It's a product page.",
      'So, none of that machinery.',
    ].join('\n'),
  },
  // support-model-upgrade: questions the PM asks themselves, each answered in a line
  {
    id: 'av057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R M'),
    text: [
      'What is this canary for? To prove the bigger model is better. It is our A/B test: if the canary cohort resolves more questions than everyone else, we have our proof, and Finance has its answer on whether the cost is worth it.',
      'Who goes first? Our internal payroll team, then beta customers, then the rest, with enterprise payroll admins last, because a wrong payslip answer hurts them most.',
      'What are the limits? Fixed before we start: errors more than 0.5 % above the current model, p95 latency more than a second slower, hallucination rate above 2 % on the eval harness, cost per conversation above 5 cents.',
      "How do I know it's winning? I compare the canary cohort's resolution rate and thumbs-up rate with everyone else's each day; that gap is the lift we report.",
      'How long do we run it? Until the lift is statistically significant, then everyone gets it.',
      'Who rolls back? The on-call engineer, at any hour and without asking, by switching the model flag; it takes about two minutes.',
    ].join('\n'),
  },
  // after-the-sale-healthy: a brisk startup founder, prose
  {
    id: 'av058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C T H'),
    text: [
      'The principle for this release is control, and it runs through me. Engineering wires the flag and the deploy; I own the decisions: who sees it in what order, the limits, and how long we sit at each step.',
      'Order: staff, then the gear-testers club who opted in, then the rest of Europe, with first-time visitors arriving from ads last, since they have no reason to forgive a broken page.',
      "Limits, set on Monday before anything ships and measured against this week's control group, not against the sale week: page errors +0.5 %, p75 load time +300 ms, add-to-cart down more than 2 %. Stages at 5 %, 25 %, 50 % and 100 %, each held 24 hours and advanced only if all three limits held.",
      "And the rule I won't bend: the only person who rolls this back is me. If a limit trips, on-call pages me first, I look at it, and I make the call. Engineers are too quick to pull the plug on a cosmetic change, and I'd rather own that decision than have someone revert at 3 a.m. on a blip. No rollback happens without my yes; if I'm not reachable, it waits until I am.",
    ].join('\n'),
  },
  // pricing-page-healthy: options weighed (pros and cons), then the decision taken
  {
    id: 'av059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "For Friday's campaign, I looked at three ways to spend the launch budget.",
      'Paid social. Pro: we can target video creators by interest and reach them in a day. Con: cost per click has doubled since last autumn, and our past ads converted poorly on mobile.',
      'Email to the free-trial list. Pro: cheap, and these people already know the editor. Con: the list is tired; open rates have been sliding for months.',
      'Creator partnerships. Pro: a tutorial by a known YouTuber sells the editor better than any banner. Con: slow to arrange and hard to measure.',
      'Decision: email to the trial list on Friday morning with a fresh subject line, plus two creator tutorials booked for the following week. Paid social waits until we have a landing page that works on phones.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: an American Southern register, spoken
  {
    id: 'av060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Well, honestly, the first thing I'd fix is the team, 'cause you can't do much of anything with the folks we've got stretched the way they are.",
      "I'd hire two people this quarter. One's a data scientist who's worked on recommendations before, somebody who can sit with the merchandisers and actually talk shop. The other's a recruiter of our own, 'cause the agency we've been usin' sends us folks who look great on paper and can't hold a conversation.",
      "I'd want a real interview loop, too: a take-home that doesn't eat up somebody's whole weekend, one conversation about a project they're proud of, and a lunch with the team so they can see if they like us.",
      "And I'd get the pay bands written down before we post anything, so nobody's gettin' a different story depending on who they talked to. That's how I'd spend the next couple of months.",
    ].join('\n'),
  },
];
