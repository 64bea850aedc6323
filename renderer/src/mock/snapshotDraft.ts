import { z } from 'zod';
import {
  COMPARISONS,
  COVERAGES,
  GUARDED_METRICS,
  INCONCLUSIVE_CHOICES,
  ROLES,
  ROLLBACK_MECHANISMS,
  THRESHOLD_UNITS,
} from '../../../sim-engine/index';
import type { PlanDraft } from '../plan/planDraft';

/**
 * A saved interview's plan draft comes back from disk or local storage as `unknown`: it
 * passes this schema before the editor sees it, so a damaged snapshot is refused, not
 * half-loaded. Numbers stay the text the learner typed, as in the editor.
 */

const text = z.string().max(200);

const stage = z.object({
  key: text,
  percent: text,
  holdType: z.enum(['time', 'metric']),
  minutes: text,
  maxMinutes: text,
  signOff: z.union([z.enum(ROLES), z.literal('')]),
  onInconclusive: z.enum(INCONCLUSIVE_CHOICES).exactOptional(),
});

const threshold = z.object({
  key: text,
  metric: z.enum(GUARDED_METRICS),
  limit: text,
  unit: z.enum(THRESHOLD_UNITS),
  compare: z.enum(COMPARISONS),
});

const draftSchema = z.object({
  random: z.boolean(),
  cohorts: z.array(text).max(100),
  stages: z.array(stage).max(50),
  thresholds: z.array(threshold).max(50),
  confidence: text,
  authorizers: z.array(z.enum(ROLES)).max(ROLES.length),
  coverage: z.enum(COVERAGES),
  mechanism: z.enum(ROLLBACK_MECHANISMS),
  abTest: z.boolean(),
});

/** The draft in a snapshot, or null when it is not one. */
export function parseSnapshotDraft(value: unknown): PlanDraft | null {
  const parsed = draftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
