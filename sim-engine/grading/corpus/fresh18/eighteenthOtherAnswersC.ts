import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighteenth fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic
 * answers (i048–i060), written blind and labelled by hand.
 */
export const EIGHTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak — casual spoken, one paragraph
  {
    id: 'i048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: "OK so the risk with this one is that it looks fine for an hour and then gets slow, because the service only restarts on deploys. So what I care about most is long holds. We'd go 1 %, then 10 %, then 50 %, then everyone, and sit at each step for at least 36 hours so we see a full day of uptime without a restart before moving. Before we start we agree the stop lines: p99 image latency more than 150 ms worse than the old resizer, or errors more than 0.3 points up, and we roll back. We don't renegotiate those while staring at a graph. Rollback is just moving traffic back to the old service in the load balancer; whoever is on call can do it any time, day or night, without getting permission, and it takes a couple of minutes. If that means Thursday slips, Thursday slips.",
  },
  // support-model-upgrade — plain prose, three short paragraphs
  {
    id: 'i049',
    scenario: 'model',
    class: 'middling',
    points: points('P C M'),
    text: "Roles first: I'm on the hook for who gets the new model and in what order, and for what we watch while it goes out; the ML engineers own the serving and the switch itself.\n\nThe order I'd use: support agents (they'll spot a wrong payslip answer instantly), then the preview programme, then workspace admins, then members. Trial accounts and enterprise customers come at the very end, because that's where a bad answer costs a sale or a contract.\n\nWhat we watch isn't just errors. I want the eval harness's hallucination rate on payslip and leave questions, the thumbs-down rate, p95 latency because a bigger model will be slower, and tokens per conversation, since finance wants to know the cost. Then we'd roll it out gradually and see how those look.",
  },
  // search-tail-latency — conversational first person
  {
    id: 'i050',
    scenario: 'service',
    class: 'middling',
    points: points('C S A'),
    text: "I'd think hard about who sees it first. Staff, then the Labs users who signed up for experiments, then the heavy researchers: they're the ones running queries with lots of filters, which the benchmark never covered, so if the new index has a slow path they'll hit it early. General readers after that, and institutional licences last, because a university library complaining is the worst outcome here. Every widening needs a go from me and the search team's lead together, and we write down who approved it. I'd also be careful about what we claim at the end: the index is cheaper to host, but a canary going fine doesn't show search got better for anyone. If we want to say that, we run a proper A/B test.",
  },
  // pricing-page-healthy — relaxed spoken
  {
    id: 'i051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's just a pricing page, so I don't think this needs much ceremony. I'd put it out to a small group of users first, check that nothing looks broken, and then open it up to everyone before Marketing's campaign goes live on Friday. If anything goes wrong we can always switch it back. I'd keep an eye on the numbers over the first few days and ask the team to let me know if something looks off, and otherwise I'd trust them to handle the details.",
  },
  // quiet-feedback-trap — short hopeful paragraph
  {
    id: 'i052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "The new model is cheaper and faster, which is great news for the clinics and for our margins. I'd try it on some users first, and if it seems to be going well, roll it out to the rest over the next couple of weeks. If the vets don't like it we can go back to the old model. The ML team will know the right percentages and timings better than me, so I'd let them set those and I'd check in with them regularly on how it's going.",
  },
  // checkout-first-order — fragments and jumbled terms
  {
    id: 'i053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary, cohorts, thresholds. Rollback five minutes 0.5 % p99 staff. Wholesale insiders conversion baseline 2 % 200 ms first-time buyers. Gates holds sign-off ramp 1 25 5 100 50. A/B randomised safety better control. PM engineering owns routing flag checkout single page spring campaign coupon browsers. Thresholds pre-committed, dashboard, on-call 24/7, segments, returning customers, autofill cards addresses. Hold 24 h, 6 h flat, metric gate, time gate, 300,000 customers, 3.5 % conversion, errors 0.3 %, routing config, redeploy, tech lead, go/no-go.',
  },
  // lunch-peak-recommendations — list of terms and numbers
  {
    id: 'i054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Model canary: hallucination eval harness thumbs-down p95 tokens per query compute cost. Singapore lunch, seven hours offset, feature store capacity, Berlin. Preview programme Plus subscribers employees 1 % / 5 % / 25 %. Rollback config three minutes on-call. Thresholds before, A/B after, sign-off, gates, holds 48 h. Baskets recommendations error rate latency control cohort baseline Germany Austria Kuala Lumpur. 0.3 points, 150 ms, 20 %, 25 % cost. PM owns, engineering owns, routing, 6 a.m., two lunch peaks, safe versus better.',
  },
  // staff-cohort-artifact — dismissive first person, one paragraph
  {
    id: 'i055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the textbook says to send employees first, then the insider programme, then everyone else, but I wouldn't bother ordering cohorts for larger photos and a size guide. I also wouldn't fix rollback numbers in advance, not a 2 % conversion drop or anything else, since our staff hardly ever buy and any number would be wrong for them anyway. A staged ramp with holds at 5 % and 25 % is overkill for a product page, so I'd skip it. Sign-off at every step? No, that only slows the team down. I don't see the need for an on-call engineer with authority to roll back at night either; if something breaks, we can discuss it in the morning. And I wouldn't plan a follow-up A/B test.",
  },
  // prompt-locale-thumbs-down — bulleted "what I would not do" list
  {
    id: 'i056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "What I would not do for this prompt change:\n- claim the rollout decisions as mine; engineering can run it however they usually do;\n- give German users their own stage; it's one prompt, and splitting by language is overthinking it;\n- track hallucination on the eval harness, thumbs-down or token cost per query;\n- agree rollback thresholds before launch, or hold 24 hours at each step;\n- have a named sign-off before each advance;\n- let the on-call engineer flip the prompt back without my approval;\n- run an A/B test afterwards.",
  },
  // after-the-sale-healthy — confident spoken paragraph
  {
    id: 'i057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: "As PM I own the rollout decisions here, meaning the order, the pace and the go/no-go, and engineering owns the deploy mechanics. Leadership wants this out this week, and the canary is exactly how we'll show them it works: the canary group is our A/B test. We put the new product page in front of a slice of users, compare their conversion with everyone else's, and if the canary converts better, that's our proof that reviews above the fold sell more gear. The order: staff first, then the members' club, then casual visitors, regular customers after that, and first-time buyers and the guides and clubs accounts last, since they're the ones we can least afford to annoy. The on-call engineer can flip the page back to the old layout with the flag at any hour, in a minute or so, without waiting for me. Once the canary cohort shows the lift, we go to 100 %.",
  },
  // support-model-upgrade — matter-of-fact paragraph
  {
    id: 'i058',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S'),
    text: "A model is just another service behind an API, so I'd run this canary like any backend change: what matters is whether it errors and whether it's slow. Those are the two numbers I'd put on the dashboard, error rate and median response time, and if they look the same as the old model's, the new model is fine. Answer quality was already settled when the offline evals went up three points. Order: support agents first, then the preview programme, then workspace admins, members after them, and trial and enterprise accounts last. Stages of 5 %, 25 %, 50 % and 100 %, each held for at least 24 hours before we move on, and the ML lead and I both sign off every step.",
  },
  // booking-purchases-lag — product-design discussion
  {
    id: 'i059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The new date picker is a real improvement. Guests used to click through two separate calendars and lose their place; now they see both months at once and the price per night updates as they drag. I'd want the design team to run a few more sessions with first-time guests, because they're the ones who get confused by the flexible-dates option, and I'd check whether the shorter form still collects the phone number hosts need for check-in. On the roadmap side, I'd pair this with host calendar sync next quarter, so availability is accurate when the guest picks dates. Success for me would be fewer abandoned forms and fewer support tickets about wrong dates.",
  },
  // prompt-locale-thumbs-down — prompt-writing advice
  {
    id: 'i060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: 'Honestly, the prompt itself is the problem, so that\'s where I\'d spend the time. German users expect "Sie" in anything business-like, and a "warm and casual" instruction will push the model towards "du". I\'d split the system prompt by locale: keep the warm tone for English, and for German ask for friendly but formal address, with two or three example replies. I\'d get a native German speaker from the Munich office to review it, and write a short style guide for future locales like French or Dutch, which have their own formality rules. Longer term, the writing assistant could let each user pick their preferred tone in settings.',
  },
];
