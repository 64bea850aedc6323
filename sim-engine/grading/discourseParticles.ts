import type { Piece } from './tokens';

/**
 * Particles other languages lend an English answer ("my part po is the order", "I carry the
 * route, pues", "the cheaper model, nhé") add politeness, stress or a tag question, and say
 * nothing of the plan. Left in a clause, they stand between a subject and its verb or a verb and
 * its object, where the English model expects a word of the clause; so they are read as absent.
 * Only words English does not have: "ya", "na" and "ne" are English too, or abbreviations.
 */
const PARTICLES = new Set([
  // Filipino.
  'po',
  'naman',
  'kasi',
  // Indonesian and Malay, Singapore English.
  'dong',
  'kok',
  'sih',
  'deh',
  'lah',
  'leh',
  'lor',
  // Vietnamese.
  'nhé',
  'nha',
  'ạ',
  // Spanish and Rioplatense.
  'pues',
  'che',
  // Hindi and Punjabi.
  'ji',
  'haanji',
  'yaar',
]);

export function withoutDiscourseParticles(pieces: Piece[]): Piece[] {
  if (!pieces.some((piece) => PARTICLES.has(piece.text))) return pieces;
  return pieces.filter(
    (piece, at) => !PARTICLES.has(piece.text) || piece.afterHyphen || pieces[at + 1]?.afterHyphen,
  );
}
