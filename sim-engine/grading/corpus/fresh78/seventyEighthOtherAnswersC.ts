import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-eighth fresh set, author c: middling (cf048–cf050), weak (cf051–cf052), keyword salad
 * (cf053–cf054), negated (cf055–cf056), misconception-led (cf057–cf058) and off-topic
 * (cf059–cf060) answers, written blind and labelled by hand. Same voice as the strong answers.
 */
export const SEVENTY_EIGHTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // scenario: support-model-upgrade
  {
    id: 'cf048',
    scenario: 'model',
    class: 'middling',
    points: points('T H M'),
    text: [
      "LOCKFAST'S BIGGER HINT-GIVER: THE PLAN IN BRIEF",
      '',
      'ABERDEEN — Lockfast Games will try its bigger hint model on a random 5 % of games first, product manager Kirsty Duguid said.',
      '',
      "'Aye, I'm no fussed fa gets it first, as long as it's a fair sample,' said Duguid.",
      '',
      "The limits are set before it starts: if errors are mair than 0.5 % worse than the noo, it's aff; if p99 latency is mair than 200 ms worse, it's aff. The spoiler rate from the eval harness and the tokens each game costs are both watched, and a rise of mair than 1 point in spoilers or 25 % in cost takes it aff too.",
      '',
      'The stages are the antechamber (5 %), the vault (25 %) and the final door (100 %), with a full Saturday of bookings held at each before the next one opens.',
      '',
      "'If it goes wrong, we'll go back,' said head of games Morag Reid.",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cf049',
    scenario: 'model',
    class: 'middling',
    points: points('P C R'),
    text: [
      'LOCKFAST TO TRY A CHEAPER, FASTER HINT-GIVER',
      '',
      'ABERDEEN — Lockfast Games is moving its hint-giver to a cheaper and faster model. Product manager Kirsty Duguid decides who sees it when, and what takes it off; the engineers own the flag, the routing and the deploy.',
      '',
      "Lockfast's game masters get it first, because they will spot a daft hint in seconds. Key Holders who opted in to early access are next. Everyone else follows, and first-time teams come last, as one bad hint can spoil the only game they ever book.",
      '',
      "'We'll keep an eye on things and see how it goes,' said Duguid.",
      '',
      "Whoever's on the pager puts the old hint-giver back, at any hour and without asking anybody: it's a config switch that takes a couple of minutes, not a redeploy.",
    ].join('\n'),
  },
  // scenario: night-breach-rollback-authority
  {
    id: 'cf050',
    scenario: 'service',
    class: 'middling',
    points: points('T R A'),
    text: [
      'FARES MOVE TO THE NEW PRICING SERVICE ON TUESDAY NIGHT',
      '',
      "ABERDEEN — The ride-hailing app's fare calculation moves to a new pricing service from Tuesday evening. Product manager Fraser Thom, who ran late-night bookings at an escape-room site for years, says trips never stop, so neither does the watch.",
      '',
      "The limits were fixed and written down before the first fare was routed. 'If fare errors are mair than 0.5 % worse than the noo, it's aff. If p99 quote latency is mair than 200 ms worse, it's aff. If completed trips fall mair than 2 % against the old service, it's aff,' said Thom.",
      '',
      "The pricing service shares its nightly batch window with billing, so the hardest test comes at two in the morning. 'Whoever's on the pager puts the old pricing service back. At 2 a.m. they dinna phone me and they dinna wait for a manager. It's a routing switch, done in under five minutes,' said on-call lead Gordon Wyness.",
      '',
      "'And the canary only tells us the new fares are safe,' said Thom. 'If anybody wants to ken whether they're better for riders, that's a randomised A/B test after.'",
    ].join('\n'),
  },
  // scenario: quiet-feedback-trap
  {
    id: 'cf051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'LOCKFAST SWAPS IN A CHEAPER HINT MODEL',
      '',
      'ABERDEEN — Lockfast Games will move its hint-giver to a cheaper, faster model over the next few weeks, a bit at a time.',
      '',
      "'We'll let a few teams have it first and watch fit happens. If players start girning, we'll put it back,' said product manager Kirsty Duguid. 'The engineers ken fit they're doing.'",
    ].join('\n'),
  },
  // scenario: pricing-page-healthy
  {
    id: 'cf052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "VIDEO EDITOR'S PRICING PAGE GETS A CLEARER TABLE",
      '',
      "ABERDEEN — The online video editor's pricing page is getting a clearer comparison table in time for Friday's campaign. Product manager Eilidh Cowie, late of an escape-room booking site, said the change is a small one.",
      '',
      "'It's a page, nae mair. We'll show it tae some folk, then aabody. Canary releases are a good habit, you catch things early,' said Cowie.",
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cf053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'HINT-GIVER PROMPT CANARY: ROOMS, KEYS, LIMITS',
      '',
      'Warmer prompt. Canary cohorts Aberdeen Hamburg Munich Key Holders game masters first-time teams. Antechamber library cellar vault final door. Thresholds mair aff the noo 0.5 % 200 ms 2 points. Thumbs-down German Sie du formal address eval harness spoiler rate tokens p95. Keys turned Morag Reid Kirsty Duguid sign-off. Full Saturday bookings 2,000 conversations holds gates. Pager old hint-giver config switch rollback minutes. Randomised A/B safe better. PM owns engineering owns routing flag.',
    ].join('\n'),
  },
  // scenario: image-resizer-memory-leak
  {
    id: 'cf054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'IMAGE RESIZER CANARY — COHORTS, THRESHOLDS, HOLDS, KEYS',
      '',
      'Resizer new photo format memory day restart deploys Thursday 20 % faster benchmarks. Cohorts staff beta sellers marketplace listing pages. Thresholds errors p99 0.5 % 200 ms mair aff the noo. Antechamber vault final door full Saturday bookings requests. Sign-off both keys turned. Pager rollback old build config switch five minutes any hour. Canary safe A/B better randomised. PM owns cohorts limits holds, engineering routing flags deploy.',
    ].join('\n'),
  },
  // scenario: prompt-locale-thumbs-down
  {
    id: 'cf055',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "LOCKFAST'S NEW HINT VOICE: WHAT THE RELEASE WON'T DO",
      '',
      "ABERDEEN — Lockfast Games is rewriting its hint-giver's prompt to sound warmer and more casual. Product manager Kirsty Duguid set out what the release will not include.",
      '',
      "'We're nae putting the game masters or the Key Holders first, and we're nae keeping the German teams back till later. There'll be nae order to it at all,' said Duguid. 'We won't write doon any limits afore it starts, there's nae number that takes it aff, and naebody is watching thumbs-down or the eval harness language by language.'",
      '',
      "There will be no rooms and no holds between them, and nobody turns a key before it goes wider, head of games Morag Reid confirmed. 'The pager isnae for rolling back hint-givers. And we'll no be running an A/B test after, either.'",
      '',
      "'Fa owns the decisions? Naebody in particular,' said Duguid.",
    ].join('\n'),
  },
  // scenario: search-tail-latency
  {
    id: 'cf056',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'PAPER-SEARCH INDEX MOVE: NO ROOMS, NO KEYS',
      '',
      'ABERDEEN — The academic search engine is moving to a smaller, cheaper index layout. Product manager Neil Findlater, who once ran an escape-room site, explained what the team has decided against.',
      '',
      "'We're no starting wi staff or wi the free tier, and the institutional licences are no being kept till last,' said Findlater. 'Nae limits get fixed afore traffic moves: no on errors, no on p99, no on searches that end in a download.'",
      '',
      "'There's nae antechamber, nae vault, nae holding a full Saturday at each step, and neither me nor anybody else turns a key,' he said. 'Rolling back isnae something the pager does at night wi a switch, and we'll no follow it wi an A/B test.'",
      '',
      "'And I dinna own any o that either,' he added.",
    ].join('\n'),
  },
  // scenario: support-model-upgrade
  {
    id: 'cf057',
    scenario: 'model',
    class: 'misconception',
    points: points('P H S M'),
    text: [
      'BIGGER HINT-GIVER TO PROVE ITSELF IN A CANARY',
      '',
      "ABERDEEN — Lockfast Games will run its move to a bigger hint model as a canary, and product manager Kirsty Duguid says the canary is where Lockfast finds out whether the new model is better. 'The canary is our A/B test. If the teams on the big model escape faster than the rest, that proves it's the better hint-giver, and we ship it,' said Duguid.",
      '',
      'Duguid owns the order, the limits and the holds; the engineers own the routing and the flag.',
      '',
      'The rooms are the antechamber (5 % of games), the vault (25 %) and the final door (100 %), each held for a full Saturday of bookings. Duguid and head of games Morag Reid both turn their keys before the next room opens.',
      '',
      "Beyond errors, the eval harness's spoiler rate, thumbs-down on hints and tokens per game are watched in every room.",
      '',
      "'By the final door we'll hae the proof in the escape times. That's the number that goes to the board,' said Reid.",
    ].join('\n'),
  },
  // scenario: booking-purchases-lag
  {
    id: 'cf058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: [
      'HOLIDAY-RENTAL BOOKING PAGE GETS A NEW DATE PICKER, ROOM BY ROOM',
      '',
      'ABERDEEN — The holiday-rental site is giving its booking page a new date picker and a shorter form. Product manager Eilidh Cowie, who learned her trade booking escape rooms, is running the canary, and she says the limits should come from the dashboard, not from a meeting.',
      '',
      "'Ye cannae ken fit the right limit is till you've seen it running. We'll watch the graphs for the first day and set the numbers from fit we see,' said Cowie.",
      '',
      "Staff go first, since they'll report a daft date picker at once, then guests who opted in to early access, then returning guests. First-time guests go last, because a broken first booking is a guest who never comes back.",
      '',
      'The stages are the antechamber, the study and the final door, and each holds for a full Saturday of bookings, long enough for guests who talk it over at home to come back and book.',
      '',
      "'Whoever's on the pager puts the old booking page back, any hour, nae asking. It's a flag, it takes two minutes,' said engineering lead Ross Mair.",
    ].join('\n'),
  },
  // scenario: lunch-peak-recommendations
  {
    id: 'cf059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'LOCKFAST OPENS ITS FIRST ROOM IN SINGAPORE',
      '',
      "SINGAPORE — Lockfast Games, the Aberdeen escape-room company, opens The Lighthouse Keeper's Secret on Telok Ayer Street next month. Teams of two to six have an hour to find the keeper's logbook, fix the lamp and signal a ship before it reaches the rocks.",
      '',
      "'Fit like, Singapore? We've built the lamp room wi real brass and a foghorn you'll hear fae the street,' said head of games Morag Reid. 'The last puzzle took us three months. Nae spoilers, mind.'",
      '',
      "Corporate lunch bookings open on the first of the month, and the first fifty teams get a free photo at the final door. 'Bring a pal that's good wi knots,' said site lead Wei Ling Tan.",
    ].join('\n'),
  },
  // scenario: staff-cohort-artifact
  {
    id: 'cf060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'BIGGER PHOTOS AND A PROPER SIZE GUIDE FOR THE FASHION SHOP',
      '',
      "ABERDEEN — The fashion retailer's product pages are getting larger photos and a size guide. Product manager Fraser Thom, who built puzzle rooms before he built web shops, has strong views on both.",
      '',
      "'A jacket photographed fae the front only is like a room wi one wall lit. Show the back, show the cuffs, show it on a loon and on a quine,' said Thom.",
      '',
      "The size guide will give centimetres first and inches second, list the model's height beside every photo, and say plainly when a brand runs small. 'Folk shouldnae need a torch and a riddle to find their size,' said Thom. 'That's for my old job.'",
    ].join('\n'),
  },
];
