#!/usr/bin/env python3
# The must-not-deny guard of sim-engine/grading/transcriptLines.test.ts fails under a mutation of
# the rule it guards (the hundred-and-fifteenth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations115.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('semicolonParts.ts', "  if (raw.value[end] !== '?' || asksFrom(raw, start)) return [[start, end]];", "  if (raw.value[end] !== '?') return [[start, end]];", 'both halves'),
]

run('transcriptLines.test.ts', MUTANTS)
