import { toldInPast } from './commitmentTurns';
import type { Token } from './tokens';

/**
 * The cues by which a sentence says whose plan it states and in which time and mood (read by
 * commitment.ts). Each recogniser reads the model's parts of speech and lemmas around a few
 * domain words; the words are data, the grammar is the model's.
 */

/** Words after which a framed clause gives way to what the speaker will actually do. */
export const CONTRASTS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'though',
  'instead',
  'realistically',
  'practically',
]);
/** What an ideal is said of: "in a perfect world", "in an ideal setup", "in the best case". */
const IDEAL_SETTINGS = new Set(['world', 'setup', 'case', 'scenario', 'situation', 'version']);
const IDEAL_ADJECTIVES = new Set(['ideal', 'perfect', 'best', 'dream']);
/** What a counterfactual lacks: "if we had (more) time", "if budget allowed". */
const LUXURIES = new Set(['time', 'budget', 'luxury', 'resources', 'room', 'headcount', 'weeks']);
/** A job or workplace of the past: "at my last job", "my previous company". */
const PAST_MARKS = new Set(['last', 'previous', 'old', 'former', 'first', 'prior']);
const WORKPLACES = new Set([
  'job',
  'company',
  'employer',
  'team',
  'role',
  'gig',
  'startup',
  'place',
  'workplace',
  'org',
  'organisation',
  'organization',
  'position',
]);
/** Someone else's plan told as a story: "a friend who is a PM at …", "a colleague told me how". */
const OTHER_PEOPLE = new Set(['friend', 'colleague', 'acquaintance', 'peer', 'mentor', 'ex']);
const STORY_VERBS = new Set(['tell', 'describe', 'explain', 'share']);
/** Verbs of holding or voicing a view: what someone says, wants, likes or swears by. */
const VIEW_VERBS = new Set([
  'say',
  'want',
  'like',
  'prefer',
  'suggest',
  'recommend',
  'swear',
  'talk',
  'remind',
  'think',
  'believe',
  'insist',
  'argue',
  'advocate',
  'favour',
  'favor',
  'love',
  'propose',
  'preach',
  'advise',
  'wish',
]);
/** Who holds a view: people, roles, teams and written sources (not the canary or a test). */
const VOICES = new Set([
  'manager',
  'boss',
  'book',
  'colleague',
  'friend',
  'lead',
  'team',
  'teams',
  'head',
  'analyst',
  'director',
  'vp',
  'cto',
  'ceo',
  'mentor',
  'people',
  'leadership',
  'growth',
  'finance',
  'legal',
  'sales',
  'marketing',
  'architect',
  'stakeholder',
  'engineer',
  'engineering',
  'sre',
  'everyone',
  'someone',
  'customer',
  'user',
]);
const ROLE_BEFORE = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP']);
const SUBORDINATORS = new Set(['whether', 'if', 'once', 'since', 'when', 'because', 'unless']);
/** A short assent after "says" is a sign-off, not a view: "the ML lead says go". */
const ASSENTS = new Set(['yes', 'go', 'ok', 'okay', 'no', 'stop']);
/** What a rubric is: "a strong answer", "what matters", "the checklist interviewers use". */
const ANSWER_QUALITIES = new Set(['strong', 'good', 'great', 'complete', 'model', 'ideal']);
const RUBRIC_NOUNS = new Set(['checklist', 'rubric']);
const RUBRIC_KEYS = new Set(['points', 'things', 'elements', 'ingredients', 'parts']);
const INTERVIEWERS = new Set(['interviewer', 'interviewers']);

/** Where an ideal or a counterfactual frames the sentence: "ideally", "in a perfect world", "if we had time". */
export function idealAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lemma === 'ideally' || token.text === 'ideally') return i;
    if (IDEAL_ADJECTIVES.has(token.text) && IDEAL_SETTINGS.has(tokens[i + 1]?.text ?? '')) return i;
    if (token.text === 'in' && tokens[i + 1]?.text === 'theory') return i;
    // "A textbook ramp would be …": the textbook's version, said in the conditional.
    if (token.text === 'textbook' && tokens[i + 2]?.text === 'would') return i;
    if (token.text === 'if' && counterfactual(tokens, i + 1)) return i;
  }
  return -1;
}

/** "If we had (more) time", "if budget allowed": a condition in the past form that will not hold. */
function counterfactual(tokens: readonly Token[], from: number): boolean {
  let pastForm = false;
  let luxury = false;
  for (let i = from; i < tokens.length && i < from + 5; i++) {
    if (tokens[i]?.text === ',') break;
    if (['had', 'were', 'allowed'].includes(tokens[i]?.text ?? '')) pastForm = true;
    if (LUXURIES.has(tokens[i]?.lemma ?? '')) luxury = true;
  }
  return pastForm && luxury;
}

/** "At my last job", "my previous company", "when I was at …": a workplace of the past. */
export function pastWorkplaceAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (
      token.text === 'my' &&
      PAST_MARKS.has(tokens[i + 1]?.text ?? '') &&
      WORKPLACES.has(tokens[i + 2]?.lemma ?? '')
    ) {
      return i;
    }
    if (token.text === 'when' && tokens[i + 1]?.text === 'i' && tokens[i + 2]?.text === 'was') {
      return i;
    }
  }
  return -1;
}

/** "A friend who is a PM at …", "a colleague told me how …": another person's plan as a story. */
export function otherStoryAt(tokens: readonly Token[]): number {
  const at = tokens.findIndex((token, i) => OTHER_PEOPLE.has(token.lemma) && i < 4);
  if (at < 0) return -1;
  const told = tokens.some((token) => STORY_VERBS.has(token.lemma) && token.pos === 'VERB');
  return told || toldInPast(tokens) ? at : -1;
}

