import type { RefusedFile } from '../store/cohortSlice';

/** Enough to find the mistake; the rest of a broken file's issues usually follow from it. */
const SHOWN = 5;

/** Files of the latest import that were not reports, each with its issues by JSON path. */
export function RefusedFiles({ files }: { readonly files: readonly RefusedFile[] }) {
  if (files.length === 0) return null;
  return (
    <section className="card refused-files" aria-labelledby="refused-heading">
      <h2 id="refused-heading">Files that are not valid reports</h2>
      <ul>
        {files.map((file, i) => (
          <li key={`${i}-${file.fileName}`}>
            <strong>{file.fileName}</strong>
            <ul aria-label={`Problems in ${file.fileName}`}>
              {file.issues.slice(0, SHOWN).map((issue, j) => (
                <li key={`${j}-${issue.path}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
              {file.issues.length > SHOWN ? (
                <li>… and {file.issues.length - SHOWN} more.</li>
              ) : null}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
