"""Side-by-side ratios on the real course, interleaved in one run (the machine's speed
drifts between minutes, so only ratios measured together mean anything).

    python benchmarks/ratios.py [--repeat 7] [--course PATH] [--scale 5000] [--lsp-edits 30] [--markdown]

Measures whole processes, each median of ``--repeat`` runs taken in turn:

- ``mdxlint`` cold (``--no-cache``), default text output, and JSON output;
- the floor: one Python process that parses the same files with markdown-it-py's
  ``commonmark`` preset and nothing else;
- ``markdownlint-cli2`` on the same files, when npm can install it (into
  ``~/.cache/mdxlint-bench``); left out otherwise, and said so;
- ``mdxlint`` cached re-run with default text output (the stored report, nothing having
  changed), the same after the largest lesson was edited, and ``mdxlint --version``;
- with ``--scale N``: N generated lessons (copies of the fixtures' and the course's
  lessons under distinct paths), cold, mdxlint and markdownlint-cli2 taken in turn
  (``--scale-repeat`` times), with the peak memory of mdxlint's largest process and of
  all its processes together (sampled from /proc every 50 ms);
- with ``--lsp-edits N``: the language server's didChange -> publishDiagnostics latency
  on the largest lesson (benchmarks/lsp_latency.py), median and p90.

``--markdown`` prints the table of issue 19 with these numbers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "debezium-course"
FIXTURES = ROOT / "fixtures"
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


def _tree_rss_kib(root: int) -> tuple[int, int]:
    """(sum, largest) resident set of ``root`` and its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as stream:
                fields = dict(line.split(":", 1) for line in stream if ":" in line)
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int((fields.get("VmRSS", "0 kB").split() or ["0"])[0])
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in family and pid not in family:
                family.add(pid)
                grew = True
    values = [rss.get(pid, 0) for pid in family]
    return sum(values), max(values, default=0)


