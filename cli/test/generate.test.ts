import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateFairScenario, loadPackText } from '../../sim-engine/index';
import { cli } from './spawnCli';

// Each case starts a real Node process with tsx (and worker threads): seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const folder = mkdtempSync(path.join(tmpdir(), 'canary-generate-'));

describe('canary-coach generate', () => {
  it('generate --help describes the command, and --help lists it', () => {
    const help = cli('generate', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: canary-coach generate');
    for (const level of ['introductory', 'standard', 'hard'])
      expect(help.stdout).toContain(`"${level}"`);
    expect(cli('--help').stdout).toContain('generate');
  });

  it('generate writes a valid pack of fair scenarios, the ones the engine draws for that seed', () => {
    const first = path.join(folder, 'first.json');
    const args = ['--level', 'introductory', '--count', '2', '--seed', '7', '--seeds', '10'];
    const result = cli('generate', ...args, '--out', first);
    expect(result.stderr).toContain('generating introductory: 2/2 scenarios');
    expect(result.stdout).toMatch(
      /wrote .*first\.json: 2 introductory scenarios, each FAIR on 10 seeds/,
    );
    expect(result.status).toBe(0);
    const loaded = loadPackText(readFileSync(first, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.scenarios.map((scenario) => scenario.difficulty)).toEqual([
      'intro',
      'intro',
    ]);
    for (const scenario of loaded.value.scenarios)
      expect(Object.keys(loaded.value.referencePlans[scenario.id] ?? {}).sort()).toEqual([
        'strong',
        'weak',
      ]);
    expect(cli('validate', first).status).toBe(0);
    // Scenario i is request seed + i, calibrated until fair: the engine gives the same one here.
    const written = (JSON.parse(readFileSync(first, 'utf8')) as { scenarios: unknown[] }).scenarios;
    const again = generateFairScenario({ seed: 8, level: 'introductory' }, { seeds: 10 });
    expect(written[1]).toEqual(JSON.parse(JSON.stringify(again.generated.input)));
  }, 240_000);

  it('generate refuses a bad --count or --seed with a sentence, and exits 1', () => {
    expect(cli('generate', '--count', '0', '--out', path.join(folder, 'x.json'))).toMatchObject({
      status: 1,
      stderr: '--count: must be a whole number from 1 to 200, not "0"\n',
    });
    expect(cli('generate', '--seed', '-3', '--out', path.join(folder, 'x.json')).status).toBe(1);
  });

  it('generate treats an unknown --level or a missing --out as a usage error (exit 2)', () => {
    expect(cli('generate', '--level', 'expert', '--out', 'x.json').status).toBe(2);
    expect(cli('generate', '--count', '1').status).toBe(2);
  });

  it('generate --change-kind writes only that kind of change, in a pack named for it', () => {
    const out = path.join(folder, 'prompt.json');
    const args = ['--change-kind', 'prompt', '--count', '1', '--seed', '4', '--seeds', '10'];
    const result = cli('generate', ...args, '--out', out);
    expect(result.status).toBe(0);
    const loaded = loadPackText(readFileSync(out, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.id).toBe('generated-standard-prompt-4');
    expect(loaded.value.scenarios.map((scenario) => scenario.changeKind)).toEqual(['prompt']);
    // One scenario on two cores shares its calibration jobs between them: the same scenario.
    const written = (JSON.parse(readFileSync(out, 'utf8')) as { scenarios: unknown[] }).scenarios;
    const engine = generateFairScenario(
      { seed: 4, level: 'standard', changeKind: 'prompt' },
      { seeds: 10 },
    );
    expect(written[0]).toEqual(JSON.parse(JSON.stringify(engine.generated.input)));
  }, 240_000);

  it('generate refuses an unknown --change-kind, naming the kinds it knows (exit 2)', () => {
    const result = cli('generate', '--change-kind', 'database', '--out', 'x.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("argument 'database' is invalid");
    expect(result.stderr).toContain('surface, backend, infrastructure, model, prompt');
  });

  it('generate says which file it cannot write, and exits 1', () => {
    const result = cli(
      'generate',
      '--count',
      '1',
      '--seeds',
      '10',
      '--out',
      path.join(folder, 'missing', 'pack.json'),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/missing\/pack\.json: cannot be written \(ENOENT\)/);
  });
});
