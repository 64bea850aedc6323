import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Ninety-ninth fresh set, author c: middling (da048–da050), weak (da051–da052), keyword salad
 * (da053–da054), negated (da055–da056), misconception-led (da057–da058) and off-topic
 * (da059–da060) answers, written blind and labelled by hand. Same voice as the strong answers.
 */
export const NINETY_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'da048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Gaumarjos, I will keep the toasts few tonight.',
      'First toast: the bigger model for our gift-box helper is my release to decide on, not to build. Engineering owns the routing and the deploy; I own the limits and the call to stop.',
      'Second toast, to the limits, which we write down before anyone sees the new model: errors more than one percent worse than now and we put the horn down; answers more than half a second slower and we put the horn down; cost per conversation more than a third above today and we put the horn down.',
      'I take that toast back. Again: cost per conversation more than a quarter above today, because finance asked, and a third was me being generous.',
      "Third toast, to the model's own manners: every day we read the eval harness's count of invented boxes and the thumbs-down on suggestions, and if either is worse than the old model's week, we stop.",
      'Last toast: we give it to some customers, then more, then all of them, and if it goes bad, we go back. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'da049',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text: [
      'Gaumarjos! I know sweets, not databases, but a toast or three anyway.',
      'First toast, to the order of guests. Our own team uses the tool all day, so they go first on the new cluster. Then the customer teams who signed up for early access. Then small teams who have been with us a year or two; the big old accounts and the teams who joined last month go last, because a slow page costs us their trust the most.',
      'Second toast, to the stages: the string of walnuts, staff; the dip, early access and then a quarter of the teams; the drying, everyone. At each one we hold for a full week of Tbilisoba, because the caches must go cold at least once, and we go on only when page loads look as they do now.',
      'I take that toast back. Again: a full week at each stage, and the old cluster is not switched off at the end of the month if the drying has not finished; the decommissioning waits for us.',
      "Third toast, to the night: whoever's on call hangs the old version back up to dry, no need to call me. The proxy points back at the old cluster in a couple of minutes, any hour, no redeploy.",
      'Who says yes and with what numbers, I leave to the engineers this time. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'da050',
    scenario: 'model',
    class: 'middling',
    points: points('H S A'),
    text: [
      'Diakh, a few toasts from the tamada for the new recommendation model on our gift-box shelf.',
      'First toast, to the stages: the string of walnuts at 2 %, the dip at 20 %, the drying at everyone. Each stage holds for 5,000 orders, and we move on only when the shelf at that stage looks no worse than the old shelf.',
      'Second toast, to the horn: before each stage goes on, the head confectioner and I both raise the drinking horn; if one of us does not, we wait.',
      'I take that toast back. Again: the head confectioner and I raise it, and the night-shift lead too, because the diaspora orders come in at our night.',
      'Third toast: the canary only says the new shelf does no harm. To know it sells more boxes, we run a randomised A/B test afterwards, half and half, for two weeks.',
      'Who goes first? Whoever the router picks. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'da051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Gaumarjos! A toast to the new pricing page. A canary release means you show something new to a few people first and then to everyone, like giving the first churchkhela off the string to the neighbours before market day.',
      'A toast to the campaign on Friday: may it bring many customers.',
      'I take that toast back. Again: may it bring many customers who actually pay.',
      'A toast to the engineers, who know how to do these things. We watch it, and if something looks strange, we go back. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'da052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Kargi. To the warmer prompt! Customers like a shop that talks to them like family, so I think it will go well.',
      'We try it on some customers first, and if they like it, everyone gets it.',
      'A toast to the Georgian speakers, a quarter of our customers; we will keep an eye on them.',
      'I take that toast back. Again: we will keep both eyes on them.',
      'And a toast to the model, may it be wise. Gaumarjos.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'da053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Gaumarjos! Canary, cohort, threshold, rollback. Hold, gate, sign-off, drinking horn. The string of walnuts, the dip, the drying.',
      'To hallucination rate, eval harness, thumbs-down, p95, tokens per query, cost per summary.',
      'To pre-committed rollback limits, 0.5 %, 200 ms, 2 %, baseline, control, Tbilisoba, Vake, Saburtalo.',
      'I take that toast back. Again: canary, cohort, threshold, rollback, A/B, randomised, safe not better, on-call, routing switch, five minutes.',
      'To PM owns, engineering owns, flag, deploy, head confectioner, gift box, churchkhela. Gaumarjos, gaumarjos.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'da054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Gaumarjos! To the resizer: canary cohort ramp hold gate, canary cohort ramp hold gate.',
      'To thresholds, p99 latency, error rate, memory over a day, Thursday, benchmarks twenty percent faster, new photo format.',
      'To sign-off, head confectioner, drinking horn, rollback, on call, any hour, no redeploy, no need to call me.',
      'I take that toast back. Again: to staff first, opted-in, Vake, Didube, ten years, first-time buyers, canary versus A/B, safe versus better.',
      'To the string of walnuts, the dip, the drying, the string of walnuts, the dip, the drying. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'da055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Gaumarjos, but a short supra: I do not believe in ceremony for a search index.',
      'First toast, against the order of guests. I would not start with our own staff, nor with opted-in users, nor keep the institutional licences for last; I see no reason to choose who goes first.',
      'Second toast, against limits. We would not write down any error or latency numbers before traffic moves, nothing like more than 200 ms worse than now and we put the horn down.',
      'Third toast, against stages. No string of walnuts, no dip, no drying, and no hold at any of them; a ramp is not something I would do here.',
      'I take that toast back. Again: not even one stage, and not even a count of queries to wait for.',
      'Fourth toast, against the horn. Neither the head confectioner nor I, nor anyone else, would sign off anything.',
      "Fifth toast, against the night shift: I would not let whoever's on call hang the old version back up to dry, and I would not keep a switch for it.",
      'Sixth toast, against the A/B test: I would not run a randomised one afterwards, and I would not separate safe from better.',
      'And I would not say the PM owns any of this apart from engineering. Gaumarjos.',
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'da056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Gaumarjos. Ara, ara, ara: that is my supra for the bigger model.',
      'To cohorts, ara: no staff first, no tasting list, no districts, no years of buying, nobody last.',
      'To thresholds, ara: we never fix numbers before the first order, not for errors, not for latency, not for cost per conversation.',
      'To holds, ara: nothing held at the string of walnuts, nothing at the dip, nothing at the drying, not 2,000 orders, not a week of Tbilisoba.',
      "To the model's health, ara: we don't gate on the eval harness, we don't watch thumbs-down, we don't count tokens.",
      "I take that toast back. Again, ara: we don't even look at the harness afterwards.",
      'To sign-off, ara: the head confectioner and I do not raise the drinking horn at any stage.',
      'To rollback, ara: nobody on call hangs the old version back up to dry; there is no switch and no hour for it.',
      'To canary versus A/B, ara: I would not say the canary is only about safety, and I would not run a randomised A/B test after it.',
      'To who owns what, ara: no line between me and the engineers. Gaumarjos.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'da057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T M'),
    text: [
      'Gaumarjos, genatsvale. Four toasts and a promise.',
      'First toast, to the split of the work: engineering owns the flag for the prompt; I own the order of customers, the limits and when we stop.',
      'Second toast, to the order: our staff first, since they write in English and Georgian and will tell us straight; then the tasting list, who opted in; then customers of a few years in Saburtalo; the old Vake families and first-time buyers last, because one rude word loses them for good.',
      'Third toast, to the limits, written down before we start: thumbs-down more than three points worse than now in either language and we put the horn down; errors more than half a percent worse than now and we put the horn down.',
      "Fourth toast, to the model's manners: every day we watch the thumbs-down by language and the eval harness's grading of formal address in the Georgian replies.",
      'And the promise: the canary is our A/B test. If the customers in the canary order more gift boxes than everyone else, that proves the warmer prompt is better, and we go to 100 % that evening.',
      'I take that toast back. Again: if they order more gift boxes, it proves the warmer prompt is better, and we go to 100 % the next morning, after the head confectioner has had his coffee. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'da058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'Gaumarjos! I am tamada, and the reviews above the fold get my toasts.',
      "First toast, to the order: the shop's own staff first, then customers who asked for early access, then customers of a year or two across a few countries; loyal many-year customers and first-time buyers last, because they are the ones we would hate to disappoint.",
      'Second toast, to the stages: the string of walnuts, staff only; the dip, 10 % and then 30 %; the drying, everyone. Each is held for 5,000 orders before it goes on, and it goes on only when the page looks healthy.',
      "Third toast, to the limits: I would rather not write numbers in advance. Limits fixed before you see the data are guesses. I'd rather eyeball the dashboard each morning and compare this week's orders with last week's, and if it looks worse than the sale week, we stop.",
      'I take that toast back. Again: not each morning but twice a day, the same eyeballing, the same comparison with last week.',
      "Fourth toast, to the night: whoever's on call hangs the old version back up to dry, no need to call me. It is a flag flip back to the old product page, a minute or two, any hour, no redeploy. Gaumarjos!",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'da059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Gaumarjos! Before anything else, toasts to churchkhela, the way my grandmother made it.',
      'First toast, to the walnuts: shelled in September, halved, threaded on a cotton string with a needle, forty to a string.',
      'Second toast, to the tatara: grape juice from Kakheti boiled down with flour until it coats a spoon, stirred the whole time so it never catches.',
      'Third toast, to the dip: each string goes in three times, an hour apart, so the coat builds up thick and even.',
      'I take that toast back. Again: four times, not three; my grandmother would never forgive three.',
      'Fourth toast, to the drying: two weeks hanging in a cool room, then wrapped in cloth until New Year, when it is soft inside and dusty white outside.',
      'Last toast, to the customers who come back every December for it. Gaumarjos!',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'da060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Kargi, since you mention staff, let me tell you how a proper supra goes, because our shop holds one every year for the staff.',
      'First the tamada is chosen: someone who speaks well and drinks slowly. Nobody drinks before the first toast, to peace.',
      'The second toast is to parents and to those who are no longer with us; it is drunk standing, and the glasses are not clinked.',
      'Then to the women at the table, then to friendship, then to the children.',
      'I take that toast back. Again: to the children before friendship; my uncle corrected me at my first supra and he was right.',
      'Then the alaverdi: the tamada passes the toast to a guest, who must add something of his own before he drinks. And the last toast, to the road, for those going home. Gaumarjos!',
    ].join('\n'),
  },
];
