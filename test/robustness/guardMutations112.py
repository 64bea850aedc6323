#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/eachHoldAndRefusedClaims.test.ts fails under a
# mutation of the rule it guards (the hundred-and-twelfth round): each mutation is applied to one
# source file, the guard is run alone with vitest, and the file is restored. Exit 1 if any survives.
#   python3 test/robustness/guardMutations112.py   (from the repository root; about a minute)
import re, subprocess, sys
G = 'sim-engine/grading/'
T = G + 'eachHoldAndRefusedClaims.test.ts'
MUTANTS = [
  ('holdNotes.ts', "    HOLDING_ORDERS.has(label[0]?.lemma ?? '') &&\n", "", 'no hold'),
  ('claimsRefused.ts', "  'without',\n", "", 'what the claim waits on'),
  ('colonRefusals.ts', "    (token) => token.kind === 'mark' || !['VERB', 'AUX'].includes(token.pos),", "    (token) => token.kind === 'mark' || token.kind !== 'mark',", 'names an act it rules out'),
]
bad = 0
for f, old, new, name in MUTANTS:
    p = G + f
    src = open(p).read()
    if src.count(old) != 1:
        print('NOT FOUND ONCE', f, repr(old[:60])); bad += 1; continue
    open(p, 'w').write(src.replace(old, new))
    try:
        r = subprocess.run(['npx', 'vitest', 'run', T, '-t', name], capture_output=True, text=True)
        out = re.sub(r'\x1b\[[0-9;]*m', '', r.stdout + r.stderr)
        # A file that does not parse fails every test: only a named test failing counts.
        killed = r.returncode != 0 and re.search(r'Tests\s+1 failed', out) is not None
        print(('KILLED ' if killed else 'SURVIVED ') + name)
        bad += 0 if killed else 1
    finally:
        open(p, 'w').write(src)
print('all killed' if bad == 0 else f'{bad} not killed')
sys.exit(1 if bad else 0)
