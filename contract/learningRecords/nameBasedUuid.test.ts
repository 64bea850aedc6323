import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nameBasedUuid, sha1, URL_NAMESPACE, utf8 } from './nameBasedUuid';

describe('name-based statement ids', () => {
  it('hash exactly as Node’s SHA-1 does, across block boundaries and non-ASCII text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'é😀 Zürich']) {
      const expected = createHash('sha1').update(text, 'utf8').digest('hex');
      expect(Buffer.from(sha1(utf8(text))).toString('hex')).toBe(expected);
      expect(Buffer.from(utf8(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
    }
  });

  it('match RFC 9562’s version-5 example and Python’s uuid5', () => {
    // RFC 9562 appendix A.4: uuid5(NameSpace_DNS, "www.example.com").
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://canary-coach.invalid/xapi'))"
    expect(nameBasedUuid(URL_NAMESPACE, 'https://canary-coach.invalid/xapi')).toBe(
      'f6466791-96bf-51c5-8cfd-030473f8cecb',
    );
  });
});
