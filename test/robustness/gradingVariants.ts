// Grades every labelled answer in many shapes and reports any that throws: `npm run
// robustness:grading`. The grader promises never to throw; a unit test can only hold the shapes
// someone thought of, so this reads every answer the corpus has (about 3,500) in every layout the
// corpus test uses, with its full stops removed, turned into "and" or into dashes, and cut off at
// six places (about 70,000 grades, a few minutes). It found two crashes in the sixty-first round
// (docs/grading-reading.md). Exit 1 when any grade throws.
import { gradeAnswer } from '../../sim-engine/grading/gradeAnswer';
import { EVERY_LABELLED_ANSWER } from '../../sim-engine/grading/corpus/everyAnswer';
import { LAYOUT_FORMS } from '../../sim-engine/grading/corpus/layoutForms';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';

const SCENARIOS = { model: fixtureScenario(), service: fixtureScenario({ changeKind: 'backend' }) };
const CUTS = 6;

const answers = EVERY_LABELLED_ANSWER;

/** The answer as written, in every layout, rewritten at its full stops, and cut off short. */
function shapesOf(text: string): [string, string][] {
  const pieces = text.split(/(\s+)/);
  const cuts = Array.from({ length: CUTS }, (_, i): [string, string] => [
    `cut ${i + 1}/${CUTS + 1}`,
    pieces.slice(0, Math.floor((pieces.length * (i + 1)) / (CUTS + 1))).join(''),
  ]);
  return [
    ['as written', text],
    ...LAYOUT_FORMS.map((form): [string, string] => [form.id, form.apply(text)]),
    ['no full stops', text.replace(/\./g, '')],
    ['full stops as "and"', text.replace(/\.\s/g, ' and ')],
    ['stops as dashes', text.replace(/[.;:]\s/g, ' — ')],
    ...cuts,
  ];
}

let graded = 0;
const crashes: string[] = [];
for (const answer of answers) {
  for (const [shape, text] of shapesOf(answer.text)) {
    graded++;
    try {
      gradeAnswer(text, SCENARIOS[answer.scenario]);
    } catch (error) {
      const where = error instanceof Error ? (error.stack?.split('\n')[1]?.trim() ?? '') : '';
      crashes.push(`${answer.id} (${shape}): ${String(error)} ${where}`);
    }
  }
}
console.log(`${answers.length} answers, ${graded} grades, ${crashes.length} threw`);
for (const crash of crashes) console.log(`  ${crash}`);
process.exitCode = crashes.length === 0 ? 0 : 1;
