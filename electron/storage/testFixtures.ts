import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CanaryReport, Parsed } from '../../sim-engine/index';
import type { AttemptRecord } from '../../contract/types';

// Test helpers for storage: a stand-in report parser and temp folders.

/** Accepts any object whose format is `canary-report/1`, like the real parser's first check. */
export function fakeParseReport(value: unknown): Parsed<CanaryReport> {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === 'canary-report/1';
  return ok
    ? { ok: true, value: value as CanaryReport }
    : { ok: false, issues: [{ path: '$.format', message: 'must be canary-report/1' }] };
}

/** A saved attempt whose report carries just enough for the fake parser. */
export function attempt(id: string): AttemptRecord {
  const report = { format: 'canary-report/1', scenarioId: `scenario-${id}` };
  return { id, savedAt: '2026-05-01T10:00:00.000Z', report: report as unknown as CanaryReport };
}

/** A fresh temp folder, and the function that removes it. */
export async function tempFolder(): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'canary-coach-data-'));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}
