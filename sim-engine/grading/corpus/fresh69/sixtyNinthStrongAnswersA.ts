import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-ninth fresh held-out set, author a: strong answers (bw001–bw007). Written blind (neither the grader nor any other answer file was read) and labelled by hand before anything was run. Four model scenarios (every point incl. model-metrics), three service scenarios. */
export const SIXTY_NINTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model): Cumbrian speech; hire-app PM as background; fell-walk stages; milkings and lambing week; "aye, send it" + eng lead; yesterday's model by pager holder
  {
    id: 'bw001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Reet, so. Ah've spent four year as PM on a farm-machinery hire app, folk booking a muck spreader or a telehandler off their phone, and we swapped the model under our own help bot last back-end.",
      "First, what's mine and what's not. Ah own the order folk get it in, the limits that send it back, and how long we bide at each stage. Engineering own the routing, the model endpoint and the flag. Ah don't touch them switches and they don't pick me cohorts.",
      "Order: our own payroll and HR staff first, since they use the assistant every day and they'll tell us straight when it's talking rubbish. Then the customers who've put their names down for early features. Then small firms. The big payroll accounts, and anybody who signed up this month, come last, because a wrong answer about somebody's payslip in their first week is the one that loses us the account.",
      "Limits, wrote down and agreed afore a single question goes to the new model. Errors: owt past 0.5 % over what we get now on the old model. p95 latency: owt past 300 ms over today's. Hallucination rate from the eval harness: owt past 2 % of sampled answers, and Ah'd lean the sample on long payslip questions, since the three-point offline gain was only on short ones. Thumbs-down rate: owt past 1.5 points over the old model. Cost per conversation: owt past 40 % over now, because finance have asked. And on the business side, chats handed over to a human up more than 3 % against the control group sends it back an' all.",
      "Stages are a fell walk. The foothills is staff and the early-access lot, about 5 % of conversations, held for six milkings, so three days. The saddle is 25 %, held a full lambing week so a payroll run goes through it. Then the summit, 100 %. At each one, Annie Robinson, who leads support, puts 'aye, send it' in the ops channel, and Tom, the eng lead, does the same, or we don't climb.",
      "Rollback: whoever holds the pager switches back to yesterday's model. It's a routing config flip, two minutes, no redeploy, and they don't ring me first, at any hour of the day or night.",
      "And Ah'll say it plain: this tells us the bigger model is safe. Whether it's better, fewer tickets and happier folk, that's a randomised A/B test after, not summat we read off the canary.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model): Cumbrian speech, clipped; cohorts by valley and practice size; fell-walk stages; "aye, send it" + clinical lead; yesterday's model by pager holder
  {
    id: 'bw002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Vets' summariser, cheaper model. Here's how Ah'd run it.",
      "Mine: the clinic order, the limits, the holds. Engineering's: the routing and the model switch.",
      "Who first: our own clinical staff on the demo practice, then the clinics that asked to trial it, then single-vet practices in the Eden valley. The big mixed practices round Kendal go last; they've most notes and most to lose.",
      "Feedback's sparse, so Ah'd have the eval harness grade one summary in ten for the canary, not one in two hundred.",
      "Limits, signed afore traffic moves: errors owt past 0.5 % over what we get now; p95 owt past 250 ms over now; harness hallucination rate past 1 %; summaries vets have to edit up more than 5 points on the old model's rate; summaries accepted as written down more than 3 % against the control clinics.",
      "The foothills at 5 %, the saddle at 25 %, the summit at 100 %. Each holds till it has 2,000 graded summaries. Each climb needs Priya Shah's 'aye, send it' in the ops channel, with the clinical lead's alongside.",
      "The pager holder switches back to yesterday's model, any hour, a config flip in two minutes, nobody asked first.",
      "This shows it's safe. Whether it's as good for less money is an A/B test after.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model): Cumbrian speech; story of a snowed-in week first; fell-walk stages; milkings and lambing week; "aye, send it" + localisation lead; yesterday's prompt by pager holder
  {
    id: 'bw003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ah'll start wi' a story, if that's alreet. Winter afore last we were snowed in for a week up past Alston. Lines down, half the team stuck on farms, and a release on our hire app went sour on the Wednesday night. The lass on the pager put it right from a farmhouse kitchen on one bar of signal, because going back was a switch, not a build. That week's shaped every canary Ah've run since.",
      'For this warmer prompt, split the jobs first. Ah own who sees it when, the limits, and how long we bide at each stage. Engineering own the prompt routing, the flag and the deploy.',
      'Order: our own staff in both languages, then the users who opted into early access, then English writers on small accounts. German writers go later and on their own footing, since formal address is exactly where a casual prompt can give offence, and big company tenants and brand-new sign-ups come last of all.',
      "Limits, fixed and signed afore owt moves. Errors: owt past 0.5 % over what we get now. p95 latency: owt past 200 ms over now. Thumbs-down on drafts: owt past 2 points over the old prompt, counted per language so German can't hide inside English. The eval harness flagging the wrong register, du where it should be Sie, in more than 1 % of German drafts. Tokens per draft up more than 15 %. And drafts sent without a rewrite down more than 3 % against the control group.",
      "Stages: the foothills, 5 % with staff and early access, held eight milkings, which is four days. The saddle, 25 %, where the first German writers come in, held a full lambing week. Then the summit at 100 %. Each step needs Ruth Dixon, head of product, to write 'aye, send it' in the ops channel, and Callum from localisation to add his.",
      "Whoever holds the pager switches back to yesterday's prompt. It's a config flip, a minute or two, no redeploy, at any hour, and they don't wake me to ask.",
      "Last thing: this proves the new prompt is safe, not that it's warmer or better liked. That's a proper randomised A/B test once we're at the summit.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model): Cumbrian speech; hire-app recommender as background; fell-walk stages; holds as counted lunch peaks "like milkings" and a lambing week; "aye, send it" from eng lead + Singapore ops manager; pager follows the sun
  {
    id: 'bw004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Ah'll be honest, Ah'm a farm-machinery hire PM, tractors and balers, but we had this same shape of trouble: a recommender for what kit to add to a booking, and it fell over only in silage week, in one valley. So.",
      "What's mine: cohort order, the rollback limits, the holds, and who signs each step. What's engineering's: the routing, the feature-store capacity, the deploy and the flag.",
      "Cohorts by region and then by basket size. Staff in Berlin and Singapore first. Then customers who opted into early features, in both regions. Then ordinary shoppers in Europe, and ordinary Singapore and Malaysia shoppers straight after, because the risk sits in the Asian feature stores and Ah want to find it while it's small. Big-basket regulars and new customers in both regions come last.",
      "Limits, agreed and wrote down afore any home screen changes. Home-screen errors: owt past 0.3 % over what we get now. p95 recommendation latency: owt past 150 ms over now, measured per region, not blended. Feature-store timeouts: past 1 % of requests. Add-to-basket rate from the recommendations: down more than 2 % against the control group. Compute cost per request: up more than 25 %. And model quality on top: the offline eval re-run on live baskets at every stage, hit rate no more than 1 point below the old model, and 'not interested' taps up no more than 10 %.",
      "Stages: the foothills is staff and opt-ins, 5 %, held until it's seen four Singapore lunch peaks. Ah count them like milkings, not hours, because the clock in Berlin tells you nowt about Asia. The saddle is 25 % in both regions, held a full lambing week. The summit is 100 %. At each, Jonas Weber, the eng lead, types 'aye, send it' in the ops channel, and our Singapore ops manager, Mei Lin, adds hers. No climb without both.",
      "Rollback is whoever holds the pager, and the pager follows the sun, so somebody's awake at Singapore lunch. They switch back to yesterday's model with a config flip: two minutes, no redeploy, no asking me.",
      "Then the last bit: the canary says the model's safe to run. Whether it sells more is a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // booking-purchases-lag (service): Cumbrian speech, short; transposed to the hire app booking page; cohorts by valley and farm size; milkings and lambing week; "aye, send it" + hire-desk manager; yesterday's build by pager holder
  {
    id: 'bw005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "This one's near enough me own job, a new date picker on a booking page, so Ah'll keep it short.",
      'Ah own the order, the limits and the holds; engineering own the flag, the routing and the deploy.',
      'Order: our own hire-desk staff, then the farmers on our early-features list, then the smallholdings in the Lune valley, then the rest, with the big contractors and first-time hirers last, because a lost booking there costs most.',
      "Limits, agreed afore a single user sees it: errors owt past 0.5 % over what we get now; p99 page latency owt past 200 ms over now; completed bookings down more than 2 % against the old page's cohort, counted again the next day, since folk talk it over at home first.",
      "That lag is why nobody gets 100 % this afternoon. The foothills, 5 %, holds four milkings, two full days. The saddle, 25 %, holds a full lambing week. Then the summit. Each step needs Gary Nicholson's 'aye, send it' in the ops channel plus the hire-desk manager's.",
      "Whoever holds the pager switches back to yesterday's build by flipping the flag: under five minutes, any hour, no permission needed.",
      "It shows it's safe. Whether it books more is an A/B test after.",
    ].join('\n'),
  },
  // storage-migration-under-load (service): Cumbrian speech; the release told as the fell walk (car park, foothills, saddle, summit); cohorts by valley and farm size; milkings and lambing week; "aye, send it" + platform lead; proxy pointed back by pager holder
  {
    id: 'bw006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Think of it as a fell walk, because that's how Ah'd explain it to the team.",
      "Before the car park, the split of jobs. Ah own which farms go when, what numbers turn us round, how long we sit at each stop and who says we carry on. Engineering own the proxy, the dual writes, the routing rules and the deploy. Ah'll not be touching the proxy.",
      "Also before we set off: the limits, wrote in the release ticket and agreed with the eng lead before one read goes to the new cluster. Errors on booking reads: owt past 0.3 % over what we get now. p99 read latency: owt past 150 ms over now, and it's the tail Ah care about, because warm caches flattered the load test. Bookings completed: down more than 2 % against the cohort still on the old database. Any one of them and we turn round.",
      "The car park is our own depot staff and the hire desk, reading through the proxy for two milkings, a day. The foothills is the farmers who volunteered for early features plus the small hill farms in Borrowdale and Langdale, about 5 % of traffic, held six milkings, and we restart the cache on purpose in that stretch so we see it cold. The saddle is 25 %, the Eden valley and the mid-size farms, held a full lambing week so a Monday morning booking rush goes through it. The summit is everyone, with the big contractors and the estates, the ones with forty bookings a week, going over last, and new sign-ups last with them. The gates are on the numbers, not the clock: a stage that's done its time but is still wobbly doesn't move.",
      "Each climb: Sarah Hodgson, our ops lead, posts 'aye, send it' in the ops channel, and the platform lead posts alongside her. One on their own's not enough.",
      "Turning round: whoever holds the pager points the proxy back at the old cluster, switching back to yesterday's build in effect. It's a config change, under five minutes, no redeploy, and they needn't ring anyone, whatever the hour. That's why the old cluster stays powered till we've been at the summit a fortnight, month end or not; Ah'll argue that date with finance myself.",
      "Last word: all this tells us the new cluster is safe. It doesn't tell us it's better or faster for users. If we want that claim, it's a randomised A/B test after.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service): Cumbrian speech; opens on the rollback; snowed-in week at Shap as the reason; cohorts by valley and farm size; milkings, batch runs and lambing week; "aye, send it" + on-call engineering manager
  {
    id: 'bw007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "The question under this one is who can pull it back at two in the morning, so Ah'll start there.",
      "Rollback: whoever holds the pager that night, not me and not the head of engineering, switches back to yesterday's build. It's a routing rule in the gateway that sends pricing calls back to the old service, done in about three minutes, no redeploy, and they don't ask anybody first. Ah learned that the week we were snowed in at Shap: phones half down, nobody could reach the one person allowed to approve a rollback, and we priced every baler hire at nowt for six hours.",
      'What Ah own: the order, the limits, the holds and who says go. Engineering own the gateway routing, the deploy and the flag.',
      'Limits, signed afore Tuesday evening: quote errors owt past 0.5 % over what we get now; p99 quote time owt past 200 ms over now; any price more than 2 % off the old service on the shadow comparison; completed bookings down more than 2 % against the control. The nightly batch window gets its own line: pricing errors during it count the same as daytime.',
      "Order: depot staff and our own test accounts, then the farms that opted into early features, then the smallholdings across the Eden valley, with the big contractors and new hirers last, as they'd feel a wrong price most.",
      "The foothills is 5 %, held through four milkings and two nightly batch runs. The saddle, 25 %, a full lambing week. The summit after. Each step, Dave Armstrong, our pricing lead, writes 'aye, send it' in the ops channel, and the on-call engineering manager adds theirs.",
      'And the canary says the new service is safe; whether its prices earn us more is an A/B test afterwards.',
    ].join('\n'),
  },
];
