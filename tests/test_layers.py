"""The package's layout keeps its promises (ARCHITECTURE.md): layers import one way, MkDocs only
in generator/engine/, no import inside a function to dodge a cycle, no private name across
modules, modules of a readable size."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Lower numbers sit lower: a module may import its own layer and the layers below.
LAYERS = {
    "messages": 0,
    "formatting": 0,
    "options": 0,
    "runtime": 0,
    "progress": 0,
    "fingerprint": 0,
    "unchanged": 1,
    "findings": 1,
    "input": 2,
    "media": 3,
    "model": 4,
    "stats": 5,
    "views": 6,
    "render": 7,
    "search": 7,
    "exports": 8,
    "pipeline": 9,
    "workflow": 9,
    "engine": 10,
    "cli": 11,
    "arguments": 11,
    "__main__": 12,
}
LONG_TABLES = {"messages.py"}  # a table of texts may be longer
MAX_LINES = 400


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "templates" not in p.parts)


def layer_of(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != "generator":
        return None
    return parts[1] if len(parts) > 1 else ""


def imports(tree: ast.AST) -> list[tuple[ast.AST, str, list[str], bool]]:
    """(node, module, names, inside a function) of every import."""
    found = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append((child, alias.name, [], in_function))
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                found.append((child, child.module, [a.name for a in child.names], in_function))
            visit(child, inner)

    visit(tree, False)
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_module_keeps_the_layout(path: Path) -> None:
    rel = path.relative_to(PACKAGE)
    own = rel.parts[0].removesuffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node, module, names, in_function in imports(tree):
        where = f"{rel}:{node.lineno}"
        if module.split(".")[0] == "mkdocs":
            assert own == "engine", f"{where}: MkDocs is imported outside generator/engine/"
        target = layer_of(module)
        if target is None:
            continue
        if in_function:
            assert own == "cli", f"{where}: an import inside a function ({module})"
        # `from generator import pipeline, __version__` names its layers one by one
        targets = [name for name in names if name in LAYERS] if target == "" else [target]
        for name in targets:
            assert LAYERS[name] <= LAYERS[own], f"{where}: {own} imports {name}, a layer above"
        private = [name for name in names if name.startswith("_") and name != "__version__"]
        assert not private, f"{where}: private names imported from {module}: {private}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_module_is_of_a_readable_size(path: Path) -> None:
    if path.name in LONG_TABLES:
        return
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)}: {lines} lines"


def test_every_package_says_what_it_owns_and_may_import() -> None:
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "May import" in doc, f"{init.relative_to(PACKAGE)}: no 'May import' line"
