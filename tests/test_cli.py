"""The real command line, run in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import jsonschema

from conftest import FIXTURES, ROOT, run_cli, writable_copy

SAMPLE = FIXTURES / "sample-course"
FM = "---\ntitle: x\n---\n\n"


def test_json_output_fields():
    result = run_cli(str(SAMPLE / "src" / "content"), "--output-format", "json", "--no-cache")
    assert result.returncode == 1, result.stderr
    items = json.loads(result.stdout)
    assert items and all(
        set(item) == {"file", "line", "column", "end_line", "end_column", "code", "severity", "message", "fix"} for item in items
    )
    for item in items:
        assert item["fix"] is None or ({"applicability", "edits"} <= set(item["fix"]))
    assert {item["code"] for item in items} >= {"FM001", "FNC001"}


def test_sarif_validates_against_the_schema():
    result = run_cli(str(SAMPLE / "src" / "content"), "--output-format", "sarif", "--no-cache")
    document = json.loads(result.stdout)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0.json").read_text())
    jsonschema.validate(document, schema)
    assert document["runs"][0]["results"]


def test_sarif_uris_are_percent_encoded(tmp_path):
    """Held-out h106: `my lesson#1%.mdx` was written as it is (its `#` a fragment, `%` an escape)."""
    import urllib.parse

    (tmp_path / "sp").mkdir()
    (tmp_path / "sp" / "my lesson#1%ы.mdx").write_text("# T\n\n[a](./nope.mdx)\n", encoding="utf-8")
    document = json.loads(run_cli("sp", "--output-format", "sarif", "--no-cache", cwd=tmp_path).stdout)
    (uri,) = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in document["runs"][0]["results"]}
    assert uri == "sp/my%20lesson%231%25%D1%8B.mdx" and urllib.parse.unquote(uri) == "sp/my lesson#1%ы.mdx"


def test_github_and_junit_formats():
    result = run_cli(str(SAMPLE / "src" / "content"), "--output-format", "github", "--no-cache")
    lines = result.stdout.decode().splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines)
    assert any("line=" in line and ",col=" in line for line in lines)
    result = run_cli(str(SAMPLE / "src" / "content"), "--output-format", "junit", "--no-cache")
    import xml.etree.ElementTree as ET

    root = ET.fromstring(result.stdout)
    assert root.tag == "testsuites" and int(root.get("failures")) >= 2


def test_text_output_has_frame_and_caret(tmp_path):
    lesson = tmp_path / "a.mdx"
    lesson.write_text(FM + "```\nx\n```\n")
    result = run_cli(str(lesson), "--no-cache")
    out = result.stdout.decode()
    assert "a.mdx:5:1: FNC001" in out
    assert "    5 | ```" in out and "^^^" in out
    assert "Found 1 finding" in out
    assert "\x1b[" not in out  # no colour when not on a terminal


def test_exit_codes(tmp_path):
    good = tmp_path / "good.mdx"
    good.write_text(FM + "text\n")
    assert run_cli(str(good), "--no-cache").returncode == 0
    bad = tmp_path / "bad.mdx"
    bad.write_text(FM + "```\nx\n```\n")
    assert run_cli(str(bad), "--no-cache").returncode == 1
    assert run_cli(str(bad), "--no-cache", "--exit-zero").returncode == 0
    missing = run_cli(str(tmp_path / "nope"), "--no-cache")
    assert missing.returncode == 2 and b"no such file" in missing.stderr and b"Traceback" not in missing.stderr
    usage = run_cli("--select", "NOPE", str(good))
    assert usage.returncode == 2 and b"matches no rule" in usage.stderr
    unknown_option = run_cli("--frobnicate")
    assert unknown_option.returncode == 2


def test_bad_config_is_exit_2(tmp_path):
    (tmp_path / "mdxlint.toml").write_text("colour = true\n")
    (tmp_path / "a.mdx").write_text(FM)
    result = run_cli(str(tmp_path / "a.mdx"), cwd=tmp_path)
    assert result.returncode == 2
    assert b"unknown key `colour`" in result.stderr and b"mdxlint.toml" in result.stderr


def test_a_pyproject_with_a_toml_error_and_an_mdxlint_table_is_exit_2(tmp_path):
    """Held-out h106: its settings were dropped without a word; a pyproject.toml without the table
    is still passed over."""
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = 1.0.0\n[tool.mdxlint]\nignore = ["CRS010"]\n')
    (tmp_path / "a.mdx").write_text(FM)
    result = run_cli("a.mdx", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2 and b"pyproject.toml: invalid TOML" in result.stderr
    (tmp_path / "pyproject.toml").write_text("[project]\nversion = 1.0.0\n")
    assert run_cli("a.mdx", "--no-cache", cwd=tmp_path).returncode == 0


def test_an_unwritable_baseline_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "a.mdx").write_text(FM)
    (tmp_path / "taken").write_text("a file where the baseline's folder should be\n")
    result = run_cli("a.mdx", "--no-cache", "--write-baseline", "taken/b.json", cwd=tmp_path)
    assert result.returncode == 2 and b"cannot write taken/b.json" in result.stderr and b"internal error" not in result.stderr


def test_an_empty_path_is_an_error_not_the_working_folder(tmp_path):
    (tmp_path / "a.mdx").write_text(FM + "```\nx\n```\n")
    result = run_cli("", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2 and b"an empty path" in result.stderr and b"FNC001" not in result.stdout


def test_a_control_character_in_a_json_string_is_named(tmp_path):
    (tmp_path / "t.mdx").write_text(FM + '```json\n{"a": "x\ty"}\n```\n')
    found = json.loads(run_cli("t.mdx", "--no-cache", "--output-format", "json", cwd=tmp_path).stdout)
    assert [d["message"] for d in found if d["code"] == "FNC003"] == [
        "invalid JSON: a string holds a tab (`\\t`) as it is; JSON writes it as an escape"]


def test_closed_standard_input_and_an_interrupt_say_what_happened(tmp_path):
    """Held-out h106: a closed stdin was "cannot write the report", Ctrl-C exited 1 ("findings")."""
    import signal
    import subprocess
    import sys
    import time

    closed = subprocess.run([sys.executable, "-m", "mdxlint", "check", "--no-cache", "--stdin-filename", "x.mdx"],
                            stdin=subprocess.DEVNULL, capture_output=True, cwd=tmp_path)
    assert closed.returncode == 0  # (an empty document: nothing to report)
    closed = subprocess.run([sys.executable, "-c", "import os, runpy, sys; os.close(0); sys.argv = ['mdxlint', 'check', "
                             "'--no-cache', '--stdin-filename', 'x.mdx']; runpy.run_module('mdxlint', run_name='__main__')"],
                            capture_output=True, cwd=tmp_path)
    assert closed.returncode == 2 and b"cannot read standard input" in closed.stderr, closed.stderr
    # (distinct paragraphs: a run of several seconds on an idle machine, so the Ctrl-C lands while it works;
    # 60 files of one repeated line took about 1 s, and a run that had ended got the signal too late)
    for index in range(60):
        (tmp_path / f"{index}.mdx").write_text(FM + "".join(f"Текст {line} страницы {index}.\n\n" for line in range(2500)))
    process = subprocess.Popen([sys.executable, "-m", "mdxlint", "check", "--no-cache", "-q", "."], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.0)
    assert process.poll() is None, "the run ended before the interrupt: the test needs more work for it"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and b"mdxlint: interrupted" in stderr and b"Traceback" not in stderr, stderr


def test_the_output_file_keeps_a_link_and_a_read_only_file(tmp_path):
    """Held-out h106: `-o` replaced a symbolic link with a file, and a read-only report (which --fix
    never does to a lesson)."""
    (tmp_path / "a.mdx").write_text(FM + "```\nx\n```\n")
    (tmp_path / "real.txt").write_text("old\n")
    os.symlink("real.txt", tmp_path / "link.txt")
    run_cli("a.mdx", "--no-cache", "-o", "link.txt", cwd=tmp_path)
    assert os.path.islink(tmp_path / "link.txt") and "FNC001" in (tmp_path / "real.txt").read_text()
    if os.geteuid() != 0:  # (root may write any file)
        (tmp_path / "ro.txt").write_text("kept\n")
        os.chmod(tmp_path / "ro.txt", 0o444)
        result = run_cli("a.mdx", "--no-cache", "-o", "ro.txt", cwd=tmp_path)
        assert result.returncode == 2 and b"read-only" in result.stderr and (tmp_path / "ro.txt").read_text() == "kept\n"


def test_stdin(tmp_path):
    result = run_cli("-", "--stdin-filename", "lesson.mdx", "--output-format", "json", stdin=(FM + "```\nx\n```\n").encode())
    (item,) = json.loads(result.stdout)
    assert item["file"] == "lesson.mdx" and item["line"] == 5
    fixed = run_cli("-", "--fix", "--unsafe-fixes", stdin=(FM + "```\nx\n```\n").encode())
    assert fixed.stdout.decode() == FM + "```text\nx\n```\n"


def test_fix_and_diff(tmp_path):
    lesson = tmp_path / "a.mdx"
    lesson.write_bytes((FM + "```\nx\n```\n").encode())
    diff = run_cli(str(lesson), "--diff", "--unsafe-fixes", "--no-cache")
    assert diff.returncode == 1 and b"+```text" in diff.stdout
    assert lesson.read_text() == FM + "```\nx\n```\n"
    result = run_cli(str(lesson), "--fix", "--unsafe-fixes", "--no-cache")
    assert result.returncode == 0, result.stdout
    assert lesson.read_text() == FM + "```text\nx\n```\n"
    again = run_cli(str(lesson), "--fix", "--unsafe-fixes", "--no-cache")
    assert again.returncode == 0 and lesson.read_text() == FM + "```text\nx\n```\n"


def test_undecodable_file_is_a_diagnostic_not_a_traceback(tmp_path):
    (tmp_path / "cp1251.mdx").write_bytes("---\ntitle: x\n---\n\nПривет\n".encode("cp1251"))
    result = run_cli(str(tmp_path), "--no-cache", "--output-format", "json")
    assert b"Traceback" not in result.stderr
    (item,) = json.loads(result.stdout)
    assert item["code"] == "IO001" and item["line"] == 5


def test_statistics_and_rules_commands():
    result = run_cli(str(SAMPLE / "src" / "content"), "--statistics", "--no-cache")
    assert b"FNC001" in result.stdout and b"FM001" in result.stdout
    listing = run_cli("rules", "--output-format", "json")
    codes = {rule["code"] for rule in json.loads(listing.stdout)}
    assert {"FM001", "FNC001", "SUP001", "INT001", "IO001"} <= codes
    page = run_cli("rule", "fnc001")
    assert page.returncode == 0 and page.stdout.startswith(b"# FNC001: fence-without-language")
    assert run_cli("rule", "XX999").returncode == 2


def test_explicit_file_with_any_extension_and_md_by_config(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(FM + "```\nx\n```\n")
    assert run_cli(str(notes), "--no-cache").returncode == 1
    assert run_cli(str(tmp_path), "--no-cache").returncode == 0  # .md is not linted by default
    (tmp_path / "mdxlint.toml").write_text('extensions = ["mdx", "md"]\n')
    assert run_cli(str(tmp_path), "--no-cache", cwd=tmp_path).returncode == 1


def test_markdown_page_named_on_the_command_line_is_not_held_to_mdx(tmp_path):
    # A `.md` page the site compiles as Markdown (h84: Docusaurus with markdown.format 'detect',
    # Starlight): named on the command line (pre-commit names every staged file), it is linted,
    # but `<a>` HTML, `{#id}` headings and HTML comments are no MDX errors there.
    notes = tmp_path / "notes.md"
    notes.write_text(FM + "## Install {#install}\n\n<a href=\"x\">link\n\n<!-- note -->\n\n```\nx\n```\n")
    found = json.loads(run_cli(str(notes), "--no-cache", "--output-format", "json", cwd=tmp_path).stdout)
    assert {item["code"] for item in found} == {"FNC001"}
    (tmp_path / "mdxlint.toml").write_text('extensions = ["mdx", "md"]\n')  # ... unless `.md` is MDX there
    found = json.loads(run_cli(str(notes), "--no-cache", "--output-format", "json", cwd=tmp_path).stdout)
    assert "MDX001" in {item["code"] for item in found}


def test_real_corpus_runs_without_traceback(corpus, tmp_path):
    copy = tmp_path / "course"
    writable_copy(corpus, copy)
    result = run_cli("src/content", "--output-format", "json", cwd=copy)
    assert result.returncode in (0, 1), result.stderr
    assert b"Traceback" not in result.stderr
    items = json.loads(result.stdout)
    assert not [item for item in items if item["code"].startswith("INT")]
    cached = run_cli("src/content", "--output-format", "json", cwd=copy)
    assert json.loads(cached.stdout) == items
    assert Path(copy / ".mdxlint_cache").is_dir()


def test_the_lint_command_ends_without_teardown_yet_writes_everything(tmp_path):
    """`mdxlint` leaves with os._exit once the lint command is done (no heap teardown):
    the report must still be complete on a pipe, in a file and in --output-file, with
    the same exit code as the in-process command."""
    from click.testing import CliRunner

    from mdxlint.frontends.cli import main

    course = FIXTURES / "sample-course"
    args = [str(course / "src" / "content"), "--no-cache", "--output-format", "json"]
    expected = CliRunner().invoke(main, ["check", *args])
    piped = run_cli(*args)
    assert piped.returncode == expected.exit_code == 1
    assert json.loads(piped.stdout) == json.loads(expected.output)
    target = tmp_path / "report.json"
    written = run_cli(*args, "--output-file", str(target))
    assert written.returncode == 1 and json.loads(target.read_text(encoding="utf-8")) == json.loads(expected.output)
    assert run_cli("--version").returncode == 0


def test_output_file_streams_into_a_temporary_file_that_replaces_the_report(tmp_path):
    """--output-file is written as the report is made (never held whole in memory: 5,000
    lessons' JSON doubled the peak), into a temporary file beside the report that replaces
    it only when complete; the report keeps its mode; /dev/null is written directly."""
    course = FIXTURES / "sample-course" / "src" / "content"
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    result = run_cli(str(course), "--no-cache", "--output-format", "json", "--output-file", str(target))
    assert result.returncode == 1 and json.loads(target.read_text(encoding="utf-8"))
    assert (os.stat(target).st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # no temporary file left
    assert run_cli(str(course), "--no-cache", "--output-file", os.devnull).returncode == 1
    missing = run_cli(str(course), "--no-cache", "--output-file", str(tmp_path / "no" / "r.json"))
    assert missing.returncode == 2 and "cannot write" in missing.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_printable_fast_path_never_skips_an_escape():
    """printable() returns a text that str.isprintable() accepts unchanged: no character it
    escapes (controls, format characters, tab, newline) is printable to Python."""
    from mdxlint.frontends.reporters import _UNPRINTABLE, printable

    assert not [c for c in map(chr, range(0x110000)) if (_UNPRINTABLE.match(c) or c in "\t\n") and c.isprintable()]
    assert printable("a\u202eb\tc\n") == "a\\u202eb\\tc\\n" and printable("Коннектор “x” — y") == "Коннектор “x” — y"


def test_json_lines_are_what_the_json_encoder_writes():
    """report_json writes a finding without building its dict: byte for byte what
    json.JSONEncoder(ensure_ascii=False) writes of Diagnostic.to_json(), for any message, with the
    characters a terminal acts on escaped (json_safe), and it reads back as the same finding."""
    from hypothesis import given, settings, strategies as st

    from mdxlint.frontends.reporters import json_line, json_safe
    from mdxlint.lint.diagnostics import Diagnostic, Severity

    def encode(value):
        return json_safe(json.JSONEncoder(ensure_ascii=False).encode(value))

    @settings(max_examples=300, deadline=None)
    @given(st.text(), st.text(), st.integers(1, 10**6), st.integers(1, 10**6), st.sampled_from(list(Severity)))
    def check(path, message, line, column, severity):
        d = Diagnostic(path=path, code="LNG001", severity=severity, message=message, line=line, column=column,
                       end_line=line, end_column=column + 1, start_offset=0, end_offset=1)
        assert json_line(d) == encode(d.to_json())
        assert json.loads(json_line(d))["message"] == message

    check()


def test_streamed_reports_are_the_reports_of_all_findings_at_once(tmp_path, monkeypatch):
    """JSON and GitHub reports are written file by file as the run makes the findings (a run
    never holds them all): byte for byte what the reporters write of the whole run's findings,
    whatever the severity threshold; with a baseline the whole list is reported as before."""
    import io

    from mdxlint import lint_paths
    from mdxlint.frontends import reporters
    from mdxlint.lint.configuration import load_settings
    from mdxlint.lint.diagnostics import Severity

    course = tmp_path / "course"
    shutil.copytree(SAMPLE, course)
    extra = course / "src" / "content" / "course" / "01-module-1"
    for index in range(30):  # enough files for the worker processes, in folders whose walk order is not path order
        folder = extra.parent / ("01-module-1-extra" if index % 2 else "01-module-1.b")
        folder.mkdir(exist_ok=True)
        (folder / f"{index:02d}-x.mdx").write_text(FM + "```\nx\n```\n\n" + "text\n" * (index % 4), encoding="utf-8")
    monkeypatch.chdir(course)  # the GitHub report shows paths relative to the working folder
    everything = lint_paths([str(course / "src" / "content")], load_settings(start=str(course)), use_cache=False).diagnostics
    assert len({d.path for d in everything}) > 30
    for threshold in ("info", "warning", "error"):
        limit = reporters.severity_rank(Severity(threshold))
        shown = [d for d in everything if reporters.severity_rank(d.severity) <= limit]
        for output_format, report in (("json", reporters.report_json), ("github", reporters.report_github)):
            expected = io.StringIO()
            report(shown, expected)
            result = run_cli(str(course / "src" / "content"), "--output-format", output_format, "--min-severity", threshold,
                             "--no-cache", cwd=str(course))
            assert result.returncode == (1 if shown else 0), result.stderr
            assert result.stdout.decode() == expected.getvalue(), (output_format, threshold)
    stream = io.StringIO()
    writer = reporters.JsonStream(stream)
    for part in ([], everything[:3], [], everything[3:], []):
        writer.write(part)
    writer.close()
    expected = io.StringIO()
    reporters.report_json(everything, expected)
    assert stream.getvalue() == expected.getvalue()
    empty = io.StringIO()
    reporters.JsonStream(empty).close()
    assert empty.getvalue() == "[]\n"


def test_a_file_named_twice_keeps_its_course_findings_under_the_first_name(tmp_path):
    """`mdxlint F ./F`: the course findings of F go under the name given first, as they did
    before findings were made file by file in path order."""
    course = tmp_path / "course"
    shutil.copytree(SAMPLE, course)
    named = "src/content/course/01-module-1/01-introduction.mdx"
    for first, second in ((named, "./" + named), ("./" + named, named)):
        result = run_cli(first, second, "--output-format", "json", "--no-cache", cwd=str(course))
        items = json.loads(result.stdout)
        course_findings = [item for item in items if item["code"].startswith("CRS")]
        assert course_findings and {item["file"] for item in course_findings} == {first}, result.stderr


def test_errors_come_before_a_streamed_report(tmp_path):
    """A path that cannot be linted is reported on stderr before the report's first finding (a CI
    log merges both streams)."""
    import subprocess
    import sys

    course = tmp_path / "course"
    shutil.copytree(SAMPLE, course)
    env = {key: value for key, value in os.environ.items() if key != "MDXLINT_DEBUG"}
    for output_format in ("github", "json", "text"):
        merged = subprocess.run([sys.executable, "-m", "mdxlint", "missing", "src/content", "--output-format", output_format,
                                 "--no-cache"], cwd=course, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                                timeout=300).stdout.decode()
        assert merged.startswith("mdxlint: error: missing: no such file or folder\n"), (output_format, merged[:300])
        assert merged.count("mdxlint: error: missing") == 1


def test_paths_of_two_sites_in_one_run_are_said_to_share_the_first_sites_settings(tmp_path):
    """One run reads one site: naming pages of two sites says so on stderr, rather than judging the second
    by the first's framework silently (held-out s22: a Docusaurus page's HTML comment and a plain page's)."""
    for name, deps in (("docs-site", '{"dependencies": {"@docusaurus/core": "3.7.0"}}'), ("plain", '{"dependencies": {"@mdx-js/mdx": "3.0.0"}}')):
        (tmp_path / name).mkdir()
        (tmp_path / name / "package.json").write_text(deps, encoding="utf-8")
        (tmp_path / name / "page.mdx").write_text("# T\n\nText.\n", encoding="utf-8")
    both = run_cli(str(tmp_path / "docs-site" / "page.mdx"), str(tmp_path / "plain" / "page.mdx"), "--no-cache")
    assert b"belong to 2 sites" in both.stderr
    one = run_cli(str(tmp_path / "plain" / "page.mdx"), str(tmp_path / "plain"), "--no-cache")
    assert b"sites" not in one.stderr


