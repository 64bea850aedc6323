import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers are a lint rule (eslint.config.js); these cases prove the rule bites where it
// should and stays quiet where imports are allowed.

const eslint = new ESLint();

/** The import-rule messages ESLint gives `code` as if it were the file at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const use = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;

describe('the import layers', () => {
  it('keep the engine to itself', async () => {
    expect(await importProblems('sim-engine/run/probe.ts', use('../../contract/types'))).toEqual([
      expect.stringContaining('sim-engine imports nothing outside itself'),
    ]);
    expect(await importProblems('sim-engine/run/probe.ts', use('../metrics/dispersion'))).toEqual(
      [],
    );
  });

  it('let renderer, electron and cli reach the engine only through its entry', async () => {
    for (const file of [
      'renderer/src/probe.ts',
      'electron/ipc/probe.ts',
      'cli/commands/probe.ts',
    ]) {
      const up = file.split('/').length - 1;
      const root = '../'.repeat(up);
      expect(await importProblems(file, use(`${root}sim-engine/report/report`))).toEqual([
        expect.stringContaining('only through sim-engine/index.ts'),
      ]);
      expect(await importProblems(file, use(`${root}sim-engine/index`))).toEqual([]);
    }
  });

  // The one exception, and why: the grader's second entry carries a 3.6 MB language model. The
  // CLI and the app's grading worker import it; the page, the engine worker and the desktop
  // shell must not, or the model lands in their bundles (test/repository/engineEntries.test.ts
  // checks that sim-engine/index.ts never reaches it).
  it('let only the CLI and the grading worker import the grader entry, sim-engine/grader.ts', async () => {
    expect(await importProblems('cli/commands/probe.ts', use('../../sim-engine/grader'))).toEqual(
      [],
    );
    expect(
      await importProblems(
        'renderer/src/engine/grading.worker.ts',
        use('../../../sim-engine/grader'),
      ),
    ).toEqual([]);
    for (const file of [
      'renderer/src/mock/probe.tsx',
      'renderer/src/engine/engine.worker.ts',
      'renderer/src/engine/gradingClient.ts',
      'electron/ipc/probe.ts',
      'contract/probe.ts',
    ]) {
      const root = '../'.repeat(file.split('/').length - 1);
      expect(await importProblems(file, use(`${root}sim-engine/grader`)), file).toEqual([
        expect.stringContaining('sim-engine/index.ts'),
      ]);
    }
    // The grader's exception opens only that one file, not the engine's insides.
    expect(
      await importProblems(
        'renderer/src/engine/grading.worker.ts',
        use('../../../sim-engine/grading/gradeAnswer'),
      ),
    ).toEqual([expect.stringContaining('only through sim-engine/index.ts')]);
    expect(
      await importProblems('cli/commands/probe.ts', use('../../sim-engine/grading/language')),
    ).toEqual([expect.stringContaining('only through sim-engine/index.ts')]);
  });

  it('keep electron away from the renderer; they meet in contract/', async () => {
    expect(
      await importProblems('electron/ipc/probe.ts', use('../../renderer/src/platform/platform')),
    ).toEqual([expect.stringContaining('never import the renderer')]);
    expect(await importProblems('electron/ipc/probe.ts', use('../../contract/types'))).toEqual([]);
  });

  it('keep the contract pure', async () => {
    expect(await importProblems('contract/probe.ts', use('node:fs'))).toHaveLength(1);
    expect(await importProblems('contract/probe.ts', use('../electron/main'))).not.toEqual([]);
    expect(await importProblems('contract/probe.ts', use('../sim-engine/index'))).toEqual([]);
  });
});
