import * as z from 'zod';
import type { Parsed } from '../../sim-engine/index';
import { CHANGE_KINDS, checkPlainData, parseWithSchema } from '../../sim-engine/index';
import { courseStructure, courseStructureXml, type CoursePack } from './cmi5Course';

// The app's cmi5 export: a pack's course structure as one XML file, written by the desktop's
// save dialog or the browser's download from the same text. The page sends only what the
// course needs (ids, titles, kinds), and main checks it as it checks every argument.

/** Scenarios in one course: more than any pack holds (packs are capped well below). */
const MAX_COURSE_UNITS = 1000;

const coursePackSchema = z.strictObject({
  id: z.string().min(1).max(200),
  title: z.string().max(500),
  version: z.string().max(100),
  description: z.string().max(5000),
  scenarios: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(200),
        title: z.string().max(500),
        changeKind: z.enum(CHANGE_KINDS),
      }),
    )
    .min(1)
    .max(MAX_COURSE_UNITS),
});

/** Validates the pack a course is written for: plain data first, then its shape. */
export function parseCoursePack(value: unknown): Parsed<CoursePack> {
  const unsafe = checkPlainData(value);
  return unsafe.length > 0
    ? { ok: false, issues: unsafe }
    : parseWithSchema(coursePackSchema, value);
}

/** Only what a course structure reads from a pack (a loaded pack carries whole scenarios). */
export function coursePackOf(pack: CoursePack): CoursePack {
  return {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    description: pack.description,
    scenarios: pack.scenarios.map(({ id, title, changeKind }) => ({ id, title, changeKind })),
  };
}

/** `canary-coach-cmi5-checkout-basics.xml`, safe on every file system. */
export function courseFileName(pack: Pick<CoursePack, 'id'>): string {
  const slug = pack.id.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 60) || 'pack';
  return `canary-coach-cmi5-${slug}.xml`;
}

/** The courseStructure XML of a pack, as `canary-coach course --format xml` writes it. */
export function courseExportText(pack: CoursePack): string {
  return courseStructureXml(courseStructure(pack));
}
