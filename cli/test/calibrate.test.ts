import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cli, cliWithin, fixture } from './spawnCli';

// Each case starts a real Node process with tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('canary-coach calibrate', () => {
  // 14 scenarios × 2 plans × 30 seeds with scoring: about 3 minutes on 2 cores shared with
  // the rest of the suite (measured 180 s at load 7–14), so it gets 10 minutes.
  it('calibrate finds every built-in scenario fair on 30 seeds, with progress on stderr', () => {
    const result = cliWithin(600_000, 'calibrate', '--seeds', '30');
    expect(result.stdout).not.toContain('UNFAIR');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/14 of 14 scenarios fair/);
    expect(result.stderr).toContain('calibrating canary-coach-library:');
  }, 600_000);

  it('calibrate exits 1 when a scenario is unfair', () => {
    // The minimal pack is a healthy release: the seed's weak plan ships it fine, so it is unfair.
    const result = cli('calibrate', '--pack', fixture('minimal-pack.json'), '--seeds', '5');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('UNFAIR');
    expect(result.stdout).toContain('the weak plan fails in only 0 % of seeds');
  }, 60_000);

  it('calibrate judges a scenario the generator made by its level’s fairness rule', () => {
    // Introductory lets the hurried weak plan catch it: the default rule would call it unfair.
    const pack = path.join(mkdtempSync(path.join(tmpdir(), 'canary-calibrate-')), 'intro.json');
    const made = cli(
      'generate',
      '--level',
      'introductory',
      '--count',
      '1',
      '--seed',
      '7',
      '--out',
      pack,
    );
    expect(made.status).toBe(0);
    const result = cli('calibrate', '--pack', pack, '--seeds', '20');
    expect(result.stdout).toContain('generated-introductory-7  FAIR  (20 seeds)\n');
    expect(result.stdout).toContain("judged by the introductory level's fairness rule");
    expect(result.status).toBe(0);
  }, 120_000);

  it('calibrate refuses a bad --seeds', () => {
    expect(cli('calibrate', '--seeds', '0')).toMatchObject({
      status: 1,
      stderr: '--seeds: must be a whole number from 1 to 100000, not "0"\n',
    });
  });
});
