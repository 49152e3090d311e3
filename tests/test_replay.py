"""Stored reports (mdxlint/frontends/replay.py): a cached run whose inputs are unchanged
shows the report it stored; any change of what the report was made from makes it lint
again.  Each test runs the real command line in a subprocess.

A replay is told from a run by marking the stored report: where the mark shows, the
report was replayed; where the inputs changed, the output must be a fresh run's."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from mdxlint.lint.cache import read_pickle, write_pickle

MARK = "<<replayed>>\n"


@pytest.fixture
def course(tmp_path: Path) -> Path:
    root = tmp_path / "course"
    shutil.copytree(FIXTURES / "sample-course", root)
    return root


def _reports(root: Path) -> list[Path]:
    return sorted((root / ".mdxlint_cache").glob("v*-report-*.pickle"))


def _mark_stored_reports(root: Path) -> int:
    reports = _reports(root)
    for file in reports:
        stored = read_pickle(file)
        stored["report"] = MARK.encode() + stored["report"]
        assert write_pickle(file.parent, file, stored)
    return len(reports)


def _lint(root: Path, *args: str, env: dict | None = None):
    return run_cli("src/content", *args, cwd=root, env=env)


def test_an_unchanged_run_replays_its_report_byte_for_byte(course):
    cold = _lint(course, "--no-cache")
    first = _lint(course)
    assert first.stdout == cold.stdout and first.returncode == cold.returncode == 1
    assert first.stdout and _reports(course)
    second = _lint(course)
    assert (second.stdout, second.stderr, second.returncode) == (first.stdout, first.stderr, 1)
    assert _mark_stored_reports(course) == 1
    third = _lint(course)
    assert third.stdout.decode() == MARK + first.stdout.decode() and third.returncode == 1
    # --exit-zero changes only the exit code of the same report
    assert _lint(course, "--exit-zero").returncode == 0


@pytest.mark.parametrize(
    "change",
    ["edit a lesson", "add a lesson", "remove a lesson", "edit a component", "edit the content schema", "add a component"],
)
def test_a_change_of_an_input_lints_again(course, change):
    _lint(course)
    _mark_stored_reports(course)
    lessons = course / "src" / "content" / "course"
    first = lessons / "01-module-1" / "01-introduction.mdx"
    if change == "edit a lesson":
        first.write_text(first.read_text(encoding="utf-8") + "\n```\nno language\n```\n", encoding="utf-8")
    elif change == "add a lesson":
        shutil.copy(first, lessons / "01-module-1" / "03-copy.mdx")
    elif change == "remove a lesson":
        (lessons / "01-module-1" / "02-first-connector.mdx").unlink()
    elif change == "edit a component":
        component = course / "src" / "components" / "Callout.tsx"
        component.write_text(component.read_text(encoding="utf-8") + "\n// changed\n", encoding="utf-8")
    elif change == "edit the content schema":
        schema = course / "src" / "content" / "config.ts"
        schema.write_text(schema.read_text(encoding="utf-8") + "\n// changed\n", encoding="utf-8")
    elif change == "add a component":
        (course / "src" / "components" / "Note.tsx").write_text("export default function Note() { return null; }\n")
    again = _lint(course)
    assert MARK.encode() not in again.stdout
    assert again.stdout == _lint(course, "--no-cache").stdout
    # and the new report is stored: the next run replays it
    _mark_stored_reports(course)
    assert _lint(course).stdout.startswith(MARK.encode())


def test_a_lesson_outside_the_named_files_is_an_input_of_the_course_rules(course):
    named = "src/content/course/01-module-1/01-introduction.mdx"
    run_cli(named, cwd=course)
    assert _mark_stored_reports(course) == 1
    other = course / "src" / "content" / "course" / "01-module-1" / "02-first-connector.mdx"
    assert run_cli(named, cwd=course).stdout.startswith(MARK.encode())
    other.write_text(other.read_text(encoding="utf-8").replace("title:", "title: Renamed\nx-title:", 1), encoding="utf-8")
    again = run_cli(named, cwd=course)
    assert MARK.encode() not in again.stdout
    assert again.stdout == run_cli(named, "--no-cache", cwd=course).stdout


@pytest.mark.parametrize(
    "options",
    [("--min-severity", "info"), ("--output-format", "json"), ("--output-format", "github"), ("-q",), ("--statistics",), ("--select", "FNC")],
)
def test_each_kind_of_report_is_stored_apart(course, options):
    plain = _lint(course)
    fresh = _lint(course, *options, "--no-cache")
    first = _lint(course, *options)
    assert first.stdout == fresh.stdout and first.returncode == fresh.returncode
    assert len(_reports(course)) == 2
    _mark_stored_reports(course)
    replayed = _lint(course, *options)
    assert replayed.stdout.decode() == MARK + fresh.stdout.decode()
    assert _lint(course).stdout.decode() == MARK + plain.stdout.decode()


def test_the_terminal_width_and_colour_are_part_of_the_key(course):
    _lint(course, env={"COLUMNS": "80"})
    _mark_stored_reports(course)
    for env in ({"COLUMNS": "100"}, {"FORCE_COLOR": "1", "COLUMNS": "80"}):
        result = _lint(course, env=env)
        assert MARK.encode() not in result.stdout
        assert result.stdout == _lint(course, "--no-cache", env=env).stdout


def test_the_working_folder_is_part_of_the_key(course):
    _lint(course)
    _mark_stored_reports(course)
    content = course / "src" / "content"
    elsewhere = run_cli(str(content), cwd=content)
    assert MARK.encode() not in elsewhere.stdout


def test_runs_that_are_never_replayed(course):
    # a run with an error (a path that does not exist) stores nothing
    assert _lint(course, "missing.mdx").returncode == 2
    assert not _reports(course)
    # --fix, --diff and a baseline always lint
    _lint(course)
    _mark_stored_reports(course)
    for options in (("--diff",), ("--fix",), ("--write-baseline", "b.json")):
        result = _lint(course, *options)
        assert MARK.encode() not in result.stdout + result.stderr
    baseline = _lint(course, "--baseline", "b.json")
    assert MARK.encode() not in baseline.stdout
    # nor is a run without the cache, and it stores nothing new
    before = {path: path.stat().st_mtime_ns for path in _reports(course)}
    assert MARK.encode() not in _lint(course, "--no-cache").stdout
    assert {path: path.stat().st_mtime_ns for path in _reports(course)} == before


def test_an_unreadable_or_foreign_stored_report_is_ignored(course):
    first = _lint(course)
    for file in _reports(course):
        file.write_bytes(b"not a pickle")
    assert _lint(course).stdout == first.stdout
    for file in _reports(course):
        write_pickle(file.parent, file, {"key": "another", "report": MARK})
    assert _lint(course).stdout == first.stdout
    # A pickle not signed with this user's key is never loaded (unpickling runs code it names).
    for file in _reports(course):
        file.write_bytes(pickle.dumps({"key": "another", "report": MARK}))
    assert _lint(course).stdout == first.stdout


def test_the_report_goes_to_the_output_file_too(course, tmp_path):
    target = tmp_path / "report.txt"
    _lint(course, "-o", str(target))
    stored = target.read_bytes()
    os.unlink(target)
    _mark_stored_reports(course)
    _lint(course, "-o", str(target))
    assert target.read_bytes() == MARK.encode() + stored


def test_files_course_rules_found_on_disk_are_inputs(tmp_path):
    """Links to Markdown files and imports outside the components folder: course rules ask the
    file system, and the cached course findings (and a stored report) hold only while each
    answer does (this was a stale cache before stored reports)."""
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "src" / "lib").mkdir(parents=True)
    (site / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.5.0"}}')
    (site / "docusaurus.config.js").write_text('export default {presets: [["classic", {docs: {}}]]};\n')
    (site / "docs" / "a.mdx").write_text(
        "---\ntitle: A\n---\n\nimport Thing from '../src/lib/Thing';\n\nSee [b](./b.md) and [c](/c.md).\n\n<Thing />\n"
    )
    (site / "docs" / "b.md").write_text("---\ntitle: B\n---\n\nB.\n")
    (site / "docs" / "c.md").write_text("---\ntitle: C\n---\n\nC.\n")
    (site / "src" / "lib" / "Thing.tsx").write_text("export default function Thing() { return null; }\n")
    page = "docs/a.mdx"  # one page named: the pages it links to are not linted, only looked up
    assert run_cli(page, cwd=site).returncode == 0
    for gone, code in (("docs/b.md", "CRS010"), ("docs/c.md", "CRS010"), ("src/lib/Thing.tsx", "MDX101")):
        assert _mark_stored_reports(site) == 1
        (site / gone).unlink()
        result = run_cli(page, cwd=site)
        assert MARK.encode() not in result.stdout
        assert result.stdout == run_cli(page, "--no-cache", cwd=site).stdout
        assert code.encode() in result.stdout and result.returncode == 1
        # the course findings alone (no stored report) are not stale either
        for file in _reports(site):
            file.unlink()
        assert run_cli(page, cwd=site).stdout == result.stdout


def test_the_sites_i18n_setup_is_an_input(tmp_path):
    """The language rules judge a page by the language the site's i18n setup expects for it,
    read from the site's config (not from the page): a change there makes a run lint again (the
    per-file findings were kept by the page's content alone before)."""
    site = tmp_path / "site"
    shutil.copytree(FIXTURES / "sites" / "docusaurus", site)
    config = site / "website" / "docusaurus.config.js"
    text = config.read_text(encoding="utf-8")
    assert "  title: 'Widgets',\n" in text
    config.write_text(text.replace("  title: 'Widgets',\n", "  title: 'Widgets',\n  i18n: {defaultLocale: 'en', locales: ['en']},\n"),
                      encoding="utf-8")
    first = run_cli("docs", cwd=site)
    assert b"LNG001" not in first.stdout
    config.write_text(config.read_text(encoding="utf-8").replace("defaultLocale: 'en'", "defaultLocale: 'ru'"), encoding="utf-8")
    again = run_cli("docs", cwd=site)
    assert b"LNG001" in again.stdout
    assert again.stdout == run_cli("docs", "--no-cache", cwd=site).stdout


