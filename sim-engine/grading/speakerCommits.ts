import { NEGATOR_WORDS } from './match';
import { isPastForm, toldInPast } from './commitmentTurns';
import { presentsItsProductManager } from './namedProductManager';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import type { VoiceRead } from './narrator';
import { DECIDING } from './narratorWords';

/**
 * Positive evidence that the speaker commits to a plan, read for the whole answer (the inverted
 * burden): somewhere the speaker's own voice takes something on for now or later — a first-person
 * subject with a verb that is neither negated nor past ("I own the order", "we'll hold a day",
 * "I'd roll back"), a first-person possessive ("my sign-off", "our ramp", "mine to decide"), the
 * speaker named as the one who acts or signs ("sign-off: me and the eng lead", "owner: me (PM)"),
 * or "let's". An answer with such a sentence is the speaker's plan wherever no other narrator
 * tells it (narrator.ts). An answer without one is credited only when it is an unmarked plan:
 * no speaker at all and no other voice, no story told in the past, no he or she doing the
 * planning. Otherwise the speaker appears only to frame, relay or distance themself from a plan
 * ("I asked a chatbot …", "I haven't thought about that", "I read a postmortem …") and none of it
 * is theirs.
 */

const SUBJECTS = new Set(['i', 'we']);
const POSSESSIVES = new Set(['my', 'our', 'mine', 'ours']);
/** "me" as a verb's object ("ask me", "let me tell you", "told me") is not the speaker acting. */
const OBJECT_OF = new Set(['VERB', 'AUX']);
const NOT_ACTING_BEFORE = new Set(['to', 'at', 'without', 'for']);
/** Verbs of mind, report or hearing: the speaker knowing, thinking or telling is not planning. */
const NOT_PLANNING = new Set([
  'know',
  'think',
  'believe',
  'feel',
  'find',
  'guess',
  'suppose',
  'wonder',
  'remember',
  'like',
  'love',
  'hate',
  'hear',
  'ask',
  'tell',
  'say',
  'mean',
  'learn',
  'admire',
  'doubt',
  'expect',
  'hope',
  'imagine',
  'wish',
  'recall',
  'bet',
]);
/** "my friend's team", "our old manager": the speaker's possessive on another person's plan. */
const OTHER_PERSONS = new Set([
  'friend',
  'colleague',
  'manager',
  'boss',
  'mentor',
  'teacher',
  'professor',
  'partner',
  'former',
  'previous',
  'old',
  'last',
]);
/** "I am accountable", "we're responsible": the only states that take something on. */
const OWNING_STATES = new Set(['accountable', 'responsible', 'answerable', 'happy', 'willing']);
const VERB_REACH = 5;
const PAST_STORY = 2;
const STORY_SHARE = 0.3;
const PLANNING_THIRD = new Set(['he', 'she']);

function firstVerb(tokens: readonly Token[], from: number): number {
  for (let at = from; at < tokens.length && at < from + VERB_REACH; at++) {
    const pos = tokens[at]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return at;
  }
  return -1;
}

const CONDITIONS = new Set(['if', 'whether', 'unless']);
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–']);
const CONDITION_REACH = 3;

