import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario';
import { formatCount } from './brief';
import { generateScenarioEntry, type GeneratedScenario } from './generateScenario';
import { GENERATOR_LEVELS } from './request';

/** 1,000 generated scenarios: 334 per level (the last level 332), seeds 0…. */
const GENERATED: readonly GeneratedScenario[] = Array.from({ length: 1000 }, (_, i) =>
  generateScenarioEntry({ seed: Math.floor(i / 3), level: GENERATOR_LEVELS[i % 3]! }),
);

/** Every sentence a learner or an instructor reads. */
function texts(scenario: Scenario): string[] {
  return [
    scenario.title,
    ...Object.values(scenario.brief),
    ...scenario.probes.map((probe) => probe.text),
    ...scenario.debriefNotes,
    ...scenario.regressions.map((regression) => regression.cause),
  ];
}

const LEFTOVERS = /[{}$]|undefined|NaN|null|\[object|Infinity|\s,|\s\./;

/** Words that would give away a hidden regression if the brief used them. */
const GIVE_AWAYS =
  /regress|leak|bug|broken|fail|error|slow|timeout|time out|burst|hallucinat|token|memory|pool|crash/i;

describe('1,000 generated briefs, read mechanically', () => {
  it('leave no template placeholder, missing value or doubled space in any text', () => {
    for (const { scenario } of GENERATED)
      for (const text of texts(scenario)) {
        expect(text, scenario.id).not.toMatch(LEFTOVERS);
        expect(text, scenario.id).not.toMatch(/ {2}/);
        expect(text.trim(), scenario.id).toBe(text);
      }
  });

  it('never name or hint at the hidden regression in the brief or the title', () => {
    for (const { scenario } of GENERATED)
      for (const text of [scenario.title, ...Object.values(scenario.brief)])
        expect(text, scenario.id).not.toMatch(GIVE_AWAYS);
  });

  it('name only segments that exist, in regressions and in the debrief', () => {
    for (const { scenario } of GENERATED) {
      const ids = new Set(scenario.segments.map((segment) => segment.id));
      for (const regression of scenario.regressions)
        for (const id of regression.segments)
          expect(ids.has(id), `${scenario.id}: ${id}`).toBe(true);
      const names = scenario.segments.map((segment) => segment.name);
      for (const note of scenario.debriefNotes) {
        const named = /^Only (.+?) \(\d+ % of traffic\)/.exec(note)?.[1];
        if (named) expect(names, scenario.id).toContain(named);
      }
    }
  });

  it('quote the users, traffic, peak hour and every segment share the scenario holds', () => {
    for (const { scenario, input } of GENERATED) {
      const product = scenario.brief.product;
      expect(product.toLowerCase(), scenario.id).toContain(
        `about ${formatCount(input.users ?? 0)} `,
      );
      expect(product, scenario.id).toContain(
        `${formatCount(scenario.traffic.requestsPerMinute)} requests`,
      );
      expect(product, scenario.id).toContain(
        `${String(scenario.traffic.peakHour).padStart(2, '0')}:00`,
      );
      const split = product.slice(product.indexOf('Traffic splits into '));
      const quoted = [...split.matchAll(/(?:splits into |, | and )([^,(]+?) \((\d+) %\)/g)];
      expect(
        quoted.map((match) => match[1]),
        scenario.id,
      ).toEqual(scenario.segments.map((segment) => segment.name));
      for (const [, name, percent] of quoted) {
        const segment = scenario.segments.find((candidate) => candidate.name === name);
        expect(segment?.share, `${scenario.id}: ${name}`).toBeCloseTo(Number(percent) / 100, 9);
      }
      expect(scenario.segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(1, 9);
    }
  });

  it('tell the calendar the world actually has, and a region’s clock the way its segment runs', () => {
    for (const { scenario } of GENERATED) {
      const drift = scenario.world.drift[0];
      const off = /(\d+) % off everything/.exec(scenario.brief.calendar)?.[1];
      if (drift) expect(Number(off), scenario.id).toBeCloseTo(-drift.amount * 100, 9);
      else expect(off, scenario.id).toBeUndefined();
      const region = /(\d+) hours (ahead of|behind) the team's clock/.exec(scenario.brief.context);
      const abroad = scenario.segments.find((segment) => segment.clockOffsetHours !== 0);
      if (!abroad) expect(region, scenario.id).toBeNull();
      else {
        expect(Number(region?.[1]), scenario.id).toBe(Math.abs(abroad.clockOffsetHours));
        expect(region?.[2], scenario.id).toBe(abroad.clockOffsetHours > 0 ? 'ahead of' : 'behind');
      }
    }
  });

  it('ask probes and give debrief notes that match the regressions drawn', () => {
    for (const { scenario, families, trap } of GENERATED) {
      expect(scenario.debriefNotes.length, scenario.id).toBeGreaterThanOrEqual(2);
      if (families.includes('clock-bound'))
        expect(scenario.debriefNotes.join(' '), scenario.id).toMatch(/11:30 to 14:00 local time/);
      if (families.includes('model-quality'))
        expect(scenario.probes.map((probe) => probe.whenMissing)).toContain('model-metrics');
      if (families.length === 0) {
        expect(scenario.regressions).toEqual([]);
        expect(scenario.debriefNotes[0]).toMatch(/healthy/);
        expect(trap, scenario.id).not.toBeNull();
      }
    }
  });

  it('draw every regression family and both traps somewhere in the 1,000', () => {
    const drawn = new Set(GENERATED.flatMap((generated) => generated.families));
    expect([...drawn].sort()).toEqual([
      'clock-bound',
      'intermittent',
      'late-onset',
      'leak',
      'load-only',
      'model-quality',
      'segment-only',
      'tail-only',
      'token-cost',
    ]);
    expect(new Set(GENERATED.map((generated) => generated.trap))).toEqual(
      new Set([null, 'cohort-artifact', 'drift']),
    );
  });
});
