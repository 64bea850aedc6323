import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-first fresh set, author a: middling (aa008–aa010), weak (aa011–aa012), salad (aa013–aa014),
 * negated (aa015–aa016), misconception-led (aa017–aa018) and off-topic (aa019–aa020) answers,
 * written blind, labelled by hand.
 */
export const TWENTY_FIRST_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'aa008',
    scenario: 'service',
    class: 'middling',
    points: points('C T R'),
    text: `quick thoughts on the checkout canary: the lab only had returning customers in it, so I'd be careful about who sees it first. Staff, then returning customers with saved details, and first-time buyers only after that, since they're exactly the people a one-page form might lose and they're most of the spring traffic. We roll back if first-order conversion drops more than 2 % against the old checkout or payment errors rise more than 0.5 pts; both numbers agreed before we start. Whoever's on call can flip the flag back without asking anyone, it takes a minute. Then we push it to everyone before the campaign.`,
  },
  {
    id: 'aa009',
    scenario: 'service',
    class: 'middling',
    points: points('P H A'),
    text: `Hi both, some thoughts on the resizer before Thursday.

The service itself and the rollout tooling are the image team's. What I'm on the hook for is how fast we move and how much risk we take on the way, and I don't think Thursday-everywhere is it.

The thing that bothers me is that the service only restarts on deploys. Whatever it does over a long day, a short test won't show. So I'd go 1 %, 5 %, 25 %, 50 %, 100 %, and each stage runs at least a full 24 hours without a restart before we move on, so we've seen a whole day of uploads at that size. That's most of next week rather than Thursday, and I'm fine with that.

Also, the 20 % faster figure is from benchmarks. The rollout won't prove it either way; the people who get the new resizer first aren't a fair comparison group. If we want to claim it's faster for sellers, that needs a proper A/B test once it's safely out.

We'd pick a random slice of listings to start and keep an eye on the graphs.

Thanks!`,
  },
  {
    id: 'aa010',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: `So for the bigger support model I'd start with our own support agents, because they know what a correct answer about a payslip looks like, then customers who signed up for early access, then small businesses, and the big employers last since a wrong answer there reaches thousands of staff. Before it goes out we'd agree what sends it back: hallucinated policy in more than 1 % of the conversations the eval harness grades, thumbs-down up more than 2 points against the current model, p95 response time more than a second slower, or cost per conversation more than 35 % higher, which is the number Finance is asking about anyway. Error rate too, obviously, but for this change errors are the least interesting signal. Once it looks okay with those groups we'd open it up to everyone.`,
  },
  {
    id: 'aa011',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Honestly this one is low risk. It's the pricing page with a nicer comparison table, the checkout behind it doesn't change and nothing in the backend changes. I'd put it live for some of our visitors early in the week, keep an eye on how signups look, and then switch everyone over in time for Marketing's campaign on Friday so the links go to the new page. If anything looks strange we'd talk to the web team and figure it out. I wouldn't overthink it.`,
  },
  {
    id: 'aa012',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `First thing I'd do is get someone who speaks German to read the new prompt, since the review was only done in English and a lot of our users write in German. Then I'd release it gradually and see what users think. The whole point of the change is to sound friendlier, so feedback matters more than anything here. If people don't like the tone we can change the prompt again, it's only text. I'd also tell Support it's coming so they're not surprised.`,
  },
  {
    id: 'aa013',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary. New index layout, smaller, cheaper. Free tier / institutional licences. Internal → beta → free → institutional. 1 % 5 % 25 % 50 % 100 %. p50, p99, 200 ms, 0.5 %, −2 % searches per session. Rare queries, many filters, tail latency. Pre-committed thresholds. Hold 24 h, gate, metric-based, sign-off PM + eng lead. Rollback < 5 min, on-call, config, routing, no redeploy. Canary vs A/B, safety vs better, randomised. Hosting cost −30 %. SLO, error budget, dashboards, alerts.`,
  },
  {
    id: 'aa014',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `cheaper faster model summaries vets clinics — eval harness 1 in 200 → 1 in 10 — hallucination rate 1 % 0.3 % — thumbs down, edits, ratings sparse — p95 4 s tokens cost per summary — cohorts internal vets beta clinics multi-site last — 1 5 25 50 100 — holds 400 1000 graded — sign-off eng lead clinical advisor PM — rollback gateway 5 min on-call — canary safe ≠ better, A/B — few hundred a minute peak`,
  },
  {
    id: 'aa015',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `I know the textbook answer is to fix rollback numbers before you start. I wouldn't, not for bigger photos and a size guide; nobody can say what a sensible conversion line is for that until they've seen the data. The usual staff-first, then beta, then customers order isn't worth the trouble here either, staff don't even buy, so that stage tells you nothing. Ramping in stages with a hold and a signature at each one would be overkill for a product page. And I'm not comfortable with an on-call engineer rolling it back alone in the middle of the night; I'd want the team to look at it together and do a proper redeploy if it really comes to that. People also say the canary isn't the A/B test. For a change this small I don't see why we'd run both.`,
  },
  {
    id: 'aa016',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `Some people would want an eval harness, user feedback tracking, p95 latency and compute cost per request on the dashboard before launching a recommendation model. I don't think any of that earns its keep here. Recommendations either load or they don't, so I'm not going to build a quality gate. Same for the Singapore lunch peak: putting someone on call at 6 in the morning in Berlin, or letting the Singapore team roll back on their own, is more process than this needs. I also wouldn't agree limits in advance or hold at 1 % and 5 % for days waiting for sign-offs; the feature stores will either cope or they won't, and we'll see it quickly enough. And I'd skip the randomised A/B test afterwards that people like to add; I don't see what it would tell us that we'd act on.`,
  },
  {
    id: 'aa017',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: `Leadership wants this out this week and it's cosmetic, so the canary is our chance to prove that reviews above the fold sell more. The web team handles the deploy and the flag; I own when we widen it and what we do with the result. We put 10 % of visitors on the new page and compare what they buy with last week's numbers. If the canary group converts better, that's our evidence the change works and I'll share it with leadership as the win. We go 1 %, 10 %, 50 %, 100 %, holding 24 hours at each step and only moving on if nothing is broken. The on-call developer can switch the flag off at any time without checking with me; it takes about a minute.`,
  },
  {
    id: 'aa018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T S R'),
    text: `A model is a service like any other once it's behind an API, so I'd monitor it the same way: error rate and latency. Quality was already settled offline, the evals went up three points, so I don't see a reason to track hallucinations or user ratings in production, and cost is something Finance can read off the invoice at the end of the month. My job is the go/no-go; the ML platform team does the actual switching. Before we start, the eng lead and I write down the limits: error rate more than 0.5 points above the current model, or p99 latency more than 300 ms worse, and we roll back. Each time we widen exposure, the eng lead and I both sign off. If a limit is crossed, the on-call engineer reverts the model config straight away, any hour, without waiting for us; it's back on the old model in a few minutes.`,
  },
  {
    id: 'aa019',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `What I'd want to understand first is why guests abandon the booking page at all. In the research I've seen, people often pick dates, leave to talk it over with a partner, and come back on another device, so the date picker has to make a half-finished choice easy to pick up again. I'd run five or six moderated sessions with couples planning a trip, watch where the new picker slows them down, and check it with a screen reader and on small phones, because a calendar grid is hard to get right for accessibility. The shorter form is good, but I'd be careful about dropping the field that asks how many guests are coming: hosts rely on it, and if we lose it they'll start messaging guests, which is its own kind of friction. I'd also line the copy up with how hosts describe their cancellation rules so nothing surprises anyone at the last step.`,
  },
  {
    id: 'aa020',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The bigger question for me is why so few vets use the summaries properly in the first place. Small clinics are busy, the vet writes notes between appointments and rarely goes back to the tool. I'd visit three or four clinics, sit with the nurses and the practice manager, and see where the summary actually ends up: pasted into the client email, printed, or ignored. My guess is we'd get far more value from a template the clinic can adjust, and a per-clinic price that doesn't punish the busy ones, than from any change of model. I'd also talk to the practice-software vendors about a direct integration so nobody has to copy and paste.`,
  },
];
