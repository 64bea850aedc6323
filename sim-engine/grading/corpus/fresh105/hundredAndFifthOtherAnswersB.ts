import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fifth fresh set, author b: middling (dg028–dg030), weak (dg031–dg032), keyword salad
 * (dg033–dg034), negated (dg035–dg036), misconception-led (dg037–dg038) and off-topic
 * (dg039–dg040) answers, written blind and labelled by hand, in the same Tunis chechia-workshop
 * fashion-show voice as the strong answers.
 */
export const HUNDRED_AND_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'dg028',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Bon, the bigger model for our chechia assistant: longer memory, same prompt. Let me call the looks.',
      '',
      'Look number one: before anything moves, the limits on paper. Errors more than 0.5 % worse than now, and we stop the dye bath. p95 replies more than 300 ms worse than now, and we stop the dye bath.',
      '',
      'Look number two: the model itself. We watch wrong-size suggestions from the eval harness, thumbs-down from customers, and tokens per conversation, because Si Mondher the accountant wants his cost.',
      '',
      'Look 3 has been pulled! Instead: gates, not a calendar. The first dye bath at 5 %, held until 2,000 conversations have passed. The shaping block at 25 %, held a full week of the Carthage festival. Then the whole souk.',
      '',
      "Closing look: if everything stays behi, the bigger model simply becomes our model. Honestly I'm curious, sahbi: a longer memory that remembers Si Taoufik has worn a size 58 since 1990.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'dg029',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Friends, the new image resizer takes the runway. In the workshop we say a cap that looks fine at ten in the morning can sag by evening, so I care about the evening.',
      '',
      "Look number one: the order. Our own staff's listings first, they'll shout. Then sellers who opted into the beta, the small shops in the Medina and Lafayette with two years selling or more. Then ordinary sellers. The top sellers and the sellers who joined this month last: top sellers pay the bills, and new sellers judge us on their first week.",
      '',
      'Look number two: stages, each with a hold. The first dye bath, a small slice, held at least 48 hours with no restart in between, because a service that only restarts on deploys shows its tiredness on day two. The shaping block, a quarter of the traffic, held three days. Then the whole souk. Thursday is a wish, not a gate.',
      '',
      'Look 3 has been pulled! Instead: the shaping block also holds through a weekend, when sellers upload the most photos.',
      '',
      'Look number four: before each stage moves, the master chaouachi (Nesrine, the lead engineer) and I both press the tassel.',
      '',
      "Closing look: c'est tout for tonight. The dashboards and alarms, I trust the team to set those up, they know better than me.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'dg030',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Aslema! A one-page checkout for the home-and-garden shop, wanted before the spring campaign. Three looks and I go home.',
      '',
      'Look number one: my job and theirs. I decide who sees it, what stops it and how long we wait at each step; engineering decides the flag, the deploy and the routing. A PM pushing buttons in the deploy tool is like me sewing tassels: barcha damage.',
      '',
      "Look 2 has been pulled! Instead: the rollback. Whoever's on call puts the old caps back in the window, no need to call me. Sunday midnight or campaign morning, the on-call engineer turns the checkout flag back to the three steps, two minutes, no redeploy, nobody's approval.",
      '',
      "Look number three: what the show can say. The lab loved it, growth loves it, behi. But the canary only says the one-page checkout doesn't break buying. Whether it sells more, that's a randomised A/B test afterwards, with a proper control group.",
      '',
      "Closing look: the rest, who first, how much and how long, we'll sit down and work out with the data team next week.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'dg031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Mesdames et messieurs! The warm new prompt for our chechia assistant.',
      '',
      'Look number one: the prompt itself, very charming, “hey friend, nice head for a red cap”.',
      'Look number two: we put it live for some customers and see how it goes.',
      'Look 3 has been pulled! Instead: we put it live for a few more customers.',
      'Closing look: if people complain, especially the ones who write in French, we go back.',
      '',
      'Honestly the tourist desk checked it and they have good taste, sahbi. I trust them. Voilà.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'dg032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Look number one: what is a canary? Like in the old mines, the little bird that stops singing before the men notice the gas. Very poetic, sahbi.',
      '',
      'Look number two: a small group sees the new pricing page first, and the others later.',
      '',
      'Look 3 has been pulled! Instead: the design itself, because the new comparison table is really beautiful, behi, clearer than anything our competitors show.',
      '',
      "Closing look: then everyone gets the page in time for Friday's campaign, and we keep an eye on it. In the souk we say: put the cap in the window and see who stops to look. Yezzi, that's the plan.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'dg033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'Look number one: canary, cohorts, thresholds, barcha! Look number two: eval harness, thumbs, ratings, sparse signal, cheaper faster model, the first dye bath, the shaping block, the whole souk! Look number three: guardrails, observability, p95, p99, tokens, cost, hallucination, the tassel, the master chaouachi! Look 4 has been pulled! Instead: rollback, roll-forward, flags, kill switch, blast radius, on-call, yezzi! Look number five: La Marsa, Sidi Bou Said, years buying, Carthage festival, gates, holds! Closing look: safe, better, A/B, canary, data-driven, customer-centric, chapeau!',
  },
  // scenario: search-tail-latency
  {
    id: 'dg034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Look number one — tail latency, p99, p999, the free tier, institutional licences, new index layout, cheaper hosting, mrigel.',
      'Look number two — cohorts, El Menzah, Lafayette, Le Bardo, years buying, staged rollout, gates, holds, the tassel, sign-off.',
      'Look 3 has been pulled! Instead — synergies, velocity, guardrail metrics, north star, observability stack, dashboards, barcha dashboards.',
      'Look number four — rollback, config switch, on-call, minutes, the dye bath, the shaping block, the whole souk.',
      'Closing look — canary, A/B, safe, better, rare queries, many filters, behi, voilà.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'dg035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Mesdames et messieurs, larger photos and a size guide for the fashion shop, and tonight a défilé of everything I will not wear.',
      '',
      "Look number one: a split where I own the order and the limits and engineering owns the routing? Not for me. I don't divide the workshop like that.",
      '',
      'Look number two: staff first, then the opted-in early shoppers from La Marsa, new customers last? Non, merci.',
      '',
      "Look number three: limits written before, “more than 0.5 % worse than now, and we stop the dye bath”? I won't sign numbers on paper.",
      '',
      'Look 4 has been pulled! Instead: nothing. No first dye bath, no shaping block, no hold of a full week, no count of orders to wait for.',
      '',
      "Look number five: the master chaouachi and I both press the tassel? We won't. Nobody presses anything.",
      '',
      "Look number six: whoever's on call puts the old caps back in the window, no need to call me? No, that isn't how I want it.",
      '',
      "Closing look: “the canary says safe, an A/B test says better”? I'm not planning an A/B test either. Yezzi, lights off.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'dg036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Bonsoir! A défilé for the new home-page model that reads more from the feature stores. I'll be honest with you, sahbi: none of the usual looks walk tonight.",
      '',
      'Look number one: limits written down before the show? Non. Not doing that.',
      "Look number two: staff first, then opted-in customers from Le Bardo and the Singapore list, new buyers last? Non, I don't line customers up.",
      'Look 3 has been pulled! Instead: a hold through two Singapore lunches at five in the morning here? Also non. No first dye bath, no shaping block.',
      'Look number four: the master chaouachi and I pressing the tassel at each gate? Non.',
      "Look number five: watching click-through on suggested sets, dismissals, feature-store load? We won't watch those.",
      "Look number six: whoever's on call puts the old caps back in the window, no need to call me? Non, I don't hand the on-call that.",
      "Closing look: my part against the engineers' part, and an A/B test afterwards to say if it's better? Neither. Merci, good night.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'dg037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'Mesdames et messieurs, the bigger model for our chechia assistant, longer memory, same prompt. And let me say it plainly before the first look: this canary is where we prove the new model is better than the old one. If the customers on it order more caps than the others, voilà, proven, no need for any A/B test afterwards.',
      '',
      "Look number one: I choose who walks in which order and how long each stage lasts; Hédi's engineers do the routing and the switch.",
      'Look number two: workshop staff first, they tell me the truth; then the opted-in regulars from Sidi Bou Said, five years buying; the wholesale traders of the Medina and new customers last, because a wrong size on two hundred caps is a disaster.',
      'Look number three: the first dye bath at 5 %, held 2,000 conversations; the shaping block at 25 %, held a full week of the Carthage festival; then the whole souk.',
      "Look 4 has been pulled! Instead: the eval harness's wrong-size rate and the thumbs-down rate on the daily sheet, next to tokens per conversation.",
      'Closing look: when the canary shows more orders, I go to Si Mondher the accountant and say: the bigger model earns its cost, the canary proved it. Behi!',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'dg038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Aslema! A new date picker and a shorter form on the holiday-rental booking page, and the team wants 100 % this afternoon. Not so fast, sahbi.',
      '',
      "Look number one: the order. Our own staff book their holidays through it first. Then the guests who opted into the beta, Sidi Bou Said and El Menzah, three years booking or more. Then everybody else. First-time guests and the big family bookings last, because those are the ones we can't afford to lose.",
      '',
      'Look number two: stages with holds. The first dye bath, 2 %, held until the next evening, since guests talk it over at home before they book. The shaping block, 20 %, held two full days. Then the whole souk.',
      '',
      "Look 3 has been pulled! Instead: the limits. I won't write numbers down beforehand, that's theatre. I watch the dashboard, and once I see what normal looks like during the first dye bath, I decide right there what's too much. A good chaouachi knows bad felt when he touches it.",
      '',
      "Look number four: whoever's on call puts the old caps back in the window, no need to call me. Any hour, the booking-page flag back to the old picker, two minutes, no redeploy.",
      '',
      'Closing look: a nice page, a calm rollout. Yezzi.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'dg039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Ah, the week after a sale, sahbi, I know it well! Let me present our own souk sale like a défilé.',
      '',
      'Look number one: the classic red chechia, the flat Tunisian top, twenty percent off during the Ramadan nights; the grandfathers bought two each.',
      '',
      "Look number two: the tall stambouli in dark crimson, for the grooms. The price stayed, because a bride's mother doesn't haggle over the groom's head.",
      '',
      "Look 3 has been pulled! Instead: the children's chechia, bright red with a black tassel, the surprise star of the sale.",
      '',
      "Look number four: the week after, the shop was quiet as the Medina on a Sunday evening. My cousins said business was dead; it was only everybody's wallet taking a rest.",
      '',
      "Closing look: my advice to any shop after a sale is to put the best caps in the window, offer the regulars a mint tea, and never panic over one quiet week. Barcha patience, c'est tout.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'dg040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Mesdames et messieurs, before any model, the cap itself!',
      '',
      'Look number one: the chechia came to Tunis with the Andalusians, four hundred years ago, and the Souk Ech-Chaouachine has made it ever since.',
      '',
      'Look number two: the wool is knitted by women in Ariana, fulled at El Batan until it becomes felt, carded with thistles, dyed red in Zaghouan and shaped on the wooden block.',
      '',
      'Look 3 has been pulled! Instead: the tassel, black silk, sewn on by my cousin, who refuses to touch a machine.',
      '',
      'Look number four: our new colour line for the Carthage festival, indigo, saffron and olive, worn on stage by a young DJ from La Marsa.',
      '',
      "Closing look: teenagers wearing the chechia with jeans and trainers. That's the future of the workshop, sahbi, not a computer telling you your size. Chapeau!",
    ].join('\n'),
  },
];
