"""Side-by-side ratios on the real course, interleaved in one run (the machine's speed
drifts between minutes, so only ratios measured together mean anything).

    python benchmarks/ratios.py [--repeat 7] [--course PATH]

Measures whole processes, each median of ``--repeat`` runs taken in turn:

- ``mdxlint`` cold (``--no-cache``), default text output;
- the floor: one Python process that parses the same files with markdown-it-py's
  ``commonmark`` preset and nothing else;
- ``markdownlint-cli2`` on the same files, when npm can install it (into
  ``~/.cache/mdxlint-bench``); left out otherwise, and said so;
- ``mdxlint`` cached re-run with default text output, and ``mdxlint --version``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "debezium-course"
CLI_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
FLOOR = """
import sys
from pathlib import Path
from markdown_it import MarkdownIt
md = MarkdownIt("commonmark")
for path in sorted(Path(sys.argv[1]).rglob("*.mdx")):
    md.parse(path.read_text(encoding="utf-8"))
"""


def markdownlint() -> list[str] | None:
    folder = Path.home() / ".cache" / "mdxlint-bench"
    binary = folder / "node_modules" / ".bin" / "markdownlint-cli2"
    if not binary.exists():
        npm = shutil.which("npm")
        if npm is None:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"name": "mdxlint-bench", "private": true}\n')
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error", "markdownlint-cli2"],
                       cwd=folder, capture_output=True, timeout=600)
    return [str(binary)] if binary.exists() else None


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, capture_output=True, env=CLI_ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--course", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not (args.course / "src" / "content").is_dir():
        raise SystemExit(f"no course at {args.course}")
    import compileall

    compileall.compile_dir(str(ROOT / "mdxlint"), quiet=1)  # as `pip install` leaves it
    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "course"
        shutil.copytree(args.course, course)
        content = "src/content"
        mdxlint = [sys.executable, "-m", "mdxlint"]
        commands = {
            "mdxlint cold, text": mdxlint + [content, "--no-cache"],
            "markdown-it-py parse (floor)": [sys.executable, "-c", FLOOR, content],
        }
        lint = markdownlint()
        if lint is not None:
            commands["markdownlint-cli2"] = lint + [f"{content}/**/*.mdx"]
        subprocess.run(mdxlint + [content], cwd=course, capture_output=True, env=CLI_ENV)  # fill the cache
        commands["mdxlint cached, text"] = mdxlint + [content]
        commands["mdxlint --version"] = mdxlint + ["--version"]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                times[name].append(timed(command, course))
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.repeat} interleaved runs each")
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, median in medians.items():
            print(f"  {name:<32} median {median:6.3f} s  min {min(times[name]):6.3f} s")
        floor = medians["markdown-it-py parse (floor)"]
        print(f"  cold / floor              {medians['mdxlint cold, text'] / floor:5.2f}x")
        if "markdownlint-cli2" in medians:
            print(f"  cold / markdownlint-cli2  {medians['mdxlint cold, text'] / medians['markdownlint-cli2']:5.2f}x")
        else:
            print("  markdownlint-cli2: not installed (npm unavailable), left out")
        print(f"  cached / --version        {medians['mdxlint cached, text'] / medians['mdxlint --version']:5.2f}x")


if __name__ == "__main__":
    main()
