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
MAX_PYTHON_DEPTH = 250  # levels of Python's syntax tree in a Python fence
MAX_BLOCK_DEPTH = 64  # markdown-it block levels (a list adds two: list and item)
MAX_YAML_VALUES = 100_000  # values a YAML document holds with its aliases written out

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


def yaml_values(root: object, limit: int = MAX_YAML_VALUES) -> int | None:
    """How many values ``root`` (built by a YAML loader) holds when every alias is
    written out, counting up to just past ``limit``; None when it contains itself.

    Aliases make a DAG: a few lines (`b: [*a, *a, …]`, nine levels deep) can stand
    for billions of values, and anything that walks them as a tree (a message showing
    the value, a schema check) never ends.  One pass over the distinct containers."""
    containers = (dict, list, tuple, set)
    if not isinstance(root, containers):
        return 1
    sizes: dict[int, int] = {}
    state: dict[int, int] = {}  # 1: being counted (an ancestor of the top), 2: counted
    keep: list[object] = []  # the ids stay those of live objects

    def children(node) -> list:
        return [*node.keys(), *node.values()] if isinstance(node, dict) else list(node)

    stack: list[object] = [root]
    while stack:
        node = stack[-1]
        key = id(node)
        seen = state.get(key)
        if seen == 2:
            stack.pop()
            continue
        if seen is None:
            state[key] = 1
            keep.append(node)
            for child in children(node):
                if isinstance(child, containers):
                    child_state = state.get(id(child))
                    if child_state == 1:
                        return None
                    if child_state is None:
                        stack.append(child)
            continue
        total = 1
        for child in children(node):
            total += sizes.get(id(child), 1) if isinstance(child, containers) else 1
            if total > limit:
                return total
        sizes[key] = total
        state[key] = 2
        stack.pop()
    return sizes.get(id(root), 1)


def yaml_values_message(what: str, count: int | None) -> str:
    if count is None:
        return f"{what} contains itself through a YAML alias (`*name` inside `&name`); mdxlint does not read it"
    return (
        f"{what} holds more than {MAX_YAML_VALUES:,} values once its YAML aliases (`*name`) are written out; "
        f"mdxlint reads up to {MAX_YAML_VALUES:,}"
    )


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
