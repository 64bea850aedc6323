import type { Parsed, ValidationIssue } from '../sim-engine/index';

/** Moves issues found in a nested value under `prefix`: `$.score` → `$.report.score`. */
export function nestIssues(prefix: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: prefix + issue.path.slice(1), message: issue.message }));
}

/** Collects the values of parsed items, or all their issues with each item's path. */
export function parseEach<T>(
  prefix: string,
  items: readonly unknown[],
  parse: (item: unknown) => Parsed<T>,
): Parsed<T[]> {
  const values: T[] = [];
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const parsed = parse(item);
    if (parsed.ok) values.push(parsed.value);
    else issues.push(...nestIssues(`${prefix}[${index}]`, parsed.issues));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: values };
}
