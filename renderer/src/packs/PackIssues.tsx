import type { ValidationIssue } from '../../../sim-engine/index';
import { dismissPackIssues } from '../store/packImport';

/** A long list helps no one: the first issues name the file's problems well enough to fix. */
const SHOWN = 20;

/** Why a pack file was refused: each issue with the JSON path it is about. */
export function PackIssues({
  fileName,
  issues,
}: {
  readonly fileName: string;
  readonly issues: readonly ValidationIssue[];
}) {
  const hidden = issues.length - SHOWN;
  return (
    <section className="card pack-issues" role="alert" aria-labelledby="pack-issues-heading">
      <h2 id="pack-issues-heading">{fileName} is not a valid pack</h2>
      <ul aria-label={`Problems in ${fileName}`}>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={`${i}-${issue.path}`}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p>… and {hidden} more.</p> : null}
      <button
        type="button"
        onClick={() => {
          dismissPackIssues();
          // This section and its button are gone: the reader goes back to the screen's top.
          document.querySelector<HTMLElement>('#main h1')?.focus();
        }}
      >
        Dismiss
      </button>
    </section>
  );
}