/** "whether we'd do anything like it", "if I were the PM": the speaker inside an open condition. */
function conditional(tokens: readonly Token[], at: number): boolean {
  // The condition opens the speaker's own clause ("whether we'd", "if, say, I were"); "whether
  // warmer is better we'd find out" is the speaker's answer to the condition.
  for (let i = at - 1; i >= 0 && i >= at - CONDITION_REACH; i--) {
    const text = tokens[i]?.text ?? '';
    if (CONDITIONS.has(text)) return true;
    if (CLAUSE_MARKS.has(text) || tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX')
      return false;
  }
  return false;
}

/** "I own …", "we'll hold", "I'd roll back": not "I haven't …", "we shipped …", "if I were …". */
function subjectCommits(tokens: readonly Token[], at: number): boolean {
  if (conditional(tokens, at)) return false;
  const verb = firstVerb(tokens, at + 1);
  // The speaker as subject of a fragment the tagger reads without a verb ("I: order, limits").
  if (verb < 0) return true;
  return plans(tokens, verb);
}

/**
 * The speaker's verb takes something on: not negated (unless the refusal is a gate, "not until
 * …"), not past, not a verb of mind or report.
 */
function plans(tokens: readonly Token[], verb: number): boolean {
  const token = tokens[verb] as Token;
  if (token.negated || NEGATOR_WORDS.has(tokens[verb + 1]?.text ?? '')) return gated(tokens, verb);
  // "We agreed the order last week": a decision taken stands for this change; "we shipped" tells.
  if (isPastForm(tokens, verb)) return DECIDING.has(token.lemma);
  // "we'd find out in an A/B test" plans; "I find it lovely" judges.
  if (NOT_PLANNING.has(token.lemma) && tokens[verb + 1]?.text !== 'out') return false;
  // "I read a thread about this" reports reading; "we read p99" watches a metric.
  if (token.lemma === 'read' && tokens.slice(verb + 1, verb + 4).some(isWritten)) return false;
  const next = tokens.slice(verb + 1).find((word) => word.pos !== 'ADV' && word.pos !== 'PART');
  if (next === undefined) return true;
  // "I'd own", "I'm picking": the verb after the auxiliary decides; "I'm wary" is a state.
  if (token.pos === 'AUX' && (next.pos === 'VERB' || next.pos === 'AUX')) {
    return plans(tokens, tokens.indexOf(next));
  }
  return token.lemma !== 'be' || next.pos !== 'ADJ' || OWNING_STATES.has(next.lemma);
}

/** Words that turn a refusal into a gate: "we don't move on until …", "unless …", "before …". */
const GATES = new Set(['until', 'unless', 'before', 'till']);
/** How far the gate may follow the refusal, within its clause: "do not move to the next stage until". */
const GATE_REACH = 10;
const GATE_CLAUSE_ENDS = new Set([',', ';', '.', ':', '—']);

/**
 * "We do not move on until a stage has met its criteria", "we don't move to the next stage until
 * Dev gives the go-ahead": a rule the speaker keeps, not a refusal.
 */
function gated(tokens: readonly Token[], verb: number): boolean {
  for (let at = verb + 1; at < Math.min(tokens.length, verb + 1 + GATE_REACH); at++) {
    const word = tokens[at] as Token;
    if (GATES.has(word.text)) return true;
    if (GATE_CLAUSE_ENDS.has(word.text)) return false;
  }
  return false;
}

/** The speaker named as the one who acts or signs ("a yes from me and the eng lead"), not an object. */
function namedActing(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  if (POSSESSIVES.has(token.text)) {
    const owned = tokens.slice(at + 1, at + 4);
    // "My colleague's plan" is another person's; "our colleagues get it first" is a group the
    // speaker's plan places, as "our employees" is.
    const group = (word: Token) => token.text === 'our' && word.text !== word.lemma;
    const another = owned.some(
      (word) => (OTHER_PERSONS.has(word.lemma) && !group(word)) || word.text === "'s",
    );
    return !token.negated && !another;
  }
  if (token.text === 'us') return tokens[at - 1]?.text === 'let';
  if (token.text !== 'me') return false;
  const before = tokens[at - 1];
  const object = OBJECT_OF.has(before?.pos ?? '') || NOT_ACTING_BEFORE.has(before?.text ?? '');
  return !object && !token.negated;
}

/**
 * Whether this sentence shows the speaker committing to something, now or later. A sentence whose
 * speaker is a subject is read by that subject's verb ("I wouldn't put my name on it" commits to
 * nothing, whatever "my" follows); otherwise by a possessive or the speaker named as acting, in a
 * sentence not told in the past.
 */
export function speakerCommits(tokens: readonly Token[]): boolean {
  const subjects: number[] = []; // by a loop: `flatMap` costs a microsecond a call, per sentence
  for (let at = 0; at < tokens.length; at++)
    if (SUBJECTS.has(tokens[at]?.text ?? '')) subjects.push(at);
  if (subjects.length > 0) return subjects.some((at) => subjectCommits(tokens, at));
  if (toldInPast(tokens)) return false;
  return tokens.some((_, at) => namedActing(tokens, at));
}

/** Sentences of a generic "you" with numbers that make a runbook rather than a passing remark. */
const RUNBOOK_LINES = 2;

/** Tokens that are this change's concrete specifics: a number ("1 %", "six hours", "p99"). */
function hasSpecifics(tokens: readonly Token[]): boolean {
  return tokens.some((token) => token.kind === 'number');
}

/**
 * A plan told to a generic "you" ("You go 1 %, 5 %, 25 %; you hold each stage six hours") is the
 * speaker's runbook when "you" is the subject of a planning verb in a sentence with this change's
 * numbers and no other voice telling it: a role handed to the listener ("you will own the
 * rollout") names no numbers, and advice relayed ("the books say you should hold six hours") or
 * a condition ("if you want to claim that") is another voice's or no one's.
 */
function genericYouPlans(tokens: readonly Token[], read: VoiceRead | undefined): boolean {
  if (read?.voice === 'other') return false;
  if (!hasSpecifics(tokens)) return false;
  return tokens.some((token, at) => {
    if (token.text !== 'you' || conditional(tokens, at)) return false;
    // The subject of its own clause ("…, and you hold"), not a clause inside another's ("for as
    // long as you set", "the order you drag them").
    const before = tokens[at - 1];
    if (before !== undefined && !CLAUSE_MARKS.has(before.text) && before.pos !== 'CCONJ') {
      return false;
    }
    const verb = firstVerb(tokens, at + 1);
    return verb >= 0 && tokens[verb]?.text !== 'should' && plans(tokens, verb);
  });
}

/** The speaker as a subject or an owner (I, we, my, our): present in the answer, acting or not. */
function speakerActs(tokens: readonly Token[]): boolean {
  return tokens.some((token) => SUBJECTS.has(token.text) || POSSESSIVES.has(token.text));
}

const WRITTEN = new Set(['thread', 'post', 'article', 'blog', 'book', 'paper', 'about']);

function isWritten(token: Token): boolean {
  return WRITTEN.has(token.lemma);
}

/** The verbs that give someone the plan's decisions: "you will own the rollout", "she decides". */
const OWNING = new Set(['own', 'decide', 'lead', 'approve', 'run']);

/**
 * In an answer with no speaker, someone else holds the plan: a third person doing the planning
 * ("She writes the limits down", a character's plan; never a decision taken, "She approved the
 * pace"), or the listener given its decisions ("You will own the rollout", a role described).
 */
function someoneElsePlans(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const listener = token.text === 'you';
    if (!PLANNING_THIRD.has(token.text) && !listener) return false;
    const next = tokens.slice(at + 1, at + 3).find((word) => word.pos !== 'ADV');
    if (listener) {
      // The tagger often reads "own" as an adjective: the word, not its tag, is read.
      const owns = tokens.slice(at + 1, at + 4).find((word) => OWNING.has(word.lemma));
      return owns !== undefined && !owns.negated;
    }
    const acts = next?.pos === 'VERB' || next?.pos === 'AUX';
    return acts && !DECIDING.has(next?.lemma ?? '');
  });
}

