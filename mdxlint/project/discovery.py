"""Which files a run lints, and the files around them its findings are made from.

Light on purpose (no parser, no rule): a cached command-line run checks with it that
nothing it read has changed before it shows the report it stored.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Sequence

from mdxlint.project.locales import ASTRO as ASTRO_CONFIGS
from mdxlint.project.probes import stamp
from mdxlint.project.settings import Settings, glob_match


def find_project_root(start: str) -> str:
    """The nearest folder above ``start`` that holds an Astro config or package.json."""
    path = Path(os.path.abspath(start))
    if os.path.isfile(path) or not os.path.exists(path):
        path = path.parent
    for folder in (path, *path.parents):
        if any(os.path.isfile(folder / name) for name in ASTRO_CONFIGS + ("package.json",)):
            return str(folder)
    return os.getcwd()


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
        if not raw:
            # (Path("") is the working folder: an unset shell variable would lint it all; held-out h106)
            errors.append("an empty path was given (an unset variable?); name a file or a folder, `.` for this one")
            continue
        path = Path(raw)
        if os.path.isdir(path):
            # A folder named on the command line that neither holds nor lies in one of the
            # site's content folders was asked for as it is: its files are linted (not a
            # silent "no files" because the site keeps its pages elsewhere).
            pages_only = site is not None and site.holds_pages(str(path))
            def unreadable(error: OSError) -> None:
                errors.append(f"{error.filename}: cannot read this folder ({error.strerror or error}); its files were not linted")

            for folder, dirnames, filenames in os.walk(path, onerror=unreadable):
                dirnames[:] = sorted(d for d in dirnames if not any(glob_match(d, p) for p in settings.exclude))
                for name in sorted(filenames):
                    if name.endswith(extensions):
                        full = os.path.join(folder, name)
                        if not excluded(Path(name)) and full not in seen and not (pages_only and not_a_page(full)) \
                                and os.path.isfile(full):  # not a pipe or a device named *.mdx (reading it would hang)
                            seen.add(full)
                            files.append(full)
                            walked.append(full)
        elif os.path.isfile(path):
            if settings.force_exclude and (not raw.endswith(extensions) or named_file_excluded(raw)):
                continue  # pre-commit names every staged file; --force-exclude keeps the configured filters
            if raw not in seen:
                seen.add(raw)
                files.append(raw)
        elif os.path.exists(path):
            errors.append(f"{raw}: not a regular file or folder")
        else:
            try:
                os.stat(path)
                reason = "no such file or folder"
            except PermissionError:
                reason = "cannot be reached: permission denied (a folder on its path may not be entered)"
            except OSError as error:
                reason = "no such file or folder" if isinstance(error, FileNotFoundError) else f"cannot be reached: {error.strerror or error}"
            errors.append(f"{raw}: {reason}")
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
    added: list[str] = []
    queue = list(files)
    seen_real: set[str] | None = None  # made when a page first imports a Markdown file
    while queue and len(added) < 10_000:
        page = queue.pop()
        try:
            # Most pages import no Markdown: their bytes are scanned, not decoded.  800,000 bytes
            # hold the first 200,000 characters read below (none takes more than 4 bytes).
            with open(page, "rb") as stream:
                # read() sized by the file, not read(800_000): a buffer that large costs more than the read
                data = stream.read() if os.fstat(stream.fileno()).st_size <= 800_000 else stream.read(800_000)
            if b".md" not in data or (b".md'" not in data and b'.md"' not in data and b".mdx'" not in data and b'.mdx"' not in data):
                continue
            with open(page, encoding="utf-8", errors="replace") as stream:
                text = stream.read(200_000)
        except OSError:
            continue
        if ".md'" not in text and '.md"' not in text and ".mdx'" not in text and '.mdx"' not in text:
            continue  # no Markdown import in the part read
        if seen_real is None:
            from mdxlint.project.components import resolve_import

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




def course_input_stamps(root: str, settings: Settings) -> list[tuple[str, int, int]]:
    """What course findings read besides the lessons: the content schema, the Astro
    config and the component files under the project ``root``, as (path, mtime, size)
    of those that exist."""
    course = settings.course
    watched = [os.path.join(root, course.schema_file)]
    watched += [os.path.join(root, name) for name in ASTRO_CONFIGS]
    components = os.path.join(root, course.components_root)
    for folder, _, names in sorted(os.walk(components)):
        watched.extend(os.path.join(folder, name) for name in sorted(names))
    return [(path, *found) for path, found in ((path, stamp(path)) for path in watched) if found is not None]


def other_lessons(content_root: str, settings: Settings, named: set[str]) -> list[str]:
    """The course's lessons under ``content_root`` not among the files ``named``: course
    rules read them (a prerequisite may point to one), their findings are not reported."""
    if not os.path.isdir(content_root):
        return []
    named_abs = {os.path.abspath(p) for p in named}
    found, _ = discover([content_root], settings, partials=False)
    return [path for path in found if os.path.abspath(path) not in named_abs]
