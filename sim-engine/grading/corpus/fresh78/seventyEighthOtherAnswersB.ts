import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-eighth fresh set, author b: middling (cf028–cf030), weak (cf031–cf032), keyword salad
 * (cf033–cf034), negated (cf035–cf036), misconception-led (cf037–cf038) and off-topic
 * (cf039–cf040) answers, written blind and labelled by hand before anything was run.
 * Voice: a Maine ("Down East") moving-company quote-estimator PM, every answer told as a
 * weather forecast under forecast headings.
 */
export const SEVENTY_EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: quiet-feedback-trap
  {
    id: 'cf028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Outlook: a cheaper summariser for the vet clinics, partly cloudy, with ratings scarce as hen's teeth.",
      'Watch (who gets it): our own in-house vets get the attic, since they read every summary anyway. Clinics that opted into the early program get the kitchen. Then the whole house county by county, with clinics that joined us this year last, because a new clinic judges us on its first bad summary.',
      "Watch (how long): each room sits until 20,000 summaries have gone through, a full moving weekend at the least, before I'd carry her into the next one.",
      "Advisory (what I'd read): how often the eval harness catches a made-up fact, and how often vets rewrite a summary before saving it, along with the usual errors.",
      "Warning: if those start looking worse than the old model's, she comes off the truck and we have a think.",
      'Clearing later: with luck, cheaper wins out. Ayuh.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cf029',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Outlook: the rewritten image resizer rolls in with sunny benchmarks, 20 % faster, and the team wants it everywhere by Thursday.',
      'Advisory: split the work. I own the limits and the call to stop; engineering owns the deploy, the routing and the flag.',
      "Warning (limits written down before any photo goes through): resize errors more than 0.5 % worse than the old one and she comes off the truck. Same for p99 resize time more than 150 ms worse, or memory per instance more than 25 % above the old one's.",
      'Watch: we send a random 10 % of listing pages to it first and go wider when the graphs look calm.',
      "Warning (rollback): whoever's on call puts the old one back, no new build: a routing flip, five minutes, the middle of the night included, and they don't ask me.",
      'Clearing later: everywhere by Thursday, if the sky holds. Wicked fast, that team.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cf030',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      "Outlook: a new index layout, smaller and cheaper to host. The median's sunny; the fog sits in the tail.",
      'Watch (rooms): three of them. The attic takes 2 % of searches, the kitchen 20 %, then the whole house. Each room holds for 100,000 searches, the ones with a pile of filters included, and nothing moves up till the crew chief, Ginny Michaud on the search team, and I both sign the bill of lading.',
      "Advisory: which searches land in the attic doesn't matter much to me; whatever the router happens to send is fine.",
      "Warning: we'll keep an eye on tail latency and errors and decide at each room whether they look off.",
      'Clearing later: even a clean canary only says the index is safe, not better. Whether researchers find their papers better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cf031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Outlook: a bigger model with a longer memory. Should be an improvement, ayuh.',
      'Advisory: roll it out slow and keep an eye on things.',
      'Watch: the support folks will tell us if it starts acting up.',
      'Warning: if customers complain, we go back.',
      "Clearing later: engineering knows this better than I do, so I'd let them pick how.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cf032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Outlook: a canary's when you send the new version to a small bunch of folks before everybody, like the birds they took down the mines.",
      "Advisory: the single-page checkout looked wicked good in the lab, so I'd feel fine about it.",
      'Watch: put it out to some customers ahead of the spring campaign.',
      'Warning: if sales drop off, pull it.',
      'Clearing later: then everybody gets it.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cf033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Outlook: canary cohorts attic kitchen whole house, feature stores, Singapore lunch, Berlin, ayuh.',
      'Advisory: PM owns, engineering routing flag, crew chief, bill of lading, sign-off, gate.',
      'Watch: hold hold gate, full moving weekend, 20,000 baskets, 6 a.m., p99 200 ms, 0.5 %.',
      'Warning: thresholds rollback on-call old one back no new build, five minutes, any hour, comes off the truck.',
      'Clearing later: safe not better, randomised A/B, add-to-cart, fallback basket, hallucination, wicked.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cf034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Outlook: pricing page, comparison table, Friday campaign, canary, ramp 1 5 25 50 100.',
      'Advisory: staff first opted-in beta last new customers, county, moves with us, dooryard.',
      'Watch: holds, moving weekend, 10,000 visits, bill of lading, crew chief, sign, sign.',
      'Warning: more than N worse, off the truck, thresholds before traffic, errors latency conversion, 0.5 % 200 ms 2 %.',
      'Clearing later: rollback switch minutes on-call, A/B test randomised, better safe, clearing, ayuh.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cf035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Outlook: bigger photos and a size guide, a cunnin' little change under clear skies, so I'd keep the plan light.",
      "Advisory: I won't split who owns what between me and engineering; whoever's around makes the calls.",
      "Watch: I'm not putting staff in the attic first, nor an opted-in group in the kitchen, and I won't save first-time shoppers or big spenders for last. No order to it at all.",
      "Watch: no rooms and no holds, either. We won't sit at any stage for a full moving weekend or a count of visits.",
      'Advisory: nobody signs a bill of lading between stages, not the crew chief and not me.',
      "Warning: I'm not writing any limits down ahead of time, no 'more than N worse than the old one' lines at all.",
      "Warning: we won't keep an on-call switch to put the old one back without a new build.",
      'Clearing later: and no A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cf036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Outlook: a warmer, more casual prompt for the email assistant. Fair, far as I can see.',
      "Advisory: I'm not going to own the order or the limits myself, and I won't hand engineering a separate list of what's theirs either.",
      "Watch: no staff attic, no early-access kitchen, and I'm not keeping the German writers back till last.",
      "Watch: we won't hold at any room for a count of conversations, and there'll be no bill of lading for the crew chief and me to sign.",
      "Warning: I won't set a thumbs-down limit, or one on errors or latency, before traffic moves, and I won't gate on the eval harness or the cost per reply either.",
      'Warning: nobody on call gets a switch to put the old prompt back on their own say-so.',
      "Clearing later: no randomised A/B test afterwards, either. Ayuh, that's the forecast.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cf037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T H M'),
    text: [
      "Outlook: a bigger model with the longer memory, and I'll tell you straight what this canary's for: it's our A/B test. The folks who get the new model are the test group, everybody else is control, and if the new model's thumbs-up rate beats the old one's in the canary, that's our proof she's better and we move her into the whole house.",
      'Watch (rooms): the attic is our own payroll staff; the kitchen is customers who opted into early access; the whole house comes last, with companies on their first payroll with us at the very end, because a wrong payslip answer is how you lose a new customer.',
      'Watch (holds): each room holds for 5,000 conversations before she goes into the next one.',
      'Warning (written down before we start): errors more than 0.5 % worse than the old one and she comes off the truck. Same for a hallucination rate on the eval harness more than 1 point worse, or a cost per conversation more than 20 % over today.',
      'Clearing later: when the canary shows the lift, we call it better and ship to everyone, no separate test needed.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cf038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      'Outlook: reviews above the fold and a lazy-loading gallery, cosmetic, and leadership wants it out this week.',
      'Advisory: I own the order of the rooms, the holds and when we stop; engineering owns the routing and the flag.',
      'Watch (rooms): staff shoppers in the attic, opted-in early-access customers in the kitchen, then the whole house country by country, with first-time buyers last, because a broken product page on a first visit is a lost customer.',
      'Watch (holds): each room sits for 40,000 product-page views before we move to the next.',
      "Warning: I don't believe in fixing limits before the traffic moves. Numbers written in advance are a guess; you find out what's bad by eyeballing the dashboard once the kitchen's live, and then you decide what's too much.",
      "Warning (rollback): whoever's on call puts the old one back, no new build. It's a flag, a few minutes, any hour, no permission needed.",
      'Clearing later: out by Friday, ayuh.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cf039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Outlook: a new date picker and a shorter booking form. Before I get to any of that, let me tell you how a family books a move with us, because it's the same animal.",
      "Advisory: folks don't book a mover the first time they look. They get three quotes, talk it over at the kitchen table, ring their sister, and come back two days later. A holiday rental's the same: nobody books a week at the lake off one look.",
      "Watch: so the form ought to remember what they picked. Ours didn't for years, and customers from away would start over from scratch every time.",
      'Warning: date pickers that start the week on Sunday confuse half the world. Start it on Monday for the European guests and on Sunday for the Americans.',
      'Clearing later: shorter forms are wicked good, as long as you keep the field for how many folks are coming. Ayuh.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cf040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Outlook: a recommendation model reading more features per request. Let me tell you how we built our quote estimator instead, since that's the model I know.",
      'Advisory: our estimator looks at the inventory list, the stairs, the distance from the dooryard to the truck, and the county. The best feature turned out to be how many boxes of books a family has; books are heavy and folks never believe it.',
      "Watch: for baskets I'd feed in the weather. Folks buy soup when it's raw out and ice pops when it's hot, in Singapore or in Bangor.",
      "Warning: don't let the data scientists add every feature they can find. We had one from away add forty, and the quotes got no better.",
      'Clearing later: keep the model simple, with features you can explain. Finest kind.',
    ].join('\n'),
  },
];
