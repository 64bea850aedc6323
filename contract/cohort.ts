import type { Parsed } from '../sim-engine/index';
import type { EnvelopeSpec, JsonLimits } from './envelope';
import { openEnvelope } from './envelope';
import { listOf } from './history';
import type { ReportParser } from './records';
import { parseCohortRecord } from './records';
import type { CohortRecord, KeptCohort } from './types';

/**
 * The instructor's kept cohort: what the desktop keeps in `cohort.json` and the browser in
 * local storage. Version 1 is
 * `{ "format": "canary-coach-cohort", "version": 1, "data": { "reports": [{ fileName, report }] } }`.
 */

export const COHORT_FORMAT = 'canary-coach-cohort';

/** At most this many reports are kept (and exported as one CSV); more is refused on save. */
export const MAX_COHORT_REPORTS = 5000;

/** 5,000 reports of 10–30 KB fit with room to spare; `maxValues` ≥ `maxBytes` on purpose. */
export const COHORT_MAX_BYTES = 256 * 1024 * 1024;
export const COHORT_LIMITS: JsonLimits = {
  maxBytes: COHORT_MAX_BYTES,
  maxEntries: 100_000,
  maxValues: COHORT_MAX_BYTES,
};

/** The browser's first kept cohort (before this format): a bare list of records. */
function browserCohortBefore(json: unknown): { version: number; data: unknown } | null {
  return Array.isArray(json) ? { version: 1, data: { reports: json } } : null;
}

/** The cohort's spec; every report is validated with `readReport` (one bad report fails it). */
export function cohortSpec(readReport?: ReportParser): EnvelopeSpec<CohortRecord[]> {
  return {
    format: COHORT_FORMAT,
    version: 1,
    migrations: {},
    legacy: browserCohortBefore,
    parse: listOf('reports', (item) => parseCohortRecord(item, readReport)),
    toData: (reports) => ({ reports }),
    label: 'kept cohort',
    limits: COHORT_LIMITS,
  };
}

/**
 * Reads a kept cohort leniently: a report that no longer validates is left out and counted
 * (the instructor still has its file), the others are kept. Not ok only when the text is not
 * a cohort at all.
 */
export function readKeptCohort(text: string, readReport?: ReportParser): Parsed<KeptCohort> {
  const opened = openEnvelope(text, cohortSpec(readReport));
  if (!opened.ok) return opened;
  const reports = (opened.value as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(reports))
    return { ok: false, issues: [{ path: '$.data.reports', message: 'must be a list' }] };
  const records: CohortRecord[] = [];
  let unreadable = 0;
  for (const item of reports) {
    const parsed = parseCohortRecord(item, readReport);
    if (parsed.ok) records.push(parsed.value);
    else unreadable += 1;
  }
  return { ok: true, value: { records, unreadable } };
}

/** The refusal for a cohort of `count` reports, or null when it may be kept. */
export function cohortCountRefusal(count: number): string | null {
  return count > MAX_COHORT_REPORTS
    ? `The cohort was not kept for the next start: it holds ${count.toLocaleString('en')} ` +
        `reports, over the most kept (${MAX_COHORT_REPORTS.toLocaleString('en')}).`
    : null;
}
