#!/usr/bin/env python3
# The must-not-deny guard of sim-engine/grading/rowsOfTermsAndProposals.test.ts on what a label
# takes back fails under a mutation of that rule (the hundred-and-twenty-fourth round); its other
# guard ("what I own as PM: …") holds under every mutation tried, since the sentence owns by its
# other words too. Run by guard_mutations.py.
#   python3 test/robustness/guardMutations124.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('refusingLabels.ts', "TELLERS.has(told[0]?.text ?? '') &&", '', 'said in the present'),
]

run('rowsOfTermsAndProposals.test.ts', MUTANTS)
