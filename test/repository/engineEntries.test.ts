import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine has two public entries. sim-engine/index.ts is what the app's page imports, so
// nothing it reaches may load the grader's language model (3.6 MB); sim-engine/grader.ts is the
// grader, for the grading worker and the CLI. This walks the real import graph, value imports
// only (`import type` and `export type` vanish from bundles), and names the path that leaks.

const ROOT = join(import.meta.dirname, '..', '..');
const LANGUAGE_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveModule(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Every package the entry reaches through value imports, with the chain of files to it; without
 * `followDynamic`, only what loads when the entry loads (no `import()`).
 */
function packagesReached(entry: string, followDynamic = true): Map<string, string[]> {
  const patterns = followDynamic
    ? [VALUE_IMPORT, BARE_IMPORT, DYNAMIC_IMPORT]
    : [VALUE_IMPORT, BARE_IMPORT];
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const [, specifier = ''] of source.matchAll(pattern)) {
        const here = [...chain, relative(ROOT, file)];
        if (!specifier.startsWith('.')) {
          if (!reached.has(specifier)) reached.set(specifier, here);
          continue;
        }
        const next = resolveModule(file, specifier);
        if (next) visit(next, here);
      }
    }
  };
  visit(join(ROOT, entry), []);
  return reached;
}

describe('the engine’s two entries', () => {
  it('keep the language model out of sim-engine/index.ts, which the page imports', () => {
    const reached = packagesReached('sim-engine/index.ts');
    for (const name of LANGUAGE_PACKAGES) {
      expect(reached.get(name), `${name} is reached through`).toBeUndefined();
    }
  });

  it('give the grader, sim-engine/grader.ts, its language model', () => {
    const reached = packagesReached('sim-engine/grader.ts');
    for (const name of LANGUAGE_PACKAGES) expect(reached.has(name), name).toBe(true);
  });

  it('keep the page’s engine client and worker off the grader entry', () => {
    for (const file of ['renderer/src/main.tsx', 'renderer/src/engine/engine.worker.ts']) {
      const reached = packagesReached(file);
      for (const name of LANGUAGE_PACKAGES) {
        expect(reached.get(name), `${file} reaches ${name} through`).toBeUndefined();
      }
    }
  });

  it('load the language model in the command line only when an answer is graded', () => {
    const atStart = packagesReached('cli/main.ts', false);
    for (const name of LANGUAGE_PACKAGES) {
      expect(atStart.get(name), `cli/main.ts loads ${name} at start through`).toBeUndefined();
    }
    const onUse = packagesReached('cli/main.ts');
    for (const name of LANGUAGE_PACKAGES) expect(onUse.has(name), name).toBe(true);
  });
});
