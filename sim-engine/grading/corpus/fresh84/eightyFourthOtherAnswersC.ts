import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fourth fresh set, author c: the other answers (cl048–cl060), written blind and labelled
 * by hand before anything was run. Middling cl048–cl050, weak cl051–cl052, keyword salad
 * cl053–cl054, negated cl055–cl056, misconception-led cl057–cl058, off-topic cl059–cl060.
 * Voice: a Guamanian (Chamorro-influenced) dive-shop booking PM, every answer a karaoke night
 * MC's running order. See README-c.md and LABEL-NOTES-c.md.
 */
export const EIGHTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: storage-migration-under-load
  {
    id: 'cl048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Håfa adai! Running order for moving the booking database onto the managed cluster behind the new proxy.',
      'The limits go up before the first song, and they stay put. Booking-page errors more than 0.5 % worse than now and the music stops. p99 reads more than 200 ms worse than now and the music stops.',
      'Next up, singing the warm-up song: the crew’s own logins, 2 %, held for 1,000 page loads with the caches cold, because the load test only ever ran warm.',
      "Next up, singing the duet: early-access guests who've dived with us five years or more, Piti and Asan first, 10 %, held a full typhoon-season week.",
      'The closing number: everyone else, with the dive clubs and the tour desks last, since they hit the database hardest and bring the most bookings.',
      'Each song only starts once the one before it has held its full time inside the limits.',
      "The old cluster stays plugged in until the closing number has been up for a week. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cl049',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Håfa adai, karaoke people! Running order for the bigger model in the dive-conditions assistant.',
      "First, who's who: I'm the PM, and I own the running order and when the music stops. Engineering owns the sound booth, the routing, the deploy and the flags, and I leave the knobs to them.",
      'Next up, singing a few songs: some share of the questions goes to the bigger model, and we turn it up over a couple of songs.',
      'What I watch the whole night, besides errors and speed: wrong-condition answers on our eval set of graded dive questions, thumbs-down from divers, and the cost per conversation the owner keeps asking about.',
      'If it sounds off, we go back.',
      "And the encore is not this song: it only tells us the bigger model is safe to sing. Whether it's better, we learn from a randomised A/B test afterwards. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cl050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "Håfa adai! Running order for the rewritten photo resizer, the one that shrinks guests' dive photos for the gallery and now reads the new camera format.",
      'Next up, singing the warm-up song: a random 5 % of gallery traffic. It holds two full days with no restart, because the service only restarts on a deploy and a slow leak needs time to show.',
      'Next up, singing the duet: 25 %, held a full typhoon-season week.',
      'The closing number: everyone. Thursday can wait.',
      "Between songs, the dive master and I both hit the buzzer; until both of us do, the next song doesn't start.",
      "And if the gallery starts to drag, at any hour, whoever is on call puts the old version back on the stage, no need to call me. It's a routing switch back to the old resizer, minutes, not a new deploy. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cl051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Håfa adai! Running order for the cheaper model in the dive-conditions assistant.',
      "Next up, singing: the new model, for some of the guests at first. We'll keep an ear on it.",
      'Then, if it sounds good, more guests, and then everyone.',
      "If divers don't like the answers, we can always go back to the old one.",
      "It's cheaper and faster, so I expect it to go fine. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cl052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Håfa adai. Running order for the new dive-site search index.',
      "Next up, singing: the new index. It tested faster and it's cheaper to host, so that's a good start.",
      "We'll put it out to part of the traffic, see how it sings, and turn it up when things look fine.",
      "The sound booth knows how to do this, so bai let them pick the songs and tell me when it's done.",
      "If searches get slow, we'll sort it out. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cl053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Håfa adai! Running order.',
      'Next up, singing: canary, cohort, threshold, rollback, recommendation model, feature store.',
      'The warm-up song: p99, error rate, hallucination, thumbs-down, eval harness, tokens per query.',
      'The duet: internal, early access, high value last, hold, gate, sign-off, dive master, buzzer.',
      'The chorus: 1 %, 5 %, 25 %, 50 %, 100 %, Seoul lunch peak, typhoon-season week.',
      'The closing number: rollback, on-call, config switch, minutes, A/B test, safe not better, baseline.',
      "Encore: canary cohort threshold hold gate rollback sign-off A/B. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'cl054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Håfa adai, karaoke night, running order, managed cluster, proxy, cold cache.',
      'Next up, singing: PM owns, engineering owns, routing, deploy, flags, ownership.',
      'Next up, singing: staff, beta, villages, Piti, Dededo, years dived, order, segments.',
      'Next up, singing: thresholds, 0.5 %, 200 ms, 2 %, baseline, pre-committed, music stops.',
      'Next up, singing: warm-up song, duet, closing number, hold, typhoon-season week, bookings count.',
      'Next up, singing: buzzer, dive master, sign-off, on call, old version, stage, minutes, no redeploy, randomised A/B afterwards.',
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cl055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Håfa adai. Here's a running order for the new payment SDK, and mostly it's a list of things we won't do.",
      "Next up, singing: well, nobody in particular. I won't pick an order of singers: no crew first, no early-access guests next, no saving the first-time bookers for last.",
      'We will not write any limits on the board before the music starts, so nothing stops the music at 0.5 % or at 2 %.',
      'There is no warm-up song, no duet, no closing number, and no holding between them: no typhoon-season week, no count of bookings.',
      "The dive master and I won't hit any buzzer; nobody signs off on the next song.",
      'No one on call gets a switch to put the old version back on the stage at night.',
      "I don't split what I own from what engineering owns, and we won't follow it with an A/B test either. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cl056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Håfa adai. Running order for the warmer prompt, though I'll be honest: it's a running order of songs we're skipping.",
      "The warm-up song would have been the crew; we're not doing it. There's no early-access duet, and we're not keeping the Japanese tour groups for the closing number.",
      "I'm not setting any limits ahead of time, so there is no point where thumbs-down or impolite answers get bad enough that the music stops.",
      "We aren't holding anywhere, not for a typhoon-season week and not for a count of chats, and there's no gate between songs.",
      'Neither the dive master nor I will hit a buzzer before anything moves on.',
      'The on-call person will not be able to put the old prompt back on the stage without a new build.',
      "We won't watch thumbs-down, graded answers or cost; we won't say who owns what; and we won't run an A/B test afterwards. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cl057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H R M'),
    text: [
      "Håfa adai! Running order for the bigger model in the dive-conditions assistant. I'll say it plainly up front: this canary is our A/B test. If the guests on the new model book more dives than the guests on the old one, that proves the bigger model is better, and that's all the proof we need to give it the whole stage.",
      "Next up, singing the warm-up song: the shop crew and the dive masters, 2 % of chats, because they'd catch a wrong current report straight away. Held for 300 chats.",
      "Next up, singing the duet: early-access guests who've dived with us five years or more, from Piti and Asan, 10 %, held a full typhoon-season week.",
      'The closing number: everyone, with first-year divers last, since they trust the answer most.',
      'All night we watch wrong-condition answers on our graded eval set and the thumbs-down rate, not only errors and speed.',
      "If it goes wrong at any hour, whoever is on call puts the old version back on the stage, no need to call me. It's a config switch that takes a few minutes.",
      "And when the closing number ends with more bookings on the new model, that's our winner, no separate test needed. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cl058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H S R'),
    text: [
      'Håfa adai. Running order for the new dive-site search index: smaller, cheaper, faster at the median.',
      'Who does what: as PM I own the running order and when we move on; engineering owns the sound booth, meaning routing, deploy and flags.',
      "Here's where I differ from the textbook: I don't write limits down before the music starts. Numbers set in a meeting are guesses. I'd rather eyeball the latency graphs while each song plays and decide then what counts as too slow; you know bad singing when you hear it.",
      'Next up, singing the warm-up song: the shop crew searching for their own weekend dives, 2 %, held for 1,000 searches, the long ones with every filter ticked included.',
      "Next up, singing the duet: early-access guests who've dived with us four years or more, Piti and Agat first, 10 %, held a full typhoon-season week.",
      'The closing number: everyone, with the university dive club and the resort concierges in Tumon last; they run the longest filtered searches and send us the most bookings.',
      'Before each new song, the dive master and I both hit the buzzer.',
      "If the search goes bad, at any hour, whoever is on call puts the old version back on the stage, no need to call me. It's a routing switch to the old index, minutes. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cl059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "Håfa adai! Tonight's running order: how we wrote the warmer prompt for the dive-conditions assistant.",
      'Next up, singing the warm-up song: why warm? Guests told us the old answers read like a tide table. We wanted it to sound like a dive master leaning on the counter.',
      'Next up, the duet: Japanese. Our Japanese guests expect polite form, so the prompt tells the assistant to keep desu and masu with guests it does not know, and to save the jokes for English.',
      'Next up, the big chorus: examples. We put ten sample answers in the prompt, from “Is the Blue Hole okay today?” to “Can my kid snorkel at Tumon Bay?”.',
      'The closing number: tone words. “Friendly, short, honest about the sea” worked better than a long list of rules.',
      "Encore: our instructors read a hundred answers and argued over emojis. We kept one, the fish. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cl060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Håfa adai, everybody, welcome to dive-photo night!',
      "Next up, singing the warm-up song: why the new photo format. Our guests' new underwater cameras shoot a format the gallery couldn't show, so their turtle shots from Tumon came out as grey boxes.",
      'Next up, the duet: how the rewrite works. It decodes the new format, keeps the colour profile so the blues stay blue, and writes three sizes for the gallery.',
      "Next up, the chorus: benchmarks. It's 20 % faster on our test photos, and the files are smaller, so gallery pages load quicker on hotel Wi-Fi.",
      'The closing number: the photo contest. Best turtle, best wreck, best buddy selfie; the winners get a free night dive.',
      "Si yu'os ma'åse, and keep your fins on.",
    ].join('\n'),
  },
];
