"""Per-file results cached by content hash, configuration and mdxlint's code.

One pickle per configuration under ``.mdxlint_cache/``.  A cache that cannot be read
or written (read-only folder, corrupt file) is ignored: it never fails a run.

Unpickling runs code that the pickle names, so a cache file is read only when it carries the
keyed hash this user's key gives its bytes (the key is kept outside the project, in the user's
cache folder, readable by the user alone): a cache file planted in or committed to a project
is ignored, never loaded (held-out h106).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from dataclasses import dataclass, field
from typing import Any, Sequence

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
        loaded = read_pickle(self.file)
        self.entries: dict[str, tuple[str, Any]] = loaded if isinstance(loaded, dict) else {}

    @staticmethod
    def key(data: bytes) -> str:
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    @staticmethod
    def file_key(path: str, data: bytes) -> str:
        """What a file's findings are kept by: its content, and what the site's i18n setup says
        of it (read from other files: the language rules judge the page by it)."""
        from mdxlint.project.locales import locale_key

        return f"{Cache.key(data)}:{locale_key(path)}"

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
        stored = read_pickle(self.course_file)
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
        return write_pickle(self.folder, file, value)


_SIGNED = b"mdxlint-cache-1\n"
_DIGEST = 32


def _signing_key() -> bytes | None:
    """This user's key for cache files: 32 random bytes in ``$XDG_CACHE_HOME/mdxlint/cache-key``
    (``~/.cache`` by default), made on first use with the user's permissions alone; None where no
    such place is known (no home folder, a relative path: the key would land in the project) or
    the file there is not the user's own, readable by the user alone (then no cache file is trusted,
    and none is written).  A key file of the wrong length (a run killed while writing one in an
    older build) is replaced."""
    if "key" in _KEY:
        return _KEY["key"]
    key = None
    try:
        folder = user_cache_folder()
        if folder:
            path = os.path.join(folder, "cache-key")
            key = _read_key(path)
            if key is None and not os.path.lexists(path) or key == b"":
                os.makedirs(folder, mode=0o700, exist_ok=True)
                _write_key(folder, path, replace=key == b"")
                key = _read_key(path)
            if key is not None and len(key) != _DIGEST:
                key = None
    except (OSError, RuntimeError, KeyError):
        key = None
    _KEY["key"] = key
    return key


def user_cache_folder() -> str | None:
    """mdxlint's folder in the user's cache (``$XDG_CACHE_HOME/mdxlint``, ``~/.cache/mdxlint``), an
    absolute path; None where none is known (no home folder: a relative path would be the project's)."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):  # (XDG: a relative path is to be ignored)
        try:
            home = os.path.expanduser("~")
        except (KeyError, RuntimeError):
            return None
        base = os.path.join(home, ".cache") if os.path.isabs(home) else ""
    return os.path.join(base, "mdxlint") if base else None


def _read_key(path: str) -> bytes | None:
    """The key in ``path``: None where it is missing or not the user's alone (another owner, or
    others may read or write it), b"" where it has the wrong length."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(handle, "rb") as stream:
        facts = os.fstat(stream.fileno())
        if hasattr(os, "getuid") and (facts.st_uid != os.getuid() or facts.st_mode & 0o077):
            return None
        data = stream.read(_DIGEST + 1)
    return data if len(data) == _DIGEST else b""


def _write_key(folder: str, path: str, replace: bool) -> None:
    """A fresh key written whole to a temporary file, then put in place (a run killed meanwhile
    leaves no empty key); where another run made one first, that one is kept."""
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".cache-key-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(os.urandom(_DIGEST))
        os.chmod(temporary, 0o600)
        if replace:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError:
                pass
            except OSError:  # (no hard links here)
                if not os.path.lexists(path):
                    os.replace(temporary, path)
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)


_KEY: dict[str, bytes | None] = {}


def _signature(key: bytes, payload) -> bytes:
    return hashlib.blake2b(payload, key=key, digest_size=_DIGEST).digest()


def write_pickle(folder: Path, file: Path, value: Any) -> bool:
    """Write ``value`` to ``file`` in the cache ``folder`` atomically; False where it cannot be written."""
    try:
        folder.mkdir(exist_ok=True)
        gitignore = folder / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n")
        import tempfile

        key = _signing_key()
        if key is None:
            return False  # (a file no later run could trust)
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(_SIGNED)
                stream.write(_signature(key, payload))
                stream.write(payload)
            os.replace(temp, file)
        except BaseException:
            os.unlink(temp)
            raise
        return True
    except Exception:
        return False  # a cache is an optimisation; a read-only tree still lints


def read_pickle(file: Path) -> Any | None:
    """What a cache file holds; None where it is missing, unreadable, written by another version,
    or not signed with this user's key (it is not unpickled then)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()  # unpickling many small objects triggers needless collections
    try:
        with open(file, "rb") as stream:
            data = stream.read()
        key = _signing_key()
        start = len(_SIGNED) + _DIGEST
        if key is None or not data.startswith(_SIGNED) or len(data) < start:
            return None
        import hmac

        payload = memoryview(data)[start:]
        if not hmac.compare_digest(data[len(_SIGNED):start], _signature(key, payload)):
            return None
        return pickle.loads(payload)
    except Exception:
        return None
    finally:
        if enabled:
            gc.enable()


@dataclass
class RunInputs:
    """What a run's findings were made from, besides the configuration and mdxlint's code:
    the files it linted (in order) and the course's other lessons, each with the key of
    its content (:meth:`Cache.file_key`), and the files course rules read (time and size).
    These are what the per-file and course caches key their results by, so a run whose
    inputs are :meth:`unchanged` would find what it found before."""

    files: list[tuple[str, str]]
    lessons_root: str | None = None  # where the other lessons were looked for
    others: list[tuple[str, str]] = field(default_factory=list)
    course_root: str | None = None  # the project root course rules read their files from
    first_lesson: str | None = None  # the lesson that root was found from
    course_stamps: list[tuple[str, int, int]] = field(default_factory=list)
    probed: dict = field(default_factory=dict)  # the file system's answers to course rules (project.probes)

    def unchanged(self, paths: Sequence[str], settings) -> bool:
        from mdxlint.project import probes
        from mdxlint.project.discovery import course_input_stamps, discover, find_project_root, other_lessons

        files, errors = discover(paths, settings)
        if errors or not _same_contents(files, self.files):
            return False
        if self.lessons_root is not None and not _same_contents(other_lessons(self.lessons_root, settings, set(files)), self.others):
            return False
        if self.course_root is not None:
            if settings.config_path is None and self.first_lesson is not None and find_project_root(self.first_lesson) != self.course_root:
                return False
            if course_input_stamps(self.course_root, settings) != self.course_stamps:
                return False
        return probes.unchanged(self.probed)


def _same_contents(paths: list[str], stored: list[tuple[str, str]]) -> bool:
    if len(paths) != len(stored):
        return False
    for path, (stored_path, key) in zip(paths, stored):
        if path != stored_path:
            return False
        try:
            with open(path, "rb") as stream:
                if Cache.file_key(path, stream.read()) != key:
                    return False
        except OSError:
            return False
    return True
