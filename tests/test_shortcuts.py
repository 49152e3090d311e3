"""The speed shortcuts give exactly what the plain code gives.

The MDX parser tries a markdown-it rule only where its first character allows it
(block and inline), and makes a plain text token without the rule loop; the JSON
reader strips comments and finds duplicate keys with regular expressions.  Each is
checked here against the straightforward version on random input.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mdxlint.mdx.markdown import create_parser
from mdxlint.analyzers.configs.structured import DuplicateKey, _find_duplicates, _strip_comments

FAST = create_parser()
PLAIN = create_parser(shortcuts=False)


def _tokens(md, text: str) -> list:
    def shape(token):
        return (
            token.type,
            token.tag,
            token.nesting,
            token.level,
            token.content,
            token.markup,
            token.info,
            token.map,
            repr(token.meta),
            token.block,
            token.hidden,
            sorted(token.attrs.items()) if token.attrs else None,
            [shape(child) for child in token.children or []],
        )

    return [shape(token) for token in md.parse(text, {})]


_MDX_PIECES = st.sampled_from(
    [
        "a", "Текст", " ", "  ", "\t", "\n", "\n\n", "  \n", ":", "*", "**", "_", "__", "`", "``", "~", "~~", "[", "]",
        "(", ")", "](", "!", "![", "^", "[^1]", "[^1]: note", "<", "<B>", "</B>", "<B/>", "{", "}", "{x}", "&", "&amp;",
        "\\", "\\*", "#", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ", "|", "| a | b |\n|---|---|\n", "---",
        "***", "___", "```", "```js\n", "~~~", "import a from 'b'\n", "export const x = 1\n", "=", "===", "-",
        "http://example.com", "    ", "[a]: /b\n", "\r", "\r\n", "\x00",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_MDX_PIECES, max_size=50).map("".join))
def test_parser_shortcuts_make_the_same_tokens(text):
    assert _tokens(FAST, text) == _tokens(PLAIN, text)


def test_parser_shortcuts_on_the_fixture_lessons():
    root = Path(__file__).resolve().parent.parent / "fixtures"
    lessons = sorted(root.glob("**/*.mdx"))
    assert lessons
    for lesson in lessons:
        text = lesson.read_text(encoding="utf-8")
        assert _tokens(FAST, text) == _tokens(PLAIN, text), lesson


# -- the JSON reader: character loops as the reference -------------------------------


def _strip_comments_by_characters(text: str) -> tuple[str, bool]:
    out = list(text)
    i, n = 0, len(text)
    found = False
    while i < n:
        ch = text[i]
        if ch == '"':
            i += 1
            while i < n and text[i] != '"' and text[i] != "\n":
                i += 2 if text[i] == "\\" else 1
            i += 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end == -1 else end
            for j in range(i, end):
                out[j] = " "
            found = True
            i = end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end == -1 else end + 2
            for j in range(i, end):
                if out[j] != "\n":
                    out[j] = " "
            found = True
            i = end
            continue
        i += 1
    return "".join(out), found


def _duplicates_by_characters(text: str, offset: int) -> list[DuplicateKey]:
    duplicates: list[DuplicateKey] = []
    stack: list[dict | None] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            stack.append({})
        elif ch == "[":
            stack.append(None)
        elif ch in "}]":
            if stack:
                stack.pop()
        elif ch == '"':
            start = i
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            raw = text[start : i + 1]
            j = i + 1
            while j < n and text[j] in " \t\r\n":
                j += 1
            if j < n and text[j] == ":" and stack and stack[-1] is not None:
                try:
                    key = json.loads(raw)
                except ValueError:
                    key = raw
                seen = stack[-1]
                if key in seen:
                    duplicates.append(DuplicateKey(key, start + offset, seen[key] + offset))
                else:
                    seen[key] = start
        i += 1
    return duplicates


_JSON_TEXT = st.text(alphabet='"\\/*\n {}[]:ab,\t\r1', max_size=80)


@settings(max_examples=3000, deadline=None)
@given(_JSON_TEXT)
def test_comment_stripping_matches_the_character_loop(text):
    assert _strip_comments(text) == _strip_comments_by_characters(text)


@settings(max_examples=3000, deadline=None)
@given(_JSON_TEXT)
def test_duplicate_keys_match_the_character_loop(text):
    assert _find_duplicates(text, 7) == _duplicates_by_characters(text, 7)


def test_duplicate_keys_in_nested_objects():
    text = '{"a": 1, "b": {"a": 2, "c": [ {"a": 3}, "a" ]}, "a": 4}'
    found = _find_duplicates(text, 0)
    assert [(d.key, d.index, d.first_index) for d in found] == [("a", text.rindex('"a"'), 1)]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \t\na>-", max_size=40))
def test_line_tables_match_markdown_its(text):
    from markdown_it.rules_block import StateBlock

    from mdxlint.mdx.markdown import _LineState

    ours, theirs = _LineState(text, FAST, {}, []), StateBlock(text, PLAIN, {}, [])
    for name in ("bMarks", "eMarks", "tShift", "sCount", "bsCount", "lineMax", "line", "blkIndent"):
        assert getattr(ours, name) == getattr(theirs, name), name


@settings(max_examples=3000, deadline=None)
@given(st.text())
def test_slugs_match_the_character_filter(text):
    import unicodedata

    from mdxlint.mdx.slug import slugify

    def kept(ch: str) -> bool:
        return ch in "- " or unicodedata.category(ch)[0] in "LMN" or unicodedata.category(ch) == "Pc"

    assert slugify(text) == "".join(ch for ch in text.lower() if kept(ch)).replace(" ", "-")


def test_focused_course_findings_are_those_of_the_whole_run(corpus):
    """The language server asks course rules for the open lessons only (``focus``): for
    any set of lessons that must be exactly their part of the findings of a whole run."""
    import os
    import random

    from mdxlint.api import Linter, discover
    from mdxlint.lint.configuration import load_settings
    from mdxlint.project.course import CourseIndex

    content = corpus / "src" / "content"
    settings = load_settings(start=str(content))
    linter = Linter(settings)
    index = CourseIndex(settings)
    files, _ = discover([str(content)], settings)
    for path in files:
        index.add(linter.analyze_path(path).facts)
    whole = linter.course_diagnostics(index)

    def shape(raws):
        return sorted((r.code, r.start, r.end, r.message) for r in raws)

    rng = random.Random(3)
    for size in (1, 2, 5):
        chosen = [os.path.abspath(p) for p in rng.sample(files, size)]
        focused = linter.course_diagnostics(index, focus=chosen if size > 1 else chosen[0])
        assert set(focused) <= set(chosen)
        for path in chosen:
            assert shape(focused.get(path, [])) == shape(whole.get(path, [])), path
    # A command-line run reads the facts once: rules let go of what only they read as they
    # go (LNG001's page summaries), and must find exactly what a run that keeps them finds.
    assert any(r.code == "LNG001" for raws in whole.values() for r in raws)
    index.read_once = True
    once = linter.course_diagnostics(index)
    assert not any("LNG001" in facts.extra for facts in index.lessons.values())
    assert {path: shape(raws) for path, raws in once.items()} == {path: shape(raws) for path, raws in whole.items()}


def test_fast_tokens_are_markdown_its_tokens():
    """The shortcut parser makes tokens field by field; they equal markdown-it's own
    (checked on every field), or the shortcut is off for this markdown-it version."""
    import dataclasses

    import pytest
    from markdown_it.token import Token

    from mdxlint.mdx import markdown

    if not markdown.FAST_TOKENS:
        pytest.skip("this markdown-it version's Token has other fields: markdown-it's own push is used")
    for ttype, tag, nesting, level, block in (("paragraph_open", "p", 1, 2, True), ("text", "", 0, 0, False), ("em_close", "em", -1, 1, False)):
        fast = markdown._new_token(ttype, tag, nesting, level, block)
        plain = Token(ttype, tag, nesting)
        plain.level, plain.block = level, block
        assert dataclasses.asdict(fast) == dataclasses.asdict(plain)
        assert fast.attrs is not plain.attrs and fast.meta == {}


_INSTALL_PIECES = st.sampled_from([
    "Debezium", "debezium", "DEBEZIUM", " ", "  ", "\n", "we use ", "installing ", "мы используем ", "run", "2.6", "2.6.2",
    ".Final", "-connector-mysql-", "2.5.1", "/connect:", "/server:", "io.", ":debezium-core:", "<artifactId>",
    "</artifactId>", "<version>", "</version>", "-core", "x", "1.9", ".", "uses", "reuse ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_INSTALL_PIECES, max_size=30).map("".join))
def test_installed_releases_are_found_where_a_whole_text_search_finds_them(text):
    """The Debezium release a page installs is looked for only around each occurrence of the word
    (configs.debezium._installs): the same matches as a search of the whole text."""
    from mdxlint.analyzers.configs.debezium import _INSTALLED, _installs

    assert [(m.start(), m.group()) for m in _installs(text)] == [(m.start(), m.group()) for m in _INSTALLED.finditer(text)]


def _units_shape(units) -> list:
    from dataclasses import asdict

    shapes = []
    for unit in units:
        data = asdict(unit)
        data.pop("fence")
        shapes.append((unit.fence.start, repr(sorted(data.items()))))
    return shapes


def test_config_units_kept_per_fence_are_those_read_anew(corpus):
    """config_units keeps what a fence holds for the next lint (an editor's relint after a keystroke):
    on every lesson of the course, moved by an edit above its fences, the units are those a fresh
    reading gives, offsets and all (language units likewise: their findings are compared by the
    findings digest)."""
    from mdxlint.analyzers.configs import connect
    from mdxlint.mdx.parser import parse_text

    for path in sorted((corpus / "src" / "content").rglob("*.mdx")):
        text = path.read_text(encoding="utf-8")
        cut = text.find("\n\n", text.find("---", 3) + 3) + 2
        edited = text[:cut] + "Вставка.\n\n" + text[cut:]
        connect._SEEN_FENCES.clear()
        connect.config_units(parse_text(text, str(path)))  # what the lint before the edit kept
        kept = _units_shape(connect.config_units(parse_text(edited, str(path))))
        connect._SEEN_FENCES.clear()
        assert kept == _units_shape(connect.config_units(parse_text(edited, str(path)))), path.name
