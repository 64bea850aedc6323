import { readFileSync, statSync } from 'node:fs';
import { MAX_ANSWER_CHARACTERS } from '../../sim-engine/index';
import { InputError } from '../inputError';

/**
 * Reads an answer file as text: UTF-8 with or without a byte-order mark, UTF-16 (little or big
 * endian) with one. A binary or undecodable file, or one over the length limit, is refused with
 * one line saying why.
 */

/** Enough bytes for the longest answer in the widest encoding, with room for a mark. */
const MAX_BYTES = MAX_ANSWER_CHARACTERS * 4 + 4;
const MAX_CONTROL_SHARE = 0.01;

/** Control characters other than tab, newline and carriage return: text has almost none. */
function controlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) count++;
  }
  return count;
}

export function readAnswerFile(path: string): string {
  const bytes = readBytes(path);
  const text = decode(bytes, path);
  const controls = controlCharacters(text);
  if (text.includes('\u0000') || controls > MAX_CONTROL_SHARE * Math.max(1, text.length)) {
    throw new InputError(
      `${path}: a binary file, not a written answer (UTF-16 text needs a byte-order mark)`,
    );
  }
  if (text.trim() === '') throw new InputError(`${path}: the answer is empty`);
  const characters = [...text].length;
  if (characters > MAX_ANSWER_CHARACTERS) {
    throw new InputError(
      `${path}: ${characters.toLocaleString('en-GB')} characters; an answer may have at most ` +
        `${MAX_ANSWER_CHARACTERS.toLocaleString('en-GB')}`,
    );
  }
  return text;
}

function readBytes(path: string): Buffer {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(`${path}: is a directory, not an answer`);
    if (stats.size > MAX_BYTES) {
      throw new InputError(
        `${path}: too large for an answer (at most ${MAX_ANSWER_CHARACTERS.toLocaleString('en-GB')} characters)`,
      );
    }
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}

function decode(bytes: Buffer, path: string): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
    const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return strict('utf-8', utf8 ? bytes.subarray(3) : bytes);
  } catch {
    throw new InputError(
      `${path}: not readable as text (save it as UTF-8, or UTF-16 with a byte-order mark)`,
    );
  }
}

function strict(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
}
