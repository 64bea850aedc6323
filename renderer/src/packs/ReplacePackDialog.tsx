import { useEffect, useRef } from 'react';
import type { StoredPack } from '../platform/platform';
import { confirmReplace, keepExisting } from '../store/packImport';

/** jsdom has no modal dialogs; real browsers and Electron do (focus trap, inert page, Escape). */
function openModal(dialog: HTMLDialogElement): void {
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
}

function closeModal(dialog: HTMLDialogElement): void {
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

/**
 * Where focus goes back to when the dialog closes: what had it before (the import button), or
 * the screen's heading when that was nothing (a file dropped with the mouse) — never the body.
 */
function restoreFocus(before: Element | null): void {
  if (before instanceof HTMLElement && before !== document.body && before.isConnected) {
    before.focus();
    return;
  }
  document.querySelector<HTMLElement>('#main h1')?.focus();
}

/** Asks before an imported pack replaces the stored pack of the same id. */
export function ReplacePackDialog({
  incoming,
  existing,
}: {
  readonly incoming: StoredPack;
  readonly existing: StoredPack;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement;
    openModal(dialog);
    // showModal() focuses the first button (Replace): React's autoFocus ran before it, so the
    // safe choice is focused after it, and Enter alone never replaces anything.
    keep.current?.focus();
    return () => {
      closeModal(dialog);
      restoreFocus(before);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="card replace-pack"
      aria-labelledby="replace-pack-heading"
      aria-describedby="replace-pack-detail"
      // Escape means "keep": nothing changes unless the learner chose Replace.
      onCancel={(event) => {
        event.preventDefault();
        keepExisting();
      }}
    >
      <h2 id="replace-pack-heading">
        Replace “{existing.title}” {existing.version} with {incoming.version}?
      </h2>
      <p id="replace-pack-detail">
        A pack with the id <code>{incoming.id}</code> is already in your library. Your saved
        attempts stay as they are either way.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void confirmReplace()}>
          Replace
        </button>
        <button type="button" ref={keep} onClick={keepExisting}>
          Keep
        </button>
      </div>
    </dialog>
  );
}
