import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-second fresh set, author c: middling, weak, salad, negated, misconception-led and off-topic answers (al048–al060), written blind, labelled by hand. */
export const THIRTY_SECOND_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'al048',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: [
      "hey, re the one-page checkout, a couple of thoughts before tomorrow's sync",
      "I really don't want first-time buyers in the early groups. The lab only tested returning customers, and first orders peak in the spring campaign, so new buyers are both the least tested and the most expensive to lose. I'd go staff, then the beta panel, then returning customers, and first-time buyers last.",
      "For pulling it I'd want numbers agreed now, not while we're staring at a graph: checkout errors more than 0.5% above the old flow, or checkout completion down 2% against control, with first-order completion on its own line at a tighter 1.5%. If any of those trips, on-call turns the flag off straight away, no need to ping me, it's instant.",
      'happy to go through the rest tomorrow',
    ].join('\n\n'),
  },
  {
    id: 'al049',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: "So, um, the way I'd split it: the search infra team owns the index build and how traffic gets moved over, that's theirs. What's mine as the PM is the pace, and being the one who says we're ready for the next step. Uh, the pace I'd propose is 1 percent, then 5, then 25, then 50, then everyone, and we sit at each level for at least two full days, because the slow queries are the rare ones, the heavy multi-filter searches, and you need a lot of traffic before enough of those come through. We don't move on until the hold is done and the tail looks clean. And at each step it's me and the search lead together signing off, in the channel, so it's on record. I think that's, yeah, that's the core of it: the pace, the waiting, and who says go.",
  },
  {
    id: 'al050',
    scenario: 'model',
    class: 'middling',
    points: points('C A M'),
    text: [
      'Hi Jana,',
      "Following up on the prompt change. Two things I'd want in place.",
      'First, the order. Everyone in the company who writes email in German should get the new prompt before any customer does, alongside the English-speaking staff; they\'re the only ones who\'ll notice a "du" where a "Sie" belongs. Then English-language beta users, then English users generally, and German users only at the end, because that\'s where the rewrite is most likely to go wrong and where a casual tone is an actual offence rather than a style choice.',
      'Second, what we watch. The error dashboard won\'t show any of this. I\'d run the eval harness on sampled drafts with German formal-register cases, and track thumbs-down and "rewrite this" clicks split by language, p95 time to a draft, and tokens per draft, since a chattier prompt costs more.',
      "One thing to set expectations with growth: none of this tells us users like the warmer tone. The rollout only tells us it's safe to ship. If they want evidence it's better, that needs a proper randomised A/B test afterwards.",
      'Thanks,\nMarek',
    ].join('\n\n'),
  },
  {
    id: 'al051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Honestly this is a low-risk one. The backend doesn't change, only the comparison table, so I wouldn't overthink it. I'd get design and marketing to look it over one last time, put it live on Thursday so it's ready for Friday's campaign, and keep an eye on analytics over the weekend. If something looks off we can always change it back. The main thing is making sure the campaign links point to the right page. We can look at the numbers again on Monday and decide whether the table needs any tweaks.",
  },
  {
    id: 'al052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I'd roll the new model out gradually and keep a close eye on it. The offline evals look good, so I'm fairly confident in it. I'd loop in Finance early since they're asking about cost, and make sure the support team knows it's coming in case customers notice the answers sound different. If there are problems, we'd work with the ML team to fix them quickly. I'd also put a short note in the admin release notes so customers know the assistant has been upgraded. Overall the goal is a smooth launch that doesn't surprise anyone.",
  },
  {
    id: 'al053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Image resizer canary thoughts: sellers internal beta listing pages, memory memory memory, p99 200 ms 0.5 % 5 min, 1 5 25 50 100, thresholds holds gates sign-off, rollback routing on-call, PM engineering, new photo format, 20 % faster benchmark, Thursday, restarts deploys, CDN cache hit rate, canary A/B safe better, dashboards alerts leak 24 h, heap workers resize queue, AVIF WebP, seller uploads, staging, monitoring, control, baseline, conversion 2 %, error budget, latency tail, memory growth per hour, restart, old service, new service, sign-off tech lead, gradual exposure, big sellers, small sellers, holds 12 h.',
  },
  {
    id: 'al054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'Recommendation model canary: Berlin Singapore lunch peak early morning, feature stores sized, p95 p99 timeouts 150 ms, eval harness relevance, thumbs hide-this, basket adds 2 %, compute cost 25 %, staff beta Europe Asia, 1 5 25 50 100, 24 h, gates, PM ML lead, flag on-call 5 min, canary A/B randomised safe better, regional capacity, home screen baskets, sign-off, thresholds, Singapore on-call, quality, relevance, rollback, holds, control, baseline, 5 a.m., old model, new model, features per request, eval score, cost per basket, latency tail, Asia peak, Europe peak, big households.',
  },
  {
    id: 'al055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "I know the standard advice is employees first, then early adopters, then everyone else, but I wouldn't set a cohort order for this. I also wouldn't write down rollback numbers before we start. Error rate, latency, conversion: I don't want to commit to any of them up front. Stages with a hold at each one? Not for bigger photos and a size guide. Someone signing off every step? No. I don't see the PM owning the rollout either; engineering doesn't need me for it. I wouldn't plan who can roll back or how fast, and I wouldn't follow it with an A/B test. It's a product-page change. We ship it.",
  },
  {
    id: 'al056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "My view is that most of the usual model-canary machinery doesn't fit here, so I'd leave it out. We won't gate on the eval harness: it grades one summary in two hundred, so I'd not rely on it. We won't track thumbs-down either, since few vets rate. I'm not proposing p95 or cost-per-summary limits, because the new model is cheaper and faster by design. I'm also not going to fix hallucination or any other thresholds before launch, not going to hold at 5% or 25% waiting for volume, and not asking anyone to sign off stages. Nor would I put a named person on rollback duty. And no, we don't need an A/B test afterwards to check it's as good.",
  },
  {
    id: 'al057',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      "This is a cosmetic change, so the canary doubles as our experiment. Whatever the canary group's conversion does against everyone else tells us whether reviews above the fold sell more, and if it's up we have our proof and can skip a separate A/B test. Leadership wants it out this week, so that's the answer they'll want to see.",
      "The split of work is simple: the web team owns the flag and the deploy, and I own the plan itself, meaning the stages, what we measure and the read-out to leadership. We'd go 10%, then 25%, then 50%, then 100%, holding each stage for a full day and only moving on once that day has passed without an incident. If anything breaks, the on-call developer switches the flag off straight away, at any hour, without waiting for me; it takes effect within a minute.",
      "By Friday we should know both that it's safe and that it's better.",
    ].join('\n\n'),
  },
  {
    id: 'al058',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: [
      "For me a model swap is operationally the same as any backend change, so I'd watch exactly what we watch for a service: error rate and response latency. Offline evals already went up three points, so quality is settled. There's no point re-measuring it in production, and cost is Finance's question, not a release criterion.",
      "Where I'd be careful is the order. Our own HR and payroll staff use the assistant every day, so they go first; then customers who signed up for early access; then smaller companies; and the big enterprise payroll customers last, because a wrong answer about someone's salary there turns into an escalation.",
      'Every step up is signed off by me and the ML engineering lead together; neither of us moves it alone.',
      "And if errors or latency go wrong, the on-call engineer switches the assistant back to the old model immediately, day or night, without asking anyone. It's a gateway setting and takes about two minutes.",
    ].join('\n\n'),
  },
  {
    id: 'al059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The first thing I'd want to nail down is the date picker itself. Holiday-rental guests usually know roughly when they want to travel but not the exact nights, so a flexible-dates option (\"a weekend in June\", \"any 7 nights in August\") matters more than a prettier calendar. I'd check the picker on small phones, because two-month views are hard to tap, and make sure it works with a keyboard and a screen reader. For the shorter form, I'd look at which fields we can drop entirely: do we really need the guest's address before payment? I'd run a few moderated usability sessions with people who book for families, since they're the ones who compare homes for days. And I'd add analytics events to each step so the funnel report shows where people drop off.",
  },
  {
    id: 'al060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: 'The real issue is that "warm and casual" isn\'t a tone that translates. In German business writing, switching to du without being invited reads as presumptuous, and opening with "Hallo" instead of "Sehr geehrte Frau …" changes the whole register. I\'d write a short style guide per language: when to use Sie, how to open and close, how to handle titles like Dr. I\'d have a native German writer rewrite the German part of the system prompt instead of letting the model translate the English instructions. It would also help to detect the recipient: a colleague on first-name terms can get a casual draft, a public authority never should. Longer term, I\'d let users pick a tone preference in settings.',
  },
];
