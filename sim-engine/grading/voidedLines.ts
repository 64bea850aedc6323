import { labelOf } from './ownStages';
import type { Piece, Token } from './tokens';

/**
 * Lines struck from a list or an invoice: "PM owns the cohort order and the limits: crossed out,
 * qty 0.", "On-call free to roll back at any hour: VOID — reissued as line 8." name what they
 * withdraw before the verdict; "Rollback: redeploy the old build." then "VOID — reissued as line
 * 7." withdraws the line before it. What is withdrawn is named, not planned.
 */

/** Verdicts that strike out what stands before them: one word, or a verb and "out". */
// Not "cancelled" (the model reads it "canceled"): "p95 … worse than now: cancelled." is the
// limit's consequence.
const STRUCK = new Set(['void', 'voided', 'deleted']);
const STRUCK_OUT = new Set(['crossed', 'struck', 'scratched']);

/** What may end a bare verdict: "…: struck.", "…: struck as well." */
const VERDICT_ENDS = new Set(['.', '!', ';', 'as', 'too']);

function verdictAt(pieces: readonly { readonly text: string }[], at: number): boolean {
  const word = pieces[at]?.text ?? '';
  if (STRUCK.has(word)) return true;
  if (!STRUCK_OUT.has(word)) return false;
  // "…: crossed out", and at a line's end "…: struck." as a bill strikes an act from it.
  const next = pieces[at + 1]?.text;
  return next === 'out' || next === undefined || VERDICT_ENDS.has(next);
}

/** "…: crossed out": what stands before the colon is negated. */
export function withStruckVerdict(pieces: Piece[]): Piece[] {
  const colon = pieces.findIndex((piece, at) => piece.text === ':' && verdictAt(pieces, at + 1));
  if (colon < 0) return pieces;
  for (let at = 0; at < colon; at++) (pieces[at] as Piece).negated = true;
  return pieces;
}

/** What may follow a line's verdict on the line before: its end, a dash, "reissued …". */
const AFTER_VERDICT = new Set(['.', '!', '—', '–', '-', 'reissued']);

/**
 * "VOID — reissued as line 7.", "Crossed out.": a line that withdraws the one before it. Not
 * "Withdrawn: '…'", a label taking back the quotation after it (readingDenied.ts).
 */
export function voidsTheLast(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (takenOut(tokens) || scrubbed(tokens) || declaredVoid(tokens, start)) return true;
  if (lastLineTakenBack(tokens, start)) return true;
  if (votedDown(tokens, start)) return true;
  if (!verdictAt(tokens, start)) return false;
  const after = tokens[start + (STRUCK_OUT.has(tokens[start]?.text ?? '') ? 2 : 1)];
  return after === undefined || AFTER_VERDICT.has(after.text);
}

/**
 * "Rollback: redeploy the old build." then "No, out.": a packing list's item taken out again,
 * the whole line being "out", after a "no", alone, or a call reversed to it; or a bare "Reversed.".
 */
function takenOut(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark').map((token) => token.text);
  const last = words.at(-1);
  // "Reversed.": the call just written is reversed on challenge; "Wrong." calls it wrong.
  // Not "Changed" alone: a changelog's heading.
  if (words.length === 1 && REVERSED_ALONE.has(last ?? '')) return true;
  if (last !== 'out') return false;
  // "Reversed to out.": a call changed to out after a challenge.
  if (words.length === 3 && REVERSED.has(words[0] ?? '') && words[1] === 'to') return true;
  return words.length === 1 || (words.length === 2 && (words[0] === 'no' || words[0] === 'no.'));
}
const REVERSED = new Set(['reversed', 'changed', 'overturned', 'corrected']);
const REVERSED_ALONE = new Set(['reversed', 'overturned', 'wrong']);

/**
 * "Somebody proposed stages …" or "… the proposal to hold each stage a full day." then
 * "Annulled." or "Annulled; there will be no stages.": the proposal just reported is voided. Only
 * a proposal: a line the verdict follows may be the plan itself when notes run together.
 */
export function annulsTheProposal(previous: readonly Token[], tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[start]?.text !== 'annulled' || !VERDICT_ENDS.has(tokens[start + 1]?.text ?? '.')) {
    return false;
  }
  return previous.some((token) => PROPOSING.has(token.lemma) && !token.negated);
}
const PROPOSING = new Set(['propose', 'proposal', 'proposed']);

/** "Scrub that step": a countdown's call may name what it scrubs. */
const SCRUBBED_WORDS = 4;

/**
 * "T-minus 5: rollback is a redeploy." then "Scrub that.": a launch countdown cancels the step
 * just called, and recycles the count to call it again. The line is the bare imperative and its
 * pointer, at most naming the step ("Scrub that last step").
 */
function scrubbed(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  const [verb, pointer] = words;
  const called = verb?.text === 'scrub' && (pointer?.text === 'that' || pointer?.text === 'this');
  return called && words.length <= SCRUBBED_WORDS;
}

/** Labels that mark what follows as no longer in use: a dictionary's "obs.", "obsolete". */
const OBSOLETE = new Set(['obs', 'obs.', 'obsolete', 'archaic']);
/** Words the label line may hold besides the mark: "Sense 8, obs." */
const OBSOLETE_LABEL_WORDS = 4;

