#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/takenBackAndJointActs.test.ts fails under a
# mutation of the rule it guards (the hundred-and-twenty-third round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations123.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('refusingLabels.ts', "TAKEN_BACK_BY.has(label[by]?.text ?? '') &&", 'true &&', 'only mentions "struck"'),
  ('refusingLabels.ts', "return named.length > 0 && !clause;", 'return named.length > 0;', 'speaker states under a "ruled out" label'),
  ('namedPartner.ts', "&& personBeforeI(tokens, i - 1);", '&& true;', 'we ramp up and I check'),
  ('namedPartner.ts', "return !(tokens[i + 1]?.text ?? '').endsWith('ing') && personBeforeI(tokens, i - 1);", 'return personBeforeI(tokens, i - 1);', 'only sketched'),
  ('possessedShares.ts', 'const SHARED_DECISIONS = 3;', 'const SHARED_DECISIONS = 2;', 'My worries'),
  ('refusedOrder.ts', '(piece) => piece.negated && ORDERING.has(piece.lemma)', '(piece) => ORDERING.has(piece.lemma)', 'We order the buyers'),
  ('comparison.ts', "return tokens[at]?.text === 'won' && tokens[at - 1]?.lemma === 'be';", "return tokens[at]?.text === 'won';", 'the new service won, so it is better'),
  ('whoOwnsAnswered.ts', "tokens[me - 1]?.lemma === 'be' &&", 'true &&', 'which is not me for'),
  ('voidedLines.ts', "count?.value !== (number.value ?? 0) - 1", 'count === undefined', 'takes back another step'),
  ('disowning.ts', "return SPEAKER_SUBJECTS.has(tokens[at]?.text ?? '');", 'return false;', "I wouldn't believe it"),
]

run('takenBackAndJointActs.test.ts', MUTANTS)
