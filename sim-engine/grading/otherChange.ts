import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * A plan whose object is another change: the answer's narrator may be the speaker, but the plan
 * is for something other than the release asked about — "For the relaunch after a rollback, …",
 * "Next time, …", "For that one I'd own the order …". Such a frame, opening a sentence, governs
 * the sentences after it until one points back at this change ("this", "here", "now", "today").
 */

const FRAMING = new Set(['for', 'in', 'on', 'during', 'with']);
const OTHER = new Set([
  'that',
  'next',
  'other',
  'future',
  'later',
  'second',
  'another',
  'following',
]);
/** What a change is called; never a stage or step of this one ("for the next stage"). */
const CHANGES = new Set([
  'release',
  'launch',
  'rollout',
  'change',
  'migration',
  'one',
  'attempt',
  'relaunch',
  'time',
  'retry',
]);
const AGAIN = new Set(['relaunch', 'rerelease', 'retry', 'redo', 'rerun', 'relaunches']);
const ANCHORS = new Set(['this', 'here', 'now', 'today', 'these']);
const REACH = 4;

/**
 * "one" stands for a change only after a sentence that names one ("… the relaunch after a
 * rollback. For that one I'd …"); after "It won't tell us vets prefer it." "for that one" is
 * that question.
 */
function changeNoun(tokens: readonly Token[], from: number, oneIsChange: boolean): boolean {
  for (let at = from; at < from + REACH && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.kind === 'mark') return false;
    if (token.lemma === 'one' && !oneIsChange) continue;
    if (CHANGES.has(token.lemma) || AGAIN.has(token.lemma)) return true;
  }
  return false;
}

/**
 * "That last one is Finance's question": "that" with its noun as the subject of the sentence's
 * verb points back at what was just said; only a frame ("That one, I'd run slower") opens a plan.
 */
function pointsBack(tokens: readonly Token[]): boolean {
  if (tokens[0]?.text !== 'that') return false;
  for (let at = 1; at <= REACH && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.kind === 'mark') return false;
    if (token.pos === 'AUX' || token.pos === 'VERB') return true;
  }
  return false;
}

function namesChange(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token) => token.lemma !== 'one' && (CHANGES.has(token.lemma) || AGAIN.has(token.lemma)),
  );
}

/** "For the relaunch, …", "Next time: …", "For that one, …": the frame opening the sentence. */
function opensOtherChange(tokens: readonly Token[], previous: readonly Token[]): boolean {
  const [first, second] = tokens;
  if (first === undefined) return false;
  const oneIsChange = namesChange(previous);
  // "That's the release I'm planning against": a pronoun pointing back, not "that release".
  if (first.text === 'that' && (second?.pos === 'AUX' || second?.pos === 'VERB')) return false;
  if (OTHER.has(first.text) && (second?.lemma === 'time' || changeNoun(tokens, 1, oneIsChange))) {
    return !pointsBack(tokens);
  }
  if (!FRAMING.has(first.text)) return false;
  // "For the relaunch", "for the re-release": a change that comes after this one, by its name.
  if (tokens.slice(1, 3).some((token) => AGAIN.has(token.lemma) || token.text.startsWith('re-'))) {
    return true;
  }
  const other = tokens.slice(1, 3).findIndex((token) => OTHER.has(token.text));
  return other >= 0 && changeNoun(tokens, other + 2, oneIsChange);
}

function anchored(tokens: readonly Token[]): boolean {
  return tokens.some((token) => ANCHORS.has(token.text));
}

/** Sentences planned for another change, each with the sentence that opened the frame. */
export function plannedForAnotherChange(sentences: readonly Sentence[]): Map<number, number> {
  const found = new Map<number, number>();
  let setBy = -1;
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    const opens = opensOtherChange(tokens, sentences[i - 1]?.tokens ?? []);
    // Most answers never open such a frame: the anchor is looked for only inside one.
    if (!opens && setBy < 0) return;
    const anchor = anchored(tokens);
    if (opens && !anchor) setBy = i;
    else if (anchor) setBy = -1;
    if (setBy >= 0) found.set(i, setBy);
  });
  return found;
}
