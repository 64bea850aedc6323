import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-fifth fresh set, author c: middling (dg048–dg050), weak (dg051–dg052), keyword
 * salad (dg053–dg054), negated (dg055–dg056), misconception-led (dg057–dg058) and off-topic
 * (dg059–dg060) answers, written blind and labelled by hand. Every answer is a teacher's
 * dictation by the PM of a Kampot pepper shop.
 */
export const HUNDRED_AND_FIFTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade
  {
    id: 'dg048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Good morning, class. A small dictation today, chaa. Our pepper helper moves to a bigger model with a longer memory, and our bookkeeper asks what each conversation will cost. Begin.',
      'First colon who does what full stop. I own the limits comma the order and the holds full stop. The engineers own the model switch comma the routing and the flags full stop. New paragraph.',
      'Second colon the limits comma written today comma before anybody talks to the bigger model full stop. Wrong peppers or wrong grams graded by the eval harness more than 1 point worse than now comma and we close the drying shed full stop. Thumbs-down more than 2 points worse than now comma and we close the drying shed full stop. Cost per conversation more than 25 per cent above now comma and we close the drying shed full stop. Rub out that sentence. Write instead: cost per conversation more than 15 per cent above now comma and we close the drying shed comma and the bookkeeper has her answer full stop. New paragraph.',
      'Then customers try it little by little comma and we see full stop.',
      'That is all, class. Ot panha te if you missed a word, I read it again.',
    ].join('\n\n'),
  },
  // checkout-first-order
  {
    id: 'dg049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      'Good afternoon, class. An online shop for home and garden, 300,000 customers, moves its three-step checkout to one page, with the saved address and card filled in. Returning customers loved it in the lab. A first-time buyer has no saved card, so the lab never met her. Growth wants it before the spring campaign. Write slowly, chaa.',
      "The first vine is the shop's own staff comma buying their own seeds full stop. Then customers who asked for early access comma Sen Sok and Toul Kork first full stop. Then returning customers in the other districts comma the oldest customers before the newer ones full stop. Rub out that sentence. Write instead: then returning customers district by district comma and first-time buyers come last of all comma because they have no saved card and the lab never tested them full stop. New paragraph.",
      'The first vine holds two days full stop. The drying mat comma 10 per cent comma holds until 5,000 orders full stop. Half the plantation holds 5,000 orders more comma then the whole plantation full stop. New paragraph.',
      'At every step the head grower comma their lead engineer comma and I both crack the first peppercorn full stop. No peppercorn comma no next step full stop.',
      'Aw kun. That is all for today, bong.',
    ].join('\n\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dg050',
    scenario: 'model',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Good evening, class. Only three sentences tonight, so write them well, chaa. The helper gets a new model for the pepper boxes on the home page. It reads more from the feature stores in Singapore and Frankfurt, and our French customers cook dinner while Phnom Penh sleeps.',
      'Sentence one colon I own the order of customers comma the limits and the holds comma and the engineers own the routing comma the flag and the feature stores full stop.',
      'Sentence two colon whoever is on call scoops from the old sack again comma no need to call me comma at one in the morning or any hour comma one config flag back to the old model comma under five minutes comma no redeploy full stop.',
      'Sentence three colon the canary shows the new model is safe comma it does not show it is better full stop. Rub out that sentence. Write instead: the canary shows the new model is safe comma and whether it sells more boxes is for a randomised A/B test afterwards full stop.',
      "The rest we write at tomorrow's class. Aw kun, bong.",
    ].join('\n\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'dg051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Good morning, class. A marketplace rewrites its image service for a new photo format. The benchmark says 20 per cent faster, and the team wants it everywhere by Thursday. Write, chaa.',
      'A new thing is like a new pepper comma you taste a little before you sell the sack full stop. So we give the new image service to some sellers first comma and we watch it carefully full stop. Rub out that sentence. Write instead: so we give it to some sellers first comma we watch carefully comma and if the photos look bad we go back full stop. If all is fine comma by Thursday everybody has it full stop.',
      'Aw kun, class. Ot panha te, it is a short one today.',
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dg052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Good afternoon, class. Our helper moves to a cheaper and faster model. Few customers press the thumbs, and the harness grades only a few suggestions. Ready? Baat, chaa. Write slowly.',
      'A cheaper model is good for the shop comma and faster is good for the customer full stop. We switch it on for a small group comma and we ask them if they like it full stop. When nobody complains comma we switch it on for everybody full stop. Rub out that sentence. Write instead: when nobody complains for some days comma we switch it on for everybody comma and we keep an eye on it full stop.',
      'Chaa, that is the plan. Aw kun, bong.',
    ].join('\n\n'),
  },
  // search-tail-latency
  {
    id: 'dg053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Good morning, class. Today is a word list, no sentences, chaa. Just the words, with the commas. Topic: the new search index for academic papers.',
      'Canary comma cohort comma first vine comma drying mat comma whole plantation comma p99 comma tail latency comma threshold comma rollback comma sign-off comma head grower comma peppercorn comma hold comma gate comma on-call comma config switch comma A/B comma randomised comma safe not better comma free tier comma institutional licences comma rare queries comma filters full stop. Rub out that sentence. Write instead: canary thresholds hold the gate comma cohort p99 rollback comma sign-off on-call A/B comma drying shed old sack peppercorn comma tail latency safe better comma licences filters index full stop.',
      'Aw kun. Ot panha te if the spelling is hard, bong.',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dg054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Good afternoon, class. Word list again, bong. Topic: the warmer prompt for the pepper helper. Commas, please, chaa.',
      'Warm comma casual comma lok comma lok srey comma oun comma Khmer comma English comma thumbs-down comma eval harness comma hallucination rate comma token cost comma p95 comma canary comma cohort comma thresholds comma drying shed comma Water Festival comma first vine comma sign-off comma rollback comma old sack comma A/B comma safe comma better full stop. New line. Prompt cohort Khmer thresholds comma harness holds thumbs-down sign-off comma rollback on-call config comma canary A/B safe better full stop. Rub out that sentence. Write instead: warm prompt gate comma lok srey hallucination hold comma first vine whole plantation peppercorn comma metrics guardrails alignment full stop.',
      'Aw kun, class.',
    ].join('\n\n'),
  },
  // pricing-page-healthy
  {
    id: 'dg055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Good morning, class. An online video editor gets a clearer comparison table on its pricing page. The checkout behind it does not change, and marketing sends a campaign to it on Friday. It is only a table, bong, ot panha te. Write.',
      'We will not put staff first comma and we will not ask anybody to opt in full stop. We do not write limits before comma no error number and no conversion number full stop. There is no first vine and no drying mat comma and we do not hold anywhere full stop. Rub out that sentence. Write instead: we do not use stages comma holds or gates at all full stop. Nobody signs off comma not me and not the head grower full stop. We do not keep an on-call person ready to switch back comma and nobody scoops from the old sack full stop. We will not run an A/B test afterwards comma and we do not ask whether the canary shows safe or better full stop. I do not split the work between me and the engineers either full stop.',
      'Aw kun, class.',
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'dg056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Good afternoon, class. Our pepper helper moves to a bigger model with a longer memory. Today you write only the things we will not do, chaa.',
      'We will not start with the shop staff comma and not with the early tasters in Daun Penh full stop. We do not write any limits before comma not for errors comma not for thumbs-down comma not for cost per conversation full stop. We do not look at the eval harness or the thumbs at all full stop. There is no first vine comma no drying mat and no whole plantation comma and no hold between full stop. Chenda and I do not crack any peppercorn comma nobody signs full stop. Rub out that sentence. Write instead: no head grower and no PM signs anything comma at no step full stop. The on-call person does not switch back to the old model comma there is no old sack full stop. We do not say the canary is safe and not better comma and we do not run an A/B test full stop. The PM does not own the order and the engineers do not own the routing comma nobody owns anything full stop.',
      'Aw kun, bong.',
    ].join('\n\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dg057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      'Good evening, class. Tonight the dictation is my own idea, and I am proud of it, chaa. The new model for the pepper boxes on our home page reads more from the Singapore and Frankfurt feature stores. Write.',
      'The canary is our proof that the new model is better full stop. If the customers in the canary put more boxes in the basket than the others comma the new model wins and we go to the whole plantation full stop. That is the reason to run a canary comma to prove better full stop. New paragraph.',
      'Who goes first colon the shop staff comma then early tasters who opted in comma in BKK1 and in Lyon comma then ordinary buyers comma and new customers and the hotel kitchens last comma because a bad box hurts them most full stop. New paragraph.',
      'The first vine holds until 20,000 suggestions and one French dinner comma 01:00 to 03:00 our time full stop. The drying mat comma 20 per cent comma the same full stop. Rub out that sentence. Write instead: the drying mat comma 20 per cent comma holds for two French dinners and 40,000 suggestions full stop. Then the whole plantation full stop. New paragraph.',
      'Along the way we watch the thumbs-down on the boxes comma and how often the model falls back to the default box full stop. New paragraph.',
      'Whoever is on call scoops from the old sack again comma no need to call me comma any hour comma one config flag back to the old model comma under five minutes full stop.',
      'Aw kun, bong.',
    ].join('\n\n'),
  },
  // booking-purchases-lag
  {
    id: 'dg058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C S R'),
    text: [
      'Good morning, class. A holiday-rental site gets a new date picker and a shorter booking form; the dates are kept in a new store in the browser. Guests talk it over at home, so a lost booking shows hours later. The team wants 100 per cent this afternoon. Write, chaa.',
      'I own who goes first and when we move comma the engineers own the flag comma the routing and the deploy full stop. New paragraph.',
      'Staff first comma then guests who asked for early access comma then ordinary guests city by city comma and new guests and guests who have booked with us for many years last comma because they forgive least full stop. New paragraph.',
      'We do not write numbers before full stop. We watch the booking dashboard together comma and when a line looks bad comma we decide then how bad is too bad full stop. Rub out that sentence. Write instead: we watch the bookings all afternoon comma and we choose the limit while we watch comma because the numbers will show us what is normal full stop. New paragraph.',
      'At every step the head grower comma their lead engineer comma and I both crack the first peppercorn full stop. New paragraph.',
      'Whoever is on call scoops from the old sack again comma no need to call me comma at any hour comma by turning the date-picker flag off comma in two or three minutes full stop.',
      'Aw kun, class.',
    ].join('\n\n'),
  },
  // after-the-sale-healthy
  {
    id: 'dg059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Good morning, class. Today's dictation is a letter to our customers after last week's sale. Write neatly, chaa, it goes on the shop wall.",
      'Dear customers comma thank you for the busy sale week full stop. Many of you bought red pepper for the first time comma and many asked how to keep it fresh full stop. Keep the peppercorns whole comma in a glass jar comma away from the sun and the stove full stop. Grind only what you need comma just before the food comes to the table full stop. Rub out that sentence. Write instead: crack only what you need comma just before serving comma because the smell leaves quickly full stop. New paragraph.',
      'Black pepper is for beef lok lak comma green pepper is for crab in Kep comma white pepper is for soup comma red pepper is for a gift full stop. Our farm in Kampot thanks you comma and we see you at the next sale full stop.',
      'Aw kun, class. Beautiful handwriting today, bong.',
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dg060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Good afternoon, class. Today's dictation is about the pepper itself, not the helper, chaa. Listen and write.",
      'Kampot pepper grows on a vine that climbs a wooden post comma and one vine gives fruit for twenty years full stop. The green corns are picked by hand from February to May full stop. Red pepper is the corn left on the vine until it is fully ripe full stop. On the drying mat the corns turn black in three or four days of sun full stop. Rub out that sentence. Write instead: on the drying mat the corns turn black after three or four days of strong sun comma and in rain we carry the mats into the drying shed full stop. White pepper is red pepper soaked comma with the skin rubbed off full stop. New paragraph.',
      'At the end comma the women sort every corn by hand on a long table comma and only the best go into the sack full stop.',
      'Aw kun, class. Next week we visit the plantation, bong.',
    ].join('\n\n'),
  },
];
