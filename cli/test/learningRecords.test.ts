import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { xapiStatementSchema } from '../../contract/learningRecords/xapiSchema';
import { builtInLibrary } from '../../scenarios/library';
import { cli, fixture } from './spawnCli';

// `xapi` and `course`, run as a user would: reports in, statements out; a pack in, cmi5 out.

const folder = mkdtempSync(path.join(tmpdir(), 'canary-xapi-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const inFolder = (name: string) => path.join(folder, name);

describe('canary-coach xapi and course', () => {
  it('turns a run’s report into three valid statements, the same ids each time', () => {
    const report = inFolder('report.json');
    const run = cli(
      'run',
      '--scenario',
      'storage-migration-under-load',
      '--plan',
      fixture('strong-plan.json'),
      '--seed',
      '2',
      '--json',
    );
    expect(run.status).toBe(0);
    writeFileSync(report, run.stdout);
    const out = inFolder('statements.json');
    const first = cli('xapi', report, '--out', out, '--learner', 'Ada', '--account', 'ada-7');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const statements = JSON.parse(readFileSync(out, 'utf8')) as { id: string; actor: unknown }[];
    expect(statements).toHaveLength(3);
    for (const statement of statements)
      expect(xapiStatementSchema.safeParse(statement).error?.issues ?? []).toEqual([]);
    expect(statements[0]?.actor).toMatchObject({ name: 'Ada', account: { name: 'ada-7' } });
    expect(cli('xapi', report, '--out', inFolder('again.json')).status).toBe(0);
    const again = JSON.parse(readFileSync(inFolder('again.json'), 'utf8')) as { id: string }[];
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
  });

  it('writes the built-in library as a cmi5 course with one unit per scenario', () => {
    const out = inFolder('course.xml');
    expect(cli('course', '--out', out).status).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml.match(/<au /g)).toHaveLength(builtInLibrary().scenarios.length);
    expect(cli('course', '--out', inFolder('course.json'), '--format', 'json').status).toBe(0);
  });

  it('refuses a file that is not a report, and a base that is not an IRI, in one line', () => {
    const bad = cli('xapi', fixture('strong-plan.json'), '--out', inFolder('x.json'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^.*strong-plan\.json: \$/);
    const iri = cli('course', '--out', inFolder('c.xml'), '--iri-base', 'not an iri');
    expect(iri.status).toBe(1);
    expect(iri.stderr.trim()).toBe(
      '--iri-base: "not an iri" is not an absolute IRI (e.g. https://school.example.org/xapi)',
    );
    expect(cli('course', '--out', inFolder('c.xml'), '--format', 'yaml').status).toBe(2);
  });
});
