import type { CanaryReport, Parsed, ValidationIssue } from '../../sim-engine/index';
import { checkPlainData } from '../../sim-engine/index';
import type { ExportFormat } from '../../contract/types';
import type { ReportTools } from '../reports/reportTools';
import { nestIssues } from '../../contract/issuePaths';
import { mapInTurns } from './inTurns';

/** Parses one argument; issues are rooted at `$`. */
export type ArgParser<T> = (value: unknown) => Parsed<T>;

/** Parses an argument list of exactly these parsers' length, with paths `arguments[i]…`. */
export function argsOf<T extends unknown[]>(
  ...parsers: { [I in keyof T]: ArgParser<T[I]> }
): (args: readonly unknown[]) => Parsed<T> {
  return (args) => {
    if (args.length !== parsers.length) {
      const message = `must be ${parsers.length} argument(s), not ${args.length}`;
      return { ok: false, issues: [{ path: 'arguments', message }] };
    }
    const values: unknown[] = [];
    const issues: ValidationIssue[] = [];
    parsers.forEach((parse: ArgParser<unknown>, index) => {
      const parsed = parse(args[index]);
      if (parsed.ok) values.push(parsed.value);
      else issues.push(...nestIssues(`arguments[${index}]`, parsed.issues));
    });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: values as T };
  };
}

const refuse = (message: string): Parsed<never> => ({
  ok: false,
  issues: [{ path: '$', message }],
});

/** Text up to `maxLength` characters. */
export const text =
  (maxLength: number, minLength = 0): ArgParser<string> =>
  (value) => {
    if (typeof value !== 'string') return refuse('must be text');
    if (value.length < minLength) return refuse('must not be empty');
    return value.length <= maxLength
      ? { ok: true, value }
      : refuse(`must be at most ${maxLength} characters`);
  };

/** One of the report export formats. */
export const exportFormat: ArgParser<ExportFormat> = (value) =>
  value === 'json' || value === 'html' || value === 'csv' || value === 'pdf'
    ? { ok: true, value }
    : refuse('must be one of: json, html, csv, pdf');

/** `null`, or what `parse` accepts. */
export const nullable =
  <T>(parse: ArgParser<T>): ArgParser<T | null> =>
  (value) =>
    value === null ? { ok: true, value: null } : parse(value);

/** A `canary-report/1`, through the same parser as report files (plain data first). */
export const report =
  (tools: Pick<ReportTools, 'parseReport'>): ArgParser<CanaryReport> =>
  (value) => {
    const unsafe = checkPlainData(value);
    return unsafe.length > 0 ? { ok: false, issues: unsafe } : tools.parseReport(value);
  };

/**
 * The one argument of a cohort request: a list of up to `max` items, each validated by
 * `parseItem`, in turns (validating 5,000 reports at once froze main for seconds).
 */
export const listInTurns =
  <T>(parseItem: ArgParser<T>, max: number, noun: string) =>
  async (args: readonly unknown[]): Promise<Parsed<[T[]]>> => {
    if (args.length !== 1) {
      const message = `must be 1 argument(s), not ${args.length}`;
      return { ok: false, issues: [{ path: 'arguments', message }] };
    }
    const value = args[0];
    const wrong = (message: string): Parsed<never> => ({
      ok: false,
      issues: [{ path: 'arguments[0]', message }],
    });
    if (!Array.isArray(value)) return wrong(`must be a list of ${noun}`);
    if (value.length > max) return wrong(`must hold at most ${max} ${noun}`);
    const parsed = await mapInTurns(value, parseItem);
    const issues = parsed.flatMap((one, index) =>
      one.ok ? [] : nestIssues(`arguments[0][${index}]`, one.issues),
    );
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: [parsed.map((one) => (one as { value: T }).value)] };
  };

/** The reports of a cohort CSV export, each through the report parser. */
export const reportListInTurns = (tools: Pick<ReportTools, 'parseReport'>, max: number) =>
  listInTurns(report(tools), max, 'reports');
