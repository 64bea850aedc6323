import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Forty-seventh fresh set, author b: middling (ba028–ba030), weak (ba031–ba032), salad
 * (ba033–ba034), negated (ba035–ba036), misconception-led (ba037–ba038) and off-topic
 * (ba039–ba040) answers, written blind and labelled by hand.
 */
export const FORTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts: contractions everywhere
  {
    id: 'ba028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "We'd want the new SDK in front of our own people first. Staff order dinner through the app all week, so they'll hit wallet payments on real phones before anyone else does. After that it's customers who've joined the beta, then iPhone users in general, and Android last, because that's where the provider's certification tells us least and where most of our orders are paid.",
      '',
      "The limits we'll agree before we start: payment failures no more than 0.4 points above the old SDK, looked at per minute rather than per day, because bursts vanish in a daily average; p99 payment confirmation no more than 300 ms slower; orders completed per session within 2 % of control. If one's crossed, we stop and go back.",
      '',
      "We'd go 2 %, 10 %, 30 %, 60 %, 100 %, holding each stage through at least two dinner peaks, and we'd only move on if every limit's still green. Friday dinner doesn't see it until the 30 % stage has held clean.",
      '',
      "That's about it. Wallet uptake's something we'd look at later.",
    ].join('\n'),
  },
  // support-model-upgrade: numbers given as ranges
  {
    id: 'ba029',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      "The bigger model will cost more and answer more slowly, and the evals only improved on short questions, so I'd set my stop limits around those things before a single conversation goes to it.",
      '',
      "Cost per conversation is Finance's question, and I'd want the limit agreed with them up front; my guess is we can live with 30 to 50 % more than today, and above that we stop. Latency: p95 for a full answer no more than 0.8 to 1 second worse. Quality: the eval harness runs on a sample of long, multi-turn payslip questions, the ones the offline evals didn't cover, and a hallucination rate above 1 to 2 % stops it. Thumbs-down share within 10 to 15 % of the old model's. Error rate within 0.3 to 0.5 points of control. We pick the exact figure inside each range with Finance and support before launch, and then it doesn't move.",
      '',
      "Then we'd roll it out gradually over a couple of weeks and keep an eye on all of these.",
      '',
      "One thing I'd be firm about with leadership: whatever the canary shows, it's showing that the bigger model is safe enough, not that it's better. If we want to know whether it resolves more tickets, that's a randomised A/B test of four to six weeks afterwards.",
    ].join('\n'),
  },
  // checkout-first-order: each paragraph ending on a one-line summary
  {
    id: 'ba030',
    scenario: 'service',
    class: 'middling',
    points: points('P H S R'),
    text: [
      'The split matters first. The checkout team owns the build, the feature flag and how traffic is routed; I own the calls on how far it goes and when it pauses.',
      'They run it; I decide its pace.',
      '',
      "We'd go 5 %, 15 %, 40 %, 100 %, and sit at each stage for at least two days so that first-time buyers, a small share on any one day, actually show up. Nothing moves until the stage has been reviewed.",
      'Four stages, each with a pause and a review.',
      '',
      "At each of those reviews the checkout engineering lead and I sign the advance together, in writing. If either of us isn't happy, it stays where it is.",
      'Two signatures per step.',
      '',
      'If something looks wrong, the on-call engineer turns the flag off straight away, day or night, without asking me, and customers are back on the three-step checkout within a minute or two.',
      'Anyone on call can pull it.',
      '',
      "We'd watch conversion and checkout errors, especially on first orders, and we'd want it settled well before the spring campaign.",
      'Watch first orders; finish before spring.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a podcast answer, conversational, with asides to the host
  {
    id: 'ba031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Yeah, so, honestly, and I say this to every team I work with: the big thing with a model swap like this is just not to rush it. You put the cheaper model out to some of the clinics, you keep a close eye on how the summaries look, and you talk to the vets. (Vets are great, by the way. Ask them and they'll tell you exactly what they think.) If it looks okay you keep going, and if it doesn't, well, you pull back and figure it out. I'd lean on the ML folks for the details; they know the numbers much better than I do. Ha, yeah, that's kind of it. Slow and steady.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: a Nepali English register, spoken
  {
    id: 'ba032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Hajur, so for the image service I think we should not hurry, even if the team wants it by Thursday. We release it to some sellers first and we watch the dashboards properly, how the images are loading, is anything slow. If everything is fine then slowly slowly we give it to more people. If there is some issue then we go back to the old one and check. Our engineering team is very good, they will tell us. Main thing is to be careful and communicate well with everybody, la.',
    ].join('\n'),
  },
  // pricing-page-healthy: numbers given as ranges
  {
    id: 'ba033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pricing page, comparison table, Friday campaign. Canary. Internal staff, beta, free trial, annual plans, enterprise. Error rate 0.3–0.5 %, p99 150–250 ms, conversion 1–2 %. Thresholds, pre-committed, baseline, control. 1 %, 5 %, 25 %, 50 %, 100 %. Holds 12–24 hours, gates, sign-off, PM, eng lead. Rollback, on-call, flag, 2–5 minutes, no approval. Canary versus A/B, safety versus lift, randomised. PM ownership, engineering routing, deploy.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: buzzword lines as if read off a slide (invented)
  {
    id: 'ba034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Warmer prompt, German, formal address, Sie and du',
      'Eval harness, hallucination, tone rubric, 1 %',
      'Thumbs-down, per locale, 10–15 %',
      'p95 latency, 300 ms, tokens per reply, cost',
      'Internal staff, German office, beta users, business accounts',
      'Thresholds, pre-committed, errors, 0.5 points',
      'Stages 1 / 5 / 25 / 50 / 100, holds, 48 hours, gates',
      'Sign-off, PM, eng lead, content lead',
      'Rollback, on-call, config flag, one minute, no approval',
      'Canary, safety, A/B test, better, randomised',
      'PM decisions, engineering routing',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a strong opinion stated first, then defended
  {
    id: 'ba035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "My view, and I'll defend it: most of the canary ritual is theatre for a recommendation model, and I wouldn't do it.",
      '',
      "I wouldn't pick a special order of customers. Staff first, beta next, the big markets last: I don't see the point, a recommendation is a recommendation. I wouldn't write down rollback numbers in advance either. No staged holds, no 1 % then 5 % then 25 % with a wait at each; that only delays the feature by a week. I don't want a sign-off before each step, and I'm not going to set up a rule for who on call can roll back.",
      '',
      "I also wouldn't track eval scores, thumbs-down or cost per request separately from the usual dashboards, and the canary-versus-A/B distinction isn't something I'd spend a meeting on.",
      '',
      'The team built it carefully. Ship it.',
    ].join('\n'),
  },
  // after-the-sale-healthy: contractions everywhere
  {
    id: 'ba036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "We won't bother with fixed thresholds on this one; it's cosmetic. We won't put staff or beta users first, either, since there's no point ordering segments for reviews that've moved up a page. We don't need stages with holds, and we aren't going to wait for anyone to sign off each step. I wouldn't write down who's allowed to roll back or how fast, because it won't come to that. And I won't get into canary versus A/B; we aren't running one and we don't need one. Leadership wants it out this week, so it's going out.",
    ].join('\n'),
  },
  // booking-purchases-lag: a Nepali English register, spoken
  {
    id: 'ba037',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H R'),
    text: [
      'Hajur. So this date picker, the design reviews were very good, and I think the canary is the right place to prove it. We put it to a small group, we compare their bookings with the others, and if the canary group books more, then we have the proof that the new page is better. So the canary is our A/B test also, no need for a separate one after. That saves time, and the team wants it out today.',
      '',
      'Order: first our own staff who book for testing, then guests on our beta list, then normal guests. Guests with big group bookings and long stays go last, because one lost booking there is big money.',
      '',
      'Limits we fix before starting: booking errors more than 0.3 percent above control, form completion down more than 3 percent, and because guests book hours later after talking at home, we compare bookings over 24 hours, not over one hour.',
      '',
      'Stages 5, 20, 50, 100 percent, each one we hold 24 hours minimum, and we go ahead only if the limits are fine.',
      '',
      'The on-call engineer can switch off the flag any time without asking me; it takes one or two minutes.',
      '',
      'And at 100 percent, the booking lift from the canary group we will present to leadership as the result of the new design.',
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a payroll company
  {
    id: 'ba038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T H S R A'),
    text: [
      "I run product for payroll at an HR software company, and what I've learned is that a model upgrade is just a service upgrade with a different binary. If the assistant isn't erroring and isn't slow, it's working; errors and latency are all you need to watch on a model. Offline evals already went up three points, so quality is settled, and cost per conversation is Finance's to work out after launch.",
      '',
      "So the plan. Engineering owns the model routing and the deploy; I own the order, the limits and the holds. Our own payroll staff first, then customers in early access, then small monthly accounts, with enterprise customers and anyone mid-pay-run last, because a broken assistant on payday is where we'd lose their trust.",
      '',
      "Limits, agreed before traffic moves: error rate no more than 0.5 points above the old model, p99 latency no more than 400 ms worse. That's the whole gate.",
      '',
      'Stages at 5 %, 25 %, 50 %, 100 %, each held for 24 hours, and the support engineering lead and I sign each advance.',
      '',
      'On-call can flip the flag back to the old model at any hour without asking me; it takes under two minutes.',
      '',
      "And the canary only says it's safe. If we want to claim it helps employees more, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // staff-cohort-artifact: each paragraph ending on a one-line summary
  {
    id: 'ba039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "The first hire I'd make for the web shop is a senior merchandiser who understands fit, because our returns are mostly about sizing and nobody on the team owns that today.",
      'Fit first.',
      '',
      'Second, a content designer who can write product copy and work with the photographers, so that pages stop shipping with placeholder text.',
      'Words next to pictures.',
      '',
      'Third, a data analyst shared with the stores team, so the people who plan stock and the people who plan the site are reading the same numbers.',
      'One set of numbers.',
      '',
      "I'd hire all three within the quarter, interview with a short paid exercise rather than a take-home project, and have each new hire spend their first week in a store.",
      'Hire soon, hire fairly, start on the shop floor.',
    ].join('\n'),
  },
  // quiet-feedback-trap: a podcast answer, conversational, with asides to the host
  {
    id: 'ba040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Oh, I love this question, because nobody asks about the vets themselves. So here's how I'd take the summariser to market.",
      '',
      "Vets don't read marketing email. (Honestly, do you? I don't.) They go to regional conferences and they trust other vets. So the centre of the plan is three regional shows in the spring, a booth with a live demo on a real, anonymised visit note, and a short talk given by a clinic owner who already uses it.",
      '',
      'Pricing: a flat monthly fee per clinic, not per summary, because a small practice hates a bill that changes every month. A free first month, no card.',
      '',
      "And then a referral scheme: a clinic that brings another clinic gets a month off. That's it, really. Word of mouth is the whole channel in this market, and your listeners in vertical software will know exactly what I mean.",
    ].join('\n'),
  },
];
