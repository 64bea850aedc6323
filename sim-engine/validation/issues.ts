/** One thing wrong with an input file, located by its JSON path (`$.stages[1].percent`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** The result of parsing something from outside: the whole value, or every issue found. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** `$.scenarios[2].segments[0].share: must be between 0 and 1` */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a property path the way a reader of the JSON file would point at it. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}
