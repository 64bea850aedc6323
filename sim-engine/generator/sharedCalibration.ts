import type { ScenarioCalibration } from '../calibration/calibrateScenario';
import { thresholdTrialJobs } from '../scoring/thresholdTrials';
import {
  combinePlayed,
  type CalibrationJob,
  type CalibrationJobResult,
  type OutcomeJob,
  type Played,
  type Wanted,
} from './calibrationJobs';
import {
  NOT_PLAYED,
  outcomeJobs,
  plansNeedingTrials,
  rememberTrials,
  runCounter,
  scoredCalibration,
  whole,
  type Progress,
  type Steps,
} from './calibrationSteps';
import type { GeneratedScenario } from './generateScenario';

/*
 * Calibration laid out for two threads as one batch, so neither waits for the other between
 * passes: each reference's seeds in pieces, then the seeds a pass needs only when some of its
 * first seeds failed (one seed each), then the threshold trials. A piece is started only while it can still
 * matter: none once either reference is out of the rule (the draw is unfair whatever the rest
 * gives), none of a reference whose side is already certain. Every verdict is read from the
 * pieces back from seed 0 on, as one pass would read them, so which thread played what, and
 * what was skipped, changes the time taken and nothing else.
 */

type Side = 'strong' | 'weak';
type Role = { readonly side: Side | 'trial' };
interface Piece {
  readonly job: CalibrationJob;
  readonly role: Role;
  /** A seed after the settling ones, needed only when some of those failed. */
  readonly rest?: boolean;
}

/** A pass's seed ranges, in seed order: `part` marks which seeds a job plays. */
function pieces(job: OutcomeJob): {
  first: OutcomeJob[];
  middle: OutcomeJob[];
  rest: OutcomeJob[];
} {
  const part = (from: number, to: number): OutcomeJob => ({ ...job, part: { from, to } });
  const settling = Math.max(1, job.seeds - job.allowedFailures);
  // One more seed than may fail: a reference that fails on every one of them is out on its own.
  const firstEnd = Math.min(job.allowedFailures + 1, settling);
  const halfway = firstEnd + Math.ceil((settling - firstEnd) / 2);
  const middle = [
    ...(halfway > firstEnd ? [part(firstEnd, halfway)] : []),
    ...(settling > halfway ? [part(halfway, settling)] : []),
  ];
  const rest = Array.from({ length: job.seeds - settling }, (_, i) =>
    part(settling + i, settling + i + 1),
  );
  return { first: [part(0, firstEnd)], middle, rest };
}

/** Alternates two lists: a, b, a, b, … then what is left of the longer. */
function alternate<T>(a: readonly T[], b: readonly T[]): T[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]]).flatMap(
    (pair) => pair.filter((item): item is T => item !== undefined),
  );
}

/** The runs of a side's pieces back so far from seed 0 on (up to the first not back). */
function fromSeedZero(
  indices: readonly number[],
  results: readonly (CalibrationJobResult | undefined)[],
): Played[] {
  const back: Played[] = [];
  for (const index of indices) {
    const result = results[index];
    if (result?.kind !== 'outcomes') break;
    back.push(result);
  }
  return back;
}

/**
 * Calibrates one generated scenario for a host with several threads: the same verdict, runs
 * and scores as `oneThreadSteps` for a draw that is fair (an unfair draw is thrown away, and
 * its calibration may hold fewer runs than the one-thread pass would have played).
 */
export function* sharedSteps(
  generated: GeneratedScenario,
  seeds: number,
  onProgress: Progress,
): Steps<ScenarioCalibration> {
  const passes = outcomeJobs(generated, seeds);
  const strong = pieces(passes.strong);
  const weak = pieces(passes.weak);
  const plans = plansNeedingTrials(generated);
  const trials = plans.flatMap((plan) => thresholdTrialJobs(generated.scenario, plan));
  const laid: Piece[] = [];
  const on =
    (side: Role['side'], rest = false) =>
    (job: CalibrationJob): Piece => ({ job, role: { side }, rest });
  const outcomes = (s: readonly OutcomeJob[], w: readonly OutcomeJob[], rest = false) =>
    laid.push(...alternate(s.map(on('strong', rest)), w.map(on('weak', rest))));
  outcomes([...strong.first, ...strong.middle], [...weak.first, ...weak.middle]);
  // The seeds needed only after failures come before the trials (a pass still open after its
  // settling seeds is likelier out, and the trials would be for nothing), but wait until those
  // settling seeds are back: until then a free thread starts trials rather than a seed that is
  // most often not needed.
  outcomes(strong.rest, weak.rest, true);
  laid.push(...trials.map(on('trial')));

  const indicesOf = (side: Side) =>
    laid.flatMap((piece, index) => (piece.role.side === side ? [index] : []));
  const sides = { strong: indicesOf('strong'), weak: indicesOf('weak') };
  const read = (side: Side, results: readonly (CalibrationJobResult | undefined)[]) =>
    combinePlayed(passes[side], fromSeedZero(sides[side], results));
  const settlingBack = (side: Side, results: readonly (CalibrationJobResult | undefined)[]) =>
    fromSeedZero(sides[side], results).reduce((sum, piece) => sum + piece.runs.length, 0) >=
    passes[side].seeds - passes[side].allowedFailures;
  const wanted = (
    index: number,
    results: readonly (CalibrationJobResult | undefined)[],
  ): Wanted => {
    const verdicts = { strong: read('strong', results), weak: read('weak', results) };
    if (verdicts.strong?.withinRule === false || verdicts.weak?.withinRule === false) return false;
    const piece = laid[index];
    if (!piece || piece.role.side === 'trial') return true;
    const side = piece.role.side;
    if (verdicts[side] !== undefined) return false;
    return piece.rest && !settlingBack(side, results) ? 'later' : true;
  };

  const progress = runCounter(seeds, onProgress);
  const results = yield { jobs: laid.map((piece) => piece.job), onRun: progress.onRun, wanted };
  const strongPass = read('strong', results);
  const weakPass = read('weak', results);
  if (strongPass?.withinRule === false) return scoredCalibration(generated, strongPass, NOT_PLAYED);
  if (weakPass?.withinRule === false) {
    // The strong side may not have been played out: the draw is unfair on the weak side anyway.
    const runs = fromSeedZero(sides.strong, results).flatMap((piece) => piece.runs);
    const strongSoFar = strongPass ?? { kind: 'outcomes', runs, withinRule: false };
    return scoredCalibration(generated, strongSoFar, weakPass);
  }
  rememberTrials(
    generated,
    plans,
    laid.flatMap((piece, index) => (piece.role.side === 'trial' ? [results[index]] : [])),
  );
  const calibration = scoredCalibration(generated, whole(strongPass), whole(weakPass));
  progress.finished();
  return calibration;
}
