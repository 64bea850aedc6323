import { InputError } from '../inputError';
import { readInputFile } from '../inputs';
import { gradeAnswer } from '../../sim-engine/index';
import { findScenario, packFromOption } from '../packs';

/** Long enough for any spoken-style answer; beyond it the file is not an answer. */
const MAX_ANSWER_CHARACTERS = 20_000;

export interface GradeOptions {
  scenario: string;
  pack?: string;
  answer: string;
  json?: boolean;
}

/** `grade`: which points of a strong answer a written answer covers. */
export async function gradeCommand(options: GradeOptions): Promise<void> {
  const scenario = findScenario(packFromOption(options.pack), options.scenario);
  const answer = readInputFile(options.answer, 'answer');
  if (answer.trim() === '') throw new InputError(`${options.answer}: the answer is empty`);
  if (answer.length > MAX_ANSWER_CHARACTERS) {
    throw new InputError(`${options.answer}: longer than ${MAX_ANSWER_CHARACTERS} characters`);
  }
  const grade = gradeAnswer(answer, scenario);
  const summary = { score: grade.score, covered: grade.covered, missed: grade.missed };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const lines = [`Score: ${Math.round(grade.score)}/100`];
  lines.push(`Covered: ${grade.covered.length > 0 ? grade.covered.join(', ') : 'none'}`);
  lines.push(`Missed:  ${grade.missed.length > 0 ? grade.missed.join(', ') : 'none'}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
