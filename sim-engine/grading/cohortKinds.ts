import type { SegmentKind } from '../domain/plan';
import type { Lexicon, Match } from './match';
import { lexicon } from './match';
import { POSSESSIVE_MARKS } from './pieces';
import type { Token } from './tokens';

/** The built-in words for each kind of segment, read by cohorts.ts beside a scenario's own names. */

const KIND_WORDS: Readonly<Record<SegmentKind, string>> = {
  internal:
    'employee* | staff | dogfood* | internal* | colleagues | our own team* | in house | ' +
    'company accounts | our own people | coworkers | our own workspace* | our own account* | ' +
    'our own company workspace* | our company workspace* | our own company account* | ' +
    'our own tenant* | our own org* | our own test* | test accounts | our own demo* | ' +
    'demo account* | demo tenant* | ' +
    // "Workshop people first": the people of the maker's own workshop.
    'workshop people | workshop crew | workshop team* | ' +
    // "First the forge itself": the maker's own place, and so its people.
    'the workshop itself | the forge itself | the shop itself | the studio itself | ' +
    'the atelier itself | the bakery itself | the kitchen itself | the mill itself',
  'early-access':
    'beta* | opted in | opt in | opt ins | early access | early adopter* | preview* | insider* | pilot* | ' +
    'volunteer* | alpha* | trusted testers | friendly customers | design partners | waitlist | ' +
    // "clinics that opted into early features", "the partner clinics who try everything for us".
    'opted into | opt into | early features | launch partners | ' +
    'partner clinics | partner stores | partner merchants | partner schools | ' +
    // "Households who signed up to try new things", "the families who asked to try it first".
    'signed up to try | sign up to try | signs up to try | asked to try | asked for new things | ' +
    // "The customers who asked for early fittings", "who ticked 'try new things first'".
    'asked for early | signed up for early | try new things | trying new things | ' +
    // "Early-trial customers", "who said yes to early trials": a release's trials before launch.
    'early trial*',
  'power-user': 'power user* | enthusiast* | advanced users | heavy users | superusers',
  'low-risk':
    // "low risk" names a group only before its people ("this one's low risk" is the change).
    'low risk users | low risk customers | low risk accounts | low risk segment* | ' +
    'low risk cohort* | low risk group* | low risk traffic | low risk regions | low value | ' +
    'lower risk users | lower risk customers | lower risk segment* | lower risk group* | ' +
    'least risky | free tier | free users | free plan | ' +
    'non paying | unpaid | low stakes | less critical | lower value | low revenue | ' +
    // "Trial accounts" alone may be deals in the making ("a wrong answer during a trial loses
    // the deal"); free ones pay nothing yet.
    'free workspaces | free accounts | free teams | free and trial',
  general:
    'general population | general users | general audience | general availability | ' +
    'everyone else | the rest | remaining users | mainstream | wider audience | broad audience | ' +
    'wider user base | all other users | regular users | regular customers | casual users | ' +
    'casual visitors | returning customers | returning users | existing customers | ' +
    'existing users | repeat customers | ordinary customers | ordinary users | ordinary buyers | ' +
    'general buyers | regular buyers | everyday customers | everyday users',
  'new-customer':
    'new customer* | new users | newcomers | new sign ups | first time users | trial users | ' +
    'onboarding users | new accounts | new signups | first time buyers | first time customers | ' +
    // "New trial teams last": teams new to the product, whatever their plan.
    'new teams | new trial teams | ' +
    'first time shoppers | first time riders | first time visitors | mid trial | trialists | ' +
    // "Riders in their first year last": people counted from when they joined ("hires in their
    // first week" start a job, they are no segment).
    'customers in their first year | customers in their first month | ' +
    'customers in their first season | users in their first year | users in their first month | ' +
    'users in their first season | riders in their first year | riders in their first month | ' +
    'riders in their first season | accounts in their first year | ' +
    'accounts in their first month | accounts in their first season | ' +
    'teams in their first year | teams in their first month | teams in their first season | ' +
    'clients in their first year | clients in their first month | ' +
    'clients in their first season | members in their first year | ' +
    'members in their first month | members in their first season | ' +
    'shoppers in their first year | shoppers in their first month | ' +
    'shoppers in their first season | buyers in their first year | ' +
    'buyers in their first month | buyers in their first season | players in their first year | ' +
    'players in their first month | players in their first season | ' +
    'families in their first year | families in their first month | ' +
    'families in their first season | households in their first year | ' +
    'households in their first month | households in their first season | ' +
    'drivers in their first year | drivers in their first month | ' +
    'drivers in their first season | patients in their first year | ' +
    'patients in their first month | patients in their first season | ' +
    'students in their first year | students in their first month | ' +
    'students in their first season | clinics in their first year | ' +
    'clinics in their first month | clinics in their first season | ' +
    'merchants in their first year | merchants in their first month | ' +
    'merchants in their first season | sellers in their first year | ' +
    'sellers in their first month | sellers in their first season | ' +
    'tenants in their first year | tenants in their first month | ' +
    'tenants in their first season',
  'high-value':
    'high value | enterprise* | biggest customers | largest customers | key accounts | vip* | ' +
    'top accounts | strategic accounts | paying customers | highest paying | big accounts | ' +
    'premium* | most valuable | regulated | revenue critical | top customers | top tier | ' +
    'biggest workspaces | largest workspaces | biggest accounts | largest accounts | ' +
    'biggest tenants | largest tenants | biggest clients | largest clients | ' +
    'best customers | best clients | best accounts | biggest spenders | big spenders | ' +
    'top spenders | highest spenders | top sellers | biggest sellers | largest sellers | ' +
    'top merchants | biggest merchants | largest merchants | ' +
    // Customers on a contract with an organisation: "institutional licences last".
    'institutional*',
};
export const SHARED_KINDS = Object.fromEntries(
  Object.entries(KIND_WORDS).map(([kind, words]) => [kind, lexicon(words)]),
) as Record<SegmentKind, Lexicon>;

