#!/usr/bin/env python3
# Each must-not-credit or must-not-charge guard of
# sim-engine/grading/canaryNotesAndStageChanges.test.ts fails under a mutation of the rule it
# guards (the hundred-and-twenty-first round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations121.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('rollback.ts', "return has(tokens, OPENING) || tokens.some((token) => token.unit === 'percent');", "return tokens.some((token) => token.unit === 'percent');", 'to start the ramp'),
  ('rollback.ts', "return has(tokens, OPENING) || tokens.some((token) => token.unit === 'percent');", "return has(tokens, OPENING);", 'flipped for a share'),
  ('jointActs.ts', "if (!QUANTIFIERS.has(tokens[opening]?.text ?? '')) return false;", "if (tokens[opening] === undefined) return false;", 'without "each"'),
  ('ownership.ts', "ownershipSplitRefused(tokens) && !ownershipNamedIn(sentence);", "ownershipSplitRefused(tokens);", 'then claims the decisions'),
  ('dismissals.ts', "if (!FRAGMENT_ENDS.has(pieces[at + 2]?.text ?? '.')) return false;", "", 'roll back if'),
  ('dismissals.ts', "return from === 0 || pieces.slice(from, at).some((piece) => FRAGMENT_ENDS.has(piece.text));", "return true;", 'a transcript'),
  ('splitRefused.ts', "if (between < 0) return false;", "", 'split hairs'),
]

run('canaryNotesAndStageChanges.test.ts', MUTANTS)
