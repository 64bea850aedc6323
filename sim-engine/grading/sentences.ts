import { MAX_ANSWER_CHARACTERS } from './answerLimits';
import { languageModel } from './language';
import { stageShares } from './quantities';
import type { Token } from './tokens';
import { rawTokens, tokensOf } from './tokens';

/** One sentence of an answer: its own words for evidence, its tokens for matching. */
export interface Sentence {
  readonly index: number;
  /** As the learner wrote it, trimmed (quoted back as evidence). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Word and number tokens. */
  readonly words: number;
  /** Words that relate others: verbs, auxiliaries, prepositions, subordinators, "→", "=", "<". */
  readonly relations: number;
  /** Grammar words: determiners, prepositions, pronouns, auxiliaries, conjunctions, particles. */
  readonly functionWords: number;
  /**
   * Says something: a clause, or a fragment that relates its terms ("Ramp: 1 → 5 → 25 %",
   * "sign-off at every gate"), and not a list of nouns or a repeat of an earlier sentence.
   * Only statements earn credit.
   */
  readonly isClause: boolean;
}

/** Longer text is graded on its beginning (the CLI and the app refuse it before it gets here). */
export const MAX_ANSWER_CHARS = MAX_ANSWER_CHARACTERS;

const BULLET = /^\s*(?:[-*•·▪‣◦>]|\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
const ENDS_SENTENCE = /[.!?:;]\s*$/;

/** An answer read by the language model. */
export interface ReadAnswer {
  readonly sentences: Sentence[];
  /** Words the English model knows, and words it does not. */
  readonly knownWords: number;
  readonly unknownWords: number;
  /** Longer than MAX_ANSWER_CHARS: only the beginning was read. */
  readonly truncated: boolean;
}

/** Splits an answer into sentences: bullets and blank lines break, hard-wrapped lines rejoin. */
export function splitSentences(answer: string): Sentence[] {
  return readAnswer(answer).sentences;
}

/** Reads an answer: its sentences and how much of it the English model recognises. */
export function readAnswer(answer: string): ReadAnswer {
  const nlp = languageModel();
  const sentences: Sentence[] = [];
  const seen = new Set<string>();
  let knownWords = 0;
  let unknownWords = 0;
  for (const block of blocks(answer.slice(0, MAX_ANSWER_CHARS))) {
    const { raw, spans, unknown, words } = rawTokens(nlp, block);
    knownWords += words - unknown;
    unknownWords += unknown;
    for (const span of spans) {
      const [start = 0, end = -1] = span;
      const tokens = tokensOf(raw, start, end);
      const text = textOf(raw.value, raw.spaces, start, end);
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const key = tokens.map((token) => token.text).join(' ');
      const repeat = seen.has(key);
      seen.add(key);
      sentences.push(analyse(text, tokens, sentences.length, repeat));
    }
  }
  return { sentences, knownWords, unknownWords, truncated: answer.length > MAX_ANSWER_CHARS };
}

function textOf(
  values: readonly string[],
  spaces: readonly string[],
  start: number,
  end: number,
): string {
  let text = '';
  for (let i = start; i <= end; i++) text += `${i === start ? '' : (spaces[i] ?? '')}${values[i]}`;
  return text.trim();
}

function blocks(answer: string): string[] {
  const lines = answer.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ' '));
  const result: string[] = [];
  let current: string[] = [];
  const close = () => {
    result.push(...joinWrapped(current));
    current = [];
  };
  for (const line of withoutLongRuns(lines).split('\n')) {
    const bullet = BULLET.test(line);
    const blank = line.trim() === '';
    const previous = current.at(-1);
    if (bullet || blank || previous === undefined || ENDS_SENTENCE.test(previous)) {
      close();
      if (!blank) current.push(line.replace(BULLET, '').trim());
    } else {
      current.push(line.trim());
    }
  }
  close();
  return result.filter((block) => block !== '');
}

/** No word is this long; the model's tokenizer is slow on such runs, and they say nothing. */
const LONGEST_WORD = 64;

