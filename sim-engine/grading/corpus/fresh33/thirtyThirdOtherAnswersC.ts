import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Thirty-third fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers am048–am060, written blind and labelled by hand.
 */
export const THIRTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'am048',
    scenario: 'service',
    class: 'middling',
    points: points('T H R'),
    text:
      'Plan for the DB move: shift task reads to the managed cluster 1 % → 5 % → 20 % → 50 % → ' +
      '100 %, and stay at each step for at least one full working day including the Monday ' +
      'morning rush, since the load test ran with warm caches and cold ones are what worry me. ' +
      'Kill criteria, written down now so nobody argues about them on the day: p99 task-load ' +
      'time over 1.2 s, database errors over 0.5 %, proxy connection pool above 85 % busy. If ' +
      'any one trips, on-call flips the proxy routing back to the old database immediately, no ' +
      "approval needed; it takes about two minutes. We keep the old cluster running until we've " +
      'been at 100 % for a week, end-of-month decommission date or not.',
  },
  {
    id: 'am049',
    scenario: 'service',
    class: 'middling',
    points: points('P C A'),
    text:
      'So, I think the first thing is being clear about my role. Engineering builds the ' +
      'one-page checkout and owns the flag and the deploy; what I own is who sees it, in what ' +
      "order, and what we're trying to learn. And the brief worries me a bit. Returning " +
      'customers loved it in the lab, but the spring campaign is about first orders, and a ' +
      "first-time buyer has no saved address or card to fill in. So I'd go staff first, then " +
      "returning customers who've opted into our beta programme, then ordinary returning " +
      "customers, and only at the very end first-time buyers, because they're the people the " +
      "campaign brings in and the ones we know least about. I'd keep a close eye on how they " +
      "convert. The other thing I'd push back on with Growth is the idea that the canary will " +
      "show the new checkout is better. It won't; it tells us it isn't broken. If we want to " +
      "know whether one page beats three, that's an A/B test with first-time buyers randomised " +
      "between the two, and honestly I'd want it running before the campaign, not after.",
  },
  {
    id: 'am050',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text:
      "Quick notes on the recs model rollout, before Thursday's meeting:\n\n" +
      '- Who first: office staff, then the early-access users in both regions, then general ' +
      'users in Europe and South-East Asia at the same share. Newest customers last, since a ' +
      'poor first home screen is how we lose them. South-East Asia needs to be in early because ' +
      'the feature stores there are the ones most likely to buckle.\n' +
      '- Steps: 2 %, 10 %, 30 %, 60 %, everyone. Each step stays up at least 24 hours and has ' +
      'to cover a Singapore lunch and a European evening before we go further.\n' +
      '- What to watch besides errors and latency: p95 of feature-store lookups per region, ' +
      'add-to-basket rate on the recommended baskets, how often people dismiss a basket, and ' +
      'compute cost per thousand home-screen loads, since the new model reads more features per ' +
      'request.\n' +
      "- Worth replaying last week's traffic through the offline eval before day one too.",
  },
  {
    id: 'am051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "Honestly this one feels low risk to me. It's a pricing page, the checkout behind it " +
      "doesn't change, and nothing in the backend is touched. I'd put it out to some people a " +
      'couple of days before the campaign, make sure nothing looks obviously off, and then ' +
      "switch it on for everyone before Friday so marketing's links land on the new table. If " +
      "something is broken we'd either fix it quickly or put the old page back. I don't see the " +
      'need to overthink it; the team knows how to ship a page.',
  },
  {
    id: 'am052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      "I'd work closely with the ML team to roll out the new prompt gradually and see how " +
      "people react to it. Since the prompt is warmer and more casual, I'd expect most users to " +
      "respond well, but it's always good to be careful with any change that touches the user " +
      'experience. If there are complaints we can look into them and tweak the wording. ' +
      "Communication with stakeholders is key here, so I'd send regular updates to leadership " +
      'and make sure the support team is aware of the change in case users ask about it. ' +
      "Overall I'd aim for a smooth launch.",
  },
  {
    id: 'am053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Image resizer v2 / new photo format / canary / rollback / p99 / 1% 5% 25% 50% 100% / ' +
      'Thursday / memory per pod / heap / restarts / on-call / 24h 48h? / internal sellers, top ' +
      'sellers, beta / error rate 0.5% / thresholds / baseline / control / sign-off / eng lead ' +
      '/ PM / flag / < 5 min / A/B / gates / holds / 20% faster benchmark / dashboards / alerts ' +
      '/ runbook / war room / status page / comms to sellers / adoption of the new format / ' +
      'seller NPS / CDN cache hit rate / resize queue depth / pods / latency budget / Thursday ' +
      'again.',
  },
  {
    id: 'am054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Vet summaries — cheaper model — canary — hallucination — 5% — thumbs-down — p95 — staff ' +
      'vets — eval harness 1 in 200 — tokens — 25% — cost per summary — sign-off — pilot ' +
      'clinics — 72 h — rollback — errors 0.3% — ML lead — A/B — on-call — big practices — edit ' +
      'rate — 50% — thresholds — flag — 5 minutes — randomised — matched clinics — 100% — ' +
      'dashboards — weekly review — volume — few hundred a minute — ratings — safe vs better? — ' +
      'debrief.',
  },
  {
    id: 'am055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      'I know the usual advice is to stage this: staff first, then beta users, small ' +
      'percentages with a hold at each one, rollback numbers agreed in advance, a sign-off at ' +
      "every step. I don't think any of that is worth it for a date picker. Nothing in the " +
      'service changes, the design reviews were glowing, and the team wants it at 100 % this ' +
      "afternoon, so I'd let them have it. I wouldn't pick staff or beta users first either; " +
      "staff don't book holidays through us, so a random slice is as good as anything. I'm not " +
      'going to sit down and write rollback limits for bookings or latency before we launch, ' +
      "and I don't want an on-call engineer holding a switch for a front-end change; if " +
      "something looks wrong next week, we ship a fix. And I wouldn't bother with an A/B test " +
      'afterwards. If bookings hold up, it worked.',
  },
  {
    id: 'am056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      'The textbook version of this says: put the new model in front of our own payroll staff ' +
      'first, then early-access admins, fix hallucination, thumbs-down and cost limits before ' +
      'launch, sit at each stage for a day, have the PM and the eng lead sign every step, keep ' +
      'an on-call engineer ready to flip back, and run an A/B test at the end.\n\n' +
      "I don't think we need any of that here. The offline evals went up three points, the " +
      "prompt is unchanged, and the vendor has run this model at a scale we'll never reach. So " +
      "we won't run the eval harness on live conversations, we won't track cost per " +
      "conversation until the month's invoice arrives, and we won't hold the release on " +
      "thumbs-down, which is too noisy to mean anything. I'm not going to sign off stages " +
      "because there won't be stages; it goes to everyone on Monday. We won't plan an A/B test " +
      'either. If the assistant answers payslip questions better, support tickets will tell us.',
  },
  {
    id: 'am057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text:
      'The nice thing about a canary here is that it doubles as our A/B test. We send the new ' +
      "product page to staff first, since they'll spot a broken gallery right away, then to " +
      'customers in our early-access club, then to ordinary shoppers, and first-time visitors ' +
      'from ads last because they have no reason to forgive us. We go 5 %, 25 %, 50 % and 100 ' +
      '%, and stay at each step for two full days before moving on. If the canary group ' +
      "converts better than everyone else, that's our proof that reviews above the fold work, " +
      "and I can tell leadership it's a win. I wouldn't fix limits in advance: last week was " +
      "the sale, so the numbers are all over the place, and it's better to look at the " +
      'dashboards together and decide what counts as bad once we see how the week is shaping ' +
      'up. If it does look bad, the on-call engineer can switch the flag off on their own at ' +
      'any hour; it takes a couple of minutes, so nobody has to wait for me.',
  },
  {
    id: 'am058',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S R'),
    text:
      'My side of this is the rollout decisions; the ML engineers own the prompt deployment and ' +
      "the flag. I'd start with our largest business accounts, German and English, because " +
      "theirs is the opinion that matters most and they'll tell us quickly if they don't like " +
      "it. For monitoring, a prompt change is just text, so I'd watch what we always watch, " +
      'error rate and latency. Tone is subjective and thumbs-down is noise at this volume, so I ' +
      "wouldn't build any stop lines on it. The steps are 5 %, 20 %, 50 % and 100 %, staying at " +
      'each for two days before widening. At every step the ML lead and I both sign off in the ' +
      'release channel before anyone changes the percentage. If errors or latency go bad, the ' +
      'on-call engineer switches back to the old prompt immediately, without waiting for ' +
      "anyone; it's a config flag and it's done in under five minutes.",
  },
  {
    id: 'am059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      'What excites me about this change is the size guide. Fit is the number one reason people ' +
      "return clothes, so before anything else I'd want to know how we build the guide: " +
      'brand-specific measurements or a generic chart, and whether we let customers say "runs ' +
      'small" on a product. Larger photos help too, but only if they show fabric and fit on ' +
      "different body types, so I'd work with the studio on a shot list: front, back, detail " +
      "and a model at two different sizes. I'd also talk to customer service about the " +
      'questions they get most, because those should be answered right on the page. The success ' +
      'metric I care about is returns for fit reasons over the next quarter, and a drop in ' +
      '"where can I find the size" contacts.',
  },
  {
    id: 'am060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "Finance's question is the real one here, so I'd start there. A bigger model with a " +
      'longer context window will cost more per conversation, and payroll questions often pull ' +
      "in a long policy document, so I'd ask the team to estimate the average tokens per " +
      "conversation from last month's logs and price that against the vendor's rate card. Then " +
      "I'd compare two or three vendors on price and data-residency terms, because payslip data " +
      "is sensitive and some customers will insist it stays in the EU. I'd also look at whether " +
      'we can trim what we stuff into the context, for instance sending only the relevant ' +
      "section of the leave policy instead of the whole handbook. Finally, I'd put together a " +
      'one-page budget for finance with a best case and a worst case for the next twelve ' +
      'months.',
  },
];
