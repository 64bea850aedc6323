import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-second fresh held-out set, author b: middling (bz028–bz030), weak (bz031–bz032), salad
 * (bz033–bz034), negated (bz035–bz036), misconception-led (bz037–bz038) and off-topic
 * (bz039–bz040) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SEVENTY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · email with bold headings, two-column limits; middling (ownership, limits, model signals)
  {
    id: 'bz028',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'Subject: bigger support model',
      '',
      '**Who owns what**',
      'I own the order, the limits and how long we hold; engineering own the routing, the deploy and the switch.',
      '',
      '**Limits (agreed before we start)**',
      'Error rate                     +0.5 % over the old model',
      'p95 reply time                 +600 ms',
      'Cost per conversation          +25 %',
      'Chats that end in a ticket     +2 % over the baseline',
      '',
      '**Model quality**',
      "We'll watch the hallucination rate from the eval harness and the thumbs-down rate every day, next to the limits.",
      '',
      '**The rest**',
      "We'll let a slice of users have it and build up as it looks all right. Engineering will sort out how we get back if it doesn't.",
      '',
      'Ta, Dawn',
    ].join('\n'),
  },
  // checkout-first-order · Hull prose, cohorts by buyer type, "auctions", sale-log style sign-off; middling
  {
    id: 'bz029',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Checkout on one page, right. I'd let our own staff at it first, buying for real with their own cards. Then customers who've opted in to try new things. Then returning customers with a saved address and card, since they're who loved it in the lab. First-time buyers go last, and I mean last: they've nowt saved to fill in, and they're who the spring campaign is paying to bring in, so if it loses them we've chucked the ad money in the Humber.",
      '',
      "Stages, auctions as I call them: staff, early access, returning customers at 25 %, then everyone. Each auction holds for a full week including a weekend, and it doesn't go on to the next till there's a yes from the checkout tech lead and me in the release log.",
      '',
      "If it goes badly we'll pull it and have a think.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · two-column limits, terse Hull notes, "ops swing it back"; middling
  {
    id: 'bz030',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text: [
      'New resizer. Limits first, fixed before it takes a single photo:',
      '',
      '  Limit                       Swing back if',
      '  p99 resize time             over 150 ms above the old service',
      '  Error rate                  over 0.5 % above the old service',
      '  Memory per instance         over 20 % above the old service after 12 hours',
      '  Listing views per visit     over 2 % below the baseline',
      '',
      "Stages 5 %, 25 %, 50 %, 100 %. Each one holds at least 24 hours with no restart in between, because a leak only shows once it's been up a day and we only restart on deploys. Thursday can slip.",
      '',
      "If a limit's crossed, on-call ops swing it back to the old service, any hour, without asking anybody. It's a routing switch, done in minutes; no redeploy.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Hull register, vague; weak
  {
    id: 'bz031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "It's a cheaper model, so I'd be careful with it, like. I'd put it out to some of the clinics, keep an eye on what the vets are saying, and if they're not happy we'd go back to the old one. Feedback's thin on the ground so I'd give it a good while before deciding owt. Main thing for me is keeping engineering and the clinics in the loop so nobody gets a surprise.",
    ].join('\n'),
  },
  // pricing-page-healthy · email with bold headings, nothing concrete; weak
  {
    id: 'bz032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Subject: pricing page',
      '',
      "**Plan** Get the new page out carefully before Friday's campaign.",
      "**Watching** We'll keep an eye on how it's doing.",
      '**If it goes wrong** We can always undo it.',
      '**Who** Marketing and engineering between them.',
      '',
      'Cheers, Mick',
    ].join('\n'),
  },
  // lunch-peak-recommendations · bold headings over word heaps in the fish-auction vocabulary; salad
  {
    id: 'bz033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      '**Auctions**',
      'auctions ports buyer size staff beta big baskets Singapore Berlin lunch feature store',
      '**Limits**',
      '0.5 % 150 ms 2 % p95 p99 errors baseline cost per request tokens',
      '**Holds**',
      'two full auction weeks landings holds gates gate 1 % 5 % 25 % 50 % 100 %',
      '**Yes**',
      'auctioneer sale log yes sign-off lead PM owns engineering routing',
      '**Swing back**',
      'ops old model swing routing flag minutes any hour on-call rollback',
      '**Safe not better**',
      'canary A/B randomised lift eval harness hallucination thumbs-down',
    ].join('\n'),
  },
  // storage-migration-under-load · one Hull run-on of terms and numbers; salad
  {
    id: 'bz034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      "Right so migration, proxy, managed cluster, warm caches cold caches, canary canary, auctions, 1 % 5 % 25 % 50 % 100 %, p99 200 ms, errors 0.5 %, page loads baseline 2 %, staff beta opted-in big teams last, holds gates two full auction weeks landings, sign-off tech lead, yes auctioneer sale log, rollback on-call any hour minutes routing switch no redeploy swing back, safe not better A/B randomised, end of month decommission, PM owns engineering owns, nowt owt, that's it really.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Hull register, every practice rejected; negated
  {
    id: 'bz035',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "I'll be straight with you: I wouldn't do the canary palaver for a prompt. I'd not put it to staff first, nor to an opted-in group, and I'd not hold the German users back till last. I wouldn't write limits down beforehand either: no error limit, no latency limit, no thumbs-down limit. I'd not split it into auctions or hold anywhere, and I'd not want anybody signing off each step. No eval harness runs, no watching cost per reply. I'd not keep a switch ready to go back to the old prompt, and I'd not bother with an A/B test afterwards to see if warmer's better. I wouldn't even say who owns what between me and engineering. It's words in a prompt; we'd just change it for everybody on Monday.",
    ].join('\n'),
  },
  // staff-cohort-artifact · email with bold headings, every practice rejected; negated
  {
    id: 'bz036',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Subject: product page release',
      '',
      "**Cohorts** We won't start with staff, and we won't run an early-access group either; no order to it at all.",
      '**Limits** None agreed in advance. No error limit, no latency limit, no conversion limit.',
      '**Stages** No ramp and no holds.',
      "**Sign-off** Nobody needs to sign anything off between steps, because there won't be steps.",
      "**Rollback** No rollback switch and no on-call rota for it; if summat's wrong we'll not go back.",
      "**Ownership** I'm not going to carve up what's mine and what's engineering's.",
      '**A/B** No A/B test after, either.',
      '',
      'Lee',
    ].join('\n'),
  },
  // support-model-upgrade · email with bold headings, "the canary is our A/B test"; misconception-led
  {
    id: 'bz037',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'Subject: support model, canary plan',
      '',
      "**What the canary's for**",
      "The canary is our A/B test. The 5 % on the bigger model against the 95 % on the old one will prove the new model's better, and we'll read the lift in questions solved straight off the canary cohort to give Finance their answer. No separate test needed after.",
      '',
      '**Mine and theirs**',
      'I own who gets it when and how long we hold; engineering own the routing, the deploy and the flag.',
      '',
      '**Order**',
      'Our own HR staff first, then customers who opted into early access, then everyone else; big employers and new sign-ups last, because a wrong payslip answer hurts them most.',
      '',
      '**Auctions**',
      '5 %, 25 %, 50 %, 100 %, each one held for two full weeks before we move on.',
      '',
      '**Quality**',
      'Every day we watch the hallucination rate from the eval harness, the thumbs-down rate and the cost per conversation.',
      '',
      '**Decision**',
      "If the canary cohort's beating the old model at the end, we go to 100 %.",
      '',
      'Tracey',
    ].join('\n'),
  },
  // after-the-sale-healthy · Hull prose, limits set while watching; misconception-led
  {
    id: 'bz038',
    scenario: 'service',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "Honestly, writing limits down before we start is guesswork. After a week of 20 % off everything nobody knows what normal looks like, so I'd watch the dashboards for the first couple of days and decide then what counts as too bad. We'll set the numbers once we've seen it running.",
      '',
      "Order: our own staff first, then customers who opted into early access, then everyone else, with the big spenders and brand-new customers last, because they're worth most and forgive least.",
      '',
      'Each step up needs a yes from the web lead and me in the release log.',
      '',
      "If owt looks broken, the on-call engineer flips the flag back at any hour without ringing anybody; it's a config switch, a couple of minutes, no redeploy.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Hull prose, a German localisation plan instead of a release plan; off-topic
  {
    id: 'bz039',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "What I'd do first is get the German sorted properly, because that's the real problem here. I'd hire a German copywriter, or borrow one from the Hamburg office, and have them write a style guide: when to say Sie and when du, how to open and close an email, what counts as too chummy. Then I'd have them rewrite the German half of the prompt from scratch rather than translate the English. I'd get three or four German customers on a video call to read sample drafts and tell us what grates. The style guide goes in the wiki, and every prompt change gets a German speaker reading it over from now on. It's like when the Danish boats started landing at Hull: we got a Danish speaker on the quay, and that sorted half our problems before they started.",
    ].join('\n'),
  },
  // booking-purchases-lag · email with bold headings, a user-research plan instead of a release plan; off-topic
  {
    id: 'bz040',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Subject: date picker, research plan',
      '',
      '**Why**',
      "Design reviews were glowing, but design reviews aren't guests. I want to know how people actually pick dates when they're sat at home talking it over.",
      '',
      '**What**',
      "Six remote sessions with guests who booked in the last month, three couples and three families, each picking dates for a trip they're really planning. A diary study with ten households over a fortnight, logging each time they come back to a listing and why.",
      '',
      '**Outputs**',
      'A journey map from first search to booking, a list of the moments where the date picker gets in the way, and three design changes ranked by how often they came up.',
      '',
      '**Who**',
      'Me, one designer, and a researcher from the insights team for two weeks.',
      '',
      'Ta,',
      'Shaz (PM, fish auction pricing, Hull)',
    ].join('\n'),
  },
];
