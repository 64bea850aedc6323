import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighteenth fresh set, author b — strong answers (i021–i027), written blind and labelled by hand.
 * 4 on model/prompt scenarios, 3 on service scenarios; each in a different voice.
 * `scenario` is the fixture kind; the built-in scenario each answer was written for is in LABEL-NOTES-b.md.
 */
export const EIGHTEENTH_B_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    // support-model-upgrade — numbered questions the candidate asks and answers
    id: 'i021',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `1. What is mine and what isn't? The ML platform team owns the gateway routing and the eval pipeline. I own who goes first, the numbers that stop us, how long we sit at each step, and the go/no-go at each step.
2. Who sees the bigger model first? Our own support agents — they answer payslip and leave questions all day and will spot a wrong answer instantly. Then the preview programme, then workspace admins, who push the assistant hardest on settings and will tell us precisely what broke. Members after that. Trial accounts and enterprise customers come last: one wrong payslip answer during a trial loses the sale, and an enterprise customer's HR team escalates.
3. What stops the rollout? Written down and agreed with the eng lead before the first conversation is routed, each measured against the old model running alongside:
   - hallucination rate from the eval harness above 4 % (today about 3 %)
   - thumbs-down above 8.5 % (today 7 %)
   - p95 response time more than 700 ms slower
   - errors up more than 0.5 points
   - cost per conversation more than 35 % over the old model — Finance gets this number before we start
   - hand-offs to a human agent up more than 2 % relative
4. How do we ramp? 1 %, 5 %, 25 %, 50 %, 100 %. We move on only when a stage has been clean for at least 48 hours and has at least 1,000 graded conversations behind it; the 25 % stage has to run across a payroll date, when payslip questions spike.
5. Who says go? The eng lead and I both sign each step in the release channel. If either of us isn't sure, we stay where we are.
6. Who pulls the plug? The assistant's on-call engineer, day or night, without asking anyone. It's a gateway config change back to the current model — a couple of minutes, no deploy. I hear about it afterwards.
7. If it comes through clean, is the bigger model better? No. A clean canary only says it's safe to run. Whether the three offline points are real for our users, and worth the extra cost, gets settled by a randomized A/B test: resolution rate and cost per resolved conversation over two weeks.`,
  },
  {
    // prompt-locale-thumbs-down — decision log with dated entries
    id: 'i022',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Release log — warmer system prompt (v2), email writing assistant

Mon 13 Apr — Ownership. Prompt engineering owns the prompt versions and the gateway split. I own the exposure order, the stop criteria, the hold rules and the go/no-go. Agreed with Lena (eng lead).

Mon 13 Apr — Order decided: (1) employees, deliberately including our German-speaking colleagues in the Munich office; (2) early-access writers; (3) English-language users; (4) German-language users, at a small share of their own so their numbers aren't averaged into the English ones; (5) business teams last — formal correspondence, our highest-value accounts, least patience for a chummy tone.

Tue 14 Apr — Stop criteria frozen before any traffic moves. Every figure per language, against users still on the v1 prompt:
· thumbs-down more than 2 points above v1 (baseline around 8 %)
· eval harness: drafts with invented facts above 3 % (baseline 2 %); German register check — replies switching from "Sie" to "du" in more than 2 % of drafts
· p95 latency more than 250 ms worse; tokens per draft more than 20 % higher (a chattier prompt costs money)
· errors up more than 0.3 points

Tue 14 Apr — Ramp: 1 % → 5 % → 25 % → 50 % → 100 %, tracked per language. Minimum 24 h per stage and at least 1,500 rated drafts in that language before the next one. German does not advance on the strength of English numbers.

Tue 14 Apr — Each advance needs two signatures, mine and Lena's; for the German stages Katrin from the German content team signs as well.

Tue 14 Apr — Rollback: whoever is on call for prompts reverts to v1 the moment a line is crossed, any hour, no approval needed. Pinning the prompt version in config takes about a minute. They post in #release afterwards.

Wed 15 Apr — Note for leadership: a clean canary shows v2 doesn't break anything. It does not show the warmer tone is better. That question gets a separate randomized A/B test on draft acceptance and retention once v2 has passed the canary.`,
  },
  {
    // quiet-feedback-trap — spoken answer transcribed with little punctuation
    id: 'i023',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `okay so first thing is what's actually mine here engineering runs the model gateway and the eval pipeline that's theirs but the order of clinics the stop numbers how long we sit at each step and the call to move on that's me and I'd write all of that down before a single summary goes to the new model so the thing with this product is it's tiny a few hundred summaries a minute at peak and hardly any vet clicks a rating and the harness only grades one in two hundred so at five percent we'd basically see nothing so for the canary I'd ask them to grade every canary summary with the harness or at least one in ten which costs a bit but that's the point and we compare against the old model on the same days so who goes first our own staff then the pilot clinics because they signed up for this and they actually ring us when something's off then ordinary clinics and the hospital groups last they're the big contracts and they'd notice a summary that invents a medication the stop numbers are hallucination rate from the harness more than one and a half points over the old model which sits around four percent thumbs-down more than three points over the ten percent we have now p95 latency no worse than the old one plus half a second and cost per summary has to actually come down that's why we're doing this so if tokens per summary go over twenty-five hundred we stop and errors up more than half a point ramp is two ten thirty sixty a hundred percent and I don't move on a clock I move when a stage has at least five hundred graded summaries and three clinic days without a breach me and our clinical lead who's a vet both sign each step and if anything trips the on-call engineer flips the route back to the old model in the gateway config that's a couple of minutes no redeploy and they don't need to wake me up to do it and last thing a clean canary only says the cheaper model is safe enough it doesn't say vets like the summaries as much if we want to claim that it's a proper randomised A/B test afterwards`,
  },
  {
    // lunch-peak-recommendations — heavy use of the scenario's product jargon
    id: 'i024',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Ownership split: recsys eng and data platform own model serving, the FS clients and the flag. I own cohort sequencing, the kill criteria, the soak rules and the promote calls.

Sequencing: staff → preview programme → DACH general (DE/AT) → SG/KL general → Plus last. DACH before SEA on purpose: the SEA feature store is where the extra feature reads land hardest, at the SG lunch peak, so I want basket quality settled in the region we're awake for before we add FS load in the region we're asleep for. Plus are our highest-AOV baskets, so they wait until both regions have soaked.

Kill criteria, locked in the launch doc before the flag flips, all vs the control slice on the old model, per region:
- home-screen p95 +120 ms; FS read p99 +50 ms or FS timeout rate above 0.5 %
- 5xx / fallback-to-popular rate +0.3 pp
- add-to-basket from recs down more than 2 % relative
- eval harness on sampled baskets: unavailable or out-of-region SKU rate above 3 % (today ~2 %)
- "not for me" dismissals (our thumbs-down) +1.5 pp over ~6 %
- compute per request (feature reads + inference) +30 %

Soak: 1 % → 5 % → 25 % → 50 % → 100 %. Metric gates, and every stage must include one full SG/KL lunch peak (roughly 05:00–08:00 Berlin) and one DACH evening peak with zero breaches before promote. No promotes on vibes.

Promote sign-off: me + recsys EL; for the SG/KL stages also the APAC ops lead in Singapore, since they watch the peak live.

Rollback: the on-call SRE — follow-the-sun, so Singapore on-call owns the 05:00 Berlin window — flips the flag back to the old model without asking anyone; config push, under 3 min, plus an auto-rollback on FS timeout breach. Nobody waits for Berlin to wake up.

And to be clear with leadership: a green canary means the model doesn't hurt us. Whether the new baskets sell more is an A/B question — randomised 50/50 across both regions, two weeks, AOV and ATB.`,
  },
  {
    // storage-migration-under-load — plain-text table with pipes
    id: 'i025',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Topic          | Plan for the move to the managed cluster
---------------|------------------------------------------------------------------------------
Who owns what  | Platform and SRE own the proxy, the dual writes and the cutover mechanics. I own the order, the stop numbers, the holds and the go/no-go.
Order          | Staff → beta programme → free workspaces → paid teams → enterprise tenants. Free first because a slow board costs us little there; enterprise last because they're on contracts and the biggest tenants are the heaviest readers.
Stop numbers   | Agreed in the launch doc before the first read goes through the proxy, measured against tenants still on the old database: errors more than +0.3 pp; p99 read latency on page load more than +150 ms; tasks created per active user down more than 2 %.
Ramp           | 1 % → 5 % → 25 % → 50 % → 100 % of tenants. Each stage stays put at least 24 h and until it has lived through a Monday-morning peak, including one restart so the caches start cold, without touching any line.
Who says go    | The database lead and I both sign each step on the ticket; the enterprise step needs the head of SRE as a third name.
Rollback       | On-call SRE flips the proxy route back to the old cluster as soon as a line is crossed, day or night, nobody's sign-off needed. Writes go to both clusters during the canary, so it's a routing change and done in under 5 minutes.
Old cluster    | Stays up until we've run at 100 % for a full week. If that goes past month-end, we pay for the extra week.
What it proves | A clean run says the managed cluster holds up under real load. It does not say it's faster or better for users; if anyone wants to claim that, it takes a randomized A/B comparison.`,
  },
  {
    // payment-sdk-android-bursts — American startup register
    id: 'i026',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `OK so here's how I'd ship the new payment SDK without torching Friday dinner.

Who owns what: payments eng owns the SDK integration, the remote flag and the rollout tooling. I own who gets it when, what numbers kill it, how long we sit at each step, and the call to go further. No biggie, but that split needs to be said out loud up front.

Who goes first: our own people, then the beta testers. Then web, iPhone and Android each get their own slice — we're not gonna blend platforms, because an Android-only problem gets averaged into nothing if you stare at the total. Loyalty members go last; they order the most and they're the ones who tweet.

Kill numbers — we write them down and get eng to agree before a single order hits the new SDK, per platform, against people still on the old SDK: payment failures more than 0.3 points over control (we're at about 0.4 %), p99 payment time more than 400 ms slower, completed orders down more than 2 % relative. And we look at them in 5-minute windows, not just daily averages, because payment trouble tends to come in spikes.

Ramp: 1 %, 5 %, 25 %, 50 %, 100 %. We kick off on a Monday, sit at least a day at each step, and 25 % has to get through one full Friday dinner rush clean before we go anywhere near 50. Nobody ramps on a Friday afternoon, period.

Sign-off: me and the payments eng lead both say go at each step. If one of us is nervous, we wait.

Rollback: the on-call payments engineer can kill it anytime, 3 a.m. or Friday 7 p.m., without pinging me. It's the remote flag — the app drops back to the old payment path in a couple minutes, no app store release.

And the canary's just telling us it's safe to ship it. Whether wallet payments actually lift orders, that's a real A/B test afterwards, randomized, a couple of weeks.`,
  },
  {
    // night-breach-rollback-authority — sub-bullets with arrows
    id: 'i027',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Fare calculation → new pricing service
- What's mine vs engineering's
  → pricing eng runs the service and the traffic split; I decide the order, the breach lines, the holds and each go
- Order
  → staff → beta riders → riders → business accounts last
  → business accounts are invoiced monthly; a wrong fare there is a billing dispute with a company, not one annoyed rider
- Breach lines (fixed before Tuesday evening, vs riders on the old service)
  → fare quote errors more than +0.3 pp
  → p99 quote time more than +150 ms
  → booked trips per quote down more than 2 % relative
  → quoted vs billed fare mismatch on more than 0.5 % of trips
- Ramp
  → 1 % → 5 % → 25 % → 50 % → 100 %
  → each stage held at least 24 h and must include one nightly batch window shared with billing; 25 % also has to cover a Friday-to-Saturday night peak
  → metric gate: no advance if any line was touched, even once
- Go decisions
  → me + pricing eng lead sign each step; the billing lead co-signs before 25 %, since the batch window is theirs too
- Breach at 2 a.m.
  → the on-call SRE for pricing rolls back on their own authority — no call to me, no waiting for morning
  → rollback = routing config back to the old fare service, under 5 min; not a redeploy
  → they write it up and we go through it in the morning
- What the canary won't tell us
  → it says the new service is safe to run; it does not say the new fares are better for the business
  → if that's the claim, a randomized A/B test answers it`,
  },
];
