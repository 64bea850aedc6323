import type { Match } from './match';
import { groupHeadAfter } from './cohortKinds';
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

/** Words that call an account one of the largest: "the big multi-site practices". */
const BIG = new Set(['big', 'bigger', 'biggest', 'large', 'larger', 'largest']);
/**
 * Customers a size is said of: "the big payroll customers", "large employers". Not companies or
 * firms: "a lot of the big tech companies do it" names the industry, not our customers.
 */
const CUSTOMER_HEADS = new Set([
  'account',
  'accounts',
  'workspace',
  'workspaces',
  'customer',
  'customers',
  'tenant',
  'tenants',
  'client',
  'clients',
  'practice',
  'practices',
  'clinic',
  'clinics',
  'employer',
  'employers',
  'merchant',
  'merchants',
  'chain',
  'chains',
  'school',
  'schools',
  'hospital',
  'hospitals',
]);
/** Places a size may be said of before the customers in them. */
const PLACES = new Set(['city', 'town', 'metro', 'market', 'region', 'area', 'country']);
/** How many words may qualify the customers between the size and them: "big multi-site". */
const QUALIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const BIG_REACH = 3;

/**
 * "The big multi-site practices and the clinics that joined this month go last", "the big
 * payroll customers last": the largest customers said in plain words. The customers must end
 * their phrase: "a big customer complaint" is a complaint.
 */
export function largeByWord(tokens: readonly Token[]): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    if (!BIG.has(token.text) || token.negated) return;
    // "Big-city customers", "large-market clients": the size is the place's.
    if (PLACES.has(tokens[at + 1]?.lemma ?? '')) return;
    // "A big win for customers": only words that describe the customers stand between.
    const head = groupHeadAfter(
      tokens,
      at + 1,
      BIG_REACH,
      (word) => CUSTOMER_HEADS.has(word.text),
      (word) => QUALIFIER_POS.has(word.pos),
    );
    if (head >= 0) found.push({ start: at, end: head + 1 });
  });
  return found;
}