/** The text with every run of LONGEST_WORD or more non-space characters blanked (a plain scan). */
function withoutLongRuns(text: string): string {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code === 32 || code === 10 || code === 9 ? 0 : run + 1;
    if (run >= LONGEST_WORD) return text.replace(/\S{64,}/gu, ' ');
  }
  return text;
}

const SENTENCE_END = /[.!?](?:\s|$)/;

/**
 * Lines that do not end a sentence are hard-wrapped prose and rejoin, unless no sentence ends
 * anywhere in them: then they are notes, one statement per line.
 */
function joinWrapped(lines: readonly string[]): string[] {
  if (lines.length <= 1) return [...lines];
  return lines.some((line) => SENTENCE_END.test(line)) ? [lines.join(' ')] : [...lines];
}

const RELATION_POS = new Set(['VERB', 'AUX', 'ADP', 'SCONJ']);
const RELATION_MARKS = new Set(['→', '=', '≠', '>', '<', '≥', '≤', '+', '-', '/']);
/** Words that link the items of a sequence as an arrow does ("staff, then beta, then the rest"). */
const SEQUENCE_LINKS = new Set(['then', 'thereafter']);
/** Spoken fillers and discourse words: a fragment of only these is no item of a list. */
const DISCOURSE = new Set([
  'um',
  'uh',
  'er',
  'erm',
  'so',
  'well',
  'like',
  'ok',
  'okay',
  'right',
  'yeah',
  'and',
  'also',
  'now',
]);
/** Order words relate the groups of a list ("staff, then beta users, then the rest"). */
const ORDER_WORDS = new Set(['then', 'first', 'last', 'next', 'before', 'after', 'later']);

const MIN_RAMP_STAGES = 3;
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'PART']);
/** English rarely strings more content words together than this without a grammar word or a mark. */
const LONGEST_NATURAL_RUN = 6;

