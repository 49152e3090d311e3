"""Engine behaviour: suppressions, internal errors, configuration, fixes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mdxlint import lint_paths, lint_text
from mdxlint.api import fix_text
from mdxlint.lint.configuration import load_settings, settings_from_table
from mdxlint.project.settings import ConfigError, Settings
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.engine import Linter

ROOT = Path(__file__).resolve().parent.parent
from mdxlint.lint.registry import register, unregister
from mdxlint.lint.rule import Rule

FM = "---\ntitle: x\n---\n\n"


def codes(diagnostics):
    return [d.code for d in diagnostics]


def test_fence_without_language_and_suppressions():
    text = FM + "```\nplain\n```\n"
    assert codes(lint_text(text)) == ["FNC001"]
    suppressed = FM + "{/* mdxlint-disable-next-line FNC001 */}\n```\nplain\n```\n"
    assert codes(lint_text(suppressed)) == []
    ranged = FM + "{/* mdxlint-disable FNC001 */}\n\n```\na\n```\n\n{/* mdxlint-enable FNC001 */}\n\n```\nb\n```\n"
    result = lint_text(ranged)
    assert codes(result) == ["FNC001"] and result[0].line == 13


def test_unused_suppression_is_reported():
    text = FM + "{/* mdxlint-disable-next-line FNC001 */}\nplain text\n"
    result = lint_text(text)
    assert codes(result) == ["SUP001"]
    assert (result[0].line, result[0].column) == (5, 1)
    unknown = lint_text(FM + "{/* mdxlint-disable-next-line NOPE123 */}\ntext\n")
    assert codes(unknown) == ["SUP001"] and "NOPE123" in unknown[0].message


def test_a_directive_mdxlint_does_not_read_silences_nothing_and_is_reported():
    """Held-out h106: `mdxlint-disable-line FNC001` (ESLint's word) was read as `mdxlint-disable` of the
    codes `-line FNC001`, silencing FNC001 to the end of the file without a word."""
    text = FM + "{/* mdxlint-disable-line FNC001 */}\n```\na\n```\n\n```\nb\n```\n"
    result = lint_text(text)
    assert codes(result) == ["SUP001", "FNC001", "FNC001"]
    assert "`mdxlint-disable-line` is no directive" in result[0].message
    nextline = lint_text(FM + "{/* mdxlint-disable-nextline */}\n```\na\n```\n")
    assert codes(nextline) == ["SUP001", "FNC001"]
    # A word that is no code beside the codes a used suppression silences is said too.
    used = lint_text(FM + "{/* mdxlint-disable-next-line FNC001 junk */}\n```\na\n```\n")
    assert codes(used) == ["SUP001"] and "junk" in used[0].message and used[0].fix is None
    # A reason after ` -- ` (ESLint's way) is no code (review h107); `mdxlint-disable:CODE` is named whole.
    assert codes(lint_text(FM + "{/* mdxlint-disable-next-line FNC001 -- not yet: see #12 */}\n```\na\n```\n")) == []
    colon = lint_text(FM + "{/* mdxlint-disable:FNC001 */}\n```\na\n```\n")
    assert codes(colon) == ["SUP001", "FNC001"] and "`mdxlint-disable:FNC001` is no directive" in colon[0].message


def test_noqa_in_python_fence():
    class PythonLines(Rule):
        """Test rule: flags every Python line containing `flagme`."""

        code = "TST901"
        name = "test-python-lines"
        severity = Severity.WARNING

        def check(self, doc, ctx):
            for fence in doc.fences:
                for index, line in enumerate(fence.body_lines):
                    col = line.find("flagme")
                    if col >= 0:
                        start = fence.offset_of(index, col)
                        ctx.report(start, start + 6, "flagged")

    register(PythonLines)
    try:
        settings = Settings(select=["TST901", "SUP001"])
        text = FM + "```python\nflagme()  # noqa: TST901\nflagme()\nx = 1  # noqa: TST901\ny = 2  # noqa: E501\n```\n"
        result = lint_text(text, settings=settings)
        assert [(d.code, d.line) for d in result] == [("TST901", 7), ("SUP001", 8)]
        assert result[0].column == 1
    finally:
        unregister("TST901")


def test_a_failing_rule_becomes_an_internal_error_and_the_run_goes_on():
    class Exploding(Rule):
        """Test rule that always fails."""

        code = "TST902"
        name = "test-exploding"

        def check(self, doc, ctx):
            raise ValueError("boom")

    register(Exploding)
    try:
        result = lint_text(FM + "```\nx\n```\n", path="lesson.mdx", settings=Settings(extend_select=["TST902"]))
        assert sorted(codes(result)) == ["FNC001", "INT001"]
        internal = next(d for d in result if d.code == "INT001")
        assert "TST902" in internal.message and "boom" in internal.message and internal.path == "lesson.mdx"
    finally:
        unregister("TST902")


def test_config_errors_name_key_and_file(tmp_path):
    config = tmp_path / "mdxlint.toml"
    config.write_text('selec = ["FM"]\n')
    with pytest.raises(ConfigError, match=r"unknown key `selec`.*"):
        load_settings(config)
    config.write_text('[rules.FNC001]\nseverity = "fatal"\n')
    with pytest.raises(ConfigError, match="FNC001.*severity"):
        load_settings(config)
    config.write_text('[rules.FM001]\nrequired = "yes"\n')
    with pytest.raises(ConfigError, match="FM001.*required.*expected bool"):
        load_settings(config)
    config.write_text('select = ["XYZ"]\n')
    with pytest.raises(ConfigError, match="matches no rule"):
        load_settings(config)
    config.write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_settings(config)


def test_config_discovery_and_options(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mdxlint]\nignore = ["FNC001"]\n[tool.mdxlint.rules.FM001]\nrequired = false\n'
    )
    lessons = tmp_path / "content"
    lessons.mkdir()
    (lessons / "a.mdx").write_text("без frontmatter\n\n```\nx\n```\n")
    settings = load_settings(start=str(lessons))
    assert settings.config_path.endswith("pyproject.toml")
    run = lint_paths([str(lessons)], settings, use_cache=False)
    assert run.diagnostics == []


def test_per_file_ignores(tmp_path):
    settings = settings_from_table({"per-file-ignores": {"drafts/**": ["FNC"]}}, str(tmp_path / "mdxlint.toml"))
    (tmp_path / "drafts" / "x").mkdir(parents=True)
    (tmp_path / "drafts" / "x" / "a.mdx").write_text(FM + "```\nx\n```\n")
    (tmp_path / "b.mdx").write_text(FM + "```\nx\n```\n")
    run = lint_paths([str(tmp_path)], settings, use_cache=False)
    assert [(Path(d.path).name, d.code) for d in run.diagnostics] == [("b.mdx", "FNC001")]


def test_missing_path_and_empty_folder(tmp_path):
    run = lint_paths([str(tmp_path / "missing")], Settings(), use_cache=False)
    assert run.files == [] and "no such file" in run.errors[0]
    run = lint_paths([str(tmp_path)], Settings(), use_cache=False)
    assert run.files == [] and run.errors == []


def test_undecodable_and_huge_files(tmp_path):
    bad = tmp_path / "bad.mdx"
    bad.write_bytes(FM.encode() + "текст\n".encode() + b"ab\xff\xfe\n")
    huge = tmp_path / "huge.mdx"
    huge.write_bytes(b"x" * 200)
    settings = Settings(max_file_size=100)
    run = lint_paths([str(bad), str(huge)], settings, use_cache=False)
    found = {(Path(d.path).name, d.code, d.line, d.column) for d in run.diagnostics}
    assert ("bad.mdx", "IO001", 6, 3) in found
    assert ("huge.mdx", "IO002", 1, 1) in found


def test_a_utf16_file_is_said_to_be_one(tmp_path):
    """Held-out h106: UTF-16 without a byte order mark decoded as UTF-8 (half NUL bytes) and passed
    with no finding; with the mark it was "byte 0xff cannot be decoded"."""
    text = "# Заголовок\n\nТекст [a](./nope.mdx) red\n"
    (tmp_path / "le.mdx").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "be.mdx").write_bytes("# T\n\nText\n".encode("utf-16-be"))
    (tmp_path / "bom.mdx").write_bytes(text.encode("utf-16"))
    (tmp_path / "nul.mdx").write_bytes(FM.encode() + b"text with a NUL \x00 byte\n")
    run = lint_paths([str(tmp_path)], Settings(), use_cache=False)
    found = {(Path(d.path).name, d.code): d.message for d in run.diagnostics if d.code == "IO001"}
    assert sorted(found) == [("be.mdx", "IO001"), ("bom.mdx", "IO001"), ("le.mdx", "IO001")]
    assert "little-endian" in found[("le.mdx", "IO001")] and "byte order mark" in found[("bom.mdx", "IO001")]


def test_text_from_no_file_has_the_same_size_limit(tmp_path):
    """Held-out h106: standard input and an editor's buffer were linted whatever their size (20 MB on
    stdin: 53 s, 1.5 GB); the limit counts bytes in UTF-8, as a file's does."""
    settings = Settings(max_file_size=100)
    assert [d.code for d in lint_text("x" * 101, "a.mdx", settings)] == ["IO002"]
    assert "IO002" not in [d.code for d in lint_text("ж" * 50, "a.mdx", settings)]  # 100 bytes
    assert [d.code for d in lint_text("ж" * 51, "a.mdx", settings)] == ["IO002"]  # 102 bytes


