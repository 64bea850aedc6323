#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/stepsLeaveAndConcessions.test.ts fails under a
# mutation of the rule it guards (the hundred-and-fourteenth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations114.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('semicolonParts.ts', "  return steps ? parts : [[start, end]];", "  return parts;", 'hypothetical list'),
  ('ownershipSaid.ts', "  if (subject.length === 0) return true;", "  return true;", 'free to decide'),
  ('supposedTelling.ts', "  if (concededTelling(tokens, at)) return true;", "  if (concededTelling(tokens, at) || at >= 0) return true;", 'platform handbook'),
  ('stagesNamedInTurn.ts', "verb.pos === 'VERB' && after?.text === 'the';", "verb.pos === 'VERB';", 'becomes a problem'),
]

run('stepsLeaveAndConcessions.test.ts', MUTANTS)
