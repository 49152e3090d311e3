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
