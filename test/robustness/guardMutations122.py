#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/draftsAndCountedLabels.test.ts fails under a
# mutation of the rule it guards (the hundred-and-twenty-second round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations122.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('earlierDrafts.ts', "if (DRAFT_ENDS.has(text) || CORRECTIONS.has(text)) return true;", "if (DRAFT_ENDS.has(text)) return true;", "draft's correction"),
  ('earlierDrafts.ts', "if (token === undefined || token.kind === 'mark') return false;", "if (token === undefined || token.kind === 'mark') return true;", 'I had engineering add'),
  ('negationScope.ts', "return !WAITING.has(refused?.lemma ?? '');", "return true;", 'without holding before every stage'),
  ('comparison.ts', "'lies | lie | lying',", "'lies | lie | lying | shows',", 'canary cohort shows a lift'),
]

run('draftsAndCountedLabels.test.ts', MUTANTS)
