"""The file system as course rules see it: whether a path is a file or a folder, and what a
file holds.  While :func:`recording` is on, every answer is noted, so that results cached
from a run are used again only while each answer still holds (:func:`unchanged`): a link
to a page deleted since, an import of a file created since, a schema edited since.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

# (what was asked, path) -> the answer; None while nothing records.
_log: dict[tuple[str, str], object] | None = None


def is_file(path: str) -> bool:
    found = os.path.isfile(path)
    if _log is not None:
        _log.setdefault(("file", path), found)
    return found


def is_dir(path: str) -> bool:
    found = os.path.isdir(path)
    if _log is not None:
        _log.setdefault(("dir", path), found)
    return found


def exists(path: str) -> bool:
    found = os.path.exists(path)
    if _log is not None:
        _log.setdefault(("exists", path), found)
    return found


def read_text(path: str) -> str | None:
    """The file's text (UTF-8, undecodable bytes replaced), or None where it cannot be read.
    What is noted is the file's time and size, as the caches note the project's other files."""
    if _log is not None:
        _log.setdefault(("stamp", path), stamp(path))
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return stream.read()
    except OSError:
        return None


def json_value(text: str):
    """``text`` read as JSON, or None where it is not JSON or nests deeper than Python's JSON
    reader goes (a 100,000-deep array: RecursionError), as a site's config files may."""
    import json

    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def stamp(path: str) -> tuple[int, int] | None:
    """(modification time in ns, size) of a file, or None where there is none."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


_ASK = {"file": os.path.isfile, "dir": os.path.isdir, "exists": os.path.exists, "stamp": stamp}


@contextmanager
def recording() -> Iterator[dict[tuple[str, str], object]]:
    """Note every answer given inside the block into the dict it yields."""
    global _log
    outer, _log = _log, {}
    try:
        yield _log
    finally:
        log, _log = _log, outer
        if outer is not None:  # an enclosing recording sees what the inner one was told
            for key, answer in log.items():
                outer.setdefault(key, answer)


def unchanged(log: dict[tuple[str, str], object]) -> bool:
    """Whether the file system still gives every answer in ``log``."""
    for (kind, path), answer in log.items():
        ask = _ASK.get(kind)
        if ask is None or ask(path) != answer:
            return False
    return True
