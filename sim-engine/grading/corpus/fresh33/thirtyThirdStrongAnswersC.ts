import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-third fresh set, author c: strong answers am041–am047, written blind and labelled by hand. */
export const THIRTY_THIRD_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'am041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Routing, the model endpoint and the flag belong to engineering. The calls that decide ' +
      "whether this canary catches anything are mine, and I'll say which ones as I go.\n\n" +
      'We start with our own HR and payroll staff using the assistant for a full day, because ' +
      'they know the right answer to a payslip question when they see one. Next come the ' +
      'customer admins in the early-access programme, then small companies on the standard ' +
      "plan. I'm putting the large payroll customers and anyone in their first month last: a " +
      "wrong answer about someone's net pay is a support ticket and a trust problem at the same " +
      'time.\n\n' +
      'Before any traffic moves, I write the stop lines down and the eng lead and I both sign ' +
      'them. Error rate no more than 0.3 points above the old model. p95 response time no more ' +
      'than 1.5 seconds slower. Hallucination rate on the eval harness no higher than 2 %, and ' +
      'we grade one live conversation in twenty during the canary rather than the usual ' +
      'trickle. Thumbs-down rate no more than 1 point above control, hand-offs to a human agent ' +
      "up by no more than 5 %, and cost per conversation no more than 40 % above today's. " +
      'Finance gets that last number from us, measured, not guessed.\n\n' +
      'The stages are 1 %, 5 %, 25 %, 50 % and 100 %. We stay at each one until the harness has ' +
      'graded at least 500 conversations and a full working day has passed, and the 25 % stage ' +
      'has to include a payroll run, when the hard questions arrive. At each gate I make the ' +
      'call to advance, and the support lead signs with me; if either of us says no, we wait.\n\n' +
      'Any engineer on call can flip the flag back to the old model, day or night, without ' +
      "asking me. It's a config change that takes under two minutes, and we rehearse it once " +
      'during the staff stage.\n\n' +
      'None of this shows the bigger model is better. The three-point gain is offline, on short ' +
      "questions. Once the canary says it's safe, I want a randomised A/B test on resolution " +
      'rate and cost per conversation before anyone calls it a win.',
  },
  {
    id: 'am042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Let me state from the onset that the engineers will handle the flag and the routing of ' +
      'traffic; that is their domain. My work as the PM is to decide who sees the new prompt ' +
      'first, which numbers will make us stop, and when we are permitted to move on.\n\n' +
      'Since the prompt was reviewed only by the English-speaking team, I will not treat German ' +
      'as an afterthought. The new prompt goes first to our own staff, and I will make sure ' +
      'German-speaking colleagues are among them. After that, the users who signed up for early ' +
      'access, English and German both, but tracked separately. Then English general users, ' +
      'then German general users, and the big business accounts last of all, because a casual ' +
      '"Hey Klaus!" sent to their client is an embarrassment they will not easily forgive.\n\n' +
      'Kindly note that before we start, the numbers will be agreed and written down, and ' +
      'nobody will be adjusting them on the day:\n' +
      '- thumbs-down rate not more than 1.5 points above the old prompt, per language, not ' +
      'blended;\n' +
      '- on the eval harness, correct formal address (Sie, not du) in at least 95 % of the ' +
      'German test emails, and hallucination rate not above 1 %;\n' +
      '- p95 latency not more than 300 ms worse, and tokens per email not up by more than 15 %, ' +
      'since a warmer prompt can easily become a longer one;\n' +
      '- errors not more than 0.2 % above control.\n\n' +
      'We shall go 1 %, 5 %, 20 %, 50 %, then 100 %, holding at least 48 hours at each step so ' +
      'that enough German users have written and rated. I sign off every step together with the ' +
      'ML lead, and if one of us is not satisfied, we stay where we are.\n\n' +
      'As for rollback, the on-call engineer may switch back to the old prompt at any hour of ' +
      'the day or night without calling me first. It is a config flag and it takes less than ' +
      'five minutes.\n\n' +
      'Finally, this canary will only tell us the new prompt is safe. Whether users actually ' +
      'prefer it is a separate question, and we shall answer it with a proper randomised A/B ' +
      'test afterwards.',
  },
  {
    id: 'am043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Launch day, the way I expect it to go.\n\n' +
      '7:00. Before anyone touches the flag, I send round the page the ML lead and I signed ' +
      "last week. It says what's mine (who gets the cheaper model and in what order, the stop " +
      "lines, how long we wait at each step) and what engineering's is: the routing, the eval " +
      'pipeline, the deploy. The stop lines are on it in black and white. Hallucination rate on ' +
      'graded summaries above 1 %, counting invented or dropped drugs, doses and findings. ' +
      'Thumbs-down or heavy-edit rate more than 2 points above the old model. p95 latency more ' +
      'than 1 second worse. Errors more than 0.3 % above control. And cost per summary has to ' +
      'actually fall, because cost is the whole reason for the change.\n\n' +
      "8:00. Staff only: our in-house vets and the clinical QA team. We've turned the eval " +
      'harness up from one summary in two hundred to every summary on canary traffic, because ' +
      'at our volume one in two hundred would grade next to nothing.\n\n' +
      '11:00. About 900 staff summaries graded, all inside the lines. Tomorrow the twelve ' +
      'clinics that asked for early access go on. Not today: I want a full clinic day of staff ' +
      'data first.\n\n' +
      '14:20. p95 jumps for ten minutes. Nobody rings me. The on-call engineer can flip the ' +
      'flag back to the old model at any hour, on her own, and it takes under two minutes; had ' +
      'it crossed the line she would have done it and told me afterwards. It settles by 14:35, ' +
      'below the line.\n\n' +
      '16:00. I walk the team through the rest of the week. Early-access clinics at 5 % of ' +
      'summaries for three full clinic days, not hours: with a few hundred summaries a minute ' +
      'at peak and hardly anyone rating, we need about 2,000 graded summaries and 300 ratings ' +
      'before the numbers mean anything. Then ordinary single-vet clinics at 25 % for another ' +
      'three days, then 50 %. Large multi-site practices and clinics still in their first month ' +
      "go last; a bad summary in someone's first week is how we lose them.\n\n" +
      "17:00. Every gate needs two names, mine and the ML lead's. Today there is no gate to " +
      'sign; staff stays staff overnight.\n\n' +
      '18:00. Someone asks in the channel whether vets like the new summaries better. Not from ' +
      "this, I say. The canary tells us the cheaper model is safe to run. Whether it's as good, " +
      "or better, is a randomised A/B test across matched clinics once we're stable, read on " +
      'edit rate and ratings.',
  },
  {
    id: 'am044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Recs model v2 rollout\n\n' +
      'BEFORE\n' +
      '- Split of work: engineering owns serving, the feature stores and the flag. I own the ' +
      'order of markets and users, the stop numbers, how long each step lasts, and go/no-go at ' +
      'every gate.\n' +
      '- Stop numbers, signed by me and the ML lead before day one, not revisited mid-rollout:\n' +
      '  - home-screen errors more than 0.2 points above control\n' +
      '  - p95 feature-store read latency more than 60 ms above control, per region\n' +
      '  - add-to-basket rate on recommended baskets down more than 3 % relative to control\n' +
      '  - "not for me" dismissals up more than 1 point\n' +
      '  - compute cost per 1,000 home-screen loads up more than 20 %, or feature-store CPU over ' +
      '75 %\n' +
      "- Offline replay of last week's traffic through the eval set; it has to at least match " +
      'the current model.\n' +
      '- Order: staff in Berlin and Singapore, then early-access users in both regions, then ' +
      'general users in both regions at the same share. New customers in their first week come ' +
      'last; a bad first home screen loses them. South-East Asia is in from the first step on ' +
      'purpose: its feature store at lunch is the thing most likely to break, and a Europe-only ' +
      'start would hide it.\n' +
      '- Rollback: the on-call engineer in Singapore hours may flip back to the old model ' +
      'alone, without waking Berlin. Flag flip, under 3 minutes, rehearsed once before 1 %.\n\n' +
      'DURING\n' +
      '- Steps: 1 % → 5 % → 25 % → 50 % → 100 %.\n' +
      '- Each step runs at least 24 h and must include one Singapore lunch peak and one ' +
      'European dinner peak before its gate.\n' +
      '- At each gate the ML lead and I sign; the Singapore on-call lead confirms their peak ' +
      'was clean.\n' +
      '- Any stop number crossed: roll back first, talk after.\n\n' +
      'AFTER\n' +
      '- A clean canary means v2 is safe to run, not that it sells more baskets. That question ' +
      'gets a randomised A/B test, two weeks, basket conversion and order value.\n' +
      '- Write-up, including feature-store headroom at 100 %.',
  },
  {
    id: 'am045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Here's the bet I'm willing to make: the new pricing service is safe, and I'm prepared to " +
      'be proved wrong cheaply. The loss is capped because the stakes are fixed before Tuesday ' +
      'evening. Fare-calculation errors or timeouts above 0.3 %, p99 quote time above 800 ms, ' +
      'more than 1 % of fares differing from the old service by over 2 %, or trip bookings down ' +
      '3 % against riders still on the old service: any one of those ends it. Engineering owns ' +
      'the service and the routing; I own who goes first, those numbers, and when we move. ' +
      'Staff rides first, then the riders in our early-access programme in one mid-sized city, ' +
      'then the rest of that city, with weekend-night and airport riders last because a wrong ' +
      'fare there costs the most. Stages go 1, 5, 25, 50 and 100 %, each held at least 24 ' +
      'hours, and no stage passes until it has lived through a 2 a.m. billing batch. The eng ' +
      'lead and I both sign each step. Whoever is on call at 2 a.m. can route riders back to ' +
      "the old service alone, no call to me, in under three minutes. Winning only proves it's " +
      'safe; whether it earns more is for a randomised A/B test.',
  },
  {
    id: 'am046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'Morning. Quick one on the payment SDK canary.\n\n' +
      "Yesterday the payments lead and I signed off the stop numbers, so they're frozen. " +
      'Payment failures more than 0.3 points above the old SDK, counted on Android and iOS ' +
      "separately and in any ten-minute window, so a burst doesn't get averaged away. p99 " +
      'payment call over 2 seconds. Paid orders per checkout down 2 % against customers still ' +
      'on the old SDK.\n\n' +
      'Reminder of who does what: platform owns the SDK release and the remote flag, I own the ' +
      'order, the numbers and the go calls.\n\n' +
      'Today, staff phones go on at ten. Then the beta-app users, then regular customers in two ' +
      'smaller cities, and first-time customers and the corporate-lunch accounts last, since a ' +
      "failed first payment or a failed office order is the one we don't get back. We move 1, " +
      '5, 25, 50, 100 %, at least 24 hours per step, and no step goes up right before Friday ' +
      'dinner. Each step needs the payments lead and me.\n\n' +
      "On-call can flip the flag back without asking anyone; it's remote config, under five " +
      'minutes, we tested it Tuesday.\n\n' +
      "No blockers. And to marketing's question: the canary won't tell us if wallets lift " +
      "conversion. That's an A/B test afterwards.",
  },
  {
    id: 'am047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The engineers run the switch between the two indexes. What I decide is who meets the new ' +
      'index first, which numbers make us stop, how long we wait before widening, and who gets ' +
      'to say go.\n\n' +
      'Who first: our own librarians and support staff, who run strange filtered searches all ' +
      'day. Then the researchers who signed up to try features early. Then free-tier users, a ' +
      'slice at a time. Universities and institutes on paid licences come at the end, because ' +
      "they're the contracts we'd lose.\n\n" +
      'Stop lines, agreed in writing before Monday and not renegotiated later: 99th-percentile ' +
      'search time more than 400 ms above the old index, measured separately for queries with ' +
      'three or more filters; failed searches more than 0.2 % above the old index; searches ' +
      'that end with a paper opened down by more than 3 % compared with users still on the old ' +
      'index.\n\n' +
      'Widening goes 1 in 100 users, then 5, 25, half, all. Each step stays put for at least ' +
      'two working days so the rare heavy queries actually turn up, and it moves only when the ' +
      'search lead and I have both put our names to it.\n\n' +
      "If any stop line is crossed, whoever's on call switches everyone back to the old index " +
      "straight away, at any hour, without waiting for me. It's a setting, back in under three " +
      'minutes.\n\n' +
      "Passing all this only means the new index doesn't hurt. If we want to claim it's better " +
      "for researchers, that's a separate, properly randomised experiment.",
  },
];
