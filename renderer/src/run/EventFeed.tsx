import type { Plan, RunEvent } from '../../../sim-engine/index';
import { useAppStore } from '../store/appStore';
import { eventText } from './eventText';

/** Events up to the minute played so far; the newest last. */
export function EventFeed({
  events,
  plan,
  clockLabel,
}: {
  readonly events: readonly RunEvent[];
  readonly plan: Plan;
  readonly clockLabel: (minute: number) => string;
}) {
  const minute = useAppStore((s) => s.playbackMinute);
  const shown = events.flatMap((event, i) => {
    const text = event.minute <= minute ? eventText(event, plan) : null;
    return text ? [{ key: i, minute: event.minute, text, type: event.type }] : [];
  });
  return (
    <section className="card event-feed" aria-labelledby="event-feed-heading">
      <h2 id="event-feed-heading">What the dashboard shows</h2>
      {shown.length === 0 ? <p className="muted">Nothing yet: press Play.</p> : null}
      <ol aria-live="polite">
        {shown.map((item) => (
          <li key={item.key} className={`event event-${item.type}`}>
            <span className="event-time">{clockLabel(item.minute)}</span> {item.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
