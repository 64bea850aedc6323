import { writeFileSync } from 'node:fs';
import { InputError } from '../inputError';
import { issueLines, readInputFile } from '../inputs';
import { parseReportText, renderReport } from '../../sim-engine/index';
import { writePdf } from './pdf';

export const REPORT_FORMATS = ['html', 'pdf', 'csv', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `report RESULT.json --format … --out FILE`: renders a saved report. */
export async function reportCommand(
  path: string,
  options: { format: ReportFormat; out: string },
): Promise<void> {
  const parsed = parseReportText(readInputFile(path, 'report'));
  if (!parsed.ok) throw new InputError(issueLines(parsed.issues, path));
  if (options.format === 'pdf') {
    await writePdf(renderReport(parsed.value, 'html'), options.out);
  } else {
    writeOutput(options.out, renderReport(parsed.value, options.format));
  }
  process.stdout.write(`wrote ${options.out}\n`);
}

function writeOutput(out: string, text: string): void {
  try {
    writeFileSync(out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${out}: cannot be written (${code})`);
  }
}
