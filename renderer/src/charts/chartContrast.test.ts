import { describe, expect, it } from 'vitest';
import { contrastRatio, customProperties, over, parseColour, type Rgba } from './contrast';

// Vitest hands CSS imports to jsdom tests as empty strings, so the stylesheets are read from disk.
// The renderer's types have no Node, hence the untyped dynamic import (tests only).
const fsModule = 'node:fs';
const fs = (await import(/* @vite-ignore */ fsModule)) as {
  readFileSync(path: string, encoding: 'utf8'): string;
};
const root = (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
const read = (name: string) => fs.readFileSync(`${root}/renderer/src/styles/${name}`, 'utf8');
const css = read('base.css') + read('charts.css');

/** A theme's tokens: base.css first, charts.css may add to them. */
function theme(selector: string): (token: string) => Rgba {
  const tokens = new Map<string, string>();
  for (const file of ['base.css', 'charts.css']) {
    for (const [k, v] of customProperties(read(file), selector)) tokens.set(k, v);
  }
  return (token) => {
    const colour = parseColour(tokens.get(token) ?? '');
    if (!colour) throw new Error(`${selector} has no colour ${token}`);
    return colour;
  };
}

/** Lines, dots and bars: at least 3:1. Words drawn in the chart: at least 4.5:1. */
const MARKS = [
  '--canary',
  '--limit',
  '--chart-change',
  '--chart-onset',
  '--chart-rollback',
  '--chart-window',
  '--chart-callout',
];
const WORDS = [
  '--muted',
  '--chart-limit-text',
  '--chart-onset',
  '--chart-window',
  '--chart-callout',
];

describe.each([
  ['light', ':root'],
  ['dark', ":root[data-theme='dark']"],
])('chart colours in the %s theme', (_name, selector) => {
  const colour = theme(selector);
  const surface = colour('--surface');
  // Marks also sit on a shaded stage band and in the shaded roll-back zone.
  const backgrounds = [
    surface,
    colour('--surface-2'),
    over(colour('--chart-stage-odd'), surface),
    over(colour('--breach'), surface),
  ];

  it.each(MARKS)('%s keeps 3:1 against every chart background', (token) => {
    for (const background of backgrounds) {
      expect(contrastRatio(colour(token), background)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(WORDS)('labels in %s keep 4.5:1 against the chart', (token) => {
    for (const background of backgrounds) {
      expect(contrastRatio(colour(token), background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    const white = parseColour('#fff');
    const black = parseColour('#000000');
    if (!white || !black) throw new Error('parse');
    expect(contrastRatio(white, black)).toBeCloseTo(21, 6);
    // WebAIM's checker gives 4.54:1 for #767676 on white.
    expect(contrastRatio(parseColour('#767676') as Rgba, white)).toBeCloseTo(4.54, 2);
  });

  it('reads a stylesheet the test depends on', () => {
    expect(css).toContain('--chart-change');
  });
});
