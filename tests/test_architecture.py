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


# -- the course rules' reads of the file system ------------------------------------------------------

# Calls that ask the file system. A course rule's findings are cached with every answer the file
# system gave it (project/probes.py records them); a rule that asked past probes would keep
# stale findings when the file it looked at changed.
_FILE_SYSTEM_CALLS = {"exists", "is_file", "is_dir", "isfile", "isdir", "read_text", "read_bytes", "listdir",
                      "scandir", "stat", "lstat", "getmtime", "getsize", "iterdir", "glob", "rglob", "walk"}
# Where rules and the course model read: each rule module, and the course and component readers.
_PROBED_MODULES = ("rules", "project/course.py", "project/components.py")
# Reads that may bypass probes, with why.
_UNPROBED = {
    ("project/components.py", "os.stat"),  # a file's time as part of an lru_cache key; the read itself is probed
}


def _file_system_calls(path: Path, relative: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id == "open":
            found.append(f"{relative}:{node.lineno}: open(…)")
        elif isinstance(function, ast.Attribute) and function.attr in _FILE_SYSTEM_CALLS:
            receiver = ast.unparse(function.value)
            if receiver == "probes" or receiver.startswith("resources.files(") or receiver == "ast":
                continue  # recorded; the package's own data; not the file system
            if (relative, f"{receiver}.{function.attr}") in _UNPROBED:
                continue
            found.append(f"{relative}:{node.lineno}: {receiver}.{function.attr}(…)")
    return found


def test_course_rules_read_files_through_probes():
    found = []
    for place in _PROBED_MODULES:
        target = PACKAGE / place
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            found += _file_system_calls(path, path.relative_to(PACKAGE).as_posix())
    assert not found, ("read the file system through mdxlint.project.probes (the course cache notes its answers):\n"
                       + "\n".join(found))


def test_the_probe_check_catches_a_direct_read(tmp_path):
    rule = tmp_path / "crs099.py"
    rule.write_text("import os\nfrom pathlib import Path\n\ndef check(p):\n    return os.path.isfile(p) or Path(p).read_text()\n")
    assert [line.split(": ", 1)[1] for line in _file_system_calls(rule, "rules/crs099.py")] == [
        "os.path.isfile(…)", "Path(p).read_text(…)"]
