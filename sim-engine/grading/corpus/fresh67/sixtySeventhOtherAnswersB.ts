import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-seventh fresh set, author b: middling (bu028–bu030), weak (bu031–bu032), salad
 * (bu033–bu034), negated (bu035–bu036), misconception-led (bu037–bu038) and off-topic
 * (bu039–bu040) answers, written blind, labelled by hand.
 */
export const SIXTY_SEVENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // quiet-feedback-trap · Guernsey English register, ownership and pre-set limits only
  {
    id: 'bu028',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "For the vet summaries I'd split it like this. I'm the one who decides the rollback limits and writes them down; the platform engineers look after the routing and the model endpoint, that's theirs, not mine.",
      '',
      'The limits, agreed before we switch anything over, all against the current model: error rate up no more than 0.5 %, p95 latency up no more than 400 ms, summaries accepted without edits down no more than 3 points against the baseline, the harness hallucination rate up no more than one point, and the share of summaries vets mark as wrong no more than 20 % above what it is today.',
      '',
      "Those two quality signals, the hallucination rate from the eval harness and vets flagging summaries, I'd watch every day, mind, because errors and latency on their own will look fine with a cheaper model right up until a vet reads a wrong dose.",
      '',
      "The rest I'd work out with the team once we're under way.",
    ].join('\n'),
  },
  // payment-sdk-android-bursts · driving-theory PM, short headed paragraphs, holds counted in payments
  {
    id: 'bu029',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "Here's how I'd bring in the new payment SDK.",
      '',
      "Who first. Our own staff ordering lunch through the app, then the customers who signed up for beta builds, then regular customers, and people placing their very first order last, because a failed payment on a first order is a lost customer, not a retry. It's the same reason we never put brand-new learners on an untested lesson.",
      '',
      "Stages. Staff, 2 %, 10 %, 25 %, 50 %, 100 %. We stop at each one and hold: at least 5,000 payments per stage on Android and on iOS separately, and at least one Friday dinner in both the 10 % and the 25 % stage, since that's the busiest hour of the week and the SDK has never seen it.",
      '',
      "Going back. Whoever is on call can switch payments back to the old SDK path with the remote config flag, any time of day or night, without ringing anyone. It takes a few minutes and doesn't need an app release, because both SDKs ship in the current build.",
      '',
      "Wallet payments I'd leave switched off until the whole thing is at 100 %.",
    ].join('\n'),
  },
  // support-model-upgrade · limits never crossed, both signatures, learners' flags and tutors' corrections
  {
    id: 'bu030',
    scenario: 'model',
    class: 'middling',
    points: points('T S M A'),
    text: [
      'Finance wants to know the cost per conversation, so cost is one of the limits we would never cross. Written down before the new model takes any traffic, against the current model: cost per conversation no more than 25 % higher, errors no more than 0.5 % above, p95 response time no more than 700 ms slower, and questions resolved without a ticket no more than 2 points under the baseline.',
      '',
      "Quality I'd measure the way we do at the driving-theory tutor, where we count how often learners flag a wrong explanation and how often tutors have to correct the model. Here that's employees marking an answer as wrong and HR agents correcting the assistant's reply, and both are gated: neither may rise more than 10 % against the old model.",
      '',
      "Nothing widens without both signatures on the go/no-go form, the payroll knowledge lead's and the engineering lead's.",
      '',
      "And I'd be clear with finance and leadership that this rollout only tells us the bigger model is safe. The three-point eval gain doesn't prove it's better for users; that takes a randomised A/B test once the rollout is done.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Guernsey English register, vague throughout
  {
    id: 'bu031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Well, a faster image service is good news, eh. I'd not want to rush it just because the team's keen on Thursday, though.",
      '',
      "I'd put it out to some sellers first and keep a close eye on things, see how the listing pages behave. If anything looks off we'd pull it back and have a think. The engineers will know what to watch on the service side.",
      '',
      "Then, if all's well after a bit, out it goes to the rest. Slow and steady, that's how we'd do it on the island.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · driving-theory PM, generalities only
  {
    id: 'bu032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Recommendation models are a lot like the explanation model on our driving-theory tutor: you can't really know how they'll behave until real people use them.",
      '',
      "So I'd roll it out gradually, make sure the team is watching the important metrics, and be ready to react if something goes wrong in either region. Communication between Berlin and Asia would be key. I'd also want to listen to what users are saying.",
      '',
      'If the numbers look healthy we keep going; if not, we pause and investigate.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · keyword salad in the tutoring PM's vocabulary
  {
    id: 'bu033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Canary prompt warmer casual German 'du' 'Sie' thumbs-down.",
      'Cohort staff beta German new sign-ups last learner level test centre.',
      '5 % 25 % 100 % hold gate hold gate 2,000 drafts exam week.',
      'Limits never cross limits 0.5 % errors p95 300 ms thumbs-down 15 % baseline.',
      'Go/no-go form both signatures teaching lead engineering lead sign-off.',
      'Rollback on-call any hour config flip 2 minutes rollback.',
      'Eval harness formality hallucination tokens cost flags corrections.',
      'A/B randomised safe better canary. PM owns engineering owns.',
    ].join('\n'),
  },
  // search-tail-latency · salad dressed as numbered decisions with "because" lines
  {
    id: 'bu034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      '1. Canary index layout smaller cheaper p99 p99.9 tail latency filters.',
      'Because tail tail latency rare queries many filters 250 ms 0.5 % errors baseline searches per session.',
      '',
      '2. Cohorts internal librarians beta institutions free tier institutional licences last.',
      'Because cohort order gate hold 5 % 20 % 50 % 100 % a full exam week.',
      '',
      '3. Sign-off both signatures go/no-go form rollback on-call any hour routing switch minutes.',
      'Because A/B safe better randomised canary PM owns engineering owns routing.',
    ].join('\n'),
  },
  // booking-purchases-lag · every practice named to be rejected, plain prose
  {
    id: 'bu035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, for a date picker and a shorter form I wouldn't run a formal canary at all.",
      '',
      "I wouldn't start with staff, then opted-in users, and keep new guests for last; that ordering is overkill for a front-end change. I'd not write down rollback limits on errors, latency or bookings before we start, and I'd not hold at 5 % or 25 % waiting for the evening bookings to catch up.",
      '',
      "There'd be no go/no-go form with two signatures on it. I wouldn't set up an on-call person with authority to flip it back at 3 a.m. either, nor keep a config switch around for it. And I wouldn't follow up with a randomised A/B test to see whether it's any better.",
      '',
      'None of that, for this change.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Guernsey English register, every practice rejected
  {
    id: 'bu036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll be straight with you: I'd not be doing the usual canary rigmarole here.",
      '',
      "We wouldn't pick out staff vets or early-access clinics to go first, and we wouldn't keep new clinics back for the end. I'd not fix limits on the hallucination rate, on vets flagging summaries, on p95 latency or on cost before we begin, and I'd not gate anything on the eval harness either, not at one summary in two hundred. No holds counted in summaries, no named stages.",
      '',
      "Nobody signs a go/no-go form, not the clinical lead and not the engineering lead. I wouldn't ask on-call to be ready to switch the model back in the night. And I'd not be running a randomised A/B test after to ask whether it's better.",
      '',
      'Not for this one, eh.',
    ].join('\n'),
  },
  // support-model-upgrade · misconception: the canary is the A/B test that proves the bigger model better
  {
    id: 'bu037',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: [
      "The way I see it, the canary is our A/B test. Whoever's on the new model is the treatment and everyone else is the control, so if the canary group resolves more questions, that proves the bigger model is better, and we've got our answer for finance too.",
      '',
      'Who goes first still matters: our own HR staff, then customers in the early-access programme, then everyone else, with our largest payroll customers last, because a wrong payslip answer there turns into an escalation.',
      '',
      "I'd gate on more than errors: how often employees flag an answer as wrong, and the cost per conversation, since finance asked.",
      '',
      'If it goes badly, the on-call engineer flips the model config back to the old one, at any hour, no need to wake me; it takes a few minutes.',
      '',
      'Then, once the canary group shows the lift, we roll out to everyone and take the canary result as our proof of the three-point improvement.',
    ].join('\n'),
  },
  // after-the-sale-healthy · misconception: limits set from the first day's dashboard
  {
    id: 'bu038',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S'),
    text: [
      "A cosmetic change, and leadership wants it this week, so here's how I'd do it. I own the stages, the holds and the go/no-go decision; engineering owns the lazy-loading, the flag and the deploy.",
      '',
      'Stages: 5 %, 25 %, 50 %, 100 %, holding a full day at each.',
      '',
      "On thresholds, I don't believe in fixing numbers in advance. You can't know what normal looks like until the traffic is on the new page, so we watch the first day's dashboard and set the limits from what we see then: if conversion at 5 % looks 3 % down, that becomes our line.",
      '',
      'Before each step up, both signatures on the go/no-go form: the e-commerce lead and the engineering lead.',
      '',
      'That comes to about a week, which fits what leadership asked for.',
    ].join('\n'),
  },
  // pricing-page-healthy · off-topic: a week's plan for Friday's marketing campaign
  {
    id: 'bu039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'With the campaign going out on Friday, my plan is really about the campaign.',
      '',
      'Monday I sit down with marketing and agree the message: the clearer comparison table is the hero, so the email and the paid ads should show it. Tuesday I get five or six current subscribers on video calls and ask them to talk me through the table, which plan they would pick and what confuses them. Wednesday we fix the copy: plan names, the "most popular" badge, the wording of the annual discount.',
      '',
      "Thursday the campaign links get checked and tagged so we can attribute sign-ups to each channel. Friday it goes out at ten, and I'm in the channel with marketing and support all day.",
      '',
      "The week after, a short retro, eh: which channel brought the most trials, and what we'd change for the next campaign.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · off-topic: a capacity and feature-cost plan for the feature stores
  {
    id: 'bu040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "I'd start with the feature stores, since they were sized for the old model.",
      '',
      'First I ask engineering for a capacity review: requests per second at peak in each region, how many more features the new model reads per request, and what it would cost to double the Singapore store.',
      '',
      "Then I take that to finance as a one-page case with three options: resize now, cache the heaviest features, or trim the feature list. Meanwhile the data scientists look at which of the new features actually earn their keep in offline evaluation; at the driving-theory tutor we cut a third of our model's inputs that way and nobody noticed.",
      '',
      "Last, I'd set up a standing planning call that suits Berlin mornings and Singapore afternoons, so the two teams stop finding out about each other's changes from the incident channel.",
    ].join('\n'),
  },
];
