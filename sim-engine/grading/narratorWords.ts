/**
 * The word classes the narrator reading (narrator.ts) uses, as data: who can tell a plan, by which
 * verbs, what measures rather than tells, who stands for people in general. The reading itself is
 * by part of speech and clause position; these only say which words fill each role.
 */

export const SPEAKER = new Set([
  'i',
  'we',
  'me',
  'my',
  'our',
  'us',
  'mine',
  'ours',
  'myself',
  'ourselves',
]);
/** Verbs by which someone tells a plan: says, writes, spells out, recommends, answers. */
export const TELLING = new Set([
  'say',
  'tell',
  'describe',
  'recommend',
  'suggest',
  'propose',
  'advise',
  'spell',
  'outline',
  'claim',
  'argue',
  'preach',
  'teach',
  'prescribe',
  'explain',
  'lay',
  'insist',
  'swear',
  'put',
]);
/** Third persons who may tell a plan, read by part of speech rather than by name. */
export const THIRD_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/**
 * A telling followed by an assent or a metric's reading is a sign-off or a signal, not a plan; one
 * followed by "whether" answers a question ("a test after launch says whether it sells more").
 */
export const NOT_A_TELLING = new Set([
  'go',
  'yes',
  'no',
  'ok',
  'okay',
  'stop',
  'safe',
  'better',
  'nothing',
  'so',
  'red',
  'green',
  'otherwise',
  'whether',
]);
/** Listeners a telling is addressed to, between the verb and what it tells. */
export const ADDRESSEES = new Set(['you', 'us', 'me', 'them', 'him', 'her']);
/** What a telling that judges its source uninformative tells: "weekends tell you nothing". */
export const NOTHING_TOLD = new Set(['nothing', 'little']);
/** Things that measure rather than tell: "the canary says safe", "the dashboard says red". */
export const INSTRUMENTS = new Set([
  'canary',
  'dashboard',
  'metric',
  'data',
  'number',
  'graph',
  'chart',
  'alert',
  'monitor',
  'test',
  'result',
  'harness',
  'eval',
  'rate',
  'error',
  'date',
  'calendar',
  'clock',
  'signal',
  'score',
  'experiment',
  'comparison',
  'log',
  'trace',
  'latency',
  // The product's own assistant speaking is its output: "they'll catch the bot saying …".
  'bot',
  'chatbot',
]);
/** Generic people erring ("people often confuse this …") are corrected by the speaker, not followed. */
export const ERRING = new Set([
  'confuse',
  'mistake',
  'forget',
  'assume',
  'misread',
  'conflate',
  'skip',
]);
export const MODALS = new Set(['would', 'should', 'must', 'will', 'can', 'could', 'might', 'may']);
/** "The lab suggests it is better, but …": the speaker answers the report, in their own voice. */
export const CONTRASTS = new Set(['but', 'however', 'though', 'although', 'yet']);
/** General practice: a subject standing for anyone ("one", "people", "teams", "most companies"). */
export const GENERIC_AGENTS = new Set([
  'people',
  'folks',
  'teams',
  'companies',
  'organisations',
  'organizations',
  'orgs',
  'shops',
  'pms',
  'candidates',
  'everyone',
  'everybody',
]);
export const GENERIC_KINDS = new Set([
  'pm',
  'team',
  'company',
  'organisation',
  'organization',
  'candidate',
]);
export const INDEFINITE = new Set(['a', 'an', 'any', 'every', 'most', 'many', 'some']);
/** A written or recited source named as the whole of a short sentence: "Oh, the textbook.". */
export const SOURCES = new Set([
  'textbook',
  'book',
  'blog',
  'poem',
  'ode',
  'verse',
  'song',
  'postmortem',
  'chatbot',
  'bot',
  'article',
  'folklore',
  'gospel',
  'theory',
  'playbook',
]);
export const HABITUAL = new Set(['usually', 'generally', 'typically', 'normally', 'often', 'tend']);
export const CONDITIONS = new Set(['if', 'when', 'unless', 'whether', 'whenever', 'whatever']);
export const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
export const VERB_POS = new Set(['VERB', 'AUX']);
export const SOURCE_WORDS = 8;
/** A decision taken stands for this change: "She approved the pace", "The order was agreed". */
export const DECIDING = new Set([
  'decide',
  'agree',
  'approve',
  'choose',
  'fix',
  'set',
  'sign',
  'settle',
]);
/** The speaker's own role telling the plan, as a memo in the third person does: "Product proposes: …". */
export const SPEAKER_ROLES = new Set(['pm', 'product', 'undersigned', 'author']);
/** A third party who may own a story: "They pre-committed …", "Their PM owned …". */
export const THIRD_OWNERS = new Set(['they', 'he', 'she', 'their', 'his', 'her', 'its']);
/** Documents that carry a plan: someone else's is told, not planned ("the platform team's proposal:"). */
export const DOCUMENTS = new Set([
  'proposal',
  'doc',
  'document',
  'draft',
  'rfc',
  'writeup',
  'deck',
  'runbook',
  'playbook',
  'whitepaper',
  'blog',
  'article',
]);
export const THIRD_POSSESSIVES = new Set(['their', 'his', 'her']);
