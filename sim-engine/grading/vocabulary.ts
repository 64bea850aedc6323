import { lexicon } from './match';

/** The synonyms a strong answer may use, as data: normalised words, `*` for a prefix. */

export const CANARY = lexicon(
  'canary | canaries | the canary | staged rollout | progressive rollout | gradual rollout | ' +
    'the rollout | this rollout | our rollout | the ramp | canary cohort',
);

export const OWNERSHIP = lexicon(
  'as pm | as the pm | as a pm | as product manager | as the product manager | ' +
    'as a product manager | as product | i own | ' +
    // The speaker named as the PM in apposition, writing or setting the plan: "I, the PM, write
    // the card: …". Not "Only I, the PM, may decide a rollback", an approval held back.
    'i , the pm , write | i , the pm , own | i , the pm , set | i , the pm , choose | ' +
    'i , the product manager , write | i , the product manager , own | ' +
    'i would own | i will own | i decide | ' +
    'i would decide | i am accountable | i am responsible | i would be accountable | i set | ' +
    'i choose | i define | i make the call | i make three | i make the | my job | my role | my call | ' +
    'my decision* | my responsibilit* | the pm own* | pm own* | pms own | the pm decide* | ' +
    'pm decide* | product manager own* | product manager decide* | product owns | ' +
    // The same in a plan's future: "Product will own the exposure order, the limits …".
    'product will own | product would own | ' +
    // The role spelled out: "The product manager is responsible for the sequence of cohorts".
    'product manager is responsible | product manager is accountable | ' +
    'product manager will be responsible | product manager would be responsible | ' +
    // The PM named by the function: "Product decides the cohorts, the limits and each advance".
    'product decides | product decide | product chooses | product picks | product will decide | ' +
    'product would decide | product is accountable | product is responsible | ' +
    // A memo from the product side: "The product team will own the decisions: …".
    'product team own* | product team will own | product team would own | product team decide* | ' +
    'the pm is accountable | the pm is responsible | pm is responsible | what i own | ' +
    'decisions i own | decisions i make | the pm job | i am on the hook | owned by product | ' +
    'owned by the pm | what i decide | i would make the | i would make that | i sign up for | falls to me | falls to the pm | ' +
    'are mine | is mine | owner : me | pm decides | the pm is on the hook | i am on the hook | ' +
    'what i own | decisions i own | i would frame | three pm decisions | pm decisions | ' +
    // First-person possession and ownership nouns: "those are mine to make", "I am owner of".
    'mine | i am owner | i am the owner | i am the one who decide* | ownership : me | owned by me | ' +
    // The calls held as the speaker's: "I've got the calls: who sees it when, …".
    'i have got the calls | i have the calls | i have got the decisions | i have the decisions | ' +
    'i get the calls | i get the decisions | ' +
    // The speaker as the role that decides: "I'm the decision-maker for exposure order".
    'i am the decision maker | i am the decider | i am the final decision maker | ' +
    'i am the accountable owner | i am the single owner | i am the approver | ' +
    // The speaker's share of the work named as theirs: "my part is deciding who sees it".
    'my part is | my part would be | my part here is | my remit | ' +
    // The same share in other registers: "my bit is who gets it when", "my side is the order".
    'my bit is | my bit would be | my side is | my side would be | my share is | ' +
    // Taken up as the speaker's own: "I take my part, the order of the buyers, the limits".
    'i take my part | i take my share | i will take my part | ' +
    // Contracted: "my bit's the order, the limits and the holds".
    "my bit 's | my part 's | my side 's | my share 's | my end 's | " +
    // "My own is to decide who sees it first" (Nigerian English): the speaker's own share.
    'my own is to | my own will be to | my own would be to | ' +
    // "My end of it is the decisions: who goes when, …" (Irish English).
    'my end of it is | my end of it would be | my end is | ' +
    // The role the speaker holds, named by its possessive: "the PM's role … is to make …".
    "the pm 's role | the pm 's job | the product manager 's role | the product manager 's job | " +
    // The same share as the role's work: "the PM's work ends at the decisions: who sees it …".
    "the pm 's work | the product manager 's work | my work is | my work would be | my work ends | " +
    // A runbook's role line: "PM: owns cohort order, rollback limits, hold lengths".
    'pm : owns | pm : decides | pm : own | pm : decide | product : owns | product : decides',
);

