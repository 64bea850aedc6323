import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-fourth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers ad008–ad020, written blind and labelled by hand. */
export const TWENTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ad008',
    scenario: 'service',
    class: 'middling',
    points: points('C H A'),
    text: "So I'd be careful with this one, because the risk is first-time buyers and the usability lab only had returning customers in it. I'd put the single page in front of our own staff first, then returning customers who've opted in to previews, and I'd keep brand-new visitors, people with no saved address or card, until last. That's exactly the group the lab never tested and exactly the group the spring campaign brings in. I'd go 5 %, then 25 %, then 50 %, then everyone, and stay at each level for a few days so we've seen enough first orders before we widen it. I'd also make sure Growth understands this isn't proof the single page converts better. If they want that answer, it's an A/B test with random assignment, after we know it doesn't break checkout. We'd keep an eye on the numbers the whole way and pull it if conversion looks bad.",
  },
  {
    id: 'ad009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: "The thing I'd insist on is rollback criteria written down before launch. For the new support model that means: error rate no more than 0.5 % above the current model, p95 response time no more than 1.5 seconds slower, hallucination rate on our eval set of payslip and leave questions no more than one point worse, thumbs-down rate no more than 10 % higher, and cost per conversation no more than 30 % above today's. Finance asked about cost, so that's a hard line, not a nice-to-have. If any of those trips, the on-call engineer switches the model alias back to the old version. It's a config change that takes a couple of minutes, and they don't need anyone's permission, whatever the hour. Beyond that I'd roll it out gradually and let engineering set the pace.",
  },
  {
    id: 'ad010',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: "First I'd split who owns what. As PM I own the go/no-go calls and the rollout plan; the image platform team owns the service, the deploys and the traffic weights. Every increase in traffic needs the eng lead and me to sign off in the release ticket before anything moves, and nobody bumps the percentage on their own just because the team wants it everywhere by Thursday. If something goes wrong, the on-call engineer rolls back straight away, any hour, without asking me: the load balancer sends resize requests back to the old service, which we keep running, and that takes a couple of minutes. Since the service only restarts on deploys, I'd also want someone to look at its memory over a whole day, not just the first hour.",
  },
  {
    id: 'ad011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this is a low-risk change. It's only the pricing page, and the checkout behind it doesn't change at all. I'd get marketing and engineering in a room and make sure everyone's aligned on the Friday launch, then put the new page live for some users early in the week and check nothing looks broken. If it seems fine we turn it on for everyone before the campaign starts. I'd keep an eye on signups over the weekend, and if people are confused by the table we can tweak the copy next week.",
  },
  {
    id: 'ad012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I'd trust the evals on this one. The new model is cheaper and faster, which is a real win for small clinics, and the team has already tested it. I'd release it to a small group of clinics first, wait a bit to see whether any vets complain, and then roll it out to everyone. Vets are busy and don't leave much feedback, so no news is probably good news. If there were problems we could always go back to the old model.",
  },
  {
    id: 'ad013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary / index layout / p50 p99 p99.9. 1 % 5 % 25 % 50 % 100 %. Tail latency, rare queries, many filters, free tier, institutional licences. Rollback, thresholds, 200 ms, 0.5 %, 2 %. Sign-off, holds, gates, metric-based vs time-based. A/B, cohort, baseline, staff, beta, early access. Hosting cost, smaller cheaper index. SLO, error budget, dashboards, 24 h, 48 h, five minutes, config flip, on-call, PM, eng lead, SRE. Safe vs better. Cold index, warm cache, filter combinations, long-tail queries, 10 % of licences, university accounts last?, free users first?, p99 +300 ms, zero-result rate, click-through, hosting savings 30 %.',
  },
  {
    id: 'ad014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Prompt canary. German, formal, Sie/du, tone, warmth, casual. Eval harness, hallucination, thumbs-down, p95, tokens, cost per query. Staff, beta, early access, enterprise tenants. 1 5 25 50 100. 0.5 % errors 200 ms 2 % baseline. PM, eng, on-call, rollback, config, under five minutes. Safe versus better, randomised A/B. Sign-off, gates, holds 24 hours, locale split, English reviewers, quarter of users German. Formality classifier, du/Sie mismatch rate, edits before send, regenerate rate, 10 % thumbs-down delta, 48 h, Munich staff, beta DE/EN, tenants last, 300 ms, 15 % tokens, warmer tone uplift?',
  },
  {
    id: 'ad015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook answer, but I wouldn't do most of it here. I wouldn't bother ordering cohorts, staff first and then beta users and so on; that's overkill for a date picker, and everyone can get it at once. I wouldn't pre-commit rollback thresholds with numbers either. Nothing in the service changes, so I don't see what we'd measure against. No staged ramp with holds, and no sign-off at each step: the team wants it at 100 % this afternoon and I don't see a reason to say no. I also don't think on-call needs any special authority to roll back a front-end change, and I wouldn't spell out who owns which decision. And I'm not planning a separate A/B test afterwards.",
  },
  {
    id: 'ad016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Here's what I wouldn't do for the recommendation model. I wouldn't make the PM own the rollout decisions; that's engineering's area and I'd stay out of it. I wouldn't start with staff and opted-in beta users before everyone else. I wouldn't set guards on offline eval scores, \"not interested\" taps or compute cost per request, and I wouldn't write rollback numbers down in advance. I wouldn't hold each stage through a Singapore lunch peak before moving on, and I wouldn't ask anyone to sign off the stages. I wouldn't let the Berlin on-call roll back at night without checking with the team first. And I wouldn't bother with a randomised A/B test after the canary.",
  },
  {
    id: 'ad017',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: "The point of this canary is to prove that moving reviews above the fold sells more, so leadership gets its number this week. We'd run it as our A/B test: whatever conversion the canary group shows against everyone else tells us whether the new page is better. Order-wise I'd go staff first, then customers who opted in to previews, then shoppers in our smaller markets, and our biggest markets last, since that's where most of the revenue is. I wouldn't fix rollback numbers up front; last week's sale makes every baseline look weird, so we'll judge what looks bad once we see the dashboards. At each step the eng lead and I sign off before we go wider. If anything looks broken, the on-call engineer flips the feature flag back. They don't need to ask me, at any hour, and it's done in a minute or two. If the canary group converts better, that's our proof and we go to 100 %.",
  },
  {
    id: 'ad018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S'),
    text: "Subject: Plan for the support assistant model switch\n\nHi all, here's how we'll roll out the bigger model. I own the rollout decisions (who gets it when, and when we move on); platform engineering owns the switch and the infrastructure.\n\nCohorts: our own HR and payroll team first, since they'll spot a wrong payslip answer immediately; then customers in the early-access programme; then small businesses; our large payroll customers last.\n\nStages: 5 %, 25 %, 50 %, 100 %, with at least two days at each and no move until the current stage looks clean. Before each move the eng lead and I both sign off in the release ticket.\n\nWhat we watch: error rate and response latency. That's really all a model swap can break. The quality side is settled, since offline evals already went up three points, so there's no need to track hallucinations, thumbs-down or cost per conversation during the rollout. I'll give Finance the cost figure once we're at 100 %.\n\nThanks,\nDana",
  },
  {
    id: 'ad019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "I'd start from the customer problem. In fashion most returns come down to fit, so a size guide is the right bet, but only if it's specific: measurements per product rather than one generic chart, and ideally a line like \"most customers with your usual size chose M\". For the larger photos I'd work with the studio to shoot each piece on two body types and show the model's height and the size she's wearing. I'd judge the whole thing by the share of returns marked \"didn't fit\" over the next quarter, and before building anything I'd talk to a handful of customers who sent items back last season to check the guide answers the questions they actually had.",
  },
  {
    id: 'ad020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "For the vet clinics the bigger question is adoption. Most small clinics have one or two vets and a practice manager who chooses the software, so I'd focus on making summaries fit the way they already keep records: SOAP format, their own abbreviations, and export straight into the practice-management system they use. I'd visit five clinics, sit through a morning of consultations, and build a short onboarding that gets a vet to a first useful summary in under ten minutes. The cheaper model also gives us room to drop the price for single-vet practices, which is where churn is highest.",
  },
];
