"""Public API: :func:`lint_text` and :func:`lint_paths`.

The CLI, the language server and pre-commit are thin layers over these.
"""

from __future__ import annotations

import contextlib
import gc
import copy
import os
import signal
import threading
import time
import sys
from pathlib import Path
from typing import Callable, Iterable, Sequence

from mdxlint.lint.cache import CACHE_DIR, Cache, RunInputs
from mdxlint.lint.configuration import fingerprint, load_settings
from mdxlint.project import components, probes
from mdxlint.project.settings import Settings
from mdxlint.project.course import CourseIndex
from mdxlint.project.discovery import course_input_stamps, discover, other_lessons
from mdxlint.lint.diagnostics import Diagnostic
from mdxlint.lint.engine import FileOutcome, Linter, LintRun
from mdxlint.lint.fixes import MAX_PASSES, FileChanged, apply, choose_fixes, unified_patch, write_atomically

PARALLEL_THRESHOLD = 24  # files to analyse before a process pool pays for itself


class PathError(Exception):
    pass


# -- workers --------------------------------------------------------------------------

_worker_linter: Linter | None = None


@contextlib.contextmanager
def _interrupts_held():
    """Hold SIGINT back while the workers are forked: a Ctrl-C that lands in the interpreter's
    at-fork callbacks is printed as an ignored exception and lost, and the run went on to the end
    (tests/test_cli.py, on a loaded machine).  Held back, it is delivered once the forks are done.
    The workers let it through again (_init_worker)."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    before = mask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, before)


def _init_worker(settings: Settings, parent: int | None = None) -> None:
    global _worker_linter
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # (forked with it held back: _interrupts_held)
    if parent is not None:
        _exit_with(parent)
    if _worker_linter is None or _worker_linter.settings is not settings:
        _worker_linter = Linter(settings)  # not forked from the parent: build it here
    # A lesson's objects die with it (reference counting frees them); the collector
    # would only walk them again and again: run it every 20,000 allocations, not 700.
    # (The parent pauses its collector for the run; a worker runs its own.)
    gc.set_threshold(20_000, 20, 20)
    gc.enable()


def _exit_with(parent: int) -> None:
    """End this worker when the process that started it is gone (killed with SIGKILL, it
    cannot stop its pool: its workers went on for minutes, gigabytes each)."""
    import threading

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="mdxlint-parent-watch", daemon=True).start()


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
                    workers, mp_context=context, initializer=_init_worker, initargs=(linter.settings, os.getpid())
                ) as pool:
                    eager = linter.has_course_rules
                    with _interrupts_held():  # (the workers are forked at the first task map submits)
                        mapped = pool.map(_analyze_in_worker, [paths[i] for i in order], chunksize=chunk)
                    for index, outcome in zip(order, mapped):
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


def read_course(index: CourseIndex, linter: Linter, root: str, *, use_cache: bool = True) -> list[str]:
    """Add to ``index`` every lesson under the course's content folder of the project at ``root``,
    as read from disk (facts only; from the cache where a lesson is unchanged, when the command
    line made one).  Lessons the index already holds (an editor's buffers) are kept.  Returns the
    lessons' files."""
    files = course_files(linter.settings, root)
    if not files:
        return files
    use_cache = use_cache and os.path.isdir(os.path.join(linter.settings.root, CACHE_DIR))
    for path, outcome in analyze_files(files, linter, use_cache=use_cache).items():
        if outcome.has_facts and os.path.abspath(path) not in index.lessons:
            index.add(outcome.facts)
    return files


def course_files(settings: Settings, root: str) -> list[str]:
    """The lessons' files under the course's content folder of the project at ``root``."""
    content = os.path.join(root, settings.course.content_root)
    return discover([content], settings)[0] if os.path.isdir(content) else []


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

    keys: dict[str, str] = {}  # the content keys of the files read, for the run's inputs
    outcomes = _collect(files, linter, cache, jobs, progress, keys)
    index = CourseIndex(settings)
    lessons = [outcomes[path] for path in files if outcomes[path].has_facts]
    if lessons:
        index.first_path = os.path.abspath(lessons[0].path)
    inputs = RunInputs([(path, keys.get(path, "")) for path in files]) if cache is not None else None
    if linter.has_course_rules and lessons:
        # Course rules need every lesson of the course, also those not named on the
        # command line (a prerequisite may point to one); they are read, not reported.
        others = other_lessons(index.content_root, settings, set(files))
        lessons += [outcome for outcome in _collect(others, linter, cache, jobs, None, keys).values() if outcome.has_facts]
        if inputs is not None:
            inputs.lessons_root, inputs.others = index.content_root, [(path, keys.get(path, "")) for path in others]
            inputs.course_root, inputs.first_lesson = index.root, index.first_path
    # A cached run whose course findings are cached too needs no lesson's facts.
    course_diags = None
    course_key = None
    probed: dict = {}  # what course rules were told by the file system
    if cache is not None and linter.has_course_rules:
        stamps = course_input_stamps(index.root, settings)
        if inputs.course_root is not None:
            inputs.course_stamps = stamps
        course_key = _course_key(lessons, cache, stamps)
    if course_key is not None and not (fix or diff):
        stored = cache.get_course(course_key)
        if isinstance(stored, tuple) and len(stored) == 2 and probes.unchanged(stored[0]):  # what course rules found on disk then holds still
            probed, course_diags = stored
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
        if cache is not None:
            # Course rules' answers from the file system (links to files, imports) are noted:
            # the course findings are used again only while each answer holds.
            components.forget_cached_reads()
            with probes.recording() as probed:
                course_diags = linter.course_diagnostics(index)
        else:
            course_diags = linter.course_diagnostics(index)
        if cache is not None and course_key is not None and not (fix or diff):
            cache.put_course(course_key, (probed, course_diags))
    if cache is not None:
        cache.save()
    # Inputs whose every file was read (a file that could not be read has no key).
    if inputs is not None and not (fix or diff or errors) and all(key for _, key in inputs.files + inputs.others):
        inputs.probed = probed
        run.inputs = inputs
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


def _course_key(lessons: list[FileOutcome], cache: Cache, stamps: list[tuple[str, int, int]]) -> str | None:
    """What course findings depend on: every lesson's content and the files course rules
    read (components, the content schema, the Astro config: their ``stamps``).  None when a lesson is
    not in the cache (its findings are computed afresh)."""
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for path in sorted({os.path.abspath(outcome.path) for outcome in lessons}):
        entry = cache.entries.get(path)
        if entry is None:
            return None
        digest.update(f"{path}\0{entry[0]}\n".encode())
    for path, mtime, size in stamps:
        digest.update(f"{path}\0{mtime}\0{size}\n".encode())
    return digest.hexdigest()


def _collect(files, linter: Linter, cache: Cache | None, jobs, progress, keys: dict[str, str] | None = None) -> dict[str, FileOutcome]:
    """Per-file outcomes, from the cache where the content is unchanged (the content
    keys of the files read go into ``keys``)."""
    outcomes: dict[str, FileOutcome] = {}
    keys = {} if keys is None else keys
    todo: list[str] = []
    for path in files:
        if cache is not None:
            try:
                key = Cache.file_key(path, Path(path).read_bytes())
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


def _fix_one(path: str, linter: Linter, index: CourseIndex, run: LintRun, unsafe: bool, write: bool) -> None:
    try:
        raw = Path(path).read_bytes()
        original = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return
    fixed, count, final = _fix_passes(original, path, linter, index, unsafe)
    if fixed == original:
        return
    if write:
        try:
            write_atomically(path, fixed, expected=raw)
        except FileChanged as error:
            run.errors.append(f"{error}; the fixes were not written and the file is unchanged")
            return
        except OSError as error:
            run.errors.append(f"{path}: could not write the fixes: {error.strerror or error}; the file is unchanged")
            return
        run.fixed[path] = count
        run.refreshed[path] = final
    else:
        run.diffs[path] = unified_patch(original, fixed, path)


__all__ = ["lint_text", "lint_paths", "fix_text", "discover", "analyze_files", "Iterable"]
