/**
 * Groups of paths that differ only in letter case. macOS and Windows file systems treat
 * them as one file, so a checkout there loses one of them (and git shows it as modified).
 */
export function caseCollisions(paths: readonly string[]): string[][] {
  const byFolded = new Map<string, string[]>();
  for (const file of paths) {
    const folded = file.toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), file]);
  }
  return [...byFolded.values()].filter((group) => group.length > 1);
}

/** Every folder a path lies in, so `Docs/a.md` and `docs/b.md` collide on `docs` too. */
export function withFolders(paths: readonly string[]): string[] {
  const all = new Set<string>();
  for (const file of paths) {
    const parts = file.split('/');
    for (let end = 1; end <= parts.length; end++) all.add(parts.slice(0, end).join('/'));
  }
  return [...all];
}

/**
 * The name an import uses for a source file: its path without the extension. `cohortTable.ts`
 * and `CohortTable.tsx` do not clash as files, but `import './cohortTable'` resolves to either
 * on a case-insensitive disk, which is how this repository once broke on macOS.
 */
export function moduleNames(paths: readonly string[]): string[] {
  return paths.map((file) => file.replace(/\.(d\.ts|tsx?|mts|cts|jsx?|mjs|cjs)$/, ''));
}
