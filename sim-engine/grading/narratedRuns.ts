import { aboutThirdParty, adoptsWhatCameBefore, toldInPast } from './commitmentTurns';
import type { VoiceRead } from './narrator';
import { isSpeaker, voiceOf } from './narrator';
import { SOURCES, HABITUAL } from './narratorWords';
import { adopts } from './reportedAdvice';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Runs of sentences another narrator tells (narrator.ts reads each sentence's voice): a telling
 * that introduces what follows governs the unvoiced sentences after it until the speaker speaks;
 * the speaker adopting it takes it back; a closing pointer hands everything before to another.
 */

const POINTERS = new Set(['that', 'this', 'those', 'these']);
const CONDITIONS = new Set(['if', 'unless', 'whether', 'when']);

/** "That's how it's generally done.", "That's the poem, anyway.", "but that's what it said". */
const HAND_BACK_WORDS = 12;

function handsBack(tokens: readonly Token[], own: ReadonlySet<string>): boolean {
  // The pointer sits near the end: only the last words are searched.
  const from = Math.max(0, tokens.length - HAND_BACK_WORDS - 2);
  for (let at = from; at < tokens.length; at++) if (handsBackAt(tokens, at, own)) return true;
  return false;
}

/** Sentences at an answer's head where it may title itself: "The book for the new model, …". */
const TITLE_SENTENCES = 3;
const OWNING = new Set(['my', 'our']);

/**
 * Sources the answer names as its own document: "The book for the new basket model, as my
 * scoresheet." at its head, or "my book" anywhere. "Bẹ́ẹ̀ni, that is the book." then points at
 * the speaker's own book, and hands nothing to another narrator.
 */
function ownSources(sentences: readonly Sentence[]): Set<string> {
  const own = new Set<string>();
  sentences.forEach(({ tokens }, i) => {
    tokens.forEach((token, at) => {
      if (!SOURCES.has(token.lemma)) return;
      const titled = i < TITLE_SENTENCES && at === 1 && tokens[0]?.text === 'the';
      const titleFor = titled && tokens[at + 1]?.text === 'for';
      if (titleFor || OWNING.has(tokens[at - 1]?.text ?? '')) own.add(token.lemma);
    });
  });
  return own;
}

/** A pointer and "be" with a short rest that hands what came before to another narrator. */
function handsBackAt(tokens: readonly Token[], at: number, own: ReadonlySet<string>): boolean {
  const token = tokens[at] as Token;
  if (!POINTERS.has(token.text) || tokens[at + 1]?.lemma !== 'be') return false;
  // "… and I'd keep the old prompt if that's what it says": a condition on what a test will
  // say, not a hand-back of the plan.
  if (CONDITIONS.has(tokens[at - 1]?.text ?? '')) return false;
  // A hand-back is a short closing pointer: "That's what the textbook says."
  const rest = tokens.slice(at + 2);
  if (rest.length > HAND_BACK_WORDS || rest.some(isSpeaker)) return false;
  const generic = rest.some((word) => HABITUAL.has(word.lemma));
  // "That is the book." where the book is the answer's own: the speaker's, not a source's.
  if (rest.some((word) => own.has(word.lemma))) return generic;
  return generic || rest.some((word) => SOURCES.has(word.lemma)) || voiceOf(rest) === 'other';
}

/** Words of assent that make up a sentence on their own: "Agreed.", "She's right.", "Fair point." */
const ASSENTING = new Set(['agreed', 'right', 'correct', 'exactly', 'fair', 'true', 'absolutely']);
const ASSENT_WORDS = 4;
const DENYING = new Set(['not', "n't", 'no', 'never', 'half', 'partly', 'only']);

/** A short sentence of bare assent to what was just told, with nothing of its own to tell. */
function assentsToTold(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  if (words.length === 0 || words.length > ASSENT_WORDS) return false;
  if (words.some((word) => word.negated || DENYING.has(word.text))) return false;
  return words.some((word) => ASSENTING.has(word.text));
}

/** Words that mark a line as the correction of one withdrawn before it. */
const CORRECTING = new Set(['corrected', 'correction', 'amended', 'instead']);
/** How far into a line its correction mark may stand: "Placard 4, corrected". */
const CORRECTION_REACH = 6;

function correctsWhatWasTold(tokens: readonly Token[]): boolean {
  return tokens.slice(0, CORRECTION_REACH).some((token) => CORRECTING.has(token.text));
}

/** A sentence told by another narrator, with the sentence that made it theirs. */
export interface Narrated {
  readonly setBy: number;
}

/**
 * Sentences whose narrator is not the speaker. Each sentence's own voice sets the narrator; a
 * sentence with no voice of its own keeps the narrator before it (none at the start: an unmarked
 * plan is the speaker's). The speaker adopting what was just told ("That's what I'd do here",
 * "I agree") makes the run theirs again.
 */
export function narratedByOthers(
  sentences: readonly Sentence[],
  reads: readonly VoiceRead[],
): Map<number, Narrated> {
  const found = new Map<number, Narrated>();
  const voices = reads.map((read) => read.voice);
  const own = ownSources(sentences);
  let setBy = -1;
  let story = false;
  reads.forEach(({ voice, governs, story: tells }, i) => {
    const tokens = sentences[i]?.tokens ?? [];
    // A story runs on while it is told in the past or goes on about the third party.
    if (story && voice === 'none' && !toldInPast(tokens) && !aboutThirdParty(tokens)) setBy = -1;
    // "Our on-call engineer said: '…'. Agreed.": assent too short to carry a voice is the speaker's.
    const assents = voice === 'none' && assentsToTold(tokens);
    if (voice === 'speaker' || assents) {
      // "Her runbook says … . Here I would do the same.": the run just told, governed or not.
      const adopted = assents || adoptsWhatCameBefore(tokens) || adopts(tokens);
      if (found.has(i - 1) && adopted) {
        for (let at = i - 1; at >= 0 && found.has(at) && voices[at] !== 'speaker'; at--) {
          found.delete(at);
        }
      }
      setBy = -1;
    }
    // "It said: one day per stage." then "Placard 4, corrected": a correction is the speaker's
    // own again.
    if (voice !== 'other' && correctsWhatWasTold(tokens)) setBy = -1;
    // A report that stands alone ("Legal says consent comes first.") is its own sentence only; a
    // telling that introduces what follows, or a story, governs the sentences after it.
    if (voice === 'other') found.set(i, { setBy: i });
    if (voice === 'other' && governs && setBy < 0) [setBy, story] = [i, tells];
    if (setBy >= 0) found.set(i, { setBy });
    if (handsBack(tokens, own)) {
      for (let before = 0; before <= i; before++) {
        if (voices[before] !== 'speaker' && !found.has(before)) found.set(before, { setBy: i });
      }
    }
  });
  return found;
}
