import type { ValidationIssue } from './issues';
import { jsonPath } from './issues';
import type { InputLimits } from './inputLimits';
import { DEFAULT_INPUT_LIMITS, FORBIDDEN_KEYS } from './inputLimits';

/** A link in the path from the root, so paths are only spelled out when there is an issue. */
interface PathLink {
  readonly parent: PathLink | undefined;
  readonly key: string | number;
}

function pathOf(link: PathLink | undefined): string {
  const keys: (string | number)[] = [];
  for (let at = link; at; at = at.parent) keys.push(at.key);
  return jsonPath(keys.reverse());
}

type Frame =
  | {
      readonly kind: 'visit';
      readonly value: unknown;
      readonly at: PathLink | undefined;
      readonly depth: number;
      /** Known wrong from its parent (a reserved key, a getter); reported in document order. */
      readonly problem?: string | undefined;
    }
  | { readonly kind: 'leave'; readonly container: object };

/** `Date`, `Map`, `Uint8Array`… for a reader. */
function tagOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** The class a non-plain object was made by, read through descriptors so no getter runs. */
function kindOf(value: object): string {
  const proto: unknown = Object.getPrototypeOf(value);
  const made: unknown =
    typeof proto === 'object' && proto !== null
      ? Object.getOwnPropertyDescriptor(proto, 'constructor')?.value
      : undefined;
  const name: unknown =
    typeof made === 'function' ? Object.getOwnPropertyDescriptor(made, 'name')?.value : undefined;
  return typeof name === 'string' && name !== '' ? name : tagOf(value);
}

/** Plain objects from this realm, another realm (structured clone, iframes) or `Object.create(null)`. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return true;
  return (
    typeof proto === 'object' && Object.getPrototypeOf(proto) === null && tagOf(value) === 'Object'
  );
}

/**
 * Checks a value that did not come from JSON text (IPC, structured clone, a test) is plain
 * JSON data within `limits`: finite numbers, plain objects and lists, no functions, no cycles,
 * no prototype-reaching keys. Walks with an explicit stack: any depth is safe. Never throws
 * on plain data; returns every issue up to `limits.maxIssues`.
 */
export function checkPlainData(
  value: unknown,
  limits?: Partial<InputLimits>,
): readonly ValidationIssue[] {
  const all: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...limits };
  const issues: ValidationIssue[] = [];
  const ancestors = new Set<object>(); // the containers on the path to the current value
  const stack: Frame[] = [{ kind: 'visit', value, at: undefined, depth: 0 }];
  let values = 0;
  const report = (at: PathLink | undefined, message: string): void => {
    issues.push({ path: pathOf(at), message });
  };

  while (stack.length > 0 && issues.length < all.maxIssues) {
    const frame = stack.pop();
    if (frame === undefined) break;
    if (frame.kind === 'leave') {
      ancestors.delete(frame.container);
      continue;
    }
    const { value: current, at, depth } = frame;
    if (frame.problem !== undefined) {
      report(at, frame.problem);
      continue;
    }
    if (++values > all.maxValues) {
      report(undefined, `has more than ${all.maxValues} values`);
      break;
    }
    switch (typeof current) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(current)) report(at, `must be a finite number, not ${current}`);
        continue;
      case 'object':
        break;
      default:
        report(at, `is ${describeNonJson(current)}, which is not a JSON value`);
        continue;
    }
    if (current === null) continue;
    if (ancestors.has(current)) {
      report(at, 'refers back to a list or object that contains it (a cycle)');
      continue;
    }
    if (depth + 1 > all.maxDepth) {
      report(at, `is nested more than ${all.maxDepth} levels deep`);
      continue;
    }
    const children = Array.isArray(current)
      ? listChildren(current, at, all.maxEntries, report)
      : objectChildren(current, at, all.maxEntries, report);
    if (children === undefined) continue;
    ancestors.add(current);
    stack.push({ kind: 'leave', container: current });
    // Pushed last-first so the walk, and so the issues, follow the order of the document.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ kind: 'visit', ...child, depth: depth + 1 });
    }
  }
  if (stack.length > 0 && issues.length >= all.maxIssues) {
    issues.push({ path: '$', message: 'has more problems than are listed here' });
  }
  return issues;
}

type Child = { readonly value: unknown; readonly at: PathLink; readonly problem?: string };
type Report = (at: PathLink | undefined, message: string) => void;

const HOLE = 'is an empty slot in the list, which is not a JSON value';
const GETTER = 'is a computed property, not plain JSON data';

function tooMany(count: number, maxEntries: number): string | undefined {
  return count > maxEntries ? `has ${count} entries; at most ${maxEntries} are allowed` : undefined;
}

function listChildren(
  list: readonly unknown[],
  at: PathLink | undefined,
  maxEntries: number,
  report: Report,
): Child[] | undefined {
  const excess = tooMany(list.length, maxEntries);
  if (excess !== undefined) {
    report(at, excess);
    return undefined;
  }
  const children: Child[] = [];
  for (let i = 0; i < list.length; i++) {
    const link: PathLink = { parent: at, key: i };
    // A hole in a sparse list is not `null`: JSON has no way to write it.
    if (i in list) children.push({ value: list[i], at: link });
    else children.push({ value: undefined, at: link, problem: HOLE });
  }
  return children;
}

function objectChildren(
  object: object,
  at: PathLink | undefined,
  maxEntries: number,
  report: Report,
): Child[] | undefined {
  if (!isPlainObject(object)) {
    report(at, `is a ${kindOf(object)} object, not plain JSON data`);
    return undefined;
  }
  const keys = Object.keys(object);
  const excess = tooMany(keys.length, maxEntries);
  if (excess !== undefined) {
    report(at, excess);
    return undefined;
  }
  if (Object.getOwnPropertySymbols(object).length > 0) {
    report(at, 'has a symbol key, which JSON cannot hold');
  }
  const children: Child[] = [];
  for (const key of keys) {
    const link: PathLink = { parent: at, key };
    if (FORBIDDEN_KEYS.includes(key)) {
      const problem = `"${key}" is a reserved name and cannot be used as a field`;
      children.push({ value: undefined, at: link, problem });
      continue;
    }
    // Reading a getter would run code that came with the value; plain data has none.
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (descriptor && !('value' in descriptor))
      children.push({ value: undefined, at: link, problem: GETTER });
    else children.push({ value: descriptor?.value, at: link });
  }
  return children;
}

function describeNonJson(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'bigint':
      return `a bigint (${value}n)`;
    case 'symbol':
      return 'a symbol';
    default:
      return `a ${typeof value}`;
  }
}