export const ENGINEERING = lexicon(
  'engineering | engineers | engineer | eng | sre* | devops | infra | infrastructure team | ' +
    'platform team | platform | developers | the dev team | ops | ' +
    // Whoever else runs the mechanics, named as a team: "the ML team operates the rollout".
    'team | teams',
);
export const ENGINEERING_WORK = lexicon(
  'own* | handle* | run* | operate* | build* | implement* | mechanic* | plumbing | routing layer | ' +
    'deploy* | wire* | infrastructure layer | tooling | split | routing | gateway | proxy | traffic | ' +
    'execut* | serving | router | pipeline',
);

export const COHORTS = lexicon(
  'segment* | cohort* | which users | who goes first | who gets it first | audience* | ' +
    'exposure order | user groups | groups of users | rollout order',
);

/** Words that give a group its place in an order: "staff first, then the beta, new users last". */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['first', 'next', 'then', 'last']);

export const ORDER = lexicon(
  'first | then | next | after* | before | followed | last | finally | lastly | second | third | → | ' +
    'start with | begin with | starting with | later | only once | until | at the end | earliest | ' +
    'final wave | final stage | final step | final ring | last wave | last ring | ' +
    // Numbered waves and rings: "ring 0 staff, ring 1 beta".
    'ring 0 | ring 1 | ring 2 | ring one | ring two | wave 1 | wave 2 | wave one | wave two | ' +
    'phase 1 | phase 2 | phase one | phase two',
);

export const REASON = lexicon(
  'because | since | so that | so we | as they | as these | who tolerate* | tolerat* | forgiv* | ' +
    'report* | articulate | least to lose | lowest risk | blast radius | protect* | can absorb | ' +
    'most to lose | can not afford | can not lose | churn* | patient | catch* | signal | in order to | ' +
    'expensive | costly | trust | given that | bugs | are likely to | in case | risk of | ' +
    // Reasons said as consequences: who will tell us, who would lose or be hurt.
    'tell us | lose* | hurt* | sensitive | the whole point | live in | they are gone',
);

export const RANDOM = lexicon('random | randomly | at random');
export const EXPERIMENT = lexicon(
  'a/b* | ab test* | a b test* | split test* | experiment | experiments | randomi* | ' +
    'control group* | ' +
    'controlled trial | ' +
    // Said in plain words: "a fair test afterwards where shoppers are split at random".
    'fair test | fair comparison | split at random | randomly split',
);

export const THRESHOLD = lexicon(
  'threshold* | rollback criteria | rollback trigger* | guardrail* | trip wire* | tripwire* | ' +
    'kill criteria | abort criteria | stop criteria | rollback rule* | roll back if | ' +
    'roll back when | revert if | tolerance* | limits | red line* | stop line* | stop rule* | ' +
    'rollback line*',
);

