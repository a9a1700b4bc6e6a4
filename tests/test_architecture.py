"""The layering the README describes, checked on the source: sources only read mail, never the store."""

from __future__ import annotations

import ast
from pathlib import Path

import statement_collector

PACKAGE = Path(statement_collector.__file__).parent


def _imports(path: Path) -> set[str]:
    """Modules of the package a file imports (relative imports resolved), wherever the import statement is."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            found |= {module} | {f"{module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_sources_never_import_the_store() -> None:
    for path in (PACKAGE / "sources").glob("*.py"):
        assert "statement_collector.store" not in _imports(path), path.name


def test_the_check_sees_an_import_of_the_store() -> None:
    assert "statement_collector.store" in _imports(PACKAGE / "pipeline.py")
