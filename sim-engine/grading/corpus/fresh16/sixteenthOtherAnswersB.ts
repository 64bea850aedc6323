import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixteenth fresh set, author b — middling, weak, salad, negated, misconception-led and off-topic
 * answers (d028–d040), written blind and labelled by hand. The comment above each entry names the
 * built-in scenario whose brief it answers.
 */
export const SIXTEENTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak — lowercase chat message
  {
    id: 'd028',
    scenario: 'service',
    class: 'middling',
    points: points('C H'),
    text: "ok so for the resizer — I'd go staff first, then beta sellers, then hobby sellers since they're lower stakes, professional sellers after that, and brand stores last because a broken listing page for them turns into an escalation and maybe a contract conversation. the thing that worries me is that the service only gets restarted on deploys, so if something creeps up over a day we won't see it in an hour of canary. so no rushing it out by thursday: every step (1%, 5%, 25%, 50%) sits for at least 36 hours, so we've watched it run a day and a half without a restart, and we only move on when memory and response times have stayed flat over that whole window. beyond that I'd keep an eye on the dashboards and work out with eng what to do if something looks off.",
  },
  // search-tail-latency — bullet list
  {
    id: 'd029',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      '- Limits, written down before we start and not touched afterwards: p99 query latency more than 250 ms above the old index; p99.9 for queries with three or more filters more than 1 s above it; search errors more than 0.3 % above control; result click-through down more than 2 % against the baseline.',
      "- Rollback: the search on-call can swap the read alias back to the old index at any hour without asking anyone. It's an alias swap, done in about a minute, and the old index stays hosted until we're sure.",
      "- We'll roll it out to users gradually over the week.",
      '- Nobody should expect the canary to show the new layout is better for researchers — it only shows it isn\'t breaking. If we want "better", that\'s a randomised A/B test.',
    ].join('\n'),
  },
  // booking-purchases-lag — short email to a manager
  {
    id: 'd030',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text: "Hi Marta — quick note on the date-picker release, since the team wants it at 100 % this afternoon and I'd rather we didn't. The engineers own the flag and the build; what I'm on the hook for is who sees it, in what order, and the go/no-go at each widening. I'd like employees first, then hosts browsing as guests (they book through the site themselves and will notice a broken calendar), then ordinary guests, and first-time guests last: they're the ones most likely to give up on a confusing form, and we don't get them back. Every widening needs a yes from me and from Joana as engineering lead, written in the release channel; neither of us can wave it through alone. I know that sounds slow for a change that looks cosmetic, but I'd take a slower afternoon over a lost week. — Sam",
  },
  // pricing-page-healthy — generic, optimistic first person
  {
    id: 'd031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "Since it's just a pricing page and the backend doesn't change, I don't think this one is very risky. I would release it to a small group of users first to make sure nothing looks wrong, and then release it to everyone in time for Friday's campaign. We should monitor the usual metrics and keep an eye on feedback from customers. If anything goes wrong the developers can fix it quickly. Good communication with marketing is key, so they know exactly when the page is live.",
  },
  // quiet-feedback-trap — hedging spoken answer
  {
    id: 'd032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think with a new model the main thing is testing. I'd want the team to test it really well before it goes anywhere near real clinics, and then, once we're happy with it, release it to some of the clinics and see how it goes. Vets are busy, so we probably can't rely on them too much, but if they're unhappy we'll hear about it. The new model is cheaper and faster, which is great, so I'd be fairly confident about it. After a while, if nothing bad happens, we roll it out to the rest.",
  },
  // staff-cohort-artifact — comma-separated jottings
  {
    id: 'd033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: "Canary release, staff, insiders, shoppers, newcomers, Plus members. Thresholds? Error rate, p99, conversion, 0.5 %, 200 ms, 2 %, baseline, cohort. Ramp 1 % 5 % 25 % 50 % 100 %, hold, gate, sign-off, metric-based, time-based. Rollback, on-call, config, five minutes, redeploy. A/B test, randomised, safe, better. PM owns, engineering owns, employees don't buy, artifact, size guide, larger photos, segment, dashboard, 24 h. Staff first? Insiders 6 %, shoppers 60 %, newcomers 15 %, Plus 15 %. Evening peak, weekday, noise, false alarm, p95, control vs canary, lift, causal, sample size.",
  },
  // support-model-upgrade — slash-separated keyword string
  {
    id: 'd034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'eval harness / hallucination rate / thumbs-down / p95 / tokens per conversation / cost / finance / +3 points / agents / preview / admins / members / trials / enterprise / 1-5-20-50-100 / hold / gate / sign-off / rollback / gateway / under 5 min / A/B / randomised / safe vs better / PM vs engineering / context window / bigger model / payslips / leave / 800 rpm / offline evals +3 / short questions / escalation rate / 2 days / 0.5 % / 1 point / 40 % cost / on-call / night / config switch / ML lead',
  },
  // after-the-sale-healthy — dismissive spoken answer
  {
    id: 'd035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly, this is a cosmetic change and I'd treat it like one. I wouldn't spend time choosing which customers see it first — staff, the members' club, whoever; I don't see why the order matters. I'm not going to write rollback numbers down before we start either. Holding at each step for a day or two seems like overkill for moving reviews and lazy-loading a gallery, so I'd skip the stages and put it in front of everyone on Tuesday. I don't see the point of someone signing off each step, and we don't need a special rollback switch or an on-call person with the right to use it: if something's wrong, the team can ship a fix. And no A/B test afterwards — leadership wants it out this week, not a study.",
  },
  // quiet-feedback-trap — contrarian written paragraph
  {
    id: 'd036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "I know the usual advice is to grade hallucinations with an eval harness, but here it only grades one summary in two hundred, so I wouldn't use it as a gate at all. Same with thumbs-down: vets barely rate anything, so I wouldn't count feedback either. I wouldn't track p95 latency or cost per summary, since the whole point of the new model is that it's faster and cheaper. I don't think we need limits fixed in advance, or holds at 5 % and 25 %, or pilot clinics going before hospital groups; with this little traffic, waiting just wastes a week. Nobody needs to sign off each step, and I would not give the on-call engineer the right to roll back on their own — that decision should come to me.",
  },
  // checkout-first-order — confident consultant
  {
    id: 'd037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: "The point of the canary, for me, is to prove that the one-page checkout beats the old one before the spring campaign, so I'd treat the canary cohort as our experiment and read the conversion lift straight off it. That's also why I'd start with the wholesale accounts: they're our most valuable customers, they order often, and if the new checkout lifts conversion anywhere we'll see it there first. My job is deciding who sees it and when; the checkout engineers own the flag and the deployment. We'd go 1 %, 5 %, 25 %, 50 %, 100 %, sitting 24 hours at each step so we see a full daily cycle including the evening peak. And the on-call engineer can switch the flag off at any time of day or night without waiting for me — it's a config change and takes a couple of minutes. If conversion in the canary is up against the rest of the site after a week, we have our proof and can take it to Growth.",
  },
  // lunch-peak-recommendations — plain first-person spoken answer
  {
    id: 'd038',
    scenario: 'model',
    class: 'misconception',
    points: points('C S R'),
    text: "For recommendations I'd keep the monitoring simple: it's a model behind an API, so errors and latency tell us everything we need. I wouldn't set exact numbers in advance — we'll watch the dashboards together during the rollout and decide in the moment what looks off, since we don't know yet what normal looks like for this model. What I would plan carefully is the order: employees first, then the preview programme, then Germany and Austria, then Singapore and Kuala Lumpur, and Plus subscribers last, since they pay us and notice everything. Each time we widen, the ML lead and I both have to say yes. And because the Singapore lunch rush is the small hours for us in Berlin, the on-call engineer out there can roll back alone, by switching the model route back in config, which takes under five minutes.",
  },
  // pricing-page-healthy — product-design opinion
  {
    id: 'd039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "The comparison table is the heart of this. I'd put the three plans side by side, highlight the middle one as the most popular, and rewrite the feature list in plain language — \"export in 4K\" rather than codec names. Annual pricing should show the monthly equivalent, with the saving in a badge. For Friday's campaign, the link in the ads should open the page with the annual toggle already selected, and the headline should match the ad creative so people don't feel they've landed somewhere else. I'd also add a short FAQ under the table about cancelling, since that's the question support hears most.",
  },
  // prompt-locale-thumbs-down — localisation opinion
  {
    id: 'd040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "German needs its own voice guide. Most German business users expect \"Sie\" in anything that touches a client, and a warmer tone in German isn't the same thing as being casual — it's more about being helpful and precise. I'd have native speakers write example replies for the prompt, tell it to mirror the formality of the incoming email, and keep a list of phrases that sound friendly in English but odd in German, like very enthusiastic sign-offs. Longer term we should hire a German content designer rather than adapt the English team's work.",
  },
];
