import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { readSnapshot } from './autosave';
import { formatClock } from './interviewClock';
import { useMockStore } from './mockStore';

/** Seconds left of a saved interview, if one waits to be resumed. */
function useSavedRemaining(): number | null {
  const [remaining, setRemaining] = useState<number | null>(null);
  useEffect(() => {
    let open = true;
    void readSnapshot().then((s) => open && setRemaining(s ? s.remainingSeconds : null));
    return () => {
      open = false;
    };
  }, []);
  return remaining;
}

/**
 * The way into a mock interview from the library. After a crash it says so on the next start,
 * so the learner is offered the resume without having to look for it.
 */
export function MockEntry() {
  const go = useAppStore((s) => s.go);
  const live = useMockStore((s) => s.phase === 'live');
  const saved = useSavedRemaining();
  const label = live
    ? 'Back to your mock interview'
    : saved !== null
      ? `Resume your mock interview (${formatClock(saved)} left)`
      : 'Mock interview';
  return (
    <button
      type="button"
      className={saved !== null || live ? 'primary' : ''}
      onClick={() => go('mock')}
    >
      {label}
    </button>
  );
}
