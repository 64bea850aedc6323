#!/usr/bin/env python3
# Each must-not-deny or must-not-credit guard of
# sim-engine/grading/ownBooksAndNumberedRefusals.test.ts fails under a mutation of the rule it
# guards (the hundred-and-eighteenth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations118.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('narratedRuns.ts', "if (rest.some((word) => own.has(word.lemma))) return generic;", "if (rest.length > 0) return generic;", 'that is the textbook'),
  ('refusingLabels.ts', "if (comma > start && numberedLabel(pieces.slice(start, comma))) start = comma + 1;", "if (comma > start) start = comma + 1;", 'counted, not timed'),
  ('narrator.ts', "if (tokens[at]?.text !== 'they' || tokens[at - 1]?.text !== ';') return false;", "if (tokens[at]?.text === 'they') return true;", 'they held each stage'),
]

run('ownBooksAndNumberedRefusals.test.ts', MUTANTS)
