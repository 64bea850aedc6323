#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/eachHoldAndRefusedClaims.test.ts fails under a
# mutation of the rule it guards (the hundred-and-twelfth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations112.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('holdNotes.ts', "    HOLDING_ORDERS.has(label[0]?.lemma ?? '') &&\n", "", 'no hold'),
  ('claimsRefused.ts', "  'without',\n", "", 'what the claim waits on'),
  ('colonRefusals.ts', "    (token) => token.kind === 'mark' || !['VERB', 'AUX'].includes(token.pos),", "    (token) => token.kind === 'mark' || token.kind !== 'mark',", 'names an act it rules out'),
]

run('eachHoldAndRefusedClaims.test.ts', MUTANTS)
