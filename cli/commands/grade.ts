import type { AnswerGrade, SentenceFeedback } from '../../sim-engine/grader';
import { GRADER_BLIND_SPOT, gradeAnswer } from '../../sim-engine/grader';
import { findScenario, packFromOption } from '../packs';
import { readAnswerFile } from './answerText';

export interface GradeOptions {
  scenario: string;
  pack?: string;
  answer: string;
  json?: boolean;
}

/** `grade`: which points of a strong answer a written answer covers, sentence by sentence. */
export async function gradeCommand(options: GradeOptions): Promise<void> {
  const scenario = findScenario(packFromOption(options.pack), options.scenario);
  const answer = readAnswerFile(options.answer);
  const grade = gradeAnswer(answer, scenario);
  const output = options.json ? `${JSON.stringify(gradeJson(grade), null, 2)}` : gradeText(grade);
  process.stdout.write(`${output}\n`);
}

/** `{ score, covered, missed }` as before, then per point the sentences that earned it. */
export function gradeJson(grade: AnswerGrade) {
  return {
    score: grade.score,
    covered: grade.covered,
    missed: grade.missed,
    points: grade.points.map((point) => ({
      id: point.id,
      label: point.label,
      covered: point.covered,
      credit: point.credit,
      sentences: point.sentences.map((at) => grade.sentences[at]?.text ?? ''),
      ...(point.covered ? {} : { strongSays: point.strongSays, example: point.example }),
    })),
    misconceptions: grade.misconceptions,
    notices: grade.notices,
  };
}

/** The same feedback for a reader: the answer sentence by sentence, then what each miss needs. */
export function gradeText(grade: AnswerGrade): string {
  const lines = [`Score: ${grade.score}/100`];
  lines.push(`Covered: ${grade.covered.length > 0 ? grade.covered.join(', ') : 'none'}`);
  lines.push(`Missed:  ${grade.missed.length > 0 ? grade.missed.join(', ') : 'none'}`);
  for (const notice of grade.notices) lines.push('', `Note: ${notice}`);
  for (const found of grade.misconceptions) {
    lines.push('', `Misconception (${found.point}), costing the whole answer:`);
    lines.push(`  “${found.sentence}”`, `  ${found.tip}`);
  }
  lines.push('', 'Your answer, sentence by sentence:');
  for (const sentence of grade.sentences) {
    lines.push(`  [${sentenceMark(sentence)}] ${sentence.text}`);
  }
  const missed = grade.points.filter((point) => !point.covered);
  if (missed.length > 0) lines.push('', 'What a strong answer adds:');
  for (const point of missed) {
    lines.push(`  ${point.label}: ${point.strongSays}`, `    For example: ${point.example}`);
  }
  lines.push('', `What this grade cannot judge: ${GRADER_BLIND_SPOT}`);
  return lines.join('\n');
}

/** What one sentence earned; a point the whole answer misses is only 'towards', never '✓'. */
function sentenceMark(sentence: SentenceFeedback): string {
  if (sentence.misconception !== null) return `✗ misconception: ${sentence.misconception}`;
  const marks: string[] = [];
  if (sentence.points.length > 0) marks.push(`✓ ${sentence.points.join(', ')}`);
  if (sentence.towards.length > 0) {
    marks.push(`~ towards ${sentence.towards.join(', ')}, not enough for the point`);
  }
  if (marks.length > 0) return marks.join('; ');
  return sentence.statement ? '· no point' : '· a list, not a statement';
}
