"""Benchmark mdxlint on the real course and on a large generated one.

    python benchmarks/bench.py [--files 5000] [--repeat 3]

Runs the real CLI in a subprocess (what a user waits for) and prints wall time,
files per second and peak memory (max RSS of the CLI and its worker processes) for:
a cold run (no cache), a cached re-run, and a cold run on N generated lessons
(copies of the fixture lessons and, when present, of the real course, under distinct
paths).  Skips the real course when ../shared/corpus/debezium-course is absent.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "debezium-course"


# What a user's Python does: byte-compiled modules, written on first import (some
# sandboxes set PYTHONDONTWRITEBYTECODE, which makes every run compile ~100 modules).
CLI_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def run(args: list[str], cwd: Path) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (KiB) of one CLI run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "mdxlint", *args], cwd=cwd, capture_output=True, env=CLI_ENV)
    wall = time.perf_counter() - start
    if proc.returncode > 1:
        raise SystemExit(f"mdxlint failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, proc.returncode, max(peak, before)


def measure(label: str, args: list[str], cwd: Path, files: int, repeat: int, prepare=None) -> None:
    walls = []
    peak = 0
    for _ in range(repeat):
        if prepare:
            prepare()
        wall, _, rss = run(args, cwd)
        walls.append(wall)
        peak = max(peak, rss)
    median = statistics.median(walls)
    print(
        f"{label:<34} files={files:<6} wall median={median:6.3f}s min={min(walls):6.3f}s "
        f"files/s={files / median:8.1f} peak_rss={peak / 1024:6.1f} MiB"
    )


def in_process(course: Path) -> None:
    """Course index build and course rules, and the cost of MDX001's JavaScript checks."""
    sys.path.insert(0, str(ROOT))
    from mdxlint.mdx import js
    from mdxlint.project.settings import Settings
    from mdxlint.project.course import CourseIndex
    from mdxlint.lint.engine import Linter

    files = sorted((course / "src" / "content").glob("**/*.mdx"))
    linter = Linter(Settings())
    outcomes = [linter.analyze_path(str(f)) for f in files]
    best_index = best_rules = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        index = CourseIndex(Settings())
        for outcome in outcomes:
            index.add(outcome.facts)
        index.by_id  # resolve ids and order once
        built = time.perf_counter()
        linter.course_diagnostics(index)
        done = time.perf_counter()
        best_index = min(best_index, built - start)
        best_rules = min(best_rules, done - built)
    print(f"{'course index build (74 lessons)':<34} {best_index * 1000:7.1f} ms; course rules {best_rules * 1000:7.1f} ms")

    def parse_all() -> float:
        for cached in (getattr(js, "_parse_expression", None), getattr(js, "check_module", None)):
            if hasattr(cached, "cache_clear"):
                cached.cache_clear()  # a fresh process parses every expression once
        start = time.perf_counter()
        for f in files:
            linter.analyze_path(str(f))
        return time.perf_counter() - start

    with_js = min(parse_all() for _ in range(3))
    saved = (js.check_expression, js.check_module)
    js.check_expression.cache_clear() if hasattr(js.check_expression, "cache_clear") else None
    import mdxlint.mdx.jsx as jsx_module
    import mdxlint.mdx.markdown as markdown_module
    import mdxlint.mdx.parser as parser_module

    nothing = lambda *args, **kwargs: None  # noqa: E731
    for module in (js, jsx_module, markdown_module, parser_module):
        for name in ("check_expression", "check_module", "check_spread"):
            if hasattr(module, name):
                setattr(module, name, nothing)
    without_js = min(parse_all() for _ in range(3))
    js.check_expression, js.check_module = saved
    print(
        f"{'file phase, one core':<34} {with_js:6.3f}s; without MDX001's JavaScript checks {without_js:6.3f}s "
        f"(+{(with_js / without_js - 1) * 100:.0f}%)"
    )


def python_fences(course: Path) -> None:
    """The Python/Spark analyzer alone: all Python fences of the course, one core.

    Documents are parsed once; each round drops the per-document notebook and Spark
    analysis and runs every PY and SPK rule again (what a lint run pays for them)."""
    sys.path.insert(0, str(ROOT))
    from mdxlint.project.settings import Settings
    from mdxlint.lint.engine import Linter
    from mdxlint.mdx.parser import parse_text
    from mdxlint.analyzers.python.notebook import notebook

    files = sorted((course / "src" / "content").glob("**/*.mdx"))
    docs = [parse_text(f.read_text(encoding="utf-8"), str(f)) for f in files]
    linter = Linter(Settings(select=["PY", "SPK"]))
    rules = [rule for rule in linter.file_rules if rule.code.startswith(("PY", "SPK"))]
    fences = lines = 0
    for doc in docs:
        for item in notebook(doc).fences:
            fences += 1
            lines += item.fence.body.count("\n")
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for doc in docs:
            doc.__dict__.pop("_notebook", None)
            doc.__dict__.pop("_spark_analysis", None)
            for rule in rules:
                rule.check(doc, linter._context(rule, doc.path))
        best = min(best, time.perf_counter() - start)
    print(f"{'Python fences, PY+SPK rules':<34} {best:6.3f}s for {fences} fences, {lines} lines ({len(rules)} rules)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"mdxlint benchmark: python {sys.version.split()[0]}, {os.cpu_count()} cores")
    import compileall

    compileall.compile_dir(str(ROOT / "mdxlint"), quiet=1)  # as `pip install` does

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if CORPUS.is_dir():
            course = tmp_path / "course"
            shutil.copytree(CORPUS, course)
            count = len(list((course / "src" / "content").glob("**/*.mdx")))
            cache = course / ".mdxlint_cache"
            measure(
                "real course, cold (--no-cache)",
                ["src/content", "--output-format", "json", "--no-cache"],
                course,
                count,
                args.repeat,
            )
            measure(
                "real course, cold (cache filled)",
                ["src/content", "--output-format", "json"],
                course,
                count,
                args.repeat,
                prepare=lambda: shutil.rmtree(cache, ignore_errors=True),
            )
            measure("real course, cached re-run", ["src/content", "--output-format", "json"], course, count, args.repeat)
            in_process(course)
            python_fences(course)
        else:
            print("real course: skipped (../shared/corpus/debezium-course is absent)")

        from ratios import generate  # the same generated course as ratios.py --scale

        generate(tmp_path / "big", args.files, CORPUS)
        measure(
            f"generated {args.files} files, cold",
            ["src/content", "--output-format", "json", "--no-cache"],
            tmp_path / "big",
            args.files,
            1,
        )


if __name__ == "__main__":
    main()
