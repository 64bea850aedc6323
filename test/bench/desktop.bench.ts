/**
 * The desktop shell's main process under big data (issue 16, R4): how long main is blocked
 * by a cohort of 5,000 reports and by one save at 8,000 attempts, the old way and now.
 * Run with `npx tsx test/bench/desktop.bench.ts`.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { engineReportTools } from '../../electron/reports/engineReportTools';
import { reportListInTurns } from '../../electron/ipc/argParsers';
import { openLocalData } from '../../electron/storage/localData';
import { parseHistoryText } from '../../contract/history';
import type { AttemptRecord } from '../../contract/types';
import { parseReport } from '../../sim-engine/index';
import { sampleReport } from '../../sim-engine/testing/sampleReport';
import { median, report } from './measure';

const one = sampleReport();
const reports = Array.from({ length: 5000 }, () => structuredClone(one));
const bytesPerReport = JSON.stringify(one).length;

/** The longest stretch main could not answer while `work` ran, in ms. */
async function longestBlock(work: () => Promise<unknown> | unknown): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const started = performance.now();
  await work();
  await new Promise((resolve) => setImmediate(resolve));
  const total = performance.now() - started;
  delay.disable();
  return Math.min(total, delay.max / 1e6);
}

// --- cohort of 5,000 reports
const before = performance.now();
for (const value of reports) parseReport(value);
report(
  'cohort 5,000 reports: validated at once (before), main blocked',
  performance.now() - before,
  'ms',
);
const blocks: number[] = [];
for (let run = 0; run < 3; run++) {
  blocks.push(await longestBlock(() => reportListInTurns(engineReportTools, 5000)([reports])));
}
report('cohort 5,000 reports: in turns (now), longest block, median of 3', median(blocks), 'ms');

// --- a save at 8,000 attempts
const folder = await mkdtemp(path.join(os.tmpdir(), 'canary-bench-'));
const records: AttemptRecord[] = Array.from({ length: 8000 }, (_, i) => ({
  id: `a${i}`,
  savedAt: '2026-03-04T10:00:00Z',
  report: reports[i % reports.length] ?? one,
}));
const envelope = { format: 'canary-coach-history', version: 1, data: { attempts: records } };
const oldWay: number[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  JSON.stringify(envelope, null, 2);
  oldWay.push(performance.now() - started);
}
report('save at 8,000 attempts: whole history stringified (before)', median(oldWay), 'ms');
const data = openLocalData(folder, engineReportTools);
const first = performance.now();
await data.mergeAttempts(records);
report(
  'first save of 8,000 attempts (each serialised once, then kept)',
  performance.now() - first,
  'ms',
);
const saves: number[] = [];
const walls: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  saves.push(await longestBlock(() => data.saveAttempt({ ...records[0]!, id: `new-${run}` })));
  walls.push(performance.now() - started);
}
report('save at 8,000 attempts (now): longest main-thread block, median of 5', median(saves), 'ms');
report('save at 8,000 attempts (now): until on disk, median of 5', median(walls), 'ms');
await data.flush();
const text = await readFile(path.join(folder, 'history.json'), 'utf8');
const loadBefore = performance.now();
parseHistoryText(text);
report(
  'load 8,005 attempts validated at once (before), main blocked',
  performance.now() - loadBefore,
  'ms',
);
report(
  'load 8,005 attempts in turns (now), longest block',
  await longestBlock(() => openLocalData(folder, engineReportTools).listAttempts()),
  'ms',
);
report(
  'history file at 8,005 attempts',
  (await stat(path.join(folder, 'history.json'))).size / 2 ** 20,
  'MB',
);
report('one report, compact JSON', bytesPerReport / 1024, 'KB');
await rm(folder, { recursive: true, force: true });
