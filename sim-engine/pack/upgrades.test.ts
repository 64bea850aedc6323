import { describe, expect, it } from 'vitest';
import minimalPack from '../../scenarios/examples/minimal-pack.json';
import { PACK_FORMAT } from './limits';
import { PACK_UPGRADES, upgradePack } from './upgrades';
import type { PackData, PackUpgrade } from './upgrades';

/** An imagined two-step history: draft 0 renamed `name` to `title`, 0.5 added `author`. */
const imagined: readonly PackUpgrade[] = [
  {
    from: 'canary-pack/0.5',
    to: PACK_FORMAT,
    upgrade: (pack) => ({ ...pack, format: PACK_FORMAT, author: 'unknown' }),
  },
  {
    from: 'canary-pack/0',
    to: 'canary-pack/0.5',
    upgrade: ({ name, ...rest }: PackData) => ({ ...rest, format: 'canary-pack/0.5', title: name }),
  },
];

function refusal(value: unknown, steps?: readonly PackUpgrade[]): string {
  const result = upgradePack(value, steps);
  if (result.ok) throw new Error('expected a refusal');
  return result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

describe('the pack upgrade chain', () => {
  it('has no steps while canary-pack/1 is the only published format', () => {
    expect(PACK_UPGRADES).toEqual([]);
  });

  it('passes a current pack through untouched', () => {
    const result = upgradePack(minimalPack);
    expect(result.ok && result.value).toBe(minimalPack);
  });

  it('carries an old pack through every step to the current format', () => {
    const old = { format: 'canary-pack/0', name: 'Old pack' };
    expect(upgradePack(old, imagined)).toEqual({
      ok: true,
      value: { format: PACK_FORMAT, title: 'Old pack', author: 'unknown' },
    });
    expect(old).toEqual({ format: 'canary-pack/0', name: 'Old pack' });
  });

  it('stops a chain that loops instead of looping forever', () => {
    const loop: PackUpgrade[] = [
      { from: 'canary-pack/0', to: 'canary-pack/0', upgrade: (pack) => ({ ...pack }) },
    ];
    expect(refusal({ format: 'canary-pack/0' }, loop)).toBe(
      '$.format: the upgrade steps do not lead to canary-pack/1',
    );
  });

  it('asks for a newer Canary Coach for a newer pack format', () => {
    expect(refusal({ format: 'canary-pack/2' })).toBe(
      '$.format: this pack was written for a newer Canary Coach (canary-pack/2); this version reads canary-pack/1, so update Canary Coach to open it',
    );
  });

  it('recognises a plan or a report opened as a pack', () => {
    expect(refusal({ format: 'canary-plan/1' })).toBe(
      '$.format: this is a plan file (canary-plan/1), not a scenario pack',
    );
    expect(refusal({ format: 'canary-report/1' })).toBe(
      '$.format: this is a report file (canary-report/1), not a scenario pack',
    );
  });

  it('refuses an unknown, missing or mistyped format', () => {
    expect(refusal({ format: 'scenario-pack' })).toBe(
      '$.format: "scenario-pack" is not a pack format Canary Coach knows; expected "canary-pack/1"',
    );
    expect(refusal({ title: 'x' })).toBe(
      '$.format: is missing; a pack starts with "format": "canary-pack/1"',
    );
    expect(refusal({ format: 1 })).toBe('$.format: must be "canary-pack/1"');
    expect(refusal([])).toBe('$: must be an object that starts with "format": "canary-pack/1"');
  });
});
