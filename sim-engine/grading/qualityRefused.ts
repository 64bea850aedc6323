import { findAll, lexicon, NEGATOR_WORDS } from './match';
import { FEEDBACK, HALLUCINATION } from './modelSignals';
import type { Sentence } from './sentences';

/**
 * The model's quality signals turned down (read by modelMetrics.ts): refused as things to watch,
 * dismissed as noise, or named and then refused by a pro-form. A model watched without them is
 * watched for errors and latency only.
 */

/** Words after which the speaker still watches: "…, but we still track hallucinations". */
export const STILL = new Set(['but', 'still', 'yet', 'though']);

/**
 * "There's no need to track hallucinations or thumbs-down", "I wouldn't watch thumbs-down during
 * the rollout": the quality signals turned down, none kept — the model watched for errors only.
 */
export function refusesQualitySignals(tokens: Sentence['tokens']): boolean {
  const named = [...findAll(tokens, HALLUCINATION), ...findAll(tokens, FEEDBACK)];
  if (named.length > 0 && dismissed(tokens)) return true;
  const refused = named.filter((match) => watchRefused(tokens, match.start));
  if (refused.length > 0 && refused.length === named.length) return true;
  if (named.length === 0) return checksRefused(tokens);
  const after = Math.max(...named.map((m) => m.end));
  return refusedAfterNaming(tokens, after) || keptOutOfRelease(tokens, after);
}

/** What may join a signal to one refused before it: "… the eval harness or on ratings". */
const JOINERS = new Set(['or', 'nor', 'on', 'with', 'the', 'any', 'their']);

/**
 * "I wouldn't spend time on the eval harness or on ratings": a signal joined to the one before
 * it by "or" and the same preposition shares its refusal.
 */
function joinedToRefused(
  tokens: Sentence['tokens'],
  previous: { start: number; end: number } | undefined,
  start: number,
): boolean {
  if (previous === undefined || !watchRefused(tokens, previous.start)) return false;
  const between = tokens.slice(previous.end, start);
  return between.length > 0 && between.every((token) => JOINERS.has(token.text));
}

/**
 * "I wouldn't spend time on the eval harness or on ratings": the quality checks named by their
 * own names, every one turned down.
 */
function checksRefused(tokens: Sentence['tokens']): boolean {
  const checks = findAll(tokens, QUALITY_CHECKS);
  return (
    checks.length > 0 &&
    checks.every(
      (match, k) =>
        watchRefused(tokens, match.start) || joinedToRefused(tokens, checks[k - 1], match.start),
    )
  );
}

/** Quality checks by their own names: "the eval harness", "offline evals", "ratings". */
const QUALITY_CHECKS = lexicon('eval harness | evals | eval set | eval scores | ratings');

/** The release itself, as a place: "not in the release", "not part of the canary". */
const RELEASE_PLACES = new Set(['release', 'canary', 'rollout', 'ramp', 'gate', 'launch']);
/** What makes the release a place: "not in", "not into", "not part of"; "not a gate" is none. */
const PLACE_OPENERS = new Set(['in', 'into', 'for', 'during', 'part']);
const PLACE_WORDS = new Set(['of', 'the', 'this', 'our', 'a']);

/**
 * "Evals, thumbs-down counts and cost per conversation belong in the data science team's offline
 * reports, not in the release": the signals named first, then the release itself turned down as
 * their place, with nothing kept after it.
 */
function keptOutOfRelease(tokens: Sentence['tokens'], from: number): boolean {
  return tokens.some((token, at) => {
    if (at < from || token.text !== 'not') return false;
    if (!PLACE_OPENERS.has(tokens[at + 1]?.text ?? '')) return false;
    let place = at + 2;
    while (PLACE_WORDS.has(tokens[place]?.text ?? '')) place++;
    if (!RELEASE_PLACES.has(tokens[place]?.lemma ?? '')) return false;
    return !tokens.slice(place).some((later) => STILL.has(later.text));
  });
}

/** Pro-forms that carry signals named before them: "we don't track them". */
const CARRIERS = new Set(['them', 'those', 'these', 'any']);

