import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { HINT_IDS, type HintId } from '../store/hintsSlice';

const HINTS: Readonly<Record<HintId, { title: string; text: string }>> = {
  cohorts: {
    title: 'Who goes first?',
    text: 'Start with people who expect bugs and can describe them; leave the customers you can least afford to disappoint for last.',
  },
  thresholds: {
    title: 'What triggers a rollback?',
    text: 'Cover reliability, tail speed and the business metric, and compare the business metric with the same segments, not with everyone.',
  },
  ramp: {
    title: 'How long do you hold?',
    text: 'Small stages only see large breakages. Business metrics need a stage with a fifth or a quarter of traffic to show anything.',
  },
  rollback: {
    title: 'Who can pull the plug?',
    text: 'A regression at 3 a.m. needs someone awake with authority, and a rollback that does not wait for a build.',
  },
};

/** An opened hint: it takes focus when it replaces the button that opened it. */
function OpenHint({ id, focus }: { readonly id: HintId; readonly focus: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <p ref={ref} tabIndex={-1} className="focus-landing open-hint">
      <strong>{HINTS[id].title}</strong> {HINTS[id].text}
    </p>
  );
}

/** Practice hints: each one opened costs points, and the score says so. */
export function HintsPanel({ locked }: { readonly locked: boolean }) {
  const { shown, showHint } = useAppStore(
    useShallow((s) => ({ shown: s.hintsShown, showHint: s.showHint })),
  );
  // The hint opened in this visit: focus moves onto its text, not to the page's body.
  const [opened, setOpened] = useState<HintId | null>(null);
  return (
    <aside className="card hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      <p className="muted">Each hint you open costs points in this attempt’s score.</p>
      <ul>
        {HINT_IDS.map((id) => (
          <li key={id}>
            {shown.includes(id) ? (
              <OpenHint id={id} focus={opened === id} />
            ) : (
              <button
                type="button"
                disabled={locked}
                onClick={() => {
                  setOpened(id);
                  showHint(id);
                }}
              >
                Show hint: {HINTS[id].title}
              </button>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
