import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_ANSWER_CHARACTERS } from '../../sim-engine/index';
import { gradeAnswer } from '../../sim-engine/grader';
import { NOTES_WITH_ONE_STATEMENT } from '../../sim-engine/grading/answers.fixture';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';
import { readAnswerFile } from '../commands/answerText';
import { gradeText } from '../commands/grade';
import { InputError } from '../inputError';
import { cli, fixture } from './spawnCli';

vi.setConfig({ testTimeout: 60_000 });

const folder = mkdtempSync(join(tmpdir(), 'canary-grade-'));
const answer = readFileSync(fixture('answer.txt'), 'utf8');

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function refusal(path: string): string {
  try {
    readAnswerFile(path);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  return 'accepted';
}

describe('grade reads an answer file', () => {
  it.each([
    ['UTF-8', Buffer.from(answer, 'utf8')],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(answer)]),
    ],
    [
      'UTF-16 LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(answer, 'utf16le')]),
    ],
    [
      'UTF-16 BE with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(answer)]),
    ],
  ])('decodes %s to the same text', (_, bytes) => {
    expect(readAnswerFile(file('answer.txt', bytes))).toBe(answer);
  });

  it('refuses a binary file', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect(refusal(file('image.bin', bytes))).toMatch(/not readable as text|binary file/);
  });

  it('refuses UTF-16 without a byte-order mark as binary, saying what is missing', () => {
    expect(refusal(file('no-bom.txt', Buffer.from(answer, 'utf16le')))).toMatch(
      /binary file.*byte-order mark/,
    );
  });

  it('refuses text that is not UTF-8', () => {
    expect(refusal(file('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1')))).toMatch(
      /not readable as text/,
    );
  });

  it('refuses an answer over the one length limit, naming it', () => {
    const long = 'word '.repeat(MAX_ANSWER_CHARACTERS / 5 + 1);
    expect(refusal(file('long.txt', long))).toMatch(/at most 20,000/);
    expect(refusal(file('fits.txt', long.slice(0, MAX_ANSWER_CHARACTERS)))).toBe('accepted');
  });

  it('refuses an empty answer', () => {
    expect(refusal(file('empty.txt', ' \n'))).toMatch(/empty/);
  });
});

describe('canary-coach grade', () => {
  it('exits 1 with one line for a binary file', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    const result = cli(
      'grade',
      '--scenario',
      'checkout-first-order',
      '--answer',
      file('b.bin', bytes),
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('prints per point the sentences that earned it, and the same in text', () => {
    const path = file(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(answer, 'utf16le')]),
    );
    const json = cli('grade', '--scenario', 'checkout-first-order', '--answer', path, '--json');
    expect(json.status).toBe(0);
    const grade = JSON.parse(json.stdout);
    const covered = grade.points.filter((p: { covered: boolean }) => p.covered);
    expect(covered.length).toBeGreaterThan(0);
    for (const point of covered) expect(answer).toContain(point.sentences[0]);
    const text = cli('grade', '--scenario', 'checkout-first-order', '--answer', path);
    expect(text.stdout).toContain(`Score: ${grade.score}/100`);
    expect(text.stdout).toContain('sentence by sentence');
    expect(text.stdout).toContain('What this grade cannot judge: ');
  });
});

describe('grade marks each sentence', () => {
  it('marks a sentence as counting towards a point the answer misses, never as earning it', () => {
    const text = gradeText(
      gradeAnswer(NOTES_WITH_ONE_STATEMENT, fixtureScenario({ changeKind: 'backend' })),
    );
    expect(text).toContain('Missed:  pm-owns, cohort-order, thresholds');
    expect(text).toContain(
      '[~ towards thresholds, rollback, not enough for the point] We roll back if errors rise',
    );
    expect(text).not.toContain('✓');
  });
});
