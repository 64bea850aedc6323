import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-seventh fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers ag008–ag020, written blind and labelled by hand. */
export const TWENTY_SEVENTH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'ag008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text:
      'The spring campaign is the real risk. First-time buyers are the people a new checkout ' +
      "could hurt most, and the campaign brings them in at exactly that moment. So I wouldn't " +
      'start with them. Staff first, then returning customers who have saved addresses and ' +
      "cards, since they're the ones the lab tested and the autofill actually helps. First-time " +
      'buyers only after that, and well before the campaign starts, so we meet them at a small ' +
      'share of traffic.\n' +
      '\n' +
      "Before we begin I'd write down the stop lines: checkout errors up more than 0.5 % " +
      'against the old flow, p99 page load more than 200 ms slower, and first-order conversion ' +
      'down more than 2 % against the baseline cohort, read separately for new customers so ' +
      "returning ones don't mask them. Stages at 2 %, 10 %, 25 %, 50 % and everyone, staying " +
      'two days at each, and at 25 % until a few thousand first orders have gone through.',
  },
  {
    id: 'ag009',
    scenario: 'model',
    class: 'middling',
    points: points('P R M'),
    text:
      'Quick thoughts on the bigger-model rollout before we meet:\n' +
      '\n' +
      "- Split of roles: the ML platform team handles serving and the traffic flag. I'm on the " +
      'hook for the release decisions, and for the cost answer Finance has asked for.\n' +
      '- Beyond errors and latency I want: hallucination rate from the eval harness on a sample ' +
      'of live chats (long payslip questions included, since the offline evals only covered ' +
      'short ones), thumbs-up/down, p95 response time, and tokens per conversation so Finance ' +
      'gets a real number.\n' +
      '- If it goes wrong: on-call flips the flag back to the current model. Any time of day, ' +
      'no need to find me first, live in a couple of minutes.\n' +
      '\n' +
      'Rest of the plan to work out with eng on Thursday.',
  },
  {
    id: 'ag010',
    scenario: 'service',
    class: 'middling',
    points: points('H S A'),
    text:
      "The team wants it everywhere by Thursday, and I'd resist that. The service is only " +
      'restarted on deploys and the benchmarks were short runs, so whatever a full day of ' +
      "uptime does to it won't have shown up anywhere yet. I'd go 5 %, 25 %, 50 %, 100 %, " +
      'holding each stage for at least 36 hours without a restart, so we see the service after ' +
      'a day and a half of running, not after an hour. Before each step up, the engineering ' +
      'lead and I both sign off; if either of us has doubts, it stays where it is.\n' +
      '\n' +
      "The other thing I'd say to the team: 20 % faster in a benchmark is a claim. The canary " +
      "won't prove it either; all it tells us is that listing pages aren't breaking. If we want " +
      "to say the new service is faster for buyers, that's a randomised A/B test afterwards.",
  },
  {
    id: 'ag011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "It's only the pricing page, and the checkout behind it doesn't change, so honestly the " +
      "risk is pretty low. I'd put the new table behind a feature flag, show it to some users " +
      "first and keep an eye on the dashboards for a bit. If nothing looks strange we'd open it " +
      "to everyone before Marketing's campaign goes out on Friday. If something does look off, " +
      'we can always turn it off again, have a think about what went wrong and take another ' +
      'look next week.',
  },
  {
    id: 'ag012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      'Cheaper and faster sounds like a win for everyone, and the clinics will appreciate it if ' +
      "the summaries come back quicker. I'd roll the new model out gradually and keep an eye on " +
      "how it's going. If the vets aren't complaining after a week or two, we'd move everybody " +
      'over and switch the old model off to save the money. The ML team know this area much ' +
      "better than I do, so I'd let them decide the details and ask them to keep me posted on " +
      'anything unusual.',
  },
  {
    id: 'ag013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Canary, new index layout, smaller index, cheaper hosting, infra, migration. Free tier, ' +
      'institutional licences, segments, cohorts, staff, beta. p50, p95, p99, tail latency, ' +
      'long-tail queries, many filters, benchmark coverage. 0.5 %, 200 ms, 2 %, baseline, ' +
      'control group. 1 %, 5 %, 25 %, 50 %, 100 %, 24 h holds, gates, sign-off, go/no-go. ' +
      'Rollback, on-call, config flag, under five minutes, runbook. A/B test, safe versus ' +
      'better, error budget, SLO 99.9, dashboards, observability, PM ownership, engineering ' +
      'ownership, stakeholders, data-driven, best practice.',
  },
  {
    id: 'ag014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'Recommendation model canary: feature stores, regional capacity, Singapore lunch peak, ' +
      'Berlin morning, time zones. Hallucination, eval harness, offline evals, thumbs-down, ' +
      'user feedback, p95, compute cost per request, tokens. Thresholds 0.5 %, 150 ms, 2 %, 25 ' +
      '%, baseline cohort, control. Employees, early access, regions, heavy shoppers, segments. ' +
      'Ramp 1 / 5 / 25 / 50 / 100, holds, 24 hours, gates, sign-off, ML lead, PM. Rollback, ' +
      'flag, on-call, minutes. Canary versus A/B, safe versus better, add-to-cart, baskets, ' +
      'metrics, all of it, end to end.',
  },
  {
    id: 'ag015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "I know the textbook answer is to write thresholds down before you start, but I wouldn't " +
      'pre-commit any numbers here. Nothing in the service changes, and bookings turn up hours ' +
      "later anyway, so whatever line we drew now would be arbitrary. I also wouldn't bother " +
      'with a staged ramp or holds between stages: the team wants it at 100 % this afternoon, ' +
      "and a date picker isn't worth three days of waiting. Choosing a careful order of who " +
      "goes first, staff and then early adopters and so on, doesn't really apply either, " +
      'because everyone books the same way. Sign-off at each step would just slow us down, and ' +
      "I don't see the need to set up a special fast rollback. And no A/B test afterwards; the " +
      'design reviews already told us what we need to know.',
  },
  {
    id: 'ag016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "Honestly, I'd skip most of the ceremony for a prompt rewrite. Separate numbers for " +
      "German users? I don't think we need them; it's the same prompt in both languages. I " +
      "wouldn't run hallucination evals or watch thumbs-down either: a change of tone doesn't " +
      'make the model invent facts, and thumbs-down is too noisy to act on. Token cost and p95 ' +
      "latency aren't really relevant to a few changed sentences. I'm not going to set rollback " +
      "thresholds ahead of time, and I wouldn't give the on-call engineer the power to revert " +
      "it on their own. I'd also not start with our own staff, because they aren't " +
      "representative of anyone. And I don't think we need a PM-versus-engineering split of " +
      'responsibilities for something this small.',
  },
  {
    id: 'ag017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text:
      'Leadership wants it out this week, and the nice thing about a canary is that it doubles ' +
      'as our experiment. The people who get reviews above the fold are the test group, ' +
      "everyone else is the control, and by Friday we'll know whether moving reviews up lifts " +
      "purchases. That's the number I'd take back to leadership.\n" +
      '\n' +
      'Order: staff first, then customers in our early-access programme, then ordinary shoppers ' +
      'in one smaller country, and customers with big baskets or open orders last, since a ' +
      'broken page annoys them most. Stages of 1 %, 10 %, 25 % and 100 %, staying at each for a ' +
      'full day and only moving on when the page has been clean the whole time. If the gallery ' +
      'breaks, the on-call engineer turns the flag off at any hour, without waiting for me, and ' +
      "it's off within a couple of minutes.",
  },
  {
    id: 'ag018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S'),
    text:
      "From a release point of view a model swap is just another back-end change, so I'd treat " +
      'it exactly like one. The ML engineers own the serving and the routing; my part is ' +
      'setting the numbers and signing off. In production the only things that tell you whether ' +
      'a model is healthy are error rate and latency. Vet ratings are too sparse here and the ' +
      "harness too slow to matter, so I'd leave quality out of the canary altogether.\n" +
      '\n' +
      'Before we start, written down: error rate more than 0.5 % over control, p99 latency more ' +
      'than 300 ms over control, or summaries completed per clinic per day down more than 2 % ' +
      'against the baseline clinics. Any one of those and we stop. The ML lead and I both sign ' +
      'before each increase in traffic.',
  },
  {
    id: 'ag019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "What I'd really focus on is the size guide itself. Most fashion size guides fail because " +
      "they use letter sizes that mean different things for different brands, so I'd build ours " +
      "on body measurements, with a short 'how to measure yourself' section and a fit note on " +
      "each product, like 'runs small, size up'. The larger photos are great, but they need to " +
      'be compressed properly and served in a modern format, or the pages will feel heavy on ' +
      "phones. I'd also add alt text to every image for accessibility and show each item on " +
      'models of a couple of different sizes. Done well, that should cut returns noticeably, ' +
      'which is where fashion retailers lose most of their margin.',
  },
  {
    id: 'ag020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "Good question. Before the rollout, I'd want to talk about the model itself, because I " +
      "think that's where the value is. Grocery recommendations are mostly about habit, so I'd " +
      'weight repeat purchases and the time since someone last bought an item much more heavily ' +
      'than browsing. Seasonal and regional features matter too: what people in Singapore buy ' +
      'for lunch has nothing to do with a weekly shop in Germany. For new customers with no ' +
      "history, I'd start from popular baskets in their postcode and learn quickly from the " +
      "first two or three orders. And I'd love to get the data science team and the category " +
      'managers in a room, because the best features usually come from people who know the ' +
      'aisles.',
  },
];
