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

/** Asks before an imported pack replaces the stored pack of the same id. */
export function ReplacePackDialog({
  incoming,
  existing,
}: {
  readonly incoming: StoredPack;
  readonly existing: StoredPack;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    openModal(dialog);
    return () => closeModal(dialog);
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
        {/* The safe choice takes focus, so Enter alone never replaces anything. */}
        <button type="button" autoFocus onClick={keepExisting}>
          Keep
        </button>
      </div>
    </dialog>
  );
}
