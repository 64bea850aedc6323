import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eleventh blind set, author B — middling (x028–x030), weak (x031–x032), salad (x033–x034),
 * negated (x035–x036), misconception-led (x037–x038) and off-topic (x039–x040) answers, labelled
 * by hand with the points each genuinely commits to. Written without seeing the grader.
 */
export const ELEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak
  {
    id: 'x028',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'Honestly the thing that jumps out is "restarted only on deploys" plus "20 % faster ' +
        'in benchmarks". Benchmarks run for minutes, this thing has to run for days. So I\'d ' +
        'go slow.',
      '',
      'Who gets it: staff first, then the beta sellers, then the hobby sellers with a ' +
        'handful of listings, then regular sellers, and the big brands right at the end ' +
        'because their listing pages are what shoppers see most.',
      '',
      "Steps: 1 %, 5 %, 25 %, 50 %, then everyone, and I'd sit on each one for a full day " +
        "at least, because if it's leaking or degrading you'll only see it after the process " +
        "has been up for hours. The Thursday target probably slips and I'm fine telling the " +
        'team that.',
      '',
      "What I'd look at is image load times and whether the resizer starts throwing errors," +
        " plus memory on the boxes. If it looks like it's getting worse over the day, we pull" +
        ' it.',
      '',
      'Pulling it should be trivial: the load balancer just sends resize requests back to ' +
        'the old service, a couple of minutes. Whoever is on call can do that any time of day' +
        ' or night, no need to wake me up.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'x029',
    scenario: 'service',
    class: 'middling',
    points: points('P T A'),
    text: [
      'Let me separate responsibilities first. The search infrastructure team owns the ' +
        'index build and the traffic split. As PM I own the release criteria: what we ' +
        'measure, what counts as failure, and what we are and are not allowed to conclude.',
      '',
      'Failure, agreed with engineering and written down before we begin:',
      '- error rate more than 0.5 % above the control group on the old index;',
      '- p99 query latency more than 200 ms above control. The median already improved in ' +
        'testing; the tail is what nobody measured, especially queries with many filters;',
      '- result click-through down more than 2 % relative to the same users on the old ' + 'index.',
      '',
      'Exposure: we send a random 5 % of queries to the new index and increase it over the ' +
        'following week if the numbers hold.',
      '',
      'Conclusions: a clean canary tells us the new layout is safe to serve. It does not ' +
        'tell us researchers find better papers with it. If we want to claim that, it needs a' +
        ' randomised A/B test with its own success metric afterwards. The canary group is not' +
        ' a fair comparison for that question.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'x030',
    scenario: 'model',
    class: 'middling',
    points: points('C M S'),
    text: [
      "I, um, I think I'd start with the internal support agents, since they use the " +
        'assistant all day and know the right answers. After that the preview customers, and ' +
        "I'd keep enterprise customers, and probably the trial accounts too, until the very " +
        'end, since those are the riskiest ones to disappoint.',
      '',
      "For a model swap, error rates won't really show the problem, so what I'd actually " +
        'watch is quality. The eval harness sampling conversations and scoring ' +
        'hallucinations, thumbs-down from users, p95 response time since a bigger model is ' +
        'slower, and the cost per conversation, since finance has asked about exactly that.',
      '',
      "If anything looks noticeably worse than the old model, I'd probably stop and talk to" +
        " the team about it. And before each bump in traffic, I'd want the eng lead and me to" +
        " both sign off, so it's a conscious decision every time and not just something that " +
        'happens.',
      '',
      "I think that's the core of it? Maybe I'm missing some pieces, but that's how I'd " +
        'approach it.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'x031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I'd push it to a small percentage of users first and keep an eye on the dashboards. " +
        "If conversion looks fine after a bit, we open it up to everyone so it's live in time" +
        ' for the spring campaign, since Growth really wants that. If something breaks, ' +
        'engineering can roll it back. The usability lab results were great and returning ' +
        "customers loved it, so I'm not too worried about this one. Main thing is to move " +
        'quickly and not lose the campaign window.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'x032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Okay so a canary release, the name comes from the canaries in coal mines, is when ' +
        "you give the new version to a small group before everyone else. It's a way to reduce" +
        ' risk.',
      '',
      "For the summaries I'd, um, give the new model to a few clinics first and ask the " +
        "vets what they think of it. If they're happy, we expand to more clinics, and if " +
        "they're not, we go back to the old one. Since it's cheaper and faster, it should be " +
        "a win for everyone, we just want to make sure nothing weird happens. I'd keep " +
        'stakeholders updated throughout.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'x033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Pricing page. Canary. Staff labs hobbyists creators studios. 1 %. 5 %. 25 %. 50 %. ' +
        '100 %. Friday campaign. Error rate 0.5. p99 200 ms. Conversion 2 %. Baseline cohort.' +
        ' Hold. Gate. Sign-off. Gate. Sign-off. Rollback config five minutes on-call. A/B ' +
        'randomised. Safe. Better. PM owns. Thresholds pre-commit. Studios last. Metric time-' +
        'based gate. 24 h. 1 % 5 % 25 %. Hobbyists low-risk. Comparison table. Checkout ' +
        'unchanged. Rollback. Rollback. Control vs canary. Segment order. Business metric. ' +
        'Staff first. Friday. Marketing.',
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'x034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'recommendation model canary gateway routing preview staff plus last / hallucination ' +
        'eval harness thumbs-down p95 latency token cost per query / rollback thresholds pre-' +
        'committed 0.5 % errors p99 +200ms conversion -2 % baseline cohort / ramp ' +
        '1-5-25-50-100 metric-based gate hold sign-off PM owns decisions on-call 24x7 config ' +
        'routing < 5 min / Singapore lunch peak Berlin feature store / canary safe A/B better' +
        ' randomised / segment artifact sequential peeking guardrails / asia europe plus ' +
        'preview staff / 24 h hold 24 h hold / canary canary canary',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'x035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Look, this is a date picker and a shorter form. I wouldn't turn it into a ceremony.",
      '',
      "I wouldn't bother writing rollback thresholds down in advance; you don't know what " +
        "normal looks like for a new form until you've seen it. I also don't see why staff or" +
        " hosts should go first, they don't book like guests do, so there's no real ordering " +
        "to think about. The team wants it at 100 % this afternoon, and I don't think " +
        'stepping through 1, 5, 25, 50 with holds in between buys us anything for a front-end' +
        ' change when design reviews were glowing.',
      '',
      'Sign-offs at every stage? Not for this. Nobody needs my signature to move a slider. ' +
        'And a rollback plan with an on-call roster and a routing switch is overkill too: if ' +
        "something's wrong, we fix forward with the next deploy.",
      '',
      "Same for the A/B test afterwards, I wouldn't run one. We already know the shorter " +
        'form is better.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'x036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'The textbook answer here would be: expose staff first, then early-access users, keep' +
        ' the high-value team accounts for last, set hard limits on thumbs-down and ' +
        'hallucination before launch, have an eval harness grade a sample, hold at each ' +
        'stage, get a sign-off at every gate, keep a config switch ready so on-call can ' +
        'revert in minutes, and afterwards run an A/B test to see whether warmer is actually ' +
        'better.',
      '',
      "In practice none of that is needed for this change. It's a system prompt, a few " +
        'paragraphs of text. The model, the latency, the cost profile are all unchanged, so ' +
        "there's no reason to gate on p95 or tokens. We won't stage cohorts, because a prompt" +
        " doesn't break differently for different users. We won't set thumbs-down limits, " +
        "because feedback is noisy anyway. There's no need for per-stage sign-off, and no " +
        'need for a rollback roster either: if people complain, someone edits the prompt ' +
        'back. And an A/B test afterwards would only delay the roadmap.',
      '',
      'So my plan would simply be to ship the prompt to everyone and read the feedback ' +
        'channel for a week.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'x037',
    scenario: 'service',
    class: 'misconception',
    points: points('C'),
    text: [
      'I really like canaries for a change like this because they give you an answer fast. ' +
        "The way I'd run it: staff get the bigger photos and the size guide first, then the " +
        "insiders, then general shoppers, and I'd hold back newcomers and the Plus members " +
        'until last since they are the most sensitive.',
      '',
      'The key thing is that the canary is our experiment. We compare how the canary group ' +
        'converts with how everyone else converts. If the staff cohort converts better than ' +
        "the rest of the shop, we've proven that bigger photos sell more and we can go " +
        'straight to 100 %. If their conversion is lower, then the new pages are hurting ' +
        'sales and we roll back.',
      '',
      "That's why I wouldn't bother with a separate A/B test later. The canary already " +
        "gives us the uplift number, and it's on real production traffic, which is better " +
        "than a test anyway. I'd present that uplift to leadership as the business case for " +
        'the redesign.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'x038',
    scenario: 'model',
    class: 'misconception',
    points: points('M'),
    text: [
      'My view is that fixing rollback numbers before launch is false precision. With a ' +
        "prompt rewrite you honestly don't know what normal looks like yet, so any number you" +
        ' pick in a meeting is a guess.',
      '',
      "So I'd start by giving the new prompt to about 5 % of users and watch the dashboards" +
        ' closely for the first few days: the thumbs-down rate, the hallucination rate from ' +
        'our eval harness, p95 latency and the tokens per reply, because a warmer tone tends ' +
        "to be wordier. Once I've seen how those move, I'd set the rollback thresholds based " +
        'on what we actually observe, for example just above the worst day we saw. That way ' +
        "the limits reflect reality instead of someone's opinion.",
      '',
      "If German users seem unhappy I'd look at their numbers and decide then whether " +
        "that's a real problem or just noise. After that, we keep increasing the share as " +
        'long as nothing looks alarming.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'x039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "The first thing I'd question is the pricing itself. A comparison table works best " +
        "when there's a clear anchor, so I'd make sure the middle tier is visually " +
        'highlighted as "most popular", and I\'d consider an annual plan with two months free,' +
        ' because monthly subscribers churn much faster.',
      '',
      "For the Friday campaign, I'd work with marketing on the landing message. Creators " +
        'respond to outcomes, not features, so the copy should say "export in 4K in half the ' +
        'time" rather than listing codecs. I\'d also set up UTM tracking so we can attribute ' +
        'signups to each channel, and check that the campaign audience matches our best-' +
        'converting personas.',
      '',
      "Longer term, I'd interview studios about a team plan with shared asset libraries. " +
        "That's where the expansion revenue is.",
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'x040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Great question. I'd actually start with the business case, because finance is " +
        "already asking. I'd pull the vendor's price sheet for the larger model and compare " +
        'it with our current contract, then look at whether we can negotiate a volume ' +
        'discount given how many HR customers we have. If the price gap is large, a hybrid ' +
        'could make sense: the small model for simple questions and the big one only for long' +
        ' payslip disputes.',
      '',
      "Then I'd talk to the support leads about which question types generate the most " +
        "tickets, since that's where a better assistant pays off. I'd also want legal to " +
        'review the data processing terms, because payroll data is sensitive and a new model ' +
        'version may come with a different retention policy.',
      '',
      "Finally, I'd build a roadmap slide showing leadership the three-point eval " +
        'improvement and the expected ticket deflection, so they can decide whether the ' +
        'investment is worth it this quarter.',
    ].join('\n'),
  },
];
