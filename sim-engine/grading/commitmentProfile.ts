import { OTHER_PEOPLE, VALUE_WORDS } from './commitmentCues';
import { DROPPING, RELEASING } from './commitmentTurns';
import { DOCUMENTS, GENERIC_AGENTS, GENERIC_KINDS, TELLING, THIRD_OWNERS } from './narratorWords';
import { VIEW_VERBS } from './othersView';
import { SPEAKER_WORDS } from './speaker';
import type { Token } from './tokens';

/**
 * One pass over a sentence's words noting which of commitment.ts's frames could apply, so the
 * full recognisers run only on the few sentences that carry their cue words (a committed answer
 * has almost none): the speaker, hedges, and a bit per frame.
 */

/** Frames a sentence may set, by the words that can open them. */
export const CUE = {
  ideal: 1,
  pastJob: 2,
  story: 4,
  rubric: 8,
  blank: 16,
  view: 32,
  drop: 64,
  value: 128,
  depends: 256,
  /** The narrator reading's words (narrator.ts): a verb of telling, people in general, a third party. */
  telling: 512,
  general: 1024,
  third: 2048,
  document: 1 << 15,
} as const;

const SPEAKER = 1 << 12;
const TENTATIVE = 1 << 13;
const HEDGE = 1 << 14;

const BY_TEXT = new Map<string, number>();
const BY_LEMMA = new Map<string, number>();
function note(map: Map<string, number>, bit: number, words: readonly string[]): void {
  for (const word of words) map.set(word, (map.get(word) ?? 0) | bit);
}
note(BY_TEXT, SPEAKER, [...SPEAKER_WORDS]);
note(BY_TEXT, TENTATIVE, ['might', 'may', 'could']);
note(BY_TEXT, HEDGE, ['maybe', 'perhaps', 'possibly', 'depending']);
note(BY_LEMMA, HEDGE | CUE.depends, ['depend']);
note(BY_LEMMA, CUE.depends, ['hard', 'sure']);
note(BY_TEXT, CUE.ideal, [
  'ideally',
  'ideal',
  'perfect',
  'best',
  'dream',
  'theory',
  'principle',
  'theoretically',
  'hypothetically',
  'textbook',
  'by',
  'if',
  'would',
  'wish',
  'typical',
  'standard',
  'classic',
  'usual',
  'generic',
  'normal',
  'imagine',
  'picture',
  'envision',
]);
note(BY_TEXT, CUE.pastJob, ['my', 'when', 'previously', 'formerly', 'back', 'ago', 'last']);
note(BY_TEXT, CUE.pastJob, ['now', 'next', 'after', 'premortem', 'mortem', 'worked']);
note(BY_LEMMA, CUE.story, [...OTHER_PEOPLE]);
note(BY_TEXT, CUE.rubric, ['options', 'alternatives', 'quiz', 'true']);
note(BY_TEXT, CUE.rubric, ['interviewer', 'interviewers']);
note(BY_LEMMA, CUE.rubric, ['answer', 'matter', 'hear', 'option', 'alternative']);
note(BY_TEXT, CUE.blank, ['[', '<', 'tbd', 'tba', '___', '____', '_____']);
note(BY_LEMMA, CUE.view, [...VIEW_VERBS, 'keep']);
note(BY_LEMMA, CUE.drop, [...DROPPING, ...RELEASING]);
note(BY_LEMMA, CUE.value, [...VALUE_WORDS, 'deserve']);
note(BY_LEMMA, CUE.telling, [...TELLING]);
note(BY_TEXT, CUE.general, ['one', ...GENERIC_AGENTS]);
note(BY_LEMMA, CUE.general, [...GENERIC_KINDS]);
note(BY_TEXT, CUE.third, [...THIRD_OWNERS]);
note(BY_LEMMA, CUE.document, [...DOCUMENTS]);

export interface CueProfile {
  /** The speaker appears (I, we, me, my, our, us). */
  readonly speaker: boolean;
  /** Unnegated "might", "may", "could" as auxiliaries. */
  readonly modals: number;
  /** "maybe", "perhaps", "possibly", "depend(ing)". */
  readonly adverbs: number;
  /** CUE bits of the frames the sentence may set. */
  readonly cues: number;
}

export function profileOf(tokens: readonly Token[]): CueProfile {
  let bits = 0;
  let modals = 0;
  let adverbs = 0;
  for (const token of tokens) {
    const found = (BY_TEXT.get(token.text) ?? 0) | (BY_LEMMA.get(token.lemma) ?? 0);
    if (found === 0) continue;
    bits |= found;
    if (found & TENTATIVE && token.pos === 'AUX' && !token.negated) modals++;
    if (found & HEDGE) adverbs++;
  }
  return { speaker: (bits & SPEAKER) !== 0, modals, adverbs, cues: bits };
}
