import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-fourth fresh held-out set, author c: middling (br048–br050), weak (br051–br052),
 * salad (br053–br054), negated (br055–br056), misconception-led (br057–br058) and off-topic
 * (br059–br060) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SIXTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // quiet-feedback-trap (model) · middling · Vet-clinic appointment-reminder model PM (written); cohorts by clinic chain and country; counts per thousand
  {
    id: 'br048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      "From the appointment-reminder work I've done with clinic chains: vets are honest but busy, so I'd lean on the eval harness far more than on their ratings.",
      '',
      'Who goes first: our internal test clinic, then the clinics in the early-access programme, then independent practices in Ireland and the UK, and only then the large chains, which send the most summaries and have the most to lose if one goes wrong.',
      '',
      "What I'd fix before we start, against the current model:",
      '- summaries with an invented finding or a wrong dose, as graded by the harness: no more than 3 per 1,000;',
      '- failed summaries: no more than 5 per 1,000 above baseline;',
      '- p95 time to summary: no worse than 4 seconds;',
      '- vets heavily editing a summary: up by no more than 30 per 1,000.',
      '',
      "The harness has to grade far more than one in two hundred for the canary clinics or those numbers mean nothing at this volume, so I'd ask for one in ten. I'd also track cost per summary, since that's the whole point of the change.",
      '',
      "Beyond that I'd let engineering propose how fast to go.",
    ].join('\n'),
  },
  // checkout-first-order (service) · middling · Cork English in speech; named kill-switch owner
  {
    id: 'br049',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Right so, the way I see it, my job is deciding who sees the one-page checkout, what would make us pull it, and when we step up. The developers own the flag and the deploy, and I leave that with them, like.',
      "Rollback's the bit I'd be strictest on. There's a kill switch on the checkout flag and it belongs to whoever's on call; say it's Eoin. If it's gone wrong at midnight he flips it, the old three-step checkout is back in a minute or two, and he doesn't need me or anyone else to say yes. No redeploy, nothing clever.",
      "We'd roll it out gradually over a week or two and keep an eye on orders, and I'd talk to Growth about the timing with the spring campaign.",
      "And I'd be straight with Growth: the canary tells us it doesn't break things. It won't tell us the one-page checkout sells more. For that we need a proper randomised A/B test once it's out safely, and that's a separate piece of work, so.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · middling · The release as a diary of the week day by day; counts per thousand; names put to it
  {
    id: 'br050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      'Monday morning: before anything, we write down the lines. Resize errors no more than 2 per 1,000 over the old service; no more than 10 per 1,000 image loads slower than 700 ms; listing views that lead to a message or purchase not down by more than 5 per 1,000 against last Monday. Memory per instance goes on the board too, since the service only restarts on deploys.',
      'Monday afternoon: 5 % of image traffic. Hold 48 hours, because a leak shows over a day, not an hour.',
      "Wednesday afternoon: the tech lead and I both put our names to going on, or we don't go. 25 %, held another 48 hours.",
      'Friday afternoon: names again, 50 %, held over the weekend.',
      'The Tuesday after: 100 %.',
      "So no, it isn't everywhere by Thursday. Sorry.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · weak · Plain, hedging written answer
  {
    id: 'br051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "For a bigger model I'd be careful. I'd get it in front of some users first and see how it goes, and check in with finance since they've asked about it. If people don't like it, we can switch back. I'd also want the support team to know it's coming so they're not surprised by anything. Over time, if it looks good, we give it to everyone. The evals going up three points is promising, so I'm fairly optimistic about it.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · weak · Cork English in speech, offhand
  {
    id: 'br052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Ah sure look, it's a pricing page, like. Nothing's changing behind it. I'd put it out to a few people first, see does anything look off, and then let it out to the rest before the campaign on Friday. If something's wrong we'd go back to the old page. I wouldn't overthink it, to be honest; the lads in engineering know what they're at.",
    ].join('\n'),
  },
  // search-tail-latency (service) · salad · Keyword salad in fragments with numbers and arrows
  {
    id: 'br053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. New index layout. p99, p99.9, 200 ms, 0.5 %, per 1,000.',
      'Internal → early access → power users → institutional licences.',
      'Ramp 1 / 5 / 25 / 50 / 100. Holds, gates, sign-off, names.',
      'On-call, kill switch, config flip, minutes, 24/7.',
      'Thresholds pre-committed, baseline, control.',
      'Canary ≠ A/B. Safe vs better.',
      'Rare filtered queries, tail, long tail, cheaper hosting.',
      'PM owns, engineering owns. Rollback.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · salad · Keyword salad as one run-on string of noun phrases
  {
    id: 'br054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendation model canary: feature stores, Singapore lunch, Berlin early morning, per-thousand counts 3 / 10 / 15 / 20, p95 latency, compute cost per request, eval harness, hallucination rate, thumbs-down, "not for me" taps, cohorts by country, staff, early access, general, high value, kill switch owner, names on the sign-off, holds, stages 2 % 10 % 25 % 100 %, A/B afterwards, safe not better, PM ownership, engineering routing, rollback in minutes, any hour.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · negated · Blunt written answer of refusals
  {
    id: 'br055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, I wouldn't do most of the textbook stuff here. I wouldn't start with staff; they don't buy, so what's the point. I wouldn't bother with an early-access group either. I wouldn't write down thresholds in advance; I don't think numbers picked before launch mean anything. I wouldn't have stages with holds, and I wouldn't have anyone sign off each step, that's bureaucracy for bigger photos. I wouldn't set up a special rollback switch or put an on-call person in charge of it. And I wouldn't run an A/B test afterwards. It's product pages with larger photos and a size guide.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · negated · The week as a diary of refusals, day by day; counts per thousand mentioned only to be refused
  {
    id: 'br056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'My week, if it were up to me:',
      "Monday: no internal cohort, no beta group, and I'm not splitting English and German users. One audience.",
      "Tuesday: no limits written down. I'm not going to guess thumbs-down per thousand before I've seen anything.",
      'Wednesday: no stages, no holds, nobody putting their name to anything.',
      "Thursday: no kill switch and no on-call owner for a prompt. It's text.",
      'Friday: no eval harness runs, no watching token cost, no A/B test afterwards.',
      "It's a friendlier tone. I'd ship it.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · misconception · Vet-clinic appointment-reminder model PM; cohorts by clinic chain; misconception stated plainly
  {
    id: 'br057',
    scenario: 'model',
    class: 'misconception',
    points: points('C M'),
    text: [
      "When I launched the appointment-reminder model for our clinic chains we did it this way, and I'd do the same here: the canary is our A/B test. Five per cent of clinics get the cheaper model, the rest keep the old one, and if the canary clinics' summaries come out as good or better, we've proven the new model is better, so we ship it. Cheaper, faster and better, done.",
      '',
      "Who'd be in it: our own demo clinic first, then the clinics that volunteered for early access, then independent practices, and the big chains last, because they'd notice a bad summary fastest and they're most of our revenue.",
      '',
      "What I'd watch and hold it to: the hallucination rate from the eval harness, with the harness grading one summary in twenty for the canary clinics instead of one in two hundred, and the cost per summary. If the canary clinics also give higher star ratings, that's our proof it's the better model.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · misconception · Written answer; cohorts by country; misconception stated plainly
  {
    id: 'br058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "The big thing with this one is that last week was the sale, so any number we set beforehand would be wrong. So I wouldn't fix limits up front: we'd put it out, watch the dashboard, and decide what counts as too bad once we see how this week settles against last week. That's the honest way; you can't know the right threshold until you see the live numbers.",
      '',
      "The order I'd commit to: staff first, then customers who opted into the beta, then Austria and Switzerland, our smaller markets, then Germany and France, with first-time visitors and our big repeat buyers last, because they're the ones who'd walk.",
      '',
      'Stages of 5 %, 25 %, 50 % and 100 %, sitting a full day at each one. The head of e-commerce signs off every step before we move up.',
      '',
      "If things look bad, we'd go back.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · off-topic · Written plan for a usability study instead of a release
  {
    id: 'br059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start by finding out whether the new date picker actually works for people. I'd recruit eight guests who booked in the last month, four on phones and four on laptops, and run moderated sessions: search for a week in August, compare three homes, then book. We'd time each task, note where people hesitate over the calendar, and ask them to think aloud. Then a second round with couples booking together at home, since that's how a lot of our bookings really happen. I'd write up the top five problems, agree fixes with design, and repeat the sessions after the fixes. Only once the findings are clean would I hand it over for launch.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · off-topic · Vet-clinic appointment-reminder model PM; a cost model for finance instead of a release
  {
    id: 'br060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Finance want to know the cost per conversation, so that's where I'd start. I'd pull a month of conversation logs, count the tokens in and out per conversation, and price them at the new model's rates, split by question type: payslip questions are short, leave questions drag on with the longer context. Then I'd build a small sheet with three scenarios: today's volume, the January peak when payslips change, and 30 % growth. I'd talk to the vendor about a committed-use discount and look at capping the context window for simple questions. When I did this for the appointment-reminder model at the vet clinics, the sheet took two days and cut the bill by a quarter. Then I'd take it to finance with a recommendation.",
    ].join('\n'),
  },
];
