import type { Parsed } from '../validation/issues';
import { PACK_FORMAT } from './limits';

/*
 * Packs outlive app versions: a class keeps its pack for years. Each time the format
 * changes, a step is added here that rewrites the previous format into the next, so an
 * old pack is carried forward through every step to the current format. Only
 * `canary-pack/1` has ever been published, so the chain is empty today.
 */

/** A plain JSON object, as the safe JSON reader produces. */
export type PackData = Readonly<Record<string, unknown>>;

/** One step of the chain: rewrites a pack of format `from` into format `to`. */
export interface PackUpgrade {
  readonly from: string;
  readonly to: string;
  /** Returns a new object whose `format` is `to`; never modifies its input. */
  readonly upgrade: (pack: PackData) => PackData;
}

/** Every published step, oldest first. */
export const PACK_UPGRADES: readonly PackUpgrade[] = [];

const FORMAT_PATTERN = /^canary-(pack|plan|report)\/(\d{1,6})$/;
const CURRENT_VERSION = Number(FORMAT_PATTERN.exec(PACK_FORMAT)?.[2]);

function refuse(path: string, message: string): Parsed<never> {
  return { ok: false, issues: [{ path, message }] };
}

function isPlainObject(value: unknown): value is PackData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a format string this build cannot read is refused, in the reader's terms. */
function unknownFormat(format: string): Parsed<never> {
  const match = FORMAT_PATTERN.exec(format);
  if (match?.[1] === 'pack' && Number(match[2]) > CURRENT_VERSION) {
    return refuse(
      '$.format',
      `this pack was written for a newer Canary Coach (${format}); this version reads ${PACK_FORMAT}, so update Canary Coach to open it`,
    );
  }
  if (match?.[1] === 'plan' || match?.[1] === 'report') {
    return refuse('$.format', `this is a ${match[1]} file (${format}), not a scenario pack`);
  }
  return refuse(
    '$.format',
    `${JSON.stringify(format)} is not a pack format Canary Coach knows; expected "${PACK_FORMAT}"`,
  );
}

/**
 * Brings a pack of any supported format up to the current one, or explains why it
 * cannot. Checks only `format`; the schema checks the rest afterwards.
 */
export function upgradePack(
  value: unknown,
  steps: readonly PackUpgrade[] = PACK_UPGRADES,
): Parsed<PackData> {
  if (!isPlainObject(value)) {
    return refuse('$', `must be an object that starts with "format": "${PACK_FORMAT}"`);
  }
  let pack = value;
  // Each step is taken at most once, so a mistaken cycle in the chain cannot loop forever.
  for (let taken = 0; taken <= steps.length; taken++) {
    const format = pack['format'];
    if (format === undefined) {
      return refuse('$.format', `is missing; a pack starts with "format": "${PACK_FORMAT}"`);
    }
    if (typeof format !== 'string') return refuse('$.format', `must be "${PACK_FORMAT}"`);
    if (format === PACK_FORMAT) return { ok: true, value: pack };
    const step = steps.find((candidate) => candidate.from === format);
    if (!step) return unknownFormat(format);
    pack = step.upgrade(pack);
  }
  return refuse('$.format', `the upgrade steps do not lead to ${PACK_FORMAT}`);
}
