// Type-checks each area with its own settings; the engine's has no DOM and no Node types.
// The areas are independent compilations, so they run side by side, one per core; each one's
// output is printed whole when it ends, so two failures never interleave. Each keeps what it
// learned in node_modules/.cache, so a run after a small change rechecks only what the change
// touched (a clean checkout, as in CI, checks everything).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const projects = [
  'renderer/tsconfig.json',
  'test/tsconfig.json',
  'cli/tsconfig.json',
  'electron/tsconfig.json',
  'sim-engine/tsconfig.test.json',
  'contract/tsconfig.test.json',
  'contract/tsconfig.json',
  'sim-engine/tsconfig.json',
];

const CACHE = 'node_modules/.cache/typecheck';

/** Runs one project's check; resolves with its exit status and everything it printed. */
function check(project) {
  return new Promise((resolve) => {
    const buildInfo = `${CACHE}/${project.replace(/[/.]/g, '-')}.tsbuildinfo`;
    const child = spawn(process.execPath, [
      'node_modules/typescript/bin/tsc',
      '-p',
      project,
      '--incremental',
      '--tsBuildInfoFile',
      buildInfo,
    ]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ project, status: 1, output: String(error) }));
    child.on('close', (status) => resolve({ project, status, output }));
  });
}

const queue = [...projects];
const failed = [];
async function worker() {
  for (let project = queue.shift(); project !== undefined; project = queue.shift()) {
    const { status, output } = await check(project);
    if (output.trim() !== '') process.stdout.write(`${project}:\n${output}`);
    if (status !== 0) failed.push(project);
  }
}
const workers = Math.max(1, Math.min(availableParallelism(), projects.length));
await Promise.all(Array.from({ length: workers }, worker));
if (failed.length > 0) console.error(`Type errors in ${failed.join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