export const ERRORS = lexicon(
  'error* | 5xx | 500s | http 500* | failure* | failed request* | exception* | crash* | ' +
    'success rate | availability | failed search* | failed quer* | failed call* | failed job* | ' +
    // Said in plain words: "more than 1 in 200 home screens failing to load".
    'failing to load | fail to load | fails to load | failed to load | ' +
    // Requests that never answer: "feature-store timeouts more than 0.5 points worse".
    'timeout* | timed out',
);
export const LATENCY = lexicon(
  'latency | latencies | p99 | p95 | p90 | p999 | tail latency | response time* | load time* | ' +
    'page load* | time to first token | 99th percentile | 95th percentile | query time* | ' +
    'search time* | ' +
    // Said in plain words: "the slowest 5 % of screens getting more than half a second slower".
    'slowest | slower',
);
export const BUSINESS = lexicon(
  'conversion* | checkout* | purchase* | revenue | orders | sign up* | signups | retention | ' +
    'engagement | click through | add to cart | booking* | completion rate | business metric* | ' +
    'sales | transactions | ' +
    // Outcomes and per-user rates a product counts ("completed trips per quote", "tasks per team").
    'completed* | per session | per active | per user | per visit | per quote | per started | ' +
    'download* | satisfaction | csat | nps | renewal* | task* created | ' +
    'baskets added | basket adds | added to basket* | add to basket | added to cart | ' +
    // A suggestion's uptake: "suggestion-acceptance rate more than 4 points worse".
    'acceptance rate',
);

/** What users say of the answers, as satisfaction is: "thumbs-down more than 2 points worse". */
export const FEEDBACK = lexicon('thumbs down | thumbs downs');

export const PRECOMMIT = lexicon(
  'pre commit* | precommit* | pre agreed | pre set | preset | agreed up front | agreed in advance | ' +
    'agreed before* | written down | write down | write them down | wrote down | in advance | ' +
    'up front | upfront | ahead of time | beforehand | before traffic | before any traffic | ' +
    'before the release | before the rollout | before the ramp | before launch | ' +
    'before the launch | before we start | before we ship | before we launch | before we begin | ' +
    'before we route | before we move | before the first | before anything | before starting | ' +
    'not while watching | not after',
);
export const BASELINE = lexicon(
  'baseline* | control | vs | versus | compared to | compared with | relative to | against the',
);
export const THRESHOLD_MISCONCEPTION = lexicon(
  'as we go | when we see | once we see | while watching | on the fly | eyeball* | gut feel* | ' +
    'we will know | see how it looks | play it by ear | decide later | figure it out later | ' +
    'figure out the | when we see real | by watching the | watch the dashboard and decide | ' +
    // Limits set while the rollout runs, said of the watching or of what is seen first.
    'while you watch | while we watch | as you watch | as we watch | set them live | ' +
    'see where the metrics settle | see where things settle | see where it settles | ' +
    'see where they settle | see where the numbers settle | see what normal looks like | ' +
    'see what normal variation looks like | ' +
    'learn what normal looks like | only know what normal looks like | decide where the line is | ' +
    'decide where the lines are | let the data tell us | let the data decide | ' +
    // "… watch the dashboard for the first day, and then decide where the lines go".
    'decide where the lines go | decide where the line goes | ' +
    'let the numbers tell us | as the rollout runs',
);

export const HOLD = lexicon(
  'hold* | ramp* | stage* | step* | gradual* | soak* | bake* | wait* | dwell* | phase* | ' +
    'traffic level* | increment* | each level | each gate | percent of traffic | ' +
    // "At each we stop until 2,000 orders have gone through": stopping until is waiting.
    'stop until | stops until | pause until | pauses until',
);
export const HOLD_VERBS = lexicon(
  'hold* | stay* | wait* | soak* | bake* | sit* | remain* | keep it | dwell* | for at least | ' +
    // "The late show bides a full week": to bide is to stay.
    'bide | bides | biding | bided | ' +
    // Holding said as enduring a period: "each level has to survive a weekend night peak".
    'surviv* | live through | lived through | lives through | ride out | ' +
    'before advancing | before moving | before promoting | before expanding | before going | ' +
    'before we move | before we go | before we advance | before we expand | before increasing | ' +
    'minimum of | at least | per step | per stage | per level | ' +
    // A stage's exit condition: "Done after 48 hours clean", "done when a full week passes clean".
    'done after | done when',
);
export const GATE_KIND = lexicon(
  'metric based | time based | metrics based | advance* only | only advance* | only move* | ' +
    'only promote* | only expand* | only go* | only proceed* | flat for | stable for | clean for | ' +
    'green for | healthy for | stay* within | stay* inside | stay* under | stay* below | ' +
    'stay* green | stay* flat | remain* within | remain* below | remain* under | stays | ' +
    'as long as | only if | only when | only once | time boxed | calendar time | metric gate* | ' +
    'metrics gate* | metric gated | gated on | gate on | ' +
    // Inside the pre-set lines for a length: "once everything has been inside the lines for 12 h".
    'inside the lines | within the lines | inside the limits | within the limits | ' +
    'inside its limits | within its limits | inside our limits | within our limits',
);

