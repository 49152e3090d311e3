"""The package layout is the architecture: layers import downwards only, and no module
imports itself back through others.

Every ``import`` statement of every module counts, also the ones inside functions (an
import deferred for speed is still a dependency).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mdxlint"

# Lowest first. A module may import modules of its own layer or of a lower one.
LAYERS = [
    ("mdxlint._version",),
    ("mdxlint.mdx",),  # text -> Document; knows nothing of projects or rules
    ("mdxlint.project",),  # settings, course/site model, content schema, components
    ("mdxlint.analyzers",),  # Python/Spark, configs/Debezium, language
    ("mdxlint.lint",),  # rule API, registry, engine, fixes, suppressions, cache
    ("mdxlint.rules",),  # one module per rule, in family folders
    ("mdxlint.api",),  # the one in-process API
    ("mdxlint.frontends",),  # CLI, language server, reporters, plans
    ("mdxlint.__main__", "mdxlint.__init__", "mdxlint.rule", "mdxlint.diagnostics"),  # entry and shims
]


def layer_of(module: str) -> int:
    best, best_len = None, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = index, len(prefix)
    if best is None:
        raise AssertionError(f"{module} belongs to no layer: add it to LAYERS in {__file__}")
    return best


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts)


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, imported module) for every import in the file, relative ones resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    if path.name == "__init__.py":
        name = name.removesuffix(".__init__")
        package = name
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "mdxlint")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "mdxlint":
                continue
            # ``from pkg import sub`` imports the submodule when there is one
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists() or (
                    PACKAGE.parent / candidate.replace(".", "/") / "__init__.py"
                ).exists():
                    found.append((node.lineno, candidate))
                else:
                    found.append((node.lineno, target))
    return found


def all_modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        modules[name.removesuffix(".__init__") if path.name == "__init__.py" else name] = path
    return modules


def normalise(target: str, modules: dict[str, Path]) -> str:
    while target not in modules and "." in target:
        target = target.rpartition(".")[0]
    return target


def test_every_module_has_a_layer():
    for name in all_modules():
        if name == "mdxlint":
            continue
        layer_of(name)


def test_imports_point_down():
    modules = all_modules()
    wrong = []
    for name, path in modules.items():
        if name == "mdxlint":
            continue
        own = layer_of(name)
        for line, target in imports_of(path):
            target = normalise(target, modules)
            if target == "mdxlint":
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports the top package `mdxlint` (import the module itself)")
                continue
            if layer_of(target) > own:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target} from a higher layer")
    assert not wrong, "\n".join(wrong)


def test_no_import_circle():
    modules = all_modules()
    graph = {name: sorted({normalise(t, modules) for _, t in imports_of(path)} - {name}) for name, path in modules.items()}
    # A package's __init__ is imported with every submodule; edges to it from its own
    # submodules are Python's doing, not a dependency.
    for name in graph:
        graph[name] = [t for t in graph[name] if not name.startswith(t + ".")]
    state: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                circles.append(" -> ".join(stack[stack.index(nxt):] + [nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert not circles, "import circles:\n" + "\n".join(circles)


def test_the_checks_catch_a_wrong_import(tmp_path):
    """The test above fails when a lower layer imports a higher one (it is not vacuous)."""
    fake = tmp_path / "mdxlint"
    (fake / "mdx").mkdir(parents=True)
    (fake / "lint").mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "mdx" / "__init__.py").write_text("")
    (fake / "lint" / "__init__.py").write_text("")
    (fake / "mdx" / "low.py").write_text("from mdxlint.lint import high\n")
    (fake / "lint" / "high.py").write_text("from mdxlint.mdx import low\n")
    globals()["PACKAGE"] = fake
    try:
        with pytest.raises(AssertionError, match="higher layer"):
            test_imports_point_down()
        with pytest.raises(AssertionError, match="import circles"):
            test_no_import_circle()
    finally:
        globals()["PACKAGE"] = PACKAGE_REAL


PACKAGE_REAL = PACKAGE