def test_a_config_reached_through_a_link_is_read_where_it_is(tmp_path):
    """With a configuration file, the project's root is the folder of the file it is: pointing a
    symbolic link at another one changes the root (here, where `/src/...` imports resolve)."""
    project, first, second = tmp_path / "proj", tmp_path / "cfgA", tmp_path / "cfgB"
    (project / "src" / "content" / "course" / "01-module-1").mkdir(parents=True)
    (first / "src" / "components").mkdir(parents=True)
    second.mkdir()
    (project / "src" / "content" / "course" / "01-module-1" / "01-a.mdx").write_text(
        "---\ntitle: A\n---\n\nimport { Callout } from '/src/components/Callout';\n\n<Callout>x</Callout>\n", encoding="utf-8")
    (first / "src" / "components" / "Callout.tsx").write_text("export function Callout() { return null }\n")
    for folder in (first, second):
        (folder / "mdxlint.toml").write_text('select = ["MDX"]\n')
    link = project / "mdxlint.toml"
    link.symlink_to(first / "mdxlint.toml")
    assert run_cli("src/content", cwd=project).returncode == 0
    link.unlink()
    link.symlink_to(second / "mdxlint.toml")
    again = run_cli("src/content", cwd=project)
    assert b"MDX101" in again.stdout and again.returncode == 1
    assert again.stdout == run_cli("src/content", "--no-cache", cwd=project).stdout


def test_the_folder_a_run_starts_from_is_part_of_the_cache_key(tmp_path):
    """A site of no known framework has its root where the run starts; rules read it (PY002 knows
    the files under it), so results kept from a run started elsewhere are not used."""
    project = tmp_path / "py"
    lesson = project / "src" / "content" / "course" / "01-module-1" / "01-a.mdx"
    lesson.parent.mkdir(parents=True)
    lesson.write_text('---\ntitle: "A"\n---\n\n# A\n\n```python\nprint(undefined_thing)\n```\n', encoding="utf-8")
    run_cli(".", cwd=project)
    again = run_cli("src/content", cwd=project)
    assert again.stdout == run_cli("src/content", "--no-cache", cwd=project).stdout


def test_a_pipe_named_like_a_page_is_not_read(tmp_path):
    """A folder run reads regular files only: a FIFO named `*.mdx` would block the run forever."""
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.mdx").write_text("# A\n\nText.\n", encoding="utf-8")
    os.mkfifo(content / "b.mdx")
    result = run_cli(str(content), "--no-cache")
    assert result.returncode == 0 and b"1 file" in result.stdout