/**
 * "Sense 8, obs." then ": to canary, meaning a random five percent on a Friday": the sense after a
 * label marked obsolete is one no longer used, named, not planned.
 */
export function marksObsolete(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  const last = words.at(-1)?.text ?? '';
  return words.length <= OBSOLETE_LABEL_WORDS && OBSOLETE.has(last);
}

/** Verbs that give a line's wording after "used to": "it used to say …", "it used to read …". */
const WORDED = new Set(['say', 'read', 'be']);
const QUOTES = new Set(["'", '"', '“', '”', '‘', '’']);

/** Where a former wording stands in a sentence: its quotation, from mark to mark. */
export interface FormerWording {
  readonly start: number;
  readonly end: number;
}

/**
 * "Option 3 has changed. … It used to say 'we'll know bad when we see it'.": the wording a line
 * had before it was replaced, quoted as gone. The replacement follows, in the next sentence or
 * after a dash in the same one, and what came before it stands; the old wording is not planned.
 */
export function formerWording(tokens: readonly Token[]): FormerWording | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const words = wordedBefore(tokens, at);
    if (words === 0) continue;
    const quote = tokens[at + words]?.text === ':' ? at + words + 1 : at + words;
    if (!QUOTES.has(tokens[quote]?.text ?? '')) continue;
    const closing = tokens.findIndex((token, end) => end > quote && QUOTES.has(token.text));
    return { start: quote, end: closing < 0 ? tokens.length - 1 : closing };
  }
  return undefined;
}

/** The past forms that give a line's wording straight before its quotation: "I had '…'". */
const HAD_WORDING = new Set(['had', 'was', 'were']);

/**
 * How many words give a former wording at `at`: "used to say" (three), or "Step 5, re-stitched:
 * I had '…'", "was '…'" (one), a past form quoting what the line said before it was redone.
 */
function wordedBefore(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.text ?? '';
  if (HAD_WORDING.has(word)) return 1;
  const used = word === 'used' && tokens[at + 1]?.text === 'to';
  return used && WORDED.has(tokens[at + 2]?.lemma ?? '') ? 3 : 0;
}

/**
 * "Ball 4 is void; the redraw: …", "Line 3 was voided.": a numbered line declared void withdraws
 * the one just called; what is redrawn after it stands.
 */
function declaredVoid(tokens: readonly Token[], start: number): boolean {
  const [label, number, be] = tokens.slice(start, start + 3);
  if (label?.kind !== 'word' || number?.kind !== 'number' || be?.lemma !== 'be') return false;
  return verdictAt(tokens, start + 3);
}

/**
 * "Move 6, appeal upheld: Move 5 is taken back; …": a numbered line's label, then the line just
 * called (its number one less, under the same word) declared taken back or void after the colon.
 */
function lastLineTakenBack(tokens: readonly Token[], start: number): boolean {
  const [label, number] = tokens.slice(start, start + 2);
  if (label?.kind !== 'word' || number?.kind !== 'number') return false;
  const colon = tokens.findIndex((token, at) => at > start + 1 && token.text === ':');
  const [named, count, be, verdict, back] = tokens.slice(colon + 1, colon + 6);
  if (colon < 0 || named?.text !== label.text || count?.value !== (number.value ?? 0) - 1) {
    return false;
  }
  if (be?.lemma !== 'be') return false;
  return (verdict?.text === 'taken' && back?.text === 'back') || verdictAt(tokens, colon + 4);
}

/** A House's verdict on the motion just read: "Defeated.", "Defeated; …", "Put, and defeated too". */
const VOTED_DOWN = new Set(['defeated', 'rejected', 'negatived']);
/** What may follow the verdict: the line's end, or a clause after it ("Defeated; no limits …"). */
const AFTER_VOTE = new Set(['.', '!', ';', ',', 'too', 'again']);

/**
 * "Motion 2, that our staff go first, …" then "Defeated.": a motion voted down is not carried,
 * and the line before the verdict is what the House turned down. The verdict opens the line, or
 * follows "Put, and"; "Rejected:" heading a list names what follows it instead.
 */
function votedDown(tokens: readonly Token[], start: number): boolean {
  const put = tokens[start]?.text === 'put' && tokens[start + 1]?.text === ',';
  const at = put && tokens[start + 2]?.text === 'and' ? start + 3 : start;
  if (!VOTED_DOWN.has(tokens[at]?.text ?? '')) return false;
  const after = tokens[at + 1];
  return after === undefined || AFTER_VOTE.has(after.text);
}

/**
 * "Runner 2: opted-in testers from Nasimi." then "Not running either; …", "Not declared.",
 * "Scratched: we will not …": a card's labelled entry, refused by the note after it, a bare "not"
 * and a participle with no subject or a verdict as the note's label. What the entry names is not
 * run. Not "Not a random slice, but …", which sets the entry against something else.
 */
export function scratchesTheEntry(entry: readonly Token[], tokens: readonly Token[]): boolean {
  if (labelOf(entry).length === 0) return false;
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  const first = tokens[start];
  if (STRUCK_OUT.has(first?.text ?? '') && tokens[start + 1]?.text === ':') return true;
  const verb = tokens[start + 1];
  const participle = verb?.pos === 'VERB' && /(?:ed|ing|en|wn|un)$/.test(verb.text);
  return first?.text === 'not' && participle && !tokens.some((token) => token.text === 'but');
}