/**
 * Someone else's view: the first verb is one of saying, wanting or liking, and its subject is a
 * named other ("the SRE book says", "my manager would want", "a colleague swears by"), not the
 * speaker and not a short assent ("the ML lead says go").
 */
export function othersViewAt(tokens: readonly Token[]): number {
  // The tagger reads a role's "lead" ("the on-call lead says") as a verb.
  const verb = tokens.findIndex(
    (token, at) =>
      token.pos === 'VERB' &&
      !(token.text === 'lead' && ROLE_BEFORE.has(tokens[at - 1]?.pos ?? '')),
  );
  if (verb < 1) return -1;
  const subject = tokens.slice(0, verb);
  const someone = subject.some((token) => VOICES.has(token.lemma) || VOICES.has(token.text));
  // "Whether users prefer it is …", "if growth wants a number, …": not a view held of the plan.
  const framed = subject.some(
    (token) => token.pos === 'SCONJ' || SUBORDINATORS.has(token.text) || token.text === ',',
  );
  // "My manager", "our analyst" are others; "I" or "we" would be the speaker's own view.
  const speaker = subject.some((token) => ['i', 'we', 'me'].includes(token.text));
  if (!someone || framed || speaker) return -1;
  const lemma = tokens[verb]?.lemma ?? '';
  const view =
    VIEW_VERBS.has(lemma) ||
    (lemma === 'keep' && VIEW_VERBS.has(tokens[verb + 1]?.lemma ?? '')) ||
    (lemma === 'always' && VIEW_VERBS.has(tokens[verb + 1]?.lemma ?? ''));
  if (!view || tokens[verb]?.negated) return -1;
  const said = tokens.slice(verb + 1).filter((token) => token.kind !== 'mark');
  return ASSENTS.has(said[0]?.text ?? '') ? -1 : 0;
}

/** "A strong answer names …", "what matters in a canary:", "the checklist interviewers use". */
export function recitesRubric(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const token = tokens[i] as Token;
    if (ANSWER_QUALITIES.has(token.text) && tokens[i + 1]?.lemma === 'answer') return true;
    // "Interviewer:" labels a transcript's turn; "interviewers listen for" recites the rubric.
    if (INTERVIEWERS.has(token.text) && tokens[i + 1]?.text !== ':') return true;
    if (RUBRIC_NOUNS.has(token.lemma)) return true;
    // "What matters in a canary", "the things that matter" (not "that matters here").
    const before = tokens[i - 1];
    const generic =
      before?.text === 'what' || (before?.text === 'that' && tokens[i - 2]?.pos === 'NOUN');
    if (token.lemma === 'matter' && generic) return true;
    if (token.text === 'key' && RUBRIC_KEYS.has(tokens[i + 1]?.text ?? '')) return true;
  }
  return false;
}

/** A blank to fill: "[metric]", "[N]", "[segment A]" (square brackets round a few words). */
export function hasBlank(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.text !== '[') continue;
    const close = tokens.findIndex((token, at) => at > i && token.text === ']');
    if (close > i + 1 && close - i <= 6) return true;
  }
  return false;
}

/** A question left unanswered: it ends on "?". */
export function asks(tokens: readonly Token[]): boolean {
  return tokens.at(-1)?.text === '?';
}

/** "Those are the questions I would want answered": a remark about the questions just asked. */
export function aboutQuestions(tokens: readonly Token[]): boolean {
  const pointing = tokens.some((token) => ['those', 'these', 'such'].includes(token.text));
  return pointing && tokens.some((token) => token.lemma === 'question');
}

/** Values and virtues: "patience is a virtue", "readiness is a culture", "insiders deserve …". */
const VALUE_WORDS = new Set([
  'virtue',
  'culture',
  'mindset',
  'journey',
  'value',
  'principle',
  'paramount',
  'deserve',
  'humility',
  'respect',
]);
/** Verbs that state a value rather than an action. */
const VALUE_VERBS = new Set(['be', 'matter', 'mean', 'deserve', 'hold', 'keep', 'guide', 'see']);

/**
 * A sentence that names values and does nothing: something said to be a value ("patience is a
 * virtue", "is paramount", "insiders deserve …"), and no verb of action.
 */
export function statesValues(tokens: readonly Token[]): boolean {
  const valued = tokens.some((token, at) => {
    if (token.lemma === 'deserve' && token.pos === 'VERB') return true;
    if (!VALUE_WORDS.has(token.lemma)) return false;
    const article = ['a', 'an'].includes(tokens[at - 1]?.text ?? '') ? 1 : 0;
    return tokens[at - 1 - article]?.lemma === 'be';
  });
  return valued && tokens.every((token) => token.pos !== 'VERB' || VALUE_VERBS.has(token.lemma));
}

const EXAMPLE_MARKS = new Set(['e.g.', 'eg', 'such', 'example']);

/** "e.g. internal, early access", "a number such as", "for example": examples, not choices. */
export function givesExamples(tokens: readonly Token[]): boolean {
  return tokens.some((token) => EXAMPLE_MARKS.has(token.text));
}

/** "Q: Cohort order?": a question that names a term and asks nothing of anyone. */
export function asksForATerm(tokens: readonly Token[]): boolean {
  if (!asks(tokens)) return false;
  const asked = tokens.filter((token) => token.kind !== 'mark' && token.text !== 'q');
  const wh = new Set(['who', 'what', 'when', 'how', 'which', 'why', 'where', 'whom']);
  const auxiliary = asked.some((token) => token.pos === 'AUX');
  return asked.length <= 4 && !asked.some((token) => wh.has(token.text)) && !auxiliary;
}
