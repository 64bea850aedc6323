import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-second fresh set, author b: middling (bp028–bp030), weak (bp031–bp032), salad (bp033–bp034),
 * negated (bp035–bp036), misconception-led (bp037–bp038) and off-topic (bp039–bp040) answers,
 * written blind, labelled by hand.
 */
export const SIXTY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // quiet-feedback-trap · one hurried written paragraph
  {
    id: 'bp028',
    scenario: 'model',
    class: 'middling',
    points: points('C R M'),
    text: [
      "I'd start the cheaper model with the clinic we run in-house, since our own vets read every summary closely, then move to the clinics on our early-access list, and leave new clinics and the busiest practices till last, because they have the least patience for a summary that misses a drug. What I'd watch is quality more than uptime. I'd have the eval harness grade far more of the new model's summaries during the rollout than one in two hundred, say one in ten, and I'd track the thumbs-down rate against the old model even though it's sparse. If either looks worse we'd pause and talk it through with the ML team. If something is clearly broken, the on-call engineer switches the flag back to the current model: any time of day, no need to find me first, and it takes a minute or two. After that I'd widen exposure gradually as confidence builds.",
    ].join('\n'),
  },
  // search-tail-latency · traffic-light stages; two nods; written
  {
    id: 'bp029',
    scenario: 'service',
    class: 'middling',
    points: points('T H S'),
    text: [
      "With this index the worry is the tail, so I'd set the limits around it before we start: p99 query time no more than 250 ms above the old index, p99.9 no more than 600 ms above, errors no more than 0.2 points up, and searches that end in a paper being opened no more than 2 % down against the baseline. Traffic would go Red at 2 %, Amber at 10 %, Green at 50 %, then a final green at 100 %, each held for three days so the rare many-filter queries actually turn up. Moving from one colour to the next takes two nods, the search engineering lead's and the library-partnerships manager's. If a limit is crossed we'd go back to the old index and look at what happened.",
    ].join('\n'),
  },
  // support-model-upgrade · law-firm clause-summariser PM, written
  {
    id: 'bp030',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      "In my current role I run product for a clause summariser the firm's lawyers use on leases and supply contracts, and the split I'd bring here is the one that works there: engineering owns the model endpoint, the routing and the feature flag; I own who sees the bigger model first, what would make us stop, and how long we wait between steps. For this assistant, the signals I'd put on the release dashboard from day one are the hallucination rate on a payslip-and-leave eval set, the thumbs-down rate on answers, and cost per conversation. Finance asked, and a longer context window will show up there first. We'd increase the share step by step while those look fine. And I'd be careful how we talk about the result: even if the canary goes well, it only tells us the bigger model is safe to run. Offline evals say it's three points better on short questions; whether customers actually get better answers is something we'd test with a randomised A/B test after the rollout.",
    ].join('\n'),
  },
  // booking-purchases-lag · Yorkshire phone interview with asides
  {
    id: 'bp031',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Right, well, it's a date picker, isn't it, so I'd not overthink it. [pause] I'd want it out to a few folk first, keep an eye on it, and if bookings looked a bit off we'd have a word with the devs and sort it. Design were happy with it and nowt changes in the service, so I reckon the risk's on the small side. They want it at a hundred per cent this afternoon. I'd push back a bit on that, give it a bit longer, because people talk a holiday over at home before they book. But broadly: small group, watch it, then everyone.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · short written answer with a two-sentence anecdote
  {
    id: 'bp032',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "Prompts are tricky because tone is subjective. At my last job we changed one greeting line and somebody in marketing hated it. We sorted it out in the end. For this one I'd get some feedback early, especially from German users, and make changes if people aren't happy with it. The main thing is to keep communicating with the team and keep an eye on how it's landing. If it goes badly we can always change the prompt back.",
    ].join('\n'),
  },
  // quiet-feedback-trap · fragments; traffic-light words and numbers heaped
  {
    id: 'bp033',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Canary, cheaper model, vet summaries. Red amber green final green. In-house clinic, early-access panel, new clinics last, 2 % 10 % 25 % 50 % 100 %. Thresholds 0.3 pp errors, p95 500 ms, edits 3 % baseline. Hallucination rate eval harness one in two hundred one in ten, thumbs-down 1.5×, cost per summary. Holds gates three days 300 graded not a minute before. Sign-off ML lead PM two nods. Rollback on-call any hour routing switch two minutes no redeploy. Safe not better, randomised A/B afterwards. PM owns, engineering owns.',
    ].join('\n'),
  },
  // staff-cohort-artifact · slash-separated buzzwords
  {
    id: 'bp034',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Staff artifact / employees browse not buy / segmentation / cohort stratification / baseline / control / conversion / add-to-bag / size guide / larger photos / p99 / 5xx / 0.5 % / 200 ms / −2 % / 1-5-25-50-100 / gates / holds / 24 h / sign-off / eng lead / PM / rollback / flag / config / on-call / 24/7 / <5 min / canary ≠ A/B / randomised / safe vs better / ownership matrix / risk appetite / guardrails / observability / learnings.',
    ].join('\n'),
  },
  // storage-migration-under-load · Yorkshire phone interview with asides
  {
    id: 'bp035',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly? I'd not do a canary on this at all, not the usual way. [laughs] Hear me out. I wouldn't bother putting our own workspaces first, we're not typical users, and I'd not fuss with an early-access group either. I wouldn't write rollback numbers down beforehand; I've never seen a set of limits that fitted what actually happened. No stages, no sitting at 5 % for days, and no sign-off at every step, that's just more meetings. I'd not build a quick switch back to the old cluster either, because it's being turned off at month end anyway. And I'd not bother explaining to anyone that a canary shows it's safe rather than better; nobody asks. The load tests passed, so we'd move it across on a quiet evening and crack on.",
    ].join('\n'),
  },
  // support-model-upgrade · contrarian written answer; traffic lights and nods named only to be refused
  {
    id: 'bp036',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I know the textbook answer and I'm not going to give it. I wouldn't have engineering own the routing while I own the order and the limits; splitting it like that only slows decisions down. I wouldn't start with our own HR staff or an early-access group, and I wouldn't hold the big customers back to the end. I won't pre-commit a hallucination limit from the eval harness, a thumbs-down ceiling or a cost-per-conversation cap. I don't want red-amber-green stages with holds, or two nods from named leads before each move. I wouldn't hand the on-call engineer a flag to flip back at 3 a.m. without asking anyone. And I wouldn't frame it as \"the canary shows safety, an A/B test shows improvement\"; that distinction belongs on slides.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · written prose built on "the canary is our A/B test"
  {
    id: 'bp037',
    scenario: 'model',
    class: 'misconception',
    points: points('C R M'),
    text: [
      "The way I see it, the canary is our A/B test. The 5 % who get the new recommendation model are the treatment, everyone else is the control, and if the treatment baskets come out bigger at the end of the week, that's our proof the model is better and we roll it to everyone. That's the whole point of doing it gradually. I'd put Berlin staff in first to catch anything silly, then the beta shoppers who opted in, and keep brand-new customers out until last because their first basket matters most. Alongside basket size I'd watch the offline eval hit rate on replayed sessions and the compute cost per request, since the new model reads more features. If something breaks, the on-call engineer switches the model flag back to the old version at any hour without waiting for me; it's a config change that takes a minute or so. Once the canary shows the lift, we go to 100 %.",
    ].join('\n'),
  },
  // night-breach-rollback-authority · written prose built on "only the PM may roll back"; "not a minute before"
  {
    id: 'bp038',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H'),
    text: [
      "Rollback is a product decision, so only I, as the PM, can call it. If a limit breaks at 2 a.m., on-call rings me and I decide; nobody else pulls it. One person, one call. The rest is the usual. Staff rides first, then riders who opted into our beta, then the quieter cities, with the big weekend-night cities last because that's where a bad fare hurts most. Before we start, the limits are written down: fare errors no more than 0.2 points over the old service, p99 quote time no more than 150 ms over it, bookings per quote no more than 1.5 % below the baseline. Stages of 1 %, 5 %, 25 %, 50 % and 100 %, each held 48 hours including one nightly billing batch, and we move on not a minute before.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · law-firm clause-summariser PM; a review-process plan in steps
  {
    id: 'bp039',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Before anything ships, I'd fix the process that let this happen. At the firm where I'm PM for our clause summariser, every prompt change is reviewed by a knowledge lawyer in each jurisdiction, and I'd copy that. Step one: contract a native German writer for two weeks to draft a tone guide covering when to use Sie, when du is acceptable, and which greetings sound warm without sounding cheeky. Step two: turn the guide into a checklist the prompt team signs before merging. Step three: set up a monthly session where English and German samples are read side by side. Step four: add German speakers to the design critique. It's a people problem more than a model problem, and the fix is a review habit, not a clever release.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · written plan for seller communications
  {
    id: 'bp040',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "What I'd sort out first is the sellers. They're the ones uploading photos in the new format, so I'd write a help-centre article on which formats we accept, put a banner on the upload screen, and brief the seller-support team with a short FAQ. Then I'd line up three or four big sellers to try uploading in the new format and tell us how it went, and I'd ask design for a preview so sellers can see how their photos will look on a listing page. Marketing can announce it in the seller newsletter on Thursday, once it's everywhere.",
    ].join('\n'),
  },
];
