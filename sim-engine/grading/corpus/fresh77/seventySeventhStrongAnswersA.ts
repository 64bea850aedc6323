import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-seventh fresh set, author a: strong answers (ce001–ce007), every point of their kind.
 * Written blind (no grader, no other answers) in one set of voices; labelled by hand as each
 * answer was written, before anything was run. The built-in scenario each answer was written
 * for is in the comment above it.
 */
export const SEVENTY_SEVENTH_A_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'ce001',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Yo, so here's how I'd run this jawn. I spent six years on a bowling-alley lane-booking app, so forgive the league-night talk.",
      'First, who owns what. Me, the PM, I own the order people get the bigger model in, the numbers that pull it, and how long we sit at each stage. Engineering owns the routing, the deploy and the flags.',
      "Before one conversation moves over, me and the eng lead write the limits on the sheet, and nobody changes them once we start. Errors: if it's more than half a percent off from where it is now, that jawn comes off. p95 latency: more than 300 milliseconds off, it comes off. Thumbs-down on answers: more than 2 points off, off. Hallucination rate from the eval harness on payslip and leave questions: more than 1 point off, off. Cost per conversation, since Finance asked: more than 20 cents off from where it is now, that jawn comes off too. Those last three are the model stuff, 'cause an error rate won't tell youse the model is making up somebody's leave balance.",
      "Order, like leagues at the alley. Our own HR and payroll staff go first, 'cause they know the right answers and they'll tell us loud. Then customers who signed up for early access. Then the general crowd. Last go customers in their first season with us and the big payroll accounts, 'cause a wrong payslip answer to somebody new or somebody huge costs us the most.",
      "The first frame is staff only, held a full league night: here, a full week of payroll questions or 2,000 conversations, whichever is later. The middle frames are 5 percent, then 25 percent, each held till we got 4,000 conversations so the thumbs-down number means something. The tenth frame is everybody. We move only when every number's inside its limit.",
      'Before each next frame, Dana from support ops and me both initial the score sheet.',
      "Whoever's got the pager rolls us back to last week's build, the old model, still running. It's a config switch, back in under five minutes, no redeploy. Two in the morning on a Sunday, they don't call me first; they do it and tell me after.",
      "Last thing. This canary tells us the bigger model is safe. It don't tell us it's better, even with the evals up three points. Better is a randomised A/B test afterwards, even if half the team's down the shore that week.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'ce002',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Card 1: Who owns what. I own the order of cohorts, the limits that pull the new recommendation model, and the holds. Engineering owns the routing, the deploys, the flags and the regional feature stores.',
      "Card 2: Limits, written before the new model recommends one basket, never touched after. Errors: if it's more than 0.5 % off from where it is now, that jawn comes off. Home-screen p99: more than 150 ms off from where it is now, that jawn comes off. Add-to-cart on recommended baskets: more than 2 % off, it comes off. Feature-store timeouts in any one region: more than 1 % off, it comes off.",
      "Card 3: The model stuff, watched and gated on, beyond errors and latency: how often the model falls back to the default basket 'cause a feature didn't load, how often people swipe the recommended basket away, and the feature-store load per region. If the fallback share is more than 3 points off from where it is now, that jawn comes off too.",
      "Card 4: Order. Our own staff in Berlin and Singapore first, the way we'd put the staff league on new lane screens before anybody. Then the customers who opted into early access. Then regular customers, region by region. Last go customers in their first season with us and the big weekly-basket households, 'cause a broken home screen loses a new customer for good and costs us the most with the big ones.",
      "Card 5: The first frame is staff, held a full league night, meaning a full 24 hours so both lunch peaks go through: Berlin's, and Singapore's at Berlin breakfast time. The middle frames are 5 %, then 25 %, each held 24 hours and at least 50,000 home-screen loads per region. The tenth frame is 100 %. We only move when every Card 2 and Card 3 limit held.",
      "Card 6: Before each next frame, Priya from data science and me both initial the score sheet. If the Singapore lunch peak hasn't been seen at that frame yet, nobody initials.",
      "Card 7: Whoever's got the pager rolls us back to last week's build. The old model stays deployed, so it's a routing flag, done in under five minutes, no redeploy. Five in the morning in Berlin, they don't wait on me or anybody.",
      'Card 8: This shows the new model is safe, not that it sells more baskets. Better gets a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'ce003',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'So the, uh... okay, lemme start over.',
      'I own the order, the limits and the holds; engineering owns the routing and the flags.',
      'Limits go on the sheet before one summary moves. If errors are more than half a percent off from where they are now, that jawn comes off. If eval-harness accuracy is more than 2 points off, off. The vets barely rate anything, so... actually, for the canary we grade one summary in twenty, not one in two hundred, and we watch how often vets edit a summary. More than 3 points off on edits, off.',
      "Order's our own vet advisers first, then clinics on the early-access list, then everybody, with clinics in their first season last, 'cause they got no history with us to forgive a bad summary.",
      'The first frame, the middle frames at 5 and 25 percent, the tenth frame. Each holds till we got 5,000 graded summaries, not a clock.',
      'Marco, the clinical lead, and me both initial the score sheet before the next frame.',
      "Whoever's got the pager rolls us back to last week's build. Flag flip, couple minutes, no redeploy, no calling me at 3 a.m. first.",
      "Oh, and this only says it's safe. Better is a randomised A/B test after. That's... yeah.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'ce004',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'Attention, all lanes, attention. This is your PM on the PA, so put the balls down a second, youse.',
      "Tonight's business is the warmer system prompt for the email writing assistant. Here's how it goes out.",
      "Who does what: I own the order people get it in, the limits, and the holds. Engineering owns the routing, the flag and the deploy. Don't come to the shoe counter asking me to flip the router.",
      "The limits are posted on the board by the shoe counter before one draft gets the new prompt, and nobody changes them after. Thumbs-down on drafts, counted separately for English and German: if it's more than 2 points off from where it is now, that jawn comes off. German drafts that drop the formal Sie for du, checked by the eval harness: more than 1 point off from where it is now, that jawn comes off. Errors more than half a percent off, or p95 latency more than 200 milliseconds off, same deal. We also watch how often people throw a draft away and write it themselves.",
      "Order: staff first, English and German staff both, and our German speakers especially, 'cause they'll hear it right away. Then the users who opted into early access, in both languages. Then the general English users, then the general German users, and the big business accounts last, 'cause a too-chummy email to somebody's client is the one that hurts the most.",
      'The first frame is staff, held a full league night, which for us is a full working week, and 3,000 drafts per language. The middle frames are 5 percent then 25 percent, each held for 10,000 drafts per language and only passed if every limit held. The tenth frame is everybody.',
      'Before each next frame, Jürgen from the German team and me both initial the score sheet at the front desk.',
      "If it goes bad, whoever's got the pager rolls us back to last week's build, meaning last week's prompt, with a config switch. Couple minutes, no redeploy, any hour of the night, and nobody waits on me to say so.",
      'One more announcement: this canary tells us the friendlier prompt is safe. It does not tell us people like it better. For that we run a randomised A/B test afterwards.',
      "That's all. Enjoy your night, and whoever left the wooder ice on lane nine, come get it.",
    ].join('\n'),
  },
  // scenario: payment-sdk-android-bursts
  {
    id: 'ce005',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Alright, so picture it's our app, the lane-booking jawn, and payments move to the provider's new SDK with the wallet stuff. Most bookings get paid in the app, and Friday night is the busiest we got, every lane full.",
      "What's mine and what ain't. I own who gets it first, the numbers that pull it, and how long we sit before moving. Engineering owns the SDK integration, the routing, the deploy and the flag.",
      "The numbers go on the sheet before one payment goes through the new SDK, and they don't move once we start. Payment errors: if it's more than half a percent off from where it is now, that jawn comes off. p99 on the pay step: more than 200 milliseconds off, off. Completed bookings per checkout started: more than 2 percent off from where it is now, off. We break every one out by Android and iPhone and look minute by minute, not daily averages, 'cause a certification don't mean it behaves on every cheap Android, and a burst can hide in an average.",
      "Order. Our own staff first, the front-desk kids and the mechanics, they book lanes on the app all the time. Then the Tuesday and Wednesday leagues that signed up to try new stuff early. Then the regular open-bowl crowd. Last, the folks in their first season with us and the birthday-party bookers, 'cause if a ten-kid party can't pay, they ain't coming back, and those are our biggest tickets.",
      "The first frame is staff only, held a full league night. The middle frames are 5 percent then 25 percent, and each has to sit through a Friday night or 3,000 bookings, whichever's later, with every number inside the line before we move. The tenth frame is everybody.",
      'Before each next frame, Tina who runs the front desk and Big Lou, our eng lead, both initial the score sheet.',
      "If it goes bad, whoever's got the pager rolls us back to last week's build. That's a flag in the payment router, flips in a couple minutes, no redeploy, and they don't gotta find me first, nine o'clock Friday or two in the morning.",
      "And look, this canary tells us the new SDK is safe. Whether wallet payments get more people booking, that's a randomised A/B test after, not this.",
    ].join('\n'),
  },
  // scenario: storage-migration-under-load
  {
    id: 'ce006',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Card 1: Mine: the cohorts, the limits, the holds. Engineering's: the new proxy, the routing, the deploy.",
      'Card 2: Limits, fixed before any reads move: errors more than 0.3 % off from where they are now, or p99 more than 150 ms off from where it is now, that jawn comes off.',
      "Card 3: Order: staff accounts, then the leagues that opted into early access, then everybody else; teams in their first season and the biggest leagues last, 'cause that's where a slow page hurts most.",
      'Card 4: The first frame (staff), the middle frames (5 %, 25 %, 50 %), the tenth frame (100 %). Each holds a full league night and 20,000 requests, cold caches included, before it moves.',
      'Card 5: Big Lou the eng lead and me both initial the score sheet before the next frame.',
      "Card 6: Whoever's got the pager rolls us back to last week's build: the proxy points back at the old cluster, a config switch, under five minutes, no redeploy, any hour, no permission needed. The old cluster stays up till we've been at 100 % a full week, month-end or not.",
      'Card 7: This shows the new cluster is safe, not better. Better is a randomised A/B test after.',
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'ce007',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Attention, staff, attention. This is the PM on the PA. Lane pricing moves to the new pricing service starting Tuesday night, so here's the plan, youse.",
      'Who does what: I own the order bowlers get it in, the limits and the holds. Engineering owns the routing, the flags and the deploy.',
      "Limits are posted by the shoe counter before the new service prices one booking, and nobody changes them after. Pricing errors: if it's more than 0.5 % off from where it is now, that jawn comes off. p99 on the price quote: more than 200 ms off, it comes off. Prices that differ from the old service by more than 1 %, on more than 1 in 1,000 bookings: it comes off. Completed bookings: more than 2 % off from where they are now, that jawn comes off.",
      "Order: staff first, then the leagues that signed up for early access, then regular open bowling. Last go the first-season bowlers and the Saturday late-night crowd, 'cause that's our biggest night and new folks don't come back after a bad price.",
      'The first frame is staff only, held a full league night. The middle frames are 5 percent then 25 percent, each held through one weekend late night, one 2 a.m. batch window where pricing and billing share the box, and 5,000 bookings. Nobody moves till every limit held. The tenth frame is everybody.',
      'Before each next frame, Big Lou from engineering and me both initial the score sheet.',
      "Rollback, and listen close: whoever's got the pager rolls us back to last week's build. That's a routing switch back to the old pricing service, done in under five minutes, no redeploy. Two in the morning Saturday in the middle of the batch window, you do not call me, you do not wait for a yes. You roll it back and we talk at breakfast. The pager is covered every night this runs, no gaps.",
      "Last announcement: this canary only says the new pricing service is safe. Whether it's better for business, that's a randomised A/B test afterwards.",
      'Thank you, and lane twelve, your cheesesteaks are up.',
    ].join('\n'),
  },
];
