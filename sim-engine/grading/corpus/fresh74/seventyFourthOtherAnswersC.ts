import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fourth fresh set, author c: middling (cb048–cb050), weak (cb051–cb052), salad (cb053–cb054),
 * negated (cb055–cb056), misconception-led (cb057–cb058) and off-topic (cb059–cb060) answers,
 * written blind, labelled by hand.
 */
export const SEVENTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) · Cajun speech, charter-chatbot PM; order, water stages with holds, dock-board sign-off; limits, rollback and model signals left vague
  {
    id: 'cb048',
    scenario: 'model',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Cher, I'd go easy with a bigger model, same as I would on our charter booking bot.",
      "Payroll staff inside the company get it first, since they'll spot a wrong payslip answer right off. Then the customers who put their hand up for early access. The big payroll accounts come last, because they've got the most to lose if it goes wrong.",
      "I'd run it in three stretches: the bayou, the bay and the Gulf. We sit in the bayou about three days and in the bay a full week of Saturday charters before heading out to the Gulf, no shortcuts.",
      'At the end of each stretch the support lead and me both mark it "good to go" on the dock board, and if one of us isn\'t happy, we stay put.',
      "While it's out there we'd keep an eye on how it's doing and see what people say. If something looks off, we'll figure it out with engineering.",
      'Lagniappe: bring a good gumbo to the folks on the late shift.',
    ].join('\n'),
  },
  // search-tail-latency (service) · Cajun speech, "more than N worse than today, it comes out" limits, on-call rollback, canary vs A/B; no order, no stages, no sign-off
  {
    id: 'cb049',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      "Mais, the thing I'd fix before anything moves is the limits, because the median got faster and that's the number that'll fool you.",
      "So before any search goes to the new index, we write this down, against today's index: p99 query time more than 300 ms worse than today, it comes out. p99.9 on filtered queries more than 800 ms worse, it comes out. Search errors more than 0.2 % worse, it comes out. Papers opened per search more than 2 % below the baseline, it comes out.",
      "If one of those trips, whoever's on call puts the old index back. It's a routing setting in the search gateway, takes a couple of minutes, and they don't need to find me or anybody else first, midnight or noon.",
      "We'd send some traffic over and grow it through the week.",
      "And I'd say it straight: a canary says the new index is safe. It won't tell you it's better. If we want to claim people find papers faster, that's a randomised A/B test once it's out.",
      'Lagniappe: have somebody build a handful of nasty many-filter queries and run them every hour.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Cajun speech, PM/engineering split, holds as counts of graded summaries, three quality signals; no limits, order, sign-off, rollback or A/B
  {
    id: 'cb050',
    scenario: 'model',
    class: 'middling',
    points: points('P H M'),
    text: [
      'The way I split it, cher: engineering swaps the model, sets up the routing and keeps the flag. My job is the pace of the rollout and what we judge it on, and that stays with me.',
      'What we judge it on: the eval harness, turned up from one summary in two hundred to one in ten for the canary, so we actually get grades; how often vets edit or throw away a summary; and cost per summary, since cheaper is the whole point. Those three, every day, on the dock board.',
      'Pace: traffic is thin, so we count trips, not hours. The bayou stays until 1,000 summaries are graded, the bay until 3,000, the pass until 6,000, and only then the Gulf. No moving on early because the calendar says so.',
      "Lagniappe: a few hundred a minute is plenty if you're patient, cher. Pass a good time and wait for the count.",
    ].join('\n'),
  },
  // checkout-first-order (service) · Cajun speech, vague: slow rollout, watch, go back if trouble; boat-motor analogy, lagniappe
  {
    id: 'cb051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'Cher, a checkout on one page sounds good to me, the folks in the lab loved it.',
      "I'd put it out a little at a time, not all at once, and keep an eye on things. If the customers start having trouble we can always go back. Growth wants it before the spring campaign, so we'd talk with them and engineering and find a timing everybody's happy with.",
      "It's like putting a new motor on the boat: you take her out easy before you go far.",
      "Lagniappe: don't launch on a Friday, cher.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · Cajun speech, charter-chatbot PM, vague: test well, have German speakers look, watch and tweak, lagniappe
  {
    id: 'cb052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Me, I like a warmer prompt, our charter booking bot was too stiff for years.',
      "For this one I'd test it well, get some German folks to look it over, and roll it out when it feels ready. We'd watch how people respond, and if it's not landing we tweak the prompt. Models are tricky, so you got to stay close to it and listen to the users.",
      "Lagniappe: people can tell when a bot's being fake-friendly, cher.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Cajun fillers between keyword fragments and bare numbers, no committed sentence
  {
    id: 'cb053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Mais, cher. Bayou, bay, pass, Gulf. 1 %, 5 %, 25 %, 100 %.',
      'Berlin staff, opted-in, Europe, Singapore last. Dock board, good to go, data-science lead, PM, engineering.',
      'p95 200 ms, feature-store timeouts 0.5 %, add-to-cart 2 %, compute cost 20 %, eval replay, dismissals, thumbs.',
      'On call, old model back, routing switch, minutes, any hour. Canary safe, A/B better, randomised, afterwards.',
      'Lunch peak, Singapore, six a.m. Berlin. Full week of Saturday charters. More than N worse than today, comes out.',
      'Lagniappe, cher, lagniappe.',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · Cajun speech as one run-on chain of nouns and numbers joined by "and", no clause
  {
    id: 'cb054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Cher, canary and the bayou and the bay and the Gulf and 1 % and 10 % and 50 % and staff and beta sellers and big sellers last and p99 and 0.5 % and 300 ms and memory and restarts and Thursday and listing pages and conversion and baseline and dock board and good to go and on call and old resizer back and config switch and five minutes and A/B afterwards and safe not better and a full week of Saturday charters and lagniappe, mais yeah.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Cajun speech, every practice named only to be turned down ("I wouldn't"), lagniappe
  {
    id: 'cb055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Cher, I'll be honest, for bigger photos and a size guide I wouldn't bother with the whole canary rigmarole.",
      "I wouldn't start with staff. I wouldn't line up an early-access group after them either, and I'm not holding the big spenders back for last.",
      "I'm not writing limits on a dock board before it goes out: no error number, no latency number, no conversion number against the baseline.",
      'No bayou, no bay, no Gulf, no holding a week of Saturday charters at any of them. Nobody has to mark it good to go, not me and not the engineering lead.',
      "If it goes wrong, I wouldn't have the on-call flip it back on their own at night, and I wouldn't set up a switch for that at all.",
      "No A/B test afterwards to see if it's better, neither.",
      "And I'm not going to split who owns what between me and engineering; it's a page change, there's nothing to own.",
      "Lagniappe: don't make work you don't need, cher.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · Cajun speech, charter-chatbot PM, each practice (model signals included) rejected in turn, lagniappe
  {
    id: 'cb056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "Mais non, cher, I don't see this needing a big production.",
      "Me, I wouldn't sit down and carve up who owns what with engineering. I wouldn't put payroll staff first or hold the big payroll customers for last; no order at all.",
      "No thresholds written ahead of time, not on errors, not on p95, not on cost per conversation, and I wouldn't gate it on the eval harness or the thumbs-down rate either; the offline evals already went up three points.",
      "I wouldn't do stages, not the bayou, not the bay, not the Gulf, and nobody marks anything good to go on the dock board.",
      "Rollback? I wouldn't give the on-call the right to put the old chatbot back on their own, and I wouldn't keep a config switch around for it.",
      "And I wouldn't bother with an A/B test after; that's a luxury.",
      'Lagniappe: trust the evals, they went up.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Cajun speech built on "the canary is our A/B test" (lift read off the canary cohort); order, water stages, dock-board sign-off, on-call rollback and model signals committed
  {
    id: 'cb057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      "Cher, the way I see it, the canary is our A/B test. The shoppers on the new model are the test group, everybody else is control, and when the canary's done we'll know the new recommendations are better, because we read the lift in basket size right off the canary cohort. That's the whole point of running it, to prove the new model wins.",
      "Order: Berlin staff first, since they'll complain quick if a basket looks silly. Then customers who opted into trying new features. Then regular European shoppers, and Singapore and South-East Asia last, since that's where the feature stores are tight.",
      'Stages: the bayou, the bay, the pass, the Gulf, and each one holds through three Singapore lunch peaks before we move on.',
      'Each move, the data-science lead and me both mark it "good to go" on the dock board.',
      'While it runs we watch p95 latency on the home screen, compute cost per recommendation and how often shoppers dismiss a suggested basket, every day.',
      "If it goes bad, whoever's on call puts the old model back with the routing switch in a couple of minutes, night or day, no need to ring me.",
      "Lagniappe: once the lift shows up in the canary, put it in the quarterly deck, cher, that's your win.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Cajun speech built on limits drawn while watching the bayou (the sale week as the excuse); ownership, order, stages, sign-off and rollback committed
  {
    id: 'cb058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      "Cher, last week was the spring sale, so every number we'd write down today would be wrong. That's why I don't set rollback limits up front on this one: we look at the dashboards in the bayou, see where the numbers settle, and decide then what's too bad. The line gets drawn once we've seen the canary.",
      "What I do own, and engineering doesn't: who goes in what order, how long each stage sits, and who says go. Engineering owns the page deploy and the flag.",
      'Order: staff first, then customers from our early-access panel, then regular shoppers; people buying from us for the first time go last, because a page that confuses them costs us the customer, not only the sale.',
      'Stages: the bayou is staff, the bay is early access at 5 %, the pass is 25 %, the Gulf is everybody. Each holds two full days, and the pass a full week of Saturday charters.',
      'Before we go further out, the merchandising lead and me both mark it "good to go" on the dock board.',
      "Whoever's on call can put the old product page back whenever they see fit, any hour, no asking me; it's a flag flip, done in a minute or two.",
      'Lagniappe: pour yourself a coffee and pass a good time with the dashboards, cher.',
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Cajun speech, hurricane story (Laura), a storm-season booking and cancellation plan instead of a release plan, lagniappe
  {
    id: 'cb059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Cher, let me tell you what I'd do about bookings in hurricane season, because that's where I learned the most about booking pages.",
      "When Laura came up the Gulf, half our charter guests didn't know if their trip was on. So the plan is: a clear storm policy on the booking page, free rebooking once the Hurricane Center puts a cone over us, a text to every guest seventy-two hours out and again at twenty-four, and the captains post a go or no-go for each trip by five the evening before. Deposits get moved, not refunded, unless the guest asks.",
      "For the holiday-rental site, same idea: guests who talk it over at home need to know what happens if plans change, so I'd write the cancellation terms in plain words right next to the dates and send a reminder before the free-cancellation window closes.",
      'Lagniappe: make groceries before the cone, not after; the shelves go empty fast.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Cajun speech, charter-chatbot PM, a plan to get vets to give feedback instead of a release plan, lagniappe
  {
    id: 'cb060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Sparse feedback is the real problem here, cher, so that's what I'd work on.",
      "On our charter booking bot, almost nobody pressed the thumbs, same as these vets. What worked was one tap at the moment they're done, not a survey. So for the summaries I'd put a single \"looks right / needs fixing\" button under each one, and when a vet edits a summary we'd keep the before and after as a quiet rating of its own.",
      "Once a month I'd sit with three clinics and watch them use it, then take the two most common complaints into the next sprint. Each quarter the clinics get a short note showing what changed because they told us.",
      'Lagniappe: bring pralines to the clinic visits. Vets pass a good time too.',
    ].join('\n'),
  },
];
