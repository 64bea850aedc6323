import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Sixty-seventh fresh set, author c: middling (bu048–bu050), weak (bu051–bu052), salad (bu053–bu054),
 * negated (bu055–bu056), misconception-led (bu057–bu058) and off-topic (bu059–bu060) answers,
 * written blind and labelled by hand.
 */
export const SIXTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model): cinema seat-recommendation PM; basis points; limits first, nothing on order, stages, sign-off or rollback
  {
    id: 'bu048',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      "Coming from cinema seat recommendations, the part I'd insist on is the limits, so let me start there.",
      'As PM I set what counts as failure; engineering handles the rollout mechanics, the routing and the flag, and I stay out of that.',
      'Before any conversation goes to the bigger model, we agree in writing: error rate no more than 50 basis points above the current model, p99 response time no more than 200 ms worse, and escalations to a human agent no more than 100 basis points above the baseline week.',
      'Because Finance asked, cost per conversation is gated too, at most 25 % over today, and we track the hallucination rate from the eval harness and the thumbs-down rate on payslip answers, neither allowed to get worse than the old model.',
      "Then we'd roll it out gradually and, if one of those numbers breaks, we go back and look at what happened.",
    ].join('\n'),
  },
  // search-tail-latency (service): Shetland English in speech; screenings as stages with nights; release board with one other
  {
    id: 'bu049',
    scenario: 'service',
    class: 'middling',
    points: points('C H S'),
    text: [
      "Weel, for da search index I'd start wi wha sees it. Wir ain staff first, dan da researchers dat signed up for da beta, dan da free tier, and da institutional licences last, because a university library dat pays for da lot is da een we canna afford ta annoy.",
      "Da stages I'd caa matinee, early evening and late show. Matinee is staff and beta and bides four nights; early evening is da free tier and bides a full week o' screenings, so we get da rare queries wi aa da filters; late show is da licences, anidder week.",
      'Nothing moves on till Sigrid fae da search team and me hae baith ticked it aff on da release board.',
      "And we'd keep a close ee on da slow queries da hale time.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model): cinema seat-recommendation PM; a mistake once made; duty manager switch back to the old model
  {
    id: 'bu050',
    scenario: 'model',
    class: 'middling',
    points: points('R A M'),
    text: [
      "The one thing I learned the hard way at the cinema: when our seat model went wrong on a Saturday night, nobody felt allowed to switch it off until I woke up. So here, the duty manager on call owns the switch that swaps back to the old summariser. They use it at any hour without asking anybody, and it's a routing change that takes a few minutes, not a redeploy.",
      "For the model itself we'd watch the hallucination rate from the eval harness and the vets' thumbs-down rate, since error rates alone won't show a summary that invents a dose.",
      "And I'd be clear with the clinics and with my own boss that a clean canary means the cheaper model is safe, not that it's better. If we want to know it's better, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // pricing-page-healthy (service): Shetland English in speech; vague, trusts the developers
  {
    id: 'bu051',
    scenario: 'service',
    class: 'weak',
    points: points(''),
    text: [
      "Weel, hit's a peerie change, just da pricing page, so I widna mak a muckle fuss.",
      "I'd put it oot ta a few folk first and keep an ee on it, and if onything looks aff we'd go back.",
      "Da developers ken whit dey're doin wi dis kind o' thing, so I'd let dem pick da wye and tell me afore Friday.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model): cinema seat-recommendation PM; vague screenings metaphor without stages or holds
  {
    id: 'bu052',
    scenario: 'model',
    class: 'weak',
    points: points(''),
    text: [
      "With our seat model we always said you open a film small and let word of mouth do the work, and I'd think of this the same way.",
      'Start it somewhere quiet, like a Tuesday matinee, see how audiences take it, and grow it if it feels right.',
      "I'd keep the team close, talk to both regions, and make sure everyone's comfortable before it's everywhere.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model): cinema PM vocabulary as fragments; basis points; screenings; release board
  {
    id: 'bu053',
    scenario: 'model',
    class: 'salad',
    points: points(''),
    text: [
      'Matinee, early evening, late show. Basis points. 50 bps, 200 ms, p99, p95.',
      'Thumbs-down German formal Sie, hallucination eval harness token cost.',
      'Release board tick, Magnus tick, duty manager switch, old model, swap, minutes.',
      'Cohorts staff beta German English business last. Cinema size region.',
      'Canary safe A/B better randomised. Full week of screenings, nights, hold, gate.',
      'PM owns, engineering owns, routing, flag.',
    ].join('\n'),
  },
  // image-resizer-memory-leak (service): keywords joined by slashes, a ramp list and a threshold list without verbs
  {
    id: 'bu054',
    scenario: 'service',
    class: 'salad',
    points: points(''),
    text: [
      'canary / staged ramp / 1-5-25-50-100 / matinee-early evening-late show',
      'p99 / memory / restart / 20 % faster / 40 bps / 250 ms / listing views baseline',
      'internal sellers / beta / big sellers last / region / size',
      'hold / nights / full week of screenings / gate / release board / two ticks',
      'duty manager / switch / swap back / old service / minutes / no redeploy',
      'PM owns / eng owns / canary not A/B / randomised / safe vs better',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service): cinema seat-recommendation PM; every practice named then turned down; Friday deadline
  {
    id: 'bu055',
    scenario: 'service',
    class: 'negated',
    points: points(''),
    text: [
      "Honestly, I wouldn't dress this up the way we do for our cinema seat model.",
      "I wouldn't split out what the PM owns from what engineering owns; I don't see the point of drawing that line here.",
      "I wouldn't put staff first or hold the biggest markets back; I'm not going to order anyone.",
      "I wouldn't write limits in basis points before we start, and I wouldn't pin down a p99 either.",
      'No matinee, early evening and late show, no nights of holding, no full week of screenings.',
      "Nobody ticking it off on a release board, and I wouldn't give the duty manager a switch to swap back to the old SDK.",
      "And I wouldn't plan an A/B test afterwards either.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model): Shetland English in speech; every practice named then turned down
  {
    id: 'bu056',
    scenario: 'model',
    class: 'negated',
    points: points(''),
    text: [
      "I'll be honest wi dee, I'd no bother wi maist o' whit folk say aboot canaries for dis.",
      "I'd no hae a list o' wha gets it first, staff or beta or onybody. I'd no set limits in basis points afore da start.",
      "I'd no watch da hallucination rate or da thumbs-down, and I'd no fash wi cost per summary.",
      "Nae matinee, nae late show, nae nights o' waitin. Naebody tickin onything aff on a release board.",
      "I'd no gie da duty manager a switch ta swap back ta da old model, and I'd no run an A/B test eftir.",
    ].join('\n'),
  },
  // support-model-upgrade (model): cinema seat-recommendation PM; basis points; duty manager switch; built on "the canary is our A/B test"
  {
    id: 'bu057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C T R M'),
    text: [
      'The way I see it, and the way we did it for our cinema seat model, the canary is our A/B test: the canary cohort against everyone else tells us whether the bigger model is better.',
      'As PM I own the cohorts and the limits; engineering owns the routing and the flag.',
      'Cohorts: our own HR staff first, then customers in the early-access programme, then the general base, and the big payroll customers last, because a wrong payslip answer costs us most there.',
      'Before traffic moves, we fix the limits: errors no more than 50 basis points above the old model, p99 no more than 200 ms worse, tickets raised after a conversation no more than 100 basis points above baseline. We also gate on the eval-harness hallucination rate and on cost per conversation, capped at 20 % more.',
      'The duty manager on call can swap back to the old model with the config switch at any hour, in minutes, without asking me.',
      "Once the canary group's resolution rate is higher than the rest, that's our proof the bigger model is better, so we go straight to 100 % and skip a separate experiment.",
    ].join('\n'),
  },
  // staff-cohort-artifact (service): Shetland English in speech; screenings as stages with nights; release board with one other; duty manager switch; built on limits set while watching
  {
    id: 'bu058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S R'),
    text: [
      "Weel, I'd no pit numbers on da limits ahead o' time. We'll see whit normal looks laek eence da staff are on it, and set da limits dan, fae whit da graphs show.",
      "Order: wir ain staff first, dan da customers dat opted in ta early access, dan everybody else, and da customers on dir very first order last, because dey're da easiest ta loss.",
      "Stages: matinee for staff, twa nights; early evening for da beta, four nights; late show at half o' da traffic, a full week o' screenings.",
      'At every step Kirsty da web lead and me tick it aff on da release board afore it goes on.',
      "If da duty manager sees onything bad, day or nicht, he flips da switch back ta da old product page, nae need ta ask, and it's done in a few minutes wi config.",
      "Maybe by da late show we'd say somethin laek conversion can drop a percent, but we'll decide dat when we're lookin at it.",
    ].join('\n'),
  },
  // booking-purchases-lag (service): cinema seat-recommendation PM; a usability-study plan instead of a release plan
  {
    id: 'bu059',
    scenario: 'service',
    class: 'off-topic',
    points: points(''),
    text: [
      "When we redesigned the seat map at the cinema, the thing that saved us was watching real people use it, so that's where I'd start with this date picker.",
      "I'd recruit twelve guests, six who book alone and six couples who decide together at home, and run forty-minute moderated sessions over two days.",
      'Each session has three tasks: find a weekend in July, change the dates after choosing a home, and come back the next day to finish the booking.',
      "We'd note where people hesitate, where they go back, and whether the chosen dates survive a closed tab, then sort the findings into must-fix and nice-to-have.",
      'The designer and I would present the top five issues to the team on the Friday, with clips, and agree which ones go into the next sprint.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model): Shetland English in speech; a localisation process plan instead of a release plan
  {
    id: 'bu060',
    scenario: 'model',
    class: 'off-topic',
    points: points(''),
    text: [
      "Whit dis needs first is a proper wye o' writin for German, so dat's whit I'd set up.",
      "I'd hire twa German copywriters on contract, een fae Germany and een fae Austria, and hae dem write a style guide: when ta use Sie, when du is fine, how warm is ower warm.",
      "Dan every prompt change gets a German review as weel as an English een, wi a checklist fae da style guide, afore it's merged.",
      "Wance a quarter we'd read a hunder real German drafts wi da copywriters and update da guide fae whit we find.",
      'Dat wye da next prompt is written for baith languages fae da start, no translated eftir.',
    ].join('\n'),
  },
];
