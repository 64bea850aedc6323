import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, fixture } from './spawnCli';

// Each case starts a real Node process with tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const COMMANDS = ['list', 'validate', 'run', 'calibrate', 'report', 'grade'];

describe('canary-coach --help', () => {
  it.each(COMMANDS)('%s --help describes the command and exits 0', (command) => {
    const result = cli(command, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: canary-coach ${command}`);
  });

  it('--help lists every command', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command);
  });
});

describe('canary-coach list', () => {
  it('list --json prints { pack, id, title, changeKind } for every built-in scenario', () => {
    const result = cli('list', '--json');
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(11);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['changeKind', 'id', 'pack', 'title']);
      expect(row['pack']).toBe('canary-coach-library');
    }
  });

  it('list --pack adds that pack and refuses a broken one', () => {
    const rows = JSON.parse(cli('list', '--pack', fixture('minimal-pack.json'), '--json').stdout);
    expect(rows).toContainEqual(expect.objectContaining({ pack: 'minimal' }));
    expect(cli('list', '--pack', fixture('bad-pack.json')).status).toBe(1);
  });
});

const outputDirectory = mkdtempSync(join(tmpdir(), 'canary-cli-'));
const runArgs = [
  'run',
  '--scenario',
  'checkout-first-order',
  '--plan',
  fixture('strong-plan.json'),
];

describe('canary-coach run', () => {
  it('run prints a human summary', () => {
    const result = cli(...runArgs, '--seed', '3');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Caught at \d+ % on /);
  });

  it('run --json prints the report contract fields', () => {
    const result = cli(...runArgs, '--seed', '3', '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      format: 'canary-report/1',
      scenarioId: 'checkout-first-order',
      seed: 3,
    });
    expect(typeof report.engineVersion).toBe('string');
    expect(report.plan.format).toBe('canary-plan/1');
    for (const field of [
      'regressionPresent',
      'caught',
      'stageAtDetection',
      'detectionMinute',
      'rollbackCompleteMinute',
      'exposedUsers',
      'falseRollback',
      'reachedFullRollout',
      'minutesToFullRollout',
    ])
      expect(report.outcome).toHaveProperty(field);
    expect(Array.isArray(report.events)).toBe(true);
    expect(report.score.total).toBeGreaterThanOrEqual(0);
    expect(report.score.total).toBeLessThanOrEqual(100);
    expect(['strong', 'adequate', 'weak']).toContain(report.score.band);
    expect(report.score.dimensions[0]).toHaveProperty('evidence');
  });

  it('run gives the same result for the same seed', () => {
    const first = JSON.parse(cli(...runArgs, '--seed', '9', '--json').stdout);
    const second = JSON.parse(cli(...runArgs, '--seed', '9', '--json').stdout);
    expect(second.outcome).toEqual(first.outcome);
  });
});

describe('canary-coach report', () => {
  // Each report case renders a result of its own making, whatever order tests run in.
  const resultFile = join(outputDirectory, 'result.json');
  beforeAll(() => {
    const result = cli(...runArgs, '--seed', '3', '--json');
    expect(result.status).toBe(0);
    writeFileSync(resultFile, result.stdout);
  });

  it.each(['html', 'md', 'csv'])('report writes %s', (format) => {
    const out = join(outputDirectory, `report.${format}`);
    const result = cli('report', resultFile, '--format', format, '--out', out);
    expect(result.status).toBe(0);
    // csv names the scenario by id; html and md by its title.
    expect(readFileSync(out, 'utf8')).toMatch(/checkout-first-order|One-page checkout/);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'report writes a pdf through Chromium (skipped without /usr/bin/chromium)',
    () => {
      const out = join(outputDirectory, 'report.pdf');
      const result = cli('report', resultFile, '--format', 'pdf', '--out', out);
      expect(result.status).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  it('report refuses an unknown format (exit 2) and a missing file (exit 1)', () => {
    expect(cli('report', 'x.json', '--format', 'docx', '--out', 'x').status).toBe(2);
    const missing = cli('report', 'no-such.json', '--format', 'md', '--out', 'x');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('canary-coach grade', () => {
  const graderReady = existsSync(
    new URL('../../sim-engine/grading/gradeAnswer.ts', import.meta.url),
  );

  it.skipIf(!graderReady)(
    'grade --json prints score, covered and missed, then the feedback',
    () => {
      const result = cli(
        'grade',
        '--scenario',
        'checkout-first-order',
        '--answer',
        fixture('answer.txt'),
        '--json',
      );
      expect(result.status).toBe(0);
      const grade = JSON.parse(result.stdout);
      // Issue 14 added per-point sentences, misconceptions and notices after the original three.
      expect(Object.keys(grade)).toEqual([
        'score',
        'covered',
        'missed',
        'points',
        'misconceptions',
        'notices',
      ]);
      expect(grade.score).toBeGreaterThanOrEqual(0);
      expect(grade.score).toBeLessThanOrEqual(100);
    },
  );

  it('grade refuses a missing answer file', () => {
    const result = cli('grade', '--scenario', 'checkout-first-order', '--answer', 'none.txt');
    expect(result).toMatchObject({ status: 1, stderr: 'none.txt: no such file\n' });
  });
});
