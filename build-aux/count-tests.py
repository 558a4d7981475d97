#!/usr/bin/env python3
"""Counts the test cases in meson's testlog.json: each TAP 'ok' line passes,
each 'not ok' fails ('# SKIP' lines are skipped); a program that failed
without a TAP failure line (a crash, a failed g_assert's 'Bail out!') counts
as one failure.  Prints 'N passed, N failed' alone on the last line."""

import json
import re
import sys

passed = failed = skipped = 0
path = sys.argv[1]
try:
    lines = open(path, encoding="utf-8").read().splitlines()
except OSError as e:
    print(f"count-tests: {e}", file=sys.stderr)
    print("0 passed, 1 failed")
    sys.exit(0)

for line in lines:
    if not line.strip():
        continue
    entry = json.loads(line)
    p = f = 0
    for out in (entry.get("stdout") or "").splitlines():
        m = re.match(r"^(not ok|ok)\b", out)
        if not m:
            continue
        if re.search(r"#\s*SKIP", out, re.IGNORECASE):
            skipped += 1
        elif m.group(1) == "ok":
            p += 1
        else:
            f += 1
    if entry.get("result") not in ("OK", "EXPECTEDFAIL", "SKIP") and f == 0:
        f = 1
    if p == 0 and f == 0 and entry.get("result") == "OK":
        p = 1  # a test without TAP lines that passed
    passed += p
    failed += f

print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
