import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighty-seventh fresh set, author c: middling (co048–co050), weak (co051–co052), keyword salad
 * (co053–co054), negated (co055–co056), misconception-led (co057–co058) and off-topic
 * (co059–co060) answers, written blind and labelled by hand.
 */
export const EIGHTY_SEVENTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: checkout-first-order
  {
    id: 'co048',
    scenario: 'service',
    class: 'middling',
    points: points('C T'),
    text: [
      'PROGRAMME: "One Page", a checkout in one long act',
      'CAST: me, a few engineers, the new checkout, and a whole lot of spring shoppers.',
      "DIRECTOR'S NOTES",
      "Running order first, because that part I've thought through. Our own staff go on first; they buy garden stuff from us anyway and they'll report anything weird. Then returning customers who've ordered from us three-plus years, starting in the city and on the Peninsula, because they have saved addresses and cards and the autofill was built for them. Then the general crowd. First-time buyers go on last, on purpose: they have nothing saved, the spring campaign is bringing them in by the thousands, and a confusing first checkout loses them for good.",
      'Before curtain up we write the lines down: checkout errors more than 0.5 points worse than now and the curtain comes down; first-order conversion more than 2 % worse than the control group and the curtain comes down.',
      "After that, honestly, it's hella vibes. We open it up wider whenever the numbers look okay and we're at everyone before the campaign. If something's off, we go back.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'co049',
    scenario: 'model',
    class: 'middling',
    points: points('H S M'),
    text: [
      'PROGRAMME: "Bigger Brain, Same Script"',
      'CAST: the new model, the old model, me, and Dana, the eng lead, as stage manager.',
      'ACT I, CURTAIN UP: 2 %, a random slice of customers. Hold for 3,000 conversations.',
      'THE INTERVAL: 20 %. Hold a full week of the street-food festival.',
      'ACT II: 50 %. Hold for 20,000 conversations.',
      'THE FINAL BOW: everyone.',
      "Each act starts only after the stage manager and I both take a bow on it; that's our sign-off.",
      "What we watch the whole run, like we do with our allergen bot at the truck park: the eval harness's hallucination rate on payslip and leave questions, the thumbs-down rate, how often people escalate to a human, and cost per conversation, since Finance asked. Hella more than errors.",
      "If it gets weird, we'll sort it out with engineering.",
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'co050',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      'PROGRAMME: "The Slow Fade", a resizer in however many acts it takes',
      'WHO DOES WHAT',
      'Me, the PM, directing: I decide who sees the new resizer when, which numbers stop the show, and how long we sit at each size.',
      'The crew, image platform: the routing, the deploy, and the flag that sends traffic to the new service.',
      "DIRECTOR'S NOTES",
      "The team wants it everywhere by Thursday, so we'll turn it up through the week and keep an eye on the listing pages.",
      "Whoever's on call brings the old version back for an encore, no need to call me: they flip the routing flag back to the old resizer, any hour of the night, it's serving again in a couple of minutes, no redeploy and nobody waits on my say-so.",
      "About that 20 % faster benchmark: the canary won't prove it. The canary shows the new service is safe; whether listing pages are actually faster for buyers is a randomised A/B test after. Hella different question.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'co051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'PROGRAMME: "Cheaper and Faster"',
      'CAST: the new summary model, some vets.',
      'ACT I: we put it out to some clinics and see how it goes.',
      'ACT II: more clinics. Vets hardly rate anything anyway, so no news is probably good news.',
      'THE FINAL BOW: everybody gets it, hella savings.',
      "DIRECTOR'S NOTE: if vets start complaining, we go back to the old one.",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'co052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'PROGRAMME: "The Table"',
      'CAST: a pricing page, a comparison table, the marketing team.',
      "DIRECTOR'S NOTES",
      "Dude, it's a pricing page. A clearer table, same checkout behind it, nothing in the backend moves. Marketing's campaign goes out Friday and links straight to it, so we ship it Thursday, watch the dashboards over the weekend like everybody does, and if sign-ups tank we'll figure something out. Canary releases are for the scary stuff. This is a new poster in the lobby.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'co053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'PROGRAMME',
      'CAST: canary, cohort, PM owns, engineering routing, flags, stage manager, on call, encore, hella.',
      'ACT I: curtain up, 1 %, 5 %, 25 %, 100 %, p99, tail latency, filters, rare queries, threshold, more than worse than now, curtain comes down.',
      'THE INTERVAL: hold, gate, sign-off, bow, street-food festival, orders, neighbourhood, years ordered, staff, opted in, institutional licences last.',
      'ACT II: rollback, encore, flag flip, minutes, no redeploy, any hour, no need to call.',
      'THE FINAL BOW: A/B, randomised, safe not better, index layout, free tier, cheaper hosting, the city, the 80.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'co054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'PROGRAMME NOTES, warm prompt edition',
      'Warm prompt du Sie German quarter thumbs-down rate hallucination eval harness token cost p95 latency.',
      'Cohort staff opted-in early access German last neighbourhood years threshold 1.5 points curtain comes down.',
      'Curtain up interval final bow hold full week street-food festival drafts count gate.',
      'Sign-off stage manager bow encore on call flag minutes no redeploy any hour.',
      'A/B randomised safe better canary PM owns engineering routing hella.',
      'Warm prompt du Sie German quarter thumbs-down rate hallucination eval harness token cost p95 latency.',
      'Cohort staff opted-in early access German last neighbourhood years threshold 1.5 points curtain comes down.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'co055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'PROGRAMME: "No Rehearsal", a recommendation model with the house lights up',
      "CAST: nobody in particular. I'm not splitting the job into what I own and what engineering owns; whoever's around runs it.",
      "DIRECTOR'S NOTES, or what you won't see tonight",
      "There's no running order. I'm not putting staff on first, I'm not giving the opted-in crowd an early look, and I'm not saving new customers or the big-basket households for last. No neighbourhoods, no years-ordered, none of that.",
      "I won't write curtain-down lines before curtain up. No numbers for timeouts, fallbacks or add-to-cart, not before, not during.",
      "There are no acts and no interval. We won't hold for a Singapore lunch peak, for a full week of the street-food festival, or for any count of orders.",
      "The stage manager and I won't take any bows; nobody signs off between steps, because there aren't steps.",
      "Nobody on call brings the old version back for an encore. There's no flag to flip and no night crew in Singapore.",
      "I'm not watching recommendation quality either: no fallback rate, no basket adds, nothing beyond whether the home screen loads.",
      'And no A/B test after. I\'m not drawing any line between "safe" and "better"; hella overthinking, if you ask me.',
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'co056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'PROGRAMME: "Pick a Date", a booking page performed without a net',
      "CAST: the new date picker. That's it. No director, no crew list, no stage manager.",
      "DIRECTOR'S NOTES",
      "I'm not taking ownership of the ramp decisions and I'm not handing routing to engineering as a separate job either; there's no split.",
      "We won't sequence anybody. Not staff first, not the early-access folks next, not the guests in the city or the East Bay who've booked with us for years, and nobody gets held back for last.",
      "No thresholds written ahead of time. I'm not committing to a conversion number or an error number before we go.",
      'No curtain up, no interval, no final bow as separate stages, no holding for a full week of the street-food festival or for some count of bookings. It goes to 100 % this afternoon, like the team wants.',
      'Nobody signs off; the stage manager and I are not taking any bows.',
      "No on-call encore: nobody is set up to bring the old version back, and there's no switch for it.",
      'And I won\'t run an A/B test afterwards or bother separating "safe" from "better". Not doing any of it, dude.',
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'co057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C H M'),
    text: [
      'PROGRAMME: "Read the Room", a cheaper summariser',
      'CAST',
      'Director: me, the PM. I pick which clinics go on when and how long each act holds.',
      'Crew: engineering, who run the routing, the model flag and the deploy.',
      "DIRECTOR'S NOTES",
      "Here's the thing I believe, and I'll say it plainly: you can't write the curtain-down lines before curtain up. Nobody knows what \"bad\" looks like for vet summaries until you've watched the first act, so we watch, and we decide the limits once we've seen the numbers. Maybe if edits go up by five or so we'd pull it, we'll see when we're looking at it.",
      'Running order: a couple of friendly clinics in the city we talk to every week go first, then clinics that opted in to early access, then the ones with three-plus years on the product. New clinics and the multi-site groups go last, because new clinics judge us on week one and a bad week hits a group at every site.',
      'Curtain up, Act I, the interval, the final bow. Each act holds a full week of the street-food festival, and not before the harness has graded at least 500 summaries from it.',
      "What we watch the whole time: the harness's factual-error rate, how often vets edit a summary before saving, and the thumbs-down rate, hella sparse as it is.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'co058',
    scenario: 'service',
    class: 'misconception',
    points: points('T H R'),
    text: [
      'PROGRAMME: "Bigger Pictures", a product page in three acts',
      'CAST: me, the web team, our staff, and the shoppers.',
      "DIRECTOR'S NOTES",
      'Let me be upfront about what this show is for: the canary is our A/B test. Staff see the big photos and size guide first, and if their conversion goes up, that proves the new page sells better and we go to the final bow.',
      'Before curtain up we write these down: product-page errors more than 0.5 points worse than now and the curtain comes down; page p95 more than 300 ms worse than now and the curtain comes down; size-guide load failures more than 1 point worse than now and the curtain comes down.',
      'Curtain up with staff, Act II at 10 %, the interval at 50 %, then the final bow. Each act holds a full week of the street-food festival before it moves.',
      "If a line is crossed, whoever's on call brings the old version back for an encore, no need to call me. It's one flag flip, any hour, back in a few minutes, no redeploy.",
    ].join('\n'),
  },
  // scenario: after-the-sale-healthy
  {
    id: 'co059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'TEMESCAL COMMUNITY PLAYHOUSE presents "GUYS AND DOLLS"',
      'CAST, in order of appearance',
      'Nathan Detroit: Marcus, who runs the taco truck on weekends.',
      'Sarah Brown: Lupe, our bookkeeper.',
      'Sky Masterson: a dentist from Rockridge, hella nervous.',
      "DIRECTOR'S NOTES",
      "I direct a show every spring, and honestly it's the best part of my year. We rehearse Tuesdays and Thursdays in a church basement off Telegraph, and the whole thing runs on volunteers and pan dulce. This year the set is all plywood we got from a food-truck park that was remodelling, so if Act II looks like a garlic-noodle truck, that's why.",
      'AT THE INTERVAL',
      'Three trucks park out front. The dumpling truck has sesame in almost everything, so ask; the crêpe truck does a gluten-free batter on a separate griddle; the coffee cart has oat milk. Lines get long, so order before the curtain.',
      'THANKS',
      'To everybody who drove over from the city on a school night, and to whoever keeps leaving lemon bars in the green room.',
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'co060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'PROGRAMME: "Does This Have Peanuts?", a behind-the-scenes feature',
      'CAST',
      'The trucks: forty-two of them, rotating through three lots in Oakland and the city.',
      'The menus: typed in by truck owners on their phones, usually at midnight.',
      "The language model: answers allergen questions about each truck's menu.",
      'ACT I: THE MENUS',
      'Half the battle is the data. One truck lists "nut-free" on the board and fries everything in peanut oil. So we send every owner a checklist of the nine major allergens, and a volunteer who used to cook on the 80 corridor calls them up to go through it line by line.',
      'ACT II: THE ANSWERS',
      'We taught the model to say "ask the truck" whenever a menu item has no ingredient list, and to never guess. It\'s hella humble now, which is what you want with sesame.',
      'ACT III: THE CUSTOMERS',
      'Parents of allergic kids are our most loyal users. They come back every weekend, and they tell their friends in the group chat.',
    ].join('\n'),
  },
];
