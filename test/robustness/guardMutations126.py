#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/lentNoesAndWholeMarkets.test.ts fail under a
# mutation of the rule each guards (the hundred-and-twenty-sixth round). Run by guard_mutations.py.
#   python3 test/robustness/guardMutations126.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('refusingLabels.ts', "(verb.text !== verb.lemma || !SPEAKERS_TELLING.has(teller));", "true;", 'does now under the label'),
  ('refusingLabels.ts', "return OFF_VERDICTS.has(piece.text) && next?.text === 'off';", "return OFF_VERDICTS.has(piece.text);", 'takes nothing off'),
  ('stageHeadings.ts', "GATE_NOUNS.has(gate) && tokens[opening + 2]?.text === ':'", "GATE_NOUNS.has(gate)", 'gates close at six'),
  ('unavailableSuggested.ts', "token.negated && NOT_CARRIED.has(token.lemma)", "NOT_CARRIED.has(token.lemma)", 'breads we sell'),
]

run('lentNoesAndWholeMarkets.test.ts', MUTANTS)
