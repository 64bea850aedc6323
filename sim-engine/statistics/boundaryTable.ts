import { boundaryAtLogLevel, boundaryStandardErrors } from './mixtureSprt';

/*
 * The charts show every threshold's always-valid interval at every check: a root of the
 * mixture's boundary equation per line and look (three Newton steps, each a log Φ and an exp),
 * 6–8 % of a week's run. The root depends only on α and r = τ²/V, and smoothly on log r, so
 * for each α it is tabulated once over log r, read by cubic interpolation (error ~1e-8
 * standard errors), and finished with one Newton step, which squares that error away: the
 * result agrees with the full solve within the solve's own tolerance (6e-13 relative at
 * worst, boundaryTable.test.ts; over the engine's 216 hashed cases the series, stored as
 * float32, are bit for bit those of the full solve).
 * Outside the table, the full solve.
 */

const LOWEST_LOG_RATIO = -8;
const HIGHEST_LOG_RATIO = 16;
const STEPS_PER_UNIT = 64;
const POINTS = (HIGHEST_LOG_RATIO - LOWEST_LOG_RATIO) * STEPS_PER_UNIT + 1;
/** Tables kept; a run uses a handful of α (one per window's calibrated level). */
const MOST_TABLES = 64;

const tables = new Map<number, Float64Array>();
/**
 * The table read last, and its ln(1/α): a check reads its thresholds' bounds mostly at one α
 * in a row, and both a lookup and a logarithm at every bound were a percent of a run.
 */
let lastAlpha = Number.NaN;
let lastTable: Float64Array = new Float64Array(0);
let lastLogLevel = Number.NaN;

function tableFor(alpha: number): Float64Array {
  if (alpha === lastAlpha) return lastTable;
  const known = tables.get(alpha);
  if (known) {
    remember(alpha, known);
    return known;
  }
  if (tables.size >= MOST_TABLES) tables.clear();
  const table = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) {
    table[i] = boundaryStandardErrors(alpha, Math.exp(LOWEST_LOG_RATIO + i / STEPS_PER_UNIT));
  }
  tables.set(alpha, table);
  remember(alpha, table);
  return table;
}

function remember(alpha: number, table: Float64Array): void {
  lastAlpha = alpha;
  lastTable = table;
  lastLogLevel = Math.log(1 / alpha);
}

/** `boundaryStandardErrors(alpha, ratio)` from a table per α, for the charts' intervals. */
export function tabulatedBoundaryStandardErrors(alpha: number, ratio: number): number {
  const position = (Math.log(ratio) - LOWEST_LOG_RATIO) * STEPS_PER_UNIT;
  if (!(position >= 1 && position < POINTS - 2)) return boundaryStandardErrors(alpha, ratio);
  const table = tableFor(alpha);
  const i = Math.floor(position);
  const t = position - i;
  const a = table[i - 1] ?? 0;
  const b = table[i] ?? 0;
  const c = table[i + 1] ?? 0;
  const d = table[i + 2] ?? 0;
  // Cubic Lagrange through points i − 1 … i + 2, at i + t.
  const start =
    (-t * (t - 1) * (t - 2) * a) / 6 +
    ((t + 1) * (t - 1) * (t - 2) * b) / 2 -
    ((t + 1) * t * (t - 2) * c) / 2 +
    ((t + 1) * t * (t - 1) * d) / 6;
  // The same Newton step as boundaryStandardErrors(alpha, ratio, start), its ln(1/α) kept.
  return boundaryAtLogLevel(lastLogLevel, ratio, start);
}