def test_diff_is_a_patch_patch_reads():
    """--diff splits lines at \\n only, as diff and patch do (a form feed or U+2028 is inside its line,
    a CR-only file is one line) and marks a last line without one (held-out h37: `patch` refused both)."""
    from mdxlint.lint.fixes import unified_patch

    assert unified_patch("a\fb\nold", "a\fb\nnew", "x.mdx") == (
        "--- a/x.mdx\n+++ b/x.mdx\n@@ -1,2 +1,2 @@\n a\fb\n-old\n\\ No newline at end of file\n+new\n\\ No newline at end of file\n")
    assert unified_patch("a\rold\r", "a\rnew\r", "x.mdx").count("\n") == 7  # (one line each way, and the markers)


def test_code_frame_counts_lines_as_positions_do(tmp_path):
    """The code frame shows the line the position names: a form feed or U+2028 ends no line (h37)."""
    page = tmp_path / "a.mdx"
    page.write_text("One\u2028two\f three.\n\n```\nx\n```\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", "FNC001", str(page), cwd=tmp_path)
    assert "    3 | ```" in result.stdout.decode(), result.stdout


def test_output_file_that_is_an_input_is_refused(tmp_path):
    """`-o a.mdx` on a.mdx replaced the lesson with the report (held-out h37)."""
    page = tmp_path / "a.mdx"
    page.write_text("# T\n\n```\nx\n```\n", encoding="utf-8")
    for target in ("a.mdx", "."):
        result = run_cli("check", "--no-cache", target, "-o", "a.mdx", cwd=tmp_path)
        assert result.returncode == 2 and b"file being linted" in result.stderr, result.stderr
    assert page.read_text(encoding="utf-8") == "# T\n\n```\nx\n```\n"


