import { useShallow } from 'zustand/react/shallow';
import { dailyChallengeRequest } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { localDate } from './dailyPack';
import { startDailyChallenge, useDailyStore } from './dailyChallenge';
import { dailyStreak } from './dailyStreak';
import './practice.css';

const LEVEL_WORDS = { introductory: 'an introductory', standard: 'a standard', hard: 'a hard' };

/** The streak in a few words: "3 days in a row (best 5)". */
export function streakWords(current: number, best: number): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (current === 0) return best > 0 ? `No streak running (best ${days(best)}).` : 'No streak yet.';
  return `${days(current)} in a row${best > current ? ` (best ${days(best)})` : ''}.`;
}

/** "Tuesday 1 December" from `2026-12-01`. */
function dayWords(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

/** Home's daily challenge: today's generated scenario, its level, the streak, and progress. */
export function DailyChallengeCard({ now }: { now?: Date }) {
  const attempts = useAppStore((s) => s.attempts);
  const status = useDailyStore(useShallow((s) => s.status));
  const today = localDate(now ?? new Date());
  const { level } = dailyChallengeRequest(today);
  const streak = dailyStreak(attempts, today);
  const preparing = status.kind === 'preparing';
  return (
    <section className="card daily-card" aria-labelledby="daily-card-heading" aria-busy={preparing}>
      <h2 id="daily-card-heading">Daily challenge</h2>
      <p>
        Today’s scenario is {LEVEL_WORDS[level]} one, generated for{' '}
        <span className="no-wrap">{dayWords(today)}</span> and the same for everyone today. It is
        checked fair before you see it.
      </p>
      <p className="daily-streak">
        {streak.doneToday ? 'Done today. ' : ''}Streak: {streakWords(streak.current, streak.best)}
      </p>
      {preparing ? (
        <div className="daily-progress" role="status">
          <label htmlFor="daily-progress-bar">{status.step}</label>
          <progress id="daily-progress-bar" max={1} value={status.fraction} />
        </div>
      ) : null}
      {status.kind === 'failed' ? (
        <p role="alert">Today’s challenge could not be prepared: {status.message}</p>
      ) : null}
      <button
        type="button"
        className="primary"
        disabled={preparing}
        onClick={() => void startDailyChallenge(today)}
      >
        {streak.doneToday ? 'Play today’s challenge again' : 'Start today’s challenge'}
      </button>
    </section>
  );
}
