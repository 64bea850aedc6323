import { useShallow } from 'zustand/react/shallow';
import { useDailyStore } from './dailyChallenge';
import { usePracticeSetStore } from './practiceSet';

/**
 * While a saved attempt opens after a reload, its generated pack (a daily challenge or a
 * practice set) may be drawn and checked fair again first: seconds per scenario. This says so,
 * with progress, instead of a bare "opening".
 */
export function RedrawProgress() {
  const progress = useRedrawProgress();
  if (!progress) return null;
  return (
    <div className="daily-progress">
      <label htmlFor="redraw-progress">{progress.step}</label>
      <progress id="redraw-progress" max={1} value={progress.fraction} />
    </div>
  );
}

function useRedrawProgress(): { step: string; fraction: number } | null {
  const daily = useDailyStore(useShallow((s) => s.status));
  const set = usePracticeSetStore(useShallow((s) => s.status));
  if (daily.kind === 'preparing')
    return { step: `Drawing the daily challenge again. ${daily.step}`, fraction: daily.fraction };
  return set.kind === 'generating' ? { step: set.step, fraction: set.fraction } : null;
}