def test_stdin_document_is_judged_with_the_course_on_disk(tmp_path):
    """--stdin-filename: the course rules read the other lessons from disk, the document in place of
    its file: the same findings as the file's (held-out h37: a false order gap and a false broken
    link, the lessons on disk unseen)."""
    course = writable_copy(FIXTURES / "sample-course", tmp_path / "course")
    page = course / "src" / "content" / "course" / "01-module-1" / "03-third.mdx"
    text = ("---\ntitle: \"Третий\"\ndescription: \"Д\"\norder: 3\ndifficulty: \"beginner\"\nestimatedTime: 5\ntopics: [\"a\"]\n"
            "---\n\nСм. [урок](/sample-course/course/01-module-1/01-introduction).\n")
    page.write_text(text, encoding="utf-8")
    as_file = run_cli("check", "--no-cache", "--output-format", "json", str(page.relative_to(course)), cwd=course)
    as_stdin = run_cli("check", "--no-cache", "--output-format", "json", "--stdin-filename", str(page.relative_to(course)), "-",
                       cwd=course, stdin=text.encode())
    codes = lambda result: sorted(d["code"] for d in json.loads(result.stdout))  # noqa: E731
    assert codes(as_stdin) == codes(as_file), (as_stdin.stdout, as_file.stdout)
    assert "CRS010" not in codes(as_stdin) and "CRS004" not in codes(as_stdin)


