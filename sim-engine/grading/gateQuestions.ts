import { asks } from './commitmentCues';
import type { Uncommitted } from './commitmentResult';
import type { Sentence } from './sentences';
import { hasSpeaker } from './speaker';
import type { Token } from './tokens';

/**
 * A plan put as questions the team must answer yes to before each stage ("Are the limits signed
 * before any traffic moves? Can the on-call engineer switch back without asking me?"): each
 * yes-or-no question under such a declaration is a gate the speaker sets, not a question left
 * open, so it is read as committed. Questions in an answer that declares no such gate stay open.
 */
export function keepGateQuestions(
  sentences: readonly Sentence[],
  found: Map<number, Uncommitted>,
): void {
  // Declared by the speaker: "plenty of teams would make us answer yes to these questions" is
  // someone else's gate (read as theirs before this runs).
  const declaredAt = sentences.findIndex(
    (sentence, i) => !found.has(i) && declaresGate(sentence.tokens),
  );
  if (declaredAt < 0) return;
  sentences.forEach((sentence, i) => {
    if (i <= declaredAt || found.get(i)?.frame !== 'question') return;
    if (asksYesOrNo(sentence.tokens)) found.delete(i);
  });
}

/** Words that name the questions or checks: "a list of questions", "every check". */
const GATE_NOUNS = new Set(['question', 'check', 'checklist']);

/**
 * "I'd run this as a short list of questions the team must answer yes to", "our checks each need
 * a yes": the speaker's statement (not itself a question) naming questions or checks and the yes
 * that passes them, with neither turned down. "Most teams run a list of questions that need a
 * yes" is a practice, not the speaker's gate.
 */
function declaresGate(tokens: readonly Token[]): boolean {
  if (asks(tokens) || !hasSpeaker(tokens)) return false;
  const named = tokens.some((token) => GATE_NOUNS.has(token.lemma) && !token.negated);
  return named && tokens.some((token) => token.text === 'yes' && !token.negated);
}

/** Auxiliaries that open a yes-or-no question: "Is …?", "Have we …?", "Can the on-call …?". */
const OPENING_AUXILIARIES = new Set(['be', 'have', 'do', 'can', 'will', 'shall']);

/** A question opened by an auxiliary, which the team answers yes or no. */
function asksYesOrNo(tokens: readonly Token[]): boolean {
  const first = tokens.find((token) => token.kind === 'word');
  return asks(tokens) && first !== undefined && OPENING_AUXILIARIES.has(first.lemma);
}
