"""Public API: :func:`lint_text` and :func:`lint_paths`.

The CLI, the language server and pre-commit are thin layers over these.
"""

from __future__ import annotations

import gc
import copy
import os
import re
import sys
from pathlib import Path
from typing import Callable, Iterable, Sequence

from mdxlint.lint.cache import Cache
from mdxlint.lint.configuration import fingerprint, load_settings
from mdxlint.project.settings import Settings, glob_match
from mdxlint.project.course import ASTRO_CONFIGS, CourseIndex
from mdxlint.lint.diagnostics import Diagnostic
from mdxlint.lint.engine import FileOutcome, Linter, LintRun
from mdxlint.lint.fixes import MAX_PASSES, apply, choose_fixes, write_atomically

PARALLEL_THRESHOLD = 24  # files to analyse before a process pool pays for itself


class PathError(Exception):
    pass


def discover(paths: Sequence[str], settings: Settings, *, partials: bool = True) -> tuple[list[str], list[str]]:
    """Files to lint and error lines for paths that do not exist.

    Folders recurse into files with the configured extensions, inside the site's content
    folders when they are known; a file named explicitly is linted whatever its extension
    and place, unless ``force-exclude`` is set: then named files pass the same filters.
    With ``partials``, Markdown files the pages import from elsewhere are linted too.
    """
    files: list[str] = []
    walked: list[str] = []  # found by walking a folder (partials are followed from these)
    errors: list[str] = []
    extensions = tuple(f".{ext}" for ext in settings.extensions)
    seen: set[str] = set()

    site = settings.site

    def excluded(path: Path) -> bool:
        return any(glob_match(part, pattern) for part in path.parts for pattern in settings.exclude)

    def not_a_page(file: str) -> bool:
        # Where the site's content folders are known, a folder run lints its pages, not
        # the repository's README or planning notes (`mdxlint detect` lists the folders).
        return site is not None and site.outside_pages(file)

    def named_file_excluded(raw: str) -> bool:
        rel = settings.relative(raw)
        return excluded(Path(rel)) or any(glob_match(rel, pattern) for pattern in settings.exclude) or not_a_page(raw)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # A folder named on the command line that neither holds nor lies in one of the
            # site's content folders was asked for as it is: its files are linted (not a
            # silent "no files" because the site keeps its pages elsewhere).
            pages_only = site is not None and site.holds_pages(str(path))
            for folder, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not any(glob_match(d, p) for p in settings.exclude))
                for name in sorted(filenames):
                    if name.endswith(extensions):
                        full = os.path.join(folder, name)
                        if not excluded(Path(name)) and full not in seen and not (pages_only and not_a_page(full)):
                            seen.add(full)
                            files.append(full)
                            walked.append(full)
        elif path.is_file():
            if settings.force_exclude and (not raw.endswith(extensions) or named_file_excluded(raw)):
                continue  # pre-commit names every staged file; --force-exclude keeps the configured filters
            if raw not in seen:
                seen.add(raw)
                files.append(raw)
        elif path.exists():
            errors.append(f"{raw}: not a regular file or folder")
        else:
            errors.append(f"{raw}: no such file or folder")
    if partials and site is not None and walked:
        # Only from folder runs: files named one by one (pre-commit's staged files) are linted as named.
        files += _imported_partials(walked, settings, extensions, seen, excluded)
    return files, errors


# One quantifier over the line: linear however much whitespace it holds.
_PARTIAL_IMPORT = re.compile(r"import\b[^'\"\n;]*?\bfrom\s*(['\"])([^'\"\n]+\.mdx?)\1")
_FENCE_MARK = re.compile(r"[ \t]*(?:`{3,}|~{3,})")


def _imports_outside_fences(text: str) -> list[re.Match]:
    """The `import … from "….mdx"` lines of a page that stand outside code fences (an example
    in a fence imports nothing)."""
    found = []
    fence: str | None = None
    for line in text.split("\n"):
        mark = _FENCE_MARK.match(line)
        if mark is not None:
            marker = mark.group().strip()
            if fence is None:
                fence = marker[0] * len(marker)
            elif marker.startswith(fence) and not line.strip()[len(marker):].strip():
                fence = None
            continue
        if fence is None and line.startswith("import"):
            match = _PARTIAL_IMPORT.match(line)
            if match is not None:
                found.append(match)
    return found


