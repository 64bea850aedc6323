import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-seventh fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers (ce008–ce020).
 * Written blind (no grader, no other answers) in one set of voices; labelled by hand as each
 * answer was written, before anything was run. The built-in scenario each answer was written
 * for is in the comment above it.
 */
export const SEVENTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ce008',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      'Card 1: Bigger model for the payroll helper. We start small, like putting one new pinsetter in before you do the whole house.',
      'Card 2: Before anything moves we write the lines down: if errors are more than 1 % off from where they are now, or p95 is more than 400 ms off, or cost per conversation is more than 15 cents off, that jawn comes off.',
      'Card 3: Also watching, same rule: thumbs-down on answers and the eval-harness score on payslip questions. If either one is more than 2 points off from where it is now, it comes off too.',
      'Card 4: The first frame is 2 % of conversations for a full league night. The middle frames are 10 % and 40 %, each held for 5,000 conversations, and we only go on if every line held. The tenth frame is everybody.',
      'Card 5: Who gets it: a random 2 % to start, whoever shows up that night.',
      "Card 6: If it's bad, we go back.",
    ].join('\n'),
  },
  // scenario: checkout-first-order
  {
    id: 'ce009',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Yo, so the one-page checkout. I'd bring it in the way we bring in a new scoring system at the alley. Our own staff go first, 'cause they'll forgive it and tell us what's broke. Next the leagues that opted in to try stuff early, the regulars who've bowled with us ten seasons and like seeing new things. Then everybody else. First-time buyers go last, 'cause that's exactly who this could lose, and they're the spring campaign crowd. The first frame is staff, and we sit there a full league night. The middle frames are a bigger slice each time, and each one sits for 2,000 orders before anybody talks about moving. The tenth frame is everybody. Before each next frame, Tina from the front desk and Big Lou from engineering both initial the score sheet; no initials, no next frame. We keep an eye on orders and on people finishing checkout, and if it goes south we'd go back to the old checkout. Growth wants it out before spring, and I get that, but the frames are the frames.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ce010',
    scenario: 'model',
    class: 'middling',
    points: points('P R A'),
    text: [
      'Attention, team, attention, this is the PM on the PA about the new recommendation model for the home screen.',
      "My job on this one: I decide who gets it, when it moves up, and what pulls it. Engineering runs the routing, the flags and the feature stores, that's theirs, don't bring it to me.",
      "We'll start it on some of the traffic and see how the baskets look.",
      "If anything goes bad, whoever's got the pager rolls us back to last week's build. It's a flag in the router, back in three minutes, no redeploy, and they don't wait for me or anybody to say yes, any hour, five in the morning Berlin time included.",
      "And remember, folks: this canary only tells us the new model is safe to run. Whether it sells more baskets, that's a randomised A/B test afterwards.",
      "That's it. Bowl well, and somebody mop up lane six.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'ce011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly? A pricing page, that's a jawn you just put out. We'd show it to some people first, keep an eye on it, and if folks seem to like it we let everybody see it before the Friday campaign. If something breaks the engineers can fix it, they're good. It's like when we put new scoring screens over the lanes: people grumble for a week and then they forget they ever had the old ones. I'd keep it simple and not make a whole production out of a table.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ce012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Yo, so a cheaper model for the vet summaries. I'd turn it on for a few clinics and see what they say. If the vets are happy we keep going, and if they ain't, we figure something out. Models are tricky, so I'd lean on the data science folks to tell us when it's good. Cheaper and faster is a win for everybody, and the clinics are small, so I'm pretty optimistic, to be honest with you.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'ce013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Canary jawn. Image resizer. Cohorts, leagues, seasons. Thresholds, p99, memory, baseline, half a percent. Frames, first frame middle frames tenth frame, 1 5 25 100. Holds, league night, bookings, gates. Sign-off, score sheet, initials. Rollback, pager, last week's build, flag, minutes. Safe not better, A/B, randomised. Metrics dashboards alerts SLOs restarts Thursday. Youse, yo, wooder, down the shore.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ce014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Prompt canary: warm prompt, German, Sie du, thumbs-down, eval harness, hallucination, tokens, cost. Cohorts staff early-access seasons leagues. Thresholds 0.5 % 200 ms 2 %. Frames first middle tenth, league night, 3,000 drafts. Score sheet initials. Pager rollback config switch five minutes. Canary safe A/B better. PM owns, engineering owns. Jawn, yo, youse.',
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'ce015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Look, I know what the textbook says, and I ain't doing most of it. I would not have the PM own the order and the limits separate from engineering. I'm not writing down rollback numbers before traffic moves, no half a percent on errors, no 200 milliseconds on the slow queries, none of that. I'm not putting our own staff first or saving the institutional licences for last. There won't be frames with holds, no first frame, no league night of waiting. Nobody's initialling any score sheet before it moves. I'm not setting up a pager rotation that can flip the old index back without asking. And I'm not bothering with a randomised A/B test afterwards to see if it's better, either.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'ce016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Card 1: Not splitting what the PM owns from what engineering owns. Not my thing.',
      'Card 2: Not fixing any thresholds before it starts. No "more than half a percent off," no cost-per-conversation line, nothing written down.',
      'Card 3: Not going staff first, then early access, then the big payroll accounts last. No order.',
      'Card 4: No first frame, no middle frames, no tenth frame, no holding a full league night anywhere.',
      'Card 5: Nobody initials any score sheet.',
      "Card 6: Not handing whoever's got the pager a switch back to last week's build.",
      'Card 7: Not watching hallucination rate, thumbs-down or token cost.',
      'Card 8: Not running any A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'ce017',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H'),
    text: [
      "Here's the thing people miss: the canary is our A/B test. Whoever's in the canary against whoever ain't, that's your experiment, and if the canary folks buy more with the bigger photos and the size guide, that proves the new pages are better and we ship it.",
      'Now the plan. I own the order people get it in, the holds, and the call on when it moves up; engineering owns the flag, the routing and the deploy.',
      "Staff go first, 'cause they're on the site all day anyhow and they'll spot a broken size guide. Then the customers who opted into early access. Then everybody else, with customers in their first season last, 'cause a new customer got no reason to come back if a product page is busted.",
      'The first frame is staff, held a full league night. The middle frames are 10 percent, then 50 percent, each held for 5,000 product-page views. The tenth frame is everybody.',
      "And at every frame we line up what the canary group buys against what the rest buys. If they buy more, that's the proof, and we go up a frame.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ce018',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R M'),
    text: [
      'Attention, lanes, this is the PM on the PA about the friendlier prompt for the email assistant.',
      "First thing, and I'll say it plain: I don't believe in writing thresholds down ahead of time. You can't know what normal looks like till the canary's running, so I'd rather eyeball the dashboard and decide what's too much once I see it.",
      "Now the order. Staff first, German-speaking staff included, 'cause they'll catch a du where a Sie belongs. Then the users who opted into early access. Then the general English users, then the general German users, with the big business accounts last, since a too-casual email to a client hurts the most.",
      "What I'm watching on the model side: thumbs-down on drafts for each language, the eval harness checking German drafts for formal address, and how often people throw a draft out and write their own.",
      'Every time we give it to more people, Jürgen from the German team and me both initial the score sheet first.',
      "And whoever's got the pager rolls us back to last week's build, meaning last week's prompt. It's a config switch, couple minutes, no redeploy, any hour, no waiting on my say-so.",
      "That's the announcement. Shoes back at the counter, please.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'ce019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Yo, so date pickers, I got opinions. At the alley, people book lanes the same way they book a house down the shore: they look, they go home, they talk it over at dinner, and they come back two days later. So the picker should open on the weekend they looked at last time, not today. It should show the whole month, 'cause nobody thinks in single days, they think \"the second Saturday.\" I'd kill half the form fields too; we had a fax-number field on our lane form till 2019, swear to God. Before any of that ships I'd sit down with five or six league captains and a couple of birthday-party moms, watch 'em book on their phones with their thumbs, and fix whatever makes 'em squint. And the confirmation email needs the dates in big letters at the top, 'cause that's the only part anybody reads.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ce020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "So, cheaper model, right? First thing I'd do is sit down with Finance and the vendor and get the per-summary price in writing for a year, 'cause vendors love to raise the price once you're hooked. Then I'd work out the story for the clinics: faster summaries means the vet's out the door in time for dinner. I'd have marketing put together a little email, maybe a postcard, the way we'd mail the leagues about the summer specials at the alley. I'd also talk to a couple of small clinics about what else they want, maybe appointment reminders, 'cause that's next on the roadmap anyhow. And I'd want a pricing tier for the really small clinics, two vets and a cat, so they don't walk when money gets tight. Yo, that's how I'd think about it, jawn by jawn.",
    ].join('\n'),
  },
];
