import type { Sentence } from './sentences';
import { SPEAKER_WORDS } from './speaker';
import type { Token } from './tokens';

/**
 * Notes with no one in them: an answer that never names the speaker or the listener ("PM
 * decisions, engineering routing, ownership. Holds, gates, 24 hours, sign-off.") commits no one
 * to anything. Its notes count in full only where enough of its words stand in sentences with a
 * verb that says something; a colon or a noun the tagger calls a verb ("On-call, rollback,
 * routing flag") is not one. An answer with a person in it ("Mine: cohort sequence, abort
 * limits") keeps the ordinary reading of notes (answerChecks.ts, notesFactor).
 */

/** The speaker and the listener cast as the PM, with their possessives. */
const PEOPLE: ReadonlySet<string> = new Set([
  ...SPEAKER_WORDS,
  'mine',
  'ours',
  'myself',
  'ourselves',
  'you',
  'your',
  'yours',
]);
/**
 * The share of words that must stand in predicated sentences for such notes to count in full.
 * In the labelled corpus and the red teams' sets, the ten strong answers with no person in them
 * put 0.38 (z013, terse notes), 0.44 (w013) or more there as written; of the salads scoring over
 * 20, eight put 0.21 or less, and three more (0.40, 0.49 and a one-sentence salad's 0.90) are
 * left to the other checks. Set between, nearer the salads, so terse strong notes lose nothing.
 */
const PREDICATED_SHARE = 0.3;
/** Below this many words the length cap already holds an answer down (answerChecks.ts). */
const FULL_WORDS = 60;

/** A factor in [0, 1] for an answer of notes with no one in them. */
export function impersonalNotesFactor(sentences: readonly Sentence[]): number {
  if (sentences.some((sentence) => sentence.tokens.some((token) => PEOPLE.has(token.text)))) {
    return 1;
  }
  if (writtenAsSettings(sentences)) return 1;
  let words = 0;
  let predicated = 0;
  for (const sentence of sentences) {
    words += sentence.words;
    if (sentence.isClause && predicates(sentence.tokens)) predicated += sentence.words;
  }
  if (words < FULL_WORDS) return 1;
  return Math.min(1, predicated / words / PREDICATED_SHARE);
}

/**
 * A setting's line: "pm_decides: exposure percentage, stop limits", "error_rate = +0.5 %", with a
 * footnote marker before its colon if the answer carries them.
 */
const SETTING = /^\W*[\p{L}\d]+(?:_[\p{L}\d]+)+\s*(?:\[\d+\]\s*)?[:=]/u;
const SETTINGS_SHARE = 1 / 3;

/**
 * An answer written as a config's settings ("stop_limits_agreed_before_launch:", then one
 * `metric: limit` line each) commits by its form: each key is a decision, its value the choice.
 * Its keys carry their verbs inside them, where no tagger reads them.
 */
function writtenAsSettings(sentences: readonly Sentence[]): boolean {
  const settings = sentences.filter((sentence) => SETTING.test(sentence.text)).length;
  return settings >= 2 && settings >= sentences.length * SETTINGS_SHARE;
}

/** Words after which a "verb" is one of a list's items: "and holds", "the kill switch". */
const ITEM_LEADS = new Set([',', 'and', 'or', 'the', 'a', 'an']);
/** Words after which it ends an item: "holds, gates", "rollback and on-call", "search lead.". */
const ITEM_ENDS = new Set([',', 'and', 'or', '.', ';', ':', '!', '?']);

/**
 * A verb, not negated, that says something: "Staff go first", "the two leads sign each step".
 * A word the tagger calls a verb inside a list ("On-call, rollback, routing flag") is an item,
 * and so is one heading numbers ("Ramp 1, 5, 25").
 */
function predicates(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if ((token.pos !== 'VERB' && token.pos !== 'AUX') || token.negated) return false;
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    if (before !== undefined && ITEM_LEADS.has(before.text)) return false;
    if (after === undefined || ITEM_ENDS.has(after.text)) return false;
    return !(before === undefined && after.pos === 'NUM');
  });
}
