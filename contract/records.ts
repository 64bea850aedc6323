import * as z from 'zod';
import type { CanaryReport, Parsed } from '../sim-engine/index';
import {
  CHANGE_KINDS,
  checkPlainData,
  GENERATOR_LEVELS,
  MAX_GENERATOR_SEED,
  loadPackText,
  parseReport,
  parseWithSchema,
} from '../sim-engine/index';
import { nestIssues } from './issuePaths';
import { MAX_PRACTICE_SET_SIZE } from './types';
import type {
  AttemptRecord,
  CohortRecord,
  MockSessionSnapshot,
  PracticeSetRequest,
  Settings,
  StoredPack,
} from './types';

// The schemas of every record the app keeps: the desktop uses them for IPC arguments and its
// files, the browser for local storage, both for history files. One set, so neither accepts
// what the other refuses.

/** Validates a `canary-report/1` value (tests pass a cheaper stand-in). */
export type ReportParser = (value: unknown) => Parsed<CanaryReport>;

const shortText = (max: number) => z.string().max(max);
const timestamp = z.string().min(1).max(64);

const settingsSchema = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  playbackSpeed: z.number().positive().max(100_000),
  learnerName: shortText(200),
});

const mockSessionSchema = z.strictObject({
  scenarioId: shortText(200).min(1),
  packId: shortText(200).min(1),
  planDraft: z.unknown(),
  answer: shortText(50_000),
  remainingSeconds: z
    .number()
    .min(0)
    .max(24 * 3600),
  probesShown: z.array(shortText(200)).max(200),
  savedAt: timestamp,
});

/** A local date, `2026-12-01` (the daily challenge's day). */
export const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const practiceSetShape = z.strictObject({
  seed: z.number().int().min(0).max(MAX_GENERATOR_SEED),
  level: z.enum(GENERATOR_LEVELS),
  count: z.number().int().min(1).max(MAX_PRACTICE_SET_SIZE),
  changeKind: z.enum(CHANGE_KINDS).optional(),
});

const attemptShape = z.strictObject({
  id: shortText(200).min(1),
  savedAt: timestamp,
  report: z.unknown(),
  changeKind: z.enum(CHANGE_KINDS).optional(),
  daily: z
    .strictObject({ date: z.string().regex(LOCAL_DATE, 'must be a date YYYY-MM-DD') })
    .optional(),
  activeSeconds: z
    .number()
    .min(0)
    .max(366 * 24 * 3600)
    .optional(),
  practiceSet: practiceSetShape.optional(),
});

const cohortRecordShape = z.strictObject({
  fileName: shortText(255).min(1),
  report: z.unknown(),
});

const storedPackShape = z.strictObject({
  id: shortText(200).min(1),
  version: shortText(100),
  title: shortText(500),
  text: z.string(),
});

/** Plain data first (no NaN, cycles, `__proto__`), then the schema. */
function parsePlain<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  const unsafe = checkPlainData(value);
  return unsafe.length > 0 ? { ok: false, issues: unsafe } : parseWithSchema(schema, value);
}

/** Validates the learner's settings. */
export function parseSettings(value: unknown): Parsed<Settings> {
  return parsePlain(settingsSchema, value);
}

/** Validates an in-progress mock interview (the plan draft only as plain data). */
export function parseMockSession(value: unknown): Parsed<MockSessionSnapshot> {
  const parsed = parsePlain(mockSessionSchema, value);
  // zod reads an `unknown` field as optional; the snapshot always carries its draft.
  return parsed.ok
    ? { ok: true, value: { ...parsed.value, planDraft: parsed.value.planDraft } }
    : parsed;
}

/** zod leaves an absent optional key out, but spell it so the record never holds `undefined`. */
function withoutAbsentKind(request: z.infer<typeof practiceSetShape>): PracticeSetRequest {
  const { seed, level, count, changeKind } = request;
  return { seed, level, count, ...(changeKind === undefined ? {} : { changeKind }) };
}

/** Validates one saved attempt; its report goes through the report parser. */
export function parseAttempt(
  value: unknown,
  readReport: ReportParser = parseReport,
): Parsed<AttemptRecord> {
  const shape = parsePlain(attemptShape, value);
  if (!shape.ok) return shape;
  const report = readReport(shape.value.report);
  if (!report.ok) return { ok: false, issues: nestIssues('$.report', report.issues) };
  const { id, savedAt, changeKind, daily, activeSeconds, practiceSet } = shape.value;
  return {
    ok: true,
    value: {
      id,
      savedAt,
      report: report.value,
      ...(changeKind === undefined ? {} : { changeKind }),
      ...(daily === undefined ? {} : { daily }),
      ...(activeSeconds === undefined ? {} : { activeSeconds }),
      ...(practiceSet === undefined ? {} : { practiceSet: withoutAbsentKind(practiceSet) }),
    },
  };
}

/** Validates one report of the instructor's cohort; its report goes through the report parser. */
export function parseCohortRecord(
  value: unknown,
  readReport: ReportParser = parseReport,
): Parsed<CohortRecord> {
  const shape = parsePlain(cohortRecordShape, value);
  if (!shape.ok) return shape;
  const report = readReport(shape.value.report);
  if (!report.ok) return { ok: false, issues: nestIssues('$.report', report.issues) };
  return { ok: true, value: { fileName: shape.value.fileName, report: report.value } };
}

/** A pack as stored: its text, and the id, version and title the pack loader read from it. */
export function storedPackFromText(text: string): Parsed<StoredPack> {
  const loaded = loadPackText(text);
  if (!loaded.ok) return loaded;
  const { id, version, title } = loaded.value;
  return { ok: true, value: { id, version, title, text } };
}

/** Validates a stored pack: the text must load, and its metadata must be the pack's own. */
export function parseStoredPack(value: unknown): Parsed<StoredPack> {
  const shape = parsePlain(storedPackShape, value);
  if (!shape.ok) return shape;
  const fromText = storedPackFromText(shape.value.text);
  if (!fromText.ok) return { ok: false, issues: nestIssues('$.text', fromText.issues) };
  const mismatched = (['id', 'version', 'title'] as const).filter(
    (key) => fromText.value[key] !== shape.value[key],
  );
  if (mismatched.length > 0) {
    const issues = mismatched.map((key) => ({
      path: `$.${key}`,
      message: `does not match the pack's own ${key} ("${fromText.value[key]}")`,
    }));
    return { ok: false, issues };
  }
  return fromText;
}
