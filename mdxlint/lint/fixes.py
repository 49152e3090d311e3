"""Applying fixes: choose non-overlapping edits, re-lint until stable, write atomically."""

from __future__ import annotations

import os
import re
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


class FileChanged(OSError):
    """The file is not as it was read, or may not be replaced: it is left as it is."""


def write_atomically(path: str | os.PathLike, text: str, expected: bytes | None = None) -> None:
    """Write ``text`` (UTF-8) to ``path`` via a temporary file in the same folder.

    The original is replaced only once the new content is fully on disk; on any
    failure the original stays byte-identical.  The file mode is kept; a symbolic link
    keeps pointing at its file, which is the one written.  A read-only file, a file with
    other hard links (a rename would split them) and, with ``expected``, a file whose
    content changed since it was read (an editor saved it meanwhile) are not written
    (:class:`FileChanged`).
    """
    target = Path(os.path.realpath(path))
    data = text.encode("utf-8")
    info = os.stat(target)
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o222 or not os.access(target, os.W_OK):  # (no write bit: read-only even to root)
        raise FileChanged(f"{path}: the file is read-only")
    if info.st_nlink > 1:
        raise FileChanged(f"{path}: the file has {info.st_nlink} hard links, which replacing it would split")
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
        if expected is not None and target.read_bytes() != expected:
            raise FileChanged(f"{path}: the file changed while it was being fixed")
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


# Lines as diff and patch read them: ended by \n alone (a lone \r, a form feed or U+2028 is part
# of its line; a CR-only file is one line).
_PATCH_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def unified_patch(original: str, fixed: str, path: str) -> str:
    """A unified diff from ``original`` to ``fixed`` that `patch -p1` and `git apply` apply as it
    is: lines split at \n only, and a last line without one marked "\\ No newline at end of file"."""
    import difflib  # only for --diff

    out = []
    for line in difflib.unified_diff(_PATCH_LINE.findall(original), _PATCH_LINE.findall(fixed), f"a/{path}", f"b/{path}"):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
