"""Per-file results cached by content hash, configuration and mdxlint's code.

One pickle per configuration under ``.mdxlint_cache/``.  A cache that cannot be read
or written (read-only folder, corrupt file) is ignored: it never fails a run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from mdxlint._version import __version__

CACHE_DIR = ".mdxlint_cache"


def code_stamp() -> str:
    """The version plus a hash of the package's files (names, sizes, times): results
    cached by one build of mdxlint are never read by another, even at the same version."""
    cached = _STAMP.get("value")
    if cached is not None:
        return cached
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(__version__.encode(), digest_size=6)
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".json")):
                try:
                    stat = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                digest.update(f"{folder}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    _STAMP["value"] = value = f"{__version__}-{digest.hexdigest()}"
    return value


_STAMP: dict[str, str] = {}


class Cache:
    def __init__(self, root: str, fingerprint: str):
        self.folder = Path(root) / CACHE_DIR
        self.file = self.folder / f"v{code_stamp()}-{fingerprint}.pickle"
        self.dirty = False
        loaded = _read(self.file)
        self.entries: dict[str, tuple[str, Any]] = loaded if isinstance(loaded, dict) else {}

    @staticmethod
    def key(data: bytes) -> str:
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    def get(self, path: str, key: str) -> Any | None:
        entry = self.entries.get(os.path.abspath(path))
        if entry is not None and entry[0] == key:
            return entry[1]
        return None

    def put(self, path: str, key: str, value: Any) -> None:
        self.entries[os.path.abspath(path)] = (key, value)
        self.dirty = True

    # The course findings are kept in a file of their own, written after the course stage:
    # by then a command-line run has let go of parts of the lessons' facts (CourseIndex.read_once),
    # so the per-file entries are written before it and not again.
    @property
    def course_file(self) -> Path:
        return self.file.with_name(f"{self.file.stem}-course.pickle")

    def get_course(self, key: str) -> Any | None:
        stored = _read(self.course_file)
        return stored[1] if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key else None

    def put_course(self, key: str, value: Any) -> None:
        self._write(self.course_file, (key, value))

    def save(self) -> None:
        if not self.dirty:
            return
        if self._write(self.file, self.entries):
            self.dirty = False
            try:
                current = f"v{code_stamp()}-"
                for stale in self.folder.glob("v*.pickle"):  # results of other builds of mdxlint
                    if not stale.name.startswith(current):
                        stale.unlink(missing_ok=True)
            except OSError:
                pass

    def _write(self, file: Path, value: Any) -> bool:
        """Write ``value`` to ``file`` atomically; False where it cannot be written."""
        try:
            self.folder.mkdir(exist_ok=True)
            gitignore = self.folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n")
            import tempfile

            handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as stream:
                    pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temp, file)
            except BaseException:
                os.unlink(temp)
                raise
            return True
        except Exception:
            return False  # a cache is an optimisation; a read-only tree still lints


def _read(file: Path) -> Any | None:
    """What a cache file holds; None where it is missing, unreadable, or written by another version."""
    import gc

    enabled = gc.isenabled()
    gc.disable()  # unpickling many small objects triggers needless collections
    try:
        with open(file, "rb") as stream:
            return pickle.load(stream)
    except Exception:
        return None
    finally:
        if enabled:
            gc.enable()
