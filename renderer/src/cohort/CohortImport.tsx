import { useRef, useState } from 'react';
import { services } from '../store/services';
import { importReportFiles, pickReportFiles } from './cohortActions';

/** Focus comes back here when what had it goes away (the cohort cleared). */
export const IMPORT_BUTTON_ID = 'cohort-import';

/**
 * The one button that brings reports in. On desktop the shell's dialog picks and validates;
 * in a browser the button opens the page's own multiple-file input.
 */
export function CohortImport() {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const desktop = services().platform.kind === 'desktop';
  const choose = async () => {
    if (desktop) setMessage(await pickReportFiles());
    else input.current?.click();
  };
  return (
    <div className="actions">
      <button type="button" id={IMPORT_BUTTON_ID} className="primary" onClick={() => void choose()}>
        Import learners’ reports…
      </button>
      {desktop ? null : (
        <input
          ref={input}
          type="file"
          multiple
          accept=".json,application/json"
          className="visually-hidden"
          // The button above is the way in; the input itself stays out of the tab order.
          tabIndex={-1}
          aria-label="Learners’ report files"
          onChange={async (event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared, so choosing the same files again still fires a change.
            event.currentTarget.value = '';
            setMessage(await importReportFiles(files));
          }}
        />
      )}
      <p role="status">{message}</p>
    </div>
  );
}
