import type { Parsed } from '../sim-engine/index';
import { parseJsonText } from '../sim-engine/index';
import { nestIssues } from './issuePaths';

/** Limits passed to the engine's one JSON door. */
export type JsonLimits = NonNullable<Parameters<typeof parseJsonText>[1]>;

/**
 * One kind of file the app writes, `{ "format", "version", "data" }`, and how to read every
 * version of it. The same spec serves the desktop's data folder, the browser's local
 * storage and exported files, so a file is read the same way wherever it was written.
 */
export interface EnvelopeSpec<T> {
  /** Written into the file so a wrong file is never taken for this one. */
  readonly format: string;
  /** The version this build writes; older ones are upgraded on load. */
  readonly version: number;
  /** Upgrades the data of version `n` (the key) to version `n + 1`. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /**
   * Recognises a file written before it carried an envelope (e.g. the browser's first
   * history), as the version and data it stands for; null when it is not one.
   */
  readonly legacy?: (json: unknown) => { readonly version: number; readonly data: unknown } | null;
  /** Validates the current version's data. */
  readonly parse: (data: unknown) => Parsed<T>;
  /** The data written for a value (the inverse of `parse`). */
  readonly toData: (value: T) => unknown;
  /** How the learner would name it, for messages: "attempt history". */
  readonly label: string;
  /**
   * Size limits of the reader. `maxValues` is never below `maxBytes` (every JSON value takes
   * at least one byte), so a text within `maxBytes` never breaks it: the byte check at save
   * time is then the whole promise that what is saved can be read back.
   */
  readonly limits: JsonLimits;
}

const notOurs = (message: string): Parsed<never> => ({
  ok: false,
  issues: [{ path: '$', message }],
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the text, checks it is ours, upgrades older versions and validates the data. */
export function readEnvelope<T>(text: string, spec: EnvelopeSpec<T>): Parsed<T> {
  const opened = openEnvelope(text, spec);
  if (!opened.ok) return opened;
  const parsed = spec.parse(opened.value);
  return parsed.ok ? parsed : { ok: false, issues: nestIssues('$.data', parsed.issues) };
}

/**
 * The first half of `readEnvelope`: parses the text, checks it is ours and upgrades it to
 * the current version, returning the data not yet validated (for readers that validate a
 * big file in turns).
 */
export function openEnvelope(
  text: string,
  spec: Pick<
    EnvelopeSpec<never>,
    'format' | 'version' | 'migrations' | 'legacy' | 'label' | 'limits'
  >,
): Parsed<unknown> {
  const json = parseJsonText(text, spec.limits);
  if (!json.ok) return json;
  const old = spec.legacy?.(json.value) ?? null;
  const envelope = old === null ? json.value : { format: spec.format, ...old };
  if (!isObject(envelope)) return notOurs('is not a Canary Coach data file');
  const { format, version, data } = envelope;
  if (format !== spec.format) return notOurs(`is not a Canary Coach ${spec.label} file`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return notOurs('has a missing or invalid version');
  if (version > spec.version)
    return notOurs(`was written by a newer Canary Coach (version ${version})`);
  let current = data;
  for (let at = version; at < spec.version; at++) {
    const migrate = spec.migrations[at];
    if (!migrate) return notOurs(`has version ${at}, from which no upgrade is known`);
    current = migrate(current);
  }
  return { ok: true, value: current };
}

/** The text of a file holding `value`, in the current version. */
export function envelopeText<T>(spec: EnvelopeSpec<T>, value: T, indent = 2): string {
  const envelope = { format: spec.format, version: spec.version, data: spec.toData(value) };
  return `${JSON.stringify(envelope, null, indent)}\n`;
}

/** UTF-8 length of a text, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "1.4 MB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * Why a file of `bytes` would be refused by its own reader, in words for the learner; null
 * when it fits. Checked before every save, so nothing is saved that would later be set aside.
 */
export function sizeRefusal(
  spec: Pick<EnvelopeSpec<never>, 'label' | 'limits'>,
  bytes: number,
): string | null {
  const max = spec.limits.maxBytes;
  if (max === undefined || bytes <= max) return null;
  return (
    `Your ${spec.label} was not saved: it would be ${formatSize(bytes)}, ` +
    `over the limit of ${formatSize(max)}.`
  );
}
