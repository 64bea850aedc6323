import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifteenth fresh set, author c: middling (a048–a050), weak (a051–a052), salad (a053–a054),
 * negated (a055–a056), misconception-led (a057–a058) and off-topic (a059–a060) answers,
 * written blind and labelled by hand.
 */
export const FIFTEENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'a048',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: "I'd give the new SDK to employees first, then the beta testers, and after that I'd move the app platforms separately rather than all at once: web first, then iPhone, then Android, because Android has the most device variety and it's where a new payment library is likeliest to misbehave. Loyalty members come last since they order the most and a failed payment on a Friday night is the one they remember. Before any of this I'd write down what counts as broken: payment failures more than 0.5 points above the old SDK on any single platform, or p99 payment time more than 400 ms worse. If either trips, the on-call engineer switches payments back to the old SDK in the payment config, at any hour including Friday dinner, without waiting for anyone to approve it; it takes a couple of minutes. Once the platforms are all on it, we roll it out to everyone.",
  },
  {
    id: 'a049',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: "Hi Priya,\n\nQuick summary of how I want to run the resizer rollout before tomorrow's sync.\n\nSplit of work: engineering owns the deploy, the traffic split and the dashboards. My part is deciding when we move forward and when we don't.\n\nWe'd go 1 %, 10 %, 50 %, 100 %, and at every step we sit for at least a full day of uptime before considering the next one. The service only restarts when we deploy, so anything that builds up over hours (memory, slow garbage collection) would only show after a long run; a quick ramp would hide it. Moving up needs both me and the service's tech lead to sign off in the release ticket, and if either of us isn't comfortable we stay where we are.\n\nThat puts us past Thursday, I know. I think a benchmark that ran for minutes doesn't tell us enough to skip it. We'll keep an eye on things throughout.\n\nThanks,\nJonas",
  },
  {
    id: 'a050',
    scenario: 'model',
    class: 'middling',
    points: points('H M A'),
    text: "The thing I'd build the plan around is time zones. Stages of 5 %, 25 %, 50 % and then everyone, with no stage shorter than 24 hours, so every region has lived through its own lunch and dinner rush at that exposure before we go up. The Singapore lunch peak happens while Berlin is asleep, so an afternoon of clean graphs in the office proves nothing about it.\n\nBecause it's a model, I wouldn't stop at errors and latency either. I'd watch click-through and add-to-basket on the recommended baskets, the share of home screens that fell back to a default basket, p95 recommendation latency per region, and compute cost per request, since the new model reads more features from the stores.\n\nAnd I'd be clear with the team that a clean canary means the model is safe to run, not that it recommends better baskets. For that we'd set up a randomised A/B test afterwards and let it run a couple of weeks.",
  },
  {
    id: 'a051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "I think for this one I'd keep it simple. It's a change to the pricing page and the checkout behind it doesn't change, so the risk is pretty low. I'd put the new page in front of some users first and see whether anything looks off, and if it looks fine, release it to everyone in time for Friday's campaign. If conversion seems to drop we'd get together with the team, look into why, and decide what to do. I'd also keep marketing in the loop, since the campaign links to the page and they'll want to know it's ready.",
  },
  {
    id: 'a052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "Since it's just a prompt change, I'd mostly focus on testing it well before it goes out. I'd have the team try it on a bunch of emails, including a few German ones, and tweak the wording until it feels right. Then I'd release it gradually and see how it goes. Users are usually pretty vocal, so if people don't like the new tone we'll hear about it, and we can always adjust the prompt again. Prompts are cheap to change, which is the nice thing about them. I'd also write a short note in the release notes so users know why the assistant sounds different.",
  },
  {
    id: 'a053',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. Index layout, smaller, cheaper. Staff, labs users, heavy researchers, readers, institutional licences. p99 1.5 s, p95, median 10 ms faster. Thresholds 0.5 % errors, 200 ms p99, conversion 2 % baseline cohort control. Ramp 1 % 5 % 25 % 50 % 100 %, hold twelve hours, metric-based gate, time-based gate. Sign-off PM, eng lead, on-call. Rollback routing config five minutes 24/7. Three-plus filters full scan one in forty. A/B randomised, safe versus better, statistical significance. Tail latency, average, median, percentile. Institutions last, labs first, researchers power users. Dashboard, alerting, SLO, error budget, p99 p99 p99.',
  },
  {
    id: 'a054',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'System prompt, warmer, casual. German 25 %, English 52 %, business teams 15 %, staff 2 %, early-access 6 %. Du, Sie, formal address. Thumbs-down 8 % baseline, +150 %, rewrite rate. Hallucination 2 %, eval harness 1 % sample, tokens per query 600, p95 700 ms. Canary 1, 5, 25, 50, 100. Hold per language, gate, sign-off PM and assistant lead. Rollback prompt version config, on-call, two minutes. Pre-committed thresholds, per-segment, not average. A/B test, canary safety, better. Model metrics, user feedback, token cost, latency p95, error rate 0.2 %. Ownership PM engineering.',
  },
  {
    id: 'a055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly I wouldn't over-engineer this. Staff get releases first anyway because that's how our pipeline works, so I wouldn't spend time designing a cohort order beyond that; after staff, a random slice is as good as any. I also wouldn't write rollback thresholds down in advance. Every release behaves differently and I'd rather judge it when I see the numbers. Holding at each stage for hours isn't something I'd do for bigger photos and a size guide, and I don't want a sign-off step before every increase either; it slows the team down for no reason. Letting the on-call engineer roll back on their own isn't something I'd allow: they'd check with me first. And I wouldn't bother with an A/B test afterwards, or with the ownership split between product and engineering. It's a product page. We ship it.",
  },
  {
    id: 'a056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I wouldn't fix rollback numbers up front for this one. The eval harness only grades one summary in two hundred, so I wouldn't lean on it, and vets hardly ever rate summaries, so I'd ignore thumbs-down as well. Token cost isn't worth watching either, since the cheaper model is the whole point. I don't see value in holding at 5 % or 25 % for a day, or in ordering clinics carefully; a pilot-clinics-first sequence just delays things. I also wouldn't make the PM own any of this or put a sign-off on each step. The ML team can run it however they like. If something looks wrong at night, I wouldn't have on-call roll back on their own; it can wait for the ML lead in the morning. And no A/B test afterwards, it's not needed.",
  },
  {
    id: 'a057',
    scenario: 'service',
    class: 'misconception',
    points: points('P C R'),
    text: "The nice thing about this release is that the canary doubles as our experiment, so leadership gets its answer this week. I own which customers see it and when, and the call on whether it worked; the web team owns the flag and the deploy.\n\nOrder: employees first, then the members' club, then casual visitors, regular customers, first-time buyers, and guides and clubs last, because they buy the most expensive kit and complain the loudest.\n\nOnce the new page is at a quarter of traffic, we compare conversion in the canary against control. If the canary converts higher, that's our proof that reviews above the fold sell more, and we announce the win without needing a separate A/B test. If it's lower, the page hurts sales.\n\nIf anything breaks along the way, the on-call engineer turns the flag off straight away, any hour, without waiting for me, and the old page is back within about two minutes.",
  },
  {
    id: 'a058',
    scenario: 'model',
    class: 'misconception',
    points: points('T H S'),
    text: "For a recommendation model, the only things that really tell you whether it's healthy are errors and latency. Click-through, basket quality and so on are too noisy to read in a canary and don't belong in it; if the service answers quickly and doesn't throw errors, the model is fine.\n\nSo before we start, the ML lead and I write down the two limits and stick to them: error rate more than 0.3 percentage points above control, or p99 latency more than 250 ms above control, and we stop.\n\nThe ramp is 1 %, 5 %, 25 %, 50 %, 100 %, and each stage holds for 24 hours so both Europe and Singapore go through a full day, including the Singapore lunch rush, which is early morning for us in Berlin. The ML lead and I both sign off in the release channel before each step up, on the numbers from the whole day rather than from our office hours.",
  },
  {
    id: 'a059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "For the pricing page itself, I'd start from what creators are trying to decide. Most people land on it comparing the free plan to the paid one, so the table should lead with the three features that actually push people to upgrade: export resolution, watermark removal and cloud storage. Studios care about seats and admin controls, which deserve their own column rather than footnotes. I'd show annual pricing as a monthly equivalent with the saving spelled out, and keep the call-to-action button identical on every tier so the comparison is about the plans, not the buttons. For Friday's campaign, I'd make sure the landing link opens the page with the plan the ad promoted already highlighted, and check the page on mobile, where most campaign clicks arrive.",
  },
  {
    id: 'a060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "The real question for me is whether we should be on this model at all. Before anything ships I'd compare two or three vendors on our own payroll and leave questions, not public benchmarks, and look at the contract terms: data residency matters a lot for an HR product in Europe, and so does whether the vendor trains on our conversations. On finance's question, I'd negotiate a committed-use discount before switching, since per-token list prices are rarely what big customers pay. I'd also use the switch as a chance to clean up the prompt, which has grown by accretion, and to add a short disclaimer under answers about pay figures pointing users to their payslip. Longer term, I'd want an internal team that owns model selection rather than deciding it release by release.",
  },
];
