import { hasAny } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { isDuration } from './tokens';
import { BUSINESS, ERRORS, LATENCY } from './vocabulary';

/**
 * The answer's own word for a stage, learned from its labels: "Ground floor: staff rides.",
 * "First floor: the opted-in beta.", "Top floor: everybody." make "floor" a stage, so that "every
 * floor needs two names" is a gate at every stage and each entry opens one. Three labels or more,
 * each a different one, must share the word: a memo's "Decision:" over every part names no stage,
 * and neither does one "Rollback: on-call". Two entries or more must hold a share or a length, in
 * the entry or the note after it ("Two days."), or the stages be held for one all at once ("each
 * round holds five working days"): "First row: a data analyst" in a hiring plan's table holds none.
 * A label ends at a colon, a dash or "is": "Round one - our own advisers", "Round two is …".
 * The same holds for names listed in one sentence ("low tide, half tide, high tide, and each tide
 * sits for six shifts"), and a run of three different labelled entries in a row, two of them
 * measured, makes every label's word a stage ("First stop: …", "The interchange: …").
 */

const MIN_OWN_STAGES = 3;
/** A label this short: "Ground floor", "Second floor", "Round two". */
const LABEL_WORDS = 3;
/** Entries of the labels that must hold a share or a length. */
const MIN_MEASURED_ENTRIES = 2;

/** What sets a label off from its entry: "Round one: …", "Round one - …", "Round one is …" */
const LABEL_ENDS = new Set([':', '-', '—', '–', 'is']);

/** The words of a label that opens its note, two or three of them; else none. */
export function labelOf(tokens: readonly Token[]): readonly Token[] {
  // Looked for only as far as a label may reach: a later end makes no label either way.
  const end = tokens.slice(0, LABEL_WORDS + 1).findIndex((token) => LABEL_ENDS.has(token.text));
  if (end < 2 || end > LABEL_WORDS || end === tokens.length - 1) return [];
  const label = tokens.slice(0, end);
  return label.every((token) => token.kind !== 'mark') ? label : [];
}

const NUMBERED_ENDS = new Set([',', '.']);

/**
 * "Race 1, the first seed.", "Race 3.": a word and its number opening a line with no verb, a
 * name with its note; else none. "Dock three, everyone on the rota reads the notes." says
 * something else.
 */
function numberedOpening(tokens: readonly Token[]): readonly Token[] {
  const [word, number, after] = tokens;
  if (word?.kind !== 'word' || tokens.some((token) => token.pos === 'VERB')) return [];
  if (number?.kind !== 'number' && number?.pos !== 'NUM') return [];
  return NUMBERED_ENDS.has(after?.text ?? '.') ? [word, number] : [];
}

/**
 * The noun a label names its stage by: the last word ("floor" in "Ground floor"), or the word
 * before a number that counts the stages ("round" in "Round two", "wave" in "Wave 3"). A label
 * ends on a noun, whatever the tagger says: "First crossing:" read as a verb names "crossing",
 * not "cross", so that "each crossing" is one of them.
 */
function headOf(label: readonly Token[]): string {
  const last = label.at(-1);
  const counted = last?.pos === 'NUM' || last?.kind === 'number';
  const head = counted ? label.at(-2) : last;
  return (head?.pos === 'VERB' ? head.text : head?.lemma) ?? '';
}

/** A share of traffic or a length of time: "10 % of orders", "Two days". */
function measures(sentence: Sentence | undefined): boolean {
  return (sentence?.tokens ?? []).some(
    (token) => token.unit === 'percent' || isDuration(token.unit),
  );
}

interface LabelledEntries {
  readonly labels: Set<string>;
  measured: number;
}

/**
 * Read once per answer: the sign-off, cohort and holds detectors are given the same sentences, and
 * each asks for the answer's stage words.
 */
const wordsRead = new WeakMap<readonly Sentence[], ReadonlySet<string>>();

/** The stage words an answer's labels share, each heading three different labels or more. */
export function ownStageWords(sentences: readonly Sentence[]): ReadonlySet<string> {
  let words = wordsRead.get(sentences);
  if (words === undefined) {
    words = stageWordsOf(sentences);
    wordsRead.set(sentences, words);
  }
  return words;
}

