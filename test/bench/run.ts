// `npm run bench`: every benchmark, one after another in its own process, medians printed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const directory = path.dirname(new URL(import.meta.url).pathname);
const benches = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.ts'))
  .sort();
let failed = false;
for (const bench of benches) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(directory, bench)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
