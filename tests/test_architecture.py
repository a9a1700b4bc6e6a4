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


def _graph() -> dict[str, set[str]]:
    modules = {".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): p
               for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in _imports(path) if m in modules and m != name} for name, path in modules.items()}


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every module from which an import path leads back to itself, with one such path."""
    found = []
    for start in sorted(graph):
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    found.append([*path, start])
                    stack = []
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    return found


def test_no_module_imports_itself_through_others_even_lazily() -> None:
    graph = {name: {m for m in deps if not name.startswith(m + ".")} for name, deps in _graph().items()}
    assert _circles(graph) == []


def test_the_circle_check_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})[0] == ["a", "b", "c", "a"]
