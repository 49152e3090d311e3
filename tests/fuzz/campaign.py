"""The fuzzing loop: documents in, internal errors and tracebacks out."""

from __future__ import annotations

import contextlib
import io
import os
import random
import signal
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .grammar import DEEP_KINDS, deep, generate
from .mutate import mutate

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
COURSE_ROOT = ROOT / "fixtures" / "clean-course"  # components and schema the course rules read


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """The real lessons and site pages, or none when the corpus is not here."""
    files: list[Path] = []
    course = corpus / "debezium-course" / "src" / "content" / "course"
    if course.is_dir():
        files.extend(sorted(course.rglob("*.mdx")))
    sites = corpus / "sites"
    if sites.is_dir():
        for site in sorted(sites.iterdir()):
            files.extend(sorted(p for p in site.rglob("*") if p.suffix in (".md", ".mdx") and p.is_file()))
    return files


@dataclass(eq=False)
class Document:
    index: int
    generator: str  # "mutate:<source>", "grammar", "deep:<kind>:<n>"
    text: str
    suffix: str = ".mdx"


def documents(seed: int, count: int, sources: list[Path] | None = None, start: int = 0) -> Iterator[Document]:
    """``count`` documents, each a pure function of (seed, index)."""
    sources = corpus_files() if sources is None else sources
    texts: dict[Path, str] = {}
    for index in range(start, start + count):
        rng = random.Random(f"{seed}:{index}")
        r = rng.random()
        if sources and r < 0.55:
            path = rng.choice(sources)
            text = texts.get(path)
            if text is None:
                try:
                    text = texts[path] = path.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    text = texts[path] = ""
            name = path.name if "debezium-course" in str(path) else f"{path.parts[-3] if len(path.parts) > 3 else ''}/{path.name}"
            yield Document(index, f"mutate:{name}", mutate(text, rng), path.suffix)
        elif r < 0.92:
            yield Document(index, "grammar", generate(rng))
        else:
            kind = rng.choice(DEEP_KINDS)
            n = rng.choice([50, 200, 1000, 3000, 10000])
            body = deep(rng, n, kind)
            if kind == "frontmatter-aliases":  # the bomb as the frontmatter itself
                text = "---\n" + body.split("```yaml\n", 1)[1].rsplit("\n```", 1)[0] + "\n---\n\nText.\n"
            else:
                text = "---\ntitle: x\n---\n\n" + body + "\n"
            yield Document(index, f"deep:{kind}:{n}", text)


@dataclass(eq=False)
class Failure:
    document: Document
    kind: str  # "INT001", "exception", "stderr", "timeout"
    detail: str


@dataclass(eq=False)
class Result:
    checked: int = 0
    failures: list[Failure] = field(default_factory=list)
    by_generator: dict[str, int] = field(default_factory=dict)
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0

    @property
    def internal_errors(self) -> int:
        return sum(1 for f in self.failures if f.kind == "INT001")

    @property
    def tracebacks(self) -> int:
        return sum(1 for f in self.failures if f.kind != "INT001")


class _Timeout(Exception):
    pass


