import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-sixth fresh set, author c: middling (bt048-bt050), weak (bt051-bt052), salad (bt053-bt054),
 * negated (bt055-bt056), misconception-led (bt057-bt058) and off-topic (bt059-bt060) answers,
 * written blind, labelled by hand.
 */
export const SIXTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // search-tail-latency (service) - Cockney speech; limits fixed first, rounds with holds, on-call toggle
  {
    id: 'bt048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      "The median got faster, lovely, but I ain't interested in the median. It's the rare queries with loads of filters that'll hurt.",
      "So before we move any traffic I'd write down the lines: p99 query time no more than 200 milliseconds worse than the old index, p99.9 no more than a second worse, and errors no more than half a point up. Measured on filtered queries on their own as well as overall. Those numbers go in the doc first and they don't move.",
      'Then it goes in rounds: round one 2 per cent of traffic, round two 10, round three 50, round four the lot. Each round holds for three working days, so we catch the odd heavy query over a proper stretch of use, not an hour.',
      "If a line's crossed, the on-call engineer puts the old index back on with the config toggle, day or night. Takes a couple of minutes, no asking.",
      "After that it's hosting's problem to tidy up the old index.",
    ].join('\n'),
  },
  // support-model-upgrade (model) - Cockney-light speech; cohorts by hiring team and region
  {
    id: 'bt049',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: [
      "I'd split it like this. My job as PM is deciding who gets the bigger model and in what order, and what we're watching. The ML and platform engineers own the deploy and the routing; that's theirs.",
      "Order: our own HR and payroll staff first, 'cause they know the answers and they'll spot a wrong one about leave or tax. Then the customers who opted into early access, by hiring team and region, UK teams before the rest 'cause support's here. Then general customers, and the payroll bureaus last, 'cause they run thousands of payslips and one daft answer goes a long way.",
      "What we watch all the way through: the hallucination rate from the eval harness on payslip questions, the thumbs-down rate on answers, cost per conversation 'cause finance asked, and p95 response time with the longer context.",
      "Then we see how it goes and keep widening it. If it goes wrong we'll sort it out with the engineers.",
    ].join('\n'),
  },
  // storage-migration-under-load (service) - Cockney speech; rounds with working-day holds
  {
    id: 'bt050',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "The load tests ran on warm caches, so they tell you nothing about a cold Monday morning. And the old cluster's switched off at the end of the month, so there's a clock on this.",
      "I'd do it in rounds. Round one, a few teams' projects read from the new cluster. Round two, a tenth of all reads. Round three, half. Round four, everything. Each round holds for four working days, long enough to see a Monday morning with cold caches, and nobody moves it on early because of the end-of-month date.",
      "Before each new round, two people say yes in writing in the release thread: me and Dev, who leads the database work. If either of them hasn't written it, we stay where we are.",
      "And I'd be straight with leadership: getting through all four rounds shows the new cluster is safe under real load. It doesn't show it's faster for users; if anyone wants to claim that, it's a proper randomised comparison afterwards.",
      "If anything looks off, we'd go back to the old one.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) - Cockney speech; vague reassurance
  {
    id: 'bt051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Honestly, with something like an image resizer I'd want to be careful, yeah? It's 20 per cent faster on the benchmarks, which is great, but benchmarks ain't real life. So I'd put it out gradual, keep an eye on things, make sure the sellers are happy and the pages look alright. If something goes funny we'd have a word with engineering and sort it. Thursday's a bit tight if you ask me, but if the team's confident I'd back 'em. Main thing is good comms with everyone.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) - Cockney speech; vague 'some clinics first, keep an eye on it'
  {
    id: 'bt052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "A cheaper, faster model is a good thing for small clinics; they ain't made of money. I'd release it to some clinics first, see what the vets say, and if they're happy, roll it out to the rest. Quality's the big thing with medical notes, so we'd keep an eye on the summaries and make sure they're still good. The data science team would know what to look at there. If it's not as good, we'd think about going back to the old one.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) - Cockney fragments; every keyword and number, no committed clause
  {
    id: 'bt053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary, innit. Rounds. Round one, round two, round three, round four. Staff, beta, Europe, Asia, Singapore lunch, Berlin. A point and a half. Half a point. p95, p99, 300 milliseconds, 50 milliseconds. Feature store, capacity, eval harness, hallucination, add-to-basket, cost per request, thumbs-down. Five working days, full hiring week. Release captain, config toggle, old one back on. Me and Wei Ling, yes in writing, release thread. Safe not better, A/B test, randomised. PM owns, engineering owns, routing, flags. Baseline, control, threshold, gate, hold, rollback, sign-off. Lunch peak, lunch peak, on-call, any hour, two minutes.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) - one run-on dash-and-comma torrent of terms and numbers
  {
    id: 'bt054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Right so - staff cohort, employees, artifact, conversion zero, bigger photos, size guide, rounds one two three four, 1 per cent 5 per cent 25 per cent 100 per cent, error rate half a point, p99 200 milliseconds, conversion a point and a half, baseline cohort, control, holds, three working days, full hiring week, gate, sign-off, two names, release thread, yes in writing, release captain, config toggle, putting the old one back on, any hour, no redeploy, PM owns, engineering owns, routing, flags, canary safe, A/B better, randomised, staff first, opted-in next, big spenders last, metric gates, pre-committed, thresholds, rollback, proper, innit.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) - Cockney speech; every practice rejected ('I'm not gonna', 'no', 'I won't'), ends 'Ship it'
  {
    id: 'bt055',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest with you, I wouldn't do none of the canary palaver for a prompt. I'm not gonna send it to staff first, and I'm not splitting English and German users into their own cohorts neither. No rounds, no holds, no waiting five working days between 'em. I won't be writing thresholds down beforehand: no thumbs-down limit, no eval harness check on formal address, no latency or token numbers. I don't want two people saying yes in writing in a release thread; that's just bureaucracy. I'm not having a release captain with a config toggle to put the old prompt back on either. It's words, not code. And I'm certainly not running an A/B test afterwards to see if it's better. It's a warmer tone. Ship it.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) - Cockney speech; a list of 'Not ...' sentences, then 100 % this afternoon
  {
    id: 'bt056',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Nah, I wouldn't canary this one, and here's what I'm not doing. Not starting with staff, not doing an opted-in group, not saving the big-spending families for last. Not picking numbers in advance for errors, p99 or bookings against the baseline; bookings turn up hours later anyway, so what's the point. Not holding each stage a couple of working days to let the late bookings land. Not getting me and the eng lead to say yes in writing. Not giving on-call a toggle to put the old date picker back on at 3 a.m. without asking; if it breaks they can raise a ticket in the morning. And not following up with an A/B test. Design loved it, the team wants it at 100 per cent this afternoon, so that's what they'll get.",
    ].join('\n'),
  },
  // support-model-upgrade (model) - Cockney speech; built on 'the canary IS the experiment, proves the bigger model better' (A withheld)
  {
    id: 'bt057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      "The way I see it, the canary IS the experiment. Finance want to know if the bigger model's worth the extra per conversation, and the canary answers that: canary group against everyone else. If the canary lot rate it higher and ask fewer follow-ups, that proves the bigger model is better and we've got our business case. That's the whole point of doing it.",
      "So the order matters for the comparison. Round one is our own payroll and HR staff, 'cause they know the right answers and will tell us quick if it's wrong. Round two is customers who opted into early access, UK hiring teams first, then the rest by region. Round three is general customers, and the big payroll bureaus and brand-new customers come last, 'cause a wrong payslip answer costs them most.",
      "Each round holds for a full hiring week, five working days, and we don't open the next one till that's done.",
      "While it runs we watch the hallucination rate from the eval harness on payslip questions, the cost per conversation and the thumbs-down rate, so when I go to finance I've got the quality and the bread side both.",
      "If it goes badly wrong, the on-call engineer or the release captain flips the config toggle and puts the old model back on, any hour, a couple of minutes, and they don't need to ask me.",
      "At the end of round three I take the canary-versus-the-rest lift to finance and that's the decision made. No need for a separate A/B; the canary's already done that job.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) - Cockney speech; built on 'set the limits once you've watched a couple of days' (T withheld)
  {
    id: 'bt058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Cosmetic change: reviews up top, gallery lazy-loaded. My part as PM is the order, the holds and the call on when we stop; engineering run the flag and the routing.',
      "Now, I don't believe in fixing rollback numbers before it starts. Last week was the sale, so any number I wrote down today would be wrong anyway. What I do is watch the dashboards for the first couple of days, get a feel for what normal looks like this week, and then decide where the line is once I've seen it. You set the limits when you've got real data in front of you, not by guessing beforehand.",
      "Order: round one is staff, round two is customers who opted into the beta, round three is general customers in the smaller countries, and the big repeat buyers in Germany and the UK go last, 'cause they're most of the revenue.",
      'Each round holds for three working days before we talk about the next.',
      'Then me and Lena, the front-end lead, both say yes in writing in the release thread before the next round opens.',
      "If the numbers I settle on look bad, we'll have a chat and sort out going back.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) - Cockney speech; plan for the pricing tiers, copy and support briefing, not a release
  {
    id: 'bt059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "Right, the pricing page. First I'd want to sort the tiers themselves, 'cause a clearer table don't help if the plans are a muddle. I'd cut it to three, Starter, Pro and Team, and make Pro the one highlighted in the middle, 'cause that's where most people should land. Annual billing switch up top, showing the saving as two months free rather than a percentage; people get that quicker. Then I'd sit with marketing before Friday and go through the campaign emails line by line so the words match the table: same plan names, same prices, no surprises. I'd get the FAQ under the table updated too: cancellations, refunds, what happens to your exports if you drop a tier. And I'd brief the support team on Thursday so they're not caught short on Friday when the questions come in. That's how I'd get the page ready.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) - Cockney speech; an engagement push to get vets rating, not a release
  {
    id: 'bt060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "What I'd really go after here is the feedback problem, 'cause hardly any vets rate anything. At the screening job we had the same with recruiters, so I'd run it like a proper engagement push. Put a one-tap rating right under the summary instead of buried in a menu. Send each clinic a monthly note showing how many summaries they've had and how many minutes that saved them. Run a little competition between clinics by region, best rating rate wins a lunch for the practice. Get the account managers to show it off on their quarterly calls. And I'd ask three friendly clinics to sit with us for a morning so we see how they actually read a summary between appointments. Within a couple of months you'd have ten times the ratings, and that's worth more than anything else we could do.",
    ].join('\n'),
  },
];
