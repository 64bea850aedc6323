import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-fourth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers an048–an060, written blind and labelled by hand. */
export const THIRTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'an048',
    scenario: 'service',
    class: 'middling',
    points: points('T R S'),
    text: "hey Marek, quick thoughts on the fare-service rollout before tomorrow's sync.\n\nthe thing I care most about is nights. trips peak around 1 to 3 a.m. at weekends and the pricing service shares its batch window with billing, so if this goes wrong it goes wrong while we're asleep. so: whoever is on call has full authority to roll back, no need to ring me or you, and it's the routing switch back to the old fare path, which we timed at under three minutes. no redeploys at 2 a.m.\n\nnumbers I'd like us to agree now, not on the night: fare-quote errors more than 0.5 % above the old service, p99 quote time 250 ms worse, or quoted fares off from the old calculation by more than 1 % on more than 0.1 % of trips (we can shadow-compare that). any one of those = roll back.\n\nand before every traffic bump, you and I both put a thumbs-up on the release thread. nobody moves it alone.\n\nrest we can sort out tomorrow?",
  },
  {
    id: 'an049',
    scenario: 'service',
    class: 'middling',
    points: points('C H A'),
    text: "I'd think first about who sees it. Our own staff and the handful of university librarians we work closely with, then free-tier users who signed up for the beta, then the free tier at large, and the institutional licences last. Those are the customers who renew based on whether search works for their researchers, and they're also the ones running the big many-filter queries, so they're where a bad tail hurts most.\n\nThen I'd ramp it 1, 5, 25, 50 and 100 percent, and I'd hold several days at each step, long enough for the rare filtered queries to show up in real numbers, because a median that looks great can hide an awful tail. We'd only move up when the slow end of the latency curve looks as good as it did on the old index.\n\nAnd I'd be clear with leadership that a quiet canary means the new index is safe to run, not that search got better. If we want to say anything about relevance or engagement, that's a proper A/B test afterwards.",
  },
  {
    id: 'an050',
    scenario: 'model',
    class: 'middling',
    points: points('P M'),
    text: "Hi Ruth,\n\nThanks for the question about cost; it's one of the things we'll be tracking from the first day the new model takes real conversations.\n\nOn who does what: I own the release decisions for the assistant, meaning which customers get the new model, when we widen it, and what makes us stop. Engineering owns serving the model and switching traffic between old and new.\n\nWhat we'll watch, beyond the usual errors and response times:\n- tokens and cost per conversation, old model vs new. The longer context window means longer prompts, so I expect this to rise, and I'll send you the figures every week of the rollout\n- the eval harness on payslip and leave questions, looking for answers that invent figures or rules\n- thumbs-down and hand-off-to-human rates on the assistant\n- p95 response time, since a larger model tends to be slower at the tail even when the average looks fine\n\nHappy to walk you through it on Thursday.\n\nBest,\nPriya",
  },
  {
    id: 'an051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Benchmarks say the new resizer is 20 % faster, so honestly I think the risk here is pretty low. I'd put it on a few servers first, keep an eye on the dashboards for a while, and if nothing looks off, push it everywhere by Thursday like the team wants. If something does go wrong we can always redeploy the old version. The engineers know this service much better than I do, so I'd leave the details of the rollout to them and just ask for an update when it's done.",
  },
  {
    id: 'an052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think this is a good change. A cheaper and faster model is a win for the clinics and for us, so I'd want to get it out without too much delay. I'd roll it out gradually, starting small, and keep an eye on how it's doing. If there are no problems we keep expanding until everyone has it. If the vets aren't happy we can switch back. The main thing is good communication, with the clinics and with engineering, so that everyone is aligned on the timeline and nobody is surprised.",
  },
  {
    id: 'an053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Pricing page canary. Cohorts staff beta enterprise 1 % 5 % 25 % 50 % 100 %, p99 200 ms sign-off, errors 0.5 % conversion 2 % baseline control holds gates. Time-based metric-based 24 h eng lead PM on-call rollback config flag 3 minutes. A/B randomised safety versus lift, campaign Friday comparison table checkout unchanged. Thresholds pre-committed ramp stakeholders, alignment, velocity, guardrails, north star, 0.5 % 200 ms 2 %. Segments internal opted-in low-risk high-value last, Friday, 1 % engineering confidence, 25 % business metrics volume, 50 % parity, kill switch, minutes not redeploy, SLO, dashboards.',
  },
  {
    id: 'an054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Warm prompt, German formality, du versus Sie, canary cohort thresholds ramp holds. Hallucination eval harness thumbs-down p95 token cost per query, 0.5 % 250 ms 2 % 1 % 5 % 25 % 48 h. Sign-off rollback on-call config two minutes, A/B safe better randomised. Locale segments internal opted-in beta free paying last, PM owns, engineering owns routing. Tone warmth brand voice empathy retention acceptance rate, metric gates, baseline, control, guardrail. Munich office, Early Access, tokens per suggestion 15 %, informal address 1 %, complaints tag, 3 a.m., no app update, stakeholder sync, velocity.',
  },
  {
    id: 'an055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, for bigger photos and a size guide I wouldn't run the textbook canary. I wouldn't send it to staff first; they're on the site all day but they're our own people, so what would that prove. I wouldn't write rollback thresholds in advance either, because nobody can know ahead of time which numbers matter for a photo change. I wouldn't do a staged ramp with holds between steps, or a sign-off at each step; that's process for its own sake on a cosmetic change. I wouldn't set up on-call rollback authority, we'd fix forward if anything came up. And I wouldn't bother with an A/B test afterwards. I'd ship it to everyone on Tuesday and look at the week's sales.",
  },
  {
    id: 'an056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I don't think this change needs the usual ceremony, so let me say what we wouldn't do. We wouldn't start with staff or an opted-in beta group; recommendations only mean something on real shoppers. We wouldn't hold at each stage until both regions have been through their peaks, and we wouldn't fix rollback limits up front, because the right limits only become clear once the model is live. We wouldn't set up an eval harness, basket feedback or cost-per-request tracking for the canary; the model team's offline metrics already cover quality. No sign-off rounds between steps. No rollback rota in Singapore hours either: if something breaks during the Singapore lunch, it can wait for Berlin to wake up. And no A/B test afterwards, that would just slow us down.",
  },
  {
    id: 'an057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: "My job as PM is the rollout decisions; engineering owns the flag and the new client-side store. I'd start with our own staff booking test stays, then guests in the beta programme, then returning guests, and first-time guests last, since they have the least patience with a clunky form.\n\nFor me the real point of the canary is to prove the new date picker beats the old one. We put 10 % of guests on it, compare bookings against the other 90 %, and if the 10 % book more, we have our answer and go to 100 %. That is our A/B test; I don't see the need to run a second one.\n\nI wouldn't fix thresholds up front either. I'd watch the first afternoon's numbers and decide from those what a bad result looks like for this page.\n\nIf something does go wrong, the on-call engineer flips the flag back. It takes a minute or two, and they don't need to ask me first.",
  },
  {
    id: 'an058',
    scenario: 'model',
    class: 'misconception',
    points: points('H S R'),
    text: "For a model swap I treat it like any backend change: the two things that tell you whether it's healthy are error rate and latency. If the new model isn't throwing errors and answers in time, it's working. The offline evals already showed its answers are better, so I wouldn't spend effort in the canary on hallucination checks or thumbs-down rates.\n\nI'd put our biggest enterprise customers on it first. They ask the most payroll questions, so they give us the richest signal the fastest.\n\nThe ramp would be 5 %, 25 %, 50 %, then 100 %, holding 48 hours at each step and only moving on when errors and latency have stayed flat for the whole hold. The engineering lead and I sign off each step together. Rollback is a config switch back to the old model that the on-call engineer can make at any hour without asking anyone, done in about two minutes.",
  },
  {
    id: 'an059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Moving reviews above the fold is a smart call. Shoppers for outdoor gear want to know whether a jacket really is waterproof or a tent survives wind, and reviews answer that faster than any spec sheet. I'd go further: pull out the two or three most useful reviews, with photos from customers using the gear outdoors, and show the average rating next to the price. Lazy-loading the gallery should help Largest Contentful Paint, which Google rewards, so organic traffic could benefit too. One thing to watch is review moderation. With reviews that prominent, a single rude or fake one on a best-seller is very visible, so support needs a quick way to hide them. Longer term I'd like to ask buyers for a review two weeks after delivery, once they've actually been out with the gear.",
  },
  {
    id: 'an060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "What excites me about this model is the extra features. Reading more signals per request, like the time of day, the weather and what's already in the fridge list, lets recommendations feel personal rather than a list of best-sellers. In South-East Asia I'd lean into local shopping habits: lunch baskets in Singapore look nothing like a weekly shop in Berlin, and the model should learn that from regional data rather than one global ranking. I'd also want a small team in Singapore, a product analyst and an ML engineer, so the people tuning the model understand the market and work in its time zone. On the product side, I'd test a \"complete your basket\" row at checkout, and let shoppers tell us why they dismissed a suggestion, which is a good source of training labels.",
  },
];