export const SIGN_OFF = lexicon(
  'sign off | signs off | signed off | signing off | signoff* | approv* | go no go | ' +
    'green light | explicit ok | explicit go | gatekeeper* | explicit yes | ' +
    // The flag that starts a race, as the light does: "both give it the green flag".
    'green flag | ' +
    // Approval in other words: a yes, an OK, the go, a name put to it.
    'my ok | an ok | their ok | say yes | says yes | give the go | give a go | give an explicit go | ' +
    'go ahead | put our names | put my name | put their names | the nod | consent* | ' +
    // A nod given as assent: "two nods, one from the engineering lead and one from me".
    'a nod | two nods | both nods | nod from | nods from | my nod | their nod | her nod | his nod | ' +
    // A nod as the label of a stage's note: "Nod: Aoife and me."
    'nod : | nods : | ' +
    // A thumb given in a chat as assent: "both give a thumbs in #fares-canary", "thumbed it".
    // Not "a thumbs-down rate", users' feedback: the hyphen is gone by the time this is read.
    'give a thumbs | gives a thumbs | given a thumbs | gave a thumbs | a thumbs in | ' +
    'two thumbs in | two thumbs on | two thumbs from | thumbed it | thumbs it | thumb it | ' +
    // A handshake as assent to the next step: "the clinical lead and I shake on it". Not a bare
    // "handshake", which in a service answer is as likely a connection's.
    'shake on it | shakes on it | shook on it | shake hands on | shook hands on',
);
export const EACH_GATE = lexicon(
  'each gate | every gate | each stage | every stage | each step | every step | each level | ' +
    'every level | each promotion | each increase | per gate | per stage | per step | per wave | ' +
    'at each | at every | ' +
    'before each | before every | every time | each ramp | each expansion | each jump | each move | every promotion | ' +
    'every move | every increase | every expansion | ' +
    // "Every change: the master lei-maker and I both lay the first lei over a shoulder": each change of stage.
    'each change | every change | ' +
    // "2 signatures per advance", "the PM and the eng manager sign each advance".
    'each advance | every advance | per advance | per promotion | per move | ' +
    // "Each holds a clinic day, and the eng lead and I both sign before the next."
    'before the next | ' +
    // A universal "nothing moves up until …" is a gate at every step.
    'nothing moves | nothing goes up | nothing goes | no step | no stage | no promotion | no silent | ' +
    // "We both sign before we move": the next move, whichever it is; so is "before advancing".
    'before we move | before moving on | before we go up | before advancing | before we advance | ' +
    // Advancing said as climbing: "a 'go on ahead' from the manager and me before we climb".
    'each climb | every climb | before we climb | ' +
    // "Both say "crack on" before any move": whichever move, so every one.
    'before any move | before any step | before any stage | before any promotion',
);
export const ROLES = lexicon(
  'i | me | myself | mine | pm | product manager | product lead | eng lead | engineering lead | ' +
    'engineering manager | tech lead | sre* | on call | oncall | release manager | ' +
    'release captain | director | head of | qa | support lead | incident commander | ' +
    'service owner | owner | vp | leadership | both of us | the team lead',
);

