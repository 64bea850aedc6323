import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fortieth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (at008–at020), written blind and labelled by hand. */
export const FORTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order: Spoken, casual interview answer
  {
    id: 'at008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "So the thing that worries me here is first-time buyers. The lab only had returning customers, and returning customers have saved addresses and cards. A first-time buyer has nothing to autofill. So I'd pick the order on purpose: staff first, then returning customers who've bought at least twice, and brand-new visitors only once that looks clean, because they're the group the lab never tested and they're the whole point of the spring campaign.",
      '',
      "Before starting I'd set the limits: checkout errors no more than 0.5% above the old checkout, and first-order conversion no more than 2% below the control group. If either one is crossed, we stop and go back. The ramp would be 5%, 20%, 50%, then everyone, and I'd hold at each step for two or three days, since first orders are a small slice of traffic and you need a while to see them. I'd want it done before the campaign, obviously, but not by skipping holds.",
    ].join('\n'),
  },
  // support-model-upgrade: Slack message to a colleague
  {
    id: 'at009',
    scenario: 'model',
    class: 'middling',
    points: points('T M'),
    text: [
      "hey, re the bigger support model, my two cents before tomorrow's review. offline evals +3 on short questions is nice but payslip questions are often long and messy, so I'd want the eval harness run on a sample of real long conversations, hallucination rate included, and we keep grading a sample of live canary answers every day. also thumbs up/down in the widget, p95 response time (bigger model = slower), and tokens per conversation since finance literally asked.",
      '',
      "I'd write the limits down now, before anything ships: hallucination no worse than today's model, thumbs-down +2 pts max, p95 under 3s, cost per conversation +25% max. anything over that and it doesn't go further.",
      '',
      "haven't thought about the rest of the rollout yet, happy to pair on that tomorrow",
    ].join('\n'),
  },
  // image-resizer-memory-leak: Formal written answer, one paragraph
  {
    id: 'at010',
    scenario: 'service',
    class: 'middling',
    points: points('P S R A'),
    text: "My role here is to own the release decision, not the mechanics. The image platform team builds, deploys and routes traffic; I decide when we move forward, and I won't hand that decision to a Thursday deadline. Each time we widen exposure, the image team's lead and I both sign off, and neither of us moves it alone. The on-call engineer has the authority to roll back at any time of day without checking with me: the old resizer stays deployed, so it's a load-balancer switch that takes a couple of minutes, not a redeploy. One thing I'd warn the team about: the benchmark showing it 20% faster is not what the canary is for. The canary tells us the rewrite doesn't hurt listing pages in production. If we want to say it makes pages faster for buyers and sellers, we'd test that properly with a randomised A/B comparison afterwards. And because the service only restarts on deploys, I'd want the team to watch it over a long stretch, not just the first hour.",
  },
  // pricing-page-healthy: Short meeting notes with action items
  {
    id: 'at011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'Pricing page sync, Tuesday',
      '- New comparison table is ready; design has approved the copy.',
      "- No backend change, so we agreed it's low risk.",
      "- Plan: release to a small percentage of visitors first, keep an eye on the dashboards, and open it to everyone before Friday's campaign if nothing looks off.",
      '- If there are issues: fix forward or revert.',
      'Action items',
      '- Sam: check the table on mobile.',
      '- Lee: tell marketing the page will be live on Thursday.',
      '- Me: watch the dashboards after launch.',
    ].join('\n'),
  },
  // quiet-feedback-trap: Filipino English register, spoken-ish
  {
    id: 'at012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'For me, the most important is to be careful since it is a new model. The vets are very busy, they will not give us a lot of feedback, so we cannot rely on that much. What I will do is roll it out gradually, start with a small group first and see how it goes.',
      '',
      'The new model is cheaper and faster, which is a big help for the business, so I am expecting that the clinics will be happy with it. If the summaries are looking worse, we will talk to the ML team if we will continue or not. I will also inform customer success ahead of time so they are ready for any questions from the clinics.',
    ].join('\n'),
  },
  // staff-cohort-artifact: Keyword fragments, comma-spliced
  {
    id: 'at013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: "Canary, staff cohort, photos, size guide. 1% 5% 25% 50% 100% employees browsing conversion baseline control p99 200 ms error rate 0.5% 2%. Holds gates sign-off rollback on-call flag five minutes. Internal, beta, low-risk, high-value last, product page. A/B test safety better PM owns engineering routing. Dashboard thresholds pre-committed baseline cohort 24 h Monday. Config not redeploy. Staff don't buy, artifact, false alarm, noise, hold, sign-off, stock, orders, ramp, gate, segment. Metric-based, time-based, 20-25% stage, volume, tech lead, control group, opted-in, rollback 3 minutes, holdout.",
  },
  // prompt-locale-thumbs-down: Keyword jumble with arrows and symbols
  {
    id: 'at014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Prompt, system prompt, warmer, casual, German, formal, Sie du, a quarter. Eval harness hallucination thumbs-down p95 tokens cost 0.5% 200 ms 2% 1 -> 5 -> 25 -> 100. Locale EN DE employees beta enterprise last on-call 24/7 sign-off ML lead. Pre-committed, baseline, holds 48 h, gates. Config flag prompt version < 5 min. Canary != A/B, safe vs better, randomised. PM owns, engineering owns, routing. Feedback, tone, formality, English team, review, thresholds, rollback, segments, metrics. Drafts, acceptance rate, 48 h, 1.5 pts, informal address, Berlin office, du, holdout, 15% tokens.',
  },
  // after-the-sale-healthy: Dismissive spoken answer
  {
    id: 'at015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, for a cosmetic change like moving reviews above the fold, I wouldn't go through the whole canary ritual. I don't see the point of fixing rollback thresholds in advance; we'd be inventing numbers like 0.5% errors or 2% conversion for a change that doesn't touch checkout. I wouldn't bother choosing an order of segments either, staff first, then beta, big customers last. That's for risky backend work, not a layout tweak.",
      '',
      'Ramp stages with holds at 5%, 25% and 50% would only slow us down when leadership wants it out this week, so no holds. I also wouldn\'t set up a sign-off for each stage; nobody needs to approve a gallery that lazy-loads. And I\'m not going to write a rollback runbook with an on-call owner for this. As for separating "safe" from "better" with an A/B test afterwards: we don\'t need one, the team expects no effect. We ship it to everyone on Tuesday and look at the numbers next week.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: Pushback answer, spoken
  {
    id: 'at016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'd push back on the usual canary playbook here. I wouldn't say the PM owns the rollout; that's engineering's call end to end and I'd stay out of it. I wouldn't order cohorts either: no staff first, no beta group, no keeping the big spenders for last. A random 5% is fine.",
      '',
      "I don't think we need an eval harness, \"not for me\" feedback, p95 or compute cost per request for a recommendation model; if the home screen loads, it works. Writing rollback numbers down before launch isn't something I'd do, we'll know a problem when we see it. And I wouldn't give the Singapore on-call the authority to roll back on their own at 5 a.m. Berlin time; any rollback waits until the Berlin team is online and agrees.",
      '',
      "Holding each stage for 24 hours to catch both regions' peaks? Too slow, I wouldn't hold at all. And calling this a safety check rather than proof of a better model seems like hair-splitting to me. If it holds up, it's better.",
    ].join('\n'),
  },
  // booking-purchases-lag: Confident spoken interview answer
  {
    id: 'at017',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text: [
      "The way I see it, this canary is our experiment. We put the new date picker on 10% of guests and compare their booking rate with the other 90%; if the canary group books more, we've proven the shorter form is better and we go to 100%. That's the nice thing about a canary, it's the A/B test for free. I wouldn't fix thresholds beforehand either, because with bookings lagging by hours you can't know in advance what normal looks like. I'd watch the dashboard through the evening and decide then what counts as bad.",
      '',
      "Where I'd be strict is the order and the rollback. Internal staff go first, because they'll click through the whole booking flow and find broken dates quickly, then guests who opted into our beta, then everyone else, and guests booking long, expensive stays last, since a lost booking there costs the most. Any on-call engineer can turn the flag off at any hour without waiting for me, and because the change is client-side behind a flag, that takes a minute or two. And I'd give the team their afternoon: 100% today if the first hours look good.",
    ].join('\n'),
  },
  // support-model-upgrade: Structured written plan, short paragraphs
  {
    id: 'at018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H S'),
    text: [
      "For the payroll assistant I'd start with our largest enterprise customers, on purpose: they ask the most support questions, so they'll give us the most signal fastest, and they're the ones who benefit most from the better model. Smaller customers follow once the big ones are happy.",
      '',
      'As PM, I own the rollout plan: the order, the limits and the pacing. The ML platform team owns serving and routing.',
      '',
      "For a model, what matters is the same as for any service: errors and latency. Quality is already settled by the offline evals going up three points, so I wouldn't add anything model-specific on top. The limits, written down before we begin: error rate no more than 0.5% above the current model, p99 latency no more than 400 ms worse.",
      '',
      'Stages are 5%, 20%, 50%, 100%, with a 24-hour hold at each, and we only move on when both limits held for the whole period. The ML lead and I sign off each move together. On cost, Finance can look at the invoice at the end of the month.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: Spoken product-strategy answer
  {
    id: 'at019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For the new fare service I'd start from the rider's side. Fares are the most sensitive thing in a ride-hailing app, and riders compare prices with competitors all the time, so I'd want the new calculation to be transparent: show the breakdown, base fare, distance, time and any surge, before they confirm. I'd run interviews with riders who travel late at night at weekends, since that's our peak, and with drivers, who care a lot about how their earnings are worked out. Then I'd work with marketing on how we explain any change, in the app and by email. Longer term, a separate pricing service opens the door to things like monthly ride passes or fixed-price airport trips, which I'd put on next quarter's roadmap.",
  },
  // quiet-feedback-trap: Business-case answer, written
  {
    id: 'at020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Since the new model is cheaper and faster, the first thing I'd think about is what we do with the savings. Small vet clinics are very price-sensitive, many have one or two vets and a receptionist, so I'd look at a lower entry tier aimed at single-vet practices and see how it compares with what competitors charge.",
      '',
      "Faster summaries are also a selling point for the sales team: a vet who gets the note before the next appointment starts is a vet who renews. I'd want a couple of case studies from happy clinics for the website. And because so few vets rate summaries today, I'd add a one-tap rating with a small reward, like a free month for clinics that rate regularly, which also helps us understand which species and visit types matter most to them.",
    ].join('\n'),
  },
];
