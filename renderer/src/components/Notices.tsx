import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';

/** Messages the learner should read once (set-aside history, imports); each can be dismissed. */
export function Notices() {
  const { notices, dismiss } = useAppStore(
    useShallow((s) => ({ notices: s.notices, dismiss: s.dismissNotice })),
  );
  if (notices.length === 0) return null;
  return (
    <section aria-label="Notices" className="notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={`${i}-${notice}`} className="notice">
            <span role="status">{notice}</span>
            <button type="button" onClick={() => dismiss(i)} aria-label={`Dismiss: ${notice}`}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
