import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-sixth fresh set, author a: middling (cn008–cn010), weak (cn011–cn012), keyword salad
 * (cn013–cn014), negated (cn015–cn016), misconception-led (cn017–cn018) and off-topic
 * (cn019–cn020) answers, written blind and labelled by hand. The scenario id of each answer is in
 * the comment above it.
 */
export const EIGHTY_SIXTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cn008',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Quick reading on the bigger model for the badge-and-parking bot.',
      'First card, The Emperor. The call on this one is mine. Engineering does the plumbing, the routing, the deploy, the flag, and I decide the limits and how long it runs.',
      "Second card, the Wheel of Fortune. We give it to a random 5 % of guests, wherever the wheel lands, Belmar or Cape May, doesn't matter.",
      'Third card, Justice. Before anybody gets it I write the limits down. Made-up badge prices on the eval harness more than 2 points worse than now and the reading ends. Thumbs-down more than 1.5 points worse, it ends. Cost per conversation more than 40 cents higher, it ends. Errors more than half a percent worse, it ends.',
      "Fourth card, The Sun. If all that stays quiet, we open it up to everybody. If something goes sideways, we go back. That's the reading.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cn009',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      "The task database moving to the managed cluster behind the new proxy. I run a rental office, so I know a cold house on the first Saturday when I see one: load tests on warm caches are a house that's been aired out.",
      "I pull the Three of Cups first. Our own teams go first, since they live in the tool and they'll holler. Then customers who opted into the beta. Then small teams, a region at a time, the way I'd open the shore towns one by one, and the big accounts with thousands of tasks last, because that's where a cold cache hurts and they're the ones who'd leave.",
      "Next, The Hermit. Three stops. The first block, 1 % of teams, sits three days, including a Monday morning when everybody logs in cold. The pier, 20 %, sits a full week, month-end in it if we can get it. Then the last arcade. Nothing moves until the stop it's on has served its whole hold.",
      "Then The Tower. Whoever's on call puts the old version back on the table, no need to call me: it's a proxy config switch back to the old cluster, a couple of minutes, any hour, no redeploy. Which is also why the old cluster doesn't get unplugged at the end of the month just because the calendar says so.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn010',
    scenario: 'model',
    class: 'middling',
    points: points('S A M'),
    text: [
      "The vets' summaries on the cheaper model. Three cards.",
      'Card one, Judgement. Every step up, the clinical lead and I both turn the card over, and nothing moves without the both of us.',
      "Card two, The High Priestess, the quiet one. Vets hardly ever rate a summary, so I'm watching the harness grades for invented findings and wrong doses, the thumbs-down rate, and how often a vet rewrites the summary by hand before saving it. Those three are my canary, not just the error page.",
      "Card three, The Star. This shows it's safe to run; it doesn't show it's better. If anybody wants to say vets prefer it, that's a randomised A/B test afterwards.",
      'Anyway, we widen it when it feels settled, like the wooder in August.',
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'cn011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I'm gonna draw one card for this, 'cause honestly it's simple. The Fool. New beginnings, a leap off the jetty.",
      "One-page checkout, everybody in the lab loved it, growth wants it live before the spring campaign. So we put it out to some people first, we see how it goes, and if it's good we put it out to everybody. The engineers know how to do the switching part; I trust them on that.",
      "When we redid the booking form at the rental office we just kept an eye on the phones for a while and it was fine. The Fool says don't overthink it.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Tarot's about energy, and the energy on this one's good.",
      'Card one, The Sun. A warmer prompt, a friendlier bot. The guests are gonna love it, especially the ones from the city who think everybody down the shore is rude.',
      "Card two, Temperance. A canary release is when you give something to a small group first, so if it's bad only a few people see it, like the bird they brought down the mine.",
      "Card three, The Lovers. The French-speaking families in Wildwood might take it a little different, so we'll keep an eye out. Then it goes to everybody. That's the reading.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cn013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'The Magician: canary cohort ramp hold gate threshold rollback p99 tail latency index filters.',
      'The Star: owner PM engineering routing flag config switch sign-off A/B randomised safe better.',
      'Wheel of Fortune: first block pier last arcade Memorial Day week bookings on-call old version table.',
      'The World: errors latency conversion baseline control percent milliseconds segment institutional free tier.',
      'Card over, card over, turn the card over: threshold hold gate rollback, down the shore, wooder, jug handle, cohort cohort cohort.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Ten of Pentacles: model hallucination thumbs-down eval harness tokens cost p95 cohort.',
      'Page of Swords: Singapore Berlin lunch peak feature store threshold gate hold sign-off.',
      'Ace of Wands: ramp 1, 5, 25, 50, 100, rollback flag routing on-call minutes, A/B randomised, safe not better.',
      'Queen of Cups: property manager, turn the card over, first block, pier, last arcade, Memorial Day week, more than worse than now.',
      'Knight of Pentacles: PM owns, engineering owns, staff, early access, new last, baskets baskets baskets.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cn015',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll draw, but I'll tell you now, I don't go in for the ceremony on this one.",
      "The Emperor: I'm not going to sit here splitting who owns what between me and the engineers. That's a waste of a meeting.",
      'The Three of Cups: no hand-picked order. No staff first, no early-access list, no saving the first-summer renters or the big Spring Lake houses for last.',
      "Justice: I won't write limits down ahead of time. No error number, no latency number, no cost-per-conversation line.",
      'The Hermit: no stops on the boardwalk, and no waiting a Memorial Day week at any of them.',
      'Judgement: nobody turns a card over before it moves, not me, not the property manager.',
      "The Tower: I'm not setting anybody up on call to put the old version back on their own at two in the morning.",
      "The Star: and I'm not running an A/B test after to find out if it's better. The harness, the thumbs-down, the tokens, I'm not watching any of it. That's the reading.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cn016',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'The image resizer rewrite. Cards on the table.',
      "The Emperor: I'm not the one carving up who decides what. I don't own the order or the limits, and I won't pretend to.",
      'The Three of Cups: not starting with our own sellers, not asking anybody to opt in, not keeping the big sellers for last.',
      'Justice: no numbers agreed in advance. Not on errors, not on p99, not on memory.',
      'The Hermit: no first block, no pier, no last arcade, no holding a day to see whether it slows down.',
      'Judgement: nobody signs anything and nobody turns a card over.',
      'The Tower: no quick switch back, no on-call with the keys.',
      "The Star: I won't tell anybody the canary says safe and a randomised test says better, because we're not doing either one.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cn017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      "Fashion shop, bigger product photos and a size guide. I'll lay the cards the way I'd lay out a rental season.",
      'Card one, The Emperor. I own the reading: the order, the stops, who signs. Engineering owns the flag and the routing.',
      "Card two, the Three of Cups. Employees first, since they're on the site all day checking stock and they'll spot a broken size guide before anyone. Then customers who opted into early access. Then regulars town by town, five years with us before anybody newer, and brand-new customers last, because a bad first visit loses them for good.",
      "Card three, The Hierophant, and here's what I believe: the canary is our A/B test. The whole point of letting people in a block at a time is to compare buying in the canary against everybody else. If the canary cohort buys more, that proves the bigger photos are better, and I take that lift straight to marketing.",
      'Card four, The Hermit. The first block, staff only, for two days. The pier, 20 %, for a full Memorial Day week of orders. Then the last arcade.',
      'Card five, Judgement. The property manager and I both turn the card over at each stop; here the property manager is the merchandising lead.',
      "Card six, The Tower. Whoever's on call puts the old version back on the table, no need to call me: a flag flip, a few minutes, any hour.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn018',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      'Warmer prompt for the badge bot, and the Wildwood French families write in a quarter of the time. Let me turn them.',
      "Card one, The Moon, and here's what I believe: you can't know the right numbers before you see the traffic. Writing limits down ahead is guessing. I sit at the dashboard at each stop, I eyeball it, and I decide right there. If thumbs-down looks maybe three points up, I'd probably call it, but it depends on the day.",
      'Card two, the Three of Cups. Office staff first, then guests who opted into early access, then English-writing renters, then the French-writing families, people with five summers or more before newer ones. First-summer renters go last; a first booking that talks down to you is the last booking.',
      'Card three, The Hermit. The first block at 5 % until 2,000 conversations in each language, the pier at 25 % for a full Memorial Day week, then the last arcade.',
      "Card four, The High Priestess, what I'm watching: thumbs-down split by language, the harness grading tone and tu versus vous, and how many chats get handed to a person in the office.",
      "Card five, The Tower. Whoever's on call puts the old version back on the table, no need to call me. One prompt-flag flip, two minutes, any hour.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cn019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Before anything else, let me do the reading I did for myself in March, 'cause it's the one I trust.",
      'The Ten of Cups: a full house. Every week from Memorial Day to Labor Day booked in Ship Bottom, which never happens.',
      "The Four of Pentacles: somebody's holding on to money. That was the town raising the seasonal beach badge to forty dollars, and the owners wanting to raise the weekly rent to cover it.",
      'The Chariot: traffic. The jug handle off Route 72 backed up to the causeway every Saturday in July, and guests calling from the car asking if they can check in late.',
      "The Queen of Wands: a strong woman runs the house. That's our head of housekeeping, who told the owners no, the rent stays where it is.",
      "The property manager and I both turn the card over, and the last one's the Sun. Good summer. Wooder was warm by the Fourth.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Let me tell you about our bot instead, the one that answers guests, because people always ask me where it came from.',
      "The Page of Swords: curiosity. It started as a binder on the rental-office counter with every town's badge rules and parking rules, Bay Head, Mantoloking, Seaside, typed up by my aunt.",
      'The Hanged Man: seeing it another way. Guests kept calling at ten at night asking whether you can park on the street overnight in Point Pleasant Beach, so we typed the binder into the computer.',
      "The Magician: making something out of what you've got. A kid from Rutgers turned the binder into the assistant over one winter.",
      'The Empress: plenty. Now it answers the badge questions, the trash-day questions, the is-the-beach-open-after-a-storm questions, in English and French.',
      "The property manager and I both turn the card over. The last card is The World. It's the best hire we ever made and it doesn't ask for the Fourth off.",
    ].join('\n'),
  },
];