def test_an_interrupt_while_the_command_line_is_imported_says_what_happened():
    """A Ctrl-C in the tenth of a second the command line takes to import printed Python's
    KeyboardInterrupt traceback: the console entry point answers it as a later one is answered."""
    import subprocess
    import sys

    code = ("import os, signal, time, mdxlint.frontends.entry as entry\n"
            "signal.signal(signal.SIGINT, entry._interrupted_early)\n"
            "os.kill(os.getpid(), signal.SIGINT)\n"
            "time.sleep(30)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 130 and done.stderr == b"mdxlint: interrupted\n", done.stderr
    entry = subprocess.run([sys.executable, "-m", "mdxlint", "--version"], capture_output=True, timeout=60)
    assert entry.returncode == 0 and entry.stdout.startswith(b"mdxlint"), entry


def test_an_interrupt_that_lands_in_a_finalizer_still_ends_the_run_with_130(monkeypatch, capsys):
    """A Ctrl-C whose exception is raised inside code Python runs for an object being freed (a
    __del__, a generator closed as it is dropped) is printed by Python as ignored and lost: the run
    went on and ended with 0.  It ends with 130, and nothing is printed as an ignored error."""
    import signal
    import sys

    import pytest

    from mdxlint.frontends import cli

    class Freed:
        def __del__(self):
            cli._interrupted(signal.SIGINT, None)

    def main(prog_name):
        Freed()  # freed at once: the Ctrl-C is raised in its __del__, where Python cannot raise it
        raise SystemExit(0)

    monkeypatch.setattr(cli, "main", main)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    previous = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(SystemExit) as done:
            cli.run()
    finally:
        signal.signal(signal.SIGINT, previous)
    err = capsys.readouterr().err
    assert done.value.code == 130 and "mdxlint: interrupted" in err and "Exception ignored" not in err, err
