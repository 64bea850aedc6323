import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { findAffirmed, has, hasAffirmed, lexicon } from './match';
import { handedToOthers, statesUnrejected } from './rejection';
import type { Sentence } from './sentences';
import {
  ENOUGH,
  ERROR_RATE,
  FEEDBACK,
  HALLUCINATION,
  HARNESS,
  MODEL_NAMED,
  NOT_ENOUGH,
  P95,
  ROLLBACK,
  TOKEN_COST,
} from './vocabulary';

/** Model and prompt changes: quality guards beyond error rate. */

const MODEL_CONTEXT = lexicon(
  'model* | prompt* | llm | hallucinat* | quality | eval* | answers | responses | thumbs* | ' +
    'ai | assistant | completions | generations | outputs | summaries | drafts',
);

/** Finds hallucination from an eval harness, user feedback, p95, token cost, and "errors are enough". */
export function detectModelMetrics(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const modelContext = has(tokens, MODEL_CONTEXT);
    if (statesUnrejected(tokens, MODEL_NAMED)) noteNamed(findings, sentence);
    if (statesUnrejected(tokens, HALLUCINATION)) noteDetail(findings, 'hallucination', sentence);
    if (modelContext && has(tokens, HARNESS)) noteDetail(findings, 'harness', sentence);
    if (modelContext && hasAffirmed(tokens, FEEDBACK)) noteDetail(findings, 'feedback', sentence);
    if (has(tokens, P95)) noteDetail(findings, 'p95', sentence);
    if (findAffirmed(tokens, TOKEN_COST).some((match) => !handedToOthers(tokens, match.start)))
      noteDetail(findings, 'token-cost', sentence);
    const aboutErrors = has(tokens, ERROR_RATE);
    if ((aboutErrors || modelContext) && has(tokens, NOT_ENOUGH)) {
      noteDetail(findings, 'not-enough', sentence);
    }
    if (aboutErrors && statesUnrejected(tokens, ENOUGH)) {
      noteMisconception(findings, sentence);
    }
  }
  return withBreadth(findings, sentences);
}

/** The model-specific signals a strong answer guards with. */
const SIGNALS = ['hallucination', 'harness', 'feedback', 'p95', 'token-cost'];
/**
 * Guarding a model release takes several model-specific signals together; one or two named in
 * passing (a cost in a business case, thumbs-up as a win, a hallucination line set while
 * watching) are a mention, not the point. Below this many, the signals earn no detail credit, so
 * the point stays named but not covered, unless two or more are named as rollback triggers.
 */
const MIN_SIGNALS = 3;

function withBreadth(findings: Findings, sentences: readonly Sentence[]): Findings {
  const signals = SIGNALS.filter((id) => findings.details.has(id));
  if (signals.length >= MIN_SIGNALS) return findings;
  // Fewer signals still guard the release when they are what triggers a rollback: "the rollback
  // criteria also include hallucination rate and user feedback".
  const asTriggers = signals.some((id) => {
    const at = findings.details.get(id);
    return at !== undefined && has(sentences[at]?.tokens ?? [], ROLLBACK);
  });
  if (signals.length < 2 || !asTriggers) for (const id of signals) findings.details.delete(id);
  return findings;
}
