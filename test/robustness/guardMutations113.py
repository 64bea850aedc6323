#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/breathsLabelsAndRevisions.test.ts fails under a
# mutation of the rule it guards (the hundred-and-thirteenth round): run by guard_mutations.py.
# Two guards are tied to no mutation: under "Parts: A, B: …" the speaker's heading after the label
# is checked by headedBySpeaker itself, which this round did not change; and a dozen terms hung
# on one "is" stay a list by the sentence's own list and term-run checks even when every verb
# counts in the one-breath check (tried: that mutant survives).
#   python3 test/robustness/guardMutations113.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('commitmentCues.ts', "  return verb < 0 ? tokens : [...tokens.slice(0, relative), ...tokens.slice(verb + 1)];", "  return tokens.slice(0, relative);", 'as her story'),
  ('voidedLines.ts', "    if (!QUOTES.has(tokens[quote]?.text ?? '')) continue;\n", "", 'unquoted'),
  ('cohortKinds.ts', " && !SERVED.has(word.lemma);", ";", 'subscribers'),
  ('stagesNamedInTurn.ts', "    if (token.text === ',' && joined) return items >= MIN_LISTED_STAGES;", "    if (token.text === ',') return true;", 'one moment'),
  ('stagesNamedInTurn.ts', "  return verb.lemma === 'make' && LARGER.has(after?.text ?? '');", "  return verb.lemma === 'make';", 'make it, X'),
]

run('breathsLabelsAndRevisions.test.ts', MUTANTS)
