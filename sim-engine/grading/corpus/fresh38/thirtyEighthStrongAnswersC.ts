import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-eighth fresh set, author c: strong answers (ar041–ar047), written blind and labelled by hand. */
export const THIRTY_EIGHTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ar041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Right. So the first thing I'd be wanting clear is what's mine and what's no. The " +
      "engineers own the serving and the routing, that's their kit and I'm no touching it. " +
      'What I own is who gets the new model first, what numbers make us pull it, how long we ' +
      'sit at each step, and the call to move on.\n' +
      '\n' +
      'Order-wise: our own HR and payroll folk first. They ask the assistant about leave and ' +
      "payslips every week, and they'll ken in seconds when an answer's daft. Then the " +
      'customers that signed up for the beta programme. Then the wee companies on the standard ' +
      "plan. The big payroll accounts go last, because a wrong answer about somebody's pay in " +
      "a five-thousand-seat company isnae just a ticket, it's an escalation.\n" +
      '\n' +
      'Before a single conversation goes over, we write the limits down and everybody puts ' +
      'their name to it. Errors up more than half a point on the old model, back it comes. p95 ' +
      "response time more than 800 milliseconds worse, same. It's a bigger model, it'll be a " +
      "bit slower, fine, but there's slower and there's folk sat watching a spinner. " +
      'Hallucinations: the eval harness grades a sample of real conversations against the ' +
      "payroll docs, and if more than 2 % of answers are making things up, that's it. " +
      'Thumbs-down up more than three points, rollback. And since finance are asking, if the ' +
      'cost per conversation goes over one and a half times what we pay the now, we stop there ' +
      'and have that conversation before going any further.\n' +
      '\n' +
      "Ramp's 1, 5, 25, 50, then everybody. A full day at each, two at 25 because that's where " +
      "there's enough thumbs to read, and we only move if every number's inside its limit. Me " +
      'and the ML lead sign off each step, in the release channel, numbers pasted in.\n' +
      '\n' +
      "If anything crosses a line, the on-call engineer switches back to the old model. It's a " +
      'config flag, two or three minutes, any hour, and they dinnae need to phone me first. ' +
      'They just tell me after.\n' +
      '\n' +
      "And the three points on the evals? Grand. But the canary doesnae tell us it's better, " +
      "just that it's no dangerous. Better is an A/B test, after.",
  },
  {
    id: 'ar042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Before\n' +
      '- Split of work: I own the release plan (who sees the new prompt when, the stop limits, ' +
      'how long each stage holds, the go/no-go). The assistant team owns prompt versioning and ' +
      'the traffic split.\n' +
      '- Limits, signed by me and the assistant team lead before anything ships, not edited ' +
      "once we're live. Per locale, against users still on the old prompt: thumbs-down rate up " +
      'more than 1.5 points; on the eval harness, more than 1 % of German drafts switching to ' +
      '"du" when the thread uses "Sie"; p95 latency up more than 300 ms; tokens per draft up ' +
      'more than 20 % (the warmer prompt is longer); error rate up more than 0.3 points.\n' +
      '- The German eval set gets built now, with our two German-speaking support staff ' +
      "writing the formal-address cases. Nobody who wrote the prompt reads German, so that's " +
      'the gap.\n' +
      '- Rollback rehearsed: going back means pinning the previous prompt version in config. ' +
      'Took about a minute in staging.\n' +
      '\n' +
      'During\n' +
      '- Employees first, English and German both. Then users in the early-access programme. ' +
      'Then English-speaking users generally. German users get their own ramp and only start ' +
      "once English has passed 25 %, because that's where the risk is and I want it isolated.\n" +
      '- Stages per locale: 2 %, 10 %, 25 %, 50 %, 100 %, each held at least two working days, ' +
      'so we see a normal week of email and enough thumbs to mean something.\n' +
      '- No stage advances without me and the team lead both saying yes in the release thread.\n' +
      '- Any engineer on the rota can pin the old prompt the moment a limit is crossed, night ' +
      "or weekend, for one locale or both, without asking me. I'd rather hear about it " +
      'afterwards than have them wait.\n' +
      '\n' +
      'After\n' +
      "- A clean canary only tells me the warmer prompt isn't breaking anything. It doesn't " +
      'tell me people prefer it. For that we run a proper randomised A/B test afterwards, per ' +
      "locale, on drafts sent without edits, and I'd be ready to keep the old prompt in German " +
      "if that's what it says.",
  },
  {
    id: 'ar043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      "Every number here has a reason, so I'll give the reason with it.\n" +
      '\n' +
      'Engineering owns the model routing and the eval harness itself. I own which clinics go ' +
      'first, the stop limits, the hold lengths and the decision to advance.\n' +
      '\n' +
      'Order: our in-house vets and the four design-partner clinics first, because they ' +
      'already talk to us weekly, which is exactly the feedback this product lacks. Then ' +
      'early-access clinics, then small general practices. Emergency and referral hospitals ' +
      'last: a wrong drug or dose in a summary there reaches a sick animal fastest.\n' +
      '\n' +
      'Sampling. The harness grades one summary in two hundred. Over a clinic day we average ' +
      'maybe 150 summaries a minute, so a 5 % canary makes about 450 an hour and the harness ' +
      'would grade two of them. Nobody can decide anything on that. So before we start, ' +
      "engineering grades one in ten of the canary's summaries: about 45 an hour, 200 in a " +
      'morning.\n' +
      '\n' +
      'Limits, fixed before the first clinic moves:\n' +
      '\n' +
      "- Hallucination (a finding or medication that isn't in the notes) above 2 % on the " +
      'harness. The current model sits near 1 %, and with 200 graded summaries a doubling is ' +
      'something we can tell apart from luck.\n' +
      '- Edit rate, the share of a summary vets rewrite before saving, up more than 5 points ' +
      'on control. I use edits because so few vets rate, and edits happen on every summary. ' +
      'Week to week it moves about 2 points, so 5 is clear of noise.\n' +
      '- p95 latency more than 1 second worse. Vets read these between appointments; our ' +
      "research put the give-up point near 4 seconds and we're at about 3.\n" +
      '- Errors more than 0.5 points above control; the normal daily wobble is 0.2.\n' +
      "- Cost per summary: the whole point is saving money, so if it isn't at least 30 % " +
      'cheaper by the 25 % stage we stop. No reason to carry the risk otherwise.\n' +
      '\n' +
      "Ramp 5, 25, 50, 100. Five because it's the smallest slice that fills the boosted sample " +
      'in a morning. Each stage holds a full clinic weekday and until 200 graded summaries are ' +
      'in, whichever comes later. Ratings I only read from 25 %, when there are enough of ' +
      'them.\n' +
      '\n' +
      'The ML lead and I sign off each step; our clinical advisor signs too before 100 %, ' +
      'since she knows what a dangerous summary looks like.\n' +
      '\n' +
      'The on-call engineer flips the routing flag back to the old model, any hour, no ' +
      'approval. We timed it at 90 seconds in staging.\n' +
      '\n' +
      "A quiet canary means it's safe enough, not that the summaries are as good. Claiming " +
      'that takes a randomised A/B test afterwards.',
  },
  {
    id: 'ar044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text:
      'Split: I own cohorts, limits, holds and go/no-go. ML platform owns the routing flag and ' +
      'the feature stores.\n' +
      '\n' +
      'Stage | Who | Traffic | Hold (min) | To advance\n' +
      '1 | Staff, Berlin + Singapore | <1 % | 24 h, incl. SG lunch (06:00 Berlin) and EU lunch ' +
      '| all limits green, me + ML lead sign\n' +
      '2 | Beta opt-ins, both regions | 5 % | 48 h | same\n' +
      '3 | Regular customers, both regions | 25 % | 48 h, weekdays | same, basket numbers ' +
      'readable\n' +
      '4 | All except subscription households | 50 % | 24 h | same\n' +
      '5 | Everyone | 100 % | - | me + head of eng\n' +
      '\n' +
      'Both regions at every stage, so the Singapore peak is inside every hold. Subscribers ' +
      'last: biggest baskets, least patience.\n' +
      '\n' +
      'Limits (in the kickoff doc, frozen once live), per region vs control:\n' +
      'Signal | Roll back if\n' +
      'Home-screen errors | > +0.5 pts\n' +
      'p95 recs latency | > +150 ms\n' +
      'Feature-store CPU | > 75 % for 10 min\n' +
      'Generic fallback baskets shown | > 2 %\n' +
      'Add-to-basket from recs | down > 3 % rel. (from stage 3)\n' +
      'Compute cost / 1k requests | > +25 %\n' +
      '\n' +
      "Rollback: whoever's on call, Berlin or Singapore, flips the flag back to the old model. " +
      'Under 3 min, no approval, any hour.\n' +
      '\n' +
      'Not answered here: whether the new model sells more. Canary = safe. Better = A/B test ' +
      'afterwards.',
  },
  {
    id: 'ar045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      "Ok so I've done basically this for fares before, here's how I'd run it.\n" +
      '\n' +
      'Who does what first. Pricing eng owns the service and the flag that routes fare ' +
      'requests. I own the plan: who gets the new fares first, what numbers kill it, how fast ' +
      'we ramp, and whether we go to the next step.\n' +
      '\n' +
      "Who goes first: staff rides. We've got a few hundred employees riding every week on " +
      'ride credit. Then riders in the beta program. Then one mid-size city. Big cities and ' +
      "business accounts last, 'cause a wrong fare on an expense report is exactly the thing " +
      'that ends up on Twitter.\n' +
      '\n' +
      'Kill numbers, written down before Tuesday and nobody touches them after: more than 0.2 ' +
      "% of trips where the new fare is off from the old service's shadow calc by over a euro, " +
      'pricing API errors up 0.3 points on control, p99 quote time up 150 ms, or ' +
      'request-after-quote conversion down 2 % versus control.\n' +
      '\n' +
      'Ramp is 1, 5, 20, 50, 100. Each step holds at least 24 hours and has to get through a ' +
      "nightly batch window with billing clean, that's the scary bit. And we don't go past 50 " +
      "until we've sat through a Friday or Saturday night. Me and the pricing lead both say go " +
      'on each step. No go-aheads at 3 a.m., ever.\n' +
      '\n' +
      "Rollback's the opposite. Whoever's on call flips the flag back to the old service, like " +
      'two minutes, 2 a.m. included, no need to wake me or anybody. We practise it Monday ' +
      'before we start.\n' +
      '\n' +
      "And look, the canary just tells us the new service prices trips right and doesn't fall " +
      "over. If someone wants to say it's better for conversion, that's an A/B test later.",
  },
  {
    id: 'ar046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'I think of this like putting a new dish on the menu: you taste it at the pass before it ' +
      'goes out to the dining room, and you decide what "too salty" means before you taste it.\n' +
      '\n' +
      "So who's cooking what. The search infra team runs the kitchen, the new index and the " +
      'router between old and new. I write the menu, so to speak: who gets it first, when we ' +
      'stop, how long we wait and whether we go on.\n' +
      '\n' +
      'Who tastes first: our own staff and the librarians on our advisory board. Then ' +
      'free-tier users who opted into our labs programme, and those are exactly the people who ' +
      'build huge filtered queries, which the benchmark skipped, so I want them early. Then ' +
      'the free tier at large. Institutional licences come last, because they pay, they have ' +
      "an SLA, and a slow search in the middle of someone's literature review is the hardest " +
      'to win back.\n' +
      '\n' +
      "Like a pilot's decision speeds, the limits are set on the ground: p99 latency more than " +
      '150 ms above the old index, p99.9 on queries with three or more filters more than 400 ' +
      'ms above, errors or timeouts up 0.3 points, zero-result rate up 1 point, first-page ' +
      'click-through down 3 % versus control. Nobody renegotiates them in the air.\n' +
      '\n' +
      "Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. Each step holds at least a day and until we've seen " +
      '20,000 filtered queries, so the rare ones actually show up. The search lead and I both ' +
      'sign off each step, captain and first officer, both saying "continue".\n' +
      '\n' +
      'And anyone on call can call the go-around without asking: the router points traffic ' +
      'back at the old index, which we keep warm, in under two minutes.\n' +
      '\n' +
      'Last thing. A smooth test flight tells you the plane is safe, not that passengers like ' +
      "it better. If we want to know whether the new layout gives better results, that's a " +
      'proper A/B test afterwards.',
  },
  {
    id: 'ar047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'I own the order, the limits and the pace.\n' +
      'Engineering owns the deploy and the traffic switch.\n' +
      'Staff go first, on iOS and Android.\n' +
      'Then beta users who opted in.\n' +
      'Then ordinary customers in one small city.\n' +
      'Busy cities and big restaurant chains come last.\n' +
      'A failed payment there costs us most.\n' +
      'We agree the limits before starting.\n' +
      'Payment failures up 0.3 points: roll back.\n' +
      'Checkout p99 slower by 300 ms: roll back.\n' +
      'Orders per session down 2 %: roll back.\n' +
      'We watch Android and iOS separately.\n' +
      'Failures come in bursts, so we use five-minute windows.\n' +
      'Stages are 1, 5, 25, 50, then 100 percent.\n' +
      'Each stage holds at least one full day.\n' +
      'One hold must include a Friday dinner peak.\n' +
      'Nothing moves up while a limit is red.\n' +
      'The payments lead and I sign each step.\n' +
      'On-call can roll back anytime, without asking me.\n' +
      'It is a flag flip to the old SDK.\n' +
      'It takes under three minutes.\n' +
      'We rehearse it before day one.\n' +
      'This canary proves safety, nothing more.\n' +
      'Whether wallets help needs a proper A/B test later.',
  },
];
