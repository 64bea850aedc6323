import { describe, expect, it } from 'vitest';
import { describeHold, describeStage, describeThreshold, formatMinutes } from './describePlan';

describe('describeThreshold', () => {
  it('says which way is bad, by how much, against what', () => {
    expect(
      describeThreshold({ metric: 'error_rate', limit: 0.5, unit: 'pp', compare: 'control' }),
    ).toBe('Roll back if the error rate rises more than 0.5 percentage points above control');
    expect(
      describeThreshold({ metric: 'latency_p99', limit: 200, unit: 'ms', compare: 'control' }),
    ).toBe('Roll back if p99 latency rises more than 200 ms above control');
    expect(
      describeThreshold({ metric: 'conversion', limit: 2, unit: 'pct', compare: 'cohort' }),
    ).toBe("Roll back if conversion falls more than 2 % below the same segments' baseline");
  });

  it('reads naturally for one point and for no tolerance at all', () => {
    expect(
      describeThreshold({ metric: 'thumbs_down_rate', limit: 1, unit: 'pp', compare: 'control' }),
    ).toBe('Roll back if the thumbs-down rate rises more than 1 percentage point above control');
    expect(
      describeThreshold({ metric: 'token_cost', limit: 0, unit: 'pct', compare: 'control' }),
    ).toBe('Roll back if token cost per query rises above control at all');
  });
});

describe('describeHold', () => {
  it('describes time and metric holds in hours', () => {
    expect(describeHold({ type: 'time', minutes: 60 })).toBe('Hold 1 h');
    expect(describeHold({ type: 'metric', stableMinutes: 360, maxMinutes: 1440 })).toBe(
      'Hold 6 h with every guarded metric inside its threshold, give up after 24 h',
    );
  });
});

describe('describeStage', () => {
  it('puts the percent, the hold and the sign-off in one line', () => {
    expect(
      describeStage({ percent: 1, hold: { type: 'time', minutes: 90 }, signOff: 'eng-lead' }),
    ).toBe('1 %: hold 1 h 30 min, then the engineering lead signs off');
    expect(describeStage({ percent: 5, hold: { type: 'time', minutes: 30 } })).toBe(
      '5 %: hold 30 min',
    );
    expect(describeStage({ percent: 100 })).toBe('100 %: full rollout');
  });
});

describe('formatMinutes', () => {
  it('uses minutes, hours, and whole days from three days up', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(2880)).toBe('48 h');
    expect(formatMinutes(4320)).toBe('3 days');
    expect(formatMinutes(4380)).toBe('73 h');
  });
});
