import { holdNoteGivesLength, opensOnLength } from './holdNotes';
import { labelOf } from './ownStages';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * A ramp told as numbered calls or entries under one word ("Call three, the first net: …",
 * "Runner 2: …"), each held by a note or an order to hold after it, or in its own entry. Read by
 * ramp.ts.
 */

/** Numbered entries under one word that hold notes must hold before they name the stages. */
const MIN_NUMBERED_HELD = 2;

/**
 * "Runner 1: press staff." "Hold: 1,500 suggestions." "Runner 2: opted-in tasters." "Hold: 8,000
 * suggestions.": entries numbered under one word, each held by the note after it, are held stages
 * though they name no share.
 */
export function numberedEntriesHeld(sentences: readonly Sentence[]): Sentence[] {
  const heldByWord = new Map<string, Sentence[]>();
  let entry: { word: string; sentence: Sentence } | undefined;
  const hold = (held: { word: string; sentence: Sentence }) =>
    heldByWord.set(held.word, [...(heldByWord.get(held.word) ?? []), held.sentence]);
  for (const sentence of sentences) {
    const word = numberedLabelWord(sentence.tokens);
    const heldHere = word !== undefined && holdsForLength(sentence.tokens, 1);
    if (word !== undefined) entry = heldHere ? undefined : { word, sentence };
    if (word !== undefined && heldHere) hold({ word, sentence });
    else if (entry !== undefined && word === undefined && heldByNote(sentence.tokens)) {
      hold(entry);
      entry = undefined;
    }
  }
  return [...heldByWord.values()].filter((held) => held.length >= MIN_NUMBERED_HELD).flat();
}

/** "Hold: 1,500 suggestions.", or said as an order: "Hold a full week of the festival." */
function heldByNote(tokens: readonly Token[]): boolean {
  return holdNoteGivesLength(tokens) || holdsForLength(tokens, 0);
}

const CLAUSE_MARKS = new Set([',', ':', ';', '—', '–', '-']);

/**
 * "…, staff and bakers, hold 1,000 conversations", "Hold for two days.": "hold" said as an order
 * where a clause starts, with its length straight after it. From `from` on: an entry's own label
 * does not hold it.
 */
function holdsForLength(tokens: readonly Token[], from: number): boolean {
  return tokens.some((token, at) => {
    if (at < from || token.negated || (token.text !== 'hold' && token.text !== 'holds'))
      return false;
    const before = tokens[at - 1];
    if (before !== undefined && !CLAUSE_MARKS.has(before.text)) return false;
    const length = tokens.slice(at + 1);
    return opensOnLength(length[0]?.text === 'for' ? length.slice(1) : length);
  });
}

const APPOSITION_MARKS = new Set([',', '—', '–']);

/**
 * "Runner 1:" gives "runner", as does "Call four, the enrobing line, 20 %:", whose number is set
 * off by a comma; a label not ending on its number gives nothing.
 */
function numberedLabelWord(tokens: readonly Token[]): string | undefined {
  const opening = APPOSITION_MARKS.has(tokens[2]?.text ?? '') ? tokens.slice(0, 2) : [];
  const label = opening.length === 2 ? opening : labelOf(tokens);
  const number = label[1];
  if (label.length !== 2 || (number?.kind !== 'number' && number?.pos !== 'NUM')) return undefined;
  return label[0]?.kind === 'word' ? label[0].lemma : undefined;
}
