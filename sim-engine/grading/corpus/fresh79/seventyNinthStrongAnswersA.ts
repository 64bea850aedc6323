import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-ninth fresh set, author a: strong answers (cg001–cg007), written blind and labelled by
 * hand. Model answers cover P C T H S R A M; service answers cover P C T H S R A.
 */
export const SEVENTY_NINTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade (model)
  {
    id: 'cg001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay, everybody, grab a coffee, the bagels are on the back table. They asked me to walk through how I'd run the canary for the payroll people's support assistant, the one moving to the bigger model with the longer context window. I run pickup-and-delivery for laundromats, so you're gonna hear laundry. Forget about it, it works.",
      "First, who owns what. Engineering owns the plumbing: the routing, the deploy, the flag. Me, the PM, I own the order customers go in the machine, the numbers that pull it out, and how long each load sits. That's my ticket, nobody else's.",
      "Order. Our own HR and support staff go first, because they know the right answer to a payslip question and they'll tell us the same day. Next, the customers who opted into early access. Then the general crowd, oldest accounts first, because companies with us five years or more forgive a wrinkle. New customers in their first year and the big payroll accounts go last: one bad answer about a missing paycheck and they're gone.",
      'Before a single conversation moves, we write the limits on the ticket. If errors are more than half a percent worse than today, it comes out of the machine. If p95 latency is more than 300 ms worse than today, out. If the eval harness says wrong answers on payslip and leave questions are more than 1 point worse than today, out. If thumbs-down goes more than 2 points worse, or the hand-off-to-a-human rate more than 3 points worse, out. Finance asked about cost, so if cost per conversation runs more than 40 % over today, it comes out too and we talk.',
      'Cycles. The rinse is staff and early access, about 2 %, held for 5,000 conversations. The spin is 20 %, held a full payroll week, because the questions pile up on payday. The dry is 50 %, then everybody, after another full week. Before each next cycle, Marisol from support and me both sign the ticket.',
      "Rollback. Whoever's on call puts last week's version back in, two in the afternoon or three in the morning, no calling me first. It's a flag flip on the model route, done in five minutes, no new build.",
      "Last thing. This canary tells us the bigger model is safe. It doesn't tell us it's better. The three points on the offline evals? Nice. Better gets a proper randomised A/B test afterwards, coin-flip who gets which model. Okay. Questions?",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap (model)
  {
    id: 'cg002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Short version. I do laundry pickup, but it's the same machine. Engineering owns the switch; I own who goes in, the limits and the holds.",
      'Order: our own vet advisers first, then clinics that opted in for early access, then the long-timers, clinics with us three years plus, and brand-new clinics last, because one bad summary in their first month and they walk.',
      'Limits go on the ticket before anything moves: errors more than half a percent worse than today, p95 more than 300 ms worse. And since nobody rates these things, we grade one summary in twenty during the canary, not one in two hundred. If the graded rate of wrong meds or doses is more than 1 point worse than today, it comes out of the machine; same if vets edit more than 5 points more of the summary than today.',
      "Rinse at 5 %, spin at 25 %, dry at 100 %, each held till we've got 2,000 graded summaries, not a clock. Priya the vet lead and me both sign the ticket before the next cycle.",
      "Whoever's on call puts last week's version back in, any hour, no asking, it's a config flip, couple of minutes.",
      "And this tells us cheaper is safe. Better? That's a randomised A/B test after.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations (model)
  {
    id: 'cg003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "[HOST: You're on the air, go ahead.] Yeah, hi, long-time listener, Frankie from Bensonhurst. I run a laundry pickup app, but my cousin's grocery company, Europe and Asia, is putting in a new recommendation model for the baskets on the home screen, and I said I'd tell you how I'd run the canary.",
      "[HOST: Go ahead, Frankie. Who's in charge of what?] The engineers own the pipes: routing, deploy, the flags, the feature stores. The PM, that's who I'd be, owns the order people go in, the limits that pull it, and how long each load sits.",
      "[HOST: So who goes first?] Staff in Berlin and Singapore first, 'cause they'll tell you when a basket's garbage. Then the customers who opted into early access. Then regular customers, long-timers with three years or more before the first-year people. New customers and the big family weekly baskets go last; those are the ones that leave. And I cut it by region like I cut by borough: both regions at every stage, because the Singapore lunch rush is early morning in Berlin and the feature stores were sized for the old model.",
      '[HOST: How do you know when to pull it?] Written on the ticket before one request moves. If errors are more than half a percent worse than today, it comes out of the machine. If p95 on the home screen is more than 250 ms worse than today, out. Feature-store timeouts more than 1 % worse, out. Model stuff too: if add-to-basket from the recommendations is more than 3 % worse than today, or the fallback-to-bestsellers rate is more than 2 points worse, out.',
      '[HOST: And the stages?] The rinse: staff and early access, 2 %. The spin: 20 %. The dry: 50, then everybody. Each one holds a full day that covers the Singapore lunch peak and the European dinner, my full Sunday of drop-offs, basically, and Anja from the Berlin team and Wei Ling in Singapore both sign the ticket before the next cycle.',
      "[HOST: What if it breaks at 5 a.m. Berlin time?] Whoever's on call puts last week's version back in. No waking anybody up for permission. It's a routing switch, under five minutes, no new build.",
      "[HOST: And if it looks great?] Then it's safe, that's all. Better? What are you, kidding me? That's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down (model)
  {
    id: 'cg004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Can I get everybody's attention? Somebody tap a glass. Okay. So Deb is leaving us for the email-client people, the writing-assistant team, and she asked me this morning, on line at the bodega, no less, how I'd run the canary on their warmer prompt. So Deb, this is your toast, and your homework.",
      "Raise 'em up. Here's to what a PM owns: not the routing, not the deploy, not the flags, that's engineering, God bless 'em, but the order people go in, the limits, and the holds.",
      "Here's to order: your own staff first, English and German speakers both; then the users who opted into early access; then the regulars, five years with the product; and the German business users and the brand-new accounts last, because a chummy 'du' to a German client who expects 'Sie' is how you lose them.",
      "Here's to limits, written on the ticket before a single conversation moves. Errors more than half a percent worse than today, it comes out of the machine. p95 more than 200 ms worse, out. Thumbs-down more than 2 points worse than today in either language, out. The eval set flagging informal address in German more than 1 point worse than today, out. People rewriting the draft more than 5 points more than today, out.",
      "Here's to cycles: the rinse, staff and early access, held for 3,000 conversations in each language; the spin, 10 %, held a full week of Monday mornings; the dry, 50 then everybody, another week. And before every next cycle, Jens, the German team lead, and Deb both sign the ticket.",
      "Here's to rollback: whoever's on call puts last week's prompt back in, three in the morning, no permission needed, it's a config flip, two minutes, no redeploy.",
      "And here's to humility: the canary says the warm prompt is safe. It does not say it's better. Better, Deb, is a randomised A/B test afterwards.",
      "To Deb! Don't be a stranger. Come by the laundromat; your first wash-and-fold is on me.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts (service)
  {
    id: 'cg005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Morning, team. Welcome upstate, enjoy the lake. Slide one is me, so let's skip it. The payment switch: we're moving payments to the provider's new SDK so people can pay with their wallets. Most of our orders get paid in the app, so this is the big one.",
      "Who owns what. Ray's team owns the routing, the release, the flag. I own the order, the limits and the holds. That's the split.",
      "Order, by years and by borough. Us first: staff phones, Android and iPhone, paying for our own laundry. Then the early-access list, the folks who opted in. Then customers who've been with us three years or more in Brooklyn and Queens, because they know us and they call instead of quitting. First-year customers, and the building-management accounts in the city that pay for a hundred units, go last. Lose a new customer on their first payment and they're never coming back.",
      'Limits, written on the ticket before one order moves. Payment failures more than half a percent worse than today, it comes out of the machine. p99 on the pay button more than 200 ms worse than today, out. Completed orders more than 2 % worse than today, out. And we read Android on its own, because a burst on one platform hides in the average.',
      'Cycles. The rinse: staff and early access, about 1 %, held for 2,000 orders. The spin: 10 % and then 25 %, each held for a full Sunday of drop-offs, evening rush included. The dry: 50 % then 100 %, another full Sunday. Before each next cycle, Keisha from payments and me both sign the ticket.',
      "Rollback. Both SDKs ship in the app behind a server flag, so whoever's on call puts last week's version back in. Sunday night, Tuesday at four in the morning, doesn't matter; they don't call me, they don't call Ray. It's a flag in the payment router, three minutes, no new build, no app-store release.",
      "And last: this tells us the new SDK is safe. Whether wallets make people order more, that's a randomised A/B test afterwards, not this.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority (service)
  {
    id: 'cg006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Short answer. Pricing moves to the new service, and it shares the nightly batch window with billing, so the night is where it bites. Engineering owns the switch; I own the order, the limits and the holds.',
      "Staff orders first, then the early-access list, then three-years-plus customers in Queens and the Bronx; new customers and the big accounts in the city last, 'cause they're the ones who leave.",
      'On the ticket before anything moves: pricing errors more than half a percent worse than today, p99 more than 200 ms worse, completed orders more than 2 % worse. Any one of them, it comes out of the machine.',
      'Rinse at 2 %, spin at 20 %, dry at 100 %, each one held a full Sunday of drop-offs plus two nights through the billing batch. Tony from billing and me both sign the ticket before the next cycle.',
      "Whoever's on call puts last week's version back in, 2 a.m. Saturday included, no asking anybody, config switch, under five minutes.",
      "And safe ain't better. Better's a randomised A/B test later.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load (service)
  {
    id: 'cg007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "[HOST: Next caller, Dolores from Park Slope. You're on.] Hi, yeah, thanks for taking my call. I'm the PM on a laundry pickup app, and we're moving all our orders off our own database onto a managed cluster with a new proxy in front.",
      "[HOST: Sounds scary. Who's driving?] Engineering drives the car: routing, the deploy, the proxy config. I own where we go: which customers go first, the numbers that stop us, and how long we wait at each light.",
      "[HOST: Who goes first?] Our drivers and office staff, because they're in the app all day and they'll scream. Then the people who signed up for early access. Then the longtime customers, three years plus, in Bay Ridge and Astoria. First-year customers and the hotel linen accounts in the city go last: new people don't give you a second chance, and the hotels are a third of the money.",
      '[HOST: And what makes you pull it?] We write it on the ticket before a single request moves. Errors more than half a percent worse than today, it comes out of the machine. p99 on loading an order more than 200 ms worse than today, out. Orders placed more than 2 % worse than today, out.',
      '[HOST: Those load tests passed, though, right?] With warm caches. Forget about it. So the holds have to see cold traffic. The rinse: staff and early access, about 1 %, held for 50,000 requests. The spin: 10 %, then 25 %, each held a full Sunday of drop-offs, because Sunday night is our peak. The dry: 50, then 100, held another full Sunday. And before every next cycle, Sal from the platform team and me both sign the ticket.',
      "[HOST: What if it goes sideways at midnight?] Whoever's on call puts last week's version back in. Midnight, four in the morning, nobody calls me for a yes. It's a switch in the proxy that points traffic back at the old database, two, three minutes, no redeploy. That's why the old one stays on past the end of the month, till we've had a full week at 100 %.",
      "[HOST: And then you know it's better?] No, what are you, kidding me? Then I know it's safe. If anybody wants to know it's better, that's a randomised A/B test afterwards. [HOST: Thanks, Dolores.]",
    ].join('\n'),
  },
];
