import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { has, hasAffirmed, lexicon, statesUnrejected } from './match';
import type { Sentence } from './sentences';
import { ENGINEERING, ENGINEERING_WORK, OWNERSHIP } from './vocabulary';

/** What the PM owns: the decisions, set apart from what engineering runs. */

const DECISIONS = lexicon(
  'which | what | how long | who | when | whether | decision* | call* | choice* | trade off*',
);
const ENGINEERING_ONLY = lexicon(
  'engineering decision | engineering call | engineering job | engineering problem | ' +
    'up to engineering | left to engineering | for engineering to decide | not my call | ' +
    'not the pm job | not a product decision',
);

/** Finds an ownership statement with its decisions, the engineering contrast, and "it's eng's call". */
export function detectOwnership(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    if (hasAffirmed(tokens, OWNERSHIP)) {
      noteNamed(findings, sentence);
      const next = sentences[i + 1]?.tokens ?? [];
      if (has(tokens, DECISIONS) || has(next, DECISIONS)) {
        noteDetail(findings, 'decisions', sentence);
      }
    }
    if (has(tokens, ENGINEERING) && has(tokens, ENGINEERING_WORK)) {
      if (findings.named !== null || hasAffirmed(tokens, OWNERSHIP)) {
        noteDetail(findings, 'not-engineering', sentence);
      }
    }
    if (statesUnrejected(tokens, ENGINEERING_ONLY)) noteMisconception(findings, sentence);
  });
  return findings;
}
