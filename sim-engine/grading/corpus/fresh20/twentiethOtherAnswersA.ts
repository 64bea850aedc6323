import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Twentieth fresh set, author a: middling, weak, salad, negated, misconception-led and off-topic answers o008–o020, written blind and labelled by hand. */
export const TWENTIETH_A_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order
    id: 'o008',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: "staff first — they won't buy much but they'll hit every bug — then the insiders programme — then coupon browsers — then returning customers — then first-time buyers in a stage of their own, on purpose, because they're the only ones without a saved address and the lab never tested them — wholesale last, at 400 a conversion they're the ones we can't afford to confuse\nlimits written down before launch — conversion more than 3 % below the old checkout in the same segment — errors over 0.5 % — p99 page time 300 ms worse — and first-time buyers' conversion read on its own, never blended into the total where returning customers would hide it\nsteps — 2 % — hold a day — 10 % — hold a day — 25 % with first-time buyers in — hold three days, conversion needs volume and it shows up half an hour late — 50 % — hold two days — then everyone, and not in the week the spring campaign starts",
  },
  {
    // support-model-upgrade
    id: 'o009',
    scenario: 'model',
    class: 'middling',
    points: points('T R M'),
    text: "I would not wish to overstate what can be settled in advance, but certain matters can and should be. Before any traffic moves, the following rollback limits would be agreed in writing: an error rate no more than 0.5 percentage points above the current model; p95 response time no more than one second slower; hallucinated answers, as measured by the evaluation harness on a sample of payslip and leave questions, at no more than 1.5 %; a thumbs-down rate no more than 20 % above the current model's; and a cost per conversation no more than 40 % above today's, which is also the figure Finance has asked for. Should any limit be breached, the on-call engineer may revert to the previous model by a configuration change, which takes effect within about two minutes, and need not consult me first, whatever the hour. As to which customers see it first and how quickly the rollout proceeds, I would defer to engineering's judgement; they are closer to it than I am.",
  },
  {
    // search-tail-latency
    id: 'o010',
    scenario: 'service',
    class: 'middling',
    points: points('P S R A'),
    text: "quick one on the new index rollout\nsearch infra owns the index build, the routing and the rollout mechanics. I own the go/no-go calls and what we tell the institutions\nevery step up needs a yes from me and the search lead, written in #search-release. neither of us alone\nrollback: on-call can switch queries back to the old index any time day or night, no need to ping me. it's a routing switch, a couple of minutes, and the old index stays warm till we're done\nand pls nobody present a clean canary as \"the new index is better\". it's cheaper to host, sure, but whether search got better for researchers is an A/B question, randomised, later\nwill send the thresholds and the stage plan tomorrow once I've talked to SRE",
  },
  {
    // image-resizer-memory-leak
    id: 'o011',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: "yeah so for the image thing i'd just do it gradually you know put it out to some of the sellers first and keep an eye on the dashboards and if pages get slow or something looks weird we can always go back. the team says it's 20% faster so honestly i'm not too worried about it. i'd probably check in with the engineers every day and see how it's going and if everything looks fine by thursday we just turn it on for everybody. yeah that's it",
  },
  {
    // quiet-feedback-trap
    id: 'o012',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: "What is a canary release?\nIt's when a new version goes to a small group of users first, so that problems show up before everybody has them.\n\nWhy use one here?\nThe new model is cheaper and faster, which is great, but it is still a change, and changes can break things.\n\nWhat would I watch?\nThe dashboards. If something looks off we would look into it with the team.\n\nWhen are we done?\nOnce we're confident it works, we roll it out to all the clinics.",
  },
  {
    // pricing-page-healthy
    id: 'o013',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: 'Risk register: pricing page canary.\nRisk: comparison table. Likelihood: low. Impact: Friday campaign, conversion.\nSegments: staff, Labs opt-in, free plan, paying creators, studios.\nThresholds: 0.5 %, 200 ms, p99, −2 %, baseline, control.\nRamp: 1 / 5 / 25 / 50 / 100. Hold, gate, 6 h, 24 h, sign-off.\nOwner: PM / eng lead / on-call.\nRollback: config, flag, 5 min, 24/7.\nA/B: randomised, lift, significance, after.\nStatus: canary, cohort, holds, thresholds, rollback, A/B, PM owns.\nResidual risk: low. Review: weekly.',
  },
  {
    // lunch-peak-recommendations
    id: 'o014',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: 'reco model canary 🧵\nstaff / preview / plus / asia / europe\np95 p99 error rate 0.5 % 200ms\nfeature store cpu 80 % SG KL\neval harness, thumbs down, hallucination?, compute cost per request, tokens\n1 5 25 50 100\n24h hold, gate, sign-off, ML lead + PM\nrollback flag on-call 2 min 24/7\nSG lunch = 5am berlin 😬\nA/B randomised after, safe vs better\nPM owns / eng owns\ncohort order, thresholds, holds, sign-off, rollback, canary vs A/B 👀\nthoughts?',
  },
  {
    // booking-purchases-lag
    id: 'o015',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: "Look, I ken the textbook says staff first, then a wee slice of guests, then everybody. I'm no doing that here. It's a date picker and a shorter form, nothing in the service changes, and the team wants it at 100 % this afternoon. I'm no gonnae sit and write doon rollback numbers in advance either, that's theatre for a form. Holds at each stage? Nah. And I'm no needing anybody to sign off each step, cause there are nae steps. A rollback switch and an on-call rota for a booking form? Naw, if something's off the devs can push a fix. And an A/B test after, for a date picker? Cannae see it. Ship it and get on wi the next thing.",
  },
  {
    // prompt-locale-thumbs-down
    id: 'o016',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: "so for the prompt change i don't really think we need the whole canary thing honestly. i wouldn't bother with staff first or a German group or any of that ordering it's a prompt not a database. i'm not going to set thumbs down limits or eval checks up front either. no ramp no holds we just ship it to everybody at once. and i wouldn't wait for the ml lead to sign off anything there aren't any steps to sign. a rollback switch with somebody on call for it i don't think we need that for a bit of text. and an AB test afterwards no i'd skip that too. so yeah ship it",
  },
  {
    // staff-cohort-artifact
    id: 'o017',
    scenario: 'service',
    class: 'misconception',
    points: points('C T R'),
    text: "What is the canary for?\nTo prove the bigger photos and the size guide sell more. The canary is our A/B test: the slice on the new pages against everyone on the old ones, and if the canary converts better we've shown the change works.\n\nWho goes first?\nEmployees, then the insider programme, then shoppers, with new customers and Plus members last because they're the ones we can least afford to annoy.\n\nWhat stops it?\nFixed before we start: errors more than 0.5 points over the old pages, p99 load time more than 400 ms worse, since bigger photos are heavier, or add-to-basket more than 3 % below the old pages.\n\nWho can pull it?\nThe on-call engineer, any time of day, by flipping the feature flag back. It takes about a minute and they don't need my permission.\n\nWhen are we done?\nWhen the canary group's conversion is clearly above everyone else's. That's our proof, and we announce the uplift.",
  },
  {
    // support-model-upgrade
    id: 'o018',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H S'),
    text: "it's a model swap but from where I sit it's just another service behind an API — so I'd watch what I watch for any service — error rate and latency — and that's it — if those two stay flat the model is fine — answer quality, cost per conversation, thumbs-down — that's noise for later, not canary material\nengineering owns the model endpoint and the routing — I own the order, the pace and the go decision\norder — support agents first, they know the product inside out — then the preview programme — then workspace admins — then members — trials and enterprise last, trials because first impressions stick and enterprise because of the contracts\nstages — 1 % — hold a day — 5 % — hold a day — 25 % — hold two days — 50 % — hold two days — 100 %\nbefore each step up the support lead and I both sign off in the release thread",
  },
  {
    // after-the-sale-healthy
    id: 'o019',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: 'With respect, I would first wish to establish whether moving reviews above the fold is consistent with our obligations under consumer-protection law. Where reviews are displayed prominently, the rules on unfair commercial practices require us to say whether, and how, we check that they come from actual purchasers. I would therefore propose that counsel review the display before anything else, that a "verified purchase" badge appear only where an order number matches, and that reviews written in exchange for discounts by members of the guides and clubs programme be labelled as such. Subject to that, I would also recommend an accessibility audit of the lazy-loaded gallery: screen readers must be able to reach every image, and the merchandising team should supply alt text. These steps may delay the release by a week, which leadership may find unwelcome, but the exposure, were a regulator to take an interest, would be considerably greater.',
  },
  {
    // quiet-feedback-trap
    id: 'o020',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: "Risk register: changing the summary model vendor\n\n1. Contract. The new vendor's terms let them keep prompts for 30 days. Owner: legal. Action: negotiate zero retention before signing.\n2. Data residency. Visit notes contain owners' names and addresses, and the vendor processes in the US by default. Action: confirm the EU endpoint in writing.\n3. Price. The per-token price is fixed for 12 months only. Action: ask procurement for a 24-month lock.\n4. Support. The vendor's SLA covers business hours on Pacific time. Action: price the enterprise tier.\n5. Marketing. Clinics were told summaries are \"checked by vets\". Action: review that wording with comms.\n6. Roadmap. Voice dictation depends on the same vendor; align the timelines at Q3 planning.",
  },
];
