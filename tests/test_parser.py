"""The document model: structure and exact positions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mdxlint.mdx.parser import parse_document
from mdxlint.mdx.source import SourceText


def parse(text: str):
    return parse_document("t.mdx", SourceText(text))


def pos(doc, offset):
    p = doc.source.position(offset)
    return p.line + 1, p.column + 1


LESSON = """---
title: "T"
---

import { Callout } from '../components/Callout';

# Заголовок урока

Текст с `inline <code>` и [ссылкой](/course/01-module-1/02-x#anchor) и <Badge kind="x" /> {props.value}.

<Callout type="tip">
  ```python title="demo.py"
  spark = 1
  ```

  - пункт списка
</Callout>

| a | b |
|---|---|
| <Tag/> | `c` |
"""


def test_structure():
    doc = parse(LESSON)
    assert doc.frontmatter.data == {"title": "T"}
    assert [imp.source for imp in doc.imports] == ["../components/Callout"]
    assert [n.local for n in doc.imports[0].names] == ["Callout"]
    assert [h.slug for h in doc.headings] == ["заголовок-урока"]
    assert [(e.name, e.flow) for e in doc.jsx] == [("Badge", False), ("Callout", True), ("Tag", False)]
    callout = doc.jsx[1]
    assert callout.closing is not None
    assert callout.opening.attribute("type").value == "tip"
    assert [link.href for link in doc.links] == ["/course/01-module-1/02-x#anchor"]
    assert [e.body for e in doc.expressions] == ["props.value"]
    assert doc.syntax_problems == []


def test_fence_inside_jsx_block_has_exact_columns():
    doc = parse(LESSON)
    (fence,) = doc.fences
    assert fence.lang == "python" and fence.attributes == {"title": "demo.py"}
    assert fence.jsx_ancestors == ("Callout",)
    offset = fence.offset_of(0, fence.body_lines[0].index("spark"))
    assert doc.text[offset:].startswith("spark = 1")
    assert pos(doc, offset) == (13, 3)
    assert pos(doc, fence.start) == (12, 3)


def test_inline_positions():
    doc = parse(LESSON)
    (code, cell_code) = doc.inline_code
    assert code.content == "inline <code>"
    assert pos(doc, code.start) == (9, 9)
    assert pos(doc, cell_code.start) == (21, 12)
    link = doc.links[0]
    assert doc.text[link.start : link.end] == "[ссылкой](/course/01-module-1/02-x#anchor)"
    badge = doc.jsx[0].opening
    assert doc.text[badge.start : badge.end] == '<Badge kind="x" />'
    tag = doc.jsx[2].opening
    assert pos(doc, tag.start) == (21, 3)


def test_text_runs_are_verbatim():
    doc = parse(LESSON)
    runs = list(doc.text_runs())
    assert runs
    for run in runs:
        assert doc.text[run.start : run.end] == run.text


def test_crlf_file_positions():
    doc = parse(LESSON.replace("\n", "\r\n"))
    (fence,) = doc.fences
    offset = fence.offset_of(0, 0)
    assert pos(doc, offset) == (13, 3)
    assert pos(doc, doc.inline_code[0].start) == (9, 9)


def test_bom_file_positions():
    doc = parse("\ufeff" + LESSON)
    assert doc.frontmatter is not None and doc.frontmatter.data == {"title": "T"}
    assert pos(doc, doc.inline_code[0].start) == (9, 9)


def test_yaml_error_column():
    doc = parse("---\ntitle: ok\norder: [1, 2\n---\n\ntext\n")
    error = doc.frontmatter.error
    assert error is not None
    # PyYAML stops at the closing fence line where it expected `,` or `]`.
    assert pos(doc, error.offset) == (4, 1)
    doc = parse("---\ntitle: ok\n  bad: indent\n---\n")
    assert pos(doc, doc.frontmatter.error.offset) == (3, 6)


def test_mdx_is_not_commonmark():
    doc = parse("    indented is not code\n\n<!-- html comment -->\n\n<https://example.org>\n")
    assert doc.fences == []
    # HTML comments and autolinks are syntax errors in MDX, not HTML.
    assert len(doc.syntax_problems) == 2


def test_less_than_before_space_is_text():
    doc = parse("a < b and c <5\n")
    (problem,) = doc.syntax_problems
    assert pos(doc, problem.offset) == (1, 14)


def test_unclosed_and_stray_tags():
    doc = parse("<Callout>\n\ntext\n")
    assert any("never closed" in p.message for p in doc.syntax_problems)
    doc = parse("text\n\n</Callout>\n")
    assert any("has no opening tag" in p.message for p in doc.syntax_problems)


_pieces = st.sampled_from(
    [
        "text ", "Текст ", "<", "{", "}", "`", "``", "\n", "\n\n", "# ", "- ", "> ", "|", "---\n",
        "```\n", "```python\n", "<Callout>", "</Callout>", "<X/>", "{/* c */}", "import a from 'b'\n",
        "[a](b)", "*", "_", "\\", "\t", "\r\n", "&lt;", "\ufeff", "1.", "<5", "a=\"b\"",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=40))
def test_parser_never_crashes_and_positions_stay_in_the_text(pieces):
    text = "".join(pieces)
    doc = parse(text)
    length = len(doc.text)
    for run in doc.text_runs():
        assert doc.text[run.start : run.end] == run.text
    for fence in doc.fences:
        for index, line in enumerate(fence.body_lines):
            offset = fence.offset_of(index)
            assert 0 <= offset <= length
            written = doc.text[offset : offset + len(line)]
            if "\t" not in line and "\t" not in written:
                # (a tab in the file where the body line has spaces: markdown-it, as micromark, expands
                # it to the columns a list item's content leaves, `- ```` then `\ttext`)
                assert written == line
    for problem in doc.syntax_problems:
        assert 0 <= problem.offset <= length
    for tag in doc.jsx_tags:
        assert doc.text[tag.start] == "<"


def test_whitespace_after_a_list_marker_is_the_markers():
    """MDX has no indented code: in ``1.     b`` the item's content starts at ``b`` (column 7), so a
    fence indented four spaces is not in the item (micromark; CommonMark would put it there)."""
    from mdxlint.mdx.markdown import _mdx_list_block

    assert getattr(_mdx_list_block(), "mdx_patched", False)  # the installed markdown-it-py's rule was patched
    wide = parse("1.     b\n    ```\ncode\n```\n")
    narrow = parse("1. b\n    ```\ncode\n```\n")
    # wide: one top-level fence whose body is "code"; narrow: a fence in the item, closed (empty) where
    # the unindented "code" ends the item, then a second fence opened by the last line
    assert [f.body for f in wide.fences] == ["code\n"]
    assert len(narrow.fences) == 2 and narrow.fences[0].body == ""


def test_positions_in_table_cells_with_escaped_pipes():
    """A table cell's text holds `\\|` as `|` (GFM): what follows the pipe keeps its file offset."""
    text = "| a \\| b <X> |\n|---|\n| c \\|\\| d <Y> e |\n"
    doc = parse(text)
    assert [text[tag.start : tag.start + 3] for tag in doc.jsx_tags] == ["<X>", "<Y>"]
    single = "text \\|<Callout>---\n---\n"
    assert [single[tag.start] for tag in parse(single).jsx_tags] == ["<"]


def test_expression_in_a_cell_beyond_the_header_is_parsed_not_rendered():
    """GFM drops a body row's cells beyond the header's count: the compiler still parses their
    expressions (a syntax error counts) but never evaluates them: MDX002 reads none of their names."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    text = "| a | b |\n|---|---|\n| x | y | {input} |\n| x | {shown} |\n| x | y | {1 +} |\n"
    found = [(d.code, d.line) for d in lint_text(text, "a.mdx", Settings(select=["MDX001", "MDX002"]))]
    assert found == [("MDX002", 4), ("MDX001", 5)], found


def test_nul_keeps_positions_and_text_runs():
    """markdown-it reads NUL as U+FFFD; the model's text has it too, so a block's runs are found and
    positions after it stay exact, in list items and block quotes too (held-out h37)."""
    from mdxlint.mdx.parser import parse_document
    from mdxlint.mdx.source import SourceText

    for text, tag_start in (("- ab\0 <X />\n", 6), ("> a\0 <X />\n", 5), ("ab\0 <X />\n", 4)):
        doc = parse_document("a.mdx", SourceText(text))
        assert [tag.start for tag in doc.jsx_tags] == [tag_start], text
        assert [run.start for block in doc.prose for run in block.runs][:1] == [text.index("a")], text
