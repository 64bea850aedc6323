/**
 * The mock interview's clock, as plain data and pure functions over an injected time source
 * (`now` in milliseconds), so tests drive it with fake timers and no real time passes.
 *
 * Time counts only while the clock runs: a closed window, a crash or (outside strict mode)
 * a pause does not spend the learner's minutes.
 */

export interface ClockState {
  readonly limitSeconds: number;
  /** Milliseconds spent before the current running stretch began. */
  readonly spentMs: number;
  /** When the current running stretch began (`now` units), or null while stopped. */
  readonly runningSince: number | null;
  /** Strict mode (the real interview) cannot pause. */
  readonly strict: boolean;
}

/** A stopped clock, `usedSeconds` already spent (a resumed interview starts part-way). */
export function createClock(limitSeconds: number, usedSeconds = 0, strict = true): ClockState {
  const used = Math.min(Math.max(0, usedSeconds), limitSeconds);
  return { limitSeconds, spentMs: used * 1000, runningSince: null, strict };
}

export function startClock(clock: ClockState, now: number): ClockState {
  return clock.runningSince === null ? { ...clock, runningSince: now } : clock;
}

/** Stops the clock where it stands; strict mode refuses and returns the clock unchanged. */
export function pauseClock(clock: ClockState, now: number): ClockState {
  if (clock.strict || clock.runningSince === null) return clock;
  return { ...clock, spentMs: usedMs(clock, now), runningSince: null };
}

/** Stops the clock whatever the mode: the interview is over, or the window is closing. */
export function stopClock(clock: ClockState, now: number): ClockState {
  if (clock.runningSince === null) return clock;
  return { ...clock, spentMs: usedMs(clock, now), runningSince: null };
}

export function usedMs(clock: ClockState, now: number): number {
  const running = clock.runningSince === null ? 0 : Math.max(0, now - clock.runningSince);
  return Math.min(clock.limitSeconds * 1000, clock.spentMs + running);
}

/** Whole seconds used, rounded down: a second counts once it has passed. */
export function usedSeconds(clock: ClockState, now: number): number {
  return Math.floor(usedMs(clock, now) / 1000);
}

/** Whole seconds left, rounded up: the display shows 0:01 until the last second has gone. */
export function remainingSeconds(clock: ClockState, now: number): number {
  return Math.ceil((clock.limitSeconds * 1000 - usedMs(clock, now)) / 1000);
}

export function isOver(clock: ClockState, now: number): boolean {
  return remainingSeconds(clock, now) <= 0;
}

export function isRunning(clock: ClockState): boolean {
  return clock.runningSince !== null;
}

/** A warning the interviewer gives: when (in seconds left) and what it says. */
export interface ClockWarning {
  readonly remainingSeconds: number;
  readonly text: string;
}

/**
 * The warnings of an interview of this length: half-time, two minutes and thirty seconds
 * left — each only where it falls strictly inside the interview, and never twice at the
 * same second (a one-minute interview's half-time is its 30-second warning).
 */
export function warningsFor(limitSeconds: number): readonly ClockWarning[] {
  const half = Math.floor(limitSeconds / 2);
  const candidates: ClockWarning[] = [
    { remainingSeconds: half, text: `Half-time: ${formatDuration(half)} left.` },
    { remainingSeconds: 120, text: 'Two minutes left.' },
    { remainingSeconds: 30, text: 'Thirty seconds left.' },
  ];
  const inside = candidates
    .filter((w) => w.remainingSeconds > 0 && w.remainingSeconds < limitSeconds)
    .sort((a, b) => b.remainingSeconds - a.remainingSeconds);
  const unique: ClockWarning[] = [];
  for (const warning of inside) {
    if (!unique.some((u) => u.remainingSeconds === warning.remainingSeconds)) unique.push(warning);
  }
  return unique;
}

/** The warnings reached while the seconds left fell from `before` (exclusive) to `after`. */
export function warningsCrossed(
  warnings: readonly ClockWarning[],
  before: number,
  after: number,
): readonly ClockWarning[] {
  return warnings.filter((w) => w.remainingSeconds < before && w.remainingSeconds >= after);
}

/** `m:ss`, as the countdown shows it. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Words for a screen reader: "4 minutes 30 seconds". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  const parts = [
    minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
    rest > 0 || minutes === 0 ? `${rest} ${rest === 1 ? 'second' : 'seconds'}` : '',
  ];
  return parts.filter((p) => p !== '').join(' ');
}
