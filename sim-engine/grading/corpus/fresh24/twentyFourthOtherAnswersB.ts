import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-fourth fresh set, author b: middling (ad028–ad030), weak (ad031–ad032), salad
 * (ad033–ad034), negated (ad035–ad036), misconception-led (ad037–ad038) and off-topic
 * (ad039–ad040) answers, written blind and labelled by hand before anything was graded.
 */
export const TWENTY_FOURTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling, spoken and informal
    id: 'ad028',
    scenario: 'service',
    class: 'middling',
    points: points('C H A'),
    text: "I'd be careful about who sees the one-page checkout first. The lab only tested returning customers, and they're the ones with saved addresses and cards, so of course it worked for them. First-time buyers have nothing saved, and they're exactly who the spring campaign brings in. So staff first, then returning customers, and first-time buyers last, only once we've seen it hold up for everyone else. I'd go 5 %, 20 %, 50 %, 100 % and sit at each step for at least two days so every step sees a weekend. And I'd be straight with Growth: even if conversion looks good during the canary, that isn't proof it's better, because returning customers always convert better. If they want that answer, it's an A/B test on first-time buyers afterwards.",
  },
  {
    // support-model-upgrade — middling, terse notes
    id: 'ad029',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: [
      "Main thing with a bigger model: errors and latency won't tell you much. I'd track",
      '- hallucinations on payroll questions, from the eval harness run on a sample of live chats',
      "- thumbs-down and 'talk to a person' clicks",
      '- p95 latency, since the longer context will slow it down',
      '- cost per conversation, since Finance asked',
      'Set before we start: if hallucinations go up by more than 1 point or cost per conversation goes over 5 cents, we roll back.',
      "Rollback is just pointing the gateway at the old model. The on-call engineer does it, doesn't wait for me, couple of minutes.",
      "Not sure on the ramp yet, I'd lean on engineering for that.",
    ].join('\n'),
  },
  {
    // image-resizer-memory-leak — middling, thinking aloud
    id: 'ad030',
    scenario: 'service',
    class: 'middling',
    points: points('P H S'),
    text: "My job here isn't the resizer itself. The platform team owns the code, the deploy and the traffic split; what I'd own is the pace, and I'd push back on 'everywhere by Thursday'. The benchmark says 20 % faster, but that's a fresh process, and this service only restarts on deploys, so anything that builds up over a day won't show in a benchmark. I'd go 5 %, then 25 %, then 50 %, then everything, and hold each stage for at least 48 hours without a restart, so we see the service after a full day of real uploads. Nobody moves it up a stage on their own: the platform lead and I look at memory, listing-page load times and image errors together, and we both have to agree before the next step. Thursday becomes next Thursday, and I'd explain why to the team.",
  },
  {
    // pricing-page-healthy — weak, short and casual
    id: 'ad031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "It's only the pricing page, so honestly I'd keep it simple. Put it live for a small share of visitors a few days before Friday, keep an eye on the dashboards, and if nothing looks off, turn it on for everyone before marketing's campaign goes out. If something breaks we can always switch back. The checkout behind it isn't changing, so there's not much that can really go wrong, and I'd rather the team spent its energy on the campaign itself. Maybe we check the numbers again the week after.",
  },
  {
    // prompt-locale-thumbs-down — weak, vague reassurance
    id: 'ad032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "I think prompt changes are lower risk than model changes, so I wouldn't overthink it. I'd ask the team to try the new prompt on a bunch of emails, maybe get a German colleague to look at a few, and then roll it out gradually. We'd keep an eye on how users feel about it and tweak the wording if people don't like it. The nice thing about prompts is that they're easy to iterate on, so even if the tone is a bit off at first, we'll get it right within a couple of weeks.",
  },
  {
    // storage-migration-under-load — salad, fragments
    id: 'ad033',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Canary. Managed cluster, new proxy, warm caches vs cold caches. 1 % 5 % 25 % 50 % 100 %. p99, error rate 0.5 %, 200 ms, conversion vs baseline. Internal, beta, enterprise. Sign-off, gate, hold 24 h. Rollback < 5 min, on-call, config flag. A/B randomised. PM owns, engineering owns. Decommission end of month. Load test at peak, cache hit ratio, connection pool, 2 %. Read latency. Cold start. Proxy timeouts 30 s. Metric gates vs time gates. Dual writes? Old cluster, new cluster.',
  },
  {
    // quiet-feedback-trap — salad, slash-separated keywords
    id: 'ad034',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'cheaper model / faster summaries / vet clinics / few hundred per minute / thumbs-down sparse / eval harness 1 in 200 / hallucination rate / p95 latency / token cost per summary / 5 % 20 % 50 % / hold / gate / sign-off PM + eng lead / rollback 5 min / on-call / canary = safety, A/B = better / internal, pilot clinics, clinic groups last / pre-committed 0.5 %, 2 %, 3 days / 1,000 graded summaries / edit rate / blinded review / cost -30 %',
  },
  {
    // booking-purchases-lag — negated, confident contrarian
    id: 'ad035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Honestly I wouldn't make this heavy. I'm not going to write rollback thresholds up front: on a front-end change you can't know in advance what bad looks like, and I don't want to pretend I can. I also wouldn't bother sequencing cohorts, staff first and all that; our staff don't book holidays on our own site. No multi-day holds either. Bookings lag by a few hours, sure, but the team wants 100 % this afternoon and a date picker is a UI change. I wouldn't set up a sign-off at each step, that's bureaucracy for a form. I don't see the need for a named rollback owner on call; if something's wrong someone will notice and we'll redeploy the old version. And a follow-up A/B test feels like overkill for a date picker.",
  },
  {
    // lunch-peak-recommendations — negated, email reply
    id: 'ad036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      'Re: canary plan for the basket model',
      "Thanks for the draft. My view, for the record: we should not do the region-by-region order you proposed, and I don't want a staff-first stage either. I'd rather not spend a week on cohorts for a recommendation model. I'm also against fixing rollback numbers in advance, since we don't know the new model's normal yet. Holding each stage through a Singapore lunch peak isn't needed, and I don't think we need the eval harness, the dismissal rate or cost-per-request tracking on top. That's a lot of dashboards nobody will read at 6 a.m. Berlin time. Nor do I want every on-call engineer able to pull the model on their own, or a sign-off ritual at each step.",
      "Let's just ship to 50 % tomorrow and look at it together on Thursday.",
    ].join('\n\n'),
  },
  {
    // staff-cohort-artifact — misconception: the canary is the A/B test that proves the lift
    id: 'ad037',
    scenario: 'service',
    class: 'misconception',
    points: points('T H R'),
    text: "The point of this canary, for me, is to prove the bigger photos and the size guide actually sell more. The canary group is effectively our A/B test: if its conversion beats the rest of the site by a couple of percent, that's our proof and we go to 100 %. Staff get it first because it's already set up that way. Before we start we'd write down the stop lines: errors up more than 0.5 % over the current pages, or p99 page load up more than 300 ms, because the photos are bigger and that's the real risk. We'd ramp 5 %, 25 %, 50 %, 100 %, holding each step for two days. If either line is crossed, the on-call engineer turns the flag off straight away, day or night, without waiting for me; it's a flag, so it takes a couple of minutes.",
  },
  {
    // support-model-upgrade — misconception: errors and latency are enough for a model
    id: 'ad038',
    scenario: 'model',
    class: 'misconception',
    points: points('P C S'),
    text: [
      "The offline evals already went up three points, so quality is settled; that's what evals are for. For the live rollout a model is just another service: if error rate and latency look normal, the model is fine, and that's all I'd gate on. I wouldn't clutter the canary with hallucination scores or thumbs-down rates. They're noisy and the evals have covered them.",
      'What I own as PM is the rollout decisions, the order and the go/no-go, while the ML platform team owns the gateway and the model config. The order: our own HR and payroll staff on the internal tenant first, because they will recognise a wrong payslip answer; then customers in the beta programme; then small businesses; big enterprise payroll customers last, since they are the least forgiving and hold the biggest contracts. Each time we widen it, the engineering manager and I both sign off in the release channel. Nobody moves it alone.',
    ].join('\n\n'),
  },
  {
    // after-the-sale-healthy — off-topic: product ideas for reviews
    id: 'ad039',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: "I love this change. Reviews are the strongest trust signal on an outdoor-gear page: someone buying a €300 tent wants to know whether it survives a storm, and right now they scroll past the whole gallery to find out. I'd put the star rating and the count right under the title, show the two most helpful reviews with photos, and let people filter by activity, say hiking or alpine. Lazy-loading the gallery is a nice bonus for people on patchy mobile signal at a trailhead. Longer term I'd ask customers for a review two weeks after delivery, when they've actually used the kit, and I'd have the team reply to negative reviews in public.",
  },
  {
    // quiet-feedback-trap — off-topic: getting vets to rate summaries
    id: 'ad040',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      'Honestly the real problem here is that vets hardly rate anything, so that is where I would start:',
      '- a one-tap rating right under the summary, not a separate survey',
      '- ask each vet at most once a day, at the end of clinic hours',
      "- show them what changed because of their feedback ('you told us doses were missing, fixed')",
      '- a small monthly thank-you for the clinics that rate the most',
      '- visit five clinics in person and watch how they actually read the summaries',
      "Once vets feel heard they'll tell you far more than any dashboard.",
    ].join('\n'),
  },
];
