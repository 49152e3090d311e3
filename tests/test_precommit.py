"""The real pre-commit running this repository's hooks (.pre-commit-hooks.yaml)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def run(args, cwd, env=None):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900, env=env)


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    if shutil.which("git") is None or shutil.which("pre-commit") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the pre-commit test: git and pre-commit are needed")
        pytest.skip("git or pre-commit is not installed")
    folder = tmp_path_factory.mktemp("precommit-repo")
    run(["git", "init", "-q"], folder)
    (folder / "good.mdx").write_text("---\ntitle: Хорошо\n---\n\n```sql\nSELECT 1;\n```\n", encoding="utf-8")
    (folder / "bad.mdx").write_text("---\ntitle: Плохо\n---\n\nЗадержка <1 секунды.\n", encoding="utf-8")
    run(["git", "add", "."], folder)
    return folder


def try_repo(repo, hook, *files):
    env = dict(os.environ)
    env.setdefault("PRE_COMMIT_HOME", os.path.expanduser("~/.cache/mdxlint-pre-commit"))
    return run(["pre-commit", "try-repo", str(ROOT), hook, "--files", *files], repo, env)


def test_hook_fails_on_a_bad_lesson_and_passes_a_good_one(repo):
    bad = try_repo(repo, "mdxlint", "bad.mdx")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.mdx:5:10: MDX001" in bad.stdout
    good = try_repo(repo, "mdxlint", "good.mdx")
    assert good.returncode == 0, good.stdout + good.stderr


def test_fix_hook_repairs_the_file(repo):
    result = try_repo(repo, "mdxlint-fix", "bad.mdx")
    assert result.returncode == 1  # pre-commit fails a hook that changed files
    assert "&lt;1" in (repo / "bad.mdx").read_text(encoding="utf-8")
