import type { Probe, ProbeTrigger } from '../../../sim-engine/index';

/** A probe the interviewer asked, at a second of the interview. */
export interface AskedProbe {
  readonly id: string;
  readonly text: string;
  readonly atSecond: number;
}

/**
 * When a probe falls due, in seconds into the interview. Scheduled probes keep their place in
 * the interview when its length is changed (a test's short mock), so `atMinute` is scaled by
 * the length used over the pack's `mockMinutes`. A follow-up with no minute falls due at
 * half-time: early enough to answer, late enough for the draft to say what it still lacks.
 */
export function probeSecond(probe: Probe, limitSeconds: number, mockMinutes: number): number {
  if (probe.atMinute === undefined) return Math.floor(limitSeconds / 2);
  const scale = limitSeconds / (Math.max(1, mockMinutes) * 60);
  return Math.min(limitSeconds - 1, Math.round(probe.atMinute * 60 * scale));
}

export interface ProbeWindow {
  readonly limitSeconds: number;
  readonly mockMinutes: number;
  /** Seconds already evaluated (exclusive) and now (inclusive). */
  readonly afterSecond: number;
  readonly throughSecond: number;
  readonly askedIds: readonly string[];
  /** Whether the plan draft still lacks what a trigger names. */
  readonly lacks: (trigger: ProbeTrigger) => boolean;
}

/**
 * The probes to ask now, in order: those due in the window, not asked yet, and — for a
 * follow-up (`whenMissing`) — only when the draft still lacks its decision at that moment.
 * A follow-up the plan already answers is not asked (the interviewer moves on).
 */
export function probesDue(probes: readonly Probe[], window: ProbeWindow): AskedProbe[] {
  const { limitSeconds, mockMinutes, afterSecond, throughSecond } = window;
  return probes
    .map((probe) => ({ probe, atSecond: probeSecond(probe, limitSeconds, mockMinutes) }))
    .filter(({ atSecond }) => atSecond > afterSecond && atSecond <= throughSecond)
    .filter(({ probe }) => !window.askedIds.includes(probe.id))
    .filter(({ probe }) => probe.whenMissing === undefined || window.lacks(probe.whenMissing))
    .sort((a, b) => a.atSecond - b.atSecond)
    .map(({ probe, atSecond }) => ({ id: probe.id, text: probe.text, atSecond }));
}

/** Asked probes back from a snapshot's ids: each was asked at its due second. */
export function askedFromIds(
  ids: readonly string[],
  probes: readonly Probe[],
  limitSeconds: number,
  mockMinutes: number,
): AskedProbe[] {
  return ids.flatMap((id) => {
    const probe = probes.find((p) => p.id === id);
    return probe
      ? [{ id, text: probe.text, atSecond: probeSecond(probe, limitSeconds, mockMinutes) }]
      : [];
  });
}
