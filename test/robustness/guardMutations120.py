#!/usr/bin/env python3
# Each must-not-deny or must-not-credit guard of
# sim-engine/grading/tableCellsAndMannerOfTelling.test.ts fails under a mutation of the rule it
# guards (the hundred-and-twentieth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations120.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('tellings.ts', "return told.text.endsWith('s') && tokens[verb + 1]?.text === 'it';", "return told.text.endsWith('s');", 'as the textbook says'),
  ('cohortKinds.ts', "if (token.negated || !ownTradesmen(token)) return;", "if (token.negated || token.pos !== 'NOUN') return;", "customers' own phones"),
  ('readingDenied.ts', "return label && tokens[start + colon]?.text === ':' && QUOTED.test(before);", "return label && tokens[start + colon]?.text === ':';", 'nothing is quoted'),
]

run('tableCellsAndMannerOfTelling.test.ts', MUTANTS)
