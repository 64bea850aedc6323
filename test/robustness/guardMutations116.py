#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/callsToldAndQuestionsRefused.test.ts fails under a
# mutation of the rule it guards (the hundred-and-sixteenth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations116.py   (from the repository root; about two minutes)
from guard_mutations import run

MUTANTS = [
  ('roleTables.ts', "  return verb >= 0 && isPastForm(tokens, holder + 1 + verb);", "  return verb >= 0;", 'I decide'),
  ('negationScope.ts', "    if (doubled && afterWithout && VERB_NEGATORS.has(piece.text)) doubled = false;", "    if (doubled && isNegator(piece)) doubled = false;", 'nobody moves us up'),
  ('engineeringOnly.ts', "  if (call?.lemma !== 'call' || call.pos !== 'VERB') return false;", "  if (call?.lemma !== 'call') return false;", 'an engineering call'),
  ('returnToOld.ts', "    return at >= 2 && !refused && verbOf(RESTORING, tokens, at - 2);", "    return at >= 2 && verbOf(RESTORING, tokens, at - 2);", 'may not return'),
  ('questionContext.ts', "  const denied = DENIALS.has(answer[pastAnswerLabel(answer)]?.text ?? '');", "  const denied = refusesAsked(answer);", 'no permission needed'),
  ('questionContext.ts', "  return WH.has(question[pastAnswerLabel(question)]?.text ?? '') && denied;", "  return denied;", 'yes-or-no question'),
  ('refusingLabels.ts', "  if (!label.some((piece) => TAKEN_BACK.has(piece.text))) return;\n", "", 'Corrected:'),
]

run('callsToldAndQuestionsRefused.test.ts', MUTANTS)
