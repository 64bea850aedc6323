import { rolesNamed } from './roles';
import { SPEAKER_BESIDE_ROLE } from './speaker';
import { pastSpeakersApposition } from './ownershipSaid';
import type { Token } from './tokens';

/**
 * Sentences that look like lists but are clauses whose objects or notes are the items: "I own
 * order, limits, holds, go/no-go", "Rollback: whoever's on call flips the gateway back, any hour".
 * Read by lists.ts.
 */

/** Verbs by which the speaker takes decisions as theirs: "I own", "I decide", "we set". */
const OWNING_VERBS = new Set(['own', 'decide', 'set', 'choose', 'control']);

/**
 * "I own order, limits, holds, go/no-go", "The PM, me, owns the release decisions: order, limits":
 * the speaker (or a role with the speaker set beside it), a verb of owning, then its objects; or
 * the objects, then "are mine".
 */
export function speakerOwnsItems(tokens: readonly Token[]): boolean {
  const start = afterLabel(tokens, tokens[0]?.kind === 'mark' ? 1 : 0);
  const subject = tokens[start]?.text ?? '';
  // "I, the PM, own order, limits, holds": past the speaker's own appositions.
  const verbAt =
    subject === 'i' || subject === 'we'
      ? pastSpeakersApposition(tokens, start + 1)
      : afterSpeakerApposed(tokens, start);
  const verb = tokens[verbAt];
  if (verbAt > 0 && verb !== undefined && OWNING_VERBS.has(verb.lemma) && !verb.negated)
    return true;
  // "Ingredients: the cohort order, pull-over limits and holds are mine": the items, then whose.
  return tokens.some(
    (token, at) => token.text === 'mine' && tokens[at - 1]?.lemma === 'be' && !token.negated,
  );
}

const ROLE_WORDS = 3;
/** Words of a label before the clause: "NOTICE:", "Who owns what:". */
const LABEL_WORDS = 3;

/** "NOTICE: the PM, me, owns …": where the clause starts after a short label of words, if any. */
function afterLabel(tokens: readonly Token[], start: number): number {
  const colon = tokens.findIndex((token, at) => at >= start && token.kind === 'mark');
  if (colon <= start || colon - start > LABEL_WORDS || tokens[colon]?.text !== ':') return start;
  return colon + 1;
}

/** "The PM, me, owns …": past a short role and the speaker set beside it; -1 when not so. */
function afterSpeakerApposed(tokens: readonly Token[], start: number): number {
  const comma = tokens.findIndex((token, at) => at > start && token.text === ',');
  if (comma < 0 || comma - start > ROLE_WORDS) return -1;
  const beside = SPEAKER_BESIDE_ROLE.has(tokens[comma + 1]?.text ?? '');
  return beside && tokens[comma + 2]?.text === ',' ? comma + 3 : -1;
}

/** Words the clause after a heading's colon needs to stand on its own. */
const OWN_CLAUSE_WORDS = 5;

/**
 * The words after the first mark (a heading's colon, or none: the sentence's start), up to the
 * next comma, hold a subject and its finite verb: "Rollback: whoever's on call puts it back, any
 * hour", "Whoever's on call puts the old model back, a flag flip, any hour, no asking".
 */
export function opensOnClause(tokens: readonly Token[], mark: ':' | ',' = ':'): boolean {
  const colon = mark === ':' ? tokens.findIndex((token) => token.text === ':') : -1;
  const end = tokens.findIndex((token, i) => i > colon && token.text === ',');
  const item = tokens.slice(colon + 1, end < 0 ? tokens.length : end);
  // "The canary says safe, not better; an A/B test, randomised, after": a determined subject, its
  // verb and what it says, then notes on it.
  if (mark === ',' && namedSubjectActs(item)) return true;
  if (item.filter((token) => token.kind !== 'mark').length < OWN_CLAUSE_WORDS) return false;
  // "I don't see the point of deciding which segments go first, staff, beta, whoever": a
  // refusal's items are what it turns down, still a list.
  if (mark === ',' && item.some((token) => token.negated)) return false;
  const subject = item.findIndex((token) => token.pos === 'PRON');
  if (subject >= 0) {
    // "Whoever's on call drives the old version back in, …": the verb in -s may be tagged a noun.
    return item.some((token, i) => i > subject && (finiteVerb(token) || verbReadAsNoun(item, i)));
  }
  return roleActs(item);
}

/** Words a determined subject runs to before its verb: "the canary", "the new pricing service". */
const NAMED_SUBJECT_WORDS = 3;

