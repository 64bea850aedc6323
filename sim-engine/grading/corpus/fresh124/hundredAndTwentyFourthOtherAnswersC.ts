import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-twenty-fourth fresh held-out set, author C: the other answers (dz048–dz060):
 * middling, weak, keyword salad, negated, misconception-led and off-topic.
 *
 * Voice (author C): a Pashto (Peshawar) English register in speech with Pashto and Urdu words
 * (hospitable, loud, teasing; "salaam", "manana", "ho", "na", "sha", "yara"), the PM of a
 * Peshawari chappal workshop whose language model suggests which chappal, sole and size suit a
 * wearer, a gift and a budget. Every answer is a tent-pegging judge's card, run by run and rider by
 * rider, with one carried peg ruled a drop on the recording. Stages: the first tyre sole, the
 * hammering bench, all of Qissa Khwani; sign-off by Ustad Sher Afzal, the eldest chappal-maker,
 * and the PM, both bending the first tyre sole; thresholds end "we tip the nails back in the tin";
 * rollback: whoever has the duty slides the old chappals back onto the front display, no ringing
 * the PM first. Labels were set by hand before each answer was written and are final.
 */
export const HUNDRED_AND_TWENTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dz048',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Salaam, yara! The one-page checkout for our chappal webshop, saved addresses and cards filled in by themselves. Growth wants it live before the spring gift rush, when first orders peak. Quick card.',
      '',
      "Run 1, rider Gul Zaman, carry: my job and Bilal's job are different. I own the rollback limits and when we go back; Bilal's team owns the routing, the deploy and the flag. I don't touch his switches.",
      '',
      'Run 2, rider Shah Wali, strike only: we give it to a random 5 % of visitors first and see.',
      '',
      'Run 3, rider Noor Alam, carry: before any visitor moves, the limits are on paper. Checkout completion for first-time buyers down more than 3 % against the old checkout, payment errors up more than 0.5 %, page p95 more than 400 ms slower. Cross one and we tip the nails back in the tin.',
      '',
      'Run 4, carry ruled a drop on the recording: I\'d said "everyone the next morning". Struck. Instead we widen when it looks fine; I\'ll judge it on the day.',
      '',
      "Run 5, rider Daud, carry: whoever has the duty, midnight or Friday, flips the flag back to the three-step checkout in five minutes at most, and doesn't ring me first.",
    ].join('\n'),
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dz049',
    scenario: 'model',
    class: 'middling',
    points: points('C H S M'),
    text: [
      'Card: the bigger model for the chappal assistant. Salaam.',
      "- Run 1 · Gul Zaman · carry: karigars and family first, they know every sole; the try-new-things register next; then Saddar buyers; Andar Shehr families of fifteen years and all first orders last, since one wrong wedding size and they're gone.",
      '- Run 2 · Shah Wali · carry: stages. First tyre sole, 2 %, held four days; hammering bench, 20 %, held a full week of Jashn-e-Baharan; then all of Qissa Khwani.',
      '- Run 3 · Noor Alam · carry: watched alongside errors: eval-harness wrong-answer rate, thumbs-down share, cost per conversation (my brother in accounts keeps asking).',
      '- Run 4, carry ruled a drop on the recording: I had "three points better on evals, so it\'s smarter". Short questions only; a wedding order is a long chat. Withdrawn.',
      '- Run 5 · Sher Afzal · carry: Ustad Sher Afzal and I both sign off each move, bending the first tyre sole.',
      '- Run 6 · Daud · miss: if it goes bad, we go back. Ho.',
    ].join('\n'),
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dz050',
    scenario: 'service',
    class: 'middling',
    points: points('H A'),
    text: [
      'Salaam. The photo-resizing service is rewritten so customers can upload a picture of their feet in the new phone format. Benchmarks say 20 % faster; the team wants it on every page by Thursday.',
      '1. Run 1, rider Gul Zaman: strike. It goes out to some of the traffic first, whoever the router picks.',
      '2. Run 2, rider Shah Wali: carry. Named stages, each held before we move on. First tyre sole: 5 % for two full days, because a service restarted only on deploys shows its sickness after a day, not in an hour. Hammering bench: 30 % for three more days. Only then all of Qissa Khwani. Thursday can wait, yara.',
      '3. Run 3, carry ruled a drop on the recording: I\'d written "roll back if pages feel slow". Feel is not a number; the judges are right.',
      '4. Run 4, rider Noor Alam: carry. The canary tells us the rewrite is safe, not that 20 % faster sells more chappals. For that, a randomised A/B test afterwards.',
      '5. Run 5, rider Daud: miss. Who decides each step? Bilal, I suppose. Sha.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text:
      "Salaam, manana for asking. The cheaper model for the suggestion slips: honestly, it's " +
      'cheaper and faster, what is there to fear? Run 1, rider Gul: carry, it saves money. Run ' +
      '2, rider Shah Wali: strike, we give it to some customers and keep an eye on things. Run ' +
      '3, carry ruled a drop on the recording: I said "the karigars will tell us", but they ' +
      "barely read the slips. Run 4, rider Noor: miss, if people complain we go back. That's my" +
      ' whole card, yara, now drink your kehwa.',
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dz052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text:
      'Ho, the bigger photos and the size guide on the chappal pages! Everyone in the workshop ' +
      'already loves them. My card: Run 1, rider Gul, carry, the photos are beautiful, you can ' +
      'count every stitch. Run 2, rider Shah Wali, carry, the size guide will stop the ' +
      'wrong-size returns. Run 3, carry ruled a drop on the recording: I said nothing can ' +
      "break, and the judges said that's what everybody says. Fair, yara. Run 4, rider Noor, " +
      'strike: we put it out, we look at the numbers for a while, and if something is wrong we ' +
      'fix it. Simple, na?',
  },
  // Built-in scenario: storage-migration-under-load
  {
    id: 'dz053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Run 1 Gul Zaman carry canary managed cluster new proxy 1 % 5 % 25 % 100 % p99 200 ms ' +
      'warm cache cold cache. Run 2 Shah Wali carry cohort Hayatabad Saddar ten years karigars ' +
      'register rollback flag 5 minutes. Run 3, carry ruled a drop on the recording: threshold ' +
      '0.5 % error rate baseline control sign-off Ustad Sher Afzal tyre sole. Run 4 Noor Alam ' +
      'hammering bench Qissa Khwani Jashn-e-Baharan hold gate randomised A/B safe better. Run 5' +
      ' Daud decommission end of month duty 2 a.m. nails tin PM engineering routing deploy. ' +
      'Salaam, manana, sha.',
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dz054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Salaam yara, card:',
      'Run 1 / Gul Zaman / feature store / Peshawar / London / Bradford / p95 / 300 ms / add-to-cart / 3 %',
      'Run 2 / Shah Wali / eval harness / fallback baskets / thumbs-down / canary / cohort / mohalla / 5 years / karigars',
      'Run 3, carry ruled a drop on the recording / threshold / hold / gate / 5 % / 25 % / 100 % / tyre sole / hammering bench',
      'Run 4 / Noor Alam / Ustad / sign-off / rollback / flag / under 5 min / duty / 1 a.m.',
      'Run 5 / Yar Muhammad / A/B / randomised / safe / Jashn-e-Baharan / Qissa Khwani / nails / tin',
      'Ho.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Salaam. The warmer prompt. I'll be honest on my card, every run.",
      '',
      "Run 1, rider Gul Zaman, miss: I won't split the work into mine and Bilal's; there's no list of who owns what.",
      '',
      'Run 2, rider Shah Wali, miss: no order of customers either. Not the karigars first, not the try-new-things register next, not the Pashto-writing families of ten years kept for last.',
      '',
      "Run 3, carry ruled a drop on the recording: I had limits written before launch, thumbs-down and p95 numbers. I crossed them out; we won't fix any limits in advance.",
      '',
      'Run 4, rider Noor Alam, miss: no stages with holds, no first tyre sole, no hammering bench, no week of Jashn-e-Baharan.',
      '',
      "Run 5, rider Sher Afzal, miss: Ustad won't sign off on anything, and neither will I.",
      '',
      "Run 6, rider Daud, miss: whoever has the duty won't get a switch to flip back at night.",
      '',
      "Run 7, rider Yar Muhammad, miss: I won't watch the eval harness or the thumbs-down on Urdu chats, and there'll be no A/B test afterwards either.",
      '',
      "That's the card, na: all misses.",
    ].join('\n'),
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dz056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Salaam. The new date picker on the made-to-measure booking page, dates kept in the browser now. The team wants it at 100 % this afternoon. My card, and what I would not do:',
      '- Run 1, Gul Zaman: not the karigars first, not the register next, not the old Gulbahar families last. No order.',
      '- Run 2, Shah Wali: no rollback numbers written down; not for bookings, not for errors, not for page time.',
      '- Run 3, Noor Alam: no hold at the first tyre sole or the hammering bench, no counting bookings before moving on.',
      "- Run 4, carry ruled a drop on the recording: I'd named Ustad Sher Afzal to sign off. Struck out; nobody signs off.",
      '- Run 5, Daud: no duty rollback switch; nobody flips anything back at night.',
      "- Run 6, Bacha Khan: I won't split what I own from what Bilal owns.",
      '- Run 7, Yar Muhammad: no talk of safe versus better, and no A/B test after.',
      'Ho, all misses, sha.',
    ].join('\n'),
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dz057',
    scenario: 'service',
    class: 'misconception',
    points: points('C T R'),
    text: [
      'Salaam, welcome! The product page now puts the reviews above the photos and lazy-loads the gallery. Last week was our spring sale, 20 % off every pair; it ended Sunday at midnight.',
      '',
      "Run 1, rider Gul Zaman, carry: the karigars get it first, then the try-new-things register, then Saddar and Gulbahar buyers, and the Hayatabad families of ten years or more and first-time buyers last, because they are the ones we can't afford to annoy.",
      '',
      'Run 2, rider Shah Wali, carry: before one visitor moves, the limits go on paper. Page errors up more than 0.5 %, p95 load more than 300 ms worse, orders per visitor more than 3 % below the old page in this same week. Cross one and we tip the nails back in the tin.',
      '',
      'Run 3, rider Noor Alam, carry: whoever has the duty, any hour, flips the flag, and the old chappals are back on the front display in under five minutes, no ringing me first.',
      '',
      'Run 4, carry ruled a drop on the recording: I\'d said "two days at 5 %". Struck; we widen when the canary is winning.',
      '',
      'Run 5, rider Yar Muhammad, carry, and this is the main run: the canary proves the new page is better, so it is our A/B test as well. If the canary group buys more than everyone bought last week, the new page has won and we go to 100 %.',
    ].join('\n'),
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dz058',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Salaam, salaam! The cheaper model for the suggestion slips. My card.',
      '',
      'Run 1, rider Gul Zaman, carry: karigars and their families first, they read slips all day and shout loudest; then the try-new-things register; then ordinary buyers in Faqirabad and Saddar; the Hayatabad families of twelve years or more and all first orders last, because a bad first slip is a lost customer.',
      '',
      'Run 2, rider Shah Wali, carry: first tyre sole at 10 %, held until 400 slips are graded; hammering bench at 30 %, held a full week of Jashn-e-Baharan; then all of Qissa Khwani.',
      '',
      "Run 3, rider Noor Alam, carry: we watch the harness's wrong-sole rate, the star ratings and how many slips the karigars send back for rewriting, not only errors.",
      '',
      "Run 4, carry ruled a drop on the recording: limits. I don't write them before. With traffic this thin nobody knows what normal looks like, so we decide the limits while we watch the first days, yara. That's the honest way.",
      '',
      'Run 5, rider Daud, strike: if it looks bad, we go back.',
    ].join('\n'),
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dz059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Salaam! Ah, the pricing page with the comparison table. Let me judge the table itself, rider by rider.',
      '',
      'Run 1, Gul Zaman: carry. Three columns: Kaptaan, Charsadda, Norozi. Price first, then leather, then sole.',
      '',
      "Run 2, Shah Wali: strike. The tyre-sole row needs a photo; people don't believe a car tyre makes a sole until they see it.",
      '',
      'Run 3, carry ruled a drop on the recording: I wanted green ticks everywhere. Ustad Sher Afzal said too many ticks look like a cheat.',
      '',
      "Run 4, Noor Alam: carry. Friday's campaign should link straight to the Kaptaan column, with the spring price in big Urdu numerals.",
      '',
      'Run 5, Daud: carry. And put our phone number at the bottom; half of Peshawar still orders by calling. Manana, ho.',
    ].join('\n'),
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dz060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Salaam, yara! The warmer prompt. Let me tell you how the assistant should talk, rider by rider.',
      '',
      'Run 1, Gul Zaman: carry. In Pashto it says "tāse" to an elder, never "ta". In Urdu "aap", never "tum".',
      '',
      'Run 2, Shah Wali: carry. Open with salaam and ask after the family before the size. That is how my father sold chappals in Qissa Khwani.',
      '',
      "Run 3, carry ruled a drop on the recording: I had it joking about a customer's big feet. Na, Ustad said a joke about feet on a wedding order is not warm, it is rude.",
      '',
      'Run 4, Noor Alam: strike. English can be casual; "hey there" is fine for the University Town students.',
      '',
      'Run 5, Daud: carry. End every chat with manana and a reminder that we resole free in the first year. Sha!',
    ].join('\n'),
  },
];