/**
 * A sentence telling what happened: its first verb in an active past form, after a subject — not
 * a decision taken ("The PM decided the order"), a record in the passive ("The order was agreed"),
 * or a label ("Stages held: a day each").
 */
function tellsWhatHappened(tokens: readonly Token[]): boolean {
  const verb = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  const token = tokens[verb];
  if (token === undefined || verb < 1 || !toldInPast(tokens)) return false;
  if (recurs(tokens)) return false;
  const passive = token.pos === 'AUX' && tokens[verb + 1]?.pos === 'VERB';
  const label = tokens[verb + 1]?.text === ':';
  return !passive && !label && !DECIDING.has(token.lemma);
}

/** Words of a standing arrangement: "reported daily", "tracked per stage", "checked each step". */
const RECURRING = new Set(['daily', 'hourly', 'weekly', 'nightly', 'per']);
const EACH = new Set(['each', 'every']);
const RECURRING_UNITS = new Set([
  'stage',
  'step',
  'phase',
  'gate',
  'day',
  'hour',
  'morning',
  'week',
]);

/**
 * "Cost per conversation reported to Finance daily", "Thumbs-down rate tracked per stage": a note
 * of what is done again and again reads like a past form without its auxiliary, and is an
 * arrangement, not an event told.
 */
function recurs(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, at) =>
      RECURRING.has(token.text) ||
      (EACH.has(token.text) && RECURRING_UNITS.has(tokens[at + 1]?.lemma ?? '')),
  );
}

/**
 * When nothing in the answer shows the speaker committing and something marks it as told by
 * someone or something else, the sentence that first marks it; otherwise -1.
 */
export function unownedAnswerMark(
  sentences: readonly Sentence[],
  reads: readonly VoiceRead[],
): number {
  if (sentences.some((sentence) => speakerCommits(sentence.tokens))) return -1;
  if (turnsFromPastToThisTime(sentences) || presentsItsProductManager(sentences)) return -1;
  const runbook = sentences.filter((sentence, at) => genericYouPlans(sentence.tokens, reads[at]));
  if (runbook.length >= RUNBOOK_LINES) return -1;
  const past: number[] = [];
  for (let at = 0; at < sentences.length; at++) {
    const tokens = sentences[at]?.tokens ?? [];
    if (reads[at]?.marks === true || speakerActs(tokens) || someoneElsePlans(tokens)) return at;
    if (tellsWhatHappened(tokens)) past.push(at);
  }
  // A memo may give a little history ("Staging showed no leak."); a story is much of the answer.
  const story = past.length >= Math.max(PAST_STORY, STORY_SHARE * sentences.length);
  return story ? (past[0] as number) : -1;
}

/**
 * "Last time we ran it badly. This time: staff first, …": after the speaker's own past, a plan
 * that opens on "this time" and is not told in the past is the speaker's, though no "I" or "we"
 * is in it.
 */
function turnsFromPastToThisTime(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ tokens }, at) => {
    // The cheap look first: most sentences do not open on "this time".
    if (tokens[0]?.text !== 'this' || tokens[1]?.text !== 'time' || toldInPast(tokens))
      return false;
    return sentences.slice(0, at).some((earlier) => tellsWhatHappened(earlier.tokens));
  });
}