/** "The canary says safe": a determiner, a noun or two, a finite verb and something after it. */
function namedSubjectActs(item: readonly Token[]): boolean {
  if (item[0]?.pos !== 'DET' || item.some((token) => token.negated)) return false;
  const verbAt = item.findIndex(
    (token, at) => at > 0 && token.pos !== 'NOUN' && token.pos !== 'ADJ',
  );
  const verb = item[verbAt];
  if (verbAt < 2 || verbAt > NAMED_SUBJECT_WORDS || verb === undefined || !finiteVerb(verb))
    return false;
  return item[verbAt - 1]?.pos === 'NOUN' && verbAt < item.length - 1;
}

/** What may follow a verb in -s the tagger read as a noun: "on-call points the proxy back". */
const OBJECT_OPENERS = new Set(['DET', 'PRON']);

/**
 * "Rollback: on-call points the proxy back at the old cluster": a named role and its verb, even
 * where the tagger reads the verb in -s as the role's noun ("call points").
 */
function roleActs(item: readonly Token[]): boolean {
  return rolesNamed(item).some(({ end }) => {
    const verb = item[end];
    if (verb === undefined || verb.negated) return false;
    return finiteVerb(verb) || verbReadAsNoun(item, end);
  });
}

/** A verb not in its -ing form: "puts", "holds", not "putting". */
function finiteVerb(token: Token): boolean {
  return token.pos === 'VERB' && !token.text.endsWith('ing');
}

/** A verb in -s the tagger read as a plural noun, an object after it: "call points the proxy". */
export function verbReadAsNoun(item: readonly Token[], at: number): boolean {
  const verb = item[at];
  if (verb === undefined || verb.negated) return false;
  const inS = verb.pos === 'NOUN' && verb.text !== verb.lemma && verb.text.endsWith('s');
  return inS && OBJECT_OPENERS.has(item[at + 1]?.pos ?? '');
}

const SPEAKER_SUBJECTS = new Set(['me', 'i', 'myself']);

/**
 * "Dr Okafor, our clinical lead, and me both put our name on the board": the names before the
 * last comma are subjects, with the speaker, of the verb they both do; the sentence is a clause,
 * not a list of three names. So are two people with appositions (see below).
 */
export function jointSubjects(tokens: readonly Token[]): boolean {
  if (appositionsJoinSubjects(tokens)) return true;
  // "…, Awa, and I both strike the first skin; no strike, no climb": at any comma, not only the
  // last, for notes may follow the clause.
  return tokens.some((token, comma) => token.text === ',' && speakerJoinsAt(tokens, comma));
}

function speakerJoinsAt(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma + 1]?.text !== 'and') return false;
  if (!SPEAKER_SUBJECTS.has(tokens[comma + 2]?.text ?? '')) return false;
  // "… and me both put": the two of them act together. Not "rollback, canary, and I think holds".
  if (tokens[comma + 3]?.text !== 'both') return false;
  // After "and I both" only a verb can follow, whatever the tagger calls it ("both taste from").
  const verb = tokens[comma + 4]?.pos;
  return verb === 'VERB' || verb === 'AUX' || verb === 'NOUN';
}

/**
 * "Jensen, our clinical advisor, and Tyler, the eng lead, both taste it": two people, each with an
 * apposition, joined by ", and", are the subjects of the verb they both do; a clause, not a list.
 */
function appositionsJoinSubjects(tokens: readonly Token[]): boolean {
  const lastComma = tokens.map((token) => token.text).lastIndexOf(',');
  if (lastComma < 0 || tokens[lastComma + 1]?.text !== 'both') return false;
  const verb = tokens[lastComma + 2]?.pos;
  if (verb !== 'VERB' && verb !== 'AUX') return false;
  return tokens.some(
    (token, at) => at < lastComma && token.text === 'and' && tokens[at - 1]?.text === ',',
  );
}

const QUANTIFYING = new Set(['each', 'every', 'all', 'both']);
/** Words the subject may take before its appositions: "each stage", "every one of them". */
const SUBJECT_WORDS = 4;

/**
 * "Each stage, the kennel, the forest trail, the frozen lake, holds for 3,000 views": a
 * quantified subject, its members set out between commas, then the verb they share. A clause,
 * not a list of four names.
 */
export function subjectSpelledOut(tokens: readonly Token[]): boolean {
  if (!QUANTIFYING.has(tokens[0]?.text ?? '')) return false;
  const first = tokens.findIndex((token) => token.text === ',');
  if (first < 2 || first > SUBJECT_WORDS) return false;
  const last = tokens.map((token) => token.text).lastIndexOf(',');
  const verb = tokens[last + 1];
  if (last <= first || verb === undefined || !finiteVerb(verb) || verb.negated) {
    return false;
  }
  return tokens.slice(last + 2).some((token) => token.kind !== 'mark');
}
