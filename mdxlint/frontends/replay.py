"""Stored reports: a cached command-line run whose inputs have not changed shows the
report the last such run wrote, byte for byte, without linting or formatting again.

A report is stored under a key of everything else it depends on: mdxlint's code, the
configuration (with what was detected of the site), the paths as given, the working
folder (paths are shown relative to it), the options that shape the report, and the
terminal's width and colour.  The files it was made from are checked with
:meth:`RunInputs.unchanged` (the content of every linted file and of the course's other
lessons, the files course rules read): the same inputs the per-file and course caches
key their results by, so a replayed report is the one a run would write from the cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Sequence

from mdxlint.lint.cache import CACHE_DIR, RunInputs, code_stamp, read_pickle, write_pickle
from mdxlint.lint.configuration import fingerprint
from mdxlint.project.settings import Settings

# A larger report is not stored (a run over thousands of files streams its report and
# should not hold it whole to store it).
REPORT_LIMIT = 8 << 20


class StoredReport:
    """The stored report of one kind of run (configuration, paths, options, terminal)."""

    def __init__(self, settings: Settings, paths: Sequence[str], options: dict, out):
        from mdxlint.frontends import reporters

        self.settings, self.paths = settings, paths
        terminal = [reporters.text_width(out), reporters.use_colour(out)]
        self.encoding = (getattr(out, "encoding", None) or "utf-8", getattr(out, "errors", None) or "strict")
        stamp = code_stamp()
        # The config as found and the file it is (a symbolic link pointed elsewhere moves the project's root).
        config = [settings.config_path, str(Path(settings.config_path).resolve()) if settings.config_path else None]
        self.key = json.dumps(
            [stamp, fingerprint(settings), settings.root, config, os.getcwd(), list(paths), options, terminal, self.encoding],
            sort_keys=True, default=str,
        )
        name = hashlib.blake2b(self.key.encode(), digest_size=8).hexdigest()
        self.folder = Path(settings.root) / CACHE_DIR
        self.file = self.folder / f"v{stamp}-report-{name}.pickle"

    def replay(self, out) -> int | None:
        """Write the stored report to ``out`` if its inputs are unchanged, and return how many
        findings it shows; None (nothing written) otherwise."""
        stored = read_pickle(self.file)
        if not (isinstance(stored, dict) and stored.get("key") == self.key and isinstance(stored.get("inputs"), RunInputs)):
            return None
        if not stored["inputs"].unchanged(self.paths, self.settings):
            return None
        report = stored["report"]
        buffer = getattr(out, "buffer", None) if os.linesep == "\n" else None  # a text stream writes \n as is
        if buffer is not None:
            # Kept encoded as the stream encodes (the encoding is part of the key): written
            # as bytes, a report of a megabyte is neither decoded nor encoded again.
            out.flush()
            buffer.write(report)
        else:
            out.write(report.decode(self.encoding[0], self.encoding[1]))
        return stored["shown"]

    def save(self, inputs: RunInputs, report: str, shown: int) -> None:
        try:
            encoded = report.encode(self.encoding[0], self.encoding[1])
        except (UnicodeError, LookupError):
            return
        write_pickle(self.folder, self.file, {"key": self.key, "inputs": inputs, "report": encoded, "shown": shown})


class Recording:
    """``out`` that keeps a copy of what is written, up to :data:`REPORT_LIMIT` characters."""

    def __init__(self, out):
        self.out = out
        self.parts: list[str] | None = []
        self.size = 0

    def write(self, text: str) -> int:
        if self.parts is not None:
            self.size += len(text)
            if self.size > REPORT_LIMIT:
                self.parts = None
            else:
                self.parts.append(text)
        return self.out.write(text)

    def isatty(self) -> bool:
        isatty = getattr(self.out, "isatty", None)
        return bool(isatty is not None and isatty())

    def flush(self) -> None:
        flush = getattr(self.out, "flush", None)
        if flush is not None:
            flush()

    @property
    def text(self) -> str | None:
        return "".join(self.parts) if self.parts is not None else None


__all__ = ["StoredReport", "Recording", "REPORT_LIMIT"]
