import { asksLength, opensOnLength } from './holdNotes';
import { stageShares } from './quantities';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * A ramp laid out as a form: "Dose: the first thread 1 %, the hem 10 %, the half cloth 50 %, the
 * whole tablecloth 100 %." then "For how long: the first thread 2,000 suggestions; the hem 8,000
 * and one full day; the half cloth a full week.". The form's question for the length, answered
 * stage by stage, holds the ramp named just before it, as "each holds a day" would.
 */

/** Stages a ramp needs to be one (ramp.ts). */
const MIN_STAGES = 3;
/** Lengths the answer gives: one alone is a single stage's, read by holdNotes.ts. */
const MIN_LENGTHS = 2;
/** Sentences after the ramp the form's answer may stand: a line struck and its replacement. */
const FORM_REACH = 2;
const ITEM_MARKS = new Set([',', ';']);

/** The ramps (sentences of three stages or more) that a length form just after holds. */
export function rampsHeldByForm(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter(
    (sentence, i) =>
      sentence.isClause &&
      stageShares(sentence.tokens).length >= MIN_STAGES &&
      sentences
        .slice(i + 1, i + 1 + FORM_REACH)
        .some((after) => lengthsAnswered(after.tokens) >= MIN_LENGTHS),
  );
}

/** How many items after a length label give a length: "the hem 8,000 and one full day". */
function lengthsAnswered(tokens: readonly Token[]): number {
  const label = labelEnd(tokens);
  if (label < 0) return 0;
  let count = 0;
  let item: Token[] = [];
  for (const token of [...tokens.slice(label + 1), undefined]) {
    if (token !== undefined && !ITEM_MARKS.has(token.text)) {
      item.push(token);
      continue;
    }
    if (item.some((_, at) => opensOnLength(item.slice(at)))) count++;
    item = [];
  }
  return count;
}

/**
 * Where a length label's colon stands, wherever the label is: "… replace with: for how long:". The
 * label runs back from its colon to the mark before it.
 */
function labelEnd(tokens: readonly Token[]): number {
  let from = 0;
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at]?.kind !== 'mark') continue;
    const label = tokens.slice(from, at);
    if (tokens[at]?.text === ':' && !label.some((t) => t.negated) && asksLength(label)) return at;
    from = at + 1;
  }
  return -1;
}
