import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * The hundred-and-ninth fresh held-out set, author C: middling (dk048–dk050), weak (dk051–dk052),
 * salad (dk053–dk054), negated (dk055–dk056), misconception-led (dk057–dk058) and off-topic
 * (dk059–dk060) answers.
 * Voice: a Nepali (Kathmandu) English register in writing, the PM of a singing-bowl workshop in
 * Patan whose language model, the bowl helper, suggests bowl size, metal mix and tone; every answer
 * a lab notebook of numbered, dated entries with one measurement struck through and re-recorded.
 * Labelled by hand before anything else; written without reading the grader.
 */
export const HUNDRED_AND_NINTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // Built-in scenario: checkout-first-order
  {
    id: 'dk048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `Namaste, hajur. From my notebook, as I keep it at the workshop.

Entry 1, 11 Chaitra — Observation: the three-step checkout becomes one page, with saved addresses and cards filled in. Returning customers loved it in the lab, but a first-time buyer has nothing saved, and the spring campaign brings exactly those buyers.

Entry 2, 11 Chaitra — Baseline, first-order conversion now: 3.1 %.
Struck through — re-recorded: 2.8 %, the earlier figure had the winter sale in it.

Entry 3, 12 Chaitra — Before any customer sees the page, we write down the limits: checkout errors more than 0.5 % worse than now, and we bank the forge; first-order conversion more than 2 % worse than now, and we bank the forge; p99 page time more than 300 ms worse than now, and we bank the forge.

Entry 4, 12 Chaitra — Order of customers: staff first, because they will complain loudly and forgive; then opted-in customers by town, Patan, Thamel, Boudha, Bhaktapur, Kirtipur; then returning customers by years buying; first-time buyers last, because they are the ones the lab never tested and the campaign depends on them.

Entry 5, 13 Chaitra — Stages: the first hammering at 2 %, the tuning bench at 25 %, the whole courtyard. The first hammering holds until 3,000 orders, the tuning bench until 10,000 orders with at least 1,500 first orders, and we only move on when every limit has stayed green.

Ali ali, like a bowl, it goes. Dhanyabad.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk049',
    scenario: 'model',
    class: 'middling',
    points: points('S A M'),
    text: `Entry 1, 6 Mangsir — Observation: the bowl helper will run on a bigger model with a longer context window. Offline evals are three points up on short questions. Finance asks the cost.

Entry 2, 6 Mangsir — Cost per conversation on the old model, measured over one week: 3.40 rupees.
Struck through — re-recorded: 3.90 rupees; the first count missed the long conversations about full bowl sets.

Entry 3, 7 Mangsir — What we watch on the new model, every day: wrong-bowl advice as graded by the eval harness, the thumbs-down share from buyers, and the cost per conversation against that 3.90. Errors and speed too, but those alone would not show a helper that suggests a brass bowl for a small room.

Entry 4, 7 Mangsir — We let more buyers in step by step. Before any step, Sarita Maharjan, our ML lead, and I both strike the first bowl; if either of us is not content, it waits.

Entry 5, 8 Mangsir — Hajur, one more thing. The canary only tells us the bigger model is safe for buyers. Whether it is better, we find out afterwards with a randomised A/B test, not from the canary numbers.

Dhanyabad.`,
  },
  // Built-in scenario: search-tail-latency
  {
    id: 'dk050',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: `Notebook, search index move. Namaste.

Entry 1, 27 Asoj — Observation: search moves to a smaller, cheaper index layout. The median query got faster in testing; rare queries with many filters were never benchmarked.

Entry 2, 27 Asoj — Split of work. Mine as PM: the rollback limits, who goes when, how long we wait. Engineering's: the index build, the routing between old and new index, the deploy.

Entry 3, 28 Asoj — Limits, agreed before one query touches the new index:
p99 for queries with three or more filters more than 400 ms worse than now, and we bank the forge;
search errors more than 0.3 % worse than now, and we bank the forge;
searches ending in a paper opened more than 2 % worse than now, and we bank the forge.

Entry 4, 28 Asoj — Filter-heavy share of queries, measured: 4 %.
Struck through — re-recorded: 7 %; institutional users filter far more than the sample showed.

Entry 5, 29 Asoj — Rollback: whoever is on call sets the old bowls back on the shelf, no need to call me. Any hour, weekends too. The routing switch points search back at the old index in about two minutes; no redeploy, no waiting for my approval.

Entry 6, 29 Asoj — Exposure: a random 5 % of queries first, and we widen it when it looks fine.

Ke garne, the tail is where the slowness hides. Dhanyabad.`,
  },
  // Built-in scenario: quiet-feedback-trap
  {
    id: 'dk051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `Entry 1, 2 Poush — Observation: the bowl helper will move to a cheaper and faster model. This is good news for the workshop budget, hajur.

Entry 2, 2 Poush — Suggestions an hour at the busiest time: 300.
Struck through — re-recorded: 260; I had counted the test clicks from the smiths.

Entry 3, 3 Poush — We would release it slowly to some buyers and keep an eye on it. If buyers seem unhappy with the suggestions, we can go back to the old model.

Entry 4, 3 Poush — The engineers know this kind of work well, so I would leave the details to them and ask them to tell me how it goes.

Entry 5, 4 Poush — Not many buyers rate the suggestions, ke garne, so we will also ask the smiths whether the bowls it suggests sound right. Dhanyabad.`,
  },
  // Built-in scenario: image-resizer-memory-leak
  {
    id: 'dk052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Namaste. A few lines from my notebook on the image service.

Entry 1, 15 Jestha — Observation: the image-resizing service is rewritten for a new photo format. Benchmarks say it is 20 % faster.
Struck through — re-recorded: 18 % faster; one benchmark run was counted twice.

Entry 2, 15 Jestha — A canary release means we give the new service to a small part of the traffic first and then to everyone, like sounding one bowl before making the whole order.

Entry 3, 16 Jestha — We would test it well in staging, then put it live for some sellers, look at the dashboards and see if the photos load. If something is wrong, we fix it quickly.

Entry 4, 16 Jestha — The team wants it everywhere by Thursday, so we should try to keep to that date. Dhanyabad, hajur.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Entry 1, 19 Falgun — Observation: prompt warmer casual German Sie du quarter 25 % thumbs-down eval harness hallucination p95 tokens cost canary cohort 1 % 5 % 20 % 100 % first hammering tuning bench whole courtyard.

Entry 2, 19 Falgun — Thumbs-down German 6 %.
Struck through — re-recorded: 7 % thumbs-down German Sie du formal register tone.

Entry 3, 20 Falgun — Rollback threshold flag config switch on call 24/7 five minutes master smith ML lead sign-off gate hold Dashain 4,000 conversations Patan Thamel Boudha Bhaktapur Kirtipur opted-in staff smiths.

Entry 4, 20 Falgun — A/B randomised safe better lift control baseline p99 0.5 % 300 ms 2 points bank the forge hajur.

Entry 5, 21 Falgun — Metal mix bowl size tone room practice eval harness thumbs-down 2 % 1 % German English quarter warmer ali ali dhanyabad.`,
  },
  // Built-in scenario: booking-purchases-lag
  {
    id: 'dk054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Entry 1, 8 Baisakh — Observation: date picker shorter form client-side store bookings lag hours later conversion 100 % this afternoon canary 2 % 25 % first hammering tuning bench whole courtyard.

Entry 2, 8 Baisakh — Bookings per hour 410.
Struck through — re-recorded: 395 bookings per hour guests compare homes talk at home lag 6 hours 24 hours.

Entry 3, 9 Baisakh — Threshold 2 % bookings 0.5 % errors p99 200 ms bank the forge on call switch flag minutes rollback master smith sign-off hold gate page loads 10,000.

Entry 4, 9 Baisakh — Staff smiths opted-in Patan Thamel Boudha Bhaktapur Kirtipur years buying new high-value last A/B randomised safe better PM engineering routing deploy.

Entry 5, 10 Baisakh — Client-side store dates lost bookings hours later funnel abandonment 3 % 5 % namaste hajur ke garne.`,
  },
  // Built-in scenario: staff-cohort-artifact
  {
    id: 'dk055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Namaste. My notebook on the product-page release, hajur.

Entry 1, 4 Kartik — Observation: product pages get larger photos and a size guide. Staff use the live site all day to check stock, but they almost never buy.

Entry 2, 4 Kartik — Staff page views a day: 9,000.
Struck through — re-recorded: 11,500; the stockroom tablets were not counted the first time.

Entry 3, 5 Kartik — I would not split the work into what the PM owns and what engineering owns; I would not send staff first, nor opted-in customers by town after them, nor keep new and big customers for last.

Entry 4, 5 Kartik — I would not write down rollback limits before traffic moves, and I would not put numbers on errors, latency or purchases.

Entry 5, 6 Kartik — I would not name stages like the first hammering and the tuning bench, nor hold at each one for a count of page loads, nor have anyone, master smith or me, sign off before each advance.

Entry 6, 6 Kartik — I would not let whoever is on call roll back at any hour with a switch in minutes without asking me.

Entry 7, 6 Kartik — And I would not say the canary shows only that it is safe, nor plan a randomised A/B test afterwards. Dhanyabad.`,
  },
  // Built-in scenario: lunch-peak-recommendations
  {
    id: 'dk056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Entry 1, 12 Magh — Observation:
the new bowl helper reads more features per request
from regional stores sized for the old model.
American buyers shop while Patan sleeps.

Entry 2, 12 Magh — Requests per suggestion to the stores: 6.
Struck through — re-recorded: 9, counting the tone-history lookup.

Entry 3, 13 Magh — No staff and smiths first.
No opted-in buyers from Patan, Thamel or Boudha before the rest.
No keeping new buyers for last.

Entry 4, 13 Magh — No limits written before traffic.
No numbers for errors, latency or thumbs-down.
No eval harness to watch wrong-size suggestions.

Entry 5, 14 Magh — No first hammering, no tuning bench, no hold for a count of conversations.
No ML lead striking the first bowl with me before each advance.

Entry 6, 14 Magh — No on-call engineer rolling back at 4 a.m. by a switch without my approval.
No split of what the PM owns and what engineering owns.

Entry 7, 14 Magh — No randomised A/B test afterwards; I do not draw the line between safe and better.
Ke garne. Dhanyabad.`,
  },
  // Built-in scenario: prompt-locale-thumbs-down
  {
    id: 'dk057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H R'),
    text: `Namaste, hajur. Notebook for the warmer prompt.

Entry 1, 23 Poush — Observation: the bowl helper's prompt is rewritten to sound warmer and more casual. Our English speakers reviewed it; a quarter of buyers write in German.

Entry 2, 23 Poush — The canary proves the warmer prompt is better, so it is our A/B test. The buyers who get the warmer helper and buy more bowls are the proof, and when the canary group orders more than the rest, we have our answer and can tell the workshop the new prompt wins.

Entry 3, 24 Poush — As PM I own the order of buyers and how long each stage holds; engineering owns the routing, the prompt flag and the deploy.

Entry 4, 24 Poush — Order: staff and the smiths first, since they forgive a clumsy reply; then opted-in buyers by town, Patan, Thamel, Boudha, Bhaktapur, Kirtipur; then buyers by years buying; new buyers and hotels last, because a first reply that sounds rude is not forgotten.

Entry 5, 25 Poush — Conversations a day, measured: 1,800.
Struck through — re-recorded: 1,650; Saturday had been counted twice.

Entry 6, 25 Poush — Stages: the first hammering at 2 %, the tuning bench at 20 %, the whole courtyard. Each stage holds until 4,000 conversations before we move on.

Entry 7, 25 Poush — Whoever is on call sets the old bowls back on the shelf, no need to call me: at any hour, the prompt flag goes back by config switch in about two minutes, no redeploy, no approval.

Dhanyabad.`,
  },
  // Built-in scenario: pricing-page-healthy
  {
    id: 'dk058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: `Notebook, pricing page. Namaste.

Entry 1, 16 Bhadra — Observation: the pricing page of our video editor gets a clearer comparison table; the checkout behind it is unchanged. Marketing's campaign links to it on Friday.

Entry 2, 16 Bhadra — Order: staff and the smiths first, because they open the page daily and tell us at once if the table reads wrong; then opted-in subscribers, town by town, Patan, Thamel, Boudha, Bhaktapur, Kirtipur; then subscribers by years with us; new visitors and team-plan buyers last, since they are the ones the campaign pays to bring.

Entry 3, 17 Bhadra — Stages: the first hammering at 5 %, the tuning bench at 25 %, the whole courtyard by Friday. The first hammering holds until 20,000 page loads, the tuning bench until 60,000 page loads.

Entry 4, 17 Bhadra — Page loads a day on the pricing page: 30,000.
Struck through — re-recorded: 26,000; bot traffic was inside the first figure.

Entry 5, 17 Bhadra — Before each advance, Anita Gurung, the web lead and our master smith, and I both strike the first bowl.

Entry 6, 18 Bhadra — Limits we decide while we watch. Fixing numbers in advance is guesswork; once the dashboard is in front of us, we will see what looks wrong and choose the line then.

Ali ali, hajur. Dhanyabad.`,
  },
  // Built-in scenario: after-the-sale-healthy
  {
    id: 'dk059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `Namaste, hajur. Some entries from my notebook on the product page itself.

Entry 1, 30 Chaitra — Observation: reviews will sit above the fold, and the photo gallery loads lazily. At the workshop we also learned that a buyer reads two reviews before looking at a single photo.

Entry 2, 30 Chaitra — Average review length on tent pages: 64 words.
Struck through — re-recorded: 71 words; the first count skipped reviews with photos.

Entry 3, 1 Baisakh — Good reviews say what the customer did with the gear: a trek to Langtang, a wet night at base camp. We should ask buyers for that story in the review form, the way our smiths ask a buyer about the room where the bowl will sing.

Entry 4, 1 Baisakh — The photos in the gallery should show the tent pitched, not folded. Morning light, no flash. Three photos are enough; the fourth is rarely opened.

Entry 5, 2 Baisakh — The spring sale last week gave 20 % off everything. Next year I would keep it to one week again and start it on a Monday, so the warehouse is not packing over the weekend.

Dhanyabad.`,
  },
  // Built-in scenario: support-model-upgrade
  {
    id: 'dk060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `Notebook — for Ramesh-dai in finance. Namaste.

Entry 1, 10 Mangsir — Obs: finance asks what one bowl-helper conversation costs with the bigger model. Longer context = more tokens read per question.
Entry 2, 10 Mangsir — Tokens per conversation, old model: 2,100.
Struck through — re-recorded: 2,400; images of bowls sent by buyers were left out.
Entry 3, 11 Mangsir — A seven-metal bowl from our smiths takes three days of hammering; a machine-pressed bowl from elsewhere, twenty minutes. Buyers hear the difference at once.
Entry 4, 11 Mangsir — Idea for the price list: show the helper's cost per conversation next to the price of the smallest bowl, so finance sees it is a few rupees against a few thousand.
Entry 5, 12 Mangsir — The workshop should also print a small card on caring for a bowl: no soap, dry cloth, keep it off stone floors.
Entry 6, 12 Mangsir — Ke garne, the longer the context, the longer the bill. Dhanyabad, hajur.`,
  },
];
