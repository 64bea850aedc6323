import { parseReportText } from '../../../sim-engine/index';
import type { ReportsPick } from '../platform/platform';

type Read = Extract<ReportsPick, { status: 'ok' }>;

/** Reads and validates each chosen file; a bad or unreadable file is listed, never thrown. */
export async function readReportFiles(files: readonly File[]): Promise<Read> {
  const reports: Read['reports'][number][] = [];
  const invalid: Read['invalid'][number][] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      invalid.push({ fileName: file.name, issues: [{ path: '$', message: 'could not be read' }] });
      continue;
    }
    const parsed = parseReportText(text);
    if (parsed.ok) reports.push({ fileName: file.name, report: parsed.value });
    else invalid.push({ fileName: file.name, issues: parsed.issues });
  }
  return { status: 'ok', reports, invalid };
}
