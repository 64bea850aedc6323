import { assignedToSpeaker } from './roleTables';
import { withoutBrackets } from './bracketedAsides';
import { opensOnClause, jointSubjects, speakerOwnsItems, subjectSpelledOut } from './itemClauses';
import { assignsToPerson, headedByOrder, headedByPossessor, headedBySpeaker } from './listHeadings';
import { BINDING_MARKS, BINDING_POS, labelBindsNothing, termsRunAfterLabel } from './labelledTerms';
import { rowOfShortTerms } from './termRows';
import { tellingHeading } from './othersView';
import { DISCOURSE, LONG_SERIES, mayBeList, SERIES_CONJUNCTIONS } from './listCues';
import type { Token } from './tokens';

/** Whether a sentence is a list of terms rather than a statement, and the headings that relate one. */
export const RELATION_POS = new Set(['VERB', 'AUX', 'ADP', 'SCONJ']);
export const RELATION_MARKS = new Set(['→', '=', '≠', '>', '<', '≥', '≤', '+', '-', '—', '/']);
/** Words that link the items of a sequence as an arrow does ("staff, then beta, then the rest"). */
export const SEQUENCE_LINKS = new Set(['then', 'thereafter']);
/** Order words relate the groups of a list ("staff, then beta users, then the rest"). */
const ORDER_WORDS = new Set(['then', 'first', 'last', 'next', 'before', 'after', 'later']);

/**
 * "canary, rollback, thresholds, p99", "staff / pilot / clinics": mostly fragments of three words
 * or fewer, with no relation, between commas or slashes.
 */
export function isList(tokens: readonly Token[]): boolean {
  // Asked of every sentence read: most part no items, and none of the readings below can differ.
  if (!mayBeList(tokens)) return false;
  // None of the readings that call it a list would: the headings below need not be read.
  if (!listShaped(tokens)) return false;
  // A heading that says whose the items are relates them: "Decisions (mine): order, limits",
  // "The Director (me, the PM): order, limits", its bracket read before it is set aside.
  if (headedByOrder(tokens) || assignsToPerson(tokens) || headedBySpeaker(tokens)) return false;
  if (headedByPossessor(tokens)) return false;
  // "Each stage (staff, beta, then everyone) runs for three days": the series in brackets names
  // what the clause around it is about; the sentence is read without it.
  const outside = withoutBrackets(tokens);
  if (outside !== tokens) return isList(outside);
  if (assignedToSpeaker(tokens) || claimedAsOwn(tokens)) return false;
  const fragments = listFragments(tokens);
  if (tokens.some((token) => token.text === ':') && isHeadedSeries(tokens)) return true;
  // "Decisions I own: order, limits, holds": a clause heading relates the items that follow it.
  const heading = fragments[0] as ListFragment;
  const relates = heading.verb && heading.words >= 2 && !tellingHeading(tokens);
  if (relates && firstMark(tokens) === ':') return false;
  // "I own order, limits, holds, go/no-go.": the speaker's decisions, the objects of one verb.
  if (speakerOwnsItems(tokens) || jointSubjects(tokens)) return false;
  // "Each stage, the kennel, the forest trail, the frozen lake, holds for …": one subject.
  if (subjectSpelledOut(tokens)) return false;
  // "Rollback: whoever's on call flips the gateway back, any hour, no meeting": a clause of its
  // own under the heading, and notes on it after.
  if (firstMark(tokens) === ':' && opensOnClause(tokens)) return false;
  // "Whoever's on call puts the old model back, a flag flip, any hour, no asking": the same,
  // without the heading.
  if (firstMark(tokens) === ',' && opensOnClause(tokens, ',')) return false;
  if (isNounPhraseSeries(tokens)) return true;
  return fragmentsAreList(fragments);
}

/**
 * Whether a list reading could call the sentence a list: a headed series, a long series of noun
 * phrases, or mostly bare fragments, read past a bracketed series as isList reads it.
 */
function listShaped(tokens: readonly Token[]): boolean {
  const outside = withoutBrackets(tokens);
  if (outside !== tokens) return listShaped(outside);
  if (tokens.some((token) => token.text === ':') && isHeadedSeries(tokens)) return true;
  return isNounPhraseSeries(tokens) || fragmentsAreList(listFragments(tokens));
}

