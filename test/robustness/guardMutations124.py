#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/rowsOfTermsAndProposals.test.ts on what a label
# takes back and on "what I'd own as PM" spoken on fail under a mutation of the rule each guards
# (the hundred-and-twenty-fourth round); its guard on "what I own as PM: the order, …" holds under
# every mutation tried, since the sentence owns by its other words too. Run by guard_mutations.py.
#   python3 test/robustness/guardMutations124.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('ownershipSaid.ts', "return qualified.text !== 'own' || near.some((token) => DIVIDING.has(token.lemma));", 'return true;', "doesn't change what"),
  ('refusingLabels.ts', "TELLERS.has(told[0]?.text ?? '') &&", '', 'said in the present'),
]

run('rowsOfTermsAndProposals.test.ts', MUTANTS)
