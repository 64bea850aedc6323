import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { has, hasAffirmed, lexicon, statesUnrejected } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { ENGINEERING, ENGINEERING_WORK, OWNERSHIP } from './vocabulary';

/** What the PM owns: the decisions, set apart from what engineering runs. */

const DECISIONS = lexicon(
  'which | what | how long | who | when | whether | decision* | call* | choice* | trade off* | ' +
    // The decisions named as nouns ("PM owns: order, abort numbers, ramp").
    'order | exposure | stop rule* | abort* | kill line* | threshold* | criteria | hold length* | ' +
    'pace | ramp | cohort* | tripwire*',
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
    if (hasAffirmed(tokens, OWNERSHIP) || assignsToSpeaker(tokens)) {
      noteNamed(findings, sentence);
      const next = sentences[i + 1]?.tokens ?? [];
      if (has(tokens, DECISIONS) || has(next, DECISIONS)) {
        noteDetail(findings, 'decisions', sentence);
      }
    }
    if (has(tokens, ENGINEERING) && has(tokens, ENGINEERING_WORK)) {
      if (findings.named !== null || hasAffirmed(tokens, OWNERSHIP) || assignsToSpeaker(tokens)) {
        noteDetail(findings, 'not-engineering', sentence);
      }
    }
    if (statesUnrejected(tokens, ENGINEERING_ONLY)) noteMisconception(findings, sentence);
  });
  return findings;
}

/** A note-style assignment to the speaker, "Me: exposure order, stop rules, hold lengths". */
function assignsToSpeaker(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return tokens[start]?.text === 'me' && tokens[start + 1]?.text === ':';
}
