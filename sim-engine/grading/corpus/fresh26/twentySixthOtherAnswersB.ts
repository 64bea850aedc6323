import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-sixth fresh set, author b: middling, weak, salad, negated, misconception-led and off-topic answers af028–af040, written blind and labelled by hand. */
export const TWENTY_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'af028',
    scenario: 'service',
    class: 'middling',
    points: points('P C S'),
    text:
      "So the thing I'd focus on as PM is that this isn't my code to ship. Engineering will " +
      'handle the deployment and the flag, but the decisions about who sees it are mine, and ' +
      "here the order really matters. The usability lab was all returning customers, so they're " +
      "the safe group. I'd start with staff, then returning customers who already have saved " +
      "addresses and cards, and only later the first-time buyers, because they're exactly the " +
      "people the spring campaign brings in and nobody has tested the single page on them. I'd " +
      "keep brand-new customers out until we've seen it hold up with everyone else. At each " +
      "step I'd want the engineering lead and myself to agree before we widen it, and I'd bring " +
      "Growth in too since it's their campaign. Then we'd keep an eye on conversion in the " +
      'run-up to the campaign.',
  },
  // support-model-upgrade
  {
    id: 'af029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      'Quick thoughts on the bigger-model rollout, mostly on what would make us pull it.',
      '',
      "Before we start I'd want these written down and agreed with eng, so nobody argues about " +
        'them halfway through:',
      "- hallucination rate on the payroll eval set no more than 1 point above today's model",
      '- thumbs-down on assistant answers up no more than 15 % relative',
      "- p95 latency no more than 1 s slower (bigger model, longer context: this is the one I'd " +
        'bet on)',
      '- cost per conversation under the €0.05 Finance has agreed to',
      '- errors within +0.5 % of control',
      '',
      "If any of those trips, on-call flips the gateway back to the current model. That's a " +
        "config change, done in a couple of minutes, and they don't need to wait for me or anyone " +
        'else to do it, nights included.',
      '',
      "I'd let the platform team decide the percentages and how fast to go.",
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'af030',
    scenario: 'service',
    class: 'middling',
    points: points('H A'),
    text:
      "The benchmark says 20 % faster, and I'd be careful with that number. Benchmarks are " +
      'short, and this service only restarts on deploys, so anything that builds up over hours, ' +
      "like memory or open file handles, wouldn't show up in them. That makes the ramp matter " +
      'more than usual: 1 %, then 10 %, then 50 %, then everyone, and at each step we sit for ' +
      'at least a full day, ideally 36 hours, without a restart, before moving on. So Thursday ' +
      "isn't going to happen, and I'd tell the team that now rather than on Wednesday. I also " +
      "wouldn't let the canary answer whether the new format makes sellers or buyers happier. " +
      'It tells us the service survives real traffic. If we want to know whether the new photo ' +
      'format improves listing views, we set up an A/B test with random assignment afterwards.',
  },
  // pricing-page-healthy
  {
    id: 'af031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text:
      "Honestly, for a pricing page I don't think this needs much ceremony. Nothing in the " +
      "backend changes, so the risk is low. I'd get it live before Marketing's campaign on " +
      'Friday, keep an eye on the analytics for a few days, and if something looks off we can ' +
      'change it back. Maybe ask someone from design to proofread the comparison table first, ' +
      "because a wrong price in a table like that is embarrassing. Otherwise I'd trust the team " +
      'on this one.',
  },
  // quiet-feedback-trap
  {
    id: 'af032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text:
      "The new model is cheaper and faster, which is great news for the clinics and for us. I'd " +
      'roll it out to a small group first, see what the vets think, and then expand if the ' +
      "feedback is positive. Vet clinics are busy places, so we probably shouldn't bother them " +
      "with too many surveys. If the summaries look fine after a week or so, we'd switch " +
      'everyone over and retire the old model to save the money. Our support team can handle ' +
      'any complaints in the meantime.',
  },
  // search-tail-latency
  {
    id: 'af033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text:
      'Canary, index layout v2, smaller, cheaper hosting. Cohorts: internal, beta, free tier, ' +
      'institutional licences, librarians. p50, p95, p99, tail latency, rare queries, many ' +
      'filters, benchmark. 1 %, 5 %, 25 %, 50 %, 100 %. Thresholds, 200 ms, 0.5 %, 2 %, ' +
      'baseline cohort, control. Holds, gates, 24 h, sign-off, go/no-go. Rollback, routing, ' +
      'config, under five minutes, on-call, SRE, any hour. A/B test versus canary, safety, ' +
      'significance, randomised. PM owns, engineering owns. Dashboards, alerts, metrics, ' +
      'searches per session, downloads, citations, export, saved searches.',
  },
  // lunch-peak-recommendations
  {
    id: 'af034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text:
      'recommendation model / feature stores / singapore / berlin / lunch peak / eu / sea. eval ' +
      'harness, ndcg, hallucination, thumbs-down, p95, tokens, compute cost per request. 0.5 %, ' +
      '150 ms, 2 %, 48 h, 3 min. ramp, holds, gates, sign-off, ml lead, pm, on-call, rollback ' +
      'flag, any hour. internal, beta, low-volume, high-value, new sign-ups. canary, a/b, ' +
      'safety, lift, randomised. ownership, engineering, routing, dashboards, baseline, ' +
      'control, regions, time zones, households, baskets, home screen, weekday, weekend, ' +
      'holdout, rollout, staff accounts, alerts.',
  },
  // staff-cohort-artifact
  {
    id: 'af035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text:
      "I don't think this change needs the full canary playbook, and I'd push back on most of " +
      "it. Sending employees first isn't useful here, because staff don't buy, so I wouldn't " +
      "bother with a staff cohort or any particular order of segments. I wouldn't fix rollback " +
      "thresholds in advance either, not for bigger photos and a size guide. There's no need " +
      'for holds at each stage or a sign-off before every step; that just slows a cosmetic ' +
      "release down. I also wouldn't set up a separate on-call rollback path for this. And an " +
      "A/B test afterwards would be overkill for a size guide. It's a product page, not a " +
      'payment system.',
  },
  // prompt-locale-thumbs-down
  {
    id: 'af036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text:
      "Look, it's a prompt change, not a new model, so I wouldn't treat it like one. I wouldn't " +
      'set up special quality checks: no eval harness runs, no tracking thumbs-down by ' +
      'language, no watching token cost. None of that seems necessary for a change of wording. ' +
      "I don't see the point of giving German users their own stage or putting anyone in " +
      "particular first. I wouldn't write thresholds down beforehand, and I'm not going to hold " +
      "at 5 % or 25 % waiting for sign-offs. I also wouldn't give on-call the authority to " +
      "revert it on their own; that's a product call. And no A/B test afterwards.",
  },
  // after-the-sale-healthy
  {
    id: 'af037',
    scenario: 'service',
    class: 'misconception',
    points: points('P H R'),
    text: [
      'The nice thing about this change is that the canary doubles as our experiment. As PM I ' +
        'decide the rollout and the success criteria; engineering handles the flag and the ' +
        'lazy-loading work. We put the new product page on 10 % of traffic, and because the other ' +
        '90 % keep the old page, the canary cohort is our treatment group and everyone else is ' +
        'the control. Leadership wants proof that reviews above the fold lift purchases, and the ' +
        "canary gives us exactly that: if the 10 % convert better than the rest this week, we've " +
        'shown the new layout wins and we go to 100 %.',
      '',
      'Stages: 10 %, then 50 %, then 100 %, holding each for at least three days so we have a ' +
        'decent number of orders before moving on.',
      '',
      'If anything breaks, say the gallery not loading or pages erroring, the on-call engineer ' +
        "turns the flag off straight away, no need to find me first. It's a config toggle, back " +
        'to the old page in a minute or two.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'af038',
    scenario: 'model',
    class: 'misconception',
    points: points('C T S'),
    text: [
      "A model is just another backend dependency, so I'd guard it the way we guard any " +
        "service: error rate and latency. Those two tell you whether it's working; if the model " +
        "were giving bad answers, we'd see it in the errors. The offline evals already went up " +
        "three points, so answer quality is covered, and I don't see what watching it again in " +
        'production would add.',
      '',
      'What I would be strict about is the numbers, fixed before we start: roll back if errors ' +
        'rise more than 0.5 % over the current model or if p99 latency is more than 300 ms worse. ' +
        'Order of exposure: our own HR team first, since they know the payslip rules and will ' +
        'spot nonsense, then the customers in our early-access programme, then small companies, ' +
        'and the big enterprise accounts last, because a bad answer about pay there goes straight ' +
        'to their HR director. Every time we widen the rollout, the engineering lead and I both ' +
        'sign off.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'af039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text:
      "For the booking page I'd start with the guests. People usually compare a few homes and " +
      "talk it over with whoever they're travelling with, so the date picker has to make it " +
      "easy to come back later and pick up where they left off. I'd run five or six moderated " +
      'sessions with couples planning a trip, watch where they hesitate, and check that the ' +
      'shorter form still asks for what hosts need: number of guests, pets, arrival time. On ' +
      "the design side I'd make sure the calendar shows the price per night, greys out blocked " +
      "dates clearly, and works with a keyboard and a screen reader. I'd also talk to the host " +
      "team, because a shorter form shouldn't mean more back-and-forth messages after booking. " +
      "Then I'd write up the findings and prioritise the fixes with design.",
  },
  // quiet-feedback-trap
  {
    id: 'af040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text:
      "Before anything else I'd want to be sure we picked the right cheaper model. I'd " +
      'shortlist three providers and compare their list prices, their data-processing terms ' +
      '(these are medical notes, even if the patients are animals, and clinics will ask where ' +
      "the data goes), and whether they offer a European region. Then I'd negotiate: at a few " +
      "hundred summaries a minute we're a decent-sized customer, so a volume discount or " +
      "committed-use pricing is realistic. I'd also check each provider's deprecation policy, " +
      'because nothing is worse than moving to a model that gets retired in nine months. ' +
      "Finally, if the savings are big enough, I'd look at passing some of them on to the " +
      'clinics; small practices are price-sensitive and it could help sales.',
  },
];
