/** How much a file from outside may ask of us before we refuse it. */
export interface InputLimits {
  /** Size of the text in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Containers (lists and objects) nested inside each other; the outermost counts as 1. */
  readonly maxDepth: number;
  /** Entries in any one list or object. */
  readonly maxEntries: number;
  /** Values in the whole document, counting every container and leaf. */
  readonly maxValues: number;
  /** Issues reported before the rest are summarised in one line. */
  readonly maxIssues: number;
}

/** Defaults sized for scenario packs, the largest files an instructor hands us. */
export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 64,
  maxEntries: 10_000,
  maxValues: 1_000_000,
  maxIssues: 100,
};

/**
 * Keys that reach `Object.prototype` when a value is later merged or assigned key by key.
 * `JSON.parse` creates `__proto__` as an ordinary own property, so it is visible to Object.keys.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
