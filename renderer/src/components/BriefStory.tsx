import type { Scenario } from '../../../sim-engine/index';
import { CHANGE_KIND_LABELS } from '../text/labels';

/** `2026-03-03T09:00` as `Tuesday 3 March 2026, 09:00` (the scenario's local time, as written). */
export function formatLocalStart(start: string): string {
  const [date = '', time = ''] = start.split('T');
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return start.replace('T', ' ');
  // The date alone, read in UTC, names the weekday without shifting the day.
  const weekday = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `${weekday}, ${time}`;
}

/** The scenario as the interviewer tells it: the product, the change, the context, the ask. */
export function BriefStory({ scenario }: { readonly scenario: Scenario }) {
  const days = Math.round(scenario.horizonMinutes / 1440);
  return (
    <>
      <p>“{scenario.brief.product}</p>
      <p>
        Here is what is shipping — {CHANGE_KIND_LABELS[scenario.changeKind].toLowerCase()}:{' '}
        {scenario.brief.change}
      </p>
      <p>{scenario.brief.context}</p>
      <p>
        You have up to {days} {days === 1 ? 'day' : 'days'} from {formatLocalStart(scenario.start)}{' '}
        ({scenario.timeZone}). Before any traffic moves: who goes first, what makes you roll back,
        how long you hold, and who can pull the plug?”
      </p>
    </>
  );
}
