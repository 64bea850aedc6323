// Sums vitest's JSON reports into the one closing line CI reads, and fails when anything
// failed, when the test command failed, or when nothing ran.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [directory, commandStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const name of readdirSync(directory).filter((file) => file.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(directory, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
}
if (Number(commandStatus) !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
