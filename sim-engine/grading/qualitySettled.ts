import type { Sentence } from './sentences';
import { STILL } from './qualityRefused';

/**
 * The model's quality said to be settled before the canary (read by modelMetrics.ts as the
 * model-metrics misconception when nothing live is watched beside it).
 */

/** Verbs that settle a question: "already covered", "already checked", "already proved". */
// "The offline evals already told us the answers are good": told, shown, settled before.
const SETTLED = new Set([
  'cover',
  'handle',
  'check',
  'prove',
  'settle',
  'validate',
  'test',
  'tell',
  'show',
]);
const SETTLED_REACH = 2;
const TOLD_NOTHING = new Set(['little', 'nothing']);
/**
 * Words of checking in production: "on live traffic", "daily". Not "canary": "so during the
 * canary the only thing that matters is whether it stays up" watches nothing but errors.
 */
const LIVE = new Set(['live', 'production', 'daily', 'hourly']);

/**
 * "The offline evals already covered quality": the model's quality said to be settled before
 * the canary, so nothing but errors and latency is watched in it — the model-metrics
 * misconception, unless the sentence goes on to watch something still.
 */
export function qualitySettledBefore(tokens: Sentence['tokens']): boolean {
  const quality = tokens.some(
    (token) => token.text === 'quality' || token.lemma.startsWith('eval'),
  );
  if (!quality || tokens.some((token) => STILL.has(token.text))) return false;
  // "Answer quality is checked daily on live traffic": checked in the canary, not before it —
  // said in the clause that settles it, not in a later one ("…, so in production the only
  // question is whether it stays up").
  const clause = tokens.slice(0, clauseEnd(tokens));
  if (clause.some((token) => LIVE.has(token.text) && !token.negated)) return false;
  const settledWithin = (from: number) =>
    tokens.slice(from + 1, from + 1 + SETTLED_REACH).some((verb, k) => {
      if (!SETTLED.has(verb.lemma) || verb.pos !== 'VERB' || verb.negated) return false;
      // "already told us little about German": told nothing that settles it.
      const object = tokens.slice(from + 2 + k, from + 4 + k);
      return !object.some((word) => TOLD_NOTHING.has(word.text));
    });
  // "already covered quality", or "answer quality is covered", "quality's settled", "the
  // quality question is settled".
  return tokens.some((token, at) => {
    if (token.negated) return false;
    if (token.text === 'already') return settledWithin(at);
    if (token.text !== 'quality') return false;
    const be = tokens[at + 1]?.pos === 'NOUN' ? at + 2 : at + 1;
    return tokens[be]?.lemma === 'be' && settledWithin(be - 1);
  });
}

/** Where the sentence's first clause ends: "; …", ", so …", ": …", " — …". */
function clauseEnd(tokens: Sentence['tokens']): number {
  const at = tokens.findIndex(
    (token, i) =>
      [';', ':', '—'].includes(token.text) || (token.text === 'so' && tokens[i - 1]?.text === ','),
  );
  return at < 0 ? tokens.length : at;
}
