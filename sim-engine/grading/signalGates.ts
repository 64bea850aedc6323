import { has, lexicon } from './match';
import type { Sentence } from './sentences';
import { setsNumberedLimits } from './thresholds';
import type { Token } from './tokens';
import { PRECOMMIT, ROLLBACK } from './vocabulary';

/**
 * Where a model's quality signals gate the release (read by modelMetrics.ts): a sentence naming
 * them as what triggers a rollback, or setting their limits.
 */

/**
 * Words of a limit that stops the release: "stop limits", "thresholds", "triggers"; signals
 * "gated" are such limits too ("two of the model's own signals are gated too").
 */
const LIMITS = lexicon('threshold* | stop line* | stop limit* | trigger* | tripwire* | gated');

/** Words that compare a limit's number with where things stand: "more than 1.5 points worse". */
const COMPARED = lexicon(
  'worse | more than | less than | above | below | over | under | higher | lower | exceed* | ' +
    'past | beyond',
);

/** Gates the release: a rollback, limits, a commitment made first. */
export function gates(tokens: readonly Token[]): boolean {
  return has(tokens, ROLLBACK) || has(tokens, LIMITS) || has(tokens, PRECOMMIT);
}

/**
 * "Punjabi thumbs-down more than 1.5 points worse than now, …, errors more than 0.5 % worse": a
 * clause setting numbered limits, each compared with something (a string of terms with numbers
 * sets none).
 */
export function setsComparedLimits(sentence: Sentence): boolean {
  return sentence.isClause && has(sentence.tokens, COMPARED) && setsNumberedLimits(sentence);
}

/** What a limit is compared with: the release as it runs now. */
const BASELINES = new Set(['now', 'today', 'before', 'baseline', 'control']);

/**
 * "Thumbs-down more than 2 points worse than now in either language, shutter.": a number set
 * against the release as it stands is a limit on the signal, whatever the family of the signal
 * and however short the consequence after it.
 */
export function limitAgainstNow(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  if (!sentence.isClause) return false;
  const number = tokens.some((token) => token.kind === 'number' && !token.negated);
  const worse = tokens.some(
    (token, at) =>
      token.text === 'worse' &&
      !token.negated &&
      ((tokens[at + 1]?.text === 'than' && BASELINES.has(tokens[at + 2]?.text ?? '')) ||
        marginBefore(tokens, at)),
  );
  return number && worse;
}

/** Words between "more than" and "worse": "more than 1 point worse", "more than 20 % worse". */
const MARGIN_WORDS = 3;

/**
 * "Cost per request more than 20 % worse, the same.": a margin by which the signal may grow worse
 * is a limit set against now, though "than now" went unsaid after the first line of the limits.
 */
function marginBefore(tokens: readonly Token[], worse: number): boolean {
  const from = Math.max(0, worse - MARGIN_WORDS - 2);
  return tokens
    .slice(from, worse)
    .some(
      (token, k) =>
        token.text === 'more' &&
        tokens[from + k + 1]?.text === 'than' &&
        tokens
          .slice(from + k + 2, worse)
          .some((margin) => margin.kind === 'number' && !margin.negated),
    );
}
