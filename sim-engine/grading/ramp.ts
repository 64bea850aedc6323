import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteNamed } from './findings';
import { has, hasAffirmed, lexicon } from './match';
import { longestRamp, stageShares } from './quantities';
import type { Sentence } from './sentences';
import { isDuration } from './tokens';
import { GATE_KIND, HOLD, HOLD_VERBS, ROLLBACK } from './vocabulary';

/** Holds: the ramp's stages, how long each holds, what lets it advance. */

const ADVANCE = lexicon(
  'advanc* | promot* | expand* | proceed* | move on | move to | moving to | go to | going to | ' +
    'next stage | next step | widen* | increase* | bump*',
);
const SPEED_CUES = new Set(['in', 'within', 'under', 'than', 'takes', 'inside']);
const MIN_RAMP_STAGES = 3;

/** Finds a ramp of three or more increasing shares, hold durations and the gate type. */
export function detectHolds(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  const shares = sentences
    .filter((sentence) => sentence.isClause)
    .flatMap((sentence) => stageShares(sentence.tokens).map((share) => ({ ...share, sentence })));
  const ramp = longestRamp(shares);
  const first = ramp[0];
  if (ramp.length >= MIN_RAMP_STAGES && first !== undefined) {
    noteDetail(findings, 'ladder', first.sentence);
  }
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const staged = stageShares(tokens).length > 0;
    if (hasAffirmed(tokens, HOLD)) noteNamed(findings, sentence);
    if (holdDuration(sentence, staged)) noteDetail(findings, 'duration', sentence);
    const aboutRamp = staged || has(tokens, HOLD) || has(tokens, ADVANCE);
    if (aboutRamp && has(tokens, GATE_KIND)) noteDetail(findings, 'gate-kind', sentence);
  }
  return findings;
}

/** A duration in a sentence about holding at a stage, not the time a rollback takes. */
function holdDuration(sentence: Sentence, staged: boolean): boolean {
  const tokens = sentence.tokens;
  const aboutHolding = staged || has(tokens, HOLD_VERBS);
  if (!aboutHolding) return false;
  const aboutRollback = has(tokens, ROLLBACK);
  return tokens.some((token, i) => {
    if (!isDuration(token.unit) || token.negated) return false;
    const cue = tokens[i - 1]?.text ?? '';
    return !(aboutRollback && SPEED_CUES.has(cue));
  });
}