export const ROLLBACK = lexicon(
  'roll back | rollback* | rolled back | rolling back | rolls back | revert* | back out | ' +
    'kill switch | undo | abort* | dial it back | dial back | switch back | flip back | ' +
    'pull it back | pull the release | ' +
    // "Who can pull it, and how quickly?": pulling the release, said of the change itself.
    'pull it | pulls it | pull the plug | pulls the plug',
);
export const ROLLBACK_ROLES = lexicon(
  'on call | oncall | sre* | engineer* | anyone | anybody | whoever | eng lead | ' +
    'incident commander | duty | pager | the pm | i can | i may | i would call | i call | ' +
    'team lead | release captain | release manager | both of us | any engineer | the person',
);
export const AUTHORITY = lexicon(
  'can | may | allowed | authori* | empowered | authority | permission | call* | pull* | ' +
    'press* | hit | without asking | without waiting | without approval | no approval | ' +
    'needs no | does not need | decide* | own* | trigger* | without | on their own | by themselves | ' +
    'no approval | no permission | no asking | no need to ask | ' +
    // "The on-call engineer rolls back. She doesn't wake me, she doesn't wait."
    'does not wait | does not wake | without waking | no need to wake',
);
export const HOURS = lexicon(
  'twentyfourseven | any hour | any time | anytime | at night | night* | weekend* | ' +
    'around the clock | out of hours | after hours | business hours | off hours | office hours | ' +
    'rota | rotation | time zone* | overnight | holiday* | friday* | midnight | 1 am | 2 am | ' +
    '3 am | 4 am | 5 am | ' +
    'day or night | hour of day | any day | whatever hour | any hour | all hours | in the morning | ' +
    'in the night',
);
export const MECHANISM = lexicon(
  'routing | route* | config* | configuration | traffic split | traffic weight* | load balancer* | ' +
    'proxy | proxies | ' +
    'gateway | flag flip | flip* the flag | feature flag* | toggle* | switch* traffic | dial | ' +
    'shift* traffic | weight* | service mesh | not a redeploy | no redeploy* | not a deploy | ' +
    'not a code deploy | kill switch | traffic rule* | ' +
    // "Flag back to the old SDK, under five minutes": the flag as the verb of going back.
    'flag back | flags back | flagged back | flag it back | ' +
    // "Flag off, a couple of minutes": the new version's flag turned off, the old one serving.
    'flag off | flags off | flagged off | flag it off',
);
export const REDEPLOY = lexicon(
  'redeploy* | re deploy* | code deploy* | deploy the old | deploy the previous | new deploy* | ' +
    'rebuild* | hotfix* | push a fix | ship a fix | new build | full deploy* | deploy a fix | ' +
    'release the previous | roll forward',
);
/** A rollback's speed said without a number: any vague count of minutes ("in some minutes"). */
export const FAST = lexicon(
  'in seconds | within seconds | instantly | immediately | seconds | couple of minutes | ' +
    // Spoken without "of": "done in a couple minutes", "couple minutes".
    'couple minutes | few minutes | some minutes | several minutes | in minutes | within minutes | ' +
    'a minute',
);

export const SAFE = lexicon(
  'safe* | regress* | harm* | break* | broken | risk* | do no harm | damage | hurt* | bugs | ' +
    'nothing is broken | anything breaks',
);
export const BETTER = lexicon(
  'better | improv* | lift | lifts | uplift | win | wins | winning | winner* | outperform* | causal* | moves the metric | ' +
    'beats | superior | increase* conversion | prefer*',
);
/**
 * A gain said in other words: "whether it's faster for users", "whether the new pricing earns
 * more is an A/B test". A question an A/B test answers, as "better" is; not read as a lift
 * claimed from the canary, since "people wanted to announce that pages were faster" reports a
 * wish and "the faster model" names the change.
 */
export const OTHER_GAINS = lexicon(
  'faster | quicker | earns more | earn more | sells more | sell more | makes more money',
);
export const NOT_RANDOM = lexicon(
  'randomi* | not random* | non random* | self selected | selection bias | artifact* | causal* | ' +
    'confound* | biased | statistical* | significan* | control group* | random assignment | ' +
    'randomly assigned | isolate the effect | treatment effect',
);
export const SEQUENCE = lexicon(
  'then | after* | follow* | once | next | later | you need both | we need both | both | second',
);
export const HEDGE = lexicon(
  'artifact* | bias* | random* | causal* | noise | noisy | confound* | might | may | misleading',
);
/**
 * Each phrase naming an A/B test also as a transcript writes it, its letters said apart ("the canary
 * is our a b test").
 */
