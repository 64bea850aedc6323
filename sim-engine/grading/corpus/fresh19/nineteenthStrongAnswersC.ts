import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Nineteenth fresh set, author c: strong answers (l041–l047), written blind and labelled by hand. */
export const NINETEENTH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'l041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "Righto, here's how I'd run it. First, who does what: the platform crew look after the " +
        "gateway and the actual traffic split, that's their patch. What's mine is who gets the " +
        "new model and when, which numbers send it back, and when we're good to go further.",
      '',
      'Order-wise, our own support agents get it first. They know payroll inside out and ' +
        "they'll pick a dodgy answer about leave or a payslip in two seconds. Then the preview " +
        'mob, who put their hands up for this, then workspace admins, because they ask the ' +
        "curly questions and they're not shy about telling us. Members after that. Trial " +
        'accounts and enterprise customers come last: a triallist who gets told the wrong thing' +
        ' about their pay just walks, and enterprise is where a bad answer costs real money.',
      '',
      'Before a single conversation moves, we write down what kills it, agreed with the eng ' +
        'lead: wrong-answer rate from the eval harness more than a point above the old model, ' +
        'thumbs-down up more than 15 per cent against the control group, p95 response time more' +
        ' than 800 ms slower, cost per conversation more than 40 cents over what finance has ' +
        "signed off on (they've already asked, so give them a cap, not a shrug), hand-offs to a" +
        ' human up more than 5 per cent, and plain errors up more than half a percent.',
      '',
      'Ramp is agents only, then 5, 20, 50 and 100 per cent. Each stage sits for at least 24 ' +
        'hours and until the harness has marked a few hundred real conversations; we go up only' +
        " if every number's inside its line. It's a model, so \"she'll be right\" after a day " +
        "isn't the gate, the numbers are. The eng lead and I both sign off every step up, in " +
        'the release channel, and nobody bumps it on a Friday arvo.',
      '',
      "If a line gets crossed, whoever's on call flicks the routing back to the old model. " +
        'Config change, done in under five minutes, any hour, no need to ring me first. We sort' +
        ' out the post-mortem in the morning.',
      '',
      "Last thing: all this tells us is that the big model is safe to run. It doesn't tell us" +
        " it's better, three eval points or not. For that we run a proper randomised A/B test " +
        "afterwards, and that's also where finance finds out if the extra cost is worth it.",
    ].join('\n'),
  },
  {
    id: 'l042',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '1. Scope. This plan governs the canary of the rewritten system prompt for the email ' +
        'writing assistant.',
      '2. Responsibilities. The Product Manager shall own the exposure order, the rollback ' +
        'criteria, the length of each stage and the decision to advance. The ML platform team ' +
        'shall own the gateway routing and its configuration.',
      '3. Exposure order. The new prompt shall be served first to employees, German-speaking ' +
        'staff included; then to early-access writers in both languages; then to a slice of ' +
        'English-language users and a slice of German-language users at the same time, each ' +
        'measured on its own. Business teams shall be served last, since a too-casual reply in ' +
        'a client email does them the most harm.',
      '4. Rollback criteria. The following limits shall be recorded before the first request ' +
        'is routed and shall apply to each language separately, against users on the current ' +
        'prompt: thumbs-down rate more than 10 % higher; eval-harness failures (invented facts,' +
        ' or informal address where the German test set requires Sie) more than 2 percentage ' +
        'points higher; p95 latency more than 300 ms higher; tokens per request more than 10 % ' +
        'higher; accepted suggestions more than 3 % lower. No limit shall be altered once the ' +
        'canary has begun.',
      '5. Stages. Traffic shall move through 1 %, 5 %, 25 %, 50 % and 100 %. Each stage shall' +
        ' be held for no less than 48 hours and until each language has at least 2,000 rated or' +
        ' graded responses, and shall be advanced only if every metric has stayed within its ' +
        'limit.',
      '6. Sign-off. Each advance shall require the written approval of the Product Manager ' +
        'and the engineering lead; while German-language users are in the cohort, a ' +
        'German-speaking reviewer shall also approve.',
      '7. Rollback. The on-call engineer shall be entitled to revert to the previous prompt ' +
        "at any hour without seeking anyone's approval. The reversion shall be a configuration " +
        'change at the gateway and shall complete within five minutes.',
      '8. Limits of the canary. The canary shall establish only that the new prompt is safe ' +
        'to serve. Any claim that users prefer the warmer tone shall be tested afterwards by a ' +
        'randomised A/B test.',
    ].join('\n'),
  },
  {
    id: 'l043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'OK, let me think this through out loud. A cheaper, faster model summarising vet notes:' +
        " the risk isn't that it falls over, it's that it quietly gets a dose or a diagnosis " +
        'wrong.',
      '',
      'Split of work first. Engineering runs the gateway and the routing. I decide who sees ' +
        'it, which numbers pull it, how long we wait and when we move on.',
      '',
      'My first instinct is staff, then pilot clinics, then 5 % of clinics for a day, then up' +
        ' from there. Hang on, though. A few hundred summaries a minute at peak, the harness ' +
        'grading one in two hundred, few vets rating anything: 5 % for a day gives me a handful' +
        " of graded summaries and maybe a dozen ratings. I'd be advancing on silence. So I'm " +
        'dropping that. The plan that stands is this one:',
      '',
      'For the canary, engineering sets the harness to grade every summary the new model ' +
        'writes, not one in two hundred. Pilot clinics, who signed up for this, get a one-tap ' +
        '"this summary is wrong" button and we ask them to use it. Staff go first for a sanity ' +
        'check, then the pilot clinics, then ordinary clinics; hospital groups last, because ' +
        'one bad summary in a referral there costs us the most.',
      '',
      'Limits, written down before any traffic moves: harness-flagged factual errors (wrong ' +
        'drug, dose or species) more than half a point above the old model; more than one ' +
        '"wrong" report per 200 summaries; p95 latency more than a second worse than control; ' +
        "cost per summary not actually lower, since that's the whole point; errors up more than" +
        ' 0.5 %.',
      '',
      'Stages: staff and pilots (about a tenth of traffic), then 30 %, 60 %, 100 %. A stage ' +
        'ends only when the harness has graded at least 1,500 canary summaries and vets have ' +
        "left at least 100 ratings, however long that takes. It's a metric gate, not a clock. " +
        'The eng lead and I both sign off each step up.',
      '',
      'Rollback: the on-call engineer switches the route back to the old model at any hour, ' +
        "without tracking me down, and it's done in under five minutes.",
      '',
      "And all of this only shows it's safe. Whether vets actually prefer the new summaries " +
        'is a question for an A/B test afterwards.',
    ].join('\n'),
  },
  {
    id: 'l044',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      '**Split of work.** Engineering and SRE run the gateway split and the feature stores. I' +
        ' own the order, the limits, the holds and the go/no-go at each stage.',
      '',
      '| Stage | Who gets the new model | Share | Hold before moving on | Who signs the go |',
      '|---|---|---|---|---|',
      '| 1 | Staff in Berlin and Singapore | 2 % | 24 h, including one Singapore lunch (about' +
        ' 05:00–08:00 in Berlin) | PM + eng lead |',
      '| 2 | Preview programme | 5 % | 48 h, two lunch peaks in each region | PM + eng lead |',
      '| 3 | 10 % of Singapore/KL and 10 % of Germany/Austria | ~20 % | 48 h, and ' +
        'feature-store load below 70 % at the Asian peak | PM + eng lead + SRE owner of the ' +
        'Asian stores |',
      '| 4 | Half of both regions | 50 % | 72 h, including a weekend day | PM + eng lead |',
      '| 5 | Everyone; Plus subscribers join only here | 100 % | — | PM + eng lead |',
      '',
      '**Limits, agreed before stage 1, per region, against users on the old model:** errors ' +
        '+0.5 %; p95 latency +150 ms; feature-store timeouts above 0.2 %; baskets added from ' +
        'recommendations −3 %; "not for me" taps on recommended baskets +10 %; eval replay of ' +
        'live requests (out-of-stock or irrelevant items recommended) +2 points; compute cost ' +
        'per request +20 %. Any one of them breached means rollback.',
      '',
      '**Rollback.** Whichever on-call engineer is awake, Berlin or Singapore, may switch the' +
        " gateway back to the old model without calling anyone. It's a routing config change " +
        'and takes under five minutes. That matters here: the Asian lunch peak lands while ' +
        'Berlin sleeps, so the Singapore on-call must have the authority.',
      '',
      '**Why this order.** Staff catch the obvious breakage; preview users chose to be early;' +
        ' then both regions in small slices, so that the Asian peak is tested early instead of ' +
        'hiding behind European volume; Plus subscribers, who pay us the most, last.',
      '',
      "**What it won't tell us.** Whether the new model sells more baskets. A clean canary " +
        "means it doesn't hurt; a randomised A/B test afterwards tells us whether it's better.",
    ].join('\n'),
  },
  {
    id: 'l045',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '**What do you own, and what does engineering own?**',
      'The platform team owns the proxy, the managed cluster and the traffic split. I own who' +
        ' moves first, the numbers that send us back, how long each step waits, and the call to' +
        ' advance.',
      '',
      '**Who goes first?**',
      'Our own staff, then the beta programme, then free workspaces: plenty of traffic, ' +
        'little harm if something breaks. Paid teams after that. Enterprise tenants go last; ' +
        "they have the biggest workspaces and contracts with uptime terms, and they're the " +
        'likeliest to hit cold-cache trouble.',
      '',
      '**What makes you roll back?**',
      'These are agreed and written into the release doc before any read goes through the ' +
        'proxy, compared with workspaces still on the old database: page-load errors up more ' +
        'than 0.3 %; p99 read latency more than 250 ms worse; failed task saves above 0.1 %; ' +
        "tasks edited per active user down more than 2 %. Nobody moves the lines once we've " +
        'started.',
      '',
      '**How does the ramp go?**',
      '1 %, 5 %, 20 %, 50 %, 100 % of workspaces. The load tests ran with warm caches, so ' +
        'each stage stays put until it has lived through a full weekday peak after a cache ' +
        "flush: at least 24 hours, longer if the peak hasn't come yet. We step up only if all " +
        'four numbers stayed inside their lines through that peak.',
      '',
      '**Who approves each step?**',
      'The platform lead and I, both, in writing on the release ticket. Neither of us can ' +
        'advance alone.',
      '',
      '**And if it goes wrong at 3 a.m.?**',
      "The on-call SRE points the proxy back at the old cluster without asking anyone. It's a" +
        " routing change and takes under five minutes. That's why the old cluster stays up: " +
        'switching it off waits until two weeks after 100 %, whatever the month-end plan says.',
      '',
      '**Does a clean canary prove the managed cluster is better?**',
      "No. It shows it's safe to run. If we want to say users get a faster product, that " +
        'takes a randomised A/B comparison afterwards.',
    ].join('\n'),
  },
  {
    id: 'l046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text:
      'The routing belongs to the payments engineers and the decisions around it belong to ' +
      'me: which customers meet the new SDK first, which numbers send it back, how long each ' +
      'stage waits and who says go. Employees come first, then the beta testers who signed up' +
      ' for rough edges, then a small slice of each of Android, iPhone and web counted ' +
      'separately, so that a burst of failures on Android cannot hide inside a healthy ' +
      'average, and loyalty members come last because a failed payment on a big order costs ' +
      'us our best customers. Before any payment goes through the new SDK we agree and write ' +
      'down the limits, measured per platform over rolling five-minute windows against ' +
      'customers still on the old SDK: payment failures more than three tenths of a ' +
      'percentage point higher, ninety-ninth-percentile payment time more than three hundred ' +
      'milliseconds slower, or completed orders more than two percent below the old cohort, ' +
      'and any single five-minute window with failures above one percent triggers a rollback ' +
      'on its own. The ramp runs one percent, five percent, twenty percent, fifty percent and' +
      ' then everyone, each step held for at least twenty-four hours and through at least one' +
      ' dinner peak, and the twenty percent stage must have lived through one Friday dinner ' +
      'before we go to fifty. The payments lead and I both sign off every step in writing. ' +
      'The engineer on call may switch traffic back to the old SDK at any hour without asking' +
      ' me, through the routing config rather than an app release, and it must be done in ' +
      'under five minutes; we rehearse that once before day one. None of this tells us ' +
      'whether wallet payments make people order more: the canary says the SDK is safe, and a' +
      ' randomised A/B test afterwards says whether it is better.',
  },
  {
    id: 'l047',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Eng: What do you need from us for the pricing-service rollout?',
      "PM: The split itself is yours: the routing flag, the deploy, the dashboards. I'm " +
        'deciding who sees new fares first, which numbers roll it back, how long we sit at each' +
        ' step, and who says go.',
      'Eng: Fine. Random one per cent to start?',
      'PM: No, a chosen order. Employees first, then the beta riders, then ordinary riders in' +
        ' small slices. Business accounts last: a wrong fare on a corporate invoice is a ' +
        'billing dispute and maybe a lost contract.',
      'Eng: Thresholds?',
      'PM: Fixed this week, before Tuesday evening, against riders still on the old service: ' +
        'fare-calculation errors up more than 0.2 %, p99 quote latency more than 150 ms worse, ' +
        'trips booked per quote down more than 1.5 %, and quoted-versus-charged mismatches ' +
        "above 0.1 %. We don't renegotiate them mid-rollout.",
      'Eng: Stages?',
      'PM: 1 %, 5 %, 25 %, 50 %, 100 %. Every stage sits through at least one full night ' +
        'including the billing batch window, and 25 % has to cover a weekend night because ' +
        "that's the peak. We move up only if every metric stayed inside its line the whole " +
        'time.',
      'Eng: Who approves moving up?',
      'PM: You as eng lead and me, both, written in the rollout ticket each morning. Neither ' +
        'of us alone.',
      "Eng: Here's my worry. It's 2 a.m. on a Saturday and mismatches spike. Does the on-call" +
        ' have to wake you?',
      'PM: No. The on-call engineer flips the flag back to the old pricing service as soon as' +
        ' a line is crossed, any hour, no approval needed, and it should be done in under five ' +
        "minutes. If it needs a redeploy, we're not ready to start. I'd rather read about a " +
        'rollback at breakfast than have it wait for me.',
      "Eng: Fair. And if it's clean, can we tell finance the new service prices better?",
      "PM: No. A clean canary says it's safe. Whether the new fares do better for riders or " +
        'revenue is a randomised A/B test afterwards.',
      "Eng: Agreed, then. I'll set up the flag and book a rollback rehearsal for Monday.",
      "PM: Good. That's the plan.",
    ].join('\n'),
  },
];