function analyse(text: string, tokens: readonly Token[], index: number, repeat: boolean): Sentence {
  let words = 0;
  let relations = 0;
  let functionWords = 0;
  let run = 0;
  let longestRun = 0;
  for (const token of tokens) {
    if (token.kind !== 'mark') words++;
    if (isRelation(token)) relations++;
    if (FUNCTION_POS.has(token.pos)) functionWords++;
    // Sequence links and relating marks join words as grammar words do ("1 then 10 then 50").
    const joins = FUNCTION_POS.has(token.pos) || SEQUENCE_LINKS.has(token.text);
    run = token.kind !== 'mark' && !joins ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  // A heading such as "Order:" relates the items after it, as a verb would.
  // A ramp written as its stages ("Steps 1, 5, 25, 50, 100") relates them as arrows would.
  const says =
    headedByOrder(tokens) ||
    headedBySpeaker(tokens) ||
    stageShares(tokens).length >= MIN_RAMP_STAGES ||
    ((relations > 0 || tokens.some((token) => token.unit !== undefined)) &&
      (words >= 3 || relations > 0));
  const salad = longestRun > LONGEST_NATURAL_RUN;
  return {
    index,
    text,
    tokens,
    words,
    relations,
    functionWords,
    isClause: says && !salad && !repeat && !isList(tokens),
  };
}

function isRelation(token: Token): boolean {
  return (
    RELATION_POS.has(token.pos) || RELATION_MARKS.has(token.text) || SEQUENCE_LINKS.has(token.text)
  );
}

/** "canary, rollback, thresholds, p99": mostly fragments of three words or fewer, with no relation. */
function isList(tokens: readonly Token[]): boolean {
  if (headedByOrder(tokens) || assignsToPerson(tokens) || headedBySpeaker(tokens)) return false;
  const fragments: ListFragment[] = [{ words: 0, related: false, verb: false }];
  for (const token of tokens) {
    const current = fragments.at(-1) as ListFragment;
    if (token.text === ',' || token.text === ';' || token.text === ':') {
      fragments.push({ words: 0, related: false, verb: false });
    } else if (token.kind !== 'mark' && !DISCOURSE.has(token.text)) {
      current.words++;
      if (RELATION_POS.has(token.pos)) current.verb = true;
      if (token.kind === 'number' || ORDER_WORDS.has(token.text)) current.related = true;
    } else if (RELATION_MARKS.has(token.text)) current.related = true;
  }
  // "Decisions I own: order, limits, holds": a clause heading relates the items that follow it.
  const heading = fragments[0] as ListFragment;
  if (heading.verb && heading.words >= 2 && firstMark(tokens) === ':') return false;
  if (isNounPhraseSeries(tokens)) return true;
  // A verb relates words only when it has some: a one-word fragment ("routing") is a noun read
  // as a verb by the tagger.
  const items = fragments.filter((fragment) => fragment.words > 0);
  const bare = items.filter(
    (fragment) =>
      fragment.words <= 3 && !fragment.related && !(fragment.verb && fragment.words > 1),
  ).length;
  // Three bare fragments and nothing else ("rollback authority, routing, minutes") is a list too.
  if (items.length === 3 && bare === 3) return true;
  return items.length >= 4 && bare / items.length >= 0.6;
}

/** A series this long is a list whatever its items carry. */
const LONG_SERIES = 6;
/** At most this share of a series' items may hold a verb for it to be a list of noun phrases. */
const VERB_ITEM_SHARE = 0.3;

/**
 * "Canary, PM owns, segments, error rate 0.5 %, p99 200 ms, ramp, 1 % 5 % 25 %, …": a long
 * comma-separated series with no clause heading is a list of noun phrases, however many numbers
 * and domain terms it holds, unless many of its items carry a verb of their own. Items that are
 * only numbers are stages of a ramp, not noun phrases.
 */
function isNounPhraseSeries(tokens: readonly Token[]): boolean {
  if (tokens.some((token) => token.text === ':')) return false;
  let items = 0;
  let withVerb = 0;
  let words = 0;
  let verb = false;
  const close = () => {
    if (words > 0) items++;
    if (words > 0 && verb) withVerb++;
    words = 0;
    verb = false;
  };
  for (const token of tokens) {
    if (token.text === ',' || token.text === ';') close();
    else if (token.kind === 'word') {
      // Numbers alone are a ramp's stages ("1 %, 5 %, 25 %"), which a series relates.
      words++;
      if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
    }
  }
  close();
  return items >= LONG_SERIES && withVerb / items <= VERB_ITEM_SHARE;
}

function firstMark(tokens: readonly Token[]): string | undefined {
  return tokens.find((token) => token.text === ',' || token.text === ';' || token.text === ':')
    ?.text;
}

interface ListFragment {
  words: number;
  /** Holds a number, an order word or a relating mark. */
  related: boolean;
  /** Holds a verb, preposition or conjunction. */
  verb: boolean;
}

/** Headings that make the list after them an ordered sequence ("Order: staff, beta, the rest"). */
const ORDER_HEADINGS = new Set(['order', 'sequence']);

function headedByOrder(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return ORDER_HEADINGS.has(tokens[start]?.lemma ?? '') && tokens[start + 1]?.text === ':';
}

/**
 * A heading the speaker possesses relates the items after it as "I decide" would: "My calls:
 * order, kill lines, holds", "Mine: who gets it when".
 */
function headedBySpeaker(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[start]?.text === 'mine') return tokens[start + 1]?.text === ':';
  if (tokens[start]?.text !== 'my') return false;
  for (let at = start + 1; at <= start + 3 && tokens[at]?.kind === 'word'; at++) {
    if (tokens[at + 1]?.text === ':') return true;
  }
  return false;
}

/** Persons a note's heading can assign to ("Owner: me", "Sign-off | me and the ML lead"). */
const PERSONS = new Set(['me', 'i', 'myself', 'we', 'us']);

/** A note that assigns its heading to a person: "Owner: me, the PM, for who sees it when". */
function assignsToPerson(tokens: readonly Token[]): boolean {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  while (at < 3 && tokens[at]?.kind === 'word') at++;
  return tokens[at]?.text === ':' && PERSONS.has(tokens[at + 1]?.text ?? '');
}

/**
 * The first word of what a sentence says, past a bullet and a speaker's label ("Candidate: It
 * means …" opens on "it").
 */
export function openingWord(tokens: readonly Token[]): string {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[at + 1]?.text === ':' && tokens[at]?.kind === 'word') at += 2;
  return tokens[at]?.text ?? '';
}
