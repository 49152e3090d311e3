"""Latency of the language server: didChange -> publishDiagnostics.

    python benchmarks/lsp_latency.py [--edits 30] [--file PATH] [--frontmatter] [--warm-cache]

Starts `mdxlint server` as a subprocess with a real LSP client (pygls), opens the
largest lesson of ../shared/corpus/debezium-course (or --file), then types: each edit
appends a character to the first prose paragraph (after the frontmatter, outside fences;
with --frontmatter, to the frontmatter's first line, which makes the server recheck
the other open lessons too) and waits for the diagnostics of that version, 0.2 s apart.
Prints the median and p90 in milliseconds, debounce included, and the time from
didOpen to the first diagnostics (the server reads the whole course then; with
--warm-cache the command line has run over a copy of the course first, and the server
reads the unchanged lessons from its cache). The course is copied to a temporary folder:
the server writes its cache into the project it serves.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "debezium-course"


async def measure(path: Path, edits: int, frontmatter: bool = False) -> list[float]:
    client = LanguageClient("latency-bench", "1")
    versions: dict[int, float] = {}
    received: dict[int, float] = {}
    done = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None and params.version not in received:
            received[params.version] = time.perf_counter()
            done.set()

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def on_log(params):
        pass

    await client.start_io(sys.executable, "-m", "mdxlint", "server")
    root = path.parents[4] if len(path.parents) > 4 else path.parent
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=root.as_uri()))
    client.initialized(types.InitializedParams())
    uri = path.as_uri()
    text = path.read_text(encoding="utf-8")
    opened = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "mdx", 1, text)))
    while 1 not in received:
        done.clear()
        await asyncio.wait_for(done.wait(), 60)
    OPENED_MS.append((received[1] - opened) * 1000)
    lines = text.split("\n")
    target = _paragraph_line(lines) if not frontmatter else 1
    latencies = []
    for version in range(2, edits + 2):
        column = len(lines[target])
        lines[target] += "а"
        versions[version] = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(types.Position(target, column), types.Position(target, column)), text="а"
                    )
                ],
            )
        )
        while version not in received:
            done.clear()
            await asyncio.wait_for(done.wait(), 60)
        latencies.append((received[version] - versions[version]) * 1000)
        await asyncio.sleep(0.2)  # a pause between keystrokes: one debounced lint per edit
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return latencies


def _paragraph_line(lines: list[str]) -> int:
    """A line of a prose paragraph: after the frontmatter, outside fences, starting with a letter."""
    start = 0
    if lines and lines[0].strip() == "---":
        start = next(i for i in range(1, len(lines)) if lines[i].strip() == "---") + 1
    fence = None
    for index in range(start, len(lines)):
        line = lines[index]
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            marker = stripped[:3]
            fence = None if fence == marker else (fence or marker)
            continue
        if fence is None and line[:1].isalpha() and not line.startswith(("import", "export")):
            return index
    raise SystemExit("no prose paragraph in the file")


OPENED_MS: list[float] = []  # didOpen -> first diagnostics of each measure(): the course is read then


def largest_lesson(course: Path) -> Path:
    return max((course / "src" / "content").glob("**/*.mdx"), key=lambda p: p.read_text(encoding="utf-8").count("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--file", type=Path)
    parser.add_argument("--warm-cache", action="store_true", help="run the command line over the course first (fills its cache)")
    parser.add_argument("--frontmatter", action="store_true",
                        help="type into the frontmatter's first line instead (other open lessons are rechecked)")
    args = parser.parse_args()
    path = args.file
    with tempfile.TemporaryDirectory() as tmp:
        if path is None:
            # A copy: the server reads and writes the run cache in the project it serves.
            if not CORPUS.is_dir():
                raise SystemExit("no --file given and ../shared/corpus/debezium-course is absent")
            course = Path(tmp) / "course"
            shutil.copytree(CORPUS, course, ignore=shutil.ignore_patterns(".mdxlint_cache"))
            subprocess.run(["chmod", "-R", "u+w", str(course)], check=False)  # the corpus may be read-only: the server writes its cache here
            path = largest_lesson(course)
        path = path.resolve()
        lines = path.read_text(encoding="utf-8").count("\n")
        if args.warm_cache:
            subprocess.run([sys.executable, "-m", "mdxlint", str(path.parents[2])], capture_output=True, cwd=path.parents[4])
        latencies = asyncio.run(measure(path, args.edits, args.frontmatter))
    latencies.sort()
    p90 = latencies[int(len(latencies) * 0.9) - 1]
    where = "frontmatter" if args.frontmatter else "paragraph"
    print(f"{path.name} ({lines} lines), typing in a {where}: didChange -> publishDiagnostics over {len(latencies)} edits: "
          f"median {statistics.median(latencies):.1f} ms, p90 {p90:.1f} ms, max {latencies[-1]:.1f} ms; "
          f"didOpen -> first diagnostics {OPENED_MS[-1]:.0f} ms")


if __name__ == "__main__":
    main()
