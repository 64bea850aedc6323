import { useAppStore } from '../store/appStore';
import { localDate } from './dailyPack';
import { streakWords } from './DailyChallengeCard';
import { dailyDateOf, dailyStreak } from './dailyStreak';

/** History's line on the daily challenge: the streak, and how many days were played. */
export function DailyStreakSummary({ now }: { now?: Date }) {
  const attempts = useAppStore((s) => s.attempts);
  const streak = dailyStreak(attempts, localDate(now ?? new Date()));
  const days = new Set(attempts.flatMap((record) => dailyDateOf(record) ?? [])).size;
  return (
    <section className="card daily-summary" aria-labelledby="daily-summary-heading">
      <h2 id="daily-summary-heading">Daily challenge streak</h2>
      <p>
        {streakWords(streak.current, streak.best)}{' '}
        {days > 0
          ? `You have played ${days} daily challenge${days === 1 ? '' : 's'}; they are marked “Daily challenge” below.`
          : 'Start today’s challenge from the library.'}
      </p>
    </section>
  );
}
