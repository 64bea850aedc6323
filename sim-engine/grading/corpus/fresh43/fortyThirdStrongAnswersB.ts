import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Forty-third fresh set, author b: strong answers (aw021–aw027), written blind, labelled by hand. */
export const FORTY_THIRD_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: a numbered list of commitments the PM signs
  {
    id: 'aw021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'What I sign before the larger model answers a payroll question:',
      '1. Exposure calls are mine: who, in what order, the limits, the holds. The ML platform team owns routing and deploy.',
      '2. Our own HR and payroll staff first, then early-access customers, then small accounts. Large employers last, because a wrong payslip answer costs them the most trust.',
      '3. The rollback limits are written into the release doc before any traffic moves: errors more than 0.5 % above the old model, p95 latency more than 400 ms above it, a hallucination rate over 2 % in the eval harness, a thumbs-down rate up by more than a fifth, or a cost per conversation above four cents.',
      '4. We go through 1 %, 5 %, 25 %, 50 % and 100 %. Each stage holds for at least 24 hours and advances only when every limit stayed green for the whole hold.',
      '5. The support-operations lead and I both sign each advance.',
      '6. The on-call ML engineer may roll back at any hour without asking anyone: a config switch to the old model, done in under five minutes.',
      '7. The canary tells us the model is safe to run. Whether it answers better is a question for a randomised A/B test afterwards, never for the canary cohort.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: a Jamaican English register, spoken
  {
    id: 'aw022',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Alright, so. Firs' ting, mi waan be clear 'bout who own what. Di engineers dem own di SDK integration an' di traffic routing, dat a fi dem. What I own as di PM a di decisions: which customers get it first, how far wi ramp, how long wi hold, an' which number mek wi pull it back.",
      "Di order now. Staff phone dem go first, 'cause everybody inna di office order dem lunch through di app anyway. Then di beta testers who sign up fi early builds, 'cause dem will tell yuh when someting look funny. Then regular iPhone customers. Android come last, 'cause a deh so most a di orders pay, an' a deh so di new SDK nuh prove yet.",
      'Di numbers, wi write dem down before one single payment touch di new SDK: payment failures more than half a percent over di old SDK, p99 pon di payment call more than two hundred milliseconds slower, or completed orders down two percent against di control group. Any one a dem trip, it come back.',
      "Di ramp go one percent, five, twenty-five, fifty, hundred. Every step hold at least one full day, an' di gate only open if all three number stay clean di whole hold. An' because dis ting fail inna bursts, every hold haffi cover one evening peak before wi step up. Friday dinner only see it when wi reach fifty.",
      "Who sign? Me an' di payments engineering lead, both a wi, every single step. Nobody move it up pon dem own.",
      "Rollback: di on-call engineer can flip it back any hour, day or night, an' dem nuh need fi call mi or nobody else. It a one remote config flag, so everybody back pon di old SDK inna two, three minutes, no new app release.",
      "Las' ting. Dis canary tell wi seh it safe. It nuh tell wi seh wallet payments better. If wi waan know dat, wi run a proper randomised A/B test afterwards.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: a dialogue between the candidate and the interviewer
  {
    id: 'aw023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I: Walk me through how you'd canary the warmer prompt.",
      'C: First, who decides what. I decide the order of groups, the rollback limits and how long each stage holds. Engineering handles the prompt deployment and the flag that routes users.',
      'I: Who goes first?',
      "C: Our own staff who write in English, then English-speaking early-access users, then German-speaking staff and German beta users, and only then German customers in general. They come last because formal address matters to them and nobody on the review team read the prompt in German. Business accounts in either language come after consumer ones, since they're least forgiving of a chummy tone.",
      'I: What makes you stop?',
      "C: Numbers we agree before the first user sees it. A thumbs-down rate more than 15 % above the old prompt in either language, counted separately. The eval harness — we'd add a German register check — flagging more than 3 % of sampled replies for the wrong form of address or for invented content. p95 latency above 1.5 seconds. Errors up more than half a percent. Tokens per reply up more than 20 %.",
      'I: Why separately per language?',
      'C: An average weighted towards English would hide a German problem, and a quarter of our users write in German.',
      'I: And the ramp?',
      "C: 1 %, 5 %, 20 %, 50 %, 100 %, each stage held for 48 hours, and we only move on when both languages have enough ratings to read the thumbs-down rate. If the German group hasn't produced enough feedback yet, we keep holding.",
      'I: Who approves each step?',
      'C: I sign off together with the localisation lead, and for every stage that includes German users her signature is mandatory.',
      'I: Something goes wrong at three in the morning.',
      'C: The on-call engineer turns the flag off without asking anyone. The old prompt is back in under a minute, and they tell us in the morning.',
      'I: Marketing says the friendlier tone will lift engagement. Will the canary show that?',
      "C: No. The canary tells us the prompt is safe to ship. If we want to know whether warmer is better, that's a randomised A/B test, run afterwards against a proper control.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: a PM at a bank, writing a change-advisory-board submission
  {
    id: 'aw024',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll set this out the way I would for the change advisory board at the bank where I work, because that's the discipline I'd bring to it.",
      'Change requested. Fare calculation for every trip moves from the current fare engine to the new pricing service.',
      'Accountabilities. The product manager is accountable for the exposure decisions: which riders are exposed and in what sequence, the back-out limits, the length of each hold and whether to advance. Platform engineering is responsible for the routing layer, the deployment and the running of the service. The board is asked to note that the two are kept separate.',
      'Exposure sequence. Employee trips in a single city first; then riders enrolled in the beta programme; then weekday daytime trips in the smaller markets. Airport runs and weekend night trips come last, because those fares are the largest and a wrong fare at the peak costs the most trust.',
      'Back-out criteria, fixed at approval and not open to revision once the change window opens: fare-calculation errors more than 0.3 % above control; p99 quote latency more than 250 ms above control; completed trips per request down more than 2 % against the control cohort; any fare differing by more than 1 % from the old engine in shadow comparison.',
      'Implementation stages. Exposure moves through 1 %, 5 %, 25 %, 50 % and 100 %. Each stage is held for at least 24 hours, must span one of the nightly batch windows shared with billing, and advances only when every back-out criterion remained clear throughout the hold.',
      'Approvals. Each advance requires the signatures of the product manager and the duty SRE manager, recorded against this change.',
      'Back-out authority. The on-call engineer is authorised to back out at any hour, two in the morning at the weekend peak included, without seeking approval from me or from the board. The back-out is a routing change to the existing fare engine and completes in under five minutes; no redeployment is involved. The board is asked to pre-approve this.',
      'Assurance statement. This canary establishes that the new service is safe to run. It does not establish that fares or conversion are better; any such claim would need a separately approved, randomised A/B test.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: a PM at a smart-home devices company
  {
    id: 'aw025',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I'm a PM for connected thermostats and cameras, where a bad firmware push can leave a family cold at night, so I think about canaries in terms of who gets hurt first. Here's how I'd run this one.",
      "What I decide, and what I don't. I choose the groups and regions and their order, set the rollback limits and the holds, and decide when we move on. The ML platform and feature-store engineers own the deploy, the traffic split and the capacity work.",
      "Order. Employees in Berlin first, then our opted-in beta shoppers in Europe, then European customers in general. South-East Asia comes last, Singapore in particular, because its feature store has the least headroom at lunch, and a broken home screen at lunch hits that region's busiest basket hour.",
      "Limits, agreed and written down before the first step: home-screen errors more than 0.5 % above control; p95 latency of the recommendation call more than 150 ms above control in any single region; feature-store reads per request above one and a half times the old model's, which is our compute-cost ceiling; and the rate at which shoppers dismiss a recommended basket up more than 10 % on control.",
      'Stages. 1 %, 5 %, 25 %, 50 %, then everyone. Each stage holds for at least 24 hours so that it spans both the European evening and the Singapore lunch peak, which falls in the early Berlin morning while our team is asleep, and we advance only when both peaks came through inside the limits.',
      'Sign-off. I sign each advance together with the engineering lead for the Asian region, who reads the Singapore peak numbers herself.',
      "Rollback. Whoever is on call can switch back to the old model on their own authority, at any hour, with a flag that takes effect in about two minutes. For this rollout we'll have an on-call engineer in the Asian time zone, so nobody waits for Berlin to wake up.",
      "What it won't tell us. The canary says the new model is safe to run at each region's peak. Whether it sells more baskets is another question, answered afterwards by a randomised A/B test with a proper holdout, not by reading the canary cohort's spend.",
    ].join('\n'),
  },
  // quiet-feedback-trap: compares this rollout with the last one, point by point
  {
    id: 'aw026',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'The last time we swapped the summariser model it went badly, so let me go point by point through what we did then and what I would do now.',
      'Ownership. Last time the ML engineer decided when to ramp. This time I own the order of clinics, the limits and the holds, and the ML team owns serving and routing.',
      'Who goes first. Last time, a random 5 % of clinics. This time our in-house vet advisers first, then clinics in the pilot programme who have agreed to rate summaries, then single-vet practices, and large multi-site groups last, because they produce the most summaries and have the most to lose.',
      "Limits. Last time it was 'we'll know it when we see it'. This time the numbers are fixed before any clinic is switched: a factual-error rate above 2 % in the graded sample, p95 latency above three seconds, errors more than half a percent over the old model, the share of low ratings up more than five points once at least fifty ratings are in, and cost per summary no higher than the old model's, since saving money is the point.",
      'Grading. Last time the eval harness graded one summary in two hundred, which at 5 % is almost nothing. This time it grades one in twenty of the canary summaries for as long as the canary runs.',
      'Holds. Last time one day at 5 % and then everyone. This time 2 %, 10 %, 25 %, 50 %, 100 %, each held until at least four hundred summaries have been graded and never less than three clinic days; we advance only if every limit held.',
      'Sign-off. Last time nobody signed anything. This time the clinical-content lead and I sign each advance.',
      'Rollback. Last time it took a redeploy, forty minutes and a phone call to me. This time the on-call engineer flips the routing flag back without asking anyone, and the old model is serving again in under five minutes.',
      'What we claim. Last time we told the company the pilot clinics preferred the new summaries, which the canary could never show. This time the canary only tells us the cheaper model is safe. Whether its summaries are as good or better gets a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // search-tail-latency: bullets with arrows for consequences (X ⇒ Y)
  {
    id: 'aw027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "- I own the order, the limits, the holds and each decision to advance ⇒ the search-infrastructure team owns the index build and the routing, and doesn't have to guess my risk appetite.",
      '- Our own staff and the librarians in the beta programme first, then free-tier users, institutional licences last ⇒ the people who pay and run heavy filtered queries see it only once it has held up.',
      '- Limits fixed in the launch doc before any query moves: p99 latency more than 300 ms above the old index, errors more than 0.5 % above control, click-through down more than 3 % ⇒ any one breached means we roll back.',
      '- Stages at 1 %, 5 %, 25 %, 50 %, 100 %, each held 48 hours and gated on those limits ⇒ rare many-filter queries have time to reach the tail before we widen.',
      '- The search engineering lead and I both sign every advance ⇒ no stage moves on one person’s optimism.',
      '- The on-call engineer rolls back alone, any hour, by pointing the router at the old index in under three minutes ⇒ nobody waits for me at night.',
      '- The canary shows the new layout is safe, not that it is better ⇒ better is a randomised A/B test, later.',
    ].join('\n'),
  },
];
