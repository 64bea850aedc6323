#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/logbooksAndGateHeadings.test.ts fails under a
# mutation of the rule it guards (the hundred-and-eleventh round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations111.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('sampleHolds.ts', "  if (length.some((token) => token.text === ',' || POPULATIONS.has(token.lemma))) return false;", "  if (length.some((token) => token.text === ',')) return false;", 'sizes the stage'),
  ('jointActs.ts', "  const headed = GATE_HEADINGS.has(tokens[start]?.text ?? '') && tokens[start + 1]?.text === ':';", "  const headed = tokens[start + 1]?.text === ':';", 'any other heading'),
  ('rampEnds.ts', "    words.length === whole + 2 &&", "    words.length >= whole + 2 &&", 'longer note'),
  ('tagQuestions.ts', "const MIN_STATEMENT_TOKENS = 6;", "const MIN_STATEMENT_TOKENS = 0;", 'short line with a tag'),
  ('faultRates.ts', "    if (verb === undefined || !verb.negated) return false;", "    if (verb === undefined) return false;", 'cabins that fit the party'),
]

run('logbooksAndGateHeadings.test.ts', MUTANTS)
