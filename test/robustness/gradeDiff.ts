// Two grade dumps (gradeDump.ts) compared, as a grading round reports each change: how many
// readings moved, labelled points gained and lost, unlabelled points gained and lost, and which
// readings newly break a ceiling (a strong answer under 75, a weak, salad or negated one over 30,
// a misconception-led one over 55) that did not break it before. As written and in the layouts
// apart ("id|layout" keys).
//   npx tsx test/robustness/gradeDiff.ts BEFORE.json AFTER.json [--list]
import { readFileSync } from 'node:fs';
import type { DumpedGrade } from './gradeDump';

type Dump = Record<string, DumpedGrade>;

const POOR = new Set(['weak', 'salad', 'negated']);

function breaks(grade: DumpedGrade): boolean {
  if (grade.class === 'strong') return grade.score < 75;
  if (POOR.has(grade.class)) return grade.score > 30;
  return grade.class === 'misconception' && grade.score > 55;
}

function moved(before: DumpedGrade, after: DumpedGrade): boolean {
  return (
    before.score !== after.score ||
    before.covered.join() !== after.covered.join() ||
    before.misconceptions.join() !== after.misconceptions.join()
  );
}

function compare(before: Dump, after: Dump, keys: readonly string[], list: boolean): string {
  const counts = { moved: 0, labelledUp: 0, labelledDown: 0, unlabelledUp: 0, unlabelledDown: 0 };
  const newBreaks: string[] = [];
  for (const key of keys) {
    const [was, now] = [before[key] as DumpedGrade, after[key] as DumpedGrade];
    if (!moved(was, now)) continue;
    counts.moved++;
    const labelled = new Set(now.labelled);
    const gained = now.covered.filter((point) => !was.covered.includes(point));
    const lost = was.covered.filter((point) => !now.covered.includes(point));
    counts.labelledUp += gained.filter((point) => labelled.has(point)).length;
    counts.unlabelledUp += gained.filter((point) => !labelled.has(point)).length;
    counts.labelledDown += lost.filter((point) => labelled.has(point)).length;
    counts.unlabelledDown += lost.filter((point) => !labelled.has(point)).length;
    if (breaks(now) && !breaks(was)) newBreaks.push(key);
    if (list)
      console.log(`  ${key} (${now.class}) ${was.score} → ${now.score} +[${gained}] −[${lost}]`);
  }
  return (
    `${keys.length} readings, ${counts.moved} moved; labelled +${counts.labelledUp} / ` +
    `−${counts.labelledDown}; unlabelled +${counts.unlabelledUp} / −${counts.unlabelledDown}; ` +
    `new breaks ${newBreaks.length}${newBreaks.length > 0 ? ` (${newBreaks.join(', ')})` : ''}`
  );
}

const [beforePath, afterPath] = process.argv.slice(2);
if (beforePath === undefined || afterPath === undefined) {
  console.error('usage: gradeDiff.ts BEFORE.json AFTER.json [--list]');
  process.exit(2);
}
const before = JSON.parse(readFileSync(beforePath, 'utf8')) as Dump;
const after = JSON.parse(readFileSync(afterPath, 'utf8')) as Dump;
const list = process.argv.includes('--list');
const shared = Object.keys(after).filter((key) => key in before);
const written = shared.filter((key) => !key.includes('|'));
const layouts = shared.filter((key) => key.includes('|'));
console.log(`as written: ${compare(before, after, written, list)}`);
if (layouts.length > 0) console.log(`layouts: ${compare(before, after, layouts, list)}`);
const strong = written.filter((key) => after[key]?.class === 'strong');
const under = (dump: Dump) => strong.filter((key) => (dump[key]?.score ?? 100) < 75).length;
console.log(`strong under 75 as written: ${under(before)} → ${under(after)} of ${strong.length}`);
