import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-sixth fresh set, author a: strong answers (cn001–cn007), written blind and labelled by
 * hand. Every answer is a tarot reading by a New Jersey shore-house rental PM; the scenario id of
 * each answer is in the comment above it.
 */
export const EIGHTY_SIXTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cn001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Sit down, hon, the deck's shuffled. This is the bigger model for our beach-badge and parking assistant, same prompt, longer context. One card at a time.",
      "First card, The Emperor: who owns what. I own the reading: which guests get the new model in what order, the numbers that end it, how long we sit at each stop. Engineering owns the routing, the deploy and the flag. I don't touch their switch and they don't pick my cohorts.",
      "Second card, the Three of Cups, friends first. The rental-office staff and the cleaning crews ask the bot stuff all day, so they go first. Then guests who ticked the early-access box. Then renters town by town, Seaside and Lavallette before Spring Lake, people with ten summers or more before anybody newer. First-summer renters go last, because a first-timer told the wrong badge price doesn't book again, and the big Spring Lake houses are most of our money, so they're last too.",
      "Third card, Justice. Numbers, agreed before one guest moves over. Errors more than half a percent worse than now and the reading ends. p95 more than 300 milliseconds worse than now, it ends. Made-up answers on the eval harness, a badge price that doesn't exist or wrong parking hours, more than two points worse than now, it ends. Thumbs-down more than one and a half points worse, same. Cost per conversation more than forty cents over the old model, it ends; finance asked, so it's a limit.",
      'Fourth card, The Hermit, the waiting card. Three stops off the boardwalk: the first block is 2 %, the pier 20 %, the last arcade everybody. We stay on the first block for 3,000 conversations and on the pier a full Memorial Day week, because thumbs-down is thin and the harness needs volume.',
      'Fifth card, Judgement. Nobody walks from the first block to the pier on a feeling. The property manager and I both turn the card over before every stop, or we stay where we are.',
      "Sixth card, The Tower. Whoever's on call puts the old version back on the table, no need to call me. It's a flag flip back to the old model, a couple of minutes, two in the morning on a Sunday same as noon. No redeploy.",
      "Last card, The Star. This reading tells you the bigger model is safe down the shore, not that it's better. For better we run a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cn002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Quick reading, Parkway to beat. The badge bot's prompt got rewritten warmer. A quarter of our guests are Quebec families in Wildwood writing in French, where tu and vous matter.",
      'The Emperor: I own the cohort order, the limits and the holds. Engineering owns the prompt flag and the routing.',
      'The Three of Cups: office staff first, then guests who opted into early access, then English-writing renters, then French-writing ones, five summers or more before newer. First-summer French speakers go last; nobody forgives being talked down to on a first booking.',
      'Justice, written before anything moves: thumbs-down more than 2 points worse than now in either language and the reading ends. Harness-graded wrong or overfamiliar answers more than 1 point worse, errors more than half a percent worse, p95 more than 250 ms worse: same.',
      'The Hermit: the first block at 5 % until 2,000 conversations per language, the pier at 25 % for a full Memorial Day week, then the last arcade.',
      'Judgement: the property manager and I both turn the card over before each stop.',
      "The Tower: whoever's on call puts the old version back on the table, no need to call me. One prompt-flag flip, two minutes, any hour.",
      'The Star: safe, not better. Better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cn003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Okay, this one's the vets: visit-note summaries moving to a cheaper, faster model. I'll read it the way I'd read our July, one card off the top at a time.",
      "I turn The Hierophant. Roles. I decide who gets the new summaries and when, the numbers that end it and how long we sit. The engineers own the routing, the deploy and the flag. They don't pick clinics and I don't touch their router.",
      'Next, the Page of Cups, the friendly kid. Our own staff vets, the ones who check summaries in the office, go first. Then the clinics that signed up for early access. Then small clinics town by town, the ones with a few years on the product before the ones who joined this spring. New clinics and the big multi-vet practices go last: a new clinic that gets one bad summary cancels, and the big ones are most of the money.',
      'The Eight of Pentacles, the careful work. Feedback here is quiet: few vets rate, and the harness grades one summary in two hundred. So for the canary I ask engineering to grade one in twenty, for the new model and the old one alike. Then the limits, written before one summary moves. Harness-graded mistakes, a wrong drug, a wrong dose, a finding nobody made, more than one point worse than the old model and the reading ends. Thumbs-down more than three points worse and it ends. Failed summaries more than half a percent worse, p95 more than 400 ms worse: same.',
      "The Hermit, the wait. The first block is 5 %, the pier 25 %, the last arcade all of it. We don't leave the first block until 600 summaries have been graded, about three days at this traffic. At the pier we sit a full Memorial Day week, because that's where the thin thumbs-down finally says something.",
      'The Two of Wands. At every boardwalk stop the property manager and I both turn the card over; for the vets the property manager is the clinical lead. No turn, no advance.',
      "The Tower. Whoever's on call puts the old version back on the table, no need to call me. It's a config switch back to the old model, under five minutes, three in the morning or three in the afternoon.",
      "The World, last card. When it's done you know the cheap model is safe. Not that vets like it better: that's a randomised A/B test afterwards, a proper split, never read off the canary.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cn004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Let me shuffle. First card, The Chariot, and it's upside down. A reversed Chariot is all speed and no steering, the whole Garden State Parkway on a Friday in July. I'm not building a plan on that. Cards back in the deck, shuffle again, we start over.",
      "Okay. The Emperor, upright. The grocery app's new recommendation model, reading more features per request from the regional feature stores. I own the calls: which shoppers get the new baskets in what order, the numbers that end it, how long each stop lasts. Engineering owns the routing, the deploy, the flag and the feature stores.",
      'The Six of Cups, old friends. Staff accounts in Berlin and Singapore first, then shoppers who opted into early features, then regular customers region by region, the ones with years on the app before the newer ones. Brand-new customers and the big weekly-basket households go last, because those are the ones a bad basket loses for good.',
      "Justice. Before anything moves it's written on the wall. Recommendation errors or timeouts more than half a percent worse than now and the reading ends. p99 more than 150 ms worse than now in either region, it ends. Share of baskets shoppers dismiss more than 2 points worse than the baseline cohort, it ends. Fallbacks to the default basket more than 1 point worse, it ends. Basket add-rate from recommendations more than 3 % under the baseline cohort, it ends.",
      "The Moon, because what you can't see is the problem. The Singapore lunch rush is the crack of dawn in Berlin, while the team's still on the train. So every stop holds across at least two Singapore lunch peaks and two European evenings before it moves. The first block is 1 %. The pier is 10 % and holds a full week, a Memorial Day week's worth of both regions' peaks. Then 50 %, then the last arcade at 100 %.",
      "Judgement. The property manager and I both turn the card over before each step; here the property manager is the Singapore ops lead, because she's awake when it breaks.",
      "The Tower. Whoever's on call puts the old version back on the table, no need to call me, and that goes double at five in the morning Berlin time. It's a flag flip back to the old model, two minutes, no redeploy.",
      'The Star. This reading says safe. Whether the baskets are better is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cn005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Short spread. Payments move to the provider's new SDK; Friday dinner's the peak. I'll run it like check-in Saturday at the rental office.",
      'The Emperor: I own the order, the limits and the waits; engineering owns the SDK flag and the routing.',
      'The Three of Cups: staff ordering on their own phones first, then customers who opted into early access, then everyone else town by town. New customers and the big weekly orderers go last; a failed payment on a first order is a customer gone.',
      'Justice, set before one order moves: payment failures more than 0.5 % worse than now and the reading ends. Failures over 2 % on Android in any five-minute window, same. Checkout p99 over 200 ms worse, or orders more than 2 % under the baseline cohort, same.',
      'The Hermit: the first block, 2 %, for 5,000 payments, counted like bookings; the pier, 20 %, through a full Friday dinner; then the last arcade.',
      'Judgement: the property manager and I both turn the card over before every move; here my property manager is the payments lead.',
      "The Tower: whoever's on call puts the old version back on the table, no need to call me. Config switch, three minutes, any hour.",
      "The Star: safe isn't better; wallet lift gets a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cn006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Pull up a chair. Fares moving to a new pricing service, starting Tuesday evening. The rental office taught me the phone rings at two in the morning when the wooder heater dies, so I read this one from the night side.',
      "First card: The Tower. Right off the top, fine: settle the part everybody leaves for last. Whoever's on call puts the old version back on the table, no need to call me, no need to call anybody. Two a.m. on a Saturday, when the trips peak, same rule. It's a routing switch back to the old fare service and it takes about three minutes. Not a redeploy, not a ticket, not a meeting.",
      'Second: The Emperor. I own the reading: who rides the new fares first, the numbers that end it, how long each stop sits. Engineering owns the deploy, the routing, the flags and that batch window.',
      "Third: the Three of Cups. Staff riding on employee accounts go first, then riders who opted into early features. Then town by town, Asbury and Red Bank before Long Branch, riders with a few years on the app before newer ones. The city goes last, and brand-new riders last of all, because that's where the volume and the money are, and a first trip with a wrong fare is a rider lost.",
      "Fourth: Justice, written Tuesday afternoon before the first fare. Fare errors more than half a percent worse than now and the reading ends. p99 for a fare quote more than 200 ms worse than now, it ends. Completed trips per request more than 2 % under the baseline cohort, it ends. Billing records that don't match the quoted fare, more than one in ten thousand, it ends.",
      "Fifth: The Moon, the night card. The pricing service shares a nightly batch window with billing, so every stop has to sit through that window before it's allowed to move. The first block is 1 %: 20,000 trips and at least one batch night. The pier is 10 %: a full weekend, Friday and Saturday nights both. Then 50 %, then the last arcade.",
      'Sixth: Judgement. The property manager and I both turn the card over before every stop. For this one my property manager is the head of rider operations.',
      "Seventh: The Star. When it's all done we know the new fares are safe. Not better. If somebody wants to say the new pricing earns more, that's a randomised A/B test afterwards, not a number off the canary.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cn007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "This one's practically my own trade: a holiday-rental site, a new date picker, a shorter form, dates kept in the guest's browser. The team wants it at a hundred percent this afternoon. I lay out a Celtic cross and read it position by position, like a lease.",
      "Position one, what covers you: The Emperor. I own the reading, meaning the order guests get the new page, the limits and how long we wait. Engineering owns the flag, the routing and the deploy. 'This afternoon' is their wish, not my plan.",
      "Position two, what crosses you: the Five of Pentacles. Lost bookings don't show for hours. Guests look at three houses, drive home up the Parkway, talk it over and book that night. The page can be broken at noon and look fine till nine.",
      "Position three, what's beneath: the Three of Cups. Our own reservation agents and the owners who test listings go first, then the guests on the early-access list. Then repeat guests by shore town, five summers or more in Ocean City and Sea Isle before anyone newer. First-time guests and the big Avalon and Stone Harbor houses go last, because those are the bookings we never get back.",
      "Position four, what's behind you: Justice, written before the first guest sees the page. Booking completion more than 2 % under the baseline cohort, counted on bookings that close within 24 hours of the search, and the reading ends. Page errors more than half a percent worse than now, it ends. Date-picker p95 more than 200 ms worse, it ends. Bookings where the saved dates don't match the dates charged, more than one in a thousand, it ends.",
      "Position five, what's ahead: The Hermit. The first block is 5 % for two full days and at least 400 bookings. The pier is 25 % for a full Memorial Day week, because the late bookers need a whole weekend to come back. Then the last arcade.",
      'Position six, the near future: Judgement. At every stop the property manager and I both turn the card over; if either leaves it face down, we stay.',
      "Position seven, yourself: The Tower. Whoever's on call puts the old version back on the table, no need to call me: a flag switch back to the old page, five minutes, eleven at night same as noon, no redeploy.",
      "Last position, the outcome: The Star. The reading says the new page doesn't lose bookings, not that it wins more. That's a randomised A/B test afterwards.",
    ].join('\n'),
  },
];