def _imported_partials(files: list[str], settings: Settings, extensions: tuple[str, ...], seen: set[str], excluded) -> list[str]:
    """Markdown partials the pages import from outside the content folders (Docusaurus's
    `@site/unversioned/_x.mdx`, a shared `snippets/` folder): the bundler compiles them with the
    page, so they are linted too."""
    from mdxlint.project.components import resolve_import
    from mdxlint.project.course import find_project_root

    added: list[str] = []
    queue = list(files)
    seen_real: set[str] | None = None  # made when a page first imports a Markdown file
    while queue and len(added) < 10_000:
        page = queue.pop()
        try:
            with open(page, encoding="utf-8", errors="replace") as stream:
                text = stream.read(200_000)
        except OSError:
            continue
        if ".md'" not in text and '.md"' not in text and ".mdx'" not in text and '.mdx"' not in text:
            continue  # no Markdown import (most pages): one scan in C
        if seen_real is None:
            seen_real = {os.path.realpath(f) for f in seen}
        for match in _imports_outside_fences(text):
            target = resolve_import(match.group(2), page, find_project_root(page))
            if not target or not target.endswith(extensions) or excluded(Path(target)):
                continue
            real = os.path.realpath(target)
            if real in seen_real:
                continue
            seen_real.add(real)
            # named as the pages are: absolute, or relative to the working folder (with their `./`)
            rel = target if os.path.isabs(page) else ("./" if page.startswith("./") else "") + os.path.relpath(target)
            added.append(rel)
            queue.append(rel)
    return added


# -- workers --------------------------------------------------------------------------

_worker_linter: Linter | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_linter
    if _worker_linter is None or _worker_linter.settings is not settings:
        _worker_linter = Linter(settings)  # not forked from the parent: build it here
    # A lesson's objects die with it (reference counting frees them); the collector
    # would only walk them again and again: run it every 20,000 allocations, not 700.
    # (The parent pauses its collector for the run; a worker runs its own.)
    gc.set_threshold(20_000, 20, 20)
    gc.enable()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _analyze_in_worker(path: str) -> FileOutcome:
    assert _worker_linter is not None
    return _worker_linter.analyze_path(path)


