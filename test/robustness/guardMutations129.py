#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/eventsAndHeldStages.test.ts fail under a mutation
# of the rule each guards (the hundred-and-twenty-ninth round). Two guard the reading, not a
# rule: "then we take it up" is no short refusal whatever particle "take" is allowed (its "up" is
# no refusal's word), and one thing held is no ladder however few named stages the reader asks
# for (a hold needs two stages held). Run by guard_mutations.py.
#   python3 test/robustness/guardMutations129.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('tellings.ts', "return EVENTS.has(tokens[at]?.text ?? '');", "return true;", 'someone else gives'),
  ('inlineOrder.ts', "named >= MIN_NAMED &&", "", 'errors; latency'),
  ('refusals.ts', "return tail[0]?.text === 'it' && tail.some((piece) => ADVANCING.has(piece.lemma));", "return tail[0]?.text === 'it';", 'not needed here'),
]

run('eventsAndHeldStages.test.ts', MUTANTS)