function stageWordsOf(sentences: readonly Sentence[]): ReadonlySet<string> {
  const entriesByHead = new Map<string, LabelledEntries>();
  sentences.forEach((sentence, i) => {
    const label = labelOf(sentence.tokens);
    const numbered = numberedOpening(sentence.tokens);
    if (label.length === 0 && numbered.length > 0) {
      // "Race 1, the first seed.": a numbered name opening its line labels it as a colon would.
      const entries = entriesByHead.get(headOf(numbered)) ?? { labels: new Set(), measured: 0 };
      entries.labels.add(numbered.map((token) => token.text).join(' '));
      if (measures(sentence) || measures(sentences[i + 1])) entries.measured++;
      entriesByHead.set(headOf(numbered), entries);
    }
    if (label.length === 0) return;
    const head = headOf(label);
    const entries = entriesByHead.get(head) ?? { labels: new Set<string>(), measured: 0 };
    entries.labels.add(label.map((token) => token.text).join(' '));
    if (measures(sentence) || measures(sentences[i + 1])) entries.measured++;
    entriesByHead.set(head, entries);
  });
  sentences.forEach((sentence) => {
    // "Low tide, half tide, high tide, spring tide, and we sit two market days at each one."
    listedStages(sentence.tokens).forEach((names, head) => {
      const entries = entriesByHead.get(head) ?? { labels: new Set<string>(), measured: 0 };
      names.forEach((name) => entries.labels.add(name));
      if (names.size >= MIN_OWN_STAGES && measures(sentence))
        entries.measured = MIN_MEASURED_ENTRIES;
      entriesByHead.set(head, entries);
    });
  });
  const words = new Set<string>([...labelledRunHeads(sentences), ...ladderItemHeads(sentences)]);
  entriesByHead.forEach((entries, head) => {
    if (entries.labels.size < MIN_OWN_STAGES) return;
    // "Each round holds five working days": the stages held for a length all at once.
    const heldEach = () => sentences.some((sentence) => eachHeld(sentence.tokens, head));
    if (entries.measured >= MIN_MEASURED_ENTRIES || heldEach()) words.add(head);
  });
  return words;
}

const LIST_MARKS = new Set([',', 'and', 'then', ':', ';']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A list item "low tide": a modifier and its noun, with a list mark or nothing on each side. */
function listItemAt(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at];
  const modifier = tokens[at - 1];
  if (noun?.pos !== 'NOUN' || modifier === undefined || !MODIFIER_POS.has(modifier.pos))
    return false;
  // "the first frame, the middle frames …": an article before the item's modifier is the item's.
  const article = tokens[at - 2]?.pos === 'DET' ? 1 : 0;
  const before = tokens[at - 2 - article];
  const after = tokens[at + 1];
  const opens = before === undefined || LIST_MARKS.has(before.text);
  // "the middle frames at 5 and 25 percent": an item may carry its share.
  const measured = after?.pos === 'ADP' && tokens[at + 2]?.kind === 'number';
  return (
    opens &&
    (after === undefined || after.kind === 'mark' || LIST_MARKS.has(after.text) || measured)
  );
}

/**
 * "Locks: bottom lock staff, middle lock 10 %, top lock 50 %": under a one-word heading, an item
 * names one of the heading's kind whatever follows it in its entry, and whatever the tagger calls
 * the word.
 */
function headedItemAt(tokens: readonly Token[], at: number, heading: string | undefined): boolean {
  const lemma = tokens[at]?.lemma ?? '';
  // "Lanes:" opening the sentence is read as a name, its plural kept: "lanes" heads "lane".
  return (
    heading !== undefined &&
    (lemma === heading || `${lemma}s` === heading) &&
    tokens[at - 1]?.kind === 'word' &&
    LIST_MARKS.has(tokens[at - 2]?.text ?? '')
  );
}

/**
 * The lemma of a one-word heading that opens the sentence ("Locks:"), if there is one. Not over
 * measures: "Limits: error limit 2 %, latency limit 300 ms, …" names no stages.
 */
function headingOf(tokens: readonly Token[]): string | undefined {
  if (tokens[1]?.text !== ':' || tokens[0]?.kind !== 'word') return undefined;
  if (hasAny(tokens, ERRORS) || hasAny(tokens, LATENCY) || hasAny(tokens, BUSINESS))
    return undefined;
  return tokens[0].lemma;
}

