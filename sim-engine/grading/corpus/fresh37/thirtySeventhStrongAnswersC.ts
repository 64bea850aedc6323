import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Thirty-seventh fresh set, author c: strong answers aq041–aq047, written blind, labelled by hand. */
export const THIRTY_SEVENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'aq041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Mon 09:00 - Kick-off with the assistant's eng lead and Finance. I bring the rollback limits on one page and we both sign it before anything moves: answer errors no more than 0.3 points above the current model; p95 time to a complete answer no more than 1.5 s slower; hallucination rate on the eval harness (payslip, leave and settings questions checked against our policy docs) no more than 1 point above today's; thumbs-down no more than 15 % worse, relative; cost per conversation under 4 cents, which is the ceiling Finance gave us. Routing, the gateway config and the dashboards are engineering's. The order, the limits, the holds and the go/no-go are mine.

Mon 11:00 - New model on for our own HR and payroll staff. They know the right answers, so a wrong leave calculation gets flagged the same day.

Tue 10:00 - Review. If nothing tripped, the eng lead and I sign the move to 2 % of customer conversations: small-business admins from the opted-in beta list. Enterprise payroll customers, and any customer within three days of a payroll run, stay on the old model.

Tue-Thu - Hold at 2 %. The gate is evidence, not the clock: at least 24 hours with every limit green and 3,000 graded conversations.

Fri 10:00 - 10 %, still beta and small business. Nothing advances over the weekend.

Mon 10:00 (week 2) - 25 %. First stage with enough volume to read the escalation-to-human rate. Hold 48 hours.

Wed 10:00 - 50 %, enterprise accounts included now.

Fri 10:00 - 100 %.

Every one of those moves needs the eng lead's sign-off and mine, written in the release channel.

Any hour, any day - if a limit is crossed, the on-call engineer switches the route back to the old model without calling me first. It's a gateway setting and takes about two minutes. I want to hear about it afterwards, not be asked.

