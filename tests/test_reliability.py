"""Hostile input: reproducers of what fuzzing found, deep nesting, and a small fuzzing
run (the large campaign: ``python -m tests.fuzz --count 100000 --seed N``)."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz.campaign import Campaign, Document, corpus_files, documents  # noqa: E402
from fuzz.grammar import DEEP_KINDS, deep  # noqa: E402

from mdxlint.api import lint_text  # noqa: E402
from mdxlint.lint.diagnostics import Applicability  # noqa: E402
from mdxlint.project.settings import Settings  # noqa: E402

ALL = Settings(select=["ALL"])
FRONT = '---\ntitle: "Урок"\n---\n\n'


def lint(text: str, select=("ALL",)):
    return lint_text(text, "lesson.mdx", Settings(select=list(select)))


def no_internal_errors(diagnostics) -> None:
    assert not [d.message for d in diagnostics if d.code == "INT001"]


# -- fence language positions come from the parse -------------------------------------


@pytest.mark.parametrize(
    "opening, shown",
    [
        ("```a\x00stro", "a\ufffdstro"),  # NUL: CommonMark reads U+FFFD (fuzzing found this)
        ("```jsn\\!", "jsn\\!"),  # a backslash escape (kept in the info string here)
        ("```&#106;sn", "&#106;sn"),  # an entity (kept too)
        ("> ```pyhton", "pyhton"),  # inside a block quote
        ("- ```\tcron", "cron"),  # a tab before the language
    ],
)
def test_unknown_language_is_located_by_the_parse(opening, shown):
    text = FRONT + opening + "\nx = 1\n" + opening.split("```")[0] + "```\n"
    diagnostics = lint(text, ["FNC002", "FNC003"])
    no_internal_errors(diagnostics)
    (finding,) = [d for d in diagnostics if d.code == "FNC002"]
    assert f"`{shown}`" in finding.message
    line = text.split("\n")[finding.line - 1]
    assert finding.line == 5 and line[finding.column - 1 :].startswith(opening.split("```", 1)[1].lstrip(" \t")[:1])
    verbatim = shown in line.replace("\0", "\ufffd")  # (the model reads NUL as U+FFFD, as CommonMark does)
    assert (finding.fix is not None) == verbatim  # a fix only where the name stands as read


def test_jsonc_suggestion_points_at_the_language():
    text = FRONT + '> ```json\n> {"a": 1 // note\n> }\n> ```\n'
    settings = Settings(select=["FNC003"], rule_options={"FNC003": {"comments": "suggest-jsonc"}})
    (finding,) = lint_text(text, "lesson.mdx", settings)
    assert (finding.line, finding.column, finding.end_column) == (5, 6, 10)
    assert finding.fix_positions[0]["content"] == "jsonc"


@pytest.mark.parametrize(
    "lang, suggestion",
    [("pyhton", "python"), ("jsn", "json"), ("yamll", "yaml"), ("javscript", "javascript"), ("bahs", "bash"),
     ("cron", "text"), ("markdoc", "text"), ("promql", "text"), ("avro", "text")],
)
def test_language_suggestions_are_plausible(lang, suggestion):
    (finding,) = lint(FRONT + f"```{lang}\nx\n```\n", ["FNC002"])
    assert finding.message.split("use `")[1].startswith(suggestion + "`"), finding.message
    assert finding.fix is not None and finding.fix.applicability is Applicability.UNSAFE
    assert finding.fix_positions[0]["content"] == suggestion


def test_line_highlights_glued_to_a_known_language_get_a_space():
    (finding,) = lint(FRONT + "```js{2-3}\nx\n```\n", ["FNC002"])
    assert "`js {2-3}`" in finding.message
    assert finding.fix.applicability is Applicability.UNSAFE
    assert finding.fix_positions == [{"start": {"line": 5, "column": 6}, "end": {"line": 5, "column": 6}, "content": " "}]


@pytest.mark.parametrize("text", ["{`${}`}\n", "<A b={`${}`} />\n", "<A {...`${}`} />\n", "export const a = `${}`\n\nx\n"])
def test_javascript_parser_failures_are_not_internal_errors(text):
    # esprima raises AssertionError on an empty `${}` (found by random scanner tests).
    no_internal_errors(lint(FRONT + text))


@pytest.mark.parametrize("line", ["{", "{'", "*_`[<{!["])
def test_thousands_of_unclosed_braces_take_linear_time(line):
    import time

    count = 8_000 // len(line)
    text = FRONT + "a " + line * count + "\n\n" + (line + "\n") * (count // 4)
    started = time.process_time()
    diagnostics = lint(text, ["MDX001", "INT001"])
    assert time.process_time() - started < 10  # each `{` was scanned to the end: minutes
    assert {d.code for d in diagnostics} == {"MDX001"}


# -- deep nesting is a finding, never an internal error ---------------------------------


@pytest.mark.parametrize("kind", DEEP_KINDS)
@pytest.mark.parametrize("depth", [300, 3000])
def test_deep_nesting_is_reported_not_crashed(kind, depth):
    text = FRONT + deep(random.Random(0), depth, kind) + "\n\nПосле: [раздел](#нет).\n"
    diagnostics = lint(text)
    no_internal_errors(diagnostics)
    # What follows the deep part is still read.
    assert any(d.code == "CRS012" and "нет" in d.message for d in diagnostics)


def _bomb(levels: int) -> str:
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines)


@pytest.mark.parametrize("key", ["title", "description", "order", "prerequisites", "tags"])
def test_a_yaml_alias_bomb_in_the_frontmatter_is_refused_not_walked(key):
    # 9 ** 9 values once written out: showing the value in an FM002 message never ended.
    text = "---\n" + _bomb(9) + f"\n{key}: *l8\n---\n\nТекст.\n"
    path = str(Path(__file__).resolve().parent.parent / "fixtures/sample-course/src/content/course/01-module-1/01-x.mdx")
    diagnostics = lint_text(text, path, ALL)
    no_internal_errors(diagnostics)
    (finding,) = [d for d in diagnostics if d.code.startswith("FM")]
    assert finding.code == "FM001" and "more than 100,000 values" in finding.message


def test_a_yaml_alias_bomb_or_loop_in_a_fence():
    diagnostics = lint(FRONT + "```yaml\n" + _bomb(9) + "\n```\n\n```yaml\na: &a [*a]\n```\n", ["FNC004", "FNC005"])
    assert [d.code for d in diagnostics] == ["FNC004", "FNC004"]
    assert "more than 100,000 values" in diagnostics[0].message and "contains itself" in diagnostics[1].message


def test_deep_json_says_how_deep():
    diagnostics = lint(FRONT + "```json\n" + '{"a": ' * 10_000 + "1" + "}" * 10_000 + "\n```\n", ["FNC003", "FNC005"])
    (finding,) = diagnostics
    assert finding.code == "FNC003" and "nested 10,000 levels deep; mdxlint reads up to 200" in finding.message


def test_deep_python_says_how_deep():
    body = "df = spark.readStream" + ".select('a')" * 300 + ".load()"
    diagnostics = lint(FRONT + "```python\n" + body + "\n```\n", ["PY001", "PY002"])
    (finding,) = diagnostics
    assert finding.code == "PY001" and "nested" in finding.message and "mdxlint reads up to 250" in finding.message


def test_deep_lists_are_read_past_the_limit_and_reported():
    text = FRONT + "\n".join("  " * i + "- item" for i in range(100)) + "\n\nПосле: [раздел](#нет).\n"
    diagnostics = lint(text, ["IO002", "CRS012"])
    assert [d.code for d in diagnostics] == ["IO002", "CRS012"]
    assert "nested 64 levels deep here" in diagnostics[0].message and "mdxlint reads 63 levels" in diagnostics[0].message


def test_the_nesting_limit_is_said_as_it_is_applied():
    """Held-out h106: 64 block quotes were reported as nested "more than 64 levels"."""
    assert lint(FRONT + ">" * 63 + " x\n", ["IO002"]) == []
    (found,) = lint(FRONT + ">" * 64 + " x\n", ["IO002"])
    assert "nested 64 levels deep here" in found.message


def test_ten_nested_lists_are_read_in_full():
    # CommonMark's preset stopped at 20 levels (ten lists) and dropped the rest of the file.
    text = FRONT + "\n".join("  " * i + "- item" for i in range(12)) + "\n\nПосле: [раздел](#нет).\n"
    assert [d.code for d in lint(text, ["IO002", "CRS012"])] == ["CRS012"]


# -- fuzzing, small --------------------------------------------------------------------


def test_small_fuzzing_run_finds_no_internal_error():
    """60 documents: mutated lessons and site pages (when the corpus is here), generated
    MDX and deep nesting, through every rule and the fixes."""
    campaign = Campaign(fix_every=5, timeout=60)
    sources = [p for p in corpus_files() if p.stat().st_size < 40_000][:200]
    result = campaign.run(documents(seed=20, count=60, sources=sources))
    assert result.checked == 60
    assert not result.failures, "\n\n".join(f"#{f.document.index} {f.document.generator}: {f.detail}" for f in result.failures)


def test_the_campaign_counts_internal_errors():
    """The harness itself: an input that makes a rule raise is counted."""
    campaign = Campaign(fix_every=0)
    rule = next(r for r in campaign.linter.file_rules if r.code == "FNC001")
    original = rule.check
    rule.check = lambda doc, ctx: 1 / 0  # type: ignore[method-assign]
    try:
        failures = campaign.check(Document(0, "grammar", FRONT + "```\nx\n```\n"))
    finally:
        rule.check = original  # type: ignore[method-assign]
    assert [f.kind for f in failures] == ["INT001"] and "ZeroDivisionError" in failures[0].detail


def test_a_long_prerequisite_chain_with_a_cycle(tmp_path):
    """CRS002 walked prerequisites recursively: 1,500 lessons in a chain ended in
    RecursionError (INT001)."""
    from mdxlint.lint.engine import Linter
    from mdxlint.project.course import CourseIndex

    count = 1500
    root = tmp_path / "course"
    content = root / "src" / "content" / "course" / "01-module-1"
    content.mkdir(parents=True)
    (root / "package.json").write_text("{}")
    settings = Settings(select=["CRS002"], root=str(root))
    settings.course.lesson_pattern = r"(?P<module>\d\d-module-\d+)/(?P<lesson>\d{4}-[^/]+)\.mdx?$"
    settings.course.prerequisite_pattern = r"module-(?P<module_number>\d+)/(?P<lesson>\d{4}-[^/]+)"
    linter = Linter(settings)
    index = CourseIndex(settings)
    for number in range(1, count + 1):
        previous = count if number == 1 else number - 1
        text = f'---\ntitle: "Урок"\norder: {number}\nprerequisites:\n  - "module-1/{previous:04d}-l"\n---\n\nТекст.\n'
        outcome = linter.analyze_text(str(content / f"{number:04d}-l.mdx"), text)
        index.add(outcome.facts)
    findings = [d for diagnostics in linter.course_diagnostics(index).values() for d in diagnostics]
    assert [d.code for d in findings] == ["CRS002"], [d.message[:200] for d in findings]
    assert findings[0].message.count("→") == count


def test_linted_documents_do_not_stay_in_memory():
    """A cached JavaScript parse error kept its traceback, and with it the frames of the
    lint that met it: the document, its tokens and its text, for as long as the cache
    (8,192 entries) kept the error.  A language server grew with every such edit."""
    import gc

    from mdxlint.mdx.document import Document

    campaign = Campaign(fix_every=0)
    for index in range(40):
        text = FRONT + f"Текст {{a{index} +}} и {{b{index}(}}.\n\n<A c={{d{index} +}} />\n\n```python\nx{index} = (\n```\n"
        campaign.lint(text)
    gc.collect()
    assert sum(1 for o in gc.get_objects() if isinstance(o, Document)) == 0


def test_text_no_output_can_encode_is_escaped(tmp_path):
    """Held-out h30: a lone surrogate decoded from a JSON string, and a file name whose bytes are not
    UTF-8, crashed every output format (UnicodeEncodeError) or made the JSON report invalid; the
    escaper let format characters such as U+061C, U+00AD and the tag characters through."""
    import json as json_module

    from conftest import run_cli
    from mdxlint.frontends.reporters import printable

    page = tmp_path / "s.mdx"
    page.write_text('---\ntitle: "T"\n---\n\n```json\n{"\\ud800": 1, "\\ud800": 2}\n```\n', encoding="utf-8")
    odd = os.path.join(os.fsencode(str(tmp_path)), b"b\x9bc.mdx")
    with open(odd, "wb") as handle:
        handle.write(b"# A\n\n```\nx\n```\n")
    for output in ("text", "json", "sarif", "junit", "github"):
        result = run_cli("check", "--no-cache", "--output-format", output, str(tmp_path))
        assert result.returncode == 1 and b"internal error" not in result.stderr, (output, result.stderr)
        result.stdout.decode("utf-8")  # (valid UTF-8 throughout)
        if output == "json":
            found = json_module.loads(result.stdout)
            assert any("\\ud800" in d["message"] for d in found) and any(d["file"].endswith("b\\x9bc.mdx") for d in found)
    baseline = tmp_path / "bl.json"
    assert run_cli("check", "--no-cache", "--write-baseline", str(baseline), str(tmp_path)).returncode == 0
    assert printable("a\u061cb\u00adc\U000e0041d") == "a\\u061cb\\xadc\\U000e0041d"


def test_bad_configurations_baselines_and_folders_get_clear_errors(tmp_path):
    """Held-out h30: each of these stopped the run with an internal error (or walked the whole disk)."""
    from conftest import run_cli

    page = tmp_path / "a.mdx"
    page.write_text('---\ntitle: "T"\n---\n\nText.\n', encoding="utf-8")
    config = tmp_path / "mdxlint.toml"
    for text, said in [("tool = 1\n", "`tool` must be a table"), ("tool = {mdxlint = [1]}\n", "`tool.mdxlint` must be a table"),
                       ("a = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
                       ('[course]\ncontent-root = "/"\n', "is outside the project")]:
        config.write_text(text, encoding="utf-8")
        result = run_cli("check", "--no-cache", str(page), cwd=tmp_path)
        assert result.returncode == 2 and said.encode() in result.stderr and b"internal error" not in result.stderr, result.stderr
    config.unlink()
    baseline = tmp_path / "bl.json"
    for text, said in [('{"format": "mdxlint-baseline", "version": 1, "findings": [{"file": "a", "code": "X", "text": "t", '
                        '"count": Infinity}]}', "no valid file, code, text or count"),
                       ("[" * 100000 + "]" * 100000, "nested too deeply")]:
        baseline.write_text(text, encoding="utf-8")
        result = run_cli("check", "--no-cache", "--baseline", str(baseline), str(page), cwd=tmp_path)
        assert result.returncode == 2 and b"internal error" not in result.stderr, result.stderr
    result = run_cli("check", "--no-cache", "--baseline", "/dev/zero", str(page), cwd=tmp_path)
    assert result.returncode == 2 and b"not a regular file" in result.stderr


def test_fixes_keep_links_and_read_only_files_and_baselines_keep_their_mode(tmp_path):
    """Held-out h30: --fix replaced a symbolic link by a file (the target kept its fence), split hard
    links, rewrote a read-only file; --write-baseline made the baseline 0600."""
    import stat as stat_module

    from conftest import run_cli

    text = '---\ntitle: "T"\n---\n\n```\nx\n```\n'
    (tmp_path / "real.mdx").write_text(text, encoding="utf-8")
    (tmp_path / "lessons").mkdir()
    os.symlink("../real.mdx", tmp_path / "lessons" / "link.mdx")
    run_cli("check", "--no-cache", "--fix", "--unsafe-fixes", "--select", "FNC001", str(tmp_path / "lessons" / "link.mdx"))
    assert os.path.islink(tmp_path / "lessons" / "link.mdx") and "```text" in (tmp_path / "real.mdx").read_text(encoding="utf-8")
    for name in ("ro.mdx", "hard.mdx"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    os.chmod(tmp_path / "ro.mdx", 0o444)
    os.link(tmp_path / "hard.mdx", tmp_path / "hard2.mdx")
    result = run_cli("check", "--no-cache", "--fix", "--unsafe-fixes", "--select", "FNC001", str(tmp_path / "ro.mdx"), str(tmp_path / "hard.mdx"))
    assert b"read-only" in result.stderr and b"hard links" in result.stderr and result.returncode == 2
    assert (tmp_path / "ro.mdx").read_text(encoding="utf-8") == text and (tmp_path / "hard2.mdx").read_text(encoding="utf-8") == text
    baseline = tmp_path / "bl.json"
    baseline.write_text("{}", encoding="utf-8")
    os.chmod(baseline, 0o644)
    run_cli("check", "--no-cache", "--write-baseline", str(baseline), str(tmp_path / "real.mdx"))
    assert stat_module.S_IMODE(os.stat(baseline).st_mode) == 0o644


def test_plan_and_configuration_errors_show_file_text_escaped(tmp_path):
    """Held-out h30: `mdxlint plan` and configuration errors printed a file's escape sequences raw."""
    from conftest import run_cli

    (tmp_path / "mdxlint.toml").write_text('select = ["FNC\\u001b]8;;http://x\\u0007y"]\n', encoding="utf-8")
    result = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 2 and b"\x1b" not in result.stderr and b"\\x1b" in result.stderr
    (tmp_path / "mdxlint.toml").unlink()
    plan = tmp_path / ".planning" / "01-PLAN.md"
    plan.parent.mkdir()
    plan.write_text("---\nmust_haves:\n  artifacts:\n    - path: \"\\e[2Jx.mdx\"\n---\n", encoding="utf-8")
    result = run_cli("plan", str(plan), "--root", str(tmp_path))
    assert b"\x1b" not in result.stdout and b"\\x1b[2Jx.mdx" in result.stdout, result.stdout


