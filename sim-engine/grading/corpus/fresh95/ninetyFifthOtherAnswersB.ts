import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fifth fresh set, author b: the other answers (cw028–cw040): middling, weak, keyword
 * salad, negated, misconception-led and off-topic, written blind and labelled by hand before
 * anything was run. Same voice as the strong answers; see README-b.md and LABEL-NOTES-b.md.
 */
export const NINETY_FIFTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cw028',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'Ándale, niños, the fable of the one-page tortilla.',
      "The rabbits turned the shop's three-step checkout into one page, with the address and the card filled in by themselves, and the old customers loved it in the lab. But growth wants it out before the spring campaign, when first orders pile up like Sunday mornings at the taquería.",
      'The tlacuache thought like a cook: you do not give the new salsa to the first-time customer. So the tortilla is our own staff, who will forgive it. The filling is the customers who opted in for early things, from the Roma and the Escandón. The salsa is everyone else, and the first-time buyers go last of all, because a checkout that confuses them loses them before they ever come back.',
      'The tortilla holds for 2,000 orders, the filling for a full week of Día de Muertos, and only then comes the salsa.',
      "And if it goes wrong at any hour, whoever's on call puts the old version back on the comal, no need to call me: the flag goes off in a minute, nobody redeploys.",
      'And the moral is: the guest who has never eaten here gets the salsa you are sure of.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cw029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Qué onda, niños. The fable of the parrot with the new voice.',
      'The parrots of marketing rewrote the salsa model\'s little speech to sound warmer and more casual, and the English speakers liked it. But many of our customers order in Spanish, and the señoras from Polanco expect "usted".',
      'The old owl, our product manager, that is me, said to the ants: the wires, the switch and the deploy are yours; the limits are mine, and I write them now, before any order hears the new voice.',
      'Errors more than 0.5 % worse than now and we turn off the grill. Thumbs-down on suggestions more than 3 points worse, in Spanish or in English, and we turn off the grill. The eval harness reads a sample of Spanish replies every hour, and if the wrong form of address or wrong pairings are more than 2 points worse, we turn off the grill.',
      'Then we let the new voice out to some customers and see.',
      'And the moral is: write down what "too rude" means before anybody is rude.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cw030',
    scenario: 'service',
    class: 'middling',
    points: points('H R A'),
    text: [
      'Órale, niños. The fable of the burro and the new cash box.',
      'In a food-delivery app, the payment burro got a new cash box from the provider, with wallet payments, and the provider said it passed all its certificates. But a taquero knows: the card reader that works at noon can choke at the Friday dinner rush.',
      'So we go in stages. The tortilla: a small slice of orders, held for 3,000 paid orders and at least one Friday dinner, with Android watched on its own. The filling: a bigger slice, held a full week of Día de Muertos. The salsa: everybody.',
      "If payments break, whoever's on call puts the old version back on the comal, no need to call me, even at ten on a Friday night; it is a switch in the payment routing, two minutes, not a new app release.",
      'And when everyone has it, we will know the new cash box is safe. Whether wallets make people order more is another question, for a randomised A/B test afterwards.',
      'And the moral is: test the cash box when the line is longest.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cw031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Qué onda, niños. The fable of the cheap new brain.',
      'The turtle wanted the salsa model to use a cheaper, faster brain. The turtle said: we will put it out little by little, and we will watch. If the customers seem unhappy, we go back to the old one. The ants know how to do these things, so the turtle let them choose how.',
      'And everybody ate tacos happily.',
      'And the moral is: slow and careful wins the race.',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cw032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Ándale, niños, the fable of the new menu board.',
      'The rabbits of a video-editing shop painted a new price board with a clearer table, and marketing was sending a parade to it on Friday. The iguana said: it is only a board, nothing in the kitchen changes. Let us put it up for a few people, have a look, and if it looks fine, put it up for everybody before the parade. Canaries are a good habit; the big taquerías all use them.',
      'And the moral is: a new menu board does not burn the tacos.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cw033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Órale niños once upon a time: canary. Tortilla filling salsa. Colonia cohort Roma Condesa years ordering. Threshold threshold more than 0.5 % worse grill off p99 200 ms grill off. Feature store Madrid lunch peak. Hold Día de Muertos hold 4,000 orders gate gate gate. Head taquero flip the tortilla sign-off. On call comal rollback old version no need to call me. Hallucination eval harness thumbs-down tokens per suggestion p95. Canary safe A/B randomised better. PM owns engineering owns routing flags deploy. Salsa model salsa model salsa model.',
      'And the moral is: canary, cohort, comal, grill.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cw034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Qué onda niños, the fable of the index, ahorita: search index tail latency p99 p99.9 filters rare queries benchmark cheaper smaller. Tortilla, filling, salsa. Free tier, institutional licences, colonia, years ordering, opted-in early access internal staff first. Thresholds pre-committed 200 ms 0.5 % 2 % grill off grill off. Holds gates Día de Muertos 10,000 queries. Head taquero flip the tortilla. Rollback routing switch minutes on call comal any hour. Canary versus A/B test randomised safe better. Coyote rabbit tlacuache ants.',
      'And the moral is: tail, tail, tail, comal.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cw035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Ándale, niños, this is the fable of the fox who said no to everything, and the fox is me.',
      'The fox ran a ride-hailing app whose trips never stop at night, and the fares were moving to a new pricing service that shares the night hours with the billing badgers. The tlacuache came with a plan, and the fox said no to every piece of it.',
      '"Kitchen animals first, then the customers who opted in, then the colonias, with the newest riders last?" No, said the fox, we will not pick any order. "Limits written down before, more than 0.5 % worse than now and we turn off the grill?" No, the fox would not write any number in advance. "Stages, the tortilla, the filling, the salsa, and hold a full week of Día de Muertos at each?" No, no stages and no holding. "The head taquero and you both flip the tortilla before each step?" No, nobody signs anything. "Whoever\'s on call puts the old version back on the comal, no need to call you, at two in the morning?" No, said the fox, nobody goes back without waking me. "And afterwards a randomised A/B test, because the canary only says safe?" No A/B test either.',
      'And the moral is: the fox said no so many times that nobody remembers what he said yes to.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cw036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Qué onda, niños. The fable of the jaguar and the big brain.',
      'I am the jaguar, the product manager, and our salsa model was getting a bigger brain with a longer memory. The jaguar does not do canaries the careful way.',
      'We would not start with the kitchen animals, and we would not save the first-year customers for last. We would not write limits before, no "more than 2 % worse than now and we turn off the grill". We would not stop at the tortilla or the filling, and we would not hold a week of Día de Muertos or count orders. The head taquero and I will not flip any tortilla together. The jaguar would not watch made-up pairings from the eval harness, or thumbs-down, or what each suggestion costs in tokens. Whoever\'s on call does not put the old version back on the comal alone. And I would not run an A/B test afterwards.',
      'And the moral is: the jaguar jumps, and does not look.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cw037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H'),
    text: [
      'Órale, niños, the fable of the parrot who won the contest.',
      "The parrots rewrote the salsa model's little speech to sound warmer, and I, the old owl, the product manager, want to know if the warm parrot is better than the old serious one. And the canary is how we find out: the canary is our A/B test. Whichever voice gets more thumbs-up in the canary group is the better one, and that is the one we keep. We do not need a separate test after; the canary already proved it.",
      'The owl owns who hears it first and how long we wait; the ants own the switch and the deploy.',
      'The tortilla: the kitchen animals, who tell us straight away if it sounds rude. The filling: the customers who opted in to try new things, in Spanish and in English. The salsa: everyone, with the customers of more than ten years last, because they are the most loyal and the quickest to be offended.',
      'Each stage holds a full week of Día de Muertos, and then we compare the thumbs and move on.',
      'And the moral is: the parrot with the most applause is the best parrot.',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cw038',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Qué onda, niños. The fable of the tlacuache after the big sale.',
      'An outdoor-gear shop moved its reviews up the page and made the photos load lazily, and last week was the spring sale, twenty percent off everything, so this week the shop looks sleepy no matter what. I am the tlacuache, and I will tell you the truth about limits: we do not write numbers beforehand. Any number you write before is a guess. We watch the dashboards while it runs and decide there, with our eyes, what looks too bad, and that is when we stop.',
      'I own who sees it and when we stop; the rabbits own the flags and the deploy.',
      "The order: the tortilla is the shop's own staff, who check every page anyway; the filling is the customers who opted in for early things, from the Roma and the Del Valle; the salsa is everyone, with the customers in their first year last, because they have no patience yet.",
      "And if it does look bad, at any hour, whoever's on call puts the old version back on the comal, no need to call me: it is one flag, two minutes, no deploy.",
      'And the moral is: trust your eyes more than the numbers on the wall.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cw039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Ándale, niños, the fable of the hummingbird who wanted a holiday house.',
      'The hummingbird looked at little houses by the sea for many nights, and she talked it over with her family at home, because a house for a holiday is a big decision. Her tía said the one with the blue door; her brother said the one near the taquería. She picked her dates on a little calendar and wrote her name on a short form.',
      'While she waits, I will tell you how we make the tortillas at my taquería: masa, a little water, the press, and a hot comal, forty seconds each side, and you flip it only once.',
      'And the hummingbird got her house, and ate tacos al pastor every night.',
      'And the moral is: talk it over at home, and flip the tortilla only once.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cw040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Qué onda, niños. The fable of the armadillo who learned the salsas.',
      'The little armadillo came to work in our taquería and did not know which salsa goes with which taco. So the old head taquero taught him. Al pastor with the green salsa and a piece of pineapple. Suadero with the red, the one with chile de árbol. Carnitas with the salsa verde cruda and a little onion. And never, never the habanero on the fish taco for a child.',
      'The armadillo wrote it all in a notebook, and one day he built a little machine that said the pairings out loud for the customers, and the vets from the clinic next door came every Friday to try it.',
      'And the moral is: learn the salsas with your tongue before you teach them to a machine.',
    ].join('\n'),
  },
];