/** The fragments between commas, semicolons, colons and slashes, and what each holds. */
function listFragments(tokens: readonly Token[]): ListFragment[] {
  const fragments: ListFragment[] = [{ words: 0, related: false, verb: false, denies: false }];
  tokens.forEach((token, at) => {
    // "Safe, not better": a bare word set against its contrary is one item, not two; "no holds,
    // not a week" are two things refused.
    const contrary = token.text === 'not' && tokens[at - 1]?.text === ',';
    if (contrary && bareAffirmed(fragments.at(-2))) fragments.pop();
    const current = fragments.at(-1) as ListFragment;
    if (token.text === ',' || token.text === ';' || token.text === ':' || token.text === '/') {
      fragments.push({ words: 0, related: false, verb: false, denies: false });
    } else if (token.kind !== 'mark' && !DISCOURSE.has(token.text)) {
      current.words++;
      if (DENYING.has(token.text)) current.denies = true;
      if (RELATION_POS.has(token.pos)) current.verb = true;
      if (token.kind === 'number' || ORDER_WORDS.has(token.text)) current.related = true;
    } else if (RELATION_MARKS.has(token.text)) current.related = true;
  });
  return fragments;
}

/** Mostly bare fragments: three and nothing else, or four or more, three in five of them bare. */
function fragmentsAreList(fragments: readonly ListFragment[]): boolean {
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

/** At most this share of a series' items may hold a verb for it to be a list of noun phrases. */
const VERB_ITEM_SHARE = 0.3;
/** Below this share of items holding a number or an order word the series is not an order. */
const RELATED_ITEM_SHARE = 0.5;
const SERIES_MARKS = new Set([',', ';', '/']);

interface SeriesTally {
  items: number;
  /** A clause the list belongs to: "we watch errors, p99, …". */
  firstHasVerb: boolean;
  /** "Also hallucination, thumbs-down, …, since infrastructure metrics cannot see it". */
  lastHasVerb: boolean;
  withVerb: number;
  related: number;
}

/**
 * "Canary, PM owns, segments, error rate 0.5 %, p99 200 ms, ramp, 1 % 5 % 25 %, …", or without
 * commas "canary and ramp and holds and gates and …": a long series with no clause heading is a list of noun
 * phrases, however many domain terms it holds, unless its first or last item is a clause the list
 * belongs to ("we watch errors, p99, …"; "…, since infrastructure metrics cannot see it"), many of its items carry a verb of their own, or most
 * hold a number or an order word ("staff, then beta, then …, enterprise last";
 * "errors +0.5 %, p99 +200 ms, …"). Items that are only numbers are a ramp's stages.
 */
function isNounPhraseSeries(tokens: readonly Token[]): boolean {
  if (tokens.some((token) => token.text === ':')) return false;
  const tally = seriesTally(tokens);
  return (
    tally.items >= LONG_SERIES &&
    !tally.firstHasVerb &&
    !tally.lastHasVerb &&
    tally.withVerb / tally.items <= VERB_ITEM_SHARE &&
    tally.related / tally.items < RELATED_ITEM_SHARE
  );
}

/** Groups of a series of series: "the staging of …; the sign-off of …; rollback authority, …". */
const MIN_GROUPS = 3;

/**
 * "Considerations regarding the canary: the segmentation of …; the pre-commitment of …; the
 * staging of …": a heading with no finite verb over three semicolon groups or more of noun
 * phrases is a list, whatever the heading names. A heading that says something ("Limits, fixed
 * before launch: …", "Decisions I own: …") or a single comma series under a label stays as it was.
 */
function isHeadedSeries(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  const head = tokens.slice(0, colon);
  const finite = (token: Token) =>
    token.pos === 'AUX' || (token.pos === 'VERB' && !token.text.endsWith('ing'));
  if (head.some(finite)) return false;
  const tail = tokens.slice(colon + 1);
  if (tail.some((token) => token.text === ':')) return false;
  if (tail.filter((token) => token.text === ';').length < MIN_GROUPS - 1) return false;
  const tally = seriesTally(tail);
  // Under such a heading a last item with a verb ("… and of routing") is one more noun phrase.
  return (
    tally.items >= LONG_SERIES &&
    !tally.firstHasVerb &&
    tally.withVerb / tally.items <= VERB_ITEM_SHARE &&
    tally.related / tally.items < RELATED_ITEM_SHARE
  );
}

const OWN = new Set(['mine', 'ours']);

/**
 * "Ownership: the cohorts, the red lines, the holds and the sign-off are mine.": the items are the
 * subject of the one clause that claims them, which ends the sentence, not a list of notes.
 */
function claimedAsOwn(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  const last = words.length - 1;
  return OWN.has(words[last]?.text ?? '') && words[last - 1]?.lemma === 'be';
}

function seriesTally(tokens: readonly Token[]): SeriesTally {
  const tally: SeriesTally = {
    items: 0,
    firstHasVerb: false,
    lastHasVerb: false,
    withVerb: 0,
    related: 0,
  };
  const separators = tokens.some((token) => SERIES_MARKS.has(token.text))
    ? SERIES_MARKS
    : SERIES_CONJUNCTIONS;
  let words = 0;
  let verb = false;
  let related = false;
  // Plain state and a module-level helper, no closure: this runs for every sentence.
  for (const token of tokens) {
    if (separators.has(token.text)) {
      tallyItem(tally, words, verb, related);
      words = 0;
      verb = false;
      related = false;
    } else if (token.kind === 'number' || ORDER_WORDS.has(token.text)) related = true;
    if (token.kind !== 'word' || SERIES_CONJUNCTIONS.has(token.text)) continue;
    words++;
    if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
  }
  tallyItem(tally, words, verb, related);
  return tally;
}

/** Counts one item of a series, if it has words. */
function tallyItem(tally: SeriesTally, words: number, verb: boolean, related: boolean): void {
  if (words === 0) return;
  if (tally.items === 0) tally.firstHasVerb = verb;
  tally.lastHasVerb = verb;
  tally.items++;
  if (verb) tally.withVerb++;
  if (related) tally.related++;
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
  /** Says no to something: "no holds", "not a week". */
  denies: boolean;
}

const DENYING = new Set(['no', 'not', 'never', 'nor']);
/** Words of a bare item a contrary may follow: "safe", "a safety check". */
const CONTRARY_ITEM_WORDS = 3;

function bareAffirmed(fragment: ListFragment | undefined): boolean {
  if (fragment === undefined || fragment.verb || fragment.denies) return false;
  return fragment.words > 0 && fragment.words <= CONTRARY_ITEM_WORDS;
}

/**
 * When terms strung without any grammar word or heading carry this share of an answer's words,
 * the answer is a string of terms (every point's vocabulary, one fragment per line), not notes.
 * On the 225 training answers every salad but one is at 0.39 or more, every strong answer at
 * 0.27 or less.
 */
const TERM_STRING_SHARE = 0.5;

/** A fragment of terms with no grammar word, heading or relating mark: "hold 6 h metric gate". */
export function isTermString(tokens: readonly Token[]): boolean {
  // "CONTESTANT: Feature store!": a speaker's label binds nothing of what is said after it.
  const said = labelBindsNothing(tokens) ? tokens.slice(2) : tokens;
  if (!said.some((token) => BINDING_POS.has(token.pos) || BINDING_MARKS.has(token.text))) {
    return true;
  }
  if (termsRunAfterLabel(tokens)) return true;
  return termCells(said);
}

/** A table row has at least this many cells: "time | destination | gate | remarks". */
const MIN_CELLS = 3;
/** Words in a cell that strings terms: "thumbs-down hallucination eval harness". */
const STRUNG_WORDS = 3;

/**
 * "01:00 | lunch peak feature store | gate hold | thumbs-down eval harness": a table row (its
 * bars read as colons) whose every cell is a string of terms relates nothing, as a line of terms
 * does; a heading's one colon ("Mine: the order, …") still binds.
 */
function termCells(tokens: readonly Token[]): boolean {
  const cells: Token[][] = [[]];
  for (const token of tokens) {
    if (token.text === ':') cells.push([]);
    else cells.at(-1)?.push(token);
  }
  if (rowOfShortTerms(tokens)) return true;
  if (cells.length < MIN_CELLS) return false;
  // A stage's row of values ("| 1 | 2 % | 24 h |") strings no terms: one cell at least must.
  const strung = cells.some(
    (cell) => cell.filter((token) => token.kind === 'word').length >= STRUNG_WORDS,
  );
  return (
    strung &&
    cells.every((cell) =>
      cell.every((token) => !BINDING_POS.has(token.pos) && !BINDING_MARKS.has(token.text)),
    )
  );
}

/** True when term strings carry at least TERM_STRING_SHARE of the words of these sentences. */
export function mostlyTermStrings(
  sentences: readonly { readonly tokens: readonly Token[]; readonly words: number }[],
): boolean {
  let words = 0;
  let termWords = 0;
  for (const sentence of sentences) {
    words += sentence.words;
    if (isTermString(sentence.tokens)) termWords += sentence.words;
  }
  return words > 0 && termWords >= TERM_STRING_SHARE * words;
}
