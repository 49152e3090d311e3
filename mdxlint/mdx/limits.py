"""How deep mdxlint reads nested constructs, and linear-time depth measures.

Python's parsers for JSON and Python (and the rules that walk their trees) recurse
once per level; past a few hundred levels they raise ``RecursionError``.  Real
lessons nest a few levels (the deepest of the course and the three sites: 13
block levels, 21 Python syntax-tree levels).  A construct nested deeper than these
limits is reported as such, with its depth, and not read further.
"""

from __future__ import annotations

import functools
import re

MAX_JSON_DEPTH = 200  # objects and arrays in a JSON fence
MAX_PYTHON_DEPTH = 100  # levels of Python's syntax tree in a Python fence
MAX_BLOCK_DEPTH = 64  # markdown-it block levels (a list adds two: list and item)

_JSON_SCAN = re.compile(r'"(?:[^"\\\n]|\\.)*"?|[\[\]{}]')


def json_depth(text: str) -> tuple[int, int]:
    """(deepest nesting of ``{``/``[`` outside strings, index of the first bracket
    that goes past MAX_JSON_DEPTH or -1): one pass, no recursion."""
    depth = deepest = 0
    over = -1
    for match in _JSON_SCAN.finditer(text):
        ch = match.group()[0]
        if ch in "{[":
            depth += 1
            if depth > deepest:
                deepest = depth
                if depth > MAX_JSON_DEPTH and over < 0:
                    over = match.start()
        elif ch in "}]":
            depth = max(0, depth - 1)
    return deepest, over


def nested_message(what: str, depth: int, limit: int) -> str:
    return f"{what} is nested {depth:,} levels deep; mdxlint reads up to {limit} levels, so it was not checked"


def cache_small(maxsize: int, max_chars: int, large: int = 4):
    """``lru_cache`` for a function of a text that keeps texts up to ``max_chars`` by
    value, and only the last ``large`` longer ones, by identity (the rules of one
    document read the same fence body object): what a long-lived process (the
    language server, a fuzzing run) keeps stays bounded, however large the files it
    reads, and a large fence is still read once per document."""

    def decorate(function):
        cached = functools.lru_cache(maxsize=maxsize)(function)
        recent: list[tuple[str, tuple, dict, object]] = []

        @functools.wraps(function)
        def wrapper(text, *args, **kwargs):
            if len(text) <= max_chars:
                return cached(text, *args, **kwargs)
            for entry in recent:
                if entry[0] is text and entry[1] == args and entry[2] == kwargs:
                    return entry[3]
            result = function(text, *args, **kwargs)
            recent.insert(0, (text, args, kwargs, result))
            del recent[large:]
            return result

        def cache_clear() -> None:
            cached.cache_clear()
            recent.clear()

        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return wrapper

    return decorate
