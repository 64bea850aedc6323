import { renderReport, reportsToCsv, parseReport } from '../../sim-engine/index';
import type { ReportTools } from './reportTools';

/** The engine's report functions, as main uses them. */
export const engineReportTools: ReportTools = { parseReport, renderReport, reportsToCsv };
