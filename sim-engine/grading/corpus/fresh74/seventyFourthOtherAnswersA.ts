import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-fourth fresh set, author a: middling (cb008–cb010), weak (cb011–cb012), salad
 * (cb013–cb014), negated (cb015–cb016), misconception-led (cb017–cb018) and off-topic
 * (cb019–cb020) answers, written blind and labelled by hand.
 */
export const SEVENTY_FOURTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order (service) · pool-app PM, beginners-in-the-deep-end image; no numbers, no rollback
  {
    id: 'cb008',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "So, the one-page checkout. My instinct, coming from pools: you don't throw the beginners in the deep end. First-time buyers are the beginners here, and they're who this is riskiest for, so they go last, not first.",
      '',
      "The order would be our own staff buying on the live site, then the customers who signed up for early access, then returning customers, sorted by how many years they've been shopping with us, and first-time buyers at the very end, since the lab never tested them and the spring campaign is full of them.",
      '',
      'Stages, pool names: the slow lane is staff and early access, the medium lane is returning customers, the fast lane is everyone including first-timers. We sit in each lane for at least two thousand completed orders before moving over, and Meg from growth and I both initial the lifeguard clipboard at each move.',
      '',
      "We'd keep an eye on the checkout numbers the whole way and talk every morning about how it's looking. If something's off we'd figure it out together with engineering. Growth will want it live before the campaign, and I'd push back if the lanes aren't done.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · plain speech with a pool-app aside; limits, model gates and rollback only
  {
    id: 'cb009',
    scenario: 'model',
    class: 'middling',
    points: points('T M R'),
    text: [
      "The thing I'd lock down first is what pulls it. Before the bigger model answers a single real question, we agree the limits and write them up: if the error rate drifts more than 0.5 % off where it sits today, we yank it; if p99 latency drifts more than 400 ms off today, we yank it; if conversations that end in a human ticket drift more than 3 points off the old model's group, we yank it.",
      '',
      "Beyond that, it's a model, so errors don't tell you much. We'd gate on the eval harness hallucination rate for payslip and leave answers, the thumbs-down rate, and the cost per conversation, which finance wants anyway. Those are on the go/no-go screen next to the others.",
      '',
      "And the rollback: whoever has the pager flips it back to the old model with the config switch, any hour of the day or night. It takes two minutes and they don't need to ring anybody first. At the pool app we did exactly this, flipping back to last Thursday's build, and it saved us twice.",
      '',
      "How much traffic and when, I'd work that out with the team. We'd start small and grow it.",
    ].join('\n'),
  },
  // image-resizer-memory-leak (service) · Boston speech; ownership, limits, day-long holds, canary vs A/B; no cohorts, sign-off or rollback path
  {
    id: 'cb010',
    scenario: 'service',
    class: 'middling',
    points: points('P T H A'),
    text: [
      "My job here isn't the resizer. Engineering owns the code, the deploy and the routing. My job is deciding how long we hold, what numbers pull it, and saying no to Thursday if it isn't ready.",
      '',
      "The numbers, agreed before we start: if image errors drift more than 0.5 % off where they sit today, we yank it. If p99 resize time drifts more than 250 milliseconds off today, we yank it. If listing-page views per session drift more than 2 % below the old resizer's group, we yank it. The benchmark says twenty percent faster, sure, but benchmarks don't run for a whole day.",
      '',
      "The stages are the slow lane, the medium lane and the fast lane, which for this is 5 %, 25 % and 100 %. Each lane holds for at least twenty-four hours with no restart, because this service only restarts on deploys and a leak won't show in the first hour. So no, it's not everywhere by Thursday unless we start Monday, and I'll be wicked clear with the team about that.",
      '',
      "And so nobody gets the wrong idea when we hit a hundred: the canary tells us the new resizer is safe. It doesn't tell us sellers sell more with the new format. If they want that answered, it's a randomized A/B test afterwards.",
    ].join('\n'),
  },
  // search-tail-latency (service) · Boston speech, vague reassurance
  {
    id: 'cb011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Honestly I'd just be careful with it. Search is wicked important for the researchers, so we'd roll it out a bit at a time and see how it goes. The median got faster, which is great, but you never know, so we'd keep an eye on things and make sure folks are happy. If people start complaining we'd go back. The engineers know the index way better than me, so I'd lean on them to tell me when it's good to go wider. Slow and steady, like the slow lane at the pool.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · pool-app PM, generic listening-to-users talk
  {
    id: 'cb012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "At the pool app we learned you have to listen to your users, so I'd want to listen to the vets here.",
      '',
      "A cheaper, faster model sounds like a win for everybody. I'd put it out to some clinics, get a feel for whether the summaries are still good, and widen it when it feels right. We'd look at the feedback and the dashboards as we go. If it's not working we can always revisit. The main thing is communicating with the clinics so nobody's surprised.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · keyword fragments with pool and Boston words, one per line
  {
    id: 'cb013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Slow lane. Medium lane. Fast lane.',
      'Staff first, beta, opted-in, new customers last.',
      'Thresholds: 0.5 %, p99 200 ms, conversion minus 2 %, baseline.',
      'Holds, gates, a full week of early-morning swims.',
      'Lifeguard clipboard, two initials, sign-off.',
      'Pager, rollback, config switch, three minutes, any hour.',
      'Canary not A/B. Randomized, safe versus better.',
      'Staff browsing, no purchases, artifact, baseline cohort.',
      'Wicked.',
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · one run-on string of keywords without a clause
  {
    id: 'cb014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'rollback pager flag five minutes Singapore lunch peak Berlin dawn p95 feature store hallucination rate eval harness thumbs-down token cost per request cohorts regions staff beta new customers last thresholds 0.5 % 150 ms 2 % baseline holds slow lane medium lane fast lane a full week of early-morning swims lifeguard clipboard initials sign-off A/B randomized safe not better the T bubbler packie down the Cape',
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Boston speech, every practice waved off
  {
    id: 'cb015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Look, it's a cosmetic change, reviews above the fold and lazy photos. I'm not going to do the whole production.",
      '',
      "No stages. No slow lane, no medium lane, none of that; it doesn't go out in steps. I wouldn't sit down beforehand and write out numbers for errors or latency or purchases either; I don't see the point for a layout. Nobody's initialling a clipboard before it goes wider, there's no sign-off. I'm not picking cohorts, so no staff first and no beta group. I'm not carving up what's mine versus engineering's. I'm not setting up a special rollback switch or putting anybody on a pager for it. An A/B test afterwards? Not for this, no.",
      '',
      'Leadership wants it out this week, so it goes out.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · pool-app PM, a list of "we won't" spoken as a paragraph
  {
    id: 'cb016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest about what we would not do on a prompt change, since it's only words. We would not start with our own staff and then the opted-in users; there's no cohort order for a prompt. We won't write down rollback limits ahead of time, for thumbs-down or anything else. We wouldn't hold at a slow lane or a medium lane, and no two people initial any lifeguard clipboard before it widens. Nobody on the pager gets to flip back to last Thursday's prompt on their own; it won't come up. We won't track the hallucination rate, the token cost or p95 latency separately for it. I wouldn't split out what the PM owns from what engineering owns, and there's no A/B test after. It gets switched on for English and German at once.",
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Boston speech, built on "the canary is our A/B test"; genuine order, holds and sign-off
  {
    id: 'cb017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      "The way I see it, the canary is our A/B test. Half the point of going slow is to prove the new date picker books more stays than the old one, and the canary group gives us that for free: if the canary's bookings come in higher than everyone else's, we've shown it's better and we can skip a separate test.",
      '',
      "Order: our own staff booking test stays first, then guests in the early-access program, then regular guests, and guests booking their first stay last, because they're the ones most likely to bail on a confusing form.",
      '',
      "Stages: the slow lane, the medium lane, the fast lane. We hold in each lane for four hundred completed bookings, because guests talk it over at home and the bookings land hours later, so one afternoon isn't enough. Before each lane, Sam from the booking team and I both initial the lifeguard clipboard.",
      '',
      "At the end we compare the canary group's booking rate to the rest, and that's our answer on whether the new page is better. If it's up, we announce the lift. Wicked simple.",
    ].join('\n'),
  },
  // support-model-upgrade (model) · Boston speech, built on "only the PM may roll back"; genuine limits, holds, model signals
  {
    id: 'cb018',
    scenario: 'model',
    class: 'misconception',
    points: points('T H M'),
    text: [
      "One rule above all: I'm the only one who can roll this back. Engineering can see a problem at three in the morning, fine, they call me and I make the call. If I'm asleep, they wake me. If I'm down the Cape with no signal, it waits till I'm back. That's what owning the release means.",
      '',
      "The limits are set before we start: if errors drift more than half a percent off where they sit today, p99 latency more than 400 ms, or ticket escalations more than 3 points off the old model's group, we yank it. But again, only on my say-so.",
      '',
      "For the model itself I'd watch the eval harness hallucination rate on payslip questions, the thumbs-down rate, and the cost per conversation for finance.",
      '',
      "Stages are the slow lane at 2 %, the medium lane at 20 % and the fast lane at 100 %, each held for one full payroll run, since that's when the payslip questions spike.",
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Boston speech, a copy-and-campaign plan for the page
  {
    id: 'cb019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'For the pricing page, I\'d start with the copy. The comparison table should have three columns, not four; people freeze with four. I\'d lead with the monthly plan, put the annual savings in a badge, and cut the jargon, because "render minutes" means nothing to a wedding videographer.',
      '',
      "For Friday's campaign I'd line up the email list, write two subject lines, and book a slot with the social team. I'd get sales to read the page and tell us which questions they keep getting on calls. Back at the pool app we redid our membership page the same way, and the calls to the front desk dropped off wicked fast. Afterwards, a short survey to see what people made of the new page.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · pool-app PM, a localisation-process plan instead of a release plan
  {
    id: 'cb020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "What I'd do is fix the process that got us here. The prompt was only reviewed by English speakers, so first I'd borrow a German-speaking reviewer and write a short style guide: Sie by default, du only when the user writes du first. Then we'd write the German instructions properly instead of hoping one warm prompt covers both languages.",
      '',
      "I'd set up a review rota so every prompt change gets read by someone in each language before it's merged, plus a glossary of phrases that come off too chummy in German. At the pool app we had the same problem with our Portuguese and Spanish signs at the Somerville and Chelsea branches, and the fix was the same: a native speaker reads it before it goes up.",
    ].join('\n'),
  },
];
