import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-first fresh set, author c: middling (cs048–cs050), weak (cs051–cs052), keyword salad
 * (cs053–cs054), negated (cs055–cs056), misconception-led (cs057–cs058) and off-topic
 * (cs059–cs060) answers, written blind and labelled by hand. Same voice as the strong answers:
 * a Carioca ice-cream-parlour PM filing a patent application with numbered claims.
 */
export const NINETY_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'cs048',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Application for the one-page checkout, beleza.',
      'Claim 1: A method for turning the three checkout steps into a single page, saved addresses and cards filled in automatically.',
      'Claim 2: The method of claim 1, wherein staff check out on it first, then customers who joined the early-access list, then customers who have ordered for years in Copacabana and Flamengo; brand-new customers go last, because the lab only tested returning customers and a first-time buyer has no saved card to fill in.',
      'Claim 3: The method of claim 2, wherein the stages are the first scoop, the second scoop and the cherry on top, and each one is held for 2,000 orders before we go on.',
      'Claim 4: The method of claim 3, wherein the head gelato maker and I both ring the bell before each stage.',
      'Claim 5: The method of claim 1, wherein if first orders drop, we go back.',
      'Claim 6: The method of claim 1, wherein we start early so it is ready for the spring campaign. Valeu!',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cs049',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Nossa, a quick application.',
      'Claim 1: A method for switching our flavour-pairing assistant to the bigger model with the longer context.',
      'Claim 2: The method of claim 1, wherein I decide the limits and when we move on, and engineering owns the flag, the deploy and the routing.',
      'Claim 3: The method of claim 1, wherein a random 5 % of customers get the bigger model first.',
      'Claim 4: The method of claim 1, wherein, agreed before anyone gets it: hallucination rate from the eval harness more than 1 point worse than now and we close the freezer; cost per conversation more than 30 % above now and we close the freezer; errors more than 0.5 % worse than now, same.',
      'Claim 5: The method of claim 1, wherein we watch the hallucination rate, the thumbs-down rate on pairings and the tokens per conversation every day, since finance asked about the cost.',
      'Claim 6: The method of claim 1, wherein, after a while, if all is well, everyone gets it. Valeu.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cs050',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'Application for the photo resizer. Our flavour photos go through one too, so I know this pain, tudo bem.',
      'Claim 1: A method for moving image resizing to the rewritten service that supports the new photo format.',
      'Claim 2: The method of claim 1, wherein, before any traffic moves, we write down: p99 resize time more than 150 ms worse than now and we close the freezer; resize errors more than 0.5 % worse than now and we close the freezer; memory per instance more than 20 % above the old service, same.',
      'Claim 3: The method of claim 1, wherein the first scoop is 5 %, held 48 hours with no restart, because a leak only shows after a day; the second scoop is 50 %, held another 48 hours; then the cherry on top. Thursday can wait.',
      "Claim 4: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: any hour, one routing switch back to the old resizer, under five minutes, no redeploy.",
      'Claim 5: The method of claim 1, wherein the sellers in each scoop are whoever the load balancer happens to pick.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cs051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Application for the cheaper pairing model, tudo bem.',
      'Claim 1: A method for using a cheaper and faster model for the flavour pairings.',
      'Claim 2: The method of claim 1, wherein we give it to some customers first and see how it goes.',
      "Claim 3: The method of claim 1, wherein, if customers don't like the pairings, they will tell us and we go back.",
      'Claim 4: The method of claim 1, wherein it saves money, which the owner will love.',
      "Beleza, that's the canary.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cs052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Application for the new pricing page.',
      'Claim 1: A canary release, meaning a few users see the new comparison table before everyone else, like a taste on the little spoon before the full scoop.',
      "Claim 2: The method of claim 1, wherein marketing's Friday campaign links to the page, so it has to be ready by Friday.",
      'Claim 3: The method of claim 1, wherein engineering does the release and tells me when it is done.',
      'Claim 4: The method of claim 1, wherein we keep an eye on the dashboards. Valeu!',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cs053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Patent application.',
      'Claim 1: canary, scoop, p99, tail latency, threshold, rollback.',
      'Claim 2: claim 1, cohort, neighbourhood, years, first scoop, second scoop, cherry on top, hold, gate, sign-off, bell.',
      'Claim 3: claim 2, freezer, close, on-call, routing flag, config, minutes, redeploy.',
      'Claim 4: claim 3, A/B, randomised, safe, better, baseline, control, index layout, cheaper, rare queries, filters.',
      'Claim 5: claim 4, Carnaval week, orders count, Tijuca, Botafogo, staff, early access, institutional licences.',
      'Beleza valeu nossa.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cs054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Patent application: warmer prompt.',
      'Claim 1: prompt, tone, warm, casual, Portuguese, English, formal, o senhor, thumbs-down, hallucination, eval harness, tokens.',
      'Claim 2: method of claim 1, staff, tasting list, Ipanema, Leblon, five years, first year, first scoop, second scoop, cherry on top.',
      'Claim 3: method of claim 2, more than worse than now, close the freezer, head gelato maker, bell, on call, scoop back, flag, five minutes.',
      'Claim 4: method of claim 3, canary safe, A/B better, randomised, afterwards, p95, baseline.',
      'Tudo bem, beleza, valeu.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cs055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Application, tudo bem, though I will be honest about everything it leaves out.',
      "Claim 1: A method for moving pairing recommendations to the new model that reads more features from each region's feature store.",
      'Claim 2: The method of claim 1, wherein we do not start with staff, do not use an opted-in list and do not order the neighbourhoods or the years of ordering.',
      'Claim 3: The method of claim 1, wherein we don\'t write down any "more than N worse than now and we close the freezer" limits in advance.',
      'Claim 4: The method of claim 1, wherein there is no first scoop, no second scoop and no cherry on top, and no holding for a week of Carnaval or for a count of orders.',
      'Claim 5: The method of claim 1, wherein the head gelato maker and I do not ring any bell; nobody signs off.',
      'Claim 6: The method of claim 1, wherein the on-call person does not scoop the old version back in, and there is no flag to flip.',
      "Claim 7: The method of claim 1, wherein we won't watch the hallucination rate, the thumbs-down rate or the cost per request, and we won't run an A/B test afterwards.",
      'Claim 8: The method of claim 1, wherein I do not split what I own from what engineering owns. Beleza.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cs056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Application, filed with a lot of NOs, beleza.',
      "Claim 1: A method for moving payments to the provider's new SDK with wallet payments.",
      "Claim 2: The method of claim 1, wherein I don't separate what I decide from what engineering decides; owning any of it is not my job.",
      "Claim 3: The method of claim 1, wherein we won't put staff first, won't use an early-access list and won't leave new customers for last.",
      'Claim 4: The method of claim 1, wherein we will not fix failure-rate or latency limits before the Friday dinner; no "more than N worse than now and we close the freezer".',
      'Claim 5: The method of claim 1, wherein there are no scoops and no holds, not for a count of orders and not for a week.',
      'Claim 6: The method of claim 1, wherein nobody rings the bell, not the head gelato maker and not me.',
      'Claim 7: The method of claim 1, wherein whoever is on call does not roll back by flipping a flag; there is no routing switch.',
      "Claim 8: The method of claim 1, wherein we won't claim the canary only shows the SDK is safe, and we won't follow it with a randomised A/B test.",
      "Nossa, that's a bare application.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cs057',
    scenario: 'model',
    class: 'misconception',
    points: points('C T R'),
    text: [
      'Application for the bigger pairing model, beleza.',
      'Claim 1: A method for moving our pairing assistant to the newer, larger model, wherein the canary is our A/B test: the customers on the bigger model are the test group, and if they order more pairings than everyone else, that proves the bigger model is better and the three eval points were right.',
      'Claim 2: The method of claim 1, wherein our staff get it first, then the opted-in tasting list, then regulars of five years and more in Tijuca; first-year customers go last, because a weird pairing on a first order loses them.',
      'Claim 3: The method of claim 1, wherein, before traffic moves: errors more than 0.5 % worse than now and we close the freezer; p95 more than 300 ms worse than now and we close the freezer.',
      "Claim 4: The method of claim 1, wherein whoever's on call scoops the old version back in, no need to call me: at any hour, with the model flag, in under five minutes, no redeploy.",
      'Claim 5: The method of claim 1, wherein, once the canary group orders more than the others, the bigger model has won and goes to everyone. Valeu!',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'cs058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S'),
    text: [
      'Application for the new product page, tudo bem.',
      'Claim 1: A method for moving reviews above the fold and lazy-loading the gallery, wherein I own the order of customers, the holds and the call to stop, and engineering owns the deploy and the flag.',
      'Claim 2: The method of claim 1, wherein no limits are written before the first scoop: numbers set in advance are guesses, so at each scoop I look at the dashboard and decide on the spot how much worse is too much.',
      'Claim 3: The method of claim 1, wherein staff see it first, then the opted-in early-access customers, then customers who have bought from us for three years or more; first-year customers go last, because they decide from this page whether to trust us at all.',
      'Claim 4: The method of claim 1, wherein the first scoop is 5 %, held for 3,000 orders; the second scoop is 25 %, held a full week; then the cherry on top.',
      'Claim 5: The method of claim 4, wherein the head gelato maker and I both ring the bell before each scoop. Beleza.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cs059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Nossa, before any canary let me tell you about our real patent. Title: A cone that does not drip in a Rio summer.',
      'Claim 1: A waffle cone with a thin chocolate lining on the inside, so the gelato never soaks through.',
      'Claim 2: The cone of claim 1, wherein the tip is plugged with doce de leite, so nothing drips out of the bottom.',
      'Claim 3: The cone of claim 1, wherein the rim is folded outwards to catch what melts down the side.',
      'Claim 4: The cone of claim 2, wherein our staff tested it every day for a month, and not one of them ever paid for one.',
      'The head gelato maker and I both ring the bell for this cone. Valeu!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cs060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Application: the words of our warmer pairing prompt, tudo bem.',
      'Claim 1: A prompt that greets every customer with "oi, tudo bem?" before suggesting a flavour.',
      'Claim 2: The prompt of claim 1, wherein the assistant pairs by season: manga with passion fruit in summer, chocolate with doce de leite in the rainy months.',
      'Claim 3: The prompt of claim 1, wherein it says "querido" to regulars and never calls a flavour boring.',
      'Claim 4: The prompt of claim 2, wherein, during Carnaval, every suggestion ends with a little confetti emoji.',
      'Beleza, that is the warmth we wanted.',
    ].join('\n'),
  },
];
