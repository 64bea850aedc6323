// One answer's grade sentence by sentence: what a grading round reads to find why a labelled point
// was missed or an unlabelled one earned. The answer is a corpus id, or a text in quotes.
//   npx tsx test/robustness/gradeShow.ts ID|TEXT [model|service] [--layout FORM]
// A sentence line shows its index, the points it earned (+), counted towards (~) or the
// misconception it raised (!), and whether it read as a clause.
import { EVERY_LABELLED_ANSWER } from '../../sim-engine/grading/corpus/everyAnswer';
import { LAYOUT_FORMS } from '../../sim-engine/grading/corpus/layoutForms';
import { gradeAnswer } from '../../sim-engine/grading/gradeAnswer';
import { loadLanguageModel } from '../../sim-engine/grading/language';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';

const SCENARIOS = { model: fixtureScenario(), service: fixtureScenario({ changeKind: 'backend' }) };

const [subject, kindArgument] = process.argv.slice(2);
if (subject === undefined) {
  console.error('usage: gradeShow.ts ID|TEXT [model|service] [--layout FORM]');
  process.exit(2);
}
const answer = EVERY_LABELLED_ANSWER.find((labelled) => labelled.id === subject);
const kind = kindArgument === 'service' || kindArgument === 'model' ? kindArgument : null;
const layoutAt = process.argv.indexOf('--layout');
const layout =
  layoutAt > 0 ? LAYOUT_FORMS.find((form) => form.id === process.argv[layoutAt + 1]) : null;
const written = answer?.text ?? subject;
const text = layout ? layout.apply(written) : written;

loadLanguageModel();
const grade = gradeAnswer(text, SCENARIOS[kind ?? answer?.scenario ?? 'model']);
if (answer)
  console.log(`${answer.id} · ${answer.class} · labelled ${[...answer.points].sort().join(' ')}`);
console.log(
  `score ${grade.score} · covered ${grade.covered.join(' ')} · missed ${grade.missed.join(' ')}`,
);
for (const point of grade.points)
  console.log(`  ${point.id} ${point.credit.toFixed(2)} [${point.sentences.join(',')}]`);
for (const found of grade.misconceptions)
  console.log(`  misconception ${found.point}: ${found.sentence}`);
for (const notice of grade.notices) console.log(`  notice: ${notice}`);
for (const sentence of grade.sentences) {
  const marks = [
    ...sentence.points.map((point) => `+${point}`),
    ...sentence.towards.map((point) => `~${point}`),
    ...(sentence.misconception ? [`!${sentence.misconception}`] : []),
  ];
  console.log(
    `${sentence.index} ${marks.join(' ')}${sentence.statement ? '' : ' (not a clause)'}: ${sentence.text}`,
  );
}
