"""Regular expressions written by users (CNT001's configured patterns, plans' key links and
verify commands) that Python's backtracking engine may take exponential time on.

Python's `re` cannot be interrupted, so such a pattern is refused before it runs.  Two shapes
make the engine try exponentially many ways to split a text among the repetitions:

- a repetition (more than once) around a group that itself repeats without bound (`(a+)+`, `(\\w*)*`);
- a repetition (more than once) around an alternation whose branches can start with the same
  character (`(a|aa)+`, `(ab|a)*`): each character can then be matched by either branch (Python's
  parser already makes single characters, `(\\w|_)*`, one set).

The test is on the parsed pattern (`re._parser`); where a branch's first character cannot be
told, the branches are taken to overlap (refused rather than risked).
"""

from __future__ import annotations

try:
    import re._compiler as _sre_compile  # Python 3.11+
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compile  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT, getattr(_sre_parse, "POSSESSIVE_REPEAT", None)) if op)
# Characters a branch's first item is tried on to tell whether two branches can start alike.
_SAMPLE = [chr(c) for c in range(32, 127)] + list("\t\n\u00a0аяЁé中😀")


def exponential_shape(pattern: str) -> str | None:
    """Why ``pattern`` may take exponential time (for a message), or None.  An invalid pattern is
    None here: re.compile reports it."""
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - re.compile words the error
        return None
    state = getattr(parsed, "state", None) or getattr(parsed, "pattern", None)
    for op, av in _walk(list(parsed)):
        if op not in _REPEATS or av[1] <= 1:
            continue  # (a bounded repetition above one, `(a+){2,30}`, multiplies the ways as well)
        body = list(av[2])
        if any(inner_op in _REPEATS and inner_av[1] == _sre_parse.MAXREPEAT for inner_op, inner_av in _walk(body)):
            return "it repeats a group that itself repeats (like `(a+)+`)"
        for inner_op, inner_av in _walk(body):
            if inner_op is _sre_parse.BRANCH and _branches_overlap(state, inner_av[1]):
                return "it repeats alternatives that can match the same text (like `(a|aa)+`)"
    return None


def _walk(items):
    """Every (op, av) of a parsed pattern, depth first."""
    stack = list(reversed(items))
    while stack:
        op, av = stack.pop()
        yield op, av
        for child in _children(op, av):
            stack.extend(reversed(list(child)))


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op is _sre_parse.SUBPATTERN:
        return [av[-1]]
    if op is _sre_parse.BRANCH:
        return list(av[1])
    if op in (_sre_parse.ASSERT, _sre_parse.ASSERT_NOT):
        return [av[1]]
    return []


def _branches_overlap(state, branches) -> bool:
    firsts = [_first_chars(state, list(branch)) for branch in branches]
    for index, first in enumerate(firsts):
        for other in firsts[index + 1:]:
            if first is None or other is None or first & other:
                return True
    return False


def _first_chars(state, items) -> frozenset[str] | None:
    """The sample characters a branch can start with; None where that cannot be told (an empty
    branch, a group, a repetition that may match nothing)."""
    if not items:
        return None
    op, av = items[0]
    if op not in (_sre_parse.LITERAL, _sre_parse.NOT_LITERAL, _sre_parse.IN, _sre_parse.ANY):
        return None
    try:
        single = _sre_parse.SubPattern(state, [items[0]])
        matcher = _sre_compile.compile(single, 0)
    except Exception:  # noqa: BLE001 - not compilable alone: taken to overlap
        return None
    return frozenset(char for char in _SAMPLE if matcher.match(char))
