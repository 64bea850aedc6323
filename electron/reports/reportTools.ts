import type { CanaryReport, Parsed } from '../../sim-engine/index';

/**
 * The engine's report functions main needs, passed in so main's modules can be tested
 * with fakes and wired to `sim-engine/report/*` in one place (`electron/main.ts`).
 */
export interface ReportTools {
  /** Validates a `canary-report/1` value that came from outside (IPC, a file). */
  parseReport(value: unknown): Parsed<CanaryReport>;
  /** Self-contained text of one report (HTML has no scripts and no remote content). */
  renderReport(report: CanaryReport, format: 'html' | 'md' | 'csv'): string;
  /** One CSV row per report, with per-dimension columns. */
  reportsToCsv(reports: readonly CanaryReport[]): string;
}
