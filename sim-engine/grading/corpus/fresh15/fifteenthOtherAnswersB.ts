import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifteenth fresh set, author b: middling (a028–a030), weak (a031–a032), salad (a033–a034),
 * negated (a035–a036), misconception-led (a037–a038) and off-topic (a039–a040) answers,
 * written blind and labelled by hand before any grading.
 */
export const FIFTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: payment-sdk-android-bursts
  {
    id: 'a028',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "I'd put the new SDK in front of employees first, then the beta testers, then web shop and iPhone users, with Android after them because wallet payments on Android are the newest code path, and loyalty members at the very end since they order the most. Before anything goes live I'd want the rollback line agreed: payment failures more than 0.5 % above the old SDK, payment p99 more than 300 ms slower, or completed orders down 2 % against users still on the old SDK. If any of those is crossed, the on-call engineer switches the payment route back to the old SDK straight away. It's a config switch, a couple of minutes, and they don't need to find me first, which matters on a Friday night.",
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'a029',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'The risk with a prompt rewrite is that nothing breaks technically; the replies just get worse. So I wouldn\'t lean on error rates. I\'d watch thumbs-down and "rewrite" clicks on suggestions, run the eval harness over a sample of canary replies for tone and formality in both English and German, and keep an eye on p95 response time and tokens per reply, since a warmer prompt tends to produce longer text.',
      "I'd move in steps, 1 %, 5 %, 25 %, 50 %, then everyone, staying at each step for at least two days and advancing only once those quality signals have held steady, not just because the time is up. Each step needs a go from me and the lead of the assistant team before any more traffic moves.",
    ].join('\n\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'a030',
    scenario: 'service',
    class: 'middling',
    points: points('P H A'),
    text: "Engineering owns the new resizer, its deploys and the traffic split; my job is deciding how fast we expose it and what evidence we need before we keep going. The benchmark says 20 % faster, but benchmarks run for minutes and this service is only restarted on deploys, so I'd worry about anything that degrades over time. I'd send it 2 % of image requests, then 10 %, 30 %, 60 % and 100 %, and hold each stage for at least 36 hours, long enough to see the service after a full day without a restart, before widening. That makes Thursday unrealistic, and I'd say so. And once it's at 100 % I wouldn't claim it made listing pages faster for buyers on the strength of the canary; that's a separate, randomised A/B comparison.",
  },
  // scenario: pricing-page-healthy
  {
    id: 'a031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "For a pricing page I'd keep it simple. Launch the new comparison table to a small group of users first, check nothing looks off, and then release it to everyone before Marketing's campaign goes out on Friday. It's a front-end change, so the risk is low, and if something does go wrong the team can fix it quickly. I'd also ask design to check the table on mobile and keep an eye on analytics to see whether more people click through to checkout.",
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'a032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "New recommendation models are always a bit risky, so I'd be careful with this one. I'd ask the data science team whether they're confident in it, test it in staging, and then roll it out gradually to users in Europe and Asia. We'd monitor the dashboards, and if the recommendations look worse or the app gets slow, we'd look into it and decide what to do. Good communication between the team in Berlin and our colleagues in Asia would matter throughout.",
  },
  // scenario: staff-cohort-artifact
  {
    id: 'a033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary release, staff cohort, employees, insiders, shoppers, new customers, plus members. Thresholds, p99, 0.5 %, 200 ms, 2 %, conversion, baseline, control. Ramp, holds, gates, 1 5 25 50 100, sign-off, on-call, rollback, five minutes, routing, config. Canary versus A/B test, randomised, safe, better, lift. Bigger photos, size guide, dogfooding, segment artifact, metric-based, time-based, PM owns, engineering owns, 24 hours. Staff browse, staff never buy, conversion 0.1 %, false alarm, healthy release, product page, 4 % staff share, 60 % shoppers, 15 % plus members, insider programme, segment mix.',
  },
  // scenario: support-model-upgrade
  {
    id: 'a034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Model upgrade: larger model, longer context, eval harness, hallucination rate, thumbs-down, p95, tokens per conversation, cost, finance. Support agents, preview programme, workspace admins, members, trial accounts, enterprise. Canary 1 % 5 % 25 % 50 % 100 %, 12 h, 48 h, gates, sign-off, rollback, on-call, gateway, under five minutes. Thresholds pre-committed, errors 0.5 %, latency 200 ms, conversion 2 %, A/B test, randomised, safe not better, PM owns, engineering owns, offline evals +3 points, short questions, payslips, leave, settings.',
  },
  // scenario: after-the-sale-healthy
  {
    id: 'a035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I wouldn't bother with a staged ramp here. The change is cosmetic, leadership wants it out this week, and holding at 1 %, 5 % and 25 % for days buys us nothing. I also don't think we need to choose an order of segments: no employees first, no members' club, no saving guides and clubs for last; everyone gets it at once. Writing rollback thresholds down in advance, with numbers for errors, latency and conversion, feels like overkill for moving reviews up a page. I wouldn't set up sign-offs for each stage either, or give an on-call engineer authority to roll back at night. And I don't see the point of an A/B test afterwards; if sales look fine compared with last week, we're done.",
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'a036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Honestly, I wouldn't run this as a formal canary. We don't need to send it to employees and early-access writers first and leave business teams for last; a prompt is just text. I'm not going to pre-agree rollback numbers for thumbs-down or formality scores either, and I wouldn't wire the eval harness, p95 or token cost into any gate, because those are research metrics, not launch metrics. Holding at each percentage for a couple of days and having the assistant lead sign off every step would only slow us down. If the on-call engineer thinks something is wrong, they shouldn't flip it back on their own; they should raise it with me and we'll discuss it the next working day. And owning release decisions isn't really the PM's job here; the prompt team can handle it.",
  },
  // scenario: booking-purchases-lag
  {
    id: 'a037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      "The way I see it, the canary is our A/B test: guests on the new date picker are the treatment, everyone else is the control, and by the end we'll know whether the shorter form actually wins more bookings. That's the point of doing it, to prove the redesign is better before we commit.",
      "As PM I'd own that call and the pace of exposure; the web team owns the deploy and the flag. I'd ramp 5 %, 20 %, 50 %, 100 %, holding each stage for at least a full day, because guests often book hours after they first look, so bookings arrive late and an afternoon isn't enough to read them. Once the canary group's booking rate comes in above everyone else's, that's our evidence to go to 100 % and announce the uplift. If something breaks, the on-call engineer turns the flag off immediately, at any hour, without waiting for me.",
    ].join('\n\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'a038',
    scenario: 'model',
    class: 'misconception',
    points: points('C T S'),
    text: [
      "A model swap is really an infrastructure change: if the new model returns summaries quickly and without errors, it's working. Quality scoring from the harness and from vet ratings is too sparse to be useful here anyway, so I'd leave it out and gate purely on error rate and latency.",
      "Before launch I'd agree the lines: an error rate more than 0.5 % above the old model, or p99 more than 300 ms slower, means we stop. Order: our own staff first, then the pilot clinics who volunteered, then ordinary clinics, with hospital groups last as the biggest contracts. At each step the ML lead and I both sign off before the rollout widens. Since the new model is cheaper and faster, I'd expect it to pass quickly.",
    ].join('\n\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'a039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before anything else I'd want to understand why the lab only had returning customers in it. I'd recruit ten people who have never bought from us, watch them go through the single page, and I suspect the guest flow would turn out to be the weak spot. I'd work with design to hide optional fields, make account creation a choice after payment, and add an express wallet option. Then I'd write a short PRD for the spring campaign, agree the launch date with Growth and Marketing, and set up a weekly review of the checkout funnel with the team.",
  },
  // scenario: support-model-upgrade
  {
    id: 'a040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Finance's question is the one I'd answer first. I'd pull last quarter's conversation volumes, estimate the average tokens in and out per conversation for the larger model, and compare the vendor's list price with what we pay today. Then I'd go back to the vendor for a committed-use discount, and ask engineering whether we can trim the context we send, since we probably don't need the whole help centre in every call. I'd also look at whether a smaller model could handle simple questions like when payday is, and route only the hard ones to the big model. It would all go into a one-page cost memo for Finance.",
  },
];
