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
/** Someone else's plan told as a story: "a friend who is a PM at …", "a colleague told me how". */
export const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  'friend',
  'colleague',
  'acquaintance',
  'peer',
  'mentor',
  'ex',
]);
const STORY_VERBS = new Set(['tell', 'describe', 'explain', 'share']);
/** What a rubric is: "a strong answer", "what matters", "the checklist interviewers use". */
const ANSWER_QUALITIES = new Set(['strong', 'good', 'great', 'complete', 'model', 'ideal']);
const EXPECTING = new Set(['want', 'expect', 'like', 'love', 'need']);
const OPTIONS = new Set(['option', 'alternative', 'options', 'alternatives']);
const RUBRIC_KEYS = new Set(['points', 'things', 'elements', 'ingredients', 'parts', 'questions']);
const INTERVIEWERS = new Set(['interviewer', 'interviewers']);

/** Where an ideal or a counterfactual frames the sentence: "ideally", "in a perfect world", "if we had time". */
export function idealAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lemma === 'ideally' || token.text === 'ideally') {
      // "…, ideally before the campaign peak": the wish is for when, not whether.
      if (tokens[i - 1]?.text === ',' && WHEN_WORDS.has(tokens[i + 1]?.text ?? '')) continue;
      // "… at least as good and ideally better": the wish is for a degree, not for the plan.
      if (DEGREE_JOINS.has(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.pos === 'ADJ') continue;
      return i;
    }
    // "In a perfect world", "in the best case" (not "Best case, we are at 100 % in a week").
    const setting =
      IDEAL_ADJECTIVES.has(token.text) && IDEAL_SETTINGS.has(tokens[i + 1]?.text ?? '');
    if (setting && (tokens[i - 1]?.text === 'in' || tokens[i - 2]?.text === 'in')) return i;
    if (token.text === 'in' && ['theory', 'principle'].includes(tokens[i + 1]?.text ?? ''))
      return i;
    if (token.text === 'theoretically' || token.text === 'hypothetically') return i;
    if (token.text === 'by' && tokens[i + 1]?.text === 'the' && tokens[i + 2]?.text === 'book')
      return i;
    // "A textbook ramp would be …": the textbook's version, said in the conditional.
    if (token.text === 'textbook' && tokens[i + 2]?.text === 'would') return i;
    if (token.text === 'if' && counterfactual(tokens, i + 1)) return i;
    if (wishes(tokens, i)) return i;
    // "Imagine a team that …", "Picture a rollout where …": a scene, not this change.
    if (i === 0 && SCENES.has(token.text)) return i;
    // "In a typical canary, staff go first …": a kind of release described, not this one.
    const typical = TYPICAL.has(token.text) && RELEASES.has(tokens[i + 1]?.lemma ?? '');
    if (typical && tokens[i - 2]?.text === 'in') return i;
  }
  return -1;
}

/** Words that join a second degree to a first: "as good and ideally better", "or ideally faster". */
const DEGREE_JOINS = new Set(['and', 'or', ',']);
/** Prepositions that open the time of an action, which "ideally" may qualify alone. */
const WHEN_WORDS = new Set(['before', 'after', 'by', 'within', 'during', 'over', 'on']);
const TYPICAL = new Set(['typical', 'standard', 'classic', 'usual', 'generic', 'normal']);
const RELEASES = new Set(['canary', 'rollout', 'release', 'setup', 'ramp']);
const SCENES = new Set(['imagine', 'picture', 'envision']);
const NICE = new Set(['nice', 'great', 'lovely', 'ideal']);

const NEGATIVE_QUANTIFIERS = new Set(['none', 'nothing', 'neither']);
/** How far back a negative quantifier opening the wish's clause is looked for. */
const QUANTIFIER_REACH = 5;

/** "…, none of which I would wish to leave to chance": the wish is refused, for each thing named. */
function refusedByQuantifier(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - QUANTIFIER_REACH; i--) {
    if (NEGATIVE_QUANTIFIERS.has(tokens[i]?.text ?? '')) return true;
  }
  return false;
}

