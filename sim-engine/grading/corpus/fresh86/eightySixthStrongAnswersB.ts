import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-sixth fresh set, author b: strong answers (cn021–cn027), written blind and labelled by hand.
 * Every answer is a shipping forecast read on the radio, sea area by sea area (see README-b.md).
 */
export const EIGHTY_SIXTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cn021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ki manière. The shipping forecast for the bigger support-assistant model, issued at 0520. Alors, area by area.',
      'North coast: wind easterly 4, sea slight, fine, good. As PM I own the order in which users come through the gates, the limits, and how long we hold each night. The platform engineers own the routing, the deploy and the feature flag.',
      'East coast: wind south-easterly 5, sea moderate, showers, moderate. Our own payroll and HR staff come first, because they know the right answer to a payslip question and will say so when the assistant is wrong. Then the customers who ticked the early-access box. Then district by district, customers who have come to us five years or more before those with one or two, because old customers forgive a hiccup and report it clearly. Companies in their first payroll run come on the closing night: a wrong answer about a first payslip costs trust we do not win back.',
      'Grand Port: wind variable 3, sea smooth, fair, good. The limits are written down and agreed before one conversation moves. Error rate more than 0.5 % worse than now and we close the gates. p95 answer time more than 300 ms worse than now and we close the gates. Cost per conversation more than 40 % worse than now and we close the gates. Hallucination rate on the eval harness more than 1 point worse than now, or thumbs-down rate more than 2 points worse than now: we close the gates.',
      'South coast: wind easterly 4 to 5, sea slight, fine, good. The opening night at 2 %, the second night at 20 %, the closing night at 100 %. Each night holds for 15,000 conversations, fifteen thousand tickets in my trade, and a month-end payslip rush must have passed before the closing night opens.',
      'Le Morne: wind westerly 3, sea slight, fair. Before each night, the festival director, for this release the head of support engineering, and I both stamp the wristband. One stamp missing, the gate stays shut.',
      'West coast: wind northerly 6, sea rough, rain, poor. If a limit breaks, at any hour, whoever is on call switches the old version back in with the model-routing config. A few minutes, no redeploy, no need to ring me.',
      'Rodrigues: wind easterly 3, fine, good. Enfin: the canary shows the bigger model is safe to run, not that it answers better. For better, we run a randomised A/B test afterwards.',
      'End of the shipping forecast.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Alors, shipping forecast, cheaper summary model.',
      'North coast: easterly 4, fine. I own the cohort order, the limits and the holds; engineering owns routing, deploy and the flag.',
      'East coast: south-easterly 5, showers. Our own staff vets first, then clinics that opted into early access, then district by district, clinics with us longest first. New clinics come on the closing night; a bad note costs them most.',
      'Grand Port: variable 3, fair. Agreed before traffic moves: errors more than 0.5 % worse than now and we close the gates; p95 more than 250 ms worse, same; eval-harness accuracy more than 2 points worse, same; thumbs-down rate more than 1 point worse, same.',
      'South coast: easterly 4, good. Feedback is thin, so the eval harness grades one canary summary in ten, not one in two hundred. Opening night 5 %, second night 25 %, closing night 100 %; each night holds until 2,000 canary summaries are graded.',
      'Le Morne: westerly 3. The festival director, here the clinical lead, and I both stamp the wristband before each night.',
      'West coast: northerly 6, rough. Whoever is on call, any hour, switches the old version back in by config, in minutes, no need to ring me.',
      'Rodrigues: fine. Canary says safe, not better; a randomised A/B test afterwards says better. Enfin.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ki manière. The shipping forecast for the new basket model, read at 0455 Berlin time, which, alors, is lunch in Singapore.',
      'North coast: wind easterly 4, sea slight, fine, good. I own the order of cohorts, the limits and the holds. The platform team own the routing, the deploys, the flags and the feature stores.',
      'East coast: wind south-easterly 5, sea moderate, fair. Staff, beta, then Singapore on the opening night, because it shops early.',
      'We interrupt this forecast. Cyclone warning class 2 for the Asian districts: their feature stores were sized for the old model, and I had put them first. The forecast is read again.',
      "North coast: wind easterly 4, sea slight, fine, good. Unchanged: order, limits and holds are mine; routing, deploys, flags and feature stores are the platform team's.",
      'East coast: wind south-easterly 5, sea moderate, fair. The order, corrected. Our own staff in both regions first, because they complain loudly. Then opted-in beta customers in both regions. Then Europe before Asia, because the Asian feature stores are the fragile part: Asian districts join on the second night at a small share, once the opening night has shown the extra load per request. Within each district, customers of three years or more go before newer ones; first-basket customers come on the closing night.',
      "Grand Port: wind variable 3, sea smooth, good. Limits, fixed before any basket moves. Errors more than 0.3 % worse than now and we close the gates. The same for home-screen p99 more than 150 ms worse, feature-store reads more than 40 ms worse in any region, basket add-to-cart more than 3 % worse than the old model's cohort, and fallback recommendations more than 1 point worse.",
      'South coast: wind easterly 4, sea slight, fine. Opening night 2 %, second night 15 %, closing night 100 %. Each night holds at least 24 hours and 50,000 home-screen loads per region, spanning a Singapore lunch peak; no peak seen, no advance.',
      'Le Morne: wind westerly 3, fair. The festival director, here the head of recommendations, and I both stamp the wristband before each night.',
      'West coast: wind northerly 6, sea rough, rain. If a limit breaks at 5 a.m. Berlin time, whoever is on call switches the old version back in: a routing switch, under five minutes, no redeploy, no need to ring me.',
      'Rodrigues: fine, good. Enfin: the canary says the model is safe, not that it sells better baskets; that needs a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ki manière, listeners. The shipping forecast for the warmer system prompt in the email writing assistant, issued at 0600.',
      'North coast: wind easterly 3, sea slight, fine, good. I own who comes through the gates and in which order, the limits, and the holds. Engineering owns the prompt config, the routing, the flag and any deploy.',
      'East coast: wind south-easterly 5, sea moderate, showers. Our own staff first, with the German-speaking office inside that group on purpose, because they will notice a casual "du" to a client on the first morning. Then opted-in early-access users in both languages. Then districts, English-speaking before German-speaking, and inside each, users who have written with us four years or more before newer ones. German business accounts come on the closing night: that is where formal address matters most, and where a wrong tone loses a customer.',
      'Grand Port: wind variable 2, sea smooth, good. Limits fixed before the first draft goes out with the new prompt, counted per language, never blended. Thumbs-down rate more than 1.5 points worse than now in either language, and we close the gates. German drafts using informal address where the old prompt used formal, checked by the eval harness on a sample: more than 2 % and we close the gates. Drafts discarded or rewritten before sending more than 3 points worse than now, close the gates. Errors more than 0.5 % worse or p95 more than 200 ms worse than now, close the gates.',
      'South coast: wind easterly 4, sea slight, fine. The opening night at 1 %, the second night at 10 %, the closing night at 100 %. Each night holds until 4,000 German drafts and 4,000 English drafts have gone through; the slower language sets the pace.',
      'Le Morne: wind westerly 3, fair. The festival director, here the head of localisation, and I both stamp the wristband before each night.',
      'West coast: wind northerly 6, sea rough, rain, poor. If a line is crossed at any hour, whoever is on call switches the old prompt back in through config, within minutes, no redeploy, no need to ring me.',
      'Rodrigues: fine, good. Enfin: the canary says the warmer prompt does no harm; whether users like it better is a randomised A/B test afterwards, per language.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cn025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ki manière. The shipping forecast for the new payment SDK, issued Tuesday at 1630, and read the way I count the box-office float before the windows open. Alors.',
      'North coast: wind easterly 4, sea slight, fine, good. I own the order of the queue, the limits and the holds. The payments engineers own the SDK build, the app releases, the routing and the remote flag. The new SDK ships dark inside the app, behind that flag, before any night opens.',
      'East coast: wind south-easterly 5, sea moderate, showers. Our own staff ordering lunch on the app come first, as the crew gets the first wristbands at a festival. Then the customers who joined the beta. Then district by district, customers with us three years or more before newer ones, because regulars retry a payment and tell us about it. Android is in every night, since Android is where the bursts live, and first-time customers come on the closing night: a failed first payment is a customer gone.',
      'Grand Port: wind variable 3, sea smooth, good. The float is counted before the window opens, so these limits are signed before one payment moves. Payment failure rate more than 0.3 points worse than now on Android or iOS, and we close the gates. Any five-minute window with failures above 2 %, and we close the gates, because the trouble comes in bursts and a daily average hides it. Payment p99 more than 500 ms worse than now, close the gates. Completed orders more than 1 % worse than the old-SDK cohort, close the gates.',
      'South coast: wind easterly 4, sea slight, fine. The opening night at 1 %, the second night at 10 %, the closing night at 100 %. Each night holds for 20,000 Android payments, and the second night holds through one whole Friday dinner before the closing night opens.',
      'Le Morne: wind westerly 3, fair. The festival director, here the head of payments, and I both stamp the wristband before each night.',
      'West coast: wind northerly 7, sea very rough, rain, poor. At any hour, whoever is on call switches the old version back in by turning the remote flag off: payments go through the old SDK within minutes, no app release, no need to ring me.',
      'Rodrigues: fine, good. Enfin: the canary shows the new SDK is safe. Whether wallet payments sell more dinners is for a randomised A/B test afterwards, not something we read off the canary.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cn026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Alors, shipping forecast, new pricing service, Tuesday 1800.',
      'North coast: easterly 4, fine. I own the queue order, the limits and the holds; engineering owns routing, deploys and flags.',
      'East coast: south-easterly 5, showers. Staff rides first, then opted-in beta riders, then district by district, riders of three years or more before newer ones. First rides come on the closing night, since a wrong first fare loses the rider.',
      'Grand Port: variable 3, good. Fixed before the first fare: fare errors more than 0.2 % worse than now, quote p99 more than 300 ms worse, or completed trips more than 2 % worse than the old-pricing cohort, and we close the gates.',
      'South coast: easterly 4, fine. Opening night 2 %, second night 20 %, closing night 100 %; each holds for 30,000 trips and one nightly billing batch.',
      'Le Morne: westerly 3. The festival director, here the head of marketplace, and I both stamp the wristband at each night.',
      'West coast: northerly 7, rough. At 2 a.m. Saturday, whoever is on call switches the old version back in with the routing switch: under five minutes, no redeploy, no approval, no need to ring me.',
      'Rodrigues: fine. The canary says the new pricing is safe; whether it prices better needs a randomised A/B test afterwards. Enfin.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cn027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ki manière. The shipping forecast for moving task storage to the managed cluster, issued at 0500.',
      'North coast: wind easterly 4, sea slight, fine, good. I own the order the teams come through the gates, the limits and the holds, and I own saying no to the end-of-month date if the holds need longer. The infrastructure engineers own the proxy, the routing, the dual writes and the deploys.',
      'East coast: wind south-easterly 5, sea moderate, showers. The order, as at the ticket office: crew before public. Our own workspaces first, because we load tasks all day and feel a slow page before anyone. Then customer teams that opted into early access. Then district by district, by data-centre region, teams with us four years or more before newer ones. Trial teams and the largest enterprise workspaces come on the closing night: a trial that loads slowly never converts, and the big workspaces are where the load lives.',
      'Grand Port: wind variable 3, sea smooth, good. Limits written down and agreed before any reads move. Error rate more than 0.2 % worse than now and we close the gates. Task-list p99 more than 250 ms worse than now, close the gates. Proxy timeouts more than 0.1 % of requests, close the gates. Any task write that lands on one cluster and not the other, close the gates.',
      'South coast: wind easterly 4 to 5, sea slight, fine. The opening night at 1 %, the second night at 10 %, the closing night at 100 %. The load tests ran with warm caches, so each night starts with cold caches and holds for two million page loads and one Monday-morning peak; no Monday peak, no advance.',
      'Le Morne: wind westerly 3, fair. The festival director, here the head of infrastructure, and I both stamp the wristband before each night.',
      'West coast: wind northerly 6, sea rough, rain, poor. Whoever is on call, at any hour, switches the old version back in by pointing the proxy at the old cluster, kept current by the dual writes: minutes, not a redeploy, no need to ring me. The old cluster stays up two weeks past the closing night, whatever the calendar says.',
      'Rodrigues: fine, good. Enfin: the canary shows the new storage is safe under real load. Whether it is better for users, faster pages or more tasks done, is a randomised A/B test afterwards, not something to read off the canary.',
    ].join('\n'),
  },
];
