from hypothesis import given
from hypothesis import strategies as st

from mdxlint.lint.diagnostics import TextEdit
from mdxlint.mdx.source import Position, SourceText


def test_crlf_and_bom_do_not_shift_columns():
    source = SourceText("\ufeffab\r\ncd\rfe\nx")
    assert source.text == "ab\ncd\nfe\nx"
    assert source.has_bom
    assert source.position(source.text.index("d")) == Position(1, 1)
    assert source.position(source.text.index("x")) == Position(3, 0)


def test_newline_style_is_the_dominant_one():
    assert SourceText("a\r\nb\r\nc\n").newline == "\r\n"
    assert SourceText("a\nb\n").newline == "\n"


def test_edits_keep_every_other_byte():
    original = "\ufeffline one\r\nline two\nline three\r\n"
    source = SourceText(original)
    start = source.text.index("two")
    result = source.apply_edits([TextEdit(start, start + 3, "2")])
    assert result == "\ufeffline one\r\nline 2\nline three\r\n"


def test_inserted_newlines_follow_the_file():
    source = SourceText("a\r\nb\r\n")
    result = source.apply_edits([TextEdit(1, 1, "\nx")])
    assert result == "a\r\nx\r\nb\r\n"


@given(st.text(alphabet=st.sampled_from(list("ab\r\n\t\ufeffя")), max_size=60))
def test_position_and_offset_round_trip(text):
    source = SourceText(text)
    for offset in range(len(source.text) + 1):
        pos = source.position(offset)
        assert source.offset(pos.line, pos.column) == offset


@given(st.text(alphabet=st.sampled_from(list("ab\r\n\ufeffя")), max_size=40))
def test_empty_edit_list_reproduces_the_original(text):
    source = SourceText(text)
    assert source.apply_edits([]) == text
