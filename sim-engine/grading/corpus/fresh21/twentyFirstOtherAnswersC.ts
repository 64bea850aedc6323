import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-first fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers (aa048–aa060), written blind and labelled by hand.
 */
export const TWENTY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'aa048',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "I'd start with employees paying for their own lunch orders, then the beta testers, then a slice of the Android and iPhone app users, the web shop after that, and loyalty members last since they order the most and a failed payment on a Friday night would hit them hardest. What would make me pull it: payment failures more than 0.5 points above the old SDK, or completed orders per checkout down more than 2 %. I'd agree those with the team before we begin, not after. If either trips, the on-call engineer switches payments back to the old SDK straight away, no meeting needed, and that should take a couple of minutes. Ideally we're done well before Friday dinner.",
  },
  {
    id: 'aa049',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: "What worries me with a bigger model isn't it falling over, it's quietly making up numbers and costing more. So besides errors I'd have the eval harness grade a sample of real conversations for invented figures, and I'd watch thumbs-down on the assistant's answers, p95 response time, and tokens per conversation, since finance wants that number anyway. Stages of 1, 5, 25, 50 and 100 percent; we don't leave 5 or 25 until all of that has been steady for a full day, because the long conversations with pasted tables are rarer and we need the volume. Each move up gets signed by me and the engineering lead. The rest I'd leave to the team.",
  },
  {
    id: 'aa050',
    scenario: 'service',
    class: 'middling',
    points: points('P H A'),
    text: "As PM I wouldn't be choosing the deploy tooling, that's the platform team's job. Mine is deciding how far we go and when, and being clear about what the canary can and can't tell us. The service only restarts on deploys, so anything that builds up over time will hide in a short stage. I'd go 1 %, then 10 %, then 50 %, then everyone, and hold each stage at least 24 hours, moving on only if memory and response times stay flat across a full day. That doesn't fit Thursday, and I'd tell the team so. The benchmark says 20 % faster, but the canary isn't where we prove that; if we want to say listing pages got faster for sellers, that's an A/B test afterwards.",
  },
  {
    id: 'aa051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's a low-risk change, so I'd keep it simple. We'd put the new pricing page live for a small group first, keep an eye on how things look, and if all is well open it up to everyone before Marketing's campaign goes out on Friday. If something seems off we can always switch back. Because it's only a comparison table and the checkout behind it doesn't change, I don't expect any drama. The engineers know the release tooling far better than I do, so I'd let them pick the details. Mainly I'd make sure the team is in the loop and that Marketing knows the plan.",
  },
  {
    id: 'aa052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Honestly, prompts are one of the safer things to change, it's just text. I'd have the team try the new prompt on a bunch of examples first, then release it to some users and see how people like it. If the feedback is good we roll it out to everyone. Maybe worth checking the German side as well since a lot of our users write in German. I'd also ask the English team who wrote it whether they're happy with it, and keep an eye on support tickets for a week or so after it goes out.",
  },
  {
    id: 'aa053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Notes for my answer: new index layout, cheaper, smaller. p50 vs p99, 1.5 s, 1 in 40, three or more filters, full scan. Labs users, heavy researchers, institutional licences, readers, employees. 200 ms, 0.5 %, 2 %, 5 min, 100, 25, 1. Thresholds, holds, gates, sign-off, PM, eng lead, on-call, config, rollback. Control, baseline cohort, randomised, A/B, safe vs better. SLO, error budget, tail latency, dashboards, alerting. Metric gates vs time gates. Index rebuild, hosting cost, query logs, filters again, 1 in 40, p99 p99 p99.',
  },
  {
    id: 'aa054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'model canary / vets / summaries / dosage\neval harness, hallucination rate, 1 in 200, thumbs-down, p95, 2.2 s, tokens per summary, cost\nstaff, pilot clinics, clinics, hospital groups\n24 h, 600 ms, 0.5 pp, 5, 50, 100, 25, < 5 min\nmetric-based holds, sign-off, on-call, rollback, pre-committed thresholds, PM vs eng\ncanary vs A/B, safety, better, randomised\nsparse feedback, volume, no data ≠ no problem?, long holds, sample rate, medication lists, pilot, groups last?\ncheaper + faster model, 250/min, 8,000 users, 4 %, 10 %, eng lead, vet advisor, config flag',
  },
  {
    id: 'aa055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook answer is staff first, then the insider programme, with new customers and Plus members last. I wouldn't bother here: staff don't buy, so their numbers mean nothing, and I'd just take a random slice of shoppers. I also wouldn't write rollback numbers down in advance. Things like +0.5 points on errors or -2 % conversion look rigorous, but every release is different and I'd rather judge it when the data is in. Stages with holds at 5 and 25 % and a sign-off at every gate? Not for bigger photos and a size guide, that's process for its own sake. Same with an on-call rollback plan that runs in minutes; if something's wrong we'll put the old pages back in the next deploy. And people like to say a canary isn't an A/B test. I've never found the distinction useful in practice.",
  },
  {
    id: 'aa056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "Plenty of candidates would answer this with a staged ramp, 1, 5, 25, 50, holding each stage for a full day so Singapore gets its lunch peak in before going further. I don't think that's needed for a recommendation model; it either works or it doesn't. I wouldn't set up eval-harness scores, feedback rates, p95 or compute cost as gates either, that's a lot of dashboards for some baskets on a home screen. Letting the on-call engineer roll back at five in the morning without asking anyone? No, I'd want to be the one making that call, with the team, once we're in the office. And I'd skip the whole ordering exercise of staff, then preview, then regions, Plus last. To a recommender every user looks the same.",
  },
  {
    id: 'aa057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: "Leadership wants proof this page sells more, and the canary is how we get it: the canary group is our test group, and if it converts better than everyone else at 25 % we can tell them moving reviews above the fold worked. Order: employees, then the members' club, casual visitors, regular customers, first-time buyers, with guides and clubs last because they're our biggest accounts and I don't want to put them at risk. Stages of 1 %, 5 %, 25 %, 50 % and 100 %, and we sit at each one for at least 12 hours before going on. If conversion looks bad compared with what these same segments did last week, the on-call engineer switches the flag back; that takes a couple of minutes and nobody has to approve it. By the end of the week we'll know it's safe and that it's better.",
  },
  {
    id: 'aa058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S R'),
    text: "My role as PM is the go/no-go decisions; the ML engineers own the model switch and the routing. For a model swap what matters is whether the service stays up, so the rollback triggers, fixed before launch, are error rate more than 0.5 points over control and p99 latency more than 300 ms worse. If those hold, the model is fine; the offline evals already covered quality. I'd put enterprise customers on it first: they pay the most, so they should get the better model first, and they'll give us the most valuable signal. Each step up needs me and the eng lead to agree in writing. If a trigger fires, on-call switches the gateway back to the old model immediately, at any hour, in under five minutes.",
  },
  {
    id: 'aa059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "Before talking about the release I'd want to understand why guests drop off at booking at all. I'd run five or six usability sessions with guests who book after talking it over at home, watch session recordings of the current form, and map where a price change between visits confuses people. The new date picker should show the price per night right on the calendar and keep the form to three fields. I'd also line up with design on the visual language, with legal on the cancellation wording, and set up a fortnightly review with the host team so we hear about problems early.",
  },
  {
    id: 'aa060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real issue here is tone, so I'd start with the prompt itself. German has Sie and du, and business email almost always uses Sie, so I'd add an instruction to match the formality the user writes in and give the model a couple of German examples. I'd ask a native German speaker on the team to review twenty sample drafts, and write a short style guide for both languages covering greetings, sign-offs and how casual 'warm' is allowed to get. Longer term I'd push to hire a German content designer, because the English team shouldn't be reviewing German copy.",
  },
];
