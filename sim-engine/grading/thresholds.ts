import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import type { Lexicon, Match } from './match';
import { findAffirmed, has, hasAffirmed, lexicon } from './match';
import { decidesByWatching, limitsSetLate } from './limitTiming';
import { refusesWritingThemDown } from './limitsRefused';
import { fits, quantityFor, stageShares } from './quantities';
import type { Sentence } from './sentences';
import type { Unit } from './tokens';
import {
  BASELINE,
  BUSINESS,
  ERRORS,
  FEEDBACK,
  LATENCY,
  PRECOMMIT,
  ROLLBACK,
  THRESHOLD,
} from './vocabulary';

/** Rollback thresholds: a number with a unit per metric family, compared to a baseline, committed first. */

interface Family {
  readonly detail: 'errors' | 'latency' | 'business';
  readonly words: Lexicon;
  readonly units: ReadonlySet<Unit>;
  /**
   * Takes only a number said after it in its clause ("thumbs-down more than 2 points worse"): a
   * word users also rate by ("the thumbs-up and thumbs-down in the chat") is often only watched,
   * and a number elsewhere in the sentence is not its limit.
   */
  readonly limitAfter?: true;
}

const FAMILIES: readonly Family[] = [
  { detail: 'errors', words: ERRORS, units: new Set<Unit>(['percent', 'pp', 'x']) },
  { detail: 'latency', words: LATENCY, units: new Set<Unit>(['ms', 's', 'percent', 'x']) },
  { detail: 'business', words: BUSINESS, units: new Set<Unit>(['percent', 'pp']) },
  {
    detail: 'business',
    words: FEEDBACK,
    units: new Set<Unit>(['percent', 'pp']),
    limitAfter: true,
  },
];
const PLAN_WORDS = lexicon(
  'numbers | criteria | metrics | limits | plan | these | them | all of this',
);

/** Where the lines go, said of limits to be decided: "decide where the lines go", "… looks bad enough". */
const LINES_DECIDED = lexicon(
  'where the lines go | where the line goes | where the lines are | where the line is | ' +
    // "… and decide on the day what looks bad enough to pull".
    'looks bad enough | look bad enough | is bad enough | ' +
    // "… and decide, when I see the curve, what is too bad".
    'what is too bad | what looks too bad',
);

/** Knowing a breach only on seeing it, the limits never set. */
const KNOWN_ON_SIGHT = lexicon(
  'know it when i see it | know it when we see it | know it when you see it | ' +
    'know it when i see one | know it when we see one',
);

/** Finds quantified limits per metric family, pre-commitment, the baseline, and thresholds-as-you-go. */
export function detectThresholds(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  let limitsBefore = false;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const quantified = quantifiedFamilies(sentence);
    quantified.forEach((family) => noteDetail(findings, family, sentence));
    const aboutLimits = has(tokens, THRESHOLD) || quantified.length > 0;
    if (has(tokens, THRESHOLD)) noteNamed(findings, sentence);
    const context = aboutLimits || has(tokens, ROLLBACK) || has(tokens, PLAN_WORDS);
    if (context && hasAffirmed(tokens, PRECOMMIT)) noteDetail(findings, 'precommit', sentence);
    if (quantified.length > 0 && has(tokens, BASELINE)) noteDetail(findings, 'baseline', sentence);
    // The sentence after one about the limits may decide them by watching without naming them
    // ("I would not fix the limits in advance. … see where the metrics settle, then decide …").
    // "… then decide where the lines go from what we see": the lines are the limits.
    const linesDecided = has(tokens, LINES_DECIDED);
    const watching = (aboutLimits || limitsBefore || linesDecided) && decidesByWatching(tokens);
    // "I'll know it when I see it; if it looks worse, we'll roll back": no line but the eye.
    const onSight = (context || limitsBefore) && has(tokens, KNOWN_ON_SIGHT);
    // "Limits set first are guesses. I don't write any down ahead of time."
    const refusedAfter = limitsBefore && refusesWritingThemDown(tokens);
    if (watching || onSight || refusedAfter || limitsSetLate(tokens)) {
      noteMisconception(findings, sentence);
    }
    limitsBefore = aboutLimits;
  }
  return findings;
}

/** "Errors more than 0.5 % worse, p95 more than 200 ms worse, …": a sentence setting numbered limits. */
export function setsNumberedLimits(sentence: Sentence): boolean {
  return quantifiedFamilies(sentence).length > 0;
}

/** Where the other families' mentions start, gathered by loops (`flatMap` is slow per call). */
function otherStarts(
  mentions: readonly { readonly family: Family; readonly matches: readonly Match[] }[],
  family: Family,
): Set<number> {
  const starts = new Set<number>();
  for (const other of mentions) {
    if (other.family === family) continue;
    for (const match of other.matches) starts.add(match.start);
  }
  return starts;
}

/** The metric families in a sentence that come with a number in a unit that fits them. */
function quantifiedFamilies(sentence: Sentence): Family['detail'][] {
  const tokens = sentence.tokens;
  const mentions = FAMILIES.map((family) => ({
    family,
    matches: findAffirmed(tokens, family.words),
  }));
  if (mentions.every(({ matches }) => matches.length === 0)) return [];
  const used = new Set<number>(stageShares(tokens).map((share) => share.index));
  const found: Family['detail'][] = [];
  for (const { family, matches } of mentions) {
    // A family not mentioned claims nothing: the others' places are gathered only for one that is.
    if (matches.length === 0) continue;
    const others = otherStarts(mentions, family);
    const hit = matches.find((match) => claim(tokens, match, family, others, used));
    if (hit !== undefined) found.push(family.detail);
  }
  // Quantities first, metrics after ("0.5 % and 200 ms for errors and latency"): a family still
  // unquantified takes the sentence's next unclaimed quantity whose unit fits it.
  for (const { family, matches } of mentions) {
    if (matches.length === 0 || found.includes(family.detail) || family.limitAfter) continue;
    const index = tokens.findIndex((_, i) => fits(tokens, i, family.units, used));
    if (index < 0) continue;
    used.add(index);
    found.push(family.detail);
  }
  return found;
}

function claim(
  tokens: Sentence['tokens'],
  match: Match,
  family: Family,
  others: ReadonlySet<number>,
  used: Set<number>,
): boolean {
  const index = quantityFor(tokens, match, family.units, others, used, family.limitAfter);
  if (index === null) return false;
  used.add(index);
  return true;
}
