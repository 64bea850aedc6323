import { useSyncExternalStore } from 'react';
import { formatClock, formatDuration } from './interviewClock';
import { remainingSecondsNow, subscribeCountdown } from './mockSession';
import { useMockStore } from './mockStore';

/**
 * The countdown: the only component that re-renders every second. The `timer` role is not
 * live, so screen readers read the time when asked and hear only the warnings, which go
 * to a polite status beside it.
 */
export function Countdown() {
  const remaining = useSyncExternalStore(subscribeCountdown, remainingSecondsNow);
  const warning = useMockStore((s) => s.warning);
  const low = remaining <= 30;
  return (
    <div className="mock-countdown">
      <p
        role="timer"
        aria-label={`Time left: ${formatDuration(remaining)}`}
        className={low ? 'mock-time is-low' : 'mock-time'}
      >
        {formatClock(remaining)}
      </p>
      <p
        role="status"
        aria-live="polite"
        className={warning ? 'mock-warning' : 'mock-warning is-empty'}
      >
        {warning}
      </p>
    </div>
  );
}
