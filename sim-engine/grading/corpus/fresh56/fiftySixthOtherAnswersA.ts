import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fifty-sixth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (bj008–bj020), written blind and labelled by hand. */
export const FIFTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: cost-first candidate who starts from Finance's question
  {
    id: 'bj008',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'The risk Finance has already put its finger on is cost, so that is where I would start. A bigger model with a longer context window will use more tokens per conversation, so cost per conversation is a gating metric next to answer quality.',
      '',
      "We would start with 10 % of conversations. Before it starts we agree the limits: cost per conversation no more than 30 % above the current model, thumbs-down rate on answers no more than 2 points higher, hallucination rate on the eval harness no higher than today's, and p95 response time no more than one second slower. If any of those is crossed, the new model comes out.",
      '',
      'The stages are 10 %, 30 %, 60 % and 100 %, holding three days at each and moving up only when all four limits have held for the full three days.',
      '',
      'Once it is at 100 %, I would report the real cost per conversation back to Finance, which is the number they actually asked for.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: three questions the candidate asks themselves, one paragraph each
  {
    id: 'bj009',
    scenario: 'service',
    class: 'middling',
    points: points('P C R'),
    text: [
      'There are three questions I would ask myself here.',
      '',
      'First, who owns what. The payments engineers own the SDK integration, the app releases and the remote switch that chooses which SDK a payment goes through. I own the call on who gets it and when, and I am the one who answers to the business if Friday dinner goes wrong.',
      '',
      'Second, who should see it first. Our own staff ordering lunch through the app, then users on our beta track who opted in, then iOS before Android, because the spread of Android devices and versions is where a new SDK is most likely to surprise us. The customers who order most often come last, since a failed payment on their regular order is the one they remember.',
      '',
      'Third, what happens if payments start failing. The on-call engineer flips the remote switch back to the old SDK from the admin console without waiting for me or anyone to approve it; it takes effect on the next payment, within a couple of minutes.',
      '',
      'Beyond that I would keep an eye on the payment success rate and decide as we go how fast to widen it.',
    ].join('\n'),
  },
  // quiet-feedback-trap: clinical-safety minded; a sentence on what customers are told
  {
    id: 'bj010',
    scenario: 'model',
    class: 'middling',
    points: points('M A'),
    text: [
      'With a cheaper, faster model summarising clinical notes, what worries me most is a summary that drops a drug dose, and the brief tells us feedback is thin. So I would lean on the eval harness: raise its sampling from one summary in two hundred to one in twenty for the canary clinics, and watch its fail rate for missing medications and invented findings, alongside the thumbs-down rate and the cost per summary, which is the whole reason for the change.',
      '',
      'I would put it on a share of clinics for a while and widen it when those numbers look fine.',
      '',
      'Clinics would not be told anything unless we found a problem in summaries they had already saved; then we would email the affected practices directly with the visits to recheck.',
      '',
      'And I would be clear with leadership that a calm canary only shows the cheaper model is safe enough. Whether vets find the summaries as good or better is a separate randomised A/B test, with the harness scores compared across the two arms.',
    ].join('\n'),
  },
  // pricing-page-healthy: PM at a library e-book lending app
  {
    id: 'bj011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At the library e-book app I work on we ship small UI changes like this all the time. I would put the new pricing page out to a few people first, keep an eye on the numbers, and if it looks okay open it up to everyone before Marketing's campaign on Friday. If something looks off we can always pull it back. A comparison table is low risk, so I would not overthink it, but it is worth watching sign-ups for a day or two.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: eager new-graduate voice with exclamation marks
  {
    id: 'bj012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Love this one! Tone matters so much in email. I would roll the new prompt out gradually, see how people react, and keep tweaking it. German is a big deal, so I would want someone who speaks German to look at it too at some point. If users don't like it, we change it back. Overall I would move carefully and let the data guide us!",
    ].join('\n'),
  },
  // lunch-peak-recommendations: percentages written "per cent"; fragments only
  {
    id: 'bj013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendation model canary. Regional feature stores. Singapore lunch peak, Berlin early morning.',
      '',
      'PM ownership versus engineering ownership. Routing, deploy, flag.',
      '',
      'Internal staff, beta, early access, high-value households last.',
      '',
      'Thresholds: 0.5 per cent errors, 200 ms p99, 2 per cent basket adds, p95, compute cost per request, eval harness, user feedback, hallucination.',
      '',
      'Stages 1 per cent, 5 per cent, 25 per cent, 50 per cent, 100 per cent. Holds, gates, 24 hours, sign-off, ML platform lead.',
      '',
      'Rollback, on-call, any hour, flag flip, under five minutes, no approval.',
      '',
      'Canary versus A/B, safety versus improvement, randomised.',
      '',
      'Observability, dashboards, alerting, SLOs, capacity, headroom, p99 feature-store reads.',
    ].join('\n'),
  },
  // search-tail-latency: slash-separated phrases
  {
    id: 'bj014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Search index migration / canary / tail latency / p99 / p99.9 / many filters / rare queries / free tier / institutional licences / smaller, cheaper index.',
      '',
      'Thresholds / pre-committed / 0.5 % / 200 ms / 2 % / baseline cohort.',
      '',
      'Cohorts / internal / early access / free tier / institutions last.',
      '',
      'Ramp / 1, 5, 25, 50, 100 / hold / gate / sign-off / PM versus engineering.',
      '',
      'Rollback / on-call / config flip / under 5 min / no approval.',
      '',
      'Safety not improvement / A/B / randomised.',
      '',
      'Dashboards / SLO / error budget / query logs.',
    ].join('\n'),
  },
  // image-resizer-memory-leak: Cook Islands English register, written
  {
    id: 'bj015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Kia orana. Honestly, for this one I do not think we need all the ceremony.',
      '',
      'We will not be writing down rollback numbers before we start; the team knows what slow looks like. We are not going to pick staff or friendly sellers first either, no point, every seller uploads photos the same. I would not bother with stages and holds, it is 20 % faster, the benchmarks already showed it, eh. Nobody needs to sign each step, that one is just paperwork.',
      '',
      "And we will not set up a quick way back or give the on-call the say to roll back on their own; if it goes bad we sort it on the day. I am also not splitting who owns what between me and the engineers, we are one team. The canary against A/B business, I don't see it matters here.",
      '',
      'Ship it everywhere by Thursday, like the team wants.',
    ].join('\n'),
  },
  // support-model-upgrade: cohorts by account age, named only to be rejected
  {
    id: 'bj016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'I would keep this simple. I would not stage it by account age: whether a company has been with us six years or six days, they would all get the bigger model at the same moment.',
      '',
      "I wouldn't fix thresholds up front either; the prompt is unchanged, so nothing should move. I don't see the value of an eval harness run, or of tracking thumbs-down, p95 or cost per conversation during the rollout; Finance can have the cost figure at the end of the quarter.",
      '',
      "No hold periods, no sign-off for each step, and I wouldn't draw a line between what I own and what engineering owns. There is no rollback plan to speak of because we wouldn't need one. And I wouldn't frame it as safety versus improvement at all.",
    ].join('\n'),
  },
  // staff-cohort-artifact: percentages written "per cent"; cohorts by account age
  {
    id: 'bj017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Bigger photos and a size guide should sell more, and the canary is how we will prove it.',
      '',
      'I own the rollout decisions: order, pace and when we stop. The web team owns the deploy and the flag.',
      '',
      'Staff go first, as the brief says, then loyal shoppers whose accounts are more than three years old, then accounts one to three years old. Shoppers who created an account in the last month go last, because a broken product page on their first visit loses them for good.',
      '',
      'Stages: 2 per cent, 10 per cent, 25 per cent, 50 per cent, 100 per cent, holding two days at each and only advancing when error rates and page load times are flat.',
      '',
      'The canary is our A/B test: if canary shoppers convert better than everyone else, that is the proof the new pages are better, and that is what we report to leadership. If staff conversion looks low at the first stage, we treat that as the new pages failing.',
      '',
      'The on-call developer can switch the flag off at any time without asking me, and it takes effect within a minute or two.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: plain "the way I see it" voice; a sentence on what customers are told
  {
    id: 'bj018',
    scenario: 'model',
    class: 'misconception',
    points: points('T S R'),
    text: [
      'A prompt is just text, so the way I see it this is a normal deploy with the usual health checks.',
      '',
      "Before we start, the engineering lead and I agree two limits: error rate more than 0.5 % above the old prompt, or p95 latency more than 300 ms worse, and it goes back. Those are the only things a prompt can break. If the model answers without errors and in time, it is working, so I don't need evals or thumbs-down for this.",
      '',
      'We would start with a random 5 % of all users, English and German mixed, because a random slice is the fairest and most representative first cohort, then go to 100 % once it has been quiet.',
      '',
      'I sign off the move to full rollout together with the engineering lead.',
      '',
      'Rollback: the on-call engineer switches the prompt version back in the config, no approval needed, and it is live within five minutes.',
      '',
      'Users would not be told anything; a prompt change is invisible to them.',
    ].join('\n'),
  },
  // booking-purchases-lag: PM at a library e-book lending app, telling a launch story
  {
    id: 'bj019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Let me tell you about the launch I am proudest of at the e-book lending app I work on. We added audiobook holds for public libraries, and the launch was really a partnership job. We lined up twelve library systems as launch partners, wrote a press kit for their local papers, recorded a short video for librarians, and timed the announcement for the week before summer reading programmes start.',
      '',
      'Librarians got a one-page guide for the front desk, and our support team had replies ready in English and Spanish. Within a month holds were up by a third and two more library consortia signed. The lesson I took is that librarians are the real channel: if they can explain a feature in one sentence at the desk, readers adopt it.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a hiring plan
  {
    id: 'bj020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'For a team building a recommendation model across Europe and South-East Asia, I would start by hiring. We need two ML engineers in Singapore so someone is awake during the Asian day, a data engineer who has run feature stores before, and an analyst who can read basket data in both markets.',
      '',
      'I would write the job descriptions with the Berlin lead this week, use our referral programme first, and aim to have offers out in six weeks. Interviews would be a take-home on ranking metrics and a systems conversation about serving at peak. Onboarding would pair each new hire with a Berlin buddy for the first month, with overlapping hours on Tuesdays and Thursdays.',
      '',
      "Singapore salaries for ML roles run higher than Berlin's, so I would flag that to Finance early.",
    ].join('\n'),
  },
];
