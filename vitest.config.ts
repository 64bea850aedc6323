import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// CI reads one plain closing line: each run leaves a JSON report for .ci/run to count.
const reportDirectory = process.env['CANARY_TEST_REPORT_DIR'];

export default defineConfig({
  test: {
    reporters: reportDirectory
      ? ['default', ['json', { outputFile: `${reportDirectory}/vitest-${process.pid}.json` }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Statistical runs and spawned CLI processes take seconds on 2 busy cores.
          testTimeout: 60_000,
          include: [
            'sim-engine/**/*.test.ts',
            'cli/**/*.test.ts',
            'electron/**/*.test.ts',
            'contract/**/*.test.ts',
            'scenarios/**/*.test.ts',
            'test/repository/**/*.test.ts',
          ],
          env: { TZ: 'UTC' },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test-setup.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
