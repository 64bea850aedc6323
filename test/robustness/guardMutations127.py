#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/turnedCallsAndSameVerbs.test.ts fail under a
# mutation of the rule each guards (the hundred-and-twenty-seventh round); the guard on a section
# numbered "II." holds under the mutation tried (a bare "No." after a statement refuses nothing),
# so it guards the reading, not the rule. Run by guard_mutations.py.
#   python3 test/robustness/guardMutations127.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('refusingLabels.ts', "if (piece.text === 'turned') return next?.text === 'to';", "if (piece.text === 'turned') return true;", 'nothing turned to anything'),
  ('possessedShares.ts', "tokens[team.end]?.lemma !== verb.lemma", "false", 'engineers do something else'),
]

run('turnedCallsAndSameVerbs.test.ts', MUTANTS)
