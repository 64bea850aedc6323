/// <reference types="node" />
import { describe, expect, it } from 'vitest';
// The stylesheet as written, read from disk (vitest's CSS handling would hand a `?raw` import
// back empty in this project, and a test that parses nothing must not pass).
// eslint-disable-next-line no-restricted-imports -- the test reads the stylesheet; the app never touches files
import { readFileSync } from 'node:fs';
import { contrastRatio, tokensOf } from './contrast';

// Tests run from the repository's root.
const css = readFileSync('renderer/src/styles/base.css', 'utf8');
const light = tokensOf(css, ':root');
const dark = new Map([...light, ...tokensOf(css, ":root[data-theme='dark']")]);
const THEMES = { light, dark } as const;

const BACKGROUNDS = ['--surface', '--surface-2'] as const;
/** Words on the page: 4.5:1 (WCAG AA for normal text). */
const TEXT = ['--text', '--muted', '--accent', '--danger', '--good', '--warning'] as const;
/** Lines, dots and markers in charts, and the edges of controls and focus rings: 3:1. */
const MARKS = ['--canary', '--limit', '--onset', '--focus', '--control-border'] as const;

function token(theme: Map<string, string>, name: string): string {
  const value = theme.get(name);
  if (value === undefined) throw new Error(`${name} is not defined`);
  return value;
}

describe('contrast maths', () => {
  it('reads the tokens of both themes from the stylesheet', () => {
    expect(light.size).toBeGreaterThan(30);
    expect(tokensOf(css, ":root[data-theme='dark']").size).toBeGreaterThan(20);
  });

  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
  });

  it('matches a published reference pair (#767676 on white is 4.54:1)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('refuses a colour it cannot measure instead of guessing', () => {
    expect(() => contrastRatio('rgba(0,0,0,0.5)', '#fff')).toThrow(/Not an opaque hex/);
  });
});

describe.each(Object.entries(THEMES))('the %s theme', (_name, theme) => {
  it.each(TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg] as const)))(
    'text %s on %s reaches 4.5:1',
    (fg, bg) => {
      expect(contrastRatio(token(theme, fg), token(theme, bg))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(MARKS.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg] as const)))(
    'chart mark or edge %s on %s reaches 3:1',
    (fg, bg) => {
      expect(contrastRatio(token(theme, fg), token(theme, bg))).toBeGreaterThanOrEqual(3);
    },
  );

  it('puts button text on the accent at 4.5:1', () => {
    expect(
      contrastRatio(token(theme, '--accent-text'), token(theme, '--accent')),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps text readable on the tinted notice and hover surfaces', () => {
    for (const bg of ['--accent-soft', '--surface-3', '--danger-soft', '--good-soft']) {
      expect(contrastRatio(token(theme, '--text'), token(theme, bg))).toBeGreaterThanOrEqual(4.5);
    }
    expect(
      contrastRatio(token(theme, '--accent'), token(theme, '--accent-soft')),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