function withSpokenAb(spec: string): string {
  const spoken = spec
    .split('|')
    .filter((phrase) => phrase.includes('a/b'))
    .map((phrase) => phrase.replaceAll('a/b', 'a b'));
  return [spec, ...spoken].join(' | ');
}

export const SAME_AS_AB = lexicon(
  withSpokenAb(
    'same as | same thing | is an a/b | is just an a/b | is basically an a/b | kind of a/b | ' +
      'type of a/b | form of a/b | replaces the a/b | replace the a/b | skip the a/b | ' +
      'instead of an a/b | no need for an a/b | no a/b | is really our a/b | is our a/b | ' +
      'is really an a/b | is the same as an a/b | same thing as an a/b | replaces the a/b | ' +
      'is basically our a/b | doubles as the a/b | is effectively an a/b | is our experiment | ' +
      'is the experiment | is our test | no need for a separate | do not need a separate | ' +
      'already was the experiment | already was our experiment | ' +
      'instead of a separate | skip a separate | skip the separate | ' +
      // Caribbean English's "we" before a noun is "our": "this canary … it is we A/B test".
      'is we a/b | is we test | is we experiment',
  ),
);

/** A stage changing: promotion, moving up, the next step. */
export const STAGE_CHANGE = lexicon(
  'promot* | advanc* | progress* | move up | moves up | moving up | go up | goes up | going up | ' +
    'widen* | expand* | next stage | next step | transition* | the step | a step | each one | ' +
    'stage | step | wave | bump | move on | moves on | go wider | goes wider | ' +
    'going wider | broaden* | scale up | ramp up | step up | ' +
    // The ramp told as a climb: "climbing takes a 'go on ahead' from …", "to climb: …".
    'climb | climbs | climbing | ' +
    // A pronoun object inside the phrasal verb: "nobody moves it up without …".
    'move it up | moves it up | moving it up | move it on | moves it on | take it up | takes it up | ' +
    'bump it up | bumps it up | push it up | pushes it up | ramp it up | ramps it up | ' +
    // A plan told gate by gate changes stage as a gate opens: "a gate opens only with …".
    'gate opens | gates open | opens a gate | open a gate | opening a gate | next gate | ' +
    // Stages named by colour: "it doesn't change colour without two nods".
    'change colour | changes colour | change color | changes color | next colour | next color | ' +
    // "It doesn't go on to the next till …": the next stage, unnamed.
    'on to the next | onto the next | ' +
    // "Nobody moves to the next bridge until …", "before we go from one to the next".
    'moves to the next | move to the next | moving to the next | from one to the next | ' +
    // "We both say "go" or it stays where it is": the stage it would otherwise leave.
    'or it stays | or it stays put | or it stays where it is',
);

/**
 * Assent given by a mark a person puts on a step: "two names on it", "a signature from me",
 * "both tick every gate", "initials on the release record".
 */
export const MARKS = lexicon(
  'name | names | signature* | initial* | tick | ticks | ticked | ticking | tick off | countersign* | ' +
    'stamp* | check mark | checkmark* | thumbs up | okays | okayed | ' +
    // A two-key rule: "Reid and Duguid both turn their keys before every advance".
    'turn their keys | turn our keys | turns their key | turns her key | turns his key | turn my key',
);

/** Ownership handed to engineering: the misconception that the rollout is engineering's call. */
export const ENGINEERING_ONLY = lexicon(
  'engineering decision | engineering call | engineering job | engineering problem | ' +
    'up to engineering | left to engineering | for engineering to decide | not my call | ' +
    'not the pm job | not a product decision',
);
