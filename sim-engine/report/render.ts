import type { CanaryReport } from '../domain/report';
import { reportsToCsv } from './csv';
import { reportToHtml } from './html';
import { reportToMarkdown } from './markdown';

export { reportsToCsv } from './csv';

/** The formats a report renders to (PDF is the desktop shell's print of the HTML). */
export type ReportFormat = 'html' | 'md' | 'csv';

/** Renders one report: a self-contained HTML page, Markdown, or a one-row CSV. Pure. */
export function renderReport(report: CanaryReport, format: ReportFormat): string {
  switch (format) {
    case 'html':
      return reportToHtml(report);
    case 'md':
      return reportToMarkdown(report);
    case 'csv':
      return reportsToCsv([report]);
  }
}
