/**
 * How much of a grade hangs on layout: every labelled answer is graded as written and again in
 * each layout of `layoutForms.ts` (bullets, checkboxes, footnote markers, lower case, a transcript
 * without punctuation, …). Words and numbers are unchanged, so a strict interviewer's grade would
 * be too. Printed per layout: strong answers that keep every point they earned as written, with
 * exact 95 % intervals; the median change of their score; strong answers that fall under 75 from
 * 75 or more; weak, salad and negated answers that rise over 30 from 30 or less.
 * Run: npx tsx test/bench/gradingForms.bench.ts
 */
import type { LabelledAnswer } from '../../sim-engine/grading/corpus/corpus';
import { CORPUS } from '../../sim-engine/grading/corpus/corpus';
import { FRESH_SET_RECORDS } from '../../sim-engine/grading/corpus/freshSetRecords';
import { LAYOUT_FORMS } from '../../sim-engine/grading/corpus/layoutForms';
import { gradeAnswer, loadLanguageModel } from '../../sim-engine/grader';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';
import { formatRate } from '../../sim-engine/testing/clopperPearson';
import { median } from './measure';

await loadLanguageModel();
const scenarios = { model: fixtureScenario(), service: fixtureScenario({ changeKind: 'backend' }) };
const answers: readonly LabelledAnswer[] = [
  ...CORPUS,
  ...FRESH_SET_RECORDS.flatMap((set) => set.answers),
];
const POOR = new Set(['weak', 'salad', 'negated']);

interface Graded {
  readonly score: number;
  readonly covered: ReadonlySet<string>;
}
const grade = (answer: LabelledAnswer, text: string): Graded => {
  const result = gradeAnswer(text, scenarios[answer.scenario]);
  return { score: result.score, covered: new Set(result.covered) };
};
const asWritten = new Map(answers.map((answer) => [answer.id, grade(answer, answer.text)]));

const strong = answers.filter((answer) => answer.class === 'strong');
const poor = answers.filter((answer) => POOR.has(answer.class));
console.log(
  `${answers.length} labelled answers (${strong.length} strong, ${poor.length} weak, salad or negated), ` +
    'each graded as written and in every layout below.',
);
for (const layout of LAYOUT_FORMS) {
  let kept = 0;
  let fell = 0;
  let strongAtLeast75 = 0;
  const changes: number[] = [];
  const fellIds: string[] = [];
  for (const answer of strong) {
    const before = asWritten.get(answer.id);
    if (before === undefined) continue;
    const after = grade(answer, layout.apply(answer.text));
    if ([...before.covered].every((point) => after.covered.has(point))) kept++;
    changes.push(after.score - before.score);
    if (before.score >= 75) {
      strongAtLeast75++;
      if (after.score < 75) {
        fell++;
        fellIds.push(answer.id);
      }
    }
  }
  let rose = 0;
  let poorAtMost30 = 0;
  const roseIds: string[] = [];
  for (const answer of poor) {
    const before = asWritten.get(answer.id);
    if (before === undefined || before.score > 30) continue;
    poorAtMost30++;
    if (grade(answer, layout.apply(answer.text)).score > 30) {
      rose++;
      roseIds.push(answer.id);
    }
  }
  console.log(`\n${layout.id} (${layout.looks})`);
  console.log(`  strong answers keeping every point: ${formatRate(kept, strong.length)}`);
  console.log(`  median score change of strong answers: ${median(changes)}`);
  console.log(
    `  strong falling under 75: ${formatRate(fell, strongAtLeast75)} ${fellIds.slice(0, 8).join(' ')}`,
  );
  console.log(
    `  weak, salad, negated rising over 30: ${formatRate(rose, poorAtMost30)} ${roseIds.slice(0, 8).join(' ')}`,
  );
}