def timed(command: list[str], cwd: Path, memory: bool = False) -> tuple[float, int, int]:
    """Wall seconds, and with ``memory`` the peak (sum, largest process) RSS in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CLI_ENV)
    peaks = [0, 0]
    if memory:
        def sample() -> None:
            while process.poll() is None:
                total, largest = _tree_rss_kib(process.pid)
                peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
    process.wait()
    wall = time.perf_counter() - start
    if memory:
        sampler.join()
    return wall, peaks[0], peaks[1]


def generate(folder: Path, count: int, course: Path) -> None:
    """The generated course of benchmarks/bench.py: copies of the fixtures' and the course's
    lessons under distinct paths, 100 to a module."""
    sources = sorted(FIXTURES.glob("**/*.mdx")) + sorted((course / "src" / "content").glob("**/*.mdx"))
    content = folder / "src" / "content" / "course"
    for index in range(count):
        module = content / f"{index // 100:02d}-module-{index // 100}"
        module.mkdir(parents=True, exist_ok=True)
        source = sources[index % len(sources)]
        (module / f"{index % 100:02d}-{source.stem[3:] or 'lesson'}-{index}.mdx").write_bytes(source.read_bytes())


def lsp(edits: int, course: Path) -> tuple[float, float] | None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import asyncio

        import lsp_latency
    except ImportError:
        return None
    path = lsp_latency.largest_lesson(course)
    latencies = sorted(asyncio.run(lsp_latency.measure(path.resolve(), edits)))
    return statistics.median(latencies), latencies[int(len(latencies) * 0.9) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--course", type=Path, default=CORPUS)
    parser.add_argument("--scale", type=int, default=0, help="also lint this many generated lessons")
    parser.add_argument("--scale-repeat", type=int, default=1)
    parser.add_argument("--lsp-edits", type=int, default=0, help="also measure the language server's latency")
    parser.add_argument("--markdown", action="store_true", help="print issue 19's table")
    args = parser.parse_args()
    if not (args.course / "src" / "content").is_dir():
        raise SystemExit(f"no course at {args.course}")
    import compileall

    compileall.compile_dir(str(ROOT / "mdxlint"), quiet=1)  # as `pip install` leaves it
    lint = markdownlint()
    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "course"
        shutil.copytree(args.course, course, ignore=shutil.ignore_patterns(".mdxlint_cache"))
        subprocess.run(["chmod", "-R", "u+w", str(course)], check=False)  # the corpus may be read-only: the cache is written here
        content = "src/content"
        mdxlint = [sys.executable, "-m", "mdxlint"]
        commands = {
            "mdxlint cold, text": mdxlint + [content, "--no-cache"],
            "mdxlint cold, json": mdxlint + [content, "--no-cache", "--output-format", "json"],
            "markdown-it-py parse (floor)": [sys.executable, "-c", FLOOR, content],
        }
        if lint is not None:
            commands["markdownlint-cli2"] = lint + [f"{content}/**/*.mdx"]
        subprocess.run(mdxlint + [content], cwd=course, capture_output=True, env=CLI_ENV)  # fill the cache
        commands["mdxlint cached, text"] = mdxlint + [content]
        commands["mdxlint cached, json"] = mdxlint + [content, "--output-format", "json"]
        commands["mdxlint cached, one lesson edited"] = mdxlint + [content]
        commands["mdxlint --version"] = mdxlint + ["--version"]
        # The stored report is written again only when nothing changed; after an edit the run
        # lints from the cache (the edited lesson afresh, the course rules again): measured in a
        # copy of the course of its own (its runs store reports too), editing the largest lesson
        # before each run.
        edit_copy = Path(tmp) / "course-edited"
        shutil.copytree(course, edit_copy)
        subprocess.run(mdxlint + [content], cwd=edit_copy, capture_output=True, env=CLI_ENV)  # fill its cache
        edited = max(edit_copy.rglob("*.mdx"), key=lambda path: path.stat().st_size)
        original = edited.read_text(encoding="utf-8")
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.repeat):
            for name, command in commands.items():
                where = course
                if name == "mdxlint cached, one lesson edited":
                    edited.write_text(original + "\n" * (run % 2 + 1), encoding="utf-8")
                    where = edit_copy
                times[name].append(timed(command, where)[0])
        medians = {name: statistics.median(values) for name, values in times.items()}

        scale: dict[str, tuple[float, int, int]] = {}
        if args.scale:
            big = Path(tmp) / "big"
            generate(big, args.scale, course)
            runs: dict[str, list[tuple[float, int, int]]] = {"mdxlint": [], "markdownlint-cli2": []}
            for _ in range(args.scale_repeat):
                runs["mdxlint"].append(timed(mdxlint + [content, "--no-cache", "--output-format", "json"], big, memory=True))
                if lint is not None:
                    runs["markdownlint-cli2"].append(timed(lint + [f"{content}/**/*.mdx"], big, memory=True))
            for name, values in runs.items():
                if values:
                    scale[name] = (statistics.median(v[0] for v in values), max(v[1] for v in values), max(v[2] for v in values))
        latency = lsp(args.lsp_edits, course) if args.lsp_edits else None  # in the copy: the server writes its cache

    cores = os.cpu_count()
    print(f"python {sys.version.split()[0]}, {cores} cores, {args.repeat} interleaved runs each")
    for name, median in medians.items():
        print(f"  {name:<32} median {median:6.3f} s  min {min(times[name]):6.3f} s")
    floor = medians["markdown-it-py parse (floor)"]
    cold = medians["mdxlint cold, text"]
    print(f"  cold / floor              {cold / floor:5.2f}x")
    if "markdownlint-cli2" in medians:
        print(f"  cold / markdownlint-cli2  {cold / medians['markdownlint-cli2']:5.2f}x")
    else:
        print("  markdownlint-cli2: not installed (npm unavailable), left out")
    print(f"  cached / --version        {medians['mdxlint cached, text'] / medians['mdxlint --version']:5.2f}x")
    print(f"  one lesson edited / cold  {medians['mdxlint cached, one lesson edited'] / cold:5.2f}x")
    for name, (wall, total, largest) in scale.items():
        print(f"  {args.scale} generated, {name:<18} {wall:7.1f} s  peak RSS all processes {total / 1024:6.0f} MiB, "
              f"largest process {largest / 1024:6.0f} MiB")
    if len(scale) == 2:
        print(f"  {args.scale} generated: mdxlint / markdownlint-cli2 {scale['mdxlint'][0] / scale['markdownlint-cli2'][0]:5.2f}x")
    if latency is not None:
        print(f"  language server, largest lesson: median {latency[0]:.0f} ms, p90 {latency[1]:.0f} ms")

    if args.markdown:
        ml = medians.get("markdownlint-cli2")
        rows = [
            ("course, 74 lessons, cold, default text output", f"{cold:.2f} s",
             f"markdownlint-cli2 {ml:.2f} s" if ml else "markdownlint-cli2 (not installed)", f"{cold / ml:.2f}×" if ml else "—"),
            ("course, cold, default text output", f"{cold:.2f} s", f"markdown-it-py `commonmark` parse, one process {floor:.2f} s",
             f"{cold / floor:.2f}×"),
            ("course, cold, JSON", f"{medians['mdxlint cold, json']:.2f} s", f"the same floor {floor:.2f} s",
             f"{medians['mdxlint cold, json'] / floor:.2f}×"),
            ("course, cached re-run, default text output", f"{medians['mdxlint cached, text']:.2f} s",
             f"`mdxlint --version` {medians['mdxlint --version']:.2f} s",
             f"{medians['mdxlint cached, text'] / medians['mdxlint --version']:.2f}×"),
            ("course, re-run after one lesson was edited (the largest), default text output",
             f"{medians['mdxlint cached, one lesson edited']:.2f} s", f"the cold run {cold:.2f} s",
             f"{medians['mdxlint cached, one lesson edited'] / cold:.2f}×"),
        ]
        if "mdxlint" in scale:
            wall, total, largest = scale["mdxlint"]
            other = scale.get("markdownlint-cli2")
            rows.append((f"{args.scale:,} generated lessons, cold (JSON)",
                         f"{wall:.1f} s, peak {largest / 1024:.0f} MiB (all processes {total / 1024:.0f} MiB)",
                         f"markdownlint-cli2 {other[0]:.1f} s" if other else "—",
                         f"{wall / other[0]:.2f}×" if other else "—"))
        if latency is not None:
            rows.append(("language server, largest lesson, edit → diagnostics",
                         f"median {latency[0]:.0f} ms, p90 {latency[1]:.0f} ms", "", ""))
        print()
        print("| work | mdxlint | reference | ratio |")
        print("|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