def _analyze_all(linter: Linter, paths: list[str], jobs: int | None, progress: Callable[[int], None] | None) -> list[FileOutcome]:
    global _worker_linter
    workers = jobs if jobs is not None else min(os.cpu_count() or 1, 8)
    if paths:
        # Import the parser (markdown-it, esprima) and the rules once here: forked
        # workers inherit them.
        from mdxlint.mdx import parser  # noqa: F401

        linter.file_rules  # noqa: B018 - imports and instantiates the rules
    if workers > 1 and len(paths) >= PARALLEL_THRESHOLD:
        try:
            from mdxlint.mdx import js

            js._esprima()  # the JavaScript parser, imported on first use
            # What the workers inherit never becomes garbage: keep the collector off
            # it (in the workers, and off their copy-on-write pages).  Only before a
            # fork: a long-lived process (the language server) must not freeze garbage.
            gc.freeze()
            _worker_linter = linter  # forked workers start with the parent's rules
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            context = multiprocessing.get_context(method)
            # Largest files first, in small chunks: the workers finish together.
            order = sorted(range(len(paths)), key=lambda i: -_size(paths[i]))
            chunk = max(1, len(paths) // (workers * 32))
            results: list[FileOutcome | None] = [None] * len(paths)
            try:
                with ProcessPoolExecutor(
                    workers, mp_context=context, initializer=_init_worker, initargs=(linter.settings,)
                ) as pool:
                    eager = linter.has_course_rules
                    for index, outcome in zip(order, pool.map(_analyze_in_worker, [paths[i] for i in order], chunksize=chunk)):
                        if eager:
                            # The course stage reads every lesson's facts: read them back now, while
                            # the workers run, and free their bytes at once (freed together at the
                            # end, 5,000 lessons' bytes stayed in the heap: 115 MiB more at the peak).
                            outcome.facts  # noqa: B018
                        results[index] = outcome
                        if progress:
                            progress(1)
            finally:
                gc.unfreeze()
                _worker_linter = None
            return [r for r in results if r is not None]
        except (OSError, ImportError, RuntimeError):
            pass  # no process pool here (sandbox, frozen app): do it in this process
    results = []
    for path in paths:
        results.append(linter.analyze_path(path))
        # The run pauses the collector: free what this file left in cycles (its objects
        # are all young; what is kept moves on and is not walked again).
        gc.collect(0)
        if progress:
            progress(1)
    return results


# -- public ---------------------------------------------------------------------------


def lint_text(
    text: str,
    path: str = "<stdin>.mdx",
    settings: Settings | None = None,
    *,
    course: CourseIndex | None = None,
) -> list[Diagnostic]:
    """Lint one document held in memory (an editor buffer, stdin)."""
    settings = settings or Settings()
    linter = Linter(settings)
    outcome = linter.analyze_text(path, text)
    index = course if course is not None else CourseIndex(settings)
    if outcome.facts is not None:
        index.add(outcome.facts)
    extra = linter.course_diagnostics(index).get(os.path.abspath(path), []) if linter.has_course_rules else []
    diagnostics = linter.finalize(outcome, extra)
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def analyze_files(paths: Sequence[str], linter: Linter, *, use_cache: bool = True, jobs: int | None = 1) -> dict[str, FileOutcome]:
    """Per-file outcomes (facts and file findings) of ``paths``, read from the run cache
    where a file is unchanged, and the cache updated: what a language server needs of
    the lessons it does not show, without parsing what the command line already read."""
    cache = Cache(linter.settings.root, fingerprint(linter.settings)) if use_cache else None
    enabled = gc.isenabled()
    gc.disable()
    try:
        outcomes = _collect(list(paths), linter, cache, jobs, None)
    finally:
        if enabled:
            gc.enable()
    if cache is not None:
        cache.save()
    return outcomes


def fix_text(
    text: str,
    path: str,
    linter: Linter,
    index: CourseIndex | None = None,
    *,
    unsafe: bool = False,
) -> tuple[str, int]:
    """Apply fixes until none is left (at most MAX_PASSES).  Returns (text, fixes applied).

    A result that the syntax rules reject while the original did not is refused: the
    original text is returned.
    """
    fixed, applied, _ = _fix_passes(text, path, linter, index, unsafe)
    return fixed, applied


def _fix_passes(text, path, linter, index, unsafe) -> tuple[str, int, FileOutcome]:
    """The fix loop; also returns the outcome of the final text (no extra parse)."""
    index = index if index is not None else CourseIndex(linter.settings)
    original = text
    applied = 0
    before: int | None = None
    first: FileOutcome | None = None
    for _ in range(MAX_PASSES + 1):
        outcome = linter.analyze_text(path, text)
        if first is None:
            first = outcome
            before = _syntax_problems(outcome)
        if outcome.facts is not None:
            index.add(outcome.facts)
        extra = linter.course_diagnostics(index, focus=path).get(os.path.abspath(path), []) if linter.has_course_rules else []
        kept = linter.finalize(outcome, extra)
        kept_keys = {(d.code, d.start_offset, d.end_offset, d.message) for d in kept}
        raws = [r for r in outcome.raw + extra if (r.code, r.start, r.end, r.message) in kept_keys]
        fixes = choose_fixes(raws, unsafe) if _ < MAX_PASSES else []
        if not fixes:
            break
        text = apply(text, fixes)
        applied += len(fixes)
    if applied and _syntax_problems(outcome) > (before or 0):
        if first is not None and first.facts is not None:
            index.add(first.facts)
        return original, 0, first
    return text, applied, outcome


def _syntax_problems(outcome: FileOutcome) -> int:
    return outcome.syntax_errors + sum(1 for raw in outcome.raw if raw.code == "INT001")


def lint_paths(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    use_cache: bool = True,
    fix: bool = False,
    unsafe_fixes: bool = False,
    diff: bool = False,
    jobs: int | None = None,
    progress: Callable[[int, int], Callable[[int], None] | None] | None = None,
    on_file: Callable[[list[Diagnostic]], None] | None = None,
    on_errors: Callable[[list[str]], None] | None = None,
) -> LintRun:
    """Lint files and folders.  With ``fix`` writes fixes (atomically); with ``diff``
    computes them and writes nothing.  With ``on_file`` each file's final findings are
    handed to it as they are made (files in path order, each file's sorted: the order of
    ``LintRun.diagnostics``) and not kept in the run: a report written as it comes never
    holds them all.  ``on_errors`` is given the paths that could not be linted (``LintRun.errors``)
    as soon as they are known, before any ``on_file``."""
    # What a run gathers (outcomes, facts, findings) lives until it ends: the cycle
    # collector would walk it again and again as it grows (5,000 files: the parent fell
    # behind its workers and took seconds to read the facts back).  Paused for the run.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _lint_paths(paths, settings, use_cache, fix, unsafe_fixes, diff, jobs, progress, on_file, on_errors)
    finally:
        if enabled:
            gc.enable()


def _lint_paths(paths, settings, use_cache, fix, unsafe_fixes, diff, jobs, progress, on_file, on_errors) -> LintRun:
    if settings is None:
        settings = load_settings(start=paths[0] if paths else ".")
    files, errors = discover(paths, settings)
    if on_errors is not None:
        on_errors(errors)
    linter = Linter(settings)
    cache = Cache(settings.root, fingerprint(settings)) if use_cache else None

    outcomes = _collect(files, linter, cache, jobs, progress)
    index = CourseIndex(settings)
    lessons = [outcomes[path] for path in files if outcomes[path].has_facts]
    if lessons:
        index.first_path = os.path.abspath(lessons[0].path)
    if linter.has_course_rules and lessons:
        # Course rules need every lesson of the course, also those not named on the
        # command line (a prerequisite may point to one); they are read, not reported.
        others = _other_lessons(index, settings, set(files))
        lessons += [outcome for outcome in _collect(others, linter, cache, jobs, None).values() if outcome.has_facts]
    # A cached run whose course findings are cached too needs no lesson's facts.
    course_diags = None
    course_key = _course_key(lessons, index, cache) if cache is not None and linter.has_course_rules else None
    if course_key is not None and not (fix or diff):
        course_diags = cache.get_course(course_key)
    if course_diags is None:
        for outcome in lessons:
            index.add(outcome.facts)
    run = LintRun([], files, errors)
    if fix or diff:
        before_fixes = linter.course_diagnostics(index) if linter.has_course_rules else {}
        for path in files:
            outcome = outcomes[path]
            if outcome.facts is None:
                continue
            candidates = outcome.raw + before_fixes.get(os.path.abspath(path), [])
            if not any(r.fix is not None and (unsafe_fixes or r.fix.applicability.value == "safe") for r in candidates):
                continue  # nothing to fix here: skip the fix passes
            _fix_one(path, linter, index, run, unsafe_fixes, write=fix and not diff)
            if path in run.refreshed:
                outcomes[path] = run.refreshed.pop(path)

    if not linter.has_course_rules:
        course_diags = {}
    elif course_diags is None:
        if not (fix or diff):
            # Read once: course rules let go of what only they read of the lessons' facts as
            # they go (on 5,000 lessons the facts and the findings made the peak together).
            # The cache, which holds those facts, is written before.
            if cache is not None:
                cache.save()
                cache.dirty = False  # and not after (were it not written now): its facts will not be whole
            index.read_once = True
        course_diags = linter.course_diagnostics(index)
        if cache is not None and course_key is not None and not (fix or diff):
            cache.put_course(course_key, course_diags)
    if cache is not None:
        cache.save()
    if not (fix or diff):
        # The lessons' facts are not read again: free them before the findings are made (on
        # 5,000 lessons they and the findings were the peak together).
        index.lessons.clear()
        for outcome in lessons:
            outcome.facts = None
        lessons.clear()
    # A file named twice (`a.mdx ./a.mdx`) gets its course findings under the name given first.
    extras = {path: course_diags.pop(os.path.abspath(path), []) for path in files}
    # Files in the order of their paths, each file's findings sorted: the order of sorting all
    # findings by Diagnostic.sort_key (path first), without a key for every finding at once.
    for path in sorted(files):
        # Each file's course findings are let go once made into its final ones, and so is
        # its outcome (its raw findings, line table) where nothing reads it again.
        extra = extras.pop(path)
        outcome = outcomes[path] if fix or diff else outcomes.pop(path)
        found = linter.finalize(outcome, extra)
        found.sort(key=Diagnostic.sort_key)
        if on_file is not None:
            on_file(found)
        else:
            # One string for each distinct message: many findings say the same (on the course,
            # 4,008 findings have 2,248 messages), and a run holds them all until they are reported.
            for diagnostic in found:
                diagnostic.message = sys.intern(diagnostic.message)
            run.diagnostics.extend(found)
        del outcome, found
    return run


def _course_key(lessons: list[FileOutcome], index: CourseIndex, cache: Cache) -> str | None:
    """What course findings depend on: every lesson's content and the files course rules
    read (components, the content schema, the Astro config).  None when a lesson is
    not in the cache (its findings are computed afresh)."""
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for path in sorted({os.path.abspath(outcome.path) for outcome in lessons}):
        entry = cache.entries.get(path)
        if entry is None:
            return None
        digest.update(f"{path}\0{entry[0]}\n".encode())
    settings = index.settings.course
    watched = [os.path.join(index.root, settings.schema_file)]
    watched += [os.path.join(index.root, name) for name in ASTRO_CONFIGS]
    components = os.path.join(index.root, settings.components_root)
    for folder, _, names in sorted(os.walk(components)):
        watched.extend(os.path.join(folder, name) for name in sorted(names))
    for path in watched:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\n".encode())
    return digest.hexdigest()


def _collect(files, linter: Linter, cache: Cache | None, jobs, progress) -> dict[str, FileOutcome]:
    """Per-file outcomes, from the cache where the content is unchanged."""
    outcomes: dict[str, FileOutcome] = {}
    keys: dict[str, str] = {}
    todo: list[str] = []
    for path in files:
        if cache is not None:
            try:
                key = Cache.key(Path(path).read_bytes())
            except OSError:
                todo.append(path)
                continue
            keys[path] = key
            hit = cache.get(path, key)
            if hit is not None:
                if hit.path != path:  # cached when named another way (absolute, relative)
                    hit = copy.copy(hit)
                    hit.path = path
                outcomes[path] = hit
                continue
        todo.append(path)
    tick = progress(len(todo), len(files)) if progress else None
    for outcome in _analyze_all(linter, todo, jobs, tick):
        outcomes[outcome.path] = outcome
        if cache is not None and outcome.path in keys:
            cache.put(outcome.path, keys[outcome.path], outcome)
    return outcomes


def _other_lessons(index: CourseIndex, settings: Settings, named: set[str]) -> list[str]:
    root = index.content_root
    if not os.path.isdir(root):
        return []
    named_abs = {os.path.abspath(p) for p in named}
    found, _ = discover([root], settings, partials=False)  # the lessons the course rules read
    return [path for path in found if os.path.abspath(path) not in named_abs]


def _fix_one(path: str, linter: Linter, index: CourseIndex, run: LintRun, unsafe: bool, write: bool) -> None:
    try:
        original = Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return
    fixed, count, final = _fix_passes(original, path, linter, index, unsafe)
    if fixed == original:
        return
    if write:
        try:
            write_atomically(path, fixed)
        except OSError as error:
            run.errors.append(f"{path}: could not write the fixes: {error.strerror or error}; the file is unchanged")
            return
        run.fixed[path] = count
        run.refreshed[path] = final
    else:
        import difflib  # only for --diff

        run.diffs[path] = "".join(
            difflib.unified_diff(
                original.splitlines(keepends=True),
                fixed.splitlines(keepends=True),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
        )


__all__ = ["lint_text", "lint_paths", "fix_text", "discover", "analyze_files", "Iterable"]
