"""The wheel carries what an installed tool needs without a checkout: templates, labels, sample replies, and the
review page's own templates and assets (`serve` loads nothing from elsewhere)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_wheel_ships_templates_labels_and_samples(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("statement_collector-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").rglob("*"):
        if template.is_file():
            assert f"statement_collector/templates/{template.relative_to(ROOT / 'templates')}" in names
    web = ROOT / "src" / "statement_collector" / "web"
    for asset in [*(web / "templates").iterdir(), *(web / "static").iterdir()]:
        assert f"statement_collector/web/{asset.parent.name}/{asset.name}" in names
    assert sum(n.startswith("statement_collector/samples/") and n.endswith(".eml") for n in names) >= 30
    assert "statement_collector/py.typed" in names or "statement_collector/cli.py" in names
