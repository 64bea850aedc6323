import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadPack, type LoadedPack } from '../../sim-engine/index';
import { checkReferencePlans } from '../commands/validate';

// In-process: the checks `validate` adds on top of the pack loader, without spawning the CLI.
const complete = JSON.parse(
  readFileSync(new URL('../../scenarios/examples/complete-pack.json', import.meta.url), 'utf8'),
) as { scenarios: { referencePlans: { strong: { cohorts: string[] } } }[] };

function packWithStrongCohorts(index: number, cohorts: string[]): LoadedPack {
  const copy = structuredClone(complete);
  copy.scenarios[index]!.referencePlans.strong.cohorts = cohorts;
  const loaded = loadPack(copy);
  if (!loaded.ok) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  return loaded.value;
}

describe('validate checks reference plans as run checks a plan', () => {
  it('finds nothing to say about the complete example pack', () => {
    const loaded = loadPack(complete);
    expect(loaded.ok && checkReferencePlans(loaded.value)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a reference plan that lists a segment twice, with the path from the pack root', () => {
    const pack = packWithStrongCohorts(1, ['internal', 'support-staff', 'general']);
    expect(checkReferencePlans(pack).errors.map(formatIssue)).toEqual([
      '$.scenarios[1].referencePlans.strong.cohorts[1]: "support-staff" is already included in "internal" at [0]',
    ]);
  });

  it('only warns, naming it, about a segment kind the scenario lacks', () => {
    const pack = packWithStrongCohorts(1, ['internal', 'low-risk', 'general']);
    const found = checkReferencePlans(pack);
    expect(found.errors).toEqual([]);
    expect(found.warnings.map(formatIssue)).toEqual([
      '$.scenarios[1].referencePlans.strong.cohorts[1]: "low-risk" is a segment kind, but this scenario has no low-risk segment: it is skipped',
    ]);
  });
});
