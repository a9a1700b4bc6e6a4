"""Every regular expression in the package is linear on long runs of every character class (tests/hostile/
regex_audit.py, run in its own process since it re-imports the package to record each pattern compiled)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import regex_audit

AUDIT = Path(regex_audit.__file__)


def test_no_pattern_in_the_package_grows_faster_than_linearly() -> None:
    proc = subprocess.run([sys.executable, str(AUDIT)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found = re.search(r"(\d+) patterns, 0 slow", proc.stdout)
    assert found and int(found.group(1)) >= 100, proc.stdout  # it really saw the package's patterns


def test_the_audit_catches_a_quadratic_pattern() -> None:
    quadratic = [re.compile(r"\s+x"), re.compile(r"(?:a|aa)+$")]
    flagged = {(result.pattern.pattern, result.unit) for result in regex_audit.growth(quadratic, 300)
               if result.ratio > 30}
    assert (r"\s+x", "spaces") in flagged


def test_the_audit_passes_a_linear_pattern() -> None:
    assert all(result.ratio <= 30 for result in regex_audit.growth([re.compile(r"(?<!\s)\s++x")], 300))
