#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/sharesAndSafetyNotes.test.ts fail under a
# mutation of the rule each guards (the hundred-and-twenty-fifth round). Run by guard_mutations.py.
#   python3 test/robustness/guardMutations125.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('headingOverNoDecisions.ts', 'return decisions.length === 0;', 'return true;', 'over the decisions it lists'),
  ('termRuns.ts', 'return limits >= HEADED_LIMITS && limits >= items * LIMITS_SHARE;', 'return limits >= HEADED_LIMITS;', 'salad headed'),
  ('refusingLabels.ts', "return OFF_VERDICTS.has(piece.text) && next?.text === 'off';", "return piece.text === 'waved' || piece.text === 'taken';", 'waved through'),
  ('cohorts.ts', "function drawnAtRandom(tokens: Sentence['tokens'], match: Match): boolean {\n", "function drawnAtRandom(tokens: Sentence['tokens'], match: Match): boolean {\n  if (tokens.some((token) => token.text === 'random')) return true;\n", 'order of chosen groups'),
  ('relativeNegation.ts', 'return inListItem(pieces, subject - 1);', 'return true;', 'refused list refused'),
]

run('sharesAndSafetyNotes.test.ts', MUTANTS)
