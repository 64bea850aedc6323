import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twenty-third fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers ac008–ac020, written blind, labelled by hand. */
export const TWENTY_THIRD_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // checkout-first-order
  {
    id: 'ac008',
    scenario: 'service',
    class: 'middling',
    points: points('C T'),
    text: [
      "For the one-page checkout I'd be really careful about who sees it first. The usability lab only had returning customers, and first-time buyers are exactly who this could hurt: no saved address, no saved card, so the autofill does nothing for them and the single page is just a long wall of fields. So the order would be staff first, then returning customers from our early-access list, then returning customers in general, and first-time buyers last, once we've seen it hold up for everyone else.",
      '',
      "I'd stop it if first-order conversion in the canary drops more than 3 % below the old checkout, if checkout errors go above 0.5 %, or if the payment step's p99 gets more than 300 ms slower, and those numbers go into the plan before we start, not after we've seen data.",
      '',
      "After that I'd roll it out gradually and keep an eye on things before the spring campaign.",
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'ac009',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Split of responsibilities first: the ML platform team owns how the new model is served and routed, and I own the release call, meaning when it goes wider and when it stops.',
      '',
      "For a bigger model, errors and latency won't tell me much on their own. I'd watch the hallucination rate from our eval harness on real payslip and leave questions, the thumbs-down rate in the assistant, p95 latency because a longer context window means slower answers, and tokens per conversation, which is what Finance is really asking about.",
      '',
      "I'd also be clear with leadership that the canary only tells us the model is safe to run. Whether it answers better than the old one is a randomised A/B test afterwards; three points on offline evals don't settle it.",
      '',
      "I'd release it to a small group first and widen it when things look fine.",
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'ac010',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      "rewritten resizer, restarted only on deploys, so anything that creeps up over a day won't show in a quick test.",
      '- stages 1 %, 10 %, 50 %, 100 %, and each one stays put for at least 48 hours. a slow leak needs a day or more to show; a four-hour hold proves nothing. not moving up on Thursday just because that was the target date.',
      '- every step up needs written sign-off from me and the media-platform lead in the ticket.',
      '- on-call can pull it back any time, day or night, without asking: the load balancer sends resize traffic back to the old service, which stays running the whole time. a couple of minutes.',
      '- watch memory, latency and errors on the dashboards.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'ac011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Since it's only the pricing page and nothing changes in the backend, I don't think this needs a big process. I'd put it out to some users before the Friday campaign, check the conversion dashboard and the support inbox for a bit, and if nothing looks wrong, give it to everyone. If something does go wrong we can always put the old page back. Marketing should be kept in the loop so the campaign links point at the right page, and design should check it on mobile.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'ac012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "I think the warmer prompt is a great idea, people want assistants that feel human and not robotic. I'd do a canary, which basically means giving it to a small percentage of people first and making sure it works before everyone gets it. We should keep an eye on how it's going and see what people think, and the German team should probably have a look at the prompt at some point too. If it goes well we keep rolling it out, and if not we tweak the prompt and try again. Overall the key thing is to iterate quickly and stay close to users.",
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'ac013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'Index layout: smaller, cheaper. Tail latency. p50, p99, p99.9. Filters, rare queries, benchmark gap. 1 / 5 / 25 / 50 / 100 %. Thresholds 0.1 % and 800 ms. Free tier vs institutional licences. Cohorts, ordering, blast radius. Holds, gates, 24 h, 48 h. Sign-off, RACI, PM vs engineering ownership. Rollback, on-call, feature flag, runbook, minutes. Baseline, control cohort, dashboards, alerting, SLOs, error budget. Canary vs A/B, safety vs lift, randomisation. Stakeholders, comms, status page. Week 1, week 2. Librarians, researchers, campus proxies.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'ac014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'cheaper faster model + vet summaries + 1/200 eval harness coverage + hallucination rate + thumbs-down sparsity + statistical power + sample size 400 + p95 latency + token cost per summary -30 % + 5 % / 25 % / 100 % + clinics, design partners, multi-vet practices + metric gates + holds + sign-off PM / ML lead + rollback under 5 min on-call + thresholds pre-committed + canary = safe, A/B = better + guardrails + dashboards + heavy-edit rate + emergency clinics, night shift + cost per clinic per month',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'ac015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly I wouldn't bother with a staged order here. No staff first, no beta group, none of that; staff don't buy through the site anyway, so their numbers would only confuse us. I wouldn't write rollback thresholds down in advance either, it's bigger photos and a size guide, there's nothing sensible to set a limit on. I don't want holds between stages or a sign-off at each step, and I don't see why the on-call engineer would need the right to roll back a product page at night. A follow-up A/B test isn't worth the time for a cosmetic change, and I'm not going to spend the meeting dividing up what's mine and what's engineering's. We'd ship it and have a look at it.",
    ].join('\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'ac016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I know the textbook answer: staff first, then the beta group, then everyone, with thresholds agreed up front. I wouldn't do that for a recommendation model. I'm not going to fix rollback numbers before we've seen how the model behaves, and I don't want an eval score, a feedback signal or a compute-cost limit in the plan either; recommendations aren't a chatbot. I wouldn't hold each stage over a Singapore lunch peak, because the team is in Berlin and nobody is going to sit up at six in the morning for it. I wouldn't have anyone sign off each step, and I wouldn't hand the on-call engineer the right to roll back on their own. And I wouldn't run a separate A/B test afterwards.",
    ].join('\n'),
  },
  // after-the-sale-healthy
  {
    id: 'ac017',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "The whole point of the canary here is to prove that reviews above the fold sell more. Leadership wants it out this week, and the canary cohort gives us that answer directly: if the people on the new page convert better than everyone else, the change works, so we won't need a separate A/B test afterwards.",
      '',
      "Order: staff first, then the customers on our early-access panel, then ordinary shoppers in one country, and first-time visitors and our top spenders last, because they're the ones we can least afford to annoy with a broken page.",
      '',
      'Stages of 5 %, 25 %, 50 % and 100 %, each held for 24 hours before we move, and each advance signed off by me together with the web lead.',
      '',
      'If the page breaks, the on-call engineer switches the feature flag off at any hour without checking with me; that takes a minute or two.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'ac018',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H R'),
    text: [
      "For release purposes a model swap is just another backend change: if the new model answers without errors and inside our latency budget, it's working. So those are the only two things I'd gate on. I don't see the point of eval scores or thumbs-down counts in a canary; they're noisy, and the offline evals already went up three points.",
      '',
      "Before we start we agree the limits: error rate no more than 0.5 % above the old model, p99 no more than 800 ms slower. Those go in the release doc and don't move.",
      '',
      "I'd start with our largest enterprise customers, because they get the most out of better answers and their feedback counts the most.",
      '',
      'Engineering runs the routing and the model deployment; I own the go/no-go, the limits and who goes when. Ramp of 5 %, 20 %, 50 %, 100 %, holding each stage for two working days before we widen. If either limit trips, the on-call engineer switches back to the old model from the config console straight away, any time of day, no approval needed; it takes under five minutes.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'ac019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "What I'd focus on is the date picker itself. Guests on a holiday-rental site usually plan with a partner or family, so the picker should show two months side by side, grey out nights that are already booked and show the price per night right on each date, so nobody has to click through to find out a weekend costs double. The shorter form is a good idea, but I'd keep the phone number optional and ask for the number of guests up front, since it changes which homes even fit.",
      '',
      "Keeping the chosen dates in a client-side store is nice, because people leave, talk it over at home and come back; they shouldn't have to pick the dates again. I'd also check the picker works with a keyboard and a screen reader, and run a few usability sessions with couples and families before calling the design done.",
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'ac020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "The interesting thing about this product isn't the model, it's the clinics. Small veterinary practices have one or two vets, a receptionist, and no time. If the summaries got cheaper to produce, I'd put the saving into the product rather than the margin: a lower-priced plan for single-vet clinics, dictation straight from the phone in the consulting room, and an integration with the two or three practice-management systems most small clinics already use, so the summary lands in the patient record without copy and paste. I'd also talk to a dozen clinics about why they don't rate summaries; my guess is the rating button is just in the wrong place in their day.",
    ].join('\n'),
  },
];
