import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Scenario, ValidationIssue } from '../../../sim-engine/index';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/appStore';
import { SEGMENT_KIND_LABELS } from '../text/labels';
import { useDraft } from './draftBinding';
import { FieldIssues } from './FieldIssues';
import { moveItem } from './planDraft';

interface Props {
  readonly scenario: Scenario;
  readonly issues: readonly ValidationIssue[];
  readonly locked: boolean;
}

/**
 * The exposure order: drag a segment, or focus it and press Alt+Arrow, or use its buttons.
 * Every move is announced in a live region.
 */
export function CohortOrderEditor({ scenario, issues, locked }: Props) {
  const { draft, update: updateDraft, idOf } = useDraft();
  const { announce, announcement } = useAppStore(
    useShallow((s) => ({ announce: s.announce, announcement: s.announcement })),
  );
  const helpId = idOf('cohort-help');
  const items = useRef(new Map<string, HTMLLIElement>());
  const [dragged, setDragged] = useState<number | null>(null);
  if (!draft) return null;
  const name = (id: string) => scenario.segments.find((s) => s.id === id)?.name ?? id;

  const move = (from: number, delta: number) => {
    const to = Math.min(draft.cohorts.length - 1, Math.max(0, from + delta));
    const id = draft.cohorts[from];
    if (locked || to === from || id === undefined) return;
    updateDraft((d) => ({ ...d, cohorts: moveItem(d.cohorts, from, delta) }));
    announce(`${name(id)} moved to position ${to + 1} of ${draft.cohorts.length}.`);
    // Keep focus on the moved item so repeated key presses keep moving it.
    requestAnimationFrame(() => items.current.get(id)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, index - dragged);
    setDragged(null);
  };

  return (
    <fieldset className="plan-section" disabled={locked}>
      <legend>Who goes first</legend>
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.random}
          onChange={(e) => updateDraft((d) => ({ ...d, random: e.target.checked }))}
        />
        Expose a random slice of everyone instead
      </label>
      <p className="hint-text" id={helpId}>
        Focus a segment and press Alt+Up or Alt+Down to move it, or drag it.
      </p>
      <ol className={`cohort-list${draft.random ? ' is-random' : ''}`} aria-describedby={helpId}>
        {draft.cohorts.map((id, index) => {
          const segment = scenario.segments.find((s) => s.id === id);
          return (
            <li
              key={id}
              ref={(node) => {
                if (node) items.current.set(id, node);
                else items.current.delete(id);
              }}
              tabIndex={locked || draft.random ? -1 : 0}
              draggable={!locked && !draft.random}
              aria-label={`${index + 1}. ${name(id)}`}
              onKeyDown={(e) => onKeyDown(e, index)}
              onDragStart={() => setDragged(index)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, index)}
              className="cohort-item"
            >
              <span className="cohort-name">
                {index + 1}. {name(id)}
                {segment ? <span className="tag">{SEGMENT_KIND_LABELS[segment.kind]}</span> : null}
              </span>
              <span className="cohort-buttons">
                <button
                  type="button"
                  disabled={index === 0 || draft.random}
                  onClick={() => move(index, -1)}
                >
                  Move up<span className="visually-hidden"> {name(id)}</span>
                </button>
                <button
                  type="button"
                  disabled={index === draft.cohorts.length - 1 || draft.random}
                  onClick={() => move(index, 1)}
                >
                  Move down<span className="visually-hidden"> {name(id)}</span>
                </button>
              </span>
              <FieldIssues issues={issues} path={`$.cohorts[${index}]`} />
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