def test_max_file_size_must_be_above_zero(tmp_path):
    from mdxlint.project.settings import ConfigError, load_settings

    for value in ("0", "-1", "true", '"5MB"'):
        (tmp_path / "mdxlint.toml").write_text(f"max-file-size = {value}\n")
        with pytest.raises(ConfigError):
            load_settings(str(tmp_path / "mdxlint.toml"))


def test_fix_is_idempotent_and_keeps_bytes():
    settings = Settings()
    linter = Linter(settings)
    text = "\ufeff---\r\ntitle: x\r\n---\r\n\r\n```\r\nplain\r\n```\r\n"
    fixed, count = fix_text(text, "a.mdx", linter, unsafe=True)
    assert count == 1
    assert fixed == text.replace("```\r\nplain", "```text\r\nplain")
    again, count = fix_text(fixed, "a.mdx", linter, unsafe=True)
    assert (again, count) == (fixed, 0)
    # Unsafe fixes stay out without the flag.
    assert fix_text(text, "a.mdx", linter)[1] == 0


def test_fix_write_failure_leaves_the_file_untouched(tmp_path, monkeypatch):
    lesson = tmp_path / "a.mdx"
    original = (FM + "```\nx\n```\n").encode()
    lesson.write_bytes(original)
    os.chmod(lesson, 0o640)

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    run = lint_paths([str(lesson)], Settings(), use_cache=False, fix=True, unsafe_fixes=True)
    assert lesson.read_bytes() == original
    assert run.errors and "unchanged" in run.errors[0]
    assert [p.name for p in tmp_path.iterdir()] == ["a.mdx"]  # the temporary file is gone
    monkeypatch.undo()
    run = lint_paths([str(lesson)], Settings(), use_cache=False, fix=True, unsafe_fixes=True)
    assert lesson.read_bytes() == original.replace(b"```\nx", b"```text\nx")
    assert oct(lesson.stat().st_mode & 0o777) == oct(0o640)


