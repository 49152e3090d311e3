"""Language policy: LNG001-LNG004."""

from __future__ import annotations

from pathlib import Path

from mdxlint import lint_paths, lint_text
from mdxlint.api import fix_text
from mdxlint.lint.configuration import settings_from_table
from mdxlint.project.settings import Settings
from mdxlint.lint.engine import Linter

from conftest import ROOT

LNG = Settings(select=["LNG"])


def found(text: str, settings: Settings = LNG):
    return [(d.code, d.line, d.column) for d in lint_text(text, "a.mdx", settings)]


def test_mixed_script_words():
    text = "Migrация и Impликации, normально.\n\nВы cчитаете иcпользованием.\n"
    result = lint_text(text, "a.mdx", LNG)
    assert [(d.code, d.line, d.column) for d in result] == [
        ("LNG003", 1, 1), ("LNG003", 1, 12), ("LNG003", 1, 24), ("LNG003", 3, 4), ("LNG003", 3, 13)
    ]
    assert "`Миграция`" in result[0].message and result[0].fix is None
    assert result[3].fix is not None and result[3].fix.edits[0].content == "считаете"


def test_correct_mixed_text_is_silent():
    text = (
        "Kafka-топик и CDC-события в PostgreSQL'ем, версия 2.5.4.Final, https://пример.рф/path и `cчитать` в коде.\n\n"
        "```python\nprint('cчитать')\n```\n"
    )
    assert [c for c in found(text) if c[0] in ("LNG003", "LNG004")] == []


def test_slang_goes_to_lng004():
    text = "Коннектор failит каждый час и failнулся вчера.\n"
    assert found(text) == [("LNG004", 1, 11), ("LNG004", 1, text.index("failнулся") + 1)]
    assert found("Коннектор failит.\n", Settings(select=["LNG"], ignore=["LNG004"])) == []


def test_fix_never_touches_code():
    text = "Слово cчитаете.\n\n`cчитаете` и\n\n```text\ncчитаете\n```\n"
    fixed, count = fix_text(text, "a.mdx", Linter(Settings(select=["LNG003"])))
    assert count == 1
    assert fixed == "Слово считаете.\n\n`cчитаете` и\n\n```text\ncчитаете\n```\n"


def test_cyrillic_in_code():
    text = "```python\nx = 5 строк\ny = 'строка'  # комментарий\n```\n\n```yaml\nkey: значение  # комментарий\n```\n\n```text\nтекст\n```\n"
    result = lint_text(text, "a.mdx", Settings(select=["LNG002"]))
    assert [(d.line, d.column, d.severity.value) for d in result] == [(2, 7, "error"), (3, 15, "info"), (7, 16, "info")]
    strings = settings_from_table({"select": ["LNG002"], "rules": {"LNG002": {"strings": True, "comments": False}}})
    assert [(d.line, d.column) for d in lint_text(text, "a.mdx", strings)] == [(2, 7), (3, 6), (7, 6)]


def test_english_explanations_and_term_lists():
    text = (
        "## Common Mistakes During Recovery\n\n"
        "- MySQL: GTID, binlog retention, schema history\n"
        "- Restart the connector after the snapshot finishes.\n"
        "- Kafka Connect REST API\n\n"
        "Коннектор читает binlog и пишет события в Kafka topic.\n\n"
        "| Параметр | Значение |\n|---|---|\n| snapshot.mode | Creates a snapshot on first start |\n"
    )
    assert [c[1] for c in found(text) if c[0] == "LNG001"] == [1, 4, 11]
    english = settings_from_table({"select": ["LNG001"], "prose-language": "en"})
    assert [c[1] for c in found(text, english)] == [7]


def test_labelled_units(corpus):
    """Hand labels of 210 prose units of the real course (positions only)."""
    labels = [line.rstrip("\n").split("\t") for line in (ROOT / "tests" / "data" / "lng001-labels.tsv").open(encoding="utf-8")
              if line.strip() and not line.startswith("#")]
    assert len(labels) >= 200
    run = lint_paths([str(corpus / "src" / "content")], Settings(select=["LNG001"]), use_cache=False)
    flagged = {(Path(d.path).resolve().relative_to(corpus.resolve()).as_posix(), d.line, d.column) for d in run.diagnostics}
    tp = fp = fn = 0
    for path, line, column, _kind, label in labels:
        hit = (path, int(line), int(column)) in flagged
        tp += hit and label == "E"
        fp += hit and label != "E"
        fn += (not hit) and label == "E"
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nLNG001 on {len(labels)} labelled units: precision {precision:.1%}, recall {recall:.1%}; {len(run.diagnostics)} findings on the course")
    assert precision >= 0.95 and recall >= 0.80


def test_real_course_typos(corpus):
    run = lint_paths([str(corpus / "src" / "content")], Settings(select=["LNG003", "LNG004"]), use_cache=False)
    words = sorted(d.message.split("`")[1] for d in run.diagnostics if d.code == "LNG003")
    assert words == ["Impликации", "Migrация", "normально"]
