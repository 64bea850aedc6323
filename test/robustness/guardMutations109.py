#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/peaksVerdictsAndWatchLists.test.ts fails under a
# mutation of the rule it guards (the hundred-and-ninth round): run by guard_mutations.py.
#   python3 test/robustness/guardMutations109.py   (from the repository root; about two minutes)
from guard_mutations import run

MUTANTS = [
  ('holdNotes.ts', "  if (opensOnLength(length.slice(1))) return true;", "  return true;", 'through the proxy'),
  ('signalCommitments.ts', "  return GUARD_HEADINGS.has(last.text);", "  return true;", 'heading names for something else'),
  ('signalCommitments.ts', "const WATCH_ENDS = new Set([';', '—', '–', '.', '!', '?', ':']);", "const WATCH_ENDS = new Set([';', '.', '!', '?', ':']);", 'past the dash where the verb of watching stops'),
  ('modelMetrics.ts', "      !asks(tokens) &&\n", "", 'a question asks about'),
  ('signalCommitments.ts', "    if (CLAUSE_LINKS.has(tokens[at - 1]?.text ?? '')) break;\n", "", 'joined by "and" before a verdict'),
  ('readingDenied.ts', "  return BARE_NOES.has(first?.text ?? '');", "  return true;", 'answered yes'),
  ('fragmentVerbs.ts', "  for (let i = from; i < pieces.length; i++) {\n    const text = pieces[i]?.text ?? '.';", "  if (from >= 0) return true;\n  for (let i = from; i < pieces.length; i++) {\n    const text = pieces[i]?.text ?? '.';", 'without asking me'),
  ('approvalSense.ts', "  return rollback && !hasAny(tokens, STAGE_CHANGE) && !hasAny(tokens, EACH_GATE);", "  return rollback || POINTED_OBJECTS.has(tokens[at + 1]?.text ?? '');", 'approval of each stage'),
  ('rollbackGate.ts', "    return others || findAll(tokens, ALONE).some((match) => match.start > verbAt);", "    return true;", 'going back said without the speaker'),
  ('ownershipSaid.ts', "    return against && findAll(named, DECISIONS).length >= DECISIONS_CLAIMED;", "    return findAll(named, DECISIONS).length >= DECISIONS_CLAIMED;", 'named as worries'),
  ('possessedShares.ts', "  return findAll(listed, DECISIONS).length >= NOTE_DECISIONS;", "  return listed.length > 0;", 'product note that names a person'),
  ('planOwner.ts', "    !limitLine(next.tokens)", "    !next.tokens.some((token) => token.kind === 'number')", 'story told under a title'),
]

run('peaksVerdictsAndWatchLists.test.ts', MUTANTS)
