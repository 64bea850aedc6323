import type { ValidationIssue } from '../../../sim-engine/index';
import { issuesAt } from './validateDraft';

/** The element id of a field's messages, for `aria-describedby`. */
export function issueId(path: string): string {
  return `issue-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * Props that tie an input to its validation messages; `shownAt` is the path whose
 * `FieldIssues` lists them (a row shows its fields' messages together).
 */
export function invalidProps(issues: readonly ValidationIssue[], path: string, shownAt = path) {
  const own = issuesAt(issues, path);
  return own.length > 0
    ? { 'aria-invalid': true as const, 'aria-describedby': issueId(shownAt) }
    : { 'aria-invalid': false as const };
}

/** The validator's messages for one field, shown beside it. */
export function FieldIssues({
  issues,
  path,
}: {
  readonly issues: readonly ValidationIssue[];
  readonly path: string;
}) {
  const own = issuesAt(issues, path);
  if (own.length === 0) return null;
  return (
    <ul className="field-issues" id={issueId(path)}>
      {own.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
      ))}
    </ul>
  );
}
