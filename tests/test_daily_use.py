"""What a person sees and does every day: the text view, thresholds, escaping, output
files, statistics, baselines, usage errors, configuration messages (issue 18)."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from conftest import FIXTURES, run_cli, writable_copy

FM = "---\ntitle: x\n---\n\n"
SAMPLE = FIXTURES / "sample-course" / "src" / "content"
# A warning (fence without language), an info (Cyrillic comment in code) and an error (bad JSON).
MIXED = FM + "```\nx\n```\n\n```python\nx = 1  # комментарий\n```\n\n```json\n{\"a\": }\n```\n"


def lesson(tmp_path, text=MIXED, name="a.mdx"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_view_leads_with_errors_and_says_what_is_hidden(tmp_path):
    out = run_cli(str(lesson(tmp_path)), "--no-cache").stdout.decode()
    findings = [line for line in out.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
    assert [re.search(r"\[(\w+)\]", line).group(1) for line in findings] == ["error", "warning"]
    assert "LNG002" not in "\n".join(findings)  # the info is hidden by default ...
    assert "Hidden: 1 info (LNG002 1); show them with --min-severity info." in out  # ... and said so
    assert "errors        1  FNC003 1" in out and "warnings      1  FNC001 1" in out
    shown = run_cli(str(lesson(tmp_path)), "--no-cache", "--min-severity", "info").stdout.decode()
    assert "LNG002 [info]" in shown and "Hidden" not in shown
    only_errors = run_cli(str(lesson(tmp_path)), "--no-cache", "--min-severity", "error")
    assert "FNC001" not in only_errors.stdout.decode().split("Found")[0] and only_errors.returncode == 1


def test_machine_formats_keep_every_finding_and_the_threshold_applies_when_asked(tmp_path):
    path = str(lesson(tmp_path))
    every = json.loads(run_cli(path, "--no-cache", "--output-format", "json").stdout)
    assert {item["code"] for item in every} == {"FNC001", "FNC003", "LNG002"}
    errors = json.loads(run_cli(path, "--no-cache", "--output-format", "json", "--min-severity", "error").stdout)
    assert {item["code"] for item in errors} == {"FNC003"}


def test_min_severity_from_the_configuration(tmp_path):
    lesson(tmp_path)
    (tmp_path / "mdxlint.toml").write_text('min-severity = "error"\n')
    out = run_cli("a.mdx", "--no-cache", cwd=tmp_path).stdout.decode()
    assert "FNC003" in out and "FNC001 [warning]" not in out and "Hidden: 1 warning, 1 info" in out
    (tmp_path / "mdxlint.toml").write_text('min-severity = "loud"\n')
    bad = run_cli("a.mdx", cwd=tmp_path)
    assert bad.returncode == 2 and b"min-severity: expected 'error', 'warning' or 'info'" in bad.stderr


def test_only_hidden_findings_exit_zero(tmp_path):
    path = lesson(tmp_path, FM + "```python\nx = 1  # комментарий\n```\n")
    result = run_cli(str(path), "--no-cache")
    assert result.returncode == 0 and b"No findings in 1 file shown." in result.stdout and b"1 info" in result.stdout


def test_control_characters_from_files_are_escaped(tmp_path):
    text = FM + "Задержка <1 \x1b[31mred\x1b[0m \u202eevil\u202c.\n\n```\nx\n```\n"
    path = lesson(tmp_path, text, name="\x1b[32mname.mdx")
    out = run_cli(str(path), "--no-cache", "--min-severity", "info").stdout.decode()
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31mred" in out and "\\u202eevil" in out and "\\x1b[32mname.mdx" in out
    github = run_cli(str(path), "--no-cache", "--output-format", "github").stdout.decode()
    assert "\x1b" not in github
    junit = run_cli(str(path), "--no-cache", "--output-format", "junit").stdout.decode()
    ET.fromstring(junit)  # control characters would make it invalid XML


def test_binary_files_are_not_echoed(tmp_path):
    path = tmp_path / "blob.mdx"
    path.write_bytes(b"---\ntitle: x\n---\n\n```\n\x00\x01\x02 binary \x00\n```\n")
    out = run_cli(str(path), "--no-cache").stdout.decode()
    assert "FNC001" in out and " | " not in out and "\x00" not in out


def test_lines_fit_the_terminal_and_positions_stay_whole(tmp_path):
    long = FM + "This is a long explanation that the authors wrote in English, and it is not Russian. " * 3 + "\n\n```\nx\n```\n"
    path = lesson(tmp_path, long, name="l.mdx")
    (tmp_path / "mdxlint.toml").write_text('prose-language = "ru"\n', encoding="utf-8")  # one page: too little to tell
    out = run_cli("l.mdx", "--no-cache", cwd=tmp_path, env={"COLUMNS": "60"}).stdout.decode()
    lines = out.splitlines()
    assert lines and all(len(line) <= 60 for line in lines), [line for line in lines if len(line) > 60]
    assert any(line.startswith("l.mdx:5:1: LNG001 [warning]") for line in lines)
    piped = run_cli(str(path), "--no-cache").stdout.decode()  # piped, no COLUMNS: one line per finding
    assert any(len(line) > 100 and "LNG001" in line for line in piped.splitlines())


def test_output_file(tmp_path):
    path = lesson(tmp_path)
    report = tmp_path / "report.json"
    result = run_cli(str(path), "--no-cache", "--output-format", "json", "--output-file", str(report))
    assert result.returncode == 1 and result.stdout == b""
    assert {item["code"] for item in json.loads(report.read_text())} == {"FNC001", "FNC003", "LNG002"}


def test_statistics_in_every_format(tmp_path):
    path = str(lesson(tmp_path))
    rows = json.loads(run_cli(path, "--no-cache", "--statistics", "--output-format", "json").stdout)
    assert {row["code"]: row["count"] for row in rows} == {"FNC001": 1, "FNC003": 1, "LNG002": 1}
    assert all({"name", "severities", "fixable", "unsafe_fixable"} <= set(row) for row in rows)
    text = run_cli(path, "--no-cache", "--statistics").stdout.decode()
    assert "FNC003" in text and "LNG002" in text  # statistics count every severity by default
    for fmt in ("sarif", "github", "junit"):
        out = run_cli(path, "--no-cache", "--statistics", "--output-format", fmt).stdout.decode()
        assert "FNC003" in out, fmt


def test_junit_totals_are_the_sums_of_the_suites(tmp_path):
    lesson(tmp_path)
    lesson(tmp_path, FM + "Текст.\n", name="clean.mdx")
    root = ET.fromstring(run_cli(str(tmp_path), "--no-cache", "--output-format", "junit").stdout)
    suites = root.findall("testsuite")
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites) == 4
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites) == 2  # the info is no failure
    assert len(root.findall(".//failure")) == 2 and len(root.findall(".//system-out")) == 1


def test_usage_errors_instead_of_silently_ignored_options(tmp_path):
    path = str(lesson(tmp_path))
    unsafe = run_cli(path, "--unsafe-fixes")
    assert unsafe.returncode == 2 and b"--unsafe-fixes" in unsafe.stderr and b"--fix" in unsafe.stderr
    named = run_cli(path, "--stdin-filename", "x.mdx")
    assert named.returncode == 2 and b"pass `-`" in named.stderr
    implied = run_cli("--stdin-filename", "x.mdx", "--output-format", "json", "--min-severity", "info", stdin=MIXED.encode())
    assert {item["file"] for item in json.loads(implied.stdout)} == {"x.mdx"}


def test_summary_counts_unsafe_fixes(tmp_path):
    out = run_cli(str(lesson(tmp_path)), "--no-cache").stdout.decode()
    assert "1 finding with --fix --unsafe-fixes" in out


def test_configuration_errors_name_the_right_table_and_suggest(tmp_path):
    lesson(tmp_path)
    (tmp_path / "mdxlint.toml").write_text("selct = ['FM']\n")
    result = run_cli("a.mdx", cwd=tmp_path)
    assert result.returncode == 2
    assert b"unknown key `selct` in the top level (did you mean `select`?)" in result.stderr
    assert b"[tool.mdxlint]" not in result.stderr
    (tmp_path / "mdxlint.toml").write_text("[course]\ncontent-rot = 'x'\n")
    assert b"in [course] (did you mean `content-root`?)" in run_cli("a.mdx", cwd=tmp_path).stderr
    (tmp_path / "mdxlint.toml").unlink()
    (tmp_path / "pyproject.toml").write_text("[tool.mdxlint.rules.FM001]\nrequird = true\n")
    message = run_cli("a.mdx", cwd=tmp_path).stderr
    assert b"[tool.mdxlint.rules.FM001]: unknown option `requird` (did you mean `required`?)" in message
    assert b"did you mean FNC001" not in run_cli("a.mdx", "--select", "FNC01X").stderr  # not close enough ...
    assert b"(did you mean `FNC001`?)" in run_cli("a.mdx", "--select", "FNC0001").stderr  # ... close


def test_force_exclude_applies_filters_to_named_files(tmp_path):
    (tmp_path / "README.md").write_text("No frontmatter.\n")
    (tmp_path / "drafts").mkdir()
    lesson(tmp_path / "drafts")
    (tmp_path / "mdxlint.toml").write_text('exclude = ["drafts"]\n')
    named = run_cli("README.md", "drafts/a.mdx", "--no-cache", cwd=tmp_path)
    assert named.returncode == 1  # named files are linted whatever the filters ...
    forced = run_cli("README.md", "drafts/a.mdx", "--no-cache", "--force-exclude", cwd=tmp_path)
    assert forced.returncode == 0 and b"FM001" not in forced.stdout  # ... unless forced


def test_spk019_fix_is_not_applied_as_safe(tmp_path):
    text = FM + "```python\nquery = df.writeStream.format(\"console\").trigger(once=True).start()\n```\n"
    path = lesson(tmp_path, text)
    run_cli(str(path), "--fix", "--no-cache")
    assert "once=True" in path.read_text()


def test_baseline_reports_only_new_findings(tmp_path, corpus):
    """Acceptance: a baseline of the course; 10 lines inserted at the top of three lessons
    and one new broken link: exactly the new finding is reported."""
    course = tmp_path / "course"
    writable_copy(corpus, course)
    content = course / "src" / "content"
    baseline = tmp_path / "baseline.json"
    written = run_cli(str(content), "--write-baseline", str(baseline), "--no-cache")
    assert written.returncode == 0, written.stderr
    recorded = json.loads(baseline.read_text())
    assert recorded["format"] == "mdxlint-baseline" and sum(f["count"] for f in recorded["findings"]) > 1000
    lessons = sorted(content.rglob("*.mdx"))[:3]
    for path in lessons:
        text = path.read_text(encoding="utf-8")
        end = text.index("\n---", 3) + 4  # after the frontmatter
        path.write_text(text[:end] + "\n" + "Новая строка текста.\n" * 10 + text[end:], encoding="utf-8")
    with lessons[0].open("a", encoding="utf-8") as stream:
        stream.write("\nСмотрите [урок](/debezium-course/course/99-module-99/01-nowhere).\n")
    result = run_cli(str(content), "--baseline", str(baseline), "--no-cache", "--output-format", "json", "--min-severity", "info")
    items = json.loads(result.stdout)
    assert [(item["code"], item["file"].endswith(lessons[0].name)) for item in items] == [("CRS010", True)], items
    summary = run_cli(str(content), "--baseline", str(baseline), "--no-cache").stdout.decode()
    assert "recorded in the baseline" in summary


def test_baseline_notes_fixed_findings(tmp_path):
    path = lesson(tmp_path)
    baseline = tmp_path / "b.json"
    assert run_cli(str(path), "--write-baseline", str(baseline), "--no-cache").returncode == 0
    assert run_cli(str(path), "--baseline", str(baseline), "--no-cache").returncode == 0
    path.write_text(MIXED.replace("```\nx\n```", "```text\nx\n```"), encoding="utf-8")
    out = run_cli(str(path), "--baseline", str(baseline), "--no-cache").stdout.decode()
    assert "1 baseline entry no longer matches a finding (fixed)" in out
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    result = run_cli(str(path), "--baseline", str(bad))
    assert result.returncode == 2 and b"not an mdxlint baseline" in result.stderr


def test_summary_says_how_many_of_the_files_hold_findings(tmp_path):
    (tmp_path / "a.mdx").write_text("# A\n\nText <5 here.\n", encoding="utf-8")
    (tmp_path / "b.mdx").write_text("# B\n\nText.\n", encoding="utf-8")
    result = run_cli(str(tmp_path), "--no-cache", "--select", "MDX001")
    assert b"Found 1 finding in 1 of 2 files: 1 error." in result.stdout
    (tmp_path / "b.mdx").write_text("# B\n\nText <6 here.\n", encoding="utf-8")
    assert b"Found 2 findings in 2 files: 2 errors." in run_cli(str(tmp_path), "--no-cache", "--select", "MDX001").stdout
