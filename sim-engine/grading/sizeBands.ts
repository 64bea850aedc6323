import type { Match } from './match';
import type { Token } from './tokens';

/**
 * Cohorts told by the size of the customer's account ("accounts above five hundred seats last",
 * "teams of more than 500 seats"): the largest accounts are the valuable ones a strong answer
 * puts last, whatever the band is called. A band of a few seats names no valuable group.
 */

/** The things a size is given for: "accounts", "workspaces", "teams", "customers". */
const ACCOUNT_NOUNS = new Set([
  'account',
  'accounts',
  'workspace',
  'workspaces',
  'team',
  'teams',
  'customer',
  'customers',
  'tenant',
  'tenants',
  'organisation',
  'organisations',
  'organization',
  'organizations',
  'company',
  'companies',
  'client',
  'clients',
]);
/** What a size counts: "500 seats", "a thousand users", "200 employees". */
const SIZE_UNITS = new Set(['seat', 'user', 'employee', 'licence', 'license', 'member', 'staff']);
/** Words that put the size above a line: "above", "over", "beyond"; "more than", "at least" below. */
const ABOVE = new Set(['above', 'over', 'beyond']);
/** Two-word forms, by their second word: "more than" (not "fewer than"), "at least". */
const ABOVE_AFTER: Readonly<Record<string, string>> = { than: 'more', least: 'at' };
/** A size at which an account is one of the largest a product serves. */
const LARGE_SIZE = 100;
const SIZE_REACH = 4;

/** The accounts named by a size above the large line: "accounts above five hundred seats". */
export function largeBySize(tokens: readonly Token[]): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    if (!ACCOUNT_NOUNS.has(token.text) || token.negated) return;
    const after = tokens.slice(at + 1, at + 1 + SIZE_REACH);
    const size = after.findIndex((word) => word.kind === 'number');
    if (size < 1 || !aboveALine(after.slice(0, size))) return;
    const counted = tokens[at + 2 + size];
    const value = after[size]?.value ?? Number.NaN;
    if (value >= LARGE_SIZE && SIZE_UNITS.has(counted?.lemma ?? '')) {
      found.push({ start: at, end: at + 3 + size });
    }
  });
  return found;
}

/** "above 500", "more than 500", "at least 500"; not "fewer than 500" or "under 500". */
function aboveALine(words: readonly Token[]): boolean {
  return words.some(
    (word, at) =>
      ABOVE.has(word.text) ||
      (ABOVE_AFTER[word.text] !== undefined && words[at - 1]?.text === ABOVE_AFTER[word.text]),
  );
}
