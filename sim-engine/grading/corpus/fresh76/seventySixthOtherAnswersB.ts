import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-sixth fresh set, author b: the other thirteen answers (cd028–cd040): middling, weak,
 * salad, negated, misconception-led and off-topic, written blind and labelled by hand before any
 * grading (LABEL-NOTES-b.md). A misconception-led answer never carries the point its
 * misconception sits on; negated, weak, salad and off-topic answers carry no points.
 */
export const SEVENTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order · Ethiopian English register in writing ("kindly", "the said page"); "we go back" only
  {
    id: 'cd028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Kindly consider the following for the one-page checkout.',
      '',
      'Returning customers loved the said page in the lab, but first-time buyers were never tested, and the spring campaign brings many of them. Therefore the order is: our own staff first, placing real orders; then customers who opted in to try new features; then returning customers; and first-time buyers last, because a first order that fails is a customer we may never see again.',
      '',
      'Before any customer sees the new page, we agree these limits: checkout errors more than 0.5 % above the current baseline, p99 page load more than 300 ms above baseline, or first-order conversion down more than 2 % against baseline.',
      '',
      'The ramp has four stages, 2 %, 10 %, 25 % and 100 %, and we hold each one for at least three full days before going on, longer at 25 % if first orders are still few. If a limit is crossed, we go back to the three-step checkout and look into it.',
    ].join('\n'),
  },
  // support-model-upgrade · coffee-export price-forecasting model PM; "the on-duty engineer restores the previous model"; random 5 % start, no numbers, no stages
  {
    id: 'cd029',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text: [
      'I look after a coffee-price forecasting model for an exporter, and the first thing I learned there applies here: be clear about who decides what. As PM I decide which customers get the larger model and when, what would make us reverse, and how long we wait between steps. The engineers own the routing between the two models, the deployment and the feature flags, and I leave those to them.',
      '',
      'We would start the larger model on a random 5 % of conversations and see how it goes. What I would watch goes beyond errors: the hallucination rate from the eval harness on payslip and leave questions, the thumbs-down rate from employees, and the cost per conversation, since Finance has asked about it and a longer context window can make it jump.',
      '',
      'If anything goes wrong, day or night, the on-duty engineer restores the previous model by flipping the routing flag. It takes a couple of minutes, and they do not need to ask me or anyone else first.',
    ].join('\n'),
  },
  // search-tail-latency · short RFC with numbered sections; stages with timed holds and a signed log; metrics only "looked at"
  {
    id: 'cd030',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text: [
      'RFC: Rolling out the new search index',
      '',
      '1. Problem',
      'The new index layout is smaller and cheaper to host, and the median query got faster in testing. Queries with many filters were not benchmarked.',
      '',
      '2. Proposal',
      "2.1 Four stages: a pilot at 2 % of queries for 48 hours, then 10 % for 48 hours, then 50 % for three days, then all traffic. Nobody moves on before a stage's hold has run out.",
      '2.2 At each gate the search engineering manager and I both sign the release log; no signatures, no advance.',
      '2.3 During each stage we look at the latency and error graphs and talk about anything that seems off.',
      '',
      '3. Alternatives considered and rejected',
      '3.1 Using the canary numbers to claim the new index gives better results. Rejected: a canary only tells us the index is safe to serve. Whether researchers find better papers needs a randomised A/B test once the rollout is finished.',
    ].join('\n'),
  },
  // quiet-feedback-trap · Ethiopian English register in writing ("with due consideration", "the said model"); nothing concrete
  {
    id: 'cd031',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      'With due consideration of the importance of the veterinary clinics, I would propose that the said model be introduced in a careful and gradual manner. Kindly note that cheaper does not always mean worse, and faster summaries will surely be appreciated by the vets.',
      '',
      'We shall observe the situation closely and remain in good communication with our engineering colleagues, who are competent in these matters. Should any difficulty arise, appropriate measures will be taken in a timely fashion. It is my sincere belief that with good teamwork the release will be a success.',
    ].join('\n'),
  },
  // image-resizer-memory-leak · coffee-export PM talking by analogy; nothing concrete
  {
    id: 'cd032',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      'In coffee we never ship a lot we have not tasted, and I would bring the same spirit here. Benchmarks are nice, but a real marketplace is messier than a lab, so I would release the new resizer gradually and keep a close eye on how the listing pages feel.',
      '',
      'I would talk to a few sellers, make sure support knows it is coming, and check in with the team every day. Thursday is ambitious, but if things look healthy I do not see why we could not make it. If something goes wrong, we would deal with it.',
    ].join('\n'),
  },
  // lunch-peak-recommendations · keyword heap in the coffee-processing and export vocabulary; no committed sentence
  {
    id: 'cd033',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Drying beds, hulling, cupping.',
      'Canary, 1 %, 20 %, 5 %, 100 %, Singapore, Berlin, exporter size, basket size, region.',
      'p99 80 ms, p95, 150 ms, 0.3 %, −3 %, +25 %, eval harness, hallucination, thumbs-down, compute cost.',
      'Two full trading days, release minute, co-sign, export manager, regional ops.',
      'Deviation, current baseline, reversal, on-duty engineer, previous model, routing flag, under five minutes, 24/7.',
      'Safe, better, randomised A/B, lunch peak, early morning, feature store, capacity.',
    ].join('\n'),
  },
  // pricing-page-healthy · RFC section headings filled with keyword heaps; Ethiopian courtesy words
  {
    id: 'cd034',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'RFC: pricing page',
      '1. Problem: comparison table, campaign, Friday, checkout unchanged, subscription, video editor.',
      '2. Proposal: gates 200 ms staff thresholds beta 0.5 % holds, sign-off, rollback −2 %, ramp 1 25 5 100, config switch, on-call, minutes, baseline, any hour, marketing lead, PM.',
      '3. Alternatives considered and rejected: big bang, A/B, canary, random 1 %, redeploy, safe, better.',
      'Kindly, with due consideration, release minute, co-sign.',
    ].join('\n'),
  },
  // staff-cohort-artifact · Ethiopian English register in writing; every practice named only to be rejected
  {
    id: 'cd035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      'Kindly allow me to explain why I would keep this release simple.',
      '',
      'I would not divide the decisions between myself and engineering; there is no separate list of things the PM decides. I would not begin with employees, nor move next to customers who opted in, nor keep new or loyal customers for last; ordering people in this way is not something I see value in for larger photos and a size guide.',
      '',
      'I shall not write down rollback limits on errors, latency or conversion before the release, and I shall not compare anything against a baseline.',
      '',
      'There will be no stages and no holds between them, and I do not intend to ask any person to sign off an advance.',
      '',
      'As for reversal, I would not arrange for an on-call engineer to switch the page back at night without approval, nor keep a flag for the purpose.',
      '',
      'I also would not run an A/B test afterwards, nor separate "safe" from "better". The said change goes out to all customers together on the same morning.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · short RFC whose "Alternatives considered and rejected" section rejects every practice
  {
    id: 'cd036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'RFC: Warmer system prompt for the email assistant',
      '',
      '1. Problem',
      'The new prompt sounds warmer and the team wants it live.',
      '',
      '2. Proposal',
      'Replace the prompt for every user, English and German alike, in one change on Monday.',
      '',
      '3. Alternatives considered and rejected',
      '3.1 A PM owning the order, the limits and the holds while engineering owns the flag: rejected, we keep no such split.',
      '3.2 Staff first, then opted-in users, with German speakers and paying business accounts last: rejected.',
      '3.3 Limits on errors, p95 latency, thumbs-down rate or draft acceptance, written down before launch: rejected.',
      '3.4 Stages such as 1 %, 5 % and 25 % with a hold at each: rejected.',
      '3.5 A named lead signing off each step: rejected.',
      '3.6 An on-call engineer flipping the prompt back at any hour without approval: rejected.',
      '3.7 Watching the eval harness, user feedback or token cost per draft: rejected.',
      '3.8 A randomised A/B test afterwards to learn whether warmer is better: rejected.',
    ].join('\n'),
  },
  // support-model-upgrade · coffee-export price-forecasting model PM; coffee-processing stage names; co-signed release minute; misconception: the canary is the A/B test that proves the model better
  {
    id: 'cd037',
    scenario: 'model',
    class: 'misconception',
    points: points('H S M'),
    text: [
      'In coffee export we settle every argument at the cupping table: two lots side by side, and the better one wins. The canary here is exactly that, our A/B test. The larger model gets a slice of conversations picked at random by the router, the old model keeps the rest, and by comparing the two we will prove the larger model is better and worth the extra cost per conversation that Finance is asking about.',
      '',
      'The stages carry coffee names, out of habit: the drying beds at 2 %, the hulling at 10 %, the cupping at 50 %, and then all conversations. Each stage holds for two full working days before we move, so the comparison has enough conversations behind it.',
      '',
      'Throughout, we watch the hallucination rate from the eval harness, the thumbs-down rate from employees and the token cost per conversation.',
      '',
      'Before each move to the next stage, the head of support operations and I co-sign the release minute. At the cupping, the model with the better resolution rate and fewer thumbs-down is declared the winner, and that is how we will know the upgrade was a success.',
    ].join('\n'),
  },
  // booking-purchases-lag · Ethiopian English register in writing; misconception: limits are chosen while watching the first day
  {
    id: 'cd038',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      "With due consideration of the team's wish for 100 % this afternoon, I propose a more patient plan, built on one principle: the rollback limits must be set after we see the traffic, not before. No one can know in advance what a normal booking rate for the new date picker looks like, so I shall watch the dashboards through the first day and then choose the limits that fit what we see.",
      '',
      'The order of guests: our own staff first, who book test stays and will tell us quickly what is wrong; then guests who opted in to try new features; then returning guests; first-time guests and large family bookings last, since they are the most valuable and the least forgiving of a broken form.',
      '',
      'Stages: 2 %, 10 %, 30 %, 100 %. Each holds for two full days at least, because guests compare homes and talk it over at home, and a lost booking shows up only hours later.',
      '',
      'Should anything look wrong, at any hour, the on-duty engineer restores the previous booking page by switching the feature flag back; it takes a few minutes and requires no approval from me or anyone.',
    ].join('\n'),
  },
  // quiet-feedback-trap · coffee-export price-forecasting model PM; a plan for collecting vet feedback instead of a release plan
  {
    id: 'cd039',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'What worries me most in this one is the feedback, so that is where my plan starts. At the coffee exporter our traders almost never rated the price forecasts either, and we only fixed it by changing how we asked.',
      '',
      'First, I would call ten small clinics and watch how vets actually read a summary between appointments. Second, I would replace the five-star rating with a single tap, "useful" or "missing something", right next to the summary, with a free-text box that opens only on the second choice. Third, I would send each clinic owner a short monthly email showing how many minutes the summaries saved them, with a link to tell us what is wrong. Fourth, I would offer a small discount to clinics that join a quarterly feedback panel. Finally, I would work with our clinical advisors on a style guide for what a good summary contains, so that our own reviewers grade consistently.',
      '',
      'Once vets rate one summary in ten instead of one in a hundred, every later decision about the product gets easier.',
    ].join('\n'),
  },
  // after-the-sale-healthy · short RFC with numbered sections in an Ethiopian English register; a page-design plan, not a release plan
  {
    id: 'cd040',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      'RFC: Product page layout for the outdoor-gear shop',
      '',
      '1. Problem',
      'Kindly note that our reviews sit below three screens of photographs, and most customers never reach them. The gallery also loads every image at once, which is slow on phones in the mountains, where many of our customers are.',
      '',
      '2. Proposal',
      '2.1 Move the average rating and the three most helpful reviews directly under the product title, with a link to the rest.',
      '2.2 Lazy-load the gallery: the first photograph at full quality, the others only as the customer scrolls.',
      "2.3 With due consideration of our German, French and Italian customers, translate review snippets into the customer's language where the reviewer has allowed it.",
      '2.4 Ask the content team to reshoot the twenty best-selling tents and jackets.',
      '',
      '3. Alternatives considered and rejected',
      '3.1 A review carousel: rejected, customers do not swipe it.',
      '3.2 Video reviews: rejected for now, too costly to moderate.',
      '3.3 Removing the gallery thumbnails: rejected, customers compare colours with them.',
    ].join('\n'),
  },
];
