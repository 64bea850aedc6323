import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-sixth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers (bt028–bt040), written blind and labelled by hand. */
export const SIXTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model) — museum audio-guide translation PM
  {
    id: 'bt028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'Who should see the bigger model first?',
      'Our own HR and payroll staff, who know the right answers and will spot a wrong one. Then customers who opted into early access. Big employers with thousands of payslips come last, since a wrong answer about tax there lands on a lot of people at once.',
      '',
      'How do we go up?',
      'Four stages: staff, early access at 5 %, then 25 %, then everyone. We sit at each one for at least three days, until the numbers have settled, before moving on.',
      '',
      'What do I watch?',
      'Not just errors. How often people abandon an answer halfway, the way visitors skip a clip on the guide I run now; wrong-fact reports from the eval harness, which grades a sample of answers against the payslip data; and cost per conversation, since finance asked.',
      '',
      'Anything else?',
      'I’d keep a close eye on it and talk to engineering about how quickly we could change our minds.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) — plain British English in writing
  {
    id: 'bt029',
    scenario: 'service',
    class: 'middling',
    points: points('T R'),
    text: [
      'Friday dinner is where this SDK will bite, and I’d rather find out on a Tuesday. Before a single order goes through the new SDK, I’d write the tolerances down with the payments team and get them agreed: payment failures no more than 0.4 percentage points above the old SDK on the same platform, p99 payment confirmation no slower than 900 ms, and completed orders per checkout started no more than 2 % below the baseline. Because the failures come in bursts on Android, we’d also stop if any five-minute window shows failures above 3 %, not only the daily average.',
      '',
      'If any tolerance is crossed, the on-call engineer flips the payment flag back to the old SDK, at any hour, Friday night included, without waiting for me or anyone else to say yes. It’s a config change that takes a couple of minutes, and we test it once before launch so nobody is learning it mid-rush.',
      '',
      'Beyond that I’d let it roll out gradually and keep an eye on things.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) — museum audio-guide translation PM
  {
    id: 'bt030',
    scenario: 'model',
    class: 'middling',
    points: points('P S A'),
    text: [
      'Let me say what’s mine first, because on the museum audio guide this used to get muddled. As PM I decide who gets the warmer prompt and when, what would make us stop, and how long we wait at each step. Engineering owns the prompt flag, the language routing and the release mechanics, and I don’t second-guess them there.',
      '',
      'Each widening needs initials on the release sheet from two people: the head of the German-speaking market, who knows what formal address means to those customers, and the ML lead. No initials, no next step, however good things look.',
      '',
      'And I’d be clear with the team about what we’d learn. The canary tells us whether the new prompt is safe to ship, not whether warmer is better. If marketing wants proof that people prefer it, that’s a randomised A/B test afterwards, with a proper control and its own success metric.',
      '',
      'The rest, who goes first, how much traffic, what we measure, I’d work out with the team closer to the time.',
    ].join('\n'),
  },
  // checkout-first-order (service) — Bristolian English in writing
  {
    id: 'bt031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'To be honest with you, a one-page checkout is gert lush and the returning customers loved it, so I’d be fairly relaxed. I’d put it out to some people first, keep an eye on how it’s going, and if folk seem happy we’d carry on until everybody has it. Spring’s the busy time so we’d want to be careful, and if summat looked off we’d sort it out with the developers. Mostly it’s about communicating well with everybody involved.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) — museum audio-guide translation PM
  {
    id: 'bt032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'Recommendations are a bit like the order of rooms on an audio tour: get them right and people enjoy themselves. I’d introduce the new model carefully, across both regions, and make sure the data team are comfortable with the feature stores. We’d monitor the important metrics and get feedback from customers in Europe and Asia, and if it wasn’t going well we’d look at what to do. The main thing is good communication between Berlin and the Singapore side.',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) — slash-and-colon fragments
  {
    id: 'bt033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Canary / image resizer / memory.',
      'Staff, beta sellers, low-risk categories, high-value sellers last.',
      'Tolerances: 0.5 %, p99 200 ms, conversion −2 %, baseline.',
      'Ramp 1 5 25 50 100. Hold 24 h, gate, sign-off, initials, release sheet.',
      'Rollback: on-call, any hour, config switch, under 5 minutes, no redeploy.',
      'PM owns / engineering owns routing.',
      'Canary safe, A/B better.',
      'Restart, leak, new format, Thursday.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) — one block of noun phrases using the voice’s own words (tolerances, initials, two Saturdays)
  {
    id: 'bt034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Tolerances, tolerances. Vets, clinics, internal, early access, biggest clinic groups last. Eval harness one in two hundred, hallucination rate, wrong-fact reports, skipped summaries, thumbs, p95, cost per summary, tokens. Holds across two Saturdays, 5,000 summaries, 1 % 5 % 25 % 100 %. Initials on the release sheet, head of visitor experience, ML lead. Rollback switch, on-call, 2 a.m., minutes, no redeploy. Canary versus A/B, safe versus better, randomised. PM ownership, engineering routing, flags. Tolerances.',
    ].join('\n'),
  },
  // search-tail-latency (service) — Bristolian English in writing
  {
    id: 'bt035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'I’ll be honest, I reckon most of the canary stuff is overkill for a search index, so here’s what I ent doing. I ent splitting out what I own from what engineering owns; the search team can have the lot. I ent putting staff first or saving the institutional licences for last, no special cohorts at all. I ent writing down error or latency limits before we start, and I ent bothering with p99. No stages, no holds between them, and nobody initialling a release sheet. I wouldn’t give the on-call engineer the say-so to roll back on their own at night, and I wouldn’t build a quick switch back to the old index neither. And I ent running an A/B test after.',
    ].join('\n'),
  },
  // support-model-upgrade (model) — museum audio-guide translation PM
  {
    id: 'bt036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Do I need a special first cohort?',
      'No. Not staff, not early access, and I wouldn’t hold the big employers back either.',
      '',
      'Do I write tolerances down before launch?',
      'No, not for errors, latency or resolution rate.',
      '',
      'Do I watch wrong facts, skipped answers or cost per conversation?',
      'I wouldn’t track any of those separately.',
      '',
      'Stages and holds?',
      'No staged ramp, no waiting period.',
      '',
      'Sign-off?',
      'Nobody initials anything.',
      '',
      'Who can roll back?',
      'I wouldn’t set up a quick config switch, and I wouldn’t let on-call decide it alone.',
      '',
      'An A/B test later?',
      'No.',
    ].join('\n'),
  },
  // pricing-page-healthy (service) — plain British English in writing
  {
    id: 'bt037',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'The nice thing about this one is that the canary is our A/B test. The people on the new pricing page are the test group, everyone else is the control, and when the canary cohort converts better than the rest, that’s our proof the comparison table is better and marketing can point Friday’s campaign at it.',
      '',
      'Order: our own staff first, to shake out anything embarrassing; then customers who opted into early access; then general traffic; annual-plan subscribers last, because they’re the most valuable and the least forgiving of a confusing page.',
      '',
      'Stages: staff, 5 % early access, 25 %, 50 %, 100 %, holding each for at least 24 hours before we widen. At 50 % we read off the lift and call the winner.',
      '',
      'If anything breaks, the on-call engineer switches the page flag back to the old page, any hour, without asking anyone, and it’s done in a couple of minutes.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) — museum audio-guide translation PM
  {
    id: 'bt038',
    scenario: 'model',
    class: 'misconception',
    points: points('C S M'),
    text: [
      'Here’s where I part company with the textbook: I don’t fix tolerances before launch. Nobody knows what normal thumbs-down looks like for a warmer prompt, so we let it run for the first few days, see where the numbers settle, and set the tolerances from what we see.',
      '',
      'What I’m sure of is the order: English-speaking staff, then English users who opted into early access, then everyone writing in English, and German last, German staff first and then the rest, because formal address matters there and the prompt was only reviewed in English.',
      '',
      'What we watch: the thumbs-down rate split by language, and the eval harness scoring a sample of German drafts for the wrong register and for factual slips.',
      '',
      'Every widening needs initials on the release sheet from the head of the German market and the ML lead.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) — Bristolian English in writing
  {
    id: 'bt039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'Right, for bigger photos and a size guide the real work’s in the content, so here’s how I’d run it. First a week with the studio reshooting the top 500 products at the new size, starting with the lines that get the most returns. Then the merchandising team measures every garment in three sizes and builds the size tables, checked by the buyers. Then a session with the customer service team so they can explain the guide to people who ring up. I’d track how many products are reshot each day on a board in the office, and we’d aim to have the whole catalogue done by the end of the month, in time for the summer range. It’s a gert big job, but it’s the bit customers actually see.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) — museum audio-guide translation PM
  {
    id: 'bt040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Before anything else I’d want the model itself to be right, so this is how I’d build it. We start with a year of basket history from both regions and split it by week so we never train on the future. The data scientists add the new features one family at a time and we keep only the ones that improve recall of the next basket by more than a point offline. I’d ask for separate offline scores for Europe and South-East Asia, because what a Singapore family buys at lunch is nothing like a Berlin weekly shop, just as a German visitor to the museum wants a different tour from an English one. Then a review with the merchandising team of a hundred example home screens per region, and a written model card before we call it done.',
    ].join('\n'),
  },
];