/** "I'd love to …", "I wish we could …", "it would be nice to …": a wish, not a plan. */
function wishes(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (token.lemma === 'wish' && token.pos === 'VERB' && !token.negated) {
    return !refusedByQuantifier(tokens, at);
  }
  if (token.text !== 'would') return false;
  const next = tokens[at + 1];
  if (next?.text === 'love' && tokens[at + 2]?.text === 'to') return true;
  return (
    next?.text === 'be' && NICE.has(tokens[at + 2]?.text ?? '') && tokens[at + 3]?.text === 'to'
  );
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

/** "A friend who is a PM at …", "a colleague told me how …": another person's plan as a story. */
export function otherStoryAt(tokens: readonly Token[]): number {
  const at = tokens.findIndex((token, i) => OTHER_PEOPLE.has(token.lemma) && i < 4);
  if (at < 0) return -1;
  const told = tokens.some((token) => STORY_VERBS.has(token.lemma) && token.pos === 'VERB');
  // "Then opted-in friends in Titioro": a past form before the person modifies them; a story's
  // verb is the person's own, after them.
  return told || toldInPast(withoutRelativeVerb(tokens.slice(at), 0)) ? at : -1;
}

/** Words from the person's noun to a relative pronoun: "friends of the still who". */
const RELATIVE_REACH = 4;

/**
 * "Then the friends of the still who asked to try it": the past verb of a relative clause says
 * which people, not what they did in a story; the sentence tells a story only by a verb of its
 * own ("A friend who worked at a bank ran …").
 */
function withoutRelativeVerb(tokens: readonly Token[], person: number): readonly Token[] {
  const relative = tokens.findIndex(
    (token, i) => i > person && i <= person + RELATIVE_REACH && token.text === 'who',
  );
  if (relative < 0) return tokens;
  const verb = tokens.findIndex((token, i) => i > relative && token.pos === 'VERB');
  return verb < 0 ? tokens : [...tokens.slice(0, relative), ...tokens.slice(verb + 1)];
}

/** "A strong answer names …", "what matters in a canary:", "the checklist interviewers use". */
export function recitesRubric(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const token = tokens[i] as Token;
    if (ANSWER_QUALITIES.has(token.text) && tokens[i + 1]?.lemma === 'answer') return true;
    // "Interviewer:" labels a transcript's turn; "interviewers listen for" recites the rubric.
    if (INTERVIEWERS.has(token.text) && tokens[i + 1]?.text !== ':') return true;
    // "You probably want to hear that …": what the listener expects, recited.
    if (
      token.lemma === 'hear' &&
      tokens[i - 1]?.text === 'to' &&
      EXPECTING.has(tokens[i - 2]?.lemma ?? '')
    ) {
      return true;
    }
    // "Quick true-or-false round:", "A quiz for you:": statements put to the listener to judge.
    if (token.text === 'quiz') return true;
    if (token.text === 'true' && tokens[i + 1]?.text === 'or' && tokens[i + 2]?.text === 'false') {
      return true;
    }
    // "Options: …", "Option A: …", "Alternatives: …": laid out, none chosen.
    const option = OPTIONS.has(token.lemma) || OPTIONS.has(token.text);
    if (i === 0 && option && !toldOfOption(tokens)) return true;
    // "What matters in a canary", "the things that matter in a canary release": said of canaries
    // in general (a plan's own heading, "What matters here:", "Key points:", is the speaker's).
    const before = tokens[i - 1];
    const generic =
      before?.text === 'what' ||
      (before?.text === 'that' && RUBRIC_KEYS.has(tokens[i - 2]?.text ?? ''));
    if (token.lemma === 'matter' && generic && aboutCanariesInGeneral(tokens, i + 1)) return true;
  }
  return false;
}

/**
 * "Option 5 has changed.": an option told of, by a sentence of its own, lays out none. Joined to
 * the terms after it ("option 3 has changed — press 3 for: thresholds, …") it still heads them.
 */
function toldOfOption(tokens: readonly Token[]): boolean {
  return [1, 2].some(
    (at) =>
      tokens[at]?.pos === 'AUX' &&
      tokens[at + 1]?.pos === 'VERB' &&
      tokens.slice(at + 2).every((token) => token.kind === 'mark'),
  );
}

/** "… in a canary (release)", "… in canary releases": canaries in general, not this change. */
function aboutCanariesInGeneral(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.text !== 'in') return false;
  const article = ['a', 'an', 'any'].includes(tokens[from + 1]?.text ?? '') ? 1 : 0;
  return RELEASES.has(tokens[from + 1 + article]?.lemma ?? '');
}

/** A question left unanswered: it ends on "?". */
export function asks(tokens: readonly Token[]): boolean {
  return tokens.at(-1)?.text === '?';
}

/**
 * "Those are the questions I would want answered": a remark about the questions just asked.
 * "Notice to candidates: Question 8 is withdrawn.": the question taken back, left unanswered.
 */
export function aboutQuestions(tokens: readonly Token[]): boolean {
  if (!tokens.some((token) => token.lemma === 'question')) return false;
  return tokens.some(
    (token) =>
      ['those', 'these', 'such'].includes(token.text) || QUESTION_WITHDRAWN.has(token.text),
  );
}

/** What an examiner does to a question no one is to answer. */
const QUESTION_WITHDRAWN = new Set(['withdrawn', 'cancelled', 'canceled', 'struck', 'dropped']);

/** Values and virtues: "patience is a virtue", "readiness is a culture", "insiders deserve …". */
export const VALUE_WORDS: ReadonlySet<string> = new Set([
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
  if (tokens.length === 0) return true;
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
