import type { CanaryReport, MockTranscript } from '../domain/report';
import type { Scenario } from '../domain/scenario';
// The engine's version is declared once, beside the public entry; read at call time only.
import { ENGINE_VERSION } from '../version';
import type { Attempt } from '../scoring/scoreAttempt';
import { parseWithSchema } from '../validation/fromZod';
import type { Parsed } from '../validation/issues';
import { checkPlainData, parseJsonText } from '../validation/safeJson';
import { readLegacyReportFields } from './legacyReport';
import { reportSchema } from './reportSchema';

/** Where a report was made, and by whom: what the engine cannot know by itself. */
export interface ReportContext {
  readonly packId: string;
  readonly mode: 'practice' | 'mock' | 'cli';
  readonly mock?: MockTranscript;
  /** ISO 8601, from the caller's clock. */
  readonly createdAt?: string;
  readonly learner?: string;
}

/** The `canary-report/1` document of an attempt: what `run --json` prints and the app exports. */
export function buildReport(
  attempt: Attempt,
  scenario: Scenario,
  context: ReportContext,
): CanaryReport {
  const { run } = attempt;
  return {
    format: 'canary-report/1',
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    packId: context.packId,
    seed: run.seed,
    engineVersion: ENGINE_VERSION,
    mode: context.mode,
    plan: run.plan,
    score: attempt.score,
    outcome: run.outcome,
    events: run.events,
    narrative: attempt.narrative,
    counterfactuals: attempt.counterfactuals,
    hintsUsed: attempt.hintsUsed ?? 0,
    ...(context.mock ? { mock: context.mock } : {}),
    ...(context.createdAt === undefined ? {} : { createdAt: context.createdAt }),
    ...(context.learner === undefined ? {} : { learner: context.learner }),
  };
}

/** Validates a report that is already a value (IPC, history): every issue with its JSON path. */
export function parseReport(value: unknown): Parsed<CanaryReport> {
  const unsafe = checkPlainData(value);
  return unsafe.length > 0
    ? { ok: false, issues: unsafe }
    : parseWithSchema(reportSchema, readLegacyReportFields(value));
}

/** Reads a report file's text: the report, or every issue found. Never throws. */
export function parseReportText(text: string): Parsed<CanaryReport> {
  const parsed = parseJsonText(text);
  return parsed.ok ? parseWithSchema(reportSchema, readLegacyReportFields(parsed.value)) : parsed;
}
