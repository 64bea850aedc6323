import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-ninth fresh held-out set, author a: middling (bw008–bw010), weak (bw011–bw012), salad (bw013–bw014), negated (bw015–bw016), misconception-led (bw017–bw018) and off-topic (bw019–bw020) answers. Written blind and labelled by hand before anything was run; a point is labelled only when the answer commits to it as part of its own plan. */
export const SIXTY_NINTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts (service): Cumbrian speech; hire-app deposits; cohorts by valley and farm size; fell-walk stages; milkings and lambing week; yesterday's build by pager holder
  {
    id: 'bw008',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'New payment SDK for taking hire deposits, with wallets added. Fair enough.',
      "Who gets it: our yard staff first, paying for their own test bookings on their own phones, Android and iPhone both. Then the farmers who've signed up to try new bits early. Then the small farms up the Kent valley, and only after that the big contractors, because a deposit that fails on a Friday night when they're booking for a Saturday silage job is a customer gone.",
      "We'd go up the fell in three goes. The foothills, 5 % of payments, and we sit there for a full Friday evening rush and the next couple of milkings after. The saddle, 25 %, held a full lambing week, so another Friday goes through it. Then the summit.",
      "We'd keep an eye on payment failures on Android in particular, bursts especially, and see how it looks.",
      "If it goes wrong, whoever holds the pager switches back to yesterday's build. It's a remote-config flag that sends payments down the old SDK path, a couple of minutes, day or night, and they don't need to wait for me or anyone to say so.",
      "That's about it really. Once it's at the summit and quiet for a week, we'd tidy the old SDK out.",
    ].join('\n'),
  },
  // support-model-upgrade (model): Cumbrian register, lighter, written; "owt past N over what we get now" thresholds; no stages
  {
    id: 'bw009',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Bigger model behind the support assistant, prompt unchanged. Finance want cost per conversation, and Ah'd give them that before anyone else sees owt.",
      "Split of the work first. As PM, Ah set the limits and decide what the release is judged on. Routing, the model endpoint config and the flag are the engineers'. Ah don't want to be the one fiddling with traffic weights.",
      "Numbers wrote down and agreed with engineering before the first conversation goes to the new model, against what the old model does today. Errors owt past 0.5 % over what we get now. p95 response time owt past 400 ms over now, since a bigger model with a longer context will be slower and payroll folk won't wait. Cost per conversation owt past 30 % over now. Hallucination rate on the eval harness, sampled from live payslip and leave questions, above 2 %. Thumbs-down rate more than 2 points above the old model. Conversations handed to a human agent up more than 3 % against the group still on the old model.",
      'Cross any of those and it comes back off. The three-point offline gain on short questions is nice, but the long payslip questions are where a bigger context either earns its keep or makes things up, so the harness sample should lean on them.',
      "Ah'd start it on a small slice and take it from there.",
    ].join('\n'),
  },
  // checkout-first-order (service): Cumbrian speech; hire-app checkout in the spring rush; cohorts by valley and farm size; "aye, send it" from head of hire desk + checkout eng lead
  {
    id: 'bw010',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: [
      "One-page checkout, saved cards filled in, and Growth want it before the spring rush. In our world that's the week the muck-spreader bookings go mad, so Ah get the pressure.",
      "The order matters most to me. Hire-desk staff book through it first, since they know the old flow blindfold and they'll spot what's missing. Then the farmers on our early-features list, who like new things and tell us when they break. Then repeat hirers, the family farms round Penrith and the Eden valley with saved cards and addresses, because the lab says they'll suit it. First-time hirers go last, especially the big estates trying us for the first time: the usability lab never tested them, a saved card does nowt for someone with none, and a first order lost in the spring campaign is the dearest kind.",
      "Every time we widen it, Jess Atkinson, head of the hire desk, posts 'aye, send it' in the ops channel, and the checkout eng lead, Sam, posts his under it. If either's missing we stay put.",
      "We'd watch the numbers as we go and pull it back if owt looks off.",
      "One thing Ah'd be firm on with Growth: this release tells us the one-page checkout doesn't break owt. It won't tell us it converts better, because the canary groups aren't random, they're picked. If they want to say it's better, that's a randomised A/B test after the campaign, with first-time buyers in it.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model): Cumbrian speech, amiable and vague
  {
    id: 'bw011',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Cheaper model for the vets' summaries. Aye, that's a sensible thing to try; vets are busy folk and they want the notes tidy.",
      "Ah'd not rush it. Roll it out gently, keep a close eye on how the summaries come out, and talk to a few of the practices to see what they make of it. If summat looks off, we'd have a word with the engineers and sort it. Vets don't rate the summaries much, so we might have to go and ask them, which is no bad thing; you learn a lot just sitting in a surgery for a morning.",
      "Quality matters more than speed here, so Ah'd be guided by the team on the details and go carefully until we're happy it's as good as the old one.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service): Cumbrian speech; hire-app photos as an aside
  {
    id: 'bw012',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Image service rewrite, new photo format, twenty per cent faster on the benchmark. Thursday's tight but doable, Ah reckon.",
      "Ah'd do it the canary way: send it out to a bit of traffic, see how it goes, then send it further. We'd have dashboards up and the engineers would keep watch. Sellers can be touchy about their photos, so we'd want it looking right. If owt went wrong we'd just roll it back and have another go next week.",
      "On our hire app we put a picture of every tractor and trailer up, and folk do look at them, so Ah know how much the images matter. Ah'd keep everyone in the loop and take it steady.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model): the voice's own vocabulary as fragments (foothills, milkings, "aye, send it", owt past N)
  {
    id: 'bw013',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Recommendations canary. Foothills, saddle, summit. Feature store, regional, Singapore lunch, Berlin.',
      'Cohorts: valley, farm size, internal, early access, beta. Thresholds 0.5 %, 200 ms, p95, p99, 2 %, baseline, control. Owt past N.',
      "Holds: lambing week, milkings 4, 6, 8. Sign-off: aye send it, ops channel, eng lead. Rollback: pager, yesterday's build, config flip, minutes.",
      'Eval harness, hallucination, thumbs-down, token cost, p95. Canary vs A/B, randomised, safe, better. PM owns, engineering owns routing, flags, deploy. Gates metric-based, time-based. Feature-store timeouts 1 %. Compute cost 25 %. Aye.',
    ].join('\n'),
  },
  // search-tail-latency (service): dashed stream of terms with a few voice words (milkings, lambing week, summit)
  {
    id: 'bw014',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Search index, new layout, cheaper. Tail latency, p99, p999, the tail, the tail.',
      'Canary, ramp, hold, gate, 1 5 25 50 100, metric gate, time gate, institutional licences last-ish, free tier, internal staff, early access.',
      'Thresholds: errors 0.5, latency 200, conversion 2 versus baseline, pre-committed, agreed. Sign-off, PM, eng lead, aye send it. Rollback, on-call, pager, config, routing, minutes, any hour.',
      'Safe not better, A/B after, randomised. Roles: PM owns, engineering owns. Rare queries, many filters, benchmark, median faster. Dashboard. Milkings. Lambing week. Summit.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model): Cumbrian speech, dismissive; "Ah'd not ..." throughout
  {
    id: 'bw015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "It's a prompt, not a new engine, so Ah'd not make a canary of it at all.",
      "Ah'd not split out who owns what between me and the engineers; it's a text change, anybody can make it. Ah'd not order cohorts neither: no staff first, no early-access group, no holding the German writers back. Ah'd not write rollback limits down beforehand, no error limit, no latency limit, no thumbs-down limit in German or in English. There'd be no foothills and saddle wi' holds between, and Ah'd not have anybody post 'aye, send it' afore each step, because there'd be no steps.",
      "Ah'd not set up a quick switch back to yesterday's prompt for whoever holds the pager. Ah'd not track hallucinations on an eval harness, or token cost, or p95. And Ah'd not bother wi' an A/B test after, neither.",
      "The prompt team reviewed it, and that's enough checking for me.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service): Cumbrian speech; "Ah know the textbook answer" rejections; hire pricing
  {
    id: 'bw016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Pricing service, out Tuesday evening. Now, Ah know the textbook answer, and Ah'd not be giving it.",
      "Ah'd not let whoever holds the pager switch back to yesterday's build on their own at two in the morning. Ah'd not fix limits on quote errors or p99 latency before we start, and Ah'd not compare bookings against a control group. Ah'd not bother with our own staff first or with the farmers on the early list; they don't book at night anyway. Ah'd not stage it through the foothills and the saddle with a lambing week held at each, and Ah'd not have the pricing lead post 'aye, send it' at each step.",
      "Nor would Ah carve out what's mine and what's engineering's: one team, one release. And no A/B test after.",
      "Honestly, the nightly batch window is the only thing Ah'd think about, and Ah'd leave that to billing.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service): Cumbrian speech; fell-walk stages; milkings and lambing week; yesterday's build by pager holder
  {
    id: 'bw017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      "Bigger photos and a size guide on the product pages. The way Ah see it, the canary is our A/B test: the folk who get the new pages are the test group, everyone else is the control, and by the end of it we'll know whether the new pages sell more. That's the whole point of doing it gradual.",
      'Ah own the order and how long we sit at each stop; engineering own the flag and the routing.',
      "Staff go first, since they're on the live site all day checking stock. Then customers who've opted into previews. Then occasional shoppers, with our big-spending regulars and new customers last, as they're the ones we can least afford to annoy.",
      'The foothills at 5 %, held four milkings, two days. The saddle at 25 %, held a full lambing week. The summit after.',
      "At each stage Ah'll read the conversion of the canary group against everyone else, and that's our answer on whether bigger photos pay. If staff conversion looks low at the foothills, that tells us the photos aren't working on them, and we'll know early.",
      "If owt breaks, whoever holds the pager flips the flag back to yesterday's build: a couple of minutes, any hour, no need to ring me.",
      "By the summit we'll have our lift figure for the board, no separate test needed.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model): Cumbrian speech; fell-walk stages; milkings and lambing week; "aye, send it" + data-science manager
  {
    id: 'bw018',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S M'),
    text: [
      'New recommender reading more features from the regional stores.',
      "Now, Ah'll not pretend Ah know the right limits for this beforehand. Nobody does. Any number we write down today is a guess, so Ah'd set the thresholds as we go: watch the first few days, see what normal looks like for the new model, and decide then what's too much. That's more honest than picking 0.5 % out of the air.",
      "Order: staff in Berlin and Singapore, then the shoppers who opted into early features, then ordinary shoppers in Europe, then Asia, and the biggest weekly baskets and new customers last, because they're the ones we'd hate to lose.",
      "Stages: the foothills at 5 % for six milkings, three days, then the saddle at 25 % for a full lambing week, then the summit. Each step up needs Anke Vogel, the recommendations lead, to write 'aye, send it' in the ops channel, with the data-science manager's aye alongside.",
      "We'd watch the offline eval hit rate on a sample of live baskets, 'not interested' taps and the compute cost per request, as well as the feature-store latency at p95, and whatever looks out of line once we've seen a few days, that's where we'd draw the line.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service): Cumbrian speech; hire-app PM; snowed-in week story; analysis by valley and farm size
  {
    id: 'bw019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Reviews above the fold, grand. But what Ah'd really want to talk about is the sale itself, because last week's numbers are where the lessons are.",
      "First Ah'd get the sale data out by valley and by farm size: who bought, who only browsed, which products sold out. Then a retro with marketing and the warehouse on the Tuesday: what went out late, where stock ran dry, what the discount actually cost us in margin. From that Ah'd draft next spring's sale calendar: shorter, ten days not fourteen, 15 % off rather than 20 %, with a reminder email to past buyers on the Thursday before.",
      "We learnt the hard way on our hire app the year we were snowed in for a week in March. We'd planned a spring promotion and nobody could get a tractor down a lane, so the discount just burned money. Now every campaign has a weather clause and a named owner who can pause the emails.",
      'So: data by the end of this week, retro next Tuesday, draft calendar to leadership the Friday after.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model): Cumbrian register, written; hire-app Welsh pages as an aside
  {
    id: 'bw020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Before owt else, Ah'd fix the German. The prompt was only reviewed by English speakers, so Ah'd get two native German writers, one from Vienna and one from Hamburg, say, to rewrite the warm tone for German, keeping Sie as the default and only using du where the user writes du first.",
      "Then a style guide per language: greetings, sign-offs, how casual is too casual. Ah'd build a set of fifty German and fifty English emails covering complaints, invoices and thank-yous, and have the writers mark each draft for tone. Then a glossary in the prompt so the model doesn't translate product names.",
      "Longer term, Ah'd hire a part-time localisation lead so every prompt change gets a native review in both languages before it's merged, the way every Welsh page on our hire site gets checked by a farmer from over the border before it goes live.",
    ].join('\n'),
  },
];
