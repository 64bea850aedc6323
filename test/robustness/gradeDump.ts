// Every labelled answer's grade as JSON, as written and, with --layouts, in every layout the corpus
// test uses: what a grading round diffs after each change (gradeDiff.ts). The figures in a round's
// notes ("42 answers moved, 31 labelled points gained, none lost …") are two such dumps compared.
//   npx tsx test/robustness/gradeDump.ts OUT.json [--layouts] [--only RE] [--skip RE] [--awaited]
// --only/--skip keep or drop ids by a regular expression (a held-back block is skipped while
// tuning); --awaited adds the set wired in and awaiting its one evaluation.
import { writeFileSync } from 'node:fs';
import { AWAITING_FIRST_EVALUATION } from '../../sim-engine/grading/corpus/awaitingEvaluation';
import type { LabelledAnswer } from '../../sim-engine/grading/corpus/corpusTypes';
import { EVERY_LABELLED_ANSWER } from '../../sim-engine/grading/corpus/everyAnswer';
import { LAYOUT_FORMS } from '../../sim-engine/grading/corpus/layoutForms';
import { gradeAnswer } from '../../sim-engine/grading/gradeAnswer';
import { loadLanguageModel } from '../../sim-engine/grading/language';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';

/** One reading of one answer: its score, the points covered and labelled, the misconceptions. */
export interface DumpedGrade {
  readonly score: number;
  readonly covered: string[];
  readonly labelled: string[];
  readonly misconceptions: string[];
  readonly class: LabelledAnswer['class'];
}

const SCENARIOS = { model: fixtureScenario(), service: fixtureScenario({ changeKind: 'backend' }) };

function option(args: readonly string[], name: string): RegExp | null {
  const at = args.indexOf(name);
  const value = at >= 0 ? args[at + 1] : undefined;
  return value === undefined ? null : new RegExp(value);
}

function graded(text: string, answer: LabelledAnswer): DumpedGrade {
  const grade = gradeAnswer(text, SCENARIOS[answer.scenario]);
  return {
    score: grade.score,
    covered: grade.points
      .filter((point) => point.covered)
      .map((point) => point.id)
      .sort(),
    labelled: [...answer.points].sort(),
    misconceptions: grade.misconceptions.map((found) => found.point).sort(),
    class: answer.class,
  };
}

const args = process.argv.slice(2);
const out = args[0];
if (out === undefined || out.startsWith('--')) {
  console.error('usage: gradeDump.ts OUT.json [--layouts] [--only RE] [--skip RE] [--awaited]');
  process.exit(2);
}
const only = option(args, '--only');
const skip = option(args, '--skip');
const awaited = args.includes('--awaited') ? (AWAITING_FIRST_EVALUATION?.answers ?? []) : [];
const answers = [...EVERY_LABELLED_ANSWER, ...awaited].filter(
  (answer) => (only === null || only.test(answer.id)) && (skip === null || !skip.test(answer.id)),
);
loadLanguageModel();
const dump: Record<string, DumpedGrade> = {};
for (const answer of answers) {
  dump[answer.id] = graded(answer.text, answer);
  if (!args.includes('--layouts')) continue;
  for (const form of LAYOUT_FORMS)
    dump[`${answer.id}|${form.id}`] = graded(form.apply(answer.text), answer);
}
writeFileSync(out, JSON.stringify(dump));
console.log(`${Object.keys(dump).length} grades written to ${out}`);
