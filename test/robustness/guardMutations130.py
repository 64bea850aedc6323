#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/breathsAndLinedOrders.test.ts fail under a
# mutation of the rule each guards (the hundred-and-thirtieth round). The guard on a blog's plan
# told before its colon guards the reading: a telling by "their blog" is told whether or not a
# colon follows it. Run by guard_mutations.py.
#   python3 test/robustness/guardMutations130.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('namedPartner.ts', "object ||= OBJECT_POS.has(token.pos) || POINTED.has(token.text);", "object ||= OBJECT_POS.has(token.pos);", 'lift it together'),
  ('inlineOrder.ts', "named >= MIN_NAMED &&", "", 'errors; latency; conversion last'),
]

run('breathsAndLinedOrders.test.ts', MUTANTS)
