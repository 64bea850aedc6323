import type { Parsed } from '../../sim-engine/index';
import type { AttemptRecord } from '../../renderer/src/platform/platform';
import type { ReportTools } from '../reports/reportTools';
import { historySpec } from './documents';
import { readEnvelope } from './versionedDocument';

// An exported history is the history file itself: one format, one reader, same upgrades.

/** The text of a history export holding `attempts`. */
export function historyExportText(
  attempts: readonly AttemptRecord[],
  tools: Pick<ReportTools, 'parseReport'>,
): string {
  const spec = historySpec(tools);
  const envelope = { format: spec.format, version: spec.version, data: spec.toData([...attempts]) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Reads a history export (any known version); every attempt is validated. */
export function parseHistoryText(
  text: string,
  tools: Pick<ReportTools, 'parseReport'>,
): Parsed<AttemptRecord[]> {
  return readEnvelope(text, historySpec(tools));
}
