"""The real pre-commit running this repository's hooks (.pre-commit-hooks.yaml)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


# The tools the project installs (`pip install -e '.[test]'`) sit beside this Python, which
# need not be on PATH (the README's commands never activate the virtual environment).
BIN = os.path.dirname(sys.executable)
PATH = BIN + os.pathsep + os.environ.get("PATH", os.defpath)


def run(args, cwd, env=None):
    env = dict(env or os.environ)
    env["PATH"] = PATH
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900, env=env)


def tools_missing() -> bool:
    return shutil.which("git", path=PATH) is None or shutil.which("pre-commit", path=PATH) is None


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    if tools_missing():
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
    assert "bad.mdx:5:11: MDX001" in bad.stdout
    good = try_repo(repo, "mdxlint", "good.mdx")
    assert good.returncode == 0, good.stdout + good.stderr


def test_fix_hook_repairs_the_file(repo):
    result = try_repo(repo, "mdxlint-fix", "bad.mdx")
    assert result.returncode == 1  # pre-commit fails a hook that changed files
    assert "&lt;1" in (repo / "bad.mdx").read_text(encoding="utf-8")


def readme_precommit_config() -> str:
    """The first ```yaml block of the README's pre-commit section, as written."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## pre-commit", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert match, "the README's pre-commit section has no yaml block"
    return match.group(1)


def test_the_readme_snippet_works_as_written(tmp_path):
    """A fresh repository with the README's configuration: lessons are linted, README.md
    and planning notes are not (`--force-exclude` keeps `extensions` for named files)."""
    if tools_missing():
        if os.environ.get("CI"):
            pytest.fail("CI must run the pre-commit test: git and pre-commit are needed")
        pytest.skip("git or pre-commit is not installed")
    run(["git", "init", "-q"], tmp_path)
    (tmp_path / ".pre-commit-config.yaml").write_text(readme_precommit_config(), encoding="utf-8")
    lesson = tmp_path / "src" / "content" / "course" / "01-module-1" / "01-intro.mdx"
    lesson.parent.mkdir(parents=True)
    lesson.write_text("---\ntitle: Введение\n---\n\nЗадержка <1 секунды.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes\n\nNo frontmatter here.\n", encoding="utf-8")
    (tmp_path / ".planning").mkdir()
    (tmp_path / ".planning" / "01-PLAN.md").write_text("Plan without frontmatter\n", encoding="utf-8")
    run(["git", "add", "."], tmp_path)
    env = dict(os.environ)
    env.setdefault("PRE_COMMIT_HOME", os.path.expanduser("~/.cache/mdxlint-pre-commit"))
    result = run(["pre-commit", "run", "--all-files"], tmp_path, env)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "01-intro.mdx:5:11: MDX001" in output
    assert "README.md" not in output and "PLAN.md" not in output
    lesson.write_text("---\ntitle: Введение\n---\n\nЗадержка &lt;1 секунды.\n", encoding="utf-8")
    run(["git", "add", "."], tmp_path)
    result = run(["pre-commit", "run", "--all-files"], tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr
