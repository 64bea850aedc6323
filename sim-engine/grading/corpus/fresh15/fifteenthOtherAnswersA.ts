import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifteenth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic
 * answers (a008–a020), written blind and labelled by hand.
 */
export const FIFTEENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts: plain conversational answer, one paragraph
  {
    id: 'a008',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "I'd give the new payment SDK to employees first, then the beta testers, then the general app users split by platform so we can see Android and iPhone separately, and loyalty members last since they order the most. We'd agree before we start that we roll back if payment failures go more than 0.5 points over control on any platform, if p99 payment latency gets 300 ms worse, or if completed orders per checkout drop more than 2 % against the baseline cohort. If any of those trips, the on-call engineer switches back to the old SDK with the config flag straight away, at any hour; that takes a couple of minutes and they don't wait for me. After that we'd keep widening it until everybody has it, ideally before Friday dinner.",
  },
  // image-resizer-memory-leak: short email to the team
  {
    id: 'a009',
    scenario: 'service',
    class: 'middling',
    points: points('P H S A'),
    text: [
      'Hi all,',
      'Quick note on how we roll out the new resizer. Engineering owns the service, the deploy and the traffic weights; I own the calls on when we move forward and what we accept.',
      "We'll go 1 %, 5 %, 25 %, 50 %, 100 %, and we stay at each of those for at least 24 hours before moving on. The service only restarts on deploys, so if something builds up over time we need a full day at every stage to see it. Thursday isn't realistic and I'll tell leadership so.",
      "Each step forward needs a yes from both the service's tech lead and me in the release thread.",
      "On the benchmark: the canary will tell us whether the new resizer is safe to run, not whether it makes listing pages better. If we want to claim the 20 % helps sellers, we'll run a proper randomised A/B test afterwards.",
      "I'll keep an eye on the dashboards and we'll talk if anything looks off.",
      'Thanks!',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: casual bullet points
  {
    id: 'a010',
    scenario: 'model',
    class: 'middling',
    points: points('C M'),
    text: [
      "- Start with employees, then the early-access writers, then English-language users, and German-language users after them, since the prompt was only reviewed in English and formal address matters in German. Business teams last; they're the ones who'd take 'du' as rude.",
      "- For a prompt change the error rate won't move. I'd watch the thumbs-down rate and how often people rewrite the draft, split by language, plus an eval set of German business emails scored for formality, and p95 latency and tokens per draft, since a warmer prompt may write longer text.",
      "- Then we'd see how it goes and widen it when it feels ready.",
    ].join('\n'),
  },
  // pricing-page-healthy: breezy, overconfident
  {
    id: 'a011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly it's a pricing page, so I wouldn't overthink it. I'd put it out to a slice of users, maybe ten percent, check that everything looks fine for a bit, and then roll it out to everybody in time for Marketing's campaign on Friday. Nothing in the backend changes, so the risk is really low. If something did break, engineering could always revert it. The main thing is making sure Marketing and Sales know when it goes live, so their links point to the right page and nobody is surprised.",
  },
  // support-model-upgrade: vague generalities
  {
    id: 'a012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "The new model already scored better in the offline evals, which is a good sign, so I'm fairly comfortable with it. I'd roll it out gradually and keep a close eye on how customers react to the answers. I'd also check in with Finance about the cost so they're not surprised by the bill. If people are unhappy, we can always go back to the old model. Communication with the support team is key here, since they'll hear about problems first, and I'd make sure the release notes explain what changed.",
  },
  // staff-cohort-artifact: keyword salad, fragments
  {
    id: 'a013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. Employees insiders shoppers new customers Plus members. 1 % 5 % 25 % 50 % 100 %. p99 200 ms, error rate 0.5 pp, conversion 2 % baseline cohort control. Holds gates metric time 12 h sign-off eng lead PM. Rollback on-call 24/7 config flag under 5 minutes. Canary safe A/B randomised better. Staff browse no buy conversion artifact baseline. Photos size guide product pages. Thresholds pre-committed. Cohort order high-value last. Gate, gate, hold, ramp. Dashboards p95 p99 median, errors 0.3 %, staff 2 % share, insiders 5 %, Plus members value. Baseline cohort versus control, significance, noise.',
  },
  // quiet-feedback-trap: keyword salad, jumbled
  {
    id: 'a014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Hallucination p95 thumbs-down harness 1/200 token cost per query. Staff pilot clinics hospital groups clinics. 24 h 25 % sign-off ML lead metric gate. Pre-committed +30 % +25 % 500 ms 0.5 pp. Rollback on-call flag five minutes. A/B randomised canary safe versus better. Dosage medications vets sparse feedback volume eval sample rate. Cheaper faster model summaries. Ramp 1 5 25 50 100. PM owns, engineering routing. Harness grader 0.5 % sample, summaries per minute 250, hospital groups 800 value. Metric hold inconclusive, no data, no problem. Thumbs-down 10 %, hallucination 4 %, latency 2.2 s.',
  },
  // after-the-sale-healthy: dismissive, rejects each practice
  {
    id: 'a015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I wouldn't bother putting segments in any particular order; a random 5 % is as good as employees-then-members'-club-then-everyone. I'm also not going to write rollback thresholds down in advance, things like 0.5 points of errors or 2 % of conversion, because that just boxes us in on a cosmetic change. No stepped ramp with long holds either: leadership wants it out this week, so we won't sit at 25 % for twelve hours. Sign-off at every stage is bureaucracy we can skip. I wouldn't let the on-call engineer roll back on their own without talking to me first, and I don't see the point of an A/B test afterwards. We ship it on Wednesday and look at the numbers next week.",
  },
  // lunch-peak-recommendations: polite but rejects each practice
  {
    id: 'a016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I don't think we need to start with employees and the preview programme and leave Plus subscribers to the end; the model is the same for everyone. I wouldn't fix thresholds ahead of time either, no 0.5-point error limit and no p99 number. Holding every stage for a full day so Singapore goes through its lunch peak isn't something I'd do, it would slow us down for a region that is a minority of traffic. I also don't plan to track eval scores, dismissed recommendations or compute cost; it's not a chatbot. Nobody needs to sign off each step, the PM shouldn't be making those calls anyway, and I wouldn't want a rollback to happen at night without a meeting in the morning. Treating the canary as only a safety check, with a separate A/B test later, isn't needed here.",
  },
  // booking-purchases-lag: confident product-lead voice
  {
    id: 'a017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "The nice thing about a canary is that it doubles as our experiment: the guests who get the new date picker are the test group, everyone else is the control, and if the canary's bookings come out higher we have our proof that the redesign is better and can announce the win. So the canary really is our A/B test. I'd expose employees first, then hosts browsing as guests, then regular guests, and first-time guests last because they are the least forgiving of a confusing form. The stages would be 1, 5, 25, 60 and 100 percent, and we wait at least twelve hours at each one before moving on, since guests often book hours later after talking it over at home; half an hour would show us nothing. The on-call engineer can switch the old page back on at any time of day without asking me; it's a flag and takes a minute or two. I'd rather not fix limits in advance, though: we'll decide what counts as a worrying drop once we see how the first day's numbers look.",
  },
  // prompt-locale-thumbs-down: matter-of-fact, short paragraphs
  {
    id: 'a018',
    scenario: 'model',
    class: 'misconception',
    points: points('P H R'),
    text: [
      'Engineering owns the prompt deployment and the gateway config; I own the go/no-go decisions and the schedule.',
      'A prompt is just text, so what can go wrong is the service around it. For a model release error rate and latency are all we need to watch. Thumbs-down is mostly noise from people who never liked the assistant anyway, and evals are overkill for a change of tone.',
      "Ramp: 1 %, 5 %, 25 %, 50 %, 100 %, holding a full day at each, so each stage sees a weekday's English and German traffic before we go wider.",
      "If errors or latency look bad, the on-call engineer rolls the prompt back on the spot, at any hour, by switching the prompt version flag. That takes minutes and they don't need to ask me.",
    ].join('\n'),
  },
  // image-resizer-memory-leak: talks about image formats instead
  {
    id: 'a019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The interesting part of this change is really the new photo format. Sellers increasingly upload from phones that save HEIC or AVIF by default, and converting those on the client is slow and drains the battery, so supporting them on the server is the right call. I'd also push the team to look at serving WebP or AVIF to browsers that accept it, because smaller images mean faster listing pages and better search ranking. Longer term I'd like a smart-crop feature that centres the product, and some guidance in the upload screen about lighting and backgrounds, because photo quality is one of the biggest drivers of whether a listing sells.",
  },
  // support-model-upgrade: talks about vendor choice and prompt design instead
  {
    id: 'a020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Before anything else I'd question whether we need the larger model at all. Most payroll questions are short and factual, so a smaller model with good retrieval over our help centre and the customer's own payslip data would probably answer them just as well for less money. I'd ask the vendor about volume discounts and committed-use pricing, and compare two or three providers on a shared question set. I'd also invest in the prompt: give the assistant a clear persona, tell it to cite the help article it used, and have it hand over to a human whenever a question touches someone's salary. That would help customers more than a longer context window.",
  },
];
