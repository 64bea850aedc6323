import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-eighth fresh set, author b: strong answers (cf021–cf027), written blind and labelled
 * by hand before anything was run. Voice: a Maine ("Down East") moving-company quote-estimator
 * PM, every answer told as a weather forecast under forecast headings.
 */
export const SEVENTY_EIGHTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cf021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Outlook: Fair skies for the bigger support model, with a wicked big truck backing into the dooryard. At home I'm PM on a moving company's quote estimator, so I pack a release the way our crews pack a house: one room at a time, the heavy stuff last.",
      "Advisory (who carries what): my share of the load is the plan. I pick which room goes first, how long she sits in each room, and the limits that send her back. Engineering owns the truck: the routing, the deploy, the flag. I don't drive, and they don't pick the rooms.",
      'Watch (the rooms, in order): the attic is our own HR and payroll staff, who use the assistant every day and will say so, ayuh, the minute it talks nonsense about a payslip. The kitchen is customer admins who opted into early access. Then the whole house, county by county and by how many pay runs a company has done with us: firms on their very first payroll go last, because a wrong answer about a first paycheque loses a customer for good.',
      'Watch (how long each room sits): the attic holds for a full moving weekend; the kitchen holds for 5,000 conversations and has to take in one payroll Friday. Nothing goes into the next room till the crew chief, Dot Pelletier from support engineering, and I both sign the bill of lading.',
      'Warning (the limits, written down before one conversation moves): errors more than 0.5 % worse than the old one and she comes off the truck. Same for p95 latency more than 300 ms worse, a hallucination rate on the eval harness more than 1 point worse, a thumbs-down rate more than 2 points worse, or a cost per conversation more than 20 % over what we quoted Finance.',
      "Warning (putting her back): whoever's on call puts the old one back, no new build. It's a routing switch, done in under five minutes, two in the afternoon or two in the morning, and they don't wait on me or anyone else to say yes.",
      "Clearing later: this canary tells us the bigger model is safe to live with, not that it's better. Three points on short offline questions is a forecast, not weather. Once she's moved in, a randomised A/B test decides whether folks get better answers.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cf022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Outlook: A cheaper, faster summariser moving in for the small vet clinics, with thin feedback all week. My own trade is the quote estimator at a moving company, and the first thing a crew learns is you don't judge a load by the one box somebody opened. Few vets rate a summary, so this forecast runs on counts, not days.",
      'Advisory: I own the packing plan: the order of the rooms, how many summaries each room has to see, and the limits that send her home. Engineering owns the routing, the deploy and the flag.',
      "Watch (rooms, in order): the attic is our own staff vets, who read summaries for the support desk every day. The kitchen is clinics that opted into early access and agreed to rate. Then the whole house, county by county and by how many years a clinic has been with us, with clinics that signed up this year last: a new clinic that gets one muddled summary of a sick cat's visit doesn't give us a second look.",
      'Watch (holds): a few hundred summaries a minute at peak, and the harness grades one in two hundred, so at 5 % a day tells us next to nothing. Engineering turns the harness up to one in ten for canary summaries. The attic holds until 400 graded summaries, the kitchen until 1,500 graded summaries and 300 vet ratings. Before each next room, the crew chief, Abbie Theriault who leads the model team, and I both sign the bill of lading.',
      'Warning (limits fixed before the first summary moves): a harness factual-error rate more than 1.5 points worse than the old one and she comes off the truck. Same for a share of summaries vets edit or rate down more than 3 points worse, errors more than 0.5 % worse, or p95 latency more than 400 ms worse.',
      "Warning (rollback): whoever's on call puts the old one back, no new build. It's a flag in the model router, a couple of minutes, nights and Sundays included, and nobody waits on my say-so.",
      "Clearing later: the canary tells us cheaper is safe, not that it's as good or better. That takes a randomised A/B test afterwards, sized for feedback this thin. Ayuh, it'll be a long one.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cf023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Outlook: A new basket-recommendation model arriving, fair over Berlin, with a squall line over the Singapore lunch hour that Berlin sleeps through. Our moving crews say the stairs you didn't measure are the ones that get you; here the unmeasured stairs are the regional feature stores, sized for the old model.",
      'Advisory: my end is the plan: which rooms go first, how long each one sits, and the limits. Engineering owns the routing, the deploys and the flag.',
      "Watch (rooms, in order): the attic is staff accounts in both regions. The kitchen is shoppers who opted into the beta, in both regions, so the Asian feature stores feel the load from day one. Then the whole house market by market, Europe first and then South-East Asia, where the stores are tightest, with customers on their first few orders last in each market: a home screen of wrong baskets on someone's second order means no third.",
      "Watch (holds): each room holds through a full moving weekend plus two weekday lunch peaks in each region, Singapore's noon being 6 a.m. in Berlin, and at least 20,000 baskets served. The crew chief, Janek Vogel from the recommendations team, and I both sign the bill of lading before she goes to the next room, and neither of us signs for a room whose hold missed a Singapore lunch.",
      'Warning (limits set before traffic moves, per region, never blended): errors more than 0.5 % worse than the old one and she comes off the truck. Same for p99 latency more than 200 ms worse, feature-store timeouts above 1 % of requests, an add-to-cart rate on recommended baskets more than 3 % worse, or the share of home screens falling back to the default basket more than 2 points worse.',
      "Warning (rollback): whoever's on call puts the old one back, no new build: the routing flag, under five minutes. For this one the rota has someone awake at 5 a.m. Berlin time, and they flip it without phoning me or anyone.",
      "Clearing later: a clean canary says the new model won't wreck the home screen, not that it sells more baskets. Better or not, we learn from a randomised A/B test afterwards, in an ordinary week like this one. Wicked simple, once it's written down.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cf024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Outlook: a warm new prompt moving in, with frost likely in German.',
      'Advisory: I own the rooms, the holds and the limits; engineering owns the flag and the routing.',
      'Watch: the attic is our own staff, English and German writers both. The kitchen is users who opted into early access. Then the whole house, with German writers last: formal address matters to them, and nobody read the prompt in German.',
      'Watch: each room holds 3,000 conversations per language, and the crew chief, Marcel Thibodeau who leads the assistant team, and I both sign the bill of lading before the next room.',
      'Warning, set before any traffic moves: German thumbs-down more than 2 points worse than the old one and she comes off the truck. Same for the eval harness finding the wrong form of address 3 points more often, errors 0.5 % worse, or p95 latency 250 ms worse.',
      "Warning: whoever's on call puts the old one back, no new build: a config flip, under five minutes, any hour, no asking. Ayuh.",
      'Clearing later: the canary says warmer is safe, not better. A randomised A/B test afterwards says whether folks like it.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cf025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Outlook: a new payment SDK moving in, fair on iPhone, gusty bursts possible on Android, peaking Friday dinner. I run the quote estimator for a moving outfit, and any crew chief'll tell you the thing that breaks is the thing you only carry once a week. Friday dinner is our once-a-week piano.",
      'Advisory: I own the plan: the order of the rooms, how long each sits, the limits. Engineering owns the SDK rollout, the routing and the flag. Both SDKs ship in the app, and a server-side flag picks which one takes the payment.',
      "Watch (rooms, in order): the attic is staff ordering dinner on their own phones, Android and iPhone both. The kitchen is customers who opted into the beta app. Then the whole house city by city, with first-time orderers last, because a failed payment on your first order and you never open the app again. Every room is read Android and iPhone separately, so Android can't hide behind the average.",
      'Watch (holds): every room holds through a full moving weekend with a Friday dinner in it, and at least 30,000 payments. The crew chief, Raylene Ouellette who leads payments engineering, and I both sign the bill of lading before the next room.',
      "Warning (limits written down before one order moves, read in five-minute windows so a burst can't hide in a daily figure): payment failures more than 0.5 points worse than the old one on either platform and she comes off the truck. Same for p99 payment time more than 400 ms worse, or completed orders per checkout more than 2 % worse than the old SDK's group.",
      "Warning (rollback): whoever's on call puts the old one back, no new build: flip that server-side flag, under five minutes, Friday at seven in the evening or Sunday at four in the morning, and they act first and tell me after.",
      'Clearing later: a quiet canary says the new SDK is safe to carry, not that wallet payments sell more dinners. That question goes to a randomised A/B test afterwards. Finest kind.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cf026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Outlook: a whole household of tasks moving from the old self-hosted database to a managed cluster behind a new proxy. Fair in the load test, but that test ran with warm caches, and an empty house echoes different than a full one.',
      "Advisory: I own the order of the rooms, the holds and the limits. Engineering owns the proxy, the routing, the copy jobs and the flag. One thing I ask of them up front: the old cluster stays plugged in until we're fully moved in, end of the month or not. You don't sell the old house before the truck's unloaded.",
      "Watch (rooms, in order): the attic is our own company's workspaces, since we plan our own work in this tool. The kitchen is teams who opted into early access. Then the whole house, region by region and by how many years a team has been with us, with the biggest accounts and teams in their first month last: the big ones hurt most if tasks go missing, and the new ones are still deciding whether to trust us.",
      'Watch (holds): the attic holds a full moving weekend, the kitchen holds through one Monday-morning peak, and the crew chief, Wendell Gagnon from the platform team, and I both sign the bill of lading before the next room.',
      'Update: revising this forecast halfway through. Warm caches are what fooled the load test, and a quiet weekend in the attic would fool us the same way. Revised holds: every room holds through two Monday-morning peaks and 200,000 page loads, whichever comes later, with engineering flushing the proxy cache as each room opens. Same two signatures on the bill of lading before each move.',
      "Warning (limits fixed before any page load moves): errors more than 0.3 % worse than the old one and she comes off the truck. Same for p99 task-load time more than 250 ms worse, more than 0.01 % of tasks differing between old and new stores on the nightly comparison, or tasks created per active user more than 2 % below the old one's.",
      "Warning (rollback): whoever's on call puts the old one back, no new build: the proxy's routing switch, under five minutes, any hour, no phone call to me first. Writes go to both stores the whole way, so the old house never misses a box.",
      "Clearing later: passing the canary says the new cluster is safe, not that it's better. Any claim of better waits for a randomised A/B test afterwards. Ayuh.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cf027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Outlook: fares moving to a new pricing service, rollout Tuesday evening, with a squall overnight: the billing batch shares its window, and trips never stop.',
      'Advisory: I own the rooms, the holds and the limits; engineering owns the routing, the deploy and the flag.',
      "Watch: the attic is staff riders. The kitchen is riders who opted into the beta. Then the whole house city by city, riders on their first trips last, folks from away too: a wrong fare on a first ride and they're gone.",
      'Watch: each room holds through a full moving weekend, Friday and Saturday nights and the batch window included, and the crew chief, Luc Bouchard who leads fares engineering, and I both sign the bill of lading before the next room.',
      'Warning, written before Tuesday: fare errors more than 0.5 % worse than the old one and she comes off the truck; same for p99 quote time 200 ms worse or completed trips 2 % worse.',
      "Warning, the 2 a.m. answer: whoever's on call puts the old one back, no new build: a routing flip, under five minutes, and they don't wake me or anyone to ask. Ayuh, it's in the runbook.",
      'Clearing later: the canary says the new fares are safe, not better; a randomised A/B test afterwards says better.',
    ].join('\n'),
  },
];
