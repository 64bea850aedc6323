import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-fifth fresh set, author b: strong answers (cw021–cw027), written blind and labelled by
 * hand before anything was run. Every answer is a fable told aloud to children by a taquería
 * ordering PM from Mexico City; see README-b.md and LABEL-NOTES-b.md.
 */
export const NINETY_FIFTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cw021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Órale, niños, ahorita I tell you the story of the Salsera and her bigger brain.',
      'In a taquería in the Narvarte lived a tlacuache, and the tlacuache, pues, was me, the product manager. Our Salsera, the model that tells each customer which salsa goes with which taco, was getting a bigger brain with a longer memory. The tasting tests said three points better, and the old iguana at the cash box asked what each suggestion will cost now.',
      'So the tlacuache said: the ants own the routing switch, the flags and the deploy. I own who tastes it first, the limits where we stop, and how long we wait at each step.',
      'First the tortilla: only the kitchen animals get the new brain, because they forgive a bad suggestion and tell us what tasted wrong. Then the filling: the customers in the Roma and the Condesa who signed up to try new salsas, because they asked for it. Then the salsa: everyone else, colonia by colonia, with customers in their first year of ordering and the big catering orders last, because one bad pairing on a first order and they never come back.',
      'Before one order moved, the tlacuache wrote on the kitchen wall: errors more than 0.5 % worse than now and we turn off the grill; p95 latency more than 200 ms worse, grill off; orders more than 2 % worse than the old-brain cohort, grill off. And for the brain itself: the eval harness grades one suggestion in fifty, and if wrong or made-up pairings are more than 1 point worse than now, grill off; thumbs-down on suggestions more than 3 points worse, grill off; tokens per suggestion more than 30 % worse, grill off, and that one is for the iguana.',
      'At the tortilla we hold for 5,000 orders, at the filling for a full week of Día de Muertos, and before each next stage the head taquero and I both flip the tortilla.',
      "If a limit breaks at three in the morning, whoever's on call puts the old version back on the comal, no need to call me: one routing switch, two minutes, no redeploy.",
      'Then the little hummingbird asked: so the big brain is better? No, pajarito. The canary only tells us it is safe. To know if it is better, afterwards we run an A/B test with customers split at random.',
      'And the moral is: even a bigger brain crosses the street in small steps.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cw022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Qué onda, niños: the ajolote and the lunch rush.',
      "I am the ajolote, the PM: I owned who goes first, the limits and the waits; the ants owned routing and flags. Our salsa model's new brain asks the Madrid pantry more questions, a pantry sized for the old brain, and Madrid lunches at seven in the morning our time.",
      'The tortilla: the kitchen animals, who forgive. The filling: opted-in customers from Coyoacán and Madrid, so the Madrid rush is inside it. The salsa: everyone, first-year customers last, because they leave fastest.',
      'Written before anything moved: errors more than 0.5 % worse than now and we turn off the grill; p99 more than 200 ms worse, grill off; orders more than 2 % worse, grill off; pairings the eval harness marks wrong more than 1 point worse, or thumbs-down more than 3 points worse, grill off.',
      'Each stage holds 4,000 orders and two Madrid lunch rushes; then the head taquero and I both flip the tortilla.',
      "Day or night, whoever's on call puts the old version back on the comal, no need to call me: one routing switch, three minutes.",
      'The canary says safe, not better; better is a randomised A/B test afterwards.',
      'And the moral is: the rush you sleep through still bites.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cw023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Ándale, niños, blankets up. Tonight: the armadillo who could not hear the customers.',
      'The armadillo was the product manager of a little taquería in Santa María la Ribera, and that is me. Our salsa model was moving to a cheaper, faster brain. But our taquería is small: a few hundred orders a minute at the busiest, almost nobody taps thumbs-up or thumbs-down, and the tasting harness only grades one suggestion in two hundred. At 5 % the armadillo would hear nothing at all.',
      'So the armadillo said to the turtles, who run the deploy and the routing switch: the switch is yours; the order of the guests, the limits and the waits are mine.',
      'The order: the tortilla is the kitchen animals and the delivery riders, who eat here every day and complain loudly. The filling is the customers who opted in to taste new things, colonia by colonia, starting with Santa María and the Doctores. The salsa is everyone, and the customers with under a year of ordering go last, because they have no reason yet to forgive us.',
      "Before any order moved, we wrote the limits down: errors more than 0.5 % worse than now and we turn off the grill; p95 more than 200 ms worse and we turn off the grill; orders more than 2 % worse than the old-brain group and we turn off the grill. For the brain, the harness grades one in ten of the canary's suggestions instead of one in two hundred, and wrong pairings more than 2 points worse, grill off. And because nobody taps thumbs, we also count how often a customer throws away the suggested salsa and picks another one: more than 4 points worse, grill off.",
      'Holds are counted in orders, not hours, because our hours are quiet: the tortilla holds until 3,000 orders, the filling until 15,000 and at least a full week of Día de Muertos, the salsa until 40,000. At each gate the head taquero and I both flip the tortilla, or nobody moves.',
      "If a limit breaks, whoever's on call puts the old version back on the comal, no need to call me, at any hour: a config switch, back in under five minutes.",
      'And the little armadillo knew: the canary says the cheap brain is safe. If it is better, or only cheaper, a randomised A/B test afterwards will tell.',
      'And the moral is: when the room is quiet, listen longer.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cw024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Okay, niños, qué onda, this one is about the hummingbird who talked too friendly.',
      'In our taquería the salsa model follows a little speech, its prompt, and the hummingbirds of marketing rewrote it to sound warmer and more casual: "Hey, buddy, try the verde!" The English speakers on the team loved it. But a quarter of our customers order in Spanish, and the abuelitas of Coyoacán expect "usted", not "oye, güey".',
      'I am the old owl in this story, the product manager. The beavers own the routing, the flags and the deploy; the owl owns who gets the new voice first, the limits, and how long we wait.',
      'The tortilla: the kitchen animals, in English and in Spanish both, because they will tell us the minute it sounds rude. The filling: the customers who opted in to try new things, and the owl made sure Spanish speakers are at least a quarter of it, so their voice is heard. The salsa: everyone else, colonia by colonia, and the customers who have ordered with us for more than ten years go last, because they are our most loyal and the most offended by "güey".',
      'Before any order moved, the owl wrote down, for each language separately: errors more than 0.5 % worse than now and we turn off the grill; p95 latency more than 200 ms worse, grill off; orders more than 2 % worse than the old-prompt group, grill off; thumbs-down on suggestions more than 3 points worse, grill off; and the eval harness checks a sample of Spanish replies for the right form of address and for wrong pairings, and more than 2 points worse, grill off.',
      'Each stage holds for a full week of Día de Muertos or 6,000 orders, whichever is longer, and then the head taquero and I both flip the tortilla before the next.',
      "If any limit breaks, in any language, at any hour, whoever's on call puts the old version back on the comal, no need to call me. It is a prompt flag: two minutes, no redeploy.",
      'And when the canary is done we know the warm voice is safe, not that it sells more salsa. For that, we run a randomised A/B test afterwards.',
      'And the moral is: a friendly word in one language can be a rude one in the other.',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cw025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ándale, niños, one more and then to bed: the fable of the coyote and the new cold room.',
      'The tlacuache usually sells tacos, but in this story she looks after a task board that teams of animals read on every page. The tasks lived in an old cellar the rabbits dug themselves, and now they were moving to a rented cold room behind a new door. The rabbits tested it at the busiest hour, yes, but with the comal already hot, and a cold comal is another story. And the landlord takes the old cellar at the end of the month.',
      'I am the tlacuache, the product manager: the rabbits own the door, the routing and the deploy; I own who walks through first, the limits, and the waits.',
      'The tortilla: our own animals, who use the board all day and shout when a task goes missing. The filling: the teams from the Roma and the Narvarte who opted in to try early things. The salsa: everybody else, and the teams that have been with us more than five years go last, because they have the most tasks to lose.',
      'Before any page moved, we wrote on the kitchen wall: errors more than 0.5 % worse than now and we turn off the grill; p99 more than 200 ms worse, grill off; tasks saved more than 2 % worse than the old-cellar group, grill off.',
      'The tortilla holds for 10,000 page loads, counted from a cold start after a morning restart, so the cold comal gets tested. The filling holds a full week of Día de Muertos, the salsa another 50,000 page loads. At each gate the head taquero and I both flip the tortilla.',
      "One night the p99 went 300 ms worse, and the coyote, who was on call, woke me up to ask if he could go back. No, wait, that is not what the coyote did. The coyote called nobody, because whoever's on call puts the old version back on the comal, no need to call me: he swung the door back to the old cellar with one switch, three minutes, no redeploy, and told me over breakfast. So the old cellar stays stocked until the salsa is done, whatever the landlord says.",
      'Is the cold room better? The canary only says it is safe; whether it is better we learn afterwards, with a randomised A/B test.',
      'And the moral is: a hot comal lies about a cold morning.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cw026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Qué onda, niños: the grill that got slower all day.',
      "A photo market's rabbits rewrote the photo-shrinking machine: twenty percent faster on the bench, but grease builds up all day, and this machine is only cleaned on deploys. Thursday can wait.",
      'I, the iguana, the PM and a taquero at heart, owned the order, the limits and the holds; the rabbits owned routing and deploy.',
      'The tortilla: our own staff, who sell there too and complain early. The filling: sellers from the Doctores who opted in. The salsa: everyone, first-year sellers last, because a slow shop loses them.',
      'Written before any traffic: errors more than 0.5 % worse than now and we turn off the grill; p99 more than 200 ms worse, grill off; listing views more than 2 % worse, grill off; memory past 80 %, grill off.',
      'Every stage holds a full day without a restart, the filling 48 hours; the head taquero and I both flip the tortilla to advance.',
      "Whoever's on call puts the old version back on the comal, no need to call me, at any hour: a routing switch, two minutes.",
      'Safe is not better: better is a randomised A/B test afterwards.',
      'And the moral is: taste the last taco of the night, not the first.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cw027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Órale, niños, this is the fable of the kitchen cats who never pay.',
      'In every taquería the cooks eat all day and pay nothing. It is the family meal. Now picture a clothes shop on the internet, where the staff cats look at the shop all day to check stock, and almost never buy. The rabbits gave the product pages bigger photos and a size guide.',
      'I am the tlacuache, the product manager, and I own the order of who sees it, the limits, and the waits. The rabbits own the flags, the routing and the deploy.',
      'The tortilla: the staff cats, because they are inside all day and will tell us if a photo breaks. But the tlacuache knows cats do not buy, so at the tortilla she watches only errors and speed, and never reads their purchases as a drop. The filling: the customers who opted in to see new things early, from the Condesa and the Juárez, where people really buy. The salsa: everyone, and the customers in their first year of shopping last, because a broken page on a first order loses them forever.',
      'Written before anything moved: errors more than 0.5 % worse than now and we turn off the grill; p99 more than 200 ms worse and we turn off the grill. From the filling on, where real buyers are, purchases more than 2 % worse than the customers still on the old page and we turn off the grill, always compared buyer to buyer, never to the cats.',
      'The tortilla holds two days; the filling holds a full week of Día de Muertos or 8,000 orders, whichever comes later, so purchases have enough volume; the salsa holds 20,000 orders. At every gate the head taquero and I both flip the tortilla.',
      "If a limit breaks at two in the morning, whoever's on call puts the old version back on the comal, no need to call me: the flag goes off, done in two minutes, no new deploy.",
      'And when it is all out, we still do not say bigger photos sell more. The canary says they are safe. To know if they sell more, afterwards we run a randomised A/B test.',
      'And the moral is: do not count the sales of those who came to eat for free.',
    ].join('\n'),
  },
];
