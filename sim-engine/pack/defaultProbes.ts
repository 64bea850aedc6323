import type { ChangeKind, Probe, ProbeTrigger } from '../domain/scenario';
import { MODEL_CHANGE_KINDS } from './limits';

/*
 * The interviewer's standard follow-ups, used when a scenario lists no probes of its
 * own. Each one targets a decision the strong answer makes and the weak one skips.
 */
const STANDARD_PROBES: readonly { readonly whenMissing: ProbeTrigger; readonly text: string }[] = [
  { whenMissing: 'cohorts', text: 'Who gets the new version first, and why start with them?' },
  { whenMissing: 'thresholds', text: 'What exact numbers would make you roll back?' },
  {
    whenMissing: 'holds',
    text: 'How long do you stay at each traffic level, and what lets you move on?',
  },
  { whenMissing: 'sign-off', text: 'Who says yes before each step up?' },
  {
    whenMissing: 'rollback',
    text: 'It is 2 a.m. and errors jump. Who can roll back, and how long does it take?',
  },
  {
    whenMissing: 'ab-test',
    text: 'The canary looks clean. Does that tell you the new version is better?',
  },
  {
    whenMissing: 'model-metrics',
    text: 'This is a model change. What do you watch besides errors and latency?',
  },
];

/**
 * The standard probes for a change kind, spread evenly over a mock interview so the
 * last one still leaves the learner time to answer.
 */
export function defaultProbes(changeKind: ChangeKind, mockMinutes: number): readonly Probe[] {
  const modelChange = MODEL_CHANGE_KINDS.includes(changeKind);
  const chosen = STANDARD_PROBES.filter(
    (probe) => modelChange || probe.whenMissing !== 'model-metrics',
  );
  return chosen.map((probe, index) => ({
    id: `probe-${probe.whenMissing}`,
    text: probe.text,
    atMinute: Math.floor((mockMinutes * (index + 1)) / (chosen.length + 1)),
    whenMissing: probe.whenMissing,
  }));
}
