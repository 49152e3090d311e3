"""Applying fixes: choose non-overlapping edits, re-lint until stable, write atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mdxlint.lint.diagnostics import Applicability, Fix, TextEdit
from mdxlint.lint.rule import RawDiagnostic
from mdxlint.mdx.source import SourceText

MAX_PASSES = 10


def choose_fixes(raws: list[RawDiagnostic], unsafe: bool) -> list[Fix]:
    """Fixes to apply in one pass: the allowed ones that overlap no earlier choice."""
    chosen: list[Fix] = []
    taken: list[tuple[int, int]] = []
    candidates = [r.fix for r in raws if r.fix is not None and r.fix.edits]
    candidates = [f for f in candidates if f.applicability is Applicability.SAFE or unsafe]
    candidates.sort(key=lambda f: min(e.start for e in f.edits))
    for fix in candidates:
        if any(_overlaps(edit, span) for edit in fix.edits for span in taken):
            continue
        chosen.append(fix)
        taken.extend((e.start, e.end) for e in fix.edits)
    return chosen


def _overlaps(edit: TextEdit, span: tuple[int, int]) -> bool:
    start, end = span
    if edit.start == edit.end == start == end:
        return True  # two insertions at one point: order would be ambiguous
    return edit.start < end and start < edit.end


def apply(text: str, fixes: list[Fix]) -> str:
    source = SourceText(text)
    edits = [edit for fix in fixes for edit in fix.edits]
    return source.apply_edits(edits)


def write_atomically(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` via a temporary file in the same folder.

    The original is replaced only once the new content is fully on disk; on any
    failure the original stays byte-identical.  The file mode is kept.
    """
    target = Path(path)
    data = text.encode("utf-8")
    mode = stat.S_IMODE(os.stat(target).st_mode)
    import tempfile

    # The temporary file names the process writing it: one left by a process that was
    # killed before its rename is removed by the next run that fixes the file.
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise
    _remove_stale_temporaries(target)


TEMP_SUFFIX = ".mdxlint-tmp"


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files of ``target`` whose writer is gone (killed mid-write)."""
    prefix = f".{target.name}."
    try:
        names = [name for name in os.listdir(target.parent) if name.startswith(prefix) and name.endswith(TEMP_SUFFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix) :].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        try:
            os.unlink(target.parent / name)
        except OSError:
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
