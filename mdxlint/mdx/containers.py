"""The prefixes that keep a line inside its containers (`>` for a block quote, indentation for a
list item or a footnote definition), counted as the compiler counts them, and where a line lacks
one (a lazy line)."""

from __future__ import annotations

import re


def virtual_column(text: str, index: int) -> int:
    """The column of ``text[index]`` with tabs expanded to the next multiple of four."""
    if "\t" not in text[:index]:
        return index
    column = 0
    for char in text[:index]:
        column = (column // 4 + 1) * 4 if char == "\t" else column + 1
    return column


def _walk_prefixes(text: str, containers: list[tuple[str, int]], opening: bool = False) -> tuple[str, int, int, int]:
    """Take the prefixes of the ``containers`` off a line (``("quote", _)``: `>`; ``("indent",
    size)`` or ``("footnote", size)``: whitespace for ``size`` columns past where the containers
    around it leave the line), as the compiler counts them (tabs to the next multiple of four):
    ("matched", where the text starts, -, its column), ("missing", where the prefix of container
    ``position`` should be, position, -) or ("blank", where the blank rest starts, position, -).
    ``opening``: the line some of the containers open on, whose list markers and footnote
    labels stand where their indentation would (nothing is missing there but a `>`)."""
    index = base = 0
    for position, (kind, value) in enumerate(containers):
        blank = len(text) - len(text[index:].lstrip(" \t"))
        if blank == len(text) and not opening:
            return "blank", index, position, base
        if kind == "quote":
            if text[blank : blank + 1] != ">":  # any indentation before it: MDX has no indented code
                return "missing", index, position, base
            index = blank + 1
            base = virtual_column(text, index)
            if text[index : index + 1] in (" ", "\t"):
                # (the blank after `>` is part of its prefix; of a tab, one column: CommonMark)
                index += 1
                base += 1
        elif kind == "footnote" and position and containers[position - 1][0] == "footnote" and blank == index:
            # micromark's footnote continuation takes its indentation and then checks that the last
            # token is a four-column footnote indentation: with no blank of its own to take, it sees
            # the enclosing footnote definition's, so a line that goes on the outer definition goes on
            # this one too (`[^a]: x`, `    [^b]: {1`, `    }` compiles; compiler probes, session 41).
            continue
        else:
            # A list item's content column counts from where the containers around it leave the
            # line, which moves with each line's `>` (`>1. a` then `  > }`: the `}` is one column
            # short of the item's three; compiler probes h108).
            need = base + value
            if virtual_column(text, blank) < need and not opening:
                return "missing", index, position, base
            while index < len(text) and virtual_column(text, index) < need and (opening or index < blank):
                index += 1
            base = need
    return "matched", index, len(containers), base


def prefix_end(text: str, containers: list[tuple[str, int]]) -> int | None:
    """Where a continuation line's text starts once the containers' prefixes are taken off;
    None when a prefix is missing (a lazy line).  A line blank from some point on needs no more
    prefixes (a blank line inside a list item in a block quote, `>` alone)."""
    outcome, index, _, _ = _walk_prefixes(text, containers)
    return None if outcome == "missing" else len(text) if outcome == "blank" else index


def content_column(text: str, enclosing: list[tuple[str, int]] | tuple) -> int:
    """The column where the containers ``enclosing`` leave the content of the line a container
    inside them opens on: past their prefixes, past the list markers and footnote labels that
    open on this line, past a block quote's `>` and the blank after it."""
    return _walk_prefixes(text, list(enclosing), opening=True)[3] if enclosing else 0


# (a footnote definition's label opens a container of its own too: held-out h131, `- {a b}` then `[^n]: x`)
NEW_CONTAINER = re.compile(r"[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|\[\^[^\]\s]+\]:)")


def missing_prefix(text: str, containers: list[tuple[str, int]]) -> int | None:
    """Where a line inside ``containers`` lacks a prefix the compiler's continuation needs (a
    lazy line), or None.  Unlike a paragraph's lazy line, a blank one lacks a block quote's `>`:
    an expression still open there is cut off by the end of the quote ("> {a b}" then a blank line)."""
    outcome, index, position, _ = _walk_prefixes(text, containers)
    if outcome == "blank":
        return index if any(kind == "quote" for kind, _ in containers[position:]) else None
    return index if outcome == "missing" else None


def container_prefix(name: str, line_text: str, column: int, marker: str,
                     enclosing: list[tuple[str, int]] | tuple = ()) -> tuple[str, int]:
    """The prefix a container opened at ``column`` of ``line_text`` inside the containers whose
    prefixes are ``enclosing`` needs on its other lines: ``("quote", column)`` for a block quote
    (its `>`), ``("indent", size)`` for a list item (its content's column, counted from where
    the containers around it leave the line), ``("footnote", 4)`` for a footnote definition
    (four columns past where the containers around it leave the line)."""
    if name == "blockquote":
        return ("quote", column)
    if name == "footnote_reference":
        # `[^a]: …`: micromark's footnote definition counts exactly four columns of indentation
        # once the containers around it have taken their prefixes, however far the label itself
        # is indented (` [^a]: {` then `    }` compiles; compiler probes h104).
        return ("footnote", 4)
    # Columns are virtual: a tab advances to the next multiple of four (CommonMark).
    after_marker = virtual_column(line_text, column + len(marker))
    rest = line_text[column + len(marker) :]
    spaces = virtual_column(line_text, len(line_text) - len(rest.lstrip(" \t"))) - after_marker
    # (no "more than four blanks: one" rule of CommonMark's: that makes indented code, which MDX
    # has not; micromark takes every blank after the marker, as _mdx_list_block does; review h121)
    content = after_marker + (spaces if rest.strip() else 1)
    return ("indent", content - content_column(line_text, enclosing))