class Campaign:
    """Lints documents with every rule on, as ``lint_text`` does, reusing one linter."""

    def __init__(self, fix_every: int = 7, timeout: float = 60.0):
        from mdxlint.lint.engine import Linter
        from mdxlint.project.settings import Settings

        self.settings = Settings(select=["ALL"], root=str(COURSE_ROOT))
        self.linter = Linter(self.settings)
        self.fix_every = fix_every
        self.timeout = timeout
        self.lesson = COURSE_ROOT / "src" / "content" / "course" / "01-module-1" / "05-fuzz"

    def lint(self, text: str, suffix: str = ".mdx"):
        from mdxlint.lint.diagnostics import Diagnostic
        from mdxlint.project.course import CourseIndex

        path = str(self.lesson) + suffix
        linter = self.linter
        outcome = linter.analyze_text(path, text)
        index = CourseIndex(self.settings)
        if outcome.facts is not None:
            index.add(outcome.facts)
        extra = linter.course_diagnostics(index).get(os.path.abspath(path), [])
        diagnostics = linter.finalize(outcome, extra)
        diagnostics.sort(key=Diagnostic.sort_key)
        for diagnostic in diagnostics:
            diagnostic.to_json()
        return diagnostics

    def fix(self, text: str, suffix: str = ".mdx") -> str:
        from mdxlint.api import fix_text

        fixed, _ = fix_text(text, str(self.lesson) + suffix, self.linter, unsafe=True)
        return fixed

    def check(self, document: Document) -> list[Failure]:
        """Internal errors and exceptions that linting (and fixing) the document causes."""
        failures: list[Failure] = []
        stderr = io.StringIO()
        use_alarm = self.timeout > 0 and hasattr(signal, "SIGALRM")
        if use_alarm:
            def on_alarm(signum, frame):
                raise _Timeout()

            previous = signal.signal(signal.SIGALRM, on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.timeout)
        try:
            with contextlib.redirect_stderr(stderr):
                diagnostics = self.lint(document.text, document.suffix)
                for d in diagnostics:
                    if d.code == "INT001":
                        failures.append(Failure(document, "INT001", d.message))
                if self.fix_every and document.index % self.fix_every == 0:
                    for raw in self.linter.analyze_text(str(self.lesson) + document.suffix, self.fix(document.text, document.suffix)).raw:
                        if raw.code == "INT001":
                            failures.append(Failure(document, "INT001", "after fixing: " + raw.message))
        except _Timeout:
            failures.append(Failure(document, "timeout", f"over {self.timeout} s"))
        except BaseException as error:  # noqa: BLE001 - everything is a finding here
            if isinstance(error, KeyboardInterrupt):
                raise
            failures.append(Failure(document, "exception", "".join(traceback.format_exception(type(error), error, error.__traceback__))))
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
        if "Traceback" in stderr.getvalue():
            failures.append(Failure(document, "stderr", stderr.getvalue()[-4000:]))
        return failures

    def run(self, docs, time_limit: float | None = None, progress=None, on_failure=None) -> Result:
        result = Result()
        started = time.monotonic()
        for document in docs:
            if time_limit is not None and time.monotonic() - started > time_limit:
                break
            t0 = time.perf_counter()
            failures = self.check(document)
            elapsed = time.perf_counter() - t0
            if elapsed > result.slowest[0]:
                result.slowest = (elapsed, f"#{document.index} {document.generator} ({len(document.text)} chars)")
            result.checked += 1
            family = document.generator.split(":")[0]
            result.by_generator[family] = result.by_generator.get(family, 0) + 1
            for failure in failures:
                result.failures.append(failure)
                if on_failure:
                    on_failure(failure)
            if progress:
                progress(result)
        result.seconds = time.monotonic() - started
        return result


def minimize(text: str, fails, budget: float = 60.0) -> str:
    """A smaller text for which ``fails(text)`` still holds: delta debugging on lines,
    then on characters."""
    deadline = time.monotonic() + budget

    def reduce(units: list[str], joiner: str) -> list[str]:
        n = 2
        while len(units) >= 2 and time.monotonic() < deadline:
            chunk = max(1, len(units) // n)
            reduced = False
            for start in range(0, len(units), chunk):
                candidate = units[:start] + units[start + chunk :]
                if candidate and fails(joiner.join(candidate)):
                    units = candidate
                    n = max(n - 1, 2)
                    reduced = True
                    break
            if not reduced:
                if chunk == 1:
                    break
                n = min(len(units), n * 2)
        return units

    lines = reduce(text.split("\n"), "\n")
    text = "\n".join(lines)
    if len(text) < 5000:
        text = "".join(reduce(list(text), ""))
    return text
