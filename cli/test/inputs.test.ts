import { describe, expect, it, vi } from 'vitest';
import { cli, fixture } from './spawnCli';

// Each case starts a real Node process with tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('canary-coach validate', () => {
  it('validate accepts a valid pack with exit 0', () => {
    const result = cli('validate', fixture('minimal-pack.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid (minimal');
  });

  it('validate prints one $.path line per problem and exits 1', () => {
    const result = cli('validate', fixture('bad-pack.json'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      '$.scenarios[0].segments[0].share: must be between 0 and 1',
      '$.scenarios[0].segments: shares add up to 1.5; they must add up to 1',
    ]);
  });

  it('validate refuses a missing file, invalid JSON and a directory in one line', () => {
    expect(cli('validate', 'no/such/pack.json')).toMatchObject({
      status: 1,
      stderr: 'no/such/pack.json: no such file\n',
    });
    const truncated = cli('validate', fixture('truncated-plan.txt'));
    expect(truncated.status).toBe(1);
    expect(truncated.stderr.trim().split('\n')).toHaveLength(1);
    expect(truncated.stderr).toMatch(/^\$/);
    expect(cli('validate', 'cli').stderr).toBe('cli: is a directory, not a pack\n');
  });

  it('validate without a file is a usage error (exit 2)', () => {
    const result = cli('validate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("missing required argument 'pack'");
  });
});

describe('canary-coach run refusals', () => {
  const scenario = ['--scenario', 'checkout-first-order'];

  it('run refuses an invalid plan with its JSON paths', () => {
    const result = cli('run', ...scenario, '--plan', fixture('bad-plan.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad-plan.json: $.stages');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('run warns about a cohort kind the scenario lacks, names it, and runs', () => {
    const result = cli(
      'run',
      '--scenario',
      'support-model-upgrade',
      '--plan',
      fixture('strong-plan.json'),
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'warning: ' +
        fixture('strong-plan.json') +
        ': $.cohorts[2]: "low-risk" is a segment kind, but this scenario has no low-risk segment: it is skipped',
    );
  });

  it('run refuses an unknown scenario id and lists the ones there are', () => {
    const result = cli('run', '--scenario', 'nope', '--plan', fixture('strong-plan.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^unknown scenario "nope" in pack "canary-coach-library" \(it has: /,
    );
  });

  it.each(['-1', '2147483648', '1.5', 'abc'])('run refuses --seed %s', (seed) => {
    const result = cli('run', ...scenario, '--plan', fixture('strong-plan.json'), '--seed', seed);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `--seed: must be a whole number from 0 to 2147483647, not "${seed}"\n`,
    );
  });

  it('run refuses a broken --pack before anything else', () => {
    const result = cli('run', ...scenario, '--pack', fixture('bad-pack.json'), '--plan', 'x.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad-pack.json: $.scenarios[0].segments[0].share');
  });

  it('run without --plan is a usage error (exit 2)', () => {
    expect(cli('run', ...scenario).status).toBe(2);
  });

  it('an unknown command is a usage error (exit 2)', () => {
    expect(cli('launch').status).toBe(2);
  });
});
