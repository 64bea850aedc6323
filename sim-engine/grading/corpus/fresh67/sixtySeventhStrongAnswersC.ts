import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Sixty-seventh fresh set, author c: strong answers (bu041–bu047), written blind and labelled by hand. */
export const SIXTY_SEVENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade (model): Shetland English in speech; screenings as stages; basis points; duty manager switch; release board; a mistake once made
  {
    id: 'bu041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Weel, da first thing I'd say is whit's mine and whit's no. I'm da PM, so I own da order folk get da bigger model in, da limits dat send it back, and how lang we bide at each step. Da engineers own da routing, da deploy and da flag itsel. I dunna touch dat.",
      "Order: wir ain staff first, da HR and payroll folk dat use da assistant every day and will tell wis straight when an answer aboot a payslip is wrang. Dan da customers dat opted in ta early access, because dey've said dey'll put up wi a rough edge. Dan da general run o' accounts. Last, da big payroll customers and onybody new in dir first month, because a wrang answer aboot somebody's pay costs wis maist dere, and new folk haena learned ta trust wis yet.",
      "Afore a single conversation moves, we write da limits doon and agree dem: error rate no mair as fifty basis points ower da old model, p99 latency no mair as 200 ms worse, and da share o' conversations dat end in a support ticket no up by mair as 150 basis points against da baseline. For da model itsel we gate on da eval harness hallucination rate, nae worse as da old model, on da thumbs-down rate, and on cost per conversation, since Finance is askin: capped at 20 % ower today.",
      "Da stages I'd caa matinee at 2 %, early evening at 10 %, late show at 25 %, dan full hoose. Three nights at da matinee, three at early evening, and a full week o' screenings at da late show so da ticket rate haes some volume ahint it. At every gate I tick it aff on da release board, me and Ingrid da engineering lead. Baith o' wis, or it disna move.",
      "Rollback: da duty manager, dat's wir on-call engineer, owns da switch. Ony hour, nae askin me, he swaps back ta da old model wi a config flip, under five minutes. Nae redeploy.",
      "And mind, dis only tells wis hit's safe. Whedder da bigger model is better is a randomised A/B test eftir. I eence read a lift oot o' a canary cohort and got burned for it, so I'll no dö dat again.",
    ].join('\n'),
  },
  // quiet-feedback-trap (model): cinema seat-recommendation model PM; terse dashes; screenings as stages; basis points; a full week of screenings; release board with one other
  {
    id: 'bu042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "I run a cinema chain's seat-recommendation model, hence the screenings.",
      "- Mine as PM: the cohort order, the rollback limits, how long each stage holds. Engineering's: the routing and the flag.",
      '- Order: our own vet advisers first, then clinics that opted into the beta, then small single-vet clinics, and the busy multi-vet practices last, where a bad summary reaches most records.',
      '- Limits, signed before any traffic moves: errors no more than 50 bps over the old model, p99 latency no more than 300 ms worse, summaries heavily edited by the vet up no more than 200 bps against baseline.',
      '- Model gates: hallucination rate from the eval harness (sampling raised from one in two hundred to one in twenty for the canary), thumbs-down rate, p95 latency, cost per summary.',
      '- Matinee at 5 %, early evening at 25 %, late show at 50 %, then 100 %. Feedback is sparse, so every stage holds for a full week of screenings.',
      '- I tick each advance off on the release board together with Priya, the ML lead.',
      '- The duty manager on call swaps back to the old model with the routing switch: any hour, no approval, under five minutes.',
      "- This proves it's safe, not better. Better is a randomised A/B test later.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model): cinema seat-recommendation model PM; opens on a mistake once made; cohorts by zone size and region; basis points; screenings as stages; duty manager switch
  {
    id: 'bu043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Before I answer, a confession, because it shapes the plan. At the cinema chain where I'm the PM for seat recommendations, I once ramped a new model across our big city multiplexes on a Monday afternoon, saw clean graphs, and went home. The trouble only showed at the Friday late show in the north, when the booking servers were full. So I no longer trust a stage that hasn't lived through every region's busiest hour.",
      'Who decides what: I own the order of cohorts, the rollback limits and how long each stage holds. Engineering owns the traffic split, the deploy and the capacity of the feature stores.',
      "Cohorts, by zone size and region, the way I'd cut cinemas: first our own staff accounts in Berlin, who'll tell us when a basket is silly; next the customers in the early-access programme, in both regions; then small, quiet delivery zones in Europe and South-East Asia together. Both regions from the start, because the feature stores are regional and so is the failure. The big metro zones, Singapore and Berlin city, go last, because that's where most baskets and most feature-store load are.",
      'Limits agreed in writing before traffic moves, per region, against the old model at the same hour: errors no more than 40 basis points above control; p99 home-screen latency no more than 250 ms worse; basket add-rate from recommendations no more than 150 basis points below baseline. We gate on model signals too: the offline eval score on the replay set must not drop, p95 feature-fetch latency per regional store stays under 80 ms, and compute cost per recommendation is capped at 15 % over today.',
      'Stages: matinee at 1 %, early evening at 10 %, late show at 30 %, then full house. Every stage holds at least two nights so it sees both the Singapore lunch peak and the Berlin evening; the late show holds a full week of screenings.',
      'Sign-off: I tick each advance off on the release board together with Jonas, the recommendations engineering lead. Both ticks, or we stay where we are.',
      "Rollback: the duty manager on call, and we put one on Asian hours, owns the switch that swaps back to the old model. It's a config change, done in under five minutes, no redeploy, and they don't wake me to ask.",
      'Last thing: this canary tells us the model is safe to run. Whether it sells more baskets is a randomised A/B test afterwards.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model): Shetland English in speech; screenings as stages; basis points; count of nights; release board; a mistake once made
  {
    id: 'bu044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Aye, so dis een's a prompt, no a whole new model, but I'd treat it just da sam. Da PM part, my part, is da order, da limits and da holds. Engineering own da prompt flag and da routing.",
      "Order: wir ain staff first, and I'd mak sure dat includes da German speakers in da Berlin office, because da English team reviewed dis prompt and naebody checked da Sie and du business. Dan da opted-in beta users, English and German baith. Dan general English users, dan general German, and da business accounts last: a lawyer gettin a chummy email drafted for a client is da worst o' it.",
      'Limits set afore we start, written on da release board: errors no mair as 50 basis points abune control; p99 no mair as 200 ms worse; da thumbs-down rate no mair as 100 basis points ower baseline, checked for each language on its ain; and da eval harness tone check, formal address in German, nae worse as da old prompt. Token cost per draft we cap at ten percent mair.',
      "Stages: matinee, early evening, late show, dat's 1 %, 10 %, 50 %, dan aabody. Four nights at each, and da late show bides a full week o' screenings.",
      'Every step, Magnus da eng lead and me baith tick it aff on da release board afore it moves.',
      "If hit goes wrang at three i' da mornin, da duty manager flips da switch back ta da old prompt, nae phonin me, done in twa minutes. It's config, no a redeploy.",
      'Een mistake I med eence: I let a canary run wi only English-speakin staff, and we missed da very thing dat broke. No again.',
      "And dis tells wis it's safe, no dat warmer is better. Dat's a randomised A/B test eftir.",
    ].join('\n'),
  },
  // night-breach-rollback-authority (service): cinema seat-recommendation PM; opens on the rollback; duty manager switch; basis points; screenings as stages; nights and a full week
  {
    id: 'bu045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Quickly, and in my cinema words. Swapping back to the old pricing service is a switch the duty manager owns, here whoever's on call overnight. They flip it at any hour, weekend nights included, without ringing me or anyone; it's a routing change back to the old service, done in under five minutes, never a redeploy.",
      "What's mine as PM: the cohort order, the limits, the holds. Engineering runs the routing and the deploy.",
      'Cohorts: staff rides first, then riders and drivers in the early-access group, then small cities, and the busiest big cities last, because a wrong fare there hits the most people on a Saturday night.',
      'Limits fixed before Tuesday: fare-calculation errors no more than 30 bps over control, p99 quote latency no more than 150 ms worse, completed trips per request no more than 100 bps under baseline.',
      'Stages: matinee 1 %, early evening 10 %, late show 50 %, then everyone. Each holds three nights, always across one 2 a.m. batch window; the late show holds a full week of screenings so it includes a weekend.',
      'Each step I tick off on the release board together with Tomás, the pricing lead.',
      "And the canary only says it's safe; a randomised A/B test afterwards says whether it's better.",
    ].join('\n'),
  },
  // storage-migration-under-load (service): cinema seat-recommendation PM; the plan as a day's programme of screenings; basis points; a full week of screenings; release board with one other; a mistake once made
  {
    id: 'bu046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'll give it to you like a day's programme at one of our cinemas, since that's how my head works.",
      "Before the doors open. What I own as PM: who goes first, the limits that stop us, how long each stage holds. The platform team owns the proxy, the deploy and the routing. And one thing I'd ask of them first: the old cluster stays alive and in sync until we've sat at 100 % for a week, month-end or no month-end, because without it there's nothing to swap back to.",
      "The limits, written down and agreed now, not once we're watching: database error rate no more than 25 basis points above the old cluster; p99 page load no more than 200 ms worse; tasks saved per active user no more than 100 basis points under the baseline week. Cold caches are the known gap, so engineering flushes the proxy cache at the start of each stage.",
      "Matinee: 2 % of traffic, our own company's workspaces, who live in the tool and will shout. Holds two nights.",
      'Early evening: 10 %, the teams that opted into early access, then small teams of under ten people. Holds three nights, including one Monday-morning peak.',
      'Late show: 40 %, mid-sized teams. Holds a full week of screenings.',
      'Full house: the largest customer workspaces last, because a slow board there costs us most, then everything.',
      'Sign-off: at the end of each screening I tick it off on the release board, and Aileen, the platform lead, ticks it with me. One tick is not enough.',
      'Rollback: the duty manager on call owns the switch. Any hour, no approval needed, they route reads and writes back to the old cluster with the proxy config, within five minutes. Not a redeploy.',
      'My mistake once, with a seat model, was calling a stage done after a quiet Tuesday afternoon. Quiet afternoons prove nothing, which is why these holds span peaks.',
      "Last: this shows the new storage is safe, not that it's better. If anyone wants to claim faster pages, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // checkout-first-order (service): Shetland English in speech; screenings as stages; basis points; nights and a full week; release board with one other; a mistake once made
  {
    id: 'bu047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "Right, whit I'd dö. First, da split o' work: I own wha gets it first, da limits and da holds; da developers own da flag and da routing.",
      "Wha first: wir ain staff placin real orders, dan returnin customers fae da early-access list, dan returnin customers in general. First-time buyers come last. Dey're da folk we can least afford ta loss, and dey hae nae saved addresses for da page ta fill in, so dey're da fragile een. And da spring campaign waits till da release is done.",
      'Limits, agreed da day afore: checkout errors no mair as 40 basis points ower control; p99 page load no mair as 200 ms worse; conversion no mair as 150 basis points under baseline, and first-order conversion judged on its ain, no blended wi da returners.',
      "Screenings: matinee at 2 % for twa nights, early evening at 10 % for three nights, late show at 30 % for a full week o' screenings, dan da lot.",
      "At each een, me and Ruth fae engineering tick it aff on da release board. Baith o' wis.",
      "Da duty manager haes da switch. Day or nicht, nae need ta ask onybody, he flips it and everybody's back on da three-step checkout in a couple o' minutes. Hit's a flag, no a redeploy.",
      "I'll own up: da last time I ran a release laek dis I let da returners' numbers hide da new folk, and we lost a fortnight o' first orders afore onybody saw. Dat's why first-order conversion stands apart.",
      "And dis shows it's safe. Whedder one page sells mair is for a randomised A/B test eftir.",
    ].join('\n'),
  },
];
