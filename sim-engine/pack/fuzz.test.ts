import { describe, expect, it } from 'vitest';
import completePack from '../../scenarios/examples/complete-pack.json';
import { createStreamFactory } from '../random/stream';
import type { RandomStream } from '../random/stream';
import { loadPack, loadPackText } from './loadPack';

/*
 * Hostile and careless edits of the complete example: whatever an instructor's editor or
 * an attacker produces, loading answers with a pack or with issues, and never throws.
 * The generator is seeded, so a failure reproduces exactly.
 */

const ROUNDS = 200;

type Container = Record<string, unknown> | unknown[];

const ODD_VALUES: readonly (() => unknown)[] = [
  () => Number.NaN,
  () => Infinity,
  () => -Infinity,
  () => -1,
  () => 0,
  () => 1e308,
  () => -0.5,
  () => 2.5,
  () => '',
  () => ' ',
  () => 'x'.repeat(5000),
  () => 'internal',
  () => '1',
  () => null,
  () => undefined,
  () => true,
  () => [],
  () => [null],
  () => ({}),
  () => ({ type: 'delayed' }),
  () => ({ metric: 'latency', change: 'tail' }),
  () => JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
  () => Object.create(null) as unknown,
  () => new Date(0),
  () => 10n,
  () => Symbol('s'),
  () => () => 1,
];

function pick<T>(random: RandomStream, items: readonly T[]): T {
  const item = items[Math.floor(random.next() * items.length)];
  if (item === undefined) throw new Error('picked from an empty list');
  return item;
}

/** Every container in the value with one of its keys, so a mutation can land anywhere. */
function slots(value: unknown): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const seen = new Set<unknown>();
  const visit = (current: unknown): void => {
    if (typeof current !== 'object' || current === null || seen.has(current)) return;
    seen.add(current);
    if (Array.isArray(current)) {
      current.forEach((child, index) => {
        found.push([current, index]);
        visit(child);
      });
    } else {
      for (const [key, child] of Object.entries(current)) {
        found.push([current as Record<string, unknown>, key]);
        visit(child);
      }
    }
  };
  visit(value);
  return found;
}

function mutate(value: unknown, random: RandomStream): void {
  const targets = slots(value);
  if (targets.length === 0) return;
  const [container, key] = pick(random, targets);
  const record = container as Record<string | number, unknown>;
  switch (pick(random, ['replace', 'delete', 'add', 'duplicate', 'nest', 'cycle'] as const)) {
    case 'replace':
      record[key] = pick(random, ODD_VALUES)();
      break;
    case 'delete':
      if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
      else delete record[key];
      break;
    case 'add':
      if (Array.isArray(container)) container.push(pick(random, ODD_VALUES)());
      else record[pick(random, ['extra', 'constructor', 'share', 'id', 'format'])] = 1;
      break;
    case 'duplicate':
      if (Array.isArray(container)) container.push(structuredClone(container[Number(key)]));
      break;
    case 'nest':
      record[key] = [[[[[[[[{ deep: record[key] }]]]]]]]];
      break;
    case 'cycle':
      record[key] = container;
      break;
  }
}

describe('loading a damaged pack', () => {
  it('never throws, whatever is changed in the object', () => {
    const random = createStreamFactory(20260303)('pack-fuzz-object');
    for (let round = 0; round < ROUNDS; round++) {
      const pack: unknown = structuredClone(completePack);
      const edits = 1 + Math.floor(random.next() * 3);
      for (let edit = 0; edit < edits; edit++) mutate(pack, random);
      const result = loadPack(pack);
      if (!result.ok) {
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) expect(issue.path.startsWith('$')).toBe(true);
      }
    }
  });

  it('never throws, whatever is changed in the text', () => {
    const random = createStreamFactory(20260303)('pack-fuzz-text');
    const original = JSON.stringify(completePack);
    const noise = ['{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', ' ', '\u0000', 'é'];
    for (let round = 0; round < ROUNDS; round++) {
      let text = original;
      const edits = 1 + Math.floor(random.next() * 4);
      for (let edit = 0; edit < edits; edit++) {
        const at = Math.floor(random.next() * text.length);
        const cut = Math.floor(random.next() * 3);
        text = text.slice(0, at) + pick(random, noise) + text.slice(at + cut);
      }
      expect(() => loadPackText(text)).not.toThrow();
    }
  });

  it('leaves Object.prototype alone', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