def test_caret_stands_under_the_finding_after_wide_characters():
    """Held-out h30: after CJK characters or emoji (two terminal columns each) the `^^^` stood left of it."""
    from mdxlint.frontends.reporters import _frame
    from mdxlint.lint.diagnostics import Diagnostic, Severity

    line = "中文😀 слово Kaфка."
    column = line.index("Kaфка") + 1
    diag = Diagnostic("a.mdx", "LNG003", Severity.WARNING, "m", 5, column, 5, column + 5, 0, 0)
    source, caret = _frame(diag, line, None, False).split("\n")
    assert source.split("| ", 1)[1] == line
    assert caret.split("| ", 1)[1] == " " * (2 * 2 + 2 + len(" слово ")) + "^" * 5  # two columns for 中, 文 and 😀


def test_piped_code_frames_show_a_window_of_a_long_line(tmp_path):
    """Held-out h106: piped (no terminal width), each finding echoed the whole line: 8,000 `<` on one
    line made 97 MB of report.  The frame shows a window around the finding, marked with `…`."""
    from conftest import run_cli

    (tmp_path / "lt.mdx").write_text("# T\n\n" + "<" * 8000 + "\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "lt.mdx", cwd=tmp_path)
    lines = result.stdout.decode().splitlines()
    assert max(map(len, lines)) <= 210 and len(result.stdout) < 8_000_000
    middle = next(line for line in lines if line.startswith("lt.mdx:3:4001:"))
    frame = lines[lines.index(middle) + 1 : lines.index(middle) + 3]
    assert frame[0].startswith("    3 | …") and frame[0].endswith("…") and frame[1].index("^") < 200


def test_machine_formats_escape_what_a_terminal_acts_on(tmp_path):
    """Held-out h106: JSON and SARIF kept a C1 CSI (U+009B) and a bidi override (U+202E) from a link
    raw; they are written as JSON escapes, which read back as the same characters."""
    import json

    from conftest import run_cli

    (tmp_path / "c1.mdx").write_text("# T\n\n[l](./miss\u009b31m.mdx) [r](./x\u202eevil.mdx)\n", encoding="utf-8")
    for output_format in ("json", "sarif"):
        result = run_cli("check", "--no-cache", "--output-format", output_format, "c1.mdx", cwd=tmp_path)
        assert "\u009b".encode() not in result.stdout and "\u202e".encode() not in result.stdout
        assert b"\\u009b" in result.stdout and b"\\u202e" in result.stdout
    found = json.loads(run_cli("check", "--no-cache", "--output-format", "json", "c1.mdx", cwd=tmp_path).stdout)
    assert any("\u009b31m" in item["message"] for item in found)


def test_config_json_nested_past_the_reader_is_no_config(tmp_path):
    """A package.json (or docs.json) nested deeper than Python's JSON reader goes is read as no
    config, like one that is not JSON; it was an internal error, also from a sibling folder (h37)."""
    from conftest import run_cli

    (tmp_path / "package.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "docs.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "a.mdx").write_text("# Title\n\nText.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", str(tmp_path / "a.mdx"), cwd=tmp_path)
    assert result.returncode == 0 and b"internal error" not in result.stderr, result.stderr