After - all of this tells us the bigger model is safe and what it costs. It doesn't tell us it helps people more than the old one. The three-point offline gain only becomes a claim after a randomised A/B test, two weeks, resolution rate as the main metric.`,
  },
  {
    id: 'aq042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `Right, so. The first thing I'd say is the prompt going out is mine, in the sense that I own the decisions around it: who gets it first, what'd make us pull it, how long we sit at each stage. The engineers own the plumbing, the routing and all that.

Now what'd worry me here is the German side. The only people who read the new prompt were English speakers, and "warmer and more casual" in German is grand until it starts saying "du" to somebody's solicitor. So staff first, and I'd make sure we've the German-speaking staff in that, the Munich crowd, not just the lads in Dublin. Then the opted-in beta users, English and German both, then the general users, and the big business accounts last, because they're the ones who'd be mortified.

Before we flip anything we agree the limits, written down, with numbers on them. Thumbs-down rate per language no more than 10 % above the old prompt. An eval set of German emails where the harness checks the form of address: if more than 2 % come back with "du" where it should be "Sie", that's a rollback. Hallucination rate on the eval no more than half a point worse. p95 latency no more than 300 milliseconds worse, and tokens per reply within 10 %, because a warmer prompt tends to get wordy.

The ramp is 1 %, 5 %, 25 %, 50 %, then everyone, and we hold at each one till we've two full days of data in both languages. German's only a quarter of the traffic so it needs the time. Myself and the eng lead sign off every step up.

And if any of those lines is crossed, the on-call person rolls it back there and then, middle of the night or not, no need to ring me. It's a config switch back to the old prompt, a couple of minutes.

And look, none of that tells you the warmer tone is actually better. That's an A/B test afterwards, properly randomised, per language.`,
  },
  {
    id: 'aq043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `What do I own, and what does engineering own?
The decisions: which clinics get the cheaper model first, the rollback limits, how long we hold, and when we move on. Engineering owns the model routing and the eval pipeline; the on-call rota is theirs too.

Who goes first, and why?
Our own staff vets on the internal demo clinic, then the clinics in the early-access programme, because they rate summaries far more often than anyone else, and with feedback this thin that matters. Then single-vet practices in general. Multi-site groups and clinics that joined in the last month go last; a bad summary in a patient record in your first weeks loses the customer.

What makes us roll back?
Agreed and signed before the first note goes through the new model:
- hallucination rate in the eval harness (drugs, doses or findings that aren't in the notes) more than 1 point above the current model
- omitted medications or allergies in more than 0.5 % of graded summaries
- thumbs-down more than 20 % worse, relative, read only once the canary has 150 ratings
- p95 time to summary more than 2 s slower, or errors more than 0.5 % above control
Cost per summary is why we're doing this, so if it isn't at least 30 % cheaper we stop and ask why.
The harness grades one summary in two hundred, which at 5 % of a few hundred a minute is a handful an hour. For the canary we raise that to one in ten on canary traffic and on a matched control sample, otherwise we're flying blind.

How fast do we move?
2 %, 5 %, 20 %, 50 %, 100 %. We advance on evidence, not the clock: at least 400 graded canary summaries and 150 ratings, all limits green. At 2 % that's probably two or three days. No advances on a Friday.

Who says go?
The ML lead and me, together, in writing in the release doc, at every gate. Our clinical lead can veto on the harness numbers.

Who pulls the plug?
Whoever is on call, at any hour, without asking anyone. It's a routing flag back to the old model and takes under five minutes. Summaries the new model wrote in the meantime are flagged for the vet to recheck.

Does this prove the cheaper model is just as good?
No. It shows it isn't dangerous. Whether vets are as happy with it is a randomised A/B comparison over a few weeks, with how much vets edit the summaries as the main measure.`,
  },
  {
    id: 'aq044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: `In plain terms:

My job is deciding who sees it when, what counts as bad enough to stop, and when we go further. The engineers handle the switch itself.

Who first: our own staff, then customers who signed up to try new features, then ordinary shoppers in Europe and Singapore both. Our biggest weekly spenders see it last.

When we stop, written down before we start: more than 1 in 200 home screens failing to load; the slowest 5 % of screens getting more than half a second slower; baskets added from recommendations down more than 3 %; "not interested" taps up more than 10 %; computing cost per screen up more than 20 %, or the Singapore data store running above 70 % busy.

How fast: 1 % of shoppers, then 5 %, 25 %, 50 %, everyone. Each step is held at least two days, so it lives through two Singapore lunch rushes (around 6 a.m. Berlin time). The engineering lead and I both agree before each step.

Switching back: whoever is on call, including overnight, can do it in about two minutes without asking anyone.

What this won't tell us: whether the new model sells more. That needs a fair test afterwards where shoppers are split at random.`,
  },
  {
    id: 'aq045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `Quick version, between calls. I own order, limits, holds and the go decision; eng owns the deploy and the traffic split. Order: our internal test shops, then beta sellers, then small sellers, top sellers last. Limits agreed today: image errors +0.3 %, p99 listing image load +150 ms, listing-page conversion -2 % vs control, resizer memory growing more than 5 % an hour. Ramp 1, 5, 25, 50, 100, each held at least 24 h because a leak only shows after a day without restarts, so Thursday everywhere isn't happening. Eng lead and I sign each step. On-call rolls back any hour without asking, it's a routing flip, under 5 min. The "20 % faster" is a claim for an A/B test later; the canary only says it's safe.`,
  },
  {
    id: 'aq046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `I'd lay this out by who is Responsible, Accountable, Consulted and Informed, because on a migration the confusion is usually about who is allowed to do what.

I'm accountable for the release decisions: the order in which workspaces move, the rollback limits, the hold at each stage and the call to advance. The platform team is responsible for the proxy, the read routing and the migration tooling. That's theirs and I wouldn't pretend to run it.

Our own workspaces move first, because we live in the tool all day and we're forgiving. Then the workspaces in the early-access programme, then small teams on the free and starter plans. Large paying workspaces, and anyone who signed up in the last two weeks, go last.

The platform lead and I agree the limits in writing before any reads move: task-read errors more than 0.2 % above the old cluster, p99 page load more than 250 ms worse, task updates completed down more than 2 % against the group still on the old storage. The load tests ran with warm caches, so we also stop if the proxy's connection pool runs above 80 %.

Stages are 1 %, 5 %, 25 %, 50 %, 100 %. Each one holds until it has come through a full weekday peak, European morning and US afternoon, with everything inside the limits. The month-end decommission doesn't shorten that; if we run out of time, we extend the old cluster.

The platform lead is responsible for proposing each advance, I'm accountable for approving it, and the database on-call is consulted before we move. Support and the account managers of the big workspaces are informed at every step.

For rollback, the on-call engineer is responsible and doesn't need to consult anyone, at any hour. It means pointing the proxy's reads back at the old cluster, and we'll have rehearsed it at under four minutes. Writes go to both clusters during the canary, so switching back loses nothing.

Leadership is informed at the end that this shows the new storage is safe. It doesn't show customers get a faster product; if we want to say that, it's a randomised A/B comparison.`,
  },
  {
    id: 'aq047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: `The closest thing I've run is moving driver payouts to a new service last year. It went well, so I'd copy what worked and adjust for the night traffic here.

What worked then was being clear on my part: the order of cities and riders, the rollback numbers, the holds and the go/no-go. Engineering owned the service and the routing. Same split here.

We started with employees' own trips, then riders in our beta programme, then one mid-sized city, and left the biggest cities and corporate accounts to the end. Here I'd do staff, beta riders, one smaller city, and the weekend-night markets and business accounts last.

We wrote the rollback numbers down on day zero: fare-quote errors up more than 0.2 %, p99 quote time up more than 300 ms, trip requests completed down more than 1.5 % against riders still on the old service. For this one I'd add a fourth: quoted and charged fare differing in more than 0.1 % of trips, because pricing shares the nightly batch window with billing.

Stages were 1, 5, 25, 50 and 100 %, each held until it had come through a full night peak without a breach. That matters even more here: starting on a Tuesday evening means the first night and the batch window arrive within hours. My eng lead and I signed off every step.

What really made payouts go smoothly was rollback authority. The on-call engineer could flip routing back to the old service at 2 a.m. without waking anyone, and it took about three minutes. I'd write exactly that into this runbook.

And like then, the canary only shows the new pricing service is safe. Whether it prices better is an A/B test afterwards, with random assignment.`,
  },
];
