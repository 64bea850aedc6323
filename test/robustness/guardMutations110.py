#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/announcementsAndHeldCalls.test.ts fails under a
# mutation of the rule it guards (the hundred-and-tenth round), run by guard_mutations.py. Two
# guards are not tied to a mutation: under the ones tried (any "back in …" a restoring; a flag
# with no speed a way back), their rollback stays uncovered for want of the plan's other side.
#   python3 test/robustness/guardMutations110.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('othersView.ts', "participle.text === participle.lemma || participle.text.endsWith('ing')", "participle.text === participle.lemma", 'manager who is reminding'),
  ('lists.ts', "const relates = heading.verb && heading.words >= 2 && !tellingHeading(tokens);", "const relates = heading.verb && heading.words >= 2;", 'strung after'),
  ('numberedEntries.ts', "    return opensOnLength(length[0]?.text === 'for' ? length.slice(1) : length);", "    return true;", 'gives no length'),
  ('sampleHolds.ts', "    if (!LENGTH_ADPOSITIONS.has(next) || !opensOnLength(tokens.slice(at + 2))) return;\n", "", 'rather than last a length'),
]

run('announcementsAndHeldCalls.test.ts', MUTANTS)
