import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BAND_CUTOFFS } from './bands';
import { CEILINGS } from './ceilings';
import { DEFAULT_RUBRIC_WEIGHTS } from './weights';

// docs/scoring.md is the instructor's reference: it must say the numbers the engine uses.
const docs = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
const TITLES = {
  segments: 'Segments',
  thresholds: 'Thresholds',
  ramp: 'Ramp and holds',
  rollback: 'Rollback readiness',
  'model-guard': 'Model guard',
  'canary-vs-ab': 'Canary vs A/B',
  outcome: 'Outcome',
  communication: 'Communication',
} as const;

describe('docs/scoring.md', () => {
  it('gives every dimension the weight the engine uses', () => {
    for (const [id, weight] of Object.entries(DEFAULT_RUBRIC_WEIGHTS)) {
      const title = TITLES[id as keyof typeof TITLES];
      expect(docs).toMatch(new RegExp(`\\| ${title.replace('/', '\\/')} +\\| +${weight} \\|`));
    }
  });

  it('states the bands and every ceiling', () => {
    expect(docs).toContain(`| strong   | ${BAND_CUTOFFS.strong} – 100`);
    expect(docs).toContain(`| adequate | ${BAND_CUTOFFS.adequate} – ${BAND_CUTOFFS.strong - 1}`);
    for (const cap of new Set(Object.values(CEILINGS)))
      expect(docs).toMatch(new RegExp(`\\| +${cap} \\|`));
  });
});
