// Type-checks each area with its own settings; the engine's has no DOM and no Node types.
import { spawnSync } from 'node:child_process';

const projects = [
  'sim-engine/tsconfig.json',
  'sim-engine/tsconfig.test.json',
  'contract/tsconfig.json',
  'contract/tsconfig.test.json',
  'renderer/tsconfig.json',
  'electron/tsconfig.json',
  'cli/tsconfig.json',
  'test/tsconfig.json',
];
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