def test_fix_that_breaks_the_file_is_not_written():
    class Breaking(Rule):
        """Test rule whose fix inserts an unclosed tag."""

        code = "TST903"
        name = "test-breaking-fix"

        def check(self, doc, ctx):
            from mdxlint.lint.diagnostics import Fix

            if "<Broken" not in doc.text:
                ctx.report(len(doc.text), len(doc.text), "x", Fix.replace(len(doc.text), len(doc.text), "\n<Broken\n"))

    register(Breaking)
    try:
        settings = Settings(extend_select=["TST903"], select=["FM001", "TST903"])
        linter = Linter(settings)
        text = FM + "text\n"
        assert fix_text(text, "a.mdx", linter) == (text, 0)
    finally:
        unregister("TST903")


def test_cache_gives_the_same_result(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.mdx").write_text(FM + "```\nx\n```\n")
    first = lint_paths(["a.mdx"], Settings(root=str(tmp_path)))
    assert (tmp_path / ".mdxlint_cache").is_dir()
    second = lint_paths(["a.mdx"], Settings(root=str(tmp_path)))
    assert [d.to_json() for d in first.diagnostics] == [d.to_json() for d in second.diagnostics]
    (tmp_path / "a.mdx").write_text(FM + "```sql\nx\n```\n")
    assert lint_paths(["a.mdx"], Settings(root=str(tmp_path))).diagnostics == []


class _Planted:
    """What a planted cache file would run when unpickled."""

    def __reduce__(self):
        return (open, (str(_PLANTED_MARK[0]), "w"))


_PLANTED_MARK: list = [None]


def test_a_cache_file_not_signed_by_this_user_is_never_unpickled(tmp_path, monkeypatch):
    """Held-out h106: unpickling runs what the pickle names, so a cache file planted in (or committed
    to) a project must not be loaded; only files signed with the user's own key are read."""
    import pickle

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.mdx").write_text(FM + "```\nx\n```\n")
    first = lint_paths(["a.mdx"], Settings(root=str(tmp_path)))
    files = sorted((tmp_path / ".mdxlint_cache").glob("v*.pickle"))
    assert files
    _PLANTED_MARK[0] = tmp_path / "planted-ran"
    for file in files:
        file.write_bytes(pickle.dumps({"a.mdx": _Planted()}))
    second = lint_paths(["a.mdx"], Settings(root=str(tmp_path)))
    assert not (tmp_path / "planted-ran").exists()
    assert [d.to_json() for d in first.diagnostics] == [d.to_json() for d in second.diagnostics]
    key = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mdxlint" / "cache-key"
    assert key.stat().st_mode & 0o077 == 0


def test_the_cache_key_is_never_made_in_the_project(tmp_path, monkeypatch):
    """Review h107: with no home folder, or a relative XDG_CACHE_HOME, the key landed in the working
    folder, where a repository could ship it with a pickle signed by it; a key file of another owner
    or mode is not trusted; an empty one (a killed run) is replaced."""
    from mdxlint.lint import cache

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cache, "_KEY", {})
    monkeypatch.setenv("XDG_CACHE_HOME", ".cache")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # (no home folder: "~" stays "~")
    assert cache.user_cache_folder() is None and cache._signing_key() is None
    assert not (tmp_path / ".cache").exists() and not (tmp_path / "~").exists()
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "xdg" / "mdxlint"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    (folder / "cache-key").write_bytes(b"")
    os.chmod(folder / "cache-key", 0o600)
    monkeypatch.setattr(cache, "_KEY", {})
    key = cache._signing_key()
    assert key is not None and len(key) == 32 and (folder / "cache-key").read_bytes() == key
    os.chmod(folder / "cache-key", 0o644)  # (others may read it: not the user's secret)
    monkeypatch.setattr(cache, "_KEY", {})
    assert cache._signing_key() is None


