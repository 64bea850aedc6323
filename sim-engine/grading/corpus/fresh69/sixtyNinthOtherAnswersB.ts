import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-ninth fresh held-out set, author b: middling (bw028–bw030), weak (bw031–bw032), salad
 * (bw033–bw034), negated (bw035–bw036), misconception-led (bw037–bw038) and off-topic
 * (bw039–bw040) answers. Written blind and labelled by hand before anything was run; a point is
 * labelled only when the answer commits to it as part of its own plan.
 */
export const SIXTY_NINTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // lunch-peak-recommendations · Monday to-do list, Dublin register; cohort order, holds, model signals only
  {
    id: 'bw028',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      'My list for Monday on the new recommendations model:',
      "- Cohort order. Staff in Berlin first, they'll use it on their own shopping; then customers who opted in to early features; then the smaller European cities; Singapore and the rest of South-East Asia last, because that's where the feature stores are tightest and the lunch peak lands while Berlin is still asleep.",
      '- Stages. 5 %, 20 %, 50 %, then everyone, and each one holds a full week so it sees every region through its lunch and dinner peaks before we move on to the next.',
      '- Model signals to watch at every stage: how often customers swipe past the recommended basket, and the share of recommended baskets that actually get ordered.',
      '- Ask the data team to build the dashboards.',
      "- Book a room for Friday to see how it's going, sure we'll know more then.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · Dublin English register in writing; PM vs engineering, release-sheet sign-off, rollback only
  {
    id: 'bw029',
    scenario: 'service',
    class: 'middling',
    points: points('P S R'),
    text: [
      "The question underneath this one is who's allowed to pull it at 2 a.m., so I'll start there.",
      "Rollback belongs to whoever's on call. If the pricing service misbehaves at two in the morning on a Saturday, the on-call engineer flips fare routing back to the old service, a config change of a few minutes, and they don't wake me or anyone else to ask. They write it up in the morning. I'd make sure the weekend rota has someone who knows the batch window we share with billing, because that's where I'd expect the trouble.",
      'As PM I own the decisions around the rollout: who gets it first, the point at which we would stop, how long we wait between steps. The engineers own the pricing service itself, the routing and the deploy, and I stay out of that.',
      'Every widening of it needs both names on the release sheet, the city operations lead and the pricing engineering lead, before it goes any wider. If either name is missing, it stays where it is.',
      "Beyond that I'd keep an eye on fares and complaints and see how it goes.",
    ].join('\n'),
  },
  // support-model-upgrade · Dublin English register in writing, "a ceiling of"; thresholds, canary vs A/B, model metrics only
  {
    id: 'bw030',
    scenario: 'model',
    class: 'middling',
    points: points('T A M'),
    text: [
      "Before anyone sees the bigger model I'd have the stop-lines written down and agreed: errors no more than 0.5 % above the current model, p95 response time no more than 400 ms slower, and conversations handed to a human agent no more than 2 % above the baseline. For the model itself I'd gate on the eval harness wrong-answer rate for payslip and leave questions staying at or under today's, and the cost per conversation staying under a ceiling of 4 cent, which is what finance can live with. If any of those is crossed, it comes out.",
      "I'd be careful in the write-up, mind. Offline evals up three points and a clean canary still wouldn't show the bigger model is better for anyone. The canary only tells us it isn't doing harm. If we want to say it's better, we run a proper randomised A/B test afterwards, with resolution rate as the measure.",
      "How we actually move the traffic I'd leave to the team.",
    ].join('\n'),
  },
  // checkout-first-order · vague, upbeat, commits to nothing
  {
    id: 'bw031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "I think the one-page checkout is a great idea and I'd be keen to get it out before the spring campaign. I'd roll it out carefully, keep an eye on how it's doing, and talk to the engineers about any risks they can see.",
      "I'd make sure growth and the rest of the business are kept in the loop, and if the numbers look off at any point we'd sit down and work out what to do. The main thing is to learn as we go and keep improving.",
    ].join('\n'),
  },
  // quiet-feedback-trap · Dublin register, vague, defers to the ML team
  {
    id: 'bw032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "With a cheaper model I'd want to be careful, sure the vets need to trust the summaries. I'd put it out to some of the clinics, see what they make of it, and keep an eye on the feedback as it comes in.",
      "If it's not looking good we can always go back. I'd lean on the ML folks to tell me when it's ready, they know the model far better than me. Saving money is good but quality matters too.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · salad of this author's voice words and numbers, no committed sentence
  {
    id: 'bw033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary rungs, warm prompt, German, Sie, du. Ceiling 0.5 %, ceiling 200 ms, p95 p99, thumbs-down 15 %, eval harness, tokens per draft.',
      'Staff, early access, German last, release sheet, both names, lettings lead, rollback, flag, minutes, any hour, on-call.',
      'A/B randomised, safe, better. 1 5 25 50 100. Hold, two days, 3,000 drafts, gate. PM cohorts thresholds holds, engineering routing deploy flag.',
      'Rungs ceiling sign-off rollback A/B, rungs ceiling sign-off rollback A/B.',
    ].join('\n'),
  },
  // search-tail-latency · salad with campus/year and rent-day words, numbers unattached
  {
    id: 'bw034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Search index, tail latency, p99, p999, filters, rare queries, canary, cohort, campus, year of study, free tier, institutional licences, last.',
      'Thresholds ceiling 0.5 % errors 300 ms searches per session −2 % baseline. Rungs 1 % 5 % 25 % 100 %, holds, two full rent days, viewings count, gate.',
      'Sign-off release sheet both names lettings lead platform lead. Rollback config switch on-call 3 minutes any hour no approval. Canary safe, A/B better, randomised. Cost cheaper index hosting.',
    ].join('\n'),
  },
  // image-resizer-memory-leak · Dublin register, every practice named only to be rejected
  {
    id: 'bw035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "I'll be straight with you, I wouldn't bother with most of the canary ritual for an image resizer.",
      "I wouldn't send it to staff first or fuss about which sellers get it in what order; that's overthinking a photo service. I'm not going to write rollback limits down in advance either, no error ceiling and no latency number, because you can't know what good looks like until it's live.",
      "I wouldn't have stages with holds between them; the team want it everywhere by Thursday and a slow ramp only delays that. There'd be no sign-off at each step and no release sheet with names on it; it's not that kind of change.",
      "I wouldn't keep a quick switch back to the old resizer for the on-call engineer either. If it's broken, we fix forward on the next deploy. I wouldn't split out what product owns from what engineering owns, and I don't see the point of a separate A/B test afterwards when the benchmarks already say it's 20 % faster.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · Monday to-do list of what the speaker will not do
  {
    id: 'bw036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Monday morning, the list of what I'm not doing for the new recommendations model:",
      '- Not ordering cohorts. No staff first, no early-access group, no saving Singapore for last.',
      '- Not fixing thresholds before it goes out: no error ceiling, no p99 ceiling, no basket number against a baseline.',
      '- Not watching model-quality signals like how often people skip the recommended basket or what each request costs; errors are enough.',
      '- Not doing rungs or holds. It goes to everyone at once.',
      '- Not getting both names on the release sheet. Nobody signs anything.',
      '- Not keeping a config switch back to the old model for the on-call engineer; if it breaks, we redeploy.',
      "- Not separating what's mine from what's engineering's.",
      '- Not running an A/B test afterwards.',
    ].join('\n'),
  },
  // support-model-upgrade · Dublin register, built on "the canary is our A/B test"; commits to cohort order, rollback, model signals
  {
    id: 'bw037',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: [
      "The way I see it, the canary is our A/B test. We put the bigger model on 10 % of conversations, the old one keeps the other 90 %, and after a week whichever has the better thumbs-up rate wins: if the new one comes out ahead, that proves it's the better model and we go to 100 %. That's the whole point of running a canary, finding out which version is better.",
      "Who's in the 10 %: our own HR team first, since they use the assistant daily and will flag daft answers; then customers in the early-access programme; the big enterprise payroll accounts stay on the old model till last, because a wrong answer about a payslip costs us most there.",
      "While it runs I'd watch the eval harness hallucination rate on payslip questions and the cost per conversation, because finance asked and a longer context window isn't free.",
      'If something breaks, the on-call engineer switches the routing back to the old model from the config, any hour, in a couple of minutes, without waiting for anyone.',
    ].join('\n'),
  },
  // staff-cohort-artifact · Dublin register, built on "only the PM may roll back"; commits to thresholds and holds
  {
    id: 'bw038',
    scenario: 'service',
    class: 'misconception',
    points: points('T H'),
    text: [
      "The most important rule for me is that nobody rolls back but me. I'm the PM, it's my release, so if something looks wrong at 3 a.m. the on-call engineer pages me and waits until I've had a look and said yes. Engineers pulling releases on their own is how you end up with a healthy change reverted because someone panicked over a chart.",
      'The limits are set before we start and written down: errors no more than 0.5 % above the current product pages, p99 page load no more than 300 ms worse, and add-to-basket rate no more than 2 % below the baseline from the same days last week.',
      'Stages go 5 %, 25 %, 50 %, 100 %, each held for three days, and we only move up at the end of a hold if every one of those limits is clean.',
      "Bigger photos and a size guide; I'd expect it to be grand.",
    ].join('\n'),
  },
  // after-the-sale-healthy · a week's plan for the sale hangover, not a release
  {
    id: 'bw039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Honestly, the bigger issue for an outdoor-gear shop the week after the spring sale is the hangover, so here's how I'd run the week.",
      'Monday: pull the sale numbers by country and category and see which lines sold through and which we are sitting on.',
      'Tuesday: agree with buying which leftovers go into a clearance corner and which go back to full price.',
      "Wednesday: brief the email team on a summer send for people who bought tents and boots in the sale, since they're the likeliest to come back for the bits and pieces.",
      'Thursday: check returns, because sale buyers return more, and make sure the warehouse has the staff.',
      'Friday: write up what we would change for the autumn sale, starting with ending it on a weekday rather than at midnight on a Sunday, which left support with a pile-up on Monday.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Monday to-do list for getting vets to rate summaries, not a release
  {
    id: 'bw040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Monday morning list, getting vets to actually rate the summaries:',
      "1. Pull how many summaries got a rating last month, clinic by clinic. I'd guess under one in a hundred.",
      '2. Sit in on two clinics on Tuesday and watch where the rating buttons are when a vet finishes a note. My bet is they are below the fold.',
      '3. Ask design for a one-tap rating beside the Save button, with a free-text box that only opens on a thumbs-down.',
      '4. Draft a short note to clinic managers on why ratings matter, with a small thank-you: a free month for the clinics that rate the most this quarter.',
      '5. Agree with the data team how we report rating rates each week.',
      '6. Book a review for the end of the month to see whether the ratings went up.',
    ].join('\n'),
  },
];
