#!/usr/bin/env python3
# Each must-not-deny or must-not-credit guard of
# sim-engine/grading/lentNoesAndConditions.test.ts fails under a mutation of the rule it guards
# (the hundred-and-nineteenth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations119.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('lentRefusals.ts', "(?:${LENT_NOES.slice(1).join('|')})", "(?:${LENT_NOES.join('|')})", 'Min Na'),
  ('voidedLines.ts', "const REVERSED_ALONE = new Set(['reversed', 'overturned']);", "const REVERSED_ALONE = REVERSED;", 'changelog heading'),
  ('refusingLabels.ts', "(numbered && (label === 'out' || label === 'called out'))", "label === 'out' || label === 'called out'", 'bare "Out:"'),
  ('conditionalNoes.ts', "if (end >= 0 && rest.slice(end).some((word) => word.kind !== 'mark')) return -1;", "", 'three \"no\"s'),
  ('negationScope.ts', "if (piece.pos === 'VERB' && !piece.text.endsWith('ing')) return true;", "return true;", 'no verb of its own'),
]

run('lentNoesAndConditions.test.ts', MUTANTS)