def test_parallel_run_matches_serial(tmp_path):
    for index in range(30):
        (tmp_path / f"{index:02d}.mdx").write_text(FM + ("```\nx\n```\n" if index % 3 else "ok\n"))
    serial = lint_paths([str(tmp_path)], Settings(), use_cache=False, jobs=1)
    parallel = lint_paths([str(tmp_path)], Settings(), use_cache=False, jobs=2)
    assert [d.to_json() for d in serial.diagnostics] == [d.to_json() for d in parallel.diagnostics]
    assert len(serial.diagnostics) == 20


def test_rule_facts_come_from_a_manifest_without_importing_rules(tmp_path):
    """A cached run needs codes, defaults and severities, not the rules' code."""
    import subprocess
    import sys

    from mdxlint.lint.registry import RuleInfo, all_rules, rule_infos

    assert rule_infos() == {code: RuleInfo.of(rule) for code, rule in all_rules().items()}
    probe = (
        "import sys; from mdxlint.lint.registry import rule_infos; infos = rule_infos(); "
        "print(len(infos), any(name.startswith('mdxlint.rules.') for name in sys.modules))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    count = str(len(all_rules()))
    assert first.stdout.split() == [count, "True"]  # built by importing the rules
    assert second.stdout.split() == [count, "False"]  # read back, nothing imported
    assert len(list((tmp_path / "mdxlint").glob("rules-*.json"))) == 1


def test_cached_course_findings_follow_every_change(tmp_path, monkeypatch):
    """A cached run reads no lesson's facts when the course findings are cached too; they
    are recomputed when any lesson, linted or only read, or a component changes."""
    import shutil

    course = tmp_path / "course"
    shutil.copytree(ROOT / "fixtures" / "sample-course", course)
    monkeypatch.chdir(course)
    lesson = course / "src" / "content" / "course" / "01-module-1" / "02-first-connector.mdx"
    other = course / "src" / "content" / "course" / "01-module-1" / "01-introduction.mdx"

    def shapes(**kwargs):
        run = lint_paths([str(kwargs.pop("target", "src/content"))], load_settings(start=str(course)), **kwargs)
        return [d.to_json() for d in run.diagnostics]

    assert shapes() == shapes() == shapes(use_cache=False)
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\n[next](/course/01-module-1/99-missing)\n", encoding="utf-8")
    changed = shapes()
    assert changed == shapes(use_cache=False) and any("99-missing" in d["message"] for d in changed)
    # Only the other lesson is named: the edited one is read for the course, from the cache.
    other.write_text(other.read_text(encoding="utf-8") + "\n[back](/course/01-module-1/02-first-connector#nowhere)\n",
                     encoding="utf-8")
    assert shapes(target=other) == shapes(target=other, use_cache=False)
    (course / "src" / "components" / "Callout.tsx").write_text("export default function Other() { return null }\n")
    assert shapes() == shapes(use_cache=False)


def test_analyze_files_reuses_the_command_lines_cache(tmp_path, monkeypatch):
    """The language server reads the lessons it does not show through analyze_files:
    after a command-line run, unchanged lessons come from the cache, not the parser."""
    import shutil

    from mdxlint.api import analyze_files, discover

    course = tmp_path / "course"
    shutil.copytree(ROOT / "fixtures" / "sample-course", course)
    monkeypatch.chdir(course)
    settings = load_settings(start=str(course / "src" / "content"))
    lint_paths(["src/content"], settings)
    files, _ = discover([str(course / "src" / "content")], settings)
    fresh = {path: Linter(settings).analyze_path(path) for path in files}
    parsed: list[str] = []
    original = Linter.analyze_path

    def counting(self, path, **kwargs):
        parsed.append(path)
        return original(self, path, **kwargs)

    monkeypatch.setattr(Linter, "analyze_path", counting)
    changed = Path(files[0])
    changed.write_text(changed.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    outcomes = analyze_files(files, Linter(settings))
    assert parsed == [files[0]]  # only the changed lesson was parsed again
    for path in files[1:]:
        assert [h.slug for h in outcomes[path].facts.headings] == [h.slug for h in fresh[path].facts.headings]
        assert [(r.code, r.start) for r in outcomes[path].raw] == [(r.code, r.start) for r in fresh[path].raw]
    assert analyze_files(files, Linter(settings)) and parsed == [files[0]]  # and the cache now has it


def test_fix_reports_the_course_findings_of_the_fixed_text(tmp_path, monkeypatch):
    """After --fix, course findings are those of the fixed lessons: a link the fix gave
    the site's base is no longer reported (in a run with and without a cache)."""
    import shutil

    course = tmp_path / "course"
    shutil.copytree(ROOT / "fixtures" / "sample-course", course)
    monkeypatch.chdir(course)
    lesson = course / "src" / "content" / "course" / "01-module-1" / "02-first-connector.mdx"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nСм. [введение](/course/01-module-1/01-introduction).\n",
                      encoding="utf-8")
    settings = load_settings(start=str(course))
    before = lint_paths(["src/content"], settings, use_cache=False)
    assert any(d.code == "CRS011" for d in before.diagnostics)
    for use_cache in (True, False):
        fixed = lint_paths(["src/content"], load_settings(start=str(course)), fix=True, use_cache=use_cache)
        assert not any(d.code == "CRS011" for d in fixed.diagnostics), use_cache
        assert "/sample-course/course/01-module-1/01-introduction" in lesson.read_text(encoding="utf-8")
    fresh = lint_paths(["src/content"], load_settings(start=str(course)), use_cache=False)
    assert [d.to_json() for d in fixed.diagnostics] == [d.to_json() for d in fresh.diagnostics]


def test_cached_lessons_go_by_the_name_they_are_linted_under(tmp_path, monkeypatch):
    """The cache is the project's, not the working folder's: lessons cached by a run from
    the project root, read again from a subfolder (or by the language server, whatever
    its working folder), keep their course findings and raise no false ones."""
    import shutil

    from mdxlint.api import analyze_files, discover
    from mdxlint.project.course import CourseIndex

    course = tmp_path / "course"
    shutil.copytree(ROOT / "fixtures" / "sample-course", course)
    (course / "pyproject.toml").write_text("[tool.mdxlint]\n", encoding="utf-8")
    lesson = course / "src" / "content" / "course" / "01-module-1" / "02-first-connector.mdx"
    lesson.write_text(lesson.read_text(encoding="utf-8") + "\nСм. [введение](/course/01-module-1/01-introduction).\n",
                      encoding="utf-8")
    monkeypatch.chdir(course)
    lint_paths(["src/content"], load_settings(start=str(course)))  # fills the project's cache
    (course / "sub").mkdir()
    monkeypatch.chdir(course / "sub")

    def shapes(**kwargs):
        run = lint_paths(["../src/content"], load_settings(start=str(course)), **kwargs)
        return [d.to_json() for d in run.diagnostics]

    cached = shapes()
    assert cached == shapes(use_cache=False) and any(d["code"] == "CRS011" for d in cached)
    # What the language server does when it opens a lesson: the index keys are the lessons.
    settings = load_settings(start=str(course))
    files, _ = discover([str(course / "src" / "content")], settings)
    index = CourseIndex(settings)
    for outcome in analyze_files(files, Linter(settings)).values():
        index.add(outcome.facts)
    assert sorted(index.lessons) == sorted(os.path.abspath(path) for path in files)


def test_findings_come_in_path_order_whatever_order_the_folders_are_walked_in(tmp_path):
    """A run makes each file's final findings in turn (none held as a whole to be sorted):
    files go by their paths, so `a-b/` (`-` sorts before `/`) comes before `a/`, which a
    folder walk visits first."""
    for folder in ("a", "a-b", "a.c"):
        (tmp_path / folder).mkdir()
        for name in ("z.mdx", "b.mdx"):
            (tmp_path / folder / name).write_text(FM + "```\nx\n```\n\n```\ny\n```\n")
    run = lint_paths([str(tmp_path)], Settings(), use_cache=False, jobs=1)
    paths = [Path(d.path).relative_to(tmp_path).as_posix() for d in run.diagnostics]
    assert paths[0] == "a-b/b.mdx" and paths.index("a.c/z.mdx") < paths.index("a/b.mdx")
    assert len(run.diagnostics) == 12
    assert run.diagnostics == sorted(run.diagnostics, key=lambda d: d.sort_key())


def test_cached_lessons_keep_what_the_course_stage_let_go_of(tmp_path, monkeypatch):
    """A command-line run lets the course rules release what only they read (LNG001's page
    summaries) once the cache is written: a later run that reads those lessons from the
    cache, with the course findings to make afresh, finds what a cold run finds."""
    import shutil

    course = tmp_path / "course"
    shutil.copytree(ROOT / "fixtures" / "sample-course", course)
    monkeypatch.chdir(course)
    module = course / "src" / "content" / "course" / "01-module-1"
    lesson, other = module / "02-first-connector.mdx", module / "01-introduction.mdx"
    english = "\nThis paragraph was left in English: the connector reads the log and writes the changes to a topic.\n"
    lesson.write_text(lesson.read_text(encoding="utf-8") + english, encoding="utf-8")
    settings = Settings(select=["LNG001", "CRS"], prose_language="ru", prose_language_configured=True)

    def shapes(**kwargs):
        return [d.to_json() for d in lint_paths(["src/content"], settings, **kwargs).diagnostics]

    cold = shapes(use_cache=False)
    assert [d["file"].endswith("02-first-connector.mdx") for d in cold if d["code"] == "LNG001"] == [True]
    assert shapes() == cold and shapes() == cold  # filling the cache, then all from it
    other.write_text(other.read_text(encoding="utf-8") + "\nЕщё один абзац о коннекторе.\n", encoding="utf-8")
    assert shapes() == shapes(use_cache=False)  # the edited lesson parsed, the other from the cache
    assert any(d["code"] == "LNG001" for d in shapes())
