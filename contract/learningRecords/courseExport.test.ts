import { describe, expect, it } from 'vitest';
import { loadPackText } from '../../sim-engine/index';
import { readFileSync } from 'node:fs';
import { courseStructure, courseStructureXml } from './cmi5Course';
import { courseExportText, courseFileName, coursePackOf, parseCoursePack } from './courseExport';

const loaded = loadPackText(readFileSync('scenarios/examples/minimal-pack.json', 'utf8'));
if (!loaded.ok) throw new Error('the example pack does not load');
const pack = loaded.value;

describe('the app’s cmi5 course export', () => {
  it('sends only what a course reads from a pack, and writes the CLI’s XML from it', () => {
    const sent = coursePackOf(pack);
    expect(Object.keys(sent).sort()).toEqual([
      'description',
      'id',
      'scenarios',
      'title',
      'version',
    ]);
    expect(sent.scenarios.map((scenario) => Object.keys(scenario).sort())).toEqual(
      pack.scenarios.map(() => ['changeKind', 'id', 'title']),
    );
    // The same document `canary-coach course --format xml` writes for the whole loaded pack.
    expect(courseExportText(sent)).toBe(courseStructureXml(courseStructure(pack)));
    expect(parseCoursePack(JSON.parse(JSON.stringify(sent)))).toEqual({ ok: true, value: sent });
  });

  it.each([
    [
      'an unknown change kind',
      { scenarios: [{ id: 'a', title: 'A', changeKind: 'db' }] },
      '$.scenarios[0].changeKind',
    ],
    ['no scenario at all', { scenarios: [] }, '$.scenarios'],
    ['an empty pack id', { id: '' }, '$.id'],
    ['a field a course does not take', { licence: 'CC-BY' }, '$.licence'],
  ])('is refused with %s, naming where', (_label, change, path) => {
    const parsed = parseCoursePack({ ...coursePackOf(pack), ...change });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues[0]?.path).toBe(path);
  });

  it('names its file after the pack, safe on every file system', () => {
    expect(courseFileName({ id: 'checkout-basics' })).toBe('canary-coach-cmi5-checkout-basics.xml');
    expect(courseFileName({ id: '../../etc/passwd' })).toBe('canary-coach-cmi5--etc-passwd.xml');
  });
});
