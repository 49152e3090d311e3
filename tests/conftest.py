from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus" / "debezium-course"


def run_cli(*args: str, cwd: str | os.PathLike | None = None, stdin: bytes | None = None, env: dict | None = None):
    """Run the real command line in a subprocess."""
    full_env = dict(os.environ)
    full_env.pop("MDXLINT_DEBUG", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "mdxlint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=300,
    )


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "src" / "content").is_dir():
        pytest.skip("the real course (../shared/corpus/debezium-course) is not here")
    return CORPUS


def writable_copy(source: Path, target: Path) -> Path:
    """A copy of a folder whose files and folders its owner may write (the shared corpus is read-only,
    and `--fix` leaves a read-only file as it is)."""
    import shutil
    import stat

    shutil.copytree(source, target)
    for folder, dirs, files in os.walk(target):
        for name in (*dirs, *files):
            path = os.path.join(folder, name)
            if not os.path.islink(path):
                os.chmod(path, os.stat(path).st_mode | stat.S_IWUSR)
    os.chmod(target, os.stat(target).st_mode | stat.S_IWUSR)
    return target