/**
 * "Eval scores, thumbs-down, cost per conversation: … we don't track them in the canary." The
 * signals named first, then a watching verb turned down with a pro-form for them, and nothing
 * kept after it ("…, but we do sample answers").
 */
function refusedAfterNaming(tokens: Sentence['tokens'], from: number): boolean {
  return tokens.some((token, at) => {
    if (at < from || !WATCHING.has(token.lemma) || !negatorBefore(tokens, at)) return false;
    if (!CARRIERS.has(tokens[at + 1]?.text ?? '')) return false;
    return !tokens.slice(at + 2).some((later) => STILL.has(later.text));
  });
}

/** Judged not worth watching: "Hallucination checks and thumbs-downs are too noisy to act on". */
const DISMISSED = lexicon(
  'too noisy | too unreliable | not worth watching | not worth tracking | ' +
    // "thumbs-downs and eval scores are noise at this volume", "would only add noise".
    'are noise | is noise | just noise | add noise | adds noise | ' +
    // "vet ratings are too rare to mean anything"; not "too sparse, so the harness grades more".
    'too rare to mean | too sparse to mean | too few to mean | too rare to matter | ' +
    'too sparse to matter | too rare to act on | too sparse to act on',
);
/** Words that keep a signal in some form: "too noisy alone, so we pair it with …", "but". */
const KEPT = new Set(['alone', 'own', 'but', 'still', 'so', 'pair', 'paired', 'with']);

/** A dismissal said of the signals, whatever else the sentence keeps: "would only add noise". */
export function namedAsNoise(tokens: Sentence['tokens']): boolean {
  return findAll(tokens, DISMISSED).some((match) => !negatorBefore(tokens, match.start + 1));
}

/**
 * The dismissal's own words are flagged as turned down (dismissals.ts reads the sentence as a
 * refusal), so a denial is looked for in words: "thumbs-down is not too noisy" dismisses nothing.
 */
function dismissed(tokens: Sentence['tokens']): boolean {
  if (tokens.some((token) => KEPT.has(token.text))) return false;
  return findAll(tokens, DISMISSED).some((match) => !negatorBefore(tokens, match.start + 1));
}

/** Verbs of watching a signal. */
// "I wouldn't spend time on the eval harness", "we won't bother with thumbs-down".
const WATCHING = new Set([
  'track',
  'watch',
  'monitor',
  'sample',
  'measure',
  'set',
  'spend',
  'bother',
]);
const WATCH_REACH = 6;

/**
 * A watching verb a few words before the signal, turned down: "wouldn't set up hallucination
 * sampling or watch thumbs-down", "no need to track hallucinations" (not "stop above 2 %").
 */
function watchRefused(tokens: Sentence['tokens'], at: number): boolean {
  for (let verb = at - 1; verb >= 0 && verb >= at - WATCH_REACH; verb--) {
    const token = tokens[verb];
    // "We won't bother with ratings, and the eval harness gates every stage": a new clause.
    if (token?.text === ';' || (token?.pos === 'CCONJ' && tokens[verb - 1]?.text === ',')) {
      return false;
    }
    if (token === undefined || !WATCHING.has(token.lemma)) continue;
    const needless = tokens[verb - 1]?.text === 'to' && tokens[verb - 2]?.text === 'need';
    if (negatorBefore(tokens, verb) || (needless && tokens[verb - 3]?.text === 'no')) return true;
    // "wouldn't set up hallucination sampling or watch thumbs-down": the refusal carries over "or".
    return ['or', 'nor'].includes(tokens[verb - 1]?.text ?? '') && watchRefused(tokens, verb);
  }
  return false;
}

const NEGATOR_REACH = 3;

/** "wouldn't set up", "don't really watch": a negator just before the verb, in its clause. */
function negatorBefore(tokens: Sentence['tokens'], verb: number): boolean {
  for (let at = verb - 1; at >= 0 && at >= verb - NEGATOR_REACH; at--) {
    const token = tokens[at];
    if (token === undefined || token.kind === 'mark') return false;
    if (NEGATOR_WORDS.has(token.text)) return true;
  }
  return false;
}
