#!/usr/bin/env python3
# Each must-not-deny or must-not-credit guard of
# sim-engine/grading/headingsCountsAndRefusedLabels.test.ts fails under a mutation of the rule it
# guards (the hundred-and-seventeenth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations117.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('sentences.ts', "const refusedHere = refused && (firstOfItem || !refusedByMarkedHeading);", "const refusedHere = refused && firstOfItem;", 'heading with a colon'),
  ('sampleHolds.ts', "if (POPULATIONS.has(token.lemma) || token.kind === 'mark') return false;", "if (token.kind === 'mark') return false;", '3,000 users'),
  ('commitmentCues.ts', "toldInPast(withoutRelativeVerb(tokens.slice(at), 0))", "toldInPast(withoutRelativeVerb(tokens.slice(at + 2), 0))", 'A friend ran'),
  ('colonRefusals.ts', "  return rest.some((token) => NAMED_BEFORE.has(token.text));", "  return true;", 'would not rush'),
]

run('headingsCountsAndRefusedLabels.test.ts', MUTANTS)
