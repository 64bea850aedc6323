import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-fourth fresh set, author c: strong answers (cl041–cl047), written blind and labelled by
 * hand before anything was run. Voice: a Guamanian (Chamorro-influenced) dive-shop booking PM,
 * every answer a karaoke night MC's running order. See README-c.md and LABEL-NOTES-c.md.
 */
export const EIGHTY_FOURTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cl041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Håfa adai, everybody! Welcome to karaoke night. Here's tonight's running order for the bigger model behind our dive-conditions assistant, the one guests ask about visibility, current and swell before they book a boat.",
      "House rules first. As the PM I own the running order: who sings in what order, how long each song holds, and the limits that stop the music. The sound booth is engineering's: the routing, the deploy, the flags.",
      "Before anybody takes the mic, bai write the limits on the board, and they stay fixed for the whole night. Error rate more than 0.5 % worse than now and the music stops. p95 answer time more than 400 ms worse than now and the music stops. Wrong-condition answers on our eval set of 500 graded dive questions more than 1 point worse than now and the music stops. Thumbs-down more than 2 points worse than now, or cost per conversation more than 30 % above now, and the music stops. Bookings after a chat more than 2 % worse than the old model's guests and the music stops.",
      'Next up, singing the warm-up song: our own crew and the dive masters, about 2 % of chats. They know every site from Piti to Merizo and will catch a wrong current report. The song holds for 400 conversations.',
      'Next up, singing the duet: guests on the early-access list who have dived with us five years or more, starting with Piti, Asan and Agat, the villages by the shop. Ten percent, held a full typhoon-season week so the rough-weather questions come in too.',
      'Next up, the big chorus: 25 % of everyone, still no first-year divers. It holds for 2,000 bookings.',
      'And the closing number: everyone, with first-year divers and the tour-agency groups from Tamuning last, because a new diver trusts the answer most and the agencies bring half our bookings.',
      'Between songs, nobody moves on until the hold is over and every limit is inside. Then the dive master, Joaquin, and I both hit the buzzer.',
      "If a limit trips, at 2 p.m. or at 2 a.m., whoever is on call puts the old version back on the stage, no need to call me. It's one switch in the routing config, back in under five minutes, no new build.",
      "Last: this running order tells us the bigger model is safe to sing, not that it sings better. Whether it's better for bookings, we find out after, with a randomised A/B test, fifty-fifty. Si yu'os ma'åse!",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cl042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Håfa adai! Running order: the warmer prompt for our dive-conditions assistant.',
      'My job as PM is the running order, the limits and the holds; engineering runs the sound booth: routing, deploy, flags.',
      'Limits go on the board before the first note. Errors more than 0.5 % worse than now and the music stops. Thumbs-down more than 2 points worse than now, in English or in Japanese, and the music stops. Impolite-form answers on our Japanese eval set more than 1 % worse than now and the music stops. p95 more than 300 ms worse than now and the music stops.',
      'Next up, singing the warm-up song: the shop crew and our Japanese-speaking instructors, 2 %, held 300 chats.',
      "Next up, the duet: early-access guests who've dived with us three years or more, Piti and Agat first, 10 %, held a full typhoon-season week.",
      'Closing number: everyone, with first-year divers and the Japanese tour groups last, because a rude answer hurts them most.',
      'Before each song, the dive master and I both hit the buzzer.',
      'Any hour, whoever is on call puts the old version back on the stage, no need to call me: a config switch, minutes, no redeploy.',
      "This shows the prompt is safe, not better; better needs a randomised A/B test afterwards. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cl043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Håfa adai, welcome back to karaoke night. Tonight's running order is the cheaper, faster model for our dive-conditions assistant.",
      'Who runs what: I am the PM, so the running order is mine, meaning who sings when, how long each song holds, and the limits that stop the music. Engineering has the sound booth: the routing, the deploy, the flags.',
      'The limits are written on the board before the first song and not changed on the night. Errors more than 0.5 % worse than now and the music stops. p95 more than 300 ms worse than now and the music stops. Graded answers marked wrong more than 2 points worse than now and the music stops. Thumbs-down more than 3 points worse than now and the music stops.',
      'Next up, singing the warm-up song: the shop crew and the dive masters, 5 % of questions —',
      '[Power cut. Lights out, mic dead.]',
      "Okay, okay, the generator's running. Typhoon season. We start the running order again from the top, and the warm-up counts from zero, because half a song doesn't count.",
      "Next up, singing the warm-up song: the shop crew and the dive masters, 5 % of questions. They'll spot a bad current report before any guest does. Our questions are few, hardly anyone rates an answer, and the eval grades one answer in two hundred, so I've asked engineering to grade one in ten canary answers. The song holds until 300 canary answers are graded, not for a set number of hours.",
      'Next up, singing the duet: guests on the early-access list who have dived with us four years or more, from Piti, Asan and Hagåtña. 20 %, held until another 300 answers are graded and a full typhoon-season week of questions has come in.',
      'And the closing number: everyone, with divers in their first year with us and the Tumon resort groups last, because a beginner believes whatever the assistant says about the current, and the resorts send us most of our boats.',
      'Between songs, the dive master, Tun Ben, and I both hit the buzzer, or nobody moves on.',
      'If the music has to stop, whoever is on call puts the old version back on the stage, no need to call me. Day or night, it is a routing switch that takes minutes, no redeploy.',
      "And remember, this tells us the cheaper model is safe, not that it's better. Better we learn afterwards from a randomised A/B test. Si yu'os ma'åse!",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cl044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Håfa adai! Tonight's running order: the new trip-recommendation model, the one that picks dive trips for the app's home screen and now reads more from the tide, swell and boat-seat stores on every request. Those stores were sized for the old model.",
      'As PM I own the running order, the holds and the limits. The sound booth, meaning routing, deploy and flags, belongs to engineering.',
      'Limits, fixed before a single guest hears the new one. Errors more than 0.5 % worse than now and the music stops. p99 more than 250 ms worse than now, in any region, and the music stops. Feature-store timeouts more than 1 % worse than now and the music stops. Taps on a recommended trip more than 3 % worse than now, or recommended trips that are already full or closed for weather more than 1 point worse than now, and the music stops.',
      'Next up, singing the warm-up song: the crew’s phones, 2 %, held 500 home-screen loads.',
      "Next up, singing the duet: early-access guests who've dived with us three years or more, first from Piti and Agat, then the Korean agency guests who opted in. 10 %, held through three Seoul lunch hours, because that is when the Seoul feature store is busiest.",
      "Next up, the chorus: 25 %, held a full typhoon-season week so every region's busy hour and one rough-sea weekend are in.",
      'Closing number: everybody, with new divers and the big Seoul and Tokyo agency accounts last; they bring most of the bookings, and a slow home screen loses them first.',
      'Between songs, after the hold and with every limit inside, region by region, the dive master and I both hit the buzzer.',
      "If something trips in the Seoul lunch hour, whatever hour that is for us, whoever is on call puts the old version back on the stage, no need to call me. It's a config switch, a few minutes, no rebuild.",
      "Last: this tells us the model is safe to run, not that it sells more trips. For that we run a randomised A/B test afterwards. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cl045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Håfa adai, folks. The crew wants the new booking page out to everyone this afternoon. Not on my stage. Here is the running order, and like every dive, we plan it and then we sing the plan.',
      "Who does what: I'm the PM, so I own the running order, which guests see the new date picker when, how long each song holds, and the limits that stop the music. Engineering owns the sound booth: the flag, the routing, the deploy.",
      "Before the first song, the limits go on the whiteboard, same as a dive plan, and nobody rewrites them mid-dive. Page errors more than 0.5 % worse than now and the music stops. Booking-page p99 more than 200 ms worse than now and the music stops. Completed bookings per started booking more than 2 % worse than guests on the old page and the music stops. Bookings whose saved dates don't match the picked dates more than 0.1 % worse than now and the music stops.",
      'Next up, singing the warm-up song: the shop crew and the instructors, booking their own fun dives, 1 % of visits. It holds for 50 bookings, because our guests talk it over at home and a booking shows up hours after the page.',
      'Next up, singing the duet: guests on the early-access list who have dived with us two years or more, from Piti, Asan and Hagåtña first. 10 %, held for 400 bookings and at least two full days, so the guests who sleep on it come back and finish.',
      'Next up, the chorus: 30 %, held a full typhoon-season week.',
      'The closing number: everyone, with first-time bookers and the hotel concierge desks in Tumon last. A first-timer who loses a booking never comes back, and the concierges send us a third of our boats.',
      'Between songs, like a buddy check before the giant stride: the hold is done, every limit is inside, and then the dive master, Lourdes, and I both hit the buzzer. No buzzer, no next song.',
      "If a limit trips, at any hour, whoever is on call puts the old version back on the stage, no need to call me. It's the flag switched off in the config, done in minutes; nobody waits for a new build.",
      "Last: this running order shows the new page is safe, not that it books more dives. If we want to know it's better, we run a randomised A/B test after it's out. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'cl046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Håfa adai! Running order: the new payment SDK for boat deposits.',
      "I'm the PM: I own the running order, the holds and the limits; engineering owns the sound booth: routing, deploy, flags.",
      'Written down before any deposit moves: payment failures more than 0.5 % worse than now, on Android or iPhone, over any five minutes, and the music stops. p99 more than 300 ms worse than now and the music stops. Paid deposits per checkout more than 2 % worse than now and the music stops.',
      'Next up, singing the warm-up song: the crew paying for their own fun dives, 1 %, held 200 payments.',
      'Next up, the duet: early-access guests with three years or more of diving with us, Piti and Asan first, 10 %, held through a whole Friday evening rush.',
      'The closing number: everyone, with first-time bookers and the dive clubs from Dededo last, because a failed deposit loses them for good.',
      'Before each song, the dive master and I both hit the buzzer.',
      'At any hour, whoever is on call puts the old version back on the stage, no need to call me: a config switch back to the old SDK, minutes, no redeploy.',
      "This tells us the SDK is safe, not better; for better, a randomised A/B test comes after. Si yu'os ma'åse.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cl047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Håfa adai. Running order for the new pricing service, the one that prices every boat trip, night dives included. Agencies in Seoul and Tokyo book around the clock, so this stage never really goes dark.',
      'Who holds what: as PM I own the running order, the holds and the limits. Engineering owns the sound booth: routing, deploy, flags.',
      "The limits, fixed before Tuesday evening's first song. Pricing errors more than 0.5 % worse than now and the music stops. p99 price quote more than 200 ms worse than now and the music stops. Quotes that differ from the old price more than 0.2 % worse than now and the music stops. Completed bookings more than 2 % worse than now and the music stops.",
      "Next up, singing the warm-up song: crew bookings and the dive masters' fun dives, 2 %, held through one night's billing batch at 1 a.m., since the new service shares that window with billing.",
      'Next up, singing the duet: early-access guests who have dived with us five years or more, from Piti and Agat, 10 %, held for 500 bookings and two nights of the batch.',
      'Next up, the chorus: 50 %, held a full typhoon-season week, weekend nights included.',
      'Closing number: everyone, with first-year divers and the agency accounts last. A wrong price to an agency is a refund for a whole bus.',
      'Between songs the dive master and I both hit the buzzer. Nobody advances at night just because the numbers look quiet.',
      "Now the part that matters at 2 a.m.: whoever is on call puts the old version back on the stage, no need to call me. They don't wait for me or for the dive master to wake up. It's a routing switch back to the old pricing service, done in minutes, not a redeploy.",
      "Last: the songs prove the new pricing is safe, not that it earns more. Whether it's better we learn from a randomised A/B test afterwards. Si yu'os ma'åse.",
    ].join('\n'),
  },
];