/** The people and places a company has of its own: "our own vet advisers", "our own HR folk". */
const OWN_PEOPLE = new Set([
  'staff',
  'employee',
  'colleague',
  'adviser',
  'advisor',
  'agent',
  'doctor',
  'vet',
  'nurse',
  'tester',
  'developer',
  'writer',
  'engineer',
  'folk',
  'folks',
  'people',
  'driver',
  'store',
  'shop',
  'office',
  'branch',
  'clinic',
  'practice',
  // "Our own guides first, they know the water", "our own crew": a trip company's staff, and
  // the people of other trades ("our own tailors", "our own pilots").
  'guide',
  'crew',
  'tailor',
  'pilot',
  'chef',
  'cook',
  'barista',
  'stylist',
  'mechanic',
  'technician',
  'instructor',
  'gilder',
]);
/**
 * Trades no customer is, so that "our groomers and receptionists" is staff without "own" (not
 * "our drivers", "our guides" or "our pilot", who may be customers, documents or a trial).
 */
const OUR_TRADES = new Set([
  'groomer',
  'receptionist',
  'barber',
  'stylist',
  'sommelier',
  'tuner',
  'cashier',
  'bartender',
  'barista',
  'chef',
  'cook',
  'mechanic',
  'technician',
  'crew',
  'tailor',
  'instructor',
  'florist',
  'baker',
  'dispatcher',
  // "Our apprentices first": learners of the maker's own trade, in its workshop.
  'apprentice',
  'smith',
]);
const ACTING_POS = new Set(['VERB', 'AUX']);

/** People who do something, named by it in the plural: "measurers", "carvers", "welders". */
const AGENT_PLURAL = /(?:er|or|ist)s$/u;
/** Agent nouns for the people a business serves, never its own even after "our own". */
const SERVED = new Set([
  'customer',
  'user',
  'buyer',
  'member',
  'subscriber',
  'client',
  'partner',
  'reader',
  'viewer',
  'listener',
  'player',
  'shopper',
  'seller',
  'owner',
  'follower',
  'visitor',
  'traveller',
  'traveler',
  'supplier',
  'vendor',
  'competitor',
  'creator',
]);

/**
 * "Our own measurers and carvers first": after "our own", people named by their trade in the
 * plural are the company's, whatever the trade, unless the word names those it serves.
 */
function ownTradesmen(word: Token): boolean {
  return word.pos === 'NOUN' && AGENT_PLURAL.test(word.text) && !SERVED.has(word.lemma);
}

/** Past "our groomers and receptionists": the first token after the group's last noun. */
function afterGroup(tokens: readonly Token[], head: number): number {
  let at = head + 1;
  while (tokens[at]?.text === 'and' && OUR_TRADES.has(tokens[at + 1]?.lemma ?? '')) at += 2;
  return at;
}

/** How far after "our own" (or "our") the people may be named: "our own in-store vet advisers". */
const OWN_REACH = 4;

/**
 * "Our own vet advisers first", "our groomers and receptionists first": people of the company's
 * own, an internal group by any name.
 */
export function ownPeople(tokens: readonly Token[]): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    if (token.text !== 'our' || token.negated) return;
    const own = tokens[at + 1]?.text === 'own';
    // Without "own" only a trade's people as a group are staff, not "Dave, our technician" nor
    // "our technicians' notebooks".
    const isHead = own
      ? (word: Token) =>
          OWN_PEOPLE.has(word.lemma) || OUR_TRADES.has(word.lemma) || ownTradesmen(word)
      : (word: Token) => OUR_TRADES.has(word.lemma) && word.text !== word.lemma;
    const head = groupHeadAfter(tokens, own ? at + 2 : at + 1, OWN_REACH, isHead);
    if (head < 0) return;
    const possessed = !own && POSSESSIVE_MARKS.has(tokens[head + 1]?.text ?? '');
    // "Our tailors liked the idea": the trade as the subject of a clause is no group placed.
    const acting = !own && ACTING_POS.has(tokens[afterGroup(tokens, head)]?.pos ?? '');
    if (!possessed && !acting) found.push({ start: at, end: head + 1 });
  });
  // "The painters' own order screens first": the workshop's tradespeople, and what is theirs.
  tokens.forEach((token, at) => {
    if (token.negated || !ownTradesmen(token)) return;
    const mark = tokens[at + 1]?.text ?? '';
    if (POSSESSIVE_MARKS.has(mark) && tokens[at + 2]?.text === 'own') {
      found.push({ start: at, end: at + 3 });
    }
  });
  return found;
}

/**
 * Where a group's noun ends its phrase within a few words after `from` ("our own (vet) advisers",
 * "the big (payroll) customers"), or -1. A noun after it makes it a modifier ("a big customer
 * survey"); only words `qualifies` allows may stand before it.
 */
export function groupHeadAfter(
  tokens: readonly Token[],
  from: number,
  reach: number,
  isHead: (word: Token) => boolean,
  qualifies: (word: Token) => boolean = () => true,
): number {
  for (let head = from; head < from + reach; head++) {
    const word = tokens[head];
    if (word === undefined || word.kind !== 'word') return -1;
    if (isHead(word) && tokens[head + 1]?.pos !== 'NOUN') return head;
    if (!qualifies(word)) return -1;
  }
  return -1;
}