/** The names each noun is given in a list: "low tide, half tide, high tide" names three tides. */
function listedStages(tokens: readonly Token[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const heading = headingOf(tokens);
  tokens.forEach((token, at) => {
    if (!listItemAt(tokens, at) && !headedItemAt(tokens, at, heading)) return;
    const named = names.get(token.lemma) ?? new Set<string>();
    named.add(`${(tokens[at - 1] as Token).text.toLowerCase()} ${token.lemma}`);
    names.set(token.lemma, named);
  });
  const defined = heading === undefined ? [] : definedItems(tokens);
  if (heading !== undefined && defined.length >= MIN_OWN_STAGES) {
    names.set(heading.replace(/s$/, ''), new Set(defined));
  }
  return names;
}

const ITEM_MARKS = new Set([',', ';', 'then']);

/**
 * "Runs: the green circle is staff, the blue square is 5 %, the black diamond is 25 %": under a
 * one-word heading, items each saying what one of them is are the heading's kind, however each
 * is named. Their names, when three or more say "is".
 */
function definedItems(tokens: readonly Token[]): string[] {
  const items: Token[][] = [[]];
  for (const token of tokens.slice(2)) {
    if (ITEM_MARKS.has(token.text)) items.push([]);
    else items.at(-1)?.push(token);
  }
  return items
    .filter((item) => item.some((token, i) => token.text === 'is' && i > 0))
    .map((item) => item.map((token) => token.text).join(' '));
}

/** Whether the sentence lists three of the answer's own stages or more, by name. */
export function listsOwnStages(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  return [...listedStages(tokens)].some(
    ([head, named]) => words.has(head) && named.size >= MIN_OWN_STAGES,
  );
}

/**
 * "First stop: staff, 5 %. The interchange: 25 %. The terminus: everyone.": three labelled
 * entries in a row or more, two of them measured, are stages whatever each label's word, so
 * "the hold at each stop" is a hold at each of them.
 */
function labelledRunHeads(sentences: readonly Sentence[]): string[] {
  const heads: string[] = [];
  let run: string[] = [];
  let labels = new Set<string>();
  let measured = 0;
  const close = () => {
    // Three different labels: "Next round:" said three times names no stages.
    if (labels.size >= MIN_OWN_STAGES && measured >= MIN_MEASURED_ENTRIES) heads.push(...run);
    [run, labels, measured] = [[], new Set<string>(), 0];
  };
  for (const sentence of sentences) {
    const label = labelOf(sentence.tokens);
    const ordinal = run.length > 0 && label.length === 0 ? ordinalLabel(sentence.tokens) : '';
    if (label.length === 0 && ordinal === '') close();
    else {
      // "First crossing: …. Second: …. Third: …": an ordinal alone goes on naming the run's stage.
      run.push(ordinal === '' ? headOf(label) : (run[0] as string));
      labels.add(ordinal || label.map((token) => token.text).join(' '));
      if (measures(sentence)) measured++;
    }
  }
  close();
  return heads;
}

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'final']);

/** An ordinal standing alone as a label ("Second: …"), lower-cased; else "". */
function ordinalLabel(tokens: readonly Token[]): string {
  const word = tokens[0]?.text.toLowerCase() ?? '';
  return ORDINALS.has(word) && tokens[1]?.text === ':' ? word : '';
}

/** The sentences that open on a label of one of the answer's own stages. */
export function ownStageEntries(
  sentences: readonly Sentence[],
  words: ReadonlySet<string>,
): ReadonlySet<number> {
  const entries = new Set<number>();
  if (words.size === 0) return entries;
  for (const sentence of sentences) {
    const label = labelOf(sentence.tokens);
    if (label.length > 0 && words.has(headOf(label))) entries.add(sentence.index);
  }
  return entries;
}

const EVERY = new Set(['each', 'every']);

/** "Each round sits a full hiring week": every one of the stages given a length. */
function eachHeld(tokens: readonly Token[], head: string): boolean {
  return (
    eachOwnStage(tokens, new Set([head])) &&
    tokens.some((token) => isDuration(token.unit) && !token.negated)
  );
}

/**
 * "Every floor", "each floor", and "each" standing alone ("End of each, …", "two days at each."):
 * every one of the answer's own stages.
 */
export function eachOwnStage(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  return tokens.some(
    (token, i) =>
      (words.has(token.lemma) && EVERY.has(tokens[i - 1]?.text ?? '')) ||
      (token.text.toLowerCase() === 'each' && tokens[i + 1]?.kind === 'mark'),
  );
}

/** Shares a ladder names its items beside: three, as a ramp needs. */
const LADDER_SHARES = 3;

/** Words that take each of a ladder's items: "each wall", "every wall", "no wall … until". */
const TAKING_EACH = new Set([...EVERY, 'no']);

/**
 * "The path: warm-up wall 2 %, crux 25 %, top-out 100 %." then "We camp at each wall until …": a
 * noun that names one of a ladder's items, just before its share, is the answer's word for a stage
 * when another sentence takes "each", "every" or "no" of it.
 */
function ladderItemHeads(sentences: readonly Sentence[]): string[] {
  const items = new Set<string>();
  for (const { tokens } of sentences) {
    const shares = tokens.filter((token) => token.unit === 'percent');
    if (shares.length < LADDER_SHARES) continue;
    tokens.forEach((token, at) => {
      if (token.pos === 'NOUN' && tokens[at + 1]?.unit === 'percent') items.add(token.lemma);
    });
  }
  if (items.size === 0) return [];
  return [...items].filter((item) =>
    sentences.some(({ tokens }) =>
      tokens.some(
        (token, at) => token.lemma === item && TAKING_EACH.has(tokens[at - 1]?.text ?? ''),
      ),
    ),
  );
}
